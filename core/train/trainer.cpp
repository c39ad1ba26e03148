// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/train/trainer.h"

#include "core/model/loss.h"
#include "core/train/batch_prefetcher.h"
#include "core/train/checkpoint.h"
#include "core/train/data_parallel.h"
#include "core/train/schedule.h"
#include "core/train/trainable_model.h"
#include "core/util/runtime.h"
#include "core/util/tensor_text.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <sstream>

namespace dbse {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// The terms of one batch as numbers (means per sequence; sequences = the batch size).
LossSummary valuesOf(const LossTerms& t, int64_t batch) {
    LossSummary v;
    v.total = t.total.item<double>();
    v.recon_seq = t.recon_seq.item<double>();
    v.recon_frame = t.recon_frame.item<double>();
    v.kl_f = t.kl_f.item<double>();
    v.kl_z = t.kl_z.item<double>();
    v.sequences = batch;
    return v;
}

// Data-parallel: the batch terms of every process combined (means over the global batch), and
// whether any process was asked to stop; the same answer everywhere.
LossSummary agreeOnStep(DataParallel& group, const LossSummary& local, bool stop_here, bool& stop_everywhere) {
    const double b = static_cast<double>(local.sequences);
    const std::vector<double> sums = group.sum({local.total * b, local.recon_seq * b, local.recon_frame * b,
                                                local.kl_f * b, local.kl_z * b, b, stop_here ? 1.0 : 0.0});
    LossSummary global;
    const double n = std::max(1.0, sums[5]);
    global.total = sums[0] / n;
    global.recon_seq = sums[1] / n;
    global.recon_frame = sums[2] / n;
    global.kl_f = sums[3] / n;
    global.kl_z = sums[4] / n;
    global.sequences = static_cast<int64_t>(sums[5]);
    stop_everywhere = sums[6] > 0;
    return global;
}

struct LossAccumulator {
    LossSummary sum;
    // `batch`: the terms of one batch as valuesOf() gives them.
    void add(const LossSummary& batch) {
        const double b = static_cast<double>(batch.sequences);
        sum.total += batch.total * b;
        sum.recon_seq += batch.recon_seq * b;
        sum.recon_frame += batch.recon_frame * b;
        sum.kl_f += batch.kl_f * b;
        sum.kl_z += batch.kl_z * b;
        sum.sequences += batch.sequences;
    }
    LossSummary mean() const {
        LossSummary m = sum;
        const double n = std::max<double>(1, static_cast<double>(sum.sequences));
        m.total /= n;
        m.recon_seq /= n;
        m.recon_frame /= n;
        m.kl_f /= n;
        m.kl_z /= n;
        return m;
    }
    nlohmann::json toJson() const {
        return {{"total", sum.total}, {"recon_seq", sum.recon_seq}, {"recon_frame", sum.recon_frame},
                {"kl_f", sum.kl_f}, {"kl_z", sum.kl_z}, {"sequences", sum.sequences}};
    }
    static LossAccumulator fromJson(const nlohmann::json& j) {
        LossAccumulator a;
        if (j.is_object()) {
            a.sum.total = j.at("total");
            a.sum.recon_seq = j.at("recon_seq");
            a.sum.recon_frame = j.at("recon_frame");
            a.sum.kl_f = j.at("kl_f");
            a.sum.kl_z = j.at("kl_z");
            a.sum.sequences = j.at("sequences");
        }
        return a;
    }
};

// Anchor index of batch `batch` of epoch `epoch` for AnchorMode::RandomPerBatch: a pure
// function of (seed, epoch, batch) so that resuming draws the same anchors.
uint64_t anchorDraw(uint64_t seed, int epoch, int64_t batch) {
    uint64_t x = seed ^ (static_cast<uint64_t>(epoch) << 32) ^ static_cast<uint64_t>(batch) ^ 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

bool finite(double v) { return std::isfinite(v); }

}  // namespace

nlohmann::json toJson(const LossSummary& s) {
    return {{"loss", s.total}, {"recon_seq", s.recon_seq}, {"recon_frame", s.recon_frame},
            {"kl_f", s.kl_f}, {"kl_z", s.kl_z}};
}

torch::Device resolveDevice(const std::string& name) {
    torch::Device device(torch::kCPU);
    try {
        device = torch::Device(name);
    } catch (const c10::Error&) {
        throw std::runtime_error("device '" + name + "' is not valid (cpu, cuda, cuda:N)");
    }
    if (device.is_cuda()) {
        if (!torch::cuda::is_available())
            throw std::runtime_error("device '" + name +
                                     "': this LibTorch build has no CUDA or no GPU is visible; use --device cpu");
        if (device.has_index() && device.index() >= static_cast<int>(torch::cuda::device_count()))
            throw std::runtime_error("device '" + name + "': only " + std::to_string(torch::cuda::device_count()) +
                                     " CUDA device(s) are visible");
    } else if (!device.is_cpu()) {
        throw std::runtime_error("device '" + name + "' is not supported (cpu, cuda, cuda:N)");
    }
    return device;
}

void checkCompatible(const SequenceDataset& d, const ModelConfig& m, const std::string& preset) {
    if (d.size() == 0)
        throw std::invalid_argument("dataset '" + d.name + "' is empty");
    if (m.modality != "video") {
        // Sequences of feature vectors [N, T, F] (audio spectrogram frames, series steps).
        const std::vector<int64_t> element = d.elementShape();
        if (d.length() != m.frames || element.size() != 1 || element[0] != m.features) {
            std::ostringstream msg;
            msg << "dataset '" << d.name << "' has sequences of " << d.length() << " steps of shape "
                << shapeText(d.frames.select(0, 0).select(0, 0)) << ", but preset '" << preset << "' expects "
                << m.frames << " steps of " << m.features << " features";
            throw std::invalid_argument(msg.str());
        }
        return;
    }
    if (!d.isVideo() || d.length() != m.frames || d.channels() != m.channels || d.height() != m.image_size ||
        d.width() != m.image_size) {
        std::ostringstream msg;
        msg << "dataset '" << d.name << "' has sequences of " << d.length() << " frames of shape "
            << shapeText(d.frames.select(0, 0).select(0, 0)) << ", but preset '" << preset << "' expects " << m.frames
            << " frames of " << m.channels << "x" << m.image_size << "x" << m.image_size;
        throw std::invalid_argument(msg.str());
    }
}

struct Trainer::State {
    torch::Device device{torch::kCPU};
    std::unique_ptr<TrainableModel> model;
    std::unique_ptr<torch::optim::Adam> optimizer;
    int epoch = 0;          // epoch in progress
    int64_t batch = 0;      // next batch of that epoch
    int64_t global_step = 0;
    LossAccumulator partial;  // sums of the epoch in progress
};

Trainer::Trainer(RunFolder run, DatasetSplits data)
    : run_(std::move(run)), data_(std::move(data)), state_(std::make_unique<State>()) {
    const Preset& p = run_.config().preset;
    validate(data_.train);
    const auto check = p.model.modality == "series" ? checkSeriesCompatible : checkCompatible;
    check(data_.train, p.model, p.name);
    if (data_.test.size() > 0)
        check(data_.test, p.model, p.name);
    state_->device = resolveDevice(p.train.device);
}

Trainer::~Trainer() = default;

DbseModel Trainer::model() const {
    return state_->model ? DbseModel(std::dynamic_pointer_cast<DbseModelImpl>(state_->model->network())) : nullptr;
}

SeriesModel Trainer::seriesModel() const {
    return state_->model ? SeriesModel(std::dynamic_pointer_cast<SeriesModelImpl>(state_->model->network())) : nullptr;
}

void Trainer::saveCheckpointAt(int epoch, int64_t batch, const LossSummary& partial) {
    CheckpointHeader h;
    h.epoch = epoch;
    h.batch = batch;
    h.global_step = state_->global_step;
    h.run_config = run_.config();
    LossAccumulator acc;
    acc.sum = partial;
    if (batch > 0)
        h.epoch_accumulator = acc.toJson();
    saveCheckpoint(run_.checkpointPath(), h, *state_->model->network(), state_->optimizer.get());
}

LossSummary Trainer::validationPass(int epoch) {
    const Preset& p = run_.config().preset;
    torch::nn::Module& model = *state_->model->network();
    const bool was_training = model.is_training();
    model.eval();
    torch::NoGradGuard no_grad;
    // Own generator: validation never perturbs the training random stream.
    torch::Generator generator = at::make_generator<at::CPUGeneratorImpl>(p.train.seed * 1000003ull + epoch);
    const int anchor = p.model.anchor.inferenceIndex(state_->model->anchorPositions());
    std::vector<int64_t> order(static_cast<size_t>(data_.test.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int64_t>(i);
    BatchPrefetcher batches(data_.test, std::move(order), p.train.batch, /*drop_last=*/false, state_->device);
    LossAccumulator acc;
    while (auto b = batches.next()) {
        acc.add(valuesOf(state_->model->loss(b->x, b->missing, anchor, {}, &generator), b->x.size(0)));
    }
    model.train(was_training);
    return acc.mean();
}

TrainResult Trainer::run(const TrainerCallbacks& callbacks) {
    const Preset& p = run_.config().preset;
    const TrainConfig& tc = p.train;
    State& s = *state_;
    if (tc.threads > 0)
        setIntraOpThreads(tc.threads);

    // Fresh start: seeded init. Resume: everything from the checkpoint.
    torch::manual_seed(tc.seed);
    s.model = makeTrainableModel(p);
    torch::nn::Module& network = *s.model->network();
    network.to(s.device);
    s.optimizer = std::make_unique<torch::optim::Adam>(
        network.parameters(), torch::optim::AdamOptions(tc.lr).betas(std::make_tuple(tc.beta1, tc.beta2)));
    const bool writes = !group_ || group_->isMain();
    if (run_.hasCheckpoint()) {
        CheckpointHeader h = loadCheckpoint(run_.checkpointPath(), network, s.optimizer.get(), /*restore_rng=*/true);
        s.epoch = h.epoch;
        s.batch = h.batch;
        s.global_step = h.global_step;
        s.partial = LossAccumulator::fromJson(h.epoch_accumulator);
        if (writes)
            run_.truncateMetrics(s.epoch);
    } else if (writes) {
        run_.truncateMetrics(0);
    }
    const int world = group_ ? group_->worldSize() : 1;
    if (group_) {
        group_->broadcastState(network);
        if (group_->rank() > 0)  // noise of its own, the same on every start at this step
            torch::manual_seed(tc.seed * 1000003ull + static_cast<uint64_t>(group_->rank()) * 7919ull +
                               static_cast<uint64_t>(s.global_step));
    }
    network.train();

    const int64_t batches = group_ ? static_cast<int64_t>(data_.train.size()) / (tc.batch * world)
                                   : batchesPerEpoch(data_.train.size(), tc.batch, tc.drop_last);
    if (batches == 0)
        throw std::invalid_argument("dataset '" + data_.train.name + "' has " + std::to_string(data_.train.size()) +
                                    " sequences, fewer than one batch of " + std::to_string(tc.batch * world));
    const int anchor_positions = s.model->anchorPositions();
    double recent_seq_per_s = 0;
    const auto checkpoint = [&](int epoch, int64_t batch, const LossSummary& partial) {
        if (writes)
            saveCheckpointAt(epoch, batch, partial);
        if (callbacks.on_checkpoint)
            callbacks.on_checkpoint(epoch, batch);
    };
    const auto cancelRequested = [&] { return callbacks.cancel && callbacks.cancel->load(); };
    bool stop_everywhere = false;  // data-parallel: some process was asked to stop (agreed each step)
    const auto cancelled = [&] { return group_ ? stop_everywhere : cancelRequested(); };
    const std::string cancelled_message =
        "training cancelled; checkpoint saved in " + run_.checkpointPath() + " (resume with --resume)";

    for (; s.epoch < tc.epochs; ++s.epoch, s.batch = 0, s.partial = {}) {
        const auto epoch_start = Clock::now();
        const int64_t first_batch = s.batch;
        const double lr = learningRate(tc, s.epoch);
        for (auto& group : s.optimizer->param_groups())
            static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
        const KlScale kl = klScale(tc, s.epoch);

        std::vector<int64_t> order = epochOrder(data_.train.size(), tc.seed, s.epoch);
        if (group_)
            order = DataParallel::shard(order, tc.batch, group_->rank(), world);
        BatchPrefetcher prefetcher(data_.train, std::move(order), tc.batch, tc.drop_last || group_, s.device, s.batch);
        while (true) {
            const auto step_start = Clock::now();
            std::optional<PreparedBatch> b = prefetcher.next();
            if (!b)
                break;
            const int anchor = p.model.anchor.resolve(anchor_positions, anchorDraw(tc.seed, s.epoch, b->index));
            s.optimizer->zero_grad();
            LossTerms terms = s.model->loss(b->x, b->missing, anchor, kl, nullptr);
            LossSummary batch_terms = valuesOf(terms, b->x.size(0));
            if (group_)
                batch_terms = agreeOnStep(*group_, batch_terms, cancelRequested(), stop_everywhere);
            const double loss = batch_terms.total;
            if (!finite(loss)) {
                std::ostringstream msg;
                msg << "training stopped: the loss became " << loss << " at epoch " << s.epoch + 1 << ", batch "
                    << b->index + 1 << ". "
                    << (run_.hasCheckpoint() ? "The last good checkpoint is kept in " + run_.checkpointPath() + "."
                                             : std::string("No checkpoint had been written yet."))
                    << " Try a lower learning rate (train.lr).";
                return {TrainOutcome::Diverged, s.epoch, msg.str()};
            }
            terms.total.backward();
            if (group_)
                group_->averageGradients(network);
            s.optimizer->step();
            s.partial.add(batch_terms);
            ++s.global_step;
            s.batch = b->index + 1;

            const double step_seconds = secondsSince(step_start);
            const double seq_per_s = static_cast<double>(batch_terms.sequences) / std::max(1e-9, step_seconds);
            recent_seq_per_s = recent_seq_per_s == 0 ? seq_per_s : 0.9 * recent_seq_per_s + 0.1 * seq_per_s;
            if (callbacks.on_step) {
                StepProgress progress;
                progress.epoch = s.epoch;
                progress.epochs = tc.epochs;
                progress.batch = s.batch;
                progress.batches = batches;
                progress.global_step = s.global_step;
                progress.loss = loss;
                progress.batch_terms = batch_terms;
                progress.seq_per_s = recent_seq_per_s;
                const double steps_left = static_cast<double>(batches - s.batch) +
                                          static_cast<double>(tc.epochs - s.epoch - 1) * static_cast<double>(batches);
                progress.eta_seconds = steps_left * tc.batch * world / std::max(1e-9, recent_seq_per_s);
                callbacks.on_step(progress);
            }
            while (true) {
                if (cancelled()) {
                    checkpoint(s.epoch, s.batch, s.partial.sum);
                    return {TrainOutcome::Cancelled, s.epoch, cancelled_message};
                }
                if (group_)
                    break;
                if (callbacks.save_now && callbacks.save_now->exchange(false))
                    checkpoint(s.epoch, s.batch, s.partial.sum);
                if (!callbacks.hold || !callbacks.hold())
                    break;
            }
        }

        EpochSummary summary;
        summary.epoch = s.epoch + 1;
        summary.lr = lr;
        summary.train = s.partial.mean();
        summary.seconds = secondsSince(epoch_start);
        const int64_t trained = (batches - first_batch) * tc.batch * world;
        summary.seq_per_s = static_cast<double>(trained) / std::max(1e-9, summary.seconds);
        const bool last = s.epoch + 1 == tc.epochs;
        if (writes && data_.test.size() > 0 && ((s.epoch + 1) % tc.eval_every == 0 || last))
            summary.validation = validationPass(s.epoch);

        nlohmann::json line = {{"epoch", summary.epoch}, {"lr", summary.lr}, {"train", toJson(summary.train)},
                               {"seconds", summary.seconds}, {"seq_per_s", summary.seq_per_s},
                               {"global_step", s.global_step}};
        if (summary.validation)
            line["validation"] = toJson(*summary.validation);
        if (writes)
            run_.appendMetrics(line);
        if ((s.epoch + 1) % tc.checkpoint_every == 0 || last)
            checkpoint(s.epoch + 1, 0, {});
        if (callbacks.on_epoch)
            callbacks.on_epoch(summary);
        if (cancelled() && !last) {
            if ((s.epoch + 1) % tc.checkpoint_every != 0)
                checkpoint(s.epoch + 1, 0, {});
            return {TrainOutcome::Cancelled, s.epoch + 1, cancelled_message};
        }
    }
    return {TrainOutcome::Finished, tc.epochs, "training finished: " + std::to_string(tc.epochs) + " epochs"};
}

}  // namespace dbse
