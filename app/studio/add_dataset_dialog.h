// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AddDatasetDialog: "Add dataset" — choose a kind (every kind this build registers), a file or
// folder, the kind's preprocessing options and what to do with a bad source file; see the
// resulting KIND:PATH?options live; Build it in the background (DatasetBuildJob) with progress
// and Cancel; read the summary and a preview; Open emits openRequested(spec). Errors (a path
// that does not exist, the loader's "<file>: <problem>") are shown in the dialog. GUI thread
// only; closing the dialog cancels and joins a running build.

#include "core/api/dataset_kinds.h"

#include <QDialog>
#include <QString>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace dbse::widgets {
class SequenceGridView;
}

namespace dbse::studio {

class DatasetBuildJob;
class DatasetOptionFields;

class AddDatasetDialog : public QDialog {
    Q_OBJECT

public:
    enum class State { Editing, Building, Built, Failed, Cancelled };

    explicit AddDatasetDialog(QWidget* parent = nullptr);
    ~AddDatasetDialog() override;

    // Chooses kind `name` ("csv", ...); false when this build has no such kind.
    bool setKind(const QString& name);
    QString kind() const;
    void setPath(const QString& path);
    void setSkipBadFiles(bool skip);
    QString specText() const;  // KIND:PATH?options as composed from the fields
    State state() const { return state_; }
    QString errorText() const;
    QString summaryText() const;
    QString progressText() const;  // what the build is doing now
    int progressPercent() const;
    QStringList kindNames() const;
    DatasetOptionFields* optionFields() const { return options_; }
    widgets::SequenceGridView* preview() const { return grid_; }

    void done(int result) override;  // also cancels a running build

public Q_SLOTS:
    void build();   // checks the path, then starts the build (or shows why not)
    void cancelBuild();
    void openBuilt();  // after a build: emits openRequested(spec) and accepts

Q_SIGNALS:
    void stateChanged(dbse::studio::AddDatasetDialog::State state);
    void openRequested(const QString& spec);

protected:
    void changeEvent(QEvent* event) override;

private:
    void createWidgets();
    void retranslateUi();
    void kindChanged();
    void browse();
    void updateSpec();
    void setState(State state);
    void showError(const QString& message);
    void buildFinished();
    const api::DatasetKindInfo* currentKind() const;

    std::vector<api::DatasetKindInfo> kinds_;
    State state_ = State::Editing;
    QString builtSpec_;
    DatasetBuildJob* job_ = nullptr;  // child
    QComboBox* kindCombo_ = nullptr;
    QLabel* kindLabel_ = nullptr;
    QLabel* descriptionLabel_ = nullptr;
    QLabel* pathLabel_ = nullptr;
    QLineEdit* pathEdit_ = nullptr;
    QPushButton* browseButton_ = nullptr;
    QLabel* optionsLabel_ = nullptr;
    DatasetOptionFields* options_ = nullptr;
    QLabel* onErrorLabel_ = nullptr;
    QComboBox* onErrorCombo_ = nullptr;
    QLabel* specLabel_ = nullptr;
    QLineEdit* specEdit_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* whatLabel_ = nullptr;
    QLabel* summaryLabel_ = nullptr;
    QScrollArea* previewArea_ = nullptr;
    widgets::SequenceGridView* grid_ = nullptr;
    QPushButton* buildButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QPushButton* closeButton_ = nullptr;
};

}  // namespace dbse::studio
