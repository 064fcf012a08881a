// Unary ufuncs against NumPy: every ufunc × every dtype (NumPy's loop choice,
// result values, or NumPy's error for dtypes it has no loop for), the ufunc
// attributes, 0-d and empty inputs, strided and reversed views, `out=`,
// `dtype=`, `casting=`.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';
import { c, pyArray, pyValue } from './helpers/pyvalues';

const check = oracle();

const DTYPES: readonly string[] = ALL_DTYPES;

const UFUNCS = [
  'negative',
  'positive',
  'absolute',
  'fabs',
  'sign',
  'reciprocal',
  'square',
  'conjugate',
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
  'degrees',
  'radians',
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
  'invert',
  'bitwise_count',
  'frexp',
  'modf',
] as const;

const uf = (name: string): np.Ufunc => (np as unknown as Record<string, np.Ufunc>)[name];

/** Test values that fit each dtype (integers within int8/uint8). */
function values(dt: string): unknown[] {
  if (dt === 'bool') return [true, false, true];
  if (dt.startsWith('int')) return [0, 1, 2, 3, -1, -2, 7, -100, 100, 127, -128];
  if (dt.startsWith('uint')) return [0, 1, 2, 3, 7, 100, 127, 200, 255];
  if (dt.startsWith('float')) return [0, -0, 0.5, -0.5, 0.25, 1, -1, 1.5, 2.5, -2.5, 3, 10, 100, 1e-3, -7.75];
  return [c(0, 0), c(1, 2), c(-1.5, 0.5), c(0.5, -0.25), c(-2, -3), c(0, 1), c(3, 0), c(-0.75, 0), c(0.25, 0.125)];
}

/**
 * Tolerances where NumPy's SIMD code (SVML / its own AVX-512 loops) differs
 * from the C library rumpy calls by a few ULP; everything else is exact.
 */
const SIMD_APPROX = new Set<string>([
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

function tol(name: string, dt: string): number {
  if (!SIMD_APPROX.has(name)) return 0;
  if (dt === 'float64' || dt === 'complex128') return 4e-16 * 4;
  if (dt === 'float32' || dt === 'complex64') return 2e-7 * 4;
  return 1e-3;
}

/** The float loop an input dtype runs for a float-only ufunc. */
function loopType(dt: string): string {
  if (dt === 'bool' || dt === 'int8' || dt === 'uint8') return 'float16';
  if (dt === 'int16' || dt === 'uint16') return 'float32';
  return dt.startsWith('int') || dt.startsWith('uint') ? 'float64' : dt;
}

describe('every ufunc × every dtype', () => {
  for (const name of UFUNCS) {
    for (const dt of DTYPES) {
      const v = values(dt);
      check(`np.${name}(${pyArray(v, dt)})`, () => uf(name)(np.array(v, { dtype: dt })), {
        rtol: tol(name, loopType(dt)),
      });
    }
  }
});

describe('attributes', () => {
  for (const name of [...UFUNCS, 'abs', 'conj', 'bitwise_not']) {
    check(`[np.${name}.__name__, np.${name}.nin, np.${name}.nout, np.${name}.nargs, np.${name}.identity]`, () => {
      const u = uf(name);
      return [u.__name__, u.nin, u.nout, u.nargs, u.identity];
    });
  }
  check('np.abs is np.absolute and np.conj is np.conjugate and np.bitwise_not is np.invert', () => {
    return np.abs === np.absolute && np.conj === np.conjugate && np.bitwise_not === np.invert;
  });
});

describe('wide integers', () => {
  const big: Record<string, unknown[]> = {
    int16: [-32768, 32767, 300, -300],
    int32: [-2147483648, 2147483647, 65536, -70000],
    int64: [-(2n ** 63n), 2n ** 63n - 1n, 2 ** 40, -(2 ** 53)],
    uint16: [65535, 300, 1],
    uint32: [4294967295, 65536, 1],
    uint64: [2n ** 64n - 1n, 2n ** 63n, 2 ** 40],
  };
  for (const name of ['negative', 'absolute', 'sign', 'square', 'reciprocal', 'invert', 'bitwise_count', 'sqrt']) {
    for (const [dt, v] of Object.entries(big)) {
      check(`np.${name}(${pyArray(v, dt)})`, () => uf(name)(np.array(v, { dtype: dt })));
    }
  }
  check("np.reciprocal(np.array([0, 1, 2, -1], dtype='int64'))", () =>
    np.reciprocal(np.array([0, 1, 2, -1], { dtype: 'int64' })),
  );
  check("np.reciprocal(np.array([0, 1, 2], dtype='uint64'))", () =>
    np.reciprocal(np.array([0, 1, 2], { dtype: 'uint64' })),
  );
});

describe('0-d, Python scalars and empty arrays', () => {
  const scalars: unknown[] = [4, 2.5, -0.5, true, false, c(3, -4), 0, -0];
  for (const name of [
    'sqrt',
    'negative',
    'absolute',
    'sign',
    'floor',
    'isnan',
    'exp',
    'logical_not',
    'frexp',
    'modf',
  ]) {
    for (const x of scalars) {
      check(`np.${name}(${pyValue(x)})`, () => uf(name)(x), { rtol: 1e-15 });
    }
    check(`np.${name}(np.array(2.5))`, () => uf(name)(np.array(2.5)));
    check(`np.${name}(np.array([], dtype='float32'))`, () => uf(name)(np.array([], { dtype: 'float32' })));
    check(`np.${name}(np.zeros((0, 3), dtype='int16'))`, () => uf(name)(np.zeros([0, 3], { dtype: 'int16' })));
  }
  check('np.sqrt([1, 4, 9])', () => np.sqrt([1, 4, 9]));
  check('np.sqrt([[1.5, 4], [9, 16]])', () =>
    np.sqrt([
      [1.5, 4],
      [9, 16],
    ]),
  );
  check('np.negative(2**62)', () => np.negative(2n ** 62n));
});

describe('layouts', () => {
  const m = np.arange(24, { dtype: 'float64' }).reshape(4, 6);
  check('np.sqrt(np.arange(24.).reshape(4, 6)[::-1, ::2])', () => np.sqrt(m.get('::-1', '::2')));
  check('np.negative(np.arange(24.).reshape(4, 6).T)', () => np.negative(m.T));
  check('np.floor(np.arange(24.).reshape(4, 6)[1:3, ::-3] / 7)', () => np.floor(np.divide(m.get('1:3', '::-3'), 7)));
  const v = np.arange(10, { dtype: 'int16' });
  check("np.square(np.arange(10, dtype='int16')[::-1])", () => np.square(v.get('::-1')));
  check("np.square(np.arange(10, dtype='int16')[::2])", () => np.square(v.get('::2')));
  check("np.frexp(np.arange(10, dtype='float32')[::-2])", () =>
    np.frexp(np.arange(10, { dtype: 'float32' }).get('::-2')),
  );
  check("np.isnan(np.arange(10, dtype='complex64')[::3])", () =>
    np.isnan(np.arange(10, { dtype: 'complex64' }).get('::3')),
  );
  check("np.absolute(np.arange(10, dtype='complex128')[::-1] * (1-2j))", () =>
    np.absolute(np.multiply(np.arange(10, { dtype: 'complex128' }).get('::-1'), c(1, -2))),
  );
  check("np.sqrt(np.asfortranarray(np.arange(6.).reshape(2, 3))).flags['F_CONTIGUOUS']", () => {
    const r = np.sqrt(np.asfortranarray(np.arange(6, { dtype: 'float64' }).reshape(2, 3))) as np.NDArray;
    return r.flags.f_contiguous;
  });
  // A large input runs in parallel chunks.
  check('np.sin(np.arange(300000.) / 1000)', () => np.sin(np.divide(np.arange(300000, { dtype: 'float64' }), 1000)), {
    rtol: 1.6e-15, // SVML sin (see SIMD_APPROX)
    atol: 1e-300,
  });
});

describe('out=, dtype=, casting=', () => {
  const x = () => np.array([1, 4, 9, 16], { dtype: 'float64' });
  check(
    'exec:o = np.zeros(4, dtype=np.float32); r = np.sqrt(np.array([1., 4, 9, 16]), out=o); result = [o, r is o]',
    () => {
      const o = np.zeros(4, { dtype: 'float32' });
      const r = np.sqrt(x(), { out: o });
      return [o, r === o];
    },
  );
  check('exec:a = np.array([1., 4, 9, 16]); np.sqrt(a, out=a); result = a', () => {
    const a = x();
    np.sqrt(a, { out: a });
    return a;
  });
  check('exec:a = np.array([1., 4, 9, 16]); np.negative(a, a); result = a', () => {
    const a = x();
    np.negative(a, a);
    return a;
  });
  check('exec:a = np.arange(8.); np.negative(a[:-1], out=a[1:]); result = a', () => {
    const a = np.arange(8, { dtype: 'float64' });
    np.negative(a.get(':-1'), { out: a.get('1:') });
    return a;
  });
  check('exec:o = np.zeros((2, 4)); np.sqrt(np.array([1., 4, 9, 16]), out=o); result = o', () => {
    const o = np.zeros([2, 4]);
    np.sqrt(x(), { out: o });
    return o;
  });
  check(
    'exec:m = np.zeros(4); e = np.zeros(4, dtype=np.int32); r = np.frexp(np.array([1., 4, 9, 16]), m, e); result = [m, e, r[0] is m]',
    () => {
      const m = np.zeros(4);
      const e = np.zeros(4, { dtype: 'int32' });
      const r = np.frexp(x(), m, e) as np.NDArray[];
      return [m, e, r[0] === m];
    },
  );
  check(
    'exec:f = np.zeros(4); i = np.zeros(4); np.modf(np.array([1.5, -4, 9.25, 16]), out=(f, i)); result = [f, i]',
    () => {
      const f = np.zeros(4);
      const i = np.zeros(4);
      np.modf(np.array([1.5, -4, 9.25, 16]), { out: [f, i] });
      return [f, i];
    },
  );
  check('np.sqrt(np.array([1., 4, 9, 16]), out=np.zeros(4, dtype=np.int64))', () =>
    np.sqrt(x(), { out: np.zeros(4, { dtype: 'int64' }) }),
  );
  check("np.sqrt(np.array([1., 4, 9, 16]), out=np.zeros(4, dtype=np.int64), casting='unsafe')", () =>
    np.sqrt(x(), { out: np.zeros(4, { dtype: 'int64' }), casting: 'unsafe' }),
  );
  check('np.modf(np.ones(2), out=(np.zeros(2), np.zeros(2, dtype=np.int64)))', () =>
    np.modf(np.ones(2), { out: [np.zeros(2), np.zeros(2, { dtype: 'int64' })] }),
  );
  check('np.frexp(np.ones(2), out=(np.zeros(2), np.zeros(2, dtype=np.int8)))', () =>
    np.frexp(np.ones(2), { out: [np.zeros(2), np.zeros(2, { dtype: 'int8' })] }),
  );
  check('np.sqrt(np.array([1., 4, 9, 16]), out=np.zeros(3))', () => np.sqrt(x(), { out: np.zeros(3) }));
  check('np.modf(np.array([1.5]), out=(np.zeros(1),))', () => np.modf(np.array([1.5]), { out: [np.zeros(1)] }));
  check('np.sqrt(np.array([1.5]), out=(np.zeros(1), np.zeros(1)))', () =>
    np.sqrt(np.array([1.5]), { out: [np.zeros(1), np.zeros(1)] }),
  );
  check('np.modf(np.array([1.5]), out=np.zeros(1))', () => np.modf(np.array([1.5]), { out: np.zeros(1) }));
  check('np.modf(np.array([1.5]), np.zeros(1), out=(np.zeros(1), np.zeros(1)))', () =>
    np.modf(np.array([1.5]), np.zeros(1), { out: [np.zeros(1), np.zeros(1)] }),
  );
  check('np.sqrt(np.ones((2, 4)), out=np.zeros((3, 4)))', () => np.sqrt(np.ones([2, 4]), { out: np.zeros([3, 4]) }));
  check('np.sqrt(np.ones((2, 4)), out=np.zeros(4))', () => np.sqrt(np.ones([2, 4]), { out: np.zeros(4) }));
  // [ufunc, input values, input dtype, dtype=, casting=]
  const dtypeCases: [string, unknown[], string, string, string?][] = [
    ['sqrt', [1, 4], 'int8', 'float64'],
    ['sqrt', [1, 4], 'uint64', 'float32'],
    ['sqrt', [1, 4], 'int64', 'complex64'],
    ['sqrt', [1, 4], 'float64', 'float16'],
    ['sqrt', [1, 4], 'float64', 'float16', 'safe'],
    ['sqrt', [1, 4], 'int64', 'int64'],
    ['sqrt', [c(0, 1), 4], 'complex64', 'float64'],
    ['sqrt', [c(0, 1), 4], 'complex128', 'float64', 'unsafe'],
    ['absolute', [c(3, 4)], 'complex128', 'float64'],
    ['absolute', [c(3, 4)], 'complex64', 'float64'],
    ['absolute', [c(3, 4)], 'complex64', 'float16'],
    ['absolute', [c(3, 4)], 'complex128', 'float32'],
    ['absolute', [c(3, 4)], 'complex128', 'float32', 'unsafe'],
    ['absolute', [c(3, 4)], 'complex128', 'complex128'],
    ['isnan', [1.5], 'float64', 'bool'],
    ['isnan', [1.5], 'float64', 'float64'],
    ['frexp', [1.5], 'float64', 'float32'],
    ['modf', [1.5], 'float64', 'float32'],
    ['floor', [1.5], 'float64', 'int64'],
    ['floor', [1.5], 'float64', 'int64', 'unsafe'],
    ['floor', [1.5], 'float64', 'float32'],
    ['invert', [1.5], 'float64', 'int64', 'unsafe'],
    ['bitwise_count', [7], 'int64', 'int8'],
    ['logical_not', [1.5], 'float64', 'float64'],
    ['negative', [true], 'bool', 'int8'],
    ['negative', [1], 'int64', 'bool'],
    ['sign', [1.5], 'float64', 'bool'],
    ['sign', [true], 'bool', 'int8'],
    ['sign', [c(0, 1)], 'complex128', 'float64'],
    ['sign', [1.5], 'float64', 'int8', 'unsafe'],
    ['positive', [1.5], 'float64', 'bool', 'unsafe'],
    ['positive', [c(0, 1)], 'complex128', 'float64'],
  ];
  for (const [name, v, src, dt, casting] of dtypeCases) {
    const pyOpts = `dtype='${dt}'${casting ? `, casting='${casting}'` : ''}`;
    check(`np.${name}(${pyArray(v, src)}, ${pyOpts})`, () =>
      uf(name)(np.array(v, { dtype: src }), { dtype: dt, ...(casting ? { casting } : {}) }),
    );
  }
  check('np.sqrt(np.array([4.5]), casting="no")', () => np.sqrt(np.array([4.5]), { casting: 'no' }));
  check('np.sqrt(np.array([4], dtype="int8"), casting="no")', () =>
    np.sqrt(np.array([4], { dtype: 'int8' }), { casting: 'no' }),
  );
});

describe('methods', () => {
  const a = () => np.array([-1.5, 2, -0.0], { dtype: 'float32' });
  check("np.array([-1.5, 2, -0.0], dtype='float32').__neg__()", () => a().negative());
  check("np.array([-1.5, 2, -0.0], dtype='float32').__pos__()", () => a().positive());
  check("np.array([-1.5, 2, -0.0], dtype='float32').__abs__()", () => a().absolute());
  check("np.array([1, 2, -3], dtype='int8').__invert__()", () => np.array([1, 2, -3], { dtype: 'int8' }).invert());
  check('np.array([True, False]).__invert__()', () => np.array([true, false]).invert());
  check('np.array([True]).__neg__()', () => np.array([true]).negative());
});
