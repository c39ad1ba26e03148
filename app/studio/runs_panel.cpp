// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/runs_panel.h"

#include "app/studio/run_compare_dialog.h"
#include "widgets/bidi_text.h"
#include "widgets/run_list_model.h"

#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dbse::studio {

RunsPanel::RunsPanel(QWidget* parent) : QWidget(parent), model_(new widgets::RunListModel(this)) {
    setObjectName(QStringLiteral("runsPanel"));
    folderLabel_ = new QLabel;
    folderLabel_->setObjectName(QStringLiteral("runsFolderLabel"));
    folderLabel_->setWordWrap(true);
    folderLabel_->setForegroundRole(QPalette::PlaceholderText);
    folderLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    view_ = new QListView;
    view_->setObjectName(QStringLiteral("runsView"));
    view_->setModel(model_);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);  // two, to compare them
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setUniformItemSizes(true);
    view_->setTextElideMode(Qt::ElideMiddle);  // long dataset paths keep their file name
    view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    emptyLabel_ = new QLabel;
    emptyLabel_->setWordWrap(true);
    emptyLabel_->setAlignment(Qt::AlignCenter);
    emptyLabel_->setForegroundRole(QPalette::PlaceholderText);

    openButton_ = new QPushButton;
    openButton_->setObjectName(QStringLiteral("openRunButton"));
    renameButton_ = new QPushButton;
    renameButton_->setObjectName(QStringLiteral("renameRunButton"));
    deleteButton_ = new QPushButton;
    deleteButton_->setObjectName(QStringLiteral("deleteRunButton"));
    refreshButton_ = new QPushButton;
    refreshButton_->setObjectName(QStringLiteral("refreshRunsButton"));
    compareButton_ = new QPushButton;
    compareButton_->setObjectName(QStringLiteral("compareRunsButton"));
    auto* buttons = new QGridLayout;
    buttons->addWidget(openButton_, 0, 0);
    buttons->addWidget(renameButton_, 0, 1);
    buttons->addWidget(deleteButton_, 1, 0);
    buttons->addWidget(compareButton_, 1, 1);
    buttons->addWidget(refreshButton_, 2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(folderLabel_);
    layout->addWidget(view_, 1);
    layout->addWidget(emptyLabel_, 1);
    layout->addLayout(buttons);

    connect(openButton_, &QPushButton::clicked, this, &RunsPanel::openSelected);
    connect(renameButton_, &QPushButton::clicked, this, &RunsPanel::renameSelected);
    connect(deleteButton_, &QPushButton::clicked, this, &RunsPanel::deleteSelected);
    connect(refreshButton_, &QPushButton::clicked, model_, &widgets::RunListModel::refresh);
    connect(compareButton_, &QPushButton::clicked, this, &RunsPanel::compareSelected);
    connect(view_, &QListView::activated, this, &RunsPanel::openSelected);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPanel::updateButtons);
    // A rescan (the folder changed on disk) keeps the selected run selected.
    connect(model_, &QAbstractItemModel::modelAboutToBeReset, this, [this] { reselect_ = selectedRun(); });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        selectRun(reselect_);
        updateButtons();
    });
    retranslateUi();
    updateButtons();
}

void RunsPanel::setRunsDirectory(const QString& dir) {
    model_->setRunsDirectory(dir);
    retranslateUi();
}

QString RunsPanel::runsDirectory() const { return model_->runsDirectory(); }

QString RunsPanel::selectedRun() const {
    const QStringList runs = selectedRuns();
    return runs.size() == 1 ? runs.front() : QString();
}

QStringList RunsPanel::selectedRuns() const {
    QModelIndexList rows = view_->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList runs;
    for (const QModelIndex& row : rows)
        runs << row.data(widgets::RunListModel::PathRole).toString();
    return runs;
}

void RunsPanel::compareSelected() {
    const QStringList runs = selectedRuns();
    if (runs.size() != 2)
        return;
    auto* dialog = new RunCompareDialog(runs[0], runs[1], this);
    dialog->show();
}

void RunsPanel::selectRun(const QString& folder) {
    const int row = model_->rowOfPath(folder);
    if (row >= 0)
        view_->setCurrentIndex(model_->index(row));
}

void RunsPanel::openSelected() {
    const QString folder = selectedRun();
    if (!folder.isEmpty())
        Q_EMIT openRequested(folder);
}

void RunsPanel::renameSelected() {
    const int row = model_->rowOfPath(selectedRun());
    if (row < 0)
        return;
    const QString oldName = model_->run(row).name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Run"), tr("New name of the run folder “%1”:").arg(oldName),
                                               QLineEdit::Normal, oldName, &ok);
    if (!ok || name == oldName)
        return;
    QString error;
    if (!model_->rename(row, name, &error))
        showFailure(error);
    else
        selectRun(QDir(runsDirectory()).filePath(name));
}

void RunsPanel::deleteSelected() {
    const int row = model_->rowOfPath(selectedRun());
    if (row < 0)
        return;
    const widgets::RunSummary& run = model_->run(row);
    QMessageBox box(QMessageBox::Warning, tr("Delete Run"),
                    tr("Delete the run “%1” and everything in its folder (checkpoints, metrics, exports)?").arg(run.name),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDeleteRun"));
    box.setInformativeText(QDir::toNativeSeparators(run.path));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    if (box.exec() != QMessageBox::Yes)
        return;
    QString error;
    if (!model_->remove(row, &error))
        showFailure(error);
}

void RunsPanel::showFailure(const QString& message) {
    QMessageBox::warning(this, tr("Runs"), message);
}

void RunsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        model_->retranslate();
    }
    QWidget::changeEvent(event);
}

void RunsPanel::retranslateUi() {
    const QString dir = QDir::toNativeSeparators(runsDirectory());
    folderLabel_->setText(tr("Runs in %1").arg(widgets::isolated(dir)));
    emptyLabel_->setText(tr("No runs yet. Runs that you train in the Training tab or with %1 appear here.")
                             .arg(widgets::isolated(QStringLiteral("dbse train --run ") + dir + QStringLiteral("/NAME"))));
    openButton_->setText(tr("&Open"));
    openButton_->setToolTip(tr("Show the configuration of the selected run"));
    renameButton_->setText(tr("Re&name…"));
    deleteButton_->setText(tr("&Delete…"));
    refreshButton_->setText(tr("Re&fresh"));
    compareButton_->setText(tr("&Compare"));
    compareButton_->setToolTip(tr("Compare the curves and settings of two selected runs (Ctrl+click selects a second run)"));
}

void RunsPanel::updateButtons() {
    const bool selected = !selectedRun().isEmpty();
    openButton_->setEnabled(selected);
    renameButton_->setEnabled(selected);
    deleteButton_->setEnabled(selected);
    compareButton_->setEnabled(selectedRuns().size() == 2);
    const bool empty = model_->rowCount() == 0;
    view_->setVisible(!empty);
    emptyLabel_->setVisible(empty);
}

}  // namespace dbse::studio
