#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The GPU check (issue 7, goal 3), one prepared script for a machine with an NVIDIA GPU:
#  1. configures and builds core + CLI + the core unit tests that apply against the LibTorch of
#     the PyTorch found on the machine (no Qt, no OpenCV/FFmpeg);
#  2. runs those unit tests (test_cuda_device compares CUDA with the CPU when a GPU is there);
#  3. `dbse bench train` on the CPU and on the GPU (fp32 at batch 32 and 128, bf16 at 128);
#  4. a short `sprites` training on the GPU when a Sprites subset is at hand;
# and prints one JSON summary as its last line of output (also written to gpu-check.json in $OUT
# when OUT is set, else in the build folder). Steps that cannot run say why in the summary; the script never stops early.
#
# Needs python3 with torch, cmake >= 3.25, ninja (or make) and a C++17 compiler. CLI11,
# nlohmann-json, the zlib header and the googletest sources come from Debian packages when
# installed, else from third_party_carry/ (tests/benchmarks/gpu-check-carry.sh fills it on a
# Debian machine, including the Sprites subset). Environment:
#   DBSE_TORCH_PREFIX   CMake prefix of LibTorch (default: python3's torch.utils.cmake_prefix_path)
#   DBSE_GPU_CHECK_DIR  build folder (default: build/gpu-check)
#   DBSE_JOBS           parallel build jobs (default: all cores)
#   DBSE_BUILD_LIMIT_S  time limit of the build step (default 900; a 2-core machine needs more)
set -uo pipefail
cd "$(dirname "$0")/../.."
readonly source_dir="$PWD"
readonly carry="$source_dir/third_party_carry"
readonly build="${DBSE_GPU_CHECK_DIR:-$source_dir/build/gpu-check}"
readonly jobs="${DBSE_JOBS:-$(nproc)}"
readonly results="$build/gpu-check-results"
readonly started=$(date +%s)
mkdir -p "$results"
rm -f "$results"/*.json

log() { echo "[gpu-check $(( $(date +%s) - started ))s] $*" >&2; }
# note KEY JSON: one field of the summary.
note() { printf '%s' "$2" > "$results/$1.json"; }
quote() { python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$1"; }
# step KEY SECONDS COMMAND...: runs COMMAND under a time limit, records status and time.
step() {
    local key=$1 limit=$2; shift 2
    local begin=$(date +%s) status
    log "$key: $*"
    timeout "$limit" "$@" > "$results/$key.log" 2>&1
    status=$?
    local seconds=$(( $(date +%s) - begin ))
    if [ $status -eq 0 ]; then
        note "${key}_step" "{\"status\": \"ok\", \"seconds\": $seconds}"
    else
        note "${key}_step" "{\"status\": \"failed\", \"exit\": $status, \"seconds\": $seconds, \"log_tail\": $(quote "$(tail -c 1500 "$results/$key.log")")}"
        log "$key failed ($status); see $results/$key.log"
    fi
    return $status
}

# --- what this machine has ------------------------------------------------------------------
torch_prefix="${DBSE_TORCH_PREFIX:-}"
if [ -z "$torch_prefix" ]; then
    torch_prefix=$(python3 -c 'import torch; print(torch.utils.cmake_prefix_path)' 2>/dev/null || true)
fi
python3 - > "$results/machine.json" <<'PY'
import json, os
info = {"cpu_cores": os.cpu_count()}
try:
    import torch
    info.update(torch_version=torch.__version__, torch_cuda=torch.version.cuda,
                cxx11_abi=bool(torch._C._GLIBCXX_USE_CXX11_ABI), cuda_available=torch.cuda.is_available())
    if torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name(0)
        info["gpu_memory_gib"] = round(torch.cuda.get_device_properties(0).total_memory / 2**30, 1)
except Exception as e:  # no PyTorch in python3: DBSE_TORCH_PREFIX names the LibTorch
    info["python_torch"] = str(e)
print(json.dumps(info))
PY

# Header-only dependencies and googletest: the system's, else the carried copies.
prefixes="$torch_prefix"
cmake_args=()
[ -d "$carry/prefix" ] && prefixes="$prefixes;$carry/prefix"
if [ ! -f /usr/include/zlib.h ] && [ -f "$carry/prefix/include/zlib.h" ]; then
    zlib_library=$(ldconfig -p 2>/dev/null | awk '/libz\.so\.1 .*x86-64/ {print $NF; exit}')
    cmake_args+=(-DZLIB_INCLUDE_DIR="$carry/prefix/include" -DZLIB_LIBRARY="${zlib_library:-/lib/x86_64-linux-gnu/libz.so.1}")
fi
if [ ! -f /usr/lib/x86_64-linux-gnu/cmake/GTest/GTestConfig.cmake ] && [ -d "$carry/googletest" ]; then
    abi=$(python3 -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))' 2>/dev/null || echo 1)
    step googletest 300 bash -c "cmake -S '$carry/googletest' -B '$build/googletest' -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_FLAGS=-D_GLIBCXX_USE_CXX11_ABI=$abi -DBUILD_GMOCK=OFF -DCMAKE_INSTALL_PREFIX='$build/googletest-install' \
        && cmake --build '$build/googletest' -j $jobs && cmake --install '$build/googletest'"
    prefixes="$prefixes;$build/googletest-install"
fi
generator=()
command -v ninja > /dev/null && generator=(-G Ninja)

# --- build ----------------------------------------------------------------------------------
unit_tests=(test_config test_model_shapes test_loss test_fast_conv_transpose test_recompute test_operations
            test_checkpoint test_training test_cuda_device)
built=0
if step configure 300 cmake -S "$source_dir" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
        -DDBSE_WITH_GUI=OFF -DDBSE_WITH_MEDIA=OFF -DCMAKE_PREFIX_PATH="$prefixes" "${cmake_args[@]}"; then
    step build "${DBSE_BUILD_LIMIT_S:-900}" cmake --build "$build" -j "$jobs" --target dbse "${unit_tests[@]}" && built=1
fi
dbse="$build/app/cli/dbse"

# --- unit tests -----------------------------------------------------------------------------
if [ $built = 1 ]; then
    step unit_tests 600 ctest --test-dir "$build" --output-on-failure -R "^($(IFS='|'; echo "${unit_tests[*]}"))\$"
    python3 - "$results/unit_tests.log" > "$results/unit_test_counts.json" <<'PY'
import json, re, sys
text = open(sys.argv[1], errors="replace").read()
m = re.search(r"(\d+)% tests passed, (\d+) tests failed out of (\d+)", text)
failed = re.findall(r"\d+ - (\S+) \((Failed|Timeout|SEGFAULT|Subprocess aborted|Exception)\)", text)
print(json.dumps({"passed": int(m.group(3)) - int(m.group(2)), "failed": int(m.group(2)),
                  "failed_names": [n for n, _ in failed]} if m else {"error": "no ctest summary"}))
PY
fi

# --- training benchmarks --------------------------------------------------------------------
cuda_available=$(python3 -c 'import json,sys; print(int(json.load(open(sys.argv[1])).get("cuda_available", False)))' "$results/machine.json")
bench() {  # bench KEY LIMIT ARGS...: one `dbse bench train` JSON line as field KEY
    local key=$1 limit=$2; shift 2
    if step "$key" "$limit" "$dbse" bench train --preset sprites "$@"; then
        note "$key" "$(grep '^{' "$results/$key.log" | tail -1)"
    fi
}
if [ $built = 1 ]; then
    bench bench_cpu_b32 240 --batch 32 --steps 3 --warmup 1 --repeats 3 --device cpu
    if [ "$cuda_available" = 1 ]; then
        bench bench_gpu_b32 180 --batch 32 --steps 20 --warmup 5 --repeats 5 --device cuda
        bench bench_gpu_b128 180 --batch 128 --steps 20 --warmup 5 --repeats 5 --device cuda --activations keep
        bench bench_gpu_b128_bf16 180 --batch 128 --steps 20 --warmup 5 --repeats 5 --device cuda --activations keep --precision bf16
        bench bench_gpu_b128_recompute 180 --batch 128 --steps 20 --warmup 5 --repeats 5 --device cuda --activations recompute
    else
        note bench_gpu "{\"status\": \"skipped\", \"why\": \"torch.cuda.is_available() is false\"}"
    fi
fi

# --- a short Sprites training on the GPU ----------------------------------------------------
sprites="${DBSE_SPRITES_NPY:-$carry/data/sprites-subset.npy}"
if [ ! -f "$sprites" ] && [ -f "$sprites.gz" ]; then
    gzip -dkf "$sprites.gz"
fi
if [ $built = 1 ] && [ "$cuda_available" = 1 ] && [ -f "$sprites" ]; then
    run="$build/sprites-run"
    rm -rf "$run"
    if step sprites_train 300 "$dbse" train --dataset "npy:$sprites" --preset sprites --device cuda \
            --epochs "${DBSE_SPRITES_EPOCHS:-10}" --run "$run"; then
        note sprites_train "$(python3 - "$run/metrics.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(json.dumps({"epochs": len(rows), "first": rows[0], "last": rows[-1]}))
PY
)"
    fi
elif [ $built = 1 ]; then
    note sprites_train "{\"status\": \"skipped\", \"why\": $(quote "needs a GPU and $sprites")}"
fi

# --- summary --------------------------------------------------------------------------------
note total_seconds "$(( $(date +%s) - started ))"
python3 - "$results" <<'PY' | tee "${OUT:-$build}/gpu-check.json"
import glob, json, os, sys
summary = {"check": "gpu"}
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
    key = os.path.basename(path)[:-5]
    try:
        summary[key] = json.load(open(path))
    except ValueError as e:
        summary[key] = {"unreadable": str(e)}
print(json.dumps(summary))
PY
