// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/resample_tab.h"

#include "app/studio/lab_jobs.h"
#include "app/studio/sequence_drop_target.h"
#include "widgets/sequence_frames.h"
#include "widgets/sequence_player.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace dbse::studio {

ResampleTab::ResampleTab(ExploreSession* session, QWidget* parent)
    : LabTab(session, QStringLiteral("resample"), parent),
      target_(new SequenceDropTarget(QString(), this)),
      hint_(new QLabel(this)),
      fix_(new QComboBox(this)),
      countLabel_(new QLabel(this)),
      count_(new QSpinBox(this)),
      seedLabel_(new QLabel(this)),
      seed_(new QSpinBox(this)),
      drawAgain_(new QPushButton(this)) {
    setObjectName(QStringLiteral("resampleTab"));
    target_->setObjectName(QStringLiteral("resampleTarget"));
    hint_->setWordWrap(true);
    fix_->addItem(QString(), int(api::SequenceLab::Keep::Static));
    fix_->addItem(QString(), int(api::SequenceLab::Keep::Dynamics));
    count_->setRange(1, 64);
    count_->setValue(8);
    seed_->setRange(0, 999999);
    seed_->setValue(1);
    countLabel_->setBuddy(count_);
    seedLabel_->setBuddy(seed_);
    player()->setFilmStrip(false);

    // Two lines of controls, so that the tab stays narrow enough for the docks beside it.
    auto* choices = new QHBoxLayout;
    choices->addWidget(fix_);
    choices->addWidget(countLabel_);
    choices->addWidget(count_);
    choices->addWidget(seedLabel_);
    choices->addWidget(seed_);
    choices->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(drawAgain_);
    actions->addWidget(exportButton());
    actions->addWidget(statusLabel(), 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint_);
    layout->addWidget(target_);
    layout->addLayout(choices);
    layout->addLayout(actions);
    layout->addWidget(player(), 1);

    connect(target_, &SequenceDropTarget::sequenceDropped, this, [this](const widgets::SequenceSelection& s) {
        QString error;
        if (const auto source = jobs()->sourceOf(s, error))
            setSource(*source);
        else
            setStatus(error);
    });
    connect(target_, &SequenceDropTarget::fileDropped, this, [this](const QString& path) {
        api::SequenceSource source;
        source.file = path.toStdString();
        setSource(source);
    });
    connect(fix_, &QComboBox::currentIndexChanged, this, &ResampleTab::drawNow);
    connect(count_, &QSpinBox::valueChanged, this, &ResampleTab::drawNow);
    connect(seed_, &QSpinBox::valueChanged, this, &ResampleTab::drawNow);
    connect(drawAgain_, &QPushButton::clicked, this, [this] {
        int next = seed_->value();
        while (next == seed_->value()) next = int(QRandomGenerator::global()->bounded(seed_->maximum() + 1));
        seed_->setValue(next);  // draws
    });
    connect(jobs(), &LabJobs::busyChanged, this, [this](bool busy) {
        if (busy)
            setStatus(tr("Drawing…"));
    });
    retranslateUi();
    onLabChanged();
}

ResampleTab::~ResampleTab() = default;

void ResampleTab::retranslateUi() {
    retranslateBase();
    hint_->setText(tr("Drop a sequence (from the Datasets dock, the latent map, or a video or sound file): keep one "
                      "of its codes and draw the other anew."));
    target_->setToolTip(tr("Drop a sequence here: from the Datasets dock, the latent map, or a video or sound file"));
    target_->setTitle(tr("Sequence"));
    fix_->setItemText(0, tr("Fix static"));
    fix_->setItemText(1, tr("Fix dynamics"));
    fix_->setToolTip(tr("Fix static: keep the sequence's static code and draw new dynamics from the learned prior. "
                        "Fix dynamics: keep its dynamics and draw new static codes from N(0, I)."));
    countLabel_->setText(tr("&Samples:"));
    seedLabel_->setText(tr("S&eed:"));
    drawAgain_->setText(tr("Draw again"));
    drawAgain_->setToolTip(tr("Draw with a new seed"));
}

void ResampleTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResampleTab::showRows(const api::RowSet& rows) {
    const int shown = int(rows.rows.size());
    // Video cells side by side, wider than high (the window is); spectrograms and plots in two columns.
    player()->setColumns(rows.modality == "video" ? std::max(1, int(std::ceil(std::sqrt(2.0 * shown)))) : 2);
    player()->setRows(rows, jobs()->dynamicLabels());
    if (source_ && !source_->file.empty() && !rows.rows.empty())
        target_->setContents(QString::fromStdString(source_->describe()), widgets::frameToImage(rows.rows[0].pictures, 0));
    setStatus(tr("%n sample(s) with seed %1.", nullptr, shown - 1).arg(seed_->value()));
}

void ResampleTab::onLabChanged() {
    const auto lab = jobs()->lab();
    if (!lab) {
        player()->clear();
        exportButton()->setEnabled(false);
        setStatus(tr("Open a trained run to resample its sequences."));
        return;
    }
    if (!chosenByUser_ || !source_) {
        api::SequenceSource first;
        first.split = lab->dataset()->count("test") > 0 ? "test" : "train";
        source_ = first;
    }
    target_->setContents(QString::fromStdString(source_->describe()), jobs()->pictureOf(*source_));
    drawNow();
}

void ResampleTab::setSource(const api::SequenceSource& source) {
    chosenByUser_ = true;
    source_ = source;
    target_->setContents(QString::fromStdString(source.describe()), jobs()->pictureOf(source));
    drawNow();
}

void ResampleTab::drawNow() {
    if (!jobs()->lab() || !source_)
        return;
    const auto keep = api::SequenceLab::Keep(fix_->currentData().toInt());
    jobs()->computeRows([source = *source_, keep, count = count_->value(),
                         seed = uint64_t(seed_->value())](const api::SequenceLab& lab, const api::RowsPreview&) {
        return lab.resample(source, keep, count, seed);
    });
}

}  // namespace dbse::studio
