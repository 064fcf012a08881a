// np.pad compared with NumPy: every mode x pad-width forms x stat_length forms x
// options, on several dtypes and non-contiguous inputs, plus the errors.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { DTYPES, PY_SETUP, mk, pyShape } from './helpers/views';

const check = oracle(PY_SETUP);

const WIDTHS: [string, unknown][] = [
  ['0', 0],
  ['1', 1],
  ['3', 3],
  ['(2, 1)', [2, 1]],
  [
    '((1, 0), (0, 2))',
    [
      [1, 0],
      [0, 2],
    ],
  ],
  [
    '((7, 2), (5, 8))',
    [
      [7, 2],
      [5, 8],
    ],
  ],
  ['[[2], [3]]', [[2], [3]]],
];
const INPUTS: [string, (a: np.NDArray) => np.NDArray][] = [
  ['a', (a) => a],
  ['a[::-1]', (a) => a.get('::-1')],
  ['a.T', (a) => a.T],
];
const MODES: [string, string, Record<string, unknown>][] = [
  ['constant', '', {}],
  ['constant', ', constant_values=7', { constant_values: 7 }],
  [
    'constant',
    ', constant_values=((1, 2), (3, 4))',
    {
      constant_values: [
        [1, 2],
        [3, 4],
      ],
    },
  ],
  ['constant', ', constant_values=(5, 6)', { constant_values: [5, 6] }],
  ['edge', '', {}],
  ['linear_ramp', '', {}],
  ['linear_ramp', ', end_values=(5, -3)', { end_values: [5, -3] }],
  [
    'linear_ramp',
    ', end_values=((1, 2), (30, 4))',
    {
      end_values: [
        [1, 2],
        [30, 4],
      ],
    },
  ],
  ['reflect', '', {}],
  ['reflect', ", reflect_type='odd'", { reflect_type: 'odd' }],
  ['symmetric', '', {}],
  ['symmetric', ", reflect_type='odd'", { reflect_type: 'odd' }],
  ['wrap', '', {}],
  ['empty', '', {}],
];

let k = 0;
describe('pad modes', () => {
  for (const [mode, pyOpts, opts] of MODES) {
    for (const [wpy, w] of WIDTHS) {
      for (const shape of [
        [3, 4],
        [1, 2],
      ]) {
        for (const [ipy, ijs] of INPUTS) {
          let dt = DTYPES[k++ % DTYPES.length];
          // 'odd' arithmetic on bool and linear ramps in bool are NumPy corner cases outside this test.
          if (dt === 'bool' && (mode === 'linear_ramp' || pyOpts.includes('odd'))) dt = 'int16';
          // 'empty' leaves the pad area undefined in NumPy: compare shape and dtype only.
          const expr = `np.pad(${ipy}, ${wpy}, '${mode}'${pyOpts})`;
          check(
            `exec:a = mk(${pyShape(shape)}, '${dt}'); r = ${expr}; result = [list(r.shape), r.dtype] if '${mode}' == 'empty' else r`,
            () => {
              const r = np.pad(ijs(mk(shape, dt)), w, mode, opts);
              return mode === 'empty' ? [[...r.shape], r.dtype] : r;
            },
            { name: `${expr} on ${pyShape(shape)} ${dt}` },
          );
        }
      }
    }
  }
  for (const mode of ['constant', 'edge', 'reflect', 'symmetric', 'wrap', 'linear_ramp']) {
    check(`np.pad(np.arange(5, dtype='float32'), (7, 11), '${mode}')`, () =>
      np.pad(np.arange(5, { dtype: 'float32' }), [7, 11], mode),
    );
    check(`np.pad(mk((2, 3, 2), 'int32'), ((1, 2), (3, 0), (0, 4)), '${mode}')`, () =>
      np.pad(
        mk([2, 3, 2], 'int32'),
        [
          [1, 2],
          [3, 0],
          [0, 4],
        ],
        mode,
      ),
    );
    check(`np.pad(np.array(5), (), '${mode}')`, () => np.pad(np.array(5), [], mode));
    check(`np.pad(mk((0, 3), 'int64'), ((0, 0), (1, 2)), '${mode}')`, () =>
      np.pad(
        mk([0, 3], 'int64'),
        [
          [0, 0],
          [1, 2],
        ],
        mode,
      ),
    );
    check(`np.pad(mk((0, 3), 'int64'), 1, '${mode}')`, () => np.pad(mk([0, 3], 'int64'), 1, mode));
  }
  check("np.pad(np.arange(4), 2, mode='constant', constant_values=2.7)", () =>
    np.pad(np.arange(4), 2, 'constant', { constant_values: 2.7 }),
  );
  check("np.pad(np.arange(4, dtype='uint8'), 2, 'reflect', reflect_type='odd')", () =>
    np.pad(np.arange(4, { dtype: 'uint8' }), 2, 'reflect', { reflect_type: 'odd' }),
  );
  check("np.pad([1, 2], 1, mode='edge')", () => np.pad([1, 2], 1, { mode: 'edge' }));
  check(
    'exec:def f(v, w, ax, kw):\n    v[:w[0]] = kw.get("x", 0) + ax\n    if w[1]: v[-w[1]:] = -1\nresult = np.pad(mk((2, 3), "int64"), (1, 2), f, x=10)',
    () =>
      np.pad(
        mk([2, 3], 'int64'),
        [1, 2],
        (v: np.NDArray, w: number[], ax: number, kw: { x?: number }) => {
          np.copyto(v.get(`:${w[0]}`), (kw.x ?? 0) + ax);
          if (w[1]) np.copyto(v.get(`${-w[1]}:`), -1);
        },
        { x: 10 },
      ),
  );
});

describe('pad errors', () => {
  const a = (): np.NDArray => mk([2, 3], 'int64');
  check('np.pad(mk((2, 3), "int64"), -1)', () => np.pad(a(), -1));
  check('np.pad(mk((2, 3), "int64"), (1, -1))', () => np.pad(a(), [1, -1]));
  check('np.pad(mk((2, 3), "int64"), ((1, 2), (1, -2)))', () =>
    np.pad(a(), [
      [1, 2],
      [1, -2],
    ]),
  );
  check('np.pad(mk((2, 3), "int64"), ((1, 2), (1, 2), (1, 1)))', () =>
    np.pad(a(), [
      [1, 2],
      [1, 2],
      [1, 1],
    ]),
  );
  check('np.pad(mk((2, 3), "int64"), 1, mode="bad")', () => np.pad(a(), 1, 'bad'));
  check('np.pad(mk((2, 3), "int64"), 1, foo=3)', () => np.pad(a(), 1, { foo: 3 }));
  check('np.pad(mk((2, 3), "int64"), 1, mode="edge", constant_values=3)', () =>
    np.pad(a(), 1, 'edge', { constant_values: 3 }),
  );
  check('np.pad(mk((2, 3), "int64"), 1.5)', () => np.pad(a(), 1.5));
  check('np.pad(np.zeros((0, 3)), 1, mode="edge")', () => np.pad(np.zeros([0, 3]), 1, 'edge'));
  check('np.pad(np.zeros((0, 3)), 1, mode="reflect")', () => np.pad(np.zeros([0, 3]), 1, 'reflect'));
  check('np.pad(np.zeros((0, 3)), ((0, 0), (1, 1)), mode="maximum")', () =>
    np.pad(
      np.zeros([0, 3]),
      [
        [0, 0],
        [1, 1],
      ],
      'maximum',
    ),
  );
});

describe('pad statistic modes', () => {
  const STAT_MODES = ['maximum', 'minimum', 'mean', 'median'];
  const STAT_DTYPES = ['int64', 'uint8', 'float32', 'float64', 'bool', 'int16', 'float16', 'complex128', 'int8'];
  const LENGTHS: [string, unknown][] = [
    ['', undefined],
    [', stat_length=None', null],
    [', stat_length=2', 2],
    [', stat_length=2.6', 2.6],
    [', stat_length=(1, 3)', [1, 3]],
    [
      ', stat_length=((1, 2), (3, 1))',
      [
        [1, 2],
        [3, 1],
      ],
    ],
    [', stat_length=[[2], [1]]', [[2], [1]]],
    [', stat_length=10', 10],
  ];
  let j = 0;
  for (const mode of STAT_MODES) {
    for (const [wpy, w] of WIDTHS) {
      for (const shape of [
        [3, 4],
        [1, 2],
      ]) {
        for (const [ipy, ijs] of INPUTS) {
          for (const [lpy, len] of LENGTHS) {
            const dt = STAT_DTYPES[j++ % STAT_DTYPES.length];
            const expr = `np.pad(${ipy}, ${wpy}, '${mode}'${lpy})`;
            check(
              `exec:a = mk(${pyShape(shape)}, '${dt}'); result = ${expr}`,
              () => np.pad(ijs(mk(shape, dt)), w, mode, len === undefined ? {} : { stat_length: len }),
              { name: `${expr} on ${pyShape(shape)} ${dt}` },
            );
          }
        }
      }
    }
  }
  for (const mode of STAT_MODES) {
    for (const dt of ['int32', 'uint8', 'float64', 'float32', 'bool']) {
      check(`np.pad(mk((5,), '${dt}'), (7, 11), '${mode}', stat_length=(2, 3))`, () =>
        np.pad(mk([5], dt), [7, 11], mode, { stat_length: [2, 3] }),
      );
      check(`np.pad(mk((5,), '${dt}'), 3, '${mode}')`, () => np.pad(mk([5], dt), 3, mode));
      check(
        `np.pad(mk((2, 3, 4), '${dt}'), ((1, 2), (3, 0), (0, 4)), '${mode}', stat_length=((1, 2), (2, 3), (3, 1)))`,
        () =>
          np.pad(
            mk([2, 3, 4], dt),
            [
              [1, 2],
              [3, 0],
              [0, 4],
            ],
            mode,
            {
              stat_length: [
                [1, 2],
                [2, 3],
                [3, 1],
              ],
            },
          ),
      );
      check(`np.pad(mk((4, 3, 5), '${dt}')[::-1, :, ::2], 2, '${mode}', stat_length=2)`, () =>
        np.pad(mk([4, 3, 5], dt).get('::-1', ':', '::2'), 2, mode, { stat_length: 2 }),
      );
      check(`np.pad(np.swapaxes(mk((3, 4, 2), '${dt}'), 0, 2)[:, 1:, ::-1], ((1, 1), (2, 0), (0, 3)), '${mode}')`, () =>
        np.pad(
          np.swapaxes(mk([3, 4, 2], dt), 0, 2).get(':', '1:', '::-1'),
          [
            [1, 1],
            [2, 0],
            [0, 3],
          ],
          mode,
        ),
      );
    }
    check(`np.pad(np.array([1.5, np.nan, 3, -2]), 2, '${mode}', stat_length=(1, 3))`, () =>
      np.pad(np.array([1.5, Number.NaN, 3, -2]), 2, mode, { stat_length: [1, 3] }),
    );
    check(`np.pad(np.array([1.5, np.nan, 3, -2]), 2, '${mode}')`, () =>
      np.pad(np.array([1.5, Number.NaN, 3, -2]), 2, mode),
    );
    check(`np.pad(np.array(5), (), '${mode}')`, () => np.pad(np.array(5), [], mode));
    check(`np.pad(np.array(5.5), np.zeros((0, 2), 'int64'), '${mode}')`, () =>
      np.pad(np.array(5.5), np.zeros([0, 2], 'int64'), mode),
    );
    check(`np.pad(mk((0, 3), 'int64'), ((0, 0), (1, 2)), '${mode}', stat_length=0)`, () =>
      np.pad(
        mk([0, 3], 'int64'),
        [
          [0, 0],
          [1, 2],
        ],
        mode,
        { stat_length: 0 },
      ),
    );
    check(`np.pad(mk((0, 3), 'int64'), 1, '${mode}')`, () => np.pad(mk([0, 3], 'int64'), 1, mode));
    check(`np.pad(mk((2, 3), 'int64'), 1, '${mode}', stat_length=-1)`, () =>
      np.pad(mk([2, 3], 'int64'), 1, mode, { stat_length: -1 }),
    );
    check(`np.pad(mk((2, 3), 'int64'), 1, '${mode}', stat_length=((1, 2), (1, -2)))`, () =>
      np.pad(mk([2, 3], 'int64'), 1, mode, {
        stat_length: [
          [1, 2],
          [1, -2],
        ],
      }),
    );
    check(`np.pad(mk((2, 3), 'int64'), 1, '${mode}', stat_length=np.nan)`, () =>
      np.pad(mk([2, 3], 'int64'), 1, mode, { stat_length: Number.NaN }),
    );
    check(`np.pad(mk((2, 3), 'int64'), 1, '${mode}', stat_length=np.inf)`, () =>
      np.pad(mk([2, 3], 'int64'), 1, mode, { stat_length: Number.POSITIVE_INFINITY }),
    );
    check(`np.pad(mk((2, 3), 'int64'), 1, '${mode}', stat_length=[])`, () =>
      np.pad(mk([2, 3], 'int64'), 1, mode, { stat_length: [] }),
    );
    check(`np.pad(mk((2, 3), 'int64'), 1, '${mode}', stat_length=True)`, () =>
      np.pad(mk([2, 3], 'int64'), 1, mode, { stat_length: true }),
    );
    check(`np.pad(mk((2, 3), 'int64'), 1, '${mode}', stat_length=((1, 2, 3), (1, 2, 3)))`, () =>
      np.pad(mk([2, 3], 'int64'), 1, mode, {
        stat_length: [
          [1, 2, 3],
          [1, 2, 3],
        ],
      }),
    );
    check(`np.pad(mk((2, 3), 'int64'), 1, '${mode}', constant_values=1)`, () =>
      np.pad(mk([2, 3], 'int64'), 1, mode, { constant_values: 1 }),
    );
  }
  // stat_length 0: an error for maximum/minimum (even on an axis without padding), the mean of an empty slice otherwise.
  for (const mode of STAT_MODES) {
    for (const dt of ['float64', 'float32', 'int64', 'int32', 'int8', 'uint8']) {
      check(`np.pad(mk((2, 3), '${dt}'), 1, '${mode}', stat_length=0)`, () =>
        np.pad(mk([2, 3], dt), 1, mode, { stat_length: 0 }),
      );
    }
    check(`np.pad(mk((2, 3), 'float64'), 1, '${mode}', stat_length=-0.4)`, () =>
      np.pad(mk([2, 3], 'float64'), 1, mode, { stat_length: -0.4 }),
    );
    check(`np.pad(mk((2, 3), 'float64'), ((0, 0), (1, 1)), '${mode}', stat_length=((0, 0), (1, 1)))`, () =>
      np.pad(
        mk([2, 3], 'float64'),
        [
          [0, 0],
          [1, 1],
        ],
        mode,
        {
          stat_length: [
            [0, 0],
            [1, 1],
          ],
        },
      ),
    );
    check(`np.pad(mk((3,), 'float64'), 2, '${mode}', stat_length=(0, 2))`, () =>
      np.pad(mk([3], 'float64'), 2, mode, { stat_length: [0, 2] }),
    );
  }
  check(
    "np.pad(mk((2, 3), 'float64'), 1, 'mean', stat_length=0)",
    () => np.pad(mk([2, 3], 'float64'), 1, 'mean', { stat_length: 0 }),
    { warnings: true },
  );
  check(
    "np.pad(mk((2, 3), 'float64'), 1, 'median', stat_length=(2, 0))",
    () => np.pad(mk([2, 3], 'float64'), 1, 'median', { stat_length: [2, 0] }),
    { warnings: true },
  );
  // Means and medians of integers are rounded half to even before the cast.
  for (const dt of ['int64', 'int8', 'uint8', 'uint16', 'int32']) {
    for (const mode of ['mean', 'median']) {
      check(`np.pad(np.array([1, 2, 4, 5, 7, 10], dtype='${dt}'), 3, '${mode}', stat_length=2)`, () =>
        np.pad(np.array([1, 2, 4, 5, 7, 10], { dtype: dt }), 3, mode, { stat_length: 2 }),
      );
      check(`np.pad(np.array([[0, 1, 3], [2, 5, 8]], dtype='${dt}'), 2, '${mode}', stat_length=(2, 2))`, () =>
        np.pad(
          np.array(
            [
              [0, 1, 3],
              [2, 5, 8],
            ],
            { dtype: dt },
          ),
          2,
          mode,
          { stat_length: [2, 2] },
        ),
      );
    }
  }
  for (const mode of ['mean', 'median']) {
    check(`np.pad(np.array([-1, -2, -4, -5, 1, 0, -3]), 2, '${mode}', stat_length=(2, 4))`, () =>
      np.pad(np.array([-1, -2, -4, -5, 1, 0, -3]), 2, mode, { stat_length: [2, 4] }),
    );
    check(`np.pad(np.array([250, 255, 3], dtype='uint8'), 1, '${mode}', stat_length=2)`, () =>
      np.pad(np.array([250, 255, 3], { dtype: 'uint8' }), 1, mode, { stat_length: 2 }),
    );
    check(`np.pad(np.array([2**62, 2**62 + 3], dtype='int64'), 1, '${mode}')`, () =>
      np.pad(np.array([2n ** 62n, 2n ** 62n + 3n], { dtype: 'int64' }), 1, mode),
    );
  }
  check("np.pad([1, 2, 5], 2, mode='mean', stat_length=2)", () =>
    np.pad([1, 2, 5], 2, { mode: 'mean', stat_length: 2 }),
  );
});

describe('pad_width must be a signed integer array', () => {
  check("np.pad(np.arange(3), np.array(1, 'uint8'))", () => np.pad(np.arange(3), np.array(1, { dtype: 'uint8' })));
  check("np.pad(np.arange(3), np.array([1, 2], 'int8'))", () =>
    np.pad(np.arange(3), np.array([1, 2], { dtype: 'int8' })),
  );
  check("np.pad(np.arange(3), np.zeros(0, 'int64'))", () => np.pad(np.arange(3), np.zeros(0, 'int64')));
});
