"""Writes the malformed-input corpus (committed). Usage: python3 make_files.py in this folder."""
import json

def rec(i):
    return {"Question": f"問題 {i}：發燒三天應如何處理？", "Complex_CoT": f"推理 {i}。", "Response": f"回答 {i}。"}

good = json.dumps([rec(i) for i in range(4)], indent=2, ensure_ascii=False)
lines = [json.dumps(rec(i), ensure_ascii=False) for i in range(5)]

def write(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

write("truncated.json", good[: good.index("推理 2") + 3])
write("trailing_comma.json", good[:-2] + ",\n]")
write("trailing_comma_in_record.json", good.replace('"Response": "回答 1。"', '"Response": "回答 1。",', 1))
write("top_level_string.json", '"just a string"\n')
write("top_level_object.json", json.dumps({"data": [rec(0), rec(1)]}, indent=2, ensure_ascii=False))
write("array_of_numbers.json", "[1, 2, 3]\n")
write("bom.json", b"\xef\xbb\xbf" + good.encode("utf-8"))
write("nul_in_record.json", good.replace("推理 1。", "推理\x00 1。", 1))
write("nul_padding.json", good.encode("utf-8") + b"\x00" * 64)
write("invalid_utf8.jsonl", ("\n".join(lines) + "\n").encode("utf-8").replace("回答 3".encode("utf-8"), b"\xff\xfe 3", 1))
write("utf16.json", b"\xff\xfe" + good.encode("utf-16-le"))
write("bad_line.jsonl", "\n".join([lines[0], lines[1][:30], lines[2], lines[3], lines[4]]) + "\n")
write("missing_comma.json", good.replace("},\n  {", "}\n  {", 1))
write("empty.json", "")
