// The native fast paths of np.median (selection per lane) and of the fused
// moments (var/std, nanmean/nanvar/nanstd) against NumPy on arrays large
// enough to take them (1e4–3e5 elements, above the parallel thresholds
// too), compared exactly: both keep NumPy's summation order and divisions.
// Also the cases they hand back to the general path (views, other dtypes,
// options, floating-point flags), NaN positions, all-NaN slices and the
// warnings.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle(`
def data(n, dt='float64', nan_every=0, nan_start=0):
    i = np.arange(n, dtype=np.int64)
    v = ((i * 2654435761) % 2**32) / 2**32 * 1000 - 500
    if nan_every:
        v[nan_start::nan_every] = np.nan
    return v.astype(dt)

def few(n, dt='float64', k=5):
    i = np.arange(n, dtype=np.int64)
    return (((i * 2654435761) % 2**32) % k - 2).astype(dt)
`);

/** Python's data(n, dt, nanEvery, nanStart): hashed values in [-500, 500), NaN every `nanEvery`-th from `nanStart`. */
function data(n: number, dt = 'float64', nanEvery = 0, nanStart = 0): np.NDArray {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = (((i * 2654435761) % 2 ** 32) / 2 ** 32) * 1000 - 500;
  if (nanEvery) for (let i = nanStart; i < n; i += nanEvery) v[i] = Number.NaN;
  return np.asarray(v).astype(dt) as np.NDArray;
}

/** Python's few(n, dt, k): hashed values in -2..k-3 (many ties). */
function few(n: number, dt = 'float64', k = 5): np.NDArray {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = (((i * 2654435761) % 2 ** 32) % k) - 2;
  return np.asarray(v).astype(dt) as np.NDArray;
}

type F = (...args: unknown[]) => unknown;
const fn = (name: string): F => (np as unknown as Record<string, F>)[name];
const AX: [string, unknown][] = [
  ['None', null],
  ['0', 0],
  ['1', 1],
  ['-1', -1],
  ['(0, 1)', [0, 1]],
];

describe('median: native selection', () => {
  for (const dt of ['float64', 'float32', 'float16', 'int64', 'int32', 'int16', 'uint8', 'uint64', 'bool']) {
    for (const n of [100001, 100000, 65, 64, 17, 16, 2, 1]) {
      check(`np.median(data(${n}, '${dt}'))`, () => np.median(data(n, dt)));
    }
    check(`np.median(few(20001, '${dt}'))`, () => np.median(few(20001, dt)));
    check(`np.median(few(20000, '${dt}', 2))`, () => np.median(few(20000, dt, 2)));
    for (const [pa, ja] of AX) {
      check(`np.median(data(30000, '${dt}').reshape(100, 300), axis=${pa})`, () =>
        np.median(data(30000, dt).reshape(100, 300), { axis: ja }),
      );
    }
  }
  for (const [pa, ja] of AX) {
    check(`np.median(data(30000).reshape(300, 100), axis=${pa}, keepdims=True)`, () =>
      np.median(data(30000).reshape(300, 100), { axis: ja, keepdims: true }),
    );
    check(`np.median(data(60000).reshape(20, 30, 100)[::-1, ::2, 1::3], axis=${pa})`, () =>
      np.median(data(60000).reshape(20, 30, 100).get('::-1', '::2', '1::3'), { axis: ja }),
    );
  }
  check('np.median(data(40000).reshape(200, 200).T, axis=1)', () =>
    np.median(data(40000).reshape(200, 200).T, { axis: 1 }),
  );
  check('np.median(data(100001)[::-3])', () => np.median(data(100001).get('::-3')));
  check("np.median(data(100000, 'int64')[::2])", () => np.median(data(100000, 'int64').get('::2')));
  check('np.median(data(40000).reshape(2, 20000), axis=(0, 1))', () =>
    np.median(data(40000).reshape(2, 20000), { axis: [0, 1] }),
  );
  // Many lanes (parallel), short lanes (the bitonic leaf and the portable path).
  check('np.median(data(300000).reshape(3000, 100), axis=1)', () =>
    np.median(data(300000).reshape(3000, 100), { axis: 1 }),
  );
  check('np.median(data(300000).reshape(100000, 3), axis=1)', () =>
    np.median(data(300000).reshape(100000, 3), { axis: 1 }),
  );
  check("np.median(data(300000, 'float32').reshape(50, 6000), axis=0)", () =>
    np.median(data(300000, 'float32').reshape(50, 6000), { axis: 0 }),
  );
});

describe('median: NaN, zeros, infinities, extremes, empty', () => {
  for (const dt of ['float64', 'float32', 'float16']) {
    for (const [every, start] of [
      [100000, 0],
      [100000, 50000],
      [100000, 99999],
      [7, 3],
    ]) {
      check(`np.median(data(100000, '${dt}', ${every}, ${start}))`, () => np.median(data(100000, dt, every, start)));
    }
    // All-NaN rows, rows with one NaN, rows without.
    check(`np.median(data(30000, '${dt}', 300, 0).reshape(100, 300), axis=1)`, () =>
      np.median(data(30000, dt, 300, 0).reshape(100, 300), { axis: 1 }),
    );
    check(`np.median(data(30000, '${dt}', 2).reshape(100, 300), axis=0)`, () =>
      np.median(data(30000, dt, 2).reshape(100, 300), { axis: 0 }),
    );
    check(`np.median(data(3000, '${dt}', 1).reshape(10, 300), axis=1)`, () =>
      np.median(data(3000, dt, 1).reshape(10, 300), { axis: 1 }),
    );
  }
  check('exec:a = data(10001); a[::3] = 0.0; a[1::3] = -0.0; result = np.median(a)', () => {
    const a = data(10001);
    a.set(np.slice(0, null, 3), 0);
    a.set(np.slice(1, null, 3), -0);
    return np.median(a);
  });
  check('exec:a = np.zeros(10000); a[::2] = -0.0; result = np.median(a)', () => {
    const a = np.zeros(10000);
    a.set(np.slice(null, null, 2), -0);
    return np.median(a);
  });
  check(
    'exec:a = data(1001); a[:500] = -np.inf; a[500:] = np.inf; a = np.concatenate([a, [np.inf]]); result = np.median(a)',
    () => {
      const a = data(1001);
      a.set(np.slice(null, 500), Number.NEGATIVE_INFINITY);
      a.set(np.slice(500, null), Number.POSITIVE_INFINITY);
      return np.median(np.concatenate([a, np.array([Number.POSITIVE_INFINITY])]));
    },
  );
  check(
    'exec:a = np.full(1000, -np.inf); a[500:] = np.inf; result = np.median(a)',
    () => {
      const a = np.full(1000, Number.NEGATIVE_INFINITY);
      a.set(np.slice(500, null), Number.POSITIVE_INFINITY);
      return np.median(a);
    },
    { warnings: 'each' },
  );
  check("np.median(np.full(1000, 3e38, dtype='float32'))", () => np.median(np.full(1000, 3e38, { dtype: 'float32' })), {
    warnings: 'each',
  });
  check(
    "np.median(np.full(1000, 65000, dtype='float16'))",
    () => np.median(np.full(1000, 65000, { dtype: 'float16' })),
    { warnings: 'each' },
  );
  check('exec:a = np.full(1000, 2**63 - 1, dtype=np.int64); a[::2] = -2**63; result = np.median(a)', () => {
    const a = np.full(1000, 2n ** 63n - 1n, { dtype: 'int64' });
    a.set(np.slice(null, null, 2), -(2n ** 63n));
    return np.median(a);
  });
  check('np.median(np.full(1001, 2**64 - 1, dtype=np.uint64))', () =>
    np.median(np.full(1001, 2n ** 64n - 1n, { dtype: 'uint64' })),
  );
  check('np.median(np.zeros((0, 5)), axis=1)', () => np.median(np.zeros([0, 5]), { axis: 1 }), { warnings: 'each' });
  // The general path: "Mean of empty slice." and NumPy's "scalar divide" messages differ (categories compared).
  check('np.median(np.zeros((5, 0)), axis=1)', () => np.median(np.zeros([5, 0]), { axis: 1 }), { warnings: true });
  check('np.median(np.zeros((5, 0)), axis=0)', () => np.median(np.zeros([5, 0]), { axis: 0 }), { warnings: 'each' });
  check("np.median(np.zeros(0, 'int32'))", () => np.median(np.zeros([0], 'int32')), { warnings: true });
  check('exec:a = data(1001); r = np.median(a); result = [r, a]', () => {
    const a = data(1001);
    return [np.median(a), a];
  });
});

describe('var/std: fused moments', () => {
  for (const f of ['var', 'std']) {
    for (const dt of ['float64', 'float32']) {
      for (const n of [100001, 100000, 7, 1]) {
        check(`np.${f}(data(${n}, '${dt}'))`, () => fn(f)(data(n, dt)));
      }
      for (const [pa, ja] of AX) {
        check(`np.${f}(data(30000, '${dt}').reshape(100, 300), axis=${pa})`, () =>
          fn(f)(data(30000, dt).reshape(100, 300), { axis: ja }),
        );
      }
      for (const ax of [0, 1, 2]) {
        check(`np.${f}(data(60000, '${dt}').reshape(20, 30, 100), axis=${ax}, ddof=1, keepdims=True)`, () =>
          fn(f)(data(60000, dt).reshape(20, 30, 100), { axis: ax, ddof: 1, keepdims: true }),
        );
      }
      // Above the parallel threshold: rows, columns, one long row.
      check(`np.${f}(data(300000, '${dt}').reshape(3, 100000), axis=1)`, () =>
        fn(f)(data(300000, dt).reshape(3, 100000), { axis: 1 }),
      );
      check(`np.${f}(data(300000, '${dt}').reshape(600, 500), axis=0)`, () =>
        fn(f)(data(300000, dt).reshape(600, 500), { axis: 0 }),
      );
      check(`np.${f}(data(300000, '${dt}').reshape(3, 200, 500), axis=1)`, () =>
        fn(f)(data(300000, dt).reshape(3, 200, 500), { axis: 1 }),
      );
      check(`np.${f}(data(300000, '${dt}').reshape(3000, 100), axis=1)`, () =>
        fn(f)(data(300000, dt).reshape(3000, 100), { axis: 1 }),
      );
      check(`np.${f}(data(300000, '${dt}'), ddof=2.5)`, () => fn(f)(data(300000, dt), { ddof: 2.5 }));
      check(`np.${f}(data(300000, '${dt}'), correction=1)`, () => fn(f)(data(300000, dt), { correction: 1 }));
    }
    // The general path: views, float16, integers, complex, where, dtype, out, mean=.
    check(`np.${f}(data(100000)[::-1])`, () => fn(f)(data(100000).get('::-1')));
    check(`np.${f}(data(30000).reshape(100, 300)[:, ::2], axis=0)`, () =>
      fn(f)(data(30000).reshape(100, 300).get(':', '::2'), { axis: 0 }),
    );
    check(`np.${f}(data(20000, 'float16'))`, () => fn(f)(data(20000, 'float16')));
    check(`np.${f}(data(20000, 'int64'))`, () => fn(f)(data(20000, 'int64')));
    check(`np.${f}(data(20000).reshape(10, 20, 100), axis=(0, 2))`, () =>
      fn(f)(data(20000).reshape(10, 20, 100), { axis: [0, 2] }),
    );
    check(`np.${f}(data(20000), dtype='float32')`, () => fn(f)(data(20000), { dtype: 'float32' }), { rtol: 1e-6 });
    check(`np.${f}(data(20000).reshape(100, 200), axis=0, where=data(200) > 0)`, () =>
      fn(f)(data(20000).reshape(100, 200), { axis: 0, where: np.greater(data(200), 0) }),
    );
    // The general path ("divide" where NumPy's scalar path says "scalar divide": categories compared).
    check(`np.${f}(data(1000), ddof=1000)`, () => fn(f)(data(1000), { ddof: 1000 }), { warnings: true });
    check(`np.${f}(data(100000, 'float64', 10))`, () => fn(f)(data(100000, 'float64', 10)), { warnings: 'each' });
    // Floating-point flags hand the call to the general path, which reports them.
    check(
      `exec:a = data(10000); a[5] = np.inf; result = np.${f}(a)`,
      () => {
        const a = data(10000);
        a.set(5, Number.POSITIVE_INFINITY);
        return fn(f)(a);
      },
      { warnings: 'each' },
    );
    check(`np.${f}(np.full(1000, 3e38, dtype='float32'))`, () => fn(f)(np.full(1000, 3e38, { dtype: 'float32' })), {
      warnings: 'each',
    });
    check(`exec:a = data(1000) * 1e200; result = np.${f}(a)`, () => fn(f)(np.multiply(data(1000), 1e200)), {
      warnings: 'each',
    });
  }
  // An unaligned view (the general path).
  for (const f of ['var', 'std', 'nanmean', 'nanvar', 'nanstd', 'median']) {
    check(
      `exec:b = np.concatenate([np.zeros(4, 'uint8'), data(1000, 'float64', 9).view('uint8')]); result = np.${f}(b[4:].view('float64'))`,
      () => {
        const b = np.concatenate([np.zeros([4], 'uint8'), data(1000, 'float64', 9).view('uint8')]);
        return fn(f)(b.get('4:').view('float64'));
      },
    );
  }
  check('np.var(np.zeros((0, 3)), axis=0)', () => np.var(np.zeros([0, 3]), { axis: 0 }), { warnings: 'each' });
  check('np.std(np.zeros(0))', () => np.std(np.zeros([0])), { warnings: true });
});

describe('nansum/nanmean/nanvar/nanstd: fused moments', () => {
  for (const f of ['nansum', 'nanmean', 'nanvar', 'nanstd']) {
    for (const dt of ['float64', 'float32']) {
      for (const [every, start] of [
        [0, 0],
        [10, 0],
        [3, 1],
        [100001, 100000],
      ]) {
        check(`np.${f}(data(100001, '${dt}', ${every}, ${start}))`, () => fn(f)(data(100001, dt, every, start)));
      }
      for (const [pa, ja] of AX) {
        check(`np.${f}(data(30000, '${dt}', 7).reshape(100, 300), axis=${pa})`, () =>
          fn(f)(data(30000, dt, 7).reshape(100, 300), { axis: ja }),
        );
      }
      // All-NaN rows and columns (axis 1: every row 3 of 300 holds only NaN).
      for (const ax of [0, 1]) {
        check(
          `exec:a = data(30000, '${dt}', 11).reshape(100, 300); a[3] = np.nan; a[:, 7] = np.nan; result = np.${f}(a, axis=${ax}, keepdims=True)`,
          () => {
            const a = data(30000, dt, 11).reshape(100, 300);
            a.set(3, Number.NaN);
            a.set(':', 7, Number.NaN);
            return fn(f)(a, { axis: ax, keepdims: true });
          },
          { warnings: 'each' },
        );
      }
      check(`np.${f}(data(3000, '${dt}', 1))`, () => fn(f)(data(3000, dt, 1)), { warnings: 'each' });
      check(`np.${f}(data(300000, '${dt}', 10).reshape(600, 500), axis=0)`, () =>
        fn(f)(data(300000, dt, 10).reshape(600, 500), { axis: 0 }),
      );
      check(`np.${f}(data(300000, '${dt}', 10).reshape(3, 200, 500), axis=1)`, () =>
        fn(f)(data(300000, dt, 10).reshape(3, 200, 500), { axis: 1 }),
      );
      check(`np.${f}(data(300000, '${dt}', 10).reshape(3000, 100), axis=-1)`, () =>
        fn(f)(data(300000, dt, 10).reshape(3000, 100), { axis: -1 }),
      );
    }
    check(`np.${f}(data(100000, 'float64', 10)[::-1])`, () => fn(f)(data(100000, 'float64', 10).get('::-1')));
    check(`np.${f}(data(20000, 'float16', 10))`, () => fn(f)(data(20000, 'float16', 10)), { rtol: 1e-3 });
    check(`np.${f}(data(20000, 'int32'))`, () => fn(f)(data(20000, 'int32')));
    check(`np.${f}(data(20000, 'float64', 10), dtype='float32')`, () =>
      fn(f)(data(20000, 'float64', 10), { dtype: 'float32' }),
    );
    check(
      `exec:a = data(10000, 'float64', 10); a[5] = np.inf; result = np.${f}(a)`,
      () => {
        const a = data(10000, 'float64', 10);
        a.set(5, Number.POSITIVE_INFINITY);
        return fn(f)(a);
      },
      { warnings: 'each' },
    );
    check(`np.${f}(np.zeros((0, 4)), axis=0)`, () => fn(f)(np.zeros([0, 4]), { axis: 0 }), { warnings: 'each' });
  }
  for (const f of ['nanvar', 'nanstd']) {
    for (const ddof of [1, 2.5, 299]) {
      check(
        `np.${f}(data(30000, 'float64', 3).reshape(100, 300), axis=1, ddof=${ddof})`,
        () => fn(f)(data(30000, 'float64', 3).reshape(100, 300), { axis: 1, ddof }),
        { warnings: 'each' },
      );
    }
    check(`np.${f}(data(30000, 'float64', 10), mean=np.nanmean(data(30000, 'float64', 10)))`, () =>
      fn(f)(data(30000, 'float64', 10), { mean: np.nanmean(data(30000, 'float64', 10)) }),
    );
  }
});
