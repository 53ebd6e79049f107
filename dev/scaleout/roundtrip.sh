#!/bin/sh
# Scale-out round trip (issue 15): the tiny model's run exported as a torchrun job and trained by 2 CPU processes
# (gloo) must equal `medreason train` with the same global batch: per-step losses and the final adapter within 1e-4,
# `eval --adapter` on the job's adapter equal to the job's own final eval_loss. Then: a rank killed mid-run fails
# the job within 60 s and re-running run.sh resumes to the same losses; `train --resume` continues a job's
# checkpoint and a job resumes a local checkpoint; bad input (model, record, world size) is one line before any
# step. Needs the built product (./mvnw -B verify) and Debian's python3-torch (installed here when missing).
set -eu
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
if ! /usr/bin/python3 -c "import torch" 2>/dev/null; then
  echo "scaleout: installing python3-torch"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-torch
fi
export PATH="/usr/bin:$PATH" PYTHON=/usr/bin/python3
TOL=1e-4
W="$ROOT/target/scaleout"
MODEL="$ROOT/models/tiny-qwen2"
CMP="$PYTHON $ROOT/dev/scaleout/compare.py"
rm -rf "$W" && mkdir -p "$W"
fail() { echo "scaleout: FAILED: $*" >&2; exit 1; }

# The run: 42 records train, 7 are held out (a file, so that `eval` can read the same records); batch 2 x accum 1.
$CMP split "$ROOT/samples/medical-o1-zh-sample.json" "$W/train.json" "$W/held.json" 42
cat > "$W/run.json" <<JSON
{"model": "$MODEL", "data": "$W/train.json", "eval-data": "$W/held.json", "steps": 12, "batch-size": 2,
 "grad-accum": 1, "lr": 0.002, "warmup-steps": 2, "scheduler": "linear", "max-length": 1024, "lora-r": 8,
 "lora-alpha": 16, "lora-dropout": 0, "seed": 3407, "checkpoint-every": 3, "eval-every": 6, "device": "cpu",
 "precision": "fp32"}
JSON

echo "== medreason train (local, batch 2)"
./medreason train --config "$W/run.json" --output "$W/local" > "$W/local.log" 2>&1 || { cat "$W/local.log"; fail "train"; }
grep -E "^data |^done" "$W/local.log"

echo "== medreason job export"
./medreason job export --out "$W/job" --config "$W/run.json" || fail "job export"
cp -r "$W/job" "$W/job-pristine"

echo "== run.sh: 2 CPU processes (gloo), 1 record each"
start=$(date +%s)
MODEL_DIR="$MODEL" NPROC_PER_NODE=2 "$W/job/run.sh" > "$W/job2.log" 2>&1 || { tail -40 "$W/job2.log"; fail "run.sh"; }
echo "   $(($(date +%s) - start)) s"
echo "-- per-step losses, job (2 processes) vs medreason train:"
$CMP losses "$W/local/metrics.jsonl" "$W/job/output/metrics.jsonl" $TOL || fail "losses differ"
echo "-- final adapter, job vs medreason train:"
$CMP adapters "$W/local" "$W/job/output" $TOL || fail "adapters differ"
grep -q '"base_model_name_or_path": "'"$MODEL"'"' "$W/job/output/adapter_config.json" || fail "base_model_name_or_path"

echo "== medreason eval --adapter on the job's adapter"
./medreason eval --model "$MODEL" --adapter "$W/job/output" --data "$W/held.json" --template chatml-reasoning \
  --max-length 1024 > "$W/eval.out" 2> "$W/eval.err" || { cat "$W/eval.err"; fail "eval"; }
$CMP eval "$(tail -1 "$W/eval.out")" "$W/job/output/metrics.jsonl" $TOL || fail "eval loss differs"
echo "== medreason ask --adapter on the job's adapter"
./medreason ask --model "$MODEL" --adapter "$W/job/output" --max-new-tokens 8 "頭痛怎麼辦？" > "$W/ask.out" 2>&1 \
  || { cat "$W/ask.out"; fail "ask"; }

echo "== run.sh: 1 CPU process, 2 records a forward"
cp -r "$W/job-pristine" "$W/job1"
MODEL_DIR="$MODEL" NPROC_PER_NODE=1 "$W/job1/run.sh" > "$W/job1.log" 2>&1 || { tail -40 "$W/job1.log"; fail "run.sh 1"; }
$CMP losses "$W/local/metrics.jsonl" "$W/job1/output/metrics.jsonl" $TOL || fail "1-process losses differ"
echo "tokens/s: 1 process $($CMP tokens-per-s "$W/job1/output"), 2 processes $($CMP tokens-per-s "$W/job/output")"

echo "== kill one rank after checkpoint-3: the job must end within 60 s, then run.sh resumes"
cp -r "$W/job-pristine" "$W/jobk"
MODEL_DIR="$MODEL" NPROC_PER_NODE=2 "$W/jobk/run.sh" > "$W/jobk.log" 2>&1 &
launcher=$!
i=0
until [ -d "$W/jobk/output/checkpoint-3" ]; do
  sleep 0.2; i=$((i + 1))
  [ $i -lt 1500 ] || { kill "$launcher"; fail "no checkpoint-3 after 300 s"; }
done
victim=""
for child in $(pgrep -P "$launcher"); do
  tr '\0' '\n' < "/proc/$child/environ" 2>/dev/null | grep -qx "LOCAL_RANK=1" && victim=$child
done
[ -n "$victim" ] || fail "rank 1 not found among the children of $launcher"
[ ! -f "$W/jobk/output/adapter_model.safetensors" ] || fail "the job finished before the kill"
kill -9 "$victim"
killed=$(date +%s)
i=0
while kill -0 "$launcher" 2>/dev/null; do
  sleep 0.5; i=$((i + 1))
  [ $i -lt 120 ] || { kill -9 "$launcher"; fail "the job still runs 60 s after rank 1 was killed"; }
done
status=0; wait "$launcher" || status=$?
echo "   rank 1 (pid $victim) killed: the job ended after $(($(date +%s) - killed)) s with status $status"
[ "$status" -ne 0 ] || fail "the job reported success after losing a rank"
MODEL_DIR="$MODEL" NPROC_PER_NODE=2 "$W/jobk/run.sh" > "$W/jobk2.log" 2>&1 || { tail -40 "$W/jobk2.log"; fail "resume"; }
grep -h "resuming from" "$W/jobk2.log" | sed 's/^/   /'
$CMP losses "$W/local/metrics.jsonl" "$W/jobk/output/metrics.jsonl" $TOL || fail "resumed losses differ"
$CMP adapters "$W/local" "$W/jobk/output" $TOL || fail "resumed adapter differs"

echo "== medreason train --resume continues the job's checkpoint-6"
mkdir -p "$W/cross-local" && cp -r "$W/job/output/checkpoint-6" "$W/cross-local/"
./medreason train --config "$W/run.json" --output "$W/cross-local" --resume > "$W/cross-local.log" 2>&1 \
  || { cat "$W/cross-local.log"; fail "train --resume"; }
$CMP losses "$W/local/metrics.jsonl" "$W/cross-local/metrics.jsonl" $TOL 7 || fail "train --resume losses differ"
echo "== the job resumes the local run's checkpoint-6"
cp -r "$W/job-pristine" "$W/cross-job" && mkdir -p "$W/cross-job/output" && cp -r "$W/local/checkpoint-6" "$W/cross-job/output/"
MODEL_DIR="$MODEL" NPROC_PER_NODE=2 "$W/cross-job/run.sh" > "$W/cross-job.log" 2>&1 || { tail -40 "$W/cross-job.log"; fail "job resume"; }
$CMP losses "$W/local/metrics.jsonl" "$W/cross-job/output/metrics.jsonl" $TOL 7 || fail "job resume losses differ"

echo "== bad input: one line naming the file, record or setting, before any step"
expect_error() { # NAME EXPECTED-TEXT JOB-DIR, then env assignments for run.sh
  name=$1; want=$2; dir=$3; shift 3
  status=0
  env "$@" "$dir/run.sh" > "$W/bad.out" 2> "$W/bad.err" || status=$?
  lines=$(wc -l < "$W/bad.err")
  [ "$status" -eq 2 ] && [ "$lines" -eq 1 ] && grep -qF "$want" "$W/bad.err" && [ ! -e "$dir/output" ] \
    || { cat "$W/bad.err"; fail "$name: want exit 2 and one line with '$want' (status $status, $lines lines)"; }
  echo "   $name: $(cat "$W/bad.err")"
}
cp -r "$W/job-pristine" "$W/bad"
expect_error "no model" "MODEL_DIR $W/nowhere: no config.json" "$W/bad" MODEL_DIR="$W/nowhere" NPROC_PER_NODE=2
mkdir -p "$W/wrong-model" && cp "$MODEL"/* "$W/wrong-model/"
sed -i 's/"hidden_size": 32/"hidden_size": 64/' "$W/wrong-model/config.json"
expect_error "wrong model" "config.json: hidden_size is 64 but the job was exported for 32" "$W/bad" \
  MODEL_DIR="$W/wrong-model" NPROC_PER_NODE=2
expect_error "world size" "world size 3 (NNODES x NPROC_PER_NODE) does not divide the global batch 2" "$W/bad" \
  MODEL_DIR="$MODEL" NPROC_PER_NODE=3
$PYTHON - "$W/bad/data/train.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
r = json.loads(lines[4]); r["labels"] = r["labels"][:-1]; lines[4] = json.dumps(r)
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
expect_error "bad record" "data/train.jsonl: record 5 (line 5): 'labels' has" "$W/bad" MODEL_DIR="$MODEL" NPROC_PER_NODE=2
echo "scaleout: round trip OK"
