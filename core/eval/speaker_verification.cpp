// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/eval/speaker_verification.h"

#include "core/eval/dataset_batches.h"
#include "core/model/gaussian.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <stdexcept>

namespace dbse {
namespace {

const LabelColumn& speakerColumn(const SequenceDataset& d, const std::string& name) {
    for (const auto& c : d.static_labels)
        if (name.empty() || c.name == name)
            return c;
    throw std::invalid_argument(d.name + (name.empty() ? std::string(": no static label to use as the speaker")
                                                       : ": no static label '" + name + "' to use as the speaker"));
}

// Utterance index of every sequence [N]: consecutive ids of the distinct "source_file" values.
torch::Tensor utteranceOf(const SequenceDataset& d) {
    for (const auto& v : d.values)
        if (v.name == "source_file" && v.values.dim() == 1)
            return std::get<1>(at::_unique(v.values.to(torch::kDouble), /*sorted=*/true, /*return_inverse=*/true));
    return torch::arange(d.size(), torch::kLong);
}

// Mean of rows [N, D] per group [N] (ids 0..G-1) -> [G, D].
torch::Tensor groupMeans(const torch::Tensor& rows, const torch::Tensor& group, int64_t groups) {
    torch::Tensor sums = torch::zeros({groups, rows.size(1)}, rows.options());
    sums.index_add_(0, group, rows);
    const torch::Tensor counts = torch::bincount(group, {}, groups).to(rows.scalar_type()).unsqueeze(1);
    return sums / counts;
}

}  // namespace

SpeakerVerificationResult runSpeakerVerification(InferenceModel& model, const SequenceDataset& dataset,
                                                 const std::string& speaker_label, uint64_t seed) {
    const LabelColumn& speaker = speakerColumn(dataset, speaker_label);
    const torch::Tensor utterance = utteranceOf(dataset);
    const int64_t utterances = utterance.numel() ? utterance.max().item<int64_t>() + 1 : 0;
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    std::vector<torch::Tensor> s, d;
    forEachBatch(dataset, torch::arange(dataset.size(), torch::kLong), 128, model.device(),
                 [&](const torch::Tensor&, const torch::Tensor& x, const torch::Tensor& missing) {
                     const EncodedCodes c = model.encode(x, missing, &generator);
                     s.push_back(c.f.mean.cpu().to(torch::kDouble));
                     torch::NoGradGuard no_grad;
                     d.push_back(reparameterise(c.z.mean, c.z.logvar, &generator).mean(1).cpu().to(torch::kDouble));
                 });
    // The speaker of an utterance (all its chunks share it).
    torch::Tensor speaker_of = torch::full({utterances}, -1, torch::kLong);
    speaker_of.index_put_({utterance}, speaker.values);
    const PairScores static_pairs = cosinePairScores(groupMeans(torch::cat(s), utterance, utterances), speaker_of);
    const PairScores dynamic_pairs = cosinePairScores(groupMeans(torch::cat(d), utterance, utterances), speaker_of);
    if (static_pairs.genuine.numel() == 0 || static_pairs.impostor.numel() == 0)
        throw std::invalid_argument(dataset.name + ": speaker verification needs utterances of the same speaker and "
                                                   "of different speakers");
    SpeakerVerificationResult r;
    r.speaker_label = speaker.name;
    r.utterances = utterances;
    r.speakers = std::get<0>(at::_unique(speaker_of)).numel();
    r.genuine_pairs = static_pairs.genuine.numel();
    r.impostor_pairs = static_pairs.impostor.numel();
    r.static_eer = equalErrorRate(static_pairs.genuine, static_pairs.impostor);
    r.dynamic_eer = equalErrorRate(dynamic_pairs.genuine, dynamic_pairs.impostor);
    r.gap = r.dynamic_eer.eer - r.static_eer.eer;
    return r;
}

}  // namespace dbse
