// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LatentMapTab: the Latent map page. Two scatter plots side by side — the static codes s and
// the time-averaged dynamic codes d of every sequence of a split, laid out by t-SNE (refining
// while it runs) or PCA in the background — coloured by any label, with a thumbnail tooltip,
// click/rectangle/lasso selection shared by both plots (and, through linkSelection, the
// Datasets dock's browser), points that drag like browser items, and export as PNG/SVG/CSV.
//
// Inputs: the ExploreSession's model and dataset (followed on ready(); a newer snapshot of the
// same run recomputes and keeps the old map until the new layout is final) or setInputs().
// Changing an input cancels the computation in flight: nothing of it is shown afterwards. A
// hidden tab computes only when it is shown.
// Retranslates itself on QEvent::LanguageChange. GUI thread only.

#include "core/api/latent_map.h"
#include "core/api/opened_dataset.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QVector>
#include <QString>
#include <QWidget>

#include <array>
#include <memory>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace dbse::api {
class RunModel;
}

namespace dbse::widgets {
class LatentMapJob;
class LatentScatterPlot;
class ThumbnailLoader;
class ThumbnailTooltip;
}  // namespace dbse::widgets

namespace dbse::studio {

class DatasetBrowser;
class ExploreSession;

class LatentMapTab : public QWidget {
    Q_OBJECT

public:
    static constexpr int kStatic = 0, kDynamic = 1;  // plot indices

    // Follows `session` when it is not null.
    explicit LatentMapTab(ExploreSession* session = nullptr, QWidget* parent = nullptr);
    ~LatentMapTab() override;

    // The run's model and its dataset (either null: nothing to map). A new dataset clears the
    // map; the same dataset with a new model keeps it until the new one is final.
    void setInputs(std::shared_ptr<api::RunModel> model, std::shared_ptr<const api::OpenedDataset> dataset);
    // Computes the map again with the current settings (the Recompute button).
    void recompute();

    // t-SNE iterations (default 1000) and how often a layout is shown (default every 25).
    void setTsneIterations(int iterations, int progressEvery);

    widgets::LatentScatterPlot* plot(int which) const { return plots_[static_cast<size_t>(which)]; }
    QComboBox* splitBox() const { return split_; }
    QComboBox* methodBox() const { return method_; }
    QComboBox* colourBox() const { return colour_; }
    QDoubleSpinBox* perplexityBox() const { return perplexity_; }
    QToolButton* modeButton(int mode) const { return modes_[static_cast<size_t>(mode)]; }
    QPushButton* recomputeButton() const { return recompute_; }
    widgets::ThumbnailTooltip* tooltip() const { return tooltip_; }
    QString statusText() const;
    // The spec of the dataset mapped ("" when none).
    QString datasetSpec() const;
    // The split of the points shown ("" when none).
    QString mapSplit() const { return mapSplit_; }
    bool isComputing() const;
    // Labels of the points shown (static columns first).
    const std::vector<api::SplitLabels>& labels() const { return labels_; }

    // Saves both plots as one ".png" or ".svg"; "" on success, else the message.
    QString saveImage(const QString& path);
    // Saves the coordinates of plot `which` with every label as CSV; "" or the message.
    QString saveCsv(int which, const QString& path);

public Q_SLOTS:
    // Highlights these sequences of `split` in both plots (none when the map shows another
    // split); emits nothing.
    void selectSequences(const QString& split, const QList<qint64>& indices);

Q_SIGNALS:
    // The user selected sequences in a plot (positions in `split`).
    void sequencesSelected(const QString& split, const QList<qint64>& indices);
    // A layout of plot `which` with `points` points was drawn (final: the last of it).
    void layoutShown(int which, int points, bool final);
    // Both layouts of a computation are final, or it failed (statusText() says why).
    void computationEnded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createControls();
    QWidget* createPlotColumn(int which);
    void createExportMenu();
    // Computes with the current settings; a hidden tab waits until it is shown.
    void start();
    void fillColourBox();
    void applyColours();
    void onLayout(api::LatentCode code, const QVector<QPointF>& points, int iteration, int iterations, bool final);
    void onSelected(const QList<qint64>& indices);
    void onHovered(int which, qint64 index, const QPoint& globalPos);
    void onThumbnail(qint64 index, const QImage& image);
    void chooseImageFile();
    void chooseCsvFile(int which);
    void setStatus(const QString& text);
    void retranslateUi();

    ExploreSession* session_ = nullptr;
    std::shared_ptr<api::RunModel> model_;
    std::shared_ptr<const api::OpenedDataset> dataset_;
    widgets::LatentMapJob* job_ = nullptr;  // owned (child)
    std::array<widgets::LatentScatterPlot*, 2> plots_{};
    std::array<QLabel*, 2> titles_{};
    std::array<std::vector<float>, 2> coordinates_;  // of the points shown, [N * 2]
    std::array<bool, 2> replaced_{};  // this computation's layout has replaced the old one
    QComboBox* split_ = nullptr;
    QComboBox* method_ = nullptr;
    QDoubleSpinBox* perplexity_ = nullptr;
    QComboBox* colour_ = nullptr;
    std::array<QToolButton*, 3> modes_{};
    QPushButton* recompute_ = nullptr;
    QToolButton* export_ = nullptr;
    QLabel* status_ = nullptr;
    std::array<QLabel*, 4> captions_{};  // split, method, perplexity, colour
    widgets::ThumbnailTooltip* tooltip_ = nullptr;  // owned (child window)
    widgets::ThumbnailLoader* thumbnails_ = nullptr;  // owned (child)
    QHash<qint64, QImage> thumbnailCache_;  // of mapSplit_
    qint64 hovered_ = -1;
    QString mapSplit_;          // split of the points shown
    QString computingSplit_;    // split of the computation in flight
    std::vector<api::SplitLabels> labels_;  // of mapSplit_
    QList<qint64> selection_;
    bool pending_ = false;      // inputs or settings changed while hidden: compute when shown
    bool progressive_ = true;   // show intermediate layouts of the computation in flight
    int iterations_ = 1000, progressEvery_ = 25;
};

// Keeps the selections of the map and the browser in step while both show the same dataset:
// a selection in one selects the same sequences in the other.
void linkSelection(LatentMapTab* map, DatasetBrowser* browser);

}  // namespace dbse::studio
