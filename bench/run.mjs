// `npm run bench`: runs every workload in NumPy (the oracle's virtualenv) and
// in rumpy in one run, alternating between them per workload, and prints per workload NumPy's time, rumpy's time and
// the ratio rumpy/NumPy (below 1 is faster), with the geometric mean per
// category. Memory-bound rows also show the fraction of the machine's
// measured copy bandwidth they reach.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { WORKLOADS } from './workloads.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const np = require(join(root, 'dist'));
const python = join(root, '.venv-oracle', 'bin', 'python');
if (!existsSync(python)) {
  console.error('NumPy oracle missing: run `node scripts/ensure-oracle.mjs` first');
  process.exit(1);
}
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
const selected = WORKLOADS.filter((w) => !only || only.test(w.name));

/** Best of 5 repeats of an autoranged loop (≥ 0.2 s each), in seconds per call. */
function time(fn) {
  let number = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < number; i++) fn();
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    if (dt >= 0.2) break;
    number *= dt < 0.02 ? 10 : 2;
  }
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < number; i++) fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9 / number);
  }
  return best;
}

/** Bytes of the last-level cache (Linux sysfs), or 32 MiB when unknown. */
function lastLevelCache() {
  const dir = '/sys/devices/system/cpu/cpu0/cache';
  let best = 32 << 20;
  try {
    for (const idx of readdirSync(dir).filter((d) => d.startsWith('index'))) {
      const m = /^(\d+)([KMG]?)/.exec(readFileSync(join(dir, idx, 'size'), 'utf8').trim());
      if (m) best = Math.max(best, Number(m[1]) * { '': 1, K: 1024, M: 1 << 20, G: 1 << 30 }[m[2]]);
    }
  } catch {
    // not Linux: keep the default
  }
  return best;
}

/**
 * Copy bandwidth (bytes read + written per second) of a float64 copy into an
 * existing array, all threads, with STREAM's sizing rule: each array at
 * least 4× the last-level cache, so the copy measures memory, not cache.
 * (An 80 MB copy runs partly from cache on this kind of machine: it read up
 * to 2× faster in some phases.) Also returns that 80 MB copy's rate.
 */
function bandwidth() {
  const measure = (n) => {
    const a = np.ones(n);
    const b = np.zeros(n);
    np.copyto(b, a); // first touch
    return (2 * 8 * n) / time(() => np.copyto(b, a));
  };
  const n = Math.min(Math.max(1e7, Math.ceil((4 * lastLevelCache()) / 8)), 2 ** 28);
  return { memory: measure(n), arrayBytes: 8 * n, copy80: measure(1e7) };
}

/** NumPy's seconds per call for workload `w` (a fresh interpreter, the workload alone). */
function numpyTime(w) {
  const py = spawnSync(python, [join(root, 'bench', 'numpy_bench.py')], {
    input: JSON.stringify([{ name: w.name, setup: w.py.setup, stmt: w.py.stmt }]),
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (py.status !== 0) {
    console.error(py.stderr);
    process.exit(1);
  }
  return JSON.parse(py.stdout)[w.name];
}

// NumPy and rumpy alternate per workload, ROUNDS times each, and each side
// keeps its best: both are measured at nearly the same moment, so load from
// elsewhere on the machine skews the ratio less.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const { memory: bw, arrayBytes, copy80 } = bandwidth();
const fmt = (s) => (s >= 1e-3 ? `${(s * 1e3).toFixed(2)} ms` : `${(s * 1e6).toFixed(2)} µs`);
const numpyTimes = {};
const rows = [];
for (const w of selected) {
  let js = null;
  let note = '';
  let np_ = Number.POSITIVE_INFINITY;
  for (let r = 0; r < ROUNDS; r++) {
    np_ = Math.min(np_, numpyTime(w));
    if (note) continue;
    try {
      const fn = w.js(np);
      const t = time(fn);
      js = js === null ? t : Math.min(js, t);
    } catch (e) {
      note = `rumpy: ${String(e.message).split('\n')[0].slice(0, 60)}`;
      js = null;
    }
  }
  numpyTimes[w.name] = np_;
  const ratio = js === null ? null : js / np_;
  const frac = js !== null && w.bytes ? `${((w.bytes / js / bw) * 100).toFixed(0)}% of bw` : '';
  rows.push({ w, js, ratio, frac, note });
}

console.log(
  `measured memory bandwidth (STREAM-like copy into an existing array, all threads, arrays of ${(arrayBytes / 1e6).toFixed(0)} MB ≥ 4× the last-level cache): ${(bw / 1e9).toFixed(1)} GB/s`,
);
console.log(`(the same copy of 80 MB arrays, partly from cache: ${(copy80 / 1e9).toFixed(1)} GB/s)`);
console.log(
  ['workload'.padEnd(38), 'numpy'.padStart(10), 'rumpy'.padStart(10), 'ratio'.padStart(7), '  bandwidth / note'].join(
    ' ',
  ),
);
const categories = [...new Set(selected.map((w) => w.category))];
/** The categories of the ufunc/reduction issue's own workload list (issue 3). */
const ISSUE3 = new Set(['elementwise', 'reduction', 'memory']);
let allLogs = [];
let issue3Logs = [];
for (const c of categories) {
  console.log(`-- ${c}`);
  const logs = [];
  for (const r of rows.filter((x) => x.w.category === c)) {
    const ratio = r.ratio === null ? '   n/a' : r.ratio.toFixed(2).padStart(7);
    if (r.ratio !== null) logs.push(Math.log(r.ratio));
    console.log(
      [
        r.w.name.padEnd(38),
        fmt(numpyTimes[r.w.name]).padStart(10),
        (r.js === null ? '-' : fmt(r.js)).padStart(10),
        ratio,
        ` ${r.frac}${r.note}`,
      ].join(' '),
    );
  }
  if (logs.length)
    console.log(
      `   geometric mean (${c}, ${logs.length} rows): ${Math.exp(logs.reduce((a, b) => a + b, 0) / logs.length).toFixed(2)}`,
    );
  allLogs = allLogs.concat(logs);
  if (ISSUE3.has(c)) issue3Logs = issue3Logs.concat(logs);
}
if (issue3Logs.length) {
  console.log(
    `geometric mean over the ${issue3Logs.length} elementwise, reduction and memory rows: ${Math.exp(issue3Logs.reduce((a, b) => a + b, 0) / issue3Logs.length).toFixed(2)}`,
  );
}
if (allLogs.length) {
  console.log(
    `geometric mean over ${allLogs.length} measured rows: ${Math.exp(allLogs.reduce((a, b) => a + b, 0) / allLogs.length).toFixed(2)}`,
  );
}
const missing = rows.filter((r) => r.js === null).length;
if (missing) console.log(`${missing} rows not measured (function missing or failing in rumpy).`);
