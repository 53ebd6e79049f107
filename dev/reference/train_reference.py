#!/usr/bin/python3
"""PyTorch reference for MedReason's LoRA trainer (Hugging Face Trainer + PEFT semantics), written from
transformers' modeling_qwen2.py, peft's LoRA layer and transformers' Trainer/optimization code.

It reads a Qwen2 checkpoint (safetensors, bf16/fp16/fp32) and a PEFT adapter, trains the adapter on token-id records
and writes a small golden JSON: the loss, learning rate and pre-clipping gradient norm of every optimizer step, and
the sum of the adapter weights at the end.

Usage: train_reference.py --model DIR --adapter DIR --case CASE.json --out FIXTURE.json
The case file holds the hyper-parameters and the records (token ids + the length of the masked prompt):
  {"records": [{"ids": [...], "prompt": 3}, ...], "steps": 6, "lr": 0.01, "batch": 2, "accum": 2,
   "warmup": 2, "scheduler": "linear|cosine|constant", "weight_decay": 0.01, "max_grad_norm": 1.0,
   "shuffle_seed": null | int, "pad_id": 151643}
Record order: epochs of the records, shuffled per epoch with the SplitMix64 Fisher-Yates permutation that the Java
trainer uses (seed + epoch), or in file order when shuffle_seed is null.
"""
import argparse
import json
import math

import torch

from qwen2_reference import read_safetensors  # the same minimal reader the forward-pass reference uses

torch.set_default_dtype(torch.float32)
MASK64 = (1 << 64) - 1


class Lora:
    """One LoRA pair on a frozen linear layer: y = x W^T + b + scaling * (x A^T) B^T."""

    def __init__(self, a, b, scaling):
        self.a = a.clone().requires_grad_(True)
        self.b = b.clone().requires_grad_(True)
        self.scaling = scaling


class Qwen2:
    def __init__(self, cfg, w, adapter, acfg):
        self.cfg = cfg
        self.w = w
        self.loras = {}
        scaling = acfg["lora_alpha"] / acfg["r"]
        for key in adapter:
            if key.endswith("lora_A.weight"):
                module = key[len("base_model.model."):-len(".lora_A.weight")]
                self.loras[module] = Lora(adapter[key], adapter[key.replace("lora_A", "lora_B")], scaling)
        self.h = cfg["hidden_size"]
        self.nh = cfg["num_attention_heads"]
        self.nkv = cfg["num_key_value_heads"]
        self.dh = cfg.get("head_dim") or self.h // self.nh

    def params(self):
        out = []
        for name in sorted(self.loras):
            out += [self.loras[name].a, self.loras[name].b]
        return out

    def linear(self, name, x):
        y = x @ self.w[name + ".weight"].t()
        if name + ".bias" in self.w:
            y = y + self.w[name + ".bias"]
        lora = self.loras.get(name)
        if lora is not None:
            y = y + (x @ lora.a.t()) @ lora.b.t() * lora.scaling
        return y

    def rms(self, name, x):
        var = x.pow(2).mean(-1, keepdim=True)
        return self.w[name + ".weight"] * (x * torch.rsqrt(var + self.cfg["rms_norm_eps"]))

    def forward(self, ids, mask):
        bsz, t = ids.shape
        x = self.w["model.embed_tokens.weight"][ids]
        inv = 1.0 / (self.cfg["rope_theta"] ** (torch.arange(0, self.dh, 2, dtype=torch.int64).float() / self.dh))
        freqs = torch.arange(t).float()[:, None] * inv[None, :]
        emb = torch.cat([freqs, freqs], -1)
        cos, sin = emb.cos(), emb.sin()
        causal = torch.tril(torch.ones(t, t, dtype=torch.bool))
        allowed = causal[None, None] & mask.bool()[:, None, None, :]
        bias = torch.zeros(bsz, 1, t, t).masked_fill(~allowed, torch.finfo(torch.float32).min)
        for i in range(self.cfg["num_hidden_layers"]):
            p = "model.layers.%d." % i
            hsn = self.rms(p + "input_layernorm", x)
            q = self.linear(p + "self_attn.q_proj", hsn).view(bsz, t, self.nh, self.dh).transpose(1, 2)
            k = self.linear(p + "self_attn.k_proj", hsn).view(bsz, t, self.nkv, self.dh).transpose(1, 2)
            v = self.linear(p + "self_attn.v_proj", hsn).view(bsz, t, self.nkv, self.dh).transpose(1, 2)
            q = q * cos + rotate_half(q) * sin
            k = k * cos + rotate_half(k) * sin
            rep = self.nh // self.nkv
            k = k.repeat_interleave(rep, dim=1)
            v = v.repeat_interleave(rep, dim=1)
            att = (q @ k.transpose(2, 3)) / math.sqrt(self.dh) + bias
            att = torch.softmax(att.float(), dim=-1)
            o = (att @ v).transpose(1, 2).reshape(bsz, t, self.nh * self.dh)
            x = x + self.linear(p + "self_attn.o_proj", o)
            hsn = self.rms(p + "post_attention_layernorm", x)
            g = self.linear(p + "mlp.gate_proj", hsn)
            u = self.linear(p + "mlp.up_proj", hsn)
            x = x + self.linear(p + "mlp.down_proj", torch.nn.functional.silu(g) * u)
        x = self.rms("model.norm", x)
        head = self.w.get("lm_head.weight", self.w["model.embed_tokens.weight"])
        return x @ head.t()


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat([-x[..., half:], x[..., :half]], -1)


def lr_factor(kind, step, warmup, total):
    if step < warmup:
        return step / max(1, warmup)
    if kind == "constant":
        return 1.0
    progress = (step - warmup) / max(1, total - warmup)
    if kind == "linear":
        return max(0.0, (total - step) / max(1, total - warmup))
    return max(0.0, 0.5 * (1.0 + math.cos(math.pi * progress)))


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & MASK64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return state, z ^ (z >> 31)


def permutation(n, seed):
    """Fisher-Yates driven by SplitMix64 (same as io.medreason.engine.train.EpochOrder)."""
    order = list(range(n))
    state = seed & MASK64
    for i in range(n - 1, 0, -1):
        state, r = splitmix64(state)
        j = r % (i + 1)
        order[i], order[j] = order[j], order[i]
    return order


def record_stream(case):
    n = len(case["records"])
    epoch = 0
    while True:
        seed = case.get("shuffle_seed")
        order = list(range(n)) if seed is None else permutation(n, seed + epoch)
        for i in order:
            yield case["records"][i]
        epoch += 1


def collate(records, pad_id, train_on_all):
    t = max(len(r["ids"]) for r in records)
    ids = torch.full((len(records), t), pad_id, dtype=torch.int64)
    mask = torch.zeros(len(records), t, dtype=torch.int64)
    labels = torch.full((len(records), t), -100, dtype=torch.int64)
    for row, r in enumerate(records):
        n = len(r["ids"])
        ids[row, :n] = torch.tensor(r["ids"])
        mask[row, :n] = 1
        labels[row, :n] = torch.tensor(r["ids"])
        if not train_on_all:
            labels[row, :r.get("prompt", 0)] = -100
    return ids, mask, labels


def train(model, case):
    params = model.params()
    steps, lr = case["steps"], case["lr"]
    b1, b2, eps, wd = 0.9, 0.999, 1e-8, case.get("weight_decay", 0.0)
    m = [torch.zeros_like(p) for p in params]
    v = [torch.zeros_like(p) for p in params]
    stream = record_stream(case)
    result = {"losses": [], "lrs": [], "grad_norms": []}
    for step in range(steps):
        micro = [[next(stream) for _ in range(case.get("batch", 1))] for _ in range(case.get("accum", 1))]
        batches = [collate(mb, case.get("pad_id", 151643), case.get("train_on_all", False)) for mb in micro]
        total_tokens = sum(int((lab[:, 1:] != -100).sum()) for _, _, lab in batches)
        loss_sum = 0.0
        for ids, mask, labels in batches:
            logits = model.forward(ids, mask)
            ce = torch.nn.functional.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]),
                                                   labels[:, 1:].reshape(-1), ignore_index=-100, reduction="sum")
            (ce / total_tokens).backward()
            loss_sum += float(ce)
        norm = torch.sqrt(sum((p.grad.double() ** 2).sum() for p in params)).item()
        max_norm = case.get("max_grad_norm", 0.0)
        if max_norm > 0:
            coef = max_norm / (norm + 1e-6)
            if coef < 1:
                for p in params:
                    p.grad.mul_(coef)
        cur = lr * lr_factor(case.get("scheduler", "linear"), step, case.get("warmup", 0), steps)
        t = step + 1
        with torch.no_grad():
            for p, mi, vi in zip(params, m, v):
                p.mul_(1 - cur * wd)
                mi.mul_(b1).add_(p.grad, alpha=1 - b1)
                vi.mul_(b2).addcmul_(p.grad, p.grad, value=1 - b2)
                denom = (vi.sqrt() / math.sqrt(1 - b2 ** t)).add_(eps)
                p.addcdiv_(mi, denom, value=-cur / (1 - b1 ** t))
                p.grad = None
        result["losses"].append(loss_sum / total_tokens)
        result["lrs"].append(cur)
        result["grad_norms"].append(norm)
    result["adapter_sum"] = float(sum(p.detach().double().sum() for p in params))
    result["adapter_abs_sum"] = float(sum(p.detach().double().abs().sum() for p in params))
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--adapter", required=True)
    ap.add_argument("--case", required=True)
    ap.add_argument("--out")
    args = ap.parse_args()
    cfg = json.load(open(args.model + "/config.json"))
    acfg = json.load(open(args.adapter + "/adapter_config.json"))
    model = Qwen2(cfg, read_safetensors(args.model + "/model.safetensors"),
                  read_safetensors(args.adapter + "/adapter_model.safetensors"), acfg)
    case = json.load(open(args.case))
    result = train(model, case)
    out = dict(case)
    out["expected"] = result
    text = json.dumps(out, indent=1)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    else:
        print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
