#!/bin/sh
# Runs this MedReason job with torchrun: DDP over every rank (add --fsdp to shard the frozen base model).
#   MODEL_DIR       the model folder (config.json, model.safetensors or shards) on this machine; required
#   NNODES          machines taking part (default 1)
#   NPROC_PER_NODE  ranks per machine (default: every GPU, or 2 CPU processes with gloo when there is none)
#   RDZV_ENDPOINT   host:port of the rendezvous (required when NNODES > 1; default: a standalone local one)
#   RDZV_ID         the job's rendezvous id (default medreason-job), PYTHON (default python3)
# Further arguments go to train.py (e.g. --fsdp, --cpu, --micro-batch 1). Running it again resumes from the
# newest checkpoint in output/.
set -eu
JOB=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-python3}
NNODES=${NNODES:-1}
if [ -z "${NPROC_PER_NODE:-}" ]; then
  gpus=$("$PYTHON" -c "import torch; print(torch.cuda.device_count() if torch.cuda.is_available() else 0)")
  if [ "$gpus" -gt 0 ]; then NPROC_PER_NODE=$gpus; else NPROC_PER_NODE=2; fi
fi
export MODEL_DIR="${MODEL_DIR:-}"
# Each rank's stdout goes to logs/ and to this console, stderr to the console (--redirects/--tee 1: Debian's torch 1.13
# on Python 3.11 cannot parse the default 0).
LOGS="--log_dir $JOB/logs --redirects 1 --tee 1"
"$PYTHON" "$JOB/train.py" --job "$JOB" --check --world-size $((NNODES * NPROC_PER_NODE)) || exit $?
if [ "$NNODES" -eq 1 ] && [ -z "${RDZV_ENDPOINT:-}" ]; then
  exec "$PYTHON" -m torch.distributed.run --standalone --nnodes 1 --nproc_per_node "$NPROC_PER_NODE" $LOGS \
    "$JOB/train.py" --job "$JOB" "$@"
fi
: "${RDZV_ENDPOINT:?set RDZV_ENDPOINT=host:port (a machine of the job) when NNODES > 1}"
exec "$PYTHON" -m torch.distributed.run --nnodes "$NNODES" --nproc_per_node "$NPROC_PER_NODE" \
  --rdzv_backend c10d --rdzv_endpoint "$RDZV_ENDPOINT" --rdzv_id "${RDZV_ID:-medreason-job}" $LOGS \
  "$JOB/train.py" --job "$JOB" "$@"
