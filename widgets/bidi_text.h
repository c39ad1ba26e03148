// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text that keeps its own direction inside translated sentences: a path, a command or a
// dataset spec placed in a right-to-left (Hebrew) sentence would otherwise be reordered by the
// Unicode bidirectional algorithm ("/tmp/runs" shown as "tmp/runs/").

#include <QString>

namespace dbse::widgets {

// `text` wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (Unicode 6.3).
inline QString isolated(const QString& text) {
    return QChar(0x2068) + text + QChar(0x2069);
}

}  // namespace dbse::widgets
