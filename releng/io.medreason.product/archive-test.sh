#!/bin/sh
# The standalone product as a user gets it: the archive extracted into an empty folder, far from the source tree,
# starts the workbench (smoke-test.sh on the extracted folder) and runs its own command line, bin/medreason:
# --version, and demo on the sample records and tiny model inside the archive.
set -eu
ARCHIVE="$1"
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
started=$(date +%s)
[ -f "$ARCHIVE" ] || { echo "archive test: no product archive at $ARCHIVE" >&2; exit 1; }
mkdir "$WORK/user"
tar -xzf "$ARCHIVE" -C "$WORK/user"
PRODUCT="$WORK/user/MedReasonStudio"
for f in medreason-studio bin/medreason; do
  [ -x "$PRODUCT/$f" ] || { echo "archive test: $f is missing or not executable in the archive" >&2; exit 1; }
done
for f in bin/engine-classpath.txt samples/medical-o1-zh-sample.json models/tiny-qwen2/model.safetensors \
    models/tiny-qwen2/tokenizer.json configuration/config.ini eclipse.ini; do
  [ -f "$PRODUCT/$f" ] || { echo "archive test: $f is missing in the archive" >&2; exit 1; }
done
grep -q "^-vmargs$" "$PRODUCT/eclipse.ini" || { echo "archive test: eclipse.ini has no -vmargs" >&2; exit 1; }
grep -q "^eclipse.product=io.medreason.rcp.product" "$PRODUCT/configuration/config.ini" \
  || { echo "archive test: config.ini does not name the product" >&2; exit 1; }

# The workbench starts from the extracted folder.
"$HERE/smoke-test.sh" "$PRODUCT"

# The command line, run from an unrelated folder with nothing of the source tree in reach.
cd "$WORK"
env -u MEDREASON_PRODUCT "$PRODUCT/bin/medreason" --version > version.txt 2>&1 \
  || { echo "archive test: bin/medreason --version failed:" >&2; cat version.txt >&2; exit 1; }
grep -q "^MedReason Studio 0.1.0" version.txt && grep -q "DJL 0.33.0 / PyTorch 2.5.1" version.txt \
  || { echo "archive test: --version printed:" >&2; cat version.txt >&2; exit 1; }
demo_started=$(date +%s)
env -u MEDREASON_PRODUCT MEDREASON_HEAP=3g "$PRODUCT/bin/medreason" demo --steps 8 --output "$WORK/adapter" > demo.txt 2>&1 \
  || { echo "archive test: bin/medreason demo failed:" >&2; tail -30 demo.txt >&2; exit 1; }
demo_seconds=$(( $(date +%s) - demo_started ))
grep -q "LoRA fine-tuning of $PRODUCT/models/tiny-qwen2 on $PRODUCT/samples/medical-o1-zh-sample.json" demo.txt \
  || { echo "archive test: the demo did not use the archive's model and samples:" >&2; head -3 demo.txt >&2; exit 1; }
grep -q "^After fine-tuning:" demo.txt && grep -q "training loss" demo.txt \
  || { echo "archive test: the demo's output lacks its results:" >&2; cat demo.txt >&2; exit 1; }
[ -f "$WORK/adapter/adapter_model.safetensors" ] && [ -f "$WORK/adapter/adapter_config.json" ] \
  || { echo "archive test: the demo wrote no adapter to $WORK/adapter:" >&2; ls -la "$WORK/adapter" >&2; exit 1; }
echo "archive test: $(head -n 1 version.txt); demo in ${demo_seconds} s: $(grep "training loss" demo.txt | tr -s ' ')"
echo "archive test: the extracted archive started the workbench and ran --version and demo from its own folder" \
  "in $(( $(date +%s) - started )) s"
