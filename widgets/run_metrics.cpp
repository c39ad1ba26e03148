// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/run_metrics.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dbse::widgets {
namespace {

constexpr qint64 kMaxMetricsBytes = 64ll << 20;

api::LossValues lossValues(const QJsonObject& o) {
    api::LossValues v;
    v.total = o.value(QStringLiteral("loss")).toDouble();
    v.recon_seq = o.value(QStringLiteral("recon_seq")).toDouble();
    v.recon_frame = o.value(QStringLiteral("recon_frame")).toDouble();
    v.kl_f = o.value(QStringLiteral("kl_f")).toDouble();
    v.kl_z = o.value(QStringLiteral("kl_z")).toDouble();
    return v;
}

}  // namespace

QList<EpochMetrics> readRunMetrics(const QString& runFolder, QString* error) {
    QList<EpochMetrics> epochs;
    QFile file(QDir(runFolder).filePath(QStringLiteral("metrics.jsonl")));
    if (!file.exists())
        return epochs;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("dbse::widgets::RunMetrics", "%1: cannot be read (%2)").arg(file.fileName(), file.errorString());
        return epochs;
    }
    if (file.size() > kMaxMetricsBytes) {
        if (error)
            *error = QCoreApplication::translate("dbse::widgets::RunMetrics", "%1: larger than 64 MiB, not read").arg(file.fileName());
        return epochs;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line.trimmed()).object();
        const QJsonValue epoch = o.value(QStringLiteral("epoch"));
        if (!epoch.isDouble())
            continue;
        EpochMetrics m;
        m.epoch = epoch.toInt();
        m.train = lossValues(o.value(QStringLiteral("train")).toObject());
        if (o.value(QStringLiteral("validation")).isObject())
            m.validation = lossValues(o.value(QStringLiteral("validation")).toObject());
        epochs.append(m);
    }
    return epochs;
}

}  // namespace dbse::widgets
