// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DatasetPanel: the content of the "Datasets" dock. Opens a dataset off the GUI thread and
// shows a header (name, size, labels), then, one above the other in a splitter, the browser
// (every sequence of a split as a thumbnail, filterable, draggable: DatasetBrowser) and the
// play view (a playback bar and an animated grid of the first sequences the browser shows:
// it follows the split and the filter); or the load error. Retranslates itself on QEvent::LanguageChange. GUI thread only.

#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace dbse::api {
struct DatasetPreview;
}

namespace dbse::widgets {
class PreviewLoader;
class SequenceGridView;
}  // namespace dbse::widgets

namespace dbse::studio {

class DatasetBrowser;

class DatasetPanel : public QWidget {
    Q_OBJECT

public:
    enum class State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit DatasetPanel(QWidget* parent = nullptr);
    ~DatasetPanel() override;

    // Starts loading `dataset` ("KIND:PATH"); previewShown() (the play view showing its first
    // `count` train sequences) or loadFailed() follows. A newer call supersedes a running one.
    // Later the play view shows the first `count` sequences that the browser shows.
    void openDataset(const QString& dataset, int count);
    // Shows `message` as the error of `dataset` without loading anything (e.g. a dropped file
    // of no known kind); emits loadFailed().
    void showError(const QString& dataset, const QString& message);

    State state() const { return state_; }
    QString datasetSpec() const { return dataset_; }
    QString headerText() const;     // the header's title and detail lines, plain text
    QString statusMessage() const;  // one line for the window's status bar
    QString errorText() const;      // the message shown when state() == Failed (without wrap points)
    widgets::SequenceGridView* grid() const { return grid_; }
    DatasetBrowser* browser() const { return browser_; }
    QSplitter* splitter() const { return splitter_; }
    // True while the browser still renders thumbnails that a view asked for.
    bool thumbnailsPending() const;
    QAction* playAction() const { return playAction_; }
    QAction* stepAction() const { return stepAction_; }

Q_SIGNALS:
    void previewShown();
    // The play view shows other sequences (after the browser's split or filter changed).
    void playViewChanged();
    void loadFailed(const QString& message);
    void statusMessageChanged(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    // What the header describes, kept so that it can be retranslated.
    struct Summary {
        QString name;
        qint64 total = 0;
        int frames = 0, width = 0, height = 0;
        QString staticLabels, dynamicLabels;  // comma-separated names
    };

    QIcon themedIcon(const char* name, int fallback) const;
    QToolBar* createPlaybackBar();
    QWidget* createHeader();
    QWidget* createLoadingPage();
    QWidget* createErrorPage();
    QWidget* createPlayView();
    void onLoaded(const api::DatasetPreview& preview);
    void onFailed(const QString& message);
    void clearViews();
    void followBrowser();
    void onPlayLoaded(const api::DatasetPreview& preview);
    void updatePlayControls();
    void retranslateUi();
    void updateTexts();
    void updatePlayAction();
    void updateFrameLabel();

    widgets::PreviewLoader* loader_ = nullptr;      // owned (child): opens the dataset
    widgets::PreviewLoader* playLoader_ = nullptr;  // owned (child): frames for the play view
    QTimer* followTimer_ = nullptr;
    int playCount_ = 0;
    QString playSplit_;           // what the play view shows or is loading
    QList<qint64> playIndices_;
    widgets::SequenceGridView* grid_ = nullptr;
    DatasetBrowser* browser_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* details_ = nullptr;
    QLabel* loadingLabel_ = nullptr;
    QLabel* errorHeading_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QLabel* errorHint_ = nullptr;
    QLabel* frameLabel_ = nullptr;
    QLabel* playInfo_ = nullptr;
    QAction* playAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QString dataset_, error_, status_;
    Summary summary_;
    State state_ = State::Idle;
};

}  // namespace dbse::studio
