// The fast native paths (lane-parallel max/min/argmax/argmin, the tight 1-d
// take, cache-blocked transposed copies) against NumPy, on sizes that take
// them (contiguous rows, rows above the parallel threshold, tiles with
// ragged edges) and on the cases where order matters: NaN (max returns it,
// argmax the first one), repeated maxima (argmax: first occurrence) and
// 0.0 vs -0.0 (max keeps the sign NumPy's ordered reduction keeps).
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle(`
def ramp(n, dt='float64', nans=(), zero=False):
    v = (np.arange(n) * 7919 % 1000 - 500).astype(np.float64)
    if zero:
        v = -np.abs(v)
        v[::37] = -0.0
        v[n // 2] = 0.0
    v[list(nans)] = np.nan
    return v.astype(dt)
`);

function ramp(n: number, dt = 'float64', nans: number[] = [], zero = false): np.NDArray {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = ((i * 7919) % 1000) - 500;
  if (zero) {
    for (let i = 0; i < n; i++) v[i] = -Math.abs(v[i]);
    for (let i = 0; i < n; i += 37) v[i] = -0;
    v[Math.floor(n / 2)] = 0;
  }
  for (const k of nans) v[k] = Number.NaN;
  return np.asarray(v).astype(dt);
}

describe('max/min/argmax/argmin fast paths', () => {
  for (const dt of ['float64', 'float32']) {
    for (const n of [5, 100, 4099, 300_001]) {
      const nanSets = [[], [0], [n - 1], [Math.floor(n / 3), Math.floor(n / 2), 1]];
      for (const nans of nanSets) {
        const py = `ramp(${n}, '${dt}', ${JSON.stringify(nans)})`;
        for (const f of ['max', 'min', 'argmax', 'argmin'] as const) {
          check(`np.${f}(${py})`, () => np[f](ramp(n, dt, nans)));
        }
      }
      const pz = `ramp(${n}, '${dt}', [], True)`;
      // Which zero NumPy's max/min of a few elements keeps depends on the
      // CPU: below one SIMD vector (4 float64 on AVX2, 8 on AVX-512) it
      // folds in order and keeps the later, else its vector lanes decide
      // (designs/deviations.md). rumpy keeps the later.
      const cpuDependent = n <= 16;
      for (const f of ['max', 'min', 'argmax', 'argmin'] as const) {
        check(`np.${f}(${pz})`, () => np[f](ramp(n, dt, [], true)), { zeroSign: !cpuDependent });
        if (cpuDependent) continue;
        // The sign of a zero result, checked again through signbit.
        check(`np.signbit(np.${f}(${pz}))`, () => np.signbit(np[f](ramp(n, dt, [], true))));
      }
    }
  }
  check('np.argmax(ramp(300001)[::-1])', () => np.argmax(ramp(300_001).get('::-1')));
  check('np.max(ramp(300000).reshape(3, -1), axis=1)', () => np.max(ramp(300_001 - 1).reshape(3, -1), { axis: 1 }));
});

describe('1-d take fast path', () => {
  const setup = 'a = ramp(100000); i = (np.arange(300000) * 7 % 200001 - 100000).astype(np.int64)';
  const a = () => ramp(100_000);
  const idx = () => {
    const v = new BigInt64Array(300_000);
    for (let k = 0; k < v.length; k++) v[k] = BigInt(((k * 7) % 200_001) - 100_000);
    return np.asarray(v);
  };
  for (const dt of ['float64', 'int8', 'float16', 'complex128', 'int32']) {
    check(`exec:${setup}\nresult = np.take(a.astype('${dt}'), i)`, () => np.take(a().astype(dt), idx()));
  }
  for (const mode of ['wrap', 'clip'] as const) {
    check(`exec:${setup}\nresult = np.take(a[:1000], i, mode='${mode}')`, () =>
      np.take(a().get(':1000'), idx(), { mode }),
    );
  }
  check(`exec:${setup}\nresult = np.take(a[:99999], i)`, () => np.take(a().get(':99999'), idx()));
  check(`exec:${setup}\nresult = np.take(a, i[::-2])`, () => np.take(a(), idx().get('::-2')));
});

describe('cache-blocked transposed copies', () => {
  const mk = (shape: number[], dt: string) => np.reshape(ramp(shape.reduce((x, y) => x * y, 1)), shape).astype(dt);
  for (const dt of ['float64', 'int8', 'float32', 'complex128', 'bool']) {
    check(`np.ascontiguousarray(ramp(200*301).reshape(200, 301).astype('${dt}').T)`, () =>
      np.ascontiguousarray(mk([200, 301], dt).T),
    );
  }
  check('np.ascontiguousarray(ramp(3*100*70).reshape(3, 100, 70).transpose(0, 2, 1))', () =>
    np.ascontiguousarray(np.transpose(mk([3, 100, 70], 'float64'), [0, 2, 1])),
  );
  check(`ramp(300*200).reshape(300, 200).T.astype('float32')`, () => mk([300, 200], 'float64').T.astype('float32'));
  check('ramp(300*200).reshape(300, 200)[::-1, ::2].T.copy()', () =>
    mk([300, 200], 'float64').get('::-1, ::2').T.copy(),
  );
});

describe('contiguous small-call ufunc path', () => {
  // Same-dtype contiguous operands take one bounds check and one inner loop;
  // casts, strided 1-d views, offsets into a buffer and sizes above the
  // parallel threshold must give NumPy's answers too.
  for (const n of [0, 1, 10, 1000, 300_001]) {
    check(`np.add(ramp(${n}), ramp(${n})[::-1].copy())`, () => np.add(ramp(n), ramp(n).get('::-1').copy()));
    check(`np.less(ramp(${n}, 'float32'), 3)`, () => np.less(ramp(n, 'float32'), 3));
    check(`np.sqrt(ramp(${n}, 'int16'))`, () => np.sqrt(ramp(n, 'int16')));
    check(`np.negative(ramp(${n}, 'int8'))`, () => np.negative(ramp(n, 'int8')));
  }
  check('np.multiply(ramp(20)[::2], ramp(10))', () => np.multiply(ramp(20).get('::2'), ramp(10)));
  check('np.subtract(ramp(21)[1:], ramp(21)[:-1])', () => np.subtract(ramp(21).get('1:'), ramp(21).get(':-1')));
  check('np.divide(ramp(12).reshape(3, 4), ramp(12).reshape(3, 4)[::-1].copy())', () =>
    np.divide(ramp(12).reshape(3, 4), ramp(12).reshape(3, 4).get('::-1').copy()),
  );
  check('np.add(np.float64(2.5), np.float64(4))', () => np.add(np.asarray(2.5), np.asarray(4.0)));
  check('np.floor_divide(ramp(50, "int32"), ramp(50, "int32")[::-1].copy())', () =>
    np.floor_divide(ramp(50, 'int32'), ramp(50, 'int32').get('::-1').copy()),
  );
  check('np.power(ramp(8, "int64"), -1)', () => np.power(ramp(8, 'int64'), np.asarray(-1)));
});

describe('ufunc out= fast path', () => {
  // `{out}` alone takes the small-call path when the output is the loop's
  // dtype, C-contiguous and writeable; in-place and overlapping outputs,
  // other dtypes and strided outputs must match NumPy through either path.
  const both = (n: number, f: (a: np.NDArray, b: np.NDArray) => unknown) => () =>
    f(ramp(n), ramp(n).get('::-1').copy());
  for (const n of [1, 10, 1000, 300_001]) {
    check(
      `exec:a = ramp(${n}); b = ramp(${n})[::-1].copy(); o = np.empty(${n}); r = np.add(a, b, out=o); result = [r is o, o]`,
      both(n, (a, b) => {
        const o = np.empty(n);
        const r = np.add(a, b, { out: o });
        return [r === o, o];
      }),
    );
    check(
      `exec:a = ramp(${n}); b = ramp(${n})[::-1].copy(); np.multiply(a, b, out=a); result = a`,
      both(n, (a, b) => {
        np.multiply(a, b, { out: a });
        return a;
      }),
    );
  }
  check('exec:a = ramp(50); np.add(a[:-1], a[1:], out=a[1:]); result = a', () => {
    const a = ramp(50);
    np.add(a.get(':-1'), a.get('1:'), { out: a.get('1:') });
    return a;
  });
  check('exec:a = ramp(50); np.subtract(a[1:], a[:-1], out=a[:-1]); result = a', () => {
    const a = ramp(50);
    np.subtract(a.get('1:'), a.get(':-1'), { out: a.get(':-1') });
    return a;
  });
  check("exec:a = ramp(20); o = np.zeros(20, 'float32'); np.add(a, a, out=o); result = o", () => {
    const a = ramp(20);
    const o = np.zeros(20, 'float32');
    np.add(a, a, { out: o });
    return o;
  });
  check('exec:a = ramp(20); o = np.zeros(40); np.add(a, a, out=o[::2]); result = o', () => {
    const a = ramp(20);
    const o = np.zeros(40);
    np.add(a, a, { out: o.get('::2') });
    return o;
  });
  check("exec:a = ramp(20); o = np.zeros(20, 'int64'); np.add(a, a, out=o)", () =>
    np.add(ramp(20), ramp(20), { out: np.zeros(20, 'int64') }),
  );
  check('exec:a = ramp(20); o = np.zeros(20); o.flags.writeable = False; np.add(a, a, out=o)', () => {
    const o = np.zeros(20);
    o.flags.writeable = false;
    return np.add(ramp(20), ramp(20), { out: o });
  });
  check('exec:a = ramp(6); o = np.zeros(6); r = np.less(a, a[::-1].copy(), out=(np.zeros(6, bool),)); result = r', () =>
    np.less(ramp(6), ramp(6).get('::-1').copy(), { out: [np.zeros(6, 'bool')] }),
  );
  check(
    'exec:a = np.float64(3.5); o = np.zeros(()); r = np.add(np.asarray(a), np.asarray(a), out=o); result = [r is o, r]',
    () => {
      const o = np.zeros([]);
      const r = np.add(np.asarray(3.5), np.asarray(3.5), { out: o });
      return [r === o, r];
    },
  );
  check('exec:a = ramp(12).reshape(3, 4); o = np.zeros((4, 3)).T; np.sqrt(np.abs(a), out=o); result = o', () => {
    const a = ramp(12).reshape(3, 4);
    const o = np.zeros([4, 3]).T;
    np.sqrt(np.abs(a), { out: o });
    return o;
  });
});
