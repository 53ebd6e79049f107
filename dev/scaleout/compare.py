#!/usr/bin/python3
"""Helpers of roundtrip.sh (standard library + torch):
  compare.py losses A/metrics.jsonl B/metrics.jsonl TOL [FROM_STEP]   per-step loss, grad_norm and eval_loss
  compare.py adapters A B TOL                                         adapter_model.safetensors element by element
  compare.py eval EVAL_JSON_LINE JOB/metrics.jsonl TOL                 `medreason eval`'s loss vs the job's last eval_loss
  compare.py tokens-per-s OUTPUT                                       tokens / train_runtime of a finished job
  compare.py split SAMPLE TRAIN EVAL N                                 first N records for training, the rest held out
Each check prints its largest difference and exits 1 when it is over the tolerance.
"""
import json
import os
import struct
import sys

import torch


def steps(path, from_step=1):
    """step -> message; a step logged twice (a run killed after it, then resumed) keeps its last line."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            if m.get("type") == "step" and m["step"] >= from_step:
                out[m["step"]] = m
    return out


def losses(a, b, tol, from_step=1):
    sa, sb = steps(a, from_step), steps(b, from_step)
    if sorted(sa) != sorted(sb) or not sa:
        print("steps differ: %s vs %s" % (sorted(sa), sorted(sb)))
        return 1
    worst = {}
    for key in ("loss", "grad_norm", "eval_loss"):
        pairs = [(sa[s].get(key), sb[s].get(key)) for s in sorted(sa)]
        if any((x is None) != (y is None) for x, y in pairs):
            print("%s: logged at different steps" % key)
            return 1
        worst[key] = max([abs(x - y) for x, y in pairs if x is not None] or [0.0])
    print("steps %d..%d: loss %s | %s" % (min(sa), max(sa), " ".join("%.6f" % sa[s]["loss"] for s in sorted(sa)),
                                          " ".join("%.6f" % sb[s]["loss"] for s in sorted(sb))))
    print("largest difference over %d steps: loss %.3e, grad_norm %.3e, eval_loss %.3e (tolerance %g)"
          % (len(sa), worst["loss"], worst["grad_norm"], worst["eval_loss"], tol))
    return 0 if max(worst.values()) <= tol else 1


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name != "__metadata__":
            a, b = info["data_offsets"]
            assert info["dtype"] == "F32", name
            out[name] = torch.frombuffer(bytearray(data[a:b]), dtype=torch.float32).reshape(info["shape"])
    return out


def adapters(a, b, tol):
    ta = read_safetensors(os.path.join(a, "adapter_model.safetensors"))
    tb = read_safetensors(os.path.join(b, "adapter_model.safetensors"))
    if sorted(ta) != sorted(tb):
        print("tensor names differ: %s" % sorted(set(ta) ^ set(tb)))
        return 1
    worst, where = 0.0, ""
    for k in ta:
        d = (ta[k] - tb[k]).abs().max().item()
        if d >= worst:
            worst, where = d, k
    print("adapter: %d tensors, largest difference %.3e (%s; tolerance %g)" % (len(ta), worst, where, tol))
    return 0 if worst <= tol else 1


def eval_loss(line, metrics, tol):
    mine = json.loads(line)["loss"]
    job = [m["eval_loss"] for m in steps(metrics).values() if m.get("eval_loss") is not None][-1]
    print("eval --adapter on the job's adapter: %.6f, the job's final eval_loss: %.6f, difference %.3e (tolerance %g)"
          % (mine, job, abs(mine - job), tol))
    return 0 if abs(mine - job) <= tol else 1


def tokens_per_s(output):
    ckpts = [int(n.split("-")[1]) for n in os.listdir(output) if n.startswith("checkpoint-")]
    state = json.load(open(os.path.join(output, "checkpoint-%d" % max(ckpts), "trainer_state.json")))
    runtime = [json.loads(l) for l in open(os.path.join(output, "metrics.jsonl"))][-1]["train_runtime"]
    print("%.1f" % (state["tokens"] / runtime))
    return 0


def split(sample, train, held, n):
    records = json.load(open(sample, encoding="utf-8"))
    for path, part in ((train, records[:n]), (held, records[n:])):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(part, f, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "losses":
        sys.exit(losses(args[0], args[1], float(args[2]), int(args[3]) if len(args) > 3 else 1))
    if cmd == "adapters":
        sys.exit(adapters(args[0], args[1], float(args[2])))
    if cmd == "eval":
        sys.exit(eval_loss(args[0], args[1], float(args[2])))
    if cmd == "tokens-per-s":
        sys.exit(tokens_per_s(args[0]))
    if cmd == "split":
        sys.exit(split(args[0], args[1], args[2], int(args[3])))
    sys.exit("unknown command " + cmd)
