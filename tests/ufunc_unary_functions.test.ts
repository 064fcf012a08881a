// NumPy's functions built on the unary ufuncs, against NumPy: fix, round /
// around (half to even, decimals of both signs), isposinf / isneginf,
// iscomplex / isreal / iscomplexobj / isrealobj, real / imag (views of complex
// arrays, settable), angle, nan_to_num, and the NDArray methods conj,
// conjugate, round.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { c, pyArray, pyValue } from './helpers/pyvalues';

const check = oracle();
const INF = Number.POSITIVE_INFINITY;
const NAN = Number.NaN;

const ALL = ['bool', 'int8', 'uint8', 'int64', 'uint64', 'float16', 'float32', 'float64', 'complex64', 'complex128'];

function values(dt: string): unknown[] {
  if (dt === 'bool') return [true, false];
  if (dt.startsWith('int')) return [-3, 0, 2, 127, -128];
  if (dt.startsWith('uint')) return [0, 2, 255];
  if (dt.startsWith('float')) return [-2.5, -0.5, -0, 0.5, 1.5, 2.5, 3.7, -3.7, NAN, INF, -INF, 1234.5678];
  return [c(2.5, -1.5), c(-0.5, 0.5), c(NAN, 1), c(INF, -INF), c(1.25, 0)];
}

describe('fix', () => {
  for (const dt of ALL) {
    const v = values(dt);
    check(`np.fix(${pyArray(v, dt)})`, () => np.fix(np.array(v, { dtype: dt })));
  }
  check('np.fix(-2.5)', () => np.fix(-2.5));
  check('np.fix(3)', () => np.fix(3));
  check('np.fix(np.array(-0.5))', () => np.fix(np.array(-0.5)));
  check('exec:o = np.zeros(3); r = np.fix(np.array([1.5, -1.5, 2.]), o); result = [o, r is o]', () => {
    const o = np.zeros(3);
    const r = np.fix(np.array([1.5, -1.5, 2], { dtype: 'float64' }), o);
    return [o, r === o];
  });
  check('exec:o = np.zeros(()); r = np.fix(2.5, out=o); result = [o, r is o]', () => {
    const o = np.zeros([]);
    const r = np.fix(2.5, { out: o });
    return [o, r === o];
  });
});

describe('round / around', () => {
  for (const dt of ALL) {
    const v = values(dt);
    for (const d of [0, 1, 2, -1, -2]) {
      check(`np.round(${pyArray(v, dt)}, ${d})`, () => np.round(np.array(v, { dtype: dt }), d));
    }
  }
  for (const x of [0.5, 1.5, 2.5, -2.5, 2.675, -0.0, 3]) {
    check(`np.round(${pyValue(x)})`, () => np.round(x));
    check(`np.round(${pyValue(x)}, 2)`, () => np.round(x, 2));
    check(`np.around(${pyValue(x)}, decimals=-1)`, () => np.around(x, { decimals: -1 }));
  }
  check("np.round(np.array([1.2345, 2.5], dtype='float32'), 3)", () =>
    np.round(np.array([1.2345, 2.5], { dtype: 'float32' }), 3),
  );
  check("np.round(np.array([1234, -1250, 1350], dtype='int16'), -2)", () =>
    np.round(np.array([1234, -1250, 1350], { dtype: 'int16' }), -2),
  );
  for (const d of [3, -3, 300, -300, 320]) {
    const big = [1e300, -1e300, 123.456, 5e-324];
    check(`np.round(${pyArray(big, 'float64')}, ${d})`, () => np.round(np.array(big, { dtype: 'float64' }), d));
  }
  check('np.round(np.array([1.5, 2.5]), 12)', () => np.round(np.array([1.5, 2.5]), 12));
  check('np.round(np.array([1.25, 2.5]), 25)', () => np.round(np.array([1.25, 2.5]), 25));
  check('exec:a = np.arange(4); result = np.round(a) is a', () => {
    const a = np.arange(4);
    return np.round(a) === a;
  });
  check('exec:a = np.array([1.25, 2.5]); o = np.zeros(2); r = np.round(a, 1, o); result = [o, r is o]', () => {
    const o = np.zeros(2);
    const r = np.round(np.array([1.25, 2.5]), 1, o);
    return [o, r === o];
  });
  check('exec:o = np.zeros(3); r = np.round(np.array([1, 2, 3]), out=o); result = [o, r is o]', () => {
    const o = np.zeros(3);
    const r = np.round(np.array([1, 2, 3]), { out: o });
    return [o, r === o];
  });
  check('np.round(np.array([[1.55, 2.45], [3.5, -4.5]])[:, ::-1], 1)', () =>
    np.round(
      np
        .array([
          [1.55, 2.45],
          [3.5, -4.5],
        ])
        .get(':', '::-1'),
      1,
    ),
  );
  check('np.round(np.array([1.5]), 1.5)', () => np.round(np.array([1.5]), 1.5));
  check('np.array([1.25, -2.5]).round(1)', () => np.array([1.25, -2.5]).round(1));
  check('np.array([1.25, -2.5]).round()', () => np.array([1.25, -2.5]).round());
  check('np.array(2.5).round()', () => np.array(2.5).round());
  check('np.array(2.25).round(decimals=1)', () => np.array(2.25).round({ decimals: 1 }));
});

describe('round: long arrays (one fused native pass), overflow warnings (the separate passes)', () => {
  // Ties at every scale, tiny and huge values, NaN, ±inf, ±0.
  const base = [0.125, 2.675, -0.0049, 1.005, -1250, 0.5, 1e-300, 1e20, Number.NaN, INF, -INF, -0];
  const v = Array.from({ length: 1000 }, (_, i) => (i % 5 === 0 ? base[i % 12] : Math.sin(i) * 10 ** ((i % 11) - 4)));
  for (const dt of ['float64', 'float32']) {
    for (const d of [1, 2, 3, -1, -2, 7]) {
      check(`np.round(${pyArray(v, dt)}, ${d})`, () => np.round(np.array(v, { dtype: dt }), d), {
        name: `round ${dt} ${d} contiguous`,
      });
      check(`np.round(${pyArray(v, dt)}[::-3], ${d})`, () => np.round(np.array(v, { dtype: dt }).get('::-3'), d), {
        name: `round ${dt} ${d} reversed, strided`,
      });
    }
  }
  check(
    'np.round(np.array([1e300, 1.5, -1e305, 2.5]), 10)',
    () => np.round(np.array([1e300, 1.5, -1e305, 2.5], { dtype: 'float64' }), 10),
    {
      warnings: 'each',
    },
  );
  check(
    "np.round(np.array([3e38, 1.25, -3e38], dtype='float32'), 2)",
    () => np.round(np.array([3e38, 1.25, -3e38], { dtype: 'float32' }), 2),
    { warnings: 'each' },
  );
  check(
    "np.round(np.array([1.25, 2.5], dtype='float32'), 40)",
    () => np.round(np.array([1.25, 2.5], { dtype: 'float32' }), 40),
    { warnings: 'each' },
  );
});

describe('isposinf / isneginf', () => {
  for (const dt of ['bool', 'int8', 'uint64', 'float16', 'float32', 'float64', 'complex128']) {
    const v = values(dt);
    check(`np.isposinf(${pyArray(v, dt)})`, () => np.isposinf(np.array(v, { dtype: dt })));
    check(`np.isneginf(${pyArray(v, dt)})`, () => np.isneginf(np.array(v, { dtype: dt })));
  }
  check("np.isposinf(float('inf'))", () => np.isposinf(INF));
  check("np.isneginf(-float('inf'))", () => np.isneginf(-INF));
  check('np.isneginf(3)', () => np.isneginf(3));
  check(
    "exec:o = np.zeros(3, dtype=np.int8); r = np.isposinf(np.array([1, float('inf'), -float('inf')]), o); result = [o, r is o]",
    () => {
      const o = np.zeros(3, { dtype: 'int8' });
      const r = np.isposinf(np.array([1, INF, -INF]), o);
      return [o, r === o];
    },
  );
});

describe('iscomplex / isreal / iscomplexobj / isrealobj', () => {
  for (const dt of ALL) {
    const v = values(dt);
    check(`np.iscomplex(${pyArray(v, dt)})`, () => np.iscomplex(np.array(v, { dtype: dt })));
    check(`np.isreal(${pyArray(v, dt)})`, () => np.isreal(np.array(v, { dtype: dt })));
    check(`np.iscomplexobj(${pyArray(v, dt)})`, () => np.iscomplexobj(np.array(v, { dtype: dt })));
    check(`np.isrealobj(${pyArray(v, dt)})`, () => np.isrealobj(np.array(v, { dtype: dt })));
  }
  for (const x of [3, 2.5, true, c(1, 0), c(1, 2), [1, 2], [c(1, 0), c(0, 1)]]) {
    check(`np.iscomplex(${pyValue(x)})`, () => np.iscomplex(x));
    check(`np.isreal(${pyValue(x)})`, () => np.isreal(x));
    check(`np.iscomplexobj(${pyValue(x)})`, () => np.iscomplexobj(x));
    check(`np.isrealobj(${pyValue(x)})`, () => np.isrealobj(x));
  }
  check('np.iscomplex(np.array(1+0j))', () => np.iscomplex(np.array(c(1, 0))));
  check('np.isreal(np.array(1+0j))', () => np.isreal(np.array(c(1, 0))));
});

describe('real / imag', () => {
  for (const dt of ALL) {
    const v = values(dt);
    check(`np.real(${pyArray(v, dt)})`, () => np.real(np.array(v, { dtype: dt })));
    check(`np.imag(${pyArray(v, dt)})`, () => np.imag(np.array(v, { dtype: dt })));
    check(`${pyArray(v, dt)}.real`, () => np.array(v, { dtype: dt }).real);
    check(`${pyArray(v, dt)}.imag`, () => np.array(v, { dtype: dt }).imag);
  }
  for (const x of [3, 2.5, true, c(1.5, -2), [1, 2], [c(1, 2)]]) {
    check(`np.real(${pyValue(x)})`, () => np.real(x));
    check(`np.imag(${pyValue(x)})`, () => np.imag(x));
  }
  const z = () => np.array([c(1, 2), c(3, -4), c(-5, 6)], { dtype: 'complex64' });
  const setup = "z = np.array([1+2j, 3-4j, -5+6j], dtype='complex64')";
  check(`exec:${setup}; r = z.real; np.negative(r, out=r); result = [z, r.flags.owndata, r.strides]`, () => {
    const a = z();
    const r = a.real;
    np.negative(r, { out: r });
    return [a, r.flags.owndata, r.strides];
  });
  check(`exec:${setup}; z.imag = [7, 8, 9]; result = z`, () => {
    const a = z();
    a.imag = np.array([7, 8, 9]);
    return a;
  });
  check(`exec:${setup}; z.real = 0.5; result = z`, () => {
    const a = z();
    a.real = 0.5 as unknown as np.NDArray;
    return a;
  });
  check(`exec:${setup}; result = z[::-1].imag`, () => z().get('::-1').imag);
  check(`exec:${setup}; result = z.imag.strides`, () => z().imag.strides);
  check('exec:a = np.arange(3); result = [a.real is a, a.imag, a.imag.flags.writeable]', () => {
    const a = np.arange(3);
    return [a.real === a, a.imag, a.imag.flags.writeable];
  });
  check('exec:a = np.arange(3.); a.imag = 1', () => {
    const a = np.arange(3, { dtype: 'float64' });
    a.imag = np.array(1);
    return undefined;
  });
  check('exec:a = np.arange(3.); a.real = [7, 8, 9]; result = a', () => {
    const a = np.arange(3, { dtype: 'float64' });
    a.real = np.array([7, 8, 9]);
    return a;
  });
});

describe('angle', () => {
  for (const dt of ALL) {
    const v = values(dt);
    check(`np.angle(${pyArray(v, dt)})`, () => np.angle(np.array(v, { dtype: dt })));
    check(`np.angle(${pyArray(v, dt)}, deg=True)`, () => np.angle(np.array(v, { dtype: dt }), true));
  }
  check('np.angle(1j)', () => np.angle(c(0, 1)));
  check('np.angle(-1)', () => np.angle(-1));
  check('np.angle(-0.0, True)', () => np.angle(-0, true));
  check("np.angle(np.array(1+1j, dtype='complex64'), deg=True)", () =>
    np.angle(np.array(c(1, 1), { dtype: 'complex64' }), { deg: true }),
  );
  check('np.angle([1, -1j, -1])', () => np.angle([1, c(-0, -1), -1]));
});

describe('nan_to_num', () => {
  for (const dt of ALL) {
    const v = values(dt);
    check(`np.nan_to_num(${pyArray(v, dt)})`, () => np.nan_to_num(np.array(v, { dtype: dt })));
    check(`np.nan_to_num(${pyArray(v, dt)}, nan=-1.5, posinf=1e10, neginf=-7)`, () =>
      np.nan_to_num(np.array(v, { dtype: dt }), { nan: -1.5, posinf: 1e10, neginf: -7 }),
    );
  }
  check("np.nan_to_num(float('nan'))", () => np.nan_to_num(NAN));
  check("np.nan_to_num(-float('inf'))", () => np.nan_to_num(-INF));
  check('np.nan_to_num(3)', () => np.nan_to_num(3));
  check("np.nan_to_num([1, float('nan'), float('inf')])", () => np.nan_to_num([1, NAN, INF]));
  check("exec:a = np.array([1, float('nan')]); r = np.nan_to_num(a, copy=False); result = [a, r is a]", () => {
    const a = np.array([1, NAN]);
    const r = np.nan_to_num(a, false);
    return [a, r === a];
  });
  check("exec:a = np.array([1, float('nan')]); r = np.nan_to_num(a); result = [a, r is a]", () => {
    const a = np.array([1, NAN]);
    const r = np.nan_to_num(a);
    return [a, r === a];
  });
  check("np.nan_to_num(np.array([float('nan'), float('inf')])[::-1], posinf=2)", () =>
    np.nan_to_num(np.array([NAN, INF]).get('::-1'), { posinf: 2 }),
  );
});

describe('conj / conjugate methods', () => {
  for (const dt of ALL) {
    const v = values(dt);
    check(`${pyArray(v, dt)}.conj()`, () => np.array(v, { dtype: dt }).conj());
    check(`${pyArray(v, dt)}.conjugate()`, () => np.array(v, { dtype: dt }).conjugate());
    check(`np.conj(${pyArray(v, dt)})`, () => np.conj(np.array(v, { dtype: dt })));
  }
  check('exec:a = np.arange(3.); result = a.conj() is a', () => {
    const a = np.arange(3, { dtype: 'float64' });
    return a.conj() === a;
  });
  check('np.array(1+2j).conj()', () => np.array(c(1, 2)).conj());
  check('exec:a = np.array([1+2j]); o = np.zeros(1, complex); r = a.conj(o); result = [o, r is o]', () => {
    const o = np.zeros(1, { dtype: 'complex128' });
    const r = np.array([c(1, 2)]).conj(o);
    return [o, r === o];
  });
});
