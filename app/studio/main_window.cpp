// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/main_window.h"

#include "widgets/preview_loader.h"
#include "widgets/sequence_grid_view.h"
#include "widgets/sequence_labels.h"

#include <QAction>
#include <QApplication>
#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSizePolicy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace dbse::studio {
namespace {

enum Page { LoadingPage = 0, GridPage = 1, ErrorPage = 2 };

// `font` enlarged by `factor` and made semi-bold, whether it is sized in points or pixels.
QFont headingFont(QFont font, qreal factor) {
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(QFont::DemiBold);
    return font;
}

QString sequencesText(qint64 n) {
    return n == 1 ? MainWindow::tr("1 sequence") : MainWindow::tr("%1 sequences").arg(QLocale().toString(n));
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), loader_(new widgets::PreviewLoader(this)) {
    setWindowTitle(tr("DBSE Studio"));
    setObjectName(QStringLiteral("mainWindow"));

    grid_ = new widgets::SequenceGridView;
    grid_->setObjectName(QStringLiteral("sequenceGrid"));
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("sequenceScrollArea"));
    scroll->setWidget(grid_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    pages_ = new QStackedWidget;
    pages_->insertWidget(LoadingPage, createLoadingPage());
    pages_->insertWidget(GridPage, scroll);
    pages_->insertWidget(ErrorPage, createErrorPage());

    auto* separator = new QFrame;
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(separator);
    layout->addWidget(pages_, 1);
    setCentralWidget(central);

    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("statusLabel"));
    status_->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(status_, 1);

    createActions();
    connect(loader_, &widgets::PreviewLoader::loaded, this, &MainWindow::showPreview);
    connect(loader_, &widgets::PreviewLoader::failed, this, &MainWindow::showError);
    connect(grid_, &widgets::SequenceGridView::currentFrameChanged, this, &MainWindow::updateFrameLabel);

    resize(1100, 760);
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::themedIcon(const char* name, int fallback) const {
    return QIcon::fromTheme(QLatin1String(name), style()->standardIcon(static_cast<QStyle::StandardPixmap>(fallback)));
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QToolBar* bar = addToolBar(tr("Playback"));
    bar->setObjectName(QStringLiteral("playbackToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    playAction_ = bar->addAction(QString());
    playAction_->setObjectName(QStringLiteral("playPauseAction"));
    connect(playAction_, &QAction::triggered, grid_, &widgets::SequenceGridView::togglePlaying);
    stepAction_ = bar->addAction(themedIcon("media-skip-forward", QStyle::SP_MediaSkipForward), tr("Step"));
    stepAction_->setObjectName(QStringLiteral("stepAction"));
    stepAction_->setToolTip(tr("Pause and show the next frame (Right arrow)"));
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

    auto updatePlayAction = [this](bool playing) {
        playAction_->setIcon(playing ? themedIcon("media-playback-pause", QStyle::SP_MediaPause)
                                     : themedIcon("media-playback-start", QStyle::SP_MediaPlay));
        playAction_->setText(playing ? tr("Pause") : tr("Play"));
        playAction_->setToolTip(playing ? tr("Pause the animation (Space)") : tr("Play the animation (Space)"));
    };
    updatePlayAction(grid_->isPlaying());
    connect(grid_, &widgets::SequenceGridView::playingChanged, this, updatePlayAction);
    playAction_->setEnabled(false);
    stepAction_->setEnabled(false);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(playAction_);
    view->addAction(stepAction_);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DBSE Studio"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateFrameLabel();
}

QWidget* MainWindow::createHeader() {
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(4);

    title_ = new QLabel;
    title_->setObjectName(QStringLiteral("datasetTitle"));
    title_->setFont(headingFont(title_->font(), 1.5));
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    details_ = new QLabel;
    details_->setObjectName(QStringLiteral("datasetDetails"));
    details_->setForegroundRole(QPalette::PlaceholderText);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setWordWrap(true);

    layout->addWidget(title_);
    layout->addWidget(details_);
    return header;
}

QWidget* MainWindow::createLoadingPage() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    loadingLabel_ = new QLabel;
    loadingLabel_->setAlignment(Qt::AlignCenter);
    auto* busy = new QProgressBar;
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setFixedWidth(260);
    layout->addWidget(loadingLabel_);
    layout->addWidget(busy, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget* MainWindow::createErrorPage() {
    auto* page = new QWidget;
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(40, 40, 40, 40);
    auto* row = new QHBoxLayout;
    row->setSpacing(16);

    auto* icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(QSize(size, size), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QVBoxLayout;
    auto* heading = new QLabel(tr("The dataset could not be opened"));
    heading->setFont(headingFont(heading->font(), 1.25));
    errorLabel_ = new QLabel;
    errorLabel_->setObjectName(QStringLiteral("errorLabel"));
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* hint = new QLabel(tr("Start DBSE Studio with --dataset KIND:PATH, for example --dataset builtin:shapes."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    text->addWidget(heading);
    text->addWidget(errorLabel_);
    text->addSpacing(8);
    text->addWidget(hint);

    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    outer->addLayout(row);
    outer->addStretch(1);
    return page;
}

void MainWindow::openDataset(const QString& dataset, int count) {
    dataset_ = dataset;
    state_ = State::Loading;
    title_->setText(dataset);
    details_->setText(tr("Loading…"));
    loadingLabel_->setText(tr("Loading %1…").arg(dataset));
    status_->setText(tr("Loading…"));
    errorLabel_->clear();
    grid_->clear();
    playAction_->setEnabled(false);
    stepAction_->setEnabled(false);
    updateFrameLabel();
    pages_->setCurrentIndex(LoadingPage);
    loader_->start(dataset, QStringLiteral("train"), count);
}

void MainWindow::showPreview(const api::DatasetPreview& preview) {
    const QString name = QString::fromStdString(preview.name);
    const qint64 shown = static_cast<qint64>(preview.items.size());
    title_->setText(name);

    QStringList facts{sequencesText(preview.total)};
    if (!preview.items.empty()) {
        const auto& first = preview.items.front();
        facts << tr("%1 frames of %2 × %3 pixels").arg(first.frames).arg(first.width).arg(first.height);
    }
    if (shown < preview.total)
        facts << tr("showing the first %1").arg(QLocale().toString(shown));
    QStringList labels;
    if (!preview.static_labels.empty())
        labels << tr("Static: %1").arg(widgets::joinLabelNames(preview.static_labels));
    if (!preview.dynamic_labels.empty())
        labels << tr("Dynamic: %1").arg(widgets::joinLabelNames(preview.dynamic_labels));
    const QString separator = QStringLiteral("  \u00b7  ");
    details_->setText(facts.join(separator) + QLatin1Char('\n') + labels.join(separator));

    status_->setText(tr("%1 — %2 of %3 shown")
                         .arg(name, QLocale().toString(shown), sequencesText(preview.total)));
    grid_->setPreview(preview);
    playAction_->setEnabled(grid_->frameCount() > 1);
    stepAction_->setEnabled(grid_->frameCount() > 1);
    updateFrameLabel();
    pages_->setCurrentIndex(GridPage);
    grid_->setFocus();
    state_ = State::Ready;
    Q_EMIT previewShown();
}

void MainWindow::showError(const QString& message) {
    state_ = State::Failed;
    title_->setText(dataset_);
    details_->setText(tr("Not loaded"));
    errorLabel_->setText(message);
    status_->setText(tr("Error: %1").arg(message));
    pages_->setCurrentIndex(ErrorPage);
    Q_EMIT loadFailed(message);
}

void MainWindow::updateFrameLabel() {
    const int frames = grid_->frameCount();
    frameLabel_->setText(frames > 0 ? tr("Frame %1 / %2").arg(grid_->currentFrame() + 1).arg(frames) : QString());
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About DBSE Studio"),
                       tr("<h3>DBSE Studio %1</h3>"
                          "<p>Unsupervised sequential disentanglement: a model that separates what "
                          "stays the same in a sequence from what changes.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

MainWindow::State MainWindow::state() const { return state_; }
QString MainWindow::datasetSpec() const { return dataset_; }
QString MainWindow::headerText() const { return title_->text() + QLatin1Char('\n') + details_->text(); }
QString MainWindow::statusText() const { return status_->text(); }
QString MainWindow::errorText() const { return errorLabel_->text(); }
widgets::SequenceGridView* MainWindow::grid() const { return grid_; }

}  // namespace dbse::studio
