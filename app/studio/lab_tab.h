// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LabTab: what the Swap and Resample tabs share — a LabJobs on the session, a sequence player
// fed with the rows the jobs make (and the sound of its selected audio row), an Export button
// and a status line. Subclasses lay these out, say what to compute and show the rows. GUI thread only.

#include "app/studio/explore_session.h"
#include "core/api/row_set.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace dbse::widgets {
class SequencePlayer;
}

namespace dbse::studio {

class LabJobs;

class LabTab : public QWidget {
    Q_OBJECT

public:
    widgets::SequencePlayer* player() const { return player_; }
    LabJobs* jobs() const { return jobs_; }
    QString statusText() const;
    // Writes the rows shown to `path` (type from its extension) in the background.
    void exportTo(const QString& path);

Q_SIGNALS:
    // The player shows the rows of the newest request.
    void rowsShown();
    // The player shows a first look at them (RowSet::partial); rowsShown follows.
    void firstLookShown();
    void exported(const QString& path);
    void failed(const QString& message);

protected:
    // `exportName`: the file name suggested by Export (without extension).
    LabTab(ExploreSession* session, const QString& exportName, QWidget* parent);
    ~LabTab() override;

    // New rows of the newest request, or a first look at them: give them to the player (the base
    // then emits rowsShown or firstLookShown).
    virtual void showRows(const api::RowSet& rows) = 0;
    // The session opened a run (or a newer snapshot) or closed it: recompute or clear.
    virtual void onLabChanged() = 0;
    // The texts of the base's widgets; subclasses call it from their retranslateUi.
    void retranslateBase();
    void setStatus(const QString& text);
    QPushButton* exportButton() const { return export_; }
    QLabel* statusLabel() const { return status_; }

private:
    LabJobs* jobs_;
    QPushButton* export_;
    QLabel* status_;
    widgets::SequencePlayer* player_;
    QString exportName_;
};

}  // namespace dbse::studio
