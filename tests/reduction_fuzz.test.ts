// Seeded random reductions against NumPy: the reduction functions, their
// NaN-aware forms and the ufuncs' reduce/accumulate, on random dtypes and
// shapes (0-d, empty, 3-d), contiguous and reversed/transposed/stepped
// views, values with the special ones (±0, ±inf, NaN, extremes), and random
// options (axis as int/negative/tuple/None/out of range, keepdims, dtype,
// where, initial, ddof), comparing results, warnings and errors. The seed
// is fixed (RUMPY_FUZZ_SEED explores others, see tests/helpers/fuzz.ts).
import * as np from '../dist';
import { DTYPES, FUZZ_SEED, type Layout, arrayOperand, py, pyShape, rng } from './helpers/fuzz';
import { oracle } from './helpers/oracle';

const check = oracle();
const r = rng(FUZZ_SEED + 1);
const { rand, pick } = r;

type Option = 'keepdims' | 'dtype' | 'where' | 'initial' | 'ddof';

/** One reduction: how it is called, which axis forms it takes and its options. */
interface Reduction {
  /** `np.<name>(x, …)`, or `np.<ufunc>.reduce` / `.accumulate`. */
  name: string;
  kind: 'function' | 'reduce' | 'accumulate';
  /** `tuple`: int, tuple or None; `int`: int or None; `one`: an int only (accumulate). */
  axis: 'tuple' | 'int' | 'one';
  options: readonly Option[];
  /** Has an NDArray method of the same name. */
  method?: boolean;
  /** Float results may differ from NumPy's in the last bits (summation order). */
  inexact?: boolean;
  /** Which zero a ±0 tie keeps is not matched (designs/deviations.md). */
  anyZero?: boolean;
}

const SUMS: Option[] = ['keepdims', 'dtype', 'where', 'initial'];
const EXTREMES: Option[] = ['keepdims', 'where', 'initial'];
const MEANS: Option[] = ['keepdims', 'dtype', 'where'];
const MOMENTS: Option[] = ['keepdims', 'dtype', 'where', 'ddof'];

const REDUCTIONS: Reduction[] = [
  { name: 'sum', kind: 'function', axis: 'tuple', options: SUMS, method: true },
  { name: 'prod', kind: 'function', axis: 'tuple', options: SUMS, method: true },
  { name: 'min', kind: 'function', axis: 'tuple', options: EXTREMES, method: true, anyZero: true },
  { name: 'max', kind: 'function', axis: 'tuple', options: EXTREMES, method: true, anyZero: true },
  { name: 'mean', kind: 'function', axis: 'tuple', options: MEANS, method: true, inexact: true },
  { name: 'std', kind: 'function', axis: 'tuple', options: MOMENTS, method: true, inexact: true },
  { name: 'var', kind: 'function', axis: 'tuple', options: MOMENTS, method: true, inexact: true },
  { name: 'argmin', kind: 'function', axis: 'int', options: ['keepdims'], method: true },
  { name: 'argmax', kind: 'function', axis: 'int', options: ['keepdims'], method: true },
  { name: 'all', kind: 'function', axis: 'tuple', options: ['keepdims', 'where'], method: true },
  { name: 'any', kind: 'function', axis: 'tuple', options: ['keepdims', 'where'], method: true },
  { name: 'ptp', kind: 'function', axis: 'tuple', options: ['keepdims'] },
  { name: 'cumsum', kind: 'function', axis: 'int', options: ['dtype'], method: true },
  { name: 'cumprod', kind: 'function', axis: 'int', options: ['dtype'], method: true },
  { name: 'count_nonzero', kind: 'function', axis: 'tuple', options: ['keepdims'] },
  { name: 'average', kind: 'function', axis: 'tuple', options: ['keepdims'], inexact: true },
  { name: 'median', kind: 'function', axis: 'tuple', options: ['keepdims'], inexact: true },
  { name: 'nansum', kind: 'function', axis: 'tuple', options: SUMS },
  { name: 'nanprod', kind: 'function', axis: 'tuple', options: SUMS },
  { name: 'nanmin', kind: 'function', axis: 'tuple', options: EXTREMES, anyZero: true },
  { name: 'nanmax', kind: 'function', axis: 'tuple', options: EXTREMES, anyZero: true },
  { name: 'nanmean', kind: 'function', axis: 'tuple', options: MEANS, inexact: true },
  { name: 'nanstd', kind: 'function', axis: 'tuple', options: MOMENTS, inexact: true },
  { name: 'nanvar', kind: 'function', axis: 'tuple', options: MOMENTS, inexact: true },
  { name: 'nanargmin', kind: 'function', axis: 'int', options: ['keepdims'] },
  { name: 'nanargmax', kind: 'function', axis: 'int', options: ['keepdims'] },
  { name: 'nancumsum', kind: 'function', axis: 'int', options: ['dtype'] },
  { name: 'nancumprod', kind: 'function', axis: 'int', options: ['dtype'] },
  ...['add', 'multiply', 'subtract', 'logical_and', 'logical_or', 'logical_xor', 'bitwise_and', 'bitwise_or']
    .concat(['bitwise_xor', 'gcd'])
    .map((name): Reduction => ({ name, kind: 'reduce', axis: 'tuple', options: SUMS })),
  ...['maximum', 'minimum', 'fmax', 'fmin'].map(
    (name): Reduction => ({ name, kind: 'reduce', axis: 'tuple', options: SUMS, anyZero: true }),
  ),
  ...['add', 'multiply', 'subtract', 'maximum', 'minimum', 'logical_or', 'bitwise_xor'].map(
    (name): Reduction => ({ name, kind: 'accumulate', axis: 'one', options: ['dtype'], anyZero: true }),
  ),
];

const SHAPES: number[][] = [[], [0], [1], [5], [6], [2, 3], [3, 2], [3, 0], [0, 3], [2, 3, 2], [4, 1]];
const RESULT_DTYPES = ['float64', 'float32', 'float16', 'int64', 'int32', 'uint8', 'complex128', 'bool'];

/** A random axis argument for `nd` dimensions: [Python source, JS value], or undefined to leave it out. */
function axisArg(form: Reduction['axis'], nd: number): [string, unknown] | undefined {
  const u = rand();
  if (form !== 'one' && u < 0.25) return undefined;
  if (form !== 'one' && u < 0.35) return ['None', null];
  if (u < 0.42) {
    // Out of range: an AxisError.
    const bad = rand() < 0.5 ? nd : -nd - 1;
    return [String(bad), bad];
  }
  if (form === 'tuple' && u < 0.6) {
    const axes = Array.from({ length: nd }, (_, i) => i).filter(() => rand() < 0.5);
    const signed = axes.map((a) => (rand() < 0.3 ? a - nd : a));
    return [`(${signed.join(', ')}${signed.length === 1 ? ',' : ''})`, signed];
  }
  if (nd === 0) return form === 'one' ? ['0', 0] : undefined;
  const a = Math.floor(rand() * 2 * nd) - nd;
  return [String(a), a];
}

/** A random boolean `where` mask of `shape` (or of its last axis only, broadcast). */
function whereArg(shape: readonly number[]): [string, unknown] {
  const s = shape.length > 0 && rand() < 0.3 ? shape.slice(-1) : [...shape];
  const n = s.reduce((x, y) => x * y, 1);
  const bits = Array.from({ length: n }, () => rand() < 0.7);
  const pyBits = bits.map((b) => (b ? 'True' : 'False')).join(', ');
  return [
    `np.array([${pyBits}], dtype=bool).reshape(${pyShape(s)})`,
    () => np.array(bits, { dtype: 'bool' }).reshape(s),
  ];
}

/** A relative tolerance for results computed in the float types among `dts`. */
function rtolOf(dts: readonly string[]): number {
  if (dts.some((d) => ['bool', 'int8', 'uint8', 'float16'].includes(d))) return 2e-3;
  if (dts.some((d) => ['int16', 'uint16', 'float32', 'complex64'].includes(d))) return 2e-6;
  return 1e-12;
}

type Fn = (...args: unknown[]) => unknown;
interface UfuncLike {
  reduce: Fn;
  accumulate: Fn;
}

describe('reductions on random operands', () => {
  for (let i = 0; i < 1200; i++) {
    const red = pick(REDUCTIONS);
    const dt = pick(DTYPES);
    const shape = pick(SHAPES);
    const layout: Layout =
      shape.length === 0 ? 'contiguous' : pick(['contiguous', 'contiguous', 'reversed', 'transposed', 'stepped']);
    const x = arrayOperand(r, dt, shape, layout);
    const pyKw: string[] = [];
    const jsOpts: Record<string, unknown> = {};
    const lazy: Record<string, () => unknown> = {};
    const axis = axisArg(red.axis, shape.length);
    if (axis !== undefined) {
      pyKw.push(`axis=${axis[0]}`);
      jsOpts.axis = axis[1];
    }
    const dtypes: string[] = [dt];
    for (const opt of red.options) {
      if (rand() > 0.3) continue;
      if (opt === 'keepdims') {
        pyKw.push('keepdims=True');
        jsOpts.keepdims = true;
      } else if (opt === 'dtype') {
        const d = pick(RESULT_DTYPES);
        dtypes.push(d);
        pyKw.push(`dtype='${d}'`);
        jsOpts.dtype = d;
      } else if (opt === 'where') {
        const [p, make] = whereArg(shape);
        pyKw.push(`where=${p}`);
        lazy.where = make as () => unknown;
      } else if (opt === 'initial') {
        const v = pick([0, 1, -5, 2.5, Number.NaN]);
        pyKw.push(`initial=${py(v)}`);
        jsOpts.initial = v;
      } else {
        const v = pick([0, 1, 2, 4]);
        pyKw.push(`ddof=${v}`);
        jsOpts.ddof = v;
      }
    }
    // Not drawn (designs/deviations.md): the warnings of a 0-d input's cast
    // to a `dtype=` loop in ufunc.reduce; complex products (NumPy fuses
    // them with FMA, which changes the overflow flags); float16/float32
    // products over several axes of a view (traversal order).
    if (red.kind !== 'function' && shape.length === 0 && 'dtype' in jsOpts) continue;
    const product = ['prod', 'nanprod', 'multiply', 'cumprod', 'nancumprod'].includes(red.name);
    if (product && dtypes.some((d) => d.startsWith('complex'))) continue;
    const severalAxes = axis === undefined || axis[1] === null || (Array.isArray(axis[1]) && axis[1].length > 1);
    const narrowFloat = dtypes.some((d) => d === 'float16' || d === 'float32');
    if (product && narrowFloat && severalAxes && layout !== 'contiguous' && shape.length > 1) continue;
    const useMethod = red.method === true && rand() < 0.25;
    const kw = pyKw.length > 0 ? `, ${pyKw.join(', ')}` : '';
    const pyExpr =
      red.kind === 'function'
        ? useMethod
          ? `(${x.py}).${red.name}(${pyKw.join(', ')})`
          : `np.${red.name}(${x.py}${kw})`
        : `np.${red.name}.${red.kind}(${x.py}${kw})`;
    const run = () => {
      const opts: Record<string, unknown> = { ...jsOpts };
      for (const [k, make] of Object.entries(lazy)) opts[k] = make();
      const a = x.js() as np.NDArray;
      const args = Object.keys(opts).length > 0 ? [a, opts] : [a];
      if (red.kind !== 'function') return (np as unknown as Record<string, UfuncLike>)[red.name][red.kind](...args);
      if (useMethod) return (a as unknown as Record<string, Fn>)[red.name](...args.slice(1));
      return (np as unknown as Record<string, Fn>)[red.name](...args);
    };
    // NaN-aware variances square complex deviations by a complex multiply,
    // whose warnings NumPy's FMA loop changes: results only.
    const complexNanVar = ['nanvar', 'nanstd'].includes(red.name) && dt.startsWith('complex');
    check(pyExpr, run, {
      ...(red.inexact ? { rtol: rtolOf(dtypes) } : {}),
      zeroSign: red.anyZero !== true,
      warnings: complexNanVar ? false : 'each',
    });
  }
});
