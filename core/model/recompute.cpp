// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/recompute.h"

#include "core/model/autocast_scope.h"

#include <torch/autograd.h>
#include <torch/custom_class.h>

namespace dbse {
namespace {

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

// What backward needs besides the saved input; travels in the context as a capsule.
struct Stretch : torch::CustomClassHolder {
    std::function<torch::Tensor(const torch::Tensor&)> run;
    std::vector<std::shared_ptr<torch::nn::Module>> modules;
};

// Copies of the modules' buffers, written back on destruction.
class BufferRestorer {
public:
    explicit BufferRestorer(const std::vector<std::shared_ptr<torch::nn::Module>>& modules) {
        for (const auto& module : modules)
            for (torch::Tensor& buffer : module->buffers()) {
                buffers_.push_back(buffer);
                copies_.push_back(buffer.clone());
            }
    }
    ~BufferRestorer() {
        torch::NoGradGuard no_grad;
        for (size_t i = 0; i < buffers_.size(); ++i)
            buffers_[i].copy_(copies_[i]);
    }
    BufferRestorer(const BufferRestorer&) = delete;
    BufferRestorer& operator=(const BufferRestorer&) = delete;

private:
    std::vector<torch::Tensor> buffers_, copies_;
};

class RecomputedStretch : public torch::autograd::Function<RecomputedStretch> {
public:
    // Runs without autograd (Function::apply disables it here); keeps the input only.
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& input, torch::TensorList parameters,
                                 const c10::intrusive_ptr<Stretch>& stretch) {
        ctx->save_for_backward({input});
        ctx->saved_data["stretch"] = c10::IValue::make_capsule(stretch);
        ctx->saved_data["parameters"] = static_cast<int64_t>(parameters.size());
        // The second run computes in the precision of the first (bfloat16 under autocast).
        ctx->saved_data["bf16"] = AutocastScope::current(input.device().type()) == Precision::BFloat16;
        return stretch->run(input);
    }

    // Returns one gradient per input of forward: the input's, each parameter's, none for stretch.
    static variable_list backward(AutogradContext* ctx, variable_list grad_outputs) {
        const torch::Tensor saved = ctx->get_saved_variables()[0];
        const auto parameter_count = static_cast<size_t>(ctx->saved_data["parameters"].toInt());
        if (!grad_outputs[0].defined())  // the output did not reach the loss
            return variable_list(parameter_count + 2);
        const auto stretch = c10::static_intrusive_pointer_cast<Stretch>(ctx->saved_data["stretch"].toCapsule());

        torch::Tensor input = saved.detach().requires_grad_(saved.requires_grad());
        std::vector<torch::Tensor> parameters;
        for (const auto& module : stretch->modules)
            for (const torch::Tensor& p : module->parameters())
                parameters.push_back(p);
        TORCH_CHECK(parameters.size() == parameter_count, "recomputed stretch: parameters changed before backward");

        variable_list wanted;  // what receives a gradient, in the order of `result` below
        if (input.requires_grad())
            wanted.push_back(input);
        for (const torch::Tensor& p : parameters)
            if (p.requires_grad())
                wanted.push_back(p);

        variable_list grads;
        {
            // BatchNorm saves its running statistics for backward, so they are put back only
            // after the gradients have been taken.
            const BufferRestorer restore(stretch->modules);
            torch::Tensor output;
            {
                const torch::AutoGradMode with_grad(true);
                const AutocastScope autocast(input.device().type(),
                                             ctx->saved_data["bf16"].toBool() ? Precision::BFloat16 : Precision::Float32);
                output = stretch->run(input);
            }
            grads = torch::autograd::grad({output}, wanted, {grad_outputs[0]}, /*retain_graph=*/false,
                                          /*create_graph=*/false, /*allow_unused=*/true);
        }
        variable_list result;
        size_t next = 0;
        result.push_back(input.requires_grad() ? grads[next++] : torch::Tensor());
        for (const torch::Tensor& p : parameters)
            result.push_back(p.requires_grad() ? grads[next++] : torch::Tensor());
        result.emplace_back();  // stretch
        return result;
    }
};

}  // namespace

torch::Tensor runRecomputingInBackward(std::function<torch::Tensor(const torch::Tensor&)> run,
                                       std::vector<std::shared_ptr<torch::nn::Module>> modules,
                                       const torch::Tensor& input) {
    std::vector<torch::Tensor> parameters;
    bool records = torch::GradMode::is_enabled() && input.requires_grad();
    for (const auto& module : modules)
        for (const torch::Tensor& p : module->parameters()) {
            parameters.push_back(p);
            records = records || (torch::GradMode::is_enabled() && p.requires_grad());
        }
    if (!records)
        return run(input);
    auto stretch = c10::make_intrusive<Stretch>();
    stretch->run = std::move(run);
    stretch->modules = std::move(modules);
    return RecomputedStretch::apply(input, torch::TensorList(parameters), stretch);
}

}  // namespace dbse
