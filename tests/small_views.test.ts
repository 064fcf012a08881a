// The short paths of small view and copy calls, against NumPy: `a.T` and
// `np.transpose(a)` (reversed interned tuples), `np.concatenate([a, b])`
// (no argument parsing, C order for C-contiguous inputs), `a.astype(dt)` of
// a C-contiguous array, `np.argmax(a, {axis})` and `np.nonzero(a)`. Each
// group has the inputs that take the path (dtypes, 0-d, empty, views with
// negative or non-unit strides) and the neighbouring calls that leave it,
// with NumPy's results, layouts, memory relations and errors.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle(`
def ramp(n, dt='float64'):
    return ((np.arange(n) * 7919 % 1000 - 500) / 7).astype(dt)

def layout(r, a=None):
    return [r, list(r.strides), r.flags.owndata, r.flags.writeable, a is not None and r.base is a]
`);

function ramp(n: number, dt = 'float64'): np.NDArray {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = (((i * 7919) % 1000) - 500) / 7;
  return np.asarray(v).astype(dt);
}

function layout(r: np.NDArray, a: np.NDArray | null = null): unknown[] {
  return [r, [...r.strides], r.flags.owndata, r.flags.writeable, a !== null && r.base === a];
}

const W = { warnings: true as const };

describe('a.T and np.transpose(a)', () => {
  const inputs: [string, () => np.NDArray][] = [
    ['ramp(10).reshape(2, 5)', () => ramp(10).reshape(2, 5)],
    ["ramp(12, 'int8').reshape(2, 3, 2)", () => ramp(12, 'int8').reshape(2, 3, 2)],
    ["ramp(12, 'complex64').reshape(1, 2, 3, 2)", () => ramp(12, 'complex64').reshape(1, 2, 3, 2)],
    ['ramp(5)', () => ramp(5)],
    ['ramp(0).reshape(0, 3)', () => ramp(0).reshape(0, 3)],
    ["ramp(1, 'bool').reshape(())", () => ramp(1, 'bool').reshape([])],
  ];
  for (const [py, js] of inputs) {
    check(`exec:a = ${py}; result = [layout(a.T, a), layout(np.transpose(a), a), layout(a.transpose(), a)]`, () => {
      const a = js();
      return [layout(a.T, a), layout(np.transpose(a), a), layout(a.transpose(), a)];
    });
  }
  // Views of views: the base is the owner; negative and zero strides are kept.
  check('exec:a = ramp(12).reshape(3, 4); v = a[::-1, ::2]; result = [layout(v.T, a), v.T.base is v]', () => {
    const a = ramp(12).reshape(3, 4);
    const v = a.get('::-1, ::2');
    return [layout(v.T, a), v.T.base === v];
  });
  check(
    'exec:a = ramp(3); b = np.broadcast_to(a, (2, 3)); result = [layout(b.T, a), layout(np.transpose(b), a)]',
    () => {
      const a = ramp(3);
      const b = np.broadcast_to(a, [2, 3]);
      return [layout(b.T, a), layout(np.transpose(b), a)];
    },
  );
  check('exec:b = np.broadcast_to(ramp(2), (2**31, 2)); result = [b.T.shape, b.T.strides]', () => {
    const b = np.broadcast_to(ramp(2), [2 ** 31, 2]);
    return [b.T.shape, b.T.strides];
  });
  check(
    'exec:a = ramp(6).reshape(2, 3); a.flags.writeable = False; result = [a.T.flags.writeable, np.transpose(a).flags.writeable]',
    () => {
      const a = ramp(6).reshape(2, 3);
      a.flags.writeable = false;
      return [a.T.flags.writeable, np.transpose(a).flags.writeable];
    },
  );
  check('exec:a = ramp(6).reshape(2, 3); t = a.T; t[2, 1] = 99; u = np.transpose(a); u[0, 0] = -1; result = a', () => {
    const a = ramp(6).reshape(2, 3);
    a.T.set('2, 1', 99);
    np.transpose(a).set('0, 0', -1);
    return a;
  });
  check('exec:a = ramp(6).reshape(2, 3); result = a.T.T is a', () => {
    const a = ramp(6).reshape(2, 3);
    return a.T.T === a;
  });
  // Calls that leave the path.
  check('np.transpose([[1, 2, 3], [4, 5, 6]])', () =>
    np.transpose([
      [1, 2, 3],
      [4, 5, 6],
    ]),
  );
  check('np.transpose(ramp(6).reshape(2, 3), axes=None)', () => np.transpose(ramp(6).reshape(2, 3), { axes: null }));
  check('np.transpose(ramp(6).reshape(1, 2, 3), (2, 0, 1))', () => np.transpose(ramp(6).reshape(1, 2, 3), [2, 0, 1]));
  check('np.transpose(ramp(6).reshape(2, 3), (0,))', () => np.transpose(ramp(6).reshape(2, 3), [0]));
  check('np.transpose(ramp(6).reshape(2, 3), (1, 1))', () => np.transpose(ramp(6).reshape(2, 3), [1, 1]));
  check('np.transpose(5)', () => np.transpose(5));
});

describe('np.concatenate([a, b])', () => {
  const pairs: [string, () => np.NDArray[]][] = [
    ['[ramp(10), ramp(10)]', () => [ramp(10), ramp(10)]],
    ["[ramp(3, 'int32'), ramp(4)]", () => [ramp(3, 'int32'), ramp(4)]],
    [
      "[ramp(3, 'int8'), ramp(2, 'uint8'), ramp(2, 'bool')]",
      () => [ramp(3, 'int8'), ramp(2, 'uint8'), ramp(2, 'bool')],
    ],
    ["[ramp(3, 'complex64'), ramp(3, 'float64')]", () => [ramp(3, 'complex64'), ramp(3, 'float64')]],
    ["[ramp(3, 'float16'), ramp(0, 'float16')]", () => [ramp(3, 'float16'), ramp(0, 'float16')]],
    ['[ramp(0), ramp(0)]', () => [ramp(0), ramp(0)]],
    ['[ramp(0).reshape(0, 3), ramp(0).reshape(0, 3)]', () => [ramp(0).reshape(0, 3), ramp(0).reshape(0, 3)]],
    ['[ramp(6).reshape(2, 3), ramp(3).reshape(1, 3)]', () => [ramp(6).reshape(2, 3), ramp(3).reshape(1, 3)]],
    ['[ramp(10)[::-1], ramp(10)[::3]]', () => [ramp(10).get('::-1'), ramp(10).get('::3')]],
    ['[ramp(6).reshape(2, 3).T, ramp(6).reshape(2, 3).T]', () => [ramp(6).reshape(2, 3).T, ramp(6).reshape(2, 3).T]],
    ['[ramp(6).reshape(2, 3).T, ramp(6).reshape(3, 2)]', () => [ramp(6).reshape(2, 3).T, ramp(6).reshape(3, 2)]],
    [
      '[ramp(6).reshape(3, 2)[:, ::-1], ramp(2).reshape(1, 2)]',
      () => [ramp(6).reshape(3, 2).get(':, ::-1'), ramp(2).reshape(1, 2)],
    ],
    ['[ramp(4)]', () => [ramp(4)]],
  ];
  for (const [py, js] of pairs) {
    check(`exec:r = np.concatenate(${py}); result = layout(r)`, () => layout(np.concatenate(js())), W);
  }
  check(
    'exec:a = ramp(4); a.flags.writeable = False; r = np.concatenate([a, a]); r[0] = 9; result = [layout(r), a]',
    () => {
      const a = ramp(4);
      a.flags.writeable = false;
      const r = np.concatenate([a, a]);
      r.set([0], 9);
      return [layout(r), a];
    },
  );
  check('np.concatenate([[1, 2], [3.5]])', () => np.concatenate([[1, 2], [3.5]]));
  check('np.concatenate([ramp(3), 2])', () => np.concatenate([ramp(3), 2]));
  // Calls that leave the path, and errors.
  check('exec:r = np.concatenate([ramp(6).reshape(2, 3)] * 2, axis=1); result = layout(r)', () =>
    layout(np.concatenate([ramp(6).reshape(2, 3), ramp(6).reshape(2, 3)], { axis: 1 })),
  );
  check('np.concatenate([ramp(2), ramp(3)], axis=None)', () => np.concatenate([ramp(2), ramp(3)], null));
  check('np.concatenate([])', () => np.concatenate([]));
  check('np.concatenate([np.array(1.0), np.array(2.0)])', () => np.concatenate([np.asarray(1.0), np.asarray(2.0)]));
  check('np.concatenate([ramp(2), ramp(4).reshape(2, 2)])', () => np.concatenate([ramp(2), ramp(4).reshape(2, 2)]));
  check('np.concatenate([ramp(4).reshape(2, 2), ramp(3).reshape(1, 3)])', () =>
    np.concatenate([ramp(4).reshape(2, 2), ramp(3).reshape(1, 3)]),
  );
  check("np.concatenate([ramp(2), ramp(2)], dtype='int8', casting='safe')", () =>
    np.concatenate([ramp(2), ramp(2)], { dtype: 'int8', casting: 'safe' }),
  );
});

describe('a.astype(dtype) of a C-contiguous array', () => {
  const casts: [string, string][] = [
    ['float64', 'float32'],
    ['float64', 'float16'],
    ['float64', 'int8'],
    ['float64', 'uint64'],
    ['int64', 'float64'],
    ['float32', 'float64'],
    ['bool', 'int32'],
    ['complex128', 'float64'],
    ['float64', 'complex64'],
  ];
  for (const [from, to] of casts) {
    check(
      `exec:a = ramp(10, '${from}'); result = layout(a.astype('${to}'))`,
      () => layout(ramp(10, from).astype(to)),
      W,
    );
    check(
      `exec:a = (ramp(10, '${from}') * 1000).astype('${from}'); result = layout(a.reshape(2, 5).astype('${to}'))`,
      () => layout((np.multiply(ramp(10, from), 1000) as np.NDArray).astype(from).reshape(2, 5).astype(to)),
      W,
    );
  }
  const shapes: [string, () => np.NDArray][] = [
    ['ramp(1).reshape(())', () => ramp(1).reshape([])],
    ['ramp(0)', () => ramp(0)],
    ['ramp(0).reshape(0, 3)', () => ramp(0).reshape(0, 3)],
    ['ramp(3)[1:1]', () => ramp(3).get('1:1')],
    ['ramp(5).reshape(1, 5)', () => ramp(5).reshape(1, 5)],
    ['ramp(5).reshape(5, 1)', () => ramp(5).reshape(5, 1)],
    ['ramp(24).reshape(2, 3, 4)', () => ramp(24).reshape(2, 3, 4)],
    ['ramp(6).reshape(2, 3).T', () => ramp(6).reshape(2, 3).T],
    ['ramp(10)[::-1]', () => ramp(10).get('::-1')],
    ['ramp(12).reshape(3, 4)[:, 1:3]', () => ramp(12).reshape(3, 4).get(':, 1:3')],
  ];
  for (const [py, js] of shapes) {
    check(`exec:r = (${py}).astype('float32'); result = layout(r)`, () => layout(js().astype('float32')));
    check(`exec:r = (${py}).astype('float32', order='C'); result = layout(r)`, () =>
      layout(js().astype('float32', { order: 'C' })),
    );
  }
  check(
    "exec:a = np.array([1e300, -1e300, 1e-300, np.nan]); result = a.astype('float32')",
    () => np.asarray(new Float64Array([1e300, -1e300, 1e-300, Number.NaN])).astype('float32'),
    { warnings: 'each' },
  );
  check("exec:a = ramp(4); a.flags.writeable = False; result = layout(a.astype('float32'))", () => {
    const a = ramp(4);
    a.flags.writeable = false;
    return layout(a.astype('float32'));
  });
  check("ramp(4).astype('float32', casting='safe')", () => ramp(4).astype('float32', { casting: 'safe' }));
  check("ramp(4).astype('float99')", () => ramp(4).astype('float99'));
});

describe('np.argmax(a, {axis}) and np.argmin', () => {
  const m = "np.array([[1, 0, 3, 0, 5], [0, 7, 0, 9, 0]], dtype='DT')";
  const mjs = (dt: string): np.NDArray =>
    np.array(
      [
        [1, 0, 3, 0, 5],
        [0, 7, 0, 9, 0],
      ],
      { dtype: dt },
    );
  for (const dt of ['float64', 'int8', 'uint64', 'bool', 'float16', 'complex128']) {
    const py = m.replace('DT', dt);
    for (const axis of [0, 1, -1, -2]) {
      check(`exec:r = np.argmax(${py}, axis=${axis}); result = layout(r)`, () =>
        layout(np.argmax(mjs(dt), { axis }) as np.NDArray),
      );
      check(`np.argmin(${py}, ${axis})`, () => np.argmin(mjs(dt), axis));
    }
    check(`(${py}).argmax(axis=0)`, () => mjs(dt).argmax({ axis: 0 }));
  }
  const inputs: [string, () => np.NDArray][] = [
    ['ramp(10)', () => ramp(10)],
    ['ramp(24).reshape(2, 3, 4)', () => ramp(24).reshape(2, 3, 4)],
    ['ramp(12).reshape(3, 4).T', () => ramp(12).reshape(3, 4).T],
    ['ramp(12).reshape(3, 4)[:, ::-1]', () => ramp(12).reshape(3, 4).get(':, ::-1')],
    ['ramp(12).reshape(3, 4)[::-2, 1:]', () => ramp(12).reshape(3, 4).get('::-2, 1:')],
    [
      'np.array([[1.0, np.nan, 3.0], [np.nan, 2.0, np.nan]])',
      () =>
        np.asarray([
          [1.0, Number.NaN, 3.0],
          [Number.NaN, 2.0, Number.NaN],
        ]),
    ],
    [
      'np.array([[2.0, 2.0], [-0.0, 0.0]])',
      () =>
        np.asarray([
          [2.0, 2.0],
          [-0.0, 0.0],
        ]),
    ],
    ['ramp(0).reshape(0, 3)', () => ramp(0).reshape(0, 3)],
    ['ramp(0).reshape(3, 0)', () => ramp(0).reshape(3, 0)],
    ['ramp(1).reshape(())', () => ramp(1).reshape([])],
  ];
  for (const [py, js] of inputs) {
    for (const axis of [0, 1, -1, 2, -3]) {
      check(`np.argmax(${py}, axis=${axis})`, () => np.argmax(js(), { axis }));
      check(`np.argmin(${py}, ${axis})`, () => np.argmin(js(), axis));
    }
  }
  check('np.argmax(np.array(2.5), axis=0, keepdims=True)', () =>
    np.argmax(np.asarray(2.5), { axis: 0, keepdims: true }),
  );
  // Calls that leave the path.
  check('np.argmax(ramp(6).reshape(2, 3), axis=1, keepdims=True)', () =>
    np.argmax(ramp(6).reshape(2, 3), { axis: 1, keepdims: true }),
  );
  check('np.argmax(ramp(6).reshape(2, 3), axis=1.5)', () => np.argmax(ramp(6).reshape(2, 3), { axis: 1.5 }));
  check('np.argmax(ramp(6).reshape(2, 3), axis=None)', () => np.argmax(ramp(6).reshape(2, 3), { axis: null }));
  check('np.argmax(ramp(6).reshape(2, 3), axis=(0,))', () => np.argmax(ramp(6).reshape(2, 3), { axis: [0] }));
  check('np.argmax(ramp(6).reshape(2, 3), axis=0, out=np.zeros(3, dtype=np.intp))', () =>
    np.argmax(ramp(6).reshape(2, 3), { axis: 0, out: np.zeros(3, { dtype: 'int64' }) }),
  );
  check('np.argmax(ramp(6).reshape(2, 3), axis=0, foo=1)', () =>
    np.argmax(ramp(6).reshape(2, 3), { axis: 0, foo: 1 } as unknown as { axis: number }),
  );
  check('np.argmax([[1, 5], [7, 2]], axis=1)', () =>
    np.argmax(
      [
        [1, 5],
        [7, 2],
      ],
      { axis: 1 },
    ),
  );
});

describe('np.nonzero(a)', () => {
  const inputs: [string, () => np.NDArray][] = [
    [
      "np.array([[1, 0, 3, 0, 5], [0, 7, 0, 9, 0]], dtype='float64')",
      () =>
        np.array(
          [
            [1, 0, 3, 0, 5],
            [0, 7, 0, 9, 0],
          ],
          { dtype: 'float64' },
        ),
    ],
    ["ramp(10, 'bool').reshape(2, 5)", () => ramp(10, 'bool').reshape(2, 5)],
    ["ramp(10, 'int8')", () => ramp(10, 'int8')],
    ["ramp(24, 'int16').reshape(2, 3, 4) % 3", () => np.remainder(ramp(24, 'int16').reshape(2, 3, 4), 3) as np.NDArray],
    ['np.zeros((2, 3))', () => np.zeros([2, 3])],
    ['ramp(0).reshape(0, 3)', () => ramp(0).reshape(0, 3)],
    [
      'np.array([[np.nan, -0.0], [0.0, 1e-310]])',
      () =>
        np.asarray([
          [Number.NaN, -0.0],
          [0.0, 1e-310],
        ]),
    ],
    [
      "np.array([0, 1j, 0, 1], dtype='complex64')",
      () => np.asarray([0, new np.Complex(0, 1), 0, 1]).astype('complex64'),
    ],
    ['(ramp(12).reshape(3, 4) > 0).T', () => (np.greater(ramp(12).reshape(3, 4), 0) as np.NDArray).T],
    ['ramp(12).reshape(3, 4)[::-1, ::2]', () => ramp(12).reshape(3, 4).get('::-1, ::2')],
    ['ramp(3000) > 0', () => np.greater(ramp(3000), 0) as np.NDArray],
  ];
  for (const [py, js] of inputs) {
    check(
      `exec:r = np.nonzero(${py}); b = r[0].base; result = [r, [layout(x, b) for x in r], b.shape, list(b.strides), b.flags.owndata]`,
      () => {
        const r = np.nonzero(js());
        const b = r[0].base as np.NDArray;
        return [r, r.map((x) => layout(x, b)), b.shape, [...b.strides], b.flags.owndata];
      },
    );
  }
  check('np.nonzero(np.array(1.0))', () => np.nonzero(np.asarray(1.0)));
  check('np.nonzero([[0, 2], [3, 0]])', () =>
    np.nonzero([
      [0, 2],
      [3, 0],
    ]),
  );
  check('(ramp(6).reshape(2, 3) > 0).nonzero()', () => (np.greater(ramp(6).reshape(2, 3), 0) as np.NDArray).nonzero());
});
