// matmul (gufunc (n?,k),(k,m?)->(n?,m?)) and the whole-array comparisons
// isclose / allclose / array_equal / array_equiv, against NumPy.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle();
const DTYPES = [
  'bool',
  'int8',
  'uint8',
  'int32',
  'int64',
  'uint64',
  'float16',
  'float32',
  'float64',
  'complex64',
  'complex128',
];
const range = (n: number, dt: string, shape: number[]): np.NDArray =>
  np
    .array(
      Array.from({ length: n }, (_, i) => (i % 7) - (dt.startsWith('u') || dt === 'bool' ? 0 : 3)),
      {
        dtype: dt,
      },
    )
    .reshape(...shape);
const pyRange = (n: number, dt: string, shape: number[]): string =>
  `((np.arange(${n}) % 7) - ${dt.startsWith('u') || dt === 'bool' ? 0 : 3}).astype('${dt}').reshape(${shape.join(', ')})`;

const size = (s: number[]) => s.reduce((x, y) => x * y, 1);

/** Float sums may be ordered differently from NumPy's BLAS: a few ULP. */
const tol = (dt: string): number => (dt === 'float16' ? 2e-3 : dt === 'float32' || dt === 'complex64' ? 1e-6 : 1e-14);

describe('matmul shapes and dtypes', () => {
  const cases: [number[], number[]][] = [
    [
      [2, 3],
      [3, 4],
    ],
    [[3], [3]],
    [[3], [3, 2]],
    [[2, 3], [3]],
    [
      [2, 2, 3],
      [3, 4],
    ],
    [
      [2, 1, 2, 3],
      [3, 3, 2],
    ],
    [[3], [2, 3, 4]],
    [[2, 3, 4], [4]],
    [
      [0, 3],
      [3, 2],
    ],
    [
      [2, 0],
      [0, 3],
    ],
    [
      [1, 1],
      [1, 1],
    ],
  ];
  for (const dt of DTYPES) {
    for (const [sa, sb] of cases) {
      const na = sa.reduce((x, y) => x * y, 1);
      const nb = sb.reduce((x, y) => x * y, 1);
      check(
        `np.matmul(${pyRange(na, dt, sa)}, ${pyRange(nb, dt, sb)})`,
        () => np.matmul(range(na, dt, sa), range(nb, dt, sb)),
        { rtol: tol(dt) },
      );
    }
  }
  for (const [da, db] of [
    ['int8', 'uint8'],
    ['int64', 'float32'],
    ['bool', 'int16'],
    ['float16', 'complex64'],
    ['uint64', 'int64'],
  ]) {
    check(
      `np.matmul(${pyRange(6, da, [2, 3])}, ${pyRange(6, db, [3, 2])})`,
      () => np.matmul(range(6, da, [2, 3]), range(6, db, [3, 2])),
      { rtol: 1e-6 },
    );
  }
  check("np.matmul(np.array([[100, 100]], dtype='int8'), np.array([[2], [2]], dtype='int8'))", () =>
    np.matmul(np.array([[100, 100]], { dtype: 'int8' }), np.array([[2], [2]], { dtype: 'int8' })),
  );
});

describe('matmul views, out and errors', () => {
  const a = (): np.NDArray => range(12, 'float64', [3, 4]);
  check('(lambda a: np.matmul(a.T, a))(' + pyRange(12, 'float64', [3, 4]) + ')', () => {
    const x = a();
    return np.matmul(x.T, x);
  });
  check('(lambda a: np.matmul(a[::-1, ::2], a[:, ::-1].T[::2]))(' + pyRange(12, 'float64', [3, 4]) + ')', () => {
    const x = a();
    return np.matmul(x.get('::-1', '::2'), x.get(':', '::-1').T.get('::2'));
  });
  check('np.matmul(np.ones((2, 3)), np.ones((4, 2)))', () => np.matmul(np.ones([2, 3]), np.ones([4, 2])));
  check('np.matmul(np.ones(3), np.ones(4))', () => np.matmul(np.ones([3]), np.ones([4])));
  check('np.matmul(np.array(1), np.ones(3))', () => np.matmul(np.array(1), np.ones([3])));
  check('np.matmul(np.ones(3), 2)', () => np.matmul(np.ones([3]), 2));
  check('np.matmul(np.ones((2, 2, 3)), np.ones((3, 3, 2)))', () => np.matmul(np.ones([2, 2, 3]), np.ones([3, 3, 2])));
  check('np.matmul(np.ones((2, 3)), np.ones((3, 2)), out=np.zeros((3, 2)))', () =>
    np.matmul(np.ones([2, 3]), np.ones([3, 2]), { out: np.zeros([3, 2]) }),
  );
  check('exec:o = np.zeros((2, 2, 2)); np.matmul(np.ones((2, 3)), np.ones((3, 2)), out=o); result = o', () => {
    const o = np.zeros([2, 2, 2]);
    np.matmul(np.ones([2, 3]), np.ones([3, 2]), { out: o });
    return o;
  });
  check('exec:o = np.zeros((2, 2), dtype=np.int32); result = np.matmul(np.ones((2, 3)), np.ones((3, 2)), out=o)', () =>
    np.matmul(np.ones([2, 3]), np.ones([3, 2]), { out: np.zeros([2, 2], { dtype: 'int32' }) }),
  );
  check(
    "exec:o = np.zeros((2, 2), dtype=np.int32); result = np.matmul(np.ones((2, 3)), np.ones((3, 2)), out=o, casting='unsafe')",
    () => np.matmul(np.ones([2, 3]), np.ones([3, 2]), { out: np.zeros([2, 2], { dtype: 'int32' }), casting: 'unsafe' }),
  );
  check(
    'exec:o = np.zeros((2, 2), dtype=np.complex128); result = np.matmul(np.ones((2, 3), dtype=np.int8), np.ones((3, 2), dtype=np.int8), out=o)',
    () =>
      np.matmul(np.ones([2, 3], { dtype: 'int8' }), np.ones([3, 2], { dtype: 'int8' }), {
        out: np.zeros([2, 2], { dtype: 'complex128' }),
      }),
  );
  check('np.matmul(np.ones((2, 3)), np.ones((3, 2)), dtype=np.int64)', () =>
    np.matmul(np.ones([2, 3]), np.ones([3, 2]), { dtype: 'int64' }),
  );
  check('np.matmul(np.ones((2, 3), dtype=np.int8), np.ones((3, 2), dtype=np.int8), dtype=np.float32)', () =>
    np.matmul(np.ones([2, 3], { dtype: 'int8' }), np.ones([3, 2], { dtype: 'int8' }), { dtype: 'float32' }),
  );
  check('exec:a = np.arange(4.).reshape(2, 2); np.matmul(a, a, out=a); result = a', () => {
    const x = np.array([0, 1, 2, 3], { dtype: 'float64' }).reshape(2, 2);
    np.matmul(x, x, { out: x });
    return x;
  });
  check('np.matmul(np.ones((2, 3)), np.ones((3, 2)), where=True)', () =>
    np.matmul(np.ones([2, 3]), np.ones([3, 2]), { where: true }),
  );
  check('exec:a = np.arange(6).reshape(2, 3); result = a @ a.T', () => {
    const x = np.array([0, 1, 2, 3, 4, 5]).reshape(2, 3);
    return x.matmul(x.T);
  });
  check('[np.matmul.nin, np.matmul.nout, np.matmul.signature]', () => [
    np.matmul.nin,
    np.matmul.nout,
    (np.matmul as unknown as { signature: string }).signature,
  ]);
});

describe('matmul of float products large enough for the BLAS-like kernel', () => {
  // Positive values (i % 97) / 97 + 0.5 (small positive imaginary parts for
  // complex), so no sum cancels and rtol bounds every element.
  const data = (n: number, dt: string, shape: number[]): np.NDArray => {
    const re = Array.from({ length: n }, (_, i) => (i % 97) / 97 + 0.5);
    const vals = dt.startsWith('complex') ? re.map((r, i) => new np.Complex(r, (i % 89) / 890)) : re;
    return np.array(vals, { dtype: dt }).reshape(...shape);
  };
  const pyData = (n: number, dt: string, shape: number[]): string =>
    `np.array([${dt.startsWith('complex') ? 'complex((i % 97) / 97 + 0.5, (i % 89) / 890)' : '(i % 97) / 97 + 0.5'} for i in range(${n})]).astype('${dt}').reshape(${shape.join(', ')})`;
  const mm = (sa: number[], sb: number[], dt: string) =>
    check(
      `np.matmul(${pyData(size(sa), dt, sa)}, ${pyData(size(sb), dt, sb)})`,
      () => np.matmul(data(size(sa), dt, sa), data(size(sb), dt, sb)),
      { rtol: tol(dt), name: `matmul ${dt} ${JSON.stringify([sa, sb])}` },
    );
  for (const dt of ['float32', 'float64', 'complex64', 'complex128']) {
    mm([64, 80], [80, 48], dt);
    mm([3, 40, 50], [50, 30], dt);
    mm([2, 1, 40, 50], [3, 50, 30], dt);
  }
  // Threaded: one product in blocks of rows, a stack split across threads.
  mm([200, 200], [200, 200], 'float64');
  mm([10, 64, 64], [10, 64, 64], 'float64');
  mm([300, 200], [200], 'float64');
  mm([200], [200, 300], 'complex128');
  const a = pyData(5120, 'float64', [80, 64]);
  const b = pyData(3840, 'float64', [48, 80]);
  check(
    `np.matmul((${a}).T, (${b}).T)`,
    () => np.matmul(data(5120, 'float64', [80, 64]).T, data(3840, 'float64', [48, 80]).T),
    { rtol: 1e-14 },
  );
  check(
    `(lambda a, b: np.matmul(a[::-1, ::-1], b[:, ::-1]))(${pyData(5120, 'float64', [64, 80])}, ${pyData(3840, 'float64', [80, 48])})`,
    () => {
      const x = data(5120, 'float64', [64, 80]);
      const y = data(3840, 'float64', [80, 48]);
      return np.matmul(x.get('::-1', '::-1'), y.get(':', '::-1'));
    },
    { rtol: 1e-14 },
  );
  check(
    `exec:x = np.zeros((48, 64), dtype=complex).T; np.matmul(${pyData(5120, 'complex128', [64, 80])}, ${pyData(3840, 'complex128', [80, 48])}, out=x); result = x`,
    () => {
      const x = np.zeros([48, 64], { dtype: 'complex128' }).T;
      np.matmul(data(5120, 'complex128', [64, 80]), data(3840, 'complex128', [80, 48]), { out: x });
      return x;
    },
    { rtol: 1e-14 },
  );
  check(
    `exec:a = ${pyData(4096, 'float64', [64, 64])}; np.matmul(a, a, out=a); result = a`,
    () => {
      const x = data(4096, 'float64', [64, 64]);
      np.matmul(x, x, { out: x });
      return x;
    },
    { rtol: 1e-14 },
  );
  check(
    `np.vecdot(${pyData(5000, 'float64', [5000])}, ${pyData(5000, 'float64', [5000])})`,
    () => np.vecdot(data(5000, 'float64', [5000]), data(5000, 'float64', [5000])),
    { rtol: 1e-14 },
  );
  // Non-finite results: the in-order sums' warnings, as NumPy's.
  check(
    'np.matmul(np.full((64, 80), 1e200), np.full((80, 48), 1e200))',
    () => np.matmul(np.full([64, 80], 1e200, { dtype: 'float64' }), np.full([80, 48], 1e200, { dtype: 'float64' })),
    { warnings: 'each' },
  );
  check(
    'exec:a = np.ones((64, 80)); a[3, 4] = np.inf; b = np.ones((80, 48)); b[4, 5] = 0; result = np.matmul(a, b)',
    () => {
      const x = np.ones([64, 80]);
      x.set(3, 4, Number.POSITIVE_INFINITY);
      const y = np.ones([80, 48]);
      y.set(4, 5, 0);
      return np.matmul(x, y);
    },
    { warnings: 'each' },
  );
  check(
    'np.matmul(np.full((64, 80), 1e-300), np.full((80, 48), 1e-20))',
    () => np.matmul(np.full([64, 80], 1e-300), np.full([80, 48], 1e-20)),
    { warnings: 'each' },
  );
});

describe('isclose and allclose', () => {
  const x = [1, 1.00001, 1e10, 1e-8, 0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1];
  const y = [1, 1, 1.0001e10, 1e-9, 1e-9, Number.NaN, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 1.1];
  const pyl = (v: number[]) =>
    `[${v.map((t) => (Number.isNaN(t) ? 'np.nan' : t === Number.POSITIVE_INFINITY ? 'np.inf' : t === Number.NEGATIVE_INFINITY ? '-np.inf' : String(t))).join(', ')}]`;
  for (const dt of ['float16', 'float32', 'float64', 'complex128']) {
    for (const eq of [false, true]) {
      check(
        `np.isclose(np.array(${pyl(x)}, dtype='${dt}'), np.array(${pyl(y)}, dtype='${dt}'), equal_nan=${eq ? 'True' : 'False'})`,
        () => np.isclose(np.array(x, { dtype: dt }), np.array(y, { dtype: dt }), { equal_nan: eq }),
        // NumPy computes under errstate(invalid='ignore'): inf - inf does not warn.
        { warnings: true },
      );
      check(
        `np.allclose(np.array(${pyl(x)}, dtype='${dt}'), np.array(${pyl(x)}, dtype='${dt}'), equal_nan=${eq ? 'True' : 'False'})`,
        () => np.allclose(np.array(x, { dtype: dt }), np.array(x, { dtype: dt }), { equal_nan: eq }),
        { warnings: true },
      );
    }
  }
  check('np.isclose(np.array([1, 2, 3]), np.array([1, 2, 4]))', () =>
    np.isclose(np.array([1, 2, 3]), np.array([1, 2, 4])),
  );
  check('np.isclose(np.array([-2**63]), np.array([2**63-1]))', () =>
    np.isclose(np.array([-(2n ** 63n)]), np.array([2n ** 63n - 1n])),
  );
  check('np.isclose(1.5, 1.5000001)', () => np.isclose(1.5, 1.5000001));
  check('np.isclose(np.array([1.5, 2.5]), 2.5, rtol=0, atol=1)', () =>
    np.isclose(np.array([1.5, 2.5], { dtype: 'float64' }), 2.5, 0, 1),
  );
  check(
    "np.isclose(np.array([1.0001, 2], dtype='float32'), np.array([1, 2], dtype='float32'), atol=np.array([1e-3, 0]))",
    () =>
      np.isclose(np.array([1.0001, 2], { dtype: 'float32' }), np.array([1, 2], { dtype: 'float32' }), {
        atol: np.array([1e-3, 0.5 - 0.5], { dtype: 'float64' }),
      }),
  );
  check('np.isclose(np.array([[1.5], [2.5]]), np.array([1.5, 2.5]))', () =>
    np.isclose(np.array([[1.5], [2.5]], { dtype: 'float64' }), np.array([1.5, 2.5], { dtype: 'float64' })),
  );
  check('np.isclose(np.array([1+1j, 1+2j]), np.array([1+1.000000001j, 1+3j]))', () =>
    np.isclose(
      np.array([new np.Complex(1, 1), new np.Complex(1, 2)]),
      np.array([new np.Complex(1, 1.000000001), new np.Complex(1, 3)]),
    ),
  );
  check('np.allclose(np.array([1e10, 1e-7]), np.array([1.00001e10, 1e-8]))', () =>
    np.allclose(np.array([1e10, 1e-7], { dtype: 'float64' }), np.array([1.00001e10, 1e-8], { dtype: 'float64' })),
  );
  check('np.allclose(np.array([1.5, np.nan]), np.array([1.5, np.nan]))', () =>
    np.allclose(np.array([1.5, Number.NaN], { dtype: 'float64' }), np.array([1.5, Number.NaN], { dtype: 'float64' })),
  );
  check('np.isclose(np.array([1, 2]), np.array([1, 2, 3]))', () => np.isclose(np.array([1, 2]), np.array([1, 2, 3])));
});

describe('isclose in one native pass (float32/float64 arrays, number tolerances)', () => {
  // Every pair of these values, as x and y (169 elements), in both dtypes.
  const V = [
    0,
    -0,
    1,
    1 + 1e-9,
    1.00002,
    1e-300,
    5e-324,
    1e10,
    1.00001e10,
    -3.5,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NaN,
  ];
  const PV =
    'np.array([0.0, -0.0, 1.0, 1 + 1e-9, 1.00002, 1e-300, 5e-324, 1e10, 1.00001e10, -3.5, np.inf, -np.inf, np.nan])';
  const n = V.length;
  const xs = (dt: string) =>
    np.array(
      V.flatMap((v) => V.map(() => v)),
      { dtype: dt },
    );
  const ys = (dt: string) =>
    np.array(
      V.flatMap(() => V),
      { dtype: dt },
    );
  for (const dt of ['float32', 'float64']) {
    const px = `np.repeat(${PV}, ${n}).astype('${dt}')`;
    const py = `np.tile(${PV}, ${n}).astype('${dt}')`;
    for (const eq of [false, true]) {
      check(
        `np.isclose(${px}, ${py}, equal_nan=${eq ? 'True' : 'False'})`,
        () => np.isclose(xs(dt), ys(dt), { equal_nan: eq }),
        { warnings: 'each' },
      );
    }
    for (const [rt, at] of [
      [0, 0],
      [1e-3, 0],
      [0, 1e-3],
      [2, 1],
      [1e-10, 1e-320],
    ]) {
      check(`np.isclose(${px}, ${py}, rtol=${rt}, atol=${at})`, () => np.isclose(xs(dt), ys(dt), rt, at), {
        warnings: 'each',
      });
    }
    check(`np.allclose(${px}, ${px}, equal_nan=True)`, () => np.allclose(xs(dt), xs(dt), { equal_nan: true }));
    check(`np.allclose(${px}, ${py})`, () => np.allclose(xs(dt), ys(dt)));
    // Views, broadcasting and F order.
    check(`np.isclose(${px}[::-3], ${py}[::3])`, () => np.isclose(xs(dt).get('::-3'), ys(dt).get('::3')));
    check(`np.isclose(${px}.reshape(${n}, ${n}), ${PV}.astype('${dt}'))`, () =>
      np.isclose(xs(dt).reshape(n, n), np.array(V, { dtype: dt })),
    );
    check(`np.isclose(${px}.reshape(${n}, ${n}).T, ${py}.reshape(${n}, ${n}).T)`, () =>
      np.isclose(xs(dt).reshape(n, n).T, ys(dt).reshape(n, n).T),
    );
    check(`np.isclose(${px}.reshape(${n}, ${n}, 1), ${py}.reshape(1, 1, ${n * n}))[::7, ::5, ::11]`, () =>
      (np.isclose(xs(dt).reshape(n, n, 1), ys(dt).reshape(1, 1, n * n)) as np.NDArray).get('::7', '::5', '::11'),
    );
    check(`np.isclose(np.ones(0, '${dt}'), np.ones(0, '${dt}'))`, () =>
      np.isclose(np.ones(0, { dtype: dt }), np.ones(0, { dtype: dt })),
    );
    // Long rows (threaded) with a few far elements.
    check(
      `(lambda a: np.nonzero(~np.isclose(a, a * (1 + 2e-5 * (np.arange(200001) % 1000 == 0))))[0])(np.linspace(1, 2, 200001).astype('${dt}'))`,
      () => {
        const a = (np.linspace(1, 2, 200001) as np.NDArray).astype(dt) as np.NDArray;
        const bump = np.multiply(np.equal(np.remainder(np.arange(200001), 1000), 0), 2e-5);
        const b = np.multiply(a, np.add(bump, 1));
        return np.nonzero(np.logical_not(np.isclose(a, b)) as np.NDArray)[0];
      },
    );
  }
  // Overflow in the chain: the one-pass result is set aside and the chain
  // runs, for NumPy's warnings (and errors, under errstate).
  check(
    'np.isclose(np.array([1e308, 1.0]), np.array([-1e308, 1.0]))',
    () => np.isclose(np.array([1e308, 1], { dtype: 'float64' }), np.array([-1e308, 1], { dtype: 'float64' })),
    { warnings: 'each' },
  );
  check(
    "np.isclose(np.array([3e38, 1.0], dtype='float32'), np.array([1.0, 3e38], dtype='float32'), rtol=10)",
    () => np.isclose(np.array([3e38, 1], { dtype: 'float32' }), np.array([1, 3e38], { dtype: 'float32' }), 10),
    { warnings: 'each' },
  );
  check(
    "exec:\nwith np.errstate(over='raise'):\n    result = np.isclose(np.array([1e308, 1.0]), np.array([-1e308, 1.0]))",
    () =>
      np.errstate({ over: 'raise' }, () =>
        np.isclose(np.array([1e308, 1], { dtype: 'float64' }), np.array([-1e308, 1], { dtype: 'float64' })),
      ),
  );
});

describe('array_equal and array_equiv', () => {
  const cases: [string, unknown, unknown][] = [
    ['[1, 2], [1, 2]', [1, 2], [1, 2]],
    ['[1, 2], [1, 3]', [1, 2], [1, 3]],
    ['[1, 2], [[1, 2]]', [1, 2], [[1, 2]]],
    [
      '[1, 2], [[1, 2], [1, 2]]',
      [1, 2],
      [
        [1, 2],
        [1, 2],
      ],
    ],
    ['[1, 2], [1, 2, 3]', [1, 2], [1, 2, 3]],
    ['[], []', [], []],
    ['3, 3', 3, 3],
    ['[1.5, np.nan], [1.5, np.nan]', [1.5, Number.NaN], [1.5, Number.NaN]],
    ['[np.nan, 1.5], [1.5, np.nan]', [Number.NaN, 1.5], [1.5, Number.NaN]],
    ['[True, False], [1, 0]', [true, false], [1, 0]],
  ];
  for (const [args, a, b] of cases) {
    check(`np.array_equal(${args})`, () => np.array_equal(a, b));
    check(`np.array_equal(${args}, equal_nan=True)`, () => np.array_equal(a, b, true));
    check(`np.array_equiv(${args})`, () => np.array_equiv(a, b));
  }
  check('np.array_equal(np.array([complex(np.nan, 1)]), np.array([complex(np.nan, 2)]), equal_nan=True)', () =>
    np.array_equal(np.array([new np.Complex(Number.NaN, 1)]), np.array([new np.Complex(Number.NaN, 2)]), {
      equal_nan: true,
    }),
  );
  check('np.array_equal(np.array([2**64-1], dtype=np.uint64), np.array([-1]))', () =>
    np.array_equal(np.array([2n ** 64n - 1n], { dtype: 'uint64' }), np.array([-1])),
  );
});
