# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# `dbse` on a time series: a CSV written here, a series preset file, train, resume, probe,
# the downstream classification, swap and sample written as CSV in the CSV's own units, and CSV
# errors.
# cmake -DDBSE=<path to dbse> -DWORK=<scratch folder> -P test_cli_series.cmake

include("${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake")
include("${CMAKE_CURRENT_LIST_DIR}/sensors_fixture.cmake")

expect(0 "training finished: 1 epochs" train --dataset "csv:${WORK}/sensors.csv?length=24&stride=12"
       --preset "${WORK}/series.json" --run run)
expect(0 "training finished: 2 epochs" train --run run --resume --epochs 2)
expect(0 "month +static +[0-9.]+% +[0-9.]+%" probe --run run --split train)
expect(0 "classification +target month .*accuracy +[0-9.]+% ± [0-9.]+ +\\(chance 8.33%\\)"
       eval --run run --protocol downstream --downstream-epochs 2 --downstream-runs 1 --out downstream.json)
file(READ "${WORK}/downstream.json" downstream_json)
if(NOT downstream_json MATCHES "\"task\": \"classification\"")
    message(SEND_ERROR "downstream.json has no classification task: ${downstream_json}")
    math(EXPR failures "${failures} + 1")
endif()
expect(0 "swap.csv" swap --run run --a 0 --b 1 --out swap.csv)
file(STRINGS "${WORK}/swap.csv" swap_lines)
list(LENGTH swap_lines swap_count)
list(GET swap_lines 0 header)
if(NOT header STREQUAL "series,step,temp,flow" OR NOT swap_count EQUAL 97)
    message(SEND_ERROR "swap.csv: header '${header}', ${swap_count} lines (expected 1 + 4 rows x 24 steps)")
    math(EXPR failures "${failures} + 1")
endif()
# Row "a" is sequence 0 of the test split in the CSV's units: temps are raw row numbers + 0.5.
list(GET swap_lines 1 first_a)
if(NOT first_a MATCHES "^a,0,[0-9]+\\.5,[0-9]+$")
    message(SEND_ERROR "swap.csv: first line of row a is '${first_a}', expected the original values")
    math(EXPR failures "${failures} + 1")
endif()
if(NOT swap_lines MATCHES "static-b\\+dynamic-a,23,")
    message(SEND_ERROR "swap.csv has no last step of row static-b+dynamic-a")
    math(EXPR failures "${failures} + 1")
endif()
expect(0 "sample.npy" sample --run run --fix static --index 0 --count 3 --out sample.npy)
expect_file("${WORK}/sample.npy")
expect(0 "sample.csv" sample --run run --fix dynamic --index 0 --count 2 --out sample.csv)
expect(1 "unsupported output type '.gif' for series runs \\(use .csv or .npy\\)" swap --run run --a 0 --b 1
       --out swap.gif)
expect(0 "series of 672 steps x 6 features" info --preset etth1)
expect(1 "expects float series \\[N, 24, 2\\]" train --dataset "csv:${WORK}/sensors.csv?length=24&columns=temp"
       --preset "${WORK}/series.json" --run bad1)
file(WRITE "${WORK}/ragged.csv" "date,temp\n2021-01-01 00:00,1\n2021-01-01 01:00,2,3\n")
expect(1 "ragged.csv: line 3 has 3 cells" train --dataset "csv:${WORK}/ragged.csv" --preset "${WORK}/series.json"
       --run bad2)

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} check(s) failed")
endif()
