#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what DBSE Studio needs to build, test and run on Debian 12 (bookworm). Idempotent:
# only missing packages are installed, and nothing is downloaded when all are present.
# Elevates with sudo when not run as root.
#
# It also makes sure an optimised BLAS serves libblas.so.3: Debian's libtorch links it, and
# with the reference BLAS its matrix products are about 30 times slower.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config ccache git
    # core: LibTorch (CPU), optimised BLAS, JSON, CLI parsing, zlib, tests
    libtorch-dev libopenblas0-openmp nlohmann-json3-dev libcli11-dev zlib1g-dev libgtest-dev libgloo-dev
    # media: OpenCV (+ Haar cascades) and FFmpeg
    libopencv-dev opencv-data libavformat-dev libavcodec-dev libswscale-dev libswresample-dev libavutil-dev
    # GUI: Qt 6 Widgets, Linguist, Multimedia, QCustomPlot; fonts for offscreen rendering
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-multimedia-dev qt6-svg-dev libqcustomplot-dev
    libgl-dev fonts-dejavu-core xvfb xauth
    # sanitizer and fuzzing builds (presets sanitize, tsan): clang with its sanitizer and
    # libFuzzer runtimes
    clang libclang-rt-14-dev
    # packaging: PNG icons from the SVG, dpkg-shlibdeps for the .deb's Depends, and its checks
    librsvg2-bin dpkg-dev desktop-file-utils appstream
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "install-deps-debian.sh: run as root (no sudo found)" >&2
        exit 1
    fi
}

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    echo "All build dependencies are installed."
fi

# libblas.so.3 must resolve to OpenBLAS, not the reference implementation.
blas_link=libblas.so.3-$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)
openblas=$(update-alternatives --list "$blas_link" 2>/dev/null | grep openblas | head -n 1 || true)
current=$(readlink -f "/etc/alternatives/$blas_link" 2>/dev/null || true)
if [ -n "$openblas" ] && [ "$current" != "$(readlink -f "$openblas")" ]; then
    echo "Selecting $openblas for $blas_link"
    as_root update-alternatives --set "$blas_link" "$openblas"
fi
echo "BLAS: $(readlink -f "/etc/alternatives/$blas_link" 2>/dev/null || echo unknown)"
