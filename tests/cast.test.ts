// astype for all 196 dtype pairs on edge values, from contiguous, strided,
// negative-stride and transposed sources, and astype's options; against NumPy.
// Sources are built in JS from TypedArrays and handed to NumPy as raw bytes,
// so both sides cast bit-identical inputs.
import * as np from '../dist';
import { numberToHalf } from '../dist/core/elements';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';

const NAMES: readonly string[] = ALL_DTYPES;

/** Float edge values: specials, rounding ties, every integer type's limits, float16/32 limits and subnormals. */
const F: number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0,
  -0,
  0.5,
  -0.5,
  1.5,
  -1.5,
  2.5,
  -2.5,
  0.9999,
  -0.9999,
  0.1,
  1 / 3,
  127,
  127.5,
  128,
  -128,
  -128.5,
  -129,
  255,
  255.5,
  256,
  -1,
  -1.5,
  32767,
  32768,
  -32768,
  -32769,
  65504,
  65519,
  65520,
  65535,
  65536,
  -65536,
  2147483647,
  2147483648,
  -2147483648,
  -2147483649,
  4294967295,
  4294967296,
  -4294967296,
  2 ** 53 + 2,
  9.2e18,
  2 ** 63,
  -(2 ** 63),
  -(2 ** 63) - 4096,
  1.8e19,
  2 ** 64,
  -(2 ** 64),
  1e20,
  -1e20,
  3.4028234663852886e38,
  3.4028235677973366e38, // float32 max + half an ulp: rounds to inf
  3.5e38,
  1e300,
  -1e300,
  2 ** -24, // float16 smallest subnormal
  2 ** -25, // half of it: ties to even → 0
  3 * 2 ** -26,
  2 ** -14, // float16 smallest normal
  2 ** -14 - 2 ** -25,
  1e-45,
  1e-310,
  -1e-310,
  1 + 2 ** -11, // float16 tie → 1
  1 + 3 * 2 ** -11, // float16 tie → up
  2049,
  2051,
  1 + 2 ** -24, // float32 tie
  16777217,
  -16777219,
];

/** Integer edge values, wrapped into each type (so every type gets its limits and neighbours). */
const I: bigint[] = [
  0n,
  1n,
  2n,
  -1n,
  -2n,
  127n,
  128n,
  -128n,
  -129n,
  255n,
  256n,
  32767n,
  32768n,
  -32768n,
  -32769n,
  65535n,
  2049n,
  2051n,
  4097n,
  65519n,
  65520n,
  65504n,
  2n ** 31n - 1n,
  -(2n ** 31n),
  2n ** 32n - 1n,
  2n ** 24n + 1n,
  2n ** 24n + 3n,
  2n ** 53n + 1n,
  2n ** 63n - 1n,
  -(2n ** 63n),
  2n ** 64n - 1n,
  2n ** 63n + 1025n,
  123456789n,
  -987654321987n,
];

function bytesOf(t: ArrayBufferView): Uint8Array {
  return new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
}

/** The raw bytes of each source. */
function sourceBytes(name: string): Uint8Array {
  const wrap = (bits: bigint, signed: boolean) =>
    I.map((v) => (signed ? BigInt.asIntN(Number(bits), v) : BigInt.asUintN(Number(bits), v)));
  switch (name) {
    case 'bool':
      return new Uint8Array([0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 1, 0]);
    case 'int8':
      return bytesOf(Int8Array.from(wrap(8n, true), Number));
    case 'int16':
      return bytesOf(Int16Array.from(wrap(16n, true), Number));
    case 'int32':
      return bytesOf(Int32Array.from(wrap(32n, true), Number));
    case 'int64':
      return bytesOf(BigInt64Array.from(wrap(64n, true)));
    case 'uint8':
      return bytesOf(Uint8Array.from(wrap(8n, false), Number));
    case 'uint16':
      return bytesOf(Uint16Array.from(wrap(16n, false), Number));
    case 'uint32':
      return bytesOf(Uint32Array.from(wrap(32n, false), Number));
    case 'uint64':
      return bytesOf(BigUint64Array.from(wrap(64n, false)));
    case 'float16':
      // F rounded to float16, plus bit patterns: max/min subnormal, -0 subnormal, quiet/negative NaN.
      return bytesOf(Uint16Array.from([...F.map(numberToHalf), 0x0001, 0x03ff, 0x8001, 0x7bff, 0xfbff, 0xfe00]));
    case 'float32':
      return bytesOf(Float32Array.from(F));
    case 'float64':
      return bytesOf(Float64Array.from(F));
    default: {
      // Complex: pairs of float edge values (every value appears as a real and as an imaginary part).
      const parts: number[] = [];
      F.forEach((re, i) => parts.push(re, F[(i * 7 + 3) % F.length]));
      parts.push(0, 0, -0, -0, 0, Number.NaN, Number.NaN, 0, 300.7, -2.5);
      return bytesOf(name === 'complex64' ? Float32Array.from(parts) : Float64Array.from(parts));
    }
  }
}

const SRC_BYTES = new Map(NAMES.map((n) => [n, sourceBytes(n)]));
const setup = [
  'import base64',
  `src = {n: np.frombuffer(base64.b64decode(b), dtype=n).copy() for n, b in ${JSON.stringify(
    Object.fromEntries(NAMES.map((n) => [n, Buffer.from(SRC_BYTES.get(n) as Uint8Array).toString('base64')])),
  )}.items()}`,
  'def doubled(a):\n    return np.repeat(a, 2)',
].join('\n');
const check = oracle(setup);

/** A fresh contiguous source array with its own buffer. */
function source(name: string): np.NDArray {
  const b = SRC_BYTES.get(name) as Uint8Array;
  return np.frombuffer(new Uint8Array(b).buffer, { dtype: name });
}

/** Each element twice, as `np.repeat(a, 2)`, then every other one: a stride-2 view. */
function strided(name: string, reverse: boolean): np.NDArray {
  const a = source(name);
  const it = a.itemsize;
  const n = a.size;
  const b = SRC_BYTES.get(name) as Uint8Array;
  const twice = new Uint8Array(2 * b.length);
  for (let i = 0; i < n; i++) {
    twice.set(b.subarray(i * it, (i + 1) * it), 2 * i * it);
    twice.set(b.subarray(i * it, (i + 1) * it), (2 * i + 1) * it);
  }
  const d = np.frombuffer(twice.buffer, { dtype: name });
  return reverse ? d._view((2 * n - 1) * it, [n], [-2 * it]) : d._view(0, [n], [2 * it]);
}

function reversed(name: string): np.NDArray {
  const a = source(name);
  return a._view(a._offset + (a.size - 1) * a.itemsize, [a.size], [-a.itemsize]);
}

/** The first 12 elements as a (3, 4) C array, transposed: an F-ordered (4, 3) view. */
function transposed(name: string): np.NDArray {
  const a = source(name);
  return a._view(a._offset, [4, 3], [a.itemsize, 4 * a.itemsize]);
}

const LAYOUTS: [string, string, (n: string) => np.NDArray][] = [
  ['contiguous', "src['%s']", source],
  ['stride 2', "doubled(src['%s'])[::2]", (n) => strided(n, false)],
  ['stride -1', "src['%s'][::-1]", reversed],
  ['stride -2', "doubled(src['%s'])[::-2]", (n) => strided(n, true)],
  ['transposed', "src['%s'][:12].reshape(3, 4).T", transposed],
];

describe('sources match', () => {
  for (const n of NAMES) check(`src['${n}']`, () => source(n), { name: `source ${n}` });
});

for (const [layout, pyTemplate, make] of LAYOUTS) {
  describe(`astype from ${layout} sources`, () => {
    for (const s of NAMES) {
      for (const d of NAMES) {
        check(`${pyTemplate.replace('%s', s)}.astype('${d}')`, () => make(s).astype(d), {
          name: `${s} → ${d} (${layout})`,
        });
      }
    }
  });
}

describe('astype casting= for every pair and mode', () => {
  const castings = ['no', 'equiv', 'safe', 'same_kind', 'unsafe'];
  for (const s of NAMES) {
    check(
      `exec:
r = []
for d in ${JSON.stringify(NAMES)}:
    for c in ${JSON.stringify(castings)}:
        try:
            x = src['${s}'].astype(d, casting=c)
            r.append(str(x.dtype))
        except TypeError as e:
            r.append(str(e))
result = r`,
      () => {
        const a = source(s);
        const out: string[] = [];
        for (const d of NAMES) {
          for (const c of castings) {
            try {
              out.push(String(a.astype(d, { casting: c }).dtype));
            } catch (e) {
              out.push((e as Error).message);
            }
          }
        }
        return out;
      },
      { name: `astype('${s}' → *, casting=*)` },
    );
  }
  check("src['float64'].astype('int64', 'K', 'safe')", () => source('float64').astype('int64', 'K', 'safe'));
  check("src['float64'].astype('int64', casting='bogus')", () =>
    source('float64').astype('int64', { casting: 'bogus' }),
  );
  check("src['float64'].astype('float65')", () => source('float64').astype('float65'));
});

describe('astype copy= and order=', () => {
  check("exec:a = src['float32']; result = a.astype('float32', copy=False) is a", () => {
    const a = source('float32');
    return a.astype('float32', { copy: false }) === a;
  });
  check("exec:a = src['float32']; result = a.astype('float32') is a", () => {
    const a = source('float32');
    return a.astype('float32') === a;
  });
  check("exec:a = src['float32']; result = a.astype('float64', copy=False) is a", () => {
    const a = source('float32');
    return a.astype('float64', { copy: false }) === a;
  });
  check("exec:a = src['int32'][::-1]; result = a.astype('int32', copy=False) is a", () => {
    const a = reversed('int32');
    return a.astype('int32', { copy: false }) === a;
  });
  const t = "src['int16'][:12].reshape(3, 4)";
  for (const order of ['C', 'F', 'A', 'K']) {
    for (const [what, py, js] of [
      [
        'C source',
        t,
        (n: string) => {
          const s = source(n);
          return s._view(s._offset, [3, 4], [8, 2]);
        },
      ],
      ['F source', `${t}.T`, transposed],
    ] as const) {
      check(
        `exec:r = ${py}.astype('float64', order='${order}'); result = [r, r.flags.c_contiguous, r.flags.f_contiguous, r.strides]`,
        () => {
          const r = js('int16').astype('float64', { order });
          return [r, r.flags.c_contiguous, r.flags.f_contiguous, r.strides];
        },
        { name: `astype order=${order} of a ${what}` },
      );
      check(
        `exec:a = ${py}; result = a.astype('int16', order='${order}', copy=False) is a`,
        () => {
          const a = js('int16');
          return a.astype('int16', { order, copy: false }) === a;
        },
        { name: `astype copy=False order=${order} of a ${what}` },
      );
    }
  }
  check("src['int16'].astype('f8', order='X')", () => source('int16').astype('f8', { order: 'X' }));
  check("src['int16'].astype('f8', foo=1)", () => source('int16').astype('f8', { foo: 1 }));
  check("src['int16'].astype('f8', order=None).dtype", () => source('int16').astype('f8', { order: null }).dtype);
});

describe('float → uint32: vectorised body vs scalar remainder of contiguous loops', () => {
  // NumPy's contiguous float/complex → uint32 loops convert out-of-range values
  // differently in their vector body and their scalar remainder; lengths 1..13 cover both.
  const vals = [Number.NaN, -1e20, -4294967296, Number.NEGATIVE_INFINITY, -2147483649];
  for (const t of ['float64', 'float32', 'complex64', 'complex128']) {
    for (let n = 1; n <= 13; n++) {
      const xs = Array.from({ length: n }, (_, i) => vals[i % vals.length]);
      const pyList = `[${xs.map((x) => (Number.isNaN(x) ? "float('nan')" : x === Number.NEGATIVE_INFINITY ? "-float('inf')" : `${x}.0`)).join(', ')}]`;
      check(
        `np.array(${pyList}, 'f8').astype('${t}').astype('uint32')`,
        () => np.asarray(Float64Array.from(xs)).astype(t).astype('uint32'),
        { name: `${t} → uint32, n=${n}` },
      );
    }
  }
});

describe('small contiguous casts to float (converted in JS): warnings, sizes and alignment', () => {
  // Small C-contiguous casts to float32/float64 skip the native call; a
  // result that is not finite goes to the native cast for NumPy's warning.
  const cases: [string, number[]][] = [
    ['finite', [0.1, -2.5, 3.4028234663852886e38, 1e-45, -0, 16777217]],
    ['overflow', [1, 1e300, -1e300, 2]],
    ['nan and inf', [Number.NaN, Number.POSITIVE_INFINITY, 1]],
    ['underflow', [1, 1e-200, 1e-40, -1e-45, 2]],
  ];
  for (const [what, xs] of cases) {
    const py = `np.array([${xs.map((x) => (Number.isNaN(x) ? "float('nan')" : x === Number.POSITIVE_INFINITY ? "float('inf')" : Object.is(x, -0) ? '-0.0' : String(x))).join(', ')}])`;
    check(`${py}.astype('float32')`, () => np.asarray(Float64Array.from(xs)).astype('float32'), {
      warnings: 'each',
      name: `float64 → float32, ${what}`,
    });
  }
  for (const n of [0, 1, 255, 256, 257, 1000]) {
    check(
      `(np.arange(${n}) * 0.1 - 3).astype('float32').astype('float64')`,
      () => (np.subtract(np.multiply(np.arange(n), 0.1), 3) as np.NDArray).astype('float32').astype('float64'),
      { name: `float64 → float32 → float64, n=${n}` },
    );
    check(
      `(np.arange(${n}, dtype='int32') * 65537).astype('float32')`,
      () => (np.multiply(np.arange(n, { dtype: 'int32' }), 65537) as np.NDArray).astype('float32'),
      { name: `int32 → float32, n=${n}` },
    );
  }
  // Misaligned data (a view 1 byte into a buffer) takes the native cast.
  check(
    "np.frombuffer(np.arange(9, dtype='u1').tobytes(), dtype='<i2', offset=1, count=4).astype('float64')",
    () =>
      np
        .frombuffer(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8]).buffer, { dtype: '<i2', offset: 1, count: 4 })
        .astype('float64'),
    { name: 'misaligned int16 → float64' },
  );
});
