// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/central_tabs.h"

#include "app/studio/heading_font.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QVBoxLayout>

namespace dbse::studio {
namespace {

struct TabText {
    QString title, heading, body;
};

// The user-visible texts of tab `index` (in tabIds() order), in the current language.
TabText textsOfTab(int index) {
    switch (index) {
    case 0:
        return {CentralTabs::tr("&Training"), CentralTabs::tr("Training"),
                CentralTabs::tr("Training curves will appear here when a run trains: every loss term for the "
                                "train and validation splits, with progress, pause, resume and stop.")};
    case 1:
        return {CentralTabs::tr("&Latent map"), CentralTabs::tr("Latent map"),
                CentralTabs::tr("t-SNE maps of the static and the dynamic codes of a trained run will appear "
                                "here, coloured by the dataset's labels.")};
    case 2:
        return {CentralTabs::tr("&Swap"), CentralTabs::tr("Swap"),
                CentralTabs::tr("Drag two sequences here to swap their static and dynamic codes and watch the "
                                "result frame by frame.")};
    case 3:
        return {CentralTabs::tr("&Resample"), CentralTabs::tr("Resample"),
                CentralTabs::tr("Resampling will appear here: draw a new static or new dynamic code while the "
                                "other stays fixed.")};
    default:
        return {CentralTabs::tr("&Evaluation"), CentralTabs::tr("Evaluation"),
                CentralTabs::tr("Evaluation results of a run will appear here: judge accuracy, inception "
                                "scores, EER and the downstream tasks of the paper's protocols.")};
    }
}

}  // namespace

CentralTabs::CentralTabs(QWidget* parent) : QTabWidget(parent) {
    setObjectName(QStringLiteral("centralTabs"));
    setDocumentMode(true);
    setUsesScrollButtons(false);  // every tab title stays readable; the tabs set a minimum width
    const QStringList ids = tabIds();
    placeholders_.resize(ids.size());
    for (int i = 0; i < ids.size(); ++i) {
        QWidget* page = createPlaceholder(placeholders_[i]);
        page->setObjectName(ids[i] + QStringLiteral("Tab"));
        addTab(page, QString());

        auto* action = new QAction(this);
        action->setObjectName(QStringLiteral("show-") + ids[i]);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentIndex(i); });
        addAction(action);
        actions_ << action;
    }
    retranslateUi();
}

QStringList CentralTabs::tabIds() {
    return {QStringLiteral("training"), QStringLiteral("latent-map"), QStringLiteral("swap"),
            QStringLiteral("resample"), QStringLiteral("evaluation")};
}

int CentralTabs::indexOfId(const QString& id) { return static_cast<int>(tabIds().indexOf(id)); }

void CentralTabs::setPage(const QString& id, QWidget* page) {
    const int index = indexOfId(id);
    if (index < 0)
        return;
    const bool current = currentIndex() == index;
    QWidget* old = widget(index);
    page->setObjectName(id + QStringLiteral("Tab"));
    removeTab(index);
    insertTab(index, page, textsOfTab(index).title);
    delete old;
    placeholders_[index] = {};
    if (current)
        setCurrentIndex(index);
}

QWidget* CentralTabs::createPlaceholder(Placeholder& placeholder) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);
    placeholder.heading = new QLabel;
    placeholder.heading->setFont(headingFont(placeholder.heading->font(), 1.4));
    placeholder.heading->setAlignment(Qt::AlignCenter);
    placeholder.heading->setForegroundRole(QPalette::PlaceholderText);
    placeholder.body = new QLabel;
    placeholder.body->setObjectName(QStringLiteral("placeholderText"));
    placeholder.body->setAlignment(Qt::AlignCenter);
    placeholder.body->setWordWrap(true);
    placeholder.body->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(placeholder.heading);
    layout->addSpacing(8);
    layout->addWidget(placeholder.body);
    layout->addStretch(2);
    return page;
}

void CentralTabs::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void CentralTabs::retranslateUi() {
    for (int i = 0; i < count(); ++i) {
        const TabText text = textsOfTab(i);
        setTabText(i, text.title);
        if (placeholders_[i].heading) {
            placeholders_[i].heading->setText(text.heading);
            placeholders_[i].body->setText(text.body);
        }
        actions_[i]->setText(text.heading);
        actions_[i]->setToolTip(tr("Show the %1 tab (%2)").arg(text.heading, actions_[i]->shortcut().toString(QKeySequence::NativeText)));
    }
}

}  // namespace dbse::studio
