// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/studio/lab_jobs.h"

#include "widgets/thumbnail_image.h"

#include <QMetaObject>

#include <exception>

namespace dbse::studio {
namespace {

QString messageOf(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        return QString::fromLocal8Bit(e.what());
    } catch (...) {
        return LabJobs::tr("Unknown error.");
    }
}

// Written by a worker before it finishes, read on the GUI thread after (the thread's end
// orders the accesses).
template <typename T>
struct Outcome {
    T value{};
    std::exception_ptr error;
};

}  // namespace

LabJobs::LabJobs(ExploreSession* session, QObject* parent) : QObject(parent), session_(session) {
    auto follow = [this] {
        ++generation_;
        lab_.reset();
        if (session_->model() && session_->dataset())
            lab_ = std::make_shared<const api::SequenceLab>(session_->model(), session_->dataset());
        setBusy(false);
        Q_EMIT labChanged();
    };
    connect(session_, &ExploreSession::ready, this, follow);
    connect(session_, &ExploreSession::closed, this, follow);
    connect(session_, &ExploreSession::failed, this, [this, follow](const QString& message) {
        follow();
        Q_EMIT failed(tr("The run could not be opened: %1").arg(message));
    });
    if (session_->model() && session_->dataset())
        lab_ = std::make_shared<const api::SequenceLab>(session_->model(), session_->dataset());
}

LabJobs::~LabJobs() = default;

void LabJobs::setBusy(bool busy) {
    if (busy == busy_)
        return;
    busy_ = busy;
    Q_EMIT busyChanged(busy);
}

std::optional<api::SequenceSource> LabJobs::sourceOf(const widgets::SequenceSelection& selection, QString& error) const {
    if (!lab_) {
        error = tr("Open a trained run first (Runs dock).");
        return std::nullopt;
    }
    const QString spec = QString::fromStdString(lab_->dataset()->spec());
    if (selection.dataset != spec) {
        error = tr("That sequence is from %1, but the run was trained on %2.").arg(selection.dataset, spec);
        return std::nullopt;
    }
    api::SequenceSource source;
    source.split = selection.split.toStdString();
    source.index = selection.indices.value(0);
    if (source.index >= lab_->dataset()->count(source.split)) {
        error = tr("Sequence %1 does not exist in the %2 split.").arg(source.index).arg(selection.split);
        return std::nullopt;
    }
    return source;
}

QImage LabJobs::pictureOf(const api::SequenceSource& source) const {
    if (!lab_ || !source.file.empty())
        return {};
    try {
        return widgets::thumbnailImage(lab_->dataset()->thumbnail(source.split, source.index), QSize(64, 64));
    } catch (const std::exception&) {
        return {};
    }
}

std::vector<std::string> LabJobs::dynamicLabels() const {
    return lab_ ? lab_->dataset()->dynamicLabelNames() : std::vector<std::string>{};
}

void LabJobs::computeRows(std::function<api::RowSet(const api::SequenceLab&, const api::RowsPreview&)> work) {
    if (!lab_) {
        Q_EMIT failed(tr("Open a trained run first (Runs dock)."));
        return;
    }
    const quint64 generation = ++generation_;
    setBusy(true);
    auto outcome = std::make_shared<Outcome<api::RowSet>>();
    // A first look is posted to this object's thread and shown while the rest is made.
    api::RowsPreview preview = [this, generation](const api::RowSet& early) {
        threads_.post([this, generation, early] {
            if (generation == generation_)
                Q_EMIT rowsReady(early);
        });
    };
    threads_.start(QStringLiteral("dbse-lab-rows"),
        [outcome, lab = lab_, work = std::move(work), preview = std::move(preview)] {
            try {
                outcome->value = work(*lab, preview);
            } catch (...) {
                outcome->error = std::current_exception();
            }
        },
        [this, outcome, generation] {
            if (generation != generation_)
                return;
            setBusy(false);
            if (outcome->error)
                Q_EMIT failed(messageOf(outcome->error));
            else
                Q_EMIT rowsReady(outcome->value);
        });
}

void LabJobs::computeSound(const api::RowSet& rows, int row) {
    const quint64 generation = generation_;
    auto outcome = std::make_shared<Outcome<api::Sound>>();
    threads_.start(QStringLiteral("dbse-lab-sound"),
        [outcome, rows, row] {
            try {
                outcome->value = api::rowSound(rows, row);
            } catch (...) {
                outcome->error = std::current_exception();
            }
        },
        [this, outcome, generation, row] {
            if (generation != generation_)
                return;
            if (outcome->error) {
                Q_EMIT failed(messageOf(outcome->error));
                return;
            }
            const std::vector<float>& s = outcome->value.samples;
            Q_EMIT soundReady(row, QVector<float>(s.begin(), s.end()), outcome->value.sample_rate);
        });
}

void LabJobs::exportRows(const api::RowSet& rows, const QString& path) {
    auto outcome = std::make_shared<Outcome<std::string>>();
    threads_.start(QStringLiteral("dbse-lab-export"),
        [outcome, rows, file = path.toStdString()] {
            try {
                outcome->value = api::exportRows(file, rows);
            } catch (...) {
                outcome->error = std::current_exception();
            }
        },
        [this, outcome] {
            if (outcome->error)
                Q_EMIT failed(messageOf(outcome->error));
            else
                Q_EMIT exported(QString::fromStdString(outcome->value));
        });
}

}  // namespace dbse::studio
