// np.gradient, np.trapezoid, np.unwrap, np.interp, np.cov, np.corrcoef,
// np.sinc and np.real_if_close against NumPy: dtypes, axes, spacing forms,
// edge orders, periods, weights, special values, 0-d and views, errors.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { PY_MK, mk } from './helpers/reduce_data';

const check = oracle(PY_MK);
const N = Number.NaN;
const INF = Number.POSITIVE_INFINITY;
const F = { rtol: 1e-14 };
const f64 = (x: unknown) => np.array(x as number[], { dtype: 'float64' });

describe('sinc', () => {
  for (const dt of ['int32', 'float16', 'float32', 'float64', 'complex128']) {
    check(`np.sinc(mk((3, 4), '${dt}'))`, () => np.sinc(mk([3, 4], dt)));
  }
  check(
    'np.sinc(np.array([0.0, np.nan, np.inf, -np.inf, 1e-300, -2.5]))',
    () => np.sinc(f64([0, N, INF, -INF, 1e-300, -2.5])),
    { warnings: 'each' },
  );
  check('np.sinc(0)', () => np.sinc(0));
  check('np.sinc(np.float32(0.5))', () => np.sinc(np.array(0.5, { dtype: 'float32' })));
});

describe('trapezoid', () => {
  for (const dt of ['bool', 'int16', 'float32', 'float64', 'complex64']) {
    check(`np.trapezoid(mk((3, 5), '${dt}'))`, () => np.trapezoid(mk([3, 5], dt)));
    check(`np.trapezoid(mk((3, 5), '${dt}'), axis=0)`, () => np.trapezoid(mk([3, 5], dt), { axis: 0 }));
  }
  check('np.trapezoid([1, 2, 3])', () => np.trapezoid([1, 2, 3]));
  check('np.trapezoid([1, 2, 3], x=[4, 6, 8])', () => np.trapezoid([1, 2, 3], { x: [4, 6, 8] }));
  check('np.trapezoid([1, 2, 3], x=[8, 6, 4])', () => np.trapezoid([1, 2, 3], { x: [8, 6, 4] }));
  check('np.trapezoid([1, 2, 3], dx=2.5)', () => np.trapezoid([1, 2, 3], { dx: 2.5 }));
  check("np.trapezoid(mk((3, 4), 'float64'), x=mk((4,), 'float64'))", () =>
    np.trapezoid(mk([3, 4], 'float64'), { x: mk([4], 'float64') }),
  );
  check("np.trapezoid(mk((3, 4), 'float64'), x=mk((3, 4), 'float32'), axis=0)", () =>
    np.trapezoid(mk([3, 4], 'float64'), { x: mk([3, 4], 'float32'), axis: 0 }),
  );
  check("np.trapezoid(mk((4, 6), 'float64')[::-1, ::2], axis=-1)", () =>
    np.trapezoid(mk([4, 6], 'float64').get('::-1', '::2'), { axis: -1 }),
  );
  check('np.trapezoid(np.array([]))', () => np.trapezoid(np.array([])));
  check('np.trapezoid(np.linspace(0, 1, 50) ** 2, np.linspace(0, 1, 50))', () =>
    np.trapezoid(np.power(np.linspace(0, 1, 50), 2), np.linspace(0, 1, 50)),
  );
});

describe('gradient', () => {
  const PY_F = 'np.array([1, 2, 4, 7, 11, 16], dtype=float)';
  const jf = () => f64([1, 2, 4, 7, 11, 16]);
  check(`np.gradient(${PY_F})`, () => np.gradient(jf()));
  check(`np.gradient(${PY_F}, 2)`, () => np.gradient(jf(), 2));
  check(`np.gradient(${PY_F}, 0.5, edge_order=2)`, () => np.gradient(jf(), 0.5, { edge_order: 2 }));
  const PY_X = 'np.array([0.0, 1.0, 1.5, 3.5, 4.0, 6.0])';
  const jx = () => f64([0, 1, 1.5, 3.5, 4, 6]);
  check(`np.gradient(${PY_F}, ${PY_X})`, () => np.gradient(jf(), jx()));
  check(`np.gradient(${PY_F}, ${PY_X}, edge_order=2)`, () => np.gradient(jf(), jx(), { edge_order: 2 }));
  check(`np.gradient(${PY_F}, np.arange(6) * 3)`, () => np.gradient(jf(), np.multiply(np.arange(6), 3)));
  check(`np.gradient(${PY_F}.astype('float32'), np.arange(6.0) * 0.1)`, () =>
    np.gradient(jf().astype('float32'), np.multiply(np.arange(6, { dtype: 'float64' }), 0.1)),
  );
  check(`np.gradient(${PY_F}.astype('float32'), np.float64(0.1))`, () =>
    np.gradient(jf().astype('float32'), np.array(0.1, { dtype: 'float64' })),
  );
  check(`np.gradient(${PY_F}.astype('float32'), 0.1, edge_order=2)`, () =>
    np.gradient(jf().astype('float32'), 0.1, { edge_order: 2 }),
  );
  check(`np.gradient(${PY_F}.astype('float32'), np.array([0, 1, 1.5, 3.5, 4, 6], dtype='float32'), edge_order=2)`, () =>
    np.gradient(jf().astype('float32'), np.array([0, 1, 1.5, 3.5, 4, 6], { dtype: 'float32' }), { edge_order: 2 }),
  );
  for (const dt of ['int64', 'uint8', 'float16', 'complex128']) {
    check(`np.gradient(mk((4, 5), '${dt}'))`, () => np.gradient(mk([4, 5], dt)));
    check(`np.gradient(mk((4, 5), '${dt}'), axis=1, edge_order=2)`, () =>
      np.gradient(mk([4, 5], dt), { axis: 1, edge_order: 2 }),
    );
  }
  check("np.gradient(mk((3, 4, 5), 'float64'), 1.5, 2, np.arange(5.0) ** 2)", () =>
    np.gradient(mk([3, 4, 5], 'float64'), 1.5, 2, np.power(np.arange(5, { dtype: 'float64' }), 2)),
  );
  check("np.gradient(mk((3, 4, 5), 'float64'), axis=(0, -1))", () =>
    np.gradient(mk([3, 4, 5], 'float64'), { axis: [0, -1] }),
  );
  check("np.gradient(mk((4, 6), 'float64')[::-1, ::2], axis=0)", () =>
    np.gradient(mk([4, 6], 'float64').get('::-1', '::2'), { axis: 0 }),
  );
  check("np.gradient(mk((2, 4), 'bool'))", () => np.gradient(mk([2, 4], 'bool')));
  check("np.gradient(mk((1, 4), 'float64'))", () => np.gradient(mk([1, 4], 'float64')));
  check("np.gradient(mk((2, 4), 'float64'), edge_order=2)", () =>
    np.gradient(mk([2, 4], 'float64'), { edge_order: 2 }),
  );
  check("np.gradient(mk((3, 4), 'float64'), edge_order=3)", () =>
    np.gradient(mk([3, 4], 'float64'), { edge_order: 3 }),
  );
  check("np.gradient(mk((3, 4), 'float64'), 1, 2, 3)", () => np.gradient(mk([3, 4], 'float64'), 1, 2, 3));
  check("np.gradient(mk((3, 4), 'float64'), np.arange(3.0), np.arange(3.0))", () =>
    np.gradient(mk([3, 4], 'float64'), np.arange(3, { dtype: 'float64' }), np.arange(3, { dtype: 'float64' })),
  );
  check("np.gradient(mk((3, 4), 'float64'), np.ones((3, 4)), 1)", () =>
    np.gradient(mk([3, 4], 'float64'), np.ones([3, 4]), 1),
  );
  check('np.gradient(np.array([1.0, np.inf, 3.0, np.nan, 5.0]))', () => np.gradient(f64([1, INF, 3, N, 5])), {
    warnings: 'each',
  });
});

describe('unwrap', () => {
  check('np.unwrap([0, 1, 2, -1, 0], period=4)', () => np.unwrap([0, 1, 2, -1, 0], { period: 4 }));
  check('np.unwrap([1, 2, 3, 4, 5, 6, 1, 2, 3], period=6)', () =>
    np.unwrap([1, 2, 3, 4, 5, 6, 1, 2, 3], { period: 6 }),
  );
  check('np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], period=4)', () => np.unwrap([2, 3, 4, 5, 2, 3, 4, 5], { period: 4 }));
  check('np.unwrap([0, 3, 6, 2, 7], period=5)', () => np.unwrap([0, 3, 6, 2, 7], { period: 5 }));
  check('np.unwrap(np.mod(np.linspace(0, 720, 19), 360) - 180, period=360)', () =>
    np.unwrap(np.subtract(np.mod(np.linspace(0, 720, 19), 360), 180), { period: 360 }),
  );
  const PY_PH = 'np.array([0.0, 0.78539816, 1.57079633, 5.49778714, 6.28318531, -3.5, 2.9, 3.2])';
  const jph = () => f64([0, 0.78539816, 1.57079633, 5.49778714, 6.28318531, -3.5, 2.9, 3.2]);
  check(`np.unwrap(${PY_PH})`, () => np.unwrap(jph()));
  check(`np.unwrap(${PY_PH}, discont=4.5)`, () => np.unwrap(jph(), 4.5));
  check(`np.unwrap(${PY_PH}.astype('float32'))`, () => np.unwrap(jph().astype('float32')));
  check(`np.unwrap(${PY_PH}.reshape(2, 4), axis=0)`, () => np.unwrap(jph().reshape(2, 4), { axis: 0 }));
  check(`np.unwrap(${PY_PH}.reshape(2, 4)[:, ::-1])`, () => np.unwrap(jph().reshape(2, 4).get(':', '::-1')));
  check("np.unwrap(mk((3, 5), 'int32') * 3)", () => np.unwrap(np.multiply(mk([3, 5], 'int32'), 3)));
});

describe('interp', () => {
  const xp = () => f64([1, 2, 3]);
  const fp = () => f64([3, 2, 0]);
  check('np.interp(2.5, [1, 2, 3], [3, 2, 0])', () => np.interp(2.5, [1, 2, 3], [3, 2, 0]));
  check('np.interp([0, 1, 1.5, 2.72, 3.14, np.nan, 3, -np.inf], [1, 2, 3], [3, 2, 0])', () =>
    np.interp([0, 1, 1.5, 2.72, 3.14, N, 3, -INF], xp(), fp()),
  );
  check('np.interp(np.array([[3.14, 0.5], [2.0, 1.1]]), [1, 2, 3], [3, 2, 0], left=-99, right=99.5)', () =>
    np.interp(
      np.array([
        [3.14, 0.5],
        [2, 1.1],
      ]),
      xp(),
      fp(),
      { left: -99, right: 99.5 },
    ),
  );
  check('np.interp([0.5, 1.5, 2.5, 2], [1.0, 2.0, 2.0, 3.0], [1.0, 5.0, 7.0, 9.0])', () =>
    np.interp([0.5, 1.5, 2.5, 2], f64([1, 2, 2, 3]), f64([1, 5, 7, 9])),
  );
  check('np.interp([0.5, 1.5, 2.5, 1], [1.0, 2.0, 3.0], [np.inf, 5.0, -np.inf])', () =>
    np.interp([0.5, 1.5, 2.5, 1], xp(), f64([INF, 5, -INF])),
  );
  check('np.interp([1.5, 2.5], [1.0, 2.0, 3.0], [np.inf, np.inf, 1.0])', () =>
    np.interp([1.5, 2.5], xp(), f64([INF, INF, 1])),
  );
  check('np.interp([0.5, 1.0, 1.5, np.nan], [1.0], [7.5])', () => np.interp([0.5, 1, 1.5, N], f64([1]), f64([7.5])));
  check('np.interp([0.5, 2.5], [1, 2, 3], [1 + 2j, 3 - 1j, 0j])', () =>
    np.interp([0.5, 2.5], xp(), np.array([new np.Complex(1, 2), new np.Complex(3, -1), new np.Complex(0, 0)])),
  );
  check('np.interp([0.5, 3.5], [1, 2, 3], [1 + 2j, 3 - 1j, 0j], left=5j, right=2)', () =>
    np.interp([0.5, 3.5], xp(), np.array([new np.Complex(1, 2), new np.Complex(3, -1), new np.Complex(0, 0)]), {
      left: new np.Complex(0, 5),
      right: 2,
    }),
  );
  check('np.interp([-180, -170, -185, 185, -10, -5, 0, 365], [190, -190, 350, -350], [5, 10, 3, 4], period=360)', () =>
    np.interp([-180, -170, -185, 185, -10, -5, 0, 365], [190, -190, 350, -350], [5, 10, 3, 4], { period: 360 }),
  );
  check("np.interp(mk((7,), 'float32'), [-1, 0, 2], [10, 20, 0])", () =>
    np.interp(mk([7], 'float32'), [-1, 0, 2], [10, 20, 0]),
  );
  check("np.interp(mk((4, 5), 'int64')[::-1, ::2], [-3, 0, 8], [1.5, 0.5, 4.5])", () =>
    np.interp(mk([4, 5], 'int64').get('::-1', '::2'), [-3, 0, 8], [1.5, 0.5, 4.5]),
  );
  check('np.interp([1.5], [], [])', () => np.interp([1.5], [], []));
  check('np.interp(np.zeros((0, 2)), [1, 2], [3, 4])', () => np.interp(np.zeros([0, 2]), [1, 2], [3, 4]));
  check(
    "np.interp(mk((5, 4), 'float64').T[::-1], mk((9,), 'float64')[::2] * 0 + np.arange(5.0), mk((9,), 'float64')[1::2])",
    () =>
      np.interp(
        mk([5, 4], 'float64').T.get('::-1'),
        np.add(np.multiply(mk([9], 'float64').get('::2'), 0), np.arange(5, { dtype: 'float64' })),
        mk([9], 'float64').get('1::2'),
      ),
  );
  check('np.interp([1.5], [1, 2], [1, 2, 3])', () => np.interp([1.5], [1, 2], [1, 2, 3]));
  check('np.interp([1.5], [[1, 2]], [1, 2])', () => np.interp([1.5], [[1, 2]], [1, 2]));
  check('np.interp([1.5], [1, 2], [1, 2], period=0)', () => np.interp([1.5], [1, 2], [1, 2], { period: 0 }));
  check('np.interp([1.5], [1, 2], [1, 2, 3], period=4)', () => np.interp([1.5], [1, 2], [1, 2, 3], { period: 4 }));
});

describe('cov and corrcoef', () => {
  const PY_M = "mk((3, 7), 'float64')";
  const jm = () => mk([3, 7], 'float64');
  check(`np.cov(${PY_M})`, () => np.cov(jm()), F);
  check(`np.cov(${PY_M}, rowvar=False)`, () => np.cov(jm(), { rowvar: false }), F);
  check(`np.cov(${PY_M}, bias=True)`, () => np.cov(jm(), { bias: true }), F);
  check(`np.cov(${PY_M}, ddof=3)`, () => np.cov(jm(), { ddof: 3 }), F);
  check(`np.cov(${PY_M}, y=mk((2, 7), 'int32'))`, () => np.cov(jm(), mk([2, 7], 'int32')), F);
  check(`np.cov(${PY_M}, fweights=[1, 2, 1, 3, 1, 1, 2])`, () => np.cov(jm(), { fweights: [1, 2, 1, 3, 1, 1, 2] }), F);
  check(
    `np.cov(${PY_M}, aweights=[0.5, 2, 1, 3, 1, 1, 2])`,
    () => np.cov(jm(), { aweights: [0.5, 2, 1, 3, 1, 1, 2] }),
    F,
  );
  check(
    `np.cov(${PY_M}, fweights=[1, 2, 1, 3, 1, 1, 2], aweights=[0.5, 2, 1, 3, 1, 1, 2], ddof=0)`,
    () => np.cov(jm(), { fweights: [1, 2, 1, 3, 1, 1, 2], aweights: [0.5, 2, 1, 3, 1, 1, 2], ddof: 0 }),
    F,
  );
  check(`np.cov(${PY_M}, dtype='float32')`, () => np.cov(jm(), { dtype: 'float32' }), { rtol: 1e-6 });
  check("np.cov(mk((7,), 'int64'))", () => np.cov(mk([7], 'int64')), F);
  check("np.cov(mk((7,), 'int64'), mk((7,), 'float64'))", () => np.cov(mk([7], 'int64'), mk([7], 'float64')), F);
  check("np.cov(mk((2, 5), 'complex128'))", () => np.cov(mk([2, 5], 'complex128')), F);
  check("np.cov(mk((3, 1), 'float64'))", () => np.cov(mk([3, 1], 'float64')), { ...F, warnings: 'each' });
  check('np.cov(np.zeros((0, 3)))', () => np.cov(np.zeros([0, 3])));
  check('np.cov(np.zeros((2, 2, 2)))', () => np.cov(np.zeros([2, 2, 2])));
  check(`np.cov(${PY_M}, ddof=1.5)`, () => np.cov(jm(), { ddof: 1.5 }));
  check(`np.cov(${PY_M}, fweights=[1, 2, 1, 3, 1, 1, 2.5])`, () => np.cov(jm(), { fweights: [1, 2, 1, 3, 1, 1, 2.5] }));
  check(`np.cov(${PY_M}, fweights=[1, 2, 1])`, () => np.cov(jm(), { fweights: [1, 2, 1] }));
  check(`np.cov(${PY_M}, aweights=[1, 2, 1, -3, 1, 1, 2])`, () => np.cov(jm(), { aweights: [1, 2, 1, -3, 1, 1, 2] }));
  check(`np.corrcoef(${PY_M})`, () => np.corrcoef(jm()), F);
  check(`np.corrcoef(${PY_M}, rowvar=False)`, () => np.corrcoef(jm(), { rowvar: false }), F);
  check(`np.corrcoef(${PY_M}, mk((1, 7), 'float32'))`, () => np.corrcoef(jm(), mk([1, 7], 'float32')), F);
  check("np.corrcoef(mk((2, 5), 'complex128'))", () => np.corrcoef(mk([2, 5], 'complex128')), F);
  check("np.corrcoef(mk((7,), 'float64'))", () => np.corrcoef(mk([7], 'float64')), F);
  check('np.corrcoef([[1.0, 1.0, 1.0], [1.0, 2.0, 3.0]])', () => np.corrcoef(f64([1, 1, 1, 1, 2, 3]).reshape(2, 3)), {
    ...F,
    warnings: 'each',
  });
});

// (exp is rumpy's own vector loop, a few ULP from NumPy's: designs/deviations.md.)
describe('i0', () => {
  const vals = '[0.0, -0.5, 1.0, 7.9, 8.0, 8.1, -30.0, 700.0, 710.0, np.inf, -np.inf, np.nan]';
  const js = [0, -0.5, 1, 7.9, 8, 8.1, -30, 700, 710, INF, -INF, N];
  check(`np.i0(np.array(${vals}))`, () => np.i0(f64(js)), { rtol: 1e-14, warnings: 'each' });
  check(`np.i0(np.array(${vals}, dtype='float32'))`, () => np.i0(np.array(js, { dtype: 'float32' })), {
    rtol: 1e-6,
    warnings: 'each',
  });
  check("np.i0(mk((3, 4), 'int16'))", () => np.i0(mk([3, 4], 'int16')), { rtol: 1e-14 });
  check("np.i0(mk((2, 3), 'float64')[::-1].T)", () => np.i0(mk([2, 3], 'float64').get('::-1').T), { rtol: 1e-14 });
  check('np.i0(0.5)', () => np.i0(0.5), { rtol: 1e-14 });
  check('np.i0(np.array([]))', () => np.i0(np.array([])));
  check('np.i0(np.array([1j]))', () => np.i0(np.array([new np.Complex(0, 1)])));
});

describe('real_if_close', () => {
  const c = (re: number, im: number) => new np.Complex(re, im);
  check('np.real_if_close([2.1 + 4e-14j, 5.2 + 3e-15j])', () => np.real_if_close([c(2.1, 4e-14), c(5.2, 3e-15)]));
  check('np.real_if_close([2.1 + 4e-14j, 5.2 + 3e-15j], tol=1000)', () =>
    np.real_if_close([c(2.1, 4e-14), c(5.2, 3e-15)], 1000),
  );
  check('np.real_if_close([2.1 + 4e-14j, 5.2 + 3e-15j], tol=1e-13)', () =>
    np.real_if_close([c(2.1, 4e-14), c(5.2, 3e-15)], 1e-13),
  );
  check("np.real_if_close(np.array([1 + 1e-7j], dtype='complex64'))", () =>
    np.real_if_close(np.array([c(1, 1e-7)], { dtype: 'complex64' })),
  );
  check("np.real_if_close(mk((3,), 'int32'))", () => np.real_if_close(mk([3], 'int32')));
});
