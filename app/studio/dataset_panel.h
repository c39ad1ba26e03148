// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DatasetPanel: the content of the "Datasets" dock. Opens a dataset off the GUI thread and
// shows a header (name, size, labels), then, one above the other in a splitter, the browser
// (every sequence of a split as a thumbnail, filterable, draggable: DatasetBrowser) and the
// play view (a playback bar and an animated grid of the first train sequences); or the load
// error. Retranslates itself on QEvent::LanguageChange. GUI thread only.

#include <QIcon>
#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
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

    // Starts loading the first `count` train sequences of `dataset` ("KIND:PATH"); previewShown()
    // or loadFailed() follows. A newer call supersedes a running one.
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
    void loadFailed(const QString& message);
    void statusMessageChanged(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    // What the header describes, kept so that it can be retranslated.
    struct Summary {
        QString name;
        qint64 total = 0, shown = 0;
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
    void retranslateUi();
    void updateTexts();
    void updatePlayAction();
    void updateFrameLabel();

    widgets::PreviewLoader* loader_ = nullptr;  // owned (child)
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
    QAction* playAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QString dataset_, error_, status_;
    Summary summary_;
    State state_ = State::Idle;
};

}  // namespace dbse::studio
