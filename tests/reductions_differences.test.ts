// np.diff, np.ediff1d and np.trace / ndarray.trace against NumPy: dtypes,
// axes, n, prepend/append, views, empty and 0-d inputs, errors.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle();
const DTYPES = ['bool', 'int8', 'uint8', 'int32', 'int64', 'uint64', 'float16', 'float32', 'float64', 'complex128'];
const values = (shape: number[], dt: string): np.NDArray => {
  const n = shape.reduce((x, y) => x * y, 1);
  const re = Array.from({ length: n }, (_, i) => ((i * 37) % 11) - (dt.startsWith('u') || dt === 'bool' ? 0 : 5));
  const data = dt.startsWith('complex') ? re.map((r, i) => new np.Complex(r, i % 3)) : re;
  return np.array(data, { dtype: dt }).reshape(...shape);
};
const pyValues = (shape: number[], dt: string): string => {
  const n = shape.reduce((x, y) => x * y, 1);
  const im = dt.startsWith('complex') ? ` + 1j * (np.arange(${n}) % 3)` : '';
  const off = dt.startsWith('u') || dt === 'bool' ? 0 : 5;
  return `((((np.arange(${n}) * 37) % 11) - ${off})${im}).astype('${dt}').reshape(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
};

describe('np.diff', () => {
  for (const dt of DTYPES) {
    for (const [shape, n, axis] of [
      [[7], 1, -1],
      [[7], 3, 0],
      [[3, 4], 1, 0],
      [[3, 4], 2, 1],
      [[2, 3, 4], 1, -2],
      [[0], 1, 0],
      [[1], 1, 0],
      [[3], 5, 0],
    ] as [number[], number, number][]) {
      check(`np.diff(${pyValues(shape, dt)}, ${n}, ${axis})`, () => np.diff(values(shape, dt), n, axis), {
        warnings: 'each',
        name: `diff ${dt} ${JSON.stringify(shape)} n=${n} axis=${axis}`,
      });
    }
  }
  const A = pyValues([3, 4], 'int64');
  const a = () => values([3, 4], 'int64');
  const cases: [string, () => unknown][] = [
    [`np.diff(${A}.T)`, () => np.diff(a().T)],
    [`np.diff(${A}[::-1, ::2], axis=0)`, () => np.diff(a().get('::-1', '::2'), { axis: 0 })],
    [`np.diff(${A}, prepend=0)`, () => np.diff(a(), { prepend: 0 })],
    [`np.diff(${A}, axis=0, append=${A}[:1])`, () => np.diff(a(), { axis: 0, append: a().get(':1') })],
    [
      `np.diff(${A}, prepend=1.5, append=np.ones((3, 2)))`,
      () => np.diff(a(), { prepend: 1.5, append: np.ones([3, 2]) }),
    ],
    ['np.diff([1, 4, 9, 16])', () => np.diff([1, 4, 9, 16])],
    ['np.diff(np.array([1e308, -1e308]))', () => np.diff(np.array([1e308, -1e308], { dtype: 'float64' }))],
    ['np.diff(np.array([0, 255], dtype=np.uint8))', () => np.diff(np.array([0, 255], { dtype: 'uint8' }))],
    // Errors.
    ['np.diff(np.array(5))', () => np.diff(np.array(5))],
    [`np.diff(${A}, -1)`, () => np.diff(a(), -1)],
    [`np.diff(${A}, axis=2)`, () => np.diff(a(), { axis: 2 })],
    [`np.diff(${A}, 1.5)`, () => np.diff(a(), 1.5)],
    [`np.diff(${A}, append=np.ones((2, 2)))`, () => np.diff(a(), { append: np.ones([2, 2]) })],
  ];
  for (const [py, js] of cases) check(py, js, { warnings: 'each' });
  // n = 0 returns the input itself.
  check(`(lambda a: np.diff(a, 0) is a)(${A})`, () => {
    const x = a();
    return np.diff(x, 0) === x;
  });
});

describe('np.ediff1d', () => {
  for (const dt of DTYPES.filter((d) => d !== 'bool')) {
    check(`np.ediff1d(${pyValues([2, 3], dt)})`, () => np.ediff1d(values([2, 3], dt)));
    check(`np.ediff1d(${pyValues([5], dt)}, to_end=[9, 9], to_begin=1)`, () => np.ediff1d(values([5], dt), [9, 9], 1));
  }
  const cases: [string, () => unknown][] = [
    ['np.ediff1d([1, 2, 4, 7])', () => np.ediff1d([1, 2, 4, 7])],
    ['np.ediff1d([])', () => np.ediff1d([])],
    ['np.ediff1d([5], to_begin=[])', () => np.ediff1d([5], { to_begin: [] })],
    [
      'np.ediff1d(np.array([1., 2.]), to_begin=1)',
      () => np.ediff1d(np.array([1, 2], { dtype: 'float64' }), { to_begin: 1 }),
    ],
    [
      "np.ediff1d(np.array([1, 2], dtype='int8'), to_begin=1.5)",
      () => np.ediff1d(np.array([1, 2], { dtype: 'int8' }), { to_begin: 1.5 }),
    ],
    [
      "np.ediff1d(np.array([1, 2], dtype='int8'), to_end=np.array([1.5]))",
      () => np.ediff1d(np.array([1, 2], { dtype: 'int8' }), { to_end: np.array([1.5]) }),
    ],
    ['np.ediff1d(np.array([True, False]))', () => np.ediff1d(np.array([true, false]))],
  ];
  for (const [py, js] of cases) check(py, js);
});

describe('np.trace and ndarray.trace', () => {
  for (const dt of DTYPES) {
    check(`np.trace(${pyValues([3, 4], dt)})`, () => np.trace(values([3, 4], dt)), {
      rtol: dt === 'float16' ? 1e-3 : 0,
    });
    check(`np.trace(${pyValues([2, 3, 4], dt)}, -1, 2, 1)`, () => np.trace(values([2, 3, 4], dt), -1, 2, 1), {
      rtol: dt === 'float16' ? 1e-3 : 0,
    });
  }
  const A = pyValues([3, 3], 'int64');
  const a = () => values([3, 3], 'int64');
  const cases: [string, () => unknown][] = [
    [`np.trace(${A}, 1)`, () => np.trace(a(), 1)],
    [`np.trace(${A}, 5)`, () => np.trace(a(), 5)],
    [`${A}.trace(offset=-1)`, () => a().trace({ offset: -1 })],
    [`np.trace(${A}, dtype='float32')`, () => np.trace(a(), { dtype: 'float32' })],
    [`np.trace(${A}[::-1])`, () => np.trace(a().get('::-1'))],
    [
      `exec:o = np.zeros((), dtype=np.float64); r = np.trace(${A}, out=o); result = [o, r]`,
      () => {
        const o = np.zeros([]);
        const r = np.trace(a(), { out: o });
        return [o, r];
      },
    ],
    [
      "np.trace(np.arange(9, dtype='int8').reshape(3, 3))",
      () => np.trace(np.arange(9, { dtype: 'int8' }).reshape(3, 3)),
    ],
    ['np.trace(np.ones((3, 3), dtype=bool))', () => np.trace(np.ones([3, 3], { dtype: 'bool' }))],
    ['np.trace(np.ones((0, 3)))', () => np.trace(np.ones([0, 3]))],
    // Errors.
    ['np.trace(np.arange(3))', () => np.trace(np.arange(3))],
    [`np.trace(${A}, axis1=0, axis2=0)`, () => np.trace(a(), { axis1: 0, axis2: 0 })],
    [`np.trace(${A}, axis1=2)`, () => np.trace(a(), { axis1: 2 })],
  ];
  for (const [py, js] of cases) check(py, js);
});
