// np.median against NumPy: every dtype, odd and even lengths, axis None /
// int / negative / tuple, keepdims, out, overwrite_input, 0-d and empty
// inputs (with NumPy's warnings), NaN lanes, strided and reversed views, and
// NumPy's errors.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';
import { PY_MK, mk } from './helpers/reduce_data';

const check = oracle(PY_MK);
const DTYPES: readonly string[] = ALL_DTYPES;
const AXES: [string, unknown][] = [
  ['None', null],
  ['0', 0],
  ['1', 1],
  ['-1', -1],
  ['(0, 2)', [0, 2]],
  ['(2, 0)', [2, 0]],
  ['(2, 0, 1)', [2, 0, 1]],
  ['()', []],
];
const N = Number.NaN;

describe('median: dtype x axis', () => {
  for (const dt of DTYPES) {
    for (const [pa, ja] of AXES) {
      check(`np.median(mk((2, 3, 4), '${dt}'), axis=${pa})`, () => np.median(mk([2, 3, 4], dt), { axis: ja }));
    }
    for (const shape of [[1], [5], [6], [7, 3]]) {
      const py = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
      check(`np.median(mk(${py}, '${dt}'))`, () => np.median(mk(shape, dt)));
      check(`np.median(mk(${py}, '${dt}'), 0)`, () => np.median(mk(shape, dt), 0));
    }
  }
});

describe('median: keepdims, out, overwrite_input', () => {
  for (const [pa, ja] of AXES) {
    check(`np.median(mk((2, 3, 4), 'int32'), axis=${pa}, keepdims=True)`, () =>
      np.median(mk([2, 3, 4], 'int32'), { axis: ja, keepdims: true }),
    );
    check(`np.median(mk((2, 3, 4), 'float32'), ${pa}, None, False, True)`, () =>
      np.median(mk([2, 3, 4], 'float32'), ja, null, false, true),
    );
  }
  check("exec:o = np.zeros(4); r = np.median(mk((3, 4), 'int64'), axis=0, out=o); result = [r is o, o]", () => {
    const o = np.zeros(4);
    const r = np.median(mk([3, 4], 'int64'), { axis: 0, out: o });
    return [r === o, o];
  });
  check(
    "exec:o = np.zeros((3, 1), 'float32'); r = np.median(mk((3, 4), 'float64'), axis=1, out=o, keepdims=True); result = [r is o, o]",
    () => {
      const o = np.zeros([3, 1], 'float32');
      const r = np.median(mk([3, 4], 'float64'), { axis: 1, out: o, keepdims: true });
      return [r === o, o];
    },
  );
  check("exec:o = np.zeros(()); r = np.median(mk((3, 4), 'uint8'), out=o); result = [r is o, o]", () => {
    const o = np.zeros([]);
    const r = np.median(mk([3, 4], 'uint8'), { out: o });
    return [r === o, o];
  });
  check("exec:o = np.zeros((1, 1)); np.median(mk((3, 4), 'int16'), out=o, keepdims=True); result = o", () => {
    const o = np.zeros([1, 1]);
    np.median(mk([3, 4], 'int16'), { out: o, keepdims: true });
    return o;
  });
  check("exec:o = np.zeros((2, 1, 1)); np.median(mk((2, 3, 4), 'int16'), (1, 2), o, keepdims=True); result = o", () => {
    const o = np.zeros([2, 1, 1]);
    np.median(mk([2, 3, 4], 'int16'), [1, 2], o, { keepdims: true });
    return o;
  });
  check(
    'exec:o = np.zeros(3); np.median(np.array([[1, np.nan], [2, 3], [np.nan, np.nan]]), axis=1, out=o); result = o',
    () => {
      const o = np.zeros(3);
      np.median(
        np.array([
          [1, N],
          [2, 3],
          [N, N],
        ]),
        { axis: 1, out: o },
      );
      return o;
    },
  );
  check("np.median(mk((3, 4), 'float64'), axis=0, out=np.zeros(3))", () =>
    np.median(mk([3, 4], 'float64'), { axis: 0, out: np.zeros(3) }),
  );
  check("np.median(mk((3, 4), 'float64'), axis=0, out=np.zeros(4, 'int64'))", () =>
    np.median(mk([3, 4], 'float64'), { axis: 0, out: np.zeros(4, 'int64') }),
  );
  // The partitioned input's order is unspecified: compare the result and the input's values as a multiset.
  for (const [pa, ja] of [
    ['None', null],
    ['0', 0],
    ['1', 1],
    ['(0, 1)', [0, 1]],
  ] as [string, unknown][]) {
    for (const view of ['', '[::-1, ::2]']) {
      check(
        `exec:b = mk((5, 6), 'float64')${view}; r = np.median(b, axis=${pa}, overwrite_input=True); result = [r, np.sort(b, axis=None)]`,
        () => {
          let b = mk([5, 6], 'float64');
          if (view) b = b.get('::-1', '::2');
          const r = np.median(b, { axis: ja, overwrite_input: true });
          return [r, np.sort(b, { axis: null })];
        },
      );
    }
  }
});

describe('median: 0-d, empty, NaN, views, big values', () => {
  for (const dt of ['int64', 'float16', 'float64', 'bool', 'complex128']) {
    check(`np.median(np.array(3, dtype='${dt}'))`, () => np.median(np.array(3, { dtype: dt })));
    check(`np.median(np.array(3, dtype='${dt}'), keepdims=True)`, () =>
      np.median(np.array(3, { dtype: dt }), { keepdims: true }),
    );
  }
  check('np.median(np.array(2.5), axis=())', () => np.median(np.array(2.5), { axis: [] }));
  for (const dt of ['int32', 'float32', 'float64', 'complex64']) {
    check(`np.median(mk((0,), '${dt}'))`, () => np.median(mk([0], dt)), { warnings: true });
    for (const [pa, ja] of [
      ['None', null],
      ['0', 0],
      ['1', 1],
      ['(0, 1)', [0, 1]],
    ] as [string, unknown][]) {
      check(`np.median(mk((0, 3), '${dt}'), axis=${pa})`, () => np.median(mk([0, 3], dt), { axis: ja }), {
        warnings: true,
      });
      check(`np.median(mk((3, 0), '${dt}'), axis=${pa}, keepdims=True)`, () =>
        np.median(mk([3, 0], dt), { axis: ja, keepdims: true }),
      );
    }
  }
  const M = [
    [1.5, N, -2, 4],
    [2, 0.5, 7, 1],
    [N, N, N, N],
    [0.25, 3, Number.POSITIVE_INFINITY, -1],
  ];
  const PYM = '[[1.5, np.nan, -2, 4], [2, 0.5, 7, 1], [np.nan] * 4, [0.25, 3, np.inf, -1]]';
  for (const dt of ['float16', 'float32', 'float64', 'complex128']) {
    for (const [pa, ja] of [
      ['None', null],
      ['0', 0],
      ['1', 1],
      ['-1', -1],
    ] as [string, unknown][]) {
      check(
        `np.median(np.array(${PYM}, dtype='${dt}'), axis=${pa})`,
        () => np.median(np.array(M, { dtype: dt }), { axis: ja }),
        { warnings: true },
      );
    }
  }
  check('np.median(np.array([1, np.nan, 2+3j, complex(np.nan, 2), complex(1, np.nan)]))', () =>
    np.median(
      np.array([
        new np.Complex(1, 0),
        new np.Complex(N, 0),
        new np.Complex(2, 3),
        new np.Complex(N, 2),
        new np.Complex(1, N),
      ]),
    ),
  );
  check('np.median(np.array([3, 1, 2, np.nan, -np.inf]), keepdims=True)', () =>
    np.median(np.array([3, 1, 2, N, Number.NEGATIVE_INFINITY]), { keepdims: true }),
  );
  check('np.median(np.array([np.inf, -np.inf]))', () =>
    np.median(np.array([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])),
  );
  for (const dt of ['int16', 'uint8', 'float32', 'float64', 'complex128']) {
    check(`np.median(mk((5, 6), '${dt}')[::-1, ::2], axis=0)`, () =>
      np.median(mk([5, 6], dt).get('::-1', '::2'), { axis: 0 }),
    );
    check(`np.median(mk((5, 6), '${dt}').T, axis=1)`, () => np.median(mk([5, 6], dt).T, { axis: 1 }));
    check(`np.median(mk((5, 6), '${dt}')[:, ::-2])`, () => np.median(mk([5, 6], dt).get(':', '::-2')));
    check(`np.median(mk((4, 5, 6), '${dt}')[::-1, :, 1::2], axis=(0, 2))`, () =>
      np.median(mk([4, 5, 6], dt).get('::-1', ':', '1::2'), { axis: [0, 2] }),
    );
  }
  check('np.median(np.array([2**62, 2**62 + 1, 3, 2**53 + 1], dtype=np.int64))', () =>
    np.median(np.array([2n ** 62n, 2n ** 62n + 1n, 3n, 2n ** 53n + 1n], { dtype: 'int64' })),
  );
  check('np.median(np.array([2**64 - 1, 2**64 - 2], dtype=np.uint64))', () =>
    np.median(np.array([2n ** 64n - 1n, 2n ** 64n - 2n], { dtype: 'uint64' })),
  );
  check("np.median(np.array([3e38, 3e38, 1], dtype='float32')[:2])", () =>
    np.median(np.array([3e38, 3e38, 1], { dtype: 'float32' }).get(':2')),
  );
  check("np.median(np.array([60000, 65000], dtype='float16'))", () =>
    np.median(np.array([60000, 65000], { dtype: 'float16' })),
  );
  check('np.median([[1, 2], [3, 4]], axis=0)', () =>
    np.median(
      [
        [1, 2],
        [3, 4],
      ],
      { axis: 0 },
    ),
  );
  check('np.median(7)', () => np.median(7));
  check("hasattr(np.ndarray, 'median')", () => 'median' in np.NDArray.prototype);
});

describe('median: long lanes (vectorised selection), every key type', () => {
  const n = 100000;
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  const FLOATS = Array.from({ length: n }, (_, i) => (i % 89 === 0 ? -0 : ((rnd() % 20001) - 10000) / 8));
  const longCheck = oracle(`F = np.array([${FLOATS.map((v) => (Object.is(v, -0) ? '-0.0' : `${v}`)).join(', ')}])`);
  const sources: [string, () => np.NDArray][] = [
    ['F', () => np.array(FLOATS)],
    ['F[:-1]', () => np.array(FLOATS).get(':-1')],
    [
      'np.where(np.arange(100000) % 997 == 5, np.nan, F)',
      () => {
        const f = np.array(FLOATS);
        return np.where(np.equal(np.remainder(np.arange(n), 997), 5), Number.NaN, f) as np.NDArray;
      },
    ],
    ['np.arange(100001)', () => np.arange(n + 1)],
    ['np.arange(100000)[::-1]', () => np.arange(n).get('::-1')],
    ['np.round(F / 500)', () => np.round(np.divide(np.array(FLOATS), 500)) as np.NDArray],
  ];
  for (const [name, make] of sources) {
    for (const dt of ['float64', 'float32', 'int64', 'int32']) {
      longCheck(`np.median((${name}).astype('${dt}'))`, () => np.median(make().astype(dt)));
    }
  }
  longCheck("np.median(F.reshape(4, 25000).astype('float32'), axis=1)", () =>
    np.median(np.array(FLOATS).reshape(4, 25000).astype('float32'), { axis: 1 }),
  );
  longCheck("np.median(F.reshape(25000, 4).astype('int64'), axis=0)", () =>
    np.median(np.array(FLOATS).reshape(25000, 4).astype('int64'), { axis: 0 }),
  );
});

describe('median: errors', () => {
  const a = (): np.NDArray => mk([2, 3], 'int32');
  check("np.median(mk((2, 3), 'int32'), axis=2)", () => np.median(a(), { axis: 2 }));
  check("np.median(mk((2, 3), 'int32'), axis=-3)", () => np.median(a(), { axis: -3 }));
  check("np.median(mk((2, 3), 'int32'), axis=(0, 2))", () => np.median(a(), { axis: [0, 2] }));
  check("np.median(mk((2, 3), 'int32'), axis=(0, -2))", () => np.median(a(), { axis: [0, -2] }));
  check("np.median(mk((2, 3), 'int32'), axis=1.5)", () => np.median(a(), { axis: 1.5 }));
  check('np.median(np.array(1.5), axis=0)', () => np.median(np.array(1.5), { axis: 0 }));
  check("np.median(mk((2, 3), 'int32'), axis=0, out=np.zeros(2))", () => np.median(a(), { axis: 0, out: np.zeros(2) }));
  check("np.median(mk((2, 3), 'int32'), foo=1)", () => np.median(a(), { foo: 1 }), {
    message: /median\(\) got an unexpected keyword argument 'foo'/,
  });
  check("np.median(mk((2, 3), 'int32'), 0, None, False, False, 1)", () => np.median(a(), 0, null, false, false, 1), {
    message: 'none',
  });
});
