// np.quantile and np.percentile against NumPy: every real dtype, the 13
// methods, q as a JS number, a list, a 0-d / 1-d / 2-d array and float32,
// axis None / int / negative / tuple, keepdims, out, overwrite_input,
// weights, NaN lanes, views, 0-d input, and NumPy's errors.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';
import { PY_MK, mk } from './helpers/reduce_data';

const check = oracle(PY_MK);
const N = Number.NaN;
const REAL = ALL_DTYPES.filter((d) => !d.startsWith('complex') && d !== 'bool');
const METHODS = [
  'inverted_cdf',
  'averaged_inverted_cdf',
  'closest_observation',
  'interpolated_inverted_cdf',
  'hazen',
  'weibull',
  'linear',
  'median_unbiased',
  'normal_unbiased',
  'lower',
  'higher',
  'midpoint',
  'nearest',
];
const AXES: [string, unknown][] = [
  ['None', null],
  ['0', 0],
  ['-1', -1],
  ['(0, 2)', [0, 2]],
  ['(2, 0)', [2, 0]],
];
const F = { rtol: 1e-15 };

describe('quantile: dtype x method', () => {
  for (const dt of REAL) {
    for (const m of METHODS) {
      check(`np.quantile(mk((2, 3, 4), '${dt}'), [0, 0.1, 0.25, 0.5, 0.9, 1], axis=1, method='${m}')`, () =>
        np.quantile(mk([2, 3, 4], dt), [0, 0.1, 0.25, 0.5, 0.9, 1], { axis: 1, method: m }),
      );
    }
    check(`np.quantile(mk((7,), '${dt}'), 0.3)`, () => np.quantile(mk([7], dt), 0.3));
    check(`np.quantile(mk((7,), '${dt}'), 1)`, () => np.quantile(mk([7], dt), 1));
    check(`np.percentile(mk((7,), '${dt}'), 40)`, () => np.percentile(mk([7], dt), 40));
    check(`np.percentile(mk((6,), '${dt}'), [12.5, 100])`, () => np.percentile(mk([6], dt), [12.5, 100]));
  }
});

describe('quantile: q forms, axes, keepdims', () => {
  const qs: [string, () => unknown][] = [
    ['0.35', () => 0.35],
    ['0', () => 0],
    ['[0.35]', () => [0.35]],
    ['np.array(0.35)', () => np.array(0.35)],
    [
      'np.array([[0.2, 0.8], [0.5, 1.0]])',
      () =>
        np.array(
          [
            [0.2, 0.8],
            [0.5, 1],
          ],
          { dtype: 'float64' },
        ),
    ],
    ["np.array([0.35, 0.75], dtype='float32')", () => np.array([0.35, 0.75], { dtype: 'float32' })],
    ["np.array([0, 1], dtype='int64')", () => np.array([0, 1])],
  ];
  for (const [pq, jq] of qs) {
    for (const dt of ['float32', 'int16', 'float64']) {
      for (const m of ['linear', 'hazen', 'nearest', 'midpoint']) {
        check(`np.quantile(mk((5, 3), '${dt}'), ${pq}, axis=0, method='${m}')`, () =>
          np.quantile(mk([5, 3], dt), jq(), { axis: 0, method: m }),
        );
      }
    }
    for (const [pa, ja] of AXES) {
      check(`np.quantile(mk((2, 3, 4), 'float64'), ${pq}, axis=${pa}, keepdims=True)`, () =>
        np.quantile(mk([2, 3, 4], 'float64'), jq(), { axis: ja, keepdims: true }),
      );
      check(`np.percentile(mk((2, 3, 4), 'int32'), 37.5, axis=${pa})`, () =>
        np.percentile(mk([2, 3, 4], 'int32'), 37.5, { axis: ja }),
      );
    }
  }
  check("np.percentile(mk((5,), 'float32'), np.array([10, 90], dtype='float32'))", () =>
    np.percentile(mk([5], 'float32'), np.array([10, 90], { dtype: 'float32' })),
  );
  check("np.percentile(mk((5,), 'float16'), 50)", () => np.percentile(mk([5], 'float16'), 50));
  check('np.quantile(np.array(2.5), 0.5)', () => np.quantile(np.array(2.5), 0.5));
  check('np.quantile(np.array(7), [0.5, 1], keepdims=True)', () =>
    np.quantile(np.array(7), [0.5, 1], { keepdims: true }),
  );
  check("np.quantile(mk((4, 5), 'float64')[::-1, ::2], 0.6, axis=1)", () =>
    np.quantile(mk([4, 5], 'float64').get('::-1', '::2'), 0.6, { axis: 1 }),
  );
  check("np.quantile(mk((4, 5), 'int8').T, [0.1, 0.7])", () => np.quantile(mk([4, 5], 'int8').T, [0.1, 0.7]));
  check('np.quantile([1, 2, 3, 4], 0.5)', () => np.quantile([1, 2, 3, 4], 0.5));
  check(
    'np.quantile(np.array([-1e308, 1e308, 3.5]), [0.25, 0.75])',
    () => np.quantile(np.array([-1e308, 1e308, 3.5], { dtype: 'float64' }), [0.25, 0.75]),
    { warnings: true },
  );
});

describe('quantile: NaN lanes and weights', () => {
  const withNans = () =>
    np.array(
      [
        [1, N, 3, 4],
        [5, 6, 7, 8],
        [N, N, N, N],
      ],
      { dtype: 'float64' },
    );
  const PY_NANS = 'np.array([[1, np.nan, 3, 4], [5, 6, 7, 8], [np.nan] * 4])';
  for (const m of ['linear', 'lower', 'midpoint', 'inverted_cdf']) {
    check(`np.quantile(${PY_NANS}, [0.25, 0.5], axis=1, method='${m}')`, () =>
      np.quantile(withNans(), [0.25, 0.5], { axis: 1, method: m }),
    );
    check(`np.quantile(${PY_NANS}, 0.5, method='${m}')`, () => np.quantile(withNans(), 0.5, { method: m }));
  }
  check('exec:o = np.zeros(3); r = np.quantile(' + PY_NANS + ', 0.4, axis=1, out=o); result = [r is o, o]', () => {
    const o = np.zeros(3);
    const r = np.quantile(withNans(), 0.4, { axis: 1, out: o });
    return [r === o, o];
  });
  const wts = 'np.array([1, 0, 2, 5, 1, 1])';
  const jw = () => np.array([1, 0, 2, 5, 1, 1]);
  for (const q of ['0.1', '0.5', '[0.0, 0.3, 1.0]']) {
    const jq = q.startsWith('[') ? [0, 0.3, 1.0] : Number(q);
    check(`np.quantile(mk((6,), 'float64'), ${q}, method='inverted_cdf', weights=${wts})`, () =>
      np.quantile(mk([6], 'float64'), jq, { method: 'inverted_cdf', weights: jw() }),
    );
    check(`np.percentile(mk((6, 2), 'int32'), 50, axis=0, method='inverted_cdf', weights=${wts})`, () =>
      np.percentile(mk([6, 2], 'int32'), 50, { axis: 0, method: 'inverted_cdf', weights: jw() }),
    );
  }
  check("np.quantile(mk((2, 3), 'float64'), 0.5, axis=(0, 1), method='inverted_cdf', weights=np.ones((2, 3)))", () =>
    np.quantile(mk([2, 3], 'float64'), 0.5, { axis: [0, 1], method: 'inverted_cdf', weights: np.ones([2, 3]) }),
  );
  check("np.quantile(np.array([1.5, np.nan, 2.5]), 0.5, method='inverted_cdf', weights=np.ones(3))", () =>
    np.quantile(np.array([1.5, N, 2.5]), 0.5, { method: 'inverted_cdf', weights: np.ones(3) }),
  );
  check(
    "np.quantile(np.array([[1.5, np.nan], [2.5, 3.5]]), [0.5, 1], axis=0, method='inverted_cdf', weights=np.ones(2))",
    () =>
      np.quantile(
        np.array([
          [1.5, N],
          [2.5, 3.5],
        ]),
        [0.5, 1],
        { axis: 0, method: 'inverted_cdf', weights: np.ones(2) },
      ),
  );
  check("np.quantile(mk((3,), 'float64'), 0.5, weights=np.ones(3))", () =>
    np.quantile(mk([3], 'float64'), 0.5, { weights: np.ones(3) }),
  );
  check("np.quantile(mk((3,), 'float64'), 0.5, method='inverted_cdf', weights=np.array([1, -1, 1]))", () =>
    np.quantile(mk([3], 'float64'), 0.5, { method: 'inverted_cdf', weights: np.array([1, -1, 1]) }),
  );
  check("np.quantile(mk((3,), 'float64'), 0.5, method='inverted_cdf', weights=np.zeros(3))", () =>
    np.quantile(mk([3], 'float64'), 0.5, { method: 'inverted_cdf', weights: np.zeros(3) }),
  );
  check("np.quantile(mk((3, 2), 'float64'), 0.5, method='inverted_cdf', weights=np.ones(3))", () =>
    np.quantile(mk([3, 2], 'float64'), 0.5, { method: 'inverted_cdf', weights: np.ones(3) }),
  );
  check("np.quantile(mk((3, 2), 'float64'), 0.5, axis=0, method='inverted_cdf', weights=np.ones(2))", () =>
    np.quantile(mk([3, 2], 'float64'), 0.5, { axis: 0, method: 'inverted_cdf', weights: np.ones(2) }),
  );
});

describe('quantile: out, overwrite_input', () => {
  check(
    "exec:o = np.zeros((2, 4)); r = np.quantile(mk((3, 4), 'int64'), [0.3, 0.6], axis=0, out=o); result = [r is o, o]",
    () => {
      const o = np.zeros([2, 4]);
      const r = np.quantile(mk([3, 4], 'int64'), [0.3, 0.6], { axis: 0, out: o });
      return [r === o, o];
    },
  );
  check(
    "exec:o = np.zeros((3, 1), 'float32'); np.quantile(mk((3, 4), 'float64'), 0.25, axis=1, out=o, keepdims=True); result = o",
    () => {
      const o = np.zeros([3, 1], 'float32');
      np.quantile(mk([3, 4], 'float64'), 0.25, { axis: 1, out: o, keepdims: true });
      return o;
    },
  );
  check("exec:o = np.zeros(()); np.percentile(mk((3, 4), 'uint8'), 90, out=o); result = o", () => {
    const o = np.zeros([]);
    np.percentile(mk([3, 4], 'uint8'), 90, { out: o });
    return o;
  });
  check("np.quantile(mk((3, 4), 'float64'), 0.3, axis=0, out=np.zeros(4, 'int64'))", () =>
    np.quantile(mk([3, 4], 'float64'), 0.3, { axis: 0, out: np.zeros(4, 'int64') }),
  );
  for (const [pa, ja] of [
    ['None', null],
    ['0', 0],
    ['(0, 1)', [0, 1]],
  ] as [string, unknown][]) {
    check(
      `exec:b = mk((5, 6), 'float64')[::-1]; r = np.quantile(b, [0.2, 0.9], axis=${pa}, overwrite_input=True); result = [r, np.sort(b, axis=None)]`,
      () => {
        const b = mk([5, 6], 'float64').get('::-1');
        const r = np.quantile(b, [0.2, 0.9], { axis: ja, overwrite_input: true });
        return [r, np.sort(b, { axis: null })];
      },
    );
  }
});

describe('quantile: errors', () => {
  check('np.quantile(np.array([]), 0.5)', () => np.quantile(np.array([]), 0.5));
  check('np.quantile(np.array([1.0, 2.0]), 1.5)', () => np.quantile(np.array([1.5, 2]), 1.5));
  check('np.quantile(np.array([1.0, 2.0]), [0.5, np.nan])', () => np.quantile(np.array([1.5, 2]), [0.5, N]));
  check('np.quantile(np.array([1.0, 2.0]), -0.1)', () => np.quantile(np.array([1.5, 2]), -0.1));
  check('np.percentile(np.array([1.0, 2.0]), 150)', () => np.percentile(np.array([1.5, 2]), 150));
  check("np.quantile(np.array([1.0, 2.0]), 0.5, method='foo')", () =>
    np.quantile(np.array([1.5, 2]), 0.5, { method: 'foo' }),
  );
  check('np.quantile(np.array([1j]), 0.5)', () => np.quantile(np.array([new np.Complex(0, 1)]), 0.5));
  check('np.quantile(np.ones(3), np.ones((2, 2, 2)) * 0.5)', () =>
    np.quantile(np.ones(3), np.multiply(np.ones([2, 2, 2]), 0.5)),
  );
  check('np.quantile(np.array([True, False]), 0.5)', () => np.quantile(np.array([true, false]), 0.5));
  check('np.quantile(np.ones((2, 3)), 0.5, axis=2)', () => np.quantile(np.ones([2, 3]), 0.5, { axis: 2 }));
  check('np.quantile(np.ones((2, 3)), np.zeros((0, 2)))', () => np.quantile(np.ones([2, 3]), np.zeros([0, 2])));
  check('np.quantile(np.ones((2, 3)), [])', () => np.quantile(np.ones([2, 3]), []));
});

// Values at the ends of long lanes with tolerance-free lerp: every element of
// a 1000-element lane at every q/1000.
describe('quantile: long lanes', () => {
  const PY = 'np.cos(np.arange(1000.0)) * 1000';
  const js = () => np.multiply(np.cos(np.arange(1000, { dtype: 'float64' })), 1000);
  for (const m of ['linear', 'weibull', 'median_unbiased']) {
    check(
      `np.quantile(${PY}, np.linspace(0, 1, 101), method='${m}')`,
      () => np.quantile(js(), np.linspace(0, 1, 101), { method: m }),
      F,
    );
  }
});
