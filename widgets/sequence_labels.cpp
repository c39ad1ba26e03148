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

SequenceCaption captionFor(const api::SequencePreview& sequence,
                           const std::vector<std::string>& dynamicLabels) {
    QStringList colours, others, motions;
    for (const auto& [name, value] : sequence.labels) {
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

QString toolTipFor(const api::SequencePreview& sequence) {
    QString html = QStringLiteral("<b>")
        + QCoreApplication::translate("SequenceLabels", "Sequence %1").arg(sequence.index)
        + QStringLiteral("</b>");
    for (const auto& [name, value] : sequence.labels) {
        html += QStringLiteral("<br>")
            + QCoreApplication::translate("SequenceLabels", "%1: %2")
                  .arg(QString::fromStdString(name).toHtmlEscaped(),
                       QString::fromStdString(value).toHtmlEscaped());
    }
    return html;
}

QString joinLabelNames(const std::vector<std::string>& names) {
    QStringList list;
    for (const auto& n : names)
        list << QString::fromStdString(n);
    return list.join(QStringLiteral(", "));
}

}  // namespace dbse::widgets
