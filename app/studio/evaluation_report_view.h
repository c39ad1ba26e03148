// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// EvaluationReportView: one evaluation or benchmark report (api::ReportView) as the Evaluation
// tab shows it. Left: what was evaluated, our numbers beside the paper's for the same table,
// the ablation rows (benchmarks with variants), the judge's own test accuracy per head.
// Right: the judge's confusion matrix on generated sequences (Fig. 6) for a chosen head and
// test, the motion head with the dynamics kept first. Retranslates itself on
// QEvent::LanguageChange. GUI thread only.

#include "core/api/evaluation_report.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QSplitter;
class QTableWidget;

namespace dbse::widgets {
class ConfusionMatrixView;
}

namespace dbse::studio {

class EvaluationReportView : public QWidget {
    Q_OBJECT

public:
    explicit EvaluationReportView(QWidget* parent = nullptr);

    // Shows `report`; `source` names where it came from (a file, or the run just evaluated).
    void showReport(const api::ReportView& report, const QString& source);
    void clear();
    bool hasReport() const { return report_.has_value(); }

    QTableWidget* resultsTable() const { return results_; }
    QTableWidget* ablationTable() const { return ablations_; }
    QTableWidget* judgeTable() const { return judgeTable_; }
    QComboBox* confusionChoice() const { return confusionChoice_; }
    widgets::ConfusionMatrixView* confusionMatrix() const { return confusion_; }
    QString summaryText() const;
    QString judgeText() const;

protected:
    void changeEvent(QEvent* event) override;
    // Side by side when the tables and a readable heat map fit, else the heat map below.
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void fillResults();
    void fillAblations();
    void fillJudge();
    void fillConfusionChoice();
    void showConfusion(int index);

    std::optional<api::ReportView> report_;
    QSplitter* splitter_ = nullptr;
    QWidget* tables_ = nullptr;
    QString source_;
    QLabel* summary_ = nullptr;
    QGroupBox* resultsBox_ = nullptr;
    QTableWidget* results_ = nullptr;
    QGroupBox* ablationBox_ = nullptr;
    QTableWidget* ablations_ = nullptr;
    QGroupBox* judgeBox_ = nullptr;
    QLabel* judgeLabel_ = nullptr;
    QTableWidget* judgeTable_ = nullptr;
    QGroupBox* confusionBox_ = nullptr;
    QLabel* confusionCaption_ = nullptr;
    QComboBox* confusionChoice_ = nullptr;
    widgets::ConfusionMatrixView* confusion_ = nullptr;
};

}  // namespace dbse::studio
