// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The drag-and-drop payload naming sequences of a dataset, for drop targets such as the swap
// view. MIME type "application/x-dbse-sequences"; the payload is UTF-8 JSON:
//   {"dataset": "builtin:shapes", "split": "train", "indices": [3, 17]}
// where "dataset" is the spec that opens the dataset, "split" is "train" or "test" and
// "indices" are positions in that split, in the order the user selected them.

#include <QList>
#include <QString>

#include <optional>

class QMimeData;

namespace dbse::widgets {

inline constexpr char kSequencesMimeType[] = "application/x-dbse-sequences";

struct SequenceSelection {
    QString dataset;  // spec, e.g. "builtin:shapes"
    QString split;    // "train" or "test"
    QList<qint64> indices;

    bool operator==(const SequenceSelection& other) const {
        return dataset == other.dataset && split == other.split && indices == other.indices;
    }
};

// A new QMimeData (the caller owns it) carrying `selection` under kSequencesMimeType, plus a
// plain-text line for drops into text editors.
QMimeData* encodeSequences(const SequenceSelection& selection);

// The selection carried by `mime`, or nullopt when it has no kSequencesMimeType payload or the
// payload is malformed (not JSON, missing fields, a split other than train/test, a negative
// or non-integer index, no index at all).
std::optional<SequenceSelection> decodeSequences(const QMimeData* mime);

}  // namespace dbse::widgets
