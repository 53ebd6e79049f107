#!/bin/sh
# The live comparison with OpenCC 1.4.2 that `./mvnw -B verify` does not do (its tests read committed golden files):
# 1. the golden files still equal what opencc-js@1.4.2 gives; 2. a fresh random text of 20,000 lines (another seed
# than the golden one) agrees with OpenCC on at least 99.9% of lines for every profile.
# Usage: dev/opencc/live.sh      (after a build of the chinese bundle; needs node + npm)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/opencc-js.sh"
occ check
text=$(mktemp)
trap 'rm -f "$text"' EXIT
occ random 7 20000 "$text"
for profile in s2t s2tw s2twp s2hk t2s tw2s tw2sp; do
  "$here/compare.sh" "$profile" "$text" 99.9
done
