// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RecentMenu: a File menu entry listing recently opened items (dataset specs or run folders),
// newest first, kept in QSettings under a key. Rebuilt each time it is shown; retranslates
// itself on QEvent::LanguageChange. GUI thread only.

#include <QMenu>
#include <QString>
#include <QStringList>

namespace dbse::studio {

class RecentMenu : public QMenu {
    Q_OBJECT

public:
    static constexpr int kMaxItems = 10;

    // `title` is retranslated by calling setTitle() again; see MainWindow::retranslateUi().
    RecentMenu(const QString& settingsKey, QWidget* parent = nullptr);

    QStringList items() const;
    // Moves `item` to the top (adding it when new) and saves the list.
    void add(const QString& item);
    void clearItems();

Q_SIGNALS:
    void chosen(const QString& item);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QString key_;
};

}  // namespace dbse::studio
