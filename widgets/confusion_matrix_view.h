// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ConfusionMatrixView: a judge's confusion matrix as a heat map with class names (the paper's
// Fig. 6). Rows are the inputs' classes, columns the classes the judge gave the generated
// sequences; a cell shows the share of its row in percent (its count in the tooltip) and is
// shaded by that share. Read-only. GUI thread only.

#include "core/api/evaluation_report.h"

#include <QTableWidget>

namespace dbse::widgets {

class ConfusionMatrixView : public QTableWidget {
    Q_OBJECT

public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    void setMatrix(const api::ReportConfusion& matrix);
    void clearMatrix();

    // The row-normalised share of cell (row, column) in [0, 1]; 0 for an empty row.
    static double share(const api::ReportConfusion& matrix, int row, int column);
};

}  // namespace dbse::widgets
