#!/bin/sh
# Product smoke test: the materialized product starts (under Xvfb), opens the Model Engineering perspective,
# and shuts down cleanly (exit status 0, no error in the workspace log).
set -eu
PRODUCT="$1"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
REPORT="$WORK/smoke-report.txt"
RUN="$PRODUCT/medreason-studio"
[ -x "$RUN" ] || { echo "smoke test: no start script at $RUN" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null 2>&1 || { echo "smoke test: no DISPLAY and no xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  set -- xvfb-run -a -s "-screen 0 1400x900x24"
else
  set --
fi
status=0
MEDREASON_VMARGS="-Dmedreason.smoketest=$REPORT" timeout 180 "$@" "$RUN" -data "$WORK/workspace" >"$WORK/out.txt" 2>&1 || status=$?
LOG="$WORK/workspace/.metadata/.log"
if [ "$status" -ne 0 ]; then
  echo "smoke test: the product exited with status $status" >&2
  tail -20 "$WORK/out.txt" >&2
  [ -f "$LOG" ] && head -60 "$LOG" >&2
  exit 1
fi
[ -f "$REPORT" ] || { echo "smoke test: the workbench never reported that it was up" >&2; exit 1; }
grep -q "perspective=io.medreason.rcp.perspective" "$REPORT" || { echo "smoke test: wrong perspective: $(cat "$REPORT")" >&2; exit 1; }
grep -q "MedReason Studio" "$REPORT" || { echo "smoke test: window title lacks the product name: $(cat "$REPORT")" >&2; exit 1; }
if [ -f "$LOG" ] && grep -q "^!ENTRY [^ ]* 4 " "$LOG"; then
  echo "smoke test: errors in the workspace log:" >&2
  cat "$LOG" >&2
  exit 1
fi
# The command line runs the engine's Main from the same product.
CLI="$(cd "$(dirname "$0")/../.." && pwd)/medreason"
export MEDREASON_PRODUCT="$PRODUCT"
"$CLI" --version > "$WORK/version.txt" || { echo "smoke test: medreason --version failed" >&2; exit 1; }
grep -q "DJL 0.33.0 / PyTorch 2.5.1" "$WORK/version.txt" || { echo "smoke test: --version: $(cat "$WORK/version.txt")" >&2; exit 1; }
"$CLI" --help > "$WORK/help.txt" || { echo "smoke test: medreason --help failed" >&2; exit 1; }
for sub in eval ask convert stats train demo; do
  grep -q "^  $sub " "$WORK/help.txt" || { echo "smoke test: --help lacks '$sub':" >&2; cat "$WORK/help.txt" >&2; exit 1; }
done
unknown=0; "$CLI" frobnicate > /dev/null 2> "$WORK/unknown.txt" || unknown=$?
[ "$unknown" -eq 2 ] && head -n 1 "$WORK/unknown.txt" | grep -q "unknown subcommand 'frobnicate'" \
  || { echo "smoke test: unknown subcommand gave status $unknown: $(head -n 1 "$WORK/unknown.txt")" >&2; exit 1; }
echo "smoke test: medreason --version, --help and an unknown subcommand behave as documented"
echo "smoke test: product started, $(tr '\n' ' ' < "$REPORT")and shut down cleanly"
