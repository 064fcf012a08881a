/**
 * `np.array2string`, `np.array_repr`, `np.array_str`: NumPy's text layout of
 * arrays.
 *
 * Layout (NumPy's `_formatArray`): nested brackets, one row of the last axis
 * per line, wrapped so no line passes `linewidth` (less the suffix, e.g.
 * the `)` of a repr); continuation lines are indented under the first
 * element. Between sub-arrays of an axis `k` from the end go `k - 1` blank
 * lines. Arrays with more than `threshold` elements are summarised: each
 * axis longer than `2 * edgeitems` shows only its first and last
 * `edgeitems` entries around `...`, and the element formatter is fitted to
 * the shown entries only.
 *
 * repr adds `dtype=` unless the dtype is implied by the text (int64,
 * float64, complex128, bool) and the array is non-empty, and `shape=` for an
 * empty array that is not 1-d and for a summarised one; these go on a new
 * line when they would not fit the last one.
 */
import { type Param, parseArgs, pyTypeName } from '../args';
import type { Complex } from '../core/complex';
import { dataView, reader } from '../core/elements';
import { type NDArray, isNDArray } from '../core/ndarray';
import type { DType } from '../dtype/dtype';
import type { FloatKind } from './dragon4';
import { floatScalarStr } from './dragon4';
import { type Formatter, type Value, boolFormat, complexFormat, floatFormat, integerFormat } from './formats';
import { type Formatters, type PrintOptions, currentOptions, makeOptions } from './options';

/** Element reader at a multi-index (64-bit integers as bigint). */
function elementGetter(a: NDArray): (idx: readonly number[]) => Value {
  const read = reader(a.dtype);
  const v = dataView(a._bytes.buffer);
  const base = a._bytes.byteOffset + a._offset;
  const big = a.dtype.name === 'int64' || a.dtype.name === 'uint64';
  return (idx) => {
    let at = base;
    for (let i = 0; i < idx.length; i++) at += idx[i] * a.strides[i];
    return read(v, at, big) as Value;
  };
}

/** Indices shown along an axis of length n (all, or the edges when summarising). */
function shownIndices(n: number, edge: number, summarise: boolean): number[] {
  const out: number[] = [];
  if (summarise && n > 2 * edge) {
    for (let i = 0; i < edge; i++) out.push(i);
    // Like NumPy's a[-edge:], which for edge 0 is the whole axis.
    for (let i = edge === 0 ? 0 : n - edge; i < n; i++) out.push(i);
  } else {
    for (let i = 0; i < n; i++) out.push(i);
  }
  return out;
}

/** The values the formatter is fitted to (NumPy's `_leading_trailing`). */
function shownValues(a: NDArray, get: (idx: readonly number[]) => Value, edge: number, summarise: boolean): Value[] {
  const out: Value[] = [];
  const axes = a.shape.map((n) => shownIndices(n, edge, summarise));
  const idx = new Array<number>(a.ndim).fill(0);
  const walk = (ax: number): void => {
    if (ax === a.ndim) {
      out.push(get(idx));
      return;
    }
    for (const i of axes[ax]) {
      idx[ax] = i;
      walk(ax + 1);
    }
  };
  walk(0);
  return out;
}

function floatKind(dt: DType): FloatKind {
  if (dt.name === 'float16') return 'float16';
  return dt.name === 'float32' || dt.name === 'complex64' ? 'float32' : 'float64';
}

/** The user's formatter for a dtype kind, by NumPy's precedence (specific key, group, 'all'). */
function userFormatter(kind: string, f: Formatters | null): Formatter | null {
  if (!f) return null;
  const key = kind === 'b' ? 'bool' : kind === 'f' ? 'float' : kind === 'c' ? 'complexfloat' : 'int';
  const group = kind === 'f' ? 'float_kind' : kind === 'c' ? 'complex_kind' : kind === 'b' ? null : 'int_kind';
  const fn = f[key] ?? (group ? f[group] : null) ?? f.all;
  if (typeof fn !== 'function') return null;
  return (x) => {
    const v = typeof x === 'bigint' && Number.isSafeInteger(Number(x)) ? Number(x) : x;
    return String(fn(v));
  };
}

function formatFunction(a: NDArray, data: Value[], o: PrintOptions): Formatter {
  const user = userFormatter(a.dtype.kind, o.formatter);
  if (user) return user;
  switch (a.dtype.kind) {
    case 'b':
      return boolFormat(a.ndim === 0);
    case 'i':
    case 'u':
      return integerFormat(data as (number | bigint)[], o.sign);
    case 'f':
      return floatFormat(data as number[], floatKind(a.dtype), o);
    default:
      return complexFormat(data as Complex[], floatKind(a.dtype), o);
  }
}

/** Appends `word` to `line`, first wrapping when it would pass `width`. */
function extendLine(s: string, line: string, word: string, width: number, prefix: string): [string, string] {
  let wrap = line.length + word.length > width;
  // Wrapping does not help when the line holds only the indent.
  if (line.length <= prefix.length) wrap = false;
  if (wrap) {
    s += `${line.trimEnd()}\n`;
    line = prefix;
  }
  return [s, line + word];
}

/**
 * extendLine for words of several lines (from a custom formatter): the
 * block wraps as a whole and its lines stay aligned under its first line.
 */
function extendLinePretty(s: string, line: string, word: string, width: number, prefix: string): [string, string] {
  const words = word.split(/\r\n|\r|\n/);
  if (words.length > 1 && words[words.length - 1] === '') words.pop();
  if (words.length <= 1) return extendLine(s, line, word, width, prefix);
  const maxLen = Math.max(...words.map((w) => w.length));
  let indent: string;
  if (line.length + maxLen > width && line.length > prefix.length) {
    s += `${line.trimEnd()}\n`;
    line = prefix + words[0];
    indent = prefix;
  } else {
    indent = ' '.repeat(line.length);
    line += words[0];
  }
  for (const w of words.slice(1)) {
    s += `${line.trimEnd()}\n`;
    line = indent + w;
  }
  line += ' '.repeat(maxLen - words[words.length - 1].length);
  return [s, line];
}

function formatArray(
  a: NDArray,
  fmt: Formatter,
  get: (idx: readonly number[]) => Value,
  lineWidth: number,
  nextLinePrefix: string,
  separator: string,
  edge: number,
  summaryInsert: string,
): string {
  const index: number[] = [];
  const recurse = (hanging: string, currWidth: number): string => {
    const axis = index.length;
    const left = a.ndim - axis;
    if (left === 0) return fmt(get(index));
    const nextHanging = `${hanging} `;
    const nextWidth = currWidth - 1;
    const n = a.shape[axis];
    const summary = summaryInsert !== '' && 2 * edge < n;
    const leading = summary ? edge : 0;
    const trailing = summary ? edge : n;
    const sub = (i: number): string => {
      index.push(i < 0 ? n + i : i);
      const r = recurse(nextHanging, nextWidth);
      index.pop();
      return r;
    };
    let s = '';
    if (left === 1) {
      const elemWidth = currWidth - Math.max(separator.trimEnd().length, 1);
      let line = hanging;
      for (let i = 0; i < leading; i++) {
        [s, line] = extendLinePretty(s, line, sub(i), elemWidth, hanging);
        line += separator;
      }
      if (summary) {
        [s, line] = extendLine(s, line, summaryInsert, elemWidth, hanging);
        line += separator;
      }
      for (let i = trailing; i > 1; i--) {
        [s, line] = extendLinePretty(s, line, sub(-i), elemWidth, hanging);
        line += separator;
      }
      [s, line] = extendLinePretty(s, line, sub(-1), elemWidth, hanging);
      s += line;
    } else {
      const lineSep = separator.trimEnd() + '\n'.repeat(left - 1);
      for (let i = 0; i < leading; i++) s += hanging + sub(i) + lineSep;
      if (summary) s += hanging + summaryInsert + lineSep;
      for (let i = trailing; i > 1; i--) s += hanging + sub(-i) + lineSep;
      s += hanging + sub(-1);
    }
    return `[${s.slice(hanging.length)}]`;
  };
  return recurse(nextLinePrefix, lineWidth);
}

/** array2string on resolved options (the array is non-empty). */
function array2stringImpl(a: NDArray, o: PrintOptions, separator: string, prefix: string): string {
  const get = elementGetter(a);
  const summarise = a.size > o.threshold;
  const data = shownValues(a, get, o.edgeitems, summarise);
  const fmt = formatFunction(a, data, o);
  const nextLinePrefix = ' '.repeat(1 + prefix.length);
  return formatArray(a, fmt, get, o.linewidth, nextLinePrefix, separator, o.edgeitems, summarise ? '...' : '');
}

function checkArray(fname: string, a: unknown): NDArray {
  if (!isNDArray(a)) throw new TypeError(`${fname}(): argument 'a' must be an ndarray, not ${pyTypeName(a)}`);
  return a;
}

const a2sParams: Param[] = [
  { name: 'a' },
  { name: 'max_line_width', default: null },
  { name: 'precision', default: null },
  { name: 'suppress_small', default: null },
  { name: 'separator', default: ' ' },
  { name: 'prefix', default: '' },
  { name: 'formatter', default: null, kwOnly: true },
  { name: 'threshold', default: null, kwOnly: true },
  { name: 'edgeitems', default: null, kwOnly: true },
  { name: 'sign', default: null, kwOnly: true },
  { name: 'floatmode', default: null, kwOnly: true },
  { name: 'suffix', default: '', kwOnly: true },
  { name: 'legacy', default: null, kwOnly: true },
];

function resolveOptions(p: Record<string, unknown>): PrintOptions {
  const overrides = makeOptions({
    precision: p.precision,
    threshold: p.threshold,
    edgeitems: p.edgeitems,
    linewidth: p.max_line_width,
    suppress: p.suppress_small,
    sign: p.sign,
    formatter: p.formatter,
    floatmode: p.floatmode,
    legacy: p.legacy,
  });
  return { ...currentOptions(), ...overrides };
}

/**
 * `np.array2string(a, max_line_width=None, precision=None,
 * suppress_small=None, separator=' ', prefix='', *, formatter=None,
 * threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='',
 * legacy=None)`. `formatter` callbacks get each element as a JS value.
 */
export function array2string(...args: unknown[]): string {
  const p = parseArgs('array2string', args, a2sParams);
  const a = checkArray('array2string', p.a);
  for (const k of ['separator', 'prefix', 'suffix']) {
    if (typeof p[k] !== 'string') throw new TypeError(`array2string(): argument '${k}' must be str`);
  }
  const o = resolveOptions(p);
  o.linewidth -= (p.suffix as string).length;
  if (a.size === 0) return '[]';
  return array2stringImpl(a, o, p.separator as string, p.prefix as string);
}

const reprParams: Param[] = [
  { name: 'arr' },
  { name: 'max_line_width', default: null },
  { name: 'precision', default: null },
  { name: 'suppress_small', default: null },
];

/** Python's repr of a shape tuple. */
function shapeRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

const IMPLIED = new Set(['int64', 'float64', 'complex128', 'bool']);

/** repr text of `a` with explicit overrides (the work of `np.array_repr`). */
export function reprOf(a: NDArray, maxLineWidth: unknown, precision: unknown, suppressSmall: unknown): string {
  const cur = currentOptions();
  if (cur.override_repr) return cur.override_repr(a);
  const prefix = 'array(';
  const lst = array2string(a, maxLineWidth ?? null, precision ?? null, suppressSmall ?? null, ', ', prefix, {
    suffix: ')',
  });
  const extras: string[] = [];
  if ((a.size === 0 && !(a.ndim === 1 && a.shape[0] === 0)) || (cur.legacy > 210 && a.size > cur.threshold)) {
    extras.push(`shape=${shapeRepr(a.shape)}`);
  }
  if (!IMPLIED.has(a.dtype.name) || a.size === 0) extras.push(`dtype=${a.dtype.name}`);
  if (extras.length === 0) return `${prefix}${lst})`;
  const arrStr = `${prefix}${lst},`;
  const extraStr = `${extras.join(', ')})`;
  const lastLineLen = arrStr.length - (arrStr.lastIndexOf('\n') + 1);
  const width = typeof maxLineWidth === 'number' ? maxLineWidth : cur.linewidth;
  const spacer = lastLineLen + extraStr.length + 1 > width ? `\n${' '.repeat(prefix.length)}` : ' ';
  return arrStr + spacer + extraStr;
}

/** `np.array_repr(arr, max_line_width=None, precision=None, suppress_small=None)`. */
export function array_repr(...args: unknown[]): string {
  const p = parseArgs('array_repr', args, reprParams);
  const a = checkArray('array_repr', p.arr);
  return reprOf(a, p.max_line_width, p.precision, p.suppress_small);
}

/**
 * NumPy's `str()` of one element as a NumPy scalar (what `str` of a 0-d
 * array shows): Python-style float and complex text in the element's own
 * precision, `True`/`False`, integers in full.
 */
export function scalarStr(x: Value, dt: DType): string {
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  if (typeof x === 'bigint' || dt.kind === 'i' || dt.kind === 'u') return String(x);
  const kind = floatKind(dt);
  if (dt.kind === 'f') return floatScalarStr(x as number, kind);
  const c = x as Complex;
  if (c.re === 0 && !Object.is(c.re, -0)) return `${floatScalarStr(c.im, kind, '-')}j`;
  return `(${floatScalarStr(c.re, kind, '-')}${floatScalarStr(c.im, kind, '-', true)}j)`;
}

export function strOf(a: NDArray, maxLineWidth: unknown, precision: unknown, suppressSmall: unknown): string {
  if (a.ndim === 0) return scalarStr(elementGetter(a)([]), a.dtype);
  return array2string(a, maxLineWidth ?? null, precision ?? null, suppressSmall ?? null, ' ', '');
}

/** `np.array_str`'s: `np.array_repr`'s with the array named `a`. */
const strParams: Param[] = [{ name: 'a' }, ...reprParams.slice(1)];

/** `np.array_str(a, max_line_width=None, precision=None, suppress_small=None)`. */
export function array_str(...args: unknown[]): string {
  const p = parseArgs('array_str', args, strParams);
  const a = checkArray('array_str', p.a);
  return strOf(a, p.max_line_width, p.precision, p.suppress_small);
}
