// The product gufuncs vecdot (n),(n)->(), matvec (m,n),(n)->(m) and
// vecmat (n),(n,m)->(m), the gufunc keywords axes/axis/keepdims (matmul
// included), their floating-point warnings, and NumPy 2's alias names,
// against NumPy.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { PRODUCT_DTYPES, productTol, productValues, pyProductValues } from './helpers/product_data';

const check = oracle();
const DTYPES = PRODUCT_DTYPES;
const values = (_n: number, dt: string, shape: number[]) => productValues(shape, dt);
const pyValues = (_n: number, dt: string, shape: number[]) => pyProductValues(shape, dt);
const size = (s: number[]) => s.reduce((x, y) => x * y, 1);
const tol = productTol;

type Fn = 'vecdot' | 'matvec' | 'vecmat';
const CASES: Record<Fn, [number[], number[]][]> = {
  vecdot: [
    [[3], [3]],
    [[2, 3], [3]],
    [[3], [4, 3]],
    [
      [2, 1, 3],
      [4, 3],
    ],
    [[0], [0]],
    [[2, 0], [0]],
    [[0, 3], [3]],
  ],
  matvec: [
    [[2, 3], [3]],
    [[4, 2, 3], [3]],
    [
      [2, 3],
      [5, 3],
    ],
    [
      [2, 1, 2, 3],
      [4, 3],
    ],
    [[0, 3], [3]],
    [[2, 0], [0]],
  ],
  vecmat: [
    [[2], [2, 3]],
    [
      [4, 2],
      [2, 3],
    ],
    [[2], [5, 2, 3]],
    [
      [3, 1, 2],
      [4, 2, 3],
    ],
    [[0], [0, 3]],
    [[2], [2, 0]],
  ],
};

describe('vecdot, matvec and vecmat across dtypes and shapes', () => {
  for (const fn of ['vecdot', 'matvec', 'vecmat'] as Fn[]) {
    for (const dt of DTYPES) {
      for (const [sa, sb] of CASES[fn]) {
        check(
          `np.${fn}(${pyValues(size(sa), dt, sa)}, ${pyValues(size(sb), dt, sb)})`,
          () => np[fn](values(size(sa), dt, sa), values(size(sb), dt, sb)),
          // NumPy's complex vecmat goes through BLAS's conjugate-transpose gemv,
          // whose zero imaginary parts come out -0.0 or +0.0 by position
          // (designs/deviations.md).
          { rtol: tol(dt), zeroSign: fn !== 'vecmat', name: `${fn} ${dt} ${JSON.stringify([sa, sb])}` },
        );
      }
    }
  }
  // Mixed dtypes promote; integer sums wrap.
  for (const fn of ['vecdot', 'matvec', 'vecmat'] as Fn[]) {
    const [sa, sb] = CASES[fn][1];
    for (const [da, db] of [
      ['int8', 'uint8'],
      ['int64', 'float32'],
      ['bool', 'int16'],
      ['float16', 'complex64'],
      ['uint64', 'int64'],
    ]) {
      check(
        `np.${fn}(${pyValues(size(sa), da, sa)}, ${pyValues(size(sb), db, sb)})`,
        () => np[fn](values(size(sa), da, sa), values(size(sb), db, sb)),
        { rtol: 1e-6, zeroSign: fn !== 'vecmat' },
      );
    }
  }
  check("np.vecdot(np.array([100, 100], dtype='int8'), np.array([2, 2], dtype='int8'))", () =>
    np.vecdot(np.array([100, 100], { dtype: 'int8' }), np.array([2, 2], { dtype: 'int8' })),
  );
  check('np.vecdot(np.array([1+2j, 3-1j]), np.array([2-1j, 1j]))', () =>
    np.vecdot(
      np.array([new np.Complex(1, 2), new np.Complex(3, -1)]),
      np.array([new np.Complex(2, -1), new np.Complex(0, 1)]),
    ),
  );
  check('np.vecdot(np.ones(3), 2)', () => np.vecdot(np.ones(3), 2));
  check('np.vecdot(2, np.ones(3))', () => np.vecdot(2, np.ones(3)));
  check('np.vecdot([1, 2, 3], [4, 5, 6])', () => np.vecdot([1, 2, 3], [4, 5, 6]));
  check("np.vecdot(np.ones(3, dtype='float32'), 2.5)", () => np.vecdot(np.ones(3, { dtype: 'float32' }), 2.5));
});

describe('product views, out, dtype and casting', () => {
  const m34 = () => values(12, 'float64', [3, 4]);
  const py34 = pyValues(12, 'float64', [3, 4]);
  check(`(lambda a: np.vecdot(a[::-1, ::2], a[:, 1::2]))(${py34})`, () => {
    const a = m34();
    return np.vecdot(a.get('::-1', '::2'), a.get(':', '1::2'));
  });
  check(`(lambda a: np.matvec(a.T, a[1, ::-1][:3]))(${py34})`, () => {
    const a = m34();
    return np.matvec(a.T, a.get(1, '::-1').get(':3'));
  });
  check(`(lambda a: np.vecmat(a[:, 0], a[:, ::-1]))(${py34})`, () => {
    const a = m34();
    return np.vecmat(a.get(':', 0), a.get(':', '::-1'));
  });
  check('exec:o = np.zeros(2); np.matvec(np.ones((2, 3)), np.ones(3), out=o); result = o', () => {
    const o = np.zeros(2);
    np.matvec(np.ones([2, 3]), np.ones(3), { out: o });
    return o;
  });
  check('exec:o = np.zeros((4, 2)); r = np.vecmat(np.ones(3), np.ones((3, 2)), out=o); result = [o, r is o]', () => {
    const o = np.zeros([4, 2]);
    const r = np.vecmat(np.ones(3), np.ones([3, 2]), { out: o });
    return [o, r === o];
  });
  check('exec:o = np.zeros(2); result = np.vecdot(np.ones(3), np.ones(3), out=o)', () =>
    np.vecdot(np.ones(3), np.ones(3), { out: np.zeros(2) }),
  );
  check('exec:o = np.zeros((2, 3))[:, 0]; np.vecdot(np.ones((2, 4)), np.ones(4), out=o); result = o', () => {
    const o = np.zeros([2, 3]).get(':', 0);
    np.vecdot(np.ones([2, 4]), np.ones(4), { out: o });
    return o;
  });
  check("exec:o = np.zeros(2, dtype='int32'); result = np.matvec(np.ones((2, 3)), np.ones(3), out=o)", () =>
    np.matvec(np.ones([2, 3]), np.ones(3), { out: np.zeros(2, { dtype: 'int32' }) }),
  );
  check(
    "exec:o = np.zeros(2, dtype='int32'); result = np.matvec(np.ones((2, 3)), np.ones(3), out=o, casting='unsafe')",
    () => np.matvec(np.ones([2, 3]), np.ones(3), { out: np.zeros(2, { dtype: 'int32' }), casting: 'unsafe' }),
  );
  check("np.vecdot(np.ones(3, dtype='int8'), np.ones(3, dtype='int8'), dtype='float32')", () =>
    np.vecdot(np.ones(3, { dtype: 'int8' }), np.ones(3, { dtype: 'int8' }), { dtype: 'float32' }),
  );
  check("np.vecdot(np.ones(3), np.ones(3), dtype='int64')", () =>
    np.vecdot(np.ones(3), np.ones(3), { dtype: 'int64' }),
  );
  check("np.vecmat(np.ones(2), np.ones((2, 2)), signature='dd->d')", () =>
    np.vecmat(np.ones(2), np.ones([2, 2]), { signature: 'dd->d' }),
  );
  check('exec:a = np.arange(4.).reshape(2, 2); np.matvec(a, a[0], out=a[1]); result = a', () => {
    const a = np.arange(4, { dtype: 'float64' }).reshape(2, 2);
    np.matvec(a, a.get(0), { out: a.get(1) });
    return a;
  });
  check('exec:v = np.arange(3.); np.vecmat(v, np.ones((3, 3)), out=v); result = v', () => {
    const v = np.arange(3, { dtype: 'float64' });
    np.vecmat(v, np.ones([3, 3]), { out: v });
    return v;
  });
});

describe('axes, axis and keepdims', () => {
  const a234 = () => np.arange(24, { dtype: 'float64' }).reshape(2, 3, 4);
  const A = 'np.arange(24.).reshape(2, 3, 4)';
  const cases: [string, () => unknown][] = [
    [`np.vecdot(${A}, ${A}, axis=1)`, () => np.vecdot(a234(), a234(), { axis: 1 })],
    [`np.vecdot(${A}, ${A}, axis=-3)`, () => np.vecdot(a234(), a234(), { axis: -3 })],
    [`np.vecdot(${A}, ${A}, axis=1, keepdims=True)`, () => np.vecdot(a234(), a234(), { axis: 1, keepdims: true })],
    [`np.vecdot(${A}, ${A}, axis=-1, keepdims=True)`, () => np.vecdot(a234(), a234(), { axis: -1, keepdims: true })],
    [`np.vecdot(${A}, ${A}, keepdims=False)`, () => np.vecdot(a234(), a234(), { keepdims: false })],
    ['np.vecdot(np.ones(3), np.ones(3), keepdims=True)', () => np.vecdot(np.ones(3), np.ones(3), { keepdims: true })],
    [`np.vecdot(${A}, ${A}, axes=[1, 1])`, () => np.vecdot(a234(), a234(), { axes: [1, 1] })],
    [`np.vecdot(${A}, ${A}, axes=[(1,), (1,), ()])`, () => np.vecdot(a234(), a234(), { axes: [[1], [1], []] })],
    [
      `np.vecdot(${A}, ${A}, axes=[(0,), (0,)], keepdims=True)`,
      () => np.vecdot(a234(), a234(), { axes: [[0], [0]], keepdims: true }),
    ],
    [
      `np.vecdot(${A}, ${A}, axes=[(1,), (1,), (0,)], keepdims=True)`,
      () => np.vecdot(a234(), a234(), { axes: [[1], [1], [0]], keepdims: true }),
    ],
    [
      `np.vecdot(${A}, np.arange(3.), axes=[(1,), (0,)])`,
      () => np.vecdot(a234(), np.arange(3, { dtype: 'float64' }), { axes: [[1], [0]] }),
    ],
    [`np.matvec(${A}, np.ones(3), axes=[(2, 1), 0, 0])`, () => np.matvec(a234(), np.ones(3), { axes: [[2, 1], 0, 0] })],
    [`np.matvec(${A}, np.ones(3), axes=[(2, 1), 0, 1])`, () => np.matvec(a234(), np.ones(3), { axes: [[2, 1], 0, 1] })],
    [`np.vecmat(np.ones(3), ${A}, axes=[0, (1, 0), 0])`, () => np.vecmat(np.ones(3), a234(), { axes: [0, [1, 0], 0] })],
    [
      `np.matmul(${A}, ${A}, axes=[(1, 2), (2, 1), (0, 1)])`,
      () =>
        np.matmul(a234(), a234(), {
          axes: [
            [1, 2],
            [2, 1],
            [0, 1],
          ],
        }),
    ],
    [
      `np.matmul(${A}, ${A}, axes=[(-2, -1), (-1, -2), (-2, -1)])`,
      () =>
        np.matmul(a234(), a234(), {
          axes: [
            [-2, -1],
            [-1, -2],
            [-2, -1],
          ],
        }),
    ],
    [
      'np.matmul(np.ones(3), np.ones((3, 2)), axes=[(0,), (0, 1), (0,)])',
      () => np.matmul(np.ones(3), np.ones([3, 2]), { axes: [[0], [0, 1], [0]] }),
    ],
    [
      'exec:o = np.zeros((4, 2)); np.matvec(np.arange(24.).reshape(2, 3, 4), np.ones(3), axes=[(2, 1), 0, 0], out=o); result = o',
      () => {
        const o = np.zeros([4, 2]);
        np.matvec(a234(), np.ones(3), { axes: [[2, 1], 0, 0], out: o });
        return o;
      },
    ],
    [
      'exec:o = np.zeros((2, 1, 4)); np.vecdot(np.arange(24.).reshape(2, 3, 4), np.arange(24.).reshape(2, 3, 4), axis=1, keepdims=True, out=o); result = o',
      () => {
        const o = np.zeros([2, 1, 4]);
        np.vecdot(a234(), a234(), { axis: 1, keepdims: true, out: o });
        return o;
      },
    ],
    // Errors.
    [`np.matmul(${A}, ${A}, axis=1)`, () => np.matmul(a234(), a234(), { axis: 1 })],
    [`np.matvec(${A}, np.ones(4), axis=1)`, () => np.matvec(a234(), np.ones(4), { axis: 1 })],
    [`np.vecdot(${A}, ${A}, axis=5)`, () => np.vecdot(a234(), a234(), { axis: 5 })],
    [`np.vecdot(${A}, ${A}, axis=1.5)`, () => np.vecdot(a234(), a234(), { axis: 1.5 })],
    [`np.vecdot(${A}, ${A}, axis=None)`, () => np.vecdot(a234(), a234(), { axis: null })],
    [`np.vecdot(${A}, ${A}, axes=[(1,)])`, () => np.vecdot(a234(), a234(), { axes: [[1]] })],
    [`np.vecdot(${A}, ${A}, axes=[(1,), (1,), (0,)])`, () => np.vecdot(a234(), a234(), { axes: [[1], [1], [0]] })],
    [`np.vecdot(${A}, ${A}, axes=[(1, 2), (1,)])`, () => np.vecdot(a234(), a234(), { axes: [[1, 2], [1]] })],
    [`np.vecdot(${A}, ${A}, axes=[(5,), (1,)])`, () => np.vecdot(a234(), a234(), { axes: [[5], [1]] })],
    [`np.vecdot(${A}, ${A}, axes=[(1,), (-4,)])`, () => np.vecdot(a234(), a234(), { axes: [[1], [-4]] })],
    [`np.vecdot(${A}, ${A}, axes=None)`, () => np.vecdot(a234(), a234(), { axes: null })],
    [`np.vecdot(${A}, ${A}, axes=[(True,), (1,)])`, () => np.vecdot(a234(), a234(), { axes: [[true], [1]] })],
    [`np.vecdot(${A}, ${A}, axes=[(1,), 'a'])`, () => np.vecdot(a234(), a234(), { axes: [[1], 'a'] })],
    [
      `np.vecdot(${A}, ${A}, axes=[(1,), (1,)], axis=1)`,
      () => np.vecdot(a234(), a234(), { axes: [[1], [1]], axis: 1 }),
    ],
    [
      `np.vecdot(${A}, ${A}, axes=[(1,), (1,), ()], keepdims=True)`,
      () => np.vecdot(a234(), a234(), { axes: [[1], [1], []], keepdims: true }),
    ],
    [`np.vecdot(${A}, ${A}, keepdims=1)`, () => np.vecdot(a234(), a234(), { keepdims: 1 })],
    [`np.matvec(${A}, np.ones(4), axes=[1, 0, 0])`, () => np.matvec(a234(), np.ones(4), { axes: [1, 0, 0] })],
    [`np.matvec(${A}, np.ones(4), axes=[(1, 1), 0, 0])`, () => np.matvec(a234(), np.ones(4), { axes: [[1, 1], 0, 0] })],
    [`np.matmul(${A}, ${A}, keepdims=False)`, () => np.matmul(a234(), a234(), { keepdims: false })],
    [`np.matvec(${A}, np.ones(4), keepdims=True)`, () => np.matvec(a234(), np.ones(4), { keepdims: true })],
    [`np.vecmat(np.ones(3), ${A}, keepdims=True)`, () => np.vecmat(np.ones(3), a234(), { keepdims: true })],
    [
      'np.matmul(np.ones(3), np.ones((3, 2)), axes=[(0,), (0, 1), (0, 1)])',
      () => np.matmul(np.ones(3), np.ones([3, 2]), { axes: [[0], [0, 1], [0, 1]] }),
    ],
    [
      `np.vecdot(${A}, ${A}, axis=1, keepdims=True, out=np.zeros((2, 4)))`,
      () => np.vecdot(a234(), a234(), { axis: 1, keepdims: true, out: np.zeros([2, 4]) }),
    ],
    [
      `np.vecdot(${A}, ${A}, axes=[(1,), (1,)], out=np.zeros(2))`,
      () => np.vecdot(a234(), a234(), { axes: [[1], [1]], out: np.zeros(2) }),
    ],
  ];
  for (const [py, js] of cases) check(py, js);
});

describe('product errors', () => {
  const cases: [string, () => unknown][] = [
    ['np.vecdot([1, 2, 3], [1, 2])', () => np.vecdot([1, 2, 3], [1, 2])],
    ['np.matvec([[1, 2, 3]], [1, 2])', () => np.matvec([[1, 2, 3]], [1, 2])],
    ['np.vecmat([1, 2], [[1, 2, 3]])', () => np.vecmat([1, 2], [[1, 2, 3]])],
    ['np.vecdot(1, np.ones(3))', () => np.vecdot(1, np.ones(3))],
    ['np.vecdot(np.ones(3), 1)', () => np.vecdot(np.ones(3), 1)],
    ['np.matvec(np.ones(3), np.ones(3))', () => np.matvec(np.ones(3), np.ones(3))],
    ['np.vecmat(np.ones(3), np.ones(3))', () => np.vecmat(np.ones(3), np.ones(3))],
    ['np.vecdot(np.ones((2, 3)), np.ones((4, 3)))', () => np.vecdot(np.ones([2, 3]), np.ones([4, 3]))],
    ['np.vecdot(np.ones((5, 2, 3)), np.ones((4, 3)))', () => np.vecdot(np.ones([5, 2, 3]), np.ones([4, 3]))],
    [
      'np.vecdot(np.ones((2, 3)), np.ones((4, 3)), out=np.zeros(2))',
      () => np.vecdot(np.ones([2, 3]), np.ones([4, 3]), { out: np.zeros(2) }),
    ],
    ['np.matvec(np.ones((5, 2, 3)), np.ones((4, 3)))', () => np.matvec(np.ones([5, 2, 3]), np.ones([4, 3]))],
    ['np.vecmat(np.ones((5, 3)), np.ones((4, 3, 2)))', () => np.vecmat(np.ones([5, 3]), np.ones([4, 3, 2]))],
    ['np.matmul(np.ones((2, 2, 3)), np.ones((3, 3, 2)))', () => np.matmul(np.ones([2, 2, 3]), np.ones([3, 3, 2]))],
    [
      'np.matmul(np.ones((2, 2, 3)), np.ones((2, 3, 2)), out=np.zeros((3, 2, 2)))',
      () => np.matmul(np.ones([2, 2, 3]), np.ones([2, 3, 2]), { out: np.zeros([3, 2, 2]) }),
    ],
    [
      'np.matmul(np.ones((2, 2, 3)), np.ones(3), out=np.zeros((3, 2)))',
      () => np.matmul(np.ones([2, 2, 3]), np.ones(3), { out: np.zeros([3, 2]) }),
    ],
    [
      'np.matvec(np.ones((2, 3)), np.ones(3), out=np.zeros(3))',
      () => np.matvec(np.ones([2, 3]), np.ones(3), { out: np.zeros(3) }),
    ],
    [
      'np.matvec(np.ones((2, 3)), np.ones(3), out=np.zeros(()))',
      () => np.matvec(np.ones([2, 3]), np.ones(3), { out: np.zeros([]) }),
    ],
    ["np.vecdot(np.ones(3), np.ones(3), dtype='int64')", () => np.vecdot(np.ones(3), np.ones(3), { dtype: 'int64' })],
    ['np.vecdot(np.ones(3), np.ones(3), where=True)', () => np.vecdot(np.ones(3), np.ones(3), { where: true })],
  ];
  for (const [py, js] of cases) check(py, js);
});

describe('product ufunc objects', () => {
  for (const fn of ['vecdot', 'matvec', 'vecmat'] as Fn[]) {
    check(
      `[np.${fn}.nin, np.${fn}.nout, np.${fn}.nargs, np.${fn}.signature, np.${fn}.ntypes - 5, np.${fn}.__name__]`,
      () => {
        const u = np[fn] as unknown as { nin: number; nout: number; nargs: number; signature: string; ntypes: number };
        // NumPy's types add the q/Q aliases of l/L and the longdouble, clongdouble
        // and object loops, which rumpy does not have.
        return [u.nin, u.nout, u.nargs, u.signature, u.ntypes, np[fn].__name__];
      },
    );
    check(
      `exec:\ntry:\n    np.${fn}.reduce(np.ones((3, 3)))\nexcept RuntimeError as e:\n    result = [type(e).__name__, str(e)]`,
      () => {
        try {
          np[fn].reduce(np.ones([3, 3]));
          return 'no error';
        } catch (e) {
          return [(e as Error).name, (e as Error).message];
        }
      },
    );
    check(`np.${fn}.outer(np.ones(3), np.ones(3))`, () => np[fn].outer(np.ones(3), np.ones(3)));
    check(`np.${fn}.at(np.ones(3), [0], 1)`, () => np[fn].at(np.ones(3), [0], 1));
  }
});

describe('product floating-point warnings', () => {
  const big = () => np.array([1e308, 1e308], { dtype: 'float64' });
  check('np.matmul(np.array([1e308, 1e308]), np.array([10.5, 10.5]))', () => np.matmul(big(), np.array([10.5, 10.5])), {
    warnings: 'each',
  });
  check(
    'np.matmul(np.array([[1e308, 1e308]]), np.array([[10.5], [10.5]]))',
    () => np.matmul(big().reshape(1, 2), np.array([10.5, 10.5]).reshape(2, 1)),
    { warnings: 'each' },
  );
  check('np.vecdot(np.array([1e308, 1e308]), np.array([10.5, 10.5]))', () => np.vecdot(big(), np.array([10.5, 10.5])), {
    warnings: 'each',
  });
  check(
    'np.matvec(np.array([[np.inf, 1.5]]), np.array([0.0, 1.5]))',
    () => np.matvec(np.array([[Number.POSITIVE_INFINITY, 1.5]]), np.array([0, 1.5], { dtype: 'float64' })),
    { warnings: 'each' },
  );
  check(
    "exec:\nwith np.errstate(over='raise'):\n    result = np.vecmat(np.array([1e308, 1e308]), np.array([[10.5], [10.5]]))",
    () => np.errstate({ over: 'raise' }, () => np.vecmat(big(), np.array([[10.5], [10.5]]))),
  );
});

describe("NumPy 2's alias names are the same ufuncs", () => {
  check(
    '[np.pow is np.power, np.atan2 is np.arctan2, np.bitwise_left_shift is np.left_shift, np.bitwise_right_shift is np.right_shift]',
    () => [
      np.pow === np.power,
      np.atan2 === np.arctan2,
      np.bitwise_left_shift === np.left_shift,
      np.bitwise_right_shift === np.right_shift,
    ],
  );
  check('np.pow(np.arange(4), 2)', () => np.pow(np.arange(4), 2));
  check('np.atan2(np.array([1., -1.]), np.array([-1., 2.]))', () =>
    np.atan2(np.array([1, -1], { dtype: 'float64' }), np.array([-1, 2], { dtype: 'float64' })),
  );
  check('np.bitwise_left_shift(np.arange(4), 3)', () => np.bitwise_left_shift(np.arange(4), 3));
  check('np.bitwise_right_shift(np.arange(40, 44), 2)', () => np.bitwise_right_shift(np.arange(40, 44), 2));
});
