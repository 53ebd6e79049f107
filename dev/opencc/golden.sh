#!/bin/sh
# Regenerates (write) or verifies (check) bundles/io.medreason.chinese/src/test/resources/golden/ with opencc-js@1.4.2,
# the pure-JavaScript OpenCC 1.4.2 (equal to the C++ OpenCC CLI 1.4.1+). Needs node >= 18 and npm (see opencc-js.sh).
# Usage: dev/opencc/golden.sh (write|check)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/opencc-js.sh"
occ "${1:?usage: golden.sh (write|check)}"
