// np.array / np.asarray conversion from JS input, compared with NumPy.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';

const check = oracle();

describe('dtype inference from JS values (API.md §3)', () => {
  check('np.array([1, 2, 3])', () => np.array([1, 2, 3]));
  check('np.array([1.5, 2])', () => np.array([1.5, 2]));
  check('np.array([True, False])', () => np.array([true, false]));
  check('np.array([True, 2])', () => np.array([true, 2]));
  check('np.array([1, 2.5, True])', () => np.array([1, 2.5, true]));
  check('np.array([1+2j, 3])', () => np.array([new np.Complex(1, 2), 3]));
  check('np.array([[1, 2], [3, 4]])', () =>
    np.array([
      [1, 2],
      [3, 4],
    ]),
  );
  check('np.array([-0.0, 1.5])', () => np.array([-0, 1.5]));
  check('np.array(5)', () => np.array(5));
  check('np.array(2.5)', () => np.array(2.5));
  check('np.array([])', () => np.array([]));
  check('np.array([[], []])', () => np.array([[], []]));
  check('np.array([2**63])', () => np.array([2n ** 63n]));
  check('np.array([-2**63, 2**62])', () => np.array([-(2n ** 63n), 2n ** 62n]));
  check("np.array([float('nan'), float('inf'), -float('inf')])", () =>
    np.array([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]),
  );
});

describe('np.array of a list of numbers (the short path) and its neighbours', () => {
  const cases: [string, unknown[]][] = [
    ['[1.5, 2, 3]', [1.5, 2, 3]],
    ['[1, 2, 3]', [1, 2, 3]],
    ['[-0.0, 1]', [-0, 1]],
    ['[1, -0.0]', [1, -0]],
    ['[-(2**53) + 1, 2**53 - 1]', [-(2 ** 53) + 1, 2 ** 53 - 1]],
    ['[1, 2**60]', [1, 2 ** 60]],
    ['[1.5, 2**60]', [1.5, 2 ** 60]],
    ['[float("nan"), float("inf"), -float("inf")]', [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]],
    [
      '[[1, 2], [3, 4.5]]',
      [
        [1, 2],
        [3, 4.5],
      ],
    ],
    [
      '[[1, 2], [3, 4]]',
      [
        [1, 2],
        [3, 4],
      ],
    ],
    ['[[1, 2], [3]]', [[1, 2], [3]]],
    ['[[1, 2], 3]', [[1, 2], 3]],
    ['[[], []]', [[], []]],
    ['[]', []],
    ['[True, 2]', [true, 2]],
    ['[[[1]], [[2]]]', [[[1]], [[2]]]],
  ];
  for (const [py, js] of cases) {
    check(`exec:r = np.array(${py}); result = (r, r.strides)`, () => {
      const r = np.array(js);
      return [r, r.strides];
    });
  }
});

describe('explicit dtype', () => {
  for (const dt of ALL_DTYPES) {
    check(`np.array([[0, 1, 2], [3, 4, 5]], dtype='${dt}')`, () =>
      np.array(
        [
          [0, 1, 2],
          [3, 4, 5],
        ],
        { dtype: dt },
      ),
    );
    check(
      `np.array([0.1, 1/3, 65504.0, 1e-7], dtype='${dt}')`,
      () => np.array([0.1, 1 / 3, 65504.0, 1e-7], { dtype: dt }),
      { name: `floats to ${dt}` },
    );
  }
  check("np.array([1.7, -2.7], dtype='int32')", () => np.array([1.7, -2.7], { dtype: 'int32' }));
  check("np.array([300], dtype='int8')", () => np.array([300], { dtype: 'int8' }));
  check("np.array([-1], dtype='uint8')", () => np.array([-1], { dtype: 'uint8' }));
  for (const [py, js] of [
    ['2**64', 2n ** 64n],
    ['2**63', 2n ** 63n],
    ['-2**63 - 1', -(2n ** 63n) - 1n],
    ['-1', -1n],
  ] as const) {
    for (const dt of ['int8', 'int64', 'uint64', 'float64']) {
      check(`np.array([${py}], dtype='${dt}')`, () => np.array([js], { dtype: dt }));
    }
  }
  check("np.array([1e308, -1e308], dtype='float64')", () => np.array([1e308, -1e308], { dtype: 'float64' }));
  check("np.array([float('nan')], dtype='int64')", () => np.array([Number.NaN], { dtype: 'int64' }));
  check("np.array([float('inf')], dtype='int64')", () => np.array([Number.POSITIVE_INFINITY], { dtype: 'int64' }));
  check("np.array([1+2j], dtype='float64')", () => np.array([new np.Complex(1, 2)], { dtype: 'float64' }), {
    message: 'none',
  });
});

describe('errors', () => {
  check('np.array([[1, 2], [3]])', () => np.array([[1, 2], [3]]));
  check('np.array([1, [2, 3]])', () => np.array([1, [2, 3]]));
  check('np.array([[1, 2], 3])', () => np.array([[1, 2], 3]));
  check("np.array([1], dtype='float65')", () => np.array([1], { dtype: 'float65' }));
  check('np.array([1], foo=1)', () => np.array([1], { foo: 1 } as never));
});

describe('TypedArrays', () => {
  check("np.array([1.5, 2.5], dtype='float32')", () => np.array(new Float32Array([1.5, 2.5])));
  check("np.array([1, -2], dtype='int16')", () => np.array(new Int16Array([1, -2])));
  check("np.array([1, 2**63], dtype='uint64')", () => np.array(new BigUint64Array([1n, 2n ** 63n])));
  check("np.array([[1, 2], [3, 4]], dtype='uint8')", () => np.array([new Uint8Array([1, 2]), new Uint8Array([3, 4])]));
});

test('asarray shares memory with a TypedArray and with NDArrays', () => {
  const t = new Float64Array([1, 2, 3]);
  const a = np.asarray(t);
  t[1] = 42;
  expect(a.item(1)).toBe(42);
  expect(np.asarray(a)).toBe(a);
  expect(a.flags.owndata).toBe(false); // NumPy: np.asarray(array.array('d', ...)).flags.owndata is False
  const c = np.array(t);
  t[0] = -1;
  expect(c.item(0)).toBe(1);
});
