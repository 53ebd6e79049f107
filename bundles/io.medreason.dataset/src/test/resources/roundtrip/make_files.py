"""Writes the round-trip test files with the real writers (Python json, Node JSON.stringify). Run once; the output
is committed. Usage: python3 make_files.py (in this folder; needs node on PATH)."""
import json, subprocess

records = [
    {"Question": "一位45歲男性出現胸痛，放射至左臂，心電圖顯示ST段抬高。最可能的診斷是什麼？",
     "Complex_CoT": "首先，胸痛放射至左臂是典型的心絞痛表現。\n其次，ST段抬高提示\"急性心肌梗塞\"。\n\t排除：主動脈剝離、肺栓塞 (path a/b\\c)。",
     "Response": "最可能的診斷是急性ST段抬高型心肌梗塞（STEMI）。🫀 應立即再灌流治療。"},
    {"Question": "What is the first-line treatment for anaphylaxis? Dose 0.3–0.5 mg IM.",
     "Complex_CoT": "Epinephrine is first line.\u0001 Control char above; café, naïve, Ω, “quotes”.",
     "Response": "Intramuscular epinephrine (1 mg/mL), 0.01 mg/kg, max 0.5 mg."},
    {"Question": "兒童發燒合併皮疹，應考慮哪些疾病？", "Complex_CoT": "", "Response": "麻疹、德國麻疹、川崎病等。"},
]

def write(name, text, newline="\n"):
    with open(name, "w", encoding="utf-8", newline="") as f:
        f.write(text.replace("\n", newline) if newline != "\n" else text)

write("medical_o1_indent2.json", json.dumps(records, indent=2, ensure_ascii=False))
write("medical_o1_indent4_ascii.json", json.dumps(records, indent=4) + "\n")
write("medical_o1_compact.json", json.dumps(records, ensure_ascii=False))
write("medical_o1_crlf.json", json.dumps(records, indent=2, ensure_ascii=False) + "\n", "\r\n")
write("medical_o1.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
write("medical_o1_pandas.jsonl", "".join(json.dumps(r, separators=(",", ":")).replace("/", "\\/") + "\n" for r in records))
write("text.jsonl", "".join(json.dumps({"text": r["Question"] + "\n" + r["Response"]}, ensure_ascii=False) + "\n"
                             for r in records))
write("alpaca.json", json.dumps([{"instruction": r["Question"], "input": "", "output": r["Response"]} for r in records]
                                + [{"instruction": "Summarise.", "input": "Patient: 60F, HbA1c 9.1%", "output": "Poorly controlled diabetes."}],
                                indent=2, ensure_ascii=False))
write("sharegpt.json", json.dumps([{"id": f"s{i}", "system": "You are a doctor.",
                                    "conversations": [{"from": "human", "value": r["Question"]},
                                                      {"from": "gpt", "value": r["Response"]}]}
                                   for i, r in enumerate(records)], indent=2, ensure_ascii=False))
write("openai.jsonl", "".join(json.dumps({"messages": [{"role": "system", "content": "Answer in Traditional Chinese."},
                                                         {"role": "user", "content": r["Question"]},
                                                         {"role": "assistant", "content": r["Response"]}]},
                                         ensure_ascii=False) + "\n" for r in records))
js = "const r = JSON.parse(require('fs').readFileSync(0, 'utf8'));" \
     "const fs = require('fs');" \
     "fs.writeFileSync('medical_o1_node_tabs.json', JSON.stringify(r, null, '\\t') + '\\n');" \
     "fs.writeFileSync('medical_o1_node.jsonl', r.map(x => JSON.stringify(x)).join('\\n'));"
subprocess.run(["node", "-e", js], input=json.dumps(records).encode(), check=True)
