// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/sequence_lab.h"

#include "core/api/opened_dataset_data.h"
#include "core/api/row_judge.h"
#include "core/api/run_model_access.h"
#include "core/data/media_hooks.h"
#include "core/util/tensor_text.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <filesystem>
#include <stdexcept>

namespace dbse::api {

std::string SequenceSource::describe() const {
    if (!file.empty())
        return std::filesystem::path(file).filename().string();
    return split + " #" + std::to_string(index);
}

// One sequence as a batch of one, on the CPU.
struct SequenceLab::Loaded {
    torch::Tensor x;        // float [1, T, ...]
    torch::Tensor missing;  // float [1, T, ...] or undefined
    std::vector<std::pair<std::string, std::string>> labels;
    std::shared_ptr<const SequenceDataset> own_data;  // a decoded file
};

namespace {

torch::Tensor maskOrZeros(const torch::Tensor& missing, const torch::Tensor& like) {
    return missing.defined() ? missing : torch::zeros_like(like);
}

// The rows' masks stacked, or undefined when no row has one.
torch::Tensor stackMasks(const std::vector<torch::Tensor>& masks, const std::vector<torch::Tensor>& values) {
    bool any = false;
    for (const auto& m : masks) any = any || m.defined();
    if (!any)
        return {};
    std::vector<torch::Tensor> parts;
    for (size_t i = 0; i < masks.size(); ++i) parts.push_back(maskOrZeros(masks[i], values[i]));
    return torch::cat(parts, 0);
}

// Seeded noise for the model; only CPU generators are portable across builds.
template <typename Work>
auto withGenerator(const torch::Device& device, uint64_t seed, Work&& work) {
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(seed);
    return work(device.is_cpu() ? &generator : nullptr);
}

}  // namespace

SequenceLab::SequenceLab(std::shared_ptr<RunModel> model, std::shared_ptr<const OpenedDataset> dataset)
    : model_(std::move(model)), dataset_(std::move(dataset)) {
    if (!model_ || !dataset_)
        throw std::invalid_argument("SequenceLab needs a model and its dataset");
}

SequenceLab::~SequenceLab() = default;

SequenceLab::Loaded SequenceLab::load(const SequenceSource& source) const {
    Loaded loaded;
    if (source.file.empty()) {
        const SequenceDataset& d = splitData(*dataset_, source.split);
        if (source.index < 0 || source.index >= d.size())
            throw std::out_of_range(d.name + ": sequence " + std::to_string(source.index) + " does not exist (" +
                                    std::to_string(d.size()) + " sequences)");
        const torch::Tensor index = torch::tensor({source.index}, torch::kLong);
        loaded.x = d.batch(index, torch::kCPU);
        loaded.missing = d.missingBatch(index, torch::kCPU);
        loaded.labels = dataset_->labelsOf(source.split, source.index);
        return loaded;
    }
    const auto& decode = mediaHooks().decode_file;
    if (!decode)
        throw std::invalid_argument(source.file + ": this build has no media support to decode it");
    auto data = std::make_shared<const SequenceDataset>(decode(dataset_->spec(), source.file));
    const SequenceDataset& reference = splitData(*dataset_, "train");
    if (data->frames.sizes().slice(1) != reference.frames.sizes().slice(1))
        throw std::runtime_error(source.file + ": decoded as " + shapeText(data->frames[0]) + " but the dataset's sequences are " +
                                 shapeText(reference.frames[0]));
    const torch::Tensor index = torch::zeros({1}, torch::kLong);
    loaded.x = data->batch(index, torch::kCPU);
    loaded.missing = data->missingBatch(index, torch::kCPU);
    loaded.own_data = std::move(data);
    return loaded;
}

RowSet SequenceLab::swap(const SequenceSource& a, const SequenceSource& b, bool reconstructions, uint64_t seed) const {
    const Loaded la = load(a), lb = load(b);
    return RunModelAccess::use(*model_, [&](InferenceModel& m, const RunConfig&) {
        const torch::Device device = m.device();
        auto on = [&](const torch::Tensor& t) { return t.defined() ? t.to(device) : t; };
        std::vector<torch::Tensor> values = {la.x, lb.x}, masks = {la.missing, lb.missing};
        withGenerator(device, seed, [&](torch::Generator* g) {
            const SwapResult s = m.swap(on(la.x), on(la.missing), on(lb.x), on(lb.missing), g);
            values.push_back(s.static_a_dynamic_b.cpu());
            values.push_back(s.static_b_dynamic_a.cpu());
            masks.resize(4);
            if (reconstructions) {
                values.push_back(m.reconstruct(on(la.x), on(la.missing), g).cpu());
                values.push_back(m.reconstruct(on(lb.x), on(lb.missing), g).cpu());
                masks.resize(6);
            }
            return 0;
        });
        RowTensors t;
        t.names = {"A", "B", "static A + dynamic B", "static B + dynamic A"};
        if (reconstructions) {
            t.names.push_back("A reconstructed");
            t.names.push_back("B reconstructed");
        }
        t.values = torch::cat(values, 0);
        t.missing = stackMasks(masks, values);
        t.modality = model_->modality();
        t.dataset = dataset_;
        t.data = &splitData(*dataset_, "train");
        RowSet set = makeRowSet(std::move(t));
        set.rows[0].labels = la.labels;
        set.rows[1].labels = lb.labels;
        if (RowJudge* j = judge())
            j->label(set);
        return set;
    });
}

RowSet SequenceLab::resample(const SequenceSource& x, Keep keep, int count, uint64_t seed) const {
    if (count < 1 || count > 64)
        throw std::invalid_argument("the number of samples must be in [1, 64], not " + std::to_string(count));
    const Loaded lx = load(x);
    return RunModelAccess::use(*model_, [&](InferenceModel& m, const RunConfig&) {
        const torch::Device device = m.device();
        const torch::Tensor missing = lx.missing.defined() ? lx.missing.to(device) : lx.missing;
        const torch::Tensor samples = withGenerator(device, seed, [&](torch::Generator* g) {
            return (keep == Keep::Static ? m.sampleDynamics(lx.x.to(device), missing, count, g)
                                         : m.sampleStatic(lx.x.to(device), missing, count, g))
                .select(0, 0)
                .cpu();
        });
        RowTensors t;
        t.names = {"original"};
        for (int k = 1; k <= count; ++k) t.names.push_back("sample " + std::to_string(k));
        t.values = torch::cat({lx.x, samples}, 0);
        if (lx.missing.defined())
            t.missing = torch::cat({lx.missing, torch::zeros_like(samples)}, 0);
        t.modality = model_->modality();
        t.dataset = dataset_;
        t.data = &splitData(*dataset_, "train");
        RowSet set = makeRowSet(std::move(t));
        set.rows[0].labels = lx.labels;
        if (RowJudge* j = judge())
            j->label(set);
        return set;
    });
}

RowJudge* SequenceLab::judge() const {
    std::call_once(judge_once_, [this] {
        try {
            judge_ = RowJudge::find(*dataset_);
        } catch (const std::exception&) {
            judge_.reset();  // no usable judge: the rows say nothing
        }
    });
    return judge_.get();
}

bool SequenceLab::hasJudge() const { return judge() != nullptr; }

}  // namespace dbse::api
