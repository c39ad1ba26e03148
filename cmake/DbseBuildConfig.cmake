# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# dbse_build_config: the one INTERFACE target that carries the language standard, warnings
# and project-wide defines. Every target of the project links it; nothing is set globally.
add_library(dbse_build_config INTERFACE)
add_library(dbse::build_config ALIAS dbse_build_config)
target_compile_features(dbse_build_config INTERFACE cxx_std_17)
target_compile_options(dbse_build_config INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra>)
# Off by default: a newer compiler's new warnings must not break a user's build. CI's clang
# builds (presets `sanitize` and `tsan`) turn it on.
if(DBSE_WARNINGS_AS_ERRORS)
    target_compile_options(dbse_build_config INTERFACE $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror>)
endif()
target_compile_definitions(dbse_build_config INTERFACE
    QT_NO_KEYWORDS                       # Qt's `slots` macro breaks LibTorch headers
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    DBSE_VERSION="${PROJECT_VERSION}")

# dbse_add_torch_pch(<target>): precompile the LibTorch umbrella header for a target that
# includes torch. Targets after the first reuse dbse_core's PCH, so it is compiled once.
function(dbse_add_torch_pch target)
    if(NOT DBSE_USE_PCH)
        return()
    endif()
    if(target STREQUAL "dbse_core")
        target_precompile_headers(${target} PRIVATE <torch/torch.h>)
    else()
        target_precompile_headers(${target} REUSE_FROM dbse_core)
    endif()
endfunction()
