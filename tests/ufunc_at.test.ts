// ufunc.at against NumPy: repeated indices apply repeatedly, every index
// kind, NumPy's unsafe casts, broadcasting of `b`, views, errors, warnings.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { PY_SETUP, mk } from './helpers/views';

const check = oracle(PY_SETUP);

type Case = [py: string, js: () => np.NDArray];

/** `ufunc.at` on a fresh array, returning the array afterwards. */
function at(name: string, shape: number[], dt: string, idx: [string, unknown], b?: [string, unknown]): Case {
  const py = `a = mk(${shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`}, '${dt}'); np.${name}.at(a, ${idx[0]}${b ? `, ${b[0]}` : ''}); result = a`;
  return [
    py,
    () => {
      const a = mk(shape, dt);
      const f = (np as unknown as Record<string, { at: (...x: unknown[]) => unknown }>)[name];
      if (b) f.at(a, idx[1], b[1]);
      else f.at(a, idx[1]);
      return a;
    },
  ];
}

describe('ufunc.at: ops × dtypes with repeated indices', () => {
  const dup: [string, unknown] = ['[0, 2, 0, 0, -1]', [0, 2, 0, 0, -1]];
  const cases: Case[] = [];
  for (const dt of ['float64', 'float32', 'float16', 'int8', 'uint8', 'int64', 'complex128']) {
    cases.push(at('add', [5], dt, dup, ['3', 3]));
    cases.push(at('subtract', [5], dt, dup, ['[1, 2, 3, 4, 5]', [1, 2, 3, 4, 5]]));
    cases.push(at('multiply', [5], dt, dup, ['2', 2]));
    cases.push(at('negative', [5], dt, dup));
  }
  // Unsafe casts: the loop follows b's dtype, the result is cast back.
  cases.push(at('add', [4], 'int64', ['[0, 0, 1]', [0, 0, 1]], ['1.5', 1.5]));
  cases.push(at('add', [4], 'int8', ['[0, 0]', [0, 0]], ['300', 300]));
  cases.push(at('true_divide', [4], 'int64', ['[0, 1, 3]', [0, 1, 3]], ['2', 2]));
  cases.push(
    at('add', [4], 'float32', ['[1, 1]', [1, 1]], ['np.array([0.1, 0.2])', np.array([0.1, 0.2], { dtype: 'float64' })]),
  );
  cases.push(at('isnan', [3], 'float64', ['[0]', [0]]));
  cases.push(
    at(
      'add',
      [5],
      'float32',
      ['np.array([4, -1, 0, 4], dtype=np.int32)', np.array([4, -1, 0, 4], { dtype: 'int32' })],
      ['0.5', 0.5],
    ),
  );
  cases.push(
    at(
      'subtract',
      [5],
      'int16',
      ['np.array([1, 1, 3], dtype=np.uint8)', np.array([1, 1, 3], { dtype: 'uint8' })],
      ['[7, 8, 9]', [7, 8, 9]],
    ),
  );
  cases.push(at('maximum', [5], 'float64', dup, ['[4, 1, 9, 2, 7]', [4, 1, 9, 2, 7]]));
  cases.push(at('power', [5], 'int64', ['[1, 1, 2]', [1, 1, 2]], ['2', 2]));
  cases.push(at('bitwise_xor', [5], 'uint8', dup, ['6', 6]));
  cases.push(at('logical_or', [4], 'bool', ['[1, 1, 3]', [1, 1, 3]], ['True', true]));
  cases.push(at('floor_divide', [4], 'int16', ['[3, 3, 3]', [3, 3, 3]], ['-2', -2]));
  for (const [py, js] of cases) check(`exec:${py}`, js);
});

describe('ufunc.at: index kinds, broadcasting of b, views', () => {
  const cases: Case[] = [
    at('add', [3, 4], 'float64', ['(1, [0, 0, 2])', [1, [0, 0, 2]]], ['1.5', 1.5]),
    at(
      'add',
      [3, 4],
      'float64',
      ['(slice(None), [0, 0])', [':', [0, 0]]],
      [
        '[[1, 2], [3, 4], [5, 6]]',
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ],
    ),
    at(
      'add',
      [3, 4],
      'float64',
      [
        '([0, 2, 0], [1, 1, 1])',
        [
          [0, 2, 0],
          [1, 1, 1],
        ],
      ],
      ['[10, 20, 30]', [10, 20, 30]],
    ),
    // A JS array holding arrays is a tuple (JS has no tuple/list distinction).
    at(
      'add',
      [3, 4],
      'int64',
      [
        '([0, 1], [1, 1])',
        [
          [0, 1],
          [1, 1],
        ],
      ],
      ['1', 1],
    ),
    at(
      'add',
      [3, 4],
      'int64',
      [
        'np.array([[0, 2], [2, 2]])',
        np.array([
          [0, 2],
          [2, 2],
        ]),
      ],
      ['1', 1],
    ),
    at(
      'add',
      [3, 4],
      'int64',
      ['np.array([2, 0, 2], dtype=np.int8)', np.array([2, 0, 2], { dtype: 'int8' })],
      ['[1, 2, 3, 4]', [1, 2, 3, 4]],
    ),
    at(
      'add',
      [3, 4],
      'float64',
      ['mk((3, 4), "int64") % 3 == 0', np.equal(np.remainder(mk([3, 4], 'int64'), 3), 0)],
      ['1', 1],
    ),
    at('add', [3, 4], 'float64', ['(Ellipsis, [3, 3])', ['...', [3, 3]]], ['2', 2]),
    at('add', [3, 4], 'float64', ['(None, [0, 0])', [null, [0, 0]]], ['2', 2]),
    at('add', [3, 4], 'float64', ['slice(0, 2)', '0:2'], ['[1, 2, 3, 4]', [1, 2, 3, 4]]),
    at('add', [3, 4], 'float64', ['(slice(None, None, -1), 1)', ['::-1', 1]], ['[1, 2, 3]', [1, 2, 3]]),
    at('add', [3, 4], 'float64', ['2', 2], ['5', 5]),
    at('add', [5], 'float64', ['[]', []], ['5', 5]),
    at(
      'multiply',
      [2, 3, 4],
      'float64',
      ['(slice(None), [0, 0], slice(1, 3))', [':', [0, 0], '1:3']],
      ['[2, 3]', [2, 3]],
    ),
    at('multiply', [2, 3, 4], 'float64', ['([1, 1], slice(None), [0, 3])', [[1, 1], ':', [0, 3]]], ['2', 2]),
  ];
  for (const [py, js] of cases) check(`exec:${py}`, js);
  // Through a strided view into its base.
  check(
    "exec:base = mk((4, 5), 'float64'); v = base[::2, ::-2]; np.add.at(v, ([0, 1, 0], [2, 2, 2]), 1); result = base",
    () => {
      const base = mk([4, 5], 'float64');
      np.add.at(
        base.get('::2', '::-2'),
        [
          [0, 1, 0],
          [2, 2, 2],
        ],
        1,
      );
      return base;
    },
  );
  // Values that share a's memory are read as they were before the call.
  check("exec:a = mk((5,), 'float64'); np.add.at(a, [0, 1, 0], a[::-1][:3]); result = a", () => {
    const a = mk([5], 'float64');
    np.add.at(a, [0, 1, 0], a.get('::-1').get(':3'));
    return a;
  });
  // Indices that share a's memory.
  check("exec:a = mk((5,), 'int64'); np.add.at(a, a[:3], 10); result = a", () => {
    const a = mk([5], 'int64');
    np.add.at(a, a.get(':3'), 10);
    return a;
  });
});

describe('ufunc.at: errors and warnings', () => {
  const errors: [string, () => unknown][] = [
    ["a = mk((3,), 'float64'); np.add.at(a, [0, 5], 1); result = a", () => np.add.at(mk([3], 'float64'), [0, 5], 1)],
    ["a = mk((3,), 'float64'); np.add.at(a, [-4], 1)", () => np.add.at(mk([3], 'float64'), [-4], 1)],
    [
      "a = mk((3,), 'float64'); np.add.at(a, [0, 1], [1, 2, 3])",
      () => np.add.at(mk([3], 'float64'), [0, 1], [1, 2, 3]),
    ],
    ["a = mk((3,), 'float64'); np.add.at(a, [0])", () => np.add.at(mk([3], 'float64'), [0])],
    ["a = mk((3,), 'float64'); np.negative.at(a, [0], 1)", () => np.negative.at(mk([3], 'float64'), [0], 1)],
    ["a = mk((3,), 'float64'); np.divmod.at(a, [0], 1)", () => np.divmod.at(mk([3], 'float64'), [0], 1)],
    ["a = mk((3,), 'float64'); np.modf.at(a, [0])", () => np.modf.at(mk([3], 'float64'), [0])],
    ["a = mk((3,), 'float64'); np.add.at(a, [0], 1, 2)", () => np.add.at(mk([3], 'float64'), [0], 1, 2)],
    ["a = mk((3,), 'float64'); np.bitwise_and.at(a, [0], 1)", () => np.bitwise_and.at(mk([3], 'float64'), [0], 1)],
    ["a = mk((3,), 'float64'); np.add.at(a, 1.5, 1)", () => np.add.at(mk([3], 'float64'), 1.5, 1)],
    [
      "a = mk((2, 3), 'float64'); np.add.at(a, (0, slice(None), 0), 1)",
      () => np.add.at(mk([2, 3], 'float64'), [0, ':', 0], 1),
    ],
    [
      "a = np.broadcast_to(mk((3,), 'float64'), (2, 3)); np.add.at(a, [0], 1)",
      () => np.add.at(np.broadcast_to(mk([3], 'float64'), [2, 3]), [0], 1),
    ],
  ];
  for (const [py, js] of errors) check(`exec:${py}`, js);
  // An out-of-range index leaves the array untouched (indices are checked first).
  check(
    "exec:a = mk((3,), 'float64')\ntry:\n    np.add.at(a, [0, 5], 1)\nexcept IndexError:\n    pass\nresult = a",
    () => {
      const a = mk([3], 'float64');
      try {
        np.add.at(a, [0, 5], 1);
      } catch {}
      return a;
    },
  );
  // Floating-point errors are reported once, "… encountered in at".
  for (const [py, js] of [
    [
      "a = mk((3,), 'float64'); np.divide.at(a, [0, 0, 1], 0); result = a",
      () => {
        const a = mk([3], 'float64');
        np.divide.at(a, [0, 0, 1], 0);
        return a;
      },
    ],
    [
      'a = np.full(3, 1e308); np.multiply.at(a, [1, 1], 10.0); result = a',
      () => {
        const a = np.full(3, 1e308, { dtype: 'float64' });
        np.multiply.at(a, [1, 1], np.array(10, { dtype: 'float64' }));
        return a;
      },
    ],
  ] as [string, () => np.NDArray][]) {
    check(`exec:import warnings\nwarnings.simplefilter('always')\n${py}`, js, { warnings: true });
  }
});
