// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/language_switcher.h"

#include "app/studio/studio_settings.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace dbse::studio {

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent), qtTranslator_(new QTranslator(this)), dbseTranslator_(new QTranslator(this)) {
    setObjectName(QStringLiteral("languageSwitcher"));
}

LanguageSwitcher* LanguageSwitcher::instance() {
    Q_ASSERT(qApp);
    auto* existing = qApp->findChild<LanguageSwitcher*>(QStringLiteral("languageSwitcher"), Qt::FindDirectChildrenOnly);
    return existing ? existing : new LanguageSwitcher(qApp);
}

QString LanguageSwitcher::code(Language language) {
    switch (language) {
    case Language::English: return QStringLiteral("en");
    case Language::German: return QStringLiteral("de");
    case Language::Hebrew: return QStringLiteral("he");
    case Language::System: break;
    }
    return QStringLiteral("system");
}

Language LanguageSwitcher::fromCode(const QString& code) {
    for (Language language : {Language::English, Language::German, Language::Hebrew})
        if (code == LanguageSwitcher::code(language))
            return language;
    return Language::System;
}

Language LanguageSwitcher::savedLanguage() {
    return fromCode(QSettings().value(settings::kLanguage).toString());
}

QString LanguageSwitcher::nativeName(Language language) {
    switch (language) {
    case Language::English: return QStringLiteral("English");
    case Language::German: return QStringLiteral("Deutsch");
    case Language::Hebrew: return QStringLiteral("עברית");
    case Language::System: break;
    }
    return tr("System");
}

QLocale LanguageSwitcher::locale() const {
    switch (language_) {
    case Language::English: return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::German: return QLocale(QLocale::German, QLocale::Germany);
    case Language::Hebrew: return QLocale(QLocale::Hebrew, QLocale::Israel);
    case Language::System: break;
    }
    return QLocale::system();
}

void LanguageSwitcher::apply(Language language) {
    language_ = language;
    const QLocale ui = locale();
    QLocale::setDefault(ui);
    // Each install/remove sends QEvent::LanguageChange; English needs no translator at all.
    QCoreApplication::removeTranslator(qtTranslator_);
    QCoreApplication::removeTranslator(dbseTranslator_);
    if (ui.language() != QLocale::English && ui.language() != QLocale::C) {
        if (qtTranslator_->load(ui, QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator_);
        // The installed files (DBSE_TRANSLATIONS_DIR, relative to the executable) win over the
        // copies embedded under :/i18n, so a packaged translation can be updated on its own.
        const QString installed =
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(DBSE_TRANSLATIONS_DIR));
        for (const QString& folder : {installed, QStringLiteral(":/i18n")})
            if (dbseTranslator_->load(ui, QStringLiteral("dbse"), QStringLiteral("_"), folder)) {
                QCoreApplication::installTranslator(dbseTranslator_);
                break;
            }
    }
    QGuiApplication::setLayoutDirection(ui.textDirection());
    Q_EMIT languageChanged(language);
}

void LanguageSwitcher::setLanguage(Language language) {
    QSettings().setValue(settings::kLanguage, code(language));
    apply(language);
}

}  // namespace dbse::studio
