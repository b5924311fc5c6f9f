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
# Opens the Connectors of the first routing group, the view an administrator checks most.
select="CN=Connections,CN=First Routing Group,CN=Routing Groups,CN=First Administrative Group,CN=Administrative Groups,CN=Example Org,CN=Microsoft Exchange,CN=Services,CN=Configuration,DC=example,DC=com"
timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" "$bin" --demo --select "$select" --screenshot "$(realpath -m "$out")"
