#!/usr/bin/python3
"""Engine reference: Qwen2 forward pass + PEFT LoRA in plain PyTorch (float32), written from transformers'
models/qwen2/modeling_qwen2.py (eager attention) and peft's tuners/lora/layer.py, plus a minimal safetensors
reader/writer. Used by make_fixtures.py to produce the engine's golden files. Runs on Debian's python3-torch.
"""
import json
import math
import os
import struct

import numpy as np
import torch

DTYPES = {"F32": (np.float32, 4), "F16": (np.float16, 2), "BF16": (None, 2)}


def write_safetensors(path, tensors, dtype):
    """tensors: ordered dict name -> float32 torch tensor; dtype: F32 | F16 | BF16 (round to nearest even)."""
    header = {"__metadata__": {"format": "pt"}}
    blobs = []
    offset = 0
    for name, t in tensors.items():
        t = t.detach().contiguous()
        if dtype == "F32":
            raw = t.float().numpy().astype("<f4").tobytes()
        elif dtype == "F16":
            raw = t.half().numpy().astype("<f2").tobytes()
        else:
            raw = t.bfloat16().view(torch.int16).numpy().astype("<i2").tobytes()
        header[name] = {"dtype": dtype, "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        offset += len(raw)
        blobs.append(raw)
    js = json.dumps(header, separators=(",", ":")).encode()
    js += b" " * ((8 - len(js) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(js)))
        f.write(js)
        for b in blobs:
            f.write(b)


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        raw = data[a:b]
        if info["dtype"] == "BF16":
            bits = np.frombuffer(raw, dtype="<u2").astype(np.uint32) << 16
            arr = bits.view(np.float32)
        else:
            arr = np.frombuffer(raw, dtype=DTYPES[info["dtype"]][0]).astype(np.float32)
        out[name] = torch.from_numpy(arr.copy()).reshape(info["shape"])
    return out


def read_model(model_dir):
    cfg = json.load(open(os.path.join(model_dir, "config.json")))
    index = os.path.join(model_dir, "model.safetensors.index.json")
    weights = {}
    if os.path.exists(index):
        for shard in sorted(set(json.load(open(index))["weight_map"].values())):
            weights.update(read_safetensors(os.path.join(model_dir, shard)))
    else:
        weights = read_safetensors(os.path.join(model_dir, "model.safetensors"))
    return cfg, weights


def read_adapter(adapter_dir):
    cfg = json.load(open(os.path.join(adapter_dir, "adapter_config.json")))
    return cfg, read_safetensors(os.path.join(adapter_dir, "adapter_model.safetensors"))


def rms_norm(x, w, eps):
    xf = x.float()
    var = xf.pow(2).mean(-1, keepdim=True)
    return w * (xf * torch.rsqrt(var + eps)).to(x.dtype)


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


def rope_tables(positions, dim, theta):
    inv_freq = 1.0 / (theta ** (torch.arange(0, dim, 2, dtype=torch.int64).float() / dim))
    freqs = torch.outer(positions.float(), inv_freq)
    emb = torch.cat((freqs, freqs), dim=-1)
    return emb.cos(), emb.sin()


def repeat_kv(x, n_rep):
    b, k, t, d = x.shape
    if n_rep == 1:
        return x
    return x[:, :, None, :, :].expand(b, k, n_rep, t, d).reshape(b, k * n_rep, t, d)


class Qwen2Reference:
    def __init__(self, cfg, weights, adapter=None):
        self.cfg = cfg
        self.w = weights
        self.heads = cfg["num_attention_heads"]
        self.kv = cfg.get("num_key_value_heads", self.heads)
        self.dh = cfg.get("head_dim") or cfg["hidden_size"] // self.heads
        self.eps = cfg["rms_norm_eps"]
        self.lora = {}
        if adapter is not None:
            acfg, aw = adapter
            r = acfg["r"]
            alpha = acfg["lora_alpha"]
            scaling = alpha / math.sqrt(r) if acfg.get("use_rslora") else alpha / r
            for name in aw:
                if name.endswith(".lora_A.weight"):
                    module = name[len("base_model.model."):-len(".lora_A.weight")]
                    self.lora[module] = (aw[name], aw[name.replace("lora_A", "lora_B")], scaling)

    def linear(self, x, module, bias=False):
        y = x @ self.w[module + ".weight"].T
        if bias:
            y = y + self.w[module + ".bias"]
        if module in self.lora:
            a, b, s = self.lora[module]
            y = y + ((x @ a.T) @ b.T) * s
        return y

    def forward(self, ids, mask=None):
        b, t = ids.shape
        x = self.w["model.embed_tokens.weight"][ids]
        cos, sin = rope_tables(torch.arange(t), self.dh, self.cfg["rope_theta"])
        causal = torch.full((t, t), torch.finfo(torch.float32).min).triu(1)
        bias = causal[None, None].expand(b, 1, t, t).clone()
        if mask is not None:
            pad = (mask[:, None, None, :] == 0)
            bias = bias.masked_fill(pad, torch.finfo(torch.float32).min)
        for i in range(self.cfg["num_hidden_layers"]):
            p = "model.layers.%d." % i
            h = rms_norm(x, self.w[p + "input_layernorm.weight"], self.eps)
            q = self.linear(h, p + "self_attn.q_proj", True).view(b, t, self.heads, self.dh).transpose(1, 2)
            k = self.linear(h, p + "self_attn.k_proj", True).view(b, t, self.kv, self.dh).transpose(1, 2)
            v = self.linear(h, p + "self_attn.v_proj", True).view(b, t, self.kv, self.dh).transpose(1, 2)
            q = q * cos + rotate_half(q) * sin
            k = k * cos + rotate_half(k) * sin
            k = repeat_kv(k, self.heads // self.kv)
            v = repeat_kv(v, self.heads // self.kv)
            s = torch.matmul(q, k.transpose(2, 3)) * self.dh ** -0.5 + bias
            probs = torch.softmax(s, dim=-1, dtype=torch.float32).to(q.dtype)
            o = torch.matmul(probs, v).transpose(1, 2).reshape(b, t, self.heads * self.dh)
            x = x + self.linear(o, p + "self_attn.o_proj")
            h = rms_norm(x, self.w[p + "post_attention_layernorm.weight"], self.eps)
            g = self.linear(h, p + "mlp.gate_proj")
            x = x + self.linear(torch.nn.functional.silu(g) * self.linear(h, p + "mlp.up_proj"), p + "mlp.down_proj")
        x = rms_norm(x, self.w["model.norm.weight"], self.eps)
        head = self.w["model.embed_tokens.weight"] if self.cfg.get("tie_word_embeddings") else self.w["lm_head.weight"]
        return x @ head.T
