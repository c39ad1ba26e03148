// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/evaluation_report_view.h"

#include "widgets/confusion_matrix_view.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dbse::studio {
namespace {

constexpr int kHeatMapMinimum = 280;  // px, the heat map's smallest side (9 classes readable)

QString text(const std::string& s) { return QString::fromStdString(s); }

QTableWidget* readOnlyTable(const QString& objectName) {
    auto* table = new QTableWidget;
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    return table;
}

// Cells from column 1 up to `numbers` (exclusive) hold numbers and are aligned to the right.
void setRow(QTableWidget* table, int row, const QStringList& cells, int numbers) {
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setTextAlignment((c > 0 && c < numbers ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

// Tables show every row and column without scroll bars of their own (the tab scrolls as a whole).
void fitToContents(QTableWidget* table) {
    table->resizeColumnsToContents();
    int width = 2 * table->frameWidth();
    for (int c = 0; c < table->columnCount(); ++c) width += table->columnWidth(c);
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r) height += table->rowHeight(r);
    table->setMinimumWidth(width);
    table->setFixedHeight(height);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

}  // namespace

EvaluationReportView::EvaluationReportView(QWidget* parent) : QWidget(parent) {
    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("evaluationSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    results_ = readOnlyTable(QStringLiteral("evaluationResults"));
    resultsBox_ = new QGroupBox;
    (new QVBoxLayout(resultsBox_))->addWidget(results_);

    ablations_ = readOnlyTable(QStringLiteral("evaluationAblations"));
    ablationBox_ = new QGroupBox;
    (new QVBoxLayout(ablationBox_))->addWidget(ablations_);

    judgeLabel_ = new QLabel;
    judgeLabel_->setObjectName(QStringLiteral("judgeSummary"));
    judgeLabel_->setWordWrap(true);
    judgeLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    judgeTable_ = readOnlyTable(QStringLiteral("judgeAccuracy"));
    judgeBox_ = new QGroupBox;
    auto* judgeLayout = new QVBoxLayout(judgeBox_);
    judgeLayout->addWidget(judgeLabel_);
    judgeLayout->addWidget(judgeTable_);

    confusionChoice_ = new QComboBox;
    confusionChoice_->setObjectName(QStringLiteral("confusionChoice"));
    confusionChoice_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    confusionCaption_ = new QLabel;
    confusionCaption_->setWordWrap(true);
    confusion_ = new widgets::ConfusionMatrixView;
    confusionBox_ = new QGroupBox;
    auto* confusionLayout = new QVBoxLayout(confusionBox_);
    confusionLayout->addWidget(confusionChoice_);
    confusionLayout->addWidget(confusion_, 1);
    confusionLayout->addWidget(confusionCaption_);
    connect(confusionChoice_, &QComboBox::currentIndexChanged, this, &EvaluationReportView::showConfusion);

    tables_ = new QWidget;
    auto* leftLayout = new QVBoxLayout(tables_);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(resultsBox_);
    leftLayout->addWidget(ablationBox_);
    leftLayout->addWidget(judgeBox_);
    leftLayout->addStretch(1);

    confusion_->setMinimumSize(kHeatMapMinimum, kHeatMapMinimum);
    splitter_ = new QSplitter(Qt::Horizontal);
    splitter_->addWidget(tables_);
    splitter_->addWidget(confusionBox_);
    splitter_->setStretchFactor(0, 0);  // the tables keep their width, the heat map takes the rest
    splitter_->setStretchFactor(1, 1);
    splitter_->setChildrenCollapsible(false);
    // The summary spans the width (a wrapped label inside the splitter would not get its height).
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(splitter_, 1);
    retranslateUi();
    clear();
}

void EvaluationReportView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const int sideBySide = tables_->minimumSizeHint().width() + kHeatMapMinimum + 60;
    const Qt::Orientation wanted = width() >= sideBySide ? Qt::Horizontal : Qt::Vertical;
    if (splitter_->orientation() != wanted)
        splitter_->setOrientation(wanted);
}

void EvaluationReportView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void EvaluationReportView::retranslateUi() {
    resultsBox_->setTitle(tr("Results: ours beside the paper's"));
    ablationBox_->setTitle(tr("Ablations (ours; the paper's in parentheses)"));
    judgeBox_->setTitle(tr("Judge"));
    confusionBox_->setTitle(tr("Judge on generated sequences (confusion, %)"));
    confusionCaption_->setText(tr("Rows: the class of the input sequence; columns: the class the judge gave the "
                                  "generated sequence; each row in percent. Kept factors should stay on the "
                                  "diagonal, sampled ones spread out."));
}

void EvaluationReportView::clear() {
    report_.reset();
    source_.clear();
    fill();
}

void EvaluationReportView::showReport(const api::ReportView& report, const QString& source) {
    report_ = report;
    source_ = source;
    fill();
}

QString EvaluationReportView::summaryText() const { return summary_->text(); }
QString EvaluationReportView::judgeText() const { return judgeLabel_->text(); }

void EvaluationReportView::fill() {
    if (!report_) {
        summary_->setText(tr("No report yet. Run an evaluation, or open a saved report.json "
                             "(written by the Evaluation tab, dbse eval --out or dbse benchmark)."));
        for (QTableWidget* t : {results_, ablations_, judgeTable_}) t->setRowCount(0);
        resultsBox_->hide();
        ablationBox_->hide();
        judgeBox_->hide();
        confusionBox_->hide();
        return;
    }
    const api::ReportView& r = *report_;
    QStringList lines;
    lines << (r.benchmark ? tr("<b>Benchmark %1</b> on %2").arg(text(r.title).toHtmlEscaped(), text(r.dataset).toHtmlEscaped())
                          : tr("<b>Evaluation of %1</b> on %2")
                                .arg(QDir::toNativeSeparators(text(r.title)).toHtmlEscaped(), text(r.dataset).toHtmlEscaped()));
    lines << tr("Report: %1 (%2 s)").arg(QDir::toNativeSeparators(source_).toHtmlEscaped()).arg(r.seconds, 0, 'f', 1);
    lines << (r.paper_source.empty() ? tr("The paper has no numbers for this data set.")
                                     : tr("Paper numbers: the %1 benchmark's tables.").arg(text(r.paper_source)));
    if (r.partial)
        lines << tr("<b>Partial run:</b> fewer epochs than the paper trained; the numbers show where this run stands.");
    for (const std::string& note : r.notes) lines << text(note).toHtmlEscaped();
    summary_->setText(lines.join(QStringLiteral("<br>")));
    resultsBox_->setVisible(!r.metrics.empty());
    fillResults();
    fillAblations();
    fillJudge();
    fillConfusionChoice();
}

void EvaluationReportView::fillResults() {
    const api::ReportView& r = *report_;
    results_->clear();
    results_->setColumnCount(4);
    results_->setHorizontalHeaderLabels({tr("Metric"), tr("Ours"), tr("Paper"), tr("Table")});
    results_->setRowCount(int(r.metrics.size()));
    for (int i = 0; i < int(r.metrics.size()); ++i) {
        const api::ReportMetric& m = r.metrics[size_t(i)];
        setRow(results_, i,
               {text(m.label) + (m.higher_is_better ? QStringLiteral(" ↑") : QStringLiteral(" ↓")), text(m.ours),
                m.paper.empty() ? QStringLiteral("—") : text(m.paper), text(m.table)},
               3);
        results_->item(i, 0)->setData(Qt::UserRole, text(m.key));
    }
    fitToContents(results_);
}

void EvaluationReportView::fillAblations() {
    const api::ReportView& r = *report_;
    ablationBox_->setVisible(!r.ablations.empty());
    ablations_->clear();
    QStringList headers{tr("Variant"), tr("Epochs")};
    for (const std::string& c : r.ablation_columns) headers << text(c);
    ablations_->setColumnCount(headers.size());
    ablations_->setHorizontalHeaderLabels(headers);
    ablations_->setRowCount(int(r.ablations.size()));
    for (int i = 0; i < int(r.ablations.size()); ++i) {
        const api::ReportAblationRow& row = r.ablations[size_t(i)];
        QStringList cells{text(row.variant), QString::number(row.epochs)};
        for (const std::string& c : row.cells) cells << text(c);
        setRow(ablations_, i, cells, int(cells.size()));
        ablations_->item(i, 0)->setToolTip(text(row.description));
    }
    fitToContents(ablations_);
}

void EvaluationReportView::fillJudge() {
    const std::optional<api::ReportJudge>& j = report_->judge;
    judgeBox_->setVisible(j.has_value());
    judgeTable_->setRowCount(0);
    if (!j)
        return;
    judgeLabel_->setText(
        tr("%1 judge, %n epoch(s)%2: %3", nullptr, j->epochs)
            .arg(text(j->kind), j->reused ? tr(", reused from the cache") : QString(),
                 j->trusted ? tr("every head is at least 99% accurate, so the judge is trusted.")
                            : tr("<b>a head is below 99%: the judge is not trusted, so the generation numbers are "
                                 "indicative only.</b>")));
    judgeLabel_->setToolTip(QDir::toNativeSeparators(text(j->path)));
    judgeTable_->clear();
    judgeTable_->setColumnCount(2);
    judgeTable_->setHorizontalHeaderLabels({tr("Head"), tr("Test accuracy")});
    judgeTable_->setRowCount(int(j->test_accuracy.size()));
    for (int i = 0; i < int(j->test_accuracy.size()); ++i)
        setRow(judgeTable_, i,
               {size_t(i) < j->heads.size() ? text(j->heads[size_t(i)]) : tr("head %1").arg(i + 1),
                QStringLiteral("%1%").arg(100 * j->test_accuracy[size_t(i)], 0, 'f', 2)},
               2);
    fitToContents(judgeTable_);
}

void EvaluationReportView::fillConfusionChoice() {
    const auto& matrices = report_->confusions;
    confusionBox_->setVisible(!matrices.empty());
    const QSignalBlocker block(confusionChoice_);
    confusionChoice_->clear();
    int first = -1;  // Fig. 6: the motion (first dynamic) head with the dynamics kept
    for (int i = 0; i < int(matrices.size()); ++i) {
        const api::ReportConfusion& m = matrices[size_t(i)];
        const bool kept = m.test == "fixed_dynamics";
        confusionChoice_->addItem(kept ? tr("%1 — dynamics kept, static sampled").arg(text(m.label))
                                       : tr("%1 — static kept, dynamics sampled").arg(text(m.label)));
        if (first < 0 && kept && !m.static_label)
            first = i;
    }
    first = std::max(first, 0);
    confusionChoice_->setCurrentIndex(matrices.empty() ? -1 : first);
    showConfusion(confusionChoice_->currentIndex());
}

void EvaluationReportView::showConfusion(int index) {
    if (!report_ || index < 0 || index >= int(report_->confusions.size())) {
        confusion_->clearMatrix();
        return;
    }
    confusion_->setMatrix(report_->confusions[size_t(index)]);
}

}  // namespace dbse::studio
