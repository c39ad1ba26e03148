// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Human-readable text built from the (label name, class name) pairs of a sequence.

#include "core/api/dataset_preview.h"

#include <QString>
#include <QStringList>

namespace dbse::widgets {

// A short two-part caption, e.g. {"red circle", "slide right"}.
//  - what: the static classes, a "colour"/"color" class first, "background" left out (the
//    tooltip has it), joined by spaces;
//  - motion: the dynamic classes joined by ", ".
// The pair is split by name using `dynamicLabels`; names not in it count as static.
struct SequenceCaption {
    QString what;
    QString motion;
    // "red circle · slide right"; either part alone when the other is empty.
    QString text() const;
};

// (label name, class name) pairs of one sequence.
using LabelPairs = std::vector<std::pair<std::string, std::string>>;

SequenceCaption captionFor(const LabelPairs& labels, const std::vector<std::string>& dynamicLabels);
SequenceCaption captionFor(const api::SequencePreview& sequence,
                           const std::vector<std::string>& dynamicLabels);

// Rich-text tooltip: the sequence index and every "name: class" pair, in the given order.
QString toolTipFor(qint64 index, const LabelPairs& labels);
QString toolTipFor(const api::SequencePreview& sequence);

// "shape, colour, background" for a list of label names.
QString joinLabelNames(const std::vector<std::string>& names);

}  // namespace dbse::widgets
