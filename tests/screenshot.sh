#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/screenshot.sh OUT.png CMD [ARGS...]: starts CMD under the current
# DISPLAY (use inside xvfb-run), waits up to 15 s for a window, grabs the
# screen, then stops CMD. For looking at the real window, not a test verdict.
set -u
out="$1"; shift
"$@" &
pid=$!
for _ in $(seq 1 150); do
  if xwininfo -root -tree 2>/dev/null | grep -q 'Posyandu'; then break; fi
  sleep 0.1
done
sleep 1
import -window root "$out"
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
exit 0
