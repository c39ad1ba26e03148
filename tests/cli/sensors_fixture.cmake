# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the series CLI tests: ${WORK}/sensors.csv, 400 hourly rows of two sensors over
# January 2021 (temp = row + 0.5, one cell missing at row 30), and ${WORK}/series.json, a
# tiny series preset of 24 steps in windows of 6 for it.

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
