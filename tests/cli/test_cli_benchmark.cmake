# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# `dbse benchmark` on a small CSV series with a tiny preset: variants trained side by side, a
# variant identical to another reused, paper numbers beside ours, a partial run said so, a
# second invocation reusing the runs, and refusals (another configuration, unknown names).
# cmake -DDBSE=<path to dbse> -DWORK=<scratch folder> -P test_cli_benchmark.cmake

include("${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/sensors_fixture.cmake")
set(data "csv:${WORK}/sensors.csv?length=24&stride=12")
set(common --data "${data}" --preset "${WORK}/series.json" --epochs 1 --downstream-epochs 2 --downstream-runs 1
    --repeats 1 --out bench)

# The preset has no subtraction, so no-subtraction trains nothing new.
expect(0 "Partial run.*\\| classification accuracy \\(month\\) ↑ \\| [0-9.]+% \\| 65.87% ± 0.01% \\| Tab. 4 \\|.*## Ablations.*\\| both \\(without both\\) \\| 1 \\| [0-9.]+% \\(48.32%\\) \\|.*\\| no-subtraction \\| `bench/runs/dbse` \\| same configuration as dbse"
       benchmark air-quality ${common} --variants anchor-last,both,no-subtraction)
if(NOT last_output MATCHES "no-subtraction: the same training as dbse")
    message(SEND_ERROR "no-subtraction was not recognised as the same training as dbse")
    math(EXPR failures "${failures} + 1")
endif()
expect_file("${WORK}/bench/report.md")
file(READ "${WORK}/bench/report.json" report)
string(JSON n_variants LENGTH "${report}" variants)
string(JSON second ERROR_VARIABLE json_error GET "${report}" variants 1 name)
string(JSON partial GET "${report}" partial)
if(NOT n_variants EQUAL 4 OR NOT second STREQUAL "no-subtraction" OR NOT partial)
    message(SEND_ERROR "report.json: ${n_variants} variants, the second '${second}', partial ${partial} "
                       "(expected 4 in the canonical order, partial)")
    math(EXPR failures "${failures} + 1")
endif()
foreach(run dbse both anchor-last)
    expect_file("${WORK}/bench/runs/${run}/checkpoint.dbse")
endforeach()
if(EXISTS "${WORK}/bench/runs/no-subtraction")
    message(SEND_ERROR "a run folder was made for a variant identical to dbse")
    math(EXPR failures "${failures} + 1")
endif()

# Again: nothing is retrained.
expect(0 "\\| dbse \\| `bench/runs/dbse` \\| [0-9.]+ s \\(reused\\)" benchmark air-quality ${common} --variants both)
if(last_output MATCHES "epoch 1: loss")
    message(SEND_ERROR "the second benchmark retrained a finished run")
    math(EXPR failures "${failures} + 1")
endif()

expect(1 "bench/runs/dbse holds a run of another configuration" benchmark air-quality --data "${data}"
       --preset "${WORK}/series.json" --epochs 1 --seed 9 --variants dbse --out bench)
expect(1 "unknown benchmark 'mug' \\(one of builtin, sprites, fsdd, etth1, air-quality, physionet\\)" benchmark mug)
expect(1 "--variants: unknown variant 'no-loss'" benchmark builtin --variants no-loss)

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} check(s) failed")
endif()
