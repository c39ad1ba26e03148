# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# `dbse judge` on a CSV series written here: trains and saves a judge under the dataset cache,
# reuses it, prints JSON, and refuses a dataset without labels.
# cmake -DDBSE=<path to dbse> -DWORK=<scratch folder> -P test_cli_judge.cmake

include("${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake")
set(ENV{DBSE_CACHE_DIR} "${WORK}/cache")

# Hours 10..23 of days 10..28 of January and February (two-digit fields need no padding);
# one window per day, and the temperature level tells the month.
set(csv "date,temp,flow\n")
foreach(month 1 2)
    foreach(day RANGE 10 28)
        foreach(hour RANGE 10 23)
            math(EXPR temp "${month} * 10 + (${day} * ${hour}) % 5")
            math(EXPR flow "(${day} + ${hour}) % 11")
            string(APPEND csv "2021-0${month}-${day} ${hour}:00,${temp}.5,${flow}\n")
        endforeach()
    endforeach()
endforeach()
file(WRITE "${WORK}/months.csv" "${csv}")
set(data "csv:${WORK}/months.csv?length=14")

expect(0 "month +static +12 +100.00%.*trusted \\(every head >= 99%\\): yes.*saved .*cache/judges/csv-[0-9a-f]+\\.pt"
       judge --dataset "${data}" --epochs 80 --threads 1)
expect(0 "reused .*cache/judges/csv-" judge --dataset "${data}" --epochs 80 --threads 1)
expect(0 "\"reused\": true" judge --dataset "${data}" --epochs 80 --threads 1 --json)
expect(0 "saved " judge --dataset "${data}" --epochs 80 --threads 1 --retrain)
file(GLOB descriptions "${WORK}/cache/judges/*.json")
list(LENGTH descriptions n)
if(NOT n EQUAL 1)
    message(SEND_ERROR "expected one judge description under ${WORK}/cache/judges, found ${n}")
    math(EXPR failures "${failures} + 1")
endif()
file(WRITE "${WORK}/undated.csv" "temp,flow\n1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n13,14\n15,16\n17,18\n19,20\n")
expect(1 "has no label columns" judge --dataset "csv:${WORK}/undated.csv?length=2")
expect(1 "does not fit \\[N, T, F\\] data" judge --dataset "${data}" --architecture sprites)

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} check(s) failed")
endif()
