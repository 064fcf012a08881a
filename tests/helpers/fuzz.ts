/**
 * Building blocks of the seeded fuzz tests (`ufunc_fuzz`, `reduction_fuzz`):
 * a seeded generator, value pools per dtype with the special values (±0,
 * ±inf, NaN, extremes), Python literals of JS numbers, and random array
 * operands built the same way in NumPy and rumpy, optionally as a view
 * (reversed, transposed or stepped). Every case is drawn from the seed, so a
 * run is reproducible; `RUMPY_FUZZ_SEED=n` in the environment explores others.
 */
import * as np from '../../dist';
import { ALL_DTYPES } from './dtypes';

/** The seed of this run: `RUMPY_FUZZ_SEED` or the fixed default. */
export const FUZZ_SEED = Number(process.env.RUMPY_FUZZ_SEED ?? 20261207);

/** A random stream in [0, 1) and a uniform choice from a list. */
export interface Rng {
  rand: () => number;
  pick: <T>(xs: readonly T[]) => T;
}

/** The mulberry32 generator seeded with `seed`. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { rand, pick: <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] };
}

/** The dtypes the fuzz tests draw from: every dtype rumpy has. */
export const DTYPES = ALL_DTYPES;

const POOLS: Record<string, number[]> = {
  bool: [0, 1],
  int8: [0, 1, -1, 2, -3, 7, 100, -128, 127],
  uint8: [0, 1, 2, 7, 100, 255],
  int16: [0, 1, -1, 3, -7, 300, -32768, 32767],
  uint16: [0, 1, 5, 300, 65535],
  int32: [0, 1, -1, 5, -9, 70000, -2147483648, 2147483647],
  uint32: [0, 1, 5, 70000, 4294967295],
  int64: [0, 1, -1, 6, -11, 123456789, -987654],
  uint64: [0, 1, 6, 123456789],
  float16: [
    0,
    -0,
    1,
    -1.5,
    2.5,
    0.1,
    1e-3,
    6e4,
    -6e4,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    3,
    -7,
  ],
  float: [
    0,
    -0,
    1,
    -1.5,
    2.5,
    0.1,
    1e-3,
    1e30,
    -1e30,
    1e-310,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
    3,
    -7,
  ],
};

/** The values drawn for elements of `dt` (floats and complex parts share one pool). */
export const pool = (dt: string): number[] => POOLS[dt] ?? POOLS.float;

/** A Python literal of `v`. */
export function py(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (v === Number.POSITIVE_INFINITY) return "float('inf')";
  if (v === Number.NEGATIVE_INFINITY) return "float('-inf')";
  if (Object.is(v, -0)) return '-0.0';
  return Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v) : v.toExponential();
}

/** Python tuple text of a shape. */
export const pyShape = (shape: readonly number[]): string => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;

/** One operand, as NumPy source and as a rumpy value built on demand. */
export interface Operand {
  py: string;
  js: () => unknown;
}

/**
 * How an array operand is laid out: contiguous, `[::-1]` (first axis
 * reversed), `.T` (all axes reversed) or `[..., ::2]` (every other element
 * of a last axis twice as long).
 */
export type Layout = 'contiguous' | 'reversed' | 'transposed' | 'stepped';

/** An array of `dt` with `shape` and random pool values, laid out as `layout`. */
export function arrayOperand(r: Rng, dt: string, shape: readonly number[], layout: Layout = 'contiguous'): Operand {
  // The stored array: a transposed view stores the reversed shape, a
  // stepped one a last axis of twice the length.
  const stored =
    layout === 'transposed'
      ? [...shape].reverse()
      : layout === 'stepped' && shape.length > 0
        ? [...shape.slice(0, -1), 2 * shape[shape.length - 1]]
        : [...shape];
  const n = stored.reduce((x, y) => x * y, 1);
  const complex = dt.startsWith('complex');
  const re = Array.from({ length: n }, () => r.pick(pool(dt)));
  const im = complex ? Array.from({ length: n }, () => r.pick(pool(dt))) : [];
  const pyData = complex ? re.map((x, i) => `complex(${py(x)}, ${py(im[i])})`) : re.map(py);
  const suffix = { contiguous: '', reversed: '[::-1]', transposed: '.T', stepped: '[..., ::2]' }[layout];
  return {
    py: `np.array([${pyData.join(', ')}], dtype='${dt}').reshape(${pyShape(stored)})${suffix}`,
    js: () => {
      const data = complex ? re.map((x, i) => new np.Complex(x, im[i])) : dt === 'bool' ? re.map(Boolean) : re;
      const a = np.array(data, { dtype: dt }).reshape(stored);
      if (layout === 'reversed') return a.get('::-1');
      if (layout === 'transposed') return a.T;
      if (layout === 'stepped') return a.get('..., ::2');
      return a;
    },
  };
}

/** The binary ufuncs the fuzz tests draw. */
export const BINARY_UFUNCS = [
  'add',
  'subtract',
  'multiply',
  'divide',
  'floor_divide',
  'remainder',
  'fmod',
  'power',
  'float_power',
  'maximum',
  'minimum',
  'fmax',
  'fmin',
  'arctan2',
  'hypot',
  'copysign',
  'nextafter',
  'logaddexp',
  'logaddexp2',
  'heaviside',
  'gcd',
  'lcm',
  'bitwise_and',
  'bitwise_or',
  'bitwise_xor',
  'left_shift',
  'right_shift',
  'equal',
  'not_equal',
  'less',
  'less_equal',
  'greater',
  'greater_equal',
  'logical_and',
  'logical_or',
  'logical_xor',
  'ldexp',
  'divmod',
] as const;
/** The unary ufuncs the fuzz tests draw. */
export const UNARY_UFUNCS = [
  'negative',
  'positive',
  'absolute',
  'fabs',
  'sign',
  'reciprocal',
  'square',
  'sqrt',
  'cbrt',
  'exp',
  'exp2',
  'expm1',
  'log',
  'log2',
  'log10',
  'log1p',
  'sin',
  'cos',
  'tan',
  'arcsin',
  'arccos',
  'arctan',
  'sinh',
  'cosh',
  'tanh',
  'arcsinh',
  'arccosh',
  'arctanh',
  'deg2rad',
  'rad2deg',
  'floor',
  'ceil',
  'trunc',
  'rint',
  'isnan',
  'isinf',
  'isfinite',
  'signbit',
  'spacing',
  'invert',
  'logical_not',
  'bitwise_count',
  'conjugate',
  'modf',
  'frexp',
] as const;
/** Ufuncs whose float results may differ from NumPy's in the last bits (libm/SVML). */
export const INEXACT_UFUNCS = new Set([
  'power',
  'float_power',
  'arctan2',
  'hypot',
  'logaddexp',
  'logaddexp2',
  'cbrt',
  'exp',
  'exp2',
  'expm1',
  'log',
  'log2',
  'log10',
  'log1p',
  'sin',
  'cos',
  'tan',
  'arcsin',
  'arccos',
  'arctan',
  'sinh',
  'cosh',
  'tanh',
  'arcsinh',
  'arccosh',
  'arctanh',
  'divide',
  'reciprocal',
  'absolute',
  'sqrt',
]);
/** A relative tolerance for the float type an inexact result of these inputs may have (small integers compute in float16/float32). */
export const ufuncRtol = (dts: readonly string[]): number =>
  dts.some((d) => ['bool', 'int8', 'uint8', 'float16'].includes(d))
    ? 2e-3
    : dts.some((d) => ['int16', 'uint16', 'float32', 'complex64'].includes(d))
      ? 1e-6
      : 4e-15;

/** An array operand of `dt` and `shape`: contiguous 60% of the time, else reversed or stepped (a 0-d one contiguous). */
export function mixedLayoutOperand(r: Rng, dt: string, shape: number[]): Operand {
  const layout: Layout = shape.length === 0 || r.rand() < 0.6 ? 'contiguous' : r.pick(['reversed', 'stepped']);
  return arrayOperand(r, dt, shape, layout);
}

/** Whether ufunc `name` has one output (`out=` one array): not divmod, modf, frexp. */
export const singleOutput = (name: string): boolean => !['divmod', 'modf', 'frexp'].includes(name);

/**
 * Ufuncs whose complex results or warnings rumpy does not match
 * (designs/deviations.md: complex power's formula, NumPy's fused complex
 * multiply/square): not drawn with complex operands.
 */
export const COMPLEX_UNMATCHED: readonly string[] = ['multiply', 'square', 'power', 'float_power'];
