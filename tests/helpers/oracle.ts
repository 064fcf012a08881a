/**
 * The NumPy oracle for jest. A test file registers cases as
 * `check(numpyExpression, () => rumpyValue, options)`; the first case that
 * runs sends every registered expression of the file to NumPy (the pinned
 * numpy in .venv-oracle) in one Python process, and each case then compares
 * rumpy's value with NumPy's: dtype, shape and values of arrays (exact for
 * integers and bools; floats equal, NaN equal to NaN, signed zeros kept,
 * unless a tolerance is given), JS values for Python scalars, strings
 * exactly, and for errors the error class and message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as np from '../../dist';

const root = join(__dirname, '..', '..');
const python = join(root, '.venv-oracle', 'bin', 'python');

export type Encoded =
  | { t: 'none' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: string }
  | { t: 'float'; v: string }
  | { t: 'complex'; re: string; im: string }
  | { t: 'str'; v: string }
  | { t: 'list'; v: Encoded[]; fields?: string[] }
  | { t: 'dict'; v: Record<string, Encoded> }
  | { t: 'ndarray'; dtype: string; shape: number[]; data: string }
  | { t: 'scalar'; dtype: string; v: Encoded }
  | { t: 'dtype'; name: string; str: string; char: string; kind: string; itemsize: number; repr: string; text: string }
  | { t: 'error'; cls: string; mro: string[]; msg: string }
  | { t: 'repr'; v: string };

export type Result = Encoded & { warnings: string[]; warned: string[] };

/** Runs NumPy on expressions and returns the encoded results. */
export function runNumpy(setup: string, exprs: readonly string[]): Result[] {
  if (!existsSync(python))
    throw new Error('NumPy oracle missing: run `node scripts/ensure-oracle.mjs` (npm test does)');
  const r = spawnSync(python, [join(root, 'tests', 'oracle', 'run.py')], {
    input: JSON.stringify({ setup, exprs }),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`NumPy oracle failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Result[];
}

export interface CompareOptions {
  /** Relative tolerance for floating values (default 0: exact). */
  rtol?: number;
  /** Absolute tolerance for floating values (default 0). */
  atol?: number;
  /** How to compare error messages (default 'exact'). */
  message?: 'exact' | 'none' | RegExp;
  /** Test name, when the expression is not a good one. */
  name?: string;
  /**
   * Also compare the warnings raised with NumPy's: `true` compares their
   * categories (RuntimeWarning…), `'each'` every warning as "Category:
   * message", as many times as NumPy raised it.
   */
  warnings?: boolean | 'each';
  /**
   * `false` accepts a zero of either sign where NumPy returns a zero: for
   * results whose sign NumPy's own build leaves to the CPU (which of
   * `0.0`/`-0.0` a SIMD `max` keeps depends on the vector width).
   */
  zeroSign?: boolean;
}

const RUMPY_ERRORS = [
  'AxisError',
  'LinAlgError',
  'IndexError',
  'OverflowError',
  'KeyError',
  'ZeroDivisionError',
  'FloatingPointError',
  'ValueError',
  'TypeError',
];

/** Registers NumPy-vs-rumpy cases for one test file. */
export function oracle(setup = ''): (expr: string, actual: () => unknown, opts?: CompareOptions) => void {
  const exprs: string[] = [];
  let results: Result[] | null = null;
  return (expr, actual, opts = {}) => {
    const i = exprs.push(expr) - 1;
    test(opts.name ?? expr, () => {
      results ??= runNumpy(setup, exprs);
      compareResult(results[i], actual, opts);
    });
  };
}

/** Compares one NumPy result with what `actual` returns or throws. */
export function compareResult(expected: Result, actual: () => unknown, opts: CompareOptions = {}): void {
  if (expected.t === 'error') {
    let thrown: unknown = null;
    let value: unknown;
    try {
      value = actual();
    } catch (e) {
      thrown = e;
    }
    if (thrown === null) {
      throw new Error(`NumPy raised ${expected.cls}: ${expected.msg}\nbut rumpy returned ${describe(value)}`);
    }
    const err = thrown as Error;
    const cls = expected.mro.find((c) => RUMPY_ERRORS.includes(c)) ?? 'Error';
    expect({ cls: err.name, msg: err.message }).toEqual({
      cls,
      msg: messageExpectation(expected.msg, err.message, opts),
    });
    return;
  }
  const seen = new Set<string>();
  const each: string[] = [];
  const original = process.emitWarning;
  if (opts.warnings) {
    process.emitWarning = ((warning: string | Error, type?: unknown) => {
      const category = typeof type === 'string' ? type : warning instanceof Error ? warning.name : 'Warning';
      seen.add(category);
      each.push(`${category}: ${warning instanceof Error ? warning.message : warning}`);
    }) as typeof process.emitWarning;
  }
  let value: unknown;
  try {
    value = actual();
  } finally {
    process.emitWarning = original;
  }
  compareValue(expected, value, opts, 'result');
  if (opts.warnings === 'each') expect(each.sort()).toEqual(expected.warned);
  else if (opts.warnings) expect([...seen].sort()).toEqual(expected.warnings);
}

function messageExpectation(numpyMsg: string, ours: string, opts: CompareOptions): string {
  const m = opts.message ?? 'exact';
  if (m === 'none') return ours;
  if (m instanceof RegExp) return m.test(ours) ? ours : `${numpyMsg} (rumpy message must match ${m})`;
  return numpyMsg;
}

function describe(v: unknown): string {
  try {
    return String(v);
  } catch {
    return typeof v;
  }
}

function parsePyFloat(s: string): number {
  if (s === 'nan' || s === '-nan') return Number.NaN;
  if (s === 'inf') return Number.POSITIVE_INFINITY;
  if (s === '-inf') return Number.NEGATIVE_INFINITY;
  return Number(s);
}

function floatsMatch(e: number, a: number, opts: CompareOptions): boolean {
  if (Number.isNaN(e)) return Number.isNaN(a);
  if (e === a) return e !== 0 || Object.is(e, a) || (opts.atol ?? 0) > 0 || opts.zeroSign === false;
  const tol = (opts.atol ?? 0) + (opts.rtol ?? 0) * Math.abs(e);
  return Number.isFinite(e) && Math.abs(e - a) <= tol;
}

/** Decodes NumPy's C-order bytes into JS numbers (or bigints, or [re, im]). */
export function decodeArray(e: { dtype: string; shape: number[]; data: string }): unknown[] {
  const buf = Buffer.from(e.data, 'base64');
  return np.frombuffer(new Uint8Array(buf).buffer, { dtype: e.dtype }).tolist({ bigint: true }) as unknown[];
}

function flatValues(a: np.NDArray): unknown[] {
  const out: unknown[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else out.push(x);
  };
  walk(a.tolist({ bigint: true }));
  return out;
}

function compareValue(e: Encoded, a: unknown, opts: CompareOptions, path: string): void {
  const fail = (why: string): never => {
    throw new Error(
      `${path}: ${why}\n  NumPy: ${JSON.stringify(e).slice(0, 2000)}\n  rumpy: ${describe(a).slice(0, 2000)}`,
    );
  };
  switch (e.t) {
    case 'ndarray': {
      if (!(a instanceof np.NDArray)) fail('expected an NDArray');
      const arr = a as np.NDArray;
      expect({ dtype: arr.dtype.name, shape: [...arr.shape] }).toEqual({ dtype: e.dtype, shape: e.shape });
      const want = decodeArray(e);
      const got = arr.ndim === 0 ? [arr.item({ bigint: true })] : flatValues(arr);
      for (let i = 0; i < want.length; i++) compareElement(want[i], got[i], opts, `${path}[flat ${i}]`, fail);
      return;
    }
    case 'scalar':
      compareValue(e.v, a, opts, path);
      return;
    case 'none':
      if (a !== undefined) fail('expected undefined (None)');
      return;
    case 'bool':
      if (a !== e.v) fail(`expected ${e.v}`);
      return;
    case 'int': {
      const want = BigInt(e.v);
      const ok =
        typeof a === 'bigint'
          ? a === want && !Number.isSafeInteger(Number(want))
          : typeof a === 'number' && Number.isSafeInteger(a) && BigInt(a) === want;
      if (!ok) fail(`expected int ${e.v} (number when safe, else bigint)`);
      return;
    }
    case 'float':
      if (typeof a !== 'number' || !floatsMatch(parsePyFloat(e.v), a, opts)) fail(`expected float ${e.v}`);
      return;
    case 'complex': {
      const c = a as { re?: unknown; im?: unknown };
      if (
        !(a instanceof np.Complex) ||
        !floatsMatch(parsePyFloat(e.re), c.re as number, opts) ||
        !floatsMatch(parsePyFloat(e.im), c.im as number, opts)
      ) {
        fail(`expected complex (${e.re}, ${e.im})`);
      }
      return;
    }
    case 'str':
      expect(a).toBe(e.v);
      return;
    case 'list': {
      if (!Array.isArray(a) || a.length !== e.v.length) fail(`expected a list of ${e.v.length}`);
      e.v.forEach((x, i) => compareValue(x, (a as unknown[])[i], opts, `${path}[${i}]`));
      if (e.fields)
        e.fields.forEach((f, i) => expect((a as unknown as Record<string, unknown>)[f]).toBe((a as unknown[])[i]));
      return;
    }
    case 'dict': {
      const obj = a as Record<string, unknown>;
      for (const [k, x] of Object.entries(e.v)) compareValue(x, obj[k], opts, `${path}.${k}`);
      return;
    }
    case 'dtype': {
      const d = a as np.DType;
      if (!(d instanceof np.DType)) fail('expected a DType');
      expect({ name: d.name, str: d.str, char: d.char, kind: d.kind, itemsize: d.itemsize, text: String(d) }).toEqual({
        name: e.name,
        str: e.str,
        char: e.char,
        kind: e.kind,
        itemsize: e.itemsize,
        text: e.text,
      });
      return;
    }
    default:
      fail(`cannot compare NumPy result of type ${e.t}`);
  }
}

function compareElement(
  w: unknown,
  g: unknown,
  opts: CompareOptions,
  path: string,
  fail: (why: string) => never,
): void {
  if (typeof w === 'number') {
    if (typeof g !== 'number' || !floatsMatch(w, g, opts))
      fail(`${path}: expected ${Object.is(w, -0) ? '-0' : w}, got ${describe(g)}`);
  } else if (w instanceof np.Complex) {
    const c = g as np.Complex;
    if (!(g instanceof np.Complex) || !floatsMatch(w.re, c.re, opts) || !floatsMatch(w.im, c.im, opts))
      fail(`${path}: expected ${w}, got ${describe(g)}`);
  } else if (w !== g) {
    fail(`${path}: expected ${describe(w)}, got ${describe(g)}`);
  }
}
