// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RunsPanel: the content of the "Runs" dock. Lists the run folders of the runs directory
// (widgets::RunListModel) with Open, Rename, Delete (after a confirmation), Compare (two
// selected runs) and Refresh.
// Opening is the window's job: the panel emits openRequested(). Retranslates itself on
// QEvent::LanguageChange. GUI thread only.

#include <QString>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace dbse::widgets {
class RunListModel;
}

namespace dbse::studio {

class RunsPanel : public QWidget {
    Q_OBJECT

public:
    explicit RunsPanel(QWidget* parent = nullptr);

    void setRunsDirectory(const QString& dir);
    QString runsDirectory() const;
    widgets::RunListModel* model() const { return model_; }
    QListView* view() const { return view_; }

    // The selected run's folder, or "" (also when several are selected).
    QString selectedRun() const;
    // Every selected run's folder, in list order.
    QStringList selectedRuns() const;
    void selectRun(const QString& folder);

public Q_SLOTS:
    void openSelected();
    // Asks for a new name (QInputDialog) and renames the selected run.
    void renameSelected();
    // Asks for confirmation (a QMessageBox named "confirmDeleteRun") and deletes the selected run.
    void deleteSelected();
    // With two runs selected: opens a RunCompareDialog (child of this panel) for them.
    void compareSelected();

Q_SIGNALS:
    void openRequested(const QString& folder);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showFailure(const QString& message);

    widgets::RunListModel* model_ = nullptr;  // owned (child)
    QListView* view_ = nullptr;
    QLabel* folderLabel_ = nullptr;
    QLabel* emptyLabel_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QPushButton* renameButton_ = nullptr;
    QPushButton* deleteButton_ = nullptr;
    QPushButton* refreshButton_ = nullptr;
    QPushButton* compareButton_ = nullptr;
    QString reselect_;  // the selected run across a model reset
};

}  // namespace dbse::studio
