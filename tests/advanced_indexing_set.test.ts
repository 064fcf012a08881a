// Assignment `a.set(...index, value)` compared with NumPy's `a[index] = value`:
// the whole mutated array (and the base, when assigning through a view) is
// compared, over dtypes, index kinds, value broadcasting and casting, and errors.
import * as np from '../dist';
import { type El, jsEl, pyIndex, showIndex } from './helpers/index_spec';
import { oracle } from './helpers/oracle';
import { PREPS, PY_SETUP, mk, pyShape } from './helpers/views';

const check = oracle(`${PY_SETUP}
import warnings
warnings.simplefilter('ignore')
`);

/** A value written both ways. */
type Val = { py: string; js: () => unknown };
const v = (py: string, js: () => unknown): Val => ({ py, js });

const INDICES: [number[], El[]][] = [
  [[5], [{ list: [0, 2, 4] }]],
  [[5], [{ list: [-1, -5, 3] }]],
  [[5], [{ list: [true, false, true, true, false] }]],
  [[5], ['1:4']],
  [[5], ['::-2']],
  [[5], [2]],
  [[5], ['...']],
  [[3, 4], [{ list: [2, 0] }]],
  [
    [3, 4],
    [':', { list: [3, 0] }],
  ],
  [
    [3, 4],
    [{ list: [0, 2] }, { list: [1, 3] }],
  ],
  [
    [3, 4],
    [{ list: [[0], [2]] }, { list: [1, 3] }],
  ],
  [
    [3, 4],
    [{ list: [true, false, true] }, '1:'],
  ],
  [
    [3, 4],
    ['::-1', 1],
  ],
  [[3, 4], [1]],
  [
    [3, 4],
    [null, ':', '::2'],
  ],
  [
    [2, 3, 4],
    [0, ':', { list: [1, 2] }],
  ],
  [
    [2, 3, 4],
    [':', 0, { list: [1, 2] }],
  ],
  [
    [2, 3, 4],
    [
      {
        arr: [
          [true, false, true],
          [false, true, true],
        ],
      },
    ],
  ],
  [
    [2, 3, 4],
    ['...', { list: [3, 1] }],
  ],
];

const VALUES: Val[] = [
  v('7', () => 7),
  v('-3', () => -3),
  v('2.75', () => 2.75),
  v('True', () => true),
  v('np.array(5, dtype=np.int8)', () => np.array(5, { dtype: 'int8' })),
  v('np.array([1.5], dtype=np.float32)', () => np.array([1.5], { dtype: 'float32' })),
];

describe('set: index kinds × values × dtypes', () => {
  let n = 0;
  const dts = ['int64', 'float64', 'uint8', 'float16', 'complex64', 'bool', 'int16', 'uint32'];
  for (const [shape, els] of INDICES) {
    for (const val of VALUES) {
      const dt = dts[n++ % dts.length];
      check(
        `exec:a=mk(${pyShape(shape)}, '${dt}'); a[${pyIndex(els)}] = ${val.py}; result=a`,
        () => {
          const a = mk(shape, dt);
          a.set(...els.map(jsEl), val.js());
          return a;
        },
        { name: `a${showIndex(els)} = ${val.py} on ${dt} ${pyShape(shape)}` },
      );
    }
  }
});

describe('set: value broadcasting and casting', () => {
  const CASES: [number[], El[], Val][] = [
    [[3, 4], [{ list: [0, 2] }], v('[1, 2, 3, 4]', () => [1, 2, 3, 4])],
    [[3, 4], [{ list: [0, 2] }], v('[[1], [2]]', () => [[1], [2]])],
    [
      [3, 4],
      [':', { list: [0, 2] }],
      v('np.arange(6).reshape(3, 2) * 1.5', () => np.arange(6).reshape(3, 2).multiply(1.5)),
    ],
    [[3, 4], [{ list: [0, 1] }, { list: [0, 1] }], v('[[9, 8]]', () => [[9, 8]])],
    [[3, 4], [':', { list: [0, 1] }], v('np.ones((1, 1, 3, 2))', () => np.ones([1, 1, 3, 2]))],
    [[3, 4], [0], v('np.ones((1, 1, 4))', () => np.ones([1, 1, 4]))],
    [
      [2, 3, 4],
      [0, ':', { list: [1, 2] }],
      v('np.array([[1, 2, 3], [4, 5, 6]])', () =>
        np.array([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ),
    ],
    [
      [2, 3, 4],
      [':', 0, { list: [1, 2] }],
      v('np.array([[1, 2], [3, 4]])', () =>
        np.array([
          [1, 2],
          [3, 4],
        ]),
      ),
    ],
    [[5], [{ list: [0, 0, 0] }], v('[1, 2, 3]', () => [1, 2, 3])],
    [[5], [{ list: [4, 1, 4] }], v('[1, 2, 3]', () => [1, 2, 3])],
    [[5], [{ list: [] }], v('[]', () => [])],
    [[5], [{ list: [] }], v('7', () => 7)],
    [[5], [{ list: [false, false, false, false, false] }], v('[]', () => [])],
    [[5], [{ list: [true, false, true, false, false] }], v('[10, 20]', () => [10, 20])],
    [[5], [{ list: [true, false, true, false, false] }], v('[10]', () => [10])],
    [[5], [{ list: [1, 2] }], v('np.array([1+2j, 3])', () => np.array([new np.Complex(1, 2), 3]))],
    [[5], [{ list: [1, 2] }], v('np.array([300, -1])', () => np.array([300, -1]))],
    [[5], [{ list: [1, 2] }], v('np.array([np.nan, np.inf])', () => np.array([Number.NaN, Number.POSITIVE_INFINITY]))],
    [[5], ['1:3'], v('np.array([2.5, -2.5])', () => np.array([2.5, -2.5]))],
    [[5], [{ list: [1, 2] }], v('[2.5, -2.5]', () => [2.5, -2.5])],
  ];
  for (const dt of ['int64', 'uint8', 'float32', 'complex128', 'bool']) {
    for (const [shape, els, val] of CASES) {
      check(
        `exec:a=mk(${pyShape(shape)}, '${dt}'); a[${pyIndex(els)}] = ${val.py}; result=a`,
        () => {
          const a = mk(shape, dt);
          a.set(...els.map(jsEl), val.js());
          return a;
        },
        { name: `a${showIndex(els)} = ${val.py} on ${dt} ${pyShape(shape)}` },
      );
    }
  }
});

describe('set: through views into the base', () => {
  const IDX: El[][] = [[{ list: [0, 1] }], [':', { list: [1, 0] }], [{ list: [true, false] }], [0], ['::-1']];
  for (const prep of PREPS) {
    for (const els of IDX) {
      const shape = [2, 3, 2];
      if (shape.length < prep.minNdim) continue;
      check(
        `exec:a=mk(${pyShape(shape)}, 'float64'); b=${prep.py}; b[${pyIndex(els)}] = -np.arange(1, 3); result=[a, b]`,
        () => {
          const a = mk(shape, 'float64');
          const b = prep.js(a);
          b.set(...els.map(jsEl), np.arange(1, 3).multiply(-1));
          return [a, b];
        },
        { name: `${prep.py}${showIndex(els)} = ... writes into a` },
      );
    }
  }
  check(
    "exec:a=mk((6,), 'int64'); a[[0, 1, 2]] = a[::-1][:3]; result=a",
    () => {
      const a = mk([6], 'int64');
      a.set([0, 1, 2], a.get('::-1').get(':3'));
      return a;
    },
    { name: 'overlapping value is read before writing (advanced)' },
  );
  check(
    "exec:a=mk((6,), 'int64'); a[1:] = a[:-1]; result=a",
    () => {
      const a = mk([6], 'int64');
      a.set('1:', a.get(':-1'));
      return a;
    },
    { name: 'overlapping value is read before writing (basic)' },
  );
  check("exec:a=mk((6,), 'int64'); i=np.array([2, 1, 0]); a[i] = 5; result=a", () => {
    const a = mk([6], 'int64');
    a.set(np.array([2, 1, 0]), 5);
    return a;
  });
  check('exec:a=np.zeros(3); a[()] = 7; a[()] = [2.5, 1, 0]; result=a', () => {
    const a = np.zeros([3]);
    a.set(7);
    a.set([2.5, 1, 0]);
    return a;
  });
});

describe('set: errors', () => {
  const ERRORS: [number[], El[], Val][] = [
    [[3], [{ list: [0, 5] }], v('1', () => 1)],
    [[3], [{ list: [-4] }], v('1', () => 1)],
    [[3, 4], [{ list: [0, 1] }], v('[1, 2, 3]', () => [1, 2, 3])],
    [[3, 4], [':', { list: [0, 1] }], v('np.ones((2, 2, 2))', () => np.ones([2, 2, 2]))],
    [[3, 4], [0], v('np.ones((2, 1, 4))', () => np.ones([2, 1, 4]))],
    [[3, 4], ['1:'], v('[1, 2, 3]', () => [1, 2, 3])],
    [[3], [{ list: [0, 1] }], v('300', () => 300)],
    [[3], [{ list: [0, 1] }], v('[300, 1]', () => [300, 1])],
    [[3], ['...'], v('-1', () => -1)],
    [[3], [{ list: [0, 1] }], v('1+2j', () => new np.Complex(1, 2))],
    [[3], [{ list: [0, 1] }], v('float("nan")', () => Number.NaN)],
    [[3], [{ list: [true, false, false] }], v('[1, 2]', () => [1, 2])],
    [[3], [{ list: [true, true, false] }], v('[1, 2, 3]', () => [1, 2, 3])],
    [[3], [{ list: [true, false] }], v('1', () => 1)],
    [[3], [{ list: [0] }, { list: [0] }], v('1', () => 1)],
  ];
  for (const [shape, els, val] of ERRORS) {
    const dt = val.py === '300' || val.py.startsWith('[300') || val.py === '-1' ? 'uint8' : 'int64';
    check(
      `exec:a=mk(${pyShape(shape)}, '${dt}'); a[${pyIndex(els)}] = ${val.py}; result=a`,
      () => {
        const a = mk(shape, dt);
        a.set(...els.map(jsEl), val.js());
        return a;
      },
      { name: `error a${showIndex(els)} = ${val.py} on ${dt} ${pyShape(shape)}` },
    );
  }
  // A boolean mask of the array's shape with one value (the masked-copy path).
  for (const dt of ['float64', 'int16', 'uint8', 'bool', 'complex64', 'float16']) {
    for (const [py, js] of [
      ['7', () => 7],
      ['[2.5]', () => [2.5]],
      ['np.array(3)', () => np.array(3)],
      ['-1', () => -1],
    ] as [string, () => unknown][]) {
      check(`exec:a=mk((3, 4), '${dt}'); a[mk((3, 4), 'int64') % 3 == 1] = ${py}; result=a`, () => {
        const a = mk([3, 4], dt);
        a.set(np.equal(np.remainder(mk([3, 4], 'int64'), 3), 1), js());
        return a;
      });
    }
  }
  check(
    "exec:b=mk((4, 6), 'float32'); a=b[::-1, ::2]; a[(mk((4, 3), 'int64') % 2 == 0)[:, ::-1]] = 9; result=b",
    () => {
      const b = mk([4, 6], 'float32');
      const a = b.get('::-1', '::2');
      a.set((np.equal(np.remainder(mk([4, 3], 'int64'), 2), 0) as np.NDArray).get(':', '::-1'), 9);
      return b;
    },
  );
  check("exec:a=mk((5,), 'int64') % 2 == 1; a[a] = False; result=a", () => {
    const a = np.equal(np.remainder(mk([5], 'int64'), 2), 1) as np.NDArray;
    a.set(a, false);
    return a;
  });
  check("exec:a=mk((0, 3), 'float64'); a[a > 0] = 1; result=a", () => {
    const a = mk([0, 3], 'float64');
    a.set(np.greater(a, 0), 1);
    return a;
  });
  // A bad index anywhere leaves the array untouched (indices are checked first).
  for (const [py, js] of [
    ['[0, 5]', () => [0, 5]],
    ['np.array([1, -7, 0])', () => np.array([1, -7, 0])],
  ] as [string, () => unknown][]) {
    check(`exec:a=mk((3,), 'float64')\ntry:\n    a[${py}] = 9\nexcept IndexError:\n    pass\nresult=a`, () => {
      const a = mk([3], 'float64');
      try {
        a.set(js(), 9);
      } catch {}
      return a;
    });
  }
  // One element set from a list or an n-d array: the scalar conversion of
  // each dtype kind (bool takes the truthiness; `a[()]` for 0-d).
  for (const dt of ['float64', 'float16', 'int64', 'uint8', 'bool', 'complex128']) {
    for (const [py, js] of [
      ['[5]', () => [5]],
      ['[[5]]', () => [[5]]],
      ['[]', () => []],
      ['[0]', () => [0]],
      ['np.array([5])', () => np.array([5])],
    ] as [string, () => unknown][]) {
      check(`exec:a=mk((2, 3), '${dt}'); a[1, 2] = ${py}; result=a`, () => {
        const a = mk([2, 3], dt);
        a.set(1, 2, js());
        return a;
      });
      check(`exec:a=mk((), '${dt}'); a[()] = ${py}; result=a`, () => {
        const a = mk([], dt);
        a.set(js());
        return a;
      });
    }
  }
  check(
    "exec:a=np.broadcast_to(mk((3,), 'int64'), (2, 3)); a[[0]] = 1",
    () => np.broadcast_to(mk([3], 'int64'), [2, 3]).set([0], 1),
    { name: 'read-only destination (advanced)' },
  );
  check(
    "exec:a=np.broadcast_to(mk((3,), 'int64'), (2, 3)); a[0] = 1",
    () => np.broadcast_to(mk([3], 'int64'), [2, 3]).set(0, 1),
    { name: 'read-only destination (basic)' },
  );
  check("exec:a=mk((3, 3), 'int64'); d=np.diagonal(a); d[0] = 1", () => np.diagonal(mk([3, 3], 'int64')).set(0, 1), {
    name: 'diagonal views are read-only',
  });
});
