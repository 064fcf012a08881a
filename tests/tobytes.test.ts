// a.tobytes(order) against NumPy (compared as lists of byte values): dtypes,
// orders, views, 0-d and empty arrays, and the order error.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';
import { PY_MK, mk } from './helpers/reduce_data';

const check = oracle(PY_MK);
const bytes = (b: Buffer) => [...b];

describe('tobytes', () => {
  for (const dt of ALL_DTYPES) {
    check(`list(mk((2, 3), '${dt}').tobytes())`, () => bytes(mk([2, 3], dt).tobytes()));
    check(`list(mk((2, 3), '${dt}').T.tobytes())`, () => bytes(mk([2, 3], dt).T.tobytes()));
  }
  for (const order of ['C', 'F', 'A', 'K', 'c', 'f']) {
    check(`list(mk((2, 3), 'int16').T.tobytes('${order}'))`, () => bytes(mk([2, 3], 'int16').T.tobytes(order)));
    check(`list(mk((2, 3), 'int16').tobytes(order='${order}'))`, () => bytes(mk([2, 3], 'int16').tobytes({ order })));
  }
  check("list(mk((2, 3), 'int16').tobytes(None))", () => bytes(mk([2, 3], 'int16').tobytes(null)));
  check("list(mk((4, 6), 'float32')[::-1, 1::2].tobytes())", () =>
    bytes(mk([4, 6], 'float32').get('::-1', '1::2').tobytes()),
  );
  check('list(np.array(3.5).tobytes())', () => bytes(np.array(3.5).tobytes()));
  check("list(mk((0, 3), 'int64').tobytes())", () => bytes(mk([0, 3], 'int64').tobytes()));
  check("mk((2, 3), 'int16').tobytes('x')", () => mk([2, 3], 'int16').tobytes('x'));
  check("exec:b = mk((3,), 'float64').tobytes(); result = [type(b).__name__, len(b)]", () => {
    const b = mk([3], 'float64').tobytes();
    return [Buffer.isBuffer(b) ? 'bytes' : typeof b, b.length];
  });
});
