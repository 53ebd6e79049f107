#!/bin/sh
# The update site installed into an existing Eclipse: a copy of a plain Eclipse platform (this module's product: the
# platform bundles and the p2 director, none of ours) gets the "MedReason Studio" feature from the update site's zip
# with the p2 director, headless, as a user's Eclipse would from Help > Install New Software... > Add... > Archive...
# Then the installed Eclipse starts under Xvfb and reports (io.medreason.rcp's smoke hook) that our bundles resolved,
# that the perspective, the views, the data set editor and the LoRA Fine-tuning launch type are registered, and how a
# LoRA Fine-tuning launch of the tiny model (4 steps) ended.
# Usage: install-test.sh PLAIN_ECLIPSE_FOLDER UPDATE_SITE_ZIP SOURCE_ROOT (models/tiny-qwen2 and samples/ live there)
set -eu
PLAIN="$1"
ZIP="$2"
ROOT="$3"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
started=$(date +%s)
fail() { echo "update-site test: $*" >&2; exit 1; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
[ -f "$ZIP" ] || fail "no update-site archive at $ZIP (build it first: ./mvnw -B verify -DskipTests)"
"$JAR" tf "$ZIP" | grep -qx "content.xml\|content.jar" || fail "$ZIP holds no p2 repository (no content.xml)"
[ -f "$ROOT/models/tiny-qwen2/config.json" ] || fail "no tiny model at $ROOT/models/tiny-qwen2"
cp -R "$PLAIN" "$WORK/eclipse"
E="$WORK/eclipse"
! ls "$E/plugins" | grep -q "^io\.medreason" || fail "the plain Eclipse already has our plug-ins"
LAUNCHER=$(ls "$E"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
eclipse() { "$JAVA" -Xmx1g -jar "$LAUNCHER" -install "$E" -configuration "$E/configuration" -nosplash "$@"; }

director_started=$(date +%s)
eclipse -consoleLog -application org.eclipse.equinox.p2.director -repository "jar:file:$ZIP!/" \
  -installIU io.medreason.feature.feature.group -destination "$E" -profile DefaultProfile > "$WORK/director.txt" 2>&1 \
  || { cat "$WORK/director.txt" >&2; fail "the p2 director failed"; }
director_seconds=$(( $(date +%s) - director_started ))
grep -q "Operation completed" "$WORK/director.txt" || { cat "$WORK/director.txt" >&2; fail "no 'Operation completed'"; }
eclipse -application org.eclipse.equinox.p2.director -listInstalledRoots -destination "$E" -profile DefaultProfile \
  > "$WORK/roots.txt" 2>&1 || { cat "$WORK/roots.txt" >&2; fail "-listInstalledRoots failed"; }
grep -q "^io.medreason.feature.feature.group/" "$WORK/roots.txt" || fail "the feature is not installed: $(cat "$WORK/roots.txt")"
INFO="$E/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for b in core chinese dataset engine launching ui rcp; do
  grep -q "^io\.medreason\.$b," "$INFO" || fail "io.medreason.$b is not in bundles.info after the install"
done

# The run the installed Eclipse launches: the typed training_config.json of `medreason train --config`.
RUN="$WORK/runs/tiny-lora"
cat > "$WORK/training_config.json" <<EOF
{"model": "$ROOT/models/tiny-qwen2", "data": "$ROOT/samples/medical-o1-zh-sample.json", "output": "$RUN",
 "steps": 4, "batch-size": 1, "grad-accum": 2, "max-length": 160, "truncation": "cut", "lora-r": 4,
 "lora-alpha": 8, "eval-fraction": 0.1, "eval-every": 2, "checkpoint-every": 2}
EOF

# The installed Eclipse starts (the IDE application), runs the launch and reports what it has.
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null 2>&1 || fail "no DISPLAY and no xvfb-run (apt-get install xvfb)"
  set -- xvfb-run -a -s "-screen 0 1400x900x24"
else
  set --
fi
REPORT="$WORK/report.txt"
status=0
ide_started=$(date +%s)
timeout 900 "$@" "$JAVA" -Xmx1g "-Dmedreason.smoketest=$REPORT" "-Dmedreason.smoketest.launch=$WORK/training_config.json" \
  -jar "$LAUNCHER" -install "$E" -configuration "$E/configuration" -nosplash -data "$WORK/workspace" \
  > "$WORK/ide.txt" 2>&1 || status=$?
ide_seconds=$(( $(date +%s) - ide_started ))
[ "$status" -eq 0 ] || { tail -20 "$WORK/ide.txt" >&2; fail "the installed Eclipse exited with status $status"; }
[ -f "$REPORT" ] || { tail -20 "$WORK/ide.txt" >&2; cat "$WORK/workspace/.metadata/.log" >&2 || true
  fail "the installed Eclipse never reported that it was up"; }
TYPE=io.medreason.launching.loraFineTuning
for line in "unresolved=none" "perspective io.medreason.rcp.perspective=registered" \
    "perspective label=Model Engineering 模型工程" \
    "view io.medreason.ui.chineseConversion=registered" "view io.medreason.ui.runs.TrainingRunsView=registered" \
    "view io.medreason.ui.chart.LossChartView=registered" "editor io.medreason.ui.datasetEditor=registered" \
    "launch type $TYPE=LoRA Fine-tuning" "launch $TYPE run=finished exit=0 steps=4/4" \
    "launch $TYPE adapter=written"; do
  grep -qxF "$line" "$REPORT" || fail "the installed Eclipse reported no '$line':
$(cat "$REPORT")"
done
[ "$(wc -l < "$RUN/metrics.jsonl")" -ge 4 ] || fail "the run folder $RUN has no metrics.jsonl of 4 steps"
loss=$(sed -n "s/^launch $TYPE loss=//p" "$REPORT")
echo "update-site test: the p2 director installed io.medreason.feature into a plain Eclipse in ${director_seconds} s;" \
  "it started and has the perspective, 3 views, the editor and the launch type; all our bundles resolved"
echo "update-site test: a LoRA Fine-tuning launch of the tiny model in that Eclipse finished 4 steps (loss $loss)," \
  "adapter written; start, launch and close took ${ide_seconds} s ($(( $(date +%s) - started )) s in all)"
