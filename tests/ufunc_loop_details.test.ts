// Details of NumPy's loops that the seeded fuzz tests found rumpy missing,
// each checked against NumPy: which warnings a loop's casts and indexed
// loops raise, the order in which reduceat folds a run, and how calls
// with 0-d operands treat `axis`, `where=` and casts.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle();
type Fn = (...args: unknown[]) => unknown;
const f = (name: string) => (np as unknown as Record<string, Fn>)[name];
const ufn = (name: string) => (np as unknown as Record<string, Record<string, Fn>>)[name];

describe('casts inside the buffered loop of an integer or bool loop warn under the op', () => {
  // fmin/minimum/equal clear the status only in their float loops; an int
  // or bool loop keeps what its input casts raised.
  for (const name of ['fmin', 'minimum', 'maximum', 'add']) {
    for (const dt of ['float64', 'complex64']) {
      for (const [pyShape, shape] of [
        ['(2, 3)', [2, 3]],
        ['(6,)', [6]],
      ] as [string, number[]][]) {
        const vals = '[-7, 1e30, 2.5, -np.inf, -1.5, np.nan]';
        const jsVals = [-7, 1e30, 2.5, Number.NEGATIVE_INFINITY, -1.5, Number.NaN];
        check(
          `np.${name}(np.array(${vals}, dtype='${dt}').reshape(${pyShape}), np.ones(${pyShape}, dtype=bool), dtype='int32', casting='unsafe')`,
          () =>
            f(name)(np.array(jsVals, { dtype: dt }).reshape(shape), np.ones(shape, { dtype: 'bool' }), {
              dtype: 'int32',
              casting: 'unsafe',
            }),
          { warnings: 'each' },
        );
      }
    }
  }
});

describe('ufunc.at names its errors by the op only where NumPy takes its indexed loop', () => {
  // NumPy's indexed loop needs a 1-d array, no more than one element of it
  // left to iterate by the non-array part of the index, and values of at
  // most one dimension after it reshapes them to the result's dimensions.
  const oneD: [string, unknown][] = [
    ['0', 0],
    ['[0, 0]', [0, 0]],
    ['np.array([[0]])', np.array([[0]])],
    ['np.array([True, False, True])', np.array([true, false, true])],
    ['slice(0, 1)', '0:1'],
    ['slice(0, 2)', '0:2'],
    ['...', '...'],
    ['(None, [0])', ['None', [0]]],
    ['([0], None)', [[0], 'None']],
    ['(None, None, [0])', ['None', 'None', [0]]],
    ['(None, 0)', ['None', 0]],
    ['(0, None)', [0, 'None']],
    ['(None, slice(0, 1))', ['None', '0:1']],
    ['(None, slice(0, 2))', ['None', '0:2']],
    ['(..., None, [0])', ['...', 'None', [0]]],
    ['([0], ..., None)', [[0], '...', 'None']],
  ];
  const values: [string, () => unknown][] = [
    ['np.array(1e308)', () => np.array(1e308, { dtype: 'float64' })],
    ['np.array([1e308])', () => np.array([1e308], { dtype: 'float64' })],
    ['np.array([[1e308]])', () => np.array([[1e308]], { dtype: 'float64' })],
  ];
  for (const [pyIndex, index] of oneD) {
    for (const [pyB, b] of values) {
      // (NumPy reshapes these values reading past the end of its own
      // dimensions array: designs/deviations.md.)
      if (pyIndex === '(None, 0)' && pyB === 'np.array([[1e308]])') continue;
      check(
        `exec:a = np.array([1e308, 1.0, 2.0]); np.add.at(a, ${pyIndex}, ${pyB}); result = a`,
        () => {
          const a = np.array([1e308, 1, 2], { dtype: 'float64' });
          ufn('add').at(a, index, b());
          return a;
        },
        { warnings: 'each' },
      );
    }
  }
  for (const [pyIndex, index] of [
    ['0', 0],
    ['[0]', [0]],
    ['([0], [1])', [[0], [1]]],
  ] as [string, unknown][]) {
    check(
      `exec:a = np.array([[1e308, 1.0], [2.0, 3.0]]); np.add.at(a, ${pyIndex}, np.array(1e308)); result = a`,
      () => {
        const a = np.array(
          [
            [1e308, 1],
            [2, 3],
          ],
          { dtype: 'float64' },
        );
        ufn('add').at(a, index, np.array(1e308, { dtype: 'float64' }));
        return a;
      },
      { warnings: 'each' },
    );
  }
  check(
    'exec:a = np.array(1e308); np.add.at(a, ..., np.array(1e308)); result = a',
    () => {
      const a = np.array(1e308, { dtype: 'float64' });
      ufn('add').at(a, '...', np.array(1e308, { dtype: 'float64' }));
      return a;
    },
    { warnings: 'each' },
  );
});

describe('integer divmod of MIN by -1 overflows', () => {
  for (const dt of ['int8', 'int16', 'int32', 'int64']) {
    const min = `np.iinfo('${dt}').min`;
    check(
      `np.divmod(np.array([${min}, 7, ${min}], dtype='${dt}'), np.array([-1, -2, 3], dtype='${dt}'))`,
      () => {
        const m = np.iinfo(dt).min;
        return np.divmod(np.array([m, 7, m], { dtype: dt }), np.array([-1, -2, 3], { dtype: dt }));
      },
      { warnings: 'each' },
    );
    check(
      `np.remainder(np.array([${min}], dtype='${dt}'), np.array([-1], dtype='${dt}'))`,
      () => np.remainder(np.array([np.iinfo(dt).min], { dtype: dt }), np.array([-1], { dtype: dt })),
      { warnings: 'each' },
    );
  }
});

describe('reduceat folds each run in one inner loop', () => {
  // Float add sums a run pairwise (the first element plus the rest's sum),
  // float16 subtract keeps a float32 running value: not row by row.
  check(
    'np.add.reduceat(np.array([-1.5, -1e30, -np.inf, 2.5, 1e30, 1e30, -1e30, 2.5]).reshape(4, 2), [2, 1, 2, 0], axis=0)',
    () =>
      ufn('add').reduceat(
        np
          .array([-1.5, -1e30, Number.NEGATIVE_INFINITY, 2.5, 1e30, 1e30, -1e30, 2.5], { dtype: 'float64' })
          .reshape(4, 2),
        [2, 1, 2, 0],
        { axis: 0 },
      ),
  );
  check(
    "np.subtract.reduceat(np.array([0.1, -60000, 0, 60000, 1, -7, 1e-3, 60000], dtype='float16').reshape(4, 2), [2, 2, 2, 1], axis=0)",
    () =>
      ufn('subtract').reduceat(
        np.array([0.1, -60000, 0, 60000, 1, -7, 1e-3, 60000], { dtype: 'float16' }).reshape(4, 2),
        [2, 2, 2, 1],
        { axis: 0 },
      ),
  );
  // The input is cast walking the reduced axis innermost (NaN to uint32
  // then takes the strided conversion along axis 0).
  for (const axis of [0, 1]) {
    check(
      `np.bitwise_or.reduceat(np.full((3, 10), np.nan), [0, 1, 2], axis=${axis}, dtype='uint32')`,
      () => ufn('bitwise_or').reduceat(np.full([3, 10], Number.NaN), [0, 1, 2], { axis, dtype: 'uint32' }),
      { warnings: 'each' },
    );
  }
});

describe('indexed minimum/maximum loops compare NaN with C operators', () => {
  for (const name of ['minimum', 'maximum', 'fmin']) {
    for (const dt of ['float16', 'float32', 'float64']) {
      check(
        `exec:a = np.array([np.nan, 2, 3], dtype='${dt}'); np.${name}.at(a, [0, 1], np.array([0.5, 1], dtype='${dt}')); result = a`,
        () => {
          const a = np.array([Number.NaN, 2, 3], { dtype: dt });
          ufn(name).at(a, [0, 1], np.array([0.5, 1], { dtype: dt }));
          return a;
        },
        { warnings: 'each' },
      );
      check(
        `exec:a = np.array([1, 2, np.nan], dtype='${dt}'); np.${name}.at(a, [0, 1], np.array([np.nan, 1], dtype='${dt}')); result = a`,
        () => {
          const a = np.array([1, 2, Number.NaN], { dtype: dt });
          ufn(name).at(a, [0, 1], np.array([Number.NaN, 1], { dtype: dt }));
          return a;
        },
        { warnings: 'each' },
      );
      // Only the pairs the loop compares count: none for an empty
      // selection; a repeated index compares the updated element again.
      check(
        `exec:a = np.array([1, 2], dtype='${dt}'); np.${name}.at(a, np.array([], dtype=np.intp), np.array([np.nan], dtype='${dt}')); result = a`,
        () => {
          const a = np.array([1, 2], { dtype: dt });
          ufn(name).at(a, np.array([], { dtype: 'intp' }), np.array([Number.NaN], { dtype: dt }));
          return a;
        },
        { warnings: 'each' },
      );
      check(
        `exec:a = np.array([[1, 5], [2, 6]], dtype='${dt}')[:, ::-1]; np.${name}.at(a, (np.array([1, 1]), np.array([0, 0])), np.array([np.nan, 2], dtype='${dt}')); result = a`,
        () => {
          const a = np
            .array(
              [
                [1, 5],
                [2, 6],
              ],
              { dtype: dt },
            )
            .get(':', '::-1');
          ufn(name).at(a, [np.array([1, 1]), np.array([0, 0])], np.array([Number.NaN, 2], { dtype: dt }));
          return a;
        },
        { warnings: 'each' },
      );
    }
  }
});

describe('0-d operands', () => {
  // NumPy's NaN-ignoring statistics of floats are sums: axis 0 and -1 of a
  // 0-d array pass (np.mean/np.var raise).
  for (const name of ['nanmean', 'nanvar', 'nanstd', 'mean', 'var']) {
    for (const dt of ['float64', 'float32', 'complex128', 'int32']) {
      for (const axis of [0, -1]) {
        check(
          `np.${name}(np.array(np.inf, dtype='${dt}') if '${dt}' != 'int32' else np.array(3, dtype='int32'), axis=${axis})`,
          () =>
            f(name)(dt === 'int32' ? np.array(3, { dtype: dt }) : np.array(Number.POSITIVE_INFINITY, { dtype: dt }), {
              axis,
            }),
        );
      }
    }
  }
  // cumsum's axis is one Python int.
  for (const name of ['cumsum', 'cumprod', 'nancumsum', 'nancumprod']) {
    check(`np.${name}(np.arange(3.0), axis=(0,))`, () => f(name)(np.arange(3.0), { axis: [0] }));
    check(`np.${name}(np.arange(3.0), axis=True)`, () => f(name)(np.arange(3.0), { axis: true }));
  }
  // A 0-d call casts its inputs before its loop even under where=.
  for (const where of ['True', 'np.array(True)', 'np.array(False)']) {
    check(
      `exec:o = np.zeros((), dtype='int16'); np.add(np.array(np.inf, dtype='float32'), 2.0, out=o, where=${where}, dtype='int16', casting='unsafe'); result = o`,
      () => {
        const o = np.zeros([], { dtype: 'int16' });
        const w = where === 'True' ? true : np.array(where.includes('True'));
        np.add(np.array(Number.POSITIVE_INFINITY, { dtype: 'float32' }), 2.0, {
          out: o,
          where: w,
          dtype: 'int16',
          casting: 'unsafe',
        });
        return o;
      },
      { warnings: 'each' },
    );
  }
});

describe('reductions of views no single stride walks', () => {
  // NumPy's buffered iterator copies rows of such a view into one buffer and
  // folds it in one inner loop when the result starts from an identity or
  // `initial` (a float sum is then pairwise across rows); without one it
  // folds row by row.
  const pyVals = '[1e-3, -0.0, 2.5, 1e30, 1, -1e30]';
  const vals = [1e-3, -0, 2.5, 1e30, 1, -1e30];
  const views: [string, (a: np.NDArray) => np.NDArray, string][] = [
    ['[::-1]', (a) => a.get('::-1'), '(3, 2)'],
    ['[:, ::-1]', (a) => a.get(':', '::-1'), '(3, 2)'],
    ['.T[::-1]', (a) => a.T.get('::-1'), '(3, 2)'],
  ];
  for (const [pyView, view, shape] of views) {
    const base = () => np.array(vals, { dtype: 'float64' }).reshape(3, 2);
    const py = `np.array(${pyVals}).reshape${shape}${pyView}`;
    check(`np.sum(${py})`, () => np.sum(view(base())));
    check(`np.sum(${py}, initial=2.5)`, () => np.sum(view(base()), { initial: 2.5 }));
    check(`np.sum(${py}, axis=None, keepdims=True, initial=2.5)`, () =>
      np.sum(view(base()), { axis: null, keepdims: true, initial: 2.5 }),
    );
    check(`np.max(${py})`, () => np.max(view(base())));
    const t = pyView.startsWith('.T');
    const pyMask = t ? '[[True, False, True], [True, True, False]]' : '[[True, False], [True, True], [False, True]]';
    const mask = t
      ? [
          [true, false, true],
          [true, true, false],
        ]
      : [
          [true, false],
          [true, true],
          [false, true],
        ];
    check(`np.sum(${py}, where=np.array(${pyMask}))`, () => np.sum(view(base()), { where: np.array(mask) }));
  }
  // Stepped rows, and a float32 sum cast from int16 (the cast runs in the buffer).
  const stepped = "np.arange(24, dtype='int16').reshape(4, 6)[:, ::2] * np.int16(1000)";
  check(`np.sum(${stepped}, dtype='float16')`, () =>
    np.sum(np.multiply(np.arange(24, { dtype: 'int16' }).reshape(4, 6).get(':', '::2'), 1000, { dtype: 'int16' }), {
      dtype: 'float16',
    }),
  );
  // inf and -inf in one row, NaN earlier in the buffer: no "invalid".
  const infs =
    'np.array([0.1, np.inf, -np.inf, -1.5, -0.0, -1e30, -np.inf, np.nan, -1e30, -1.5, -1.5, 1]).reshape(2, 3, 2)[::-1]';
  const infsJs = () =>
    np
      .array(
        [
          0.1,
          Number.POSITIVE_INFINITY,
          Number.NEGATIVE_INFINITY,
          -1.5,
          -0,
          -1e30,
          Number.NEGATIVE_INFINITY,
          Number.NaN,
          -1e30,
          -1.5,
          -1.5,
          1,
        ],
        { dtype: 'float64' },
      )
      .reshape(2, 3, 2)
      .get('::-1');
  for (const name of ['sum', 'var', 'mean']) {
    check(`np.${name}(${infs})`, () => f(name)(infsJs()), { warnings: 'each' });
  }
  // nansum's NaN-free copy keeps the input's memory order (np.array(a, copy=True)).
  check(
    "np.nansum(np.array([complex(0, -1.5), complex(0.1, 1e30), complex(-0.0, 3), complex(1e30, -1e30), complex(1e-310, 0.1), complex(1e30, -1.5)], dtype='complex64').reshape(2, 3).T)",
    () =>
      np.nansum(
        np
          .array(
            [
              new np.Complex(0, -1.5),
              new np.Complex(0.1, 1e30),
              new np.Complex(-0, 3),
              new np.Complex(1e30, -1e30),
              new np.Complex(1e-310, 0.1),
              new np.Complex(1e30, -1.5),
            ],
            { dtype: 'complex64' },
          )
          .reshape(2, 3).T,
      ),
  );
});

describe('where= masks a reduction cannot map onto its input', () => {
  for (const [ash, wsh] of [
    [
      [1, 3],
      [2, 3],
    ],
    [[2, 3], [3]],
    [[3], [2, 3]],
    [[], [2]],
    [
      [2, 3],
      [2, 2],
    ],
    [
      [2, 3],
      [3, 2],
    ],
    [
      [2, 3],
      [2, 1, 3],
    ],
  ] as [number[], number[]][]) {
    const py = (s: number[]) => `(${s.join(', ')}${s.length === 1 ? ',' : ''})`;
    check(`np.add.reduce(np.ones(${py(ash)}), axis=None, where=np.ones(${py(wsh)}, dtype=bool))`, () =>
      ufn('add').reduce(np.ones(ash), { axis: null, where: np.ones(wsh, { dtype: 'bool' }) }),
    );
    check(`np.mean(np.ones(${py(ash)}), where=np.ones(${py(wsh)}, dtype=bool))`, () =>
      np.mean(np.ones(ash), { where: np.ones(wsh, { dtype: 'bool' }) }),
    );
  }
});
