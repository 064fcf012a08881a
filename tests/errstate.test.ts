// Floating-point error handling (np.seterr / np.errstate) against NumPy: the
// warning categories each operation raises, the error raised in 'raise' mode,
// and the callbacks of 'call' mode.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle();
const W = { warnings: true };
const f8 = (v: number[]): np.NDArray => np.array(v, { dtype: 'float64' });

describe('warnings raised by default (divide, over, invalid warn; under ignored)', () => {
  check('np.divide(np.array([1., -1., 0.]), 0.)', () => np.divide(f8([1, -1, 0]), 0.5 - 0.5), W);
  check('np.divide(np.array([1., 2.]), np.array([0., 1.]))', () => np.divide(f8([1, 2]), f8([0, 1])), W);
  check('np.sqrt(np.array([-1., 4.]))', () => np.sqrt(f8([-1, 4])), W);
  check('np.log(np.array([0., 1.]))', () => np.log(f8([0, 1])), W);
  check('np.log(np.array([-1., 1.]))', () => np.log(f8([-1, 1])), W);
  check(
    "np.subtract(np.array([float('inf')]), np.array([float('inf')]))",
    () => np.subtract(f8([Number.POSITIVE_INFINITY]), f8([Number.POSITIVE_INFINITY])),
    W,
  );
  check('np.multiply(np.array([1e308]), 10.)', () => np.multiply(f8([1e308]), 10.5), W);
  check('np.multiply(np.array([1e-308]), 1e-10)', () => np.multiply(f8([1e-308]), 1e-10), W);
  check(
    "np.multiply(np.array([60000.], dtype='float16'), np.array([2.], dtype='float16'))",
    () => np.multiply(np.array([60000], { dtype: 'float16' }), np.array([2], { dtype: 'float16' })),
    W,
  );
  check('np.floor_divide(np.array([1, -5, 7]), 0)', () => np.floor_divide(np.array([1, -5, 7]), 0), W);
  check('np.remainder(np.array([1, 2]), np.array([0, 1]))', () => np.remainder(np.array([1, 2]), np.array([0, 1])), W);
  check(
    'np.fmod(np.array([1], dtype=np.int32), np.array([0], dtype=np.int32))',
    () => np.fmod(np.array([1], { dtype: 'int32' }), np.array([0], { dtype: 'int32' })),
    W,
  );
  check('np.floor_divide(np.array([-2**63]), -1)', () => np.floor_divide(np.array([-(2n ** 63n)]), -1), W);
  check('np.add(np.array([1., 2.]), 1.5)', () => np.add(f8([1, 2]), 1.5), W);
  check('np.exp(np.array([1000., 0.]))', () => np.exp(f8([1000, 0])), W);
});

describe('casts report through seterr too', () => {
  check("np.array([float('nan'), 1.]).astype(np.int64)", () => f8([Number.NaN, 1]).astype('int64'), W);
  check('np.array([1e300]).astype(np.float32)', () => f8([1e300]).astype('float32'), W);
  check('np.array([1e10, 1.]).astype(np.float16)', () => f8([1e10, 1]).astype('float16'), W);
  check('np.array([1.5, -2.5]).astype(np.int8)', () => f8([1.5, -2.5]).astype('int8'), W);
  check('np.array([35.57812516]).astype(np.float16)', () => f8([35.57812516]).astype('float16'), W);
});

describe('casts inside a ufunc call: input casts as "cast", output casts and reductions under the op', () => {
  const E = { warnings: 'each' as const };
  const big = () => np.asarray(new Float64Array([1, 1e300]));
  check('np.add(np.array([1.0, 1e300]), 1, dtype=np.float32)', () => np.add(big(), 1, { dtype: 'float32' }), E);
  check('np.maximum(np.array([1.0, 1e300]), 1, dtype=np.float32)', () => np.maximum(big(), 1, { dtype: 'float32' }), E);
  check('np.sqrt(np.array([1.0, 1e300]), dtype=np.float32)', () => np.sqrt(big(), { dtype: 'float32' }), E);
  check(
    "np.add(np.array([1.5, np.nan]), 1, dtype=np.int64, casting='unsafe')",
    () => np.add(np.asarray(new Float64Array([1.5, Number.NaN])), 1, { dtype: 'int64', casting: 'unsafe' }),
    E,
  );
  check(
    'np.multiply(np.array([1.0, 1e300]), np.array([1e300, 2.0]), dtype=np.float32)',
    () => np.multiply(big(), np.asarray(new Float64Array([1e300, 2])), { dtype: 'float32' }),
    E,
  );
  check(
    "np.add(np.array([1e300]), np.array([1e300]), out=np.zeros(1, np.float32), casting='unsafe')",
    () =>
      np.add(np.asarray(new Float64Array([1e300])), np.asarray(new Float64Array([1e300])), {
        out: np.zeros(1, 'float32'),
        casting: 'unsafe',
      }),
    E,
  );
  check(
    'np.maximum.reduce(np.array([2.0, 1e300]), dtype=np.float32)',
    () => np.maximum.reduce(np.asarray(new Float64Array([2, 1e300])), { dtype: 'float32' }),
    E,
  );
  check(
    'np.maximum.reduce(np.array([1e300, 2.0]), dtype=np.float32)',
    () => np.maximum.reduce(np.asarray(new Float64Array([1e300, 2])), { dtype: 'float32' }),
    E,
  );
  check(
    'np.minimum.reduce(np.array([[2.0, 1.0], [1e300, 3.0]]), axis=0, dtype=np.float32)',
    () =>
      np.minimum.reduce(np.asarray(new Float64Array([2, 1, 1e300, 3])).reshape(2, 2), { axis: 0, dtype: 'float32' }),
    E,
  );
  check(
    'np.add.reduce(np.array([2.0, 1e300]), dtype=np.float32)',
    () => np.add.reduce(np.asarray(new Float64Array([2, 1e300])), { dtype: 'float32' }),
    E,
  );
  // NumPy reports input casts apart only for small 0-d/1-d calls without a
  // mask (one buffer); otherwise under the op's name.
  const full = (shape: number[]) => np.full(shape, np.asarray(new Float64Array([1e300])).reshape([]));
  for (const [py, shape] of [
    ['8192', [8192]],
    ['8193', [8193]],
    ['(2, 3)', [2, 3]],
    ['()', []],
  ] as [string, number[]][]) {
    check(`np.add(np.full(${py}, 1e300), 1, dtype=np.float32)`, () => np.add(full(shape), 1, { dtype: 'float32' }), E);
  }
  check(
    'np.add(np.full(6, 1e300)[::-2], 1, dtype=np.float32)',
    () => np.add(full([6]).get('::-2'), 1, { dtype: 'float32' }),
    E,
  );
  check(
    'np.add(np.full(3, 1e300), 1, dtype=np.float32, out=np.zeros(3, np.float32))',
    () => np.add(full([3]), 1, { dtype: 'float32', out: np.zeros(3, 'float32') }),
    E,
  );
  check(
    'exec:o = np.zeros(3, np.float32); np.add(np.full(3, 1e300), 1, dtype=np.float32, out=o, where=np.array([True, False, True])); result = o',
    () => {
      const o = np.zeros(3, 'float32');
      np.add(full([3]), 1, { dtype: 'float32', out: o, where: np.array([true, false, true]) });
      return o;
    },
    E,
  );
  // Comparison, min/max, clip and sign loops clear the status after they
  // run: a buffered input cast's overflow is then not reported, an output
  // cast's is (under the op's name).
  check(
    'np.maximum(np.full(9000, 1e300), 1, dtype=np.float32)[:2]',
    () => (np.maximum(full([9000]), 1, { dtype: 'float32' }) as np.NDArray).get(':2'),
    E,
  );
  for (const [py, js] of [
    [
      'np.maximum(np.full((2, 3), 1e300), 1, dtype=np.float32)',
      () => np.maximum(full([2, 3]), 1, { dtype: 'float32' }),
    ],
    ['np.fmin(np.full((2, 3), 1e300), 1, dtype=np.float32)', () => np.fmin(full([2, 3]), 1, { dtype: 'float32' })],
    ["np.less(np.full((2, 3), 1e300), 1, signature='ff->?')", () => np.less(full([2, 3]), 1, { signature: 'ff->?' })],
    ["np.less(np.full(3, 1e300), 1, signature='ff->?')", () => np.less(full([3]), 1, { signature: 'ff->?' })],
    ['np.sign(np.full((2, 3), 1e300), dtype=np.float32)', () => np.sign(full([2, 3]), { dtype: 'float32' })],
    [
      'np.clip(np.full((2, 3), 1e300), 0, 1, dtype=np.float32)',
      () => np.clip(full([2, 3]), 0, 1, { dtype: 'float32' }),
    ],
    [
      'np.heaviside(np.full((2, 2), 1e300), 1, dtype=np.float32)',
      () => np.heaviside(full([2, 2]), 1, { dtype: 'float32' }),
    ],
    ['np.spacing(np.full((2, 2), 1e300), dtype=np.float32)', () => np.spacing(full([2, 2]), { dtype: 'float32' })],
    [
      "np.maximum(np.full((2, 2), 1e6), 1, out=np.zeros((2, 2), np.float16), casting='unsafe')",
      () => np.maximum(np.full([2, 2], 1e6), 1, { out: np.zeros([2, 2], 'float16'), casting: 'unsafe' }),
    ],
    [
      "np.maximum(np.array([1e6]), 1, out=np.zeros(1, np.float16), casting='unsafe')",
      () => np.maximum(np.array([1e6]), 1, { out: np.zeros(1, 'float16'), casting: 'unsafe' }),
    ],
  ] as [string, () => unknown][]) {
    check(py, js, E);
  }
  const b = () => np.asarray(new Float64Array([1e300]));
  check(
    'np.clip(np.array([1e300]), np.array([1e300]), np.array([1e300]), dtype=np.float32)',
    () => np.clip(b(), b(), b(), { dtype: 'float32' }),
    E,
  );
  check(
    'np.where(np.array([True, False]), np.zeros(2, np.float16), 70000.5)',
    () => np.where(np.array([true, false]), np.zeros(2, 'float16'), 70000.5),
    E,
  );
});

describe("'where' without 'out' warns (NumPy's UserWarning); the masked elements are then unspecified", () => {
  const E = { warnings: 'each' as const };
  const m = () => np.array([true, false, true]);
  check(
    'np.add(np.ones(3), 1, where=np.array([True, False, True])).shape',
    () => (np.add(np.ones(3), 1, { where: m() }) as np.NDArray).shape,
    E,
  );
  check(
    'np.sqrt(np.ones(3), where=np.array([True, False, True])).shape',
    () => (np.sqrt(np.ones(3), { where: m() }) as np.NDArray).shape,
    E,
  );
  check('np.add(np.ones(3), 1, where=True)', () => np.add(np.ones(3), 1, { where: true }), E);
  check(
    'np.add(np.ones(3), 1, where=np.array([True, False, True]), out=None).shape',
    () => (np.add(np.ones(3), 1, { where: m(), out: null }) as np.NDArray).shape,
    E,
  );
  check(
    'exec:o = np.zeros(3); np.add(np.ones(3), 1, o, where=np.array([True, False, True])); result = o',
    () => {
      const o = np.zeros(3);
      np.add(np.ones(3), 1, o, { where: m() });
      return o;
    },
    E,
  );
  check(
    'np.divmod(np.ones(3), 2, where=np.array([True, False, True]))[0].shape',
    () => (np.divmod(np.ones(3), 2, { where: m() }) as np.NDArray[])[0].shape,
    E,
  );
});

describe('modes', () => {
  check("exec:\nwith np.errstate(divide='raise'):\n    np.divide(np.array([1.]), 0.)", () =>
    np.errstate({ divide: 'raise' }, () => np.divide(f8([1]), 0.5 - 0.5)),
  );
  check("exec:\nwith np.errstate(all='raise'):\n    np.sqrt(np.array([-1.]))", () =>
    np.errstate({ all: 'raise' }, () => np.sqrt(f8([-1]))),
  );
  check("exec:\nwith np.errstate(under='raise'):\n    np.multiply(np.array([1e-308]), 1e-10)", () =>
    np.errstate({ under: 'raise' }, () => np.multiply(f8([1e-308]), 1e-10)),
  );
  check("exec:\nwith np.errstate(invalid='raise'):\n    np.array([float('nan')]).astype(np.int32)", () =>
    np.errstate({ invalid: 'raise' }, () => f8([Number.NaN]).astype('int32')),
  );
  check(
    "exec:\nwith np.errstate(divide='ignore'):\n    result = np.divide(np.array([1.]), 0.)",
    () => np.errstate({ divide: 'ignore' }, () => np.divide(f8([1]), 0.5 - 0.5)),
    W,
  );
  check('np.geterr()', () => np.geterr());
  check("exec:\nold = np.seterr(all='ignore')\nresult = [old, np.geterr()]\nnp.seterr(**old)", () => {
    const old = np.seterr({ all: 'ignore' });
    const now = np.geterr();
    np.seterr(old);
    return [old, now];
  });
  check("np.seterr(divide='loud')", () => np.seterr({ divide: 'loud' }));
  check(
    "exec:\ncalls = []\nwith np.errstate(call=lambda kind, flag: calls.append([kind, flag]), all='call'):\n    np.divide(np.array([1., 0.]), 0.)\nresult = calls",
    () => {
      const calls: unknown[] = [];
      np.errstate({ call: (kind: string, flag: number) => calls.push([kind, flag]), all: 'call' }, () =>
        np.divide(f8([1, 0]), 0.5 - 0.5),
      );
      return calls;
    },
  );
  test('errstate restores the modes when the callback throws', () => {
    const before = np.geterr();
    expect(() =>
      np.errstate({ all: 'raise' }, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(np.geterr()).toEqual(before);
  });
});

describe("'log' mode", () => {
  check(
    "exec:\nlines = []\nclass Log:\n    def write(self, m): lines.append(m)\nwith np.errstate(call=Log(), all='log'):\n    np.divide(np.array([1., 0.]), 0.)\nresult = lines",
    () => {
      const lines: string[] = [];
      np.errstate({ call: { write: (m: string) => lines.push(m) }, all: 'log' }, () =>
        np.divide(f8([1, 0]), 0.5 - 0.5),
      );
      return lines;
    },
  );
});

describe('casts under errstate(all="raise")', () => {
  const cases: [string, number, string][] = [
    ['1e-200', 1e-200, 'float32'],
    ['1e-40', 1e-40, 'float32'],
    ['1.1754943508222875e-38', 1.1754943508222875e-38, 'float32'],
    ['1e-10', 1e-10, 'float16'],
    ['1e300', 1e300, 'float32'],
    ["float('nan')", Number.NaN, 'int32'],
    ['0.5', 0.5, 'float16'],
    ['1e-7', 1e-7, 'float16'],
  ];
  for (const [py, js, dt] of cases) {
    check(`exec:\nwith np.errstate(all='raise'):\n    result = np.array([${py}]).astype('${dt}')`, () =>
      np.errstate({ all: 'raise' }, () => np.array([js], { dtype: 'float64' }).astype(dt)),
    );
  }
});

describe('reductions and accumulations report through seterr', () => {
  const big = (n: number, at: [number, number][]): np.NDArray => {
    const a = np.zeros(n);
    for (const [i, v] of at) a.set(i, v);
    return a;
  };
  const pyBig = (n: number, at: string): string => `exec:\nresult = np.zeros(${n})\n${at}\nresult = RED(result)`;
  check('np.sum(np.array([1e308, 1e308]))', () => np.sum(f8([1e308, 1e308])), W);
  check(
    'np.add.reduce(np.array([[1e308], [1e308]]), axis=0)',
    () => np.add.reduce(f8([1e308, 1e308]).reshape(2, 1), { axis: 0 }),
    W,
  );
  check('np.prod(np.array([1e200, 1e200]))', () => np.prod(f8([1e200, 1e200])), W);
  check('np.prod(np.array([1e-200, 1e-200]))', () => np.prod(f8([1e-200, 1e-200])), W);
  check(
    "np.sum(np.array([float('inf'), -float('inf')]))",
    () => np.sum(f8([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])),
    W,
  );
  check('np.mean(np.array([1e308, 1e308]))', () => np.mean(f8([1e308, 1e308])), W);
  check('np.cumsum(np.array([1e308, 1e308, 1.]))', () => np.cumsum(f8([1e308, 1e308, 1])), W);
  check(
    'np.cumprod(np.array([[1e200, 1e200], [1., 1.]]), axis=1)',
    () => np.cumprod(f8([1e200, 1e200, 1, 1]).reshape(2, 2), { axis: 1 }),
    W,
  );
  check("np.sum(np.array([3e38, 3e38], dtype='float32'))", () => np.sum(f8([3e38, 3e38]).astype('float32')), W);
  // No warnings: integer wraparound, NaN through max/min/argmax, quiet NaN sums,
  // comparisons and extrema of NaN in vectorised loops (long enough for SIMD).
  for (const f of [
    'less',
    'less_equal',
    'greater',
    'greater_equal',
    'equal',
    'not_equal',
    'maximum',
    'minimum',
    'fmax',
    'fmin',
    'heaviside',
    'nextafter',
    'copysign',
  ]) {
    for (const dt of ['float16', 'float32', 'float64']) {
      check(
        `np.${f}(np.tile(np.array([1., float('nan'), -2.], dtype='${dt}'), 13), np.float64(0.5).astype('${dt}'))`,
        () =>
          (np as unknown as Record<string, (...a: unknown[]) => unknown>)[f](
            np.tile(np.array([1, Number.NaN, -2], { dtype: dt }), 13),
            np.array(0.5, { dtype: dt }),
          ),
        W,
      );
    }
  }
  for (const f of ['sign', 'spacing', 'isnan', 'floor', 'rint', 'absolute', 'signbit']) {
    check(
      `np.${f}(np.tile(np.array([1., float('nan'), -2.]), 13))`,
      () => (np as unknown as Record<string, (...a: unknown[]) => unknown>)[f](np.tile(f8([1, Number.NaN, -2]), 13)),
      W,
    );
  }
  check('np.sum(np.array([2**62, 2**62, 2**62]))', () => np.sum(np.array([2 ** 62, 2 ** 62, 2 ** 62])), W);
  for (const f of ['max', 'min', 'argmax', 'argmin', 'nanmax', 'nanmin', 'sum', 'nansum'] as const) {
    check(`np.${f}(np.array([1., float('nan'), 2.]))`, () => np[f](f8([1, Number.NaN, 2])), W);
  }
  // Large inputs take the parallel paths (pairwise halves, row blocks).
  check(
    pyBig(1 << 20, 'result[7] = 1e308\nresult[(1 << 20) - 3] = 1e308').replace('RED', 'np.sum'),
    () =>
      np.sum(
        big(1 << 20, [
          [7, 1e308],
          [(1 << 20) - 3, 1e308],
        ]),
      ),
    W,
  );
  check(
    pyBig(1 << 20, "result[1] = float('inf')\nresult[-1] = -float('inf')").replace('RED', 'np.sum'),
    () =>
      np.sum(
        big(1 << 20, [
          [1, Number.POSITIVE_INFINITY],
          [-1, Number.NEGATIVE_INFINITY],
        ]),
      ),
    W,
  );
  check(
    pyBig(1 << 20, "result[5] = float('nan')").replace('RED', 'np.max'),
    () => np.max(big(1 << 20, [[5, Number.NaN]])),
    W,
  );
  for (const axis of [0, 1]) {
    check(
      `${pyBig(1 << 20, 'result[-1] = 1e308\nresult[-2] = 1e308').replace('RED', '')}\nresult = np.sum(result.reshape(1024, 1024), axis=${axis})[-2:]`,
      () => {
        const a = big(1 << 20, [
          [-1, 1e308],
          [-2, 1e308],
        ]).reshape(1024, 1024);
        return (np.sum(a, { axis }) as np.NDArray).get('-2:');
      },
      W,
    );
  }
  check("exec:\nwith np.errstate(over='raise'):\n    np.sum(np.array([1e308, 1e308]))", () =>
    np.errstate({ over: 'raise' }, () => np.sum(f8([1e308, 1e308]))),
  );
});
