#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fills third_party_carry/ (git-ignored) with what tests/benchmarks/gpu-check.sh needs on a GPU
# machine that has PyTorch but no Debian -dev packages: the CLI11, nlohmann-json and zlib headers
# with their CMake package files, the googletest sources, and a subset of Sprites as .npy (made
# with `dbse data export` from the LPC sprite layers). Run it on Debian 12 after
# packaging/install-deps-debian.sh and a build; then copy or carry third_party_carry/ along.
# Environment: DBSE (the dbse to export with), DBSE_SPRITES_DIR (the layers),
# DBSE_SPRITES_COUNT (sequences to keep, default 2000).
set -euo pipefail
cd "$(dirname "$0")/../.."
readonly carry=third_party_carry
readonly dbse="${DBSE:-build/release/app/cli/dbse}"
readonly sprites="${DBSE_SPRITES_DIR:-../shared/data/lpc-sprites}"
readonly count="${DBSE_SPRITES_COUNT:-2000}"

rm -rf "$carry"
mkdir -p "$carry/prefix/include" "$carry/prefix/share/cmake" "$carry/data"
cp -r /usr/include/CLI /usr/include/nlohmann /usr/include/zlib.h /usr/include/zconf.h "$carry/prefix/include/"
cp -r /usr/share/cmake/CLI11 /usr/share/cmake/nlohmann_json "$carry/prefix/share/cmake/"
cp -r /usr/src/googletest "$carry/googletest"
if [ -d "$sprites" ]; then
    "$dbse" data export --dataset "sprites:$sprites" --split all --count "$count" --out "$carry/data/sprites-subset.npy"
    gzip -f "$carry/data/sprites-subset.npy"
else
    echo "no LPC sprite layers at $sprites: the GPU check will skip its Sprites training" >&2
fi
du -sh "$carry"
