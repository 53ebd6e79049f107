#!/bin/sh
# Regenerates (write) or verifies (check) bundles/io.medreason.chinese/src/test/resources/golden/ with opencc-js@1.4.2,
# the pure-JavaScript OpenCC 1.4.2 (equal to the C++ OpenCC CLI 1.4.1+), installed with npm into OPENCC_JS_DIR
# (default target/opencc-js). Needs node >= 18 and npm.
# Usage: dev/opencc/golden.sh (write|check)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=${1:?usage: golden.sh (write|check)}
modules=${OPENCC_JS_DIR:-$root/target/opencc-js}
command -v node >/dev/null || { echo "node not found: install Node.js >= 18" >&2; exit 2; }
if [ ! -f "$modules/node_modules/opencc-js/package.json" ]; then
  mkdir -p "$modules"
  npm install --silent --no-audit --no-fund --prefix "$modules" opencc-js@1.4.2 >/dev/null
fi
node "$here/golden.mjs" "$modules" "$root/bundles/io.medreason.chinese" "$mode"
