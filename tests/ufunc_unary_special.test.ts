// Unary ufuncs at special values against NumPy: NaN, ±inf, ±0, the largest
// and smallest floats, out-of-domain inputs (sqrt/log of negatives,
// arcsin of 2…), and for complex dtypes a grid of special parts, including
// points on every branch cut from both sides (±0 imaginary parts).
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { c, pyArray } from './helpers/pyvalues';

const check = oracle();
const uf = (name: string): np.Ufunc => (np as unknown as Record<string, np.Ufunc>)[name];

const INF = Number.POSITIVE_INFINITY;
const NAN = Number.NaN;

const REAL = [
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
  'logical_not',
  'frexp',
  'modf',
];

/** Functions NumPy computes with SVML / its own SIMD code on this machine. */
const SIMD = new Set([
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
]);

const LIMITS: Record<string, number[]> = {
  float16: [65504, -65504, 6e-8, 6.104e-5, 1e4],
  float32: [3.4028234663852886e38, -3.4028234663852886e38, 1.401298464324817e-45, 1.1754943508222875e-38, 1e30],
  float64: [1.7976931348623157e308, -1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e300],
};

describe('real special values', () => {
  for (const dt of ['float16', 'float32', 'float64']) {
    const v = [NAN, INF, -INF, 0, -0, 1, -1, 2, -2.5, 0.5, -0.5, 0.999, -0.999, 1.001, 700, -700, ...LIMITS[dt]];
    for (const name of REAL) {
      // SVML/SIMD vs C library: a few ULP (see designs/deviations.md).
      const rtol = SIMD.has(name) ? { float16: 1e-3, float32: 8e-7, float64: 1.6e-15 }[dt] : 0;
      check(`np.${name}(${pyArray(v, dt)})`, () => uf(name)(np.array(v, { dtype: dt })), { rtol, atol: 1e-300 });
    }
  }
});

const COMPLEX = [
  'negative',
  'positive',
  'absolute',
  'sign',
  'reciprocal',
  'square',
  'conjugate',
  'sqrt',
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
  'rint',
  'isnan',
  'isinf',
  'isfinite',
  'logical_not',
];

describe('complex special values (C99 Annex G)', () => {
  const parts = [0, -0, 1, -1, 2.5, -0.5, INF, -INF, NAN];
  const grid = parts.flatMap((re) => parts.map((im) => c(re, im)));
  for (const dt of ['complex64', 'complex128']) {
    for (const name of COMPLEX) {
      check(`np.${name}(${pyArray(grid, dt)})`, () => uf(name)(np.array(grid, { dtype: dt })));
    }
  }
});

describe('branch cuts from both sides', () => {
  const cuts = [
    c(-4, 0),
    c(-4, -0),
    c(-0.5, 0),
    c(-0.5, -0),
    c(2, 0),
    c(2, -0),
    c(-2, 0),
    c(-2, -0),
    c(0, 2),
    c(-0, 2),
    c(0, -2),
    c(-0, -2),
    c(0.5, 0),
    c(0.5, -0),
    c(1e300, 1e300),
    c(-1e-300, 1e-300),
    c(1, 0),
    c(-1, -0),
    c(0, 1),
    c(0, -1),
  ];
  for (const dt of ['complex64', 'complex128']) {
    for (const name of COMPLEX.filter((n) => !['negative', 'positive', 'conjugate', 'isnan', 'isinf'].includes(n))) {
      check(`np.${name}(${pyArray(cuts, dt)})`, () => uf(name)(np.array(cuts, { dtype: dt })));
    }
  }
});

describe('ordinary complex values', () => {
  const v = [c(0.3, 0.4), c(-1.7, 2.2), c(12, -3), c(-0.01, -0.02), c(3.5, 700), c(-40, 0.5)];
  for (const dt of ['complex64', 'complex128']) {
    for (const name of COMPLEX) {
      check(`np.${name}(${pyArray(v, dt)})`, () => uf(name)(np.array(v, { dtype: dt })));
    }
  }
});

describe('complex absolute and square on many values (NumPy fuses with fma)', () => {
  // Deterministic pseudo-random parts in [-10, 10).
  let seed = 12345;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed / 2147483648) * 20 - 10;
  };
  const v = Array.from({ length: 500 }, () => c(next(), next()));
  for (const dt of ['complex64', 'complex128']) {
    for (const name of ['absolute', 'square', 'sign', 'reciprocal']) {
      check(`np.${name}(${pyArray(v, dt)})`, () => uf(name)(np.array(v, { dtype: dt })), {
        name: `${name} of 500 ${dt} values`,
      });
      check(
        `np.${name}(${pyArray(v, dt)}.reshape(20, 25)[:, ::-2])`,
        () => uf(name)(np.array(v, { dtype: dt }).reshape(20, 25).get(':', '::-2')),
        {
          name: `${name} of a reversed 2-D ${dt} view`,
        },
      );
    }
  }
});

describe('complex absolute at extreme magnitudes (overflow, underflowing ratios, subnormal parts)', () => {
  const v = [
    c(1e308, 1e308),
    c(-1.7e308, 1e-300),
    c(1e-300, 1e10),
    c(5e-324, 5e-324),
    c(5e-324, -0),
    c(-1e-310, 3e-310),
    c(3e38, 3e38),
    c(1e-45, 1e-40),
    c(INF, 1e308),
    c(NAN, -0),
    c(-0, NAN),
    c(NAN, -INF),
  ];
  for (const dt of ['complex64', 'complex128']) {
    // (NumPy's vectorised loop clears the status: no warnings; its loop
    // for negative strides calls hypot, which warns of overflow.)
    check(`np.absolute(${pyArray(v, dt)})`, () => np.absolute(np.array(v, { dtype: dt })), {
      warnings: 'each',
      name: `absolute of extreme ${dt} values`,
    });
    check(`np.absolute(${pyArray(v, dt)}[::-1])`, () => np.absolute(np.array(v, { dtype: dt }).get('::-1')), {
      warnings: 'each',
      name: `absolute of extreme ${dt} values, reversed`,
    });
    check(`np.absolute(${pyArray(v, dt)}[::2])`, () => np.absolute(np.array(v, { dtype: dt }).get('::2')), {
      warnings: 'each',
      name: `absolute of extreme ${dt} values, strided`,
    });
  }
});

describe('integer edge cases', () => {
  const cases: [string, unknown[]][] = [
    ['int8', [-128, 127, -1, 0]],
    ['uint8', [0, 255, 1]],
    ['int64', [-(2n ** 63n), 2n ** 63n - 1n, -1, 0]],
    ['uint64', [0, 2n ** 64n - 1n, 1]],
  ];
  for (const name of ['negative', 'absolute', 'sign', 'square', 'reciprocal', 'invert', 'bitwise_count']) {
    for (const [dt, v] of cases) {
      check(`np.${name}(${pyArray(v, dt)})`, () => uf(name)(np.array(v, { dtype: dt })));
    }
  }
  check("np.logical_not(np.array([0, 1, -1, 2], dtype='int32'))", () =>
    np.logical_not(np.array([0, 1, -1, 2], { dtype: 'int32' })),
  );
  check('np.invert(np.array([True, False]))', () => np.invert(np.array([true, false])));
  check('np.absolute(np.array([True, False]))', () => np.absolute(np.array([true, false])));
  check('np.floor(np.array([True, False]))', () => np.floor(np.array([true, false])));
});
