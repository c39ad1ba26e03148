// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plot_image_export.h"

#include "widgets/qcustomplot_include.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QImage>
#include <QSaveFile>

#ifdef DBSE_HAVE_QT_SVG
#include <QSvgGenerator>
#endif

#include <algorithm>

namespace dbse::widgets {
namespace {

struct Layout {
    QSize plot;      // of each plot
    int titleHeight;
    QSize total;
};

Layout layoutOf(const QList<TitledPlot>& plots, int minimumSide, const QFont& font) {
    Layout l;
    int width = minimumSide, height = minimumSide;
    for (const TitledPlot& p : plots) {
        width = std::max(width, p.plot->width());
        height = std::max(height, p.plot->height());
    }
    l.plot = QSize(width, height);
    l.titleHeight = QFontMetrics(font).height() * 2;
    l.total = QSize(width * static_cast<int>(plots.size()), height + l.titleHeight);
    return l;
}

void paintPlots(QCPPainter& painter, const QList<TitledPlot>& plots, const Layout& l) {
    const QPalette palette = plots.front().plot->palette();
    painter.fillRect(QRect(QPoint(0, 0), l.total), palette.color(QPalette::Base));
    QFont title = plots.front().plot->font();
    title.setBold(true);
    for (int i = 0; i < plots.size(); ++i) {
        painter.save();
        painter.translate(i * l.plot.width(), 0);
        painter.setFont(title);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QRect(0, 0, l.plot.width(), l.titleHeight), Qt::AlignCenter, plots[i].title);
        painter.translate(0, l.titleHeight);
        plots[i].plot->toPainter(&painter, l.plot.width(), l.plot.height());
        painter.restore();
    }
    for (const TitledPlot& p : plots)
        p.plot->replot(QCustomPlot::rpQueuedReplot);  // toPainter laid it out at the export size
}

}  // namespace

bool canSaveSvg() {
#ifdef DBSE_HAVE_QT_SVG
    return true;
#else
    return false;
#endif
}

QString saveTitledPlots(const QString& path, const QList<TitledPlot>& plots, int minimumSide) {
    if (plots.isEmpty())
        return QCoreApplication::translate("PlotImageExport", "%1: there is no map to save").arg(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Layout l = layoutOf(plots, minimumSide, plots.front().plot->font());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    if (suffix == QLatin1String("png")) {
        QImage image(l.total, QImage::Format_ARGB32_Premultiplied);
        {
            QCPPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            paintPlots(painter, plots, l);
        }
        if (!image.save(&file, "PNG"))
            return QCoreApplication::translate("PlotImageExport", "%1: the image could not be encoded").arg(path);
    } else if (suffix == QLatin1String("svg") && canSaveSvg()) {
#ifdef DBSE_HAVE_QT_SVG
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(l.total);
        svg.setViewBox(QRect(QPoint(0, 0), l.total));
        svg.setTitle(plots.front().title);
        QCPPainter painter(&svg);
        paintPlots(painter, plots, l);
        painter.end();
#endif
    } else {
        file.cancelWriting();
        return QCoreApplication::translate("PlotImageExport", "%1: unsupported image type (use .png%2)")
            .arg(path, canSaveSvg() ? QStringLiteral(" or .svg") : QString());
    }
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

}  // namespace dbse::widgets
