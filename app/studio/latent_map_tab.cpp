// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/latent_map_tab.h"

#include "app/studio/dataset_browser.h"
#include "app/studio/explore_session.h"
#include "core/api/latent_map_csv.h"
#include "core/api/run_model.h"
#include "widgets/dataset_list_model.h"
#include "widgets/latent_map_job.h"
#include "widgets/latent_scatter_plot.h"
#include "widgets/plot_image_export.h"
#include "widgets/thumbnail_image.h"
#include "widgets/thumbnail_loader.h"
#include "widgets/thumbnail_tooltip.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace dbse::studio {
namespace {

constexpr int kThumbnailSide = 96;  // logical pixels of the tooltip's thumbnail
constexpr int kMaxTooltipLabels = 8;

int plotOf(api::LatentCode code) { return code == api::LatentCode::Static ? LatentMapTab::kStatic : LatentMapTab::kDynamic; }

}  // namespace

LatentMapTab::LatentMapTab(ExploreSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("latentMapTab"));
    job_ = new widgets::LatentMapJob(this);
    connect(job_, &widgets::LatentMapJob::layoutReady, this, &LatentMapTab::onLayout);
    connect(job_, &widgets::LatentMapJob::finished, this, [this] {
        setStatus(tr("%n sequences of the %1 split.", nullptr, static_cast<int>(coordinates_[kStatic].size() / 2))
                      .arg(mapSplit_));
        setProperty("busy", false);
        Q_EMIT computationEnded();
    });
    connect(job_, &widgets::LatentMapJob::failed, this, [this](const QString& message) {
        setStatus(tr("The map could not be computed: %1").arg(message));
        setProperty("busy", false);
        Q_EMIT computationEnded();
    });
    tooltip_ = new widgets::ThumbnailTooltip(this);
    thumbnails_ = new widgets::ThumbnailLoader(this);
    connect(thumbnails_, &widgets::ThumbnailLoader::ready, this, &LatentMapTab::onThumbnail);

    auto* plots = new QHBoxLayout;
    plots->addWidget(createPlotColumn(kStatic), 1);
    plots->addWidget(createPlotColumn(kDynamic), 1);
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("latentMapStatus"));
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createControls());
    layout->addLayout(plots, 1);
    layout->addWidget(status_);
    createExportMenu();
    retranslateUi();
    setStatus(tr("Open a run to see the latent codes of its sequences."));

    if (session_) {
        connect(session_, &ExploreSession::ready, this, [this] { setInputs(session_->model(), session_->dataset()); });
        connect(session_, &ExploreSession::closed, this, [this] { setInputs(nullptr, nullptr); });
        connect(session_, &ExploreSession::failed, this, [this](const QString& message) {
            setInputs(nullptr, nullptr);
            setStatus(message);
        });
        connect(session_, &ExploreSession::loadingStarted, this, [this] {
            setStatus(tr("Opening the run…"));
            setProperty("busy", true);  // main.cpp's --screenshot waits for the map
        });
        if (session_->model() && session_->dataset())
            setInputs(session_->model(), session_->dataset());
    }
}

LatentMapTab::~LatentMapTab() = default;

QWidget* LatentMapTab::createControls() {
    auto* bar = new QWidget;
    // A narrow window clips the controls instead of growing: the tab must not widen the window.
    bar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // Two rows: what is computed (split, method, perplexity) and shown (colour), then how the
    // mouse selects and the actions.
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* actions = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(actions);
    for (QLabel*& caption : captions_)
        caption = new QLabel;
    split_ = new QComboBox;
    split_->setObjectName(QStringLiteral("latentMapSplit"));
    split_->addItem(QString(), QStringLiteral("test"));
    split_->addItem(QString(), QStringLiteral("train"));
    method_ = new QComboBox;
    method_->setObjectName(QStringLiteral("latentMapMethod"));
    method_->addItem(QString(), static_cast<int>(api::MapMethod::Tsne));
    method_->addItem(QString(), static_cast<int>(api::MapMethod::Pca));
    perplexity_ = new QDoubleSpinBox;
    perplexity_->setObjectName(QStringLiteral("latentMapPerplexity"));
    perplexity_->setRange(2.0, 100.0);
    perplexity_->setDecimals(0);
    perplexity_->setValue(30.0);
    perplexity_->setKeyboardTracking(false);
    colour_ = new QComboBox;
    colour_->setObjectName(QStringLiteral("latentMapColour"));
    colour_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    recompute_ = new QPushButton;
    recompute_->setObjectName(QStringLiteral("latentMapRecompute"));
    export_ = new QToolButton;
    export_->setObjectName(QStringLiteral("latentMapExport"));
    export_->setPopupMode(QToolButton::InstantPopup);
    auto* modes = new QButtonGroup(bar);
    for (size_t m = 0; m < modes_.size(); ++m) {
        modes_[m] = new QToolButton;
        modes_[m]->setCheckable(true);
        modes->addButton(modes_[m], static_cast<int>(m));
    }
    modes_[0]->setChecked(true);
    connect(modes, &QButtonGroup::idClicked, this, [this](int id) {
        for (widgets::LatentScatterPlot* plot : plots_)
            plot->setMode(static_cast<widgets::LatentScatterPlot::Mode>(id));
    });
    connect(split_, &QComboBox::currentIndexChanged, this, &LatentMapTab::recompute);
    connect(method_, &QComboBox::currentIndexChanged, this, [this] {
        perplexity_->setEnabled(method_->currentData().toInt() == static_cast<int>(api::MapMethod::Tsne));
        recompute();
    });
    connect(perplexity_, &QDoubleSpinBox::valueChanged, this, &LatentMapTab::recompute);
    connect(colour_, &QComboBox::currentIndexChanged, this, &LatentMapTab::applyColours);
    connect(recompute_, &QPushButton::clicked, this, &LatentMapTab::recompute);
    const QList<QWidget*> fields = {split_, method_, perplexity_, colour_};
    for (int i = 0; i < fields.size(); ++i) {
        row->addWidget(captions_[static_cast<size_t>(i)]);
        row->addWidget(fields[i]);
        row->addSpacing(8);
    }
    row->addStretch(1);
    for (QToolButton* mode : modes_)
        actions->addWidget(mode);
    actions->addStretch(1);
    actions->addWidget(recompute_);
    actions->addWidget(export_);
    return bar;
}

QWidget* LatentMapTab::createPlotColumn(int which) {
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    titles_[static_cast<size_t>(which)] = new QLabel;
    titles_[static_cast<size_t>(which)]->setAlignment(Qt::AlignCenter);
    titles_[static_cast<size_t>(which)]->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = titles_[static_cast<size_t>(which)]->font();
    bold.setBold(true);
    titles_[static_cast<size_t>(which)]->setFont(bold);
    auto* plot = new widgets::LatentScatterPlot;
    plot->setObjectName(which == kStatic ? QStringLiteral("staticMap") : QStringLiteral("dynamicMap"));
    plot->setMinimumSize(160, 160);
    plots_[static_cast<size_t>(which)] = plot;
    connect(plot, &widgets::LatentScatterPlot::selectionChanged, this, &LatentMapTab::onSelected);
    connect(plot, &widgets::LatentScatterPlot::pointHovered, this,
            [this, which](qint64 index, const QPoint& at) { onHovered(which, index, at); });
    layout->addWidget(titles_[static_cast<size_t>(which)]);
    layout->addWidget(plot, 1);
    return column;
}

void LatentMapTab::createExportMenu() {
    auto* menu = new QMenu(export_);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const bool shown = !coordinates_[kStatic].empty();
        menu->addAction(tr("Map as image (PNG%1)…").arg(widgets::canSaveSvg() ? tr(" or SVG") : QString()), this,
                        &LatentMapTab::chooseImageFile)
            ->setEnabled(shown);
        menu->addAction(tr("Static map coordinates (CSV)…"), this, [this] { chooseCsvFile(kStatic); })
            ->setEnabled(shown);
        menu->addAction(tr("Dynamic map coordinates (CSV)…"), this, [this] { chooseCsvFile(kDynamic); })
            ->setEnabled(!coordinates_[kDynamic].empty());
    });
    export_->setMenu(menu);
}

void LatentMapTab::setTsneIterations(int iterations, int progressEvery) {
    iterations_ = iterations;
    progressEvery_ = progressEvery;
}

void LatentMapTab::setInputs(std::shared_ptr<api::RunModel> model, std::shared_ptr<const api::OpenedDataset> dataset) {
    const bool sameDataset = dataset && dataset_ && dataset->spec() == dataset_->spec();
    model_ = std::move(model);
    dataset_ = std::move(dataset);
    if (!sameDataset) {
        job_->cancel();
        for (widgets::LatentScatterPlot* plot : plots_)
            plot->clearPoints();
        for (auto& c : coordinates_)
            c.clear();
        mapSplit_.clear();
        labels_.clear();
        selection_.clear();
        thumbnailCache_.clear();
        fillColourBox();
    }
    if (!model_ || !dataset_) {
        job_->cancel();
        setProperty("busy", false);
        setStatus(tr("Open a run to see the latent codes of its sequences."));
        return;
    }
    // A newer snapshot of the same run: the old map stays until the new layout is final.
    progressive_ = !sameDataset || coordinates_[kStatic].empty();
    start();
}

void LatentMapTab::recompute() {
    progressive_ = true;
    start();
}

void LatentMapTab::start() {
    if (!model_ || !dataset_)
        return;
    if (!isVisible()) {
        // t-SNE costs seconds of every core: a hidden tab (e.g. while a run trains and its
        // snapshots arrive) computes when it is shown.
        job_->cancel();
        pending_ = true;
        return;
    }
    pending_ = false;
    api::LatentMapRequest request;
    request.split = split_->currentData().toString().toStdString();
    request.method = static_cast<api::MapMethod>(method_->currentData().toInt());
    request.perplexity = perplexity_->value();
    request.iterations = iterations_;
    request.progress_every = progressEvery_;
    computingSplit_ = split_->currentData().toString();
    replaced_ = {false, false};
    job_->start(model_, dataset_, request);
    setProperty("busy", true);
    setStatus(tr("Encoding %n sequences of the %1 split…", nullptr, static_cast<int>(dataset_->count(request.split)))
                  .arg(computingSplit_));
}

bool LatentMapTab::isComputing() const { return job_->isRunning(); }

void LatentMapTab::onLayout(api::LatentCode code, const QVector<QPointF>& points, int iteration, int iterations,
                            bool final) {
    const int which = plotOf(code);
    const QString what = which == kStatic ? tr("static codes s") : tr("dynamic codes d");
    if (iterations > 1)
        setStatus(tr("t-SNE of the %1: iteration %2 of %3").arg(what).arg(iteration).arg(iterations));
    if (!progressive_ && !final)
        return;
    if (mapSplit_ != computingSplit_) {
        // The first layout of another split: its labels, thumbnails and selection start afresh.
        mapSplit_ = computingSplit_;
        labels_ = dataset_->labels(mapSplit_.toStdString());
        thumbnailCache_.clear();
        selection_.clear();
        for (size_t p = 0; p < plots_.size(); ++p) {
            plots_[p]->clearPoints();
            coordinates_[p].clear();
        }
        const std::shared_ptr<const api::OpenedDataset> dataset = dataset_;
        const std::string split = mapSplit_.toStdString();
        const QSize side(kThumbnailSide, kThumbnailSide);
        thumbnails_->setRender([dataset, split, side](qint64 index) {
            return widgets::thumbnailImage(dataset->thumbnail(split, index), side);
        });
    }
    widgets::LatentScatterPlot* plot = plots_[static_cast<size_t>(which)];
    plot->setDragSource(QString::fromStdString(dataset_->spec()), mapSplit_);
    std::vector<float>& xy = coordinates_[static_cast<size_t>(which)];
    xy.resize(static_cast<size_t>(points.size()) * 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        xy[static_cast<size_t>(2 * i)] = static_cast<float>(points[i].x());
        xy[static_cast<size_t>(2 * i + 1)] = static_cast<float>(points[i].y());
    }
    if (!replaced_[static_cast<size_t>(which)]) {
        replaced_[static_cast<size_t>(which)] = true;
        plot->fitView();  // a new computation: follow its layouts
    }
    plot->setPoints(points);
    applyColours();
    plot->setSelection(selection_);
    Q_EMIT layoutShown(which, static_cast<int>(points.size()), final);
}

void LatentMapTab::fillColourBox() {
    const QString previous = colour_->currentData().toString();
    const QSignalBlocker block(colour_);
    colour_->clear();
    if (dataset_) {
        for (const std::string& name : dataset_->staticLabelNames())
            colour_->addItem(tr("%1 (static)").arg(QString::fromStdString(name)), QString::fromStdString(name));
        for (const std::string& name : dataset_->dynamicLabelNames())
            colour_->addItem(tr("%1 (dynamic)").arg(QString::fromStdString(name)), QString::fromStdString(name));
    }
    colour_->setCurrentIndex(std::max(0, colour_->findData(previous)));
    colour_->setEnabled(colour_->count() > 0);
}

void LatentMapTab::applyColours() {
    const QString name = colour_->currentData().toString();
    for (const api::SplitLabels& column : labels_) {
        if (QString::fromStdString(column.name) != name)
            continue;
        QVector<int> classOf(column.values.begin(), column.values.end());
        QStringList names;
        for (const std::string& c : column.classes)
            names.append(QString::fromStdString(c));
        for (widgets::LatentScatterPlot* plot : plots_)
            if (plot->pointCount() == classOf.size())
                plot->setClasses(classOf, names);
        return;
    }
}

void LatentMapTab::onSelected(const QList<qint64>& indices) {
    selection_ = indices;
    for (widgets::LatentScatterPlot* plot : plots_)
        plot->setSelection(indices);
    Q_EMIT sequencesSelected(mapSplit_, indices);
}

void LatentMapTab::selectSequences(const QString& split, const QList<qint64>& indices) {
    selection_ = split == mapSplit_ ? indices : QList<qint64>();
    for (widgets::LatentScatterPlot* plot : plots_)
        plot->setSelection(selection_);
}

void LatentMapTab::onHovered(int which, qint64 index, const QPoint& globalPos) {
    hovered_ = index;
    if (index < 0 || !dataset_ || mapSplit_.isEmpty()) {
        tooltip_->hide();
        return;
    }
    QStringList lines;
    lines.append(tr("Sequence %1 of the %2 split").arg(index).arg(mapSplit_));
    int shown = 0;
    for (const auto& [label, value] : dataset_->labelsOf(mapSplit_.toStdString(), index))
        if (shown++ < kMaxTooltipLabels)
            lines.append(QStringLiteral("%1: %2").arg(QString::fromStdString(label), QString::fromStdString(value)));
    Q_UNUSED(which);
    const auto cached = thumbnailCache_.constFind(index);
    tooltip_->showAt(globalPos, lines.join(QLatin1Char('\n')), cached == thumbnailCache_.constEnd() ? QImage() : *cached);
    if (cached == thumbnailCache_.constEnd())
        thumbnails_->request(index);
}

void LatentMapTab::onThumbnail(qint64 index, const QImage& image) {
    thumbnailCache_.insert(index, image);
    if (index == hovered_ && tooltip_->isVisible())
        tooltip_->setImage(image);
}

QString LatentMapTab::saveImage(const QString& path) {
    return widgets::saveTitledPlots(path, {{titles_[kStatic]->text(), plots_[kStatic]},
                                           {titles_[kDynamic]->text(), plots_[kDynamic]}});
}

QString LatentMapTab::saveCsv(int which, const QString& path) {
    const std::vector<float>& xy = coordinates_.at(static_cast<size_t>(which));
    if (xy.empty())
        return tr("%1: there is no map to save").arg(path);
    try {
        api::writeLatentMapCsv(path.toStdString(), xy, labels_);
    } catch (const std::exception& e) {
        return QString::fromLocal8Bit(e.what());
    }
    return {};
}

void LatentMapTab::chooseImageFile() {
    const QString filter = widgets::canSaveSvg() ? tr("Images (*.png *.svg)") : tr("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the latent map"), QStringLiteral("latent-map.png"), filter);
    if (path.isEmpty())
        return;
    const QString error = saveImage(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save the latent map"), error);
}

void LatentMapTab::chooseCsvFile(int which) {
    const QString name = which == kStatic ? QStringLiteral("latent-map-s.csv") : QStringLiteral("latent-map-d.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the map's coordinates"), name, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = saveCsv(which, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save the map's coordinates"), error);
}

QString LatentMapTab::statusText() const { return status_->text(); }

void LatentMapTab::setStatus(const QString& text) { status_->setText(text); }

void LatentMapTab::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (pending_)
        start();
}

void LatentMapTab::hideEvent(QHideEvent* event) {
    tooltip_->hide();
    QWidget::hideEvent(event);
}

void LatentMapTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LatentMapTab::retranslateUi() {
    captions_[0]->setText(tr("Split:"));
    captions_[1]->setText(tr("Method:"));
    captions_[2]->setText(tr("Perplexity:"));
    captions_[3]->setText(tr("Colour by:"));
    split_->setItemText(0, tr("Test"));
    split_->setItemText(1, tr("Train"));
    method_->setItemText(0, tr("t-SNE"));
    method_->setItemText(1, tr("PCA"));
    modes_[0]->setText(tr("Pan"));
    modes_[0]->setToolTip(tr("Drag to pan, wheel to zoom, double-click to fit; click a point to select it"));
    modes_[1]->setText(tr("Rectangle"));
    modes_[1]->setToolTip(tr("Drag a rectangle to select the points inside (Shift adds)"));
    modes_[2]->setText(tr("Lasso"));
    modes_[2]->setToolTip(tr("Draw around the points to select (Shift adds)"));
    recompute_->setText(tr("Recompute"));
    export_->setText(tr("Export"));
    titles_[kStatic]->setText(tr("Static code s"));
    titles_[kDynamic]->setText(tr("Dynamic code d (averaged over time)"));
    fillColourBox();
}

QString LatentMapTab::datasetSpec() const { return dataset_ ? QString::fromStdString(dataset_->spec()) : QString(); }

void linkSelection(LatentMapTab* map, DatasetBrowser* browser) {
    // Only between views of the same dataset: the browser may show another one than the run's.
    QObject::connect(map, &LatentMapTab::sequencesSelected, browser,
                     [map, browser](const QString& split, const QList<qint64>& indices) {
                         if (map->datasetSpec() == browser->model()->datasetSpec())
                             browser->selectSequences(split, indices);
                     });
    QObject::connect(browser, &DatasetBrowser::sequencesSelected, map,
                     [map, browser](const QString& split, const QList<qint64>& indices) {
                         if (map->datasetSpec() == browser->model()->datasetSpec())
                             map->selectSequences(split, indices);
                     });
}

}  // namespace dbse::studio
