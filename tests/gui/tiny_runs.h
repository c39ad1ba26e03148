// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tiny trained runs of every modality for the GUI tests of the exploration views: one epoch of
// a shrunk preset (tiny_presets.h) on data the test writes itself. Each returns "" on success,
// else the reason. Blocking; seconds on 2 cores.

#include "core/api/training_job.h"
#include "tiny_presets.h"
#ifdef DBSE_HAVE_MEDIA
#include "core/media/audio_io.h"
#endif

#include <QDir>
#include <QFile>
#include <QString>

#include <cmath>
#include <exception>
#include <functional>
#include <string>
#include <vector>

namespace dbse::testing {

// Trains `preset`, changed by `adjust`, on `dataset` for one epoch into `run`; "" on success.
inline std::string trainRun(const QString& run, const std::string& dataset, const std::string& preset,
                     const std::function<void(Preset&)>& adjust) {
    try {
        RunConfig config;
        config.dataset = dataset;
        config.preset = api::presetSettings(preset);
        config.preset.train.epochs = 1;
        config.preset.train.threads = 2;
        adjust(config.preset);
        api::TrainingControl control;
        const auto result = api::trainNewRun(run.toStdString(), config, control);
        return result.outcome == api::TrainingOutcome::Finished ? std::string() : result.message;
    } catch (const std::exception& e) {
        return e.what();
    }
}

// dir/sensors.csv: `rows` hourly rows from 2021-01-01 of temp (r + 0.5, rising; missing in row
// `missing_row`) and flow ((r * 7) % 13). Returns the path, or "" when it cannot be written.
inline QString writeSensorsCsv(const QString& dir, int rows, int missing_row = -1) {
    const QString path = dir + QStringLiteral("/sensors.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return {};
    file.write("date,temp,flow\n");
    for (int r = 0; r < rows; ++r) {
        const QString temp = r == missing_row ? QStringLiteral("NA") : QString::number(r) + QStringLiteral(".5");
        file.write(QStringLiteral("2021-01-%1 %2:00,%3,%4\n")
                       .arg(1 + r / 24, 2, 10, QLatin1Char('0'))
                       .arg(r % 24, 2, 10, QLatin1Char('0'))
                       .arg(temp)
                       .arg((r * 7) % 13)
                       .toUtf8());
    }
    return path;
}

// Trains the etth1 preset, shrunk, on writeSensorsCsv(dir, 240) into dir/series-run; "" on success.
inline std::string trainSeriesRun(const QString& dir) {
    const QString csv = writeSensorsCsv(dir, 240);
    if (csv.isEmpty())
        return "cannot write the CSV";
    return trainRun(dir + QStringLiteral("/series-run"), "csv:" + csv.toStdString() + "?length=24&stride=12", "etth1",
                    shrinkSeriesPreset);
}

#ifdef DBSE_HAVE_MEDIA
// Trains the timit preset, shrunk, on four generated sine "words" of two "speakers"; "" on success.
inline std::string trainAudioRun(const QString& dir) {
    const std::string root = QString(dir + QStringLiteral("/speech")).toStdString();
    for (const char* speaker : {"ann", "bob"})
        for (int word = 0; word < 2; ++word) {
            QDir().mkpath(QString::fromStdString(root + "/" + speaker));
            std::vector<float> samples(8000);
            for (size_t i = 0; i < samples.size(); ++i)
                samples[i] = 0.4f * float(std::sin(2 * M_PI * (300.0 + 500.0 * word) * double(i) / 16000.0));
            writeWav(root + "/" + speaker + "/w" + std::to_string(word) + ".wav", samples, 16000);
        }
    return trainRun(dir + QStringLiteral("/audio-run"), "audio:" + root + "?test=0.25", "timit",
                    shrinkAudioPreset);
}
#endif

}  // namespace dbse::testing
