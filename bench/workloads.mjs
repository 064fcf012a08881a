// The benchmark workloads, each written once for NumPy (Python source run by
// bench/numpy_bench.py) and once for rumpy (a setup function returning the
// timed closure). `bytes` is the memory traffic of one call, for rows bound by
// memory bandwidth.

const F8 = 8;

/** @type {{name: string, category: string, py: {setup: string, stmt: string}, js: (np: any) => () => unknown, bytes?: number}[]} */
export const WORKLOADS = [
  ...[10, 1e3, 1e6, 1e7].flatMap((n) =>
    ['add', 'multiply'].map((op) => ({
      name: `${op} f8 ${n.toExponential(0)}`,
      category: 'elementwise',
      py: { setup: `a = np.random.rand(${n}); b = np.random.rand(${n})`, stmt: `np.${op}(a, b)` },
      js: (np) => {
        const a = np.linspace(0, 1, n);
        const b = np.linspace(1, 2, n);
        return () => np[op](a, b);
      },
      bytes: n >= 1e6 ? 3 * F8 * n : undefined,
    })),
  ),
  {
    name: 'broadcast add (1000,1000)+(1000,)',
    category: 'elementwise',
    py: { setup: 'a = np.random.rand(1000, 1000); b = np.random.rand(1000)', stmt: 'np.add(a, b)' },
    js: (np) => {
      const a = np.linspace(0, 1, 1e6).reshape(1000, 1000);
      const b = np.linspace(0, 1, 1000);
      return () => np.add(a, b);
    },
    bytes: 2 * F8 * 1e6,
  },
  ...['exp', 'sin', 'sqrt'].map((f) => ({
    name: `${f} f8 1e6`,
    category: 'elementwise',
    py: { setup: 'a = np.random.rand(1000000)', stmt: `np.${f}(a)` },
    js: (np) => {
      const a = np.linspace(0, 1, 1e6);
      return () => np[f](a);
    },
  })),
  {
    name: 'exp f4 1e6',
    category: 'elementwise',
    py: { setup: "a = np.random.rand(1000000).astype('float32')", stmt: 'np.exp(a)' },
    js: (np) => {
      const a = np.linspace(0, 1, 1e6, { dtype: 'float32' });
      return () => np.exp(a);
    },
  },
  ...['sum', 'mean', 'max', 'argmax'].map((f) => ({
    name: `${f} f8 1e7`,
    category: 'reduction',
    py: { setup: 'a = np.random.rand(10000000)', stmt: `np.${f}(a)` },
    js: (np) => {
      const a = np.linspace(0, 1, 1e7);
      return () => np[f](a);
    },
    bytes: F8 * 1e7,
  })),
  ...[0, 1].map((axis) => ({
    name: `sum axis=${axis} (2000,2000)`,
    category: 'reduction',
    py: { setup: 'a = np.random.rand(2000, 2000)', stmt: `np.sum(a, axis=${axis})` },
    js: (np) => {
      const a = np.linspace(0, 1, 4e6).reshape(2000, 2000);
      return () => np.sum(a, { axis });
    },
    bytes: F8 * 4e6,
  })),
  {
    name: 'cumsum f8 1e6',
    category: 'reduction',
    py: { setup: 'a = np.random.rand(1000000)', stmt: 'np.cumsum(a)' },
    js: (np) => {
      const a = np.linspace(0, 1, 1e6);
      return () => np.cumsum(a);
    },
    bytes: 2 * F8 * 1e6,
  },
  {
    name: 'astype f8->f4 1e7',
    category: 'memory',
    py: { setup: 'a = np.random.rand(10000000)', stmt: "a.astype('float32')" },
    js: (np) => {
      const a = np.linspace(0, 1, 1e7);
      return () => a.astype('float32');
    },
    bytes: 12 * 1e7,
  },
  {
    name: 'zeros 1e7',
    category: 'memory',
    py: { setup: '', stmt: 'np.zeros(10000000)' },
    js: (np) => () => np.zeros(1e7),
    bytes: F8 * 1e7,
  },
  // Issue 4: indexing, joining, sorting, sets.
  {
    name: 'ascontiguousarray(a.T) (4000,4000)',
    category: 'indexing',
    py: { setup: 'a = np.random.rand(4000, 4000)', stmt: 'np.ascontiguousarray(a.T)' },
    js: (np) => {
      const a = np.linspace(0, 1, 16e6).reshape(4000, 4000);
      return () => np.ascontiguousarray(a.T);
    },
    bytes: 2 * F8 * 16e6,
  },
  {
    name: 'a[::2, ::3].copy() (4000,4000)',
    category: 'indexing',
    py: { setup: 'a = np.random.rand(4000, 4000)', stmt: 'a[::2, ::3].copy()' },
    js: (np) => {
      const a = np.linspace(0, 1, 16e6).reshape(4000, 4000);
      return () => a.get('::2, ::3').copy();
    },
  },
  {
    name: 'take 1e6 of 1e6',
    category: 'indexing',
    py: {
      setup: 'a = np.random.rand(1000000); i = np.random.randint(0, 1000000, 1000000)',
      stmt: 'np.take(a, i)',
    },
    js: (np) => {
      const a = np.linspace(0, 1, 1e6);
      const i = np.arange(1e6).multiply(7919).astype('int64');
      const idx = np.subtract(i, np.multiply(np.floor_divide(i, 1e6), 1e6));
      return () => np.take(a, idx);
    },
  },
  {
    name: 'boolean mask 1e6 p=0.5',
    category: 'indexing',
    py: { setup: 'a = np.random.rand(1000000); m = a > 0.5', stmt: 'a[m]' },
    js: (np) => {
      const a = np.linspace(0, 1, 1e6);
      const m = np.greater(np.sin(np.arange(1e6)), 0);
      return () => a.get(m);
    },
  },
  {
    name: 'where(c, x, y) 1e6',
    category: 'indexing',
    py: {
      setup: 'x = np.random.rand(1000000); y = np.random.rand(1000000); c = x > 0.5',
      stmt: 'np.where(c, x, y)',
    },
    js: (np) => {
      const x = np.linspace(0, 1, 1e6);
      const y = np.linspace(1, 2, 1e6);
      const c = np.greater(np.sin(np.arange(1e6)), 0);
      return () => np.where(c, x, y);
    },
  },
  {
    name: 'concatenate 2x1e6',
    category: 'indexing',
    py: { setup: 'a = np.random.rand(1000000); b = np.random.rand(1000000)', stmt: 'np.concatenate([a, b])' },
    js: (np) => {
      const a = np.linspace(0, 1, 1e6);
      const b = np.linspace(1, 2, 1e6);
      return () => np.concatenate([a, b]);
    },
    bytes: 4 * F8 * 1e6,
  },
  ...['sort', 'argsort'].map((f) => ({
    name: `${f} f8 1e6`,
    category: 'sorting',
    py: { setup: 'a = np.random.rand(1000000)', stmt: `np.${f}(a)` },
    js: (np) => {
      const a = np.sin(np.arange(1e6).multiply(12.9898)).multiply(43758.5453);
      return () => np[f](a);
    },
  })),
  {
    name: 'unique i8 1e6 in [0,1e6)',
    category: 'sorting',
    py: { setup: 'a = np.random.randint(0, 1000000, 1000000)', stmt: 'np.unique(a)' },
    js: (np) => {
      const i = np.arange(1e6).multiply(7919);
      const a = np.subtract(i, np.multiply(np.floor_divide(i, 1e6), 1e6));
      return () => np.unique(a);
    },
  },
  {
    name: 'searchsorted 1e5 in 1e6',
    category: 'sorting',
    py: {
      setup: 'a = np.sort(np.random.rand(1000000)); q = np.random.rand(100000)',
      stmt: 'np.searchsorted(a, q)',
    },
    js: (np) => {
      const a = np.linspace(0, 1, 1e6);
      const q = np.linspace(0, 1, 1e5).multiply(0.999);
      return () => np.searchsorted(a, q);
    },
  },
  ...[200, 1000].map((n) => ({
    name: `matmul f8 ${n}x${n}`,
    category: 'linalg',
    py: { setup: `a = np.random.rand(${n}, ${n}); b = np.random.rand(${n}, ${n})`, stmt: 'np.matmul(a, b)' },
    js: (np) => {
      const a = np.linspace(0, 1, n * n).reshape(n, n);
      const b = np.linspace(1, 2, n * n).reshape(n, n);
      return () => np.matmul(a, b);
    },
  })),
  // Small calls (10 elements): the call paths users hit most, where the cost
  // is the path, not the arithmetic.
  ...[
    [
      'f8 + 2',
      'a = np.linspace(0, 1, 10)',
      'np.add(a, 2)',
      (np) => {
        const a = np.linspace(0, 1, 10);
        return () => np.add(a, 2);
      },
    ],
    [
      'f8 + i8',
      'a = np.linspace(0, 1, 10); b = np.arange(10)',
      'np.add(a, b)',
      (np) => {
        const a = np.linspace(0, 1, 10);
        const b = np.arange(10);
        return () => np.add(a, b);
      },
    ],
    [
      'f8 < 0.5',
      'a = np.linspace(0, 1, 10)',
      'np.less(a, 0.5)',
      (np) => {
        const a = np.linspace(0, 1, 10);
        return () => np.less(a, 0.5);
      },
    ],
    [
      'sum',
      'a = np.linspace(0, 1, 10)',
      'np.sum(a)',
      (np) => {
        const a = np.linspace(0, 1, 10);
        return () => np.sum(a);
      },
    ],
    [
      'mean',
      'a = np.linspace(0, 1, 10)',
      'np.mean(a)',
      (np) => {
        const a = np.linspace(0, 1, 10);
        return () => np.mean(a);
      },
    ],
    [
      'argmax',
      'a = np.linspace(0, 1, 10)',
      'np.argmax(a)',
      (np) => {
        const a = np.linspace(0, 1, 10);
        return () => np.argmax(a);
      },
    ],
    [
      'sum axis=0 (3,4)',
      'a = np.linspace(0, 1, 12).reshape(3, 4)',
      'np.sum(a, axis=0)',
      (np) => {
        const a = np.linspace(0, 1, 12).reshape(3, 4);
        return () => np.sum(a, { axis: 0 });
      },
    ],
    [
      'clip',
      'a = np.linspace(0, 1, 10)',
      'np.clip(a, 0.2, 0.8)',
      (np) => {
        const a = np.linspace(0, 1, 10);
        return () => np.clip(a, 0.2, 0.8);
      },
    ],
    [
      'copy',
      'a = np.linspace(0, 1, 10)',
      'a.copy()',
      (np) => {
        const a = np.linspace(0, 1, 10);
        return () => a.copy();
      },
    ],
    [
      'f8 + i8 out=',
      'a = np.linspace(0, 1, 10); b = np.arange(10); c = np.empty(10)',
      'np.add(a, b, out=c)',
      (np) => {
        const a = np.linspace(0, 1, 10);
        const b = np.arange(10);
        const c = np.empty(10);
        return () => np.add(a, b, { out: c });
      },
    ],
    [
      'max axis=0 (2,5)',
      'a = np.linspace(0, 1, 10).reshape(2, 5)',
      'np.max(a, axis=0)',
      (np) => {
        const a = np.linspace(0, 1, 10).reshape(2, 5);
        return () => np.max(a, { axis: 0 });
      },
    ],
    [
      'argmax axis=1 (2,5)',
      'a = np.linspace(0, 1, 10).reshape(2, 5)',
      'np.argmax(a, axis=1)',
      (np) => {
        const a = np.linspace(0, 1, 10).reshape(2, 5);
        return () => np.argmax(a, { axis: 1 });
      },
    ],
    [
      'astype f4',
      'a = np.linspace(0, 1, 10)',
      "a.astype('float32')",
      (np) => {
        const a = np.linspace(0, 1, 10);
        return () => a.astype('float32');
      },
    ],
    [
      'where(m, a, 0)',
      'a = np.linspace(0, 1, 10); m = a < 0.5',
      'np.where(m, a, 0)',
      (np) => {
        const a = np.linspace(0, 1, 10);
        const m = np.less(a, 0.5);
        return () => np.where(m, a, 0);
      },
    ],
    [
      'matmul (3,3)@(3,3)',
      'a = np.linspace(0, 1, 9).reshape(3, 3)',
      'np.matmul(a, a)',
      (np) => {
        const a = np.linspace(0, 1, 9).reshape(3, 3);
        return () => np.matmul(a, a);
      },
    ],
  ].map(([what, setup, stmt, js]) => ({ name: `${what} (10)`, category: 'small calls', py: { setup, stmt }, js })),
];
