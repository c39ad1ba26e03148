// SPDX-FileCopyrightText: 2026 The DBSE Studio authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// DBSE_MULTIVERSION before a hot function compiles it twice with GCC on x86-64, for AVX2/FMA
// (x86-64-v3) and for the baseline; the loader picks the one the CPU runs. Elsewhere it is a
// plain function. Results may differ in the last bits between the two copies (FMA), never
// between runs on one machine.

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define DBSE_MULTIVERSION [[gnu::target_clones("arch=x86-64-v3", "default")]]
#else
#define DBSE_MULTIVERSION
#endif
