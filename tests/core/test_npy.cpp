// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// .npy reading and writing, and refusal of malformed or oversized files.

#include "core/data/npy.h"
#include "core/util/atomic_file.h"
#include "test_support.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

using namespace dbse;

namespace {

std::string npyWithHeader(const std::string& header, const std::string& data = "") {
    std::string bytes("\x93NUMPY\x01\x00", 8);
    bytes += static_cast<char>(header.size() & 0xff);
    bytes += static_cast<char>(header.size() >> 8);
    return bytes + header + data;
}

std::string readError(const std::string& path, NpyLimits limits = {}) {
    return test::runtimeErrorOf([&] { readNpy(path, limits); });
}

}  // namespace

TEST(Npy, RoundTripsEverySupportedType) {
    test::ScratchDir dir;
    torch::manual_seed(0);
    const std::vector<torch::Tensor> tensors = {
        torch::randint(0, 255, {2, 3, 4}, torch::kByte), torch::randint(-5, 5, {7}, torch::kLong),
        torch::randn({3, 2}), torch::randn({1, 1, 2}, torch::kDouble), torch::zeros({0, 3})};
    for (size_t i = 0; i < tensors.size(); ++i) {
        const std::string path = dir / ("t" + std::to_string(i) + ".npy");
        writeNpy(path, tensors[i]);
        const torch::Tensor back = readNpy(path);
        EXPECT_EQ(back.scalar_type(), tensors[i].scalar_type()) << i;
        EXPECT_TRUE(torch::equal(back, tensors[i])) << i;
    }
    // Header length is padded so the data starts at a multiple of 64 bytes.
    writeNpy(dir / "x.npy", torch::ones({3}));
    EXPECT_EQ((readFile(dir / "x.npy").size() - 12) % 64, 0u);
}

TEST(Npy, MalformedFilesNameTheProblem) {
    test::ScratchDir dir;
    const std::string path = dir / "bad.npy";
    writeFileAtomically(path, "hello");
    EXPECT_NE(readError(path).find("bad magic"), std::string::npos);

    writeFileAtomically(path, npyWithHeader("{'descr': '<c16', 'fortran_order': False, 'shape': (2,), }\n",
                                            std::string(32, '\0')));
    EXPECT_NE(readError(path).find("unsupported dtype '<c16'"), std::string::npos) << readError(path);

    writeFileAtomically(path, npyWithHeader("{'descr': '<f4', 'fortran_order': True, 'shape': (2,), }\n",
                                            std::string(8, '\0')));
    EXPECT_NE(readError(path).find("Fortran"), std::string::npos);

    writeFileAtomically(path, npyWithHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }\n",
                                            std::string(8, '\0')));
    EXPECT_NE(readError(path).find("does not match the shape"), std::string::npos) << readError(path);

    writeFileAtomically(path, npyWithHeader("{'descr': '<f4', 'fortran_order': False, }\n"));
    EXPECT_NE(readError(path).find("no 'shape'"), std::string::npos);

    EXPECT_NE(readError(dir / "missing.npy").find("cannot open"), std::string::npos);
}

TEST(Npy, HugeShapesAreRefusedBeforeAllocating) {
    test::ScratchDir dir;
    const std::string path = dir / "huge.npy";
    writeFileAtomically(path, npyWithHeader("{'descr': '<f4', 'fortran_order': False, "
                                            "'shape': (100000, 100000, 100000), }\n"));
    EXPECT_NE(readError(path).find("larger than the limit"), std::string::npos) << readError(path);
    writeNpy(path, torch::ones({64}));
    EXPECT_NE(readError(path, NpyLimits{100}).find("larger than the limit"), std::string::npos);
}
