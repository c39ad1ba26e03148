// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sequence_labels.h"

#include <QCoreApplication>

#include <algorithm>

namespace dbse::widgets {
namespace {

bool isDynamic(const std::string& name, const std::vector<std::string>& dynamicLabels) {
    return std::find(dynamicLabels.begin(), dynamicLabels.end(), name) != dynamicLabels.end();
}

bool isColour(const std::string& name) { return name == "colour" || name == "color"; }

}  // namespace

QString SequenceCaption::text() const {
    if (what.isEmpty())
        return motion;
    if (motion.isEmpty())
        return what;
    return what + QStringLiteral(" \u00b7 ") + motion;
}

SequenceCaption captionFor(const LabelPairs& labels, const std::vector<std::string>& dynamicLabels) {
    QStringList colours, others, motions;
    for (const auto& [name, value] : labels) {
        const QString v = QString::fromStdString(value);
        if (isDynamic(name, dynamicLabels))
            motions << v;
        else if (isColour(name))
            colours << v;
        else if (name != "background")
            others << v;
    }
    return {(colours + others).join(QLatin1Char(' ')), motions.join(QStringLiteral(", "))};
}

SequenceCaption captionFor(const api::SequencePreview& sequence,
                           const std::vector<std::string>& dynamicLabels) {
    return captionFor(sequence.labels, dynamicLabels);
}

QString toolTipFor(qint64 index, const LabelPairs& labels) {
    QString html = QStringLiteral("<b>")
        + QCoreApplication::translate("SequenceLabels", "Sequence %1").arg(index)
        + QStringLiteral("</b>");
    for (const auto& [name, value] : labels) {
        html += QStringLiteral("<br>")
            + QCoreApplication::translate("SequenceLabels", "%1: %2")
                  .arg(QString::fromStdString(name).toHtmlEscaped(),
                       QString::fromStdString(value).toHtmlEscaped());
    }
    return html;
}

QString toolTipFor(const api::SequencePreview& sequence) { return toolTipFor(sequence.index, sequence.labels); }

QString joinLabelNames(const std::vector<std::string>& names) {
    QStringList list;
    for (const auto& n : names)
        list << QString::fromStdString(n);
    return list.join(QStringLiteral(", "));
}

}  // namespace dbse::widgets
