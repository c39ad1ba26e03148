#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds core + CLI against LibTorch 2.x and runs the unit tests of the GPU check there, on a
# Debian 12 machine whose own LibTorch is 1.13: makes a Debian 13 (trixie) chroot with its
# PyTorch 2.6 (python3-torch) from Debian's archive, mounts this source tree in it and runs
# tests/benchmarks/gpu-check.sh inside, which finds LibTorch through python3's torch as on any
# machine with PyTorch installed (no GPU here: the GPU parts are skipped, saying so).
# The summary JSON is the last line of output. The source tree keeps its path in the chroot.
#
# Needs root (debootstrap, mount, chroot) and network to deb.debian.org. Environment:
#   DBSE_TORCH2_ROOT   the chroot (default /srv/dbse-trixie; made once, reused)
#   DBSE_GPU_CHECK_DIR the build (default build/torch2-trixie)
#   DBSE_JOBS          parallel build jobs (default: all cores)
set -euo pipefail
readonly source_dir=$(cd "$(dirname "$0")/.." && pwd)
readonly root=${DBSE_TORCH2_ROOT:-/srv/dbse-trixie}
readonly packages="python3 python3-torch libtorch-dev cmake ninja-build g++ libcli11-dev nlohmann-json3-dev zlib1g-dev libgtest-dev libgloo-dev"

if [ "$(id -u)" -ne 0 ]; then
    echo "$0: needs root (debootstrap, mount, chroot)" >&2
    exit 2
fi
command -v debootstrap > /dev/null || { apt-get update -qq && apt-get install -y -q debootstrap; }
[ -x "$root/usr/bin/apt-get" ] || debootstrap --variant=minbase trixie "$root" http://deb.debian.org/debian

mounts=()
unmount_all() {
    local i
    for (( i = ${#mounts[@]} - 1; i >= 0; i-- )); do umount "${mounts[i]}" || true; done
}
trap unmount_all EXIT
bind() {  # bind HOST_PATH CHROOT_PATH, unless something is mounted there already
    mkdir -p "$root$2"
    mountpoint -q "$root$2" && return 0
    mount --bind "$1" "$root$2"
    mounts+=("$root$2")
}
bind /proc /proc
bind /dev /dev
bind /sys /sys
bind "$source_dir" "$source_dir"
cp /etc/resolv.conf "$root/etc/resolv.conf"

chroot "$root" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $packages > /dev/null"
chroot "$root" env DBSE_GPU_CHECK_DIR="${DBSE_GPU_CHECK_DIR:-$source_dir/build/torch2-trixie}" \
    DBSE_JOBS="${DBSE_JOBS:-$(nproc)}" DBSE_BUILD_LIMIT_S="${DBSE_BUILD_LIMIT_S:-7200}" \
    bash "$source_dir/tests/benchmarks/gpu-check.sh"
