# SPDX-License-Identifier: GPL-3.0-or-later
# Installation of everything that is not a target (desktop entry, AppStream
# metainfo, icons, systemd unit, docs), and the two Debian packages:
#   component app    -> posyandu-6spm    posyandu, posyandu-cli, desktop entry, metainfo, icons
#   component server -> posyandu-server  posyandu-server, systemd unit, sysusers.d, /etc/default
# The targets' own install() rules are in app/ and server/. Translations and the
# reference data (WHO growth, catalog, schedule, migrations) are compiled into the
# executables as Qt resources, so there is nothing more of them to install.
#   cmake --install BUILD --prefix /usr [--component app|server]
#   cd BUILD && cpack -G DEB          (scripts/check-package.sh BUILD checks the result)

set(POSYANDU_APP_ID "id.posyandu.Posyandu6SPM")
set(POSYANDU_ICON_NAME "posyandu-6spm")
set(POSYANDU_PACKAGE_MAINTAINER "Posyandu 6 SPM maintainers <maintainers@posyandu.example>"
    CACHE STRING "Maintainer field of the Debian packages")
set(_pkg_res "${PROJECT_SOURCE_DIR}/resources")
set(_pkg_out "${PROJECT_BINARY_DIR}/packaging")

# qt_standard_project_setup() gives installed programs RUNPATH $ORIGIN:$ORIGIN/../lib; ours link
# only static libraries of their own and the system's shared ones, so they need none.
set_target_properties(posyandu posyandu-cli posyandu-server PROPERTIES INSTALL_RPATH "")

# --- app: menu entry, software-centre metadata, icon --------------------------------------------
install(FILES "${_pkg_res}/desktop/${POSYANDU_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT app)
install(FILES "${_pkg_res}/desktop/${POSYANDU_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT app)
install(FILES "${_pkg_res}/icons/${POSYANDU_ICON_NAME}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT app)

# The PNG sizes are made from the SVG at build time, never committed.
find_program(POSYANDU_RSVG_CONVERT rsvg-convert)
if(POSYANDU_RSVG_CONVERT)
    set(_pkg_pngs "")
    foreach(_size 16 22 24 32 48 64 128 256)
        set(_png "${_pkg_out}/icons/${_size}x${_size}/${POSYANDU_ICON_NAME}.png")
        add_custom_command(OUTPUT "${_png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${_pkg_out}/icons/${_size}x${_size}"
            COMMAND ${POSYANDU_RSVG_CONVERT} -w ${_size} -h ${_size} -f png -o "${_png}"
                    "${_pkg_res}/icons/${POSYANDU_ICON_NAME}.svg"
            DEPENDS "${_pkg_res}/icons/${POSYANDU_ICON_NAME}.svg"
            COMMENT "Icon ${_size}x${_size}" VERBATIM)
        list(APPEND _pkg_pngs "${_png}")
        install(FILES "${_png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps"
                COMPONENT app)
    endforeach()
    add_custom_target(posyandu_icons ALL DEPENDS ${_pkg_pngs})
else()
    message(WARNING "rsvg-convert not found (Debian package librsvg2-bin): "
                    "only the scalable SVG icon is installed, no PNG sizes")
endif()

# --- server: system user, unit, options ------------------------------------------------------------
install(FILES "${_pkg_res}/debian/server.README.Debian" RENAME README.Debian
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/posyandu-server" COMPONENT server)
install(FILES "${_pkg_res}/systemd/posyandu-server.sysusers"
        DESTINATION "lib/sysusers.d" RENAME posyandu-server.conf COMPONENT server)
# The unit and /etc/default file follow GNUInstallDirs' rule for the /usr prefix at *install*
# time (cpack and `cmake --install --prefix /usr` both install with prefix /usr): /etc and
# Debian 12's /lib/systemd/system. Any other prefix keeps them under the prefix, with the
# unit's paths to the program and the options file rewritten to match.
install(CODE "set(_posyandu_systemd_src \"${_pkg_res}/systemd\")
set(_posyandu_systemd_out \"${_pkg_out}/systemd\")
set(_posyandu_bindir \"${CMAKE_INSTALL_BINDIR}\")" COMPONENT server)
install(CODE [[
    set(_posyandu_unit "${_posyandu_systemd_src}/posyandu-server.service")
    if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
        set(_posyandu_etc "/etc")
        set(_posyandu_unitdir "/lib/systemd/system")
    else()
        set(_posyandu_etc "${CMAKE_INSTALL_PREFIX}/etc")
        set(_posyandu_unitdir "${CMAKE_INSTALL_PREFIX}/lib/systemd/system")
    endif()
    if(NOT CMAKE_INSTALL_PREFIX STREQUAL "/usr" OR NOT _posyandu_bindir STREQUAL "bin")
        file(READ "${_posyandu_unit}" _posyandu_text)
        string(REPLACE "/usr/bin/posyandu-server" "${CMAKE_INSTALL_PREFIX}/${_posyandu_bindir}/posyandu-server"
               _posyandu_text "${_posyandu_text}")
        string(REPLACE "/etc/default/posyandu-server" "${_posyandu_etc}/default/posyandu-server"
               _posyandu_text "${_posyandu_text}")
        set(_posyandu_unit "${_posyandu_systemd_out}/posyandu-server.service")
        file(WRITE "${_posyandu_unit}" "${_posyandu_text}")
    endif()
    file(INSTALL DESTINATION "${_posyandu_unitdir}" TYPE FILE FILES "${_posyandu_unit}")
    file(INSTALL DESTINATION "${_posyandu_etc}/default" TYPE FILE RENAME posyandu-server
         FILES "${_posyandu_systemd_src}/posyandu-server.default")
]] COMPONENT server)

# --- both: /usr/share/doc/<package>/{copyright,changelog.gz} -------------------------------------
set(CPACK_PACKAGE_CONTACT "${POSYANDU_PACKAGE_MAINTAINER}")
find_program(POSYANDU_GZIP gzip REQUIRED)
set(_pkg_changelogs "")
foreach(_comp app server)
    if(_comp STREQUAL "app")
        set(POSYANDU_DEB_PACKAGE posyandu-6spm)
    else()
        set(POSYANDU_DEB_PACKAGE posyandu-server)
    endif()
    set(_doc "${_pkg_out}/doc/${POSYANDU_DEB_PACKAGE}")
    configure_file("${_pkg_res}/debian/changelog.in" "${_doc}/changelog" @ONLY)
    add_custom_command(OUTPUT "${_doc}/changelog.gz"
        COMMAND ${POSYANDU_GZIP} -9 -n -k -f "${_doc}/changelog"
        DEPENDS "${_doc}/changelog" VERBATIM)
    list(APPEND _pkg_changelogs "${_doc}/changelog.gz")
    install(FILES "${_pkg_res}/debian/copyright" "${_doc}/changelog.gz"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${POSYANDU_DEB_PACKAGE}" COMPONENT ${_comp})
endforeach()
add_custom_target(posyandu_package_docs ALL DEPENDS ${_pkg_changelogs})

# dpkg takes maintainer scripts by their file names: postinst, prerm, postrm, conffiles.
foreach(_script postinst prerm postrm conffiles)
    configure_file("${_pkg_res}/debian/server.${_script}" "${_pkg_out}/debian-server/${_script}"
                   COPYONLY USE_SOURCE_PERMISSIONS)
    list(APPEND CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA "${_pkg_out}/debian-server/${_script}")
endforeach()

# --- CPack: one .deb per component -----------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME posyandu-6spm)
set(CPACK_PACKAGE_VENDOR "Posyandu 6 SPM")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# Each package's first description line is its own synopsis. CPackDeb (3.25) puts the
# project summary in front of a component's description unless the summary is CPack's
# default, so keep the default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_STRIP_FILES ON)
# Install into the staging folder with prefix /usr (not /usr/local); DESTDIR keeps the
# absolute /etc and /lib/systemd/system destinations inside the package.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL app server)
set(CPACK_COMPONENTS_GROUPING IGNORE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)              # <name>_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${POSYANDU_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)               # Depends from the binaries (dpkg-shlibdeps)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

set(CPACK_DEBIAN_APP_PACKAGE_NAME posyandu-6spm)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION misc)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver, and the
# libsecret that QtKeychain dlopen()s; a Secret Service keeps the device token.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "gnome-keyring")
set(CPACK_COMPONENT_APP_DISPLAY_NAME "Posyandu 6 SPM")
set(CPACK_DEBIAN_APP_DESCRIPTION
"offline Posyandu register for the six SPM fields
Posyandu 6 SPM lets Posyandu cadres record households, under-fives,
pregnant women and the elderly, and the six SPM fields (education, health,
public works, housing, public order, social affairs) on a laptop without
internet. It computes WHO growth z-scores with the Permenkes 2/2020
categories, prints the monthly reports (SKDN, SPM achievement) as CSV, XLSX
or PDF, imports spreadsheet registers, and syncs with a regional
posyandu-server whenever a connection is there.

This package holds the desktop application (posyandu) and its command line
(posyandu-cli). The interface is Indonesian or English.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME posyandu-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Posyandu 6 SPM regional server")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
"regional sync server for Posyandu 6 SPM
posyandu-server receives the changes of the Posyandu 6 SPM laptops of a
region and sends each laptop the others' changes, with per-field merge,
conflict review for supervisors, user roles and device tokens. It keeps its
data in SQLite (no set-up) or PostgreSQL and speaks HTTPS itself or behind a
reverse proxy.

The package runs it as a systemd service (posyandu-server.service) under its
own system user, with the database in /var/lib/posyandu-server and its
options in /etc/default/posyandu-server.")

include(CPack)
