// Reductions against NumPy: sum/prod/max/min/all/any/mean/var/std/argmax/
// argmin/ptp/count_nonzero/cumsum/cumprod over every dtype, axis variants
// (None, int, negative, tuples), keepdims, dtype, out, where, initial, ddof,
// 0-d and empty inputs, strided and reversed views, and NumPy's errors.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';
import { PY_MK, mk } from './helpers/reduce_data';

const check = oracle(PY_MK);
const DTYPES: readonly string[] = ALL_DTYPES;
type F = (...args: unknown[]) => unknown;
const fn = (name: string): F => (np as unknown as Record<string, F>)[name];
const AXES: [string, unknown][] = [
  ['None', null],
  ['0', 0],
  ['1', 1],
  ['-1', -1],
  ['(0, 2)', [0, 2]],
  ['(2, 0, 1)', [2, 0, 1]],
];
// Floating results of mean/var/std may differ from NumPy's in the last bits
// where NumPy's SIMD square/divide loops round differently; sums are exact.
const tol = (f: string, dt: string) =>
  ['mean', 'var', 'std'].includes(f)
    ? { rtol: dt.includes('16') ? 1e-3 : dt.includes('32') || dt === 'complex64' ? 1e-6 : 1e-14 }
    : {};

describe('function x dtype x axis', () => {
  const FUNCS = [
    'sum',
    'prod',
    'max',
    'min',
    'all',
    'any',
    'mean',
    'var',
    'std',
    'argmax',
    'argmin',
    'ptp',
    'count_nonzero',
  ];
  for (const f of FUNCS) {
    for (const dt of DTYPES) {
      for (const [pa, ja] of AXES) {
        if ((f === 'argmax' || f === 'argmin') && Array.isArray(ja)) continue;
        if (f === 'ptp' && dt === 'bool') continue;
        check(`np.${f}(mk((2, 3, 4), '${dt}'), axis=${pa})`, () => fn(f)(mk([2, 3, 4], dt), { axis: ja }), tol(f, dt));
      }
    }
  }
});

describe('keepdims, dtype, initial, where, ddof', () => {
  for (const f of ['sum', 'prod', 'max', 'min', 'mean', 'var', 'std', 'all', 'any', 'argmax']) {
    check(`np.${f}(mk((3, 4), 'float64'), axis=1, keepdims=True)`, () =>
      fn(f)(mk([3, 4], 'float64'), { axis: 1, keepdims: true }),
    );
    check(
      `np.${f}(mk((3, 4), 'int16'), keepdims=True)`,
      () => fn(f)(mk([3, 4], 'int16'), { keepdims: true }),
      tol(f, 'float64'),
    );
  }
  for (const dt of ['int8', 'float32', 'float64', 'complex64', 'bool', 'uint16']) {
    check(`np.sum(mk((3, 4), 'float64'), axis=0, dtype='${dt}')`, () =>
      np.sum(mk([3, 4], 'float64'), { axis: 0, dtype: dt }),
    );
    check(`np.prod(mk((3, 4), 'int8'), dtype='${dt}')`, () => np.prod(mk([3, 4], 'int8'), { dtype: dt }));
    check(
      `np.mean(mk((3, 4), 'int32'), axis=1, dtype='${dt}')`,
      () => np.mean(mk([3, 4], 'int32'), { axis: 1, dtype: dt }),
      { rtol: 1e-6 },
    );
  }
  check("np.sum(mk((3, 4), 'int8'), initial=100)", () => np.sum(mk([3, 4], 'int8'), { initial: 100 }));
  check("np.max(mk((3, 4), 'float32'), axis=0, initial=1.5)", () =>
    np.max(mk([3, 4], 'float32'), { axis: 0, initial: 1.5 }),
  );
  check("np.min(mk((0, 4), 'int64'), axis=0, initial=7)", () => np.min(mk([0, 4], 'int64'), { axis: 0, initial: 7 }));
  const W = [
    [true, false, true, true],
    [false, false, true, false],
    [true, true, true, false],
  ];
  const pyW = '[[True, False, True, True], [False, False, True, False], [True, True, True, False]]';
  for (const [pa, ja] of [
    ['None', null],
    ['0', 0],
    ['1', 1],
  ] as [string, unknown][]) {
    check(`np.sum(mk((3, 4), 'float64'), axis=${pa}, where=np.array(${pyW}))`, () =>
      np.sum(mk([3, 4], 'float64'), { axis: ja, where: np.array(W) }),
    );
    check(`np.max(mk((3, 4), 'int32'), axis=${pa}, where=np.array(${pyW}), initial=-100)`, () =>
      np.max(mk([3, 4], 'int32'), { axis: ja, where: np.array(W), initial: -100 }),
    );
    check(`np.mean(mk((3, 4), 'float64'), axis=${pa}, where=np.array(${pyW}))`, () =>
      np.mean(mk([3, 4], 'float64'), { axis: ja, where: np.array(W) }),
    );
    check(
      `np.var(mk((3, 4), 'float64'), axis=${pa}, where=np.array(${pyW}))`,
      () => np.var(mk([3, 4], 'float64'), { axis: ja, where: np.array(W) }),
      { rtol: 1e-14 },
    );
    check(`np.all(mk((3, 4), 'int8'), axis=${pa}, where=np.array(${pyW}))`, () =>
      np.all(mk([3, 4], 'int8'), { axis: ja, where: np.array(W) }),
    );
  }
  check("np.sum(mk((3, 4), 'float64'), where=np.array([True, False, True, True]))", () =>
    np.sum(mk([3, 4], 'float64'), { where: np.array([true, false, true, true]) }),
  );
  for (const ddof of [0, 1, 2, 5]) {
    for (const dt of ['float64', 'int64', 'complex128', 'float32']) {
      check(`np.var(mk((3, 4), '${dt}'), axis=1, ddof=${ddof})`, () => np.var(mk([3, 4], dt), { axis: 1, ddof }), {
        rtol: 1e-6,
      });
      check(`np.std(mk((3, 4), '${dt}'), ddof=${ddof})`, () => np.std(mk([3, 4], dt), { ddof }), { rtol: 1e-6 });
    }
  }
  check("mk((3, 4), 'float64').std(ddof=1)", () => mk([3, 4], 'float64').std({ ddof: 1 }));
  check("mk((3, 4), 'float64').mean(axis=1)", () => mk([3, 4], 'float64').mean({ axis: 1 }));
});

describe('out=', () => {
  check("exec:o = np.zeros(4); r = np.sum(mk((3, 4), 'float64'), axis=0, out=o); result = [r is o, o]", () => {
    const o = np.zeros(4);
    const r = np.sum(mk([3, 4], 'float64'), { axis: 0, out: o });
    return [r === o, o];
  });
  check("exec:o = np.zeros(4, 'int8'); np.sum(mk((3, 4), 'float64'), axis=0, out=o); result = o", () => {
    const o = np.zeros(4, 'int8');
    np.sum(mk([3, 4], 'float64'), { axis: 0, out: o });
    return o;
  });
  check("exec:o = np.zeros((), 'int16'); np.add.reduce(np.array([100, 100], 'int8'), out=o); result = o", () => {
    const o = np.zeros([], 'int16');
    np.add.reduce(np.array([100, 100], { dtype: 'int8' }), { out: o });
    return o;
  });
  check("exec:o = np.zeros((3, 1)); np.mean(mk((3, 4), 'int64'), axis=1, keepdims=True, out=o); result = o", () => {
    const o = np.zeros([3, 1]);
    np.mean(mk([3, 4], 'int64'), { axis: 1, keepdims: true, out: o });
    return o;
  });
  check("exec:o = np.zeros(3); np.std(mk((3, 4), 'float64'), axis=1, out=o); result = o", () => {
    const o = np.zeros(3);
    np.std(mk([3, 4], 'float64'), { axis: 1, out: o });
    return o;
  });
  check("exec:o = np.zeros(3, 'int64'); np.argmax(mk((3, 4), 'float64'), axis=1, out=o); result = o", () => {
    const o = np.zeros(3, 'int64');
    np.argmax(mk([3, 4], 'float64'), { axis: 1, out: o });
    return o;
  });
  check("np.sum(mk((3, 4), 'float64'), axis=0, out=np.zeros(3))", () =>
    np.sum(mk([3, 4], 'float64'), { axis: 0, out: np.zeros(3) }),
  );
  check("np.sum(mk((2, 3, 4), 'float64'), axis=1, out=np.zeros((2, 5)))", () =>
    np.sum(mk([2, 3, 4], 'float64'), { axis: 1, out: np.zeros([2, 5]) }),
  );
  check("np.sum(mk((3, 4), 'float64'), axis=0, out=np.zeros((1, 4)))", () =>
    np.sum(mk([3, 4], 'float64'), { axis: 0, out: np.zeros([1, 4]) }),
  );
  check("np.sum(mk((3, 4), 'float64'), axis=0, keepdims=True, out=np.zeros(4))", () =>
    np.sum(mk([3, 4], 'float64'), { axis: 0, keepdims: true, out: np.zeros(4) }),
  );
  check("np.sum(mk((3, 4), 'float64'), axis=0, keepdims=True, out=np.zeros((3, 4)))", () =>
    np.sum(mk([3, 4], 'float64'), { axis: 0, keepdims: true, out: np.zeros([3, 4]) }),
  );
});

describe('0-d, empty, errors', () => {
  for (const f of ['sum', 'prod', 'max', 'min', 'mean', 'all', 'any', 'argmax', 'std']) {
    check(`np.${f}(np.array(2.5))`, () => fn(f)(np.array(2.5)));
    check(`np.${f}(mk((0,), 'float64'))`, () => fn(f)(mk([0], 'float64')));
    check(`np.${f}(mk((0, 3), 'int32'), axis=1)`, () => fn(f)(mk([0, 3], 'int32'), { axis: 1 }));
    check(`np.${f}(mk((0, 3), 'int32'), axis=0)`, () => fn(f)(mk([0, 3], 'int32'), { axis: 0 }));
    check(`np.${f}(mk((2, 3), 'int32'), axis=2)`, () => fn(f)(mk([2, 3], 'int32'), { axis: 2 }));
    check(`np.${f}(mk((2, 3), 'int32'), axis=-3)`, () => fn(f)(mk([2, 3], 'int32'), { axis: -3 }));
  }
  check("np.sum(mk((2, 3), 'int32'), axis=(0, 0))", () => np.sum(mk([2, 3], 'int32'), { axis: [0, 0] }));
  check("np.sum(mk((2, 3), 'int32'), axis=1.5)", () => np.sum(mk([2, 3], 'int32'), { axis: 1.5 }));
  check("np.sum(mk((2, 3), 'int32'), axis=())", () => np.sum(mk([2, 3], 'int32'), { axis: [] }));
  check("np.max(mk((3,), 'float64'), where=np.array([True, False, True]))", () =>
    np.max(mk([3], 'float64'), { where: np.array([true, false, true]) }),
  );
  check("np.argmax(mk((2, 3), 'int32'), axis=(0, 1))", () => np.argmax(mk([2, 3], 'int32'), { axis: [0, 1] }));
  check("np.sum(mk((2, 3), 'int32'), foo=1)", () => np.sum(mk([2, 3], 'int32'), { foo: 1 }));
});

describe('views, NaN, big values', () => {
  for (const dt of ['int16', 'float32', 'float64', 'complex128']) {
    check(`np.sum(mk((5, 6), '${dt}')[::-1, ::2], axis=0)`, () =>
      np.sum(mk([5, 6], dt).get('::-1', '::2'), { axis: 0 }),
    );
    check(`np.sum(mk((5, 6), '${dt}').T, axis=1)`, () => np.sum(mk([5, 6], dt).T, { axis: 1 }));
    check(`np.max(mk((5, 6), '${dt}')[:, ::-1], axis=1)`, () => np.max(mk([5, 6], dt).get(':', '::-1'), { axis: 1 }));
    check(`np.argmin(mk((5, 6), '${dt}')[::-2], axis=0)`, () => np.argmin(mk([5, 6], dt).get('::-2'), { axis: 0 }));
    check(`np.cumsum(mk((5, 6), '${dt}')[::-1], axis=1)`, () => np.cumsum(mk([5, 6], dt).get('::-1'), { axis: 1 }));
    check(`np.mean(mk((5, 6), '${dt}')[::2, ::-1])`, () => np.mean(mk([5, 6], dt).get('::2', '::-1')), { rtol: 1e-6 });
  }
  const nanA = [1, Number.NaN, 3, -0.5, Number.NaN];
  const pyNan = '[1, np.nan, 3, -0.5, np.nan]';
  for (const f of ['sum', 'max', 'min', 'argmax', 'argmin', 'mean', 'cumsum', 'ptp']) {
    check(`np.${f}(np.array(${pyNan}))`, () => fn(f)(np.array(nanA)));
  }
  check('np.max(np.array([0.0, -0.0]))', () => np.max(np.array([0, -0], { dtype: 'float64' })));
  check('np.max(np.array([-0.0, 0.0]))', () => np.max(np.array([-0, 0], { dtype: 'float64' })));
  check('np.min(np.array([0.0, -0.0]))', () => np.min(np.array([0, -0], { dtype: 'float64' })));
  check('np.sum(np.array([-0.0, -0.0]))', () => np.sum(np.array([-0, -0], { dtype: 'float64' })));
  check('np.add.reduce(np.array([-0.0] * 9), initial=-0.0)', () =>
    np.add.reduce(np.array(Array(9).fill(-0), { dtype: 'float64' }), { initial: -0 }),
  );
  check('np.argmax(np.array([1+1j, complex(np.nan, 0), 2]))', () =>
    np.argmax(np.array([new np.Complex(1, 1), new np.Complex(Number.NaN, 0), new np.Complex(2, 0)])),
  );
  check('np.sum(np.array([2**62, 2**62], dtype=np.int64))', () =>
    np.sum(np.array([2n ** 62n, 2n ** 62n], { dtype: 'int64' })),
  );
  check('np.sum(np.array([2**62, 2**61], dtype=np.int64))', () =>
    np.sum(np.array([2n ** 62n, 2n ** 61n], { dtype: 'int64' })),
  );
  check('np.prod(np.array([2**32, 2**32], dtype=np.uint64))', () =>
    np.prod(np.array([2n ** 32n, 2n ** 32n], { dtype: 'uint64' })),
  );
  check('np.sum(np.array([2**63, 2**63 - 1], dtype=np.uint64))', () =>
    np.sum(np.array([2n ** 63n, 2n ** 63n - 1n], { dtype: 'uint64' })),
  );
});

describe('cumulative, count_nonzero, ptp, average', () => {
  for (const dt of DTYPES) {
    for (const [pa, ja] of [
      ['None', null],
      ['0', 0],
      ['-1', -1],
    ] as [string, unknown][]) {
      check(`np.cumsum(mk((3, 4), '${dt}'), axis=${pa})`, () => np.cumsum(mk([3, 4], dt), { axis: ja }));
      check(`np.cumprod(mk((3, 4), '${dt}'), axis=${pa})`, () => np.cumprod(mk([3, 4], dt), { axis: ja }));
    }
    check(`np.count_nonzero(mk((3, 4), '${dt}'), axis=0, keepdims=True)`, () =>
      np.count_nonzero(mk([3, 4], dt), { axis: 0, keepdims: true }),
    );
  }
  check("np.cumsum(mk((3, 4), 'int8'), axis=0, dtype='float32')", () =>
    np.cumsum(mk([3, 4], 'int8'), { axis: 0, dtype: 'float32' }),
  );
  check("np.cumsum(mk((0,), 'int8'))", () => np.cumsum(mk([0], 'int8')));
  check("np.cumsum(mk((3, 4), 'int8'), axis=2)", () => np.cumsum(mk([3, 4], 'int8'), { axis: 2 }));
  check("mk((3, 4), 'float32').cumprod(axis=1)", () => mk([3, 4], 'float32').cumprod({ axis: 1 }));
  check("np.average(mk((3, 4), 'int64'), axis=1)", () => np.average(mk([3, 4], 'int64'), { axis: 1 }));
  check("np.average(mk((3, 4), 'float32'), axis=0, weights=[1, 2, 3])", () =>
    np.average(mk([3, 4], 'float32'), { axis: 0, weights: [1, 2, 3] }),
  );
  check("np.average(mk((3, 4), 'float64'), weights=mk((3, 4), 'uint8'), returned=True)", () =>
    np.average(mk([3, 4], 'float64'), { weights: mk([3, 4], 'uint8'), returned: true }),
  );
  check("np.average(mk((3, 4), 'float64'), axis=1, returned=True)", () =>
    np.average(mk([3, 4], 'float64'), { axis: 1, returned: true }),
  );
  check("np.average(mk((3, 4), 'float64'), weights=[1, 2, 3])", () =>
    np.average(mk([3, 4], 'float64'), { weights: [1, 2, 3] }),
  );
  check("np.average(mk((3, 4), 'float64'), axis=0, weights=[1, -1, 0])", () =>
    np.average(mk([3, 4], 'float64'), { axis: 0, weights: [1, -1, 0] }),
  );
  check("np.ptp(mk((3, 4), 'uint8'), axis=1, keepdims=True)", () =>
    np.ptp(mk([3, 4], 'uint8'), { axis: 1, keepdims: true }),
  );
});

describe('var/std mean=', () => {
  const MT = (dt: string) => ({
    rtol: dt.includes('16') ? 1e-3 : dt.includes('32') || dt === 'complex64' ? 1e-6 : 1e-14,
  });
  for (const f of ['var', 'std']) {
    for (const dt of ['float64', 'float32', 'float16', 'int64', 'int8', 'uint8', 'bool', 'complex128', 'complex64']) {
      for (const [pa, ja] of [
        ['None', null],
        ['0', 0],
        ['1', 1],
        ['(0, 2)', [0, 2]],
      ] as [string, unknown][]) {
        // The keepdims mean, as NumPy documents it.
        check(
          `exec:a = mk((2, 3, 4), '${dt}'); result = np.${f}(a, axis=${pa}, mean=np.mean(a, axis=${pa}, keepdims=True))`,
          () => {
            const a = mk([2, 3, 4], dt);
            return fn(f)(a, { axis: ja, mean: np.mean(a, { axis: ja, keepdims: true }) });
          },
          MT(dt),
        );
      }
      // Some other mean, in the input's dtype: the deviations are computed in the ufunc's dtype.
      check(
        `np.${f}(mk((3, 4), '${dt}'), axis=1, mean=mk((3, 1), '${dt}'))`,
        () => fn(f)(mk([3, 4], dt), { axis: 1, mean: mk([3, 1], dt) }),
        MT(dt),
      );
    }
    check(`np.${f}(mk((3, 4), 'float64'), mean=1.5)`, () => fn(f)(mk([3, 4], 'float64'), { mean: 1.5 }));
    check(`np.${f}(mk((3, 4), 'int8'), mean=100)`, () => fn(f)(mk([3, 4], 'int8'), { mean: 100 }));
    check(`np.${f}(mk((3, 4), 'int8'), axis=0, mean=np.array([[100, -100, 50, 7]], dtype='int8'))`, () =>
      fn(f)(mk([3, 4], 'int8'), { axis: 0, mean: np.array([[100, -100, 50, 7]], { dtype: 'int8' }) }),
    );
    check(`np.${f}(mk((3, 4), 'float32'), axis=1, mean=np.zeros((3, 1)))`, () =>
      fn(f)(mk([3, 4], 'float32'), { axis: 1, mean: np.zeros([3, 1]) }),
    );
    check(`np.${f}(mk((3, 4), 'float64'), axis=1, mean=np.zeros(4), ddof=1, keepdims=True)`, () =>
      fn(f)(mk([3, 4], 'float64'), { axis: 1, mean: np.zeros(4), ddof: 1, keepdims: true }),
    );
    check(`np.${f}(mk((3, 4), 'float64'), mean=None)`, () => fn(f)(mk([3, 4], 'float64'), { mean: null }), {
      rtol: 1e-14,
    });
    check(`np.${f}(mk((3,), 'float64'), mean=np.zeros((2, 1)))`, () =>
      fn(f)(mk([3], 'float64'), { mean: np.zeros([2, 1]) }),
    );
    check(`np.${f}(mk((3,), 'float64'), axis=0, mean=np.zeros((2, 1)), keepdims=True)`, () =>
      fn(f)(mk([3], 'float64'), { axis: 0, mean: np.zeros([2, 1]), keepdims: true }),
    );
    check(`np.${f}(mk((3, 4), 'float64'), axis=1, mean=np.zeros(3))`, () =>
      fn(f)(mk([3, 4], 'float64'), { axis: 1, mean: np.zeros(3) }),
    );
    check(`np.${f}(np.array([1.5, 2]), mean=1+1j)`, () =>
      fn(f)(np.array([1.5, 2], { dtype: 'float64' }), { mean: new np.Complex(1, 1) }),
    );
    check(`np.${f}(np.array(2.5), mean=1)`, () => fn(f)(np.array(2.5), { mean: 1 }));
    check(`np.${f}(np.array(3, dtype='int8'), mean=np.array(1, dtype='int8'))`, () =>
      fn(f)(np.array(3, { dtype: 'int8' }), { mean: np.array(1, { dtype: 'int8' }) }),
    );
    check(`np.${f}(mk((3, 4), 'bool'), mean=0.5)`, () => fn(f)(mk([3, 4], 'bool'), { mean: 0.5 }));
    check(`np.${f}(mk((3, 4), 'bool'), mean=True)`, () => fn(f)(mk([3, 4], 'bool'), { mean: true }));
    check(
      `np.${f}(mk((3, 4), 'float64'), mean=2, ddof=12)`,
      () => fn(f)(mk([3, 4], 'float64'), { mean: 2, ddof: 12 }),
      {
        warnings: true,
      },
    );
    check(`np.${f}(mk((3, 4), 'float64'), axis=0, mean=mk((2, 4), 'float64'))`, () =>
      fn(f)(mk([3, 4], 'float64'), { axis: 0, mean: mk([2, 4], 'float64') }),
    );
    check(
      `np.${f}(mk((3, 4), 'float64'), axis=1, mean=np.ones((3, 1)), where=np.array([True, False, True, True]))`,
      () =>
        fn(f)(mk([3, 4], 'float64'), { axis: 1, mean: np.ones([3, 1]), where: np.array([true, false, true, true]) }),
    );
    check(
      `exec:o = np.zeros(3, 'float32'); r = np.${f}(mk((3, 4), 'int16'), axis=1, mean=np.ones((3, 1)), out=o); result = [r is o, o]`,
      () => {
        const o = np.zeros(3, 'float32');
        const r = fn(f)(mk([3, 4], 'int16'), { axis: 1, mean: np.ones([3, 1]), out: o });
        return [r === o, o];
      },
    );
    check(`mk((3, 4), 'float64').${f}(0, None, None, 1, True, mean=np.ones((1, 4)))`, () =>
      (mk([3, 4], 'float64') as unknown as Record<string, F>)[f](0, null, null, 1, true, { mean: np.ones([1, 4]) }),
    );
  }
});
