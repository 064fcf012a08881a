// moveaxis/rollaxis/flip/rot90 (views), roll/tile/repeat/resize (copies),
// insert/delete/trim_zeros, compared with NumPy; view checks via run().
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { DTYPES, PREPS, PY_SETUP, mk, pyShape, run } from './helpers/views';

const check = oracle(PY_SETUP);
let k = 0;
const nextDt = (): string => DTYPES[k++ % DTYPES.length];

/** Registers `op` on prepared inputs of several shapes, rotating dtypes. */
function each(label: string, py: string, js: (b: np.NDArray) => unknown, shapes: number[][], view = true): void {
  for (const shape of shapes) {
    for (const prep of PREPS.slice(0, 4)) {
      if (shape.length < prep.minNdim) continue;
      const dt = nextDt();
      check(
        view
          ? `exec:a = mk(${pyShape(shape)}, '${dt}'); b = ${prep.py}; result = run(a, ${py})`
          : `exec:a = mk(${pyShape(shape)}, '${dt}'); b = ${prep.py}; result = ${py}`,
        () => {
          const a = mk(shape, dt);
          const r = js(prep.js(a));
          return view ? run(a, r as np.NDArray) : r;
        },
        { name: `${label}: ${prep.py} of ${pyShape(shape)} ${dt}` },
      );
    }
  }
}

const S3 = [
  [2, 3, 4],
  [1, 0, 3],
  [3, 1, 2],
];
const S2 = [
  [2, 3],
  [0, 3],
  [4, 1],
];
const S1 = [[5], [0], [1]];

describe('views', () => {
  for (const [src, dst] of [
    [0, -1],
    [-1, 0],
    [
      [0, 1],
      [-1, -2],
    ],
    [1, 1],
    [
      [2, 0],
      [0, 1],
    ],
  ] as [unknown, unknown][]) {
    each(
      `moveaxis ${src} ${dst}`,
      `np.moveaxis(b, ${JSON.stringify(src)}, ${JSON.stringify(dst)})`,
      (b) => np.moveaxis(b, src, dst),
      S3,
    );
  }
  for (const [ax, st] of [
    [2, 0],
    [0, 3],
    [1, -1],
    [-1, 1],
    [0, 0],
  ]) {
    each(`rollaxis ${ax} ${st}`, `np.rollaxis(b, ${ax}, ${st})`, (b) => np.rollaxis(b, ax, st), S3);
  }
  for (const ax of [null, 0, -1, [0, 1]]) {
    each(`flip ${ax}`, `np.flip(b, ${ax === null ? 'None' : JSON.stringify(ax)})`, (b) => np.flip(b, ax), [
      ...S3,
      ...S2,
    ]);
  }
  each('flip 1-d', 'np.flip(b)', (b) => np.flip(b), S1);
  check('np.flip(np.array(2.5))', () => np.flip(np.array(2.5)));
  each('fliplr', 'np.fliplr(b)', (b) => np.fliplr(b), [...S3, ...S2]);
  each('flipud', 'np.flipud(b)', (b) => np.flipud(b), [...S2, ...S1]);
  for (const kk of [0, 1, 2, 3, -1, 5]) {
    each(`rot90 ${kk}`, `np.rot90(b, ${kk})`, (b) => np.rot90(b, kk), [...S2, ...S3]);
    each(`rot90 ${kk} axes`, `np.rot90(b, ${kk}, axes=(2, 0))`, (b) => np.rot90(b, kk, [2, 0]), S3);
  }
  const a = (): np.NDArray => mk([2, 3], 'int64');
  check('np.moveaxis(mk((2, 3), "int64"), 3, 0)', () => np.moveaxis(a(), 3, 0));
  check('np.moveaxis(mk((2, 3), "int64"), 0, 3)', () => np.moveaxis(a(), 0, 3));
  check('np.moveaxis(mk((2, 3), "int64"), [0, 0], [1, 0])', () => np.moveaxis(a(), [0, 0], [1, 0]));
  check('np.moveaxis(mk((2, 3), "int64"), [0, 1], [1])', () => np.moveaxis(a(), [0, 1], [1]));
  check('np.rollaxis(mk((2, 3), "int64"), 3)', () => np.rollaxis(a(), 3));
  check('np.rollaxis(mk((2, 3), "int64"), 0, 4)', () => np.rollaxis(a(), 0, 4));
  check('np.rollaxis(mk((2, 3), "int64"), 0, -4)', () => np.rollaxis(a(), 0, -4));
  check('np.flip(mk((2, 3), "int64"), 2)', () => np.flip(a(), 2));
  check('np.flip(mk((2, 3), "int64"), (0, 0))', () => np.flip(a(), [0, 0]));
  check('np.fliplr(np.arange(3))', () => np.fliplr(np.arange(3)));
  check('np.flipud(np.array(1))', () => np.flipud(np.array(1)));
  check('np.rot90(mk((2, 3), "int64"), axes=(0,))', () => np.rot90(a(), 1, [0]));
  check('np.rot90(mk((2, 3), "int64"), axes=(0, 0))', () => np.rot90(a(), 1, [0, 0]));
  check('np.rot90(mk((2, 3), "int64"), axes=(0, -2))', () => np.rot90(a(), 1, [0, -2]));
  check('np.rot90(mk((2, 3), "int64"), axes=(0, 2))', () => np.rot90(a(), 1, [0, 2]));
  check('np.rot90(mk((2, 3), "int64"), axes=(0, 5))', () => np.rot90(a(), 1, [0, 5]));
});

describe('roll, tile, repeat, resize', () => {
  for (const [sh, ax] of [
    [1, null],
    [-7, null],
    [2, 0],
    [
      [1, 2],
      [0, 1],
    ],
    [3, [0, -1]],
    [
      [1, 1],
      [0, 0],
    ],
    [[5], [1]],
  ] as [unknown, unknown][]) {
    const py = `np.roll(b, ${JSON.stringify(sh)}, ${ax === null ? 'None' : JSON.stringify(ax)})`;
    each(py, py, (b) => np.roll(b, sh, ax), [...S2, [3, 4]]);
  }
  check('np.roll(mk((2, 3), "int64"), [[1]], 0)', () => np.roll(mk([2, 3], 'int64'), [[1]], 0));
  check('np.roll(mk((2, 3), "int64"), 1, axis=5)', () => np.roll(mk([2, 3], 'int64'), 1, 5));
  check('np.roll(mk((2, 3), "int64"), [1, 2, 3], [0, 1])', () => np.roll(mk([2, 3], 'int64'), [1, 2, 3], [0, 1]));
  for (const reps of [2, [2, 1], [1, 2, 3], [0, 2], [1, 1], []]) {
    const py = `np.tile(b, ${JSON.stringify(reps)})`;
    each(py, py, (b) => np.tile(b, reps), [[2, 3], [3], [], [0, 2]], false);
  }
  check('np.tile(mk((2, 3), "int64"), -1)', () => np.tile(mk([2, 3], 'int64'), -1));
  check('np.tile(mk((2, 3), "int64"), 1.5)', () => np.tile(mk([2, 3], 'int64'), 1.5));
  check('np.tile([1, 2.5], 2)', () => np.tile([1, 2.5], 2));
  for (const [r, ax] of [
    [2, null],
    [0, null],
    [3, 0],
    [2, -1],
    [[1, 0, 2], 1],
    [[2, 1], 0],
    [[3], 1],
    [np.array([1, 2, 0]), -1],
  ] as [unknown, unknown][]) {
    const rp = r instanceof np.NDArray ? 'np.array([1, 2, 0])' : JSON.stringify(r);
    const py = `np.repeat(b, ${rp}, ${ax === null ? 'None' : ax})`;
    each(
      py,
      py,
      (b) => np.repeat(b, r, ax),
      [
        [2, 3],
        [3, 3],
        [0, 3],
      ],
      false,
    );
    each(`${py} method`, `b.repeat(${rp}, ${ax === null ? 'None' : ax})`, (b) => b.repeat(r, ax), [[2, 3]], false);
  }
  check('np.repeat(np.array(5), 3)', () => np.repeat(np.array(5), 3));
  check('np.repeat(mk((2, 3), "int64"), -1)', () => np.repeat(mk([2, 3], 'int64'), -1));
  check('np.repeat(mk((2, 3), "int64"), [1, 2])', () => np.repeat(mk([2, 3], 'int64'), [1, 2]));
  check('np.repeat(mk((2, 3), "int64"), [1, -2], axis=0)', () => np.repeat(mk([2, 3], 'int64'), [1, -2], 0));
  check('np.repeat(mk((2, 3), "int64"), 1.5)', () => np.repeat(mk([2, 3], 'int64'), 1.5));
  // Array repeats cast to intp safely.
  for (const dt of ['float64', 'uint64', 'complex128', 'uint32', 'int8', 'bool']) {
    check(`np.repeat(mk((3,), "int64"), np.array([1, 2, 1]).astype('${dt}'))`, () =>
      np.repeat(mk([3], 'int64'), np.array([1, 2, 1]).astype(dt)),
    );
    check(`np.repeat(mk((3,), "int64"), np.array(2).astype('${dt}'))`, () =>
      np.repeat(mk([3], 'int64'), np.array(2).astype(dt)),
    );
  }
  check('np.repeat(mk((2, 3), "int64"), 2, axis=3)', () => np.repeat(mk([2, 3], 'int64'), 2, 3));
  for (const shape of [[3, 5], [7], [2, 0], [1], []]) {
    const py = `np.resize(b, ${JSON.stringify(shape)})`;
    each(py, py, (b) => np.resize(b, shape), [[2, 3], [0], []], false);
  }
  check('np.resize(mk((2, 3), "int64"), -1)', () => np.resize(mk([2, 3], 'int64'), -1));
  check('np.resize(mk((2, 3), "int64"), (2, -1))', () => np.resize(mk([2, 3], 'int64'), [2, -1]));
  check('exec:a = np.arange(4.5); a.resize((2, 3)); result = a', () => {
    const a = np.arange(4.5);
    a.resize([2, 3]);
    return a;
  });
  check('exec:a = np.arange(6); a.resize(2, 2); result = a', () => {
    const a = np.arange(6);
    a.resize(2, 2);
    return a;
  });
  // A resized array is used natively after its address was cached: the
  // native call must see the new buffer (5000 elements do not fit the old
  // one's slab), with the element written through the new memory.
  check(
    'exec:a = np.array([1.5, 2.5, 3.5]); np.add(a, 1); a.resize(5000); a[4999] = 7; r = np.add(a, 0); result = (r[:4], r[-2:], float(r.sum()))',
    () => {
      const a = np.array([1.5, 2.5, 3.5]);
      np.add(a, 1);
      a.resize(5000);
      a.set(4999, 7);
      const r = np.add(a, 0) as np.NDArray;
      return [r.get(':4'), r.get('-2:'), r.sum()];
    },
  );
  check('mk((2, 3), "int64")[::-1].resize((3, 3))', () => mk([2, 3], 'int64').get('::-1').resize([3, 3]));
});

describe('insert, delete, trim_zeros', () => {
  const objs: [string, unknown][] = [
    ['1', 1],
    ['-1', -1],
    ['0', 0],
    ['[1]', [1]],
    ['[0, 2, 2]', [0, 2, 2]],
    ['[-1, 0]', [-1, 0]],
    ['np.slice(0, 3, 2)', np.slice(0, 3, 2)],
    ['[]', []],
  ];
  for (const [py, obj] of objs) {
    const pyObj = py.replace('np.slice', 'slice');
    for (const axis of [null, 0, 1, -1]) {
      const ax = axis === null ? 'None' : axis;
      each(
        `insert ${py} ${ax}`,
        `np.insert(b, ${pyObj}, 9, axis=${ax})`,
        (b) => np.insert(b, obj, 9, axis),
        [[3, 4]],
        false,
      );
      each(`delete ${py} ${ax}`, `np.delete(b, ${pyObj}, axis=${ax})`, (b) => np.delete(b, obj, axis), [[3, 4]], false);
    }
    each(
      `insert values ${py}`,
      `np.insert(b, ${pyObj}, [7, 8, 9], axis=1)`,
      (b) => np.insert(b, obj, [7, 8, 9], 1),
      [[3, 4]],
      false,
    );
  }
  const A = (): np.NDArray => mk([3, 4], 'float32');
  check('np.insert(mk((3, 4), "float32"), 1, [[1], [2], [3]], axis=1)', () => np.insert(A(), 1, [[1], [2], [3]], 1));
  check('np.insert(mk((3, 4), "float32"), [1], [[1], [2], [3]], axis=1)', () =>
    np.insert(A(), [1], [[1], [2], [3]], 1),
  );
  check('np.insert(mk((3, 4), "float32"), [1, 2], [[1], [2], [3]], axis=1)', () =>
    np.insert(A(), [1, 2], [[1], [2], [3]], 1),
  );
  check('np.insert(mk((3, 4), "float32"), [1, 2], [1, 2, 3], axis=1)', () => np.insert(A(), [1, 2], [1, 2, 3], 1));
  check('np.insert(np.arange(4), np.array([True, False, True, False]), 9)', () =>
    np.insert(np.arange(4), np.array([true, false, true, false]), 9),
  );
  check('np.insert(np.arange(4, dtype="uint8"), 2, 3.7)', () => np.insert(np.arange(4, { dtype: 'uint8' }), 2, 3.7));
  check('np.insert(mk((2, 3), "int64"), 10, 5)', () => np.insert(mk([2, 3], 'int64'), 10, 5));
  check('np.insert(mk((2, 3), "int64"), [1, 10], 5)', () => np.insert(mk([2, 3], 'int64'), [1, 10], 5));
  check('np.insert(mk((2, 3), "int64"), [[1]], 5)', () => np.insert(mk([2, 3], 'int64'), [[1]], 5));
  check('np.insert(np.arange(4), [0, -9], 5)', () => np.insert(np.arange(4), [0, -9], 5));
  check('np.insert(mk((2, 3), "int64"), 1, [1, 2], axis=0)', () => np.insert(mk([2, 3], 'int64'), 1, [1, 2], 0));
  check('np.delete(np.arange(5), np.array([True, False, True, False, False]))', () =>
    np.delete(np.arange(5), np.array([true, false, true, false, false])),
  );
  check('np.delete(np.arange(6), slice(None, None, -2))', () => np.delete(np.arange(6), np.slice(null, null, -2)));
  check('np.delete(mk((2, 3), "int64"), 10)', () => np.delete(mk([2, 3], 'int64'), 10));
  check('np.delete(mk((2, 3), "int64"), -7)', () => np.delete(mk([2, 3], 'int64'), -7));
  check('np.delete(mk((2, 3), "int64"), [1, 10])', () => np.delete(mk([2, 3], 'int64'), [1, 10]));
  check('np.delete(mk((2, 3), "int64"), [10])', () => np.delete(mk([2, 3], 'int64'), [10]));
  check('np.delete(mk((2, 3), "int64"), np.array([True]))', () => np.delete(mk([2, 3], 'int64'), np.array([true])));
  check('np.delete(mk((2, 3), "int64"), [1.5])', () => np.delete(mk([2, 3], 'int64'), [1.5]));
  check('np.delete(mk((2, 3), "int64"), True)', () => np.delete(mk([2, 3], 'int64'), true));
  check('np.delete(mk((2, 3), "int64"), 1, axis=2)', () => np.delete(mk([2, 3], 'int64'), 1, 2));
  for (const [py, js] of [
    ['np.array([0, 0, 1, 2, 0, 3, 0])', () => np.array([0, 0, 1, 2, 0, 3, 0])],
    ['np.array([0., 0.])', () => np.zeros(2)],
    [
      'np.array([[0, 0, 0], [0, 1, 0], [0, 0, 2], [0, 0, 0]])',
      () =>
        np.array([
          [0, 0, 0],
          [0, 1, 0],
          [0, 0, 2],
          [0, 0, 0],
        ]),
    ],
    ['np.zeros((3, 2))', () => np.zeros([3, 2])],
    ['np.array([0, 1+0j, 0])', () => np.array([0, new np.Complex(1, 0), 0])],
  ] as [string, () => np.NDArray][]) {
    for (const trim of ['fb', 'f', 'b', 'BF']) {
      for (const axis of [null, 0, -1]) {
        const ax = axis === null ? 'None' : axis;
        check(`np.trim_zeros(${py}, '${trim}', axis=${ax})`, () => np.trim_zeros(js(), trim, axis));
      }
    }
  }
  check('np.trim_zeros([0, 1, 0])', () => np.trim_zeros([0, 1, 0]));
  check("np.trim_zeros(np.arange(3), 'x')", () => np.trim_zeros(np.arange(3), 'x'));
  check('np.trim_zeros(np.arange(3), axis=1)', () => np.trim_zeros(np.arange(3), 'fb', 1));
  check('np.trim_zeros(np.arange(3), axis=())', () => np.trim_zeros(np.arange(3), 'fb', []));
});
