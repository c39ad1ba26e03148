// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plays mono float samples through the default audio output (Qt Multimedia, QAudioSink), from
// a given offset. Without an output device (servers, offscreen tests) play() does nothing and
// available() is false. GUI thread only.

#include <QByteArray>
#include <QObject>
#include <QVector>

class QAudioSink;
class QBuffer;

namespace dbse::widgets {

class SoundOutput : public QObject {
    Q_OBJECT
public:
    explicit SoundOutput(QObject* parent = nullptr);
    ~SoundOutput() override;

    static bool available();
    // Starts `samples` (in [-1, 1], `rate` Hz) at the fraction `from` in [0, 1] of their length,
    // stopping what played before.
    void play(const QVector<float>& samples, int rate, double from);
    void stop();
    bool isPlaying() const;

private:
    QAudioSink* sink_ = nullptr;
    QBuffer* buffer_ = nullptr;
    QByteArray pcm_;
};

}  // namespace dbse::widgets
