// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MainWindow: the DBSE Studio window. Docks: "Datasets" (DatasetPanel: the preview of the open
// dataset) and "Runs" (RunsPanel); centre: CentralTabs (Training, Latent map, Swap, Resample,
// Evaluation). Menus with shortcuts, recent datasets and runs, drag and drop of dataset files
// and folders, a status bar (dataset, run, device, memory). The dock layout and window
// geometry are saved in QSettings when the window closes and restored when it is created.
// Closing while a run trains asks first (a QMessageBox named "confirmCloseWhileTraining"),
// then stops the run, which saves a checkpoint, and closes when it has stopped.
// GUI thread only.

#include "app/studio/dataset_panel.h"

#include <QMainWindow>
#include <QString>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace dbse::widgets {
class SequenceGridView;
}

namespace dbse::studio {

class CentralTabs;
class EvaluationTab;
class ExploreSession;
class RecentMenu;
class RunsPanel;
class StatusIndicators;
class TrainingTab;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    using State = DatasetPanel::State;
    static constexpr int kDefaultPreviewCount = 48;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts loading the first `count` train sequences of `dataset` ("KIND:PATH", e.g.
    // "builtin:shapes"); previewShown() or loadFailed() follows. A newer call supersedes.
    void openDataset(const QString& dataset, int count = kDefaultPreviewCount);
    // Opens a file or folder as a dataset of the kind guessDatasetSpec() finds, or as a run when
    // it is a run folder. A path of no known kind shows the error in the Datasets dock and
    // emits loadFailed(); returns false then.
    bool openPath(const QString& path);
    // Shows the configuration of the run in `folder` and makes it the open run.
    void openRun(const QString& folder);
    // Closes as the user's close would, but without asking: a run in training is stopped (it
    // saves a checkpoint) and the window closes when it has stopped (SIGTERM, SIGINT).
    void closeWithoutAsking();
    // Makes the tab `id` (CentralTabs::tabIds(), or "dataset" for the Datasets dock) current.
    bool showTab(const QString& id);

    // QSettings: geometry and dock/toolbar state. restoreLayout() returns false when nothing
    // (valid) was saved.
    void saveLayout() const;
    bool restoreLayout();

    State state() const;
    QString datasetSpec() const;
    QString headerText() const;  // the Datasets dock's header: title and detail lines
    QString statusText() const;  // the status bar's message about the dataset
    QString errorText() const;   // the message shown when state() == Failed
    widgets::SequenceGridView* grid() const;
    DatasetPanel* datasetPanel() const { return datasets_; }
    RunsPanel* runsPanel() const { return runs_; }
    CentralTabs* tabs() const { return tabs_; }
    TrainingTab* trainingTab() const { return training_; }
    EvaluationTab* evaluationTab() const { return evaluation_; }
    // The run and dataset the exploration tabs work on.
    ExploreSession* exploreSession() const { return explore_; }
    StatusIndicators* indicators() const { return indicators_; }
    QDockWidget* datasetsDock() const { return datasetsDock_; }
    QDockWidget* runsDock() const { return runsDock_; }
    QAction* addDatasetAction() const { return addDatasetAction_; }

Q_SIGNALS:
    // Emitted once the preview is in the grid (state Ready) or the load failed (state Failed).
    void previewShown();
    void loadFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createMenus();
    void connectTraining();
    // closeEvent's question while a run trains; true: stop it (with a checkpoint), then close.
    bool confirmStopTraining();
    void retranslateUi();
    void chooseDatasetFile();
    void chooseDatasetFolder();
    void enterDatasetSpec();
    void showAddDataset();  // the Add Dataset dialog, window-modal; Open opens its dataset
    void chooseRun();
    void showSettings();
    void resetLayout();
    void about();

    DatasetPanel* datasets_ = nullptr;
    RunsPanel* runs_ = nullptr;
    CentralTabs* tabs_ = nullptr;
    TrainingTab* training_ = nullptr;
    EvaluationTab* evaluation_ = nullptr;
    ExploreSession* explore_ = nullptr;
    QMenu* trainingMenu_ = nullptr;
    bool closeWhenStopped_ = false;  // the user chose to close while a run trained
    StatusIndicators* indicators_ = nullptr;
    QDockWidget* datasetsDock_ = nullptr;
    QDockWidget* runsDock_ = nullptr;
    QLabel* status_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    RecentMenu* recentDatasets_ = nullptr;
    RecentMenu* recentRuns_ = nullptr;
    QAction* openFileAction_ = nullptr;
    QAction* openFolderAction_ = nullptr;
    QAction* openSpecAction_ = nullptr;
    QAction* addDatasetAction_ = nullptr;
    QAction* openRunAction_ = nullptr;
    QAction* settingsAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* resetLayoutAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* aboutQtAction_ = nullptr;
    QByteArray defaultState_;  // the dock layout before restoreLayout(), for resetLayout()
};

}  // namespace dbse::studio
