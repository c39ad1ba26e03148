// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Answering a modal dialog in a Qt Test: the dialog's own exec() loop runs the answer.

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

// Runs `answer` on the next modal dialog once it is open.
inline void answerNextDialog(const std::function<void(QWidget*)>& answer) {
    QTimer::singleShot(0, qApp, [answer] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        answer(dialog);
    });
}
