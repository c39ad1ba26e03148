// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/lab_tab.h"

#include "app/studio/lab_jobs.h"
#include "app/studio/row_export.h"
#include "widgets/sequence_player.h"

#include <QLabel>
#include <QPushButton>

namespace dbse::studio {

LabTab::LabTab(ExploreSession* session, const QString& exportName, QWidget* parent)
    : QWidget(parent),
      jobs_(new LabJobs(session, this)),
      export_(new QPushButton(this)),
      status_(new QLabel(this)),
      player_(new widgets::SequencePlayer(this)),
      exportName_(exportName) {
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    export_->setEnabled(false);
    connect(export_, &QPushButton::clicked, this, [this] {
        const QString path = askExportFile(this, player_->rows(), exportName_);
        if (!path.isEmpty())
            exportTo(path);
    });
    // Virtual calls reach the subclass only after construction: queue them through the jobs.
    connect(jobs_, &LabJobs::labChanged, this, [this] { onLabChanged(); });
    connect(jobs_, &LabJobs::rowsReady, this, [this](const api::RowSet& rows) {
        showRows(rows);
        export_->setEnabled(!rows.rows.empty() && !rows.partial);
        if (rows.partial)
            Q_EMIT firstLookShown();
        else
            Q_EMIT rowsShown();
    });
    connect(jobs_, &LabJobs::failed, this, [this](const QString& message) {
        setStatus(message);
        Q_EMIT failed(message);
    });
    connect(jobs_, &LabJobs::exported, this, [this](const QString& path) {
        setStatus(tr("Exported to %1").arg(path));
        Q_EMIT exported(path);
    });
    // The dynamic property "busy" (read by --screenshot) is true while the run loads or rows are made.
    auto updateBusy = [this, session] { setProperty("busy", session->isLoading() || jobs_->isBusy()); };
    connect(session, &ExploreSession::loadingStarted, this, updateBusy);
    connect(jobs_, &LabJobs::labChanged, this, updateBusy);
    connect(jobs_, &LabJobs::busyChanged, this, updateBusy);
    updateBusy();
    connect(jobs_, &LabJobs::soundReady, player_, &widgets::SequencePlayer::setRowSound);
    connect(player_, &widgets::SequencePlayer::soundWanted, this,
            [this](int row) { jobs_->computeSound(player_->rows(), row); });
}

LabTab::~LabTab() = default;

void LabTab::retranslateBase() { export_->setText(tr("Export…")); }

QString LabTab::statusText() const { return status_->text(); }

void LabTab::setStatus(const QString& text) { status_->setText(text); }

void LabTab::exportTo(const QString& path) { jobs_->exportRows(player_->rows(), path); }

}  // namespace dbse::studio
