// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/recent_menu.h"

#include <QAction>
#include <QEvent>
#include <QSettings>

namespace dbse::studio {

RecentMenu::RecentMenu(const QString& settingsKey, QWidget* parent) : QMenu(parent), key_(settingsKey) {
    connect(this, &QMenu::aboutToShow, this, &RecentMenu::rebuild);
    rebuild();
}

QStringList RecentMenu::items() const { return QSettings().value(key_).toStringList(); }

void RecentMenu::add(const QString& item) {
    QStringList list = items();
    list.removeAll(item);
    list.prepend(item);
    while (list.size() > kMaxItems)
        list.removeLast();
    QSettings().setValue(key_, list);
    rebuild();
}

void RecentMenu::clearItems() {
    QSettings().remove(key_);
    rebuild();
}

void RecentMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QMenu::changeEvent(event);
}

void RecentMenu::rebuild() {
    clear();
    const QStringList list = items();
    for (int i = 0; i < list.size(); ++i) {
        // The first nine get an accelerator digit; '&' in a path must not become one.
        QString text = QString(list[i]).replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (i < 9)
            text = QStringLiteral("&%1  %2").arg(i + 1).arg(text);
        const QString item = list[i];
        addAction(text, this, [this, item] { Q_EMIT chosen(item); });
    }
    if (list.isEmpty())
        addAction(tr("No recent items"))->setEnabled(false);
    addSeparator();
    QAction* clearAction = addAction(tr("Clear This List"), this, &RecentMenu::clearItems);
    clearAction->setEnabled(!list.isEmpty());
}

}  // namespace dbse::studio
