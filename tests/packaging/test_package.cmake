# SPDX-FileCopyrightText: 2026 The DBSE Studio authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as a user installs it: CPack builds it from the build tree into a scratch
# folder; its files, its desktop file and AppStream metainfo, its control fields and the packaged
# binaries are checked.
# cmake -DCPACK=<cpack> -DCONFIG=<build>/CPackConfig.cmake -DVERSION=<project version>
#       -DPNG_ICONS=<1 when the build renders PNG icons> -DLRELEASE=<lrelease>
#       -DWORK=<scratch folder> -P test_package.cmake

set(app_id io.github.dbse_studio.DbseStudio)
set(icon_sizes 16 32 48 64 128 256)

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(failures 0)

function(fail message)
    message(SEND_ERROR "${message}")
    math(EXPR n "${failures} + 1")
    set(failures ${n} PARENT_SCOPE)
endfunction()

# run(<name> <command...>): runs the command; sets <name>_rc and <name>_output (stdout + stderr).
macro(run name)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE ${name}_rc OUTPUT_VARIABLE ${name}_out ERROR_VARIABLE ${name}_err)
    set(${name}_output "${${name}_out}${${name}_err}")
endmacro()

function(require_tool var program debian_package)
    find_program(${var} ${program})
    if(NOT ${var})
        message(FATAL_ERROR "${program} not found: install the Debian package ${debian_package} "
                            "(packaging/install-deps-debian.sh does)")
    endif()
endfunction()
require_tool(DPKG_DEB dpkg-deb dpkg)
require_tool(DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
require_tool(APPSTREAMCLI appstreamcli appstream)

# Build the package.
run(cpack "${CPACK}" -G DEB --config "${CONFIG}" -B "${WORK}/out")
file(GLOB debs "${WORK}/out/*.deb")
list(LENGTH debs deb_count)
if(NOT cpack_rc EQUAL 0 OR NOT deb_count EQUAL 1)
    message(FATAL_ERROR "cpack -G DEB: exit ${cpack_rc}, ${deb_count} .deb files (expected 1):\n${cpack_output}")
endif()
get_filename_component(deb_name "${debs}" NAME)
if(NOT deb_name MATCHES "^dbse-studio_${VERSION}_[a-z0-9]+\\.deb$")
    fail("package file name ${deb_name}: expected dbse-studio_${VERSION}_<arch>.deb")
endif()
file(SIZE "${debs}" deb_size)
message(STATUS "${deb_name}: ${deb_size} bytes")

# Control fields: the shared libraries became Depends on Debian's packages.
run(info "${DPKG_DEB}" -I "${debs}")
foreach(field "Package: dbse-studio" "Version: ${VERSION}" "Section: science" "Maintainer: [^\n]+"
              "Homepage: [^\n]+" "Depends: [^\n]*libc6[^\n]*" "Depends: [^\n]*libqt6widgets6[^\n]*"
              "Depends: [^\n]*libtorch[^\n]*" "Depends: [^\n]*libavcodec[^\n]*")
    if(NOT info_output MATCHES "\n ${field}\n")
        fail("dpkg-deb -I: no line '${field}' in\n${info_output}")
    endif()
endforeach()
if(info_output MATCHES "\n (Depends: [^\n]*)")
    message(STATUS "${CMAKE_MATCH_1}")
endif()

# Contents.
set(root "${WORK}/root")
run(extract "${DPKG_DEB}" -x "${debs}" "${root}")
if(NOT extract_rc EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x ${deb_name}: exit ${extract_rc}\n${extract_output}")
endif()
set(desktop_file "${root}/usr/share/applications/${app_id}.desktop")
set(metainfo "${root}/usr/share/metainfo/${app_id}.metainfo.xml")
set(icon_dir "${root}/usr/share/icons/hicolor")
set(qm_file "${root}/usr/share/dbse-studio/translations/dbse_de.qm")
foreach(path "${root}/usr/bin/dbse" "${root}/usr/bin/dbse-studio" "${desktop_file}" "${metainfo}"
             "${icon_dir}/scalable/apps/${app_id}.svg" "${qm_file}")
    if(NOT EXISTS "${path}")
        string(REPLACE "${root}/" "" packaged "${path}")
        fail("the package has no ${packaged}")
    endif()
endforeach()

# PNG icons: present, and of the size their folder names (PNG header: width and height at 16..23).
if(PNG_ICONS)
    foreach(size IN LISTS icon_sizes)
        set(png "${icon_dir}/${size}x${size}/apps/${app_id}.png")
        if(NOT EXISTS "${png}")
            fail("the package has no ${size}x${size} PNG icon")
            continue()
        endif()
        file(READ "${png}" header LIMIT 24 HEX)
        string(SUBSTRING "${header}" 0 16 signature)
        string(SUBSTRING "${header}" 32 8 width_hex)
        string(SUBSTRING "${header}" 40 8 height_hex)
        math(EXPR width "0x${width_hex}")
        math(EXPR height "0x${height_hex}")
        if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
            fail("${size}x${size}/apps/${app_id}.png: not a ${size}x${size} PNG (${width}x${height})")
        endif()
    endforeach()
else()
    message(STATUS "this build renders no PNG icons (rsvg-convert missing): only the SVG is checked")
endif()

# One id everywhere: desktop file name, Icon=, metainfo id and launchable.
if(EXISTS "${desktop_file}" AND EXISTS "${metainfo}")
    file(READ "${desktop_file}" desktop)
    file(READ "${metainfo}" meta)
    foreach(expected "\nIcon=${app_id}\n" "\nExec=dbse-studio\n")
        if(NOT desktop MATCHES "${expected}")
            string(STRIP "${expected}" expected)
            fail("${app_id}.desktop: no line ${expected}")
        endif()
    endforeach()
    foreach(expected "<id>${app_id}</id>" "<launchable type=\"desktop-id\">${app_id}.desktop</launchable>"
                     "<binary>dbse</binary>" "<binary>dbse-studio</binary>" "<release version=\"${VERSION}\"")
        string(FIND "${meta}" "${expected}" at)
        if(at EQUAL -1)
            fail("${app_id}.metainfo.xml: no ${expected}")
        endif()
    endforeach()

    run(desktop_check "${DESKTOP_FILE_VALIDATE}" "${desktop_file}")
    if(NOT desktop_check_rc EQUAL 0 OR NOT desktop_check_output STREQUAL "")
        fail("desktop-file-validate: exit ${desktop_check_rc}\n${desktop_check_output}")
    endif()
    # --strict fails on warnings and infos. Not --pedantic: its one hint, cid-contains-uppercase-letter,
    # is about the id the project chose.
    run(meta_check "${APPSTREAMCLI}" validate --no-net --strict "${metainfo}")
    if(NOT meta_check_rc EQUAL 0)
        fail("appstreamcli validate --no-net --strict: exit ${meta_check_rc}\n${meta_check_output}")
    endif()
    run(tree_check "${APPSTREAMCLI}" validate-tree --no-net --strict "${root}")
    if(NOT tree_check_rc EQUAL 0)
        fail("appstreamcli validate-tree --no-net --strict: exit ${tree_check_rc}\n${tree_check_output}")
    endif()
endif()

# The packaged (stripped) binaries run, and dbse-studio takes its translations from the installed
# folder first, else from the copies embedded in it.
run(cli "${root}/usr/bin/dbse" --help)
if(NOT cli_rc EQUAL 0 OR NOT cli_output MATCHES "train")
    fail("usr/bin/dbse --help: exit ${cli_rc}\n${cli_output}")
endif()
set(german env QT_QPA_PLATFORM=offscreen LC_ALL=de_DE.UTF-8 LANG=de_DE.UTF-8 LANGUAGE=de)
run(studio ${german} "${root}/usr/bin/dbse-studio" --help)
if(NOT studio_rc EQUAL 0 OR NOT studio_output MATCHES "erkunden, was in Sequenzen gleich bleibt")
    fail("usr/bin/dbse-studio --help in German: exit ${studio_rc}, expected the German description\n${studio_output}")
endif()
if(EXISTS "${qm_file}" AND LRELEASE)
    file(WRITE "${WORK}/marker.ts" [[<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>DBSE Studio: explore what stays the same and what changes in sequences.</source>
        <translation>INSTALLED-TRANSLATION-MARKER</translation>
    </message>
</context>
</TS>
]])
    run(marker "${LRELEASE}" "${WORK}/marker.ts" -qm "${qm_file}")
    run(studio_installed ${german} "${root}/usr/bin/dbse-studio" --help)
    if(NOT marker_rc EQUAL 0 OR NOT studio_installed_output MATCHES "INSTALLED-TRANSLATION-MARKER")
        fail("dbse-studio did not take the installed usr/share/dbse-studio/translations/dbse_de.qm "
             "(lrelease exit ${marker_rc}):\n${studio_installed_output}")
    endif()
    file(REMOVE "${qm_file}")
    run(studio_embedded ${german} "${root}/usr/bin/dbse-studio" --help)
    if(NOT studio_embedded_output MATCHES "erkunden, was in Sequenzen gleich bleibt")
        fail("without the installed dbse_de.qm, dbse-studio did not fall back to its embedded German:\n"
             "${studio_embedded_output}")
    endif()
endif()

if(failures GREATER 0)
    message(FATAL_ERROR "${failures} packaging check(s) failed")
endif()
