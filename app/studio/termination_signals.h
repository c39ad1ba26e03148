// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SIGINT and SIGTERM for dbse-studio: the first one closes the window as a user would, without
// the question — a run in training stops with a checkpoint first, then the window closes and
// the application quits; a second signal ends the process at once (the default action).
// The handler only writes to a socket pair; a QSocketNotifier brings the signal to the GUI
// thread. One instance per process; GUI thread only.

#include <QObject>

class QSocketNotifier;

namespace dbse::studio {

class MainWindow;

class TerminationSignals : public QObject {
    Q_OBJECT

public:
    // Installs the handlers (replacing earlier ones); restores the defaults when destroyed.
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

Q_SIGNALS:
    void received(int signal);  // SIGINT or SIGTERM, on the GUI thread

private:
    QSocketNotifier* notifier_ = nullptr;
};

// Creates a TerminationSignals owned by `window` that closes it (MainWindow::closeWithoutAsking).
void closeOnTerminationSignals(MainWindow& window);

}  // namespace dbse::studio
