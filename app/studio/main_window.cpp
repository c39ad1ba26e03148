// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/main_window.h"

#include "app/studio/add_dataset_dialog.h"
#include "app/studio/central_tabs.h"
#include "app/studio/dataset_browser.h"
#include "app/studio/dataset_guess.h"
#include "app/studio/evaluation_tab.h"
#include "app/studio/explore_session.h"
#include "app/studio/latent_map_tab.h"
#include "app/studio/recent_menu.h"
#include "app/studio/resample_tab.h"
#include "app/studio/run_config_dialog.h"
#include "app/studio/runs_panel.h"
#include "app/studio/settings_dialog.h"
#include "app/studio/status_indicators.h"
#include "app/studio/studio_settings.h"
#include "app/studio/swap_tab.h"
#include "app/studio/training_tab.h"
#include "widgets/dataset_list_model.h"
#include "widgets/run_list_model.h"
#include "widgets/sequence_grid_view.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QUrl>

namespace dbse::studio {
namespace {

constexpr int kLayoutVersion = 1;  // bump when docks change, so that old saved states are ignored

// The one local file or folder that `mime` carries, or "".
QString droppedPath(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().front().isLocalFile())
        return {};
    return mime->urls().front().toLocalFile();
}

bool isRunFolder(const QString& path) {
    return QFileInfo(path).isDir() && QFileInfo::exists(QDir(path).filePath(QStringLiteral("config.json")));
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    explore_ = new ExploreSession(this);
    tabs_ = new CentralTabs;
    training_ = new TrainingTab;
    tabs_->setPage(QStringLiteral("training"), training_);
    tabs_->setPage(QStringLiteral("swap"), new SwapTab(explore_));
    tabs_->setPage(QStringLiteral("resample"), new ResampleTab(explore_));
    evaluation_ = new EvaluationTab(explore_);
    tabs_->setPage(QStringLiteral("evaluation"), evaluation_);
    setCentralWidget(tabs_);
    createDocks();
    auto* latentMap = new LatentMapTab(explore_);
    tabs_->setPage(QStringLiteral("latent-map"), latentMap);
    linkSelection(latentMap, datasets_->browser());

    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("statusLabel"));
    // A long message (an error naming a path) is cut, not allowed to widen the window.
    status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(status_, 1);
    indicators_ = new StatusIndicators;
    statusBar()->addPermanentWidget(indicators_);

    createMenus();
    connect(datasets_, &DatasetPanel::previewShown, this, [this] {
        recentDatasets_->add(datasets_->datasetSpec());
        training_->setDataset(datasets_->datasetSpec());
        explore_->offerDataset(datasets_->browser()->model()->dataset());
        Q_EMIT previewShown();
    });
    connect(datasets_, &DatasetPanel::loadFailed, this, &MainWindow::loadFailed);
    connect(datasets_, &DatasetPanel::statusMessageChanged, status_, &QLabel::setText);
    connect(runs_, &RunsPanel::openRequested, this, &MainWindow::openRun);
    runs_->setRunsDirectory(settings::runsDirectory());
    training_->setRunsDirectory(settings::runsDirectory());
    connectTraining();
    retranslateUi();

    const QFontMetrics metrics(font());
    resize(metrics.averageCharWidth() * 230, metrics.lineSpacing() * 52);
    resizeDocks({datasetsDock_, runsDock_}, {width() * 28 / 100, width() * 16 / 100}, Qt::Horizontal);
    defaultState_ = saveState(kLayoutVersion);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks() {
    datasets_ = new DatasetPanel;
    datasetsDock_ = new QDockWidget;
    datasetsDock_->setObjectName(QStringLiteral("datasetsDock"));
    datasetsDock_->setWidget(datasets_);
    addDockWidget(Qt::LeftDockWidgetArea, datasetsDock_);

    runs_ = new RunsPanel;
    runsDock_ = new QDockWidget;
    runsDock_->setObjectName(QStringLiteral("runsDock"));
    runsDock_->setWidget(runs_);
    addDockWidget(Qt::RightDockWidgetArea, runsDock_);
}

void MainWindow::createMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    openFileAction_ = fileMenu_->addAction(QString(), this, &MainWindow::chooseDatasetFile);
    openFileAction_->setShortcut(QKeySequence::Open);
    openFolderAction_ = fileMenu_->addAction(QString(), this, &MainWindow::chooseDatasetFolder);
    openFolderAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openSpecAction_ = fileMenu_->addAction(QString(), this, &MainWindow::enterDatasetSpec);
    openSpecAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addDatasetAction_ = fileMenu_->addAction(QString(), this, &MainWindow::showAddDataset);
    addDatasetAction_->setObjectName(QStringLiteral("addDatasetAction"));
    addDatasetAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    recentDatasets_ = new RecentMenu(settings::kRecentDatasets, this);
    recentDatasets_->setObjectName(QStringLiteral("recentDatasetsMenu"));
    connect(recentDatasets_, &RecentMenu::chosen, this, [this](const QString& spec) { openDataset(spec); });
    fileMenu_->addMenu(recentDatasets_);
    fileMenu_->addSeparator();
    openRunAction_ = fileMenu_->addAction(QString(), this, &MainWindow::chooseRun);
    openRunAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    recentRuns_ = new RecentMenu(settings::kRecentRuns, this);
    recentRuns_->setObjectName(QStringLiteral("recentRunsMenu"));
    connect(recentRuns_, &RecentMenu::chosen, this, &MainWindow::openRun);
    fileMenu_->addMenu(recentRuns_);
    fileMenu_->addSeparator();
    settingsAction_ = fileMenu_->addAction(QString(), this, &MainWindow::showSettings);
    settingsAction_->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences});
    settingsAction_->setMenuRole(QAction::PreferencesRole);
    fileMenu_->addSeparator();
    quitAction_ = fileMenu_->addAction(QString(), this, &QWidget::close);
    quitAction_->setShortcut(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);

    trainingMenu_ = menuBar()->addMenu(QString());
    trainingMenu_->addActions(training_->actions());

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addActions(tabs_->tabActions());
    viewMenu_->addSeparator();
    viewMenu_->addAction(datasets_->playAction());
    viewMenu_->addAction(datasets_->stepAction());
    viewMenu_->addSeparator();
    viewMenu_->addAction(datasetsDock_->toggleViewAction());
    viewMenu_->addAction(runsDock_->toggleViewAction());
    resetLayoutAction_ = viewMenu_->addAction(QString(), this, &MainWindow::resetLayout);

    helpMenu_ = menuBar()->addMenu(QString());
    aboutAction_ = helpMenu_->addAction(QString(), this, &MainWindow::about);
    aboutQtAction_ = helpMenu_->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::connectTraining() {
    connect(training_, &TrainingTab::runStarted, this, [this](const QString& folder) {
        recentRuns_->add(QFileInfo(folder).absoluteFilePath());
        runs_->model()->refresh();
        runs_->selectRun(QFileInfo(folder).absoluteFilePath());
        explore_->setRun(QFileInfo(folder).absoluteFilePath());
    });
    connect(training_, &TrainingTab::runProgress, this, [this](const QString& folder, int done, int planned) {
        indicators_->setRun(QFileInfo(folder).fileName(), done, planned);
        // Each epoch ends with a checkpoint: the exploration tabs see the newer snapshot (one
        // load at a time: a load in flight reads a checkpoint at least as new).
        if (done > 0 && explore_->runFolder() == QFileInfo(folder).absoluteFilePath() && !explore_->isLoading())
            explore_->refresh();
    });
    connect(training_, &TrainingTab::activityChanged, indicators_, &StatusIndicators::setRunActivity);
    connect(training_, &TrainingTab::runEnded, this, [this] {
        runs_->model()->refresh();
        if (closeWhenStopped_)
            close();
    });
}

bool MainWindow::confirmStopTraining() {
    QMessageBox box(QMessageBox::Question, tr("Training Is Running"),
                    tr("A run is training. Stop it and close DBSE Studio?"), QMessageBox::Yes | QMessageBox::Cancel,
                    this);
    box.setObjectName(QStringLiteral("confirmCloseWhileTraining"));
    box.setInformativeText(tr("A checkpoint is saved first; continue the run later from the Training tab."));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Stop and Close"));
    return box.exec() == QMessageBox::Yes;
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    setWindowTitle(tr("DBSE Studio"));
    datasetsDock_->setWindowTitle(tr("Datasets"));
    runsDock_->setWindowTitle(tr("Runs"));
    fileMenu_->setTitle(tr("&File"));
    openFileAction_->setText(tr("&Open Dataset File…"));
    openFolderAction_->setText(tr("Open Dataset &Folder…"));
    openSpecAction_->setText(tr("Open Dataset by &Name…"));
    addDatasetAction_->setText(tr("&Add Dataset…"));
    recentDatasets_->setTitle(tr("Recent &Datasets"));
    openRunAction_->setText(tr("Open &Run…"));
    recentRuns_->setTitle(tr("Recent R&uns"));
    settingsAction_->setText(tr("&Settings…"));
    quitAction_->setText(tr("&Quit"));
    trainingMenu_->setTitle(tr("&Training"));
    viewMenu_->setTitle(tr("&View"));
    resetLayoutAction_->setText(tr("Reset &Layout"));
    helpMenu_->setTitle(tr("&Help"));
    aboutAction_->setText(tr("&About DBSE Studio"));
    aboutQtAction_->setText(tr("About &Qt"));
}

void MainWindow::openDataset(const QString& dataset, int count) {
    datasets_->openDataset(dataset, count);
}

bool MainWindow::openPath(const QString& path) {
    if (isRunFolder(path)) {
        openRun(path);
        return true;
    }
    const DatasetGuess guess = guessDatasetSpec(path, availableDatasetKinds());
    datasetsDock_->show();
    datasetsDock_->raise();
    if (!guess.ok()) {
        datasets_->showError(QDir::toNativeSeparators(path), guess.error);
        return false;
    }
    openDataset(guess.spec);
    return true;
}

void MainWindow::openRun(const QString& folder) {
    if (!isRunFolder(folder)) {
        QMessageBox::warning(this, tr("Open Run"), tr("%1: not a run folder (no config.json).").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    const widgets::RunSummary run = widgets::readRunSummary(folder);
    recentRuns_->add(run.path);
    indicators_->setRun(run.name, run.epochsDone, run.epochsPlanned);
    runs_->selectRun(run.path);
    training_->showRun(run.path);
    explore_->setRun(run.path);
    auto* dialog = new RunConfigDialog(run.path, this);
    dialog->show();
}

bool MainWindow::showTab(const QString& id) {
    if (id == QStringLiteral("dataset")) {
        datasetsDock_->show();
        datasetsDock_->raise();
        datasets_->grid()->setFocus();
        return true;
    }
    const int index = CentralTabs::indexOfId(id);
    if (index >= 0)
        tabs_->setCurrentIndex(index);
    return index >= 0;
}

void MainWindow::chooseDatasetFile() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Dataset File"), QString(),
                                                      tr("Datasets (*.npy *.csv);;All files (*)"));
    if (!file.isEmpty())
        openPath(file);
}

void MainWindow::chooseDatasetFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Dataset Folder"));
    if (!dir.isEmpty())
        openPath(dir);
}

void MainWindow::enterDatasetSpec() {
    bool ok = false;
    const QString spec = QInputDialog::getText(this, tr("Open Dataset by Name"),
                                               tr("Dataset as KIND:PATH, for example builtin:shapes or fsdd:/data/fsdd:"),
                                               QLineEdit::Normal, datasets_->datasetSpec(), &ok);
    if (ok && !spec.trimmed().isEmpty())
        openDataset(spec.trimmed());
}

void MainWindow::chooseRun() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Run"), runs_->runsDirectory());
    if (!dir.isEmpty())
        openRun(dir);
}

void MainWindow::showAddDataset() {
    auto* dialog = new AddDatasetDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddDatasetDialog::openRequested, this, [this](const QString& spec) { openDataset(spec); });
    dialog->open();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(this);
    connect(&dialog, &SettingsDialog::runsDirectoryChanged, runs_, &RunsPanel::setRunsDirectory);
    connect(&dialog, &SettingsDialog::runsDirectoryChanged, training_, &TrainingTab::setRunsDirectory);
    dialog.exec();
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.setValue(settings::kWindowGeometry, saveGeometry());
    settings.setValue(settings::kWindowState, saveState(kLayoutVersion));
}

bool MainWindow::restoreLayout() {
    const QSettings settings;
    const QByteArray geometry = settings.value(settings::kWindowGeometry).toByteArray();
    const QByteArray state = settings.value(settings::kWindowState).toByteArray();
    const bool geometryRestored = !geometry.isEmpty() && restoreGeometry(geometry);
    const bool stateRestored = !state.isEmpty() && restoreState(state, kLayoutVersion);
    return geometryRestored && stateRestored;
}

void MainWindow::resetLayout() {
    restoreState(defaultState_, kLayoutVersion);
    datasetsDock_->show();
    runsDock_->show();
}

void MainWindow::closeWithoutAsking() {
    closeWhenStopped_ = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    widgets::TrainingController* training = training_->controller();
    if (training->isRunning()) {
        event->ignore();
        if (closeWhenStopped_ || confirmStopTraining()) {
            closeWhenStopped_ = true;
            training_->stop();  // runEnded() closes the window
        }
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = droppedPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openPath(path);
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About DBSE Studio"),
                       tr("<h3>DBSE Studio %1</h3>"
                          "<p>Unsupervised sequential disentanglement: a model that separates what "
                          "stays the same in a sequence from what changes.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

MainWindow::State MainWindow::state() const { return datasets_->state(); }
QString MainWindow::datasetSpec() const { return datasets_->datasetSpec(); }
QString MainWindow::headerText() const { return datasets_->headerText(); }
QString MainWindow::statusText() const { return status_->text(); }
QString MainWindow::errorText() const { return datasets_->errorText(); }
widgets::SequenceGridView* MainWindow::grid() const { return datasets_->grid(); }

}  // namespace dbse::studio
