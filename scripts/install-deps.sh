#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Posyandu 6 SPM needs to build, run and test.
#
# Idempotent: when every package is present it does nothing (no apt-get update,
# well under a second); otherwise it runs apt-get update once and installs only
# the missing ones without recommends. Safe to call from scripts/run and
# scripts/test on every invocation.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PKGS=(
  # toolchain
  cmake g++ make ninja-build
  # Qt 6.4.2
  qt6-base-dev            # Core Gui Widgets Sql Network Test Concurrent DBus
  libqt6sql6-sqlite       # QSQLITE driver (system libsqlite3 with FTS5 and JSON1)
  libqt6sql6-psql         # QPSQL driver: posyandu-server on PostgreSQL
  qt6-tools-dev           # Qt6LinguistTools CMake package (qt_add_translations)
  qt6-tools-dev-tools
  qt6-l10n-tools          # lupdate/lrelease binaries in /usr/lib/qt6/bin
  qt6-charts-dev          # report dashboard chart
  libqt6opengl6-dev       # Qt6Charts' CMake config needs Qt6OpenGL; not a Debian dependency
  qtkeychain-qt6-dev      # device token in the OS keychain
  libxlsxwriter-dev       # XLSX report export
  qt6-httpserver-dev      # posyandu-server
  qt6-websockets-dev      # Qt6HttpServer's CMake config needs Qt6WebSockets; not a Debian dependency
  libsodium-dev           # argon2id password hashes and random tokens on the server
  zlib1g-dev              # gzip bodies of the sync protocol
  libsecret-1-0           # QtKeychain dlopen()s it at run time; not a Debian dependency
  # test and run time
  dbus                    # dbus-run-session: private session bus for keychain tests
  gnome-keyring           # Secret Service provider for the keychain tests
  xvfb xauth x11-utils    # real window under Xvfb; xwininfo to wait for it
  imagemagick             # import -window root for screenshots
  fonts-dejavu-core       # a font to render with offscreen and under Xvfb
  sqlite3                 # CLI used by tests to inspect databases independently of Qt
  postgresql              # a throwaway cluster for the server's PostgreSQL tests (tests/with_postgres.sh)
  unzip                   # tests read exported XLSX back
  openssl                 # tests make a self-signed certificate for the HTTPS server
  poppler-utils           # pdftotext: tests read exported PDF back
  clang-format            # scripts/check-format.sh (the format test)
  # packaging (cpack -G DEB, scripts/check-package.sh)
  dpkg-dev                # dpkg-shlibdeps: the .debs' Depends are computed from the binaries
  librsvg2-bin            # rsvg-convert: the icon's PNG sizes are made from its SVG at build time
  desktop-file-utils      # desktop-file-validate
  appstream               # appstreamcli validate
  lintian                 # package checks (warnings listed, not fatal)
)

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#PKGS[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: done"
