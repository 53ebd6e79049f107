#!/bin/sh
# dev/gpu-check.sh — checks the engine on an NVIDIA GPU against the CPU, on a machine with the driver and the CUDA
# natives (./medreason gpu-setup). Run from anywhere after ./mvnw -B verify:
#   dev/gpu-check.sh [STEPS_3B]          (STEPS_3B: timed steps of the 3B benchmark, default 3)
# 1. eval parity: ./medreason eval of the tiny model fixture on the CPU (fp32) and on the GPU (fp16 weights);
# 2. 20 training steps on the GPU in fp16 against fp32, step by step (same seed, data order and settings);
# 3. ./medreason bench train at Qwen2.5-3B's dimensions, 2048 tokens, fp16, activation checkpointing,
#    printing samples/s beside the seed's 0.885 samples/s (Colab T4 + Unsloth).
# Exits 1 at the first check that fails, with the figures; 2 when there is no GPU or no CUDA natives.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MR="$ROOT/medreason"
MODEL="$ROOT/models/tiny-qwen2"
DATA="$ROOT/samples/medical-o1-zh-sample.json"
STEPS_3B="${1:-3}"
EVAL_TOL=0.02    # |eval loss GPU fp16 - CPU fp32|, nats/token
TRAIN_TOL=0.05   # |loss fp16 - loss fp32| at every one of the 20 steps, nats/token
SEED_SAMPLES_PER_S=0.885
WORK=$(mktemp -d "${TMPDIR:-/tmp}/gpu-check.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

fail() { echo "gpu-check: FAILED: $*" >&2; exit 1; }
# The value of "key" in the last line of FILE that has it (numbers only, as our JSON Lines write them).
json_num() { grep -o "\"$1\": *[-0-9.eE+]*" "$2" | tail -n 1 | sed 's/.*: *//'; }
# |a - b| <= tol, printing the difference.
within() { awk -v a="$1" -v b="$2" -v t="$3" -v what="$4" 'BEGIN { d = a - b; if (d < 0) d = -d;
  printf "%s: %.6f vs %.6f, difference %.6f (tolerance %s)\n", what, a, b, d, t; exit !(d <= t) }'; }

echo "== doctor"
"$MR" doctor | tee "$WORK/doctor.txt"
grep -q '^PyTorch CUDA support: yes' "$WORK/doctor.txt" || {
  echo "gpu-check: the loaded natives have no CUDA support: run ./medreason gpu-setup (or --libtorch DIR)" >&2; exit 2; }
grep -q '^GPU 0: ' "$WORK/doctor.txt" || {
  echo "gpu-check: no GPU visible (NVIDIA driver? see the CUDA driver line above)" >&2; exit 2; }

echo "== 1. eval parity on $MODEL (CPU fp32 vs GPU fp16)"
"$MR" eval --model "$MODEL" --data "$DATA" --template chatml-reasoning --device cpu > "$WORK/eval-cpu.txt"
"$MR" eval --model "$MODEL" --data "$DATA" --template chatml-reasoning --device gpu > "$WORK/eval-gpu.txt"
within "$(json_num loss "$WORK/eval-gpu.txt")" "$(json_num loss "$WORK/eval-cpu.txt")" "$EVAL_TOL" \
  "eval loss GPU vs CPU" || fail "eval loss differs between GPU and CPU"

echo "== 2. 20 training steps on the GPU, fp16 vs fp32"
for p in fp32 fp16; do
  "$MR" train --model "$MODEL" --data "$DATA" --output "$WORK/train-$p" --device gpu --precision "$p" \
    --steps 20 --batch-size 2 --grad-accum 1 --max-length 512 --seed 3407 --no-shuffle --warmup-steps 2 \
    --checkpoint-every 1000 --eval-fraction 0 > "$WORK/train-$p.txt" 2>&1 || { cat "$WORK/train-$p.txt"; fail "train $p"; }
done
grep '"type": *"step"' "$WORK/train-fp32/metrics.jsonl" | grep -o '"loss": *[-0-9.eE+]*' | sed 's/.*: *//' > "$WORK/l32"
grep '"type": *"step"' "$WORK/train-fp16/metrics.jsonl" | grep -o '"loss": *[-0-9.eE+]*' | sed 's/.*: *//' > "$WORK/l16"
if [ "$(wc -l < "$WORK/l32")" -ne 20 ] || [ "$(wc -l < "$WORK/l16")" -ne 20 ]; then
  fail "expected 20 step losses from each run"
fi
paste "$WORK/l16" "$WORK/l32" | awk -v t="$TRAIN_TOL" '{ d = $1 - $2; if (d < 0) d = -d; if (d > m) { m = d; s = NR }
  printf "step %2d: fp16 %.4f fp32 %.4f\n", NR, $1, $2 }
  END { printf "largest difference %.6f at step %d (tolerance %s)\n", m, s, t; exit !(m <= t) }' \
  || fail "fp16 training losses differ from fp32"

echo "== 3. bench train at Qwen2.5-3B dimensions (2048 tokens, fp16, activation checkpointing)"
"$MR" bench train --device gpu --dims 3b --precision fp16 --lengths 2048 --checkpointing-from 2048 \
  --warmup 1 --steps "$STEPS_3B" | tee "$WORK/bench.txt"
RATE=$(sed -n 's/.*, \([0-9.]*\) samples\/s$/\1/p' "$WORK/bench.txt" | tail -n 1)
[ -n "$RATE" ] || fail "bench train printed no samples/s"
awk -v r="$RATE" -v s="$SEED_SAMPLES_PER_S" 'BEGIN { printf "samples/s: %.3f here vs %.3f for the seed (Colab T4 +'\
' Unsloth, 2048-token samples): %.2fx\n", r, s, r / s }'
echo "gpu-check: all checks passed"
