// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/loss_curves_plot.h"

#include "widgets/qcustomplot_include.h"

#include <QEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace dbse::widgets {
namespace {

constexpr double kFloor = 1e-6;

double termValue(const api::LossValues& v, int term) {
    switch (term) {
    case LossCurvesPlot::Total: return v.total;
    case LossCurvesPlot::ReconSequence: return v.recon_seq;
    case LossCurvesPlot::ReconFrame: return v.recon_frame;
    case LossCurvesPlot::KlStatic: return v.kl_f;
    default: return v.kl_z;
    }
}

// Distinct for colour-blind readers (Okabe-Ito), readable on light and dark backgrounds.
QColor termColour(int term) {
    static const QColor colours[LossCurvesPlot::kTerms] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                                          QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                                          QColor(0xD5, 0x5E, 0x00)};
    return colours[term];
}

}  // namespace

LossCurvesPlot::LossCurvesPlot(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    plot_->setObjectName(QStringLiteral("lossCurves"));
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    plot_->yAxis->setNumberFormat(QStringLiteral("gb"));
    // The legend sits in a row under the axes (not over the curves), its entries side by side.
    plot_->legend->setVisible(true);
    plot_->setAutoAddPlottableToLegend(false);  // updateLegend() decides
    plot_->axisRect()->insetLayout()->take(plot_->legend);
    plot_->plotLayout()->addElement(1, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(1, 0.001);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot_->legend->setWrap(4);
    plot_->setMinimumSize(200, 160);
    connect(plot_, &QCustomPlot::mouseWheel, this, [this] { followData_ = false; });
    connect(plot_, &QCustomPlot::mousePress, this, [this] { followData_ = false; });
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this] { rescale(); });
    // Fitting the axes walks every point: done once per repaint, not once per appended point.
    connect(plot_, &QCustomPlot::beforeReplot, this, [this] {
        if (followData_)
            plot_->rescaleAxes(/*onlyVisiblePlottables=*/true);
    });
    applyPalette();
    retranslateUi();
}

int LossCurvesPlot::addSeries(const QString& name, Qt::PenStyle style, bool markers) {
    Series s;
    s.name = name;
    for (int term = 0; term < kTerms; ++term) {
        QCPGraph* graph = plot_->addGraph();
        QPen pen(termColour(term));
        pen.setStyle(style);
        pen.setWidthF(term == Total ? 2.0 : 1.4);
        graph->setPen(pen);
        if (markers)
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, termColour(term), 5));
        graph->setVisible(visible_[term]);
        s.graphs[term] = graph;
    }
    s.key = plot_->addGraph();
    QPen keyPen(palette().color(QPalette::Text));
    keyPen.setStyle(style);
    s.key->setPen(keyPen);
    if (markers)
        s.key->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, palette().color(QPalette::Text), 5));
    series_.append(s);
    updateLegend();
    plot_->replot(QCustomPlot::rpQueuedReplot);
    return static_cast<int>(series_.size()) - 1;
}

void LossCurvesPlot::setSeriesName(int series, const QString& name) {
    if (series < 0 || series >= series_.size())
        return;
    series_[series].name = name;
    updateLegend();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

// Terms: the first series' graphs, named by term. Series: their key graphs, named by series.
void LossCurvesPlot::updateLegend() {
    plot_->legend->clearItems();
    for (int s = 0; s < series_.size(); ++s)
        for (int term = 0; term < kTerms; ++term) {
            QCPGraph* graph = series_[s].graphs[term];
            graph->setName(termName(static_cast<Term>(term)));
            if (s == 0 && visible_[term])
                graph->addToLegend();
        }
    for (const Series& s : series_) {
        s.key->setName(s.name);
        if (!s.name.isEmpty())
            s.key->addToLegend();
    }
}

void LossCurvesPlot::append(int series, double epochs, const api::LossValues& values) {
    if (series < 0 || series >= series_.size())
        return;
    for (int term = 0; term < kTerms; ++term) {
        const double value = termValue(values, term);
        if (value > 0)  // a term that is off (0) has no place on a log axis
            series_[series].graphs[term]->addData(epochs, std::max(kFloor, value));
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurvesPlot::clearPoints() {
    for (auto& s : series_)
        for (QCPGraph* graph : s.graphs)
            graph->data()->clear();
    followData_ = true;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurvesPlot::clearSeries() {
    plot_->clearGraphs();
    series_.clear();
    updateLegend();
    followData_ = true;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

int LossCurvesPlot::pointCount(int series) const {
    return series >= 0 && series < series_.size() ? series_[series].graphs[Total]->dataCount() : 0;
}

void LossCurvesPlot::setTermVisible(Term term, bool visible) {
    visible_[term] = visible;
    for (auto& s : series_)
        s.graphs[term]->setVisible(visible);
    updateLegend();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QString LossCurvesPlot::termName(Term term) {
    switch (term) {
    case Total: return tr("Total");
    case ReconSequence: return tr("Sequence recon.");
    case ReconFrame: return tr("Frame recon.");
    case KlStatic: return tr("KL s");
    default: return tr("KL d");
    }
}

void LossCurvesPlot::rescale() {
    followData_ = true;
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurvesPlot::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void LossCurvesPlot::retranslateUi() {
    plot_->xAxis->setLabel(tr("Epochs"));
    plot_->yAxis->setLabel(tr("Loss per sequence (log scale)"));
    updateLegend();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossCurvesPlot::applyPalette() {
    const QPalette p = palette();
    plot_->setBackground(p.brush(QPalette::Base));
    plot_->legend->setBrush(p.brush(QPalette::Base));
    plot_->legend->setTextColor(p.color(QPalette::Text));
    plot_->legend->setBorderPen(QPen(p.color(QPalette::Mid)));
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setBasePen(QPen(p.color(QPalette::Text)));
        axis->setTickPen(QPen(p.color(QPalette::Text)));
        axis->setSubTickPen(QPen(p.color(QPalette::Mid)));
        axis->setTickLabelColor(p.color(QPalette::Text));
        axis->setLabelColor(p.color(QPalette::Text));
        axis->grid()->setPen(QPen(p.color(QPalette::Midlight), 0, Qt::DotLine));
    }
    for (const Series& s : series_) {
        QPen pen = s.key->pen();
        pen.setColor(p.color(QPalette::Text));
        s.key->setPen(pen);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace dbse::widgets
