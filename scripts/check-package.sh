#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# scripts/check-package.sh BUILD_DIR
# Builds the two Debian packages of a configured build (cpack -G DEB) and checks them:
#   - control fields and contents (dpkg-deb -I, dpkg-deb -c), every expected path present,
#     Depends computed from the binaries (dpkg-shlibdeps);
#   - the desktop entry (desktop-file-validate) and AppStream metainfo (appstreamcli validate
#     --no-net), and that they agree with each other, the icon and the package version;
#   - the systemd unit (systemd-analyze verify, and its exposure by systemd-analyze security);
#   - lintian: errors fail, warnings are listed.
# Exit 0 when everything is there, 1 with one line per problem otherwise, 2 for usage.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
  echo "usage: scripts/check-package.sh BUILD_DIR   (a configured build folder)" >&2
  exit 2
fi
build="$(cd "$1" && pwd)"
app_id=id.posyandu.Posyandu6SPM
icon=posyandu-6spm
problems=()
problem() { problems+=("$*"); echo "check-package: MISSING/BAD: $*" >&2; }

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian; do
  command -v "$tool" >/dev/null || { echo "check-package: $tool not found (run scripts/install-deps.sh)" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "== packages (cpack -G DEB in $build)"
targets=(posyandu posyandu-cli posyandu-server posyandu_package_docs)
if grep -q '^POSYANDU_RSVG_CONVERT:FILEPATH=/' "$build/CMakeCache.txt"; then targets+=(posyandu_icons); fi
cmake --build "$build" --target "${targets[@]}" >"$tmp/build.log" 2>&1 \
  || { cat "$tmp/build.log" >&2; echo "check-package: the build failed" >&2; exit 1; }
rm -f "$build"/posyandu-6spm_*.deb "$build"/posyandu-server_*.deb
(cd "$build" && cpack -G DEB) >"$tmp/cpack.log" 2>&1 \
  || { cat "$tmp/cpack.log" >&2; echo "check-package: cpack -G DEB failed" >&2; exit 1; }
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"

# deb_of PACKAGE: sets deb to the one .deb cpack made for it.
deb_of() {
  local found=("$build/$1"_*.deb)
  deb="${found[0]}"
  if [ ${#found[@]} -ne 1 ] || [ ! -f "$deb" ]; then problem "$1: cpack made no single $1_*.deb"; return 1; fi
}

# check_package PACKAGE PATH...: control, listing, expected paths.
check_package() {
  local pkg="$1"; shift
  deb_of "$pkg" || return 0
  echo
  echo "== $pkg: $(basename "$deb"), $(stat -c %s "$deb") bytes"
  dpkg-deb -I "$deb" | awk '/^ [A-Z][A-Za-z-]*:/ { exit } !/new Debian package/ { print }'
  dpkg-deb -f "$deb" Package Version Architecture Section Installed-Size Depends Recommends Suggests | sed 's/^/  /'
  dpkg-deb -c "$deb" >"$tmp/$pkg.list"
  echo "  contents: $(grep -vc '^d' "$tmp/$pkg.list") files in $(grep -c '^d' "$tmp/$pkg.list") folders:"
  grep -v '^d' "$tmp/$pkg.list" | awk '{ printf "    %s %8s %s\n", $1, $3, $6 }'
  local path
  for path in "$@"; do
    grep -q " \./${path#/}\$" "$tmp/$pkg.list" || problem "$pkg: $path is not in the package"
  done
  [ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || problem "$pkg: version $(dpkg-deb -f "$deb" Version), the project is $version"
  dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6 (>=' \
    || problem "$pkg: Depends were not computed from the binaries (dpkg-shlibdeps): $(dpkg-deb -f "$deb" Depends)"
  if grep -E ' \./usr/(local|etc)/' "$tmp/$pkg.list"; then problem "$pkg: files under /usr/local or /usr/etc"; fi
  mkdir -p "$tmp/$pkg" && dpkg-deb -x "$deb" "$tmp/$pkg"
}

check_package posyandu-6spm \
  /usr/bin/posyandu /usr/bin/posyandu-cli \
  "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
  "/usr/share/icons/hicolor/scalable/apps/$icon.svg" \
  "/usr/share/icons/hicolor/48x48/apps/$icon.png" "/usr/share/icons/hicolor/256x256/apps/$icon.png" \
  /usr/share/doc/posyandu-6spm/copyright /usr/share/doc/posyandu-6spm/changelog.gz
check_package posyandu-server \
  /usr/bin/posyandu-server /lib/systemd/system/posyandu-server.service \
  /usr/lib/sysusers.d/posyandu-server.conf /etc/default/posyandu-server \
  /usr/share/doc/posyandu-server/copyright /usr/share/doc/posyandu-server/changelog.gz

app="$tmp/posyandu-6spm"
if [ -d "$app" ]; then
  echo
  echo "== desktop entry and metainfo"
  desktop="$app/usr/share/applications/$app_id.desktop"
  metainfo="$app/usr/share/metainfo/$app_id.metainfo.xml"
  if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" || problem "desktop-file-validate fails on $app_id.desktop"
    exec_bin="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop" | head -1)"
    [ -x "$app/usr/bin/$exec_bin" ] || problem "$app_id.desktop: Exec=$exec_bin is not in /usr/bin of the package"
    icon_name="$(sed -n 's/^Icon=//p' "$desktop")"
    [ "$icon_name" = "$icon" ] || problem "$app_id.desktop: Icon=$icon_name, the package installs $icon"
    echo "desktop-file-validate: ok (Exec=$exec_bin, Icon=$icon_name)"
  fi
  if [ -f "$metainfo" ]; then
    appstreamcli validate --no-net "$metainfo" || problem "appstreamcli validate fails on $app_id.metainfo.xml"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
      || problem "metainfo: no launchable $app_id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" || problem "metainfo: no <release version=\"$version\"> entry"
    grep -q '<screenshot' "$metainfo" || problem "metainfo: no screenshot"
    grep -q '<p xml:lang="id">' "$metainfo" || problem "metainfo: no Indonesian description"
  fi
  for png in "$app"/usr/share/icons/hicolor/*x*/apps/"$icon".png; do
    [ -f "$png" ] || continue
    size="$(basename "$(dirname "$(dirname "$png")")")"
    file_size="$(od -An -tu1 -j16 -N8 "$png" | awk '{ printf "%dx%d", $3*256+$4, $7*256+$8 }')"
    [ "$size" = "$file_size" ] || problem "icon $size/$icon.png is $file_size"
  done
fi

server="$tmp/posyandu-server"
if [ -f "$server/lib/systemd/system/posyandu-server.service" ] && command -v systemd-analyze >/dev/null; then
  echo
  echo "== systemd unit"
  unit="$server/lib/systemd/system/posyandu-server.service"
  for key in User=posyandu-server StateDirectory=posyandu-server ProtectSystem=strict NoNewPrivileges=yes \
             ProtectHome=yes PrivateTmp=yes EnvironmentFile=-/etc/default/posyandu-server; do
    grep -qx "$key" "$unit" || problem "posyandu-server.service: no $key"
  done
  grep -q '^u posyandu-server ' "$server/usr/lib/sysusers.d/posyandu-server.conf" || problem "sysusers.d: no user posyandu-server"
  # verify needs ExecStart's program to exist: point it at the one in the package.
  mkdir -p "$tmp/verify" && sed "s|/usr/bin/posyandu-server|$server/usr/bin/posyandu-server|" "$unit" >"$tmp/verify/posyandu-server.service"
  if systemd-analyze verify "$tmp/verify/posyandu-server.service"; then
    echo "systemd-analyze verify: ok"
  else
    problem "systemd-analyze verify fails on posyandu-server.service"
  fi
  # Exposure 0 (locked down) .. 10 (unprotected); more than 2.0 is a hardening regression.
  if ! systemd-analyze security --offline=yes --root="$server" --threshold=20 posyandu-server.service >"$tmp/security.log" 2>&1; then
    problem "posyandu-server.service: $(grep 'Overall exposure' "$tmp/security.log" || tail -1 "$tmp/security.log") (more than 2.0)"
  fi
  grep 'Overall exposure' "$tmp/security.log" || true
fi

echo
echo "== lintian"
debs=("$build"/posyandu-6spm_*.deb "$build"/posyandu-server_*.deb)
lintian --tag-display-limit 0 "${debs[@]}" 2>&1 | grep -v '^running with root privileges' | tee "$tmp/lintian.log" || true
if grep -q '^E: ' "$tmp/lintian.log"; then
  problem "lintian reports errors (E:) above"
fi
echo "lintian: $(grep -c '^E: ' "$tmp/lintian.log" || true) error(s), $(grep -c '^W: ' "$tmp/lintian.log" || true) warning(s) (warnings do not fail)"

echo
if [ ${#problems[@]} -ne 0 ]; then
  echo "check-package: FAILED, ${#problems[@]} problem(s):" >&2
  printf '  - %s\n' "${problems[@]}" >&2
  exit 1
fi
for d in "${debs[@]}"; do echo "check-package: ok: $(basename "$d") ($(stat -c %s "$d") bytes)"; done
