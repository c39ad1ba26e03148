// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/confusion_matrix_view.h"

#include <QHeaderView>

#include <numeric>

namespace dbse::widgets {
namespace {

// White (share 0) to a deep blue (share 1), like the paper's heat maps.
QColor shade(double share) {
    const QColor low(247, 251, 255), high(8, 48, 107);
    auto mix = [share](int a, int b) { return int(a + (b - a) * share + 0.5); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()), mix(low.blue(), high.blue()));
}

}  // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QTableWidget(parent) {
    setObjectName(QStringLiteral("confusionMatrix"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setShowGrid(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(28);
    verticalHeader()->setMinimumSectionSize(20);
}

double ConfusionMatrixView::share(const api::ReportConfusion& m, int row, int column) {
    const auto& counts = m.counts.at(size_t(row));
    const int64_t total = std::accumulate(counts.begin(), counts.end(), int64_t{0});
    return total > 0 ? double(counts.at(size_t(column))) / double(total) : 0.0;
}

void ConfusionMatrixView::clearMatrix() {
    setRowCount(0);
    setColumnCount(0);
}

void ConfusionMatrixView::setMatrix(const api::ReportConfusion& m) {
    const int n = int(m.classes.size());
    clearMatrix();
    setRowCount(n);
    setColumnCount(n);
    QStringList names, columnNames;
    for (const std::string& c : m.classes) {
        const QString name = QString::fromStdString(c);
        names << name;
        columnNames << QString(name).replace(QLatin1Char(' '), QLatin1Char('\n'));  // narrow columns: a word a line
    }
    setHorizontalHeaderLabels(columnNames);
    setVerticalHeaderLabels(names);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c) {
            const double s = share(m, r, c);
            auto* item = new QTableWidgetItem(QString::number(100 * s, 'f', s > 0 && s < 0.1 ? 1 : 0));
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(shade(s));
            item->setForeground(s > 0.5 ? QColor(Qt::white) : QColor(Qt::black));
            item->setToolTip(tr("%1 judged as %2: %Ln sequence(s)", nullptr, int(m.counts[size_t(r)][size_t(c)]))
                                 .arg(names[r], names[c]));
            item->setData(Qt::UserRole, qlonglong(m.counts[size_t(r)][size_t(c)]));
            setItem(r, c, item);
        }
}

}  // namespace dbse::widgets
