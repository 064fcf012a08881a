// Binary ufuncs against NumPy: special values (NaN, ±inf, ±0, integer
// extremes, zero divisors), NumPy 2's comparison rules, weak JS scalars,
// broadcasting and views, `out`/`dtype`/`casting`, errors and NDArray methods.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle();
type Name = keyof typeof np & string;
const uf = (name: string): np.Ufunc => (np as unknown as Record<string, np.Ufunc>)[name];

const INF = Number.POSITIVE_INFINITY;
const py = (v: readonly number[]): string =>
  `[${v
    .map((t) =>
      Number.isNaN(t)
        ? 'np.nan'
        : t === INF
          ? 'np.inf'
          : t === -INF
            ? '-np.inf'
            : Object.is(t, -0)
              ? '-0.0'
              : Number.isInteger(t)
                ? `${t}.0`
                : String(t),
    )
    .join(', ')}]`;
const FLOATS = ['float16', 'float32', 'float64'];
const INTS = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64'];
const farr = (v: readonly number[], dt: string): np.NDArray => np.array(v, { dtype: dt });

// Every pair of these special values, as two flat arrays.
const SPECIAL = [0, -0, 1, -1, 2.5, -7.5, INF, -INF, Number.NaN];
const X = SPECIAL.flatMap((a) => SPECIAL.map(() => a));
const Y = SPECIAL.flatMap(() => SPECIAL);

describe('float special values, every pair', () => {
  const exact = [
    'floor_divide',
    'remainder',
    'fmod',
    'divmod',
    'equal',
    'not_equal',
    'less',
    'less_equal',
    'greater',
    'greater_equal',
    'maximum',
    'minimum',
    'fmax',
    'fmin',
    'logical_and',
    'logical_or',
    'logical_xor',
    'copysign',
    'nextafter',
    'heaviside',
    'hypot',
    'logaddexp',
    'logaddexp2',
    'arctan2',
    'power',
    'float_power',
  ];
  for (const name of exact) {
    for (const dt of FLOATS) {
      // Signed zeros of maximum/minimum ties depend on NumPy's SIMD kernels
      // per dtype (designs/deviations.md); compare them without ±0 pairs.
      const tie = ['maximum', 'minimum', 'fmax', 'fmin'].includes(name);
      const keep = X.map((x, i) => !(tie && x === 0 && Y[i] === 0));
      const xs = X.filter((_, i) => keep[i]);
      const ys = Y.filter((_, i) => keep[i]);
      // libm-based functions: a few ULP (NumPy may use SVML).
      const rtol = ['hypot', 'logaddexp', 'logaddexp2', 'arctan2', 'power', 'float_power'].includes(name)
        ? dt === 'float16'
          ? 1e-3
          : dt === 'float32'
            ? 1e-6
            : 2e-15
        : 0;
      check(
        `np.${name}(np.array(${py(xs)}, dtype='${dt}'), np.array(${py(ys)}, dtype='${dt}'))`,
        () => uf(name)(farr(xs, dt), farr(ys, dt)),
        { rtol },
      );
    }
  }
  // Long rows (the vectorised loops) with NaN in either operand, ±0 and
  // ±inf: NaN propagates (maximum/minimum) or is skipped (fmax/fmin), and no
  // warning is raised.
  for (const name of ['maximum', 'minimum', 'fmax', 'fmin']) {
    for (const dt of ['float64', 'float32']) {
      const pts = [0.5, -2, Number.NaN, 3, INF, -INF, 7, -1];
      const xs = Array.from({ length: 100 }, (_, i) => pts[i % 8]);
      const ys = Array.from({ length: 100 }, (_, i) => pts[(i * 3 + 1) % 8]);
      check(
        `np.${name}(np.array(${py(xs)}, dtype='${dt}'), np.array(${py(ys)}, dtype='${dt}'))`,
        () => uf(name)(farr(xs, dt), farr(ys, dt)),
        { warnings: 'each', name: `${name} ${dt} long rows with NaN` },
      );
    }
  }
  for (const name of ['equal', 'less', 'less_equal', 'greater', 'maximum', 'minimum', 'fmax', 'fmin']) {
    for (const dt of ['complex64', 'complex128']) {
      const pts = [0, 1, -1, Number.NaN, INF];
      const re = pts.flatMap((a) => pts.flatMap(() => pts.map(() => a)));
      const im = pts.flatMap(() => pts.flatMap((b) => pts.map(() => b)));
      const re2 = pts.flatMap(() => pts.flatMap(() => pts));
      // complex(r, i) keeps NaN/inf parts apart (1j * inf would be nan+infj).
      const one = (v: number) => py([v]).slice(1, -1);
      const mk = (r: number[], i: number[]) =>
        `np.array([${r.map((v, k) => `complex(${one(v)}, ${one(i[k])})`).join(', ')}])`;
      // y: real parts 1 and imaginary parts cycling, so ties on the real part occur.
      const yr = re2.map(() => 1);
      check(`np.${name}((${mk(re, im)}).astype('${dt}'), (${mk(yr, re2)}).astype('${dt}'))`, () => {
        const c = (r: number[], i: number[]) =>
          np.array(
            r.map((v, k) => new np.Complex(v, i[k])),
            { dtype: dt },
          );
        return uf(name)(c(re, im), c(yr, re2));
      });
    }
  }
});

describe('complex power (npy_cpow)', () => {
  const bases = [
    [0, 0],
    [1, 1],
    [-2, 0.5],
    [0, 1],
    [3, -4],
  ];
  const exps = [
    [0, 0],
    [2, 0],
    [3, 0],
    [-2, 0],
    [7, 0],
    [0.5, 0],
    [1, 1],
    [-1, 0],
  ];
  for (const dt of ['complex64', 'complex128']) {
    const b = bases.flatMap((x) => exps.map(() => x));
    const e = bases.flatMap(() => exps);
    const pc = (v: number[][]) => `np.array([${v.map(([r, i]) => `complex(${r}, ${i})`).join(', ')}], dtype='${dt}')`;
    const jc = (v: number[][]) =>
      np.array(
        v.map(([r, i]) => new np.Complex(r, i)),
        { dtype: dt },
      );
    // exp(b·log a) for non-integer exponents goes through libm (a few ULP).
    check(`np.power(${pc(b)}, ${pc(e)})`, () => np.power(jc(b), jc(e)), { rtol: dt === 'complex64' ? 2e-6 : 4e-15 });
  }
});

// |n| >= 100 goes through the C library's cpow (exp(b·log a)), whose rounding
// differs from Rust's by more than an ULP when parts cancel; large powers of
// real-axis and near-unit bases agree to a few ULP of the magnitude.
check(
  'np.power(np.array([2+0j, 1.001+0j, 0.5+0j]), np.array([150+0j, 1000+0j, 120+0j]))',
  () =>
    np.power(
      np.array([new np.Complex(2, 0), new np.Complex(1.001, 0), new np.Complex(0.5, 0)]),
      np.array([new np.Complex(150, 0), new np.Complex(1000, 0), new np.Complex(120, 0)]),
    ),
  { rtol: 1e-13 },
);

describe('integer division, remainders and zero divisors', () => {
  const xs = [-7, 7, -7, 7, 0, 5, -5, 3, -128, 127];
  const ys = [2, 2, -2, -2, 3, 0, 0, -1, -1, 5];
  for (const name of ['floor_divide', 'remainder', 'fmod', 'divmod']) {
    for (const dt of ['int8', 'int16', 'int32', 'int64']) {
      check(
        `np.${name}(np.array(${JSON.stringify(xs)}, dtype='${dt}'), np.array(${JSON.stringify(ys)}, dtype='${dt}'))`,
        () => uf(name)(np.array(xs, { dtype: dt }), np.array(ys, { dtype: dt })),
      );
    }
    for (const dt of ['uint8', 'uint16', 'uint32', 'uint64']) {
      check(`np.${name}(np.array([7, 0, 200, 5], dtype='${dt}'), np.array([2, 3, 0, 7], dtype='${dt}'))`, () =>
        uf(name)(np.array([7, 0, 200, 5], { dtype: dt }), np.array([2, 3, 0, 7], { dtype: dt })),
      );
    }
    check(`np.${name}(np.array([-2**63, -2**63, 2**63-1]), np.array([-1, 0, -1]))`, () =>
      uf(name)(np.array([-(2n ** 63n), -(2n ** 63n), 2n ** 63n - 1n]), np.array([-1, 0, -1])),
    );
  }
  check('np.floor_divide(np.array([1, -1, 0], dtype=np.float64), 0)', () =>
    np.floor_divide(np.array([1, -1, 0], { dtype: 'float64' }), 0),
  );
  check('np.remainder(np.array([5.5, -5.5, 1e300], dtype=np.float32), np.array([2, 2, 3], dtype=np.float32))', () =>
    np.remainder(np.array([5.5, -5.5, 1e300], { dtype: 'float32' }), np.array([2, 2, 3], { dtype: 'float32' })),
  );
});

describe('floor_divide by one scalar (the strength-reduced loop)', () => {
  // Values at both ends of each type, around multiples of the divisors, and
  // 40 elements so the contiguous loop runs; views take the element loop.
  const ends: Record<string, [bigint, bigint]> = {
    int32: [-(2n ** 31n), 2n ** 31n - 1n],
    int64: [-(2n ** 63n), 2n ** 63n - 1n],
    uint32: [0n, 2n ** 32n - 1n],
    uint64: [0n, 2n ** 64n - 1n],
  };
  for (const [dt, [lo, hi]] of Object.entries(ends)) {
    const signed = lo < 0n;
    const vals: bigint[] = [lo, lo + 1n, hi, hi - 1n, 0n, 1n];
    for (let k = 0n; vals.length < 40; k++) vals.push(signed && k % 2n === 1n ? -(k * 7n + 3n) : k * 7n + 3n);
    const pyVals = `np.array([${vals.join(', ')}], dtype='${dt}')`;
    const arr = () => np.array(vals, { dtype: dt });
    const divisors = signed ? [1, 2, 3, 7, 1000003, -1, -7, 0] : [1, 2, 3, 7, 1000003, 0];
    for (const d of divisors) {
      check(`np.floor_divide(${pyVals}, ${d})`, () => np.floor_divide(arr(), d), { warnings: true });
      check(`np.floor_divide(${pyVals}, np.${dt}(${d}))`, () => np.floor_divide(arr(), np.array(d, { dtype: dt })), {
        warnings: true,
      });
    }
    check(`np.floor_divide(${pyVals}[::-3], 7)`, () => np.floor_divide(arr().get('::-3'), 7));
    check(`${pyVals} // np.array(${hi}, dtype='${dt}')`, () => np.floor_divide(arr(), np.array(hi, { dtype: dt })));
  }
});

describe('power', () => {
  for (const dt of INTS) {
    check(`np.power(np.array([0, 1, 2, 3, 7, 2], dtype='${dt}'), np.array([0, 5, 10, 3, 9, 70], dtype='${dt}'))`, () =>
      np.power(np.array([0, 1, 2, 3, 7, 2], { dtype: dt }), np.array([0, 5, 10, 3, 9, 70], { dtype: dt })),
    );
  }
  check('np.power(np.array([2, 3]), -1)', () => np.power(np.array([2, 3]), -1));
  check('np.power(np.array([2, 3]), np.array([1, -2]))', () => np.power(np.array([2, 3]), np.array([1, -2])));
  check("np.power(np.array([2], dtype='int8'), np.array([-1], dtype='int8'))", () =>
    np.power(np.array([2], { dtype: 'int8' }), np.array([-1], { dtype: 'int8' })),
  );
  check('np.power(2, -1)', () => np.power(2, -1));
  // The negative-exponent check (one native minimum of the exponents) over
  // dtypes, positions, layouts and casts of the exponent.
  for (const dt of ['int8', 'int16', 'int32', 'int64']) {
    check(`np.power(np.arange(3000, dtype='${dt}') % 7, np.r_[np.arange(2999) % 5, -1].astype('${dt}'))`, () => {
      const e = np.concatenate([np.remainder(np.arange(2999), 5), np.array([-1])]).astype(dt);
      return np.power(np.remainder(np.arange(3000, { dtype: dt }), 7), e);
    });
    check(`np.power(np.arange(6, dtype='${dt}'), np.array([3, 2, 1, 0, 1, 2], dtype='${dt}'))`, () =>
      np.power(np.arange(6, { dtype: dt }), np.array([3, 2, 1, 0, 1, 2], { dtype: dt })),
    );
  }
  check('np.power(np.arange(6).reshape(2, 3), np.array([[1, 2, 3], [2, 1, 0]])[:, ::-1])', () =>
    np.power(
      np.arange(6).reshape(2, 3),
      np
        .array([
          [1, 2, 3],
          [2, 1, 0],
        ])
        .get(':, ::-1'),
    ),
  );
  check('np.power(np.arange(4), np.array([[1, -2], [3, 4]]).T.ravel()[::-1])', () =>
    np.power(
      np.arange(4),
      np
        .array([
          [1, -2],
          [3, 4],
        ])
        .T.ravel()
        .get('::-1'),
    ),
  );
  check('np.power(np.arange(3), np.zeros((0,), dtype=np.int64))', () =>
    np.power(np.arange(3), np.zeros([0], { dtype: 'int64' })),
  );
  check('np.power(np.arange(3), np.array(-2))', () => np.power(np.arange(3), np.asarray(-2)));
  check("np.power(np.arange(3), np.array([1.0, 2.0, -1.5]), dtype='int64', casting='unsafe')", () =>
    np.power(np.arange(3), np.array([1.0, 2.0, -1.5]), { dtype: 'int64', casting: 'unsafe' }),
  );
  check("np.power(np.array([2], dtype='uint8'), -1)", () => np.power(np.array([2], { dtype: 'uint8' }), -1));
  check('np.power(np.array([2, 3]), 0.5)', () => np.power(np.array([2, 3]), 0.5), { rtol: 2e-15 });
  check('np.power(np.array([-2, 3]), np.array([2, 3], dtype=np.uint8))', () =>
    np.power(np.array([-2, 3]), np.array([2, 3], { dtype: 'uint8' })),
  );
  check('np.float_power(np.array([2, 3]), -1)', () => np.float_power(np.array([2, 3]), -1));
  check("np.float_power(np.array([1, 2], dtype='float32'), 2)", () =>
    np.float_power(np.array([1, 2], { dtype: 'float32' }), 2),
  );
  check("np.float_power(np.array([1, 2]), np.array([1, 2]), dtype='float32')", () =>
    np.float_power(np.array([1, 2]), np.array([1, 2]), { dtype: 'float32' }),
  );
});

describe('comparisons (NumPy 2 rules)', () => {
  const big = (): np.NDArray => np.array([2n ** 64n - 1n, 2n ** 63n, 2n ** 53n + 1n, 5n], { dtype: 'uint64' });
  for (const name of ['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal']) {
    check(`np.${name}(np.array([2**64-1, 2**63, 2**53+1, 5], dtype=np.uint64), np.array([-1, 2**62, 2**53, 5]))`, () =>
      uf(name)(big(), np.array([-1, 2n ** 62n, 2n ** 53n, 5])),
    );
    check(`np.${name}(np.array([-1, 2**62, 2**53, 5]), np.array([2**64-1, 2**63, 2**53+1, 5], dtype=np.uint64))`, () =>
      uf(name)(np.array([-1, 2n ** 62n, 2n ** 53n, 5]), big()),
    );
    check(`np.${name}(np.array([1, 2], dtype=np.int8), np.array([2**64-1, 1], dtype=np.uint64))`, () =>
      uf(name)(np.array([1, 2], { dtype: 'int8' }), np.array([2n ** 64n - 1n, 1n], { dtype: 'uint64' })),
    );
    for (const [pyv, jsv] of [
      ['-1', -1],
      ['2**63', 2n ** 63n],
      ['2**64', 2n ** 64n],
      ['-2**70', -(2n ** 70n)],
      ['300', 300],
      ['-300', -300],
    ] as const) {
      for (const dt of ['int8', 'uint8', 'int64', 'uint64', 'bool']) {
        check(`np.${name}(np.array([0, 1, 2], dtype='${dt}'), ${pyv})`, () =>
          uf(name)(np.array([0, 1, 2], { dtype: dt }), jsv),
        );
      }
    }
    check(`np.${name}(2**63, -1)`, () => uf(name)(2n ** 63n, -1));
    check(`np.${name}(np.array([1.5, np.nan]), np.array([1.5, np.nan]))`, () =>
      uf(name)(np.array([1.5, Number.NaN], { dtype: 'float64' }), np.array([1.5, Number.NaN], { dtype: 'float64' })),
    );
  }
  check("np.equal(np.array([1], dtype='int8'), np.array([1], dtype='int8'), dtype=bool)", () =>
    np.equal(np.array([1], { dtype: 'int8' }), np.array([1], { dtype: 'int8' }), { dtype: 'bool' }),
  );
  check("np.equal(np.array([1], dtype='int8'), np.array([1], dtype='int8'), dtype='int8')", () =>
    np.equal(np.array([1], { dtype: 'int8' }), np.array([1], { dtype: 'int8' }), { dtype: 'int8' }),
  );
  check("np.less(np.array([1.5, 2.5]), np.array([2, 3]), casting='no')", () =>
    np.less(np.array([1.5, 2.5], { dtype: 'float64' }), np.array([2, 3]), { casting: 'no' }),
  );
  check("np.less(np.array([1], dtype=np.int8), 300, casting='no')", () =>
    np.less(np.array([1], { dtype: 'int8' }), 300, { casting: 'no' }),
  );
  check("np.less(np.array([1], dtype=np.uint64), np.array([1], dtype=np.int8), casting='no')", () =>
    np.less(np.array([1], { dtype: 'uint64' }), np.array([1], { dtype: 'int8' }), { casting: 'no' }),
  );
  check('exec:o = np.zeros(2, dtype=np.int8); np.equal(np.array([1, 2]), 2, out=o); result = o', () => {
    const o = np.array([0, 0], { dtype: 'int8' });
    np.equal(np.array([1, 2]), 2, { out: o });
    return o;
  });
  check('np.equal(np.array([1]), 1+0j)', () => np.equal(np.array([1]), new np.Complex(1, 0)));
});

describe('logical ufuncs', () => {
  for (const name of ['logical_and', 'logical_or', 'logical_xor']) {
    check(`np.${name}(np.array([0, 0.5, np.nan, -0.0]), np.array([1, 0, 0, 2], dtype=np.int8))`, () =>
      uf(name)(np.array([0, 0.5, Number.NaN, -0], { dtype: 'float64' }), np.array([1, 0, 0, 2], { dtype: 'int8' })),
    );
    check(`np.${name}(np.array([0j, 1j, 1+0j]), 0)`, () =>
      uf(name)(np.array([new np.Complex(0, 0), new np.Complex(0, 1), new np.Complex(1, 0)]), 0),
    );
    check(`np.${name}(np.array([1.5, 0]), np.array([2, 0]), casting='no')`, () =>
      uf(name)(np.array([1.5, 0], { dtype: 'float64' }), np.array([2, 0]), { casting: 'no' }),
    );
    check(`np.${name}(np.array([1, 0], dtype=np.int8), 300)`, () => uf(name)(np.array([1, 0], { dtype: 'int8' }), 300));
    check(`np.${name}(True, 0)`, () => uf(name)(true, 0));
  }
});

describe('bitwise and shifts', () => {
  for (const dt of INTS) {
    const signed = dt.startsWith('int');
    const a = signed ? [-8, 7, -1, 5, 1, -128, 3] : [8, 7, 255, 5, 1, 128, 3];
    const s = signed ? [1, 3, 7, 8, 64, -1, 63] : [1, 3, 7, 8, 64, 200, 63];
    for (const name of ['left_shift', 'right_shift', 'bitwise_and', 'bitwise_or', 'bitwise_xor']) {
      check(
        `np.${name}(np.array(${JSON.stringify(a)}, dtype='${dt}'), np.array(${JSON.stringify(s)}, dtype='${dt}'))`,
        () => uf(name)(np.array(a, { dtype: dt }), np.array(s, { dtype: dt })),
      );
    }
  }
  check('np.left_shift(np.array([True, False]), 1)', () => np.left_shift(np.array([true, false]), 1));
  check('np.bitwise_and(np.array([True, False, True]), np.array([True, True, False]))', () =>
    np.bitwise_and(np.array([true, false, true]), np.array([true, true, false])),
  );
  check('np.bitwise_and(np.array([1.5]), 1)', () => np.bitwise_and(np.array([1.5], { dtype: 'float64' }), 1));
  check("np.bitwise_and(np.array([1.5]), 1, casting='unsafe')", () =>
    np.bitwise_and(np.array([1.5], { dtype: 'float64' }), 1, { casting: 'unsafe' }),
  );
  check('np.bitwise_or(np.array([1], dtype=np.uint64), np.array([1]))', () =>
    np.bitwise_or(np.array([1], { dtype: 'uint64' }), np.array([1])),
  );
  check('np.right_shift(np.array([-(2**63)]), 63)', () => np.right_shift(np.array([-(2n ** 63n)]), 63));
});

describe('float functions', () => {
  for (const dt of FLOATS) {
    check(
      `np.ldexp(np.array([1.5, -1.0, 1.0, 3.0, 0.0, np.inf, np.nan], dtype='${dt}'), np.array([2, 3, -1074, 2000, 5, -3, 1], dtype=np.int32))`,
      () =>
        np.ldexp(
          np.array([1.5, -1, 1, 3, 0, INF, Number.NaN], { dtype: dt }),
          np.array([2, 3, -1074, 2000, 5, -3, 1], { dtype: 'int32' }),
        ),
    );
    check(`np.ldexp(np.array([1.0, 1.0, 1.5], dtype='${dt}'), np.array([2**40, -2**40, -20], dtype=np.int64))`, () =>
      np.ldexp(np.array([1, 1, 1.5], { dtype: dt }), np.array([2n ** 40n, -(2n ** 40n), -20n])),
    );
    check(`np.ldexp(np.array([1.0, 1.0], dtype='${dt}'), np.array([-149, -24], dtype=np.int16))`, () =>
      np.ldexp(np.array([1, 1], { dtype: dt }), np.array([-149, -24], { dtype: 'int16' })),
    );
    check(
      `np.nextafter(np.array([0.0, -0.0, 1.0, 1.0, np.inf, -np.inf, 65504.0, 1.0], dtype='${dt}'), np.array([1.0, -1.0, 2.0, 0.0, 0.0, 0.0, np.inf, np.nan], dtype='${dt}'))`,
      () =>
        np.nextafter(
          np.array([0, -0, 1, 1, INF, -INF, 65504, 1], { dtype: dt }),
          np.array([1, -1, 2, 0, 0, 0, INF, Number.NaN], { dtype: dt }),
        ),
    );
  }
  check('np.ldexp(np.array([1.5]), 2)', () => np.ldexp(np.array([1.5], { dtype: 'float64' }), 2));
  check('np.ldexp(np.array([1.5]), 2**40)', () => np.ldexp(np.array([1.5], { dtype: 'float64' }), 2 ** 40));
  check('np.ldexp(np.array([1.5]), 2.5)', () => np.ldexp(np.array([1.5], { dtype: 'float64' }), 2.5));
  check('np.ldexp(np.array([1.5], dtype=np.float32), np.array([2], dtype=np.uint64))', () =>
    np.ldexp(np.array([1.5], { dtype: 'float32' }), np.array([2], { dtype: 'uint64' })),
  );
  check('np.ldexp(np.array([1], dtype=np.int8), np.array([2], dtype=np.int16))', () =>
    np.ldexp(np.array([1], { dtype: 'int8' }), np.array([2], { dtype: 'int16' })),
  );
  check('np.ldexp(2, 2)', () => np.ldexp(2, 2));
  check("np.ldexp(np.array([1.5]), np.array([2]), dtype='float32')", () =>
    np.ldexp(np.array([1.5], { dtype: 'float64' }), np.array([2]), { dtype: 'float32' }),
  );
  check("np.ldexp(np.array([1.5]), np.array([2]), dtype='float64')", () =>
    np.ldexp(np.array([1.5], { dtype: 'float64' }), np.array([2]), { dtype: 'float64' }),
  );
  check('np.heaviside(np.array([-1, 0, 2], dtype=np.int8), 0.5)', () =>
    np.heaviside(np.array([-1, 0, 2], { dtype: 'int8' }), 0.5),
  );
  check('np.copysign(np.array([1, 2], dtype=np.int8), -1)', () => np.copysign(np.array([1, 2], { dtype: 'int8' }), -1));
  check('np.arctan2(np.array([1], dtype=np.uint8), -1)', () => np.arctan2(np.array([1], { dtype: 'uint8' }), -1), {
    rtol: 1e-3,
  });
  check('np.hypot(np.array([True]), 1)', () => np.hypot(np.array([true]), 1));
  check('np.hypot(np.array([3e300, 3]), np.array([4e300, 4]))', () =>
    np.hypot(np.array([3e300, 3], { dtype: 'float64' }), np.array([4e300, 4], { dtype: 'float64' })),
  );
  check('np.logaddexp(np.array([1000.0, -1000.0]), np.array([1000.0, -1001.0]))', () =>
    np.logaddexp(np.array([1000, -1000], { dtype: 'float64' }), np.array([1000, -1001], { dtype: 'float64' })),
  );
});

describe('gcd and lcm', () => {
  const m = -(2n ** 63n);
  const a = [m, m, -4n, 4n, -4n, 0n, m, 6n, m, -128n, 12n];
  const b = [6n, 0n, 6n, -6n, -6n, 0n, -1n, m, m, 6n, 18n];
  for (const name of ['gcd', 'lcm']) {
    check(
      `np.${name}(np.array([-2**63, -2**63, -4, 4, -4, 0, -2**63, 6, -2**63, -128, 12]), np.array([6, 0, 6, -6, -6, 0, -1, -2**63, -2**63, 6, 18]))`,
      () => uf(name)(np.array(a), np.array(b)),
    );
    for (const dt of ['int8', 'uint8', 'int16', 'uint32']) {
      const s = dt.startsWith('u');
      const x = s ? [200, 0, 12, 255] : [-128, -128, 100, 120];
      const y = s ? [6, 0, 18, 5] : [6, 0, 3, 7];
      check(
        `np.${name}(np.array(${JSON.stringify(x)}, dtype='${dt}'), np.array(${JSON.stringify(y)}, dtype='${dt}'))`,
        () => uf(name)(np.array(x, { dtype: dt }), np.array(y, { dtype: dt })),
      );
    }
    check(`np.${name}(np.array([1.5]), 2)`, () => uf(name)(np.array([1.5], { dtype: 'float64' }), 2));
    check(`np.${name}(np.array([2]), 2.5)`, () => uf(name)(np.array([2]), 2.5));
    check(`np.${name}(np.array([True]), np.array([True]))`, () => uf(name)(np.array([true]), np.array([true])));
    check(`np.${name}(np.array([1], dtype=np.uint64), np.array([1]))`, () =>
      uf(name)(np.array([1], { dtype: 'uint64' }), np.array([1])),
    );
    check(`np.${name}(np.array([1+1j]), np.array([1]))`, () =>
      uf(name)(np.array([new np.Complex(1, 1)]), np.array([1])),
    );
    check(`np.${name}(True, 6)`, () => uf(name)(true, 6));
  }
});

describe('weak JS scalars', () => {
  const scalars: [string, unknown][] = [
    ['3', 3],
    ['-2', -2],
    ['2.5', 2.5],
    ['True', true],
    ['1000', 1000],
  ];
  const names = [
    'floor_divide',
    'remainder',
    'power',
    'maximum',
    'fmin',
    'less',
    'not_equal',
    'bitwise_xor',
    'left_shift',
    'arctan2',
    'copysign',
    'hypot',
    'logaddexp2',
    'gcd',
  ];
  for (const name of names) {
    for (const dt of ['bool', 'int8', 'uint8', 'int64', 'uint64', 'float16', 'float32', 'float64', 'complex64']) {
      for (const [pys, js] of scalars) {
        const rtol = ['arctan2', 'hypot', 'logaddexp2', 'power'].includes(name) ? 1e-3 : 0;
        check(
          `np.${name}(np.array([1, 2, 5], dtype='${dt}'), ${pys})`,
          () => uf(name)(np.array([1, 2, 5], { dtype: dt }), js),
          {
            rtol,
          },
        );
        check(
          `np.${name}(${pys}, np.array([1, 2, 5], dtype='${dt}'))`,
          () => uf(name)(js, np.array([1, 2, 5], { dtype: dt })),
          {
            rtol,
          },
        );
      }
    }
    // Two Python scalars: a JS scalar result.
    check(`np.${name}(7, 3)`, () => uf(name)(7, 3), { rtol: 1e-15 });
  }
});

describe('layouts, out= and dtype=', () => {
  const m = np.array([
    [1, -2, 3],
    [-4, 5, -6],
  ]);
  for (const name of ['floor_divide', 'less', 'maximum', 'right_shift', 'hypot', 'divmod']) {
    check(`np.${name}(np.array([[1, -2, 3], [-4, 5, -6]]), np.array([[2], [3]]))`, () =>
      uf(name)(m, np.array([[2], [3]])),
    );
    check(
      `np.${name}(np.array([[1, -2, 3], [-4, 5, -6]])[:, ::-1], np.array([[1, -2, 3], [-4, 5, -6]]).T[::2].T)`,
      () => uf(name)(m.get(':', '::-1'), m.T.get('::2').T),
    );
    check(`np.${name}(np.arange(10)[::-1], np.arange(1, 21)[::2])`, () => {
      const r = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).get('::-1');
      const s = np.array(Array.from({ length: 20 }, (_, i) => i + 1)).get('::2');
      return uf(name)(r, s);
    });
    check(`np.${name}(np.array(7), np.array(2))`, () => uf(name)(np.array(7), np.array(2)));
    check(`np.${name}(np.zeros((0, 3)), np.ones(3))`, () =>
      uf(name)(np.array([] as number[], { dtype: 'float64' }).reshape(0, 3), np.array([1, 1, 1], { dtype: 'float64' })),
    );
  }
  check('np.maximum(np.array([1, 2, 3]), np.array([1, 2]))', () => np.maximum(np.array([1, 2, 3]), np.array([1, 2])));
  check(
    'exec:q = np.zeros(3); r = np.zeros(3, dtype=np.int8); np.divmod(np.array([7, -7, 9]), 4, out=(q, r)); result = [q, r]',
    () => {
      const q = np.array([0, 0, 0], { dtype: 'float64' });
      const r = np.array([0, 0, 0], { dtype: 'int8' });
      np.divmod(np.array([7, -7, 9]), 4, { out: [q, r] });
      return [q, r];
    },
  );
  check(
    "exec:q = np.zeros(3, dtype=np.int8); r = np.zeros(3, dtype=np.int8); result = np.divmod(np.array([7, -7, 9]), 4, q, r, casting='unsafe')",
    () =>
      np.divmod(
        np.array([7, -7, 9]),
        4,
        np.array([0, 0, 0], { dtype: 'int8' }),
        np.array([0, 0, 0], { dtype: 'int8' }),
        { casting: 'unsafe' },
      ),
  );
  check('np.divmod(np.array([7, -7]), 4, out=(np.zeros(2),))', () =>
    np.divmod(np.array([7, -7]), 4, { out: [np.array([0, 0], { dtype: 'float64' })] }),
  );
  check("np.divmod(np.array([1.5, 2.5]), np.array([2, 3]), dtype='float32')", () =>
    np.divmod(np.array([1.5, 2.5], { dtype: 'float64' }), np.array([2, 3]), { dtype: 'float32' }),
  );
  check("np.floor_divide(np.array([7, 8]), 2, dtype='float32')", () =>
    np.floor_divide(np.array([7, 8]), 2, { dtype: 'float32' }),
  );
  check("np.remainder(np.array([7.5]), 2, dtype='int64')", () =>
    np.remainder(np.array([7.5], { dtype: 'float64' }), 2, { dtype: 'int64' }),
  );
  check('np.remainder(np.array([1+1j]), 1)', () => np.remainder(np.array([new np.Complex(1, 1)]), 1));
  check('exec:a = np.arange(6); np.power(a[::-1], 2, out=a); result = a', () => {
    const a = np.array([0, 1, 2, 3, 4, 5]);
    np.power(a.get('::-1'), 2, { out: a });
    return a;
  });
  check(
    'np.less(np.array([1, 2]), np.array([1, 2]), foo=1)',
    () => np.less(np.array([1, 2]), np.array([1, 2]), { foo: 1 }),
    {
      message: /unexpected keyword argument 'foo'/,
    },
  );
});

describe('NDArray operator methods', () => {
  const a = (): np.NDArray => np.array([5, -3, 8, 1]);
  const b = (): np.NDArray => np.array([2, 2, 3, 1]);
  const pairs: [string, (x: np.NDArray, y: np.NDArray) => unknown][] = [
    ['a // b', (x, y) => x.floor_divide(y)],
    ['a % b', (x, y) => x.mod(y)],
    ['a ** b', (x, y) => x.power(y)],
    ['a == b', (x, y) => x.equal(y)],
    ['a != b', (x, y) => x.not_equal(y)],
    ['a < b', (x, y) => x.less(y)],
    ['a <= b', (x, y) => x.less_equal(y)],
    ['a > b', (x, y) => x.greater(y)],
    ['a >= b', (x, y) => x.greater_equal(y)],
    ['a & b', (x, y) => x.bitwise_and(y)],
    ['a | b', (x, y) => x.bitwise_or(y)],
    ['a ^ b', (x, y) => x.bitwise_xor(y)],
    ['a << b', (x, y) => x.left_shift(y)],
    ['a >> b', (x, y) => x.right_shift(y)],
    ['divmod(a, b)', (x, y) => x.divmod(y)],
    ['a @ b', (x, y) => x.matmul(y)],
  ];
  for (const [expr, f] of pairs) {
    check(`exec:a = np.array([5, -3, 8, 1]); b = np.array([2, 2, 3, 1]); result = ${expr}`, () => f(a(), b()), {
      name: expr,
    });
  }
  check('np.mod is np.remainder', () => np.mod === np.remainder);
});

describe('weak Python scalars cast to the loop under `casting`', () => {
  const i4 = (): np.NDArray => np.array([1, 2], { dtype: 'int32' });
  const f4 = (): np.NDArray => np.array([1, 2], { dtype: 'float32' });
  const setup = "exec:\ni4 = np.array([1, 2], dtype='int32')\nf4 = np.array([1, 2], dtype='float32')\nresult = ";
  const cases: [string, () => unknown][] = [
    ["np.add(i4, 1.5, dtype='int32')", () => np.add(i4(), 1.5, { dtype: 'int32' })],
    [
      "np.add(i4, 1.5, dtype='int32', casting='unsafe')",
      () => np.add(i4(), 1.5, { dtype: 'int32', casting: 'unsafe' }),
    ],
    ["np.maximum(i4, 1.5, dtype='int32')", () => np.maximum(i4(), 1.5, { dtype: 'int32' })],
    ["np.add(i4, 1, casting='no')", () => np.add(i4(), 1, { casting: 'no' })],
    ["np.add(f4, 1.5, casting='no')", () => np.add(f4(), 1.5, { casting: 'no' })],
    ["np.add(f4, 1j, dtype='float32')", () => np.add(f4(), new np.Complex(0, 1), { dtype: 'float32' })],
    ["np.add(np.array([True]), 1, dtype='bool')", () => np.add(np.array([true]), 1, { dtype: 'bool' })],
    ["np.add(i4, True, dtype='int32', casting='no')", () => np.add(i4(), true, { dtype: 'int32', casting: 'no' })],
    ["np.add(f4, 1.5, dtype='float16')", () => np.add(f4(), 1.5, { dtype: 'float16' })],
    ["np.add(i4, 300, dtype='int8', casting='unsafe')", () => np.add(i4(), 300, { dtype: 'int8', casting: 'unsafe' })],
  ];
  for (const [py, js] of cases) check(setup + py, js);
});

describe('broadcast errors list every operand: inputs, outputs, where', () => {
  const z = (...shape: number[]): np.NDArray => np.zeros(shape);
  const t = (n: number): np.NDArray => np.ones(n, { dtype: 'bool' });
  check('np.add(np.zeros((3, 4)), np.zeros(3))', () => np.add(z(3, 4), z(3)));
  check('np.add(np.zeros((3, 4)), np.zeros(3), out=np.zeros((3, 4)))', () => np.add(z(3, 4), z(3), { out: z(3, 4) }));
  check('np.add(np.zeros((3, 4)), np.zeros((3, 4)), out=np.zeros((3, 5)))', () =>
    np.add(z(3, 4), z(3, 4), { out: z(3, 5) }),
  );
  check('np.add(np.zeros((3, 4)), np.zeros((3, 4)), out=np.zeros(4))', () => np.add(z(3, 4), z(3, 4), { out: z(4) }));
  check('np.add(np.zeros((3, 4)), np.zeros((3, 4)), where=np.ones(5, bool), out=np.zeros((3, 4)))', () =>
    np.add(z(3, 4), z(3, 4), { where: t(5), out: z(3, 4) }),
  );
  check('np.add(np.zeros(4), np.zeros(4), out=np.zeros((3, 4)))', () => np.add(z(4), z(4), { out: z(3, 4) }));
  check('np.divmod(np.zeros((3, 4)), np.zeros(4), out=(np.zeros((3, 4)), np.zeros((2, 4))))', () =>
    np.divmod(z(3, 4), z(4), { out: [z(3, 4), z(2, 4)] }),
  );
});
