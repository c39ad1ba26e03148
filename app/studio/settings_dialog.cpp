// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/settings_dialog.h"

#include "app/studio/language_switcher.h"
#include "app/studio/studio_settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dbse::studio {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("settingsDialog"));
    language_ = new QComboBox;
    language_->setObjectName(QStringLiteral("languageBox"));
    for (Language language : {Language::System, Language::English, Language::German, Language::Hebrew})
        language_->addItem(QString(), LanguageSwitcher::code(language));
    language_->setCurrentIndex(language_->findData(LanguageSwitcher::code(LanguageSwitcher::instance()->language())));

    runsDirectory_ = new QLineEdit(QDir::toNativeSeparators(settings::runsDirectory()));
    runsDirectory_->setObjectName(QStringLiteral("runsDirectoryEdit"));
    browse_ = new QPushButton;
    connect(browse_, &QPushButton::clicked, this, &SettingsDialog::browse);
    auto* runsRow = new QHBoxLayout;
    runsRow->addWidget(runsDirectory_, 1);
    runsRow->addWidget(browse_);

    languageLabel_ = new QLabel;
    languageLabel_->setBuddy(language_);
    runsLabel_ = new QLabel;
    runsLabel_->setBuddy(runsDirectory_);
    languageNote_ = new QLabel;
    languageNote_->setWordWrap(true);
    languageNote_->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(languageLabel_, language_);
    form->addRow(QString(), languageNote_);
    form->addRow(runsLabel_, runsRow);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons_, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons_);
    retranslateUi();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void SettingsDialog::browse() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Runs Directory"), runsDirectory_->text());
    if (!dir.isEmpty())
        runsDirectory_->setText(QDir::toNativeSeparators(dir));
}

void SettingsDialog::accept() {
    const QString dir = QDir::current().absoluteFilePath(QDir::fromNativeSeparators(runsDirectory_->text().trimmed()));
    if (!runsDirectory_->text().trimmed().isEmpty() && dir != settings::runsDirectory()) {
        QSettings().setValue(settings::kRunsDirectory, dir);
        Q_EMIT runsDirectoryChanged(dir);
    }
    const Language chosen = LanguageSwitcher::fromCode(language_->currentData().toString());
    LanguageSwitcher* switcher = LanguageSwitcher::instance();
    if (chosen != switcher->language() || chosen != LanguageSwitcher::savedLanguage())
        switcher->setLanguage(chosen);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi() {
    setWindowTitle(tr("Settings"));
    for (int i = 0; i < language_->count(); ++i)
        language_->setItemText(i, LanguageSwitcher::nativeName(LanguageSwitcher::fromCode(language_->itemData(i).toString())));
    languageLabel_->setText(tr("&Language:"));
    languageNote_->setText(tr("The window switches language at once; System follows the desktop's language."));
    runsLabel_->setText(tr("&Runs directory:"));
    browse_->setText(tr("&Browse…"));
}

}  // namespace dbse::studio
