// Ufunc outputs of 16 MiB and more, which the native traversal writes with
// streaming (non-temporal) stores from an L1 staging block: every byte of
// the result, and of the buffer around an output view, is compared with
// NumPy's through a SHA-256 digest. Covers each element size (1, 2, 4, 8 and
// 16 bytes), outputs that start off a cache line, an output that is also an
// input, buffered input casts, a Python scalar operand and a two-output

import { createHash } from 'node:crypto';
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle(`
import hashlib
def digest(x):
    return hashlib.sha256(np.ascontiguousarray(x).tobytes()).hexdigest()
def ramp(n, dt='float64'):
    return (np.arange(n, dtype=np.float64) / 7).astype(dt)
def ramp2(n, dt='float64'):
    return (np.arange(n, dtype=np.float64) / 3 + 1).astype(dt)
`);

/** SHA-256 of the bytes of a C-contiguous array. */
function digest(x: unknown): string {
  const d = np.ascontiguousarray(x as np.NDArray).data;
  return createHash('sha256')
    .update(new Uint8Array(d.buffer, d.byteOffset, d.byteLength))
    .digest('hex');
}

const ramp = (n: number, dt = 'float64'): np.NDArray =>
  (np.divide(np.arange(n, { dtype: 'float64' }), 7) as np.NDArray).astype(dt);
const ramp2 = (n: number, dt = 'float64'): np.NDArray =>
  (np.add(np.divide(np.arange(n, { dtype: 'float64' }), 3), 1) as np.NDArray).astype(dt);

/** float64 elements in 20 MB. */
const N8 = 2_500_000;

describe('large contiguous outputs (streamed stores) match NumPy byte for byte', () => {
  check(`digest(np.add(ramp(${N8}), ramp2(${N8})))`, () => digest(np.add(ramp(N8), ramp2(N8))));
  check(`digest(np.multiply(ramp(${N8}), 2.5))`, () => digest(np.multiply(ramp(N8), 2.5)));
  check(`digest(np.sqrt(ramp(${N8})))`, () => digest(np.sqrt(ramp(N8))));
  check(
    `exec:a = ramp(${N8}); b = ramp2(${N8}); np.add(a, b, out=a); result = digest(a)`,
    () => {
      const a = ramp(N8);
      np.add(a, ramp2(N8), { out: a });
      return digest(a);
    },
    { name: 'output identical to an input (in place)' },
  );
  check(
    `exec:buf = np.zeros(${N8} + 3); np.subtract(ramp(${N8}), ramp2(${N8}), out=buf[1:-2]); result = digest(buf)`,
    () => {
      const buf = np.zeros(N8 + 3);
      np.subtract(ramp(N8), ramp2(N8), { out: buf.get('1:-2') });
      return digest(buf);
    },
    { name: 'float64 output view one element into its buffer' },
  );
  check(
    `exec:buf = np.zeros(2 * ${N8} + 5, dtype='float32'); np.multiply(ramp(2 * ${N8}, 'float32'), 3, out=buf[3:-2]); result = digest(buf)`,
    () => {
      const buf = np.zeros(2 * N8 + 5, { dtype: 'float32' });
      np.multiply(ramp(2 * N8, 'float32'), 3, { out: buf.get('3:-2') });
      return digest(buf);
    },
    { name: 'float32 output view three elements into its buffer' },
  );
  check(`digest(np.add(ramp(${N8}, 'float32'), ramp2(${N8})))`, () => digest(np.add(ramp(N8, 'float32'), ramp2(N8))));
  check(`digest(np.add(ramp(4 * ${N8}, 'float16'), ramp2(4 * ${N8}, 'float16')))`, () =>
    digest(np.add(ramp(4 * N8, 'float16'), ramp2(4 * N8, 'float16'))),
  );
  check(`digest(np.less(ramp(8 * ${N8}, 'float32'), ramp2(8 * ${N8}, 'float32') - 1e6))`, () =>
    digest(np.less(ramp(8 * N8, 'float32'), np.subtract(ramp2(8 * N8, 'float32'), 1e6) as np.NDArray)),
  );
  check(`digest(np.multiply(ramp(${N8} // 2 + 7) + 1j * ramp2(${N8} // 2 + 7), ramp2(${N8} // 2 + 7)))`, () => {
    const n = Math.floor(N8 / 2) + 7;
    const z = np.add(ramp(n), np.multiply(ramp2(n), new np.Complex(0, 1)));
    return digest(np.multiply(z, ramp2(n)));
  });
  check(
    `exec:q, r = np.divmod(ramp(${N8}) * 100, ramp2(${N8})); result = [digest(q), digest(r)]`,
    () => {
      const [q, r] = np.divmod(np.multiply(ramp(N8), 100), ramp2(N8)) as np.NDArray[];
      return [digest(q), digest(r)];
    },
    { name: 'divmod: both outputs' },
  );
});

// Rows of 4096 to 131072 elements time their first 1024 and split the rest
// across threads when it is slow (libm's sin, log, arcsin here): the values
// and the warnings raised only in the last piece must be NumPy's.
describe('mid-size rows split after a timed probe', () => {
  const RTOL = { rtol: 4 * 2 ** -52 };
  check(
    'np.sin(ramp(20000) - 1000)[::97]',
    () => (np.sin(np.subtract(ramp(20000), 1000)) as np.NDArray).get('::97'),
    RTOL,
  );
  check(
    'exec:x = ramp(30000) + 1; x[-1] = 0.0; y = np.log10(x); result = y[::89], y[-3:]',
    () => {
      const x = np.add(ramp(30000), 1) as np.NDArray;
      x.set(-1, 0);
      const y = np.log10(x) as np.NDArray;
      return [y.get('::89'), y.get('-3:')];
    },
    { ...RTOL, warnings: 'each' },
  );
  check(
    'exec:x = ramp(20000) / 2000; x[-1] = 2.0; y = np.arcsin(x); result = y[::37], y[-2:]',
    () => {
      const x = np.divide(ramp(20000), 2000) as np.NDArray;
      x.set(-1, 2);
      const y = np.arcsin(x) as np.NDArray;
      return [y.get('::37'), y.get('-2:')];
    },
    { ...RTOL, warnings: 'each' },
  );
  check(
    'exec:x = ramp(50000) + 1; x[-1] = 0.0; result = np.divide(1.0, x)[-4:]',
    () => {
      const x = np.add(ramp(50000), 1) as np.NDArray;
      x.set(-1, 0);
      return (np.divide(1.0, x) as np.NDArray).get('-4:');
    },
    { warnings: 'each' },
  );
});

// np.zeros of 32 MiB and more takes an uninitialised heap block and hands
// its pages back to the kernel (zero on next touch) instead of a memset. A
// block freed by a dirty array just before (a collected np.full) must read
// as zeros, as must the unaligned ends.
describe('large zero-filled arrays over reused memory', () => {
  const gc = (): void => {
    // (`--expose-gc` at run time, for this test only.)
    require('node:v8').setFlagsFromString('--expose-gc');
    (require('node:vm').runInNewContext('gc') as () => void)();
  };
  const n = 5_000_000;
  check(`[int(np.count_nonzero(np.zeros(${n}))) for _ in range(4)]`, () => {
    const counts: unknown[] = [];
    for (let k = 0; k < 4; k++) {
      np.full(n, 7.5);
      gc();
      counts.push(np.count_nonzero(np.zeros(n)));
    }
    return counts;
  });
  check(`np.zeros((${n / 1000}, 1000), dtype='int32', order='F').sum(axis=0)[:5]`, () => {
    np.full([n / 1000, 1000], 3, { dtype: 'int32' });
    gc();
    return (np.zeros([n / 1000, 1000], { dtype: 'int32', order: 'F' }).sum({ axis: 0 }) as np.NDArray).get(':5');
  });
  check(`float(np.abs(np.zeros(${n} + 3)[[0, 1, -2, -1]]).sum())`, () => {
    np.full(n + 3, -1.0);
    gc();
    const z = np.zeros(n + 3);
    return np.sum(np.abs(z.get(np.array([0, 1, -2, -1]))));
  });
});
