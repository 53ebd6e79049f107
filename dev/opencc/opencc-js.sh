#!/bin/sh
# Sourced by the other scripts: installs opencc-js@1.4.2 (pure-JavaScript OpenCC 1.4.2) with npm into OPENCC_JS_DIR
# (default target/opencc-js) when it is not there yet, and defines `occ ARGS…` = node golden.mjs with that folder.
root=$(cd "$here/../.." && pwd)
modules=${OPENCC_JS_DIR:-$root/target/opencc-js}
command -v node >/dev/null || { echo "node not found: install Node.js >= 18 (apt-get install nodejs npm)" >&2; exit 2; }
if [ ! -f "$modules/node_modules/opencc-js/package.json" ]; then
  command -v npm >/dev/null || { echo "npm not found: apt-get install npm" >&2; exit 2; }
  mkdir -p "$modules"
  npm install --silent --no-audit --no-fund --prefix "$modules" opencc-js@1.4.2 >/dev/null
fi
occ() {
  node "$here/golden.mjs" "$modules" "$root/bundles/io.medreason.chinese" "$@"
}
