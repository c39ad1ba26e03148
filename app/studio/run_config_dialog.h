// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RunConfigDialog: a read-only, non-modal view of a run folder's config.json (the settings
// that made the run), indented. Deletes itself when closed. GUI thread only.

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace dbse::studio {

class RunConfigDialog : public QDialog {
    Q_OBJECT

public:
    RunConfigDialog(const QString& runFolder, QWidget* parent = nullptr);

    QString runFolder() const { return folder_; }
    QString configText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslateUi();

    QString folder_;
    QString loadError_;
    QLabel* pathLabel_ = nullptr;
    QPlainTextEdit* text_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace dbse::studio
