// Seeded random calls of the ufuncs against NumPy: random dtypes (arrays
// and Python scalars), shapes (0-d, empty, broadcast), reversed views and
// values from pools with the special ones (±0, ±inf, NaN, extremes),
// comparing results, warnings and errors. The seed is fixed, so each run
// makes the same cases; RUMPY_FUZZ_SEED=n in the environment explores others.
import * as np from '../dist';
import {
  BINARY_UFUNCS as BINARY,
  DTYPES,
  FUZZ_SEED,
  INEXACT_UFUNCS as INEXACT,
  type Operand,
  UNARY_UFUNCS as UNARY,
  arrayOperand,
  py,
  rng,
  ufuncRtol as rtolOf,
} from './helpers/fuzz';
import { oracle } from './helpers/oracle';

const check = oracle();
const r = rng(FUZZ_SEED);
const { rand, pick } = r;

/** A random array operand of `dt` and `shape` (a 1-d one maybe reversed). */
function operand(dt: string, shape: number[]): Operand {
  const n = shape.reduce((x, y) => x * y, 1);
  const reversed = shape.length === 1 && n > 1 && rand() < 0.3;
  return arrayOperand(r, dt, shape, reversed ? 'reversed' : 'contiguous');
}

function scalarOperand(): Operand {
  // (A JS number with an integral value is a Python int: no large floats.)
  const v = pick([0, 1, -1, 2, 3, 7, -0.5, 2.5, 1.5e-300, Number.NaN, Number.POSITIVE_INFINITY]);
  if (rand() < 0.15) return { py: v ? 'True' : 'False', js: () => Boolean(v) };
  return { py: py(v), js: () => v };
}

const SHAPE_PAIRS: [number[], number[]][] = [
  [[4], [4]],
  [[3], [3]],
  [[], []],
  [[4], []],
  [[], [3]],
  [[2, 3], [3]],
  [
    [3, 1],
    [1, 2],
  ],
  [[0], [0]],
  [[2, 0], [0]],
  [[1], [5]],
];

type Fn = (...args: unknown[]) => unknown;
const ufunc = (name: string) => (np as unknown as Record<string, Fn>)[name];

describe('binary ufuncs on random operands', () => {
  for (let i = 0; i < 900; i++) {
    const name = pick(BINARY);
    const [s0, s1] = pick(SHAPE_PAIRS);
    const d0 = pick(DTYPES);
    const d1 = rand() < 0.5 ? d0 : pick(DTYPES);
    const x = rand() < 0.12 && s1.length > 0 ? scalarOperand() : operand(d0, s0);
    const y = rand() < 0.2 && s0.length > 0 ? scalarOperand() : operand(d1, s1);
    const complex = [d0, d1].some((d) => d.startsWith('complex'));
    // Complex power of non-finite parts follows rumpy's formula, not the C
    // library's cpow special cases (designs/deviations.md): not drawn.
    if (complex && (name === 'power' || name === 'float_power')) continue;
    const inexact = INEXACT.has(name);
    const opts = inexact ? { rtol: rtolOf([d0, d1]) } : {};
    // Which zero a ±0 tie of fmax/fmin/maximum/minimum keeps depends on
    // NumPy's SIMD width (designs/deviations.md).
    const zeroSign = !['maximum', 'minimum', 'fmax', 'fmin'].includes(name);
    check(`np.${name}(${x.py}, ${y.py})`, () => ufunc(name)(x.js(), y.js()), {
      ...opts,
      zeroSign,
      warnings: 'each',
    });
  }
});

describe('unary ufuncs on random operands', () => {
  for (let i = 0; i < 500; i++) {
    const name = pick(UNARY);
    const dt = pick(DTYPES);
    const shape = pick([[5], [3], [], [0], [2, 3]]);
    const x = operand(dt, shape);
    // NumPy's complex square fuses the real part (FMA) in its contiguous
    // SIMD loop only; rumpy's does everywhere (designs/deviations.md): its
    // overflowing strided cases are not drawn.
    if (dt.startsWith('complex') && name === 'square' && x.py.endsWith('[::-1]')) continue;
    const inexact = INEXACT.has(name) || (dt.startsWith('complex') && name === 'square');
    const opts = inexact ? { rtol: rtolOf([dt]) } : {};
    check(`np.${name}(${x.py})`, () => ufunc(name)(x.js()), {
      ...opts,
      warnings: 'each',
    });
  }
});
