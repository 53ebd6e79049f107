#!/bin/sh
# Nothing sent (issue 16): `./medreason demo` (short), `./medreason ask` and a workbench launch (the built product
# started under Xvfb, its smoke hook running a 4-step LoRA Fine-tuning launch) run inside a network namespace that has
# no network at all (only a loopback interface, down) and must succeed. Needs the built product (./medreason builds
# it first, outside the namespace, when it is missing). Prints one line per check; exit 0 only when both succeeded,
# or when the kernel refuses a network namespace (the reason is printed).
set -eu
cd "$(dirname "$0")/../.."
mkdir -p target/offline
log=target/offline

./medreason --version > "$log/version.log" 2>&1 || { echo "offline: ./medreason --version failed:"; cat "$log/version.log"; exit 1; }

if unshare -n true 2>/dev/null; then
  ns="unshare -n"
elif unshare -rn true 2>/dev/null; then
  ns="unshare -rn"
else
  reason=$(unshare -n true 2>&1 | head -n 1 || true)
  echo "offline: NOT RUN: the kernel refuses a network namespace here (unshare -n and unshare -rn: $reason)"
  exit 0
fi

interfaces=$($ns sh -c 'tail -n +3 /proc/net/dev' | sed 's/:.*//; s/ //g' | tr '\n' ' ')
echo "offline: running in '$ns': network interfaces inside: $interfaces"
[ "$interfaces" = "lo " ] || { echo "offline: expected only lo inside the namespace"; exit 1; }
if command -v bash >/dev/null 2>&1 && $ns timeout 5 bash -c 'exec 3<>/dev/tcp/1.1.1.1/443' 2>/dev/null; then
  echo "offline: the namespace reached the network"; exit 1
fi

status=0
if $ns ./medreason demo --steps 3 > "$log/demo.log" 2>&1; then
  echo "offline: demo --steps 3 without network: ok ($(grep -c '^step ' "$log/demo.log") steps, $(grep '^adapter written' "$log/demo.log" | cut -c1-60)…)"
else
  echo "offline: demo --steps 3 without network FAILED (exit $?); last lines:"; tail -n 15 "$log/demo.log"; status=1
fi
if $ns ./medreason ask --model models/tiny-qwen2 --max-new-tokens 16 --seed 1 "醫生，我頭痛怎麼辦？" > "$log/ask.log" 2> "$log/ask.err"; then
  echo "offline: ask without network: ok ($(grep -o '\[[0-9]* prompt tokens.*\]' "$log/ask.err"))"
else
  echo "offline: ask without network FAILED (exit $?):"; tail -n 15 "$log/ask.err"; status=1
fi
# the script gives ask the Vector API: it decodes with the Java vector kernels (PyTorch's operators if the option is lost)
if grep -q 'decoding with Java vector kernels' "$log/ask.err"; then
  echo "offline: ./medreason ask decodes with the Java vector kernels"
else
  echo "offline: ./medreason ask does not decode with the Java vector kernels:"; grep 'decoding with' "$log/ask.err"; status=1
fi
command -v ip >/dev/null 2>&1 || { echo "offline: installing iproute2"; apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q iproute2 >/dev/null; }
command -v xvfb-run >/dev/null 2>&1 || { echo "offline: installing xvfb"; apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb xauth >/dev/null; }
# The workbench: the product itself, its smoke hook runs one LoRA Fine-tuning launch of the tiny model and reports.
# The workbench watches its children over the loopback interface, which every machine has up, even one without any
# network: inside the namespace it is brought up first (still no other interface, no route out).
ROOT=$(pwd)
STUDIO=releng/io.medreason.product/target/products/io.medreason.product/linux/gtk/x86_64/MedReasonStudio
rm -rf "$log/workbench" && mkdir -p "$log/workbench"
cat > "$log/workbench/training_config.json" <<EOF
{"model": "$ROOT/models/tiny-qwen2", "data": "$ROOT/samples/medical-o1-zh-sample.json",
 "output": "$ROOT/$log/workbench/run", "steps": 4, "batch-size": 1, "grad-accum": 2, "max-length": 160,
 "truncation": "cut", "lora-r": 4, "lora-alpha": 8, "checkpoint-every": 2}
EOF
report="$ROOT/$log/workbench/report.txt"
if MEDREASON_VMARGS="-Dmedreason.smoketest=$report -Dmedreason.smoketest.launch=$ROOT/$log/workbench/training_config.json" \
    $ns sh -c 'ip link set lo up && exec "$@"' loopback-up timeout 600 xvfb-run -a -s "-screen 0 1400x900x24" \
    "$STUDIO/medreason-studio" -nosplash -data "$ROOT/$log/workbench/workspace" > "$log/workbench.log" 2>&1 \
    && grep -qxF "launch io.medreason.launching.loraFineTuning run=finished exit=0 steps=4/4" "$report"; then
  echo "offline: a workbench launch without network: ok ($(sed -n 's/^launch io.medreason.launching.loraFineTuning loss=/loss /p' "$report"))"
else
  echo "offline: a workbench launch without network FAILED; report and last lines:"
  cat "$report" 2>/dev/null || true; tail -n 15 "$log/workbench.log"; status=1
fi
exit $status
