#!/bin/sh
# The third way in: the update site installed into an existing Eclipse (issue 13). Builds the plain Eclipse of
# releng/io.medreason.updatesite.test (platform bundles and the p2 director from Maven Central, none of ours; in the
# reactor when tests run, so `./mvnw -B verify` runs it too: this script runs it alone, after a build) and runs its install test on the update-site zip that `./mvnw -B verify` left in
# releng/io.medreason.repository/target: the p2 director installs io.medreason.feature, the installed Eclipse starts
# under Xvfb, reports our perspective, views, editor and launch type, and trains the tiny model for 4 steps with a
# LoRA Fine-tuning launch. About 1.5-4.5 minutes on the 2-core machine. Needs a JDK >= 21 (JAVA_HOME) and Xvfb.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
ZIP=$(ls releng/io.medreason.repository/target/io.medreason.repository-*.zip 2>/dev/null | head -n 1)
[ -n "$ZIP" ] || { echo "updatesite-install: no update-site zip under releng/io.medreason.repository/target: run ./mvnw -B verify (or -DskipTests) first" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then
  echo "updatesite-install: installing: xvfb xauth"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb xauth
fi
started=$(date +%s)
status=0
./mvnw -B verify -f releng/io.medreason.updatesite.test/pom.xml > releng/io.medreason.updatesite.test/target-install.log 2>&1 || status=$?
mkdir -p releng/io.medreason.updatesite.test/target
mv releng/io.medreason.updatesite.test/target-install.log releng/io.medreason.updatesite.test/target/install.log
LOG=releng/io.medreason.updatesite.test/target/install.log
grep "^update-site test:" "$LOG" || true
if [ "$status" -ne 0 ]; then
  grep -E "^\[ERROR\]" "$LOG" | grep -v "osgi.platform" | head -n 20 >&2
  echo "updatesite-install: failed (status $status; log: $LOG)" >&2
  exit 1
fi
echo "updatesite-install: built the plain Eclipse, installed the update site and trained in it in $(( $(date +%s) - started )) s"
