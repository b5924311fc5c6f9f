#!/usr/bin/env bash
# Pictures of the queue viewer with real deferred mail under Xvfb (a private slapd and Postfix).
#   tests/tools/queue_screenshots.sh [DIR]   (default: /tmp/queue-screenshots)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=build/default/tests/queue_screenshots
[ -x "$bin" ] || { echo "Build first: cmake --build --preset default" >&2; exit 1; }
export LDAPNOINIT=1 QT_QPA_PLATFORM=xcb
timeout 180 xvfb-run -a -s "-screen 0 1600x900x24" "$bin" "${1:-/tmp/queue-screenshots}"
