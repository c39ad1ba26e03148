// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// StatusIndicators: the permanent right-hand part of the status bar: the compute device (CPU
// threads, or the GPU when LibTorch sees CUDA), this process's resident memory (refreshed every
// second) and the run state. Retranslates itself on QEvent::LanguageChange. GUI thread only.

#include "core/api/compute_environment.h"

#include <QString>
#include <QWidget>

class QLabel;
class QTimer;

namespace dbse::studio {

class StatusIndicators : public QWidget {
    Q_OBJECT

public:
    explicit StatusIndicators(QWidget* parent = nullptr);

    // The open run (its folder name) and its progress; an empty name means no run is open.
    void setRun(const QString& name, int epochsDone, int epochsPlanned);
    // What the run is doing now ("Training", "Paused", translated by the caller); "" when idle.
    void setRunActivity(const QString& activity);

    QString deviceText() const;
    QString memoryText() const;
    QString runText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refreshMemory();
    void retranslateUi();

    QLabel* device_ = nullptr;
    QLabel* memory_ = nullptr;
    QLabel* run_ = nullptr;
    QTimer* timer_ = nullptr;  // owned (child); 1 s
    api::ComputeDevice device_info_;  // probed once
    QString runName_, runActivity_;
    int epochsDone_ = 0, epochsPlanned_ = 0;
};

}  // namespace dbse::studio
