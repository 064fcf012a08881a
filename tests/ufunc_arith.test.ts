// Binary arithmetic ufuncs (add, subtract, multiply, divide) against NumPy:
// every dtype pair, weak JS scalars, broadcasting, strided and reversed
// views, `out`, `dtype`, `casting`, and the error cases.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';

const check = oracle();
const DTYPES: readonly string[] = ALL_DTYPES;
const OPS = ['add', 'subtract', 'multiply', 'divide'] as const;
const A = [0, 1, 2, 3, 5, 7, 100, 127];
const B = [1, 2, 3, 4, 9, 11, 3, 2];
const ufunc = (op: (typeof OPS)[number]): np.Ufunc => np[op];

describe('every dtype pair', () => {
  for (const op of OPS) {
    for (const da of DTYPES) {
      for (const db of DTYPES) {
        check(
          `np.${op}(np.array(${JSON.stringify(A)}, dtype='${da}'), np.array(${JSON.stringify(B)}, dtype='${db}'))`,
          () => ufunc(op)(np.array(A, { dtype: da }), np.array(B, { dtype: db })),
          { rtol: da.startsWith('complex') || db.startsWith('complex') ? 1e-6 : 0 },
        );
      }
    }
  }
});

describe('weak JS scalars (NEP 50)', () => {
  const scalars: [string, unknown][] = [
    ['3', 3],
    ['-1', -1],
    ['300', 300],
    ['2.5', 2.5],
    ['-0.0', -0],
    ['True', true],
    ['(1+2j)', new np.Complex(1, 2)],
    ['2**40', 2 ** 40],
  ];
  for (const op of OPS) {
    for (const dt of DTYPES) {
      for (const [py, js] of scalars) {
        check(
          `np.${op}(np.array([1, 2, 3], dtype='${dt}'), ${py})`,
          () => ufunc(op)(np.array([1, 2, 3], { dtype: dt }), js),
          {
            rtol: 1e-6,
          },
        );
        check(
          `np.${op}(${py}, np.array([1, 2, 3], dtype='${dt}'))`,
          () => ufunc(op)(js, np.array([1, 2, 3], { dtype: dt })),
          {
            rtol: 1e-6,
          },
        );
      }
    }
    check(`np.${op}(3, 4)`, () => ufunc(op)(3, 4));
    check(`np.${op}(3, 4.5)`, () => ufunc(op)(3, 4.5));
    check(`np.${op}(np.array(3.5), np.array(2))`, () => ufunc(op)(np.array(3.5), np.array(2)));
  }
});

describe('special values', () => {
  const x = [0.0, -0.0, 1.5, -2.5, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, 1e308];
  const y = [0.0, 0.0, -0.0, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 2, 1, 1e308];
  const py = (v: number[]): string =>
    `[${v.map((t) => (Number.isNaN(t) ? "float('nan')" : t === Number.POSITIVE_INFINITY ? "float('inf')" : t === Number.NEGATIVE_INFINITY ? "-float('inf')" : Object.is(t, -0) ? '-0.0' : String(t))).join(', ')}]`;
  for (const op of OPS) {
    for (const dt of ['float16', 'float32', 'float64', 'complex64', 'complex128']) {
      check(`np.${op}(np.array(${py(x)}, dtype='${dt}'), np.array(${py(y)}, dtype='${dt}'))`, () =>
        ufunc(op)(np.array(x, { dtype: dt }), np.array(y, { dtype: dt })),
      );
    }
  }
  check('np.add(np.array([127], dtype=np.int8), np.array([1], dtype=np.int8))', () =>
    np.add(np.array([127], { dtype: 'int8' }), np.array([1], { dtype: 'int8' })),
  );
  check('np.subtract(np.array([0], dtype=np.uint64), np.array([1], dtype=np.uint64))', () =>
    np.subtract(np.array([0], { dtype: 'uint64' }), np.array([1], { dtype: 'uint64' })),
  );
  check('np.multiply(np.array([2**62], dtype=np.int64), 4)', () => np.multiply(np.array([2n ** 62n]), 4));
});

describe('broadcasting and layouts', () => {
  const m = [
    [1, 2, 3],
    [4, 5, 6],
  ];
  check('np.add(np.array([[1, 2, 3], [4, 5, 6]]), np.array([10, 20, 30]))', () =>
    np.add(np.array(m), np.array([10, 20, 30])),
  );
  check('np.add(np.array([[1, 2, 3], [4, 5, 6]]), np.array([[10], [20]]))', () =>
    np.add(np.array(m), np.array([[10], [20]])),
  );
  check('np.multiply(np.array([[1], [2], [3]]), np.array([1, 2]))', () =>
    np.multiply(np.array([[1], [2], [3]]), np.array([1, 2])),
  );
  check('np.add(np.zeros((0, 3)), np.array([1.5, 2, 3]))', () =>
    np.add(
      (() => {
        const e = np.array([] as number[][], { dtype: 'float64' });
        return e._view(e._offset, [0, 3], [24, 8]);
      })(),
      np.array([1.5, 2, 3]),
    ),
  );
  check('np.add(np.array([1, 2, 3]), np.array([1, 2]))', () => np.add(np.array([1, 2, 3]), np.array([1, 2])));
  check('np.add(np.ones((2, 3)), np.ones((3, 2)))', () =>
    np.add(
      np.array(m, { dtype: 'float64' }),
      np.array(
        [
          [1, 1],
          [1, 1],
          [1, 1],
        ],
        { dtype: 'float64' },
      ),
    ),
  );
  // Reversed and strided views built directly from the memory model.
  const base = (): np.NDArray => np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { dtype: 'float64' });
  check('np.arange(10.)[::-1] + np.arange(10.)[::2].repeat(2)', () => {
    const a = base();
    const rev = a._view(a._offset + 72, [10], [-8]);
    // [0, 0, 2, 2, …]: every other element, each read twice through a 0 stride.
    const b = base();
    const rep = b._view(b._offset, [5, 2], [16, 0]);
    const copied = np.array(rep.tolist() as number[][], { dtype: 'float64' });
    const flat = copied._view(copied._offset, [10], [8]);
    return np.add(rev, flat);
  });
  check('np.arange(10.)[::-3] * np.arange(4)', () => {
    const a = base();
    return np.multiply(a._view(a._offset + 72, [4], [-24]), np.array([0, 1, 2, 3]));
  });
  check('np.arange(12.).reshape(3, 4).T - 1', () => {
    const a = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], { dtype: 'float64' });
    return np.subtract(a._view(a._offset, [4, 3], [8, 32]), 1);
  });
});

describe('options and errors', () => {
  check('exec:o = np.zeros(3); np.add(np.array([1, 2, 3]), 1, out=o); result = o', () => {
    const o = np.array([0, 0, 0], { dtype: 'float64' });
    np.add(np.array([1, 2, 3]), 1, { out: o });
    return o;
  });
  check('exec:o = np.zeros(3, dtype=np.int64); result = np.add(np.array([1, 2, 3]), 1.5, out=o)', () =>
    np.add(np.array([1, 2, 3]), 1.5, { out: np.array([0, 0, 0]) }),
  );
  check(
    "exec:o = np.zeros(3, dtype=np.int64); result = np.add(np.array([1, 2, 3]), 1.5, out=o, casting='unsafe')",
    () => np.add(np.array([1, 2, 3]), 1.5, { out: np.array([0, 0, 0]), casting: 'unsafe' }),
  );
  check("np.add(np.array([1, 2, 3]), 2, dtype='float32')", () => np.add(np.array([1, 2, 3]), 2, { dtype: 'float32' }));
  check("np.add(np.array([1.5, 2]), 2, dtype='int64')", () => np.add(np.array([1.5, 2]), 2, { dtype: 'int64' }));
  check("np.add(np.array([1.5, 2]), 2, dtype='int64', casting='unsafe')", () =>
    np.add(np.array([1.5, 2]), 2, { dtype: 'int64', casting: 'unsafe' }),
  );
  check('np.subtract(np.array([True]), np.array([False]))', () => np.subtract(np.array([true]), np.array([false])));
  check("np.add(np.array([1, 2], dtype='uint8'), -1)", () => np.add(np.array([1, 2], { dtype: 'uint8' }), -1));
  check("np.add(np.array([1, 2], dtype='int8'), 300)", () => np.add(np.array([1, 2], { dtype: 'int8' }), 300));
  check(
    'np.add(np.array([1, 2]), np.array([1, 2]), foo=1)',
    () => np.add(np.array([1, 2]), np.array([1, 2]), { foo: 1 }),
    {
      message: /unexpected keyword argument 'foo'/,
    },
  );
  check('exec:a = np.arange(5.); np.add(a[:-1], 1, out=a[1:]); result = a', () => {
    const a = np.array([0, 1, 2, 3, 4], { dtype: 'float64' });
    np.add(a._view(a._offset, [4], [8]), 1, { out: a._view(a._offset + 8, [4], [8]) });
    return a;
  });
  check('exec:a = np.arange(5.); np.multiply(a[::-1], a, out=a); result = a', () => {
    const a = np.array([0, 1, 2, 3, 4], { dtype: 'float64' });
    np.multiply(a._view(a._offset + 32, [5], [-8]), a, { out: a });
    return a;
  });
});

describe('ufunc attributes and methods', () => {
  for (const op of OPS) {
    // rumpy has no object, longdouble, longlong ('q') or datetime loops: compare the others.
    const types = `[t for t in np.${op}.types if all(c in '?bBhHiIlLefdFD->' for c in t)]`;
    check(`[np.${op}.nin, np.${op}.nout, np.${op}.nargs, np.${op}.identity, ${types}]`, () => {
      const u = ufunc(op);
      return [u.nin, u.nout, u.nargs, u.identity, [...u.types]];
    });
    check(
      `np.array([1, 2]).__${op === 'divide' ? 'truediv' : op === 'subtract' ? 'sub' : op === 'multiply' ? 'mul' : 'add'}__(1)`,
      () => np.array([1, 2])[op](1),
    );
  }
});

describe('bool elements with bytes other than 0 and 1 (views of other data)', () => {
  const raw = (): np.NDArray => np.frombuffer(new Uint8Array([0, 2, 8, 1, 255, 0]).buffer, { dtype: 'bool' });
  const py = 'np.frombuffer(bytes([0, 2, 8, 1, 255, 0]), dtype=bool)';
  check(`${py}.astype(np.int8)`, () => raw().astype('int8'));
  check(`${py}[::-2].astype(np.float64)`, () => {
    const r = raw();
    return r._view(r._offset + 5, [3], [-2]).astype('float64');
  });
  check(`${py}[::2].copy().astype(np.int8)`, () => {
    const r = raw();
    return r._view(r._offset, [3], [2]).copy().astype('int8');
  });
  check(`np.multiply(${py}, ${py}[::-1])`, () => {
    const a = raw();
    return np.multiply(a, a._view(a._offset + 5, [6], [-1]));
  });
  check(`np.add(${py}, np.zeros(6, dtype=bool))`, () => np.add(raw(), np.array([0, 0, 0, 0, 0, 0], { dtype: 'bool' })));
  check(`np.add(${py}, 1)`, () => np.add(raw(), 1));
});

describe('where= masks', () => {
  const cases: [string, unknown][] = [
    ['[1, 0, 1, 0]', [1, 0, 1, 0]],
    ['[True, False, True, False]', [true, false, true, false]],
    ['np.array([True, False, False, True])', () => np.array([true, false, false, true])],
    ['True', true],
    ['False', false],
    ['np.array([1, 0, 2, 0])', () => np.array([1, 0, 2, 0])],
    ['np.array([0.5, 0, 1, 0])', () => np.array([0.5, 0, 1, 0])],
  ];
  for (const [py, js] of cases) {
    for (const op of OPS) {
      check(`exec:o = np.full(4, -1.5); np.${op}(np.arange(4), 3, where=${py}, out=o); result = o`, () => {
        const o = np.full(4, -1.5);
        ufunc(op)(np.arange(4), 3, { where: typeof js === 'function' ? js() : js, out: o });
        return o;
      });
    }
  }
  check(
    'exec:o = np.full((2, 4), -1.5); np.add(np.arange(4), 1, where=np.array([[True], [False]]), out=o); result = o',
    () => {
      const o = np.full([2, 4], -1.5);
      np.add(np.arange(4), 1, { where: np.array([[true], [false]]), out: o });
      return o;
    },
  );
  check('np.add(np.arange(4.), 1, where=[[True], [False]], out=np.full(4, -1.))', () =>
    np.add(np.arange(4, { dtype: 'float64' }), 1, {
      where: [[true], [false]],
      out: np.full(4, -1, { dtype: 'float64' }),
    }),
  );
  check(
    "exec:o = np.full(3, 7, dtype=np.int8); np.multiply(np.array([1.5, 2.5, 3.5]), 2, where=[True, False, True], out=o, casting='unsafe'); result = o",
    () => {
      const o = np.full(3, 7, { dtype: 'int8' });
      np.multiply(np.array([1.5, 2.5, 3.5]), 2, { where: [true, false, true], out: o, casting: 'unsafe' });
      return o;
    },
  );
  check('exec:a = np.arange(6.); np.add(a[:-1], a[1:], where=a[1:] > 2, out=a[1:]); result = a', () => {
    const a = np.arange(6, { dtype: 'float64' });
    const mask = np.array((a.get('1:').tolist() as number[]).map((v) => v > 2));
    np.add(a.get(':-1'), a.get('1:'), { where: mask, out: a.get('1:') });
    return a;
  });
});
