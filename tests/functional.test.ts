// np.apply_along_axis and np.apply_over_axes against NumPy: result shapes
// (scalar, same-length, longer and 2-d results per lane), the first
// result's dtype, axes, extra arguments, views, and NumPy's errors.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { PY_MK, mk } from './helpers/reduce_data';

const check = oracle(PY_MK);
type A = np.NDArray;

describe('apply_along_axis', () => {
  check('np.apply_along_axis(np.sum, 0, np.arange(3))', () =>
    np.apply_along_axis((x: A) => np.sum(x), 0, np.arange(3)),
  );
  for (const axis of [0, 1, 2, -1]) {
    check(`np.apply_along_axis(np.sort, ${axis}, mk((2, 3, 4), 'float64'))`, () =>
      np.apply_along_axis((x: A) => np.sort(x), axis, mk([2, 3, 4], 'float64')),
    );
    check(`np.apply_along_axis(lambda x: x[0] * 1.5, ${axis}, mk((2, 3, 4), 'int64'))`, () =>
      np.apply_along_axis((x: A) => np.multiply(x.get(0), 1.5), axis, mk([2, 3, 4], 'int64')),
    );
    check(`np.apply_along_axis(lambda x: np.outer(x, x[:2]), ${axis}, mk((2, 3, 4), 'int32'))`, () =>
      np.apply_along_axis((x: A) => np.outer(x, x.get(':2')), axis, mk([2, 3, 4], 'int32')),
    );
  }
  check("np.apply_along_axis(lambda x: [x[0], 2], 0, mk((2, 3), 'int64'))", () =>
    np.apply_along_axis((x: A) => [x.get(0), 2], 0, mk([2, 3], 'int64')),
  );
  check("np.apply_along_axis(lambda x: np.concatenate([x, x]), 1, mk((3, 2), 'float32')[::-1])", () =>
    np.apply_along_axis((x: A) => np.concatenate([x, x]), 1, mk([3, 2], 'float32').get('::-1')),
  );
  // The first lane's result fixes the dtype: later float results are cast to int.
  check("np.apply_along_axis(lambda x: x[0] if x[0] <= 0 else x[0] * 0.5, 1, mk((4, 2), 'int64'))", () =>
    np.apply_along_axis(
      (x: A) => (Number(x.item(0)) <= 0 ? x.get(0) : np.multiply(x.get(0), 0.5)),
      1,
      mk([4, 2], 'int64'),
    ),
  );
  check("np.apply_along_axis(lambda x, k, m: x * k + m, 0, mk((2, 3), 'int64'), 3, 1)", () =>
    np.apply_along_axis((x: A, k: unknown, m: unknown) => np.add(np.multiply(x, k), m), 0, mk([2, 3], 'int64'), 3, 1),
  );
  check("np.apply_along_axis(np.sum, 1, mk((0, 3), 'int64'))", () =>
    np.apply_along_axis((x: A) => np.sum(x), 1, mk([0, 3], 'int64')),
  );
  check("np.apply_along_axis(np.sum, 0, mk((0, 3), 'int64'))", () =>
    np.apply_along_axis((x: A) => np.sum(x), 0, mk([0, 3], 'int64')),
  );
  check("np.apply_along_axis(np.sum, 2, mk((2, 3), 'int64'))", () =>
    np.apply_along_axis((x: A) => np.sum(x), 2, mk([2, 3], 'int64')),
  );
});

describe('apply_over_axes', () => {
  check("np.apply_over_axes(np.sum, mk((2, 3, 4), 'int64'), [0, 2])", () =>
    np.apply_over_axes((v: A, ax: number) => np.sum(v, ax), mk([2, 3, 4], 'int64'), [0, 2]),
  );
  check("np.apply_over_axes(np.sum, mk((2, 3, 4), 'int64'), -1)", () =>
    np.apply_over_axes((v: A, ax: number) => np.sum(v, ax), mk([2, 3, 4], 'int64'), -1),
  );
  check("np.apply_over_axes(lambda v, ax: np.sum(v, ax, keepdims=True), mk((2, 3), 'float64'), (1, 0))", () =>
    np.apply_over_axes((v: A, ax: number) => np.sum(v, ax, { keepdims: true }), mk([2, 3], 'float64'), [1, 0]),
  );
  check("np.apply_over_axes(lambda v, ax: np.sum(v), mk((2, 3, 4), 'float64'), [0])", () =>
    np.apply_over_axes((v: A) => np.sum(v), mk([2, 3, 4], 'float64'), [0]),
  );
});
