// promote_types, can_cast, result_type (NEP 50 weak scalars), min_scalar_type,
// issubdtype and isdtype: whole tables compared with NumPy.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';

const NAMES: readonly string[] = ALL_DTYPES;
const CASTINGS = ['no', 'equiv', 'safe', 'same_kind', 'unsafe'];
const check = oracle(`names = ${JSON.stringify(NAMES)}\ncastings = ${JSON.stringify(CASTINGS)}`);

describe('promote_types: the whole 14×14 table', () => {
  for (const a of NAMES) {
    check(`[np.promote_types('${a}', b) for b in names]`, () => NAMES.map((b) => np.promote_types(a, b)), {
      name: `promote_types('${a}', *)`,
    });
  }
  check("np.promote_types('i8', None)", () => np.promote_types('i8', null));
  check("np.promote_types('i8', 'float65')", () => np.promote_types('i8', 'float65'));
  check("np.promote_types(np.float32, 'i2')", () => np.promote_types(np.float32, 'i2'));
});

describe('can_cast: every pair × every casting mode', () => {
  for (const a of NAMES) {
    check(
      `[np.can_cast('${a}', b, c) for b in names for c in castings]`,
      () => NAMES.flatMap((b) => CASTINGS.map((c) => np.can_cast(a, b, c))),
      { name: `can_cast('${a}', *, *)` },
    );
  }
  check("np.can_cast(np.zeros(3, 'f8'), 'f4')", () => np.can_cast(np.array([0, 0, 0], { dtype: 'f8' }), 'f4'));
  check("np.can_cast(np.zeros(3, 'f4'), 'f8')", () => np.can_cast(np.array([0, 0, 0], { dtype: 'f4' }), 'f8'));
  check("np.can_cast(np.array(300), 'u1')", () => np.can_cast(np.array(300), 'u1'));
  check("np.can_cast('i4', 'f4', casting='same_kind')", () => np.can_cast('i4', 'f4', { casting: 'same_kind' }));
  // NumPy 2 refuses Python scalars (NEP 50).
  check("np.can_cast(1, 'i8')", () => np.can_cast(1, 'i8'));
  check("np.can_cast(1.5, 'f8')", () => np.can_cast(1.5, 'f8'));
  check("np.can_cast(True, '?')", () => np.can_cast(true, '?'));
  check("np.can_cast(2**70, 'u8')", () => np.can_cast(2n ** 70n, 'u8'));
  check("np.can_cast(1j, 'c8')", () => np.can_cast(new np.Complex(0, 1), 'c8'));
  check("np.can_cast('i4', 'f8', 'bogus')", () => np.can_cast('i4', 'f8', 'bogus'));
  check("np.can_cast('i4', 'float65')", () => np.can_cast('i4', 'float65'));
  check("np.can_cast(None, 'f8')", () => np.can_cast(null, 'f8'));
  check("np.can_cast('f8', None)", () => np.can_cast('f8', null));
});

/** Python scalars and the JS values that stand for them (API.md §3). */
const SCALARS: [string, unknown][] = [
  ['True', true],
  ['False', false],
  ['0', 0],
  ['1', 1],
  ['-1', -1],
  ['300', 300],
  ['-300', -300],
  ['2**40', 2 ** 40],
  ['-2**62', -(2n ** 62n)],
  ['-0.0', -0],
  ['1.5', 1.5],
  ['-2.5', -2.5],
  // (1e300 is an integral JS number, so a Python int by API.md §3; use a fraction.)
  ['1e-300', 1e-300],
  ["float('nan')", Number.NaN],
  ["float('inf')", Number.POSITIVE_INFINITY],
  ['1j', new np.Complex(0, 1)],
  ['(-1.5+0j)', new np.Complex(-1.5, 0)],
  ['complex(1e300, -0.0)', new np.Complex(1e300, -0)],
];

describe('result_type: weak Python scalars against each dtype (NEP 50)', () => {
  for (const [pyv, jsv] of SCALARS) {
    check(`[np.result_type(d, ${pyv}) for d in names]`, () => NAMES.map((d) => np.result_type(d, jsv)), {
      name: `result_type(*, ${pyv})`,
    });
    check(
      `[np.result_type(np.zeros(2, d), ${pyv}) for d in names]`,
      () => NAMES.map((d) => np.result_type(np.array([0, 0], { dtype: d }), jsv)),
      { name: `result_type(array of *, ${pyv})` },
    );
    check(
      `[np.result_type(${pyv}, np.zeros((), d)) for d in names]`,
      () => NAMES.map((d) => np.result_type(jsv, np.array(0, { dtype: d }))),
      { name: `result_type(${pyv}, 0-d array of *)` },
    );
    check(`np.result_type(${pyv})`, () => np.result_type(jsv));
  }
  // Two weak scalars together, with and without a strong operand.
  for (const [pa, ja] of SCALARS.slice(0, 17)) {
    check(`[np.result_type(${pa}, x) for x in [True, 1, 2.5, 1j]]`, () =>
      [true, 1, 2.5, new np.Complex(0, 1)].map((jb) => np.result_type(ja, jb)),
    );
  }
  check("np.result_type('i1', 1, 2.5)", () => np.result_type('i1', 1, 2.5));
  check("np.result_type('f2', 1j, 1.5)", () => np.result_type('f2', new np.Complex(0, 1), 1.5));
  check("np.result_type('u1', 'i1', 300)", () => np.result_type('u1', 'i1', 300));
  check("np.result_type(np.float32, 'f2', np.zeros(2, 'i2'))", () =>
    np.result_type(np.float32, 'f2', np.array([0, 0], { dtype: 'i2' })),
  );
});

describe('result_type: strong dtypes pairwise', () => {
  for (const a of NAMES) {
    check(`[np.result_type('${a}', b) for b in names]`, () => NAMES.map((b) => np.result_type(a, b)), {
      name: `result_type('${a}', *)`,
    });
  }
  check('np.result_type()', () => np.result_type());
  check("np.result_type('float65')", () => np.result_type('float65'));
  check('np.result_type(None)', () => np.result_type(null));
  // A list is a (structured) dtype spec to NumPy; rumpy has no structured dtypes, so
  // only the error class is compared.
  check('np.result_type([1, 2], 1.5)', () => np.result_type([1, 2], 1.5), { message: 'none' });
  check("np.result_type(np.array(300), 'u1')", () => np.result_type(np.array(300), 'u1'));
});

/**
 * A 0-d array holding `v` as dtype `d`. Large integral floats go through a
 * TypedArray, since `np.array(1e300, {dtype: 'f8'})` currently refuses
 * integral JS numbers beyond uint64 (convert.ts treats them as Python ints).
 */
function zeroD(v: unknown, d: string): np.NDArray {
  if (typeof v === 'number' && (d === 'f8' || d === 'f4')) {
    const a = np.asarray(d === 'f8' ? new Float64Array([v]) : new Float32Array([v]));
    return a._view(a._offset, [], []);
  }
  return np.array(v, { dtype: d });
}

describe('min_scalar_type', () => {
  const cases: [string, unknown][] = [
    ['True', true],
    ['0', 0],
    ['10', 10],
    ['255', 255],
    ['256', 256],
    ['65535', 65535],
    ['65536', 65536],
    ['2**32', 2 ** 32],
    ['2**63', 2n ** 63n],
    ['2**64 - 1', 2n ** 64n - 1n],
    ['-1', -1],
    ['-128', -128],
    ['-129', -129],
    ['-32769', -32769],
    ['-2**31 - 1', -(2 ** 31) - 1],
    ['-2**63', -(2n ** 63n)],
    ['-0.0', -0],
    ['1.5', 1.5],
    ['64999.5', 64999.5],
    ['65000.5', 65000.5],
    ['-65000.5', -65000.5],
    ["float('nan')", Number.NaN],
    ["float('-inf')", Number.NEGATIVE_INFINITY],
    ['1j', new np.Complex(0, 1)],
    ['70000.5+1j', new np.Complex(70000.5, 1)],
    ['1e300j', new np.Complex(0, 1e300)],
  ];
  // NumPy answers ulonglong ('Q') for some; rumpy folds it into uint64 ('L'), so
  // NumPy's answer is normalised through its type string.
  for (const [pyv, jsv] of cases) {
    check(`np.dtype(np.min_scalar_type(${pyv}).str)`, () => np.min_scalar_type(jsv), {
      name: `np.min_scalar_type(${pyv})`,
    });
  }
  check('np.min_scalar_type(np.array([1, 2]))', () => np.min_scalar_type(np.array([1, 2])));
  check('np.min_scalar_type([1, 2])', () => np.min_scalar_type([1, 2]));
  check("np.min_scalar_type(np.array([], 'f8'))", () => np.min_scalar_type(np.array([], { dtype: 'f8' })));
  for (const [v, d] of [
    ['5', 'i8'],
    ['5', 'u8'],
    ['-5', 'i8'],
    ['3', 'i1'],
    ['70000', 'i4'],
    ['True', 'bool'],
    ['1.5', 'f2'],
    ['1e10', 'f4'],
    ['1e300', 'f8'],
    ['3.3e38', 'f8'],
    ['3.4e38', 'f8'],
    ['-3.4e38', 'f8'],
    ['3.3e38', 'f4'],
    ['2.5', 'f8'],
    ['1+1j', 'c16'],
  ]) {
    const jsv = v === 'True' ? true : v === '1+1j' ? new np.Complex(1, 1) : Number(v);
    check(`np.min_scalar_type(np.array(${v}, '${d}'))`, () => np.min_scalar_type(zeroD(jsv, d)));
  }
});

describe('issubdtype and isdtype', () => {
  const abstract = [
    'generic',
    'number',
    'integer',
    'signedinteger',
    'unsignedinteger',
    'inexact',
    'floating',
    'complexfloating',
  ] as const;
  for (const a of NAMES) {
    check(
      `[np.issubdtype('${a}', getattr(np, t)) for t in ${JSON.stringify(abstract)}] + [np.issubdtype('${a}', b) for b in names]`,
      () => [...abstract.map((t) => np.issubdtype(a, np[t])), ...NAMES.map((b) => np.issubdtype(a, b))],
      { name: `issubdtype('${a}', *)` },
    );
  }
  for (const a of abstract) {
    check(
      `[np.issubdtype(np.${a}, getattr(np, t)) for t in ${JSON.stringify(abstract)}] + [np.issubdtype(np.${a}, 'f8')]`,
      () => [...abstract.map((t) => np.issubdtype(np[a], np[t])), np.issubdtype(np[a], 'f8')],
      { name: `issubdtype(np.${a}, *)` },
    );
  }
  check("np.issubdtype(None, 'f8')", () => np.issubdtype(null, 'f8'));
  check("np.issubdtype('f8', 'float65')", () => np.issubdtype('f8', 'float65'));
  check('np.issubdtype(1, np.floating)', () => np.issubdtype(1, np.floating));

  const kinds = [
    'bool',
    'signed integer',
    'unsigned integer',
    'integral',
    'real floating',
    'complex floating',
    'numeric',
  ];
  for (const a of NAMES) {
    check(
      `[np.isdtype(np.dtype('${a}'), k) for k in ${JSON.stringify(kinds)}] + [np.isdtype(np.dtype('${a}'), np.dtype(b)) for b in names] + [np.isdtype(np.dtype('${a}'), ('integral', 'real floating')), np.isdtype(np.dtype('${a}'), np.floating), np.isdtype(np.dtype('${a}'), ())]`,
      () => {
        const d = np.dtype(a);
        return [
          ...kinds.map((k) => np.isdtype(d, k)),
          ...NAMES.map((b) => np.isdtype(d, np.dtype(b))),
          np.isdtype(d, ['integral', 'real floating']),
          np.isdtype(d, np.floating),
          np.isdtype(d, []),
        ];
      },
      { name: `isdtype('${a}', *)` },
    );
  }
  check("np.isdtype('f8', 'numeric')", () => np.isdtype('f8', 'numeric'));
  check("np.isdtype(np.float64, 'foo')", () => np.isdtype(np.float64, 'foo'));
  check('np.isdtype(np.float64, 3)', () => np.isdtype(np.float64, 3));
  check('np.isdtype(np.float64, None)', () => np.isdtype(np.float64, null));
  check("np.isdtype(None, 'bool')", () => np.isdtype(null, 'bool'));
});
