# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The `dbse` command line as a user meets it: exit codes, messages and files written.
# cmake -DDBSE=<path to dbse> -DWORK=<scratch folder> -P test_cli.cmake

include("${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake")

# Info and presets.
expect(0 "\"parameters\": 14900163" info --preset sprites --json)
expect(0 "\"parameters\": 8784515" info --preset mug --json)
expect(0 "presets: .*quick" info)
expect(0 "\"malloc\": \"(heap up to 1 GiB)" info --json)
expect(1 "unknown preset 'nope'" info --preset nope)
expect(106 "subcommand" )

# OpenBLAS's kernels: never its oldest fallbacks on a CPU with AVX2 (dbse restarts itself with
# OPENBLAS_CORETYPE set when OpenBLAS picked one; CTest sets the variable, so unset it here).
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=OPENBLAS_CORETYPE "${DBSE}" info --json
    WORKING_DIRECTORY "${WORK}" OUTPUT_VARIABLE info_json RESULT_VARIABLE rc)
string(JSON blas_kernels ERROR_VARIABLE no_kernels GET "${info_json}" blas_kernels)
file(READ /proc/cpuinfo cpuinfo)
if(NOT rc EQUAL 0)
    message(SEND_ERROR "dbse info --json failed (${rc})")
    math(EXPR failures "${failures} + 1")
elseif(cpuinfo MATCHES "[ \t]avx2[ \t\n]" AND blas_kernels MATCHES "^(prescott|core2|penryn|dunnington|nehalem|atom)$")
    message(SEND_ERROR "OpenBLAS runs its ${blas_kernels} kernels on a CPU with AVX2")
    math(EXPR failures "${failures} + 1")
endif()

# Errors name the problem and exit non-zero.
expect(1 "expected KIND:PATH" train --dataset shapes --run bad1)
expect(1 "unknown kind 'movies'" train --dataset movies:/x --run bad2)
expect(1 "builtin dataset 'cubes' does not exist" train --dataset builtin:cubes --run bad3)
expect(1 "nope.npy: no such file" train --dataset "npy:${WORK}/nope.npy" --run bad7)
foreach(dir bad1 bad2 bad3 bad7)  # a dataset that does not load leaves no run folder behind
    if(EXISTS "${WORK}/${dir}")
        message(SEND_ERROR "a failed train left the run folder ${dir}")
        math(EXPR failures "${failures} + 1")
    endif()
endforeach()
expect(1 "on-error 'maybe': expected stop or skip" train --on-error maybe --run bad8)
expect(1 "option 'colour' given twice" data info --dataset "builtin:shapes?colour=1&colour=2")
expect(1 "unknown option\\(s\\) frames" data info --dataset "npy:${WORK}/x.npy?frames=3")
expect(1 "nowhere: not a folder of LPC sprite layers|unknown kind 'sprites'" data info --dataset "sprites:${WORK}/nowhere")
expect(0 "\"sequences\": 3000" data info --dataset builtin:shapes --json)
expect(0 "static  label shape: 6 classes" data info --dataset builtin:shapes)
expect(1 "--ablation|ablation: 'half'" train --ablation half --run bad4)
expect(1 "not a run folder" swap --run "${WORK}/nothing" --a 0 --b 1 --out x.png)
expect(1 "--resume needs --run" train --resume)
expect(1 "CUDA|cuda" train --device cuda --run bad5 --epochs 1)

# A small preset file: train one epoch, swap, sample, resume.
file(WRITE "${WORK}/tiny.json" [[{
  "name": "tiny",
  "model": { "base_channels": 4, "g_dim": 16, "rnn_size": 12, "f_dim": 6, "z_dim": 5 },
  "train": { "batch": 100, "epochs": 1, "threads": 2 }
}]])
expect(1 "unknown preset .*broken.json" train --preset "${WORK}/broken.json" --run bad6)
file(WRITE "${WORK}/broken.json" [[{ "train": { "lr": "fast" } }]])
expect(1 "broken.json: train.lr: has the wrong type" train --preset "${WORK}/broken.json" --run bad6)

expect(0 "training finished: 1 epochs" train --preset "${WORK}/tiny.json" --run run --seed 3)
expect_file("${WORK}/run/config.json")
expect_file("${WORK}/run/metrics.jsonl")
expect_file("${WORK}/run/checkpoint.dbse")
expect(1 "already holds a run" train --preset "${WORK}/tiny.json" --run run)
expect(1 "--lr cannot change a run being resumed" train --run run --resume --lr 0.1)
expect(0 "training finished: 2 epochs" train --run run --resume --epochs 2)
file(STRINGS "${WORK}/run/metrics.jsonl" lines)
list(LENGTH lines n)
if(NOT n EQUAL 2)
    message(SEND_ERROR "expected 2 metrics lines after resuming to 2 epochs, got ${n}")
endif()

expect(0 "swap.(png|npy)" swap --run run --a 0 --b 3 --out swap.png)
expect(0 "sample.npy" sample --run run --fix static --index 2 --count 3 --out sample.npy)
expect(0 "dyn.(png|npy)" sample --run run --fix dynamic --index 2 --count 2 --out dyn.png)
expect(0 "swap.(gif|npy)" swap --run run --a 0 --b 3 --out swap.gif)
expect(0 "dyn.(mp4|npy)" sample --run run --fix dynamic --index 2 --count 2 --out dyn.mp4)
expect(1 "--a: 99999 is outside" swap --run run --a 99999 --b 0 --out x.png)
expect(1 "unsupported output type '.bmp' for video runs \\(use .png, .gif, .mp4 or .npy\\)" swap --run run --a 0 --b 1 --out x.bmp)
expect(0 "\"from_s\"" probe --run run --json)

expect(0 "latent tests \\(repeats: 1.*shape +static +from s +[0-9.]+% ± 0.00.*leakage gap \\(static_features\\)"
       eval --run run --protocol latent --repeats 1 --out eval.json)
expect_file("${WORK}/eval.json")
expect(1 "--protocol: 'judge' is not one of generation, latent, eer, downstream, all" eval --run run --protocol judge)
expect(0 "t-SNE of 600 x [0-9]+ points .*written to map.csv" tsne --run run --codes dynamic --out map.csv)
file(STRINGS "${WORK}/map.csv" map_lines)
list(LENGTH map_lines map_count)
list(GET map_lines 0 map_header)
if(NOT map_count EQUAL 601 OR NOT map_header STREQUAL "index,x,y,motion")
    message(SEND_ERROR "map.csv: header '${map_header}', ${map_count} lines (expected index,x,y,motion and 600 points)")
    math(EXPR failures "${failures} + 1")
endif()
expect(1 "--label: 'mood' is not a label of builtin:shapes/test \\(shape, colour, background, motion\\)"
       tsne --run run --label mood --out map2.csv)
expect(1 "give either --input X.npy or --run DIR" tsne --out map3.csv)

# A corrupted checkpoint is refused with its name.
file(WRITE "${WORK}/run/checkpoint.dbse" "garbage")
expect(1 "checkpoint.dbse: not a DBSE checkpoint" swap --run run --a 0 --b 1 --out y.png)

expect(0 "\"seq_per_s\"" bench train --preset "${WORK}/tiny.json" --batch 4 --steps 1 --warmup 0 --repeats 1 --threads 1)
expect(0 "\"recompute_activations\":true" bench train --preset "${WORK}/tiny.json" --batch 4 --steps 1 --warmup 0 --repeats 1 --threads 1 --activations recompute)
expect(1 "activations: 'sometimes' is not one of auto, keep, recompute" bench train --preset "${WORK}/tiny.json" --activations sometimes)

# Memory and precision settings of a new run land in its config.json; a resume keeps them.
expect(0 "training finished: 1 epochs" train --preset "${WORK}/tiny.json" --run lean --activations recompute --precision bf16)
file(READ "${WORK}/lean/config.json" lean_config)
if(NOT lean_config MATCHES "\"activations\": \"recompute\"" OR NOT lean_config MATCHES "\"precision\": \"bf16\"")
    message(SEND_ERROR "lean/config.json lacks activations/precision:\n${lean_config}")
    math(EXPR failures "${failures} + 1")
endif()
expect(1 "--precision applies to new runs" train --run lean --resume --precision fp32)
expect(1 "precision: 'fp16' is not one of fp32, bf16" train --preset "${WORK}/tiny.json" --run bad9 --precision fp16)

# Export a dataset for the npy: kind and read it back.
expect(0 "wrote 20 of 40 sequences to clips.npy" data export --dataset "builtin:shapes?train=40&test=10" --count 20 --out clips.npy)
expect_file("${WORK}/clips.static.colour.npy")
expect_file("${WORK}/clips.dynamic.motion.npy")
expect(0 "\"sequences\": 2[^0-9].*\"sequences\": 18[^0-9].*\"name\": \"colour\"" data info --dataset "npy:${WORK}/clips.npy" --json)
expect(1 "--out: 'clips.png' must end in .npy" data export --out clips.png)

file(WRITE "${WORK}/data.npy" "")
expect(1 "data.npy" bench data --dataset "npy:${WORK}/data.npy")
expect(0 "\"reload_s\":[0-9.e-]+.*\"sequences\":{\"test\":[0-9]+,\"train\":[0-9]+}" bench data --dataset builtin:shapes)

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} CLI expectation(s) failed")
endif()
