// The memory model (API.md §7, designs/0001-memory-model.md): arrays live in
// JS ArrayBuffers/SharedArrayBuffers; np.asarray(typedArray), np.frombuffer,
// the ndarray constructor and a.data share memory with their input; an array
// on a SharedArrayBuffer is rebuilt in a worker without a copy; a Rust panic
// is an Error, not a crash. Constructor results, errors and flags vs NumPy.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as np from '../dist';
import { oracle } from './helpers/oracle';

// `buf`/`big` in Python are the same bytes as `bytes16()`/`bytes48()` here.
const check = oracle('buf = bytearray(range(16))\nbig = bytearray(range(48))');
const bytesN = (n: number): ArrayBuffer => new Uint8Array(n).map((_, i) => i).buffer;
const bytes16 = (): ArrayBuffer => bytesN(16);
const bytes48 = (): ArrayBuffer => bytesN(48);

const FLAG_NAMES = ['c_contiguous', 'f_contiguous', 'owndata', 'writeable', 'aligned'] as const;
const pyFlags = (expr: string): string =>
  `exec:a = ${expr}\nresult = {k: bool(getattr(a.flags, k)) for k in ${JSON.stringify(FLAG_NAMES)}}`;
const jsFlags = (a: np.NDArray): Record<string, boolean> => {
  const f = a.flags;
  return Object.fromEntries(FLAG_NAMES.map((k) => [k, f[k]]));
};

const DTYPES = ['int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64'];
const FLOATS = ['float16', 'float32', 'float64', 'complex64', 'complex128'];

describe('np.asarray(typedArray) wraps the TypedArray (no copy)', () => {
  const cases: [string, () => ArrayBufferView][] = [
    ['int8', () => new Int8Array([1, -2, 3])],
    ['uint8', () => new Uint8Array([1, 2, 255])],
    ['int16', () => new Int16Array([1, -2, 3])],
    ['uint16', () => new Uint16Array([1, 2, 65535])],
    ['int32', () => new Int32Array([1, -2, 3])],
    ['uint32', () => new Uint32Array([1, 2, 4294967295])],
    ['int64', () => new BigInt64Array([1n, -2n, 3n])],
    ['uint64', () => new BigUint64Array([1n, 2n, 2n ** 64n - 1n])],
    ['float32', () => new Float32Array([1.5, -2, 3])],
    ['float64', () => new Float64Array([1.5, -2, 3])],
  ];
  for (const [dt, make] of cases) {
    const values = Array.from(make() as unknown as ArrayLike<number | bigint>, (v) => String(v)).join(', ');
    check(`np.asarray(np.array([${values}], dtype='${dt}'))`, () => np.asarray(make()), {
      name: `asarray(${dt} TypedArray) has NumPy's dtype and values`,
    });
    test(`asarray(${dt} TypedArray) shares its memory both ways`, () => {
      const t = make() as unknown as { [i: number]: number | bigint; buffer: ArrayBufferLike };
      const a = np.asarray(t as unknown as ArrayBufferView);
      expect(a.buffer).toBe(t.buffer);
      const one = typeof t[0] === 'bigint' ? 7n : 7;
      t[1] = one;
      expect(a.item(1)).toBe(7);
      (a.data as unknown as { [i: number]: number | bigint })[2] = one;
      expect(t[2]).toBe(one);
      expect(a.flags.owndata).toBe(false);
      expect(np.asarray(a)).toBe(a);
    });
  }

  test('a TypedArray with a byteOffset is wrapped at that offset', () => {
    const ab = new ArrayBuffer(32);
    const t = new Int32Array(ab, 8, 3);
    t.set([5, 6, 7]);
    const a = np.asarray(t);
    expect(a.tolist()).toEqual([5, 6, 7]);
    new Int32Array(ab)[3] = 60;
    expect(a.item(1)).toBe(60);
  });

  test('np.array(typedArray) copies, np.asarray with another dtype copies', () => {
    const t = new Float64Array([1, 2]);
    const c = np.array(t);
    const d = np.asarray(t, 'float32');
    t[0] = 9;
    expect(c.item(0)).toBe(1);
    expect(d.item(0)).toBe(1);
    expect(c.flags.owndata).toBe(true);
  });
});

describe('np.frombuffer shares memory with every buffer kind', () => {
  for (const dt of [...DTYPES, ...FLOATS]) {
    check(`np.frombuffer(buf, dtype='${dt}')`, () => np.frombuffer(bytes16(), dt));
  }
  check("np.frombuffer(big, dtype='int16', count=5, offset=3)", () =>
    np.frombuffer(bytes48(), { dtype: 'int16', count: 5, offset: 3 }),
  );
  check("np.frombuffer(big, 'float32', 3, 4)", () => np.frombuffer(bytes48(), 'float32', 3, 4));
  check("np.frombuffer(big, dtype='uint8', offset=48)", () => np.frombuffer(bytes48(), { dtype: 'uint8', offset: 48 }));
  check("np.frombuffer(buf, dtype='int64', count=0, offset=16)", () =>
    np.frombuffer(bytes16(), { dtype: 'int64', count: 0, offset: 16 }),
  );
  check('np.frombuffer(bytearray(0))', () => np.frombuffer(new ArrayBuffer(0)));
  check('np.frombuffer(buf)', () => np.frombuffer(bytes16()), { name: 'default dtype is float64' });

  // Errors, with NumPy's classes and messages.
  check("np.frombuffer(bytearray(10), dtype='f8')", () => np.frombuffer(new ArrayBuffer(10), 'f8'));
  check("np.frombuffer(buf, dtype='f8', count=3)", () => np.frombuffer(bytes16(), { dtype: 'f8', count: 3 }));
  check("np.frombuffer(buf, dtype='f8', offset=17)", () => np.frombuffer(bytes16(), { dtype: 'f8', offset: 17 }));
  check("np.frombuffer(buf, dtype='f8', offset=-1)", () => np.frombuffer(bytes16(), { dtype: 'f8', offset: -1 }));
  check("np.frombuffer(buf, dtype='i2', offset=3)", () => np.frombuffer(bytes16(), { dtype: 'i2', offset: 3 }));
  check('np.frombuffer(3)', () => np.frombuffer(3));
  check('np.frombuffer([1, 2])', () => np.frombuffer([1, 2]));
  check("np.frombuffer(buf, dtype='bogus')", () => np.frombuffer(bytes16(), 'bogus'));

  test('ArrayBuffer, SharedArrayBuffer, Buffer and TypedArray views share memory', () => {
    const sources: [string, () => { buf: ArrayBufferLike | ArrayBufferView; bytes: Uint8Array }][] = [
      ['ArrayBuffer', () => ((b) => ({ buf: b, bytes: new Uint8Array(b) }))(new ArrayBuffer(16))],
      ['SharedArrayBuffer', () => ((b) => ({ buf: b, bytes: new Uint8Array(b) }))(new SharedArrayBuffer(16))],
      [
        'Buffer (pooled, with a byteOffset)',
        () => ((b) => ({ buf: b, bytes: new Uint8Array(b.buffer, b.byteOffset, 16) }))(Buffer.from(new Uint8Array(16))),
      ],
      [
        'Uint16Array at byteOffset 8',
        () =>
          ((t) => ({ buf: t, bytes: new Uint8Array(t.buffer, t.byteOffset, t.byteLength) }))(
            new Uint16Array(new ArrayBuffer(32), 8, 8),
          ),
      ],
    ];
    for (const [, make] of sources) {
      const { buf, bytes } = make();
      const a = np.frombuffer(buf, { dtype: 'uint8', offset: 2, count: 4 });
      bytes[3] = 99;
      expect(a.item(1)).toBe(99);
      (a.data as Uint8Array)[3] = 42;
      expect(bytes[5]).toBe(42);
      expect(a.buffer).toBe(bytes.buffer);
      expect(a.flags.owndata).toBe(false);
    }
    const sab = new SharedArrayBuffer(8);
    expect(np.frombuffer(sab, 'int32').buffer).toBe(sab);
  });
});

describe('a.data is a TypedArray over the elements a spans', () => {
  test('kinds per dtype, sharing memory', () => {
    const kinds: Record<string, string> = {
      bool: 'Uint8Array',
      int8: 'Int8Array',
      uint16: 'Uint16Array',
      float16: 'Uint16Array',
      int32: 'Int32Array',
      int64: 'BigInt64Array',
      uint64: 'BigUint64Array',
      float32: 'Float32Array',
      complex64: 'Float32Array',
      float64: 'Float64Array',
      complex128: 'Float64Array',
    };
    for (const [dt, kind] of Object.entries(kinds)) {
      const ab = new ArrayBuffer(64);
      const a = np.frombuffer(ab, { dtype: dt, offset: 16, count: 2 });
      const d = a.data;
      expect({ dt, kind: Object.prototype.toString.call(d).slice(8, -1) }).toEqual({ dt, kind });
      expect(d.buffer).toBe(ab);
      expect(d.byteOffset).toBe(16);
      expect(d.byteLength).toBe(a.nbytes);
    }
  });

  test('strided and negative-stride views span from their lowest to highest byte', () => {
    const ab = new ArrayBuffer(48);
    // int32 elements 8, 6, 4 (offset 32, stride -8): bytes 16..36.
    const a = new np.ndarray([3], { dtype: 'int32', buffer: ab, offset: 32, strides: [-8] });
    const d = a.data as Int32Array;
    expect([d.byteOffset, d.length]).toEqual([16, 5]);
    new Int32Array(ab).set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(a.tolist()).toEqual([8, 6, 4]);
    d[0] = -4;
    expect(a.tolist()).toEqual([8, 6, -4]);
  });
});

describe('new np.ndarray(shape, {dtype, buffer, offset, strides, order}) vs NumPy', () => {
  check('np.ndarray((2,), buffer=buf)', () => new np.ndarray([2], { buffer: bytes16() }));
  check("np.ndarray((2, 2), dtype='i4', buffer=buf)", () => new np.ndarray([2, 2], { dtype: 'i4', buffer: bytes16() }));
  check(
    "np.ndarray((2, 2), dtype='i4', buffer=buf, order='F')",
    () => new np.ndarray([2, 2], { dtype: 'i4', buffer: bytes16(), order: 'F' }),
  );
  check(
    "np.ndarray((2, 2), dtype='i4', buffer=buf, strides=(4, 8))",
    () => new np.ndarray([2, 2], { dtype: 'i4', buffer: bytes16(), strides: [4, 8] }),
  );
  check(
    "np.ndarray((3,), dtype='i2', buffer=big, offset=10, strides=(-4,))",
    () => new np.ndarray([3], { dtype: 'i2', buffer: bytes48(), offset: 10, strides: [-4] }),
  );
  check(
    "np.ndarray((2, 3), dtype='u1', buffer=big, offset=5, strides=(0, 7))",
    () => new np.ndarray([2, 3], { dtype: 'u1', buffer: bytes48(), offset: 5, strides: [0, 7] }),
  );
  check(
    "np.ndarray((2,), dtype='i4', buffer=buf, offset=2)",
    () => new np.ndarray([2], { dtype: 'i4', buffer: bytes16(), offset: 2 }),
  );
  check(
    "np.ndarray((), dtype='f8', buffer=buf, offset=8)",
    () => new np.ndarray([], { dtype: 'f8', buffer: bytes16(), offset: 8 }),
  );
  check('np.ndarray((0,), buffer=buf, offset=16)', () => new np.ndarray([0], { buffer: bytes16(), offset: 16 }));
  check("np.ndarray(3, 'i2', buf, 2)", () => new np.ndarray(3, 'i2', bytes16(), 2));
  check('np.ndarray((2, 3)).shape', () => new np.ndarray([2, 3]).shape);
  check("np.ndarray((2, 3), order='F').strides", () => new np.ndarray([2, 3], { order: 'F' }).strides);
  check(
    "np.ndarray((2, 2), dtype='i4', buffer=buf, order='A').strides",
    () => new np.ndarray([2, 2], { dtype: 'i4', buffer: bytes16(), order: 'A' }).strides,
  );
  // Errors.
  check('np.ndarray((3,), buffer=buf)', () => new np.ndarray([3], { buffer: bytes16() }));
  check('np.ndarray((2,), buffer=buf, offset=8)', () => new np.ndarray([2], { buffer: bytes16(), offset: 8 }));
  check('np.ndarray((0,), buffer=buf, offset=17)', () => new np.ndarray([0], { buffer: bytes16(), offset: 17 }));
  check(
    "np.ndarray((2,), dtype='i4', buffer=buf, strides=(-4,))",
    () => new np.ndarray([2], { dtype: 'i4', buffer: bytes16(), strides: [-4] }),
  );
  check(
    "np.ndarray((2,), dtype='i4', buffer=buf, strides=(4, 4))",
    () => new np.ndarray([2], { dtype: 'i4', buffer: bytes16(), strides: [4, 4] }),
  );
  check(
    "np.ndarray((2,), dtype='i4', buffer=buf, strides=(12,))",
    () => new np.ndarray([2], { dtype: 'i4', buffer: bytes16(), strides: [12] }),
  );
  check("np.ndarray((2,), dtype='i4', strides=(8,))", () => new np.ndarray([2], { dtype: 'i4', strides: [8] }));
  check('np.ndarray((2,), buffer=buf, offset=1.5)', () => new np.ndarray([2], { buffer: bytes16(), offset: 1.5 }));
  check(
    'np.ndarray((2,), buffer=buf, strides=(8.5,))',
    () => new np.ndarray([2], { buffer: bytes16(), strides: [8.5] }),
  );
  check('np.ndarray((2,), buffer=3)', () => new np.ndarray([2], { buffer: 3 as unknown as ArrayBuffer }));
  check("np.ndarray((2,), order='X')", () => new np.ndarray([2], { order: 'X' as 'K' }));
  check('np.ndarray((-1,))', () => new np.ndarray([-1]));
  check('np.ndarray(2.5)', () => new np.ndarray(2.5));
  check("np.ndarray((2,), dtype='bogus')", () => new np.ndarray([2], { dtype: 'bogus' }));
  check('np.ndarray((2,), foo=1)', () => new np.ndarray([2], { foo: 1 } as never));
  check("np.ndarray((2,), 'f4', dtype='f4')", () => Reflect.construct(np.ndarray, [[2], 'f4', { dtype: 'f4' }]));

  test('a negative offset is rejected (NumPy would read before the buffer)', () => {
    expect(() => new np.ndarray([2], { dtype: 'i4', buffer: bytes16(), offset: -4 })).toThrow(np.ValueError);
  });

  test('the constructed array is a view of the buffer', () => {
    const ab = bytes16();
    const a = new np.ndarray([2], { dtype: 'u2', buffer: ab, offset: 4 });
    new Uint8Array(ab)[4] = 255;
    expect(a.item(0)).toBe(new DataView(ab).getUint16(4, true));
    expect(a.buffer).toBe(ab);
  });
});

describe('flags vs NumPy', () => {
  const cases: [string, () => np.NDArray][] = [
    [
      'np.array([[1, 2], [3, 4]])',
      () =>
        np.array([
          [1, 2],
          [3, 4],
        ]),
    ],
    [
      "np.array([[1, 2], [3, 4]], order='F')",
      () =>
        np.array(
          [
            [1, 2],
            [3, 4],
          ],
          { order: 'F' },
        ),
    ],
    ['np.array(5)', () => np.array(5)],
    ['np.array([])', () => np.array([])],
    ["np.frombuffer(buf, dtype='i4')", () => np.frombuffer(bytes16(), 'i4')],
    ["np.frombuffer(buf, dtype='i4', offset=2, count=3)", () => np.frombuffer(bytes16(), 'i4', 3, 2)],
    ["np.frombuffer(buf, dtype='u1', offset=3)", () => np.frombuffer(bytes16(), { dtype: 'u1', offset: 3 })],
    [
      "np.ndarray((2, 2), dtype='i4', buffer=buf, strides=(4, 8))",
      () => new np.ndarray([2, 2], { dtype: 'i4', buffer: bytes16(), strides: [4, 8] }),
    ],
    [
      "np.ndarray((2, 2), dtype='i2', buffer=buf, strides=(8, 2))",
      () => new np.ndarray([2, 2], { dtype: 'i2', buffer: bytes16(), strides: [8, 2] }),
    ],
    [
      "np.ndarray((2,), dtype='i4', buffer=buf, strides=(6,))",
      () => new np.ndarray([2], { dtype: 'i4', buffer: bytes16(), strides: [6] }),
    ],
    [
      "np.ndarray((3,), dtype='i4', buffer=buf, offset=8, strides=(-4,))",
      () => new np.ndarray([3], { dtype: 'i4', buffer: bytes16(), offset: 8, strides: [-4] }),
    ],
    [
      "np.ndarray((1, 3), dtype='u1', buffer=buf, strides=(100, 1))",
      () => new np.ndarray([1, 3], { dtype: 'u1', buffer: bytes16(), strides: [100, 1] }),
    ],
    ['np.ndarray((2, 3))', () => new np.ndarray([2, 3])],
    // A Python buffer object wrapped by asarray, like a TypedArray here.
    ["np.asarray(memoryview(bytearray(8)).cast('f'))", () => np.asarray(new Float32Array(2))],
  ];
  for (const [expr, make] of cases) {
    check(pyFlags(expr), () => jsFlags(make()), { name: `flags of ${expr}` });
  }
  check(
    "exec:a = np.ndarray((2, 2), dtype='i4', buffer=buf, strides=(4, 8))\nresult = [a.flags['C_CONTIGUOUS'], a.flags['F_CONTIGUOUS'], a.flags['OWNDATA'], a.flags['WRITEABLE'], a.flags['ALIGNED']]",
    () => {
      const f = new np.ndarray([2, 2], { dtype: 'i4', buffer: bytes16(), strides: [4, 8] }).flags;
      return [f.C_CONTIGUOUS, f.F_CONTIGUOUS, f.OWNDATA, f.WRITEABLE, f.ALIGNED];
    },
  );

  test("alignment counts the byteOffset of the caller's view", () => {
    const t = new Uint8Array(new ArrayBuffer(32), 2, 16);
    expect(np.frombuffer(t, 'u2').flags.aligned).toBe(true);
    expect(np.frombuffer(t, 'i4').flags.aligned).toBe(false);
    expect(np.frombuffer(t, { dtype: 'i4', offset: 2, count: 3 }).flags.aligned).toBe(true);
  });
});

describe('shape and strides are frozen tuples shared by contents (lib/core/tuple.ts)', () => {
  // 17,000 distinct shapes and strides, more than the intern table keeps
  // before it starts again: each array keeps its own values throughout.
  check(
    'exec:result = [(v.shape, v.strides, v.T.shape, v.T.strides) for v in (np.arange(i).reshape(1, i)[:, ::-1] for i in range(1, 17001))]',
    () => {
      const out: unknown[] = [];
      for (let i = 1; i <= 17000; i++) {
        const v = np.arange(i).reshape(1, i).get(':', '::-1');
        out.push([v.shape, v.strides, v.T.shape, v.T.strides]);
      }
      return out;
    },
  );
  check('exec:a = np.zeros((2, 3)); b = np.ones((2, 3)); result = (a.shape, a.strides, b.shape, b.strides)', () => {
    const a = np.zeros([2, 3]);
    const b = np.ones([2, 3]);
    // A caller cannot change an array's layout through its shape or strides.
    expect(Object.isFrozen(a.shape) && Object.isFrozen(a.strides)).toBe(true);
    expect(() => {
      (a.shape as number[])[0] = 7;
    }).toThrow(TypeError);
    return [a.shape, a.strides, b.shape, b.strides];
  });
});

describe('SharedArrayBuffer arrays cross worker_threads without a copy', () => {
  test('a strided view is rebuilt in a worker, written there, read here', async () => {
    const sab = new SharedArrayBuffer(64);
    // float32 (2, 3) view, F-order-like strides, starting at byte 8.
    const a = new np.ndarray([2, 3], { dtype: 'float32', buffer: sab, offset: 8, strides: [4, 8] });
    new Float32Array(sab).set([0, 0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const before = a.tolist();
    const message = {
      buffer: a.buffer,
      dtype: a.dtype.name,
      shape: [...a.shape],
      strides: [...a.strides],
      offset: a.data.byteOffset,
    };
    const worker = new Worker(
      `
      const { parentPort, workerData } = require('node:worker_threads');
      const np = require(${JSON.stringify(join(__dirname, '..', 'dist'))});
      parentPort.once('message', (m) => {
        const b = new np.ndarray(m.shape, { dtype: m.dtype, buffer: m.buffer, offset: m.offset, strides: m.strides });
        const seen = b.tolist();
        // Write every element as 10 * (its value) through the shared memory.
        const view = new DataView(m.buffer);
        for (let i = 0; i < m.shape[0]; i++)
          for (let j = 0; j < m.shape[1]; j++) {
            const at = m.offset + i * m.strides[0] + j * m.strides[1];
            view.setFloat32(at, view.getFloat32(at, true) * 10, true);
          }
        const copy = np.array(b);
        parentPort.postMessage({ seen, same: b.buffer === m.buffer, shared: Object.prototype.toString.call(b.buffer), copied: copy.tolist() });
      });
      `,
      { eval: true },
    );
    const reply = await new Promise<{ seen: unknown; same: boolean; shared: string; copied: unknown }>(
      (resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(message);
      },
    );
    await worker.terminate();
    expect(reply.seen).toEqual(before);
    expect(reply.same).toBe(true);
    expect(reply.shared).toBe('[object SharedArrayBuffer]');
    const after = a.tolist() as number[][];
    expect(after).toEqual((before as number[][]).map((row) => row.map((v) => v * 10)));
    expect(reply.copied).toEqual(after);
  });
});

describe('outputs above the 32 MiB mmap threshold come from the reused heap (designs/0001)', () => {
  // Each round's outputs are new uninitialised buffers of 36–40 MB; from the
  // second round on they reuse the memory of the previous round's freed
  // ones, so a stale byte anywhere would show in the samples or the sums.
  const N = 4_800_000;
  const base = () => np.multiply(np.arange(N), 0.37) as np.NDArray;
  const plusOne = () => np.add(base(), 1) as np.NDArray;
  for (let round = 0; round < 3; round++) {
    check(`(np.arange(${N}) * 0.37 + 1)[::997]`, () => plusOne().get('::997'), {
      name: `round ${round}: a 38 MB float64 add result, sampled`,
    });
    check(`float(np.sqrt(np.arange(${N}) * 0.37 + 1).sum())`, () => (np.sqrt(plusOne()) as np.NDArray).sum(), {
      name: `round ${round}: every element of a 38 MB sqrt result (sum)`,
      rtol: 1e-12,
    });
    check(
      `float(np.arange(${2 * N}, dtype=np.float64).astype(np.float32)[1::3].sum(dtype=np.float64))`,
      () =>
        np
          .arange(2 * N)
          .astype('float32')
          .get('1::3')
          .sum({ dtype: 'float64' }),
      { name: `round ${round}: every third element of a 38 MB float32 astype result (sum)` },
    );
  }
});

describe('detached buffers', () => {
  test('an array whose ArrayBuffer was transferred away fails with an error, never a bad read', () => {
    const ab = new ArrayBuffer(16);
    const a = np.frombuffer(ab, 'int32');
    structuredClone(ab, { transfer: [ab] });
    // The native side sees a 0-byte buffer and rejects the descriptor.
    expect(() => a.astype('float64')).toThrow(np.ValueError);
    expect(() => np.array(a)).toThrow(/outside its buffer/);
    // The JS side's DataView/TypedArray constructors refuse detached buffers.
    expect(() => a.tolist()).toThrow(TypeError);
  });
});

describe('a Rust panic is caught at the boundary', () => {
  test('np.__panicForTest() throws a JS Error and the process goes on', () => {
    for (let i = 0; i < 3; i++) {
      let err: unknown = null;
      try {
        np.__panicForTest();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toMatch(/rumpy internal error/);
    }
    // The addon still works after the panics.
    expect(np.array([1, 2, 3], { dtype: 'float32' }).astype('int8').tolist()).toEqual([1, 2, 3]);
  });
});
