// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CentralTabs: the window's central area, one tab per way of working with a model (Training,
// Latent map, Swap, Resample, Evaluation). Until a tab's view is built it shows a placeholder
// that says what will be there. Owns one action per tab (Ctrl+1..Ctrl+5) that makes it
// current. Retranslates itself on QEvent::LanguageChange. GUI thread only.

#include <QList>
#include <QString>
#include <QStringList>
#include <QTabWidget>

class QAction;
class QLabel;

namespace dbse::studio {

class CentralTabs : public QTabWidget {
    Q_OBJECT

public:
    explicit CentralTabs(QWidget* parent = nullptr);

    // Stable tab names for the command line and settings, in tab order:
    // training, latent-map, swap, resample, evaluation.
    static QStringList tabIds();
    // The tab of `id`, or -1.
    static int indexOfId(const QString& id);

    // "Show <tab>" actions with shortcuts Ctrl+1..Ctrl+5, in tab order; owned by this widget.
    QList<QAction*> tabActions() const { return actions_; }

    // Puts the real view of tab `id` in place of its placeholder; takes ownership of `page`.
    void setPage(const QString& id, QWidget* page);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Placeholder {
        QLabel* heading = nullptr;
        QLabel* body = nullptr;
    };
    QWidget* createPlaceholder(Placeholder& placeholder);
    void retranslateUi();

    QList<Placeholder> placeholders_;
    QList<QAction*> actions_;
};

}  // namespace dbse::studio
