// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sound_output.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace dbse::widgets {

SoundOutput::SoundOutput(QObject* parent) : QObject(parent) {}

SoundOutput::~SoundOutput() { stop(); }

bool SoundOutput::available() { return !QMediaDevices::defaultAudioOutput().isNull(); }

void SoundOutput::play(const QVector<float>& samples, int rate, double from) {
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull() || samples.isEmpty() || rate <= 0)
        return;
    QAudioFormat format;
    format.setSampleRate(rate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format))
        return;
    const auto first = std::clamp<qsizetype>(qsizetype(std::floor(from * double(samples.size()))), 0, samples.size());
    pcm_.resize((samples.size() - first) * qsizetype(sizeof(int16_t)));
    auto* out = reinterpret_cast<int16_t*>(pcm_.data());
    for (qsizetype i = first; i < samples.size(); ++i)
        *out++ = int16_t(std::lround(std::clamp(samples[i], -1.0f, 1.0f) * 32767.0f));
    buffer_ = new QBuffer(&pcm_, this);
    buffer_->open(QIODevice::ReadOnly);
    sink_ = new QAudioSink(device, format, this);
    sink_->start(buffer_);
}

void SoundOutput::stop() {
    if (sink_) {
        sink_->stop();
        delete sink_;
        sink_ = nullptr;
    }
    if (buffer_) {
        delete buffer_;
        buffer_ = nullptr;
    }
}

bool SoundOutput::isPlaying() const { return sink_ != nullptr && sink_->state() == QAudio::ActiveState; }

}  // namespace dbse::widgets
