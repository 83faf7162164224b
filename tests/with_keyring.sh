#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# with_keyring.sh CMD...: runs CMD on a private D-Bus session with an unlocked
# gnome-keyring (Secret Service), so keychain tests touch no real keyring and
# need no desktop. Keyrings go to a throwaway XDG_DATA_HOME.
set -eu
KEYRING_HOME="$(mktemp -d)"
trap 'rm -rf "$KEYRING_HOME"' EXIT
export XDG_DATA_HOME="$KEYRING_HOME/data" XDG_CONFIG_HOME="$KEYRING_HOME/config" XDG_CACHE_HOME="$KEYRING_HOME/cache"
export XDG_RUNTIME_DIR="$KEYRING_HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY
dbus-run-session -- sh -c \
  'printf %s "throwaway-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' sh "$@"

