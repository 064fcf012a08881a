// eye, identity, diag, diagflat, tri, tril, triu, vander, meshgrid and
// fromfunction, compared with NumPy.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';

const check = oracle();
const C = (re: number, im: number): np.Complex => new np.Complex(re, im);

const DTYPES: readonly string[] = ALL_DTYPES;

/** A C-ordered array with values 0..n-1 of the given shape. */
function iota(shape: number[], dtype = 'int64'): np.NDArray {
  const n = shape.reduce((a, b) => a * b, 1);
  const flat = np.arange(n, { dtype });
  return flat._view(flat._offset, shape, defaultStrides(shape, flat.itemsize));
}
function defaultStrides(shape: number[], item: number): number[] {
  const out = new Array<number>(shape.length);
  let acc = item;
  for (let i = shape.length - 1; i >= 0; i--) {
    out[i] = acc;
    acc *= Math.max(shape[i], 1);
  }
  return out;
}
/** `a.T` for 2-d `a` as a view. */
function T(a: np.NDArray): np.NDArray {
  return a._view(a._offset, [a.shape[1], a.shape[0]], [a.strides[1], a.strides[0]]);
}

describe('eye / identity', () => {
  for (const [py, js] of [
    ['3', [3]],
    ['0', [0]],
    ['1', [1]],
    ['3, 5', [3, 5]],
    ['5, 3', [5, 3]],
    ['4, 0', [4, 0]],
  ] as [string, number[]][]) {
    for (const k of [-6, -2, -1, 0, 1, 2, 6]) {
      check(`np.eye(${py}, k=${k})`, () => (js.length === 1 ? np.eye(js[0], { k }) : np.eye(js[0], js[1], k)));
    }
  }
  for (const dt of DTYPES) {
    check(`np.eye(3, 4, 1, dtype='${dt}')`, () => np.eye(3, 4, 1, dt));
    check(`np.identity(3, dtype='${dt}')`, () => np.identity(3, dt));
  }
  check('np.eye(3, 2, -1, dtype=int, order="F")', () => np.eye(3, 2, -1, { dtype: 'int', order: 'F' }));
  check('np.eye(3, 2, -1, order="F").strides', () => [...np.eye(3, 2, -1, { order: 'F' }).strides]);
  check('np.eye(3, M=None)', () => np.eye(3, { M: null }));
  check('np.identity(4)', () => np.identity(4));
  check('np.identity(0)', () => np.identity(0));
  check('np.eye(-1)', () => np.eye(-1));
  check('np.eye(2.5)', () => np.eye(2.5));
  check('np.eye(3, k=1.5)', () => np.eye(3, { k: 1.5 }));
  check("np.eye(3, order='A')", () => np.eye(3, { order: 'A' }));
  check("np.eye(3, dtype='foo')", () => np.eye(3, { dtype: 'foo' }));
  check('np.identity(-2)', () => np.identity(-2));
  check('np.eye(3, foo=1)', () => np.eye(3, { foo: 1 } as never));
});

describe('diag / diagflat', () => {
  for (const k of [-4, -1, 0, 1, 2, 4]) {
    check(`np.diag([1, 2, 3], ${k})`, () => np.diag([1, 2, 3], k));
    check(`np.diag(np.arange(12).reshape(3, 4), ${k})`, () => np.diag(iota([3, 4]), k));
    check(`np.diag(np.arange(12).reshape(4, 3), k=${k})`, () => np.diag(iota([4, 3]), { k }));
    check(`np.diag(np.arange(12).reshape(3, 4).T, ${k})`, () => np.diag(T(iota([3, 4])), k));
    check(`np.diagflat([[1, 2], [3, 4]], ${k})`, () =>
      np.diagflat(
        [
          [1, 2],
          [3, 4],
        ],
        k,
      ),
    );
  }
  for (const dt of DTYPES) {
    check(`np.diag(np.array([1, 0, 2], dtype='${dt}'))`, () => np.diag(np.array([1, 0, 2], { dtype: dt })));
    check(`np.diag(np.arange(9).reshape(3, 3).astype('${dt}'))`, () =>
      np.diag(iota([3, 3], dt === 'bool' ? 'int64' : dt).astype(dt)),
    );
  }
  check('np.diag([])', () => np.diag([]));
  check('np.diag(np.zeros((0, 3)))', () => np.diag(np.zeros([0, 3])));
  check('np.diag([1.5, 2j])', () => np.diag([1.5, C(0, 2)]));
  check('np.diagflat(5)', () => np.diagflat(5));
  check('np.diagflat(np.arange(6).reshape(2, 3).T)', () => np.diagflat(T(iota([2, 3]))));
  check('np.diag(5)', () => np.diag(5));
  check('np.diag(np.zeros((2, 2, 2)))', () => np.diag(np.zeros([2, 2, 2])));
  check('np.diag([1, 2], 1.5)', () => np.diag([1, 2], 1.5));
  check('np.diag(np.eye(3)).flags.writeable', () => np.diag(np.eye(3)).flags.writeable);
  check('np.diag(np.eye(3)).flags.owndata', () => np.diag(np.eye(3)).flags.owndata);
  check('np.diag([1, 2]).flags.writeable', () => np.diag([1, 2]).flags.writeable);
  check('np.diag(np.arange(12).reshape(3, 4), 1).strides', () => [...np.diag(iota([3, 4]), 1).strides]);
  test('np.diag of a 2-d array shares memory', () => {
    const a = iota([3, 3]);
    const d = np.diag(a, 1);
    expect(d.base).toBe(a.base ?? a);
  });
});

describe('tri / tril / triu', () => {
  for (const [py, js] of [
    ['3', [3]],
    ['3, 5', [3, 5]],
    ['5, 3', [5, 3]],
    ['0', [0]],
    ['-1', [-1]],
    ['2, 0', [2, 0]],
  ] as [string, number[]][]) {
    for (const k of [-3, -1, 0, 1, 4]) {
      check(`np.tri(${py}, k=${k})`, () => (js.length === 1 ? np.tri(js[0], { k }) : np.tri(js[0], js[1], k)));
    }
  }
  for (const dt of DTYPES) {
    check(`np.tri(3, 4, 1, dtype='${dt}')`, () => np.tri(3, 4, 1, dt));
    check(`np.tril(np.ones((3, 4), dtype='${dt}'))`, () => np.tril(np.ones([3, 4], dt)));
    check(`np.triu(np.ones((4, 3), dtype='${dt}'), -1)`, () => np.triu(np.ones([4, 3], dt), -1));
  }
  const mats: [string, () => np.NDArray][] = [
    ['np.arange(12).reshape(3, 4)', () => iota([3, 4])],
    ['np.arange(12).reshape(4, 3)', () => iota([4, 3])],
    ['np.arange(24).reshape(2, 3, 4)', () => iota([2, 3, 4])],
    ['np.arange(24.).reshape(2, 1, 3, 4)', () => iota([2, 1, 3, 4], 'float64')],
    ['np.arange(12).reshape(3, 4).T', () => T(iota([3, 4]))],
    ['np.zeros((0, 3))', () => np.zeros([0, 3])],
    ['np.zeros((2, 0, 3))', () => np.zeros([2, 0, 3])],
  ];
  for (const [py, js] of mats) {
    for (const k of [-5, -1, 0, 2, 5]) {
      check(`np.tril(${py}, ${k})`, () => np.tril(js(), k));
      check(`np.triu(${py}, k=${k})`, () => np.triu(js(), { k }));
    }
  }
  check('np.tril([1, 2, 3])', () => np.tril([1, 2, 3]));
  check('np.triu([1, 2, 3], 1)', () => np.triu([1, 2, 3], 1));
  check('np.triu([[True, False], [True, True]])', () =>
    np.triu([
      [true, false],
      [true, true],
    ]),
  );
  check('np.tril([[1+1j, 2], [3, 4j]])', () =>
    np.tril([
      [C(1, 1), 2],
      [3, C(0, 4)],
    ]),
  );
  check('np.tril(5)', () => np.tril(5));
  check('np.tri(3, foo=1)', () => np.tri(3, { foo: 1 } as never));
});

describe('vander', () => {
  const inputs: [string, unknown][] = [
    ['[1, 2, 3]', [1, 2, 3]],
    ['[1, 2, 3, 5]', [1, 2, 3, 5]],
    ['[-2, 0, 7]', [-2, 0, 7]],
    ['[0.5, -1.25, 3.1]', [0.5, -1.25, 3.1]],
    ['[1+1j, 2-0.5j, -0.3+0.7j]', [C(1, 1), C(2, -0.5), C(-0.3, 0.7)]],
    ['[True, False]', [true, false]],
    ['[]', []],
    ["np.array([1, 2], dtype='uint64')", np.array([1, 2], { dtype: 'uint64' })],
    ["np.array([1.1, 2], dtype='float32')", np.array([1.1, 2], { dtype: 'float32' })],
    ["np.array([1.1, 2], dtype='float16')", np.array([1.1, 2], { dtype: 'float16' })],
    ["np.array([1.1+2j, 2], dtype='complex64')", np.array([C(1.1, 2), 2], { dtype: 'complex64' })],
    ["np.array([3, -4], dtype='int8')", np.array([3, -4], { dtype: 'int8' })],
    ["np.array([200, 3], dtype='uint8')", np.array([200, 3], { dtype: 'uint8' })],
  ];
  for (const [py, js] of inputs) {
    check(`np.vander(${py})`, () => np.vander(js));
    for (const n of [0, 1, 2, 5]) {
      check(`np.vander(${py}, ${n})`, () => np.vander(js, n));
      check(`np.vander(${py}, ${n}, increasing=True)`, () => np.vander(js, n, { increasing: true }));
    }
  }
  check('np.vander([3, 7, 11], 30)', () => np.vander([3, 7, 11], 30), { name: 'int64 powers wrap' });
  check('np.vander([0.1, 1.7, -3.3, 1e10], 40)', () => np.vander([0.1, 1.7, -3.3, 1e10], 40));
  check('np.vander([0.37+0.91j, -1.3+0.2j, 2.5-1.5j], 25)', () =>
    np.vander([C(0.37, 0.91), C(-1.3, 0.2), C(2.5, -1.5)], 25),
  );
  check('np.vander(np.arange(5)[::-2], 3)', () => {
    const a = np.arange(5);
    return np.vander(a._view(a._offset + 32, [3], [-16]), 3);
  });
  check('np.vander([1, 2, 3], -1)', () => np.vander([1, 2, 3], -1));
  check('np.vander([[1]])', () => np.vander([[1]]));
  check('np.vander(5)', () => np.vander(5));
  check('np.vander([1, 2], 2.5)', () => np.vander([1, 2], 2.5));
});

describe('meshgrid', () => {
  const cases: [string, unknown[], Record<string, unknown>][] = [
    [
      '[1, 2], [3, 4, 5]',
      [
        [1, 2],
        [3, 4, 5],
      ],
      {},
    ],
    [
      "[1, 2], [3, 4, 5], indexing='ij'",
      [
        [1, 2],
        [3, 4, 5],
      ],
      { indexing: 'ij' },
    ],
    [
      '[1, 2], [3, 4, 5], sparse=True',
      [
        [1, 2],
        [3, 4, 5],
      ],
      { sparse: true },
    ],
    [
      "[1, 2], [3, 4, 5], sparse=True, indexing='ij'",
      [
        [1, 2],
        [3, 4, 5],
      ],
      { sparse: true, indexing: 'ij' },
    ],
    [
      '[1, 2], [3.5, 4], [5j, 6, 7]',
      [
        [1, 2],
        [3.5, 4],
        [C(0, 5), 6, 7],
      ],
      {},
    ],
    [
      "[1, 2], [3.5, 4], [5j, 6, 7], indexing='ij'",
      [
        [1, 2],
        [3.5, 4],
        [C(0, 5), 6, 7],
      ],
      { indexing: 'ij' },
    ],
    [
      '[1, 2], [3.5, 4], [5j, 6, 7], sparse=True',
      [
        [1, 2],
        [3.5, 4],
        [C(0, 5), 6, 7],
      ],
      { sparse: true },
    ],
    ['[1, 2, 3]', [[1, 2, 3]], {}],
    [
      '[[1, 2], [3, 4]], [5, 6]',
      [
        [
          [1, 2],
          [3, 4],
        ],
        [5, 6],
      ],
      {},
    ],
    ['[], [1, 2]', [[], [1, 2]], {}],
    ['5, [1, 2]', [5, [1, 2]], {}],
    [
      '[1, 2], [3, 4, 5], copy=False',
      [
        [1, 2],
        [3, 4, 5],
      ],
      { copy: false },
    ],
  ];
  for (const [py, xs, opts] of cases) {
    check(`np.meshgrid(${py})`, () => np.meshgrid(...xs, opts));
  }
  check('np.meshgrid()', () => np.meshgrid());
  check('[x.flags.c_contiguous for x in np.meshgrid([1, 2], [3, 4, 5])]', () =>
    np.meshgrid([1, 2], [3, 4, 5]).map((x) => x.flags.c_contiguous),
  );
  check("np.meshgrid([1, 2], [3, 4, 5], indexing='foo')", () => np.meshgrid([1, 2], [3, 4, 5], { indexing: 'foo' }));
  check('np.meshgrid([1, 2], foo=1)', () => np.meshgrid([1, 2], { foo: 1 }));
});

describe('fromfunction', () => {
  check('np.fromfunction(lambda i, j: i + j, (2, 3))', () =>
    np.fromfunction((i: np.NDArray, j: np.NDArray) => np.full(i.shape, 0).shape && addArrays(i, j), [2, 3]),
  );
  check('np.fromfunction(lambda i, j: i, (2, 3), dtype=int)', () =>
    np.fromfunction((i: np.NDArray) => i, [2, 3], { dtype: 'int' }),
  );
  check('np.fromfunction(lambda i, j: j, (2, 3), dtype=np.float32)', () =>
    np.fromfunction((_i: np.NDArray, j: np.NDArray) => j, [2, 3], { dtype: np.float32 }),
  );
  check('np.fromfunction(lambda i: i, 4)', () => np.fromfunction((i: np.NDArray) => i, 4));
  check('np.fromfunction(lambda i, j, k: k, (2, 0, 3))', () =>
    np.fromfunction((_i: unknown, _j: unknown, k: np.NDArray) => k, [2, 0, 3]),
  );
  check('np.fromfunction(lambda: 7, ())', () => np.fromfunction(() => 7, []));
  check('np.fromfunction(lambda i, j, scale: np.full(i.shape, float(scale)), (2, 2), scale=3.5)', () =>
    np.fromfunction((i: np.NDArray, _j: unknown, kw: { scale: number }) => np.full(i.shape, kw.scale), [2, 2], {
      scale: 3.5,
    }),
  );
  check('np.fromfunction(5, (2, 2))', () => np.fromfunction(5, [2, 2]));
  check('np.fromfunction(lambda i: i, -1)', () => np.fromfunction((i: np.NDArray) => i, -1));
});

/** i + j for two same-shape float64 arrays (rumpy's add comes from another module). */
function addArrays(a: np.NDArray, b: np.NDArray): np.NDArray {
  const av = a.tolist() as number[][];
  const bv = b.tolist() as number[][];
  return np.array(
    av.map((row, r) => row.map((x, c) => x + bv[r][c])),
    { dtype: 'float64' },
  );
}
