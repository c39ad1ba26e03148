// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The file dialog of "Export…" in the Swap and Resample tabs: the types api::exportTypes allows
// for the rows' modality, the first one suggested. GUI thread only (modal).

#include "core/api/row_set.h"

#include <QString>

class QWidget;

namespace dbse::studio {

// The chosen path (with an allowed extension appended when the user typed none), or "" when
// cancelled or there are no rows.
QString askExportFile(QWidget* parent, const api::RowSet& rows, const QString& baseName);

}  // namespace dbse::studio
