// np.bincount, np.digitize, np.histogram_bin_edges and np.histogram against
// NumPy: integer, unsigned, float16/32/64 and bool data, lists, empty
// inputs, strided and reversed views, weights of every kind, density,
// range, every bins estimator, integer and sequence bins, blocks of more
// than 65536 values, NaN/inf data, NumPy's warnings and NumPy's errors.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

// dat(n, dt, kind): deterministic data built from exact operations, the
// same in NumPy and rumpy. 'u' is spread evenly over [-13, 14), 's' is
// skewed (cubes), 'n' is bell-shaped (a sum of three spread values).
const PY_SETUP = `
def dat(n, dt, kind='u'):
    i = np.arange(n)
    b = (i * 7919) % 1000
    if kind == 'u':
        v = b / 37 - 13
    elif kind == 's':
        c = b / 100
        v = c * c * c / 50
    else:
        v = (b + (i * 104729) % 1000 + (i * 1299709) % 1000) / 300 - 5
    d = np.dtype(dt)
    if d.kind == 'b':
        return b % 3 == 0
    if d.kind == 'u':
        v = np.absolute(v)
    return v.astype(d)
`;

function dat(n: number, dt: string, kind = 'u'): np.NDArray {
  const i = np.arange(n);
  const b = np.mod(np.multiply(i, 7919), 1000) as np.NDArray;
  if (dt === 'bool') return np.equal(np.mod(b, 3), 0) as np.NDArray;
  let v: np.NDArray;
  if (kind === 'u') v = np.subtract(np.true_divide(b, 37), 13) as np.NDArray;
  else if (kind === 's') {
    const c = np.true_divide(b, 100) as np.NDArray;
    v = np.true_divide(np.multiply(np.multiply(c, c), c), 50) as np.NDArray;
  } else {
    const s = np.add(np.add(b, np.mod(np.multiply(i, 104729), 1000)), np.mod(np.multiply(i, 1299709), 1000));
    v = np.subtract(np.true_divide(s, 300), 5) as np.NDArray;
  }
  if (dt.startsWith('uint')) v = np.absolute(v) as np.NDArray;
  return v.astype(dt);
}

const check = oracle(PY_SETUP);
const N = Number.NaN;
const INF = Number.POSITIVE_INFINITY;
const INTS = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64'];
const FLOATS = ['float16', 'float32', 'float64'];
const REAL = [...INTS, ...FLOATS];
const ESTIMATORS = ['auto', 'fd', 'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt'];

describe('bincount', () => {
  check('np.bincount([1, 2, 2, 5])', () => np.bincount([1, 2, 2, 5]));
  check('np.bincount([0])', () => np.bincount([0]));
  check('np.bincount([])', () => np.bincount([]));
  check('np.bincount([], minlength=3)', () => np.bincount([], { minlength: 3 }));
  check('np.bincount([], weights=[1.5])', () => np.bincount([], { weights: [1.5] }));
  check('np.bincount([], minlength=-1)', () => np.bincount([], { minlength: -1 }));
  check('np.bincount([True, False, True])', () => np.bincount([true, false, true]));
  check('np.bincount(np.array([True, True]))', () => np.bincount(np.array([true, true])));
  for (const dt of INTS) {
    check(`np.bincount(dat(50, '${dt}', 's'))`, () => np.bincount(dat(50, dt, 's')));
    check(`np.bincount(np.array([], '${dt}'), minlength=4)`, () =>
      np.bincount(np.array([], { dtype: dt }), { minlength: 4 }),
    );
  }
  check("np.bincount(dat(40, 'uint8', 's')[::-1])", () => np.bincount(dat(40, 'uint8', 's').get('::-1')));
  check("np.bincount(dat(40, 'int16', 's')[3::4], minlength=100)", () =>
    np.bincount(dat(40, 'int16', 's').get('3::4'), { minlength: 100 }),
  );
  check('np.bincount([1, 3], minlength=2)', () => np.bincount([1, 3], { minlength: 2 }));
  check('np.bincount([1, 3], None, 6)', () => np.bincount([1, 3], null, 6));
  check('np.bincount([1], minlength=np.array(3))', () => np.bincount([1], { minlength: np.array(3) }));
  // weights
  check("np.bincount(dat(60, 'uint8', 's'), weights=dat(60, 'float64'))", () =>
    np.bincount(dat(60, 'uint8', 's'), { weights: dat(60, 'float64') }),
  );
  check("np.bincount(dat(60, 'int32', 's'), dat(60, 'float32', 'n'), 30)", () =>
    np.bincount(dat(60, 'int32', 's'), dat(60, 'float32', 'n'), 30),
  );
  check("np.bincount(dat(30, 'int64', 's'), weights=dat(30, 'int8'))", () =>
    np.bincount(dat(30, 'int64', 's'), { weights: dat(30, 'int8') }),
  );
  check("np.bincount(dat(30, 'int64', 's'), weights=dat(30, 'uint64'))", () =>
    np.bincount(dat(30, 'int64', 's'), { weights: dat(30, 'uint64') }),
  );
  check("np.bincount(dat(30, 'int64', 's'), weights=dat(30, 'bool'))", () =>
    np.bincount(dat(30, 'int64', 's'), { weights: dat(30, 'bool') }),
  );
  check("np.bincount(dat(30, 'int64', 's'), weights=dat(30, 'float16')[::-1])", () =>
    np.bincount(dat(30, 'int64', 's'), { weights: dat(30, 'float16').get('::-1') }),
  );
  check('np.bincount([0, 1, 1], weights=[0.1, 0.2, np.nan])', () => np.bincount([0, 1, 1], { weights: [0.1, 0.2, N] }));
  check('np.bincount([0, 1, 1], weights=[True, 2, 3])', () => np.bincount([0, 1, 1], { weights: [true, 2, 3] }));
  // non-integer lists: NumPy 2.1's deprecated path
  check('np.bincount([1.5, 0.2, 3.9])', () => np.bincount([1.5, 0.2, 3.9]), { warnings: 'each' });
  check('np.bincount([-0.5])', () => np.bincount([-0.5]), { warnings: 'each' });
  check('np.bincount([1.5, np.nan, np.inf])', () => np.bincount([1.5, N, INF]));
  check('np.bincount([1.5, np.inf, np.nan])', () => np.bincount([1.5, INF, N]));
  check('np.bincount([1e300])', () => np.bincount([1e300]));
  // errors
  check('np.bincount([1, -1])', () => np.bincount([1, -1]));
  check("np.bincount(np.array([2**63], 'uint64'))", () => np.bincount(np.array([2n ** 63n], { dtype: 'uint64' })));
  check('np.bincount(np.array([1.0, 2.5]))', () => np.bincount(np.array([1.0, 2.5])));
  check("np.bincount(np.array([], 'float64'))", () => np.bincount(np.array([], { dtype: 'float64' })));
  check('np.bincount(np.array([1j]))', () => np.bincount(np.array([new np.Complex(0, 1)])));
  check('np.bincount(3)', () => np.bincount(3));
  check('np.bincount(np.array(3))', () => np.bincount(np.array(3)));
  check('np.bincount([[1, 2]])', () => np.bincount([[1, 2]]));
  check('np.bincount(np.zeros((2, 2), int))', () => np.bincount(np.zeros([2, 2], 'int64')));
  check('np.bincount([1], minlength=-1)', () => np.bincount([1], { minlength: -1 }));
  check('np.bincount([1], minlength=None)', () => np.bincount([1], { minlength: null }));
  check('np.bincount([1], minlength=2.5)', () => np.bincount([1], { minlength: 2.5 }));
  check('np.bincount([1], minlength=[1])', () => np.bincount([1], { minlength: [1] }));
  check('np.bincount([1], minlength=True)', () => np.bincount([1], { minlength: true }));
  check("np.bincount([1], minlength='3')", () => np.bincount([1], { minlength: '3' }));
  check('np.bincount([1], minlength=np.array([2]))', () => np.bincount([1], { minlength: np.array([2]) }));
  check('np.bincount([1], minlength=2**63)', () => np.bincount([1], { minlength: 2n ** 63n }));
  check('np.bincount([1, 2], weights=[1])', () => np.bincount([1, 2], { weights: [1] }));
  check('np.bincount([1, 2], weights=[[1, 2]])', () => np.bincount([1, 2], { weights: [[1, 2]] }));
  check('np.bincount([1, 2], weights=np.ones((1, 2)))', () => np.bincount([1, 2], { weights: np.ones([1, 2]) }));
  check('np.bincount([1], weights=3)', () => np.bincount([1], { weights: 3 }));
  check('np.bincount([1], weights=np.array([1j]))', () =>
    np.bincount([1], { weights: np.array([new np.Complex(0, 1)]) }),
  );
  check('np.bincount([1, 2], weights=[1j, 2])', () => np.bincount([1, 2], { weights: [new np.Complex(0, 1), 2] }));
  check('np.bincount(x=[1])', () => np.bincount({ x: [1] }));
  check('np.bincount([1], [2], 3, 4)', () => np.bincount([1], [2], 3, 4));
  check('np.bincount([1], wieghts=[2])', () => np.bincount([1], { wieghts: [2] }));
});

describe('digitize', () => {
  const x = [-1, 0, 0.5, 1, 1.5, 2, 2.5, 3, 4];
  const px = '[-1, 0, 0.5, 1, 1.5, 2, 2.5, 3, 4]';
  for (const [pb, jb] of [
    ['[0, 1, 2, 3]', [0, 1, 2, 3]],
    ['[3, 2, 1, 0]', [3, 2, 1, 0]],
    ['[0, 1, 1, 3]', [0, 1, 1, 3]],
    ['[3, 3, 1, 1, 0]', [3, 3, 1, 1, 0]],
    ['[1, 1, 1]', [1, 1, 1]],
    ['[2]', [2]],
    ['[]', []],
    ['[0.5, 2.5]', [0.5, 2.5]],
  ] as [string, number[]][]) {
    check(`np.digitize(${px}, ${pb})`, () => np.digitize(x, jb));
    check(`np.digitize(${px}, ${pb}, right=True)`, () => np.digitize(x, jb, { right: true }));
    check(`np.digitize(${px}, ${pb}, True)`, () => np.digitize(x, jb, true));
  }
  for (const dt of REAL) {
    check(`np.digitize(dat(30, '${dt}', 'n'), np.array([-3, -1, 0, 1, 2, 4]).astype('${dt}'))`, () =>
      np.digitize(dat(30, dt, 'n'), np.array([-3, -1, 0, 1, 2, 4]).astype(dt)),
    );
    check(`np.digitize(dat(30, '${dt}', 'n'), [5.5, 2, 0.25, -1], right=True)`, () =>
      np.digitize(dat(30, dt, 'n'), [5.5, 2, 0.25, -1], { right: true }),
    );
  }
  check("np.digitize(dat(12, 'float64').reshape(3, 4), [-5, 0, 5])", () =>
    np.digitize(dat(12, 'float64').reshape(3, 4), [-5, 0, 5]),
  );
  check("np.digitize(dat(12, 'float64')[::-1], np.array([-5., 0, 5])[::-1])", () =>
    np.digitize(dat(12, 'float64').get('::-1'), np.array([-5, 0, 5], { dtype: 'float64' }).get('::-1')),
  );
  check("np.digitize(dat(12, 'float64'), np.array([-5., -2, 0, 3, 5])[::2])", () =>
    np.digitize(dat(12, 'float64'), np.array([-5, -2, 0, 3, 5], { dtype: 'float64' }).get('::2')),
  );
  check('np.digitize(2.5, [1, 2, 3])', () => np.digitize(2.5, [1, 2, 3]));
  check('np.digitize(2.5, [3, 2, 1])', () => np.digitize(2.5, [3, 2, 1]));
  check('np.digitize([], [1, 2])', () => np.digitize([], [1, 2]));
  check('np.digitize([np.nan, 1, np.inf, -np.inf], [0, 2])', () => np.digitize([N, 1, INF, -INF], [0, 2]));
  check('np.digitize([np.nan, 1, np.inf], [2, 0])', () => np.digitize([N, 1, INF], [2, 0]));
  // (Bins with a NaN inside pass NumPy's monotonicity test but are not
  // sorted; searchsorted's answer for them is unspecified: deviations.md.)
  check('np.digitize([3], [1, 2, np.nan, 3])', () => np.digitize([3], [1, 2, N, 3]));
  check('np.digitize([0.5], [1, np.nan, 2])', () => np.digitize([0.5], [1, N, 2]));
  check('np.digitize([0, 1, 2, 3], [1, 2, np.nan])', () => np.digitize([0, 1, 2, 3], [1, 2, N]));
  check('np.digitize([1], [True, False])', () => np.digitize([1], [true, false]));
  check("np.digitize(np.array([2**63, 5], 'uint64'), np.array([1, 2**63], 'uint64'))", () =>
    np.digitize(np.array([2n ** 63n, 5], { dtype: 'uint64' }), np.array([1, 2n ** 63n], { dtype: 'uint64' })),
  );
  check('np.digitize(np.array([2**53 + 1]), np.array([2**53, 2**53 + 2]))', () =>
    np.digitize(np.array([2n ** 53n + 1n]), np.array([2n ** 53n, 2n ** 53n + 2n])),
  );
  // errors
  check('np.digitize([1, 2, 3], [1, 3, 2])', () => np.digitize([1, 2, 3], [1, 3, 2]));
  check('np.digitize([1], [np.nan, 1, 2])', () => np.digitize([1], [N, 1, 2]));
  check('np.digitize([1j], [1, 2])', () => np.digitize([new np.Complex(0, 1)], [1, 2]));
  check('np.digitize([1], [1j, 2])', () => np.digitize([1], [new np.Complex(0, 1), 2]));
  check('np.digitize([1], [[1, 2]])', () => np.digitize([1], [[1, 2]]));
  check('np.digitize([1], 3)', () => np.digitize([1], 3));
  check('np.digitize([1])', () => np.digitize([1]));
});

describe('histogram_bin_edges: estimators', () => {
  for (const est of ESTIMATORS) {
    for (const dt of ['int8', 'int64', 'uint8', 'uint64', ...FLOATS]) {
      for (const kind of ['u', 's', 'n']) {
        for (const n of [1, 2, 3, 10, 257]) {
          check(
            `np.histogram_bin_edges(dat(${n}, '${dt}', '${kind}'), '${est}')`,
            () => np.histogram_bin_edges(dat(n, dt, kind), est),
            { warnings: 'each' },
          );
        }
      }
    }
    check(`np.histogram_bin_edges(dat(3000, 'float64', 'n'), bins='${est}')`, () =>
      np.histogram_bin_edges(dat(3000, 'float64', 'n'), { bins: est }),
    );
    check(`np.histogram_bin_edges(dat(3000, 'int16', 's'), bins='${est}')`, () =>
      np.histogram_bin_edges(dat(3000, 'int16', 's'), { bins: est }),
    );
    check(`np.histogram_bin_edges(dat(500, 'float32', 'u'), '${est}', (-2, 5))`, () =>
      np.histogram_bin_edges(dat(500, 'float32', 'u'), est, [-2, 5]),
    );
    check(`np.histogram_bin_edges(dat(500, 'int32', 'u'), '${est}', range=(-2.5, 5))`, () =>
      np.histogram_bin_edges(dat(500, 'int32', 'u'), est, { range: [-2.5, 5] }),
    );
    check(`np.histogram_bin_edges(dat(100, 'float64'), '${est}', range=(100, 200))`, () =>
      np.histogram_bin_edges(dat(100, 'float64'), est, { range: [100, 200] }),
    );
    check(`np.histogram_bin_edges([], '${est}')`, () => np.histogram_bin_edges([], est));
    check(`np.histogram_bin_edges([3, 3, 3], '${est}')`, () => np.histogram_bin_edges([3, 3, 3], est));
    check(`np.histogram_bin_edges([0, 0, 0, 1, 2, 3, 3, 4, 5], '${est}', range=(0, 1))`, () =>
      np.histogram_bin_edges([0, 0, 0, 1, 2, 3, 3, 4, 5], est, { range: [0, 1] }),
    );
    check(`np.histogram_bin_edges(dat(20, 'bool'), '${est}')`, () => np.histogram_bin_edges(dat(20, 'bool'), est), {
      warnings: 'each',
    });
    check(`np.histogram_bin_edges(dat(40, 'float64', 's')[::-3], '${est}')`, () =>
      np.histogram_bin_edges(dat(40, 'float64', 's').get('::-3'), est),
    );
    check(`np.histogram(dat(300, 'float32', 'n'), '${est}')`, () => np.histogram(dat(300, 'float32', 'n'), est));
    check(`np.histogram([1, 2], '${est}', weights=[1, 1])`, () => np.histogram([1, 2], est, { weights: [1, 1] }));
    check(`np.histogram([1, np.nan], '${est}')`, () => np.histogram([1, N], est));
  }
  check("np.histogram_bin_edges(dat(20000, 'float64', 'u'), 'stone')", () =>
    np.histogram_bin_edges(dat(20000, 'float64', 'u'), 'stone'),
  );
  check("np.histogram_bin_edges(np.array([-128, 127], 'int8'), 'sqrt')", () =>
    np.histogram_bin_edges(np.array([-128, 127], { dtype: 'int8' }), 'sqrt'),
  );
  check("np.histogram_bin_edges(np.array([-2**63, 2**63 - 1]), 'sturges')", () =>
    np.histogram_bin_edges(np.array([-(2n ** 63n), 2n ** 63n - 1n]), 'sturges'),
  );
  check("np.histogram_bin_edges([1, 2], 'foo')", () => np.histogram_bin_edges([1, 2], 'foo'));
  check("np.histogram_bin_edges([1, 2], 'Auto')", () => np.histogram_bin_edges([1, 2], 'Auto'));
});

describe('histogram_bin_edges: int and sequence bins', () => {
  for (const dt of [...REAL, 'bool']) {
    check(`np.histogram_bin_edges(dat(25, '${dt}', 'n'))`, () => np.histogram_bin_edges(dat(25, dt, 'n')), {
      warnings: 'each',
    });
    check(`np.histogram_bin_edges(dat(25, '${dt}', 'n'), 7, (0, 3))`, () =>
      np.histogram_bin_edges(dat(25, dt, 'n'), 7, [0, 3]),
    );
    check(`np.histogram_bin_edges(dat(25, '${dt}', 'n'), 3, (0.5, 2.5))`, () =>
      np.histogram_bin_edges(dat(25, dt, 'n'), 3, [0.5, 2.5]),
    );
    check(`np.histogram_bin_edges(np.array([5, 5], '${dt}'), 4)`, () =>
      np.histogram_bin_edges(np.array([5, 5], { dtype: dt }), 4),
    );
    check(`np.histogram_bin_edges(np.array([], '${dt}'), 4)`, () =>
      np.histogram_bin_edges(np.array([], { dtype: dt }), 4),
    );
  }
  check('np.histogram_bin_edges([1, 2, 3], [1, 2])', () => np.histogram_bin_edges([1, 2, 3], [1, 2]));
  check('np.histogram_bin_edges([1, 2, 3], np.array([1, 2], np.float32))', () =>
    np.histogram_bin_edges([1, 2, 3], np.array([1, 2], { dtype: 'float32' })),
  );
  check('np.histogram_bin_edges([1, 2, 3], bins=True)', () => np.histogram_bin_edges([1, 2, 3], { bins: true }));
  check('np.histogram_bin_edges([1, 2, 3], bins=np.array(3))', () =>
    np.histogram_bin_edges([1, 2, 3], { bins: np.array(3) }),
  );
  check('np.histogram_bin_edges([1, 2, 3], bins=4, weights=[1, 2, 3])', () =>
    np.histogram_bin_edges([1, 2, 3], { bins: 4, weights: [1, 2, 3] }),
  );
  check('np.histogram_bin_edges([1, 2, 3], range=(1, 1))', () => np.histogram_bin_edges([1, 2, 3], { range: [1, 1] }));
  check('np.histogram_bin_edges([1, 2, 3], range=(-0.5, -0.5))', () =>
    np.histogram_bin_edges([1, 2, 3], { range: [-0.5, -0.5] }),
  );
  check('np.histogram_bin_edges([1, 2, 3], 3, range=np.array([0, 6]))', () =>
    np.histogram_bin_edges([1, 2, 3], 3, { range: np.array([0, 6]) }),
  );
  check('np.histogram_bin_edges(dat(10, "float32"), 3, range=np.array([0, 6], np.float32))', () =>
    np.histogram_bin_edges(dat(10, 'float32'), 3, { range: np.array([0, 6], { dtype: 'float32' }) }),
  );
  check('np.histogram_bin_edges([1, 2], 5, range=(0, 1e-320))', () =>
    np.histogram_bin_edges([1, 2], 5, { range: [0, 1e-320] }),
  );
  check('np.histogram_bin_edges([1, 2], 3, range=(0, 5e-324))', () =>
    np.histogram_bin_edges([1, 2], 3, { range: [0, 5e-324] }),
  );
});

describe('histogram: counts', () => {
  for (const dt of [...REAL, 'bool']) {
    for (const kind of ['u', 's', 'n']) {
      check(`np.histogram(dat(200, '${dt}', '${kind}'))`, () => np.histogram(dat(200, dt, kind)), {
        warnings: 'each',
      });
    }
    check(`np.histogram(dat(200, '${dt}', 'n'), 13, range=(-1, 3))`, () =>
      np.histogram(dat(200, dt, 'n'), 13, { range: [-1, 3] }),
    );
    check(`np.histogram(dat(200, '${dt}', 'n'), [-2, -1, 0, 0.5, 1, 4])`, () =>
      np.histogram(dat(200, dt, 'n'), [-2, -1, 0, 0.5, 1, 4]),
    );
    check(`np.histogram(dat(200, '${dt}', 'n'), np.array([0, 1, 2, 3], '${dt}'))`, () =>
      np.histogram(dat(200, dt, 'n'), np.array([0, 1, 2, 3], { dtype: dt })),
    );
    check(`np.histogram(dat(200, '${dt}', 'n'), 6, density=True)`, () =>
      np.histogram(dat(200, dt, 'n'), 6, { density: true }),
    );
    check(`np.histogram(np.array([], '${dt}'))`, () => np.histogram(np.array([], { dtype: dt })));
  }
  for (const bins of [1, 2, 3, 7, 10, 49, 100, 333]) {
    check(`np.histogram(dat(1000, 'float64', 'n'), ${bins})`, () => np.histogram(dat(1000, 'float64', 'n'), bins));
    check(`np.histogram(dat(1000, 'float32', 's'), ${bins}, (0.1, 7.3))`, () =>
      np.histogram(dat(1000, 'float32', 's'), bins, [0.1, 7.3]),
    );
    check(`np.histogram(dat(1000, 'float16', 'u'), ${bins})`, () => np.histogram(dat(1000, 'float16', 'u'), bins));
    check(`np.histogram(dat(1000, 'int16', 'u') * 97, ${bins})`, () =>
      np.histogram(np.multiply(dat(1000, 'int16', 'u'), 97), bins),
    );
  }
  // edges that are exactly data values, for the off-by-one corrections
  check('np.histogram(np.arange(100) / 10, 10)', () => np.histogram(np.true_divide(np.arange(100), 10), 10));
  check('np.histogram(np.arange(100) / 10, 7, (0.3, 9.1))', () =>
    np.histogram(np.true_divide(np.arange(100), 10), 7, [0.3, 9.1]),
  );
  check('np.histogram(np.arange(31) * 0.1, 30)', () => np.histogram(np.multiply(np.arange(31), 0.1), 30));
  check('np.histogram(np.linspace(0, 1, 1001), 1000)', () => np.histogram(np.linspace(0, 1, 1001), 1000));
  check('np.histogram(np.linspace(-3, 11, 999).astype(np.float32), 77)', () =>
    np.histogram((np.linspace(-3, 11, 999) as np.NDArray).astype('float32'), 77),
  );
  check('np.histogram([1, 2, 1], bins=[0, 1, 2, 3])', () => np.histogram([1, 2, 1], { bins: [0, 1, 2, 3] }));
  check('np.histogram([[1, 2, 1], [1, 0, 1]], bins=[0, 1, 2, 3])', () =>
    np.histogram(
      [
        [1, 2, 1],
        [1, 0, 1],
      ],
      [0, 1, 2, 3],
    ),
  );
  check('np.histogram([1, 2, 3], bins=[])', () => np.histogram([1, 2, 3], { bins: [] }));
  check('np.histogram([1, 2, 3], bins=[1])', () => np.histogram([1, 2, 3], { bins: [1] }));
  check('np.histogram([1, 2, 3], bins=[2, 2, 2])', () => np.histogram([1, 2, 3], { bins: [2, 2, 2] }));
  check('np.histogram([1, 2, 3, np.nan, np.inf, -np.inf], bins=[0, 2, 4])', () =>
    np.histogram([1, 2, 3, N, INF, -INF], { bins: [0, 2, 4] }),
  );
  check('np.histogram([1, 2, 3, np.nan, np.inf], 4, range=(0, 4))', () =>
    np.histogram([1, 2, 3, N, INF], 4, { range: [0, 4] }),
  );
  check('np.histogram([1, 2, 3], bins=[-np.inf, 2, np.inf])', () => np.histogram([1, 2, 3], { bins: [-INF, 2, INF] }));
  check("np.histogram(dat(60, 'float64', 'n').reshape(3, 4, 5)[:, ::-1, 1::2], 5)", () =>
    np.histogram(dat(60, 'float64', 'n').reshape(3, 4, 5).get(':', '::-1', '1::2'), 5),
  );
  check("np.histogram(dat(60, 'int8', 'n')[::-1], [-2, 0, 2, 4])", () =>
    np.histogram(dat(60, 'int8', 'n').get('::-1'), [-2, 0, 2, 4]),
  );
  check("np.histogram(dat(5, 'float64'), 3, None, False)", () => np.histogram(dat(5, 'float64'), 3, null, false));
});

describe('histogram: weights and density', () => {
  for (const wt of [...REAL, 'bool']) {
    check(`np.histogram(dat(150, 'float64', 'n'), 8, weights=dat(150, '${wt}', 's'))`, () =>
      np.histogram(dat(150, 'float64', 'n'), 8, { weights: dat(150, wt, 's') }),
    );
    check(`np.histogram(dat(150, 'float64', 'n'), 8, weights=dat(150, '${wt}', 's'), density=True)`, () =>
      np.histogram(dat(150, 'float64', 'n'), 8, { weights: dat(150, wt, 's'), density: true }),
    );
  }
  // sequence bins with weights: the cumulative path (weights without ties
  // in the data, so that the sort order of equal values does not matter)
  for (const wt of ['float64', 'float32', 'int64', 'uint8', 'int8']) {
    check(`np.histogram(np.arange(150) * 0.37, [0, 5, 10.5, 33, 60], weights=dat(150, '${wt}', 's'))`, () =>
      np.histogram(np.multiply(np.arange(150), 0.37), [0, 5, 10.5, 33, 60], { weights: dat(150, wt, 's') }),
    );
  }
  check('np.histogram([1, 2], bins=[0, 1, 2], weights=[True, False])', () =>
    np.histogram([1, 2], { bins: [0, 1, 2], weights: [true, false] }),
  );
  check('np.histogram([1, 2, 2.5], weights=[1j, 2, 3 - 1j])', () =>
    np.histogram([1, 2, 2.5], { weights: [new np.Complex(0, 1), 2, new np.Complex(3, -1)] }),
  );
  check('np.histogram([1, 2, 2.5], density=True, weights=np.array([1j, 2, 3 - 1j], np.complex64))', () =>
    np.histogram([1, 2, 2.5], {
      density: true,
      weights: np.array([new np.Complex(0, 1), 2, new np.Complex(3, -1)], { dtype: 'complex64' }),
    }),
  );
  check('np.histogram([1, 2, 2.5], [0, 2, 3], weights=[1j, 2, 3 - 1j])', () =>
    np.histogram([1, 2, 2.5], [0, 2, 3], { weights: [new np.Complex(0, 1), 2, new np.Complex(3, -1)] }),
  );
  check('np.histogram(np.arange(4), bins=np.arange(5), density=True)', () =>
    np.histogram(np.arange(4), { bins: np.arange(5), density: true }),
  );
  check('np.histogram([1, 2, 9], bins=[0, 1, 5, 10], density=True)', () =>
    np.histogram([1, 2, 9], { bins: [0, 1, 5, 10], density: true }),
  );
  check('np.histogram([], density=True)', () => np.histogram([], { density: true }), { warnings: 'each' });
  check('np.histogram([5], bins=[0, 1], density=True)', () => np.histogram([5], { bins: [0, 1], density: true }), {
    warnings: 'each',
  });
  check('np.histogram([0.5, 1.5], 2, density=1)', () => np.histogram([0.5, 1.5], 2, { density: 1 }));
  check('np.histogram([0.5, 1.5], 2, density=0)', () => np.histogram([0.5, 1.5], 2, { density: 0 }));
  check("np.histogram(dat(40, 'float64').reshape(5, 8), 4, weights=dat(40, 'float32', 'n').reshape(5, 8)[::-1])", () =>
    np.histogram(dat(40, 'float64').reshape(5, 8), 4, { weights: dat(40, 'float32', 'n').reshape(5, 8).get('::-1') }),
  );
});

describe('histogram: blocks of 65536 values', () => {
  check("np.histogram(dat(150000, 'float64', 'n'), 37, weights=dat(150000, 'float64', 's'))", () =>
    np.histogram(dat(150000, 'float64', 'n'), 37, { weights: dat(150000, 'float64', 's') }),
  );
  check("np.histogram(dat(150000, 'float32', 'n'), 37, weights=dat(150000, 'float32', 'u'))", () =>
    np.histogram(dat(150000, 'float32', 'n'), 37, { weights: dat(150000, 'float32', 'u') }),
  );
  check("np.histogram(dat(150000, 'int32', 's'), 11, (0, 15), True)", () =>
    np.histogram(dat(150000, 'int32', 's'), 11, [0, 15], true),
  );
  check("np.histogram(dat(150000, 'float64', 'u'), [-20, -3, 0, 0.5, 7, 13])", () =>
    np.histogram(dat(150000, 'float64', 'u'), [-20, -3, 0, 0.5, 7, 13]),
  );
  check("np.histogram(dat(150000, 'float64', 'u'), [-20, -3, 0, 0.5, 7, 13], weights=np.arange(150000) % 8 / 4)", () =>
    np.histogram(dat(150000, 'float64', 'u'), [-20, -3, 0, 0.5, 7, 13], {
      weights: np.true_divide(np.mod(np.arange(150000), 8), 4),
    }),
  );
  check("np.histogram_bin_edges(dat(150000, 'float64', 'n'), 'auto')", () =>
    np.histogram_bin_edges(dat(150000, 'float64', 'n'), 'auto'),
  );
});

describe('histogram: errors', () => {
  check('np.histogram([1, np.nan])', () => np.histogram([1, N]));
  check('np.histogram([np.nan, np.nan], 3)', () => np.histogram([N, N], 3));
  check('np.histogram([1, np.inf])', () => np.histogram([1, INF]));
  check('np.histogram([-np.inf, 1])', () => np.histogram([-INF, 1]));
  check("np.histogram(np.array([1.5, np.inf], 'float32'))", () =>
    np.histogram(np.array([1.5, INF], { dtype: 'float32' })),
  );
  check("np.histogram(np.array([0.1, np.inf], 'float16'))", () =>
    np.histogram(np.array([0.1, INF], { dtype: 'float16' })),
  );
  check("np.histogram(np.array([-np.inf, 0.1], 'float32'))", () =>
    np.histogram(np.array([-INF, 0.1], { dtype: 'float32' })),
  );
  check("np.histogram(np.array([-np.inf, 0.1], 'float32'), 'auto')", () =>
    np.histogram(np.array([-INF, 0.1], { dtype: 'float32' }), 'auto'),
  );
  check('np.histogram([1, 2, 3], range=(np.nan, 1))', () => np.histogram([1, 2, 3], { range: [N, 1] }));
  check('np.histogram([1, 2, 3], range=(0, np.inf))', () => np.histogram([1, 2, 3], { range: [0, INF] }));
  check('np.histogram([1, 2, 3], range=(0.25, np.inf))', () => np.histogram([1, 2, 3], { range: [0.25, INF] }));
  check('np.histogram([1, 2, 3], range=(1e-5, np.nan))', () => np.histogram([1, 2, 3], { range: [1e-5, N] }));
  check('np.histogram([1, 2, 3], range=(2, 1))', () => np.histogram([1, 2, 3], { range: [2, 1] }));
  check('np.histogram([1, 2, 3], range=(0,))', () => np.histogram([1, 2, 3], { range: [0] }));
  check('np.histogram([1, 2, 3], range=(0, 1, 2))', () => np.histogram([1, 2, 3], { range: [0, 1, 2] }));
  check('np.histogram([1, 2, 3], range=5)', () => np.histogram([1, 2, 3], { range: 5 }));
  check('np.histogram([1, 2, 3], bins=[[1, 2]])', () => np.histogram([1, 2, 3], { bins: [[1, 2]] }));
  check('np.histogram([1, 2, 3], bins=[1, 3, 2])', () => np.histogram([1, 2, 3], { bins: [1, 3, 2] }));
  check('np.histogram([1, 2, 3], bins=[1, np.nan, 2])', () => np.histogram([1, 2, 3], { bins: [1, N, 2] }));
  check('np.histogram([1, 2, 3], bins=2.5)', () => np.histogram([1, 2, 3], { bins: 2.5 }));
  check('np.histogram([1, 2, 3], bins=None)', () => np.histogram([1, 2, 3], { bins: null }));
  check('np.histogram([1, 2, 3], bins=0)', () => np.histogram([1, 2, 3], { bins: 0 }));
  check('np.histogram([1, 2, 3], bins=-3)', () => np.histogram([1, 2, 3], { bins: -3 }));
  check('np.histogram([1, 2, 3], bins=np.array(2.5))', () => np.histogram([1, 2, 3], { bins: np.array(2.5) }));
  check('np.histogram([1, 2], weights=[1])', () => np.histogram([1, 2], { weights: [1] }));
  check('np.histogram([1, 2], weights=[[1, 2]])', () => np.histogram([1, 2], { weights: [[1, 2]] }));
  check('np.histogram([1, 2], 3, (0, 5e-324))', () => np.histogram([1, 2], 3, [0, 5e-324]));
  check('np.histogram([1, 2], 3, None, None, None, 1)', () => np.histogram([1, 2], 3, null, null, null, 1));
  check('np.histogram([1, 2], normed=True)', () => np.histogram([1, 2], { normed: true }));
  check('np.histogram()', () => np.histogram());
  check('np.histogram_bin_edges([1, 2], 3, (2, 1))', () => np.histogram_bin_edges([1, 2], 3, [2, 1]));
  check("np.histogram_bin_edges([1, np.inf], 'auto')", () => np.histogram_bin_edges([1, INF], 'auto'));
  check("np.histogram_bin_edges([1, 2], 'fd', (np.nan, 1))", () => np.histogram_bin_edges([1, 2], 'fd', [N, 1]));
});

describe('histogramdd', () => {
  for (const dt of [...REAL, 'bool']) {
    check(`np.histogramdd(dat(90, '${dt}', 'n').reshape(30, 3), 4)`, () =>
      np.histogramdd(dat(90, dt, 'n').reshape(30, 3), 4),
    );
    check(`np.histogramdd(dat(90, '${dt}', 's').reshape(45, 2), (3, 5), density=True)`, () =>
      np.histogramdd(dat(90, dt, 's').reshape(45, 2), [3, 5], { density: true }),
    );
  }
  check("np.histogramdd(dat(300, 'float64', 'n').reshape(100, 3), (2, [-5, -1, 0, 1, 5], 3))", () =>
    np.histogramdd(dat(300, 'float64', 'n').reshape(100, 3), [2, [-5, -1, 0, 1, 5], 3]),
  );
  check(
    "np.histogramdd(dat(300, 'float64', 'n').reshape(100, 3), 3, range=[(-1, 1), None, (0, 2.5)], weights=dat(100, 'float32', 's'))",
    () =>
      np.histogramdd(dat(300, 'float64', 'n').reshape(100, 3), 3, {
        range: [[-1, 1], null, [0, 2.5]],
        weights: dat(100, 'float32', 's'),
      }),
  );
  check(
    "np.histogramdd(dat(300, 'float64', 'u').reshape(100, 3), [3, 4, 2], density=True, weights=dat(100, 'int8', 'u'))",
    () =>
      np.histogramdd(dat(300, 'float64', 'u').reshape(100, 3), [3, 4, 2], {
        density: true,
        weights: dat(100, 'int8', 'u'),
      }),
  );
  check("np.histogramdd(dat(60, 'float64', 'u').reshape(3, 20).T[::-1], 3)", () =>
    np.histogramdd(dat(60, 'float64', 'u').reshape(3, 20).T.get('::-1'), 3),
  );
  check("np.histogramdd([dat(20, 'float64', 'u'), dat(20, 'float64', 'n')], bins=3)", () =>
    np.histogramdd([dat(20, 'float64', 'u'), dat(20, 'float64', 'n')], { bins: 3 }),
  );
  check("np.histogramdd(dat(20, 'float64', 'u'), bins=3)", () => np.histogramdd(dat(20, 'float64', 'u'), { bins: 3 }));
  check('np.histogramdd([[1, 2], [3, 4]], bins=2)', () =>
    np.histogramdd(
      [
        [1, 2],
        [3, 4],
      ],
      { bins: 2 },
    ),
  );
  check('np.histogramdd(np.array([[1, 2], [3, 4]], np.float32), bins=2)', () =>
    np.histogramdd(
      np.array(
        [
          [1, 2],
          [3, 4],
        ],
        { dtype: 'float32' },
      ),
      { bins: 2 },
    ),
  );
  check('np.histogramdd(np.zeros((0, 2)), bins=2)', () => np.histogramdd(np.zeros([0, 2]), { bins: 2 }));
  check('np.histogramdd(np.zeros((0, 2)), bins=2, weights=[1.])', () =>
    np.histogramdd(np.zeros([0, 2]), { bins: 2, weights: [1.5] }),
  );
  check('np.histogramdd(np.ones((3, 2)), bins=np.array([2, 3]))', () =>
    np.histogramdd(np.ones([3, 2]), { bins: np.array([2, 3]) }),
  );
  check('np.histogramdd(np.ones((3, 2)), bins=np.array(2))', () =>
    np.histogramdd(np.ones([3, 2]), { bins: np.array(2) }),
  );
  check('np.histogramdd([[0, 1, 2, 3], [3, 2, 1, 0]], bins=[[0, 1, 2, 3], 3])', () =>
    np.histogramdd(
      [
        [0, 1, 2, 3],
        [3, 2, 1, 0],
      ],
      { bins: [[0, 1, 2, 3], 3] },
    ),
  );
  // errors
  check('np.histogramdd(np.zeros((3, 2, 2)))', () => np.histogramdd(np.zeros([3, 2, 2])));
  check('np.histogramdd(np.zeros((3, 2)), bins=[2])', () => np.histogramdd(np.zeros([3, 2]), { bins: [2] }));
  check("np.histogramdd(np.zeros((3, 2)), bins='auto')", () => np.histogramdd(np.zeros([3, 2]), { bins: 'auto' }));
  check('np.histogramdd(np.zeros((3, 2)), bins=[2, None])', () =>
    np.histogramdd(np.zeros([3, 2]), { bins: [2, null] }),
  );
  check('np.histogramdd(np.zeros((3, 2)), bins=[2, 2.5])', () => np.histogramdd(np.zeros([3, 2]), { bins: [2, 2.5] }));
  check('np.histogramdd(np.zeros((3, 2)), bins=[2, 0])', () => np.histogramdd(np.zeros([3, 2]), { bins: [2, 0] }));
  check('np.histogramdd(np.zeros((3, 2)), bins=[2, []])', () => np.histogramdd(np.zeros([3, 2]), { bins: [2, []] }));
  check('np.histogramdd(np.zeros((3, 2)), bins=[2, [[1]]])', () =>
    np.histogramdd(np.zeros([3, 2]), { bins: [2, [[1]]] }),
  );
  check('np.histogramdd(np.zeros((3, 2)), bins=[2, [2, 1]])', () =>
    np.histogramdd(np.zeros([3, 2]), { bins: [2, [2, 1]] }),
  );
  check('np.histogramdd(np.zeros((3, 2)), range=[None])', () => np.histogramdd(np.zeros([3, 2]), { range: [null] }));
  check('np.histogramdd(np.zeros((3, 2)), range=5)', () => np.histogramdd(np.zeros([3, 2]), { range: 5 }));
  check('np.histogramdd(np.ones((3, 2)), range=[(0, 1), (2, 1)])', () =>
    np.histogramdd(np.ones([3, 2]), {
      range: [
        [0, 1],
        [2, 1],
      ],
    }),
  );
  check('np.histogramdd(np.array([[1, np.nan]]))', () => np.histogramdd(np.array([[1, N]])));
  check('np.histogramdd(np.zeros((3, 2)), bins=2, weights=[1.])', () =>
    np.histogramdd(np.zeros([3, 2]), { bins: 2, weights: [1.5] }),
  );
});

describe('histogram2d', () => {
  const x = dat(200, 'float64', 'n');
  const y = dat(200, 'float64', 's');
  const px = "dat(200, 'float64', 'n')";
  const py = "dat(200, 'float64', 's')";
  check(`np.histogram2d(${px}, ${py})`, () => np.histogram2d(x, y));
  check(`np.histogram2d(${px}, ${py}, 5)`, () => np.histogram2d(x, y, 5));
  check(`np.histogram2d(${px}, ${py}, (4, 6))`, () => np.histogram2d(x, y, [4, 6]));
  check(`np.histogram2d(${px}, ${py}, [-3, 0, 1, 3])`, () => np.histogram2d(x, y, [-3, 0, 1, 3]));
  check(`np.histogram2d(${px}, ${py}, np.array([-3, 0, 1, 3]))`, () => np.histogram2d(x, y, np.array([-3, 0, 1, 3])));
  check(`np.histogram2d(${px}, ${py}, [[-3, 0, 3], 4])`, () => np.histogram2d(x, y, [[-3, 0, 3], 4]));
  check(`np.histogram2d(${px}, ${py}, [5])`, () => np.histogram2d(x, y, [5]));
  check(`np.histogram2d(${px}, ${py}, 3, [[-1, 1], [0, 5]], True)`, () =>
    np.histogram2d(
      x,
      y,
      3,
      [
        [-1, 1],
        [0, 5],
      ],
      true,
    ),
  );
  check(`np.histogram2d(${px}, ${py}, 4, weights=dat(200, 'float64', 'u'))`, () =>
    np.histogram2d(x, y, 4, { weights: dat(200, 'float64', 'u') }),
  );
  check(`np.histogram2d(${px}, ${py}, 4, density=True, weights=dat(200, 'uint8', 'u'))`, () =>
    np.histogram2d(x, y, 4, { density: true, weights: dat(200, 'uint8', 'u') }),
  );
  check(`np.histogram2d(dat(50, 'int8', 'n'), dat(50, 'float32', 'u')[::-1], 3)`, () =>
    np.histogram2d(dat(50, 'int8', 'n'), dat(50, 'float32', 'u').get('::-1'), 3),
  );
  check('np.histogram2d([1, 2, 3], [1, 2, 2])', () => np.histogram2d([1, 2, 3], [1, 2, 2]));
  check('np.histogram2d([], [], 2)', () => np.histogram2d([], [], 2));
  check('np.histogram2d([1, 2], [1])', () => np.histogram2d([1, 2], [1]));
  check('np.histogram2d(3, [1])', () => np.histogram2d(3, [1]));
  check('np.histogram2d([1, 2], [1, 2], bins=[1, 2, 3])', () => np.histogram2d([1, 2], [1, 2], { bins: [1, 2, 3] }));
  check('np.histogram2d([1, 2], [1, 2], bins=[3])', () => np.histogram2d([1, 2], [1, 2], { bins: [3] }));
  check('np.histogram2d([1, np.inf], [1, 2])', () => np.histogram2d([1, INF], [1, 2]));
});
