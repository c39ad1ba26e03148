# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the CLI test scripts: a fresh ${WORK} folder, a failure count and the checks.
# Needs DBSE (the binary) and WORK (a scratch folder).

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(failures 0)

# expect(<exit code> <regex the output must match> <args...>)
function(expect code pattern)
    execute_process(COMMAND "${DBSE}" ${ARGN} WORKING_DIRECTORY "${WORK}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(all "${out}${err}")
    if(NOT rc STREQUAL "${code}" OR NOT all MATCHES "${pattern}")
        message(SEND_ERROR "dbse ${ARGN}\n  expected exit ${code} and output matching '${pattern}'\n  got exit ${rc}:\n${all}")
        math(EXPR n "${failures} + 1")
        set(failures ${n} PARENT_SCOPE)
    endif()
    set(last_output "${all}" PARENT_SCOPE)
endfunction()

function(expect_file path)
    if(NOT EXISTS "${path}")
        message(SEND_ERROR "expected file ${path}")
    endif()
endfunction()
