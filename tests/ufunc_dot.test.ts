// np.dot, np.inner, np.vdot, np.outer and ndarray.dot against NumPy:
// dtypes, shapes (0-d, 1-d, N-d, empty), views, out=, errors and warnings.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { PRODUCT_DTYPES, productTol, productValues, pyProductValues } from './helpers/product_data';

const check = oracle();
const DTYPES = PRODUCT_DTYPES;
const values = productValues;
const pyValues = pyProductValues;
const tol = productTol;

describe('np.dot across dtypes and shapes', () => {
  const shapes: [number[], number[]][] = [
    [[3], [3]],
    [
      [2, 3],
      [3, 4],
    ],
    [[2, 3], [3]],
    [[3], [3, 4]],
    [[2, 3, 4], [4]],
    [
      [2, 3, 4],
      [5, 4, 2],
    ],
    [[3], [2, 3, 4]],
    [[0], [0]],
    [
      [2, 0],
      [0, 3],
    ],
    [
      [0, 3],
      [3, 2],
    ],
    [
      [2, 3],
      [3, 0],
    ],
  ];
  for (const dt of DTYPES) {
    for (const [sa, sb] of shapes) {
      check(`np.dot(${pyValues(sa, dt)}, ${pyValues(sb, dt)})`, () => np.dot(values(sa, dt), values(sb, dt)), {
        rtol: tol(dt),
        name: `dot ${dt} ${JSON.stringify([sa, sb])}`,
      });
    }
  }
  for (const [da, db] of [
    ['int8', 'uint8'],
    ['int8', 'float64'],
    ['bool', 'int16'],
    ['float16', 'complex64'],
    ['float32', 'float64'],
  ]) {
    check(
      `np.dot(${pyValues([2, 3], da)}, ${pyValues([3, 2], db)})`,
      () => np.dot(values([2, 3], da), values([3, 2], db)),
      {
        rtol: 1e-6,
      },
    );
  }
  check("np.dot(np.array([100, 100], dtype='int8'), np.array([2, 2], dtype='int8'))", () =>
    np.dot(np.array([100, 100], { dtype: 'int8' }), np.array([2, 2], { dtype: 'int8' })),
  );
  // 0-d operands multiply (as arrays: JS numbers are int64/float64, not weak).
  check('np.dot(3, np.arange(4))', () => np.dot(3, np.arange(4)));
  check("np.dot(np.ones(2, dtype='float32'), 3)", () => np.dot(np.ones(2, { dtype: 'float32' }), 3));
  check("np.dot(np.ones(2, dtype='float32'), 3.5)", () => np.dot(np.ones(2, { dtype: 'float32' }), 3.5));
  check('np.dot(2, 3)', () => np.dot(2, 3));
  check('np.dot([1, 2, 3], [4, 5, 6])', () => np.dot([1, 2, 3], [4, 5, 6]));
  check('np.dot([[1, 2], [3, 4]], [[5, 6], [7, 8]])', () =>
    np.dot(
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ),
  );
});

describe('np.dot views, out and errors', () => {
  const A = pyValues([3, 4], 'float64');
  const a = () => values([3, 4], 'float64');
  check(`(lambda a: np.dot(a.T, a))(${A})`, () => np.dot(a().T, a()));
  check(`(lambda a: np.dot(a[::-1, ::2], a[:, ::-1].T[::2]))(${A})`, () =>
    np.dot(a().get('::-1', '::2'), a().get(':', '::-1').T.get('::2')),
  );
  check(`(lambda a: np.dot(a, a[0, :]))(${A})`, () => np.dot(a(), a().get(0, ':')));
  check(`(lambda a: a.dot(a.T))(${A})`, () => a().dot(a().T));
  check('exec:o = np.zeros((2, 2)); r = np.dot(np.ones((2, 3)), np.ones((3, 2)), out=o); result = [o, r is o]', () => {
    const o = np.zeros([2, 2]);
    const r = np.dot(np.ones([2, 3]), np.ones([3, 2]), { out: o });
    return [o, r === o];
  });
  check('exec:o = np.zeros(()); r = np.dot(np.ones(3), np.ones(3), out=o); result = [o, r]', () => {
    const o = np.zeros([]);
    const r = np.dot(np.ones(3), np.ones(3), { out: o });
    return [o, r];
  });
  check('exec:a = np.arange(4.).reshape(2, 2); np.dot(a, a, out=a); result = a', () => {
    const x = np.arange(4, { dtype: 'float64' }).reshape(2, 2);
    np.dot(x, x, { out: x });
    return x;
  });
  const errors: [string, () => unknown][] = [
    ['np.dot(np.ones((2, 3)), np.ones((2, 3)))', () => np.dot(np.ones([2, 3]), np.ones([2, 3]))],
    ['np.dot(np.ones((2, 3)), np.ones(2))', () => np.dot(np.ones([2, 3]), np.ones(2))],
    ['np.dot(np.ones(3), np.ones(2))', () => np.dot(np.ones(3), np.ones(2))],
    ['np.dot(np.ones((2, 3, 4)), np.ones((5, 3, 6)))', () => np.dot(np.ones([2, 3, 4]), np.ones([5, 3, 6]))],
    [
      "np.dot(np.ones((2, 3)), np.ones((3, 2)), out=np.zeros((2, 2), dtype='float32'))",
      () => np.dot(np.ones([2, 3]), np.ones([3, 2]), { out: np.zeros([2, 2], { dtype: 'float32' }) }),
    ],
    [
      'np.dot(np.ones((2, 3)), np.ones((3, 2)), out=np.zeros((2, 2)).T)',
      () => np.dot(np.ones([2, 3]), np.ones([3, 2]), { out: np.zeros([2, 2]).T }),
    ],
    [
      'np.dot(np.ones((2, 3)), np.ones((3, 2)), out=np.zeros((2, 3)))',
      () => np.dot(np.ones([2, 3]), np.ones([3, 2]), { out: np.zeros([2, 3]) }),
    ],
    ['np.dot(np.ones(3))', () => (np.dot as (...a: unknown[]) => unknown)(np.ones(3))],
  ];
  for (const [py, js] of errors) check(py, js);
  check(
    'np.dot(np.array([1e308, 1e308]), np.array([10.5, 10.5]))',
    () => np.dot(np.array([1e308, 1e308], { dtype: 'float64' }), np.array([10.5, 10.5])),
    { warnings: 'each' },
  );
});

describe('np.inner, np.vdot and np.outer', () => {
  for (const dt of ['int32', 'float32', 'float64', 'complex128', 'bool']) {
    for (const [sa, sb] of [
      [[3], [3]],
      [
        [2, 3],
        [4, 3],
      ],
      [
        [2, 3, 4],
        [5, 4],
      ],
      [[3], [2, 5, 3]],
      [
        [2, 0],
        [3, 0],
      ],
    ] as [number[], number[]][]) {
      check(`np.inner(${pyValues(sa, dt)}, ${pyValues(sb, dt)})`, () => np.inner(values(sa, dt), values(sb, dt)), {
        rtol: tol(dt),
      });
    }
    check(
      `np.vdot(${pyValues([2, 3], dt)}, ${pyValues([3, 2], dt)})`,
      () => np.vdot(values([2, 3], dt), values([3, 2], dt)),
      {
        rtol: tol(dt),
      },
    );
    check(`np.outer(${pyValues([2, 2], dt)}, ${pyValues([3], dt)})`, () =>
      np.outer(values([2, 2], dt), values([3], dt)),
    );
  }
  check('np.inner(2, np.arange(3))', () => np.inner(2, np.arange(3)));
  check('np.inner(np.ones((2, 3)), np.ones((4, 2)))', () => np.inner(np.ones([2, 3]), np.ones([4, 2])));
  check('np.inner(np.ones((2, 3, 4)), np.ones((5, 6, 3)))', () => np.inner(np.ones([2, 3, 4]), np.ones([5, 6, 3])));
  check('np.vdot(np.array([1j, 2]), np.array([1j, 1]))', () =>
    np.vdot(
      np.array([new np.Complex(0, 1), new np.Complex(2, 0)]),
      np.array([new np.Complex(0, 1), new np.Complex(1, 0)]),
    ),
  );
  check('np.vdot(2, 3)', () => np.vdot(2, 3));
  check("np.vdot(np.ones(2, dtype='float32'), np.ones(2, dtype='float16'))", () =>
    np.vdot(np.ones(2, { dtype: 'float32' }), np.ones(2, { dtype: 'float16' })),
  );
  check('np.vdot(np.ones(3), np.ones(4))', () => np.vdot(np.ones(3), np.ones(4)));
  check('np.outer(2, 3)', () => np.outer(2, 3));
  check('exec:o = np.zeros((2, 2)); r = np.outer([1, 2], [3, 4], out=o); result = [o, r is o]', () => {
    const o = np.zeros([2, 2]);
    const r = np.outer([1, 2], [3, 4], { out: o });
    return [o, r === o];
  });
});

describe('np.tensordot, np.kron and np.cross', () => {
  const A = pyValues([2, 3, 4], 'float64');
  const a = () => values([2, 3, 4], 'float64');
  const B = pyValues([4, 3, 2], 'float64');
  const b = () => values([4, 3, 2], 'float64');
  const cases: [string, () => unknown][] = [
    [`np.tensordot(${A}, ${B}, axes=1)`, () => np.tensordot(a(), b(), 1)],
    [`np.tensordot(${A}, ${B}, axes=0).shape`, () => (np.tensordot(a(), b(), 0) as np.NDArray).shape],
    [
      `np.tensordot(${A}, ${B}, axes=([1, 2], [1, 0]))`,
      () =>
        np.tensordot(a(), b(), [
          [1, 2],
          [1, 0],
        ]),
    ],
    [`np.tensordot(${A}, ${B}, axes=([-1], [0]))`, () => np.tensordot(a(), b(), [[-1], [0]])],
    [`np.tensordot(${A}, ${B}, axes=(2, 0))`, () => np.tensordot(a(), b(), [2, 0])],
    [`np.tensordot(${A}, ${A}, axes=3)`, () => np.tensordot(a(), a(), 3)],
    [`np.tensordot(${A}, ${B}, axes=-1).shape`, () => (np.tensordot(a(), b(), -1) as np.NDArray).shape],
    [
      "np.tensordot(np.arange(6, dtype='int8').reshape(2, 3), np.arange(6, dtype='int8').reshape(3, 2))",
      () => np.tensordot(np.arange(6, { dtype: 'int8' }).reshape(2, 3), np.arange(6, { dtype: 'int8' }).reshape(3, 2)),
    ],
    [
      `np.tensordot(${A}, ${B}, axes=([1, 1], [0, 0]))`,
      () =>
        np.tensordot(a(), b(), [
          [1, 1],
          [0, 0],
        ]),
    ],
    [`np.tensordot(${A}, ${B}, axes=([1], [2]))`, () => np.tensordot(a(), b(), [[1], [2]])],
    [`np.tensordot(${A}, ${B}, axes=(5, 0))`, () => np.tensordot(a(), b(), [5, 0])],
    [`np.tensordot(${A}, ${B}, axes=([0, 1], [2]))`, () => np.tensordot(a(), b(), [[0, 1], [2]])],
  ];
  for (const [py, js] of cases) check(py, js, { rtol: 1e-14 });
  for (const dt of ['int32', 'float64', 'complex128', 'bool']) {
    for (const [sa, sb] of [
      [
        [2, 2],
        [3, 3],
      ],
      [[3], [2, 2]],
      [[2, 1, 2], [2]],
    ] as [number[], number[]][]) {
      check(`np.kron(${pyValues(sa, dt)}, ${pyValues(sb, dt)})`, () => np.kron(values(sa, dt), values(sb, dt)));
    }
  }
  check('np.kron(2, np.arange(3))', () => np.kron(2, np.arange(3)));
  check('np.kron(np.arange(4).reshape(2, 2).T, np.eye(2))', () => np.kron(np.arange(4).reshape(2, 2).T, np.eye(2)));
  const V3 = pyValues([4, 3], 'float64');
  const v3 = () => values([4, 3], 'float64');
  const crossCases: [string, () => unknown][] = [
    [`np.cross(${V3}, ${V3}[::-1])`, () => np.cross(v3(), v3().get('::-1'))],
    [`np.cross(${V3}, [1, 2, 3])`, () => np.cross(v3(), [1, 2, 3])],
    [`np.cross(${V3}.T, ${V3}.T, axis=0)`, () => np.cross(v3().T, v3().T, { axis: 0 })],
    [`np.cross(${V3}.T, ${V3}, axisa=0, axisc=0)`, () => np.cross(v3().T, v3(), { axisa: 0, axisc: 0 })],
    ['np.cross([1, 2, 3], [4, 5, 6])', () => np.cross([1, 2, 3], [4, 5, 6])],
    [
      "np.cross(np.array([1, 2, 3], dtype='int8'), np.array([4.5, 5, 6]))",
      () => np.cross(np.array([1, 2, 3], { dtype: 'int8' }), np.array([4.5, 5, 6])),
    ],
    ['np.cross(np.ones((2, 3)), np.ones((3, 3)))', () => np.cross(np.ones([2, 3]), np.ones([3, 3]))],
    ['np.cross(np.ones(3), np.ones(4))', () => np.cross(np.ones(3), np.ones(4))],
    ['np.cross(np.ones(3), np.ones(3), axisa=2)', () => np.cross(np.ones(3), np.ones(3), { axisa: 2 })],
    [
      'np.cross(np.ones((2, 3)), np.ones((2, 3)), axisc=2)',
      () => np.cross(np.ones([2, 3]), np.ones([2, 3]), { axisc: 2 }),
    ],
    ['np.cross(np.ones(3), 5)', () => np.cross(np.ones(3), 5)],
    [
      'np.cross(np.array([True, False, True]), np.array([True, True, False]))',
      () => np.cross(np.array([true, false, true]), np.array([true, true, false])),
    ],
  ];
  for (const [py, js] of crossCases) check(py, js);
  // 2-vectors: NumPy 2's DeprecationWarning, then the same products.
  for (const [sa, sb] of [
    [[2], [2]],
    [[2], [3]],
    [[3], [2]],
    [[4, 2], [2]],
  ] as [number[], number[]][]) {
    check(
      `np.cross(${pyValues(sa, 'float64')}, ${pyValues(sb, 'float64')})`,
      () => np.cross(values(sa, 'float64'), values(sb, 'float64')),
      { warnings: 'each' },
    );
  }
});
