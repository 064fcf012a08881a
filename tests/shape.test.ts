// Shape manipulation compared with NumPy: values, dtype, shape, strides,
// flags, memory offsets and view-vs-copy behaviour (see helpers/views.ts).
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { DTYPES, PREPS, PY_SETUP, mk, pyShape, run } from './helpers/views';

const check = oracle(PY_SETUP);

const SHAPES: number[][] = [[], [0], [5], [1], [2, 3], [3, 1, 4], [2, 0, 3], [2, 3, 4], [1, 2, 1, 3], [2, 2, 3, 2]];

let counter = 0;
const nextDtype = (): string => DTYPES[counter++ % DTYPES.length];

/** Registers `op` on every (shape, prep) input, rotating dtypes. */
function onInputs(
  label: string,
  pyOp: string,
  jsOp: (b: np.NDArray, shape: number[]) => np.NDArray,
  shapes: number[][] = SHAPES,
  preps = PREPS,
): void {
  for (const shape of shapes) {
    for (const prep of preps) {
      if (shape.length < prep.minNdim) continue;
      const dt = nextDtype();
      const py = pyOp.replaceAll('$n', String(shape.reduce((x, y) => x * y, 1)));
      check(
        `exec:a=mk(${pyShape(shape)}, '${dt}'); b=${prep.py}; x=${py}; result=run(a, x)`,
        () => {
          const a = mk(shape, dt);
          return run(a, jsOp(prep.js(a), shape));
        },
        { name: `${label}: ${prep.py} of ${pyShape(shape)} ${dt}` },
      );
    }
  }
}

function divisors(n: number): number[] {
  const out: number[] = [];
  for (let d = 2; d < n; d++) if (n % d === 0) out.push(d);
  return out;
}

function reshapeTargets(n: number): number[][] {
  const t: number[][] = [[n], [-1], [1, n], [n, 1], [-1, 1], [1, -1, 1]];
  for (const d of divisors(n)) {
    t.push([d, n / d], [d, -1], [1, d, 1, n / d, 1]);
    for (const e of divisors(n / d)) t.push([d, e, n / d / e]);
  }
  if (n === 0) t.push([0, 5], [5, 0], [2, -1, 3]);
  return t;
}

describe('reshape', () => {
  for (const shape of SHAPES) {
    const n = shape.reduce((x, y) => x * y, 1);
    for (const prep of PREPS) {
      if (shape.length < prep.minNdim) continue;
      reshapeTargets(n).forEach((target, k) => {
        for (const order of ['C', 'F'] as const) {
          const dt = nextDtype();
          const form = (k + (order === 'F' ? 1 : 0)) % 3;
          check(
            `exec:a=mk(${pyShape(shape)}, '${dt}'); b=${prep.py}; x=b.reshape(${pyShape(target)}, order='${order}'); result=run(a, x)`,
            () => {
              const a = mk(shape, dt);
              const b = prep.js(a);
              let x: np.NDArray;
              if (form === 0) x = b.reshape(...target, { order });
              else if (form === 1) x = b.reshape(target, { order });
              else x = np.reshape(b, target, order);
              return run(a, x);
            },
            { name: `reshape ${prep.py} of ${pyShape(shape)} -> ${pyShape(target)} order ${order} ${dt}` },
          );
        }
      });
    }
  }
  // copy=False succeeds exactly when a view exists; copy=True always copies.
  for (const shape of [[2, 3, 4], [2, 3], [1, 2, 1, 3], [5]]) {
    for (const prep of PREPS) {
      if (shape.length < prep.minNdim) continue;
      const n = shape.reduce((x, y) => x * y, 1);
      for (const target of [[n], [-1, shape[shape.length - 1]], [1, ...shape]]) {
        for (const copy of [false, true]) {
          const dt = nextDtype();
          check(
            `exec:a=mk(${pyShape(shape)}, '${dt}'); b=${prep.py}; x=np.reshape(b, ${pyShape(target)}, copy=${copy ? 'True' : 'False'}); result=run(a, x)`,
            () => {
              const a = mk(shape, dt);
              return run(a, np.reshape(prep.js(a), target, { copy }));
            },
          );
        }
      }
    }
  }
  const a6 = (): np.NDArray => mk([6], 'int64');
  const s6 = "mk((6,), 'int64')";
  check(`${s6}.reshape(4)`, () => a6().reshape(4));
  check(`${s6}.reshape(4, 5)`, () => a6().reshape(4, 5));
  check(`${s6}.reshape(-1, 4)`, () => a6().reshape(-1, 4));
  check(`${s6}.reshape(4, -1)`, () => a6().reshape(4, -1));
  check(`${s6}.reshape(2, -1, 4)`, () => a6().reshape(2, -1, 4));
  check(`${s6}.reshape(-1, 4, 5)`, () => a6().reshape(-1, 4, 5));
  check(`${s6}.reshape(())`, () => a6().reshape([]));
  check(`${s6}.reshape(-1, -1)`, () => a6().reshape(-1, -1));
  check(`${s6}.reshape(-2, 3)`, () => a6().reshape(-2, 3));
  check(`${s6}.reshape(2.5)`, () => a6().reshape(2.5));
  check(`${s6}.reshape(2, 2.5)`, () => a6().reshape(2, 2.5));
  check(`${s6}.reshape([2, 2.5])`, () => a6().reshape([2, 2.5]));
  check(`${s6}.reshape(2, 'F')`, () => a6().reshape(2, 'F'));
  check(`${s6}.reshape(6, order='X')`, () => a6().reshape(6, { order: 'X' }));
  check(`${s6}.reshape(6, order='K')`, () => a6().reshape(6, { order: 'K' }));
  check(`${s6}.reshape(3, 2, order='A')`, () => a6().reshape(3, 2, { order: 'A' }));
  check(`${s6}.reshape(3, 2, copy=False).base is None`, () => a6().reshape(3, 2, { copy: false }).base === null);
  check("mk((3, 4), 'int64').T.reshape(2, 6, copy=False)", () => mk([3, 4], 'int64').T.reshape(2, 6, { copy: false }));
  check("exec:a=mk((3, 4), 'int64'); result=run(a, a.T.reshape((2, 6), copy=True))", () => {
    const a = mk([3, 4], 'int64');
    return run(a, a.T.reshape([2, 6], { copy: true }));
  });
  check("mk((3, 4), 'int64').reshape(shape=(2, 6))", () => mk([3, 4], 'int64').reshape({ shape: [2, 6] }));
  check(`${s6}.reshape(3, 2, foo=1)`, () => a6().reshape(3, 2, { foo: 1 }));
  check("mk((0, 3), 'int64').reshape(-1, 0)", () => mk([0, 3], 'int64').reshape(-1, 0));
  check("mk((3, 4), 'int64').T.reshape(12, copy=False)", () => mk([3, 4], 'int64').T.reshape(12, { copy: false }));
  check("np.reshape(mk((3, 4), 'int64').T, (2, 6), 'A')", () => np.reshape(mk([3, 4], 'int64').T, [2, 6], 'A'));
  check('np.reshape([[1, 2], [3, 4]], 4)', () =>
    np.reshape(
      [
        [1, 2],
        [3, 4],
      ],
      4,
    ),
  );
  // The NumPy expression from the issue: a reshape of a transpose copies.
  check(
    'exec:a=np.arange(12).reshape(3,4); v=a.T.reshape(12); v[0]=99; result=a',
    () => {
      const a = mk([3, 4], 'int64');
      const v = a.T.reshape(12);
      (v.data as BigInt64Array)[0] = 99n;
      return a;
    },
    { name: 'writing into a.T.reshape(12) leaves a alone' },
  );
  check(
    'exec:a=np.arange(12).reshape(3,4); v=a.reshape(2, 6); v[0, 1]=99; result=a',
    () => {
      const a = mk([3, 4], 'int64');
      const v = a.reshape(2, 6);
      (v.data as BigInt64Array)[1] = 99n;
      return a;
    },
    { name: 'writing into a.reshape(2, 6) writes a' },
  );
});

describe('ravel and flatten', () => {
  for (const order of ['C', 'F', 'A', 'K']) {
    onInputs(`ravel ${order}`, `np.ravel(b, '${order}')`, (b) => np.ravel(b, order));
    onInputs(`a.ravel ${order}`, `b.ravel(order='${order}')`, (b) => b.ravel({ order }));
    onInputs(`flatten ${order}`, `b.flatten('${order}')`, (b) => b.flatten(order));
  }
  onInputs('ravel', 'b.ravel()', (b) => b.ravel());
  onInputs('flatten', 'b.flatten()', (b) => b.flatten());
  check("mk((2, 3), 'int64').ravel('X')", () => mk([2, 3], 'int64').ravel('X'));
  check("mk((2, 3), 'int64').flatten(order='X')", () => mk([2, 3], 'int64').flatten({ order: 'X' }));
  check('np.ravel([[1, 2], [3, 4]])', () =>
    np.ravel([
      [1, 2],
      [3, 4],
    ]),
  );
});

describe('transpose, T, swapaxes', () => {
  onInputs('T', 'b.T', (b) => b.T);
  onInputs('transpose()', 'b.transpose()', (b) => b.transpose());
  onInputs('np.transpose', 'np.transpose(b)', (b) => np.transpose(b));
  onInputs('transpose rolled', 'b.transpose(*[(i + 1) % b.ndim for i in range(b.ndim)])', (b) =>
    b.transpose(...b.shape.map((_, i) => (i + 1) % b.ndim)),
  );
  onInputs('transpose negative list', 'np.transpose(b, [i - b.ndim for i in range(b.ndim)][::-1])', (b) =>
    np.transpose(b, b.shape.map((_, i) => i - b.ndim).reverse()),
  );
  onInputs('T.T', 'b.T.T', (b) => b.T.T);
  const nd2 = SHAPES.filter((s) => s.length >= 2);
  onInputs('swapaxes', 'np.swapaxes(b, 0, -1)', (b) => np.swapaxes(b, 0, -1), nd2);
  onInputs('a.swapaxes', 'b.swapaxes(-1, 1)', (b) => b.swapaxes(-1, 1), nd2);
  const t = "mk((2, 3), 'int64')";
  check(`${t}.transpose(1)`, () => mk([2, 3], 'int64').transpose(1));
  check(`${t}.transpose(1, 1)`, () => mk([2, 3], 'int64').transpose(1, 1));
  check(`${t}.transpose(1, 2)`, () => mk([2, 3], 'int64').transpose(1, 2));
  check(`${t}.transpose([-1, 0])`, () => mk([2, 3], 'int64').transpose([-1, 0]));
  check(`${t}.transpose(None)`, () => mk([2, 3], 'int64').transpose(null));
  check(`np.transpose(${t}, (1,))`, () => np.transpose(mk([2, 3], 'int64'), [1]));
  check(`np.swapaxes(${t}, 0, 2)`, () => np.swapaxes(mk([2, 3], 'int64'), 0, 2));
  check(`np.swapaxes(${t}, 5, 0)`, () => np.swapaxes(mk([2, 3], 'int64'), 5, 0));
  check(`np.swapaxes(${t}, 0)`, () => np.swapaxes(mk([2, 3], 'int64'), 0), { message: 'none' }); // Python signature text
});

describe('squeeze and expand_dims', () => {
  onInputs('squeeze', 'b.squeeze()', (b) => b.squeeze());
  onInputs('np.squeeze', 'np.squeeze(b)', (b) => np.squeeze(b));
  const s = "mk((1, 2, 1, 3), 'float32')";
  const m = (): np.NDArray => mk([1, 2, 1, 3], 'float32');
  for (const axis of [0, 2, -2, -4, [0, 2], [2, 0], [-2], 1, 3, [0, 1], [0, 0], [0, -4], 4, -5]) {
    const py = Array.isArray(axis) ? `(${axis.join(', ')},)` : String(axis);
    check(`exec:a=${s}; x=np.squeeze(a, ${py}); result=run(a, x)`, () => {
      const a = m();
      return run(a, np.squeeze(a, axis));
    });
    check(`exec:a=${s}; x=a.T.squeeze(axis=${py}); result=run(a, x)`, () => {
      const a = m();
      return run(a, a.T.squeeze({ axis }));
    });
  }
  check("exec:a=mk((2, 3), 'int64'); result=[np.squeeze(a) is a, a.squeeze(()) is a, np.squeeze(a[None]) is a]", () => {
    const a = mk([2, 3], 'int64');
    return [np.squeeze(a) === a, a.squeeze([]) === a, np.squeeze(a.get(null)) === a];
  });
  for (const axis of [0, -1, 1, [0], [0, 0]]) {
    const py = Array.isArray(axis) ? `(${axis.join(', ')},)` : String(axis);
    check(`np.squeeze(mk((), 'int64'), ${py})`, () => np.squeeze(mk([], 'int64'), axis));
  }
  for (const shape of SHAPES) {
    for (const axis of [0, -1, [0, 1], [0, -1], [1, 0, 3], -2, 1]) {
      const py = Array.isArray(axis) ? `(${axis.join(', ')},)` : String(axis);
      const dt = nextDtype();
      check(
        `exec:a=mk(${pyShape(shape)}, '${dt}'); x=np.expand_dims(a.T, ${py}); result=run(a, x)`,
        () => {
          const a = mk(shape, dt);
          return run(a, np.expand_dims(a.T, axis));
        },
        { name: `expand_dims ${pyShape(shape)} ${py} ${dt}` },
      );
    }
  }
  onInputs('expand_dims of views', 'np.expand_dims(b, (0, -1))', (b) => np.expand_dims(b, [0, -1]));
  check("np.expand_dims(mk((2,), 'int64'), (0, 0))", () => np.expand_dims(mk([2], 'int64'), [0, 0]));
  check("np.expand_dims(mk((2,), 'int64'), 3)", () => np.expand_dims(mk([2], 'int64'), 3));
  check("np.expand_dims(mk((2,), 'int64'), -4)", () => np.expand_dims(mk([2], 'int64'), -4));
  check("np.expand_dims(mk((2,), 'int64'), 1.5)", () => np.expand_dims(mk([2], 'int64'), 1.5), { message: 'none' }); // NumPy's message names operator.index
});

describe('broadcast_to', () => {
  const targets = (shape: number[]): number[][] => [
    [...shape],
    [2, ...shape],
    [3, 1, ...shape],
    shape.map((d) => (d === 1 ? 4 : d)),
    [2, ...shape.map((d) => (d === 1 ? 0 : d))],
  ];
  for (const shape of SHAPES) {
    for (const prep of PREPS) {
      if (shape.length < prep.minNdim) continue;
      for (const target of targets(shape)) {
        const dt = nextDtype();
        check(
          `exec:a=mk(${pyShape(shape)}, '${dt}'); b=${prep.py}; x=np.broadcast_to(b, ${pyShape(target)}); result=run(a, x)`,
          () => {
            const a = mk(shape, dt);
            const b = prep.js(a);
            return run(a, np.broadcast_to(b, target));
          },
          { name: `broadcast_to ${prep.py} of ${pyShape(shape)} -> ${pyShape(target)} ${dt}` },
        );
      }
    }
  }
  check('np.broadcast_to(5, 3)', () => np.broadcast_to(5, 3));
  check("np.broadcast_to(mk((3,), 'int64'), (4,))", () => np.broadcast_to(mk([3], 'int64'), [4]));
  check("np.broadcast_to(mk((3,), 'int64'), ())", () => np.broadcast_to(mk([3], 'int64'), []));
  check("np.broadcast_to(mk((3,), 'int64'), (-1, 3))", () => np.broadcast_to(mk([3], 'int64'), [-1, 3]));
  check("np.broadcast_to(mk((2, 3), 'int64'), (3,))", () => np.broadcast_to(mk([2, 3], 'int64'), [3]));
  check("np.broadcast_to(mk((2, 3), 'int64'), (2, 4))", () => np.broadcast_to(mk([2, 3], 'int64'), [2, 4]));
  check("np.broadcast_to(mk((2, 3), 'int64'), (5, 2, 4))", () => np.broadcast_to(mk([2, 3], 'int64'), [5, 2, 4]));
  check(
    "np.broadcast_to(mk((2, 3), 'int64'), (2, 3)).T.flags.writeable",
    () => np.broadcast_to(mk([2, 3], 'int64'), [2, 3]).T.flags.writeable,
  );
});

describe('view', () => {
  const views: [string, string][] = [
    ['int64', 'float64'],
    ['int64', 'int32'],
    ['int64', 'uint8'],
    ['int32', 'int64'],
    ['uint8', 'uint16'],
    ['int16', 'int8'],
    ['float32', 'int32'],
    ['complex128', 'float64'],
    ['float64', 'complex128'],
    ['uint8', 'int8'],
    ['bool', 'uint8'],
  ];
  for (const [from, to] of views) {
    for (const shape of [[], [0], [4], [2, 4], [3, 1], [2, 0, 4], [2, 2, 4]]) {
      for (const prep of PREPS) {
        if (shape.length < prep.minNdim) continue;
        check(
          `exec:a=mk(${pyShape(shape)}, '${from}'); b=${prep.py}; x=b.view('${to}'); result=run(a, x)`,
          () => {
            const a = mk(shape, from);
            return run(a, prep.js(a).view(to));
          },
          { name: `view ${prep.py} of ${pyShape(shape)} ${from} as ${to}` },
        );
      }
    }
  }
  onInputs('view()', 'b.view()', (b) => b.view());
  check("exec:a=mk((2, 3), 'int64'); result=run(a, a.view(np.ndarray))", () => {
    const a = mk([2, 3], 'int64');
    return run(a, a.view(np.ndarray));
  });
});

describe('a.mT', () => {
  check("mk((2, 3, 4), 'int64').mT", () => mk([2, 3, 4], 'int64').mT);
  check("mk((3, 4), 'float32').mT", () => mk([3, 4], 'float32').mT);
  check("exec:a=mk((2, 3, 4), 'int64'); result=run(a, a.mT)", () => {
    const a = mk([2, 3, 4], 'int64');
    return run(a, a.mT);
  });
  check("mk((2, 3, 4), 'int64')[:, ::-1, ::2].mT", () => mk([2, 3, 4], 'int64').get(':', '::-1', '::2').mT);
  check("mk((4,), 'int64').mT", () => mk([4], 'int64').mT);
  check('np.array(5).mT', () => np.array(5).mT);
});
