// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Swap tab: two drop targets, A and B (sequences from the dataset browser or the latent
// map, or media files), and four rows playing in sync: A, B, static A + dynamic B, static B +
// dynamic A (plus the reconstructions on demand), each with a trusted judge's labels when one
// exists. Until something is dropped it shows the first test sequence and the first one that
// differs from it in every label. The model runs off the GUI thread; a newer drop supersedes an
// older one. Export: video .gif/.mp4/.png, audio .wav/.png, series .csv. GUI thread only.

#include "app/studio/lab_tab.h"
#include "core/api/sequence_lab.h"

#include <optional>

class QCheckBox;

namespace dbse::studio {

class SequenceDropTarget;

class SwapTab : public LabTab {
    Q_OBJECT

public:
    explicit SwapTab(ExploreSession* session, QWidget* parent = nullptr);
    ~SwapTab() override;

    SequenceDropTarget* targetA() const { return targetA_; }
    SequenceDropTarget* targetB() const { return targetB_; }
    QCheckBox* reconstructionsBox() const { return reconstructions_; }

    // Sets A and B as drops would (e.g. from the command line) and swaps.
    void setSources(const api::SequenceSource& a, const api::SequenceSource& b);
    std::optional<api::SequenceSource> sourceA() const { return a_; }
    std::optional<api::SequenceSource> sourceB() const { return b_; }

protected:
    void changeEvent(QEvent* event) override;
    void showRows(const api::RowSet& rows) override;
    void onLabChanged() override;

private:
    void drop(bool isA, const api::SequenceSource& source);
    void swapNow();
    void retranslateUi();

    SequenceDropTarget* targetA_;
    SequenceDropTarget* targetB_;
    QLabel* hint_;
    QCheckBox* reconstructions_;
    std::optional<api::SequenceSource> a_, b_;
    bool chosenByUser_ = false;
};

// The first sequence of `split` after `a` whose every label differs from a's (else a + 1):
// a default partner that makes a swap show something.
int64_t contrastingSequence(const api::OpenedDataset& dataset, const std::string& split, int64_t a);

}  // namespace dbse::studio
