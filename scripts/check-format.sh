#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the repository is not formatted by .clang-format
# (clang-format 14, Debian 12). Fix with: scripts/check-format.sh --fix
set -u
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null 2>&1; then
  echo "check-format: clang-format is missing (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app bench models protocol server sync tests ui -name '*.cpp' -o -name '*.h')
if [ "${1:-}" = "--fix" ]; then
  echo "$files" | xargs clang-format -i
  exit 0
fi
bad=""
for f in $files; do
  [ -f "$f" ] || continue
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad="$bad $f"
done
if [ -n "$bad" ]; then
  echo "check-format: not formatted by .clang-format (run scripts/check-format.sh --fix):"
  for f in $bad; do echo "  $f"; done
  exit 1
fi
echo "format: ok ($(echo "$files" | wc -l) files)"
