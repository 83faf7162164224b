#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a layer includes a header of a layer above it (docs/architecture.md):
#   protocol/  <- models/ <- sync/ <- ui/ <- app/        server/ <- protocol/ only
# and when models/, sync/, protocol/ or server/ include widget or UI types.
set -u
cd "$(dirname "$0")/.."
status=0

# headers_of DIR...: the quoted-include names of the headers in those folders, as a grep pattern.
headers_of() {
  find "$@" -name '*.h' -printf '%f\n' 2>/dev/null | sed 's/\./\\./g' | paste -sd'|' -
}
# forbid LAYER "WHAT IT MAY NOT USE" DIR...
forbid() {
  layer=$1; what=$2; shift 2
  pattern=$(headers_of "$@")
  [ -n "$pattern" ] || return 0
  bad=$(grep -rnE "#include *\"($pattern)\"" "$layer" 2>/dev/null)
  if [ -n "$bad" ]; then
    echo "$layer/ includes $what:"; echo "$bad"; status=1
  fi
}
forbid protocol "models, sync, ui or server" models sync ui server app
forbid models "sync, ui or server" sync ui server app
forbid sync "ui or server" ui server app
forbid server "models, sync or ui" models sync ui app
forbid ui "the server" server app

bad=$(grep -rnE '#include *<(QtWidgets|QWidget|QMainWindow|QDialog|QMessageBox|QApplication|QIcon|QColor)' \
      protocol models sync server 2>/dev/null)
if [ -n "$bad" ]; then echo "UI includes outside ui/ and app/:"; echo "$bad"; status=1; fi
[ $status -eq 0 ] && echo "layering: ok"
exit $status
