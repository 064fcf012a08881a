// The short paths for small calls, against NumPy: the ufuncs' mixed tier
// (two inputs of different dtypes or shapes, or an array with a Python
// scalar, which it passes through reused 0-d slots) and reductions to one
// JS value (their accumulator is a reused slot too). Each case is one that
// takes the path, one next to it that must leave it for the general path
// (and get NumPy's answer or error there), or a sequence of calls where a
// stale slot would show.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle(`
def ramp(n, dt='float64'):
    return ((np.arange(n) * 7919 % 1000 - 500) / 7).astype(dt)
`);

function ramp(n: number, dt = 'float64'): np.NDArray {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = (((i * 7919) % 1000) - 500) / 7;
  return np.asarray(v).astype(dt);
}

const W = { warnings: true as const };

describe('mixed tier: arrays of two dtypes', () => {
  const pairs = [
    ['float64', 'int64'],
    ['int32', 'float32'],
    ['int8', 'uint8'],
    ['uint64', 'int64'],
    ['bool', 'int16'],
    ['float16', 'float32'],
    ['complex64', 'float64'],
  ];
  for (const [d0, d1] of pairs) {
    for (const op of ['add', 'multiply', 'less', 'maximum', 'floor_divide'] as const) {
      const py = `np.${op}(ramp(9, '${d0}'), ramp(9, '${d1}'))`;
      check(py, () => np[op](ramp(9, d0), ramp(9, d1)), W);
    }
  }
  check("np.add(ramp(12, 'int32').reshape(3, 4), ramp(4, 'float64'))", () =>
    np.add(ramp(12, 'int32').reshape(3, 4), ramp(4, 'float64')),
  );
  check("np.subtract(ramp(3, 'float32').reshape(3, 1), ramp(4, 'int16'))", () =>
    np.subtract(ramp(3, 'float32').reshape(3, 1), ramp(4, 'int16')),
  );
  check("np.add(ramp(10, 'float64')[::-2], ramp(5, 'int64'))", () =>
    np.add(ramp(10, 'float64').get('::-2'), ramp(5, 'int64')),
  );
  check("np.add(ramp(3, 'float64'), ramp(4, 'int64'))", () => np.add(ramp(3, 'float64'), ramp(4, 'int64')));
  check("np.add(ramp(12, 'float64').reshape(3, 4).T, ramp(3, 'int32'))", () =>
    np.add(ramp(12, 'float64').reshape(3, 4).T, ramp(3, 'int32')),
  );
  check("np.add(ramp(0, 'float64'), ramp(1, 'int8'))", () => np.add(ramp(0, 'float64'), ramp(1, 'int8')));
  check('np.add(np.array(2.5), np.array(3, dtype=np.int32))', () =>
    np.add(np.asarray(2.5), np.array(3, { dtype: 'int32' })),
  );
  check("np.bitwise_and(ramp(5, 'float64'), ramp(5, 'int64'))", () =>
    np.bitwise_and(ramp(5, 'float64'), ramp(5, 'int64')),
  );
  check("np.add(ramp(4, 'complex128'), ramp(4, 'int64'), dtype=np.float64)", () =>
    np.add(ramp(4, 'complex128'), ramp(4, 'int64'), { dtype: 'float64' }),
  );
});

describe('mixed tier: an array with a Python scalar', () => {
  const dtypes = ['bool', 'int8', 'uint8', 'int32', 'uint32', 'int64', 'uint64', 'float16', 'float32', 'float64'];
  const scalars = ['2', '-3', '1.5', '-0.0', 'True', 'int(1e300)', '255', '-129', '2**40', '70000.5'];
  const jsScalar: Record<string, unknown> = {
    '2': 2,
    '-3': -3,
    '1.5': 1.5,
    '-0.0': -0,
    True: true,
    'int(1e300)': 1e300,
    '255': 255,
    '-129': -129,
    '2**40': 2 ** 40,
    '70000.5': 70000.5,
  };
  for (const dt of dtypes) {
    for (const s of scalars) {
      check(`np.add(ramp(6, '${dt}'), ${s})`, () => np.add(ramp(6, dt), jsScalar[s]), W);
      check(`np.less(${s}, ramp(6, '${dt}'))`, () => np.less(jsScalar[s], ramp(6, dt)), W);
    }
  }
  check('np.multiply(ramp(6, "int64"), 2**63 - 1)', () => np.multiply(ramp(6, 'int64'), 2n ** 63n - 1n), W);
  check('np.add(ramp(6, "uint64"), 2**64 - 1)', () => np.add(ramp(6, 'uint64'), 2n ** 64n - 1n), W);
  check('np.add(ramp(6, "int64"), 2**64)', () => np.add(ramp(6, 'int64'), 2n ** 64n));
  check('np.less(ramp(6, "uint64"), -1)', () => np.less(ramp(6, 'uint64'), -1));
  check('np.greater_equal(ramp(6, "int8"), 1000)', () => np.greater_equal(ramp(6, 'int8'), 1000));
  check('np.equal(ramp(6, "int64"), 2**70)', () => np.equal(ramp(6, 'int64'), 2n ** 70n));
  check('np.add(ramp(6, "float64"), 1j)', () => np.add(ramp(6, 'float64'), new np.Complex(0, 1)));
  check('np.power(ramp(6, "int64"), -2)', () => np.power(ramp(6, 'int64'), -2));
  check('np.power(ramp(6, "int64"), 2)', () => np.power(ramp(6, 'int64'), 2));
  check('np.add(ramp(12).reshape(3, 4), 0.25)', () => np.add(ramp(12).reshape(3, 4), 0.25));
  check('np.add(np.array(1.5), 2)', () => np.add(np.asarray(1.5), 2));
  check('np.divide(ramp(6, "int32"), 0)', () => np.divide(ramp(6, 'int32'), 0), W);
  check('np.logical_and(ramp(6, "float32"), 2.5)', () => np.logical_and(ramp(6, 'float32'), 2.5));
  check('np.left_shift(ramp(6, "int16"), 3)', () => np.left_shift(ramp(6, 'int16'), 3));
  check('np.add(2, 3)', () => np.add(2, 3));

  // Each call sees its own scalar: the slots are rewritten, results are new arrays.
  check('exec:a = np.arange(4); result = (np.add(a, 10), np.add(a, 20), np.multiply(5, a))', () => {
    const a = np.arange(4);
    return [np.add(a, 10), np.add(a, 20), np.multiply(5, a)];
  });
});

describe('mixed tier: a scalar with C-contiguous arrays of its loop dtype takes the contiguous native path (step 0)', () => {
  // Python floats with float64/float32 arrays, ints with int64 arrays, bools with bool arrays: no input cast.
  const cases: [string, string, unknown][] = [
    ['float64', '0.5', 0.5],
    ['float64', '-0.0', -0],
    ['float32', '2.5', 2.5],
    ['int64', '3', 3],
    ['int64', '-7', -7],
    ['bool', 'True', true],
  ];
  for (const [dt, py, js] of cases) {
    for (const op of ['add', 'subtract', 'multiply', 'less', 'greater_equal', 'maximum', 'floor_divide'] as const) {
      check(`np.${op}(ramp(7, '${dt}'), ${py})`, () => np[op](ramp(7, dt), js), W);
      check(`np.${op}(${py}, ramp(7, '${dt}'))`, () => np[op](js, ramp(7, dt)), W);
    }
  }
  check("np.true_divide(ramp(12, 'float64').reshape(3, 4), 3.5)", () =>
    np.true_divide(ramp(12, 'float64').reshape(3, 4), 3.5),
  );
  check("np.add(ramp(24, 'float32').reshape(2, 3, 4), 0.25)", () => np.add(ramp(24, 'float32').reshape(2, 3, 4), 0.25));
  // Next to the path: strided, reversed and F-ordered arrays, empty and 0-d arrays.
  check('np.add(ramp(12)[::3], 1.5)', () => np.add(ramp(12).get('::3'), 1.5));
  check('np.less(ramp(12)[::-1], 0.5)', () => np.less(ramp(12).get('::-1'), 0.5));
  check('np.multiply(ramp(12).reshape(3, 4).T, 2.5)', () => np.multiply(ramp(12).reshape(3, 4).T, 2.5));
  check('np.add(ramp(0), 2.5)', () => np.add(ramp(0), 2.5));
  check('np.add(ramp(0).reshape(0, 3), 2.5)', () => np.add(ramp(0).reshape(0, 3), 2.5));
  check('np.multiply(np.array(1.5), 2.5)', () => np.multiply(np.asarray(1.5), 2.5));
  check('np.less(np.array(1.5), 2.5)', () => np.less(np.asarray(1.5), 2.5));
  // The floating-point flags of the contiguous loop, as NumPy reports them.
  check('np.divide(ramp(6), 0.0)', () => np.divide(ramp(6), 0.0), { warnings: 'each' });
  check('np.divide(np.array([0.0, 1.0, -1.0]), 0.0)', () => np.divide(np.asarray(new Float64Array([0, 1, -1])), 0.0), {
    warnings: 'each',
  });
  check('np.multiply(ramp(6), 1e308)', () => np.multiply(ramp(6), 1e308), { warnings: 'each' });
  check('np.less(np.array([np.nan, 1.0]), 0.5)', () => np.less(np.asarray(new Float64Array([Number.NaN, 1])), 0.5), {
    warnings: 'each',
  });
  check("np.floor_divide(ramp(6, 'int64'), 0)", () => np.floor_divide(ramp(6, 'int64'), 0), { warnings: 'each' });
  check("np.remainder(ramp(6, 'int64'), 0)", () => np.remainder(ramp(6, 'int64'), 0), { warnings: 'each' });
  // Threaded sizes (the traversal splits the row; the scalar keeps step 0).
  check('np.multiply(ramp(300000), 2.5)[::997]', () => (np.multiply(ramp(300000), 2.5) as np.NDArray).get('::997'));
  check('int(np.count_nonzero(np.less(ramp(300000), 0.5)))', () =>
    np.count_nonzero(np.less(ramp(300000), 0.5) as np.NDArray),
  );
  check('np.subtract(7, ramp(300001))[::1001]', () => (np.subtract(7, ramp(300001)) as np.NDArray).get('::1001'));
});

describe('mixed tier: inputs cast to the loop dtype take the contiguous native path (small 0-d/1-d calls)', () => {
  // Up to 1024 elements the native contiguous path casts such inputs into a
  // buffer first; larger or multi-dimensional calls take the general path.
  const pairs = [
    ['float64', 'int64'],
    ['int32', 'float32'],
    ['float16', 'int8'],
    ['uint8', 'int8'],
    ['bool', 'float32'],
    ['uint64', 'int64'],
    ['complex128', 'float32'],
  ];
  for (const [d0, d1] of pairs) {
    for (const n of [1, 10, 1023, 1024, 1025]) {
      for (const op of ['add', 'multiply', 'less_equal', 'maximum', 'logical_and', 'true_divide'] as const) {
        const py = `np.${op}(ramp(${n}, '${d0}'), ramp(${n}, '${d1}'))`;
        check(py, () => np[op](ramp(n, d0), ramp(n, d1)), { warnings: 'each', name: `${op} ${d0} ${d1} ${n}` });
      }
    }
  }
  // A cast array with a Python scalar (step 0) on either side.
  check("np.add(ramp(10, 'int32'), 2.5)", () => np.add(ramp(10, 'int32'), 2.5), W);
  check("np.subtract(2.5, ramp(10, 'int16'))", () => np.subtract(2.5, ramp(10, 'int16')), W);
  check("np.multiply(ramp(10, 'uint8'), -3)", () => np.multiply(ramp(10, 'uint8'), -3), W);
  check("np.logical_or(ramp(10, 'float64'), 0)", () => np.logical_or(ramp(10, 'float64'), 0), W);
  // 0-d, empty, and next to the path: strided, reversed, 2-d.
  check("np.add(np.array(1.5), np.array(2, dtype='int32'))", () =>
    np.add(np.asarray(1.5), np.array(2, { dtype: 'int32' })),
  );
  check("np.add(ramp(0, 'float32'), ramp(0, 'int64'))", () => np.add(ramp(0, 'float32'), ramp(0, 'int64')));
  check("np.add(ramp(20)[::2], ramp(10, 'int32'))", () => np.add(ramp(20).get('::2'), ramp(10, 'int32')));
  check("np.add(ramp(10, 'int32')[::-1], ramp(10))", () => np.add(ramp(10, 'int32').get('::-1'), ramp(10)));
  check("np.multiply(ramp(12, 'int8').reshape(3, 4), ramp(12).reshape(3, 4))", () =>
    np.multiply(ramp(12, 'int8').reshape(3, 4), ramp(12).reshape(3, 4)),
  );
  // Floating-point flags of the loop after the casts: NaN through the
  // status-clearing ops stays quiet, arithmetic on it does not warn either,
  // and division by a zero cast from int warns.
  const nan = () => np.asarray(new Float64Array([Number.NaN, 1, -2]));
  for (const op of ['less', 'maximum', 'fmin', 'add', 'divide', 'floor_divide'] as const) {
    check(
      `np.${op}(np.array([np.nan, 1.0, -2.0]), np.array([0, 1, 0], dtype='int32'))`,
      () => np[op](nan(), np.array([0, 1, 0], { dtype: 'int32' })),
      { warnings: 'each' },
    );
  }
  // A result that is a fresh array per call (no buffer reused across calls).
  check("exec:a = ramp(5, 'int32'); b = ramp(5); result = (np.add(a, b), np.multiply(a, b), np.add(b, a))", () => {
    const a = ramp(5, 'int32');
    const b = ramp(5);
    return [np.add(a, b), np.multiply(a, b), np.add(b, a)];
  });
});

describe('mixed tier: out=', () => {
  // The result is written into `out` and `out` is returned; the pairs
  // below take the tier, the cases after them leave it for the full path.
  const cases: [string, string, string, unknown][] = [
    ['float64', 'int64', 'float64', null],
    ['int32', 'float32', 'float64', null],
    ['uint8', 'int8', 'int16', null],
    ['float16', 'float32', 'float32', null],
    ['float64', '', 'float64', 2.5],
    ['int32', '', 'int32', -3],
    ['uint8', '', 'uint8', 300],
    ['float32', '', 'float32', 70000.5],
  ];
  for (const [d0, d1, dout, scalar] of cases) {
    const pyB = d1 === '' ? String(scalar) : `ramp(7, '${d1}')`;
    for (const op of ['add', 'subtract', 'maximum'] as const) {
      check(
        `exec:o = np.zeros(7, '${dout}'); r = np.${op}(ramp(7, '${d0}'), ${pyB}, out=o); result = (r, o, r is o)`,
        () => {
          const o = np.zeros(7, dout);
          const r = np[op](ramp(7, d0), d1 === '' ? scalar : ramp(7, d1), { out: o });
          return [r, o, r === o];
        },
        W,
      );
    }
  }
  // Comparisons write bool; a list of one output; a 0-d output.
  check("exec:o = np.zeros(5, bool); r = np.less(ramp(5, 'int16'), 1.5, out=(o,)); result = (r, o, r is o)", () => {
    const o = np.zeros(5, 'bool');
    const r = np.less(ramp(5, 'int16'), 1.5, { out: [o] });
    return [r, o, r === o];
  });
  check(
    'exec:o = np.zeros((), np.float64); r = np.add(np.array(2, np.int8), 0.5, out=o); result = (r, o, r is o)',
    () => {
      const o = np.zeros([], 'float64');
      const r = np.add(np.array(2, { dtype: 'int8' }), 0.5, { out: o });
      return [r, o, r === o];
    },
  );
  // Broadcast inputs into a 2-d out; a strided out; in place, into an input.
  check("exec:o = np.zeros((3, 4)); np.multiply(ramp(3, 'int32').reshape(3, 1), ramp(4), out=o); result = o", () => {
    const o = np.zeros([3, 4]);
    np.multiply(ramp(3, 'int32').reshape(3, 1), ramp(4), { out: o });
    return o;
  });
  check("exec:o = np.zeros(12); np.add(ramp(6), ramp(6, 'int8'), out=o[::-2]); result = o", () => {
    const o = np.zeros(12);
    np.add(ramp(6), ramp(6, 'int8'), { out: o.get('::-2') });
    return o;
  });
  check("exec:a = ramp(8); np.add(a, ramp(8, 'int64'), out=a); result = a", () => {
    const a = ramp(8);
    np.add(a, ramp(8, 'int64'), { out: a });
    return a;
  });
  check('exec:a = ramp(8); np.multiply(a, 3, out=a); result = a', () => {
    const a = ramp(8);
    np.multiply(a, 3, { out: a });
    return a;
  });
  // Partial overlap: out is the input shifted by one element.
  check("exec:a = ramp(9); np.add(a[:8], ramp(8, 'int32'), out=a[1:]); result = a", () => {
    const a = ramp(9);
    np.add(a.get(':8'), ramp(8, 'int32'), { out: a.get('1:') });
    return a;
  });
  check('exec:a = ramp(9); np.add(a[1:], 2, out=a[:8]); result = a', () => {
    const a = ramp(9);
    np.add(a.get('1:'), 2, { out: a.get(':8') });
    return a;
  });
  // An input cast first may share out's memory; a 0-d view of out read in
  // place may not (the general path copies it first, as NumPy does).
  check('exec:b = ramp(8); np.add(b.view(np.int32)[:8], ramp(8), out=b); result = b', () => {
    const b = ramp(8);
    np.add((b.view('int32') as np.NDArray).get(':8'), ramp(8), { out: b });
    return b;
  });
  check("exec:a = ramp(6); np.add(ramp(6, 'int32'), a[3], out=a); result = a", () => {
    const a = ramp(6);
    np.add(ramp(6, 'int32'), a.get(3), { out: a });
    return a;
  });
  check("exec:a = ramp(6); np.multiply(a, ramp(6, 'int8'), out=a); result = a", () => {
    const a = ramp(6);
    np.multiply(a, ramp(6, 'int8'), { out: a });
    return a;
  });
  // The same with one dtype (the fast tier), after the arrays' memory was
  // used in a call (its native address is then known, and the overlap test
  // compares addresses).
  check('exec:a = ramp(9); np.add(a, 1); np.add(a[:8], a[1:], out=a[1:]); result = a', () => {
    const a = ramp(9);
    np.add(a, 1);
    np.add(a.get(':8'), a.get('1:'), { out: a.get('1:') });
    return a;
  });
  check('exec:a = ramp(9); np.negative(a); np.multiply(a[1:], 2.0, out=a[:8]); result = a', () => {
    const a = ramp(9);
    np.negative(a);
    np.multiply(a.get('1:'), np.asarray(2.0), { out: a.get(':8') });
    return a;
  });
  // {out, where}: the mask selects the elements written.
  for (const [pyB, jsB] of [
    ["ramp(6, 'int32')", () => ramp(6, 'int32')],
    ['2.5', () => 2.5],
    ['ramp(6)', () => ramp(6)],
  ] as [string, () => unknown][]) {
    check(
      `exec:o = np.full(6, -1.0); m = ramp(6) > 0; r = np.add(ramp(6), ${pyB}, out=o, where=m); result = (np.where(m, r, -1), r is o)`,
      () => {
        const o = np.full(6, -1.5);
        const m = np.greater(ramp(6), 0);
        const r = np.add(ramp(6), jsB(), { out: o, where: m });
        return [np.where(m, r, -1), r === o];
      },
    );
  }
  check(
    'exec:o = np.full((2, 3), -1.0); m = np.array([True, False, True]); np.multiply(ramp(6).reshape(2, 3), 3, out=o, where=m); result = np.where(m, o, -1)',
    () => {
      const o = np.full([2, 3], -1.5);
      np.multiply(ramp(6).reshape(2, 3), 3, { out: o, where: np.array([true, false, true]) });
      return np.where(np.array([true, false, true]), o, -1);
    },
  );
  check(
    "exec:m = ramp(6) > 0; x = m.copy(); np.logical_and(m, ramp(6, 'int8') < 40, out=m, where=m); result = m",
    () => {
      const m = np.greater(ramp(6), 0) as np.NDArray;
      np.logical_and(m, np.less(ramp(6, 'int8'), 40), { out: m, where: m });
      return m;
    },
  );
  check('np.add(ramp(3), 1, out=np.zeros(3), where=np.array([1, 0, 1]))', () =>
    np.add(ramp(3), 1, { out: np.zeros(3), where: np.array([1, 0, 1]) }),
  );
  // Left to the full path: an out of another dtype (a cast, or refused),
  // an out that broadcasts the inputs, a read-only out, a wrong shape.
  check("exec:o = np.zeros(5, np.float32); np.add(ramp(5), ramp(5, 'int8'), out=o); result = o", () => {
    const o = np.zeros(5, 'float32');
    np.add(ramp(5), ramp(5, 'int8'), { out: o });
    return o;
  });
  check('np.add(ramp(5), 1.5, out=np.zeros(5, np.int64))', () => np.add(ramp(5), 1.5, { out: np.zeros(5, 'int64') }));
  check("exec:o = np.zeros((2, 5)); np.add(ramp(5), ramp(5, 'int16'), out=o); result = o", () => {
    const o = np.zeros([2, 5]);
    np.add(ramp(5), ramp(5, 'int16'), { out: o });
    return o;
  });
  check('exec:o = np.zeros(5); o.flags.writeable = False; result = np.add(ramp(5), 2, out=o)', () => {
    const o = np.zeros(5);
    o.flags.writeable = false;
    return np.add(ramp(5), 2, { out: o });
  });
  check("np.add(ramp(5), ramp(5, 'int8'), out=np.zeros(4))", () =>
    np.add(ramp(5), ramp(5, 'int8'), { out: np.zeros(4) }),
  );
  check(
    "exec:o = np.zeros(6, 'int8'); r = np.clip(ramp(6, 'int8'), -3, 200, out=o); result = (r, o, r is o)",
    () => {
      const o = np.zeros(6, 'int8');
      const r = np.clip(ramp(6, 'int8'), -3, 200, { out: o });
      return [r, o, r === o];
    },
    W,
  );
});

describe('a.astype(dtype) and a.copy() without options', () => {
  for (const [from, to] of [
    ['float64', 'float32'],
    ['float64', 'int8'],
    ['int64', 'float16'],
    ['complex128', 'float64'],
    ['float32', 'float32'],
    ['bool', 'uint64'],
  ]) {
    check(`ramp(7, '${from}').astype('${to}')`, () => ramp(7, from).astype(to), W);
    check(`ramp(7, '${from}').astype(np.dtype('${to}'))`, () => ramp(7, from).astype(np.dtype(to)), W);
  }
  // Order K keeps an F-ordered or reversed layout; a copy is always new.
  check("exec:a = ramp(12).reshape(3, 4).T.astype('int32'); result = (a, a.strides)", () => {
    const a = ramp(12).reshape(3, 4).T.astype('int32');
    return [a, a.strides];
  });
  check("exec:a = ramp(6); b = a.astype('float64'); b[0] = 99; result = (a, b)", () => {
    const a = ramp(6);
    const b = a.astype('float64');
    b.set(0, 99);
    return [a, b];
  });
  check('exec:a = ramp(12).reshape(3, 4).T; b = a.copy(); b[0, 0] = 99; result = (a, b, b.strides)', () => {
    const a = ramp(12).reshape(3, 4).T;
    const b = a.copy();
    b.set(0, 0, 99);
    return [a, b, b.strides];
  });
  check("ramp(3).astype('float99')", () => ramp(3).astype('float99'));
  check("ramp(3).astype('i9')", () => ramp(3).astype('i9'));
});

describe('mixed tier: three inputs (np.clip)', () => {
  for (const dt of ['int8', 'uint8', 'int64', 'float16', 'float32', 'float64']) {
    check(`np.clip(ramp(8, '${dt}'), -20, 30)`, () => np.clip(ramp(8, dt), -20, 30), W);
    check(`np.clip(ramp(8, '${dt}'), -20.5, 30.25)`, () => np.clip(ramp(8, dt), -20.5, 30.25), W);
    check(`np.clip(ramp(8, '${dt}'), None, 3)`, () => np.clip(ramp(8, dt), null, 3), W);
    check(`np.clip(ramp(8, '${dt}'), -1000, 1000)`, () => np.clip(ramp(8, dt), -1000, 1000), W);
  }
  check("np.clip(ramp(12).reshape(3, 4), ramp(4, 'float32'), 50)", () =>
    np.clip(ramp(12).reshape(3, 4), ramp(4, 'float32'), 50),
  );
  check("np.clip(ramp(3, 'int32').reshape(3, 1), ramp(4, 'int16'), ramp(4, 'int64') + 40)", () =>
    np.clip(ramp(3, 'int32').reshape(3, 1), ramp(4, 'int16'), np.add(ramp(4, 'int64'), 40)),
  );
  check('np.clip(ramp(6), np.nan, 3)', () => np.clip(ramp(6), Number.NaN, 3), W);
  check('np.clip(ramp(6), 5, -5)', () => np.clip(ramp(6), 5, -5));
  check('np.clip(ramp(6), ramp(4), 3)', () => np.clip(ramp(6), ramp(4), 3));
  check('np.clip(np.array(2.5), 0, 1)', () => np.clip(np.asarray(2.5), 0, 1));
  check("np.clip(ramp(6, 'float16'), 0, 70000.5)", () => np.clip(ramp(6, 'float16'), 0, 70000.5), W);
  check("ramp(6, 'int8').clip(-3, 2)", () => ramp(6, 'int8').clip(-3, 2));
});

describe('reductions without an identity start from the first elements (one native call)', () => {
  for (const op of ['maximum', 'minimum', 'subtract', 'divide', 'fmax'] as const) {
    for (const axis of [0, 1, -1]) {
      check(`np.${op}.reduce(ramp(12).reshape(3, 4), axis=${axis})`, () =>
        np[op].reduce(ramp(12).reshape(3, 4), { axis }),
      );
    }
    check(`np.${op}.reduce(ramp(24, 'int16').reshape(2, 3, 4)[:, ::-1, ::2], axis=1)`, () =>
      np[op].reduce(ramp(24, 'int16').reshape(2, 3, 4).get(':', '::-1', '::2'), { axis: 1 }),
    );
  }
  check('np.maximum.reduce(ramp(24).reshape(2, 3, 4), axis=(0, 2))', () =>
    np.maximum.reduce(ramp(24).reshape(2, 3, 4), { axis: [0, 2] }),
  );
  check('np.max(ramp(24, "float32").reshape(2, 3, 4), axis=(1, 2), keepdims=True)', () =>
    np.max(ramp(24, 'float32').reshape(2, 3, 4), { axis: [1, 2], keepdims: true }),
  );
  check("np.min(ramp(12, 'uint8').reshape(3, 4), axis=0)", () => np.min(ramp(12, 'uint8').reshape(3, 4), { axis: 0 }));
  check('np.max(ramp(1).reshape(1, 1), axis=0)', () => np.max(ramp(1).reshape(1, 1), { axis: 0 }));
  check('np.max(np.zeros((3, 0)), axis=0)', () => np.max(np.zeros([3, 0]), { axis: 0 }));
  check('np.max(np.zeros((3, 0)), axis=1)', () => np.max(np.zeros([3, 0]), { axis: 1 }));
  check('np.max(np.array([[np.nan, 1.5], [2.5, 3.5]]), axis=0)', () =>
    np.max(
      np.array([
        [Number.NaN, 1.5],
        [2.5, 3.5],
      ]),
      { axis: 0 },
    ),
  );
  // The first elements are cast to the loop dtype: NumPy's overflow warning.
  check(
    'np.maximum.reduce(np.array([[1e300, 1.5], [2.5, 3.5]]), axis=0, dtype=np.float32)',
    () =>
      np.maximum.reduce(np.asarray(new Float64Array([1e300, 1.5, 2.5, 3.5])).reshape(2, 2), {
        axis: 0,
        dtype: 'float32',
      }),
    W,
  );
  // Into out=, including an out that overlaps the input (NumPy reduces the
  // input as it was; the first elements' copy must not change it first).
  check('exec:o = np.zeros(4); np.maximum.reduce(ramp(12).reshape(3, 4), axis=0, out=o); result = o', () => {
    const o = np.zeros(4);
    np.maximum.reduce(ramp(12).reshape(3, 4), { axis: 0, out: o });
    return o;
  });
  check('exec:a = ramp(12).reshape(3, 4); np.maximum.reduce(a, axis=0, out=a[1]); result = a', () => {
    const a = ramp(12).reshape(3, 4);
    np.maximum.reduce(a, { axis: 0, out: a.get(1) });
    return a;
  });
});

describe('max/min/fmax/fmin of rows that start with a signed zero (the lane scan decides unless the extreme is a zero)', () => {
  // 100 elements: long enough for the vector scan. The first element is
  // the accumulator; the rest decide, with ties between zeros in order.
  const rows: [string, string][] = [
    ['[0.0] + list(range(1, 100))', 'a'],
    ['[-0.0] + list(range(1, 100))', 'b'],
    ['[0.0] + [-x for x in range(1, 100)]', 'c'],
    ['[-0.0] + [-x for x in range(1, 100)]', 'd'],
    ['[0.0] + [-x for x in range(1, 99)] + [-0.0]', 'e'],
    ['[-0.0] + [-x for x in range(1, 99)] + [0.0]', 'f'],
    ['[3.0] + [-x for x in range(1, 99)] + [-0.0]', 'g'],
    ['[0.0] + [float(x) for x in range(1, 99)] + [float("nan")]', 'h'],
  ];
  const js: Record<string, () => number[]> = {
    a: () => [0, ...Array.from({ length: 99 }, (_, i) => i + 1)],
    b: () => [-0, ...Array.from({ length: 99 }, (_, i) => i + 1)],
    c: () => [0, ...Array.from({ length: 99 }, (_, i) => -(i + 1))],
    d: () => [-0, ...Array.from({ length: 99 }, (_, i) => -(i + 1))],
    e: () => [0, ...Array.from({ length: 98 }, (_, i) => -(i + 1)), -0],
    f: () => [-0, ...Array.from({ length: 98 }, (_, i) => -(i + 1)), 0],
    g: () => [3, ...Array.from({ length: 98 }, (_, i) => -(i + 1)), -0],
    h: () => [0, ...Array.from({ length: 98 }, (_, i) => i + 1), Number.NaN],
  };
  for (const [py, key] of rows) {
    for (const dt of ['float64', 'float32']) {
      // (fmax/fmin ties between zeros: a listed deviation, designs/deviations.md.)
      const ops =
        key === 'e' || key === 'f'
          ? (['maximum', 'minimum'] as const)
          : (['maximum', 'minimum', 'fmax', 'fmin'] as const);
      for (const op of ops) {
        check(`np.${op}.reduce(np.array(${py}, dtype='${dt}'))`, () =>
          np[op].reduce(np.asarray(new Float64Array(js[key]())).astype(dt)),
        );
      }
      check(`np.max(np.array(${py}, dtype='${dt}').reshape(4, 25), axis=1)`, () =>
        np.max(np.asarray(new Float64Array(js[key]())).astype(dt).reshape(4, 25), { axis: 1 }),
      );
    }
  }
});

describe('reductions to one value', () => {
  for (const dt of ['bool', 'int8', 'int64', 'uint32', 'float16', 'float32', 'float64', 'complex128']) {
    for (const f of ['sum', 'prod', 'max', 'min', 'any', 'all'] as const) {
      check(`np.${f}(ramp(7, '${dt}'))`, () => np[f](ramp(7, dt)), { rtol: dt === 'float16' ? 1e-3 : 0 });
    }
    check(`np.sum(ramp(12, '${dt}').reshape(3, 4))`, () => np.sum(ramp(12, dt).reshape(3, 4)));
    check(`np.max(ramp(12, '${dt}').reshape(3, 4)[:, ::-2])`, () =>
      np.max(ramp(12, dt).reshape(3, 4).get(':', '::-2')),
    );
  }
  check("np.sum(ramp(7, 'int8'), dtype=np.int8)", () => np.sum(ramp(7, 'int8'), { dtype: 'int8' }));
  check("np.max(ramp(7, 'int8'), initial=100)", () => np.max(ramp(7, 'int8'), { initial: 100 }));
  check('np.add.reduce(np.array([-0.0] * 3), initial=-0.0)', () =>
    np.add.reduce(np.array([-0, -0, -0]), { initial: -0 }),
  );
  check('np.sum(np.array(2.5))', () => np.sum(np.asarray(2.5)));
  check("np.max(ramp(0, 'float64'))", () => np.max(ramp(0, 'float64')));
  check("np.sum(ramp(0, 'float64'))", () => np.sum(ramp(0, 'float64')));
  check('np.sum(np.array([1e308, 1e308]))', () => np.sum(np.array([1e308, 1e308], { dtype: 'float64' })), W);
  check("np.mean(ramp(9, 'float32'))", () => np.mean(ramp(9, 'float32')));
  check('np.mean(ramp(12).reshape(3, 4), axis=0)', () => np.mean(ramp(12).reshape(3, 4), { axis: 0 }));
  check("np.mean(ramp(12, 'float32').reshape(3, 4), axis=1, keepdims=True)", () =>
    np.mean(ramp(12, 'float32').reshape(3, 4), { axis: 1, keepdims: true }),
  );
  check('np.mean(np.array([1e308, 1e308]))', () => np.mean(np.array([1e308, 1e308], { dtype: 'float64' })), W);

  for (const dt of ['bool', 'int8', 'uint64', 'float16', 'float64', 'complex64']) {
    check(`np.argmax(ramp(7, '${dt}'))`, () => np.argmax(ramp(7, dt)));
    check(`np.argmin(ramp(12, '${dt}').reshape(3, 4))`, () => np.argmin(ramp(12, dt).reshape(3, 4)));
  }
  check('np.argmax(np.array(2.5))', () => np.argmax(np.asarray(2.5)));
  check('np.argmax(ramp(12).reshape(3, 4)[:, ::2])', () => np.argmax(ramp(12).reshape(3, 4).get(':', '::2')));
  check("np.argmax(ramp(0, 'float64'))", () => np.argmax(ramp(0, 'float64')));
  check(
    'exec:a = np.array([3., 9., 1.]); b = np.array([5., 1., 2., 8.]); result = (np.argmax(a), np.argmax(b), np.argmin(a), np.argmin(b))',
    () => {
      const a = np.array([3, 9, 1], { dtype: 'float64' });
      const b = np.array([5, 1, 2, 8], { dtype: 'float64' });
      return [np.argmax(a), np.argmax(b), np.argmin(a), np.argmin(b)];
    },
    { name: 'consecutive flat argmax calls return their own indices' },
  );
  check(
    'exec:a = np.arange(5.); b = np.arange(7.); result = (np.sum(a), np.sum(b), np.max(a), np.max(b), np.prod(b[1:]))',
    () => {
      const a = np.arange(5, { dtype: 'float64' });
      const b = np.arange(7, { dtype: 'float64' });
      return [np.sum(a), np.sum(b), np.max(a), np.max(b), np.prod(b.get('1:'))];
    },
    { name: 'consecutive reductions of one dtype return their own values' },
  );

  // A handler that reduces again must not disturb the pending result.
  check(
    [
      'exec:seen = []',
      'h1 = lambda *args: seen.append(np.sum(np.array([1., 2.])))',
      'h2 = lambda *args: seen.append(np.max(np.array([5., 6.])))',
      "with np.errstate(over='call', call=h1): r1 = np.sum(np.array([1e308, 1e308]))",
      "with np.errstate(invalid='call', call=h2): r2 = np.sum(np.array([np.inf, -np.inf]))",
      'result = (seen, r1, r2)',
    ].join('\n'),
    () => {
      const seen: unknown[] = [];
      const r1 = np.errstate(
        { over: 'call', call: () => seen.push(np.sum(np.array([1, 2], { dtype: 'float64' }))) },
        () => np.sum(np.array([1e308, 1e308], { dtype: 'float64' })),
      );
      const r2 = np.errstate(
        { invalid: 'call', call: () => seen.push(np.max(np.array([5, 6], { dtype: 'float64' }))) },
        () => np.sum(np.array([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])),
      );
      return [seen, r1, r2];
    },
    { name: 'an np.seterrcall handler that reduces again does not disturb the pending result' },
  );
});
