// Seeded random ufunc calls with their options against NumPy: `out=` (a
// new array of a random dtype, or the first input itself), `where=` (with
// `out=`, so unselected elements are defined), `dtype=` and `casting=`, on
// random dtypes, broadcast shapes and views, comparing the results (the
// whole `out` array), warnings and errors. The seed is fixed
// (RUMPY_FUZZ_SEED explores others, see tests/helpers/fuzz.ts).
import * as np from '../dist';
import {
  BINARY_UFUNCS,
  COMPLEX_UNMATCHED,
  DTYPES,
  FUZZ_SEED,
  INEXACT_UFUNCS,
  type Operand,
  UNARY_UFUNCS,
  mixedLayoutOperand,
  pyShape,
  rng,
  singleOutput,
  ufuncRtol,
} from './helpers/fuzz';
import { oracle } from './helpers/oracle';

const check = oracle();
const r = rng(FUZZ_SEED + 2);
const { rand, pick } = r;

const BINARY = BINARY_UFUNCS.filter(singleOutput);
const UNARY = UNARY_UFUNCS.filter(singleOutput);

const SHAPES: [number[], number[]][] = [
  [[4], [4]],
  [[2, 3], [3]],
  [
    [3, 1],
    [1, 2],
  ],
  [[], []],
  [[0], [0]],
  [[5], []],
];
const CASTINGS = ['no', 'equiv', 'safe', 'same_kind', 'unsafe'];

/** The broadcast shape of two shapes that broadcast. */
function broadcast(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  return Array.from({ length: n }, (_, i) => {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    return x === 1 ? y : x;
  });
}

const operand = (dt: string, shape: number[]): Operand => mixedLayoutOperand(r, dt, shape);

type Fn = (...args: unknown[]) => unknown;
const ufunc = (name: string) => (np as unknown as Record<string, Fn>)[name];

describe('ufuncs with out=, where=, dtype= and casting=', () => {
  for (let i = 0; i < 900; i++) {
    const binary = rand() < 0.65;
    const name = binary ? pick(BINARY) : pick(UNARY);
    const [s0, s1] = binary ? pick(SHAPES) : [pick(SHAPES)[0], []];
    const d0 = pick(DTYPES);
    const d1 = rand() < 0.5 ? d0 : pick(DTYPES);
    const x = operand(d0, s0);
    const y = binary ? operand(d1, s1) : null;
    const shape = binary ? broadcast(s0, s1) : s0;
    const dtypes = binary ? [d0, d1] : [d0];
    const complex = dtypes.some((d) => d.startsWith('complex'));
    // As in ufunc_fuzz: complex power follows rumpy's formula, complex
    // multiply/square fuse differently (designs/deviations.md).
    if (complex && COMPLEX_UNMATCHED.includes(name)) continue;
    const pyKw: string[] = [];
    const jsOpts: Record<string, unknown> = {};
    const lazy: Record<string, () => unknown> = {};
    // out=: the first input itself (in place, when it has the result's
    // shape), or a new zero array of a random dtype.
    const outKind = rand();
    const inPlace = outKind < 0.2 && s0.join() === shape.join();
    let pyX = x.py;
    if (inPlace) {
      pyX = `(x := ${x.py})`;
      pyKw.push('out=x');
    } else if (outKind < 0.75) {
      const od = pick(DTYPES);
      dtypes.push(od);
      pyKw.push(`out=np.zeros(${pyShape(shape)}, dtype='${od}')`);
      lazy.out = () => np.zeros(shape, { dtype: od });
      if (rand() < 0.5) {
        const ms = shape.length > 0 && rand() < 0.3 ? shape.slice(-1) : shape;
        const n = ms.reduce((p, q) => p * q, 1);
        const bits = Array.from({ length: n }, () => rand() < 0.6);
        pyKw.push(
          `where=np.array([${bits.map((b) => (b ? 'True' : 'False')).join(', ')}], dtype=bool).reshape(${pyShape(ms)})`,
        );
        lazy.where = () => np.array(bits, { dtype: 'bool' }).reshape(ms);
      }
    }
    if (rand() < 0.25) {
      const d = pick(DTYPES);
      dtypes.push(d);
      pyKw.push(`dtype='${d}'`);
      jsOpts.dtype = d;
    }
    if (rand() < 0.3) {
      const c = pick(CASTINGS);
      pyKw.push(`casting='${c}'`);
      jsOpts.casting = c;
    }
    // Not drawn (designs/deviations.md): the "invalid" of casting a float16
    // min/max or comparison result into an integer `out`.
    const minMaxOrCompare = ['maximum', 'minimum', 'fmax', 'fmin', 'equal', 'not_equal', 'less', 'less_equal']
      .concat(['greater', 'greater_equal'])
      .includes(name);
    const intOut = dtypes.slice(binary ? 2 : 1).some((d) => d.includes('int'));
    if (minMaxOrCompare && intOut && dtypes.includes('float16')) continue;
    const args = binary ? `${pyX}, ${(y as Operand).py}` : pyX;
    const pyExpr = `np.${name}(${args}${pyKw.length > 0 ? `, ${pyKw.join(', ')}` : ''})`;
    const run = () => {
      const a = x.js();
      const opts: Record<string, unknown> = { ...jsOpts };
      for (const [k, make] of Object.entries(lazy)) opts[k] = make();
      if (inPlace) opts.out = a;
      const inputs = binary ? [a, (y as Operand).js()] : [a];
      return ufunc(name)(...inputs, ...(Object.keys(opts).length > 0 ? [opts] : []));
    };
    const inexact = INEXACT_UFUNCS.has(name);
    // Which zero a ±0 tie of the min/max family keeps depends on NumPy's SIMD width.
    const zeroSign = !['maximum', 'minimum', 'fmax', 'fmin'].includes(name);
    check(pyExpr, run, { ...(inexact ? { rtol: ufuncRtol(dtypes) } : {}), zeroSign, warnings: 'each' });
  }
});
