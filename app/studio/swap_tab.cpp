// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/swap_tab.h"

#include "app/studio/lab_jobs.h"
#include "app/studio/sequence_drop_target.h"
#include "widgets/sequence_frames.h"
#include "widgets/sequence_player.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dbse::studio {

int64_t contrastingSequence(const api::OpenedDataset& dataset, const std::string& split, int64_t a) {
    const int64_t count = dataset.count(split);
    const auto labels = dataset.labelsOf(split, a);
    for (int64_t i = a + 1; i < std::min<int64_t>(count, a + 500); ++i) {
        const auto other = dataset.labelsOf(split, i);
        bool allDiffer = !labels.empty() && other.size() == labels.size();
        for (size_t k = 0; allDiffer && k < labels.size(); ++k) allDiffer = labels[k].second != other[k].second;
        if (allDiffer)
            return i;
    }
    return std::min<int64_t>(a + 1, count - 1);
}

SwapTab::SwapTab(ExploreSession* session, QWidget* parent)
    : LabTab(session, QStringLiteral("swap"), parent),
      targetA_(new SequenceDropTarget(QStringLiteral("A"), this)),
      targetB_(new SequenceDropTarget(QStringLiteral("B"), this)),
      hint_(new QLabel(this)),
      reconstructions_(new QCheckBox(this)) {
    setObjectName(QStringLiteral("swapTab"));
    targetA_->setObjectName(QStringLiteral("swapTargetA"));
    targetB_->setObjectName(QStringLiteral("swapTargetB"));
    hint_->setWordWrap(true);
    auto* targets = new QHBoxLayout;
    targets->addWidget(targetA_, 1);
    targets->addWidget(targetB_, 1);
    auto* options = new QHBoxLayout;
    options->addWidget(reconstructions_);
    options->addWidget(exportButton());
    options->addWidget(statusLabel(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint_);
    layout->addLayout(targets);
    layout->addLayout(options);
    layout->addWidget(player(), 1);

    for (SequenceDropTarget* target : {targetA_, targetB_}) {
        const bool isA = target == targetA_;
        connect(target, &SequenceDropTarget::sequenceDropped, this, [this, isA](const widgets::SequenceSelection& s) {
            QString error;
            if (const auto source = jobs()->sourceOf(s, error))
                drop(isA, *source);
            else
                setStatus(error);
        });
        connect(target, &SequenceDropTarget::fileDropped, this, [this, isA](const QString& path) {
            api::SequenceSource source;
            source.file = path.toStdString();
            drop(isA, source);
        });
    }
    connect(reconstructions_, &QCheckBox::toggled, this, &SwapTab::swapNow);
    connect(jobs(), &LabJobs::busyChanged, this, [this](bool busy) {
        if (busy)
            setStatus(tr("Swapping…"));
    });
    retranslateUi();
    onLabChanged();
}

SwapTab::~SwapTab() = default;

void SwapTab::retranslateUi() {
    retranslateBase();
    hint_->setText(tr("Drop sequences on A and B (from the Datasets dock, the latent map, or video and sound files): "
                      "the rows exchange what stays the same and what changes."));
    for (SequenceDropTarget* target : {targetA_, targetB_})
        target->setToolTip(tr("Drop a sequence here: from the Datasets dock, the latent map, or a video or sound file"));
    reconstructions_->setText(tr("Show reconstructions"));
}

void SwapTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SwapTab::showRows(const api::RowSet& rows) {
    player()->setRows(rows, jobs()->dynamicLabels());
    // A dropped file has no thumbnail: its first frame (or spectrogram) stands for it.
    if (a_ && !a_->file.empty() && !rows.rows.empty())
        targetA_->setContents(QString::fromStdString(a_->describe()), widgets::frameToImage(rows.rows[0].pictures, 0));
    if (b_ && !b_->file.empty() && rows.rows.size() > 1)
        targetB_->setContents(QString::fromStdString(b_->describe()), widgets::frameToImage(rows.rows[1].pictures, 0));
    if (rows.partial)
        return;  // the complete rows follow
    const bool judged = !rows.rows.empty() && !rows.rows.back().judged.empty();
    setStatus(judged ? tr("Italic labels are a trusted judge's predictions: did the swap keep the identity and move "
                          "the motion?")
                     : tr("No trusted judge for this dataset yet (dbse judge trains one): the rows show no predictions."));
}

void SwapTab::onLabChanged() {
    const auto lab = jobs()->lab();
    if (!lab) {
        player()->clear();
        exportButton()->setEnabled(false);
        setStatus(tr("Open a trained run to swap its sequences."));
        return;
    }
    if (!chosenByUser_ || !a_ || !b_) {
        const std::string split = lab->dataset()->count("test") > 1 ? "test" : "train";
        api::SequenceSource a, b;
        a.split = b.split = split;
        b.index = contrastingSequence(*lab->dataset(), split, 0);
        a_ = a;
        b_ = b;
    }
    targetA_->setContents(QString::fromStdString(a_->describe()), jobs()->pictureOf(*a_));
    targetB_->setContents(QString::fromStdString(b_->describe()), jobs()->pictureOf(*b_));
    swapNow();
}

void SwapTab::setSources(const api::SequenceSource& a, const api::SequenceSource& b) {
    chosenByUser_ = true;
    a_ = a;
    b_ = b;
    targetA_->setContents(QString::fromStdString(a.describe()), jobs()->pictureOf(a));
    targetB_->setContents(QString::fromStdString(b.describe()), jobs()->pictureOf(b));
    swapNow();
}

void SwapTab::drop(bool isA, const api::SequenceSource& source) {
    chosenByUser_ = true;
    (isA ? a_ : b_) = source;
    (isA ? targetA_ : targetB_)->setContents(QString::fromStdString(source.describe()), jobs()->pictureOf(source));
    swapNow();
}

void SwapTab::swapNow() {
    if (!jobs()->lab() || !a_ || !b_)
        return;
    jobs()->computeRows([a = *a_, b = *b_, reconstructions = reconstructions_->isChecked()](
                            const api::SequenceLab& lab, const api::RowsPreview& preview) {
        return lab.swap(a, b, reconstructions, 1, preview);
    });
}

}  // namespace dbse::studio
