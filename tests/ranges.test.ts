// arange, linspace, logspace and geomspace, compared with NumPy.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';

const check = oracle();
const C = (re: number, im: number): np.Complex => new np.Complex(re, im);

const NUMERIC = ALL_DTYPES.filter((d) => d !== 'bool');

describe('arange: inferred dtype and lengths', () => {
  check('np.arange(5)', () => np.arange(5));
  check('np.arange(0)', () => np.arange(0));
  check('np.arange(-3)', () => np.arange(-3));
  check('np.arange(2, 7)', () => np.arange(2, 7));
  check('np.arange(10, 0)', () => np.arange(10, 0));
  check('np.arange(10, 0, -3)', () => np.arange(10, 0, -3));
  check('np.arange(-5, 5, 2)', () => np.arange(-5, 5, 2));
  check('np.arange(0, 10, -1)', () => np.arange(0, 10, -1));
  check('np.arange(2.5)', () => np.arange(2.5));
  check('np.arange(0, 1, 0.1)', () => np.arange(0, 1, 0.1));
  check('np.arange(1, 1.3, 0.1)', () => np.arange(1, 1.3, 0.1));
  check('np.arange(0.5, 5, 1.5)', () => np.arange(0.5, 5, 1.5));
  check('np.arange(-3, 3, 1.5)', () => np.arange(-3, 3, 1.5));
  check('np.arange(1, 0, -0.1)', () => np.arange(1, 0, -0.1));
  check('np.arange(0, 0.3, 0.1)', () => np.arange(0, 0.3, 0.1));
  check('np.arange(0.1, 0.4, 0.1)', () => np.arange(0.1, 0.4, 0.1));
  check('np.arange(-0.0, 2)', () => np.arange(-0, 2));
  check('np.arange(True)', () => np.arange(true));
  check('np.arange(True, 3)', () => np.arange(true, 3));
  check('np.arange(1j)', () => np.arange(C(0, 1)));
  check('np.arange(0, 5+1j)', () => np.arange(0, C(5, 1)));
  check('np.arange(0, 5+5j, 1+1j)', () => np.arange(0, C(5, 5), C(1, 1)));
  check('np.arange(0, 5+3j, 1+1j)', () => np.arange(0, C(5, 3), C(1, 1)));
  check('np.arange(0, 5, 1+0j)', () => np.arange(0, 5, C(1, 0)));
  check('np.arange(1+2j, 10+20j, 2+3j)', () => np.arange(C(1, 2), C(10, 20), C(2, 3)));
  check('np.arange(2**63 - 3, 2**63 - 1)', () => np.arange(2n ** 63n - 3n, 2n ** 63n - 1n));
  check('np.arange(-2**63, -2**63 + 3)', () => np.arange(-(2n ** 63n), -(2n ** 63n) + 3n));
  check('np.arange(2**63, 2**63 + 3)', () => np.arange(2n ** 63n, 2n ** 63n + 3n));
  check('np.arange(-2**63, 2**63 - 1, 2**62)', () => np.arange(-(2n ** 63n), 2n ** 63n - 1n, 2n ** 62n));
  check('np.arange(0, 3, float("inf"))', () => np.arange(0, 3, Number.POSITIVE_INFINITY));
  check('np.arange(0, -3, float("inf"))', () => np.arange(0, -3, Number.POSITIVE_INFINITY));
  check('np.arange(0, 1e-320)', () => np.arange(0, 1e-320));
  check('np.arange(1e19, 1e19 + 1)', () => np.arange(1e19, 1e19 + 1));
  check('np.arange(np.array(3))', () => np.arange(np.array(3)));
  check('np.arange(np.float32(5))', () => np.arange(np.array(5, { dtype: 'float32' })));
  check('np.arange(np.int8(5))', () => np.arange(np.array(5, { dtype: 'int8' })));
  check('np.arange(5, stop=10)', () => np.arange(5, { stop: 10 }));
  check('np.arange(stop=5)', () => np.arange({ stop: 5 }));
  check('np.arange(start=1, stop=5)', () => np.arange({ start: 1, stop: 5 }));
  check('np.arange(5, step=2)', () => np.arange(5, { step: 2 }));
  check('np.arange(1, 5, step=2, dtype=float)', () => np.arange(1, 5, { step: 2, dtype: 'float' }));
  check('np.arange(0, 5, 2, np.float32)', () => np.arange(0, 5, 2, np.float32));
  check('np.arange(5, dtype=None)', () => np.arange(5, { dtype: null }));
});

describe('arange of small Python ints (the short path) and its edges', () => {
  const cases: [string, number[]][] = [
    ['0', [0]],
    ['-3', [-3]],
    ['10', [10]],
    ['64', [64]],
    ['65', [65]],
    ['1000', [1000]],
    ['5, 2', [5, 2]],
    ['-4, 4', [-4, 4]],
    ['2, 30, 7', [2, 30, 7]],
    ['10, -10, -3', [10, -10, -3]],
    ['0, 200, -1', [0, 200, -1]],
    ['-2**31, -2**31 + 3', [-(2 ** 31), -(2 ** 31) + 3]],
    ['2**31 - 3, 2**31', [2 ** 31 - 3, 2 ** 31]],
    ['2**31 - 3, 2**31 + 2', [2 ** 31 - 3, 2 ** 31 + 2]],
    ['-2**31, 2**31, 2**30', [-(2 ** 31), 2 ** 31, 2 ** 30]],
    ['3, 1000, 2**31', [3, 1000, 2 ** 31]],
    ['1, 5, 0', [1, 5, 0]],
  ];
  for (const [py, js] of cases) check(`np.arange(${py})`, () => np.arange(...js));
  check('np.arange(-0.0, 3)', () => np.arange(-0, 3));
  check('np.arange(3, dtype=np.int8)', () => np.arange(3, { dtype: 'int8' }));
});

describe('arange: float steps and large counts (bit-exact fill)', () => {
  for (const dt of ['float16', 'float32', 'float64', 'complex64', 'complex128']) {
    check(`np.arange(0, 1, 0.1, dtype='${dt}')`, () => np.arange(0, 1, 0.1, { dtype: dt }));
    check(`np.arange(-1, 1, 0.3, dtype='${dt}')`, () => np.arange(-1, 1, 0.3, { dtype: dt }));
    check(`np.arange(10, -10, -0.7, dtype='${dt}')`, () => np.arange(10, -10, -0.7, { dtype: dt }));
    check(`np.arange(0.1, 100, 0.37, dtype='${dt}')`, () => np.arange(0.1, 100, 0.37, { dtype: dt }));
    check(`np.arange(1e-3, 3e3, 1.1, dtype='${dt}')`, () => np.arange(1e-3, 3e3, 1.1, { dtype: dt }));
  }
  check('np.arange(0, 1, 1e-5)', () => np.arange(0, 1, 1e-5));
  check("np.arange(0, 1, 1e-5, dtype='float32')", () => np.arange(0, 1, 1e-5, { dtype: 'float32' }));
  check('np.arange(1/3, 1e4, 1/7)', () => np.arange(1 / 3, 1e4, 1 / 7));
  check("np.arange(65000, 66000, 500, dtype='float16')", () => np.arange(65000, 66000, 500, { dtype: 'float16' }));
  check("np.arange(0, 70000, 7, dtype='float16')", () => np.arange(0, 70000, 7, { dtype: 'float16' }));
  check("np.arange(0, 2**25, 3, dtype='float32')", () => np.arange(0, 2 ** 25, 3, { dtype: 'float32' }));
  check('np.arange(200000)', () => np.arange(200000));
  check('np.arange(1+1j, 1e4+1e4j, 0.3+0.7j)', () => np.arange(C(1, 1), C(1e4, 1e4), C(0.3, 0.7)));
});

describe('arange: every dtype', () => {
  for (const dt of NUMERIC) {
    check(`np.arange(5, dtype='${dt}')`, () => np.arange(5, { dtype: dt }));
    check(`np.arange(2, 20, 3, dtype='${dt}')`, () => np.arange(2, 20, 3, { dtype: dt }));
    check(`np.arange(0, 5, 0.5, dtype='${dt}')`, () => np.arange(0, 5, 0.5, { dtype: dt }));
    check(`np.arange(2.5, dtype='${dt}')`, () => np.arange(2.5, { dtype: dt }));
    check(`np.arange(0.5, 5, 1.5, dtype='${dt}')`, () => np.arange(0.5, 5, 1.5, { dtype: dt }));
    check(`np.arange(5.5, 0, -1.0, dtype='${dt}')`, () => np.arange(5.5, 0, -1, { dtype: dt }), {
      name: `arange(5.5, 0, -1) ${dt}`,
    });
    check(`np.arange(0, 300, 7, dtype='${dt}')`, () => np.arange(0, 300, 7, { dtype: dt }), { message: 'exact' });
    check(`np.arange(0, -5, -1, dtype='${dt}')`, () => np.arange(0, -5, -1, { dtype: dt }));
    check(`np.arange(-1.5, 3, dtype='${dt}')`, () => np.arange(-1.5, 3, { dtype: dt }));
    check(`np.arange(-0.5, 1, dtype='${dt}')`, () => np.arange(-0.5, 1, { dtype: dt }));
    check(`np.arange(0, 0, dtype='${dt}')`, () => np.arange(0, 0, { dtype: dt }));
  }
  check("np.arange(0, 500, 100, dtype='int8')", () => np.arange(0, 500, 100, { dtype: 'int8' }), {
    name: 'int8 fill wraps past 127',
  });
  check("np.arange(0, 1000, 200, dtype='uint8')", () => np.arange(0, 1000, 200, { dtype: 'uint8' }));
  check("np.arange(0, 2**40, 2**37, dtype='int32')", () => np.arange(0, 2 ** 40, 2 ** 37, { dtype: 'int32' }));
  check("np.arange(2**62, 2**63 - 1, 2**61, dtype='int64')", () =>
    np.arange(2n ** 62n, 2n ** 63n - 1n, 2n ** 61n, { dtype: 'int64' }),
  );
  check("np.arange(2**63, 2**64 - 1, 2**61, dtype='uint64')", () =>
    np.arange(2n ** 63n, 2n ** 64n - 1n, 2n ** 61n, { dtype: 'uint64' }),
  );
});

describe('arange: bool', () => {
  check('np.arange(2, dtype=bool)', () => np.arange(2, { dtype: 'bool' }));
  check('np.arange(1, 3, dtype=bool)', () => np.arange(1, 3, { dtype: 'bool' }));
  check('np.arange(0, 1, 1, dtype=bool)', () => np.arange(0, 1, 1, { dtype: 'bool' }));
  check('np.arange(0.5, 2.5, dtype=bool)', () => np.arange(0.5, 2.5, { dtype: 'bool' }));
  check('np.arange(0, -2, -1, dtype=bool)', () => np.arange(0, -2, -1, { dtype: 'bool' }));
  check('np.arange(3, dtype=bool)', () => np.arange(3, { dtype: 'bool' }));
  check('np.arange(True, 4, dtype=bool)', () => np.arange(true, 4, { dtype: 'bool' }));
  check('np.arange(0, dtype=bool)', () => np.arange(0, { dtype: 'bool' }));
});

describe('arange: errors', () => {
  check('np.arange()', () => np.arange());
  check('np.arange(start=5)', () => np.arange({ start: 5 }));
  check('np.arange(0, 10, 0)', () => np.arange(0, 10, 0));
  check('np.arange(0, 0, 0)', () => np.arange(0, 0, 0));
  check('np.arange(0.0, 1.0, 0.0)', () => np.arange(0.5, 1, 0));
  check('np.arange(0, 10, 0j)', () => np.arange(0, 10, C(0, 0)));
  check('np.arange(0, 1, 1e-320)', () => np.arange(0, 1, 1e-320));
  check('np.arange(0, 1, 2**-1074)', () => np.arange(0, 1, 2 ** -1074));
  check("np.arange(float('nan'))", () => np.arange(Number.NaN));
  check("np.arange(0, 3, float('nan'))", () => np.arange(0, 3, Number.NaN));
  check("np.arange(0, float('inf'))", () => np.arange(0, Number.POSITIVE_INFINITY));
  check("np.arange(0, float('inf'), float('inf'))", () =>
    np.arange(0, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY),
  );
  check('np.arange(int(1e300), dtype=float)', () => np.arange(1e300, { dtype: 'float' }));
  check('np.arange(0.5, 10**18, 1e-3)', () => np.arange(0.5, 1e18, 1e-3));
  check("np.arange(float('inf'), 0, -1e308, dtype=int)", () =>
    np.arange(Number.POSITIVE_INFINITY, 0, -1e308, { dtype: 'int' }),
  );
  check("np.arange(200, 300, 10, dtype='int8')", () => np.arange(200, 300, 10, { dtype: 'int8' }));
  check("np.arange(300.5, 302, dtype='int8')", () => np.arange(300.5, 302, { dtype: 'int8' }));
  check("np.arange(1e10, 1e10 + 1, dtype='int32')", () => np.arange(1e10, 1e10 + 1, { dtype: 'int32' }));
  check("np.arange(0, 1e20, 1e19, dtype='int64')", () => np.arange(0, 1e20, 1e19, { dtype: 'int64' }));
  check("np.arange(2**63, 2**63 + 1, dtype='int64')", () => np.arange(2n ** 63n, 2n ** 63n + 1n, { dtype: 'int64' }));
  check("np.arange(int(2e19), int(2e19) + 100000, 100000, dtype='uint64')", () =>
    np.arange(2e19, 2e19 + 1e5, 1e5, { dtype: 'uint64' }),
  );
  check("np.arange(-1.0, 1, dtype='uint64')", () => np.arange(-1.5, 1, { dtype: 'uint64' }), {
    name: 'arange(-1.5, 1) uint64',
  });
  check("np.arange(0, -5, -1, dtype='uint8')", () => np.arange(0, -5, -1, { dtype: 'uint8' }));
  check('np.arange(0, 3+1j, dtype=float)', () => np.arange(0, C(3, 1), { dtype: 'float' }));
  check('np.arange(1j, 3+1j, 1, dtype=float)', () => np.arange(C(0, 1), C(3, 1), 1, { dtype: 'float' }));
  check("np.arange(float('nan'), 3, 1)", () => np.arange(Number.NaN, 3, 1));
  check("np.arange(0, 5, dtype='foo')", () => np.arange(0, 5, { dtype: 'foo' }));
  check('np.arange(0, 5, 2, np.float32, 1)', () => (np.arange as (...a: unknown[]) => unknown)(0, 5, 2, 'float32', 1));
  check('np.arange(5, foo=1)', () => np.arange(5, { foo: 1 } as never));
  check("np.arange('a')", () => np.arange('a'));
  check('np.arange(np.array([3]))', () => np.arange(np.array([3])));
  check('np.arange(np.array([3, 4]))', () => np.arange(np.array([3, 4])));
});

describe('linspace', () => {
  const pairs: [string, unknown, unknown][] = [
    ['0, 1', 0, 1],
    ['1, 0', 1, 0],
    ['-5, 5', -5, 5],
    ['0.1, 0.7', 0.1, 0.7],
    ['-4503599627370495.5, 1e-300', -4503599627370495.5, 1e-300],
    ['1e-300, 1234567.891', 1e-300, 1234567.891],
    ['2, 2', 2, 2],
    ['0, 5e-324', 0, 5e-324],
    ['-1e-310, 1e-310', -1e-310, 1e-310],
    ["0, float('inf')", 0, Number.POSITIVE_INFINITY],
    ["float('nan'), 1", Number.NaN, 1],
    ['True, 3', true, 3],
  ];
  for (const [py, a, b] of pairs) {
    for (const num of [0, 1, 2, 5, 7, 50]) {
      check(`np.linspace(${py}, ${num})`, () => np.linspace(a, b, num));
      check(`np.linspace(${py}, ${num}, endpoint=False)`, () => np.linspace(a, b, num, { endpoint: false }));
    }
    check(`np.linspace(${py}, 9, retstep=True)`, () => np.linspace(a, b, 9, { retstep: true }));
  }
  check('np.linspace(0, 1)', () => np.linspace(0, 1));
  check('np.linspace(0, 1, 1000001)', () => np.linspace(0, 1, 1000001));
  check('np.linspace(-7.3, 11.9, 12345, endpoint=False)', () => np.linspace(-7.3, 11.9, 12345, { endpoint: false }));
  check('np.linspace(0, 1, 5, endpoint=False, retstep=True)', () =>
    np.linspace(0, 1, 5, { endpoint: false, retstep: true }),
  );
  check('np.linspace(0, 1, 0, retstep=True)', () => np.linspace(0, 1, 0, { retstep: true }));
  check('np.linspace(0, 1, 1, retstep=True)', () => np.linspace(0, 1, 1, { retstep: true }));
  check('np.linspace(0, 1, True)', () => np.linspace(0, 1, true));
  // Complex end points.
  check('np.linspace(1j, 2+3j, 4)', () => np.linspace(C(0, 1), C(2, 3), 4));
  check('np.linspace(1j, 2+3j, 4, retstep=True)', () => np.linspace(C(0, 1), C(2, 3), 4, { retstep: true }));
  check('np.linspace(0, 0.7+0.3j, 7)', () => np.linspace(0, C(0.7, 0.3), 7));
  check('np.linspace(-1-1j, 1+1j, 10, endpoint=False)', () => np.linspace(C(-1, -1), C(1, 1), 10, { endpoint: false }));
  check('np.linspace(0, 1+5e-324j, 5)', () => np.linspace(0, C(1, 5e-324), 5));
  check('np.linspace(0.1+0.2j, 0.3-0.9j, 33)', () => np.linspace(C(0.1, 0.2), C(0.3, -0.9), 33));
  check('np.linspace(0, 1j, 1)', () => np.linspace(0, C(0, 1), 1));
  // dtypes: computed in float64 then cast; integer dtypes floor first.
  for (const dt of ['bool', ...NUMERIC]) {
    check(`np.linspace(0, 10, 7, dtype='${dt}')`, () => np.linspace(0, 10, 7, { dtype: dt }));
    check(`np.linspace(-5.5, 5, 8, dtype='${dt}')`, () => np.linspace(-5.5, 5, 8, { dtype: dt }));
    check(`np.linspace(0, 1, 3, dtype='${dt}')`, () => np.linspace(0, 1, 3, { dtype: dt }));
    check(`np.linspace(0.1, 0.9, 9, endpoint=False, dtype='${dt}')`, () =>
      np.linspace(0.1, 0.9, 9, { endpoint: false, dtype: dt }),
    );
  }
  check('np.linspace(0, 1j, 3, dtype=int)', () => np.linspace(0, C(0, 1), 3, { dtype: 'int' }));
  // Array end points broadcast along a new axis.
  check('np.linspace([0, 1], 2, 3)', () => np.linspace([0, 1], 2, 3));
  check('np.linspace([0, 1], 2, 3, axis=-1)', () => np.linspace([0, 1], 2, 3, { axis: -1 }));
  check('np.linspace([0, 1], [[2], [3]], 4, axis=1)', () => np.linspace([0, 1], [[2], [3]], 4, { axis: 1 }));
  check('np.linspace([0, 1], [[2], [3]], 4, axis=2)', () => np.linspace([0, 1], [[2], [3]], 4, { axis: 2 }));
  check('np.linspace([0, 1], [[2], [3]], 4, axis=-3)', () => np.linspace([0, 1], [[2], [3]], 4, { axis: -3 }));
  check('np.linspace([0, 0], [1, 5e-324], 5)', () => np.linspace([0, 0], [1, 5e-324], 5));
  check('np.linspace([0.5, 1], [2, -3], 6, retstep=True)', () => np.linspace([0.5, 1], [2, -3], 6, { retstep: true }));
  check('np.linspace([0.5, 1], [2, -3], 1, retstep=True)', () => np.linspace([0.5, 1], [2, -3], 1, { retstep: true }));
  check('np.linspace([1j, 1], 2, 4)', () => np.linspace([C(0, 1), 1], 2, 4));
  check("np.linspace(np.array([0, 1], dtype='float32'), 3, 5)", () =>
    np.linspace(np.array([0, 1], { dtype: 'float32' }), 3, 5),
  );
  check("np.linspace(np.array(0.1, dtype='float32'), 0.7, 9)", () =>
    np.linspace(np.array(0.1, { dtype: 'float32' }), 0.7, 9),
  );
  check("np.linspace(np.array([0.1, 2], dtype='float32'), np.float32(0.7), 9, retstep=True)", () =>
    np.linspace(np.array([0.1, 2], { dtype: 'float32' }), np.array(0.7, { dtype: 'float32' }), 9, { retstep: true }),
  );
  check("np.linspace(np.array([0.1, 2], dtype='float16'), 7, 11)", () =>
    np.linspace(np.array([0.1, 2], { dtype: 'float16' }), 7, 11),
  );
  check("np.linspace(np.array([0.1+1j], dtype='complex64'), 7, 11)", () =>
    np.linspace(np.array([C(0.1, 1)], { dtype: 'complex64' }), 7, 11),
  );
  check("np.linspace(np.array([1, 2], dtype='int8'), 7, 4)", () =>
    np.linspace(np.array([1, 2], { dtype: 'int8' }), 7, 4),
  );
  check('np.linspace(np.zeros((0, 2)), 1, 3)', () => np.linspace(np.zeros([0, 2]), 1, 3));
  // Errors.
  check('np.linspace(0, 1, -1)', () => np.linspace(0, 1, -1));
  check('np.linspace(0, 1, 2.5)', () => np.linspace(0, 1, 2.5));
  check('np.linspace(0, 1, 5, axis=1)', () => np.linspace(0, 1, 5, { axis: 1 }));
  check('np.linspace(0, 1, 5, axis=-2)', () => np.linspace(0, 1, 5, { axis: -2 }));
  check('np.linspace([0, 1], [1, 2, 3])', () => np.linspace([0, 1], [1, 2, 3]));
  check('np.linspace(0, 1, 5, foo=1)', () => np.linspace(0, 1, 5, { foo: 1 } as never));
  check('np.linspace(0)', () => (np.linspace as (...a: unknown[]) => unknown)(0), { message: 'none' }); // Python names the argument differently
});

// power/log10 come from the platform libm here, while NumPy on AVX-512
// machines uses SVML; values agree to a few ulps (see stopgap_math.rs).
const ULP = { rtol: 1e-14 };

describe('logspace', () => {
  check('np.logspace(0, 2, 3)', () => np.logspace(0, 2, 3), ULP);
  check('np.logspace(0, 1)', () => np.logspace(0, 1), ULP);
  check('np.logspace(0, 1, 0)', () => np.logspace(0, 1, 0));
  check('np.logspace(-3, 3, 13, base=2)', () => np.logspace(-3, 3, 13, { base: 2 }), ULP);
  check(
    'np.logspace(1, 0, 7, endpoint=False, base=0.5)',
    () => np.logspace(1, 0, 7, { endpoint: false, base: 0.5 }),
    ULP,
  );
  check("np.logspace(0, 2, 5, dtype='float32')", () => np.logspace(0, 2, 5, { dtype: 'float32' }), { rtol: 1e-6 });
  check('np.logspace(0, 3, 4, dtype=int)', () => np.logspace(0, 3, 4, { dtype: 'int' }));
  check('np.logspace([0, 1], 3, 4)', () => np.logspace([0, 1], 3, 4), ULP);
  check('np.logspace([0, 1], 3, 4, axis=1)', () => np.logspace([0, 1], 3, 4, { axis: 1 }), ULP);
  check('np.logspace(0, 3, 4, base=[2, 10])', () => np.logspace(0, 3, 4, { base: [2, 10] }), ULP);
  check('np.logspace(0, 3, 4, base=[2, 10], axis=-1)', () => np.logspace(0, 3, 4, { base: [2, 10], axis: -1 }), ULP);
  check('np.logspace(0, 1j, 3)', () => np.logspace(0, C(0, 1), 3), ULP);
  check('np.logspace(0, 2, 3, base=1j)', () => np.logspace(0, 2, 3, { base: C(0, 1) }), { atol: 1e-15 });
  check(
    "np.logspace(np.array([0, 1], dtype='float32'), 2, 3)",
    () => np.logspace(np.array([0, 1], { dtype: 'float32' }), 2, 3),
    { rtol: 1e-6 },
  );
  check('np.logspace(0, 1, -2)', () => np.logspace(0, 1, -2));
});

describe('geomspace', () => {
  check('np.geomspace(1, 1000, 4)', () => np.geomspace(1, 1000, 4), ULP);
  check('np.geomspace(1, 1000)', () => np.geomspace(1, 1000), ULP);
  check('np.geomspace(1000, 1, 4)', () => np.geomspace(1000, 1, 4), ULP);
  check('np.geomspace(-1, -1000, 4)', () => np.geomspace(-1, -1000, 4), ULP);
  check('np.geomspace(1, 2, 5, endpoint=False)', () => np.geomspace(1, 2, 5, { endpoint: false }), ULP);
  check('np.geomspace(0.3, 7.1, 11)', () => np.geomspace(0.3, 7.1, 11), ULP);
  check('np.geomspace(1, 1000, 1)', () => np.geomspace(1, 1000, 1));
  check('np.geomspace(1, 1000, 0)', () => np.geomspace(1, 1000, 0));
  check('np.geomspace(-1, 1, 3)', () => np.geomspace(-1, 1, 3));
  check('np.geomspace(1, 1j, 3)', () => np.geomspace(1, C(0, 1), 3), { atol: 1e-15 });
  check('np.geomspace(-1, 1j, 5)', () => np.geomspace(-1, C(0, 1), 5), { atol: 1e-15 });
  check('np.geomspace(1+1j, 1000+1000j, 4)', () => np.geomspace(C(1, 1), C(1000, 1000), 4), { rtol: 1e-13 });
  check('np.geomspace([1, -2], 64, 7)', () => np.geomspace([1, -2], 64, 7), ULP);
  check(
    'np.geomspace([1, 10], [[100], [1000]], 3, axis=-1)',
    () => np.geomspace([1, 10], [[100], [1000]], 3, { axis: -1 }),
    ULP,
  );
  check('np.geomspace(1, 256, 9, dtype=int)', () => np.geomspace(1, 256, 9, { dtype: 'int' }));
  check("np.geomspace(1, 256, 9, dtype='float32')", () => np.geomspace(1, 256, 9, { dtype: 'float32' }), {
    rtol: 1e-6,
  });
  check(
    "np.geomspace(np.float32(1), np.float32(100), 5, dtype='float32')",
    () => np.geomspace(np.array(1, { dtype: 'float32' }), np.array(100, { dtype: 'float32' }), 5, { dtype: 'float32' }),
    { rtol: 1e-6 },
  );
  check('np.geomspace(0, 1)', () => np.geomspace(0, 1));
  check('np.geomspace(1, 0)', () => np.geomspace(1, 0));
  check('np.geomspace([1, 0], 1)', () => np.geomspace([1, 0], 1));
  check('np.geomspace(0j, 1)', () => np.geomspace(C(0, 0), 1));
  check('np.geomspace(1, 10, -1)', () => np.geomspace(1, 10, -1));
  check('np.geomspace(1, 10, 3, axis=1)', () => np.geomspace(1, 10, 3, { axis: 1 }));
});
