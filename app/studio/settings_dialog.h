// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SettingsDialog: the user's preferences: the interface language (System, English, Deutsch,
// עברית; applied at once through LanguageSwitcher when accepted) and the runs directory.
// Saves them in QSettings when accepted. GUI thread only.

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dbse::studio {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return language_; }
    QLineEdit* runsDirectoryEdit() const { return runsDirectory_; }

    // Saves and applies the choices; then QDialog::accept().
    void accept() override;

Q_SIGNALS:
    void runsDirectoryChanged(const QString& dir);

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void retranslateUi();

    QComboBox* language_ = nullptr;
    QLineEdit* runsDirectory_ = nullptr;
    QPushButton* browse_ = nullptr;
    QLabel* languageLabel_ = nullptr;
    QLabel* runsLabel_ = nullptr;
    QLabel* languageNote_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace dbse::studio
