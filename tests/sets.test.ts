// unique (+ unique_all/counts/inverse/values), intersect1d, union1d,
// setdiff1d, setxor1d, isin against NumPy.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';
import { py, randInts } from './helpers/pydata';

const NAN = Number.NaN;
const F = [3.5, NAN, -1, 2, -0, 0, NAN, 2, 3.5, Number.POSITIVE_INFINITY, -1, 0];
/** F without +0.0: which of -0.0/0.0 survives an unstable sort is unspecified in NumPy. */
const F2 = F.filter((v) => !Object.is(v, 0));
const I = [5, 1, 5, 2, -3, 1, 1, 9, 0, 2];
const BIG = randInts(4000, 0, 700, 3);
const Z = (re: number, im: number) => new np.Complex(re, im);
const C = [Z(1, 2), Z(1, NAN), Z(NAN, 0), Z(1, 2), Z(0, -1), Z(NAN, NAN), Z(0, -1)];
const R = [
  [1, 2, 1],
  [0, 5, 0],
  [1, 2, 1],
  [0, 5, 1],
];

const check = oracle(`
F = np.array(${py(F)})
F2 = np.array(${py(F2)})
I = np.array(${py(I)})
BIG = np.array(${py(BIG)})
C = np.array(${py(C)})
R = np.array(${py(R)})
`);
const f = () => np.array(F);
const f2 = () => np.array(F2);
const i = () => np.array(I);
const c = () => np.array(C);
const r = () => np.array(R);

const DTYPES: readonly string[] = ALL_DTYPES;

describe('unique: every dtype and option', () => {
  for (const dt of DTYPES) {
    check(`np.unique(I.astype('${dt}'), return_index=True, return_inverse=True, return_counts=True)`, () =>
      np.unique(i().astype(dt), true, true, true),
    );
    check(`np.unique(BIG.astype('${dt}'))`, () => np.unique(np.array(BIG).astype(dt)));
  }
  for (const dt of ['float16', 'float32', 'float64']) {
    check(`np.unique(F.astype('${dt}'), return_index=True, return_counts=True)`, () =>
      np.unique(f().astype(dt), { return_index: true, return_counts: true }),
    );
    check(
      `np.unique(F.astype('${dt}'), return_index=True, return_inverse=True, return_counts=True, equal_nan=False)`,
      () => np.unique(f().astype(dt), true, true, true, { equal_nan: false }),
    );
  }
  check('np.unique(C, return_index=True, return_inverse=True, return_counts=True)', () =>
    np.unique(c(), true, true, true),
  );
  check('np.unique(C, return_counts=True, equal_nan=False)', () =>
    np.unique(c(), { return_counts: true, equal_nan: false }),
  );
  check('np.unique(BIG, return_index=True, return_inverse=True, return_counts=True)', () =>
    np.unique(np.array(BIG), true, true, true),
  );
  check('np.unique(R, return_inverse=True)', () => np.unique(r(), { return_inverse: true }));
  check('np.unique(R[::-1, ::2])', () => np.unique(r().get('::-1', '::2')));
  check('np.unique(np.array(5), return_index=True, return_inverse=True, return_counts=True)', () =>
    np.unique(np.array(5), true, true, true),
  );
  check('np.unique([], return_index=True, return_inverse=True, return_counts=True)', () =>
    np.unique([], true, true, true),
  );
  check('np.unique(I, return_index=False, return_inverse=False, return_counts=True)', () =>
    np.unique(i(), false, false, true),
  );
});

describe('unique along an axis', () => {
  for (const axis of [0, 1, -1]) {
    check(`np.unique(R, return_index=True, return_inverse=True, return_counts=True, axis=${axis})`, () =>
      np.unique(r(), true, true, true, axis),
    );
  }
  check('np.unique(R.astype(float)[:, ::-1], axis=0)', () =>
    np.unique(r().astype('float64').get(':', '::-1'), { axis: 0 }),
  );
  check('np.unique(np.stack([R, R[::-1]]), axis=1, return_counts=True)', () =>
    np.unique(np.array([R, [...R].reverse()]), { axis: 1, return_counts: true }),
  );
  check('np.unique(np.zeros((3, 0)), axis=0, return_inverse=True, return_counts=True)', () =>
    np.unique(np.zeros([3, 0]), { axis: 0, return_inverse: true, return_counts: true }),
  );
  check('np.unique(np.zeros((0, 3)), axis=0, return_index=True)', () =>
    np.unique(np.zeros([0, 3]), { axis: 0, return_index: true }),
  );
  check('np.unique(R, axis=2)', () => np.unique(r(), { axis: 2 }));
});

describe('unique_all / unique_counts / unique_inverse / unique_values', () => {
  check('np.unique_all(I)', () => np.unique_all(i()));
  check('np.unique_all(F)', () => np.unique_all(f()));
  check('np.unique_counts(R)', () => np.unique_counts(r()));
  check('np.unique_inverse(R)', () => np.unique_inverse(r()));
  check('np.unique_inverse(F)', () => np.unique_inverse(f()));
  // NumPy returns unique_values in hash order (unspecified); rumpy's are sorted.
  check('np.sort(np.unique_values(BIG))', () => np.unique_values(np.array(BIG)));
  check('np.sort(np.unique_values(F2))', () => np.unique_values(f2()));
  test('namedtuple fields', () => {
    const res = np.unique_all(i()) as unknown as Record<string, unknown>;
    expect(res.values).toBe((res as unknown as unknown[])[0]);
    expect(res.counts).toBe((res as unknown as unknown[])[3]);
  });
});

describe('intersect1d / union1d / setdiff1d / setxor1d', () => {
  const b = () => np.array([2, 9, 9, 7, 0, -3]);
  const B = 'np.array([2, 9, 9, 7, 0, -3])';
  check(`np.intersect1d(I, ${B})`, () => np.intersect1d(i(), b()));
  check(`np.intersect1d(I, ${B}, return_indices=True)`, () => np.intersect1d(i(), b(), { return_indices: true }));
  check(`np.intersect1d(np.unique(I), np.unique(${B}), assume_unique=True, return_indices=True)`, () =>
    np.intersect1d(np.unique(i()), np.unique(b()), true, true),
  );
  check('np.intersect1d(F2, [2.0, -0.0, float("nan")])', () => np.intersect1d(f2(), np.array([2, -0, NAN])));
  check('np.intersect1d(R, R[::-1, 0], return_indices=True)', () =>
    np.intersect1d(r(), r().get('::-1', 0), { return_indices: true }),
  );
  check('np.intersect1d(I.astype("int8"), F)', () => np.intersect1d(i().astype('int8'), f()));
  check('np.intersect1d([], [])', () => np.intersect1d([], []));
  check(`np.union1d(I, ${B})`, () => np.union1d(i(), b()));
  check('np.union1d(F2, R[:, 1])', () => np.union1d(f2(), r().get(':', 1)));
  check('np.union1d([], [1])', () => np.union1d([], [1]));
  check(`np.setdiff1d(I, ${B})`, () => np.setdiff1d(i(), b()));
  check(`np.setdiff1d(I, ${B}, assume_unique=True)`, () => np.setdiff1d(i(), b(), true));
  check('np.setdiff1d(F2, [2.0, float("nan")])', () => np.setdiff1d(f2(), np.array([2, NAN])));
  check('np.setdiff1d(C, C[:2])', () => np.setdiff1d(c(), c().get(':2')));
  check(`np.setxor1d(I, ${B})`, () => np.setxor1d(i(), b()));
  check(`np.setxor1d(np.unique(I), np.unique(${B}), assume_unique=True)`, () =>
    np.setxor1d(np.unique(i()), np.unique(b()), true),
  );
  check('np.setxor1d(F2, [2.0, 7.5])', () => np.setxor1d(f2(), np.array([2, 7.5])));
  check('np.setxor1d([], [])', () => np.setxor1d([], []));
});

describe('isin', () => {
  check('np.isin(R, [1, 5])', () => np.isin(r(), [1, 5]));
  check('np.isin(R, [1, 5], invert=True)', () => np.isin(r(), [1, 5], { invert: true }));
  check('np.isin(R[::-1, ::2], np.array([[0], [2]]), assume_unique=True)', () =>
    np.isin(r().get('::-1', '::2'), np.array([[0], [2]]), true),
  );
  check('np.isin(F, [0.0, float("nan"), 2])', () => np.isin(f(), np.array([0, NAN, 2])));
  check('np.isin(F, I)', () => np.isin(f(), i()));
  check('np.isin(C, C[::3])', () => np.isin(c(), c().get('::3')));
  check('np.isin(BIG, BIG[::7] + 1)', () =>
    np.isin(np.array(BIG), np.array(BIG.filter((_, k) => k % 7 === 0).map((v) => v + 1))),
  );
  check("np.isin(I.astype('uint8'), [1, 2], kind='table')", () =>
    np.isin(i().astype('uint8'), [1, 2], { kind: 'table' }),
  );
  check("np.isin(I, [1, 2], kind='sort', invert=True)", () => np.isin(i(), [1, 2], { kind: 'sort', invert: true }));
  check('np.isin(5, [5])', () => np.isin(5, [5]));
  check('np.isin([], [1])', () => np.isin([], [1]));
  check('np.isin([True, False], [True])', () => np.isin([true, false], [true]));
  check("np.isin([1, 2], [2], kind='foo')", () => np.isin([1, 2], [2], { kind: 'foo' }));
  check("np.isin([1.5, 2], [2], kind='table')", () => np.isin([1.5, 2], [2], { kind: 'table' }));
  // Integer inputs whose test values span a small range take NumPy's table
  // method: elements below, inside and above the range, mixed dtypes.
  for (const [x, y] of [
    ['int64', 'int64'],
    ['int8', 'int64'],
    ['uint8', 'int16'],
    ['int32', 'uint16'],
    ['uint64', 'uint32'],
  ]) {
    check(`np.isin(BIG.astype('${x}') - 50, I.astype('${y}') + 100)`, () =>
      np.isin(np.subtract(np.array(BIG).astype(x), 50), np.add(i().astype(y), 100)),
    );
    check(`np.isin(BIG.astype('${x}').reshape(40, 100)[:, ::3], BIG[::5].astype('${y}'), invert=True)`, () =>
      np.isin(np.array(BIG).astype(x).reshape(40, 100).get(':', '::3'), np.array(BIG).get('::5').astype(y), {
        invert: true,
      }),
    );
  }
  check('np.isin(np.array([-2**62, 0, 2**62]), np.array([0, 2**62]))', () =>
    np.isin(np.array([-(2 ** 62), 0, 2 ** 62]), np.array([0, 2 ** 62])),
  );
});
