/**
 * Operands for the product tests (matmul's gufunc siblings, dot and its
 * family): the same small integers built in rumpy and, as a Python
 * expression, in NumPy.
 */
import * as np from '../../dist';

/** Every dtype the product kernels have a loop for. */
export const PRODUCT_DTYPES = [
  'bool',
  'int8',
  'uint8',
  'int16',
  'int32',
  'int64',
  'uint64',
  'float16',
  'float32',
  'float64',
  'complex64',
  'complex128',
];

const signedOffset = (dt: string) => (dt.startsWith('u') || dt === 'bool' ? 0 : 3);
const count = (shape: readonly number[]) => shape.reduce((x, y) => x * y, 1);

/** Values `(i % 7) - 3` (`i % 7` for unsigned and bool), imaginary part `i % 3` for complex, in `shape`. */
export function productValues(shape: number[], dt: string): np.NDArray {
  const re = Array.from({ length: count(shape) }, (_, i) => (i % 7) - signedOffset(dt));
  const data = dt.startsWith('complex') ? re.map((r, i) => new np.Complex(r, i % 3)) : re;
  return np.array(data, { dtype: dt }).reshape(...shape);
}

/** `productValues(shape, dt)` as a NumPy expression. */
export function pyProductValues(shape: number[], dt: string): string {
  const n = count(shape);
  const im = dt.startsWith('complex') ? ` + 1j * (np.arange(${n}) % 3)` : '';
  const s = `${shape.join(', ')}${shape.length === 1 ? ',' : ''}`;
  return `(((np.arange(${n}) % 7) - ${signedOffset(dt)})${im}).astype('${dt}').reshape(${s})`;
}

/** Float sums may be ordered differently from NumPy's BLAS: a few ULP. */
export const productTol = (dt: string): number =>
  dt === 'float16' ? 2e-3 : dt === 'float32' || dt === 'complex64' ? 1e-6 : 1e-14;
