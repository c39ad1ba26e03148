# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Use ccache when it is installed. Precompiled headers need the sloppiness below, or every
# translation unit that uses the torch PCH is a cache miss.
find_program(DBSE_CCACHE_PROGRAM ccache)
if(DBSE_CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER
        "${CMAKE_COMMAND}" -E env "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
        "${DBSE_CCACHE_PROGRAM}")
    message(STATUS "ccache: ${DBSE_CCACHE_PROGRAM}")
endif()
