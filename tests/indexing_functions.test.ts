// The indexing functions (take, put, take_along_axis, put_along_axis, choose,
// compress, extract, place, putmask, where, nonzero, flatnonzero, argwhere,
// select, piecewise) compared with NumPy over dtypes, axes, modes and errors.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { PY_SETUP, mk, pyShape } from './helpers/views';

const check = oracle(PY_SETUP);
const DT = ['int64', 'float32', 'complex128', 'bool', 'uint8', 'float16', 'int16'];

describe('take', () => {
  const CASES: [number[], string, unknown, number | null][] = [
    [[5], '[0, 4, -1]', [0, 4, -1], null],
    [
      [5],
      '[[1, 2], [3, 4]]',
      [
        [1, 2],
        [3, 4],
      ],
      0,
    ],
    [[3, 4], '[2, 0]', [2, 0], 0],
    [[3, 4], '[2, 0]', [2, 0], 1],
    [[3, 4], '[[3], [1]]', [[3], [1]], -1],
    [[3, 4], '[5, 11]', [5, 11], null],
    [[2, 3, 4], '[1]', [1], 1],
    [[2, 3, 4], '2', 2, 2],
    [[2, 3, 4], '[]', [], 1],
    [[3, 0], '[]', [], 1],
  ];
  let n = 0;
  for (const [shape, py, js, axis] of CASES) {
    for (const mode of ['raise', 'wrap', 'clip']) {
      const dt = DT[n++ % DT.length];
      check(`np.take(mk(${pyShape(shape)}, '${dt}'), ${py}, axis=${axis ?? 'None'}, mode='${mode}')`, () =>
        np.take(mk(shape, dt), js, { axis, mode }),
      );
    }
  }
  for (const mode of ['wrap', 'clip']) {
    check(`np.take(mk((3, 4), 'int64'), [-7, 9, 4, -1], axis=1, mode='${mode}')`, () =>
      np.take(mk([3, 4], 'int64'), [-7, 9, 4, -1], { axis: 1, mode }),
    );
    check(`np.take(mk((3, 0), 'int64'), [1], axis=1, mode='${mode}')`, () =>
      np.take(mk([3, 0], 'int64'), [1], { axis: 1, mode }),
    );
  }
  check("np.take(mk((3, 4), 'int64'), [0, 4], axis=1)", () => np.take(mk([3, 4], 'int64'), [0, 4], { axis: 1 }));
  check("np.take(mk((3, 4), 'int64'), [-13])", () => np.take(mk([3, 4], 'int64'), [-13]));
  check("np.take(mk((3, 4), 'int64'), [1], axis=2)", () => np.take(mk([3, 4], 'int64'), [1], { axis: 2 }));
  check("np.take(mk((3, 4), 'int64'), [1.5])", () => np.take(mk([3, 4], 'int64'), [1.5]));
  check("np.take(mk((3, 4), 'int64'), np.array([1.5]))", () => np.take(mk([3, 4], 'int64'), np.array([1.5])));
  check("np.take(mk((3, 4), 'int64'), np.array([1], dtype='uint64'))", () =>
    np.take(mk([3, 4], 'int64'), np.array([1], { dtype: 'uint64' })),
  );
  check("np.take(mk((3, 4), 'int64'), [True, False])", () => np.take(mk([3, 4], 'int64'), [true, false]));
  check("np.take(mk((3, 4), 'int64'), [1], mode='bogus')", () => np.take(mk([3, 4], 'int64'), [1], { mode: 'bogus' }));
  check("mk((3, 4), 'int64').T.take([1, 0], axis=1)", () => mk([3, 4], 'int64').T.take([1, 0], { axis: 1 }));
  check("exec:o=np.zeros(2, 'float64'); np.take(mk((4,), 'int64'), [3, 1], out=o); result=o", () => {
    const o = np.zeros([2]);
    np.take(mk([4], 'int64'), [3, 1], { out: o });
    return o;
  });
});

describe('put', () => {
  const CASES: [string, unknown, string, unknown][] = [
    ['[0, 2]', [0, 2], '[-1, -2]', [-1, -2]],
    ['[0, 1, 2, 3, 4]', [0, 1, 2, 3, 4], '[7, 8]', [7, 8]],
    ['[-1, 5]', [-1, 5], '9', 9],
    ['[1, 1]', [1, 1], '[5, 6]', [5, 6]],
    ['[]', [], '[5]', [5]],
    ['[3]', [3], '[]', []],
    ['[20, -20]', [20, -20], '[1, 2]', [1, 2]],
  ];
  let n = 0;
  for (const prep of [
    ['a', (a: np.NDArray) => a],
    ['a.T', (a: np.NDArray) => a.T],
    ['a[:, ::-2]', (a: np.NDArray) => a.get(':, ::-2')],
  ] as const) {
    for (const [pi, ji, pv, jv] of CASES) {
      for (const mode of ['raise', 'wrap', 'clip']) {
        const dt = DT[n++ % DT.length];
        check(
          `exec:a=mk((3, 4), '${dt}'); b=${prep[0]}; np.put(b, ${pi}, ${pv}, mode='${mode}'); result=[a, b]`,
          () => {
            const a = mk([3, 4], dt);
            const b = prep[1](a);
            np.put(b, ji, jv, { mode });
            return [a, b];
          },
        );
      }
    }
  }
  check("exec:a=mk((3,), 'int64'); a.put([0, 2], [5.5, 7.5]); result=a", () => {
    const a = mk([3], 'int64');
    a.put([0, 2], [5.5, 7.5]);
    return a;
  });
  check('np.put([1, 2], [0], [3])', () => np.put([1, 2], [0], [3]));
  check("exec:a=mk((0,), 'int64'); np.put(a, [0], [1], mode='wrap')", () =>
    np.put(mk([0], 'int64'), [0], [1], { mode: 'wrap' }),
  );
});

describe('take_along_axis / put_along_axis', () => {
  const idx2 = [
    [3, 0, 1, 2],
    [0, 0, 0, 0],
    [2, 1, 3, -1],
  ];
  for (const dt of DT) {
    check(`np.take_along_axis(mk((3, 4), '${dt}'), np.array(${JSON.stringify(idx2)}), axis=1)`, () =>
      np.take_along_axis(mk([3, 4], dt), np.array(idx2), { axis: 1 }),
    );
    check(`np.take_along_axis(mk((3, 4), '${dt}'), np.array([[2, 0, 1, 1]]), axis=0)`, () =>
      np.take_along_axis(mk([3, 4], dt), np.array([[2, 0, 1, 1]]), { axis: 0 }),
    );
    check(
      `exec:a=mk((3, 4), '${dt}'); np.put_along_axis(a, np.array([[1], [3], [0]]), np.array([[7], [8], [9]]), axis=1); result=a`,
      () => {
        const a = mk([3, 4], dt);
        np.put_along_axis(a, np.array([[1], [3], [0]]), np.array([[7], [8], [9]]), 1);
        return a;
      },
    );
  }
  check("np.take_along_axis(mk((3, 4), 'int64'), np.array([5, 0, 11]), axis=None)", () =>
    np.take_along_axis(mk([3, 4], 'int64'), np.array([5, 0, 11]), { axis: null }),
  );
  check("np.take_along_axis(mk((2, 3, 4), 'int64'), np.array([[[1, 0]]]), axis=2)", () =>
    np.take_along_axis(mk([2, 3, 4], 'int64'), np.array([[[1, 0]]]), { axis: 2 }),
  );
  check("np.take_along_axis(mk((2, 3, 4), 'int64'), np.array([[[1, 0]]]))", () =>
    np.take_along_axis(mk([2, 3, 4], 'int64'), np.array([[[1, 0]]])),
  );
  check("np.take_along_axis(mk((3, 4), 'int64'), np.array([[4]]), axis=1)", () =>
    np.take_along_axis(mk([3, 4], 'int64'), np.array([[4]]), { axis: 1 }),
  );
  check("np.take_along_axis(mk((3, 4), 'int64'), np.array([1]), axis=1)", () =>
    np.take_along_axis(mk([3, 4], 'int64'), np.array([1]), { axis: 1 }),
  );
  check("np.take_along_axis(mk((3, 4), 'int64'), np.array([[1.0]]), axis=1)", () =>
    np.take_along_axis(mk([3, 4], 'int64'), np.array([[1.5]]), { axis: 1 }),
  );
  check("np.take_along_axis(mk((3, 4), 'int64'), np.array([[1]]), axis=2)", () =>
    np.take_along_axis(mk([3, 4], 'int64'), np.array([[1]]), { axis: 2 }),
  );
  check("np.take_along_axis(mk((3, 4), 'int64'), np.array([[1], [1]]), axis=1)", () =>
    np.take_along_axis(mk([3, 4], 'int64'), np.array([[1], [1]]), { axis: 1 }),
  );
  check("exec:a=mk((3, 4), 'int64'); np.put_along_axis(a, np.array([0, 11]), [-1, -2], axis=None); result=a", () => {
    const a = mk([3, 4], 'int64');
    np.put_along_axis(a, np.array([0, 11]), [-1, -2], null);
    return a;
  });
  check("exec:a=mk((3, 4), 'int64').T; np.put_along_axis(a, np.array([0, 11]), [-1, -2], axis=None); result=a", () => {
    const a = mk([3, 4], 'int64').T;
    np.put_along_axis(a, np.array([0, 11]), [-1, -2], null);
    return a;
  });
});

describe('choose', () => {
  for (const dt of DT) {
    check(`np.choose([2, 0, 1, 0], [mk((4,), '${dt}'), mk((4,), '${dt}')[::-1], np.ones(4, '${dt}')])`, () =>
      np.choose([2, 0, 1, 0], [mk([4], dt), mk([4], dt).get('::-1'), np.ones([4], { dtype: dt })]),
    );
  }
  check('np.choose([[0], [1]], [[1, 2, 3], [-1, -2, -3]])', () =>
    np.choose(
      [[0], [1]],
      [
        [1, 2, 3],
        [-1, -2, -3],
      ],
    ),
  );
  check('np.choose(np.array([0, 1, 1]), [1.5, np.array([1, 2, 3], dtype=np.int8)])', () =>
    np.choose(np.array([0, 1, 1]), [1.5, np.array([1, 2, 3], { dtype: 'int8' })]),
  );
  check("np.choose([0, 3, -1], mk((2, 3), 'int64'), mode='wrap')", () =>
    np.choose([0, 3, -1], mk([2, 3], 'int64'), { mode: 'wrap' }),
  );
  check("np.choose([0, 3, -1], mk((2, 3), 'int64'), mode='clip')", () =>
    np.choose([0, 3, -1], mk([2, 3], 'int64'), { mode: 'clip' }),
  );
  check("np.choose([0, 2], mk((2, 2), 'int64'))", () => np.choose([0, 2], mk([2, 2], 'int64')));
  // More choices than the masked-copy path takes (the stacked gather).
  check("np.choose((mk((3, 4), 'int64') * 7) % 10, mk((10, 3, 4), 'float32'))", () =>
    np.choose(np.remainder(np.multiply(mk([3, 4], 'int64'), 7), 10), mk([10, 3, 4], 'float32')),
  );
  check("np.choose((mk((3, 4), 'int64') * 7) % 12 - 1, mk((10, 3, 4), 'float32'), mode='wrap')", () =>
    np.choose(np.subtract(np.remainder(np.multiply(mk([3, 4], 'int64'), 7), 12), 1), mk([10, 3, 4], 'float32'), {
      mode: 'wrap',
    }),
  );
  check("np.choose(mk((3, 4), 'int64') % 3, [mk((4,), 'int8'), 2.5, mk((3, 1), 'uint16')], out=np.zeros((3, 4)))", () =>
    np.choose(np.remainder(mk([3, 4], 'int64'), 3), [mk([4], 'int8'), 2.5, mk([3, 1], 'uint16')], {
      out: np.zeros([3, 4]),
    }),
  );
  check("np.choose([0, -1], mk((2, 2), 'int64'))", () => np.choose([0, -1], mk([2, 2], 'int64')));
  check("np.choose([0, 1], [mk((3,), 'int64'), mk((2,), 'int64')])", () =>
    np.choose([0, 1], [mk([3], 'int64'), mk([2], 'int64')]),
  );
  check("np.array([1, 0]).choose([mk((2,), 'int64'), -mk((2,), 'int64')])", () =>
    np.array([1, 0]).choose([mk([2], 'int64'), mk([2], 'int64').multiply(-1)]),
  );
});

describe('compress / extract / place / putmask', () => {
  for (const dt of DT) {
    check(`np.compress([True, False, True], mk((3, 2), '${dt}'), axis=0)`, () =>
      np.compress([true, false, true], mk([3, 2], dt), { axis: 0 }),
    );
    check(`np.compress([0, 1], mk((3, 2), '${dt}'), axis=1)`, () => np.compress([0, 1], mk([3, 2], dt), { axis: 1 }));
    check(`np.extract(mk((3, 2), 'int64') % 2, mk((3, 2), '${dt}'))`, () =>
      np.extract(np.array([0, 1, 0, 1, 0, 1]).reshape(3, 2), mk([3, 2], dt)),
    );
    check(`exec:a=mk((2, 3), '${dt}'); np.place(a, np.array([[1, 0, 1], [1, 1, 0]], bool), [7, 8]); result=a`, () => {
      const a = mk([2, 3], dt);
      np.place(
        a,
        np.array([
          [true, false, true],
          [true, true, false],
        ]),
        [7, 8],
      );
      return a;
    });
    check(`exec:a=mk((2, 3), '${dt}'); np.putmask(a, np.array([[1, 0, 1], [1, 1, 0]], bool), [7, 8]); result=a`, () => {
      const a = mk([2, 3], dt);
      np.putmask(
        a,
        np.array([
          [true, false, true],
          [true, true, false],
        ]),
        [7, 8],
      );
      return a;
    });
  }
  check("np.compress([True, False, True, True], mk((3,), 'int64'))", () =>
    np.compress([true, false, true, true], mk([3], 'int64')),
  );
  check("np.compress([False, True, False, True, True], mk((2, 2), 'int64'))", () =>
    np.compress([false, true, false, true, true], mk([2, 2], 'int64')),
  );
  check("np.compress([[True]], mk((3,), 'int64'))", () => np.compress([[true]], mk([3], 'int64')));
  check("np.compress([True], mk((3,), 'int64'), axis=1)", () => np.compress([true], mk([3], 'int64'), { axis: 1 }));
  check("mk((3, 2), 'int64').compress([True, False, True], axis=0)", () =>
    mk([3, 2], 'int64').compress([true, false, true], { axis: 0 }),
  );
  check("exec:a=mk((3,), 'int64'); np.place(a, [True, False, True], []); result=a", () => {
    const a = mk([3], 'int64');
    np.place(a, [true, false, true], []);
    return a;
  });
  check("exec:a=mk((3,), 'int64'); np.place(a, [False, False, False], []); result=a", () => {
    const a = mk([3], 'int64');
    np.place(a, [false, false, false], []);
    return a;
  });
  check("exec:a=mk((3,), 'int64'); np.place(a, [True, False], [1]); result=a", () => {
    const a = mk([3], 'int64');
    np.place(a, [true, false], [1]);
    return a;
  });
  check('np.place([1, 2], [True, False], [1])', () => np.place([1, 2], [true, false], [1]));
  check("exec:a=mk((3,), 'int64'); np.putmask(a, [True, False], [1]); result=a", () => {
    const a = mk([3], 'int64');
    np.putmask(a, [true, false], [1]);
    return a;
  });
  check("exec:a=mk((3,), 'int64'); np.putmask(a, [True, False, True], []); result=a", () => {
    const a = mk([3], 'int64');
    np.putmask(a, [true, false, true], []);
    return a;
  });
  check("exec:a=mk((3, 2), 'float64').T; np.putmask(a, a > 2, [-1, -2, -3, -4]); result=a", () => {
    const a = mk([3, 2], 'float64').T;
    np.putmask(
      a,
      np.array([
        [false, false, true],
        [false, true, true],
      ]),
      [-1, -2, -3, -4],
    );
    return a;
  });
});

describe('nonzero / flatnonzero / argwhere / where', () => {
  const data = '[[0, 1.5, 0], [np.nan, 0, -0.0], [3, 0, 7]]';
  const js = [
    [0, 1.5, 0],
    [Number.NaN, 0, -0],
    [3, 0, 7],
  ];
  for (const dt of ['float64', 'float16', 'complex64', 'bool', 'int8', 'uint64']) {
    const pyArr = `np.array(${data}).astype('${dt}')`;
    const jsArr = () => np.array(js).astype(dt);
    check(`${pyArr}.nonzero()`, () => jsArr().nonzero());
    check(`np.nonzero(${pyArr}.T[::-1])`, () => np.nonzero(jsArr().T.get('::-1')));
    check(`np.flatnonzero(${pyArr}.T)`, () => np.flatnonzero(jsArr().T));
    check(`np.argwhere(${pyArr}[:, ::2])`, () => np.argwhere(jsArr().get(':, ::2')));
    check(`np.where(${pyArr})`, () => np.where(jsArr()));
  }
  check('np.nonzero(np.array(3))', () => np.nonzero(np.array(3)));
  check('np.nonzero(np.zeros((2, 0)))', () => np.nonzero(np.zeros([2, 0])));
  check('np.argwhere(np.array(3))', () => np.argwhere(np.array(3)));
  check('np.argwhere(np.array(0))', () => np.argwhere(np.array(0)));
  check('np.flatnonzero(np.array(5))', () => np.flatnonzero(np.array(5)));
  // Small inputs are collected in one pass (room for every element), larger
  // ones counted first: both sides of that size, and the result's base.
  for (const [shape, step] of [
    [[2048], 3],
    [[2049], 3],
    [[32, 32], 5],
    [[32, 33], 5],
    [[7], 1],
    [[4, 6], 1000],
  ] as [number[], number][]) {
    const n = shape.reduce((p, k) => p * k, 1);
    const py = `(np.arange(${n}) % ${step} == 0).reshape(${shape.join(', ')},)`;
    check(`exec:r = np.nonzero(${py}); result = (r, r[0].base.shape, r[0].strides)`, () => {
      const m = (np.equal(np.remainder(np.arange(n), step), 0) as np.NDArray).reshape(shape);
      const r = np.nonzero(m);
      return [r, (r[0].base as np.NDArray).shape, r[0].strides];
    });
  }
  check('exec:r = np.nonzero((np.arange(40) % 3 == 0).reshape(8, 5)[::-2, 1:]); result = (r, r[0].base.shape)', () => {
    const m = (np.equal(np.remainder(np.arange(40), 3), 0) as np.NDArray).reshape(8, 5).get('::-2', '1:');
    const r = np.nonzero(m);
    return [r, (r[0].base as np.NDArray).shape];
  });
  // Contiguous arrays take the block-of-64 fill: several dtypes, lengths
  // around the blocks, a pseudo-random mask, NaN (true) and -0.0 (false).
  for (const shape of [[5000], [70, 130], [3, 65, 67], [64], [63], [129, 1]]) {
    const n = shape.reduce((p, k) => p * k, 1);
    for (const dt of ['bool', 'int8', 'uint8', 'float64', 'float32', 'int64', 'complex128']) {
      const py = `(np.arange(${n}) * 7919 % 13 < 5).astype('${dt}').reshape(${shape.join(', ')},)`;
      check(`np.nonzero(${py})`, () => {
        const m = np.less(np.remainder(np.multiply(np.arange(n), 7919), 13), 5) as np.NDArray;
        return np.nonzero(m.astype(dt).reshape(shape));
      });
    }
    const pyf = `np.where(np.arange(${n}) % 7 == 0, np.nan, np.where(np.arange(${n}) % 5 == 0, -0.0, np.arange(${n}) % 3)).reshape(${shape.join(', ')},)`;
    check(`np.argwhere(${pyf})`, () => {
      const i = np.arange(n);
      const v = np.where(
        np.equal(np.remainder(i, 7), 0),
        Number.NaN,
        np.where(np.equal(np.remainder(i, 5), 0), -0, np.remainder(i, 3)),
      ) as np.NDArray;
      return np.argwhere(v.reshape(shape));
    });
  }
  check("np.nonzero(mk((2, 3, 4), 'int64') % 3 == 0)", () => {
    const a = mk([2, 3, 4], 'int64');
    const m = np.array((a.tolist() as number[][][]).map((r) => r.map((c) => c.map((x) => x % 3 === 0))));
    return np.nonzero(m);
  });

  const vals: [string, () => unknown][] = [
    ['1', () => 1],
    ['2.5', () => 2.5],
    ["np.arange(3, dtype='int8')", () => np.arange(3, { dtype: 'int8' })],
    ["np.arange(3, dtype='float32')", () => np.arange(3, { dtype: 'float32' })],
    ["np.ones((2, 1), dtype='uint16')", () => np.ones([2, 1], { dtype: 'uint16' })],
    ["np.array([1+1j, 2, 3], dtype='complex64')", () => np.array([new np.Complex(1, 1), 2, 3], { dtype: 'complex64' })],
    ['True', () => true],
  ];
  for (const [px, jx] of vals) {
    for (const [py, jy] of vals) {
      check(`np.where([True, False, True], ${px}, ${py})`, () => np.where([true, false, true], jx(), jy()));
    }
  }
  check("np.where(mk((2, 3), 'float64'), -mk((2, 3), 'int64'), 7)", () =>
    np.where(mk([2, 3], 'float64'), mk([2, 3], 'int64').multiply(-1), 7),
  );
  check("np.where(mk((2, 3), 'int64').T % 2, 1.5, mk((3, 1), 'int64'))", () =>
    np.where(
      np.array([
        [0, 1],
        [1, 0],
        [0, 1],
      ]),
      1.5,
      mk([3, 1], 'int64'),
    ),
  );
  // Python scalars of every kind, and the cast of one to a narrower result
  // dtype (which wraps, or overflows with NumPy's warning for floats).
  const m3 = () => np.array([true, false, true]);
  for (const [px, jx] of [
    ['0', 0],
    ['-0.0', -0],
    ['300', 300],
    ['-1', -1],
    ['1000000', 1e6],
    ['70000.5', 70000.5],
    ['1.5', 1.5],
    ['2**53 + 2', 2n ** 53n + 2n],
    ['False', false],
  ] as [string, unknown][]) {
    for (const dt of ['int8', 'uint8', 'float16', 'float64', 'bool']) {
      check(
        `np.where(np.array([True, False, True]), np.arange(3, dtype='${dt}'), ${px})`,
        () => np.where(m3(), np.arange(3, { dtype: dt }), jx),
        { warnings: true },
      );
    }
    check(`np.where(np.array([True, False, True]), ${px}, 2.5)`, () => np.where(m3(), jx, 2.5));
  }
  check(
    'exec:m = np.array([True, False]); result = [np.where(m, 1, 2), np.where(m, 3.5, 4), np.where(m, 5, 6.5)]',
    () => {
      const m = np.array([true, false]);
      return [np.where(m, 1, 2), np.where(m, 3.5, 4), np.where(m, 5, 6.5)];
    },
  );
  check('np.where([True], 1)', () => np.where([true], 1));
  check('np.where([True, False], [1, 2, 3], 0)', () => np.where([true, false], [1, 2, 3], 0));
  check("np.where(np.zeros((0, 3), bool), 1, mk((3,), 'float32'))", () =>
    np.where(np.zeros([0, 3], { dtype: 'bool' }), 1, mk([3], 'float32')),
  );
  check(
    'exec:a=np.arange(300000.0); result=np.where(a % 3 == 0, a, -a)[::1000]',
    () => {
      const a = np.arange(300000, { dtype: 'float64' });
      const m = np.array(Array.from({ length: 300000 }, (_, i) => i % 3 === 0));
      return (np.where(m, a, a.multiply(-1)) as np.NDArray).get('::1000');
    },
    { name: 'large where (parallel path)' },
  );
});

describe('select / piecewise', () => {
  check(
    'np.select([np.array([True, False, False]), np.array([True, True, False])], [np.array([1, 2, 3]), np.array([4.5, 5, 6])])',
    () =>
      np.select(
        [np.array([true, false, false]), np.array([true, true, false])],
        [np.array([1, 2, 3]), np.array([4.5, 5, 6])],
      ),
  );
  check("np.select([np.array([True, False, False])], [np.array([1, 2, 3], dtype='int8')], default=-1)", () =>
    np.select([np.array([true, false, false])], [np.array([1, 2, 3], { dtype: 'int8' })], { default: -1 }),
  );
  check("np.select([np.array([[True], [False]])], [np.array([1, 2, 3], dtype='float32')], 9)", () =>
    np.select([np.array([[true], [false]])], [np.array([1, 2, 3], { dtype: 'float32' })], 9),
  );
  check('np.select([], [])', () => np.select([], []));
  check('np.select([np.array([True])], [])', () => np.select([np.array([true])], []));
  check('np.select([np.array([1])], [np.array([1])])', () => np.select([np.array([1])], [np.array([1])]));

  check(
    'np.piecewise(np.array([-2.5, -1, 0, 1, 2]), [np.array([-2.5, -1, 0, 1, 2]) < 0, np.array([-2.5, -1, 0, 1, 2]) >= 0], [-1, 1.5])',
    () => {
      const lt = np.array([true, true, false, false, false]);
      const ge = np.array([false, false, true, true, true]);
      return np.piecewise(np.array([-2.5, -1, 0, 1, 2]), [lt, ge], [-1, 1.5]);
    },
  );
  check('np.piecewise(np.array([-2, -1, 0, 1, 2]), [np.array([-2, -1, 0, 1, 2]) < 0], [lambda v: -v * 10])', () => {
    const x = np.array([-2, -1, 0, 1, 2]);
    return np.piecewise(x, [np.array([true, true, false, false, false])], [(v: np.NDArray) => v.multiply(-10)]);
  });
  check('np.piecewise(np.array([-2, -1, 0, 1, 2]), [np.array([-2, -1, 0, 1, 2]) < 0], [lambda v: v * 2, 7])', () => {
    const x = np.array([-2, -1, 0, 1, 2]);
    return np.piecewise(x, [np.array([true, true, false, false, false])], [(v: np.NDArray) => v.multiply(2), 7]);
  });
  check('np.piecewise(np.array([1, 2]), [np.array([True, False])], [1, 2, 3])', () =>
    np.piecewise(np.array([1, 2]), [np.array([true, false])], [1, 2, 3]),
  );
  check('np.piecewise(np.array(3.5), [True], [5])', () => np.piecewise(np.array(3.5), [true], [5]));
});
