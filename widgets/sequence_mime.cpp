// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sequence_mime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QStringList>

namespace dbse::widgets {

QMimeData* encodeSequences(const SequenceSelection& selection) {
    QJsonArray indices;
    QStringList text;
    for (qint64 i : selection.indices) {
        indices.append(i);
        text << QString::number(i);
    }
    const QJsonObject payload{{QStringLiteral("dataset"), selection.dataset},
                              {QStringLiteral("split"), selection.split},
                              {QStringLiteral("indices"), indices}};
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(kSequencesMimeType), QJsonDocument(payload).toJson(QJsonDocument::Compact));
    mime->setText(QStringLiteral("%1 %2 %3").arg(selection.dataset, selection.split, text.join(QLatin1Char(','))));
    return mime;
}

std::optional<SequenceSelection> decodeSequences(const QMimeData* mime) {
    if (mime == nullptr || !mime->hasFormat(QLatin1String(kSequencesMimeType)))
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(mime->data(QLatin1String(kSequencesMimeType)), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject payload = document.object();
    const QJsonValue dataset = payload.value(QStringLiteral("dataset"));
    const QJsonValue split = payload.value(QStringLiteral("split"));
    const QJsonValue indices = payload.value(QStringLiteral("indices"));
    if (!dataset.isString() || dataset.toString().isEmpty() || !split.isString() || !indices.isArray())
        return std::nullopt;
    SequenceSelection selection{dataset.toString(), split.toString(), {}};
    if (selection.split != QLatin1String("train") && selection.split != QLatin1String("test"))
        return std::nullopt;
    for (const QJsonValue& v : indices.toArray()) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != static_cast<double>(static_cast<qint64>(d)))
            return std::nullopt;
        selection.indices.append(static_cast<qint64>(d));
    }
    if (selection.indices.isEmpty())
        return std::nullopt;
    return selection;
}

}  // namespace dbse::widgets
