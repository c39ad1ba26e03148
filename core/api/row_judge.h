// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/api (uses torch): a trusted judge (core/eval/judge.h) of an opened dataset,
// found in the judge cache, labelling the rows of a RowSet. Never trains one. Used from one
// thread at a time (SequenceLab calls it under the run's model lock).

#include "core/api/opened_dataset.h"
#include "core/api/row_tensors.h"

#include <memory>

namespace dbse::api {

class RowJudge {
public:
    // A judge that `dbse judge`, `dbse eval` or the benchmark (any training options) left in the
    // judge cache for `dataset`, when one loads, fits the dataset and is trusted; null otherwise.
    static std::unique_ptr<RowJudge> find(const OpenedDataset& dataset);
    virtual ~RowJudge() = default;
    // Sets SequenceRow::judged of every row of `set` (rows as in set.tensors).
    virtual void label(RowSet& set) = 0;
};

}  // namespace dbse::api
