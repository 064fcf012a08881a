// NaN-aware reductions and the ufunc methods (reduce, accumulate, reduceat,
// outer, at) against NumPy.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { PY_MK, mk } from './helpers/reduce_data';

const check = oracle(PY_MK);
type F = (...args: unknown[]) => unknown;
const fn = (name: string): F => (np as unknown as Record<string, F>)[name];
const N = Number.NaN;
const M = [
  [1.5, N, -2, 4],
  [N, N, N, N],
  [0.25, 3, N, -1],
];
const PYM = '[[1.5, np.nan, -2, 4], [np.nan] * 4, [0.25, 3, np.nan, -1]]';
const M2 = [
  [1.5, N, -2, 4],
  [2, 0.5, N, 1],
  [0.25, 3, N, -1],
];
const PYM2 = '[[1.5, np.nan, -2, 4], [2, 0.5, np.nan, 1], [0.25, 3, np.nan, -1]]';
// nanmean/nanvar divide through float64 like NumPy; var/std squares may
// differ in the last bits from NumPy's SIMD loops.
const TOL = { rtol: 1e-14 };

describe('nan functions', () => {
  const FUNCS = ['nansum', 'nanprod', 'nanmax', 'nanmin', 'nanmean', 'nanvar', 'nanstd', 'nancumsum', 'nancumprod'];
  for (const f of FUNCS) {
    for (const dt of ['float64', 'float32', 'float16']) {
      for (const [pa, ja] of [
        ['None', null],
        ['0', 0],
        ['1', 1],
        ['-1', -1],
      ] as [string, unknown][]) {
        if (f.includes('cum') && pa === '-1') continue;
        check(
          `np.${f}(np.array(${PYM}, dtype='${dt}'), axis=${pa})`,
          () => fn(f)(np.array(M, { dtype: dt }), { axis: ja }),
          {
            rtol: dt === 'float16' ? 1e-3 : dt === 'float32' ? 1e-6 : 1e-14,
          },
        );
      }
    }
    check(`np.${f}(mk((3, 4), 'int32'), axis=0)`, () => fn(f)(mk([3, 4], 'int32'), { axis: 0 }), TOL);
    check(`np.${f}(mk((3, 4), 'complex128'), axis=1)`, () => fn(f)(mk([3, 4], 'complex128'), { axis: 1 }), TOL);
  }
  for (const f of ['nanargmax', 'nanargmin']) {
    check(`np.${f}(np.array(${PYM2}), axis=1)`, () => fn(f)(np.array(M2), { axis: 1 }));
    check(`np.${f}(np.array(${PYM2}))`, () => fn(f)(np.array(M2)));
    check(`np.${f}(np.array(${PYM}), axis=1)`, () => fn(f)(np.array(M), { axis: 1 }));
    check(`np.${f}(np.array(${PYM}), axis=0)`, () => fn(f)(np.array(M), { axis: 0 }));
    check(`np.${f}(mk((3, 4), 'int8'), axis=0)`, () => fn(f)(mk([3, 4], 'int8'), { axis: 0 }));
  }
  // Long rows (the vectorised fmax/fmin fold): NaNs anywhere, all-NaN rows,
  // ±inf, and zeros of both signs (compared + 0.0: which zero NumPy's SIMD
  // loops return is listed in deviations.md).
  const LONG = (k: number) =>
    Array.from({ length: 40 }, (_, i) => {
      const v = ((i * 37 + k * 11) % 23) - 11;
      if ((i + k) % 7 === 0) return N;
      if (k === 2) return N;
      if (k === 3 && i === 5) return Number.NEGATIVE_INFINITY;
      if (k === 4) return i % 2 ? -0 : 0;
      return v / 4;
    });
  const ROWS = [0, 1, 2, 3, 4].map(LONG);
  const PY_ROWS = `np.array([${ROWS.map((r) => `[${r.map((v) => (Number.isNaN(v) ? 'np.nan' : Object.is(v, -0) ? '-0.0' : v === Number.NEGATIVE_INFINITY ? '-np.inf' : String(v))).join(', ')}]`).join(', ')}])`;
  for (const f of ['nanmax', 'nanmin']) {
    for (const dt of ['float64', 'float32']) {
      for (const axis of [1, 0, null]) {
        check(
          `exec:import warnings\nwarnings.simplefilter('ignore')\nresult = np.${f}(${PY_ROWS}.astype('${dt}'), axis=${axis ?? 'None'}) + 0.0`,
          () => np.add(fn(f)(np.array(ROWS, { dtype: dt }), { axis }), 0.5 - 0.5),
        );
      }
    }
  }
  check(`np.fmax.reduce(${PY_ROWS}, axis=1) + 0.0`, () =>
    np.add(np.fmax.reduce(np.array(ROWS, { dtype: 'float64' }), { axis: 1 }), 0.5 - 0.5),
  );
  // Integer `out` of float statistics.
  for (const f of ['std', 'var', 'mean', 'nanmean', 'nanvar', 'nanstd']) {
    check(`exec:o = np.zeros(4, int); r = np.${f}(np.array(${PYM2}), axis=0, out=o); result = [r, o]`, () => {
      const o = np.zeros([4], { dtype: 'int64' });
      const r = fn(f)(np.array(M2), { axis: 0, out: o });
      return [r, o];
    });
    check(`exec:o = np.zeros(4, int); r = np.${f}(mk((3, 4), 'int32'), axis=0, out=o); result = [r, o]`, () => {
      const o = np.zeros([4], { dtype: 'int64' });
      const r = fn(f)(mk([3, 4], 'int32'), { axis: 0, out: o });
      return [r, o];
    });
  }
  check(`np.nanvar(np.array(${PYM2}), axis=0, ddof=1)`, () => np.nanvar(np.array(M2), { axis: 0, ddof: 1 }), TOL);
  check(
    `np.nanstd(np.array(${PYM2}), ddof=2, keepdims=True)`,
    () => np.nanstd(np.array(M2), { ddof: 2, keepdims: true }),
    TOL,
  );
  check(`np.nanmean(np.array(${PYM2}), axis=1, keepdims=True)`, () =>
    np.nanmean(np.array(M2), { axis: 1, keepdims: true }),
  );
  check(`np.nansum(np.array(${PYM2}), axis=1, dtype='float32')`, () =>
    np.nansum(np.array(M2), { axis: 1, dtype: 'float32' }),
  );
  check(`np.nanmax(np.array(${PYM2}), axis=0, initial=3.5)`, () => np.nanmax(np.array(M2), { axis: 0, initial: 3.5 }));
  check(`np.nanmean(np.array(${PYM2}), dtype='int64')`, () => np.nanmean(np.array(M2), { dtype: 'int64' }));
});

describe('nanvar/nanstd mean=', () => {
  for (const f of ['nanvar', 'nanstd']) {
    for (const dt of ['float64', 'float32']) {
      for (const [pa, ja] of [
        ['None', null],
        ['0', 0],
        ['1', 1],
      ] as [string, unknown][]) {
        check(
          `exec:a = np.array(${PYM2}, dtype='${dt}'); result = np.${f}(a, axis=${pa}, mean=np.nanmean(a, axis=${pa}, keepdims=True))`,
          () => {
            const a = np.array(M2, { dtype: dt });
            return fn(f)(a, { axis: ja, mean: np.nanmean(a, { axis: ja, keepdims: true }) });
          },
          { rtol: dt === 'float32' ? 1e-6 : 1e-14 },
        );
      }
    }
    check(`np.${f}(np.array(${PYM2}), axis=1, mean=1.5, ddof=1)`, () =>
      fn(f)(np.array(M2), { axis: 1, mean: 1.5, ddof: 1 }),
    );
    check(`np.${f}(np.array(${PYM}), axis=1, mean=np.zeros((3, 1)))`, () =>
      fn(f)(np.array(M), { axis: 1, mean: np.zeros([3, 1]) }),
    );
    check(`np.${f}(np.array(${PYM2}), axis=0, mean=np.array([[1, 2, 3, 4]]), keepdims=True)`, () =>
      fn(f)(np.array(M2), { axis: 0, mean: np.array([[1, 2, 3, 4]]), keepdims: true }),
    );
    check(`np.${f}(np.array(${PYM2}), mean=1+2j)`, () => fn(f)(np.array(M2), { mean: new np.Complex(1, 2) }));
    check(
      `np.${f}(np.array(${PYM2}) * (1 - 1j), axis=1, mean=np.ones((3, 1)) * 1j)`,
      () =>
        fn(f)(np.multiply(np.array(M2), new np.Complex(1, -1)), {
          axis: 1,
          mean: np.multiply(np.ones([3, 1]), new np.Complex(0, 1)),
        }),
      TOL,
    );
    check(`np.${f}(mk((3, 4), 'int32'), axis=0, mean=np.ones((1, 4)))`, () =>
      fn(f)(mk([3, 4], 'int32'), { axis: 0, mean: np.ones([1, 4]) }),
    );
    check(
      `np.${f}(mk((3, 4), 'int32'), axis=0, mean=None)`,
      () => fn(f)(mk([3, 4], 'int32'), { axis: 0, mean: null }),
      TOL,
    );
    check(
      `exec:o = np.zeros(3); r = np.${f}(np.array(${PYM2}), axis=1, mean=np.ones((3, 1)), out=o); result = [r is o, o]`,
      () => {
        const o = np.zeros(3);
        const r = fn(f)(np.array(M2), { axis: 1, mean: np.ones([3, 1]), out: o });
        return [r === o, o];
      },
    );
    check(
      `np.${f}(np.array(${PYM2}), axis=1, mean=np.ones(3))`,
      () => fn(f)(np.array(M2), { axis: 1, mean: np.ones(3) }),
      // rumpy's ufunc broadcast message lists the inputs only; NumPy's also lists out= and where= shapes.
      { message: /^operands could not be broadcast together with shapes \(3,4\) \(3,\) / },
    );
    // NumPy passes None on to np.subtract, which raises (Python's operator message; rumpy's TypeError words it differently).
    check(`np.${f}(np.array(${PYM2}), mean=None)`, () => fn(f)(np.array(M2), { mean: null }), { message: 'none' });
  }
});

describe('ufunc methods', () => {
  for (const op of ['add', 'multiply', 'subtract', 'divide']) {
    for (const dt of ['int8', 'uint16', 'float32', 'float64', 'complex64', 'bool']) {
      if (dt === 'bool' && op === 'subtract') continue;
      check(`np.${op}.reduce(mk((3, 4), '${dt}'))`, () => np[op as 'add'].reduce(mk([3, 4], dt)), { rtol: 1e-6 });
      check(
        `np.${op}.reduce(mk((3, 4), '${dt}'), axis=1, keepdims=True)`,
        () => np[op as 'add'].reduce(mk([3, 4], dt), { axis: 1, keepdims: true }),
        { rtol: 1e-6 },
      );
      check(
        `np.${op}.accumulate(mk((3, 4), '${dt}'), axis=1)`,
        () => np[op as 'add'].accumulate(mk([3, 4], dt), { axis: 1 }),
        {
          rtol: 1e-6,
        },
      );
      check(
        `np.${op}.reduceat(mk((8,), '${dt}'), [0, 4, 1, 5])`,
        () => np[op as 'add'].reduceat(mk([8], dt), [0, 4, 1, 5]),
        {
          rtol: 1e-6,
        },
      );
    }
    check(`np.${op}.outer(mk((2, 3), 'int16'), mk((4,), 'float32'))`, () =>
      np[op as 'add'].outer(mk([2, 3], 'int16'), mk([4], 'float32')),
    );
    check(`np.${op}.reduce(mk((2, 3), 'float64'), axis=None)`, () =>
      np[op as 'add'].reduce(mk([2, 3], 'float64'), { axis: null }),
    );
  }
  check("np.add.reduce(mk((2, 3, 4), 'int16'), axis=(0, 2), dtype='int8')", () =>
    np.add.reduce(mk([2, 3, 4], 'int16'), { axis: [0, 2], dtype: 'int8' }),
  );
  check("np.add.reduce(mk((2, 3), 'int16'), 1, None, None, False, 10)", () =>
    np.add.reduce(mk([2, 3], 'int16'), 1, null, null, false, 10),
  );
  check('np.add.reduce(np.array(5))', () => np.add.reduce(np.array(5)));
  check("np.add.reduceat(mk((8,), 'int8'), [0, 8])", () => np.add.reduceat(mk([8], 'int8'), [0, 8]));
  check("np.add.reduceat(mk((3, 4), 'float64'), [0, 2], axis=1)", () =>
    np.add.reduceat(mk([3, 4], 'float64'), [0, 2], { axis: 1 }),
  );
  check("np.multiply.accumulate(mk((3, 4), 'float16'), axis=0)", () =>
    np.multiply.accumulate(mk([3, 4], 'float16'), { axis: 0 }),
  );
  check("np.add.accumulate(mk((3, 4), 'int8'), dtype='int8')", () =>
    np.add.accumulate(mk([3, 4], 'int8'), { dtype: 'int8' }),
  );
  check('exec:a = np.array([1, 2, 3]); np.add.at(a, [0, 0, 2], 1); result = a', () => {
    const a = np.array([1, 2, 3]);
    np.add.at(a, [0, 0, 2], 1);
    return a;
  });
  check('exec:a = np.array([1., 2, 3, 4]); np.multiply.at(a, [1, 3, 1], [2., 3, 4]); result = a', () => {
    const a = np.array([1, 2, 3, 4], { dtype: 'float64' });
    np.multiply.at(a, [1, 3, 1], np.array([2, 3, 4], { dtype: 'float64' }));
    return a;
  });
  check('exec:a = np.zeros((2, 3)); np.subtract.at(a, 1, 5); result = a', () => {
    const a = np.zeros([2, 3]);
    np.subtract.at(a, 1, 5);
    return a;
  });
  check('exec:a = np.zeros((2, 3)); np.add.at(a, (1, [0, 0, 2]), 1.5); result = a', () => {
    const a = np.zeros([2, 3]);
    np.add.at(a, [1, [0, 0, 2]], 1.5);
    return a;
  });
  check("np.subtract.reduce(mk((2, 3), 'int32'), axis=(0, 1))", () =>
    np.subtract.reduce(mk([2, 3], 'int32'), { axis: [0, 1] }),
  );
  check("np.add.reduceat(mk((4,), 'int32'), [0, 5])", () => np.add.reduceat(mk([4], 'int32'), [0, 5]));
  check('[np.add.nin, np.add.nout, np.add.identity, np.multiply.identity]', () => [
    np.add.nin,
    np.add.nout,
    np.add.identity,
    np.multiply.identity,
  ]);
});
