#!/usr/bin/env python3
"""MedReason Studio's LoRA trainer for PyTorch Distributed (torchrun; DDP, or FSDP with --fsdp).

Trains the job exported by `medreason job export` with the semantics of the workbench's own trainer
(io.medreason.engine.train): Qwen2 as transformers' modeling_qwen2.py computes it, LoRA as PEFT's plain LoRA layer
(names base_model.model.model.layers.N.self_attn.q_proj.lora_A.weight ...), AdamW as torch.optim.AdamW computes it,
Hugging Face's learning-rate schedules with linear warm-up, gradient accumulation with the loss normalised over all
label tokens of the global batch, global-norm clipping, the seeded record order of EpochOrder split across ranks,
dynamic loss scaling for fp16, activation checkpointing, checkpoints and resume. Writes <job>/output as a local run
writes its output folder: metrics.jsonl (run protocol, rank 0), checkpoint-N/ and the final PEFT adapter.

Standard library and torch only; torch >= 1.13. Shapes: B batch, T tokens, D hidden, H heads, K kv heads,
Dh head dim, V vocab, r LoRA rank, N label positions.

  torchrun --nproc_per_node 2 train.py [--job DIR] [--model DIR] [--fsdp] [--cpu]
  python3 train.py --check --world-size N   (checks the job, the model and the data; trains nothing)
"""
import argparse
import contextlib
import datetime
import functools
import json
import math
import mmap
import os
import shutil
import struct
import sys
import tempfile
import time
import warnings

import torch
import torch.distributed as dist
import torch.utils.checkpoint
import torch.nn as nn
import torch.nn.functional as F

IGNORE = -100
MASK64 = (1 << 64) - 1
GOLDEN = 0x9E3779B97F4A7C15
ALL_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
PREFIX = "base_model.model."
ADAPTER_WEIGHTS = "adapter_model.safetensors"
ADAPTER_CONFIG = "adapter_config.json"
OPTIMIZER = "optimizer.safetensors"
TRAINER_STATE = "trainer_state.json"
METRICS = "metrics.jsonl"
LOGIT_ROWS = 1024
BETA1, BETA2, EPS = 0.9, 0.999, 1e-8


class JobError(Exception):
    """Bad input: printed as one line naming the file, record or setting, exit status 2."""


# ---------------------------------------------------------------------------------------------------------------
# Files: JSON, safetensors
# ---------------------------------------------------------------------------------------------------------------

def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise JobError("%s does not exist" % path)
    except ValueError as e:
        raise JobError("%s: not valid JSON (%s)" % (path, e))


def write_atomic(path, data):
    """Writes bytes or text into a temporary file beside `path`, then renames it into place."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path), dir=folder)
    with os.fdopen(fd, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    os.replace(tmp, path)


ST_DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16, "F64": torch.float64,
             "I64": torch.int64, "I32": torch.int32}
ST_NAMES = {v: k for k, v in ST_DTYPES.items()}


class SafetensorsFile:
    """A safetensors file read through mmap: the header at once, each tensor when asked (copied out)."""

    def __init__(self, path):
        self.path = path
        try:
            self.file = open(path, "rb")
        except FileNotFoundError:
            raise JobError("%s does not exist" % path)
        n = struct.unpack("<Q", self.file.read(8))[0]
        self.header = json.loads(self.file.read(n))
        self.base = 8 + n
        self.map = mmap.mmap(self.file.fileno(), 0, access=mmap.ACCESS_READ)

    def names(self):
        return [k for k in self.header if k != "__metadata__"]

    def metadata(self):
        return self.header.get("__metadata__") or {}

    def shape(self, name):
        return self.header[name]["shape"]

    def load(self, name, dtype=torch.float32):
        info = self.header[name]
        a, b = info["data_offsets"]
        raw = memoryview(self.map)[self.base + a:self.base + b]
        with warnings.catch_warnings():  # read-only map: the tensor is copied out before anyone writes
            warnings.simplefilter("ignore")
            t = torch.frombuffer(raw, dtype=ST_DTYPES[info["dtype"]]) if b > a else torch.empty(0)
        out = t.reshape(info["shape"]).to(dtype).clone()
        del t, raw
        return out

    def close(self):
        self.map.close()
        self.file.close()


def write_safetensors(path, tensors, metadata=None):
    """tensors: name -> tensor (written in its dtype, little-endian, 8-byte aligned header as PEFT wants)."""
    header = {"__metadata__": dict({"format": "pt"}, **(metadata or {}))}
    blobs, offset = [], 0
    for name, t in tensors.items():
        t = t.detach().to("cpu").contiguous()
        raw = t.view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[name] = {"dtype": ST_NAMES[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        offset += len(raw)
        blobs.append(raw)
    js = json.dumps(header, separators=(",", ":")).encode("utf-8")
    js += b" " * ((8 - len(js) % 8) % 8)
    write_atomic(path, struct.pack("<Q", len(js)) + js + b"".join(blobs))


# ---------------------------------------------------------------------------------------------------------------
# The job: configuration, data, model folder
# ---------------------------------------------------------------------------------------------------------------

class Job:
    """job.json (the run's configuration, train's flag names) and data/meta.json (what the exporter measured)."""

    def __init__(self, folder):
        self.folder = folder
        self.config = read_json(os.path.join(folder, "job.json"))
        self.meta = read_json(os.path.join(folder, "data", "meta.json"))
        self.output = os.path.join(folder, "output")

    def get(self, key):
        if key not in self.config:
            raise JobError("%s: key '%s' is missing" % (os.path.join(self.folder, "job.json"), key))
        return self.config[key]

    def global_batch(self):
        return int(self.get("batch-size")) * int(self.get("grad-accum"))

    def check_world(self, world):
        g = self.global_batch()
        if g % world != 0:
            raise JobError("world size %d (NNODES x NPROC_PER_NODE) does not divide the global batch %d "
                           "(batch-size %d x grad-accum %d in %s)" % (world, g, self.get("batch-size"),
                                                                     self.get("grad-accum"),
                                                                     os.path.join(self.folder, "job.json")))

    def check_model(self, model_dir):
        if not model_dir:
            raise JobError("MODEL_DIR is not set: give the model folder (config.json, model.safetensors)")
        path = os.path.join(model_dir, "config.json")
        if not os.path.isfile(path):
            raise JobError("MODEL_DIR %s: no config.json (not a Hugging Face model folder)" % model_dir)
        cfg = read_json(path)
        for key, want in self.meta["model"].items():
            if cfg.get(key) != want:
                raise JobError("%s: %s is %s but the job was exported for %s (data/meta.json): another model?"
                               % (path, key, cfg.get(key), want))
        return cfg


def read_records(path, vocab, max_length):
    """data/*.jsonl: one {"input_ids": [...], "labels": [...]} a line; bad records named by number (1-based)."""
    records = []
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise JobError("%s does not exist" % path)
    with f:
        for n, line in enumerate(f, 1):
            if line.strip():
                records.append(check_record(path, n, line, vocab, max_length))
    return records


def check_record(path, n, line, vocab, max_length):
    """One line -> (input_ids, labels, label count), the ids as int32 tensors; anything wrong names the record."""
    where = "%s: record %d (line %d)" % (path, n, n)
    try:
        r = json.loads(line)
    except ValueError as e:
        raise JobError("%s: not valid JSON (%s)" % (where, e))
    ids, labels = (r.get("input_ids"), r.get("labels")) if isinstance(r, dict) else (None, None)
    for key, v in (("input_ids", ids), ("labels", labels)):
        if not isinstance(v, list) or not all(type(x) is int for x in v):
            raise JobError("%s: '%s' is missing or not a list of whole numbers" % (where, key))
    if len(ids) != len(labels):
        raise JobError("%s: 'labels' has %d values but 'input_ids' %d" % (where, len(labels), len(ids)))
    if len(ids) > max_length:
        raise JobError("%s: %d tokens, more than max-length %d in job.json" % (where, len(ids), max_length))
    t, lab = torch.tensor(ids, dtype=torch.int64), torch.tensor(labels, dtype=torch.int64)
    bad = torch.cat([t[(t < 0) | (t >= vocab)], lab[(lab != IGNORE) & ((lab < 0) | (lab >= vocab))]])
    if bad.numel():
        raise JobError("%s: token id %d is outside the vocabulary (0..%d)" % (where, int(bad[0]), vocab - 1))
    count = int((lab[1:] != IGNORE).sum())
    if count == 0:
        raise JobError("%s: no label to learn (every label after the first is -100)" % where)
    return t.to(torch.int32), lab.to(torch.int32), count


def label_tokens(record):
    return record[2]


# ---------------------------------------------------------------------------------------------------------------
# Random numbers the Java trainer draws: SplitMix64 (EpochOrder) and java.util.SplittableRandom (LoRA A init)
# ---------------------------------------------------------------------------------------------------------------

def splitmix64(state):
    state = (state + GOLDEN) & MASK64
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return state, z ^ (z >> 31)


def epoch_order(n, seed, epoch, shuffle):
    """EpochOrder.of: Fisher-Yates driven by SplitMix64 seeded with seed + epoch (in file order without shuffle)."""
    order = list(range(n))
    if not shuffle:
        return order
    state = (seed + epoch) & MASK64
    for i in range(n - 1, 0, -1):
        state, r = splitmix64(state)
        j = r % (i + 1)
        order[i], order[j] = order[j], order[i]
    return order


def _signed(x):
    x &= MASK64
    return x - (1 << 64) if x >= 1 << 63 else x


def _lsr(z, s):
    """Logical right shift of int64 tensors (Java's >>>)."""
    return (z >> s) & ((1 << (64 - s)) - 1)


def splittable_doubles(seed, start, count):
    """Values start+1 .. start+count of java.util.SplittableRandom(seed).nextDouble(), as float64."""
    k = torch.arange(start + 1, start + count + 1, dtype=torch.int64)
    z = k * _signed(GOLDEN) + _signed(seed)  # int64 arithmetic wraps as Java's long does
    z = (z ^ _lsr(z, 30)) * _signed(0xBF58476D1CE4E5B9)
    z = (z ^ _lsr(z, 27)) * _signed(0x94D049BB133111EB)
    z = z ^ _lsr(z, 31)
    return _lsr(z, 11).double() * 2.0 ** -53


class DataCursor:
    """DataCursor: the records epoch after epoch in EpochOrder; (epoch, position) is all a checkpoint needs."""

    def __init__(self, records, seed, shuffle):
        self.records, self.seed, self.shuffle = records, seed, shuffle
        self.seek(0, 0)

    def seek(self, epoch, position):
        self.epoch, self.position = epoch, position
        self.order = epoch_order(len(self.records), self.seed, epoch, self.shuffle)

    def next(self, n):
        out = []
        for _ in range(n):
            if self.position == len(self.order):
                self.seek(self.epoch + 1, 0)
            out.append(self.records[self.order[self.position]])
            self.position += 1
        return out

    def epochs_done(self):
        return self.epoch + self.position / len(self.records)


# ---------------------------------------------------------------------------------------------------------------
# The model: modeling_qwen2.py's modules, with PEFT's LoRA layer on the targeted projections
# ---------------------------------------------------------------------------------------------------------------

class Linear(nn.Module):
    """A frozen projection y = x W^T + b, W (out, in) as Hugging Face stores it."""

    def __init__(self, weight, bias=None):
        super().__init__()
        self.weight = nn.Parameter(weight, requires_grad=False)
        self.bias = None if bias is None else nn.Parameter(bias, requires_grad=False)

    def forward(self, x):
        return F.linear(x, self.weight, self.bias)


class LoraLinear(nn.Module):
    """PEFT's LoRA layer: base_layer(x) + lora_B(lora_A(dropout(x))) * scaling, the branch in fp32."""

    def __init__(self, base, a, b, scaling, dropout):
        super().__init__()
        self.base_layer = base
        self.lora_A = nn.Linear(a.shape[1], a.shape[0], bias=False)
        self.lora_B = nn.Linear(b.shape[1], b.shape[0], bias=False)
        with torch.no_grad():
            self.lora_A.weight.copy_(a)
            self.lora_B.weight.copy_(b)
        self.lora_dropout = nn.Dropout(dropout) if dropout > 0 else nn.Identity()
        self.scaling = scaling

    def forward(self, x):
        y = self.base_layer(x)
        with autocast_off(x):
            z = self.lora_B(self.lora_A(self.lora_dropout(x.float()))) * self.scaling
        return y + z.to(y.dtype)


def autocast_off(x):
    return torch.autocast(device_type="cuda", enabled=False) if x.is_cuda else contextlib.nullcontext()


class RMSNorm(nn.Module):
    def __init__(self, weight, eps):
        super().__init__()
        self.weight = nn.Parameter(weight, requires_grad=False)
        self.eps = eps

    def forward(self, x):
        dtype = x.dtype
        x = x.float()
        x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x.to(dtype)


def rotate_half(x):
    half = x.shape[-1] // 2
    return torch.cat((-x[..., half:], x[..., :half]), dim=-1)


def repeat_kv(x, n_rep):
    b, k, t, d = x.shape
    if n_rep == 1:
        return x
    return x[:, :, None, :, :].expand(b, k, n_rep, t, d).reshape(b, k * n_rep, t, d)  # (B, K, T, Dh) -> (B, H, T, Dh)


class Attention(nn.Module):
    def __init__(self, cfg, w, p):
        super().__init__()
        self.heads = cfg["num_attention_heads"]
        self.kv = cfg.get("num_key_value_heads", self.heads)
        self.dh = cfg.get("head_dim") or cfg["hidden_size"] // self.heads
        self.q_proj = Linear(w(p + "q_proj.weight"), w(p + "q_proj.bias"))
        self.k_proj = Linear(w(p + "k_proj.weight"), w(p + "k_proj.bias"))
        self.v_proj = Linear(w(p + "v_proj.weight"), w(p + "v_proj.bias"))
        self.o_proj = Linear(w(p + "o_proj.weight"))
        self.sdpa = hasattr(F, "scaled_dot_product_attention")

    def forward(self, x, cos, sin, bias):
        b, t, _ = x.shape
        q = self.q_proj(x).view(b, t, self.heads, self.dh).transpose(1, 2)  # (B, T, H*Dh) -> (B, H, T, Dh)
        k = self.k_proj(x).view(b, t, self.kv, self.dh).transpose(1, 2)  # (B, T, K*Dh) -> (B, K, T, Dh)
        v = self.v_proj(x).view(b, t, self.kv, self.dh).transpose(1, 2)  # (B, T, K*Dh) -> (B, K, T, Dh)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        k = repeat_kv(k, self.heads // self.kv)
        v = repeat_kv(v, self.heads // self.kv)
        if self.sdpa:
            o = F.scaled_dot_product_attention(q, k, v, attn_mask=bias.to(q.dtype))
        else:
            s = torch.matmul(q, k.transpose(2, 3)) * self.dh ** -0.5 + bias  # (B, H, T, T)
            o = torch.matmul(torch.softmax(s, dim=-1, dtype=torch.float32).to(q.dtype), v)
        o = o.transpose(1, 2).reshape(b, t, self.heads * self.dh)  # (B, H, T, Dh) -> (B, T, H*Dh)
        return self.o_proj(o)


class Mlp(nn.Module):
    def __init__(self, w, p):
        super().__init__()
        self.gate_proj = Linear(w(p + "gate_proj.weight"))
        self.up_proj = Linear(w(p + "up_proj.weight"))
        self.down_proj = Linear(w(p + "down_proj.weight"))

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class DecoderLayer(nn.Module):
    def __init__(self, cfg, w, i):
        super().__init__()
        p = "model.layers.%d." % i
        self.self_attn = Attention(cfg, w, p + "self_attn.")
        self.mlp = Mlp(w, p + "mlp.")
        self.input_layernorm = RMSNorm(w(p + "input_layernorm.weight"), cfg["rms_norm_eps"])
        self.post_attention_layernorm = RMSNorm(w(p + "post_attention_layernorm.weight"), cfg["rms_norm_eps"])

    def forward(self, x, cos, sin, bias):
        x = x + self.self_attn(self.input_layernorm(x), cos, sin, bias)
        return x + self.mlp(self.post_attention_layernorm(x))


class Qwen2Model(nn.Module):
    def __init__(self, cfg, w):
        super().__init__()
        self.embed_tokens = nn.Embedding.from_pretrained(w("model.embed_tokens.weight"), freeze=True)
        self.layers = nn.ModuleList(DecoderLayer(cfg, w, i) for i in range(cfg["num_hidden_layers"]))
        self.norm = RMSNorm(w("model.norm.weight"), cfg["rms_norm_eps"])


class Qwen2ForCausalLM(nn.Module):
    """forward(ids, mask, labels) -> summed next-token cross-entropy over the label positions (a scalar)."""

    def __init__(self, cfg, w):
        super().__init__()
        self.cfg = cfg
        self.model = Qwen2Model(cfg, w)
        self.tied = cfg.get("tie_word_embeddings", False)
        self.lm_head = None if self.tied else Linear(w("lm_head.weight"))
        self.dh = cfg.get("head_dim") or cfg["hidden_size"] // cfg["num_attention_heads"]
        self.checkpointing = False

    def head_weight(self):
        return self.model.embed_tokens.weight if self.tied else self.lm_head.weight

    def forward(self, ids, mask, labels):
        x = self.model.embed_tokens(ids)  # (B, T) -> (B, T, D)
        cos, sin = self.rope(ids.shape[1], x)
        bias = attention_bias(mask, x.dtype)
        for layer in self.model.layers:
            if self.checkpointing and self.training:
                x = torch.utils.checkpoint.checkpoint(layer, x, cos, sin, bias, use_reentrant=False)
            else:
                x = layer(x, cos, sin, bias)
        x = self.model.norm(x)
        picked = x[:, :-1][labels[:, 1:] != IGNORE]  # (B, T-1, D) -> (N, D): positions that predict a label
        targets = labels[:, 1:][labels[:, 1:] != IGNORE]  # (N)
        total = x.new_zeros((), dtype=torch.float32)
        for start in range(0, picked.shape[0], LOGIT_ROWS):
            rows, tgt = picked[start:start + LOGIT_ROWS], targets[start:start + LOGIT_ROWS]
            total = total + torch.utils.checkpoint.checkpoint(self.chunk_loss, rows, tgt, use_reentrant=False) \
                if torch.is_grad_enabled() else total + self.chunk_loss(rows, tgt)
        return total

    def chunk_loss(self, rows, targets):
        logits = F.linear(rows, self.head_weight()).float()  # (n, D) -> (n, V)
        return F.cross_entropy(logits, targets, reduction="sum")

    def rope(self, t, x):
        inv = 1.0 / (self.cfg["rope_theta"] ** (torch.arange(0, self.dh, 2, dtype=torch.int64).float() / self.dh))
        freqs = torch.outer(torch.arange(t, dtype=torch.float32), inv)  # (T, Dh/2)
        emb = torch.cat((freqs, freqs), dim=-1).to(x.device)  # (T, Dh)
        return emb.cos().to(x.dtype), emb.sin().to(x.dtype)


def attention_bias(mask, dtype):
    """(B, T) padding mask -> (B, 1, T, T) additive bias: 0 where query t sees key s <= t that is not padding."""
    t = mask.shape[1]
    causal = torch.ones(t, t, dtype=torch.bool, device=mask.device).tril()
    allowed = causal[None, None] & mask.bool()[:, None, None, :]
    low = torch.finfo(dtype if dtype != torch.bfloat16 else torch.float32).min if dtype != torch.float16 else -65504.0
    return torch.zeros(allowed.shape, dtype=torch.float32, device=mask.device).masked_fill(~allowed, low).to(dtype)


class WeightReader:
    """MODEL_DIR's safetensors (one file or shards with an index), each tensor read when the model asks for it."""

    def __init__(self, model_dir, dtype):
        self.dtype = dtype
        index = os.path.join(model_dir, "model.safetensors.index.json")
        self.files = {}
        self.where = {}
        if os.path.isfile(index):
            shards = sorted(set(read_json(index)["weight_map"].values()))
        else:
            shards = ["model.safetensors"]
        for shard in shards:
            path = os.path.join(model_dir, shard)
            if not os.path.isfile(path):
                raise JobError("MODEL_DIR %s: no %s (the model's weights)" % (model_dir, shard))
            self.files[shard] = SafetensorsFile(path)
            for name in self.files[shard].names():
                self.where[name] = self.files[shard]

    def __call__(self, name):
        if name not in self.where:
            raise JobError("MODEL_DIR's weights (%s): no tensor %s" % (", ".join(sorted(self.files)), name))
        return self.where[name].load(name, self.dtype)

    def close(self):
        for f in self.files.values():
            f.close()


# ---------------------------------------------------------------------------------------------------------------
# LoRA: configuration, PEFT initialisation as LoraAdapter.create draws it, saving
# ---------------------------------------------------------------------------------------------------------------

class LoraSpec:
    """The adapter's settings: from an adapter_config.json, or from job.json's lora-r / lora-alpha / targets."""

    def __init__(self, r, alpha, dropout, targets, rslora=False):
        self.r, self.alpha, self.dropout, self.targets, self.rslora = r, alpha, dropout, list(targets), rslora

    @staticmethod
    def of_job(job):
        return LoraSpec(int(job.get("lora-r")), float(job.get("lora-alpha")), float(job.get("lora-dropout")),
                        job.get("targets"))

    @staticmethod
    def of_adapter(folder):
        c = read_json(os.path.join(folder, ADAPTER_CONFIG))
        targets = c.get("target_modules")
        if not isinstance(targets, list):
            raise JobError("%s: target_modules must be a list here, got %r" % (os.path.join(folder, ADAPTER_CONFIG),
                                                                              targets))
        return LoraSpec(int(c["r"]), float(c["lora_alpha"]), float(c.get("lora_dropout", 0.0)), targets,
                        bool(c.get("use_rslora", False)))

    def scaling(self):
        return self.alpha / math.sqrt(self.r) if self.rslora else self.alpha / self.r

    def matches(self, module_name):
        return any(module_name == t or module_name.endswith("." + t) for t in self.targets)

    def to_json(self, base_model):
        """adapter_config.json with the keys the engine's PeftConfigJson writes (PEFT's LoraConfig accepts them)."""
        return {"peft_type": "LORA", "task_type": "CAUSAL_LM", "base_model_name_or_path": base_model, "r": self.r,
                "lora_alpha": self.alpha, "lora_dropout": self.dropout, "target_modules": self.targets,
                "bias": "none", "fan_in_fan_out": False, "use_rslora": self.rslora, "use_dora": False,
                "inference_mode": True, "init_lora_weights": True, "modules_to_save": None,
                "layers_to_transform": None, "layers_pattern": None, "rank_pattern": {}, "alpha_pattern": {},
                "revision": None}


def projections(model):
    """(module name, parent, attribute) of every projection in LoraAdapter's order: per layer q k v o gate up down."""
    out = []
    for i, layer in enumerate(model.model.layers):
        for attr in ALL_TARGETS:
            parent = layer.self_attn if attr.endswith(("q_proj", "k_proj", "v_proj", "o_proj")) else layer.mlp
            prefix = "self_attn" if parent is layer.self_attn else "mlp"
            out.append(("model.layers.%d.%s.%s" % (i, prefix, attr), parent, attr))
    return out


def attach_lora(model, spec, seed, weights=None):
    """Puts a LoraLinear on every targeted projection; A and B from `weights` (PEFT names) or drawn as
    LoraAdapter.create draws them: A from one SplittableRandom(seed) stream, U(-1/sqrt(in), 1/sqrt(in)) in
    module order, B zero. Returns name -> LoraLinear."""
    loras, drawn = {}, 0
    for name, parent, attr in projections(model):
        if not spec.matches(name):
            continue
        base = getattr(parent, attr)
        out_f, in_f = base.weight.shape
        if weights is not None:
            a, b = adapter_pair(weights, name, spec.r, in_f, out_f)
        else:
            bound = torch.tensor(1.0 / math.sqrt(in_f), dtype=torch.float32).item()
            d = splittable_doubles(seed, drawn, spec.r * in_f)
            drawn += spec.r * in_f
            a = ((d * 2 - 1) * bound).float().reshape(spec.r, in_f)  # (r*in) -> (r, in)
            b = torch.zeros(out_f, spec.r)
        lora = LoraLinear(base, a, b, spec.scaling(), spec.dropout)
        setattr(parent, attr, lora)
        loras[name] = lora
    if not loras:
        raise JobError("LoRA targets %s match no module of this model" % spec.targets)
    return loras


def adapter_pair(weights, name, r, in_f, out_f):
    out = []
    for part, shape in (("lora_A", [r, in_f]), ("lora_B", [out_f, r])):
        key = PREFIX + name + "." + part + ".weight"
        if key not in weights:
            raise JobError("adapter: no tensor %s" % key)
        if list(weights[key].shape) != shape:
            raise JobError("adapter: tensor %s has shape %s, this model needs %s" % (key, list(weights[key].shape),
                                                                                   shape))
        out.append(weights[key])
    return out


def lora_parameters(loras):
    """PEFT name -> parameter, in LoraAdapter.parameters()'s order."""
    params = {}
    for name, lora in loras.items():
        params[PREFIX + name + ".lora_A.weight"] = lora.lora_A.weight
        params[PREFIX + name + ".lora_B.weight"] = lora.lora_B.weight
    return params


def save_adapter(folder, params, spec, base_model):
    os.makedirs(folder, exist_ok=True)
    write_safetensors(os.path.join(folder, ADAPTER_WEIGHTS), {k: p.detach().float() for k, p in params.items()})
    write_atomic(os.path.join(folder, ADAPTER_CONFIG), json.dumps(spec.to_json(base_model), indent=2) + "\n")


def read_adapter_weights(folder):
    st = SafetensorsFile(os.path.join(folder, ADAPTER_WEIGHTS))
    try:
        return {n: st.load(n) for n in st.names()}
    finally:
        st.close()


# ---------------------------------------------------------------------------------------------------------------
# Training state, optimizer, schedule, loss scaling, checkpoints
# ---------------------------------------------------------------------------------------------------------------

class TrainerState:
    """trainer_state.json with TrainerState's keys."""

    KEYS = ["global_step", "optimizer_steps", "data_epoch", "data_position", "seed", "loss_scale",
            "loss_scale_good_steps", "elapsed_s", "loss_sum", "samples", "tokens", "total_flos"]

    def __init__(self, seed):
        self.v = dict.fromkeys(self.KEYS, 0)
        self.v.update(seed=seed, loss_scale=65536.0, elapsed_s=0.0, loss_sum=0.0, total_flos=0.0)
        self.skipped_in_a_row = 0

    def __getattr__(self, key):
        if key == "v":
            raise AttributeError(key)
        return self.v[key]

    def set(self, **kv):
        self.v.update(kv)

    @staticmethod
    def read(path, seed):
        m = read_json(path)
        if m.get("seed") != seed:
            raise JobError("%s: checkpoint was made with seed %s, not %s" % (path, m.get("seed"), seed))
        s = TrainerState(seed)
        for k in TrainerState.KEYS:
            if k not in m:
                raise JobError("%s: key '%s' is missing" % (path, k))
            s.v[k] = m[k]
        return s


class AdamW:
    """AdamW as the engine's (and torch.optim.AdamW) computes it, on the trained parameters by name."""

    def __init__(self, params, weight_decay):
        self.params, self.wd, self.step_count = params, weight_decay, 0
        self.m = {k: torch.zeros_like(p) for k, p in params.items()}
        self.v = {k: torch.zeros_like(p) for k, p in params.items()}

    @torch.no_grad()
    def step(self, lr):
        self.step_count += 1
        bc1 = 1 - BETA1 ** self.step_count
        bc2_sqrt = math.sqrt(1 - BETA2 ** self.step_count)
        for k, p in self.params.items():
            g, m, v = p.grad, self.m[k], self.v[k]
            if self.wd != 0:
                p.mul_(1 - lr * self.wd)
            m.mul_(BETA1).add_(g * (1 - BETA1))
            v.mul_(BETA2).add_(g.square().mul_(1 - BETA2))
            denom = v.sqrt().div_(bc2_sqrt).add_(EPS)
            p.sub_((m / denom).mul_(lr / bc1))

    def state(self):
        out = {}
        for k in self.params:
            out[k + ".exp_avg"] = self.m[k]
        for k in self.params:
            out[k + ".exp_avg_sq"] = self.v[k]
        return out

    def restore(self, tensors, steps):
        for k, p in self.params.items():
            for key, target in ((k + ".exp_avg", self.m[k]), (k + ".exp_avg_sq", self.v[k])):
                if key not in tensors or list(tensors[key].shape) != list(target.shape):
                    raise JobError("optimizer state '%s' is missing or has another shape" % key)
                target.copy_(tensors[key])
        self.step_count = steps


def lr_at(kind, lr, warmup, total, step):
    """LrSchedule.at: linear warm-up from 0, then linear, cosine or constant."""
    if step < warmup:
        return lr * (step / max(1, warmup))
    decay = max(1, total - warmup)
    if kind == "constant":
        return lr
    if kind == "linear":
        return lr * max(0.0, (total - step) / decay)
    return lr * max(0.0, 0.5 * (1.0 + math.cos(math.pi * (step - warmup) / decay)))


class LossScaler:
    """LossScaler: dynamic loss scaling for fp16 (halve on overflow, double after 2000 good steps)."""

    GROWTH_INTERVAL, MAX_SKIPPED_IN_A_ROW = 2000, 20

    def __init__(self, enabled, state):
        self.enabled, self.state = enabled, state

    def scale(self):
        return self.state.loss_scale if self.enabled else 1.0

    def update(self, norm):
        if not self.enabled:
            return True
        s = self.state
        if not math.isfinite(norm):
            s.set(loss_scale=max(1.0, s.loss_scale / 2), loss_scale_good_steps=0)
            s.skipped_in_a_row += 1
            if s.skipped_in_a_row >= self.MAX_SKIPPED_IN_A_ROW:
                raise RuntimeError("fp16: %d steps in a row overflowed down to loss scale %d; train in bf16 or fp32"
                                   % (s.skipped_in_a_row, s.loss_scale))
            return False
        s.skipped_in_a_row = 0
        good = s.loss_scale_good_steps + 1
        if good >= self.GROWTH_INTERVAL:
            s.set(loss_scale=s.loss_scale * 2, loss_scale_good_steps=0)
        else:
            s.set(loss_scale_good_steps=good)
        return True


def latest_checkpoint(output):
    if not os.path.isdir(output):
        return None
    steps = [int(n[len("checkpoint-"):]) for n in os.listdir(output)
             if n.startswith("checkpoint-") and n[len("checkpoint-"):].isdigit()
             and os.path.isfile(os.path.join(output, n, TRAINER_STATE))]
    return os.path.join(output, "checkpoint-%d" % max(steps)) if steps else None


def save_checkpoint(output, state, params, optimizer, spec, base_model):
    """checkpoint-N/ as Checkpoints.save writes it, built in a hidden folder and renamed into place."""
    target = os.path.join(output, "checkpoint-%d" % state.global_step)
    tmp = tempfile.mkdtemp(prefix=".tmp-checkpoint-", dir=output)
    try:
        save_adapter(tmp, params, spec, base_model)
        write_safetensors(os.path.join(tmp, OPTIMIZER), {k: t.detach().float() for k, t in optimizer.state().items()},
                          {"optimizer": "adamw", "step": str(optimizer.step_count)})
        write_atomic(os.path.join(tmp, TRAINER_STATE), json.dumps(state.v) + "\n")
        if os.path.exists(target):
            shutil.rmtree(target)
        os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return target


def read_checkpoint(folder, seed):
    """What resuming needs from checkpoint-N: state, adapter spec and weights, AdamW's moments and step."""
    state = TrainerState.read(os.path.join(folder, TRAINER_STATE), seed)
    st = SafetensorsFile(os.path.join(folder, OPTIMIZER))
    try:
        moments = {n: st.load(n) for n in st.names()}
        steps = int(st.metadata().get("step", "0"))
    finally:
        st.close()
    return {"state": state.v, "spec": LoraSpec.of_adapter(folder).__dict__, "weights": read_adapter_weights(folder),
            "moments": moments, "optimizer_steps": steps, "folder": folder}


# ---------------------------------------------------------------------------------------------------------------
# Metrics: the run protocol's messages (RunProtocol, StepMetrics, RunSummary), rank 0
# ---------------------------------------------------------------------------------------------------------------

class Metrics:
    def __init__(self, output, enabled):
        self.enabled = enabled
        self.file = open(os.path.join(output, METRICS), "a", encoding="utf-8") if enabled else None

    def write(self, type_, **kv):
        if not self.enabled:
            return
        m = {"type": type_}
        for k, v in kv.items():
            if v is None:
                continue
            m[k] = None if isinstance(v, float) and not math.isfinite(v) else v
        self.file.write(json.dumps(m, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.file.flush()

    def close(self):
        if self.file:
            self.file.close()


def log(rank, text):
    if rank == 0:
        print(text, flush=True)


# ---------------------------------------------------------------------------------------------------------------
# Distributed setup and the loop
# ---------------------------------------------------------------------------------------------------------------

def setup(args):
    rank = int(os.environ.get("RANK", "0"))
    world = int(os.environ.get("WORLD_SIZE", "1"))
    local = int(os.environ.get("LOCAL_RANK", "0"))
    gpu = torch.cuda.is_available() and not args.cpu
    device = torch.device("cuda", local) if gpu else torch.device("cpu")
    if gpu:
        torch.cuda.set_device(device)
    if world > 1 or "RANK" in os.environ:
        dist.init_process_group("nccl" if gpu else "gloo",
                                timeout=datetime.timedelta(seconds=int(os.environ.get("JOB_TIMEOUT_S", "600"))))
    return rank, world, device


def all_sum(values, device, world):
    """Sums a list of floats over the ranks (float64)."""
    t = torch.tensor(values, dtype=torch.float64, device=device)
    if world > 1:
        dist.all_reduce(t)
    return t.tolist()


def precision(job, device):
    want = job.get("precision")
    if device.type == "cpu":
        if want in ("fp16", "bf16"):
            raise JobError("job.json: precision %s needs a GPU; this rank runs on the CPU (use fp32 or auto)" % want)
        return torch.float32
    if want == "auto":
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    return {"fp32": torch.float32, "fp16": torch.float16, "bf16": torch.bfloat16}[want]


def collate(records, pad_id, device):
    """Right-padded (B, T) ids, mask (1 = token) and labels (-100 on padding)."""
    t = max(len(r[0]) for r in records)
    ids = torch.full((len(records), t), pad_id, dtype=torch.int64)
    mask = torch.zeros((len(records), t), dtype=torch.int64)
    labels = torch.full((len(records), t), IGNORE, dtype=torch.int64)
    for row, (i, lab, _) in enumerate(records):
        ids[row, :len(i)] = i
        mask[row, :len(i)] = 1
        labels[row, :len(lab)] = lab
    return ids.to(device), mask.to(device), labels.to(device)


class Run:
    """One rank of the job: model, adapter, optimizer and the loop."""

    def __init__(self, args, job, rank, world, device):
        self.args, self.job, self.rank, self.world, self.device = args, job, rank, world, device
        self.seed = int(job.get("seed"))
        self.pad = int(job.meta["pad_id"])
        self.total = int(job.meta["total_steps"])
        self.global_batch = job.global_batch()
        self.local = self.global_batch // world
        self.micro = min(int(job.get("batch-size")), self.local) if not args.micro_batch else args.micro_batch
        self.base_model = os.path.abspath(args.model)

    def prepare(self):
        job, args = self.job, self.args
        cfg = job.check_model(args.model)
        vocab, max_length = int(job.meta["model"]["vocab_size"]), int(job.get("max-length"))
        self.train = read_records(os.path.join(job.folder, "data", "train.jsonl"), vocab, max_length)
        self.eval = read_records(os.path.join(job.folder, "data", "eval.jsonl"), vocab, max_length)
        if not self.train:
            raise JobError("%s: no training record" % os.path.join(job.folder, "data", "train.jsonl"))
        self.dtype = precision(job, self.device)
        return cfg

    def build(self, cfg):
        reader = WeightReader(self.args.model, self.dtype)
        try:
            self.model = Qwen2ForCausalLM(cfg, reader)
        finally:
            reader.close()
        self.model.checkpointing = bool(self.job.get("gradient-checkpointing"))
        resume = self.resume_payload()
        self.attach(resume)
        self.model.to(self.device)
        self.params = lora_parameters(self.loras)
        self.optimizer = AdamW(self.params, float(self.job.get("weight-decay")))
        self.state = TrainerState(self.seed)
        if resume is not None:
            self.state.v.update(resume["state"])
            self.optimizer.restore({k: t.to(self.device) for k, t in resume["moments"].items()},
                                   resume["optimizer_steps"])
            log(self.rank, "resuming from %s at step %d" % (resume["folder"], self.state.global_step))
        self.wrapped = self.wrap()
        return resume

    def resume_payload(self):
        """Rank 0 reads the newest checkpoint (if any) and hands it to every rank."""
        payload = [read_checkpoint(latest_checkpoint(self.job.output), self.seed)
                   if self.rank == 0 and latest_checkpoint(self.job.output) else None]
        if self.world > 1:
            dist.broadcast_object_list(payload, src=0)
        return payload[0]

    def attach(self, resume):
        init = os.path.join(self.job.folder, "init-adapter")
        if resume is not None:
            spec = LoraSpec(**resume["spec"])
            self.loras = attach_lora(self.model, spec, self.seed, resume["weights"])
        elif os.path.isdir(init):
            spec = LoraSpec.of_adapter(init)
            self.loras = attach_lora(self.model, spec, self.seed, read_adapter_weights(init))
            log(self.rank, "starting from adapter %s" % init)
        else:
            spec = LoraSpec.of_job(self.job)
            self.loras = attach_lora(self.model, spec, self.seed)
        self.spec = spec

    def wrap(self):
        if self.world == 1:
            return self.model
        if self.args.fsdp:
            from torch.distributed.fsdp import FullyShardedDataParallel as FSDP
            from torch.distributed.fsdp.wrap import transformer_auto_wrap_policy
            ignored = [m for lora in self.loras.values() for m in (lora.lora_A, lora.lora_B)]
            policy = functools.partial(transformer_auto_wrap_policy, transformer_layer_cls={DecoderLayer})
            return FSDP(self.model, auto_wrap_policy=policy, ignored_modules=ignored,
                        device_id=self.device if self.device.type == "cuda" else None)
        frozen = [n for n, p in self.model.named_parameters() if not p.requires_grad]
        if hasattr(nn.parallel.DistributedDataParallel, "_set_params_and_buffers_to_ignore_for_model"):
            nn.parallel.DistributedDataParallel._set_params_and_buffers_to_ignore_for_model(self.model, frozen)
        return nn.parallel.DistributedDataParallel(self.model, device_ids=[self.device] if self.device.type == "cuda"
                                                   else None)

    def autocast(self):
        if self.device.type == "cuda" and self.dtype != torch.float32:
            return torch.autocast(device_type="cuda", dtype=self.dtype)
        return contextlib.nullcontext()

    def step(self, cursor, scaler):
        """One optimizer step over the global batch; this rank trains on its contiguous share of it."""
        state = self.state
        torch.manual_seed(self.seed * 1000003 + state.global_step + 7919 * self.rank)
        records = cursor.next(self.global_batch)
        mine = records[self.rank * self.local:(self.rank + 1) * self.local]
        label_total = all_sum([sum(label_tokens(r) for r in mine)], self.device, self.world)[0]
        tokens = sum(len(r[0]) for r in records)
        scale = scaler.scale()
        factor = scale * (self.world if not self.args.fsdp else 1) / label_total  # DDP averages gradients
        micro = [mine[i:i + self.micro] for i in range(0, len(mine), self.micro)]
        loss_sum = 0.0
        for i, mb in enumerate(micro):
            sync = i == len(micro) - 1 or not hasattr(self.wrapped, "no_sync") or self.args.fsdp
            with (contextlib.nullcontext() if sync else self.wrapped.no_sync()):
                with self.autocast():
                    ce = self.wrapped(*collate(mb, self.pad, self.device))
                (ce * factor).backward()
            loss_sum += float(ce.detach())
        if self.args.fsdp and self.world > 1:
            for p in self.params.values():
                dist.all_reduce(p.grad)
        loss = all_sum([loss_sum], self.device, self.world)[0] / label_total
        if scale != 1.0:
            for p in self.params.values():
                p.grad.div_(scale)
        lr = lr_at(self.job.get("scheduler"), float(self.job.get("lr")), int(self.job.get("warmup-steps")),
                   self.total, state.global_step)
        norm = self.clip()
        apply = scaler.update(norm)
        if apply:
            self.optimizer.step(lr)
            state.set(optimizer_steps=state.optimizer_steps + 1)
        for p in self.params.values():
            p.grad = None
        state.set(global_step=state.global_step + 1, data_epoch=cursor.epoch, data_position=cursor.position,
                  loss_sum=state.loss_sum + loss, samples=state.samples + self.global_batch,
                  tokens=state.tokens + tokens,
                  total_flos=state.total_flos + float(self.job.meta["flops_per_token"]) * tokens)
        return loss, lr, norm, tokens, not apply

    def clip(self):
        """GradientClipping.clip: the global L2 norm before clipping; scales when above max-grad-norm."""
        norm = torch.stack([p.grad.norm() for p in self.params.values()]).norm().item()
        max_norm = float(self.job.get("max-grad-norm"))
        if max_norm > 0 and math.isfinite(norm):
            coef = max_norm / (norm + 1e-6)
            if coef < 1:
                for p in self.params.values():
                    p.grad.mul_(coef)
        return norm

    @torch.no_grad()
    def evaluate(self):
        """HeldOutLoss: token-weighted mean over the held-out records, batches dealt round-robin to the ranks (every
        rank runs the same number of forwards, as FSDP needs; a rank without a batch of its own weighs it 0)."""
        self.wrapped.eval()
        try:
            size = int(self.job.get("batch-size"))
            batches = [self.eval[i:i + size] for i in range(0, len(self.eval), size)]
            rounds = (len(batches) + self.world - 1) // self.world
            total, labels = 0.0, 0.0
            for k in range(rounds):
                j = k * self.world + self.rank
                mine = j < len(batches)
                mb = batches[j] if mine else batches[0]
                with self.autocast():
                    ce = float(self.wrapped(*collate(mb, self.pad, self.device)))
                if mine:
                    total += ce
                    labels += sum(label_tokens(r) for r in mb)
            total, labels = all_sum([total, labels], self.device, self.world)
            return total / labels if labels else float("nan")
        finally:
            self.wrapped.train()


def train(args, job, rank, world, device):
    run = Run(args, job, rank, world, device)
    cfg = run.prepare()
    if rank == 0:  # the run's configuration where a local run keeps it (ask --adapter reads its template there)
        os.makedirs(job.output, exist_ok=True)
        write_atomic(os.path.join(job.output, "training_config.json"), json.dumps(job.config) + "\n")
    resume = run.build(cfg)
    metrics = Metrics(job.output, rank == 0)
    state, cursor = run.state, DataCursor(run.train, run.seed, not job.get("no-shuffle"))
    cursor.seek(state.data_epoch, state.data_position)
    scaler = LossScaler(run.dtype == torch.float16, state)
    device_name = ("%s x%d" % (device.type, world)) if device.type == "cpu" else "cuda x%d" % world
    prec = {torch.float32: "fp32", torch.float16: "fp16", torch.bfloat16: "bf16"}[run.dtype]
    log(rank, "job %s: %d records (%d held out), %d steps from step %d, world size %d (%d per rank, micro-batch %d),"
        " %s, %s%s" % (job.folder, len(run.train), len(run.eval), run.total, state.global_step, world, run.local,
                       run.micro, device_name, prec, ", FSDP" if args.fsdp else (", DDP" if world > 1 else "")))
    metrics.write("start", total_steps=run.total, start_step=state.global_step, records=job.meta["records"],
                  kept_records=job.meta["kept_records"], skipped_records=job.meta["skipped_records"],
                  truncated_records=job.meta["truncated_records"], dropped_records=job.meta["dropped_records"],
                  tokens=job.meta["tokens"], eval_records=len(run.eval),
                  trainable_parameters=sum(p.numel() for p in run.params.values()), device=device_name,
                  precision=prec, world_size=world, config=job.config)
    loop(args, job, run, cursor, scaler, metrics)
    metrics.close()
    return 0


def loop(args, job, run, cursor, scaler, metrics):
    state, rank = run.state, run.rank
    every, eval_every = int(job.get("checkpoint-every")), int(job.get("eval-every"))
    start, elapsed_before, first, loss_before = time.time(), state.elapsed_s, state.global_step, state.loss_sum
    last_checkpoint = -1
    run.wrapped.train()
    while state.global_step < run.total:
        t0 = time.time()
        loss, lr, norm, tokens, skipped = run.step(cursor, scaler)
        state.set(elapsed_s=elapsed_before + time.time() - start)
        seconds = max(time.time() - t0, 1e-9)
        due = run.eval and ((eval_every > 0 and state.global_step % eval_every == 0) or state.global_step == run.total)
        eval_loss = run.evaluate() if due else None
        metrics.write("step", step=state.global_step, epoch=cursor.epochs_done(), loss=loss, lr=lr, grad_norm=norm,
                      tokens_per_second=tokens / seconds, samples_per_second=run.global_batch / seconds,
                      elapsed_s=state.elapsed_s, loss_scale=state.loss_scale if scaler.enabled else None,
                      eval_loss=eval_loss, skipped=True if skipped else None)
        log(rank, "step %d/%d loss %.4f lr %.3e grad_norm %.3f %.0f tok/s%s" % (
            state.global_step, run.total, loss, lr, norm, tokens / seconds,
            "" if eval_loss is None else " eval %.4f" % eval_loss))
        if every > 0 and state.global_step % every == 0:
            checkpoint(run, metrics)
            last_checkpoint = state.global_step
    if last_checkpoint != state.global_step:
        checkpoint(run, metrics)
    runtime = time.time() - start
    steps = state.global_step - first
    metrics.write("summary", train_runtime=runtime, train_samples_per_second=steps * run.global_batch / runtime,
                  train_steps_per_second=steps / runtime,
                  train_loss=(state.loss_sum - loss_before) / steps if steps else float("nan"),
                  total_flos=state.total_flos, global_step=state.global_step, epoch=cursor.epochs_done())
    if rank == 0:
        save_adapter(job.output, run.params, run.spec, run.base_model)
        print("adapter written to %s (PEFT layout: %s, %s)" % (job.output, ADAPTER_CONFIG, ADAPTER_WEIGHTS),
              flush=True)
    if run.world > 1:
        dist.barrier()


def checkpoint(run, metrics):
    if run.rank == 0:
        folder = save_checkpoint(run.job.output, run.state, run.params, run.optimizer, run.spec, run.base_model)
        metrics.write("checkpoint", step=run.state.global_step, path=os.path.abspath(folder))


def check(args, job):
    """--check: the job, the model folder, the data and the world size, before torchrun starts any rank."""
    job.check_world(args.world_size)
    cfg = job.check_model(args.model)
    WeightReader(args.model, torch.float32).close()
    vocab, max_length = int(job.meta["model"]["vocab_size"]), int(job.get("max-length"))
    train = read_records(os.path.join(job.folder, "data", "train.jsonl"), vocab, max_length)
    held = read_records(os.path.join(job.folder, "data", "eval.jsonl"), vocab, max_length)
    if not train:
        raise JobError("%s: no training record" % os.path.join(job.folder, "data", "train.jsonl"))
    print("job ok: %d training and %d held-out records, model %s (%d layers, hidden %d), world size %d, global batch"
          " %d" % (len(train), len(held), args.model, cfg["num_hidden_layers"], cfg["hidden_size"], args.world_size,
                   job.global_batch()), flush=True)
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description="MedReason Studio LoRA trainer for torchrun (DDP; --fsdp)")
    ap.add_argument("--job", default=os.path.dirname(os.path.abspath(__file__)), help="the job folder")
    ap.add_argument("--model", default=os.environ.get("MODEL_DIR", ""), help="the model folder (default MODEL_DIR)")
    ap.add_argument("--fsdp", action="store_true", help="shard the frozen base model over the ranks (FSDP)")
    ap.add_argument("--cpu", action="store_true", help="train on the CPU (gloo) even where CUDA is available")
    ap.add_argument("--micro-batch", type=int, default=0, help="records per forward on a rank (default: batch-size)")
    ap.add_argument("--check", action="store_true", help="check the job, model and data, then exit")
    ap.add_argument("--world-size", type=int, default=int(os.environ.get("WORLD_SIZE", "1")))
    args = ap.parse_args(argv)
    try:
        job = Job(args.job)
        if args.check:
            return check(args, job)
        rank, world, device = setup(args)
        job.check_world(world)
        return train(args, job, rank, world, device)
    except JobError as e:
        if int(os.environ.get("RANK", "0")) == 0:
            print("error: %s" % e, file=sys.stderr, flush=True)
        return 2


if __name__ == "__main__":
    sys.exit(main())
