#!/usr/bin/python3
"""Writes the trainer's golden fixtures (small JSON files) with train_reference.py's PyTorch trainer.

Usage: make_train_fixtures.py MODEL_DIR ADAPTER_DIR OUT_DIR   (the tiny-qwen2 model and adapter of shared/data)
Records are token ids: the four reference texts of ids.json plus pseudo-random ids (fixed seed), each with a prompt
length to mask, so that batches need padding and some records are shorter than others.
"""
import json
import random
import subprocess
import sys
import os

model, adapter, out = sys.argv[1:4]
here = os.path.dirname(os.path.abspath(__file__))
ids = json.load(open(os.path.join(os.path.dirname(model.rstrip("/")), "ids.json")))
rng = random.Random(20261129)
records = [{"ids": r, "prompt": len(r) // 3} for r in ids]
for n in (7, 12, 5, 16):
    records.append({"ids": [rng.randrange(151643) for _ in range(n)], "prompt": n // 2})

cases = {
    "batch2-accum2-clip-warmup-linear": dict(steps=6, lr=0.01, batch=2, accum=2, warmup=2, scheduler="linear",
                                             weight_decay=0.01, max_grad_norm=1.0, shuffle_seed=7),
    "batch3-clip-warmup-cosine": dict(steps=5, lr=0.005, batch=3, accum=1, warmup=1, scheduler="cosine",
                                      weight_decay=0.0, max_grad_norm=0.5, shuffle_seed=3407),
    "batch1-accum3-constant-all": dict(steps=4, lr=0.005, batch=1, accum=3, warmup=0, scheduler="constant",
                                       weight_decay=0.1, max_grad_norm=0.0, shuffle_seed=None, train_on_all=True),
}
os.makedirs(out, exist_ok=True)
for name, case in cases.items():
    case = dict(case, records=records, pad_id=151643)
    tmp = os.path.join(out, name + ".case.json")
    with open(tmp, "w") as f:
        json.dump(case, f)
    subprocess.run([sys.executable, os.path.join(here, "train_reference.py"), "--model", model, "--adapter", adapter,
                    "--case", tmp, "--out", os.path.join(out, name + ".json")], check=True)
    os.remove(tmp)
    print("wrote", name)
