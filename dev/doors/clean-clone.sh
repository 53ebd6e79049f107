#!/bin/sh
# The README's first command on a fresh clone: `./medreason --version` in a clone without a built product builds it
# (one line saying so, one progress line per module) and then runs. A real build, about a minute or two.
set -eu
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
git clone -q "$REPO" "$WORK/clone"
started=$(date +%s)
status=0
env -u MEDREASON_PRODUCT "$WORK/clone/medreason" --version > "$WORK/out.txt" 2> "$WORK/err.txt" || status=$?
seconds=$(( $(date +%s) - started ))
cat "$WORK/err.txt"
cat "$WORK/out.txt"
[ "$status" -eq 0 ] || { echo "clean clone: ./medreason --version failed with status $status" >&2; exit 1; }
grep -q "^medreason: the product has not been built yet: building it first" "$WORK/err.txt" \
  || { echo "clean clone: no line announcing the build" >&2; exit 1; }
grep -q "^  \[[0-9]*/[0-9]*\] io.medreason.core " "$WORK/err.txt" || { echo "clean clone: no progress lines" >&2; exit 1; }
grep -q "DJL 0.33.0 / PyTorch 2.5.1" "$WORK/out.txt" || { echo "clean clone: --version did not run" >&2; exit 1; }
echo "clean clone: ./medreason --version built the product and ran in $seconds s"
