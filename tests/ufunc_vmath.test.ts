// The vector sin, cos, tan, tanh, arctan, arctan2, arcsin and arccos loops (native
// kernels/vmath) against NumPy on a few thousand values per dtype: wide and
// narrow ranges, both signs, every quadrant and y/x ratios near the
// reduction breakpoints; contiguous, strided, reversed and 2-D transposed
// operands, 0-d and empty arrays, broadcasting and `out=` aliasing an
// input. Regular values are compared within a few ULP (NumPy runs its own
// SIMD/SVML code, rumpy its vector kernels; both are within a few ULP of
// the true value); special values (NaN, ±inf, ±0, subnormals) must match
// exactly, signed zeros included.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { pyArray } from './helpers/pyvalues';

const check = oracle();

/** A few ULP of each type, as a relative tolerance. */
const RTOL: Record<string, number> = { float64: 4 * 2 ** -52, float32: 4 * 2 ** -23 };

/** Deterministic pseudo-random numbers in [0, 1) (xorshift32). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

/** Finite nonzero test values of a dtype: uniform on [-30, 30] and
 * [-1, 1], every scale across the normal range, and the points where the
 * kernels switch formulas. */
function values(dt: string, n: number, seed: number): number[] {
  const r = rng(seed);
  const maxExp = dt === 'float64' ? 300 : 37;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const sign = r() < 0.5 ? -1 : 1;
    switch (i % 4) {
      case 0:
        out.push(-30 + 60 * r());
        break;
      case 1:
        out.push(-1 + 2 * r());
        break;
      default:
        out.push(sign * (1 + r()) * 10 ** Math.round(-maxExp + 2 * maxExp * r()));
    }
  }
  const marks = [7 / 16, 11 / 16, 1, 16 / 11, 16 / 7, 0.173, 0.5, 0.55, 9, 10, 19, 22, 2 ** -13, 2 ** -28, 2 ** 40];
  for (const m of marks) out.push(m, -m, m * (1 + 1e-7), -m * (1 - 1e-7));
  return out.filter((v) => v !== 0);
}

/** Values that take libm's path in the kernels: NaN, ±inf, ±0, subnormals,
 * and the extremes. */
function specials(dt: string): number[] {
  const sub = dt === 'float64' ? [5e-324, 1e-310, 2.2e-308] : [1.401298464324817e-45, 1e-40, 1.1e-38];
  const big = dt === 'float64' ? 1.7976931348623157e308 : 3.4028234663852886e38;
  const s = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, ...sub, ...sub.map((v) => -v)];
  return [...s, big, -big];
}

const arr = (v: number[], dt: string): np.NDArray => np.array(v, { dtype: dt });

describe('exp2: exact at integers, warnings at the overflow and underflow thresholds', () => {
  check('np.exp2(np.arange(-1074.0, 1024.0))', () => np.exp2(np.arange(-1074.0, 1024.0)));
  // (NumPy's float32 SIMD loop is 1 ULP off at 127: 2^127 + 1 ULP; rumpy's is exact.)
  check(
    "np.exp2(np.arange(-149.0, 128.0, dtype='float32'))",
    () => np.exp2(np.arange(-149.0, 128.0, { dtype: 'float32' })),
    { rtol: 2 ** -23 },
  );
  check(
    'np.exp2(np.array([1023.5, 1024.0, -1074.5, -1080.0, -1022.5, 0.5]))',
    () => np.exp2(np.asarray(new Float64Array([1023.5, 1024.0, -1074.5, -1080.0, -1022.5, 0.5]))),
    { warnings: 'each', rtol: 2 ** -52 },
  );
});

describe('log2: exact at powers of two, warnings of zeros and negatives', () => {
  const pows = new Float64Array(2098);
  for (let i = 0; i < pows.length; i++) pows[i] = 2 ** (i - 1074);
  check('np.log2(2.0 ** np.arange(-1074, 1024))', () => np.log2(np.asarray(pows)));
  check("np.log2((2.0 ** np.arange(-149, 128)).astype('float32'))", () =>
    np.log2(np.asarray(pows.slice(1074 - 149, 1074 + 128)).astype('float32')),
  );
  check('np.log2(np.array([1.0, 0.0, -0.0, -2.0, 8.0]))', () => np.log2(np.array([1.0, 0, -0, -2, 8])), {
    warnings: 'each',
  });
});

describe('the vector loops: sin, cos, tan, tanh, arctan, log2, exp2, expm1, sinh, cosh, log10, log1p, cbrt, arcsinh, arccosh, arctanh', () => {
  for (const name of [
    'sin',
    'cos',
    'tan',
    'tanh',
    'arcsin',
    'arccos',
    'arctan',
    'log2',
    'exp2',
    'expm1',
    'sinh',
    'cosh',
    'log10',
    'log1p',
    'cbrt',
    'arcsinh',
    'arccosh',
    'arctanh',
  ] as const) {
    const f = np[name] as (x: unknown) => np.NDArray;
    for (const dt of ['float64', 'float32']) {
      const v = values(dt, 3000, dt === 'float64' ? 11 : 12);
      const py = pyArray(v, dt);
      const rtol = RTOL[dt];
      check(`np.${name}(${py})`, () => f(arr(v, dt)), { rtol, name: `${name} ${dt} contiguous` });
      check(`np.${name}(${py}[::3])`, () => f(arr(v, dt).get('::3')), { rtol, name: `${name} ${dt} strided` });
      check(`np.${name}(${py}[::-1])`, () => f(arr(v, dt).get('::-1')), { rtol, name: `${name} ${dt} reversed` });
      const w = v.slice(0, 2400);
      check(`np.${name}(${pyArray(w, dt)}.reshape(40, 60).T)`, () => f(arr(w, dt).reshape(40, 60).T), {
        rtol,
        name: `${name} ${dt} transposed 2-D`,
      });
      check(
        `exec:a = ${py}; np.${name}(a, out=a); result = a`,
        () => {
          const a = arr(v, dt);
          np[name](a, { out: a });
          return a;
        },
        { rtol, name: `${name} ${dt} in place` },
      );
      const s = specials(dt);
      // Finite specials to the same few ULP as the rest (NaN, ±inf and
      // signed zeros exact): NumPy's results there depend on its build —
      // SVML on AVX-512 CPUs, glibc elsewhere, which is 1–2 ULP off for
      // float64 cbrt of tiny numbers and arcsinh/arccosh of the largest
      // float; its float32 SIMD log10 and cbrt of subnormals are 1 ULP off
      // too. rumpy gives the correctly rounded results on every CPU.
      check(`np.${name}(${pyArray(s, dt)})`, () => f(arr(s, dt)), { rtol, name: `${name} ${dt} specials` });
      // Specials inside a long array (the fix-up of a mixed block).
      const mixed = v.slice(0, 200).flatMap((x, i) => (i % 7 === 0 ? [x, s[i % s.length]] : [x]));
      check(`np.${name}(${pyArray(mixed, dt)})`, () => f(arr(mixed, dt)), { rtol, name: `${name} ${dt} mixed` });
      check(`np.${name}(np.array(0.75, dtype='${dt}'))`, () => f(np.array(0.75, { dtype: dt })), {
        rtol,
        name: `${name} ${dt} 0-d`,
      });
      check(`np.${name}(np.array(-0.0, dtype='${dt}'))`, () => f(np.array(-0, { dtype: dt })), {
        name: `${name} ${dt} 0-d -0.0`,
      });
      check(`np.${name}(np.zeros((0, 3), dtype='${dt}'))`, () => f(np.zeros([0, 3], { dtype: dt })), {
        name: `${name} ${dt} empty`,
      });
    }
  }
});

describe('log10 exact at powers of ten, log1p near -1, cbrt exact at cubes, range ends', () => {
  check('np.log10(10.0 ** np.arange(0, 23))', () =>
    np.log10(np.power(np.asarray(new Float64Array([10])), np.arange(0, 23))),
  );
  // (NumPy's float32 SIMD log10 is 1 ULP above 2 at 100 and at other powers;
  // rumpy's is exact.)
  check(
    "np.log10(np.float32(10.0) ** np.arange(0, 11, dtype='float32'))",
    () => np.log10(np.power(np.array(10, { dtype: 'float32' }), np.arange(0, 11, { dtype: 'float32' }))),
    { rtol: 2 ** -23 },
  );

  const nearMinusOne = new Float64Array([
    -1,
    -0.9999999999999999,
    -0.999999,
    -0.5,
    -1.5,
    1e-300,
    -1e-17,
    2 ** 54,
    1e308,
  ]);
  check(
    'np.log1p(np.array([-1, -0.9999999999999999, -0.999999, -0.5, -1.5, 1e-300, -1e-17, 2.0 ** 54, 1e308]))',
    () => np.log1p(np.asarray(nearMinusOne)),
    { warnings: 'each', rtol: 2 ** -51 },
  );
  // Exact in rumpy (and NumPy's SVML build); glibc's cbrt, which NumPy
  // calls on CPUs without AVX-512, is 1–2 ULP off at some cubes
  // (cbrt(-982³) = -982.0000000000002). The Rust tests check exactness.
  check('np.cbrt(np.arange(-1000, 1001) ** 3.0)', () => np.cbrt(np.power(np.arange(-1000, 1001), 3.0)), {
    rtol: RTOL.float64,
  });
  const ends = new Float64Array([708.9, 709.0, 709.5, 709.8, 710.4, 710.5, 711, -44.9, -45, -45.1, -800]);
  for (const name of ['expm1', 'sinh', 'cosh'] as const) {
    check(
      `np.${name}(np.array([708.9, 709.0, 709.5, 709.8, 710.4, 710.5, 711, -44.9, -45, -45.1, -800]))`,
      () => np[name](np.asarray(ends)),
      { warnings: 'each', rtol: 2 ** -51, name: `${name} float64 range ends` },
    );
  }
  const inv = new Float64Array([
    1,
    -1,
    0.9999999999999999,
    -0.9999999999999999,
    1.0000000000000002,
    0.5,
    3e-9,
    4e-9,
    -1e-300,
    2 ** 500,
    2 ** 501,
    1e300,
    0,
    -0,
  ]);
  for (const name of ['arcsinh', 'arccosh', 'arctanh'] as const) {
    check(
      `np.${name}(np.array([1, -1, 0.9999999999999999, -0.9999999999999999, 1.0000000000000002, 0.5, 3e-9, 4e-9, -1e-300, 2.0 ** 500, 2.0 ** 501, 1e300, 0.0, -0.0]))`,
      () => np[name](np.asarray(inv)),
      { warnings: 'each', rtol: 2 ** -51, name: `${name} float64 range ends` },
    );
  }
  const ends32 = [88.0, 88.7, 88.8, 89.4, 89.415985, 89.416, 90, -44.9, -45.1, -104, -200];
  for (const name of ['expm1', 'sinh', 'cosh'] as const) {
    check(
      `np.${name}(np.array(${JSON.stringify(ends32)}, dtype='float32'))`,
      () => np[name](np.array(ends32, { dtype: 'float32' })),
      { warnings: 'each', rtol: 2 ** -22, name: `${name} float32 range ends` },
    );
  }
});

describe('arcsin and arccos at ±1, ±1/2 and their neighbours; invalid outside [-1, 1]', () => {
  for (const name of ['arcsin', 'arccos'] as const) {
    for (const [dt, eps] of [
      ['float64', 2 ** -52],
      ['float32', 2 ** -23],
    ] as const) {
      // ±1/2 ± 1 ULP on either side, 1 ULP inside ±1, and ±0: no warning.
      const inside = [1, -1, 0.5, -0.5, 0.5 + eps / 2, 0.5 - eps / 4, -0.5 - eps / 2, -0.5 + eps / 4];
      inside.push(1 - eps / 2, -1 + eps / 2, 0.75, -0.999, 0, -0);
      check(`np.${name}(${pyArray(inside, dt)})`, () => np[name](arr(inside, dt)), {
        rtol: RTOL[dt],
        warnings: 'each',
        name: `${name} ${dt} at ±1, ±1/2 and their neighbours`,
      });
      // 1 ULP outside ±1, beyond, ±inf and NaN among regular values: NaN
      // and one `invalid value` RuntimeWarning.
      const outside = [0.25, 1 + eps, -1 - eps, 2, -1e30, Number.POSITIVE_INFINITY, Number.NaN, -0.5];
      check(`np.${name}(${pyArray(outside, dt)})`, () => np[name](arr(outside, dt)), {
        rtol: RTOL[dt],
        warnings: 'each',
        name: `${name} ${dt} outside [-1, 1]`,
      });
      // A value just outside 1 alone (the libm path of a whole block).
      check(`np.${name}(np.array(${1 + eps}, dtype='${dt}'))`, () => np[name](np.array(1 + eps, { dtype: dt })), {
        warnings: 'each',
        name: `${name} ${dt} 0-d just above 1`,
      });
    }
  }
});

describe('sin, cos and tan near multiples of π/2 and around the 2^20 range limit', () => {
  for (const name of ['sin', 'cos', 'tan'] as const) {
    for (const dt of ['float64', 'float32']) {
      const py = `(np.arange(1, 3000) * (np.pi / 2)).astype('${dt}')`;
      check(
        `np.${name}(${py})`,
        () => np[name]((np.multiply(np.arange(1, 3000), Math.PI / 2) as np.NDArray).astype(dt)),
        { rtol: RTOL[dt], name: `${name} ${dt} at k·π/2` },
      );
      const edge = [1048575.75, -1048575.75, 1048576, -1048576, 1048577.5, 1e7, -3e9];
      check(`np.${name}(${pyArray(edge, dt)})`, () => np[name](arr(edge, dt)), {
        rtol: RTOL[dt],
        name: `${name} ${dt} around |x| = 2^20`,
      });
    }
  }
});

describe('arctan2', () => {
  for (const dt of ['float64', 'float32']) {
    const rtol = RTOL[dt];
    const r = rng(dt === 'float64' ? 21 : 22);
    // All four sign combinations of magnitudes from `values` and of ratios
    // near 0, the breakpoints 7/16, 11/16, 1, 16/11, 16/7, and ∞.
    const ys: number[] = [];
    const xs: number[] = [];
    const mags = values(dt, 1500, dt === 'float64' ? 23 : 24).map(Math.abs);
    const ratios = [1e-20, 1e-5, 7 / 16, 11 / 16, 1, 16 / 11, 16 / 7, 1e5, 1e20];
    for (let i = 0; i < mags.length; i++) {
      const sy = i % 2 ? -1 : 1;
      const sx = (i >> 1) % 2 ? -1 : 1;
      const b = 0.5 + 4 * r();
      ys.push(sy * mags[i]);
      xs.push(sx * (i % 3 === 0 ? b : mags[(i * 7) % mags.length]));
      const q = ratios[i % ratios.length] * (1 + (r() - 0.5) * 1e-6);
      ys.push(sy * q * b);
      xs.push(sx * b);
    }
    const pyY = pyArray(ys, dt);
    const pyX = pyArray(xs, dt);
    const Y = () => arr(ys, dt);
    const X = () => arr(xs, dt);
    check(`np.arctan2(${pyY}, ${pyX})`, () => np.arctan2(Y(), X()), { rtol, name: `arctan2 ${dt} contiguous` });
    check(`np.arctan2(${pyY}[::-2], ${pyX}[1::2])`, () => np.arctan2(Y().get('::-2'), X().get('1::2')), {
      rtol,
      name: `arctan2 ${dt} reversed and strided`,
    });
    check(`np.arctan2(${pyY}[::3], ${pyX}[1::3])`, () => np.arctan2(Y().get('::3'), X().get('1::3')), {
      rtol,
      name: `arctan2 ${dt} strided`,
    });
    // Broadcasting: a scalar on either side, a column against a row.
    check(`np.arctan2(${pyY}, np.${dt}(-2.5))`, () => np.arctan2(Y(), np.array(-2.5, { dtype: dt })), {
      rtol,
      name: `arctan2 ${dt} scalar x`,
    });
    check(`np.arctan2(np.${dt}(0.75), ${pyX})`, () => np.arctan2(np.array(0.75, { dtype: dt }), X()), {
      rtol,
      name: `arctan2 ${dt} scalar y`,
    });
    const col = ys.slice(0, 50);
    const row = xs.slice(0, 70);
    check(
      `np.arctan2(${pyArray(col, dt)}.reshape(50, 1), ${pyArray(row, dt)})`,
      () => np.arctan2(arr(col, dt).reshape(50, 1), arr(row, dt)),
      { rtol, name: `arctan2 ${dt} broadcast column × row` },
    );
    // out= aliasing either input.
    check(
      `exec:y = ${pyY}; x = ${pyX}; np.arctan2(y, x, out=y); np.arctan2(x, y, out=x); result = [y, x]`,
      () => {
        const y = Y();
        const x = X();
        np.arctan2(y, x, { out: y });
        np.arctan2(x, y, { out: x });
        return [y, x];
      },
      { rtol: 2 * rtol, name: `arctan2 ${dt} out aliasing an input` },
    );
    check(
      `np.arctan2(np.array(-1.0, dtype='${dt}'), np.array(-0.0, dtype='${dt}'))`,
      () => np.arctan2(np.array(-1, { dtype: dt }), np.array(-0, { dtype: dt })),
      { name: `arctan2 ${dt} 0-d` },
    );
    check(
      `np.arctan2(np.zeros(0, dtype='${dt}'), np.zeros(0, dtype='${dt}'))`,
      () => np.arctan2(np.zeros(0, { dtype: dt }), np.zeros(0, { dtype: dt })),
      { name: `arctan2 ${dt} empty` },
    );
    // Every pair with a NaN, ±inf or ±0 operand (the libm path), exactly:
    // signed zeros (x < 0 with y = ±0 gives ±π), infinities, NaN.
    const s = specials(dt);
    const exact = (v: number) => Number.isNaN(v) || !Number.isFinite(v) || v === 0;
    const others = [...s.filter((v) => !exact(v)), 1, -1, 2.5, -2.5];
    const sy: number[] = [];
    const sx: number[] = [];
    const ty: number[] = [];
    const tx: number[] = [];
    for (const a of [...s, ...others]) {
      for (const b of [...s, ...others]) {
        if (exact(a) || exact(b)) {
          sy.push(a);
          sx.push(b);
        } else if (!(others.slice(-4).includes(a) && others.slice(-4).includes(b))) {
          ty.push(a);
          tx.push(b);
        }
      }
    }
    check(`np.arctan2(${pyArray(sy, dt)}, ${pyArray(sx, dt)})`, () => np.arctan2(arr(sy, dt), arr(sx, dt)), {
      name: `arctan2 ${dt} specials`,
    });
    // Pairs with a subnormal or the largest finite operand (libm's path
    // too; NumPy's SIMD atan2 may differ from libm by an ULP there).
    check(`np.arctan2(${pyArray(ty, dt)}, ${pyArray(tx, dt)})`, () => np.arctan2(arr(ty, dt), arr(tx, dt)), {
      rtol,
      name: `arctan2 ${dt} subnormal and extreme operands`,
    });
  }
});
