// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Options in --dataset KIND:PATH?key=value&...

#include "core/data/spec_options.h"
#include "tests/core/test_support.h"

#include <gtest/gtest.h>

using namespace dbse;

TEST(SpecOptions, SplitsThePathFromTypedOptions) {
    SpecOptions o("clips/dir?frames=12&crop=face&rate=0.5");
    EXPECT_EQ(o.path(), "clips/dir");
    EXPECT_EQ(o.integer("frames", 8, 1, 100), 12);
    EXPECT_EQ(o.choice("crop", "center", {"center", "face"}), "face");
    EXPECT_DOUBLE_EQ(o.real("rate", 1.0, 0.0, 1.0), 0.5);
    EXPECT_EQ(o.integer("size", 64, 8, 512), 64);  // default when absent
    EXPECT_NO_THROW(o.finish());
    EXPECT_EQ(o.canonical(), "crop=face&frames=12&rate=0.5&size=64");
}

TEST(SpecOptions, APathWithoutOptionsKeepsItsColonsAndSlashes) {
    SpecOptions o("/data/a:b/file.csv");
    EXPECT_EQ(o.path(), "/data/a:b/file.csv");
    EXPECT_NO_THROW(o.finish());
}

TEST(SpecOptions, RefusesWhatItCannotUse) {
    EXPECT_NE(test::invalidArgumentOf([] { SpecOptions("d?frames"); }).find("key=value"), std::string::npos);
    EXPECT_NE(test::invalidArgumentOf([] { SpecOptions("d?a=1&a=2"); }).find("given twice"), std::string::npos);
    SpecOptions o("d?frames=abc&size=9999&crop=side&typo=1");
    EXPECT_NE(test::invalidArgumentOf([&] { o.integer("frames", 8, 1, 100); }).find("'abc' is not an integer"),
              std::string::npos);
    EXPECT_NE(test::invalidArgumentOf([&] { o.integer("size", 64, 8, 512); }).find("outside [8, 512]"),
              std::string::npos);
    EXPECT_NE(test::invalidArgumentOf([&] { o.choice("crop", "center", {"center", "face"}); })
                  .find("not one of center, face"),
              std::string::npos);
    const std::string unknown = test::invalidArgumentOf([&] { o.finish(); });
    EXPECT_NE(unknown.find("unknown option(s) typo"), std::string::npos) << unknown;
}
