// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/status_indicators.h"

#include "core/api/compute_environment.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace dbse::studio {
namespace {

QFrame* separator() {
    auto* line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

}  // namespace

StatusIndicators::StatusIndicators(QWidget* parent)
    : QWidget(parent), timer_(new QTimer(this)), device_info_(api::computeDevice()) {
    setObjectName(QStringLiteral("statusIndicators"));
    run_ = new QLabel;
    run_->setObjectName(QStringLiteral("runStateLabel"));
    device_ = new QLabel;
    device_->setObjectName(QStringLiteral("deviceLabel"));
    memory_ = new QLabel;
    memory_->setObjectName(QStringLiteral("memoryLabel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(run_);
    layout->addWidget(separator());
    layout->addWidget(device_);
    layout->addWidget(separator());
    layout->addWidget(memory_);
    timer_->setInterval(1000);
    connect(timer_, &QTimer::timeout, this, &StatusIndicators::refreshMemory);
    timer_->start();
    retranslateUi();
}

void StatusIndicators::setRun(const QString& name, int epochsDone, int epochsPlanned) {
    runName_ = name;
    epochsDone_ = epochsDone;
    epochsPlanned_ = epochsPlanned;
    retranslateUi();
}

void StatusIndicators::setRunActivity(const QString& activity) {
    runActivity_ = activity;
    retranslateUi();
}

QString StatusIndicators::deviceText() const { return device_->text(); }
QString StatusIndicators::memoryText() const { return memory_->text(); }
QString StatusIndicators::runText() const { return run_->text(); }

void StatusIndicators::refreshMemory() {
    const double mib = api::residentMemoryMiB();
    memory_->setText(mib > 0 ? tr("Memory %1 MiB").arg(QLocale().toString(mib, 'f', 0)) : tr("Memory unknown"));
}

void StatusIndicators::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StatusIndicators::retranslateUi() {
    const api::ComputeDevice& device = device_info_;
    if (device.cuda)
        device_->setText(device.gpu_name.empty() ? tr("GPU: CUDA, %1 devices").arg(device.cuda_devices)
                                                 : tr("GPU: %1").arg(QString::fromStdString(device.gpu_name)));
    else
        device_->setText(tr("CPU: %1 of %2 cores").arg(device.cpu_threads).arg(device.cpu_cores));
    device_->setToolTip(tr("Where training runs"));
    memory_->setToolTip(tr("Resident memory of DBSE Studio"));
    if (runName_.isEmpty())
        run_->setText(tr("No run open"));
    else if (epochsPlanned_ > 0)
        run_->setText(tr("Run %1: %2 of %3 epochs").arg(runName_).arg(epochsDone_).arg(epochsPlanned_));
    else
        run_->setText(tr("Run %1: %2 epochs").arg(runName_).arg(epochsDone_));
    if (!runName_.isEmpty() && !runActivity_.isEmpty())
        run_->setText(run_->text() + QStringLiteral(" · ") + runActivity_);
    refreshMemory();
}

}  // namespace dbse::studio
