// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/dataset_panel.h"

#include "app/studio/dataset_browser.h"
#include "app/studio/heading_font.h"
#include "core/api/opened_dataset.h"
#include "widgets/bidi_text.h"
#include "widgets/dataset_filter_model.h"
#include "widgets/dataset_list_model.h"
#include "widgets/preview_loader.h"
#include "widgets/sequence_grid_view.h"
#include "widgets/sequence_labels.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace dbse::studio {
namespace {

enum Page { LoadingPage = 0, GridPage = 1, ErrorPage = 2 };

constexpr int kFollowDelayMs = 150;  // typing in the search field restarts it

constexpr QChar kZeroWidthSpace(0x200B);

// `text` with a zero-width space after each path separator, so that a long path wraps in a
// word-wrapped label instead of widening the window.
QString wrappable(QString text) {
    return text.replace(QLatin1Char('/'), QStringLiteral("/") + kZeroWidthSpace);
}

QString sequencesText(qint64 n) {
    return n == 1 ? DatasetPanel::tr("1 sequence") : DatasetPanel::tr("%1 sequences").arg(QLocale().toString(n));
}

}  // namespace

DatasetPanel::DatasetPanel(QWidget* parent)
    : QWidget(parent), loader_(new widgets::PreviewLoader(this)), playLoader_(new widgets::PreviewLoader(this)) {
    setObjectName(QStringLiteral("datasetPanel"));
    grid_ = new widgets::SequenceGridView;
    grid_->setObjectName(QStringLiteral("sequenceGrid"));
    browser_ = new DatasetBrowser;

    splitter_ = new QSplitter(Qt::Vertical);
    splitter_->setObjectName(QStringLiteral("datasetSplitter"));
    splitter_->setChildrenCollapsible(false);
    splitter_->addWidget(browser_);
    splitter_->addWidget(createPlayView());
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 2);

    pages_ = new QStackedWidget;
    pages_->insertWidget(LoadingPage, createLoadingPage());
    pages_->insertWidget(GridPage, splitter_);
    pages_->insertWidget(ErrorPage, createErrorPage());

    auto* separator = new QFrame;
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(separator);
    layout->addWidget(pages_, 1);

    connect(loader_, &widgets::PreviewLoader::loaded, this, &DatasetPanel::onLoaded);
    connect(loader_, &widgets::PreviewLoader::failed, this, &DatasetPanel::onFailed);
    // The play view follows the browser's split and filter, a moment after they settle.
    followTimer_ = new QTimer(this);
    followTimer_->setSingleShot(true);
    followTimer_->setInterval(kFollowDelayMs);
    connect(followTimer_, &QTimer::timeout, this, &DatasetPanel::followBrowser);
    QAbstractItemModel* shown = browser_->filter();
    auto follow = [this] { followTimer_->start(); };
    connect(shown, &QAbstractItemModel::modelReset, this, follow);
    connect(shown, &QAbstractItemModel::layoutChanged, this, follow);
    connect(shown, &QAbstractItemModel::rowsInserted, this, follow);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(playLoader_, &widgets::PreviewLoader::loaded, this, &DatasetPanel::onPlayLoaded);
    connect(playLoader_, &widgets::PreviewLoader::failed, this, [this] {
        grid_->clear();
        updatePlayControls();
    });
    connect(grid_, &widgets::SequenceGridView::currentFrameChanged, this, &DatasetPanel::updateFrameLabel);
    connect(grid_, &widgets::SequenceGridView::playingChanged, this, &DatasetPanel::updatePlayAction);
    retranslateUi();
}

DatasetPanel::~DatasetPanel() = default;

QIcon DatasetPanel::themedIcon(const char* name, int fallback) const {
    return QIcon::fromTheme(QLatin1String(name), style()->standardIcon(static_cast<QStyle::StandardPixmap>(fallback)));
}

QWidget* DatasetPanel::createPlayView() {
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("sequenceScrollArea"));
    scroll->setWidget(grid_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* view = new QWidget;
    view->setObjectName(QStringLiteral("playView"));
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createPlaybackBar());
    layout->addWidget(scroll, 1);
    return view;
}

QToolBar* DatasetPanel::createPlaybackBar() {
    auto* bar = new QToolBar;
    bar->setObjectName(QStringLiteral("playbackToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    playAction_ = bar->addAction(QString());
    playAction_->setObjectName(QStringLiteral("playPauseAction"));
    playAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_MediaTogglePlayPause)});
    playAction_->setShortcutContext(Qt::WindowShortcut);
    connect(playAction_, &QAction::triggered, grid_, &widgets::SequenceGridView::togglePlaying);

    stepAction_ = bar->addAction(themedIcon("media-skip-forward", QStyle::SP_MediaSkipForward), QString());
    stepAction_->setObjectName(QStringLiteral("stepAction"));
    connect(stepAction_, &QAction::triggered, this, [this] {
        grid_->setPlaying(false);
        grid_->stepFrame();
    });
    bar->widgetForAction(playAction_)->setObjectName(QStringLiteral("playPauseButton"));
    bar->widgetForAction(stepAction_)->setObjectName(QStringLiteral("stepButton"));

    frameLabel_ = new QLabel;
    frameLabel_->setObjectName(QStringLiteral("frameLabel"));
    frameLabel_->setContentsMargins(12, 0, 12, 0);
    bar->addWidget(frameLabel_);
    playInfo_ = new QLabel;
    playInfo_->setObjectName(QStringLiteral("playInfo"));
    playInfo_->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(playInfo_);
    playAction_->setEnabled(false);
    stepAction_->setEnabled(false);
    return bar;
}

QWidget* DatasetPanel::createHeader() {
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->setSpacing(4);

    title_ = new QLabel;
    title_->setObjectName(QStringLiteral("datasetTitle"));
    title_->setFont(headingFont(title_->font(), 1.4));
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    title_->setWordWrap(true);

    details_ = new QLabel;
    details_->setObjectName(QStringLiteral("datasetDetails"));
    details_->setForegroundRole(QPalette::PlaceholderText);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setWordWrap(true);

    layout->addWidget(title_);
    layout->addWidget(details_);
    return header;
}

QWidget* DatasetPanel::createLoadingPage() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    loadingLabel_ = new QLabel;
    loadingLabel_->setAlignment(Qt::AlignCenter);
    loadingLabel_->setWordWrap(true);
    auto* busy = new QProgressBar;
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    layout->addWidget(loadingLabel_);
    layout->addWidget(busy, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget* DatasetPanel::createErrorPage() {
    auto* page = new QWidget;
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(16, 24, 16, 16);
    auto* row = new QHBoxLayout;
    row->setSpacing(12);

    auto* icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(QSize(size, size), devicePixelRatioF()));

    auto* text = new QVBoxLayout;
    errorHeading_ = new QLabel;
    errorHeading_->setFont(headingFont(errorHeading_->font(), 1.2));
    errorHeading_->setWordWrap(true);
    errorLabel_ = new QLabel;
    errorLabel_->setObjectName(QStringLiteral("errorLabel"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorHint_ = new QLabel;
    errorHint_->setForegroundRole(QPalette::PlaceholderText);
    errorHint_->setWordWrap(true);
    text->addWidget(errorHeading_);
    text->addWidget(errorLabel_);
    text->addSpacing(8);
    text->addWidget(errorHint_);

    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    outer->addLayout(row);
    outer->addStretch(1);
    return page;
}

void DatasetPanel::clearViews() {
    summary_ = {};
    playSplit_.clear();
    playIndices_.clear();
    grid_->clear();
    browser_->setDataset(nullptr);
    updatePlayControls();
}

void DatasetPanel::updatePlayControls() {
    playAction_->setEnabled(grid_->frameCount() > 1);
    stepAction_->setEnabled(grid_->frameCount() > 1);
    const int filtered = browser_->filter()->rowCount();
    playInfo_->setText(grid_->count() == 0 ? QString()
                       : grid_->count() < filtered
                           ? tr("the first %1 of %2").arg(QLocale().toString(grid_->count()), QLocale().toString(filtered))
                           : tr("all %1").arg(QLocale().toString(grid_->count())));
    playInfo_->setToolTip(tr("The play view animates the first sequences that the browser above shows"));
}

void DatasetPanel::openDataset(const QString& dataset, int count) {
    dataset_ = dataset;
    error_.clear();
    playCount_ = count;
    clearViews();
    state_ = State::Loading;
    updateTexts();
    pages_->setCurrentIndex(LoadingPage);
    loader_->start(dataset, QStringLiteral("train"), count);
}

void DatasetPanel::onLoaded(const api::DatasetPreview& preview) {
    summary_.name = QString::fromStdString(preview.name);
    summary_.total = preview.total;
    if (!preview.items.empty()) {
        summary_.frames = preview.items.front().frames;
        summary_.width = preview.items.front().width;
        summary_.height = preview.items.front().height;
    }
    summary_.staticLabels = widgets::joinLabelNames(preview.static_labels);
    summary_.dynamicLabels = widgets::joinLabelNames(preview.dynamic_labels);
    grid_->setPreview(preview);
    playSplit_ = QStringLiteral("train");
    playIndices_.clear();
    for (const auto& item : preview.items)
        playIndices_.append(item.index);
    state_ = State::Ready;
    browser_->setDataset(preview.source);  // its filter starts unfiltered: the same sequences
    updatePlayControls();
    updateTexts();
    pages_->setCurrentIndex(GridPage);
    grid_->setFocus();
    Q_EMIT previewShown();
}

void DatasetPanel::onFailed(const QString& message) {
    state_ = State::Failed;
    error_ = message;
    updateTexts();
    pages_->setCurrentIndex(ErrorPage);
    Q_EMIT loadFailed(message);
}

void DatasetPanel::showError(const QString& dataset, const QString& message) {
    dataset_ = dataset;
    clearViews();
    onFailed(message);
}

void DatasetPanel::followBrowser() {
    const std::shared_ptr<const api::OpenedDataset> dataset = browser_->model()->dataset();
    if (state_ != State::Ready || !dataset)
        return;
    const QString split = browser_->model()->split();
    const QList<qint64> indices = browser_->filter()->sequenceIndices(playCount_);
    if (split == playSplit_ && indices == playIndices_) {
        updatePlayControls();
        return;
    }
    playSplit_ = split;
    playIndices_ = indices;
    playLoader_->start([dataset, split = split.toStdString(), list = std::vector<int64_t>(indices.begin(), indices.end())] {
        return api::previewSequences(dataset, split, list);
    });
}

void DatasetPanel::onPlayLoaded(const api::DatasetPreview& preview) {
    if (state_ != State::Ready || preview.source != browser_->model()->dataset())
        return;  // a dataset opened since
    const bool playing = grid_->isPlaying();
    grid_->setPreview(preview);
    grid_->setPlaying(playing);
    updatePlayControls();
    Q_EMIT playViewChanged();
}

void DatasetPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DatasetPanel::retranslateUi() {
    stepAction_->setText(tr("Step"));
    stepAction_->setToolTip(tr("Pause and show the next frame (Right arrow)"));
    errorHeading_->setText(tr("The dataset could not be opened"));
    errorHint_->setText(tr("Drop a dataset folder or file on the window, use File ▸ Open Dataset, or start "
                           "DBSE Studio with --dataset KIND:PATH, for example --dataset builtin:shapes."));
    updatePlayAction();
    updatePlayControls();
    updateTexts();
}

void DatasetPanel::updateTexts() {
    switch (state_) {
    case State::Idle:
        title_->setText(tr("No dataset"));
        details_->clear();
        status_.clear();
        break;
    case State::Loading:
        title_->setText(wrappable(dataset_));
        details_->setText(tr("Loading…"));
        loadingLabel_->setText(tr("Loading %1…").arg(widgets::isolated(wrappable(dataset_))));
        status_ = tr("Loading…");
        break;
    case State::Failed:
        title_->setText(wrappable(dataset_));
        details_->setText(tr("Not loaded"));
        errorLabel_->setText(wrappable(error_));
        status_ = tr("Error: %1").arg(widgets::isolated(error_));
        break;
    case State::Ready: {
        const Summary& s = summary_;
        const QString sequences = sequencesText(s.total);
        QStringList facts{sequences};
        if (s.frames > 1)  // video (a spectrogram or series is previewed as one picture)
            facts << tr("%1 frames of %2 × %3 pixels").arg(s.frames).arg(s.width).arg(s.height);
        QStringList labels;
        if (!s.staticLabels.isEmpty())
            labels << tr("Static: %1").arg(s.staticLabels);
        if (!s.dynamicLabels.isEmpty())
            labels << tr("Dynamic: %1").arg(s.dynamicLabels);
        const QString separator = QStringLiteral("  \u00b7  ");
        title_->setText(s.name);
        details_->setText(facts.join(separator) + QLatin1Char('\n') + labels.join(separator));
        status_ = tr("%1 — %2").arg(widgets::isolated(s.name), sequences);
        break;
    }
    }
    updateFrameLabel();
    Q_EMIT statusMessageChanged(status_);
}

void DatasetPanel::updatePlayAction() {
    const bool playing = grid_->isPlaying();
    playAction_->setIcon(playing ? themedIcon("media-playback-pause", QStyle::SP_MediaPause)
                                 : themedIcon("media-playback-start", QStyle::SP_MediaPlay));
    playAction_->setText(playing ? tr("Pause") : tr("Play"));
    playAction_->setToolTip(playing ? tr("Pause the animation (Ctrl+P, or Space in the grid)")
                                    : tr("Play the animation (Ctrl+P, or Space in the grid)"));
}

void DatasetPanel::updateFrameLabel() {
    const int frames = grid_->frameCount();
    frameLabel_->setText(frames > 0 ? tr("Frame %1 / %2").arg(grid_->currentFrame() + 1).arg(frames) : QString());
}

QString DatasetPanel::headerText() const {
    QString text = title_->text() + QLatin1Char('\n') + details_->text();
    return text.remove(kZeroWidthSpace);
}
bool DatasetPanel::thumbnailsPending() const { return browser_->model()->thumbnailsPending(); }
QString DatasetPanel::statusMessage() const { return status_; }
QString DatasetPanel::errorText() const { return state_ == State::Failed ? error_ : QString(); }

}  // namespace dbse::studio
