// Large reductions against NumPy, compared exactly: rumpy sums floats in
// NumPy's pairwise order (8 accumulators, blocks of 128, halves split at
// multiples of 8; buffered casts fold per 8192-element block), and its
// parallel paths keep that order, so results are bit-identical.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle(`
def big(n):
    i = np.arange(n, dtype=np.int64)
    return ((i * 2654435761) % 2**32) / 2**32 * 1000 - 500

def quarters(n):
    i = np.arange(n, dtype=np.int64)
    return (((i * 2654435761) % 2**32) % 4000) / 4 - 500
`);

/** Quarters in [-500, 500): exact in float16, so the float16 input needs no rounding cast. */
function quarters(n: number): np.NDArray {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = (((i * 2654435761) % 2 ** 32) % 4000) / 4 - 500;
  return np.asarray(v);
}

/** Same values as Python's big(n): exact integer hashing, then float64 scaling. */
function big(n: number): np.NDArray {
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = (((i * 2654435761) % 2 ** 32) / 2 ** 32) * 1000 - 500;
  return np.asarray(v);
}

const N = 1_000_000;
describe('large sums are bit-identical', () => {
  check(`np.sum(big(${N}))`, () => np.sum(big(N)));
  check(`np.sum(big(${N})[::-1])`, () => np.sum(big(N).get('::-1')));
  check(`np.sum(big(${N})[::3])`, () => np.sum(big(N).get('::3')));
  check(`np.sum(big(${N}).astype('float32'))`, () => np.sum(big(N).astype('float32')));
  check(`np.sum(big(${N}).astype('float32'), dtype='float64')`, () =>
    np.sum(big(N).astype('float32'), { dtype: 'float64' }),
  );
  check(`np.sum(quarters(200000).astype('float16'))`, () => np.sum(quarters(200000).astype('float16')));
  check(`np.mean(quarters(200000).astype('float16'))`, () => np.mean(quarters(200000).astype('float16')));
  check(`np.sum(quarters(200000).astype('float16').reshape(20, -1), axis=1)`, () =>
    np.sum(quarters(200000).astype('float16').reshape(20, -1), { axis: 1 }),
  );
  check(`np.mean(big(${N}))`, () => np.mean(big(N)));
  check(`np.sum(big(${N}).reshape(1000, 1000), axis=0)`, () => np.sum(big(N).reshape(1000, 1000), { axis: 0 }));
  // Outer-axis reductions fold four rows per pass and split columns across threads.
  check(`np.sum(big(${N}).reshape(10, 100, 1000), axis=(0, 1))`, () =>
    np.sum(big(N).reshape(10, 100, 1000), { axis: [0, 1] }),
  );
  check(`np.sum(big(${N}).astype('float32').reshape(500, -1)[::-1, 1:], axis=0)`, () =>
    np.sum(big(N).astype('float32').reshape(500, -1).get('::-1, 1:'), { axis: 0 }),
  );
  check(`np.max(big(${N}).reshape(1000, 1000), axis=0)`, () => np.max(big(N).reshape(1000, 1000), { axis: 0 }));
  check(`np.prod(1 + big(${N}).reshape(1000, 1000) / 1e4, axis=0)`, () =>
    np.prod(np.add(1, np.divide(big(N).reshape(1000, 1000), 1e4)), { axis: 0 }),
  );
  check(`np.sum(quarters(300000).astype('float16').reshape(300, 1000), axis=0)`, () =>
    np.sum(quarters(300000).astype('float16').reshape(300, 1000), { axis: 0 }),
  );
  check(`np.sum(big(${N}).reshape(1000, 1000), axis=1)`, () => np.sum(big(N).reshape(1000, 1000), { axis: 1 }));
  check(`np.sum(big(${N}).reshape(1000, 1000).T, axis=1)`, () => np.sum(big(N).reshape(1000, 1000).T, { axis: 1 }));
  check(`np.sum(big(${N}).reshape(100, 10000), axis=1, dtype='float32')`, () =>
    np.sum(big(N).reshape(100, 10000), { axis: 1, dtype: 'float32' }),
  );
  check(`np.sum(big(${N}).view(np.complex128))`, () => np.sum(big(N).view('complex128')));
  check(`np.sum(big(${N}).astype(np.int64))`, () => np.sum(big(N).astype('int64')));
  check(`np.prod(big(${N}).astype(np.int32))`, () => np.prod(big(N).astype('int32')));
  check(`np.max(big(${N}))`, () => np.max(big(N)));
  check(`np.argmin(big(${N}))`, () => np.argmin(big(N)));
  check(`np.min(big(${N}).astype(np.int16))`, () => np.min(big(N).astype('int16')));
  check(`np.std(big(${N}))`, () => np.std(big(N)), { rtol: 1e-14 });
  check('np.cumsum(big(300000))[-1]', () => (np.cumsum(big(300000)) as np.NDArray).item(-1));
  // Whole running sums/products, element for element.
  check('np.cumsum(big(200000))', () => np.cumsum(big(200000)));
  check('np.cumsum(big(200000)[::-3])', () => np.cumsum(big(200000).get('::-3')));
  check("np.cumsum(big(200000).astype('float32').reshape(200, -1), axis=1)", () =>
    np.cumsum(big(200000).astype('float32').reshape(200, -1), { axis: 1 }),
  );
  check("np.cumsum(quarters(30000).astype('float16'))", () => np.cumsum(quarters(30000).astype('float16')));
  check('np.cumprod(1 + big(100000) / 1e5)', () => np.cumprod(np.add(1, np.divide(big(100000), 1e5))));
  check('np.cumsum(big(200000).reshape(400, 500).T, axis=0)', () =>
    np.cumsum(big(200000).reshape(400, 500).T, { axis: 0 }),
  );
  check('np.maximum.accumulate(big(100000))', () => np.maximum.accumulate(big(100000)));
  check(`np.any(big(${N}) - 499.9999)`, () => np.any(np.subtract(big(N), 499.9999)));
  check(`np.all(big(${N}))`, () => np.all(big(N)));
});

// Extremes through the vector lane scan: a NaN at the start, inside a lane
// block, in the tail or in a second parallel chunk; a maximum (minimum)
// of zero reached by both 0.0 and -0.0; float64 and float32; rows long
// enough for the parallel chunks and short ones.
const lanes = oracle(`
def big(n):
    i = np.arange(n, dtype=np.int64)
    return ((i * 2654435761) % 2**32) / 2**32 * 1000 - 500

def marked(n, dt, pos, v):
    a = big(n).astype(dt)
    a[pos] = v
    return a

def zeros_case(n, dt, sign):
    a = (sign * np.abs(big(n))).astype(dt)
    a[100] = -0.0
    a[n // 2] = 0.0
    a[n - 7] = -0.0
    return a
`);

function marked(n: number, dt: string, pos: number, v: number): np.NDArray {
  const a = big(n).astype(dt);
  a.set(pos, v);
  return a;
}

function zerosCase(n: number, dt: string, sign: number): np.NDArray {
  const a = (np.multiply(sign, np.abs(big(n))) as np.NDArray).astype(dt);
  a.set(100, -0);
  a.set(Math.floor(n / 2), 0);
  a.set(n - 7, -0);
  return a;
}

type Reduce = (a: np.NDArray) => unknown;
const EXTREMES: [string, Reduce][] = [
  ['np.max', (a) => np.max(a)],
  ['np.min', (a) => np.min(a)],
  ['np.argmax', (a) => np.argmax(a)],
  ['np.argmin', (a) => np.argmin(a)],
  ['np.nanmax', (a) => np.nanmax(a)],
  ['np.nanmin', (a) => np.nanmin(a)],
  ['np.fmax.reduce', (a) => np.fmax.reduce(a)],
  ['np.fmin.reduce', (a) => np.fmin.reduce(a)],
];

describe('vector lane extremes match NumPy (NaN, signed zeros, float32)', () => {
  for (const dt of ['float64', 'float32']) {
    for (const n of [1000, N]) {
      for (const pos of [0, 37, Math.floor(n / 2) + 3, n - 2]) {
        for (const [name, f] of EXTREMES) {
          lanes(`${name}(marked(${n}, '${dt}', ${pos}, np.nan))`, () => f(marked(n, dt, pos, Number.NaN)));
        }
      }
      // (fmax/fmin and nanmax/nanmin zero ties follow NumPy's SIMD lane
      // order, which rumpy does not copy: designs/deviations.md.)
      for (const [name, f] of EXTREMES.filter(([nm]) => nm === 'np.max' || nm === 'np.min')) {
        // (Which zero NumPy keeps here depends on its SIMD width: AVX-512
        // and rumpy keep the later one, AVX2 may keep the other.)
        lanes(`${name}(zeros_case(${n}, '${dt}', -1))`, () => f(zerosCase(n, dt, -1)), { zeroSign: false });
        lanes(`${name}(zeros_case(${n}, '${dt}', 1))`, () => f(zerosCase(n, dt, 1)), { zeroSign: false });
      }
    }
  }
});

describe('any/all/count_nonzero of bool arrays: block edges of the vector scans', () => {
  // any/all scan contiguous bool rows 4096 bytes at a time and stop at the
  // first deciding block; count_nonzero counts one-byte elements in blocks
  // of 255. One odd element at each block edge, and non-0/1 bool bytes.
  const flip = (n: number, at: number, base: boolean): np.NDArray => {
    const a = base ? np.ones(n, { dtype: 'bool' }) : np.zeros(n, { dtype: 'bool' });
    if (at >= 0) a.set(at, !base);
    return a;
  };
  for (const n of [0, 1, 254, 255, 256, 4095, 4096, 4097, 20000]) {
    for (const at of [-1, 0, 254, 255, 4095, 4096, n - 1].filter((k) => k < n)) {
      const pf = (b: string): string =>
        `(lambda a: (a.__setitem__(${at}, not a[0]) if ${at} >= 0 else None, a)[1])(np.full(${n}, ${b}))`;
      check(`np.any(${pf('False')})`, () => np.any(flip(n, at, false)), { name: `any n=${n} True at ${at}` });
      check(`np.all(${pf('True')})`, () => np.all(flip(n, at, true)), { name: `all n=${n} False at ${at}` });
      check(`np.count_nonzero(${pf('False')})`, () => np.count_nonzero(flip(n, at, false)), {
        name: `count_nonzero n=${n} True at ${at}`,
      });
    }
  }
  // Bool bytes other than 0 and 1 (a uint8 buffer viewed as bool) are true.
  const bytes = (): np.NDArray => np.frombuffer(new Uint8Array([0, 2, 0, 255, 0, 0, 7, 0]).buffer, { dtype: 'bool' });
  const py = "np.frombuffer(bytes([0, 2, 0, 255, 0, 0, 7, 0]), dtype='bool')";
  check(`np.any(${py})`, () => np.any(bytes()));
  check(`np.all(${py}[1::3])`, () => np.all(bytes().get('1::3')));
  check(`np.count_nonzero(${py})`, () => np.count_nonzero(bytes()));
  check('np.count_nonzero(np.arange(20000) % 7 == 0)', () =>
    np.count_nonzero(np.equal(np.remainder(np.arange(20000), 7), 0)),
  );
  check('np.count_nonzero(np.arange(20000.0) % 7)', () => np.count_nonzero(np.remainder(np.arange(20000.0), 7)));
});
