// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Speaker verification (PROTOCOLS 3d, paper App. B.2) on any dataset with a speaker label:
// one embedding per utterance (the sequences sharing a "source_file" value; without that
// column every sequence is an utterance), every unordered pair of utterances scored by cosine
// similarity, "same speaker" when the score is above a threshold, and the equal error rate.
//   static embedding  = mean over the utterance's chunks of the static posterior mean
//   dynamic embedding = mean over chunks and steps of a dynamic posterior SAMPLE (as published;
//                       drawn from a generator seeded with `seed`)
// Lower static EER is better; a higher dynamic EER means less speaker information in d; the
// gap is dynamic EER - static EER. The EER itself is metrics.h's exact sweep (see there for how
// it differs from the published bisection).

#include "core/data/sequence_dataset.h"
#include "core/eval/metrics.h"
#include "core/model/inference_model.h"

#include <cstdint>
#include <string>

namespace dbse {

struct SpeakerVerificationResult {
    std::string speaker_label;
    int64_t utterances = 0, speakers = 0;
    int64_t genuine_pairs = 0, impostor_pairs = 0;
    EqualErrorRate static_eer;
    EqualErrorRate dynamic_eer;
    double gap = 0;  // dynamic_eer.eer - static_eer.eer
};

// speaker_label: a static label column of `dataset`, or "" for the first one. Throws
// std::invalid_argument naming the dataset when there is no such label, or when the utterances
// do not give both same-speaker and different-speaker pairs.
SpeakerVerificationResult runSpeakerVerification(InferenceModel& model, const SequenceDataset& dataset,
                                                 const std::string& speaker_label, uint64_t seed);

}  // namespace dbse
