#!/bin/sh
# Converts FILE with OpenCC 1.4.2 (opencc-js) and with our core and prints the share of identical lines and the
# differences; exits 1 below MIN percent identical lines (default 99.9).
# Usage: dev/opencc/compare.sh PROFILE FILE [MIN]
#   Needs a build of the chinese bundle (bundles/io.medreason.chinese/target/classes) and node + npm.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/opencc-js.sh"
profile=${1:?usage: compare.sh PROFILE FILE [MIN]}
file=${2:?usage: compare.sh PROFILE FILE [MIN]}
classes="$root/bundles/io.medreason.chinese/target/classes"
[ -d "$classes" ] || { echo "no $classes: build first (./mvnw -B verify -pl bundles/io.medreason.core,bundles/io.medreason.chinese -DskipTests)" >&2; exit 2; }
[ "$profile" = s2twp-med ] && { echo "s2twp-med has no OpenCC counterpart; compare s2twp" >&2; exit 2; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
occ convert "$profile" "$file" "$out"
java -cp "$classes" "$here/Compare.java" "$profile" "$file" "$out" "${3:-99.9}"
