// np.nanmedian, np.nanquantile and np.nanpercentile against NumPy: lanes
// with some, no and only NaNs (and NumPy's "All-NaN slice" warning per
// lane), dtypes, axes, keepdims, out, methods, weights, lanes of 600+
// elements (NumPy's other nanmedian path), empty and 0-d inputs, errors.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { PY_MK, mk } from './helpers/reduce_data';

const check = oracle(`${PY_MK}
def nanny(shape, dt):
    a = mk(shape, dt).astype(dt)
    flat = a.reshape(-1)
    flat[::3] = np.nan
    return a
`);
const N = Number.NaN;

/** Same as Python's nanny: mk with every third element (C order) NaN. */
function nanny(shape: number[], dt: string): np.NDArray {
  const a = mk(shape, dt).copy();
  const flat = a.reshape(-1);
  np.copyto(flat.get('::3'), N);
  return a;
}

const AXES: [string, unknown][] = [
  ['None', null],
  ['0', 0],
  ['1', 1],
  ['-1', -1],
  ['(0, 2)', [0, 2]],
];
const W = { warnings: 'each' as const };

describe('nanmedian', () => {
  for (const dt of ['float16', 'float32', 'float64']) {
    for (const [pa, ja] of AXES) {
      check(
        `np.nanmedian(nanny((2, 3, 4), '${dt}'), axis=${pa})`,
        () => np.nanmedian(nanny([2, 3, 4], dt), { axis: ja }),
        W,
      );
      check(
        `np.nanmedian(nanny((2, 3, 4), '${dt}'), axis=${pa}, keepdims=True)`,
        () => np.nanmedian(nanny([2, 3, 4], dt), { axis: ja, keepdims: true }),
        W,
      );
    }
  }
  for (const dt of ['int32', 'uint8', 'bool']) {
    check(`np.nanmedian(mk((3, 4), '${dt}'), axis=1)`, () => np.nanmedian(mk([3, 4], dt), { axis: 1 }));
  }
  const rows = 'np.array([[1, np.nan, 3, 4], [np.nan] * 4, [2, 2, 5, np.nan], [np.nan] * 4])';
  const jsRows = () =>
    np.array(
      [
        [1, N, 3, 4],
        [N, N, N, N],
        [2, 2, 5, N],
        [N, N, N, N],
      ],
      { dtype: 'float64' },
    );
  check(`np.nanmedian(${rows}, axis=1)`, () => np.nanmedian(jsRows(), { axis: 1 }), W);
  check(`np.nanmedian(${rows}, axis=0)`, () => np.nanmedian(jsRows(), { axis: 0 }), W);
  check(`np.nanmedian(${rows}[1])`, () => np.nanmedian(jsRows().get(1)), W);
  check(
    `np.nanmedian(np.tile(${rows}, (1, 200)), axis=1)`,
    () => np.nanmedian(np.tile(jsRows(), [1, 200]), { axis: 1 }),
    W,
  );
  check(
    `exec:o = np.zeros(4); r = np.nanmedian(${rows}, axis=1, out=o); result = [r is o, o]`,
    () => {
      const o = np.zeros(4);
      const r = np.nanmedian(jsRows(), { axis: 1, out: o });
      return [r === o, o];
    },
    W,
  );
  check(
    `exec:b = ${rows}; r = np.nanmedian(b, axis=1, overwrite_input=True); result = r`,
    () => np.nanmedian(jsRows(), { axis: 1, overwrite_input: true }),
    W,
  );
  check('np.nanmedian(np.array([]))', () => np.nanmedian(np.array([])), W);
  check('np.nanmedian(np.zeros((0, 3)), axis=0)', () => np.nanmedian(np.zeros([0, 3]), { axis: 0 }), W);
  check('np.nanmedian(np.array(np.nan))', () => np.nanmedian(np.array(N)), W);
  check('np.nanmedian(np.array(2.5))', () => np.nanmedian(np.array(2.5)), W);
  check("np.nanmedian(nanny((3, 4), 'float64'), axis=2)", () => np.nanmedian(nanny([3, 4], 'float64'), { axis: 2 }));
});

describe('nanquantile / nanpercentile', () => {
  for (const dt of ['float32', 'float64']) {
    for (const [pa, ja] of AXES) {
      for (const [pq, jq] of [
        ['0.3', () => 0.3],
        ['[0.1, 0.5, 1.0]', () => [0.1, 0.5, 1]],
      ] as [string, () => unknown][]) {
        check(
          `np.nanquantile(nanny((2, 3, 4), '${dt}'), ${pq}, axis=${pa})`,
          () => np.nanquantile(nanny([2, 3, 4], dt), jq(), { axis: ja }),
          W,
        );
      }
      check(
        `np.nanpercentile(nanny((2, 3, 4), '${dt}'), 35, axis=${pa}, keepdims=True)`,
        () => np.nanpercentile(nanny([2, 3, 4], dt), 35, { axis: ja, keepdims: true }),
        W,
      );
    }
  }
  for (const m of ['lower', 'higher', 'nearest', 'midpoint', 'hazen', 'inverted_cdf']) {
    check(`np.nanquantile(nanny((4, 5), 'float64'), [0.2, 0.7], axis=1, method='${m}')`, () =>
      np.nanquantile(nanny([4, 5], 'float64'), [0.2, 0.7], { axis: 1, method: m }),
    );
  }
  const rows = 'np.array([[1, np.nan, 3, 4], [np.nan] * 4, [2, 2, 5, np.nan]], dtype=np.float32)';
  const jsRows = () =>
    np.array(
      [
        [1, N, 3, 4],
        [N, N, N, N],
        [2, 2, 5, N],
      ],
      { dtype: 'float32' },
    );
  check(`np.nanquantile(${rows}, [0.3], axis=1)`, () => np.nanquantile(jsRows(), [0.3], { axis: 1 }), W);
  check(`np.nanquantile(${rows}, 0.3, axis=1)`, () => np.nanquantile(jsRows(), 0.3, { axis: 1 }), W);
  check(
    `np.nanquantile(${rows}[::-1], [0.3], axis=1)`,
    () => np.nanquantile(jsRows().get('::-1'), [0.3], { axis: 1 }),
    W,
  );
  check(`np.nanquantile(${rows}, 0.5, axis=0)`, () => np.nanquantile(jsRows(), 0.5, { axis: 0 }), W);
  check(`np.nanpercentile(${rows}, [25, 75])`, () => np.nanpercentile(jsRows(), [25, 75]), W);
  check(
    `exec:o = np.zeros((2, 3)); r = np.nanquantile(${rows}, [0.3, 0.6], axis=1, out=o); result = [r is o, o]`,
    () => {
      const o = np.zeros([2, 3]);
      const r = np.nanquantile(jsRows(), [0.3, 0.6], { axis: 1, out: o });
      return [r === o, o];
    },
    W,
  );
  check(
    "np.nanquantile(np.array([[1.5, np.nan, 2.5], [3.5, 4.5, np.nan]]), 0.5, axis=1, method='inverted_cdf', weights=np.array([[1, 2, 3], [4, 1, 1]]))",
    () =>
      np.nanquantile(
        np.array([
          [1.5, N, 2.5],
          [3.5, 4.5, N],
        ]),
        0.5,
        {
          axis: 1,
          method: 'inverted_cdf',
          weights: np.array([
            [1, 2, 3],
            [4, 1, 1],
          ]),
        },
      ),
  );
  check('np.nanquantile(mk((3, 4), "int64"), 0.5, axis=0)', () =>
    np.nanquantile(mk([3, 4], 'int64'), 0.5, { axis: 0 }),
  );
  check('np.nanquantile(np.array([]), 0.5)', () => np.nanquantile(np.array([]), 0.5), W);
  check('np.nanquantile(np.array([np.nan, 1.5]), 0.5)', () => np.nanquantile(np.array([N, 1.5]), 0.5));
  check('np.nanquantile(np.array([np.nan]), [0.5])', () => np.nanquantile(np.array([N]), [0.5]), W);
  check('np.nanquantile(np.array([1.0, 2.0]), 1.5)', () => np.nanquantile(np.array([1.5, 2]), 1.5));
  check('np.nanpercentile(np.array([1.0, 2.0]), -5)', () => np.nanpercentile(np.array([1.5, 2]), -5));
  check('np.nanquantile(np.array([1j]), 0.5)', () => np.nanquantile(np.array([new np.Complex(0, 1)]), 0.5));
  check("np.nanquantile(np.array([1.0, 2.0]), 0.5, method='linear', weights=np.ones(2))", () =>
    np.nanquantile(np.array([1.5, 2]), 0.5, { method: 'linear', weights: np.ones(2) }),
  );
});
