// Writes the reference outputs of OpenCC 1.4.2 (opencc-js, pure JavaScript; equal to the C++ CLI 1.4.1+) that the
// io.medreason.chinese tests compare with, or checks that the committed ones are still what opencc-js gives.
// Usage: node golden.mjs MODULES_DIR BUNDLE_DIR (write|check)
//        node golden.mjs MODULES_DIR BUNDLE_DIR convert PROFILE IN OUT      (one file, for compare.sh)
//        node golden.mjs MODULES_DIR BUNDLE_DIR random SEED LINES OUT      (random text, for live.sh)
//   MODULES_DIR: a folder whose node_modules holds opencc-js@1.4.2; BUNDLE_DIR: bundles/io.medreason.chinese.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const [modules, bundle, mode, ...rest] = process.argv.slice(2);
if (!modules || !bundle || !['write', 'check', 'convert', 'random'].includes(mode)) {
  console.error('usage: node golden.mjs MODULES_DIR BUNDLE_DIR (write|check|convert PROFILE IN OUT|random SEED LINES OUT)');
  process.exit(2);
}
const OpenCC = createRequire(path.join(path.resolve(modules), 'package.json'))('opencc-js');
const version = JSON.parse(fs.readFileSync(path.join(modules, 'node_modules/opencc-js/package.json'))).version;
if (version !== '1.4.2') {
  console.error(`opencc-js ${version} found, want 1.4.2`);
  process.exit(2);
}

// Our profile names as opencc-js locales (OpenCC's configuration of the same name).
const PROFILES = { s2t: ['cn', 't'], s2tw: ['cn', 'tw'], s2twp: ['cn', 'twp'], s2hk: ['cn', 'hk'],
  t2s: ['t', 'cn'], tw2s: ['tw', 'cn'], tw2sp: ['twp', 'cn'] };
const FORWARD = ['s2t', 's2tw', 's2twp', 's2hk'];
const REVERSE = ['t2s', 'tw2s', 'tw2sp'];
const CORPUS = ['01-internal-medicine.txt', '02-skin-nerve-ent.txt', '03-children-women.txt',
  '04-hospital-it-devices.txt', '05-drugs-infection.txt', '06-surgery-mind-emergency.txt', '07-home-nutrition.txt',
  '08-mixed-script.txt'];
const RANDOM_LINES = 1000;
const EXTRA = ['U盘', 'PN结', '😀', '𠮷', 'abc', '123', ' ', '，', '。', 'x86', '⿰氵每', '\uF900', '\u{2F800}'];

const test = path.join(bundle, 'src/test/resources');
const golden = path.join(test, 'golden');
const convert = (profile, text) => OpenCC.Converter({ from: PROFILES[profile][0], to: PROFILES[profile][1] })(text);

// A small seeded generator (mulberry32), so the random text is the same on every run.
function random(seed) {
  return () => {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Lines glued from random keys and values of OpenCC's dictionaries (phrases overlap and cross segment boundaries).
function randomText(seed, lines) {
  const dir = path.join(bundle, 'src/main/resources/io/medreason/chinese/dict/opencc');
  const pieces = [];
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (line && !line.startsWith('#')) {
        const [key, values] = line.split('\t');
        pieces.push(key, values.split(' ')[0]);
      }
    }
  }
  const next = random(seed);
  const pick = list => list[Math.floor(next() * list.length)];
  const out = [];
  for (let i = 0; i < lines; i++) {
    let line = '';
    for (let n = 1 + Math.floor(next() * 8); n > 0; n--) {
      line += pick(next() < 0.85 ? pieces : EXTRA);
    }
    if (next() < 0.3 && line.length > 2 && !/[\uD800-\uDFFF]/.test(line[0])) {
      line = line.slice(1); // start inside a phrase
    }
    out.push(line);
  }
  return out.join('\n') + '\n';
}

// One file per input: for each input line, one row per column (`column<TAB>text`), columns in COLUMNS order, so
// that the outputs of one line sit next to each other and gzip stores what they share once.
function table(columns) {
  const names = Object.keys(columns);
  const lines = names.map(n => columns[n].replace(/\n$/, '').split('\n'));
  const rows = [`# OpenCC 1.4.2 reference outputs (opencc-js ${version}); written by dev/opencc/golden.sh`];
  for (let i = 0; i < lines[0].length; i++) {
    names.forEach((n, c) => rows.push(`${n}\t${lines[c][i]}`));
  }
  return rows.join('\n') + '\n';
}

function outputs() {
  const corpus = CORPUS.map(f => fs.readFileSync(path.join(test, 'corpus', f), 'utf8')).join('');
  const corpusColumns = {};
  for (const p of FORWARD) corpusColumns[p] = convert(p, corpus);
  for (const p of REVERSE) corpusColumns[p] = convert(p, corpusColumns.s2twp);
  const text = randomText(20241129, RANDOM_LINES);
  const randomColumns = { input: text };
  for (const p of Object.keys(PROFILES)) randomColumns[p] = convert(p, text);
  return { 'corpus.tsv.gz': table(corpusColumns), 'random.tsv.gz': table(randomColumns) };
}

if (mode === 'convert') {
  const [profile, input, output] = rest;
  if (!PROFILES[profile]) {
    console.error(`unknown profile ${profile}; known: ${Object.keys(PROFILES).join(' ')}`);
    process.exit(2);
  }
  fs.writeFileSync(output, convert(profile, fs.readFileSync(input, 'utf8')));
  process.exit(0);
}
if (mode === 'random') {
  const [seed, lines, output] = rest;
  fs.writeFileSync(output, randomText(Number(seed), Number(lines)));
  process.exit(0);
}
if (mode === 'check') {
  let bad = 0;
  for (const [name, text] of Object.entries(outputs())) {
    const file = path.join(golden, name);
    const committed = fs.existsSync(file) ? zlib.gunzipSync(fs.readFileSync(file)).toString('utf8') : null;
    if (committed !== text) {
      console.log(`golden ${name}: differs from opencc-js ${version} (regenerate with dev/opencc/golden.sh write)`);
      bad++;
    }
  }
  console.log(bad === 0 ? `golden files equal opencc-js ${version}` : `${bad} golden files differ`);
  process.exit(bad === 0 ? 0 : 1);
}
fs.rmSync(golden, { recursive: true, force: true });
fs.mkdirSync(golden, { recursive: true });
for (const [name, text] of Object.entries(outputs())) {
  fs.writeFileSync(path.join(golden, name), zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
}
console.log(`wrote ${golden} with opencc-js ${version}`);
