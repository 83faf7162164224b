#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a library includes what its layer may not use:
#   models/, sync/ and server/: no widgets, no QIcon/QColor (UI types);
#   protocol/ and server/: nothing from models/ or ui/.
set -u
cd "$(dirname "$0")/.."
status=0
bad=$(grep -rnE '#include *<(QtWidgets|QWidget|QMainWindow|QDialog|QMessageBox|QApplication|QIcon|QColor)' \
      models sync server 2>/dev/null)
if [ -n "$bad" ]; then echo "UI includes outside ui/ and app/:"; echo "$bad"; status=1; fi
bad=$(grep -rnE '#include *"(database|householdrepository|mainwindow|changewriter)\.h"' protocol server 2>/dev/null)
if [ -n "$bad" ]; then echo "protocol/server include models or ui:"; echo "$bad"; status=1; fi
[ $status -eq 0 ] && echo "layering: ok"
exit $status
