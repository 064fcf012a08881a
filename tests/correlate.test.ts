// np.correlate and np.convolve against NumPy: the three modes (names and
// 0/1/2), either input longer, dtypes (ints wrap, bool, float32, complex
// with the conjugate), views, special values without warnings, and
// NumPy's errors. Float sums run in another order than NumPy's BLAS dot,
// so floats compare to a few ULP.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { PY_MK, mk } from './helpers/reduce_data';

const check = oracle(PY_MK);
const F = { rtol: 1e-13 };
const N = Number.NaN;
const INF = Number.POSITIVE_INFINITY;

describe('correlate / convolve: modes, lengths, dtypes', () => {
  for (const fn of ['correlate', 'convolve'] as const) {
    const f = np[fn] as (...a: unknown[]) => np.NDArray;
    for (const mode of ['valid', 'same', 'full', 0, 1, 2]) {
      const pm = typeof mode === 'string' ? `'${mode}'` : String(mode);
      for (const [la, lv] of [
        [7, 3],
        [3, 7],
        [6, 4],
        [4, 4],
        [5, 1],
        [1, 5],
      ]) {
        for (const dt of ['int64', 'float64', 'complex128']) {
          check(
            `np.${fn}(mk((${la},), '${dt}'), mk((${lv},), '${dt}')[::-1] + 1, ${pm})`,
            () => f(mk([la], dt), np.add(mk([lv], dt).get('::-1'), 1), mode),
            F,
          );
        }
      }
    }
    for (const dt of ['bool', 'int8', 'uint16', 'float16', 'float32', 'complex64']) {
      check(`np.${fn}(mk((9,), '${dt}'), mk((4,), '${dt}'), 'full')`, () => f(mk([9], dt), mk([4], dt), 'full'), {
        rtol: dt === 'float16' ? 2e-3 : 1e-6,
      });
    }
    check(
      `np.${fn}(mk((6,), 'int32'), mk((3,), 'float32'), 'same')`,
      () => f(mk([6], 'int32'), mk([3], 'float32'), 'same'),
      { rtol: 1e-6 },
    );
    check(`np.${fn}([1, 2, 3], [0, 1, 0.5])`, () => f([1, 2, 3], [0, 1, 0.5]));
    check(
      `np.${fn}(mk((300,), 'float64'), mk((200,), 'float64'), 'full')`,
      () => f(mk([300], 'float64'), mk([200], 'float64'), 'full'),
      F,
    );
    check(
      `np.${fn}(mk((12,), 'float64')[::-2], mk((8,), 'float64')[1::3], 'full')`,
      () => f(mk([12], 'float64').get('::-2'), mk([8], 'float64').get('1::3'), 'full'),
      F,
    );
  }
  check('np.convolve(3, [1, 2])', () => np.convolve(3, [1, 2]));
  check('np.convolve([1, 2], 2.5)', () => np.convolve([1, 2], 2.5));
});

describe('correlate / convolve: special values and errors', () => {
  check(
    "np.correlate([1.0, 2.0, 3.0], [np.inf, 1.0, 2.0], 'full')",
    () => np.correlate(np.array([1, 2, 3], { dtype: 'float64' }), np.array([INF, 1, 2]), 'full'),
    { warnings: 'each' },
  );
  check(
    "np.convolve([1.0, np.nan, 3.0], [2.0, 1.0], 'same')",
    () => np.convolve(np.array([1, N, 3], { dtype: 'float64' }), np.array([2, 1], { dtype: 'float64' }), 'same'),
    {
      warnings: 'each',
    },
  );
  check(
    "np.correlate([1e308, 1e308, 3.0], [1e308, 1.0], 'full')",
    () =>
      np.correlate(
        np.array([1e308, 1e308, 3], { dtype: 'float64' }),
        np.array([1e308, 1], { dtype: 'float64' }),
        'full',
      ),
    { warnings: 'each' },
  );
  check(
    "np.correlate([np.inf, 1.0], [np.inf, -np.inf], 'valid')",
    () => np.correlate(np.array([INF, 1]), np.array([INF, -INF]), 'valid'),
    { warnings: 'each' },
  );
  check("np.correlate([1.0, 2.0], [np.nan, 1.0, 2.0, 3.0], 'full')", () =>
    np.correlate(np.array([1, 2], { dtype: 'float64' }), np.array([N, 1, 2, 3], { dtype: 'float64' }), 'full'),
  );
  for (const m of ['V', 'value', 'x', 3]) {
    const pm = typeof m === 'string' ? `'${m}'` : String(m);
    check(`np.correlate([1, 2, 3], [1, 1], ${pm})`, () => np.correlate([1, 2, 3], [1, 1], m));
  }
  check('np.correlate([1, 2, 3], [1, 1], None)', () => np.correlate([1, 2, 3], [1, 1], null));
  check('np.correlate([], [1])', () => np.correlate([], [1]));
  check('np.correlate([1], [])', () => np.correlate([1], []));
  check('np.correlate(np.ones((2, 2)), [1])', () => np.correlate(np.ones([2, 2]), [1]));
  check('np.correlate(3, [1])', () => np.correlate(3, [1]));
  check('np.convolve([], [1])', () => np.convolve([], [1]));
  check('np.convolve([1], [])', () => np.convolve([1], []));
});
