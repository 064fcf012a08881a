// NumPy 2's array-API accumulations np.cumulative_sum / np.cumulative_prod
// (axis rules, include_initial, dtype, out) and accumulate's wrong-out error,
// against NumPy.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle();
const DTYPES = ['bool', 'int8', 'uint8', 'int32', 'int64', 'uint64', 'float16', 'float32', 'float64', 'complex128'];
const values = (n: number, dt: string, shape: number[]): np.NDArray =>
  np
    .array(
      Array.from({ length: n }, (_, i) => (i % 5) + (dt === 'bool' ? 0 : 1) - (dt === 'bool' ? 3 : 0)),
      { dtype: dt },
    )
    .reshape(...shape);
const pyValues = (n: number, dt: string, shape: number[]): string =>
  `((np.arange(${n}) % 5) + ${dt === 'bool' ? -3 : 1}).astype('${dt}').reshape(${shape.join(', ')})`;
const size = (s: number[]) => s.reduce((x, y) => x * y, 1);

describe('cumulative_sum and cumulative_prod', () => {
  for (const fn of ['cumulative_sum', 'cumulative_prod'] as const) {
    for (const dt of DTYPES) {
      for (const [shape, axis] of [
        [[6], null],
        [[6], 0],
        [[6], -1],
        [[2, 3], 0],
        [[2, 3], 1],
        [[2, 3, 4], -2],
        [[0], null],
        [[2, 0], 1],
        [[2, 0], 0],
      ] as [number[], number | null][]) {
        for (const inc of [false, true]) {
          const opts: Record<string, unknown> = { include_initial: inc };
          if (axis !== null) opts.axis = axis;
          const pyOpts = `${axis === null ? '' : `axis=${axis}, `}include_initial=${inc ? 'True' : 'False'}`;
          check(
            `np.${fn}(${pyValues(size(shape), dt, shape)}, ${pyOpts})`,
            () => np[fn](values(size(shape), dt, shape), opts),
            { rtol: dt === 'float16' ? 1e-3 : 1e-12 },
          );
        }
      }
    }
    const X = (shape: number[]) => values(size(shape), 'int64', shape);
    const PX = (shape: number[]) => pyValues(size(shape), 'int64', shape);
    const cases: [string, () => unknown][] = [
      [`np.${fn}(5)`, () => np[fn](5)],
      [`np.${fn}(np.array(2.5), include_initial=True)`, () => np[fn](np.array(2.5), { include_initial: true })],
      [`np.${fn}([1, 2, 3])`, () => np[fn]([1, 2, 3])],
      [`np.${fn}(${PX([2, 3])}, axis=1, dtype='float32')`, () => np[fn](X([2, 3]), { axis: 1, dtype: 'float32' })],
      [
        `np.${fn}(${PX([2, 3])}, axis=0, include_initial=True, dtype='float32')`,
        () => np[fn](X([2, 3]), { axis: 0, include_initial: true, dtype: 'float32' }),
      ],
      [
        `np.${fn}(${PX([2, 3])}.T, axis=0, include_initial=True)`,
        () => np[fn](X([2, 3]).T, { axis: 0, include_initial: true }),
      ],
      [`np.${fn}(${PX([6])}[::-2], include_initial=True)`, () => np[fn](X([6]).get('::-2'), { include_initial: true })],
      [
        `exec:o = np.zeros((2, 4)); r = np.${fn}(${PX([2, 3])}, axis=1, out=o, include_initial=True); result = [o, r is o]`,
        () => {
          const o = np.zeros([2, 4]);
          const r = np[fn](X([2, 3]), { axis: 1, out: o, include_initial: true });
          return [o, r === o];
        },
      ],
      [
        `exec:o = np.zeros(6, dtype='int32'); r = np.${fn}(${PX([6])}, out=o); result = [o, r is o]`,
        () => {
          const o = np.zeros(6, { dtype: 'int32' });
          const r = np[fn](X([6]), { out: o });
          return [o, r === o];
        },
      ],
      // Errors.
      [`np.${fn}(${PX([2, 3])})`, () => np[fn](X([2, 3]))],
      [`np.${fn}(${PX([6])}, axis=1)`, () => np[fn](X([6]), { axis: 1 })],
      [`np.${fn}(${PX([6])}, 0)`, () => (np[fn] as (...a: unknown[]) => unknown)(X([6]), 0)],
      [
        `np.${fn}(${PX([6])}, out=np.zeros(6), include_initial=True)`,
        () => np[fn](X([6]), { out: np.zeros(6), include_initial: true }),
      ],
      [`np.${fn}(${PX([6])}, out=np.zeros(5))`, () => np[fn](X([6]), { out: np.zeros(5) })],
      [`np.${fn}(${PX([6])}, where=True)`, () => np[fn](X([6]), { where: true })],
    ];
    for (const [py, js] of cases) check(py, js);
  }
  check('np.cumulative_sum(np.array([1., np.nan, 2.]), include_initial=True)', () =>
    np.cumulative_sum(np.array([1, Number.NaN, 2]), { include_initial: true }),
  );
  check(
    'np.cumulative_prod(np.array([1e200, 1e200, 2.]))',
    () => np.cumulative_prod(np.array([1e200, 1e200, 2], { dtype: 'float64' })),
    { warnings: 'each' },
  );
});

describe('accumulate with a wrong-sized out', () => {
  check('np.add.accumulate(np.ones(3), out=np.zeros(2))', () => np.add.accumulate(np.ones(3), { out: np.zeros(2) }));
  check('np.add.accumulate(np.ones(3), out=np.zeros((1, 3)))', () =>
    np.add.accumulate(np.ones(3), { out: np.zeros([1, 3]) }),
  );
  check('np.cumsum(np.ones(3), out=np.zeros(2))', () => np.cumsum(np.ones(3), { out: np.zeros(2) }));
  check('np.cumprod(np.ones((2, 2)), out=np.zeros(3))', () => np.cumprod(np.ones([2, 2]), { out: np.zeros(3) }));
  check('np.add.accumulate(np.ones(6, dtype=np.int64), out=np.zeros(1))', () =>
    np.add.accumulate(np.ones(6, { dtype: 'int64' }), { out: np.zeros(1) }),
  );
  check('np.add.accumulate(np.ones(6, dtype=np.int64), out=np.zeros(4))', () =>
    np.add.accumulate(np.ones(6, { dtype: 'int64' }), { out: np.zeros(4) }),
  );
  check('np.add.accumulate(np.ones((2, 3)), out=np.zeros((3, 3)))', () =>
    np.add.accumulate(np.ones([2, 3]), { out: np.zeros([3, 3]) }),
  );
  check('np.add.accumulate(np.ones((2, 3, 4)), axis=1, out=np.zeros((2, 2, 4)))', () =>
    np.add.accumulate(np.ones([2, 3, 4]), { axis: 1, out: np.zeros([2, 2, 4]) }),
  );
});
