// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Points every QSettings() of the test process at INI files in a temporary folder, so tests
// neither read nor change the user's settings. Create one before any window, keep it alive.

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

class TemporarySettings {
public:
    TemporarySettings() {
        QCoreApplication::setOrganizationName(QStringLiteral("DBSE Studio Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("dbse-studio-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.path());
    }
    bool isValid() const { return dir_.isValid(); }
    QString path() const { return dir_.path(); }
    // Forgets everything saved so far.
    void clear() { QSettings().clear(); }

private:
    QTemporaryDir dir_;
};
