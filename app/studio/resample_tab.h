// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Resample tab: one sequence (dropped like on the Swap tab; the first test sequence until
// then), and K new sequences that keep its static code and draw new dynamics from the learned
// prior (Fix static), or keep its dynamics and draw static codes from N(0, I) (Fix dynamics).
// A seed makes the draw repeatable; "Draw again" picks a new seed. The original and the K
// results play in sync in a grid. The model runs off the GUI thread. GUI thread only.

#include "app/studio/lab_tab.h"
#include "core/api/sequence_lab.h"

#include <optional>

class QComboBox;
class QSpinBox;

namespace dbse::studio {

class SequenceDropTarget;

class ResampleTab : public LabTab {
    Q_OBJECT

public:
    explicit ResampleTab(ExploreSession* session, QWidget* parent = nullptr);
    ~ResampleTab() override;

    SequenceDropTarget* target() const { return target_; }
    QComboBox* fixBox() const { return fix_; }
    QSpinBox* countBox() const { return count_; }
    QSpinBox* seedBox() const { return seed_; }
    QPushButton* drawAgainButton() const { return drawAgain_; }

    void setSource(const api::SequenceSource& source);
    std::optional<api::SequenceSource> source() const { return source_; }

protected:
    void changeEvent(QEvent* event) override;
    void showRows(const api::RowSet& rows) override;
    void onLabChanged() override;

private:
    void drawNow();
    void retranslateUi();

    SequenceDropTarget* target_;
    QLabel* hint_;
    QComboBox* fix_;
    QLabel* countLabel_;
    QSpinBox* count_;
    QLabel* seedLabel_;
    QSpinBox* seed_;
    QPushButton* drawAgain_;
    std::optional<api::SequenceSource> source_;
    bool chosenByUser_ = false;
};

}  // namespace dbse::studio
