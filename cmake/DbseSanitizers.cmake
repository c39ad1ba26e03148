# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sanitizer and fuzzing builds (presets `sanitize` and `tsan`). The flags go on
# dbse_build_config, so every target of the project is instrumented and nothing is global;
# LibTorch, Qt and FFmpeg stay uninstrumented system libraries.
#   DBSE_SANITIZE  e.g. "address,undefined" or "thread": compile and link flag -fsanitize=...
#   DBSE_FUZZ      clang only: instrument the project for coverage (-fsanitize=fuzzer-no-link)
#                  and build the libFuzzer targets of tests/fuzz
set(DBSE_SANITIZE "" CACHE STRING "Sanitizers for every target of the project, e.g. address,undefined or thread")
option(DBSE_FUZZ "Build the libFuzzer targets of tests/fuzz (clang)" OFF)

if(DBSE_SANITIZE)
    target_compile_options(dbse_build_config INTERFACE
        -fsanitize=${DBSE_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer -g1)
    target_link_options(dbse_build_config INTERFACE -fsanitize=${DBSE_SANITIZE})
endif()
if(DBSE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "DBSE_FUZZ needs clang (libFuzzer); configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(dbse_build_config INTERFACE -fsanitize=fuzzer-no-link)
endif()
