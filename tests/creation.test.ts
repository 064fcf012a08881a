// zeros/ones/empty/full and the *_like functions, compared with NumPy.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';

const check = oracle();

const DTYPES: readonly string[] = ALL_DTYPES;
const SHAPES: [string, number | number[]][] = [
  ['3', 3],
  ['(2, 3)', [2, 3]],
  ['()', []],
  ['(0,)', [0]],
  ['(2, 0, 3)', [2, 0, 3]],
  ['(1, 1, 1, 2)', [1, 1, 1, 2]],
];

describe('zeros / ones / empty', () => {
  for (const dt of DTYPES) {
    for (const [py, js] of SHAPES) {
      check(`np.zeros(${py}, dtype='${dt}')`, () => np.zeros(js, { dtype: dt }));
      check(`np.ones(${py}, dtype='${dt}')`, () => np.ones(js, dt));
    }
    check(`np.empty((2, 2), dtype='${dt}').shape`, () => [...np.empty([2, 2], { dtype: dt }).shape]);
  }
  check('np.zeros(4)', () => np.zeros(4));
  check('np.ones(4)', () => np.ones(4));
  check('np.zeros([2, 3], order="F").strides', () => [...np.zeros([2, 3], { order: 'F' }).strides]);
  check('np.ones([2, 3], "int8", "F").strides', () => [...np.ones([2, 3], 'int8', 'F').strides]);
  check('np.zeros(3, order="c")', () => np.zeros(3, { order: 'c' }));
  check('np.zeros(3, order=None)', () => np.zeros(3, { order: null }));
  check('np.zeros(2**40 // 2**40 * 5, dtype=np.float32)', () => np.zeros(5n, { dtype: np.float32 }));
  check('np.ones(2, dtype=np.dtype("c8"))', () => np.ones(2, { dtype: np.dtype('c8') }));
});

// np.empty leaves its memory uninitialised, as NumPy does, so only what is
// specified is compared: layout, dtype, that bool elements are bools, and
// that the arrays hold what is then written (small slab, large buffer).
describe('empty / empty_like: layout and use', () => {
  check("np.empty((3, 4), dtype='int16', order='F').strides", () => [
    ...np.empty([3, 4], { dtype: 'int16', order: 'F' }).strides,
  ]);
  check("str(np.empty_like(np.ones((2, 3), dtype='float32')).dtype)", () =>
    String(np.empty_like(np.ones([2, 3], { dtype: 'float32' })).dtype),
  );
  for (const n of [7, 100000]) {
    check(`all(type(x) is bool for x in np.empty(${n}, dtype=bool).tolist())`, () =>
      (np.empty(n, { dtype: 'bool' }).tolist() as unknown[]).every((x) => typeof x === 'boolean'),
    );
    check(`all(type(x) is bool for x in np.empty_like(np.ones(${n}), dtype=bool).tolist())`, () =>
      (np.empty_like(np.ones(n), { dtype: 'bool' }).tolist() as unknown[]).every((x) => typeof x === 'boolean'),
    );
    check(`exec:a = np.empty(${n}, dtype='int32'); a[...] = 3; result = int(a.sum())`, () => {
      const a = np.empty(n, { dtype: 'int32' });
      np.copyto(a, 3);
      return a.sum();
    });
  }
});

describe('zeros / ones errors', () => {
  check("np.zeros(3, order='A')", () => np.zeros(3, { order: 'A' }));
  check("np.zeros(3, order='K')", () => np.zeros(3, { order: 'K' }));
  check("np.zeros(3, order='X')", () => np.zeros(3, { order: 'X' }));
  check("np.zeros(3, order='')", () => np.zeros(3, { order: '' }));
  check('np.zeros(3, order=1)', () => np.zeros(3, { order: 1 }));
  check("np.ones('a')", () => np.ones('a'));
  check('np.zeros(2.5)', () => np.zeros(2.5));
  check('np.zeros(True)', () => np.zeros(true));
  check('np.zeros([2, 2.5])', () => np.zeros([2, 2.5]));
  check('np.zeros([2, -1])', () => np.zeros([2, -1]));
  check('np.ones(-3)', () => np.ones(-3));
  check('np.zeros([[2]])', () => np.zeros([[2]]));
  check('np.zeros(None)', () => np.zeros(null));
  check("np.zeros(3, dtype='foo')", () => np.zeros(3, { dtype: 'foo' }));
  check('np.zeros(2**62)', () => np.zeros(2 ** 62));
  check("np.zeros(3, 'int8', 'F', 1)", () => np.zeros(3, 'int8', 'F', 1));
  check('np.zeros(3, foo=1)', () => np.zeros(3, { foo: 1 } as never));
  check("np.zeros(3, device='gpu')", () => np.zeros(3, { device: 'gpu' }));
  check("np.zeros(3, device='cpu')", () => np.zeros(3, { device: 'cpu' }));
  check('np.zeros()', () => (np.zeros as (...a: unknown[]) => unknown)(), { message: 'none' }); // Python's text names 'shape' differently
});

describe('full', () => {
  const values: [string, unknown][] = [
    ['1.5', 1.5],
    ['7', 7],
    ['True', true],
    ['False', false],
    ['-0.0', -0],
    ['1j', new np.Complex(0, 1)],
    ['(2-3j)', new np.Complex(2, -3)],
    ["float('nan')", Number.NaN],
    ["float('inf')", Number.POSITIVE_INFINITY],
    ['2**63', 2n ** 63n],
    ['-2**63', -(2n ** 63n)],
    ['[1, 2, 3]', [1, 2, 3]],
    ['[1.5, 2, 3]', [1.5, 2, 3]],
  ];
  for (const [py, js] of values) {
    check(`np.full((2, 3), ${py})`, () => np.full([2, 3], js));
    check(`np.full(3, ${py}, order='F')`, () => np.full(3, js, { order: 'F' }));
  }
  for (const dt of DTYPES) {
    check(`np.full((2, 2), 1, dtype='${dt}')`, () => np.full([2, 2], 1, dt));
    check(`np.full(3, 2.75, dtype='${dt}')`, () => np.full(3, 2.75, { dtype: dt }));
    check(`np.full(3, -1.5, dtype='${dt}')`, () => np.full(3, -1.5, { dtype: dt }));
    check(`np.full((2, 3), [1, 0, 2], dtype='${dt}')`, () => np.full([2, 3], [1, 0, 2], { dtype: dt }));
    check(`np.full(2, 1+2j, dtype='${dt}')`, () => np.full(2, new np.Complex(1, 2), { dtype: dt }));
    check(`np.full((), 5, dtype='${dt}')`, () => np.full([], 5, { dtype: dt }));
    check(`np.full(0, 5, dtype='${dt}')`, () => np.full(0, 5, { dtype: dt }));
  }
  check("np.full(3, 300, dtype='int8')", () => np.full(3, 300, { dtype: 'int8' }));
  check("np.full(3, -1, dtype='uint8')", () => np.full(3, -1, { dtype: 'uint8' }));
  check("np.full(3, 2**64, dtype='uint64')", () => np.full(3, 2n ** 64n, { dtype: 'uint64' }), { message: 'none' }); // rumpy names the value, Python the C type
  check("np.full(3, [300, 1, 2], dtype='int8')", () => np.full(3, [300, 1, 2], { dtype: 'int8' }));
  check("np.full(3, float('nan'), dtype=int)", () => np.full(3, Number.NaN, { dtype: 'int' }));
  check('np.full(3, 1.5, dtype=int)', () => np.full(3, 1.5, { dtype: 'int' }));
  check('np.full(3, [1, 2])', () => np.full(3, [1, 2]));
  check('np.full((2, 3), [[1], [2]])', () => np.full([2, 3], [[1], [2]]));
  check('np.full((2, 3), [[1, 2, 3], [4, 5, 6]])', () =>
    np.full(
      [2, 3],
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ),
  );
  check('np.full((2, 3), [[1, 2]])', () => np.full([2, 3], [[1, 2]]));
  check('np.full((3,), np.arange(3))', () => np.full([3], np.arange(3)));
  check('np.full((2, 3), np.arange(3)[::-1])', () => np.full([2, 3], reversed(np.arange(3))));
  check('np.full(3, np.float32(1.5))', () => np.full(3, np.array(1.5, { dtype: 'float32' })));
  check('np.full(-1, 0)', () => np.full(-1, 0));
  check('np.full(3)', () => (np.full as (...a: unknown[]) => unknown)(3), { message: 'none' }); // Python's text differs
  check("np.full(3, 1, order='A')", () => np.full(3, 1, { order: 'A' }));
});

describe('*_like', () => {
  const protos: [string, () => np.NDArray][] = [
    [
      'np.arange(6).reshape(2, 3)',
      () =>
        np.array([
          [0, 1, 2],
          [3, 4, 5],
        ]),
    ],
    ['np.zeros((2, 3), dtype=np.float32)', () => np.zeros([2, 3], 'float32')],
    ['np.ones((), dtype=np.int8)', () => np.ones([], 'int8')],
    ['np.ones((0, 2), dtype=np.complex64)', () => np.ones([0, 2], 'complex64')],
    ['np.array([True, False])', () => np.array([true, false])],
  ];
  for (const [py, js] of protos) {
    check(`np.zeros_like(${py})`, () => np.zeros_like(js()));
    check(`np.ones_like(${py})`, () => np.ones_like(js()));
    check(`np.full_like(${py}, 7)`, () => np.full_like(js(), 7));
    check(`np.full_like(${py}, 2.5)`, () => np.full_like(js(), 2.5));
    check(`np.empty_like(${py}).shape`, () => [...np.empty_like(js()).shape]);
    for (const dt of DTYPES) {
      check(`np.ones_like(${py}, dtype='${dt}')`, () => np.ones_like(js(), { dtype: dt }));
    }
    check(`np.zeros_like(${py}, shape=(3, 1))`, () => np.zeros_like(js(), { shape: [3, 1] }));
    check(`np.full_like(${py}, 9, 'int16', shape=4)`, () => np.full_like(js(), 9, 'int16', { shape: 4 }));
  }
  check('np.zeros_like([[1, 2], [3, 4]])', () =>
    np.zeros_like([
      [1, 2],
      [3, 4],
    ]),
  );
  check('np.ones_like(5)', () => np.ones_like(5));
  check('np.ones_like(2.5)', () => np.ones_like(2.5));
  check('np.full_like([1, 2, 3], 2.7)', () => np.full_like([1, 2, 3], 2.7));
  check('np.full_like([1, 2, 3], 2.7, dtype=float)', () => np.full_like([1, 2, 3], 2.7, { dtype: 'float' }));
  check('np.full_like(np.zeros((2, 3)), [1, 2])', () => np.full_like(np.zeros([2, 3]), [1, 2]));
  check('np.full_like(np.zeros((2, 3)), [1, 2, 3])', () => np.full_like(np.zeros([2, 3]), [1, 2, 3]));
  check('np.full_like(np.zeros(3, dtype=np.int8), 300)', () => np.full_like(np.zeros(3, 'int8'), 300));
  check('np.full_like(np.zeros(3, dtype=np.int8), 2.5)', () => np.full_like(np.zeros(3, 'int8'), 2.5));
  check("np.zeros_like([1, 2], order='X')", () => np.zeros_like([1, 2], { order: 'X' }));
  check('np.zeros_like([1, 2], shape=-1)', () => np.zeros_like([1, 2], { shape: -1 }));
  check('np.zeros_like([1, 2], foo=1)', () => np.zeros_like([1, 2], { foo: 1 } as never));

  // Memory layout: order='K' keeps the prototype's axis order.
  const layouts: [string, () => np.NDArray][] = [
    ['np.zeros((2, 3)).T', () => np.zeros([3, 2], { order: 'F' })],
    ['np.zeros((2, 3), order="F")', () => np.zeros([2, 3], { order: 'F' })],
    ['np.zeros((2, 3, 4)).transpose(1, 0, 2)', () => transpose102(np.zeros([2, 3, 4]))],
  ];
  for (const [py, js] of layouts) {
    for (const order of ['K', 'A', 'C', 'F']) {
      check(`np.ones_like(${py}, order='${order}').strides`, () => [...np.ones_like(js(), { order }).strides]);
    }
    check(`np.zeros_like(${py}, shape=(4, 5, 6)).strides`, () => [
      ...np.zeros_like(js(), { shape: [4, 5, 6] }).strides,
    ]);
  }
  check("np.empty_like(np.zeros((2, 3, 4)).transpose(1, 0, 2), order='K', shape=(4, 5, 6)).strides", () => [
    ...np.empty_like(transpose102(np.zeros([2, 3, 4])), { order: 'K', shape: [4, 5, 6] }).strides,
  ]);
});

/** `a.transpose(1, 0, 2)` as a view (rumpy's transpose comes from another module). */
function transpose102(a: np.NDArray): np.NDArray {
  const s = a.shape;
  const st = a.strides;
  return a._view(a._offset, [s[1], s[0], s[2]], [st[1], st[0], st[2]]);
}

/** `a[::-1]` of a 1-d array as a view. */
function reversed(a: np.NDArray): np.NDArray {
  return a._view(a._offset + (a.shape[0] - 1) * a.strides[0], a.shape, [-a.strides[0]]);
}

describe('short paths: zeros/ones of a shape alone, *_like filled through a scalar slot', () => {
  for (const [py, js] of [
    ['4', 4],
    ['[2, 3]', [2, 3]],
    ['[]', []],
    ['0', 0],
    ['[3, 0]', [3, 0]],
    ['-1', -1],
    ['2.5', 2.5],
    ["'3'", '3'],
  ] as [string, unknown][]) {
    check(`np.zeros(${py})`, () => np.zeros(js as number));
    check(`np.ones(${py})`, () => np.ones(js as number));
  }
  const protos: [string, () => np.NDArray][] = [
    ["np.arange(6, dtype='int8').reshape(2, 3)", () => np.arange(6, { dtype: 'int8' }).reshape(2, 3)],
    ["np.arange(6, dtype='float16').reshape(2, 3).T", () => np.arange(6, { dtype: 'float16' }).reshape(2, 3).T],
    ["np.arange(6, dtype='uint32')[::-2]", () => np.arange(6, { dtype: 'uint32' }).get('::-2')],
    ['np.arange(6).reshape(2, 3)', () => np.arange(6).reshape(2, 3)],
    ['np.arange(4).astype(bool)', () => np.arange(4).astype('bool')],
  ];
  for (const [pp, jp] of protos) {
    for (const [pv, jv] of [
      ['2.7', 2.7],
      ['-0.0', -0],
      ['True', true],
      ['7', 7],
      ['300', 300],
      ['70000.5', 70000.5],
      ['float("nan")', Number.NaN],
    ] as [string, unknown][]) {
      check(
        `exec:r = np.full_like(${pp}, ${pv}); result = (r, r.strides)`,
        () => {
          const r = np.full_like(jp(), jv);
          return [r, r.strides];
        },
        { warnings: true },
      );
    }
    check(`exec:r = np.ones_like(${pp}); result = (r, r.strides)`, () => {
      const r = np.ones_like(jp());
      return [r, r.strides];
    });
  }
});

describe('np.array: overflow of a narrowing float cast warns as in NumPy', () => {
  const cases: [string, () => unknown][] = [
    ["np.array([1e10, 1], dtype='float16')", () => np.array([1e10, 1], { dtype: 'float16' })],
    ["np.array([70000, 2], dtype='float16')", () => np.array([70000, 2], { dtype: 'float16' })],
    ["np.array([[1e300], [-1e300]], dtype='float32')", () => np.array([[1e300], [-1e300]], { dtype: 'float32' })],
    ["np.array([1e300+1j], dtype='complex64')", () => np.array([new np.Complex(1e300, 1)], { dtype: 'complex64' })],
    [
      "np.array([np.inf, -np.inf, np.nan], dtype='float16')",
      () => np.array([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN], { dtype: 'float16' }),
    ],
    ["np.array([65504.0, 1e-10], dtype='float16')", () => np.array([65504, 1e-10], { dtype: 'float16' })],
    ["np.array([1e300], dtype='float64')", () => np.array([1e300], { dtype: 'float64' })],
  ];
  for (const [expr, f] of cases) check(expr, f, { warnings: 'each' });
});
