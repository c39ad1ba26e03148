// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LanguageSwitcher: installs DBSE Studio's and Qt's translators for the chosen language at run
// time, sets the application's layout direction (right to left for Hebrew) and remembers the
// choice in QSettings. Installing or removing a translator sends QEvent::LanguageChange to
// every widget, which retranslates itself. One instance per application (a child of qApp);
// GUI thread only.

#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

namespace dbse::studio {

enum class Language { System, English, German, Hebrew };

class LanguageSwitcher : public QObject {
    Q_OBJECT

public:
    // The application's switcher, created on first use (requires a QApplication).
    static LanguageSwitcher* instance();

    // The language saved in QSettings ("ui/language"), System when none.
    static Language savedLanguage();
    // A stable name for settings and the command line: system, en, de, he.
    static QString code(Language language);
    static Language fromCode(const QString& code);  // System for unknown codes
    // The name of `language` in that language (System is translated to the current one).
    static QString nativeName(Language language);

    Language language() const { return language_; }
    // The locale the user interface uses now.
    QLocale locale() const;

    // Applies `language` now (translators, QLocale::setDefault, layout direction).
    void apply(Language language);
    // apply() and remember the choice in QSettings.
    void setLanguage(Language language);

Q_SIGNALS:
    void languageChanged(dbse::studio::Language language);

private:
    explicit LanguageSwitcher(QObject* parent);

    QTranslator* qtTranslator_ = nullptr;    // owned (child); installed when loaded
    QTranslator* dbseTranslator_ = nullptr;  // owned (child); installed when loaded
    Language language_ = Language::System;
};

}  // namespace dbse::studio
