# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# `dbse` on a time series: a CSV written here, a series preset file, train, resume, the
# commands that refuse series runs, and CSV errors.
# cmake -DDBSE=<path to dbse> -DWORK=<scratch folder> -P test_cli_series.cmake

include("${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake")

# 400 hourly rows of two sensors, one cell missing.
set(csv "date,temp,flow\n")
foreach(r RANGE 0 399)
    math(EXPR day "1 + ${r} / 24")
    math(EXPR hour "${r} % 24")
    math(EXPR flow "(${r} * 7) % 13")
    if(day LESS 10)
        set(day "0${day}")
    endif()
    if(hour LESS 10)
        set(hour "0${hour}")
    endif()
    if(r EQUAL 30)
        string(APPEND csv "2021-01-${day} ${hour}:00,NA,${flow}\n")
    else()
        string(APPEND csv "2021-01-${day} ${hour}:00,${r}.5,${flow}\n")
    endif()
endforeach()
file(WRITE "${WORK}/sensors.csv" "${csv}")
file(WRITE "${WORK}/series.json" [[{
  "name": "sensors",
  "model": { "modality": "series", "frames": 24, "features": 2, "window": 6, "anchor": "first",
             "subtract_anchor": false, "init": "library-default" },
  "loss": { "w_seq": 10, "w_frame": 2, "w_f": 0.1, "w_z": 0.1, "mc_samples": 2 },
  "train": { "lr": 0.001, "batch": 4, "epochs": 1, "threads": 2, "drop_last": false }
}]])

expect(0 "training finished: 1 epochs" train --dataset "csv:${WORK}/sensors.csv?length=24&stride=12"
       --preset "${WORK}/series.json" --run run)
expect(0 "training finished: 2 epochs" train --run run --resume --epochs 2)
expect(1 "not yet for series" probe --run run)
expect(0 "series of 672 steps x 6 features" info --preset etth1)
expect(1 "expects float series \\[N, 24, 2\\]" train --dataset "csv:${WORK}/sensors.csv?length=24&columns=temp"
       --preset "${WORK}/series.json" --run bad1)
file(WRITE "${WORK}/ragged.csv" "date,temp\n2021-01-01 00:00,1\n2021-01-01 01:00,2,3\n")
expect(1 "ragged.csv: line 3 has 3 cells" train --dataset "csv:${WORK}/ragged.csv" --preset "${WORK}/series.json"
       --run bad2)

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} check(s) failed")
endif()
