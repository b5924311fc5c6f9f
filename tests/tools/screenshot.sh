#!/usr/bin/env bash
# Takes a picture of the console on the demo organization under Xvfb, as a person would see it.
#   tests/tools/screenshot.sh [OUTPUT.png]   (default: resources/screenshots/console.png)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-resources/screenshots/console.png}
mkdir -p "$(dirname "$out")"
bin=build/default/app/bridgehead
[ -x "$bin" ] || { echo "Build first: .ci/quickstart test (or cmake --build --preset default)" >&2; exit 1; }
export LDAPNOINIT=1
timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --demo --screenshot "$(realpath -m "$out")"
