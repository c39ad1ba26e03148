// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// LossCurvesPlot: points per series, zeros left out of the log axis, the legend (visible terms,
// then one entry per named series), term visibility and retranslation of the series names.
#include "widgets/loss_curves_plot.h"
#include "widgets/qcustomplot_include.h"

#include <QTest>

using dbse::widgets::LossCurvesPlot;

namespace {

// Entries in the legend (its grid counts empty cells of the last row too).
int legendEntries(QCustomPlot* plot) {
    int n = 0;
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        n += plot->legend->item(i) != nullptr;
    return n;
}

}  // namespace

class TestLossCurvesPlot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pointsLegendAndVisibility() {
        LossCurvesPlot plot;
        const int train = plot.addSeries(QStringLiteral("train"), Qt::SolidLine, false);
        const int validation = plot.addSeries(QStringLiteral("validation"), Qt::DashLine, true);
        QCOMPARE(plot.seriesCount(), 2);
        dbse::api::LossValues v{100, 60, 30, 5, 0};  // KL d switched off
        plot.append(train, 0.5, v);
        plot.append(train, 1.0, v);
        plot.append(validation, 1.0, v);
        QCOMPARE(plot.pointCount(train), 2);
        QCOMPARE(plot.pointCount(validation), 1);
        QCOMPARE(plot.pointCount(5), 0);
        QCustomPlot* p = plot.plot();
        // Graphs: 5 terms + 1 key per series. KL d (term 4) of train has no points: zeros are left out.
        QCOMPARE(p->graphCount(), 12);
        QCOMPARE(p->graph(4)->dataCount(), 0);
        QCOMPARE(p->graph(0)->dataCount(), 2);
        QCOMPARE(legendEntries(p), 5 + 2);
        QTRY_VERIFY(p->yAxis->range().lower > 0);  // fitted at the queued repaint

        plot.setTermVisible(LossCurvesPlot::KlStatic, false);
        QVERIFY(!plot.isTermVisible(LossCurvesPlot::KlStatic));
        QVERIFY(!p->graph(3)->visible());
        QCOMPARE(legendEntries(p), 4 + 2);
        plot.setSeriesName(validation, QStringLiteral("Validierung"));
        QVERIFY(p->legend->hasItemWithPlottable(p->graph(11)));
        QCOMPARE(p->graph(11)->name(), QStringLiteral("Validierung"));

        plot.clearPoints();
        QCOMPARE(plot.pointCount(train), 0);
        QCOMPARE(plot.seriesCount(), 2);
        plot.clearSeries();
        QCOMPARE(plot.seriesCount(), 0);
        QCOMPARE(p->graphCount(), 0);
    }
};

QTEST_MAIN(TestLossCurvesPlot)
#include "test_loss_curves_plot.moc"
