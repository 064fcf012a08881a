// np.power on arrays long enough for the vector loop (kernels/vmath/pow.rs),
// against NumPy: float64 and float32, negative bases with integral and
// non-integral exponents, scalar and array exponents, views, broadcasting,
// in-place output, the exactly rounded exponents (2, 1, -1, 0.5), special
// values inside long arrays, and the overflow/invalid warnings. NumPy's
// AVX-512 build uses SVML's pow and rumpy its own vector pow (within 1 ULP
// of glibc), so inexact results are compared to a few ULP.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle(`
def bases(n):
    i = np.arange(n, dtype=np.int64)
    return ((i * 2654435761) % 2**32) / 2**32 * 200 - 100

def exps(n):
    i = np.arange(n, dtype=np.int64)
    return ((i * 40503) % 81) / 2 - 20
`);

/** Same values as Python's bases(n): exact integer hashing, then scaling. */
function bases(n: number): np.NDArray {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = (((i * 2654435761) % 2 ** 32) / 2 ** 32) * 200 - 100;
  return np.asarray(v);
}

/** Same values as Python's exps(n): integers and halves in [-20, 20]. */
function exps(n: number): np.NDArray {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = ((i * 40503) % 81) / 2 - 20;
  return np.asarray(v);
}

const absBases = (n: number): np.NDArray => np.abs(bases(n)) as np.NDArray;

const F8 = { rtol: 1e-15 };
const F4 = { rtol: 5e-7 };
const N = 5000;

describe('array ** array', () => {
  check(`np.power(np.abs(bases(${N})), exps(${N}))`, () => np.power(np.abs(bases(N)), exps(N)), F8);
  check(`np.power(bases(${N}), exps(${N}))`, () => np.power(bases(N), exps(N)), F8);
  check(
    `np.power(np.abs(bases(${N})) / 50, exps(${N}) * 37)`,
    () => np.power(np.divide(np.abs(bases(N)), 50), np.multiply(exps(N), 37)),
    F8,
  );
  check(
    `np.power(bases(${N}).astype('float32'), exps(${N}).astype('float32'))`,
    () => np.power(bases(N).astype('float32'), exps(N).astype('float32')),
    F4,
  );
  check(`np.float_power(np.abs(bases(${N})), exps(${N}))`, () => np.float_power(np.abs(bases(N)), exps(N)), F8);
});

describe('array ** scalar', () => {
  for (const e of [2.5, 2, 1, -1, 0.5, 3, -2, 0.1, -7, 1e-10, 1e10]) {
    check(`np.power(bases(${N}), ${e})`, () => np.power(bases(N), e), F8);
    check(
      `np.power(bases(${N}).astype('float32'), np.float32(${e}))`,
      () => np.power(bases(N).astype('float32'), np.array(e, { dtype: 'float32' })),
      F4,
    );
  }
  // Exactly rounded exponents give NumPy's bits.
  for (const e of [2, 1, -1, 0.5]) {
    check(`np.power(np.abs(bases(${N})), ${e})`, () => np.power(np.abs(bases(N)), e));
  }
  check(`np.power(2.0, exps(${N}))`, () => np.power(2.0, exps(N)), F8);
  check(
    'np.power(10.0, np.arange(-20, 21, dtype=np.float64))',
    () => np.power(10.0, np.arange(-20, 21, 1, { dtype: 'float64' })),
    F8,
  );
  check('np.power(np.arange(-50, 50, dtype=np.float64), 3)', () =>
    np.power(np.arange(-50, 50, 1, { dtype: 'float64' }), 3),
  );
});

// NumPy's float_power loop calls C's pow for every element: none of
// power's scalar-exponent loops (sqrt for 0.5, 1/x for -1, ...), so signed
// zeros and infinities follow pow's rules.
describe("float_power ** scalar is pow, not power's special loops", () => {
  const specials = '[-0.0, 0.0, -np.inf, np.inf, np.nan, -2.0, 3.0, -1e-300, 1e300]';
  const jsSpecials = [-0, 0, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, Number.NaN, -2, 3, -1e-300, 1e300];
  for (const e of ['0.5', '-1.0', '0.0', '1.0', '2.0', '-0.5']) {
    check(
      `np.float_power(np.array(${specials}), ${e})`,
      () => np.float_power(np.array(jsSpecials, { dtype: 'float64' }), np.array(Number(e), { dtype: 'float64' })),
      { ...F8, warnings: 'each' },
    );
    check(`np.float_power(np.abs(bases(${N})), ${e})`, () => np.float_power(np.abs(bases(N)), Number(e)), F8);
  }
});

describe('views, broadcasting and out', () => {
  check(`np.power(np.abs(bases(${N}))[::-3], 1.7)`, () => np.power(absBases(N).get('::-3'), 1.7), F8);
  check(
    `np.power(np.abs(bases(${N}))[::2], exps(${N})[1::2])`,
    () => np.power(absBases(N).get('::2'), exps(N).get('1::2')),
    F8,
  );
  check(
    'np.power(np.abs(bases(3000)).reshape(60, 50).T, exps(60))',
    () => np.power(absBases(3000).reshape(60, 50).T, exps(60)),
    F8,
  );
  check(
    'np.power(np.abs(bases(1000)).reshape(1000, 1), exps(40).reshape(1, 40))',
    () => np.power(absBases(1000).reshape(1000, 1), exps(40).reshape(1, 40)),
    F8,
  );
  check(
    `exec:x = np.abs(bases(${N})); r = np.power(x, exps(${N}), out=x); result = [x, r is x]`,
    () => {
      const x = np.abs(bases(N)) as np.NDArray;
      const r = np.power(x, exps(N), { out: x });
      return [x, r === x];
    },
    F8,
  );
  check(
    `exec:y = exps(${N}); r = np.power(np.abs(bases(${N})), y, out=y); result = [y, r is y]`,
    () => {
      const y = exps(N);
      const r = np.power(np.abs(bases(N)), y, { out: y });
      return [y, r === y];
    },
    F8,
  );
  check('np.power(np.abs(bases(7)), 2.5)', () => np.power(np.abs(bases(7)), 2.5), F8);
  check('np.power(np.zeros(0), 2.5)', () => np.power(np.zeros(0), 2.5));
  check('np.power(np.array(3.5), np.array(1.25))', () => np.power(np.array(3.5), np.array(1.25)), F8);
});

describe('special values inside long arrays, and warnings', () => {
  const special = [0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e-310, -1e-310, 1, -1];
  const withSpecials = (): np.NDArray => {
    const x = bases(N);
    special.forEach((v, j) => x.set(j * 97, v));
    return x;
  };
  const pySpecials = `x = bases(${N}); x[np.arange(9) * 97] = [0.0, -0.0, np.nan, np.inf, -np.inf, 1e-310, -1e-310, 1.0, -1.0]`;
  for (const e of ['2.5', '-2.5', '3.0', '-3.0', '0.0', 'np.nan', 'np.inf', '-np.inf', '2.0', '0.5']) {
    const ev =
      e === 'np.nan'
        ? Number.NaN
        : e === 'np.inf'
          ? Number.POSITIVE_INFINITY
          : e === '-np.inf'
            ? Number.NEGATIVE_INFINITY
            : Number(e);
    check(`exec:${pySpecials}; result = np.power(x, ${e})`, () => np.power(withSpecials(), ev), {
      ...F8,
      warnings: true,
    });
  }
  check(`np.power(np.abs(bases(${N})), 400.0)`, () => np.power(np.abs(bases(N)), 400), { ...F8, warnings: true });
  check(`np.power(np.abs(bases(${N})) + 1, -400.0)`, () => np.power(np.add(np.abs(bases(N)), 1), -400), {
    ...F8,
    atol: 1e-320,
    warnings: true,
  });
  // Huge and tiny bases whose powers are ordinary numbers: no warning
  // (squaring such a base, as the y = 2 lanes do, would overflow or
  // underflow; on CPUs without masked vector multiplies every lane used to
  // square and raise the flag).
  const hugeAndTiny =
    'np.array([4.557825120452647e205, 9.331643206227826e-276, 5.141135653902718e237, 9.457597880792119e-215] * 20)';
  const hugeAndTinyExps =
    'np.array([9.829339037887691e-2, -3.7759340667399743e-1, -1.2594351050241006, 1.310236207504356] * 20)';
  check(
    `np.power(${hugeAndTiny}, ${hugeAndTinyExps})`,
    () =>
      np.power(
        np.tile(
          np.asarray(
            new Float64Array([
              4.557825120452647e205, 9.331643206227826e-276, 5.141135653902718e237, 9.457597880792119e-215,
            ]),
          ),
          20,
        ),
        np.tile(np.array([9.829339037887691e-2, -3.7759340667399743e-1, -1.2594351050241006, 1.310236207504356]), 20),
      ),
    { ...F8, warnings: true },
  );
  check(
    `np.power(bases(${N}).astype('float32'), np.float32(30))`,
    () => np.power(bases(N).astype('float32'), np.array(30, { dtype: 'float32' })),
    { ...F4, warnings: true },
  );
});
