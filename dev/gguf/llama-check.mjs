// Compares our export with llama.cpp itself (node-llama-cpp's prebuilt CPU build): for each GGUF file given,
// (1) the token ids of five medical questions from llama.cpp's tokenizer and from ours (`medreason logprobs`) must be
// identical, (2) the next-token log-probabilities along a fixed 64-token sequence must agree within the tolerance
// given for the file (the log-probability of each actual next token, and of our five most likely next tokens).
// Usage: node llama-check.mjs OURS.jsonl FILE.gguf:TOLERANCE[:SAME.jsonl:TOLERANCE] ...
// OURS.jsonl is `medreason logprobs` output: five {"ids"} lines for the questions, then one scored sequence (our
// engine, FP32 base + adapter). SAME.jsonl, when given, is our engine scoring the same sequence on the very weights the
// file holds (the merge rounded to FP16): that difference isolates how llama.cpp reads the file from the rounding.
import { getLlama } from "node-llama-cpp";
import { readFileSync } from "node:fs";

const QUESTIONS = JSON.parse(readFileSync(new URL("./questions.json", import.meta.url), "utf8"));
const [oursFile, ...targets] = process.argv.slice(2);
const ours = readFileSync(oursFile, "utf8").trim().split("\n").map((l) => JSON.parse(l));
const ourIds = ours.slice(0, QUESTIONS.length).map((o) => o.ids);
const scored = ours[QUESTIONS.length];
if (!scored || !scored.logprobs || scored.ids.length !== 64) {
  console.error(`llama-check: ${oursFile} has no scored 64-token sequence after the questions`);
  process.exit(1);
}

const llama = await getLlama({ gpu: false });
let failed = false;
for (const target of targets) {
  const [file, tol, sameFile, sameTol] = target.split(":");
  const tolerance = Number(tol);
  const same = sameFile ? JSON.parse(readFileSync(sameFile, "utf8").trim()) : null;
  let model;
  try {
    model = await llama.loadModel({ modelPath: file });
  } catch (e) {
    console.error(`llama-check: llama.cpp cannot load ${file}: ${e.message}`);
    failed = true;
    continue;
  }
  let sameIds = 0;
  QUESTIONS.forEach((q, i) => {
    const theirs = Array.from(model.tokenize(q, true));
    if (JSON.stringify(theirs) === JSON.stringify(ourIds[i])) {
      sameIds++;
    } else {
      console.error(`llama-check: ${file}: question ${i + 1} tokenizes differently\n  llama.cpp ${JSON.stringify(theirs)}\n  ours      ${JSON.stringify(ourIds[i])}`);
      failed = true;
    }
  });
  // An FP32 key/value cache and no flash attention: the comparison is about the file, not llama.cpp's cache rounding.
  const context = await model.createContext({ contextSize: 128, batchSize: 128, sequences: 1, flashAttention: false,
    experimentalKvCacheKeyType: "F32", experimentalKvCacheValueType: "F32" });
  const sequence = context.getSequence();
  const ids = scored.ids;
  const all = { generateNext: { probabilities: true, options: { temperature: 1, topK: 0, topP: 1, minP: 0 } } };
  const results = await sequence.controlledEvaluate(ids.map((t, i) => (i + 1 < ids.length ? [t, all] : t)));
  let worstNext = 0;
  let worstTop = 0;
  let worstSame = 0;
  let sameArgmax = 0;
  for (let i = 0; i + 1 < ids.length; i++) {
    const probs = results[i]?.next?.probabilities;
    if (!probs) {
      console.error(`llama-check: ${file}: no probabilities at position ${i}`);
      failed = true;
      break;
    }
    const lp = (id) => (probs.has(id) ? Math.log(probs.get(id)) : -Infinity);
    worstNext = Math.max(worstNext, Math.abs(lp(ids[i + 1]) - scored.logprobs[i]));
    if (same) {
      worstSame = Math.max(worstSame, Math.abs(lp(ids[i + 1]) - same.logprobs[i]));
    }
    for (const [id, ourLp] of scored.top[i]) {
      worstTop = Math.max(worstTop, Math.abs(lp(id) - ourLp));
    }
    if (probs.keys().next().value === scored.top[i][0][0]) {
      sameArgmax++;
    }
  }
  const ok = worstNext <= tolerance && (!same || worstSame <= Number(sameTol));
  failed ||= !ok;
  console.log(`llama-check: ${file.split("/").slice(-2).join("/")}: llama.cpp loaded it (${model.fileInfo.metadata.general.architecture}); `
    + `token ids identical for ${sameIds}/${QUESTIONS.length} questions; 63 next-token log-probs: max |diff| ${worstNext.toExponential(3)}, `
    + `(tolerance ${tolerance}); over our top-5 tokens ${worstTop.toExponential(3)}; same most likely token at `
    + `${sameArgmax}/63 positions`
    + (same ? `; vs our engine on the same fp16 weights: max |diff| ${worstSame.toExponential(3)} (tolerance ${sameTol})` : "")
    + `: ${ok ? "OK" : "FAILED"}`);
  await context.dispose();
  await model.dispose();
}
process.exit(failed ? 1 : 0);
