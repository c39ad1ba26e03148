// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade for the Swap and Resample tabs: a run's model (RunModel) applied to
// sequences of its dataset (OpenedDataset) or to media files decoded with that dataset's
// preprocessing, returning rows ready to show (row_set.h). PROTOCOLS 3f: swaps use posterior
// means; "fix one, draw the other" keeps the posterior mean of the fixed code.
//
// Threads: every call blocks (it runs the model) and may be made from any thread; the model is
// shared under RunModel's mutex, so calls on one run are serialised.

#include "core/api/opened_dataset.h"
#include "core/api/row_set.h"
#include "core/api/run_model.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace dbse {
class InferenceModel;  // core/model/inference_model.h
}

namespace dbse::api {

// A sequence to work on: position `index` of `split` ("train"/"test") of the lab's dataset, or,
// when `file` is set, that media file (video clip or sound) decoded as the dataset's sequences.
struct SequenceSource {
    std::string split = "test";
    int64_t index = 0;
    std::string file;

    std::string describe() const;  // "test #3" or the file's name
    bool operator==(const SequenceSource& o) const { return split == o.split && index == o.index && file == o.file; }
};

class RowJudge;  // internal (core/api/row_judge.h)

// Receives a first look at rows before they are complete (RowSet::partial); called on the
// thread that makes the rows, at most once per call.
using RowsPreview = std::function<void(const RowSet&)>;

class SequenceLab {
public:
    // Both must be non-null and belong together (the run's dataset). Throws std::invalid_argument.
    SequenceLab(std::shared_ptr<RunModel> model, std::shared_ptr<const OpenedDataset> dataset);
    ~SequenceLab();

    // Rows A, B, static A + dynamic B, static B + dynamic A; with `reconstructions` also A and B
    // as the model reconstructs them. `seed` drives the anchor-slot noise (as published); each
    // sequence's codes are drawn on their own, so a sequence keeps its codes whatever it is
    // paired with, and the codes of the last few sequences are kept (a new B alone is encoded).
    // For video, `preview` (when set) first gets the rows with only the first frame of the
    // swapped rows, decoded before the rest. Throws std::out_of_range for an index outside its
    // split, std::invalid_argument or std::runtime_error "<file>: <problem>" for a file that
    // cannot be used.
    RowSet swap(const SequenceSource& a, const SequenceSource& b, bool reconstructions = false, uint64_t seed = 1,
                const RowsPreview& preview = {}) const;

    enum class Keep { Static, Dynamics };
    // Row "original", then `count` rows keeping the sequence's static code (Keep::Static: new
    // dynamics from the learned prior) or its dynamics (Keep::Dynamics: static codes from
    // N(0, I)). The same seed gives the same rows. count in [1, 64] (else std::invalid_argument).
    RowSet resample(const SequenceSource& x, Keep keep, int count, uint64_t seed) const;

    // Whether a trusted judge of this dataset was found in the judge cache (looked up once).
    bool hasJudge() const;

    const std::shared_ptr<RunModel>& model() const { return model_; }
    const std::shared_ptr<const OpenedDataset>& dataset() const { return dataset_; }

private:
    struct Loaded;
    struct Encoded;
    Loaded load(const SequenceSource& source) const;
    // The source under `seed`: from the cache (codes set), or loaded now without codes (no model
    // lock needed: a file is decoded here).
    std::shared_ptr<Encoded> cachedOrLoaded(const SequenceSource& source, uint64_t seed) const;
    // Sets the codes of a cachedOrLoaded() result that has none and caches it; `model` is the
    // locked model (RunModelAccess::use).
    void encode(InferenceModel& model, const std::shared_ptr<Encoded>& e) const;
    RowJudge* judge() const;

    std::shared_ptr<RunModel> model_;
    std::shared_ptr<const OpenedDataset> dataset_;
    mutable std::mutex cache_mutex_;
    mutable std::vector<std::shared_ptr<Encoded>> cache_;  // newest last
    mutable std::once_flag judge_once_;
    mutable std::unique_ptr<RowJudge> judge_;
};

}  // namespace dbse::api
