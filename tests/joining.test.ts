// Joining functions compared with NumPy: concatenate/stack/vstack/hstack/
// dstack/column_stack/row_stack/block/append, atleast_*d, broadcast_*.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { DTYPES, PY_SETUP, mk } from './helpers/views';

const check = oracle(PY_SETUP);
const A = (dt = 'int64'): np.NDArray => mk([2, 3], dt);
const B = (dt = 'int64'): np.NDArray => mk([2, 3], dt).add(10) as np.NDArray;

describe('concatenate', () => {
  for (const dt of DTYPES) {
    for (const axis of [0, 1, -1, -2, null]) {
      check(
        `np.concatenate([mk((2, 3), '${dt}'), mk((2, 3), '${dt}')[::-1], mk((2, 3), '${dt}')[:, ::-1]], axis=${axis ?? 'None'})`,
        () => np.concatenate([mk([2, 3], dt), mk([2, 3], dt).get('::-1'), mk([2, 3], dt).get(':', '::-1')], { axis }),
      );
    }
  }
  // Promotion across inputs.
  const pairs = [
    ['int8', 'uint8'],
    ['int64', 'float32'],
    ['bool', 'int16'],
    ['uint64', 'int64'],
    ['float16', 'complex64'],
    ['int32', 'float16'],
  ];
  for (const [x, y] of pairs) {
    check(`np.concatenate([mk((2, 3), '${x}'), mk((1, 3), '${y}')])`, () =>
      np.concatenate([mk([2, 3], x), mk([1, 3], y)]),
    );
    check(`np.stack([mk((2, 3), '${x}'), mk((2, 3), '${y}')], axis=1)`, () =>
      np.stack([mk([2, 3], x), mk([2, 3], y)], 1),
    );
  }
  check('np.concatenate([mk((2, 3), "int64"), mk((2, 3), "float64")], dtype="float32")', () =>
    np.concatenate([A(), A('float64')], { dtype: 'float32' }),
  );
  check('np.concatenate([mk((2, 3), "float64"), mk((2, 3), "int64")], dtype="int32", casting="unsafe")', () =>
    np.concatenate([A('float64'), A()], { dtype: 'int32', casting: 'unsafe' }),
  );
  check('np.concatenate([mk((2, 3), "float64"), mk((2, 3), "int64")], dtype="int32")', () =>
    np.concatenate([A('float64'), A()], { dtype: 'int32' }),
  );
  check('np.concatenate([mk((2, 3), "int32"), mk((2, 3), "int64")], casting="no")', () =>
    np.concatenate([A('int32'), A()], { casting: 'no' }),
  );
  check(
    'exec:o = np.zeros((2, 6), "float32"); r = np.concatenate([mk((2, 3), "int64"), mk((2, 3), "int64")], 1, o); result = [r is o, o]',
    () => {
      const o = np.zeros([2, 6], 'float32');
      const r = np.concatenate([A(), A()], 1, o);
      return [r === o, o];
    },
  );
  check('np.concatenate([mk((0, 3), "int64"), mk((2, 3), "int64"), mk((0, 3), "int64")])', () =>
    np.concatenate([mk([0, 3], 'int64'), A(), mk([0, 3], 'int64')]),
  );
  check('np.concatenate([[1, 2], [3.5]])', () => np.concatenate([[1, 2], [3.5]]));
  check('np.concatenate(mk((2, 3), "int64"))', () => np.concatenate(A()));
  check('np.concatenate([mk((2, 3), "int64").T, mk((2, 3), "int64").T], axis=1)', () =>
    np.concatenate([A().T, A().T], 1),
  );
  // Errors.
  check('np.concatenate([])', () => np.concatenate([]));
  check('np.concatenate([mk((2, 3), "int64"), np.arange(3)])', () => np.concatenate([A(), np.arange(3)]));
  check('np.concatenate([mk((2, 3), "int64"), np.ones((2, 2))])', () => np.concatenate([A(), np.ones([2, 2])]));
  check('np.concatenate([mk((2, 3), "int64")] * 2, axis=2)', () => np.concatenate([A(), A()], 2));
  check('np.concatenate([mk((2, 3), "int64")] * 2, axis=-3)', () => np.concatenate([A(), A()], -3));
  check('np.concatenate([np.array(1), np.array(2)])', () => np.concatenate([np.array(1), np.array(2)]));
  check('np.concatenate([np.array(1), np.array(2)], axis=None)', () =>
    np.concatenate([np.array(1), np.array(2)], { axis: null }),
  );
  check('np.concatenate([mk((2, 3), "int64")] * 2, dtype="i4", out=np.zeros((4, 3)))', () =>
    np.concatenate([A(), A()], { dtype: 'i4', out: np.zeros([4, 3]) }),
  );
  check('np.concatenate([mk((2, 3), "int64")] * 2, out=np.zeros((5, 3)))', () =>
    np.concatenate([A(), A()], { out: np.zeros([5, 3]) }),
  );
  check('np.concatenate([mk((2, 3), "int64")] * 2, out=np.zeros((4, 3, 1)))', () =>
    np.concatenate([A(), A()], { out: np.zeros([4, 3, 1]) }),
  );
  check('np.concatenate([mk((2, 3), "int64")] * 2, casting="bad")', () =>
    np.concatenate([A(), A()], { casting: 'bad' }),
  );
  check('np.concatenate([mk((2, 3), "int64")] * 2, axis=1.5)', () => np.concatenate([A(), A()], 1.5));
});

describe('concatenate: byte copies of contiguous blocks (the short path) and its neighbours', () => {
  const r = (n: number, dt = 'float64') => np.arange(n).astype(dt);
  check('exec:r = np.concatenate([np.arange(3.0), np.arange(4.0), np.arange(0.0)]); result = (r, r.strides)', () => {
    const x = np.concatenate([r(3), r(4), r(0)]);
    return [x, x.strides];
  });
  check("np.concatenate([np.arange(6, dtype='int16').reshape(2, 3), np.arange(3, dtype='int16').reshape(1, 3)])", () =>
    np.concatenate([r(6, 'int16').reshape(2, 3), r(3, 'int16').reshape(1, 3)]),
  );
  check(
    "np.concatenate([np.arange(6, dtype='int16').reshape(1, 6), np.arange(3, dtype='int16').reshape(1, 3)], axis=1)",
    () => np.concatenate([r(6, 'int16').reshape(1, 6), r(3, 'int16').reshape(1, 3)], { axis: 1 }),
  );
  check('np.concatenate([np.arange(6.0).reshape(2, 3), np.arange(4.0).reshape(2, 2)], axis=1)', () =>
    np.concatenate([r(6).reshape(2, 3), r(4).reshape(2, 2)], { axis: 1 }),
  );
  check("np.concatenate([np.arange(6.0)[::-2], np.arange(4, dtype='int8'), np.arange(2.0)])", () =>
    np.concatenate([r(6).get('::-2'), r(4, 'int8'), r(2)]),
  );
  check("np.concatenate([np.arange(3.0), np.arange(3.0)], dtype='float32')", () =>
    np.concatenate([r(3), r(3)], { dtype: 'float32' }),
  );
  check('exec:a = np.arange(4.0); b = np.concatenate([a, a]); b[0] = 9; result = (a, b)', () => {
    const a = r(4);
    const b = np.concatenate([a, a]);
    b.set(0, 9);
    return [a, b];
  });
  check("np.concatenate([np.arange(3.0), np.arange(3, dtype='complex128')])", () =>
    np.concatenate([r(3), r(3, 'complex128')]),
  );
});

describe("memory order of the result (the inputs' common axis order, C on conflicts)", () => {
  // [py, js] inputs: C, Fortran, transposed 3-d, reversed, strided, length-1 axes.
  const F = ['np.asfortranarray(mk((3, 4), "float64"))', () => np.asfortranarray(mk([3, 4], 'float64'))] as const;
  const C = ['mk((3, 4), "float64")', () => mk([3, 4], 'float64')] as const;
  const T3 = ['mk((2, 3, 4), "int32").transpose(2, 0, 1)', () => mk([2, 3, 4], 'int32').transpose(2, 0, 1)] as const;
  const cases: [string, () => np.NDArray][] = [
    [`np.concatenate([${F[0]}, ${F[0]}])`, () => np.concatenate([F[1](), F[1]()])],
    [`np.concatenate([${F[0]}, ${F[0]}], axis=1)`, () => np.concatenate([F[1](), F[1]()], 1)],
    [`np.concatenate([${C[0]}, ${F[0]}])`, () => np.concatenate([C[1](), F[1]()])],
    [`np.concatenate([${F[0]}, ${C[0]}])`, () => np.concatenate([F[1](), C[1]()])],
    [`np.concatenate([${T3[0]}, ${T3[0]}], axis=1)`, () => np.concatenate([T3[1](), T3[1]()], 1)],
    [`np.concatenate([${T3[0]}, mk((4, 2, 3), "int32")])`, () => np.concatenate([T3[1](), mk([4, 2, 3], 'int32')])],
    [`np.concatenate([${F[0]}[::2], ${F[0]}[::-1]])`, () => np.concatenate([F[1]().get('::2'), F[1]().get('::-1')])],
    [
      'np.concatenate([np.asfortranarray(mk((1, 4), "int8")), np.asfortranarray(mk((3, 4), "int8"))])',
      () => np.concatenate([np.asfortranarray(mk([1, 4], 'int8')), np.asfortranarray(mk([3, 4], 'int8'))]),
    ],
    [
      'np.concatenate([mk((3, 1), "int8"), mk((3, 1), "int8")], axis=1)',
      () => np.concatenate([mk([3, 1], 'int8'), mk([3, 1], 'int8')], 1),
    ],
    [`np.concatenate([${F[0]}, ${F[0]}], axis=None)`, () => np.concatenate([F[1](), F[1]()], null)],
    [`np.stack([${F[0]}, ${F[0]}])`, () => np.stack([F[1](), F[1]()])],
    [`np.stack([${F[0]}, ${F[0]}], axis=2)`, () => np.stack([F[1](), F[1]()], 2)],
    [`np.vstack([${F[0]}, ${F[0]}])`, () => np.vstack([F[1](), F[1]()])],
    [`np.hstack([${F[0]}, ${F[0]}])`, () => np.hstack([F[1](), F[1]()])],
    [`np.block([[${F[0]}, ${F[0]}]])`, () => np.block([[F[1](), F[1]()]])],
    [`np.append(${F[0]}, ${F[0]}, axis=0)`, () => np.append(F[1](), F[1](), 0)],
  ];
  for (const [py, js] of cases) {
    check(`exec:r = ${py}; result = [r, list(r.strides)]`, () => {
      const r = js();
      return [r, [...r.strides]];
    });
  }
});

describe('stack family', () => {
  for (const axis of [0, 1, 2, -1, -3]) {
    check(`np.stack([mk((2, 3), 'int16'), mk((2, 3), 'int16')[::-1]], axis=${axis ?? 'None'})`, () =>
      np.stack([A('int16'), A('int16').get('::-1')], axis),
    );
  }
  check('np.stack([np.array(1.5), np.array(2)])', () => np.stack([np.array(1.5), np.array(2)]));
  check('np.stack([1, 2])', () => np.stack([1, 2]));
  check('np.stack([mk((2, 3), "int64")] * 2, dtype="float16")', () => np.stack([A(), A()], { dtype: 'float16' }));
  check('np.stack([])', () => np.stack([]));
  check('np.stack([mk((2, 3), "int64"), mk((2, 3), "int64")[:1]])', () => np.stack([A(), A().get(':1')]));
  check('np.stack([mk((2, 3), "int64")] * 2, axis=3)', () => np.stack([A(), A()], 3));
  const inputs: [string, () => unknown[]][] = [
    [
      '[1, 2], [3, 4]',
      () => [
        [1, 2],
        [3, 4],
      ],
    ],
    ['np.array(1), np.array(2.5)', () => [np.array(1), np.array(2.5)]],
    ["mk((2, 3), 'int8'), mk((2, 3), 'uint8')[::-1]", () => [A('int8'), A('uint8').get('::-1')]],
    ["mk((2, 3, 2), 'float32'), mk((2, 3, 2), 'int64')", () => [mk([2, 3, 2], 'float32'), mk([2, 3, 2], 'int64')]],
    ["mk((3,), 'int64'), mk((1, 3), 'int64')", () => [mk([3], 'int64'), mk([1, 3], 'int64')]],
  ];
  const fns = ['vstack', 'hstack', 'dstack', 'column_stack', 'row_stack'] as const;
  for (const f of fns) {
    for (const [py, js] of inputs) {
      check(`exec:import warnings\nwarnings.simplefilter('ignore')\nresult = np.${f}([${py}])`, () => np[f](js()), {
        name: `${f}([${py}])`,
      });
    }
    check(`np.${f}([])`, () => np[f]([]));
  }
  check('np.vstack([mk((2, 3), "int64"), mk((1, 3), "float64")], dtype="int8", casting="unsafe")', () =>
    np.vstack([A(), mk([1, 3], 'float64')], { dtype: 'int8', casting: 'unsafe' }),
  );
  check('np.hstack([mk((2, 3), "int64"), mk((2, 1), "float64")], dtype="int8")', () =>
    np.hstack([A(), mk([2, 1], 'float64')], { dtype: 'int8' }),
  );
});

describe('block and append', () => {
  check('np.block([[mk((2, 3), "int64"), mk((2, 2), "float32")], [mk((1, 5), "int8")]])', () =>
    np.block([[A(), mk([2, 2], 'float32')], [mk([1, 5], 'int8')]]),
  );
  check('np.block([1, 2, np.arange(3)])', () => np.block([1, 2, np.arange(3)]));
  check('np.block([[1, 2], [3, 4]])', () =>
    np.block([
      [1, 2],
      [3, 4],
    ]),
  );
  check('np.block([[[mk((2, 3), "int64")]], [[mk((2, 3), "int64")]]])', () => np.block([[[A()]], [[A()]]]));
  check('np.block(np.arange(3))', () => np.block(np.arange(3)));
  check('exec:a = np.arange(3); result = np.shares_memory(np.block(a), a)', () => {
    const a = np.arange(3);
    return np.shares_memory(np.block(a), a);
  });
  check('np.block([])', () => np.block([]));
  check('np.block([[1, 2], 3])', () => np.block([[1, 2], 3]));
  check('np.block([[], []])', () => np.block([[], []]));
  check('np.block([[mk((2, 3), "int64")], [mk((2, 3), "int64"), mk((2, 3), "int64")]])', () =>
    np.block([[A()], [A(), A()]]),
  );
  check('np.append(mk((2, 3), "int64"), [1.5, 2])', () => np.append(A(), [1.5, 2]));
  check('np.append(mk((2, 3), "int64"), mk((1, 3), "int8"), axis=0)', () => np.append(A(), mk([1, 3], 'int8'), 0));
  check('np.append(mk((2, 3), "int64"), mk((2, 3), "int8"), axis=1)', () => np.append(A(), mk([2, 3], 'int8'), 1));
  check('np.append(mk((2, 3), "int64"), [1, 2], axis=0)', () => np.append(A(), [1, 2], 0));
  check('np.append(5, [])', () => np.append(5, []));
});

describe('atleast and broadcast', () => {
  const shapes = [[], [3], [2, 3], [2, 1, 3], [0]];
  for (const s of shapes) {
    const py = `mk(${s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`}, 'int64')`;
    for (const f of ['atleast_1d', 'atleast_2d', 'atleast_3d'] as const) {
      check(
        `exec:a = ${py}; r = np.${f}(a); result = [r, np.shares_memory(r, a) or a.size == 0, list(r.strides)]`,
        () => {
          const a = mk(s, 'int64');
          const r = np[f](a) as np.NDArray;
          return [r, np.shares_memory(r, a) || a.size === 0, [...r.strides]];
        },
      );
    }
  }
  check('np.atleast_2d(1, [1, 2], mk((2, 3), "int64"))', () => np.atleast_2d(1, [1, 2], A()));
  check('list(np.atleast_1d())', () => np.atleast_1d());
  check('np.broadcast_shapes((2, 1), (3,), ())', () => np.broadcast_shapes([2, 1], [3], []));
  check('np.broadcast_shapes(5, (1, 5))', () => np.broadcast_shapes(5, [1, 5]));
  check('np.broadcast_shapes((2,), (3,))', () => np.broadcast_shapes([2], [3]));
  check('np.broadcast_shapes((2,), -1)', () => np.broadcast_shapes([2], -1));
  check(
    'exec:r = np.broadcast_arrays(mk((2, 1), "int8"), mk((3,), "float32"), 5); result = [r, [list(x.strides) for x in r]]',
    () => {
      const r = np.broadcast_arrays(mk([2, 1], 'int8'), mk([3], 'float32'), 5);
      return [r, r.map((x) => [...x.strides])];
    },
  );
  check('np.broadcast_arrays(mk((2, 3), "int64"), np.arange(2))', () => np.broadcast_arrays(A(), np.arange(2)));
  check('exec:a = mk((2, 3), "int64"); result = np.broadcast_arrays(a, a)[0] is a', () => {
    const a = A();
    return np.broadcast_arrays(a, a)[0] === a;
  });
});
