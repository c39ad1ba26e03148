// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LossCurvesPlot: the terms of the DBSE objective over training in a QCustomPlot. One colour
// per term (total, sequence reconstruction, static-frame reconstruction, KL of s, KL of d), one
// line style per series ("train" per step, "validation" per epoch, or one series per run when
// two runs are compared). x: epochs (a step sits at epoch + batch / batches); y: loss per
// sequence on a log axis (values below 1e-6 are drawn at 1e-6; zeros, e.g. a term switched
// off by an ablation, are left out). The legend lists the
// visible terms by colour, then each series by its line style.
//
// Appending only stores points and queues one replot, so many points per event-loop turn cost
// one repaint; the axes follow the data (until the user zooms or drags) when it happens. Retranslates itself on QEvent::LanguageChange. GUI thread only.

#include "core/api/training_job.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <array>

class QCustomPlot;
class QCPGraph;

namespace dbse::widgets {

class LossCurvesPlot : public QWidget {
    Q_OBJECT

public:
    enum Term { Total, ReconSequence, ReconFrame, KlStatic, KlDynamic };
    static constexpr int kTerms = 5;

    explicit LossCurvesPlot(QWidget* parent = nullptr);

    // A new series; `name` is shown in the legend after the term ("Total · validation").
    // Markers suit sparse series (one point per epoch). Returns its id (0, 1, ...).
    int addSeries(const QString& name, Qt::PenStyle style, bool markers);
    void setSeriesName(int series, const QString& name);
    int seriesCount() const { return static_cast<int>(series_.size()); }

    void append(int series, double epochs, const api::LossValues& values);
    // Removes every point, keeps the series.
    void clearPoints();
    // Removes every series.
    void clearSeries();
    int pointCount(int series) const;  // of the Total term

    void setTermVisible(Term term, bool visible);
    bool isTermVisible(Term term) const { return visible_[term]; }
    static QString termName(Term term);  // translated

    // Fits the axes to the data again at the next repaint (after the user zoomed or dragged).
    void rescale();
    QCustomPlot* plot() const { return plot_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Series {
        QString name;
        std::array<QCPGraph*, kTerms> graphs{};
        QCPGraph* key = nullptr;  // no data: the series' line style in the legend
    };
    void retranslateUi();
    void applyPalette();
    void updateLegend();

    QCustomPlot* plot_ = nullptr;  // owned (child)
    QList<Series> series_;
    std::array<bool, kTerms> visible_{true, true, true, true, true};
    bool followData_ = true;  // false once the user zooms or drags; rescale() sets it again
};

}  // namespace dbse::widgets
