// Basic indexing `a.get(...)` compared with NumPy's `a[...]`: values, dtype,
// shape, strides, flags, byte offsets into the base and view-vs-copy
// behaviour (see helpers/views.ts). NumPy's `ix(b, idx)` appends `...` when
// the index has none, so that NumPy also returns a 0-d array, not a scalar.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { DTYPES, PREPS, PY_SETUP, mk, pyShape, run } from './helpers/views';

const check = oracle(PY_SETUP);

/** A deterministic PRNG (mulberry32), so the generated cases are stable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type El =
  | { k: 'int'; v: number }
  | { k: 'slice'; start: number | null; stop: number | null; step: number | null }
  | { k: 'new' }
  | { k: 'ell' };

const field = (x: number | null): string => (x === null ? '' : String(x));
function sliceText(e: { start: number | null; stop: number | null; step: number | null }): string {
  return e.step === null ? `${field(e.start)}:${field(e.stop)}` : `${field(e.start)}:${field(e.stop)}:${field(e.step)}`;
}

function pyIndex(els: El[]): string {
  if (els.length === 0) return '()';
  const parts = els.map((e) =>
    e.k === 'int' ? String(e.v) : e.k === 'slice' ? sliceText(e) : e.k === 'new' ? 'None' : '...',
  );
  return `np.index_exp[${parts.join(', ')}]`;
}

/** The three JS spellings of one index. */
function jsForms(els: El[]): [string, unknown[]][] {
  const text = els
    .map((e) => (e.k === 'int' ? String(e.v) : e.k === 'slice' ? sliceText(e) : e.k === 'new' ? 'None' : '...'))
    .join(', ');
  const separate = els.map((e) =>
    e.k === 'int' ? e.v : e.k === 'slice' ? sliceText(e) : e.k === 'new' ? null : '...',
  );
  const objects = els.map((e, i) =>
    e.k === 'int'
      ? i % 2
        ? BigInt(e.v)
        : e.v
      : e.k === 'slice'
        ? np.slice(e.start, e.stop, e.step)
        : e.k === 'new'
          ? np.newaxis
          : '...',
  );
  return [
    ['one string', els.length ? [text] : []],
    ['separate', separate],
    ['slice objects', objects],
  ];
}

function randomIndex(r: () => number, shape: number[], allowErrors: boolean): El[] {
  const els: El[] = [];
  const nd = shape.length;
  let axis = 0;
  let usedEllipsis = false;
  const count = Math.floor(r() * (nd + 2));
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  for (let i = 0; i < count; i++) {
    const roll = r();
    if (roll < 0.1) {
      els.push({ k: 'new' });
    } else if (roll < 0.2 && !usedEllipsis) {
      usedEllipsis = true;
      els.push({ k: 'ell' });
      axis = Math.max(axis, nd - (count - i - 1));
    } else if (axis < nd || allowErrors) {
      const n = shape[axis] ?? 3;
      if (roll < 0.45 && (n > 0 || allowErrors)) {
        const lim = allowErrors ? n + 2 : n;
        const v = Math.floor(r() * 2 * lim) - lim;
        els.push({ k: 'int', v: allowErrors || v >= -n ? v : v + n });
      } else {
        const bound = (): number | null => (r() < 0.3 ? null : Math.floor(r() * (2 * n + 5)) - n - 2);
        els.push({ k: 'slice', start: bound(), stop: bound(), step: pick([null, null, 1, 2, 3, -1, -2, -3]) });
      }
      axis++;
    }
  }
  return els;
}

const SHAPES: number[][] = [[], [0], [1], [5], [2, 3], [4, 1], [3, 0, 2], [2, 3, 4], [3, 4, 2], [2, 1, 3, 2]];

describe('generated basic indices', () => {
  const r = rng(20240601);
  let counter = 0;
  for (const shape of SHAPES) {
    for (const prep of PREPS) {
      if (shape.length < prep.minNdim) continue;
      for (let rep = 0; rep < 8; rep++) {
        const dt = DTYPES[counter++ % DTYPES.length];
        const els = randomIndex(r, shape, rep >= 6);
        const py = `exec:a=mk(${pyShape(shape)}, '${dt}'); b=${prep.py}; x=ix(b, ${pyIndex(els)}); result=run(a, x)`;
        for (const [form, args] of jsForms(els)) {
          check(
            py,
            () => {
              const a = mk(shape, dt);
              return run(a, prep.js(a).get(...args));
            },
            { name: `${prep.py}[${pyIndex(els)}] of ${pyShape(shape)} ${dt} (${form})` },
          );
        }
      }
    }
  }
});

describe('one index string on arrays of several shapes (parsed once, cached)', () => {
  // The cached items of a string must give each array its own view.
  const strings = ['1:', '::-1', '-1', ':, 1', '..., 0', 'None, 1:3', '0, ...', ' 1 : : 2 '];
  const shapes = [[6], [3, 4], [2, 3, 4]];
  for (const s of strings) {
    const py = shapes.map((sh) => `np.arange(${sh.reduce((p, n) => p * n, 1)}).reshape(${sh.join(', ')},)[${s}]`);
    const tryEach = py.map(
      (e) => `    try: result.append(np.asarray(${e}))\n    except Exception as e: result.append(type(e).__name__)`,
    );
    check(`exec:result = []\nif True:\n${tryEach.join('\n')}`, () =>
      shapes.map((sh) => {
        try {
          return np
            .arange(sh.reduce((p, n) => p * n, 1))
            .reshape(sh)
            .get(s);
        } catch (e) {
          return (e as Error).constructor.name;
        }
      }),
    );
  }
});

describe('chained indexing', () => {
  const r = rng(7);
  for (const shape of [
    [4, 5],
    [2, 3, 4],
    [3, 4, 2],
    [6, 1],
  ]) {
    for (let rep = 0; rep < 12; rep++) {
      const e1 = randomIndex(r, shape, false);
      const dt = DTYPES[rep % DTYPES.length];
      // The second index is drawn for the shape after the first one.
      const a0 = mk(shape, dt);
      let mid: np.NDArray;
      try {
        mid = a0.get(...jsForms(e1)[1][1]);
      } catch {
        continue;
      }
      const e2 = randomIndex(r, [...mid.shape], false);
      check(
        `exec:a=mk(${pyShape(shape)}, '${dt}'); x=ix(ix(a, ${pyIndex(e1)}), ${pyIndex(e2)}); result=run(a, x)`,
        () => {
          const a = mk(shape, dt);
          return run(a, a.get(...jsForms(e1)[0][1]).get(...jsForms(e2)[2][1]));
        },
      );
      check(
        `exec:a=mk(${pyShape(shape)}, '${dt}'); x=ix(ix(a, ${pyIndex(e1)}).T, ${pyIndex(e2)}).reshape(-1); result=run(a, x)`,
        () => {
          const a = mk(shape, dt);
          return run(
            a,
            a
              .get(...jsForms(e1)[1][1])
              .T.get(...jsForms(e2)[1][1])
              .reshape(-1),
          );
        },
      );
    }
  }
});

describe('listed index forms', () => {
  const cases: [string, (a: np.NDArray) => np.NDArray][] = [
    ['ix(a, (2,))', (a) => a.get(2)],
    ['ix(a, (-1,))', (a) => a.get(-1)],
    ['ix(a, (1, 2))', (a) => a.get(1, 2)],
    ['ix(a, (-1, -4))', (a) => a.get('-1, -4')],
    ['ix(a, (1, -1))', (a) => a.get(1n, -1n)],
    ['ix(a, (0, 0))', (a) => a.get(-0, 0)],
    ['a[1:5:2]', (a) => a.get('1:5:2')],
    ['a[1:5:2]', (a) => a.get(np.slice(1, 5, 2))],
    ['a[::-1]', (a) => a.get('::-1')],
    ['a[:]', (a) => a.get(':')],
    ['a[..., 0]', (a) => a.get('...', 0)],
    ['a[..., 0]', (a) => a.get('..., 0')],
    ['a[:, None]', (a) => a.get(':', null)],
    ['a[:, np.newaxis]', (a) => a.get(':', np.newaxis)],
    ['a[1:3, ::2]', (a) => a.get('1:3', '::2')],
    ['a[1:3, ::2]', (a) => a.get('1:3, ::2')],
    ['a[1:3, ::2]', (a) => a.get(' 1 : 3 ,  : : 2 ')],
    ['a[1:3, ::2]', (a) => a.get('1:3', np.slice(null, null, 2))],
    ['a[1,]', (a) => a.get('1,')],
    ['a[None, ..., None]', (a) => a.get('None, ..., newaxis')],
    ['a[None, ..., None]', (a) => a.get('np.newaxis, Ellipsis, numpy.newaxis')],
    ['a[()]', (a) => a.get()],
    ['a[...]', (a) => a.get('...')],
    ['a[:2]', (a) => a.get(np.slice(2))],
    ['a[-100:100]', (a) => a.get('-100:100')],
    ['a[100:-100:-1]', (a) => a.get('100:-100:-1')],
    ['a[:, -100:100:-2]', (a) => a.get(':', '-100:100:-2')],
    ['a[:, 100:-100:-2]', (a) => a.get(':', np.slice(100, -100, -2))],
    ['a[2**62:]', (a) => a.get(np.slice(2n ** 62n, null))],
    ['a[-2**70:2**70]', (a) => a.get(np.slice(-(2n ** 70n), 2n ** 70n))],
    ['a[np.array(1):]', (a) => a.get(np.slice(np.array(1), null))],
    ['a[True:]', (a) => a.get(np.slice(true, null))],
    ['a[2:1]', (a) => a.get('2:1')],
    ['a[:, 3:1:-1][1:, ::-1]', (a) => a.get(':, 3:1:-1').get('1:, ::-1')],
    ['a[:, 5:]', (a) => a.get(':, 5:')],
    ['a[:0, :0]', (a) => a.get(':0, :0')],
    // A 0-d integer array indexes like an integer, but NumPy copies.
    ['a[np.array(1)]', (a) => a.get(np.array(1))],
    ['a[np.array(-1), 1:]', (a) => a.get(np.array(-1), '1:')],
    ['a[:, np.array(2, dtype=np.uint8)]', (a) => a.get(':', np.array(2, { dtype: 'uint8' }))],
    ['a.T[np.array(1), ...]', (a) => a.T.get(np.array(1), '...')],
    ['a[np.array(1), 2, ...]', (a) => a.get(np.array(1), 2, '...')],
    // Errors.
    ['a[5]', (a) => a.get(5)],
    ['a[1, -5]', (a) => a.get(1, -5)],
    ['a[-4]', (a) => a.get('-4')],
    ['a[1, 2, 3]', (a) => a.get(1, 2, 3)],
    ['a[1, :, None, 2]', (a) => a.get('1, :, None, 2')],
    ['a[1.0]', (a) => a.get(1.5)],
    ['a[1.5]', (a) => a.get('1.5')],
    ['a["a"]', (a) => a.get('a')],
    ['a["a"]', (a) => a.get('1:2:3:4')],
    ['a["a"]', (a) => a.get('1,,2')],
    ['a["a"]', (a) => a.get('')],
    ['a[1+2j]', (a) => a.get(new np.Complex(1, 2))],
    ['a[2**70]', (a) => a.get(2n ** 70n)],
    ['a[2**63]', (a) => a.get('9223372036854775808')],
    ['a[2**62]', (a) => a.get(2 ** 62)],
    ['a[1, ..., ...]', (a) => a.get(1, '...', '...')],
    ['a[..., 1, ...]', (a) => a.get('..., 1, ...')],
    ['a[1.5, ..., ...]', (a) => a.get(1.5, '...', '...')],
    ['a[..., ..., 1.5]', (a) => a.get('...', '...', 1.5)],
    ['a[1:2:0]', (a) => a.get('1:2:0')],
    ['a[::0]', (a) => a.get(np.slice(null, null, 0))],
    ['a[1.5:2]', (a) => a.get(np.slice(1.5, 2))],
    ['a[5, 1:2:0]', (a) => a.get(5, '1:2:0')],
    ['a[np.array(5)]', (a) => a.get(np.array(5))],
    ['a[np.array(1.0)]', (a) => a.get(np.array(1, { dtype: 'float64' }))],
    ['a[np.array([1.0])]', (a) => a.get(np.array([1.5]))],
  ];
  for (const dt of ['int64', 'float32', 'complex128', 'bool', 'uint16']) {
    for (const [expr, f] of cases) {
      check(`exec:a=mk((3, 4), '${dt}'); result=run(a, ${expr})`, () => {
        const a = mk([3, 4], dt);
        return run(a, f(a));
      });
    }
  }
  check("exec:a=mk((), 'int64'); result=run(a, a[...])", () => {
    const a = mk([], 'int64');
    return run(a, a.get('...'));
  });
  check("exec:a=mk((), 'int64'); result=run(a, a[None])", () => {
    const a = mk([], 'int64');
    return run(a, a.get(null));
  });
  check("exec:a=mk((), 'int64'); result=run(a, ix(a, ()))", () => {
    const a = mk([], 'int64');
    return run(a, a.get());
  });
  check("mk((), 'int64')[0]", () => mk([], 'int64').get(0));
  check("mk((5,), 'int64')[0, 1]", () => mk([5], 'int64').get('0, 1'));
});

describe('views of read-only arrays and writes through views', () => {
  check(
    "exec:a=mk((3, 4), 'int64'); r=np.broadcast_to(a, (2, 3, 4))[1, :, ::2]; result=[r.flags.writeable, r.flags.owndata]",
    () => {
      const r = np.broadcast_to(mk([3, 4], 'int64'), [2, 3, 4]).get('1, :, ::2');
      return [r.flags.writeable, r.flags.owndata];
    },
  );
  check(
    'exec:a=np.arange(12).reshape(3,4); v=a[1:, ::-2]; v[0, 0]=99; v[1, 1]=77; result=a',
    () => {
      const a = mk([3, 4], 'int64');
      const v = a.get('1:, ::-2');
      const view = new DataView(v.buffer);
      const at = (i: number, j: number): number =>
        v._bytes.byteOffset + v._offset + i * v.strides[0] + j * v.strides[1];
      view.setBigInt64(at(0, 0), 99n, true);
      view.setBigInt64(at(1, 1), 77n, true);
      return a;
    },
    { name: 'writes through a negative-stride view land in the base' },
  );
});

describe('slice objects', () => {
  const r = rng(99);
  for (let i = 0; i < 60; i++) {
    const f = (): number | null => (r() < 0.25 ? null : Math.floor(r() * 21) - 10);
    const start = f();
    const stop = f();
    const step = r() < 0.2 ? null : [1, 2, 3, 7, -1, -2, -3, -7][Math.floor(r() * 8)];
    const n = Math.floor(r() * 9);
    const show = (x: number | null): string => (x === null ? 'None' : String(x));
    check(`list(slice(${show(start)}, ${show(stop)}, ${show(step)}).indices(${n}))`, () =>
      np.slice(start, stop, step).indices(n),
    );
  }
  check('str(slice(1, None, -1))', () => String(np.slice(1, null, -1)));
  check('str(slice(3))', () => String(np.slice(3)));
  check('slice(1, 2, 0).indices(5)', () => np.slice(1, 2, 0).indices(5));
});

describe('newaxis', () => {
  test('np.newaxis is null', () => {
    expect(np.newaxis).toBeNull();
  });
});
