#!/bin/sh
# Regenerates bundles/io.medreason.chinese/src/main/resources/io/medreason/chinese/dict/corrections/*.txt from the
# OpenCC dictionaries installed by Debian's opencc package (apt-get install opencc).
# Usage: dev/opencc/make-corrections.sh CLASSPATH
#   CLASSPATH: the chinese bundle's compiled classes plus opencc4j 1.14.0, heaven 0.13.0 and nlp-common 0.0.5 jars.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cp=${1:?usage: make-corrections.sh CLASSPATH}
share=${OPENCC_SHARE:-/usr/share/opencc}
command -v opencc_dict >/dev/null || { echo "opencc_dict not found: apt-get install opencc" >&2; exit 2; }
version=$(dpkg-query -W -f='${Version}' opencc 2>/dev/null || echo unknown)
dump=$(mktemp -d)
trap 'rm -rf "$dump"' EXIT
for f in "$share"/*.ocd2; do
  opencc_dict -i "$f" -o "$dump/$(basename "$f" .ocd2).txt" -f ocd2 -t text
done
java -cp "$cp" "$here/MakeCorrections.java" "$dump" \
  "$root/bundles/io.medreason.chinese/src/main/resources/io/medreason/chinese/dict/corrections" "1.1.6 (Debian $version)"
