// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/video_codec.h"

#include "core/model/fast_conv_transpose.h"
#include "core/model/recompute.h"

#include <torch/torch.h>

namespace dbse {
namespace nn = torch::nn;
namespace {

constexpr double kLeakySlope = 0.2;
// Layers per block (convolution, BatchNorm, activation): the unit of recomputation.
constexpr size_t kLayersPerBlock = 3;

void addConvBlock(nn::Sequential& seq, int in, int out, int stride, int padding) {
    seq->push_back(nn::Conv2d(nn::Conv2dOptions(in, out, 4).stride(stride).padding(padding)));
    seq->push_back(nn::BatchNorm2d(out));
    seq->push_back(nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(kLeakySlope)));
}

void addConvTBlock(nn::Sequential& seq, int in, int out, int stride, int padding) {
    seq->push_back(FastConvTranspose2d(nn::ConvTranspose2dOptions(in, out, 4).stride(stride).padding(padding)));
    seq->push_back(nn::BatchNorm2d(out));
    seq->push_back(nn::LeakyReLU(nn::LeakyReLUOptions().negative_slope(kLeakySlope)));
}

// layers(x); with `recompute`, block by block, keeping only each block's input for backward.
torch::Tensor runLayers(nn::Sequential layers, torch::Tensor x, bool recompute) {
    if (!recompute)
        return layers->forward(x);
    for (size_t begin = 0; begin < layers->size(); begin += kLayersPerBlock) {
        const size_t end = std::min(begin + kLayersPerBlock, layers->size());
        std::vector<std::shared_ptr<nn::Module>> modules;
        for (size_t i = begin; i < end; ++i)
            modules.push_back(layers->ptr(i));
        auto block = [impl = layers.ptr(), begin, end](const torch::Tensor& in) {
            torch::Tensor out = in;
            for (auto layer = impl->begin() + begin; layer != impl->begin() + end; ++layer)
                out = layer->forward(out);
            return out;
        };
        x = runRecomputingInBackward(block, std::move(modules), x);
    }
    return x;
}

}  // namespace

DcganFrameEncoder::DcganFrameEncoder(const ModelConfig& c) {
    const int w = c.base_channels;
    nn::Sequential seq;
    addConvBlock(seq, c.channels, w, 2, 1);  // 32x32
    addConvBlock(seq, w, 2 * w, 2, 1);       // 16x16
    addConvBlock(seq, 2 * w, 4 * w, 2, 1);   // 8x8
    addConvBlock(seq, 4 * w, 8 * w, 2, 1);   // 4x4
    seq->push_back(nn::Conv2d(nn::Conv2dOptions(8 * w, c.g_dim, 4).stride(1).padding(0)));  // 1x1
    seq->push_back(nn::BatchNorm2d(c.g_dim));
    seq->push_back(nn::Tanh());
    layers_ = register_module("layers", seq);
}

torch::Tensor DcganFrameEncoder::forward(const torch::Tensor& x) {
    const int64_t B = x.size(0), T = x.size(1);
    torch::Tensor frames = x.reshape({B * T, x.size(2), x.size(3), x.size(4)});
    return runLayers(layers_, frames, recompute_ && is_training()).reshape({B, T, -1});
}

ConvTFrameDecoder::ConvTFrameDecoder(const ModelConfig& c) : channels_(c.channels), image_size_(c.image_size) {
    const int w = c.base_channels;
    nn::Sequential seq;
    addConvTBlock(seq, c.z_dim + c.f_dim, 8 * w, 1, 0);  // 4x4
    addConvTBlock(seq, 8 * w, 4 * w, 2, 1);              // 8x8
    addConvTBlock(seq, 4 * w, 2 * w, 2, 1);              // 16x16
    addConvTBlock(seq, 2 * w, w, 2, 1);                  // 32x32
    seq->push_back(FastConvTranspose2d(nn::ConvTranspose2dOptions(w, c.channels, 4).stride(2).padding(1)));
    seq->push_back(nn::Sigmoid());
    layers_ = register_module("layers", seq);
}

torch::Tensor ConvTFrameDecoder::forward(const torch::Tensor& z, const torch::Tensor& f) {
    const int64_t B = z.size(0), T = z.size(1);
    torch::Tensor codes = torch::cat({z, f.unsqueeze(1).expand({B, T, f.size(-1)})}, -1);
    torch::Tensor out = runLayers(layers_, codes.reshape({B * T, -1, 1, 1}), recompute_ && is_training());
    return out.reshape({B, T, channels_, image_size_, image_size_});
}

}  // namespace dbse
