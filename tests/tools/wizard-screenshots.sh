#!/usr/bin/env bash
# Pictures of every creation wizard's pages under Xvfb, taken while the wizard tests drive them.
#   tests/tools/wizard-screenshots.sh [FOLDER]   (default: /tmp/bridgehead-wizards)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:-/tmp/bridgehead-wizards}")
tests=build/default/tests/gui
[ -x "$tests/tst_wizards" ] || { echo "Build first: .ci/quickstart test (or cmake --build --preset default)" >&2; exit 1; }
export LDAPNOINIT=1 QT_QPA_PLATFORM=xcb BRIDGEHEAD_WIZARD_SCREENSHOTS="$out"
for t in tst_wizards tst_internetmailwizard; do
  timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$tests/$t" >/dev/null
done
ls "$out"
