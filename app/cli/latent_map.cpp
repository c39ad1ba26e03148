// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/latent_map.h"

#include "app/cli/opened_run.h"
#include "core/api/latent_map_csv.h"
#include "core/embed/embedding_file.h"
#include "core/eval/latent_probe.h"

#ifdef DBSE_HAVE_MEDIA
#include "core/media/image_io.h"
#endif

#include <torch/torch.h>

#include <filesystem>
#include <stdexcept>

namespace dbse::cli {

LatentPoints latentPoints(const std::string& run_dir, const std::string& split, const std::string& codes,
                          const std::string& label, uint64_t seed) {
    if (codes != "static" && codes != "dynamic")
        throw std::invalid_argument("--codes: '" + codes + "' is not one of static, dynamic");
    OpenedRun run = openRun(run_dir, split, "cpu");
    const SequenceDataset& data = run.data;
    LatentPoints out;
    const std::vector<LabelColumn>& preferred = codes == "static" ? data.static_labels : data.dynamic_labels;
    const std::vector<LabelColumn>& other = codes == "static" ? data.dynamic_labels : data.static_labels;
    const LabelColumn* chosen = nullptr;
    std::string names;
    for (const auto* columns : {&preferred, &other})
        for (const auto& c : *columns) {
            names += (names.empty() ? "" : ", ") + c.name;
            if (!chosen && (label.empty() || c.name == label))
                chosen = &c;
        }
    if (!chosen)
        throw std::invalid_argument(label.empty() ? data.name + " has no labels to colour the map by"
                                                  : "--label: '" + label + "' is not a label of " + data.name +
                                                        " (" + names + ")");
    out.label = *chosen;
    const LatentCodes latent = encodeDataset(*run.model, data, 128, seed);
    out.points = codes == "static" ? latent.s : latent.d_mean;
    out.title = (codes == "static" ? "static codes s of " : "time-averaged dynamic codes d of ") + data.name +
                ", by " + chosen->name;
    return out;
}

void writeLatentMap(const std::string& path, const torch::Tensor& xy, const LatentPoints& points) {
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".npy") {
        writeEmbedding(path, xy);
        return;
    }
    if (xy.size(1) != 2)
        throw std::invalid_argument(path + ": a labelled map is 2-D (use --dims 2, or .npy for 3-D)");
    if (extension == ".png") {
#ifdef DBSE_HAVE_MEDIA
        writeScatterPng(path, xy, points.label.values, points.label.classes, points.title);
        return;
#else
        throw std::invalid_argument(path + ": this build has no media support (DBSE_WITH_MEDIA=OFF); use .csv or .npy");
#endif
    }
    if (extension != ".csv")
        throw std::invalid_argument(path + ": unsupported map type '" + extension + "' (use .csv, .png or .npy)");
    const torch::Tensor p = xy.detach().to(torch::kCPU, torch::kFloat).contiguous();
    const torch::Tensor y = points.label.values.to(torch::kCPU, torch::kInt).contiguous();
    api::SplitLabels column;
    column.name = points.label.name;
    column.classes = points.label.classes;
    column.values.assign(y.data_ptr<int32_t>(), y.data_ptr<int32_t>() + y.numel());
    api::writeLatentMapCsv(path, std::vector<float>(p.data_ptr<float>(), p.data_ptr<float>() + p.numel()), {column});
}

}  // namespace dbse::cli
