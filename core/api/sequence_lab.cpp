// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/sequence_lab.h"

#include "core/api/opened_dataset_data.h"
#include "core/api/row_judge.h"
#include "core/api/run_model_access.h"
#include "core/data/media_hooks.h"
#include "core/model/inference_model.h"
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

// A sequence's posterior means under one seed, with what load() gave.
struct SequenceLab::Encoded {
    SequenceSource source;
    uint64_t seed = 0;
    Loaded loaded;
    torch::Tensor f, z;  // means on the model's device: [1, f_dim], [1, steps or windows, z_dim]
};

namespace {
constexpr size_t kCachedSequences = 4;
}  // namespace

std::shared_ptr<SequenceLab::Encoded> SequenceLab::cachedOrLoaded(const SequenceSource& source, uint64_t seed) const {
    {
        std::lock_guard<std::mutex> lock(cache_mutex_);
        for (const auto& e : cache_)
            if (e->source == source && e->seed == seed)
                return e;
    }
    auto e = std::make_shared<Encoded>();
    e->source = source;
    e->seed = seed;
    e->loaded = load(source);
    return e;
}

void SequenceLab::encode(InferenceModel& m, const std::shared_ptr<Encoded>& e) const {
    if (e->f.defined())
        return;  // from the cache
    const torch::Device device = m.device();
    const torch::Tensor missing = e->loaded.missing.defined() ? e->loaded.missing.to(device) : torch::Tensor();
    const EncodedCodes codes = withGenerator(
        device, e->seed, [&](torch::Generator* g) { return m.encode(e->loaded.x.to(device), missing, g); });
    e->f = codes.f.mean;
    e->z = codes.z.mean;
    if (!e->source.file.empty())
        return;  // a file may change on disk: decoded again each time
    std::lock_guard<std::mutex> lock(cache_mutex_);
    cache_.push_back(e);
    if (cache_.size() > kCachedSequences)
        cache_.erase(cache_.begin());
}

RowSet SequenceLab::swap(const SequenceSource& a, const SequenceSource& b, bool reconstructions, uint64_t seed,
                         const RowsPreview& preview) const {
    const auto ea = cachedOrLoaded(a, seed), eb = cachedOrLoaded(b, seed);
    const Loaded &la = ea->loaded, &lb = eb->loaded;
    return RunModelAccess::use(*model_, [&](InferenceModel& m, const RunConfig&) {
        encode(m, ea);
        encode(m, eb);
        auto rowsOf = [&](std::vector<std::string> names, std::vector<torch::Tensor> values,
                          std::vector<torch::Tensor> masks) {
            RowTensors t;
            t.names = std::move(names);
            t.values = torch::cat(values, 0);
            t.missing = stackMasks(masks, values);
            t.modality = model_->modality();
            t.dataset = dataset_;
            t.data = &splitData(*dataset_, "train");
            RowSet set = makeRowSet(std::move(t));
            set.rows[0].labels = la.labels;
            set.rows[1].labels = lb.labels;
            return set;
        };
        std::vector<std::string> names = {"A", "B", "static A + dynamic B", "static B + dynamic A"};
        // Swapped codes, both rows in one batch: (z of B, s of A) then (z of A, s of B).
        const torch::Tensor z = torch::cat({eb->z, ea->z}, 0), f = torch::cat({ea->f, eb->f}, 0);
        return withGenerator(m.device(), seed, [&](torch::Generator* g) {
            if (preview && model_->modality() == "video") {
                // Video frames decode independently: the first ones now, shown while the rest decode.
                const torch::Tensor first = m.decode(z.narrow(1, 0, 1), f, g).cpu();
                std::vector<int64_t> shape = first.sizes().vec();
                shape[1] = la.x.size(1);
                const torch::Tensor held = first.expand(shape);
                RowSet early = rowsOf(names, {la.x, lb.x, held}, {la.missing, lb.missing, torch::Tensor()});
                for (size_t r = 2; r < early.rows.size(); ++r) {
                    SequencePreview& p = early.rows[r].pictures;
                    p.frames = 1;
                    p.rgb.resize(static_cast<size_t>(p.height) * p.width * 3);
                }
                early.partial = true;
                early.tensors.reset();
                preview(early);
            }
            std::vector<torch::Tensor> values = {la.x, lb.x, m.decode(z, f, g).cpu()};
            std::vector<torch::Tensor> masks = {la.missing, lb.missing, torch::Tensor()};
            if (reconstructions) {
                values.push_back(m.decode(torch::cat({ea->z, eb->z}, 0), torch::cat({ea->f, eb->f}, 0), g).cpu());
                masks.push_back(torch::Tensor());
                names.push_back("A reconstructed");
                names.push_back("B reconstructed");
            }
            RowSet set = rowsOf(std::move(names), std::move(values), std::move(masks));
            if (RowJudge* j = judge())
                j->label(set);
            return set;
        });
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
