#!/usr/bin/env bash
# Pictures of the property sheets' tabs under Xvfb, taken while tst_propertytabs drives them.
#   tests/tools/sheet-screenshots.sh [FOLDER]   (default: /tmp/bridgehead-sheets)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:-/tmp/bridgehead-sheets}")
test=build/default/tests/gui/tst_propertytabs
[ -x "$test" ] || { echo "Build first: .ci/quickstart test (or cmake --build --preset default)" >&2; exit 1; }
export LDAPNOINIT=1 QT_QPA_PLATFORM=xcb BRIDGEHEAD_SHEET_SCREENSHOTS="$out"
timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" "$test" >/dev/null
ls "$out"
