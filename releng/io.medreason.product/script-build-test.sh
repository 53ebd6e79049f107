#!/bin/sh
# ./medreason on a clone without a built product builds it first. This runs the repository's real script in a
# scratch "clone" whose mvnw is a stand-in (a real build there would take minutes and need the whole source tree):
# the stand-in records its arguments and either fails like Maven or "builds" by copying the product that this
# module has just materialized into the place the script looks. The test checks that the script
#   1. announces the build in one line and calls ./mvnw -B verify -DskipTests when the product is missing,
#   2. stops with the build's own error and exit status when the build fails,
#   3. shows the build's progress and then runs the subcommand on the jars the build produced,
#   4. does not build again when nothing changed, and builds again when a source file is newer than the product.
set -eu
BUILT="$1"
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
started=$(date +%s)
CLONE="$WORK/clone"
PRODUCT_DIR="releng/io.medreason.product/target/products/io.medreason.product/linux/gtk/x86_64/MedReasonStudio"
mkdir -p "$CLONE/bundles/io.medreason.core/src/main/java" "$CLONE/releng"
cp "$REPO/medreason" "$CLONE/medreason"
cp "$REPO/bundles/io.medreason.core/engine-classpath.txt" "$CLONE/bundles/io.medreason.core/"
echo "class Source {}" > "$CLONE/bundles/io.medreason.core/src/main/java/Source.java"
cp "$REPO/pom.xml" "$CLONE/pom.xml"
cat > "$CLONE/mvnw" <<EOF
#!/bin/sh
echo "\$*" >> "$WORK/mvnw-calls.txt"
if [ -f "$WORK/fail" ]; then
  echo "[INFO] Building io.medreason.core 0.1.0-SNAPSHOT                         [3/14]"
  echo "[ERROR] Failed to execute goal org.eclipse.tycho:tycho-compiler-plugin: Compilation failure: Source.java:[1]"
  exit 3
fi
echo "[INFO] Scanning for projects..."
echo "[INFO] Building io.medreason.core 0.1.0-SNAPSHOT                         [3/14]"
echo "[INFO] Building tar: /somewhere/io.medreason.product-linux.gtk.x86_64.tar.gz"
echo "[INFO] Building MedReason Studio product (linux/gtk/x86_64) 0.1.0-SNAPSHOT  [14/14]"
mkdir -p "$CLONE/$PRODUCT_DIR" && cp -R "$BUILT/." "$CLONE/$PRODUCT_DIR/" && touch "$CLONE/$PRODUCT_DIR/artifacts.xml"
EOF
chmod +x "$CLONE/medreason" "$CLONE/mvnw"
fail() { echo "script build test: $*" >&2; exit 1; }
calls() { [ -f "$WORK/mvnw-calls.txt" ] && wc -l < "$WORK/mvnw-calls.txt" || echo 0; }

# 2. A failing build: the build's error and exit status, no subcommand run.
touch "$WORK/fail"
status=0
env -u MEDREASON_PRODUCT "$CLONE/medreason" --version > "$WORK/out1.txt" 2> "$WORK/err1.txt" || status=$?
[ "$status" -eq 3 ] || fail "a failed build gave exit status $status, not the build's 3: $(cat "$WORK/err1.txt")"
grep -q "^medreason: the product has not been built yet: building it first" "$WORK/err1.txt" \
  || fail "no line announcing the build: $(cat "$WORK/err1.txt")"
grep -q "^\[ERROR\] Failed to execute goal .*Compilation failure: Source.java" "$WORK/err1.txt" \
  || fail "the build's own error was not shown: $(cat "$WORK/err1.txt")"
[ ! -s "$WORK/out1.txt" ] || fail "a subcommand ran after a failed build: $(cat "$WORK/out1.txt")"
# 1. The build it called.
grep -q -- "-B verify -DskipTests" "$WORK/mvnw-calls.txt" || fail "the build was called as: $(cat "$WORK/mvnw-calls.txt")"

# 3. A build that works: progress lines, then the subcommand on the product it built.
rm "$WORK/fail"
env -u MEDREASON_PRODUCT "$CLONE/medreason" --version > "$WORK/out2.txt" 2> "$WORK/err2.txt" \
  || fail "--version after a good build failed: $(cat "$WORK/err2.txt")"
grep -q "^  \[3/14\] io.medreason.core 0.1.0-SNAPSHOT$" "$WORK/err2.txt" \
  && grep -q "^  \[14/14\] MedReason Studio product (linux/gtk/x86_64) 0.1.0-SNAPSHOT$" "$WORK/err2.txt" \
  && ! grep -q "Building tar" "$WORK/err2.txt" || fail "progress lines: $(cat "$WORK/err2.txt")"
grep -q "DJL 0.33.0 / PyTorch 2.5.1" "$WORK/out2.txt" || fail "--version printed: $(cat "$WORK/out2.txt")"
[ "$(calls)" -eq 2 ] || fail "expected 2 builds so far, saw $(calls)"

# 4. Nothing changed: no build. A source newer than the product: a build, naming the file.
env -u MEDREASON_PRODUCT "$CLONE/medreason" --version > /dev/null 2> "$WORK/err3.txt" || fail "third run failed"
[ "$(calls)" -eq 2 ] || fail "built again although nothing changed: $(cat "$WORK/err3.txt")"
sleep 1
echo "class Source { int changed; }" > "$CLONE/bundles/io.medreason.core/src/main/java/Source.java"
env -u MEDREASON_PRODUCT "$CLONE/medreason" --version > /dev/null 2> "$WORK/err4.txt" || fail "fourth run failed"
[ "$(calls)" -eq 3 ] || fail "did not build after a source changed: $(cat "$WORK/err4.txt")"
grep -q "^medreason: bundles/io.medreason.core/src/main/java/Source.java changed since the last build: building" \
  "$WORK/err4.txt" || fail "the stale build's line: $(cat "$WORK/err4.txt")"
echo "script build test: ./medreason builds a missing or stale product first, stops on a failed build with its" \
  "error and status, and runs the subcommand after a good one ($(( $(date +%s) - started )) s)"
