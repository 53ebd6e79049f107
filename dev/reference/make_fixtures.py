#!/usr/bin/python3
"""Writes the engine's own golden fixtures (small random Qwen2 models + reference logits) into
bundles/io.medreason.engine/src/test/resources/fixtures/. Run from the repository root:
    /usr/bin/python3 dev/reference/make_fixtures.py
Models cover: sharded checkpoint (index.json), fp16, bf16, fp32, untied lm_head, kv-head ratios 1, 2 and 4,
an explicit head_dim != hidden/heads, LoRA adapters (plain and rsLoRA on a subset of targets), padded batches.
"""
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
from qwen2_reference import Qwen2Reference, read_adapter, read_model, write_safetensors  # noqa: E402

OUT = "bundles/io.medreason.engine/src/test/resources/fixtures"
TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


def random_weights(cfg, gen):
    d = cfg["hidden_size"]
    h = cfg["num_attention_heads"]
    k = cfg["num_key_value_heads"]
    dh = cfg.get("head_dim") or d // h
    inter = cfg["intermediate_size"]
    w = {"model.embed_tokens.weight": torch.randn(cfg["vocab_size"], d, generator=gen) * 0.5}
    for i in range(cfg["num_hidden_layers"]):
        p = "model.layers.%d." % i
        shapes = {
            "input_layernorm.weight": (d,), "self_attn.q_proj.weight": (h * dh, d), "self_attn.q_proj.bias": (h * dh,),
            "self_attn.k_proj.weight": (k * dh, d), "self_attn.k_proj.bias": (k * dh,),
            "self_attn.v_proj.weight": (k * dh, d), "self_attn.v_proj.bias": (k * dh,),
            "self_attn.o_proj.weight": (d, h * dh), "post_attention_layernorm.weight": (d,),
            "mlp.gate_proj.weight": (inter, d), "mlp.up_proj.weight": (inter, d), "mlp.down_proj.weight": (d, inter)}
        for name, shape in shapes.items():
            if name.endswith("layernorm.weight"):
                w[p + name] = 1.0 + 0.1 * torch.randn(shape, generator=gen)
            else:
                w[p + name] = torch.randn(shape, generator=gen) * (0.3 if name.endswith("bias") else 0.25)
    w["model.norm.weight"] = 1.0 + 0.1 * torch.randn(d, generator=gen)
    if not cfg["tie_word_embeddings"]:
        w["lm_head.weight"] = torch.randn(cfg["vocab_size"], d, generator=gen) * 0.5
    return w


def save_model(name, cfg, weights, dtype, shards=1):
    path = os.path.join(OUT, name)
    os.makedirs(path, exist_ok=True)
    json.dump(dict(cfg, model_type="qwen2", hidden_act="silu", architectures=["Qwen2ForCausalLM"]),
              open(os.path.join(path, "config.json"), "w"), indent=2)
    names = list(weights)
    if shards == 1:
        write_safetensors(os.path.join(path, "model.safetensors"), weights, dtype)
        return path
    per = (len(names) + shards - 1) // shards
    weight_map = {}
    for s in range(shards):
        file = "model-%05d-of-%05d.safetensors" % (s + 1, shards)
        part = {n: weights[n] for n in names[s * per:(s + 1) * per]}
        write_safetensors(os.path.join(path, file), part, dtype)
        weight_map.update({n: file for n in part})
    json.dump({"metadata": {"total_size": 0}, "weight_map": weight_map},
              open(os.path.join(path, "model.safetensors.index.json"), "w"), indent=2)
    return path


def save_adapter(name, cfg, model_weights, r, alpha, targets, rslora, gen):
    path = os.path.join(OUT, name)
    os.makedirs(path, exist_ok=True)
    tensors = {}
    for n in model_weights:
        module = n[:-len(".weight")]
        if n.endswith(".weight") and module.split(".")[-1] in targets:
            out_f, in_f = model_weights[n].shape
            tensors["base_model.model." + module + ".lora_A.weight"] = torch.randn(r, in_f, generator=gen) * 0.3
            tensors["base_model.model." + module + ".lora_B.weight"] = torch.randn(out_f, r, generator=gen) * 0.3
    write_safetensors(os.path.join(path, "adapter_model.safetensors"), tensors, "F32")
    json.dump({"peft_type": "LORA", "task_type": "CAUSAL_LM", "r": r, "lora_alpha": alpha, "lora_dropout": 0.0,
               "target_modules": targets, "use_rslora": rslora, "use_dora": False, "bias": "none",
               "some_future_key": {"ignored": True}}, open(os.path.join(path, "adapter_config.json"), "w"), indent=2)
    return path


def case(name, model_dir, adapter_dir, ids, mask):
    cfg, w = read_model(model_dir)
    ref = Qwen2Reference(cfg, w, read_adapter(adapter_dir) if adapter_dir else None)
    with torch.no_grad():
        logits = ref.forward(torch.tensor(ids), torch.tensor(mask) if mask else None)
    rel = lambda p: os.path.relpath(p, OUT) if p else None  # noqa: E731
    return {"name": name, "model": rel(model_dir), "adapter": rel(adapter_dir), "input_ids": ids,
            "attention_mask": mask, "logits": [[[round(v, 7) for v in row] for row in b] for b in logits.tolist()]}


def greedy(model_dir, prompt, steps):
    cfg, w = read_model(model_dir)
    ref = Qwen2Reference(cfg, w)
    ids = list(prompt)
    with torch.no_grad():
        for _ in range(steps):
            ids.append(int(ref.forward(torch.tensor([ids]))[0, -1].argmax()))
    return ids[len(prompt):]


def main():
    gen = torch.Generator().manual_seed(20261129)
    configs = {
        "kv1-untied-fp16-sharded": (dict(hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
                                         num_key_value_heads=2, intermediate_size=24, vocab_size=96,
                                         rope_theta=10000.0, rms_norm_eps=1e-6, tie_word_embeddings=False), "F16", 2),
        "kv4-tied-bf16-headdim": (dict(hidden_size=24, num_hidden_layers=2, num_attention_heads=8,
                                       num_key_value_heads=2, head_dim=6, intermediate_size=40, vocab_size=96,
                                       rope_theta=1000000.0, rms_norm_eps=1e-5, tie_word_embeddings=True), "BF16", 1),
        "kv2-tied-fp32": (dict(hidden_size=32, num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2,
                               intermediate_size=48, vocab_size=96, rope_theta=1000000.0, rms_norm_eps=1e-6,
                               tie_word_embeddings=True), "F32", 1),
    }
    dirs = {}
    weights = {}
    for name, (cfg, dtype, shards) in configs.items():
        weights[name] = random_weights(cfg, gen)
        dirs[name] = save_model(name, cfg, weights[name], dtype, shards)
    a1 = save_adapter("adapter-kv1-all", None, weights["kv1-untied-fp16-sharded"], 3, 6.0, TARGETS, False, gen)
    a4 = save_adapter("adapter-kv4-rslora", None, weights["kv4-tied-bf16-headdim"], 2, 4.0,
                      ["q_proj", "v_proj", "down_proj"], True, gen)
    ids = [[5, 17, 33, 2, 90, 41, 8, 64, 12], [7, 7, 21, 50, 3, 88, 0, 0, 0]]
    right = [[1] * 9, [1] * 6 + [0] * 3]
    left = [[1] * 9, [0] * 3 + [1] * 6]
    ids_left = [ids[0], [0, 0, 0] + ids[1][:6]]
    cases = [
        case("kv1 untied fp16 sharded", dirs["kv1-untied-fp16-sharded"], None, ids, right),
        case("kv1 + adapter (all targets)", dirs["kv1-untied-fp16-sharded"], a1, ids, right),
        case("kv4 tied bf16 head_dim 6", dirs["kv4-tied-bf16-headdim"], None, ids, right),
        case("kv4 + rsLoRA adapter (q,v,down)", dirs["kv4-tied-bf16-headdim"], a4, ids_left, left),
        case("kv2 tied fp32, no mask", dirs["kv2-tied-fp32"], None, [ids[0]], None),
    ]
    expected = {"tolerance_note": "float32 reference; compare logits to 1e-4 relative to the max |logit|",
                "cases": cases,
                "greedy": {"model": "kv2-tied-fp32", "prompt": [5, 17, 33, 2, 90], "steps": 12,
                           "tokens": greedy(dirs["kv2-tied-fp32"], [5, 17, 33, 2, 90], 12)}}
    json.dump(expected, open(os.path.join(OUT, "expected.json"), "w"))


if __name__ == "__main__":
    main()
