// np.ndim, np.shape, np.size, np.isscalar, np.astype, np.matrix_transpose
// and the array-API aliases np.concat / np.permute_dims, against NumPy.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const check = oracle();
const a234 = () => np.arange(24).reshape(2, 3, 4);
const A = 'np.arange(24).reshape(2, 3, 4)';

describe('ndim, shape, size', () => {
  const cases: [string, () => unknown][] = [
    [
      'np.ndim([[1, 2], [3, 4]])',
      () =>
        np.ndim([
          [1, 2],
          [3, 4],
        ]),
    ],
    ['np.ndim(5)', () => np.ndim(5)],
    [`np.ndim(${A})`, () => np.ndim(a234())],
    ['list(np.shape([[1, 2, 3]]))', () => np.shape([[1, 2, 3]])],
    ['list(np.shape(5))', () => np.shape(5)],
    [`list(np.shape(${A}[:, ::2]))`, () => np.shape(a234().get(':', '::2'))],
    ['np.size([[1, 2, 3]])', () => np.size([[1, 2, 3]])],
    [`np.size(${A}, 1)`, () => np.size(a234(), 1)],
    [`np.size(${A}, -1)`, () => np.size(a234(), -1)],
    [`np.size(${A}, (0, 2))`, () => np.size(a234(), [0, 2])],
    [`np.size(${A}, 3)`, () => np.size(a234(), 3)],
    [`np.size(${A}, 1.5)`, () => np.size(a234(), 1.5)],
    ['np.size(np.ones((2, 0)))', () => np.size(np.ones([2, 0]))],
  ];
  for (const [py, js] of cases) check(py, js);
});

describe('isscalar', () => {
  const cases: [string, () => unknown][] = [
    ['np.isscalar(5)', () => np.isscalar(5)],
    ['np.isscalar(2.5)', () => np.isscalar(2.5)],
    ['np.isscalar(True)', () => np.isscalar(true)],
    ['np.isscalar(2**70)', () => np.isscalar(2n ** 70n)],
    ['np.isscalar(1j)', () => np.isscalar(new np.Complex(0, 1))],
    ["np.isscalar('a')", () => np.isscalar('a')],
    ['np.isscalar(np.array(5))', () => np.isscalar(np.array(5))],
    ['np.isscalar([1])', () => np.isscalar([1])],
    ['np.isscalar(None)', () => np.isscalar(null)],
  ];
  for (const [py, js] of cases) check(py, js);
});

describe('astype and matrix_transpose', () => {
  const cases: [string, () => unknown][] = [
    ["np.astype(np.arange(3), 'float32')", () => np.astype(np.arange(3), 'float32')],
    ["np.astype(np.array([1.7, -2.5]), 'int8')", () => np.astype(np.array([1.7, -2.5]), 'int8')],
    [`np.astype(${A}.T, 'float64')`, () => np.astype(a234().T, 'float64')],
    [
      "exec:a = np.arange(3); result = [np.astype(a, 'int64', copy=False) is a, np.astype(a, 'int64') is a]",
      () => {
        const a = np.arange(3);
        return [np.astype(a, 'int64', { copy: false }) === a, np.astype(a, 'int64') === a];
      },
    ],
    ["np.astype([1, 2], 'float32')", () => np.astype([1, 2], 'float32')],
    ["np.astype(np.arange(3), 'float32', device='cpu')", () => np.astype(np.arange(3), 'float32', { device: 'cpu' })],
    ["np.astype(np.arange(3), 'float32', device='gpu')", () => np.astype(np.arange(3), 'float32', { device: 'gpu' })],
    [`np.matrix_transpose(${A})`, () => np.matrix_transpose(a234())],
    [
      'np.matrix_transpose([[1, 2], [3, 4]])',
      () =>
        np.matrix_transpose([
          [1, 2],
          [3, 4],
        ]),
    ],
    ['np.matrix_transpose(np.arange(3))', () => np.matrix_transpose(np.arange(3))],
    [
      `exec:a = ${A}; result = np.shares_memory(np.matrix_transpose(a), a)`,
      () => {
        const a = a234();
        return np.shares_memory(np.matrix_transpose(a), a);
      },
    ],
  ];
  for (const [py, js] of cases) check(py, js);
});

describe('concat and permute_dims are concatenate and transpose', () => {
  check('[np.concat is np.concatenate, np.permute_dims is np.transpose]', () => [
    np.concat === np.concatenate,
    np.permute_dims === np.transpose,
  ]);
  check('np.concat([np.ones(2), np.zeros(2)])', () => np.concat([np.ones(2), np.zeros(2)]));
  check('np.concat([np.ones((2, 2)), np.zeros((2, 2))], axis=None)', () =>
    np.concat([np.ones([2, 2]), np.zeros([2, 2])], { axis: null }),
  );
  check(`np.permute_dims(${A}, (2, 0, 1))`, () => np.permute_dims(a234(), [2, 0, 1]));
  check(`np.permute_dims(${A})`, () => np.permute_dims(a234()));
});
