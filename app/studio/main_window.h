// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MainWindow: the DBSE Studio window. Opens a dataset preview off the GUI thread and shows it
// as a header (name, size, labels), an animated grid and a status bar. Load errors are shown
// inside the window. GUI thread only.

#include <QIcon>
#include <QMainWindow>
#include <QString>

class QAction;
class QLabel;
class QStackedWidget;

namespace dbse::api {
struct DatasetPreview;
}

namespace dbse::widgets {
class PreviewLoader;
class SequenceGridView;
}  // namespace dbse::widgets

namespace dbse::studio {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)

    static constexpr int kDefaultPreviewCount = 48;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts loading the first `count` train sequences of `dataset` ("KIND:PATH", e.g.
    // "builtin:shapes"); previewShown() or loadFailed() follows. A newer call supersedes.
    void openDataset(const QString& dataset, int count = kDefaultPreviewCount);

    State state() const;
    QString datasetSpec() const;
    QString headerText() const;  // the header's title and detail lines, plain text
    QString statusText() const;  // the permanent status-bar message
    QString errorText() const;   // the message shown when state() == Failed
    widgets::SequenceGridView* grid() const;

Q_SIGNALS:
    // Emitted once the preview is in the grid (state Ready) or the load failed (state Failed).
    void previewShown();
    void loadFailed(const QString& message);

private:
    // The desktop theme's icon `name` (follows light/dark themes), else the style's
    // QStyle::StandardPixmap `fallback`.
    QIcon themedIcon(const char* name, int fallback) const;
    void createActions();
    QWidget* createHeader();
    QWidget* createLoadingPage();
    QWidget* createErrorPage();
    void showPreview(const api::DatasetPreview& preview);
    void showError(const QString& message);
    void updateFrameLabel();
    void about();

    widgets::PreviewLoader* loader_ = nullptr;  // owned (child)
    widgets::SequenceGridView* grid_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* details_ = nullptr;
    QLabel* loadingLabel_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* frameLabel_ = nullptr;
    QAction* playAction_ = nullptr;
    QAction* stepAction_ = nullptr;
    QString dataset_;
    State state_ = State::Idle;
};

}  // namespace dbse::studio
