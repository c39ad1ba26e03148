// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Torch-free facade for the latent map: the codes of every sequence of a split under a run's
// model — the static means s [N, f_dim] and the dynamic means averaged over time d [N, z_dim]
// (core/eval encodeDataset) — laid out in 2-D by t-SNE or PCA (core/embed). t-SNE layouts are
// handed out progressively, so a view can show the map while it refines.
//
// Threads: computeLatentMap blocks its calling thread (a worker, never the GUI thread). It
// holds the RunModel's mutex only while encoding, and uses LibTorch's intra-op pool.

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dbse::api {

class OpenedDataset;
class RunModel;

enum class MapMethod { Tsne, Pca };
enum class LatentCode { Static, Dynamic };  // s, time-averaged d

struct LatentMapRequest {
    std::string split = "test";   // "train" or "test"
    MapMethod method = MapMethod::Tsne;
    double perplexity = 30.0;     // t-SNE; lowered to (N - 1) / 3 when the split is small
    int iterations = 1000;        // t-SNE, including 250 of early exaggeration
    int progress_every = 25;      // t-SNE: a layout every this many iterations (> 0)
    uint64_t seed = 0;            // the anchor noise of the encoder
};

// One 2-D map of one code.
struct LatentLayout {
    LatentCode code = LatentCode::Static;
    std::vector<float> xy;   // [N * 2], point i at (xy[2i], xy[2i + 1]); arbitrary units
    int iteration = 0;       // t-SNE iterations done (PCA: 1)
    int iterations = 0;      // planned (PCA: 1)
    bool final = false;      // the last layout of this code
    double perplexity = 0;   // the perplexity used (t-SNE), 0 for PCA
};

// Called on the calling thread of computeLatentMap; the computation waits for it, so it should
// only copy or queue the layout.
using LatentLayoutCallback = std::function<void(const LatentLayout&)>;

// Encodes `split` of `dataset` with `model`, then lays out s and then d, calling on_layout
// with intermediate layouts (t-SNE) and a final one per code (static first). Returns false when
// `cancel` (optional) was set before the end; nothing is reported after it is seen. Throws
// std::invalid_argument for a bad split or request, or a split too small to map (t-SNE needs
// 3 sequences, PCA 2), and what the model throws for a dataset it does not fit.
bool computeLatentMap(const RunModel& model, const OpenedDataset& dataset, const LatentMapRequest& request,
                      const LatentLayoutCallback& on_layout, const std::atomic<bool>* cancel = nullptr);

// The perplexity t-SNE uses for `points` sequences when `requested` is asked for.
double effectivePerplexity(double requested, int64_t points);

}  // namespace dbse::api
