#!/bin/sh
# The update site installed into an existing Eclipse: a copy of a plain Eclipse platform (this module's product: the
# platform bundles and the p2 director, none of ours) gets the "MedReason Studio" feature from the update site's zip
# with the p2 director, headless, as a user's Eclipse would from Help > Install New Software... > Add... > Archive...
# Then the installed Eclipse starts under Xvfb and reports (io.medreason.rcp's smoke hook) that our bundles resolved
# and that the perspective, the views, the data set editor and the LoRA Fine-tuning launch type are registered.
set -eu
PLAIN="$1"
ZIP="$2"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
started=$(date +%s)
fail() { echo "update-site test: $*" >&2; exit 1; }
[ -f "$ZIP" ] || fail "no update-site archive at $ZIP"
unzip -l "$ZIP" | grep -q " content.xml$" || fail "$ZIP holds no p2 repository (no content.xml)"
cp -R "$PLAIN" "$WORK/eclipse"
E="$WORK/eclipse"
! ls "$E/plugins" | grep -q "^io\.medreason" || fail "the plain Eclipse already has our plug-ins"
LAUNCHER=$(ls "$E"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
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

# The installed Eclipse starts (the IDE application) and reports what it has.
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null 2>&1 || fail "no DISPLAY and no xvfb-run (apt-get install xvfb)"
  set -- xvfb-run -a -s "-screen 0 1400x900x24"
else
  set --
fi
REPORT="$WORK/report.txt"
status=0
timeout 180 "$@" "$JAVA" -Xmx1g "-Dmedreason.smoketest=$REPORT" -jar "$LAUNCHER" -install "$E" \
  -configuration "$E/configuration" -nosplash -data "$WORK/workspace" > "$WORK/ide.txt" 2>&1 || status=$?
[ "$status" -eq 0 ] || { tail -20 "$WORK/ide.txt" >&2; fail "the installed Eclipse exited with status $status"; }
[ -f "$REPORT" ] || { tail -20 "$WORK/ide.txt" >&2; cat "$WORK/workspace/.metadata/.log" >&2 || true
  fail "the installed Eclipse never reported that it was up"; }
for line in "unresolved=none" "perspective io.medreason.rcp.perspective=registered" \
    "view io.medreason.ui.chineseConversion=registered" "view io.medreason.ui.runs.TrainingRunsView=registered" \
    "view io.medreason.ui.chart.LossChartView=registered" "editor io.medreason.ui.datasetEditor=registered" \
    "launch type io.medreason.launching.loraFineTuning=LoRA Fine-tuning"; do
  grep -qxF "$line" "$REPORT" || fail "the installed Eclipse reported no '$line':
$(cat "$REPORT")"
done
echo "update-site test: the p2 director installed io.medreason.feature into a plain Eclipse in ${director_seconds} s;" \
  "it started and has the perspective, 3 views, the editor and the launch type; all our bundles resolved" \
  "($(( $(date +%s) - started )) s in all)"
