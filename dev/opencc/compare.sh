#!/bin/sh
# Converts FILE with the real OpenCC and with our core and prints the share of identical lines and the differences.
# Usage: dev/opencc/compare.sh PROFILE FILE CLASSPATH
#   CLASSPATH: the chinese bundle's compiled classes plus opencc4j 1.14.0, heaven 0.13.0 and nlp-common 0.0.5 jars.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
profile=${1:?usage: compare.sh PROFILE FILE CLASSPATH}
file=${2:?usage: compare.sh PROFILE FILE CLASSPATH}
cp=${3:?usage: compare.sh PROFILE FILE CLASSPATH}
command -v opencc >/dev/null || { echo "opencc not found: apt-get install opencc" >&2; exit 2; }
config=$profile
[ "$profile" = s2twp-med ] && { echo "s2twp-med has no OpenCC counterpart; compare s2twp" >&2; exit 2; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
opencc -c "${OPENCC_SHARE:-/usr/share/opencc}/$config.json" -i "$file" -o "$out"
java -cp "$cp" "$here/Compare.java" "$profile" "$file" "$out"
