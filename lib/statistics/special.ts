/**
 * `np.sinc` and `np.real_if_close`, as NumPy computes them
 * (numpy/lib/_function_base_impl.py, _type_check_impl.py):
 *
 * - `sinc(x) = sin(πx)/(πx)`, with `πx` replaced by the dtype's machine
 *   epsilon (1e-20 for non-float dtypes) where it is zero, so `sinc(0)` is
 *   1 to rounding; integer input computes in float64, float32 in float32.
 * - `i0(x)`: the modified Bessel function of the first kind, order 0, by
 *   Cephes' Chebyshev series: `exp(|x|)·chbevl(|x|/2 − 2, A)` for
 *   `|x| ≤ 8`, `exp(|x|)·chbevl(32/|x| − 2, B)/sqrt(|x|)` above, where
 *   `chbevl` is Clenshaw's recurrence `b₀ = x·b₁ − b₂ + cᵢ`, result
 *   `(b₀ − b₂)/2`. Integers compute in float64, float32 in float32.
 * - `real_if_close(a, tol=100)`: the real part of a complex array whose
 *   imaginary parts are all below `tol` (in machine epsilons of its dtype
 *   when `tol > 1`, else absolute); anything else unchanged.
 */
import { type Param, parseArgs } from '../args';
import type { Scalar } from '../core/elements';
import type { NDArray } from '../core/ndarray';
import { float64 } from '../dtype/dtype';
import { finfo } from '../dtype/finfo';
import { where3 } from '../indexing/nonzero';
import { piecewise } from '../indexing/select';
import { arr } from '../reductions/common';
import { all } from '../reductions/sum';
import { add, divide, less, less_equal, multiply, subtract } from '../ufunc';
import { absolute, exp, sin, sqrt } from '../ufunc/unary';
import { imag, real } from '../ufunc/unary_functions';
import { I0_A, I0_B } from './i0_coefficients';

const A = (x: unknown): NDArray => x as NDArray;

/** `np.sinc(x)`. */
export function sinc(...args: unknown[]): NDArray | Scalar {
  const p = parseArgs('sinc', args, [{ name: 'x' }]);
  const a = arr(p.x);
  const scalarInput = a.ndim === 0;
  const x = A(multiply(Math.PI, scalarInput ? a.reshape([1]) : a));
  const eps = x.dtype.kind === 'f' ? finfo(x.dtype).eps : 1e-20;
  const y = where3(x, x, eps);
  const r = A(divide(sin(y), y));
  return scalarInput ? r.reshape([]).item() : r;
}

/** Clenshaw's recurrence for the Chebyshev series `vals` at `x` (NumPy's `_chbevl`). */
function chbevl(x: NDArray, vals: readonly number[]): NDArray {
  let b0: unknown = vals[0];
  let b1: unknown = 0;
  let b2: unknown = 0;
  for (let i = 1; i < vals.length; i++) {
    b2 = b1;
    b1 = b0;
    b0 = add(subtract(multiply(x, b1), b2), vals[i]);
  }
  return A(multiply(0.5, subtract(b0, b2)));
}

/** `np.i0(x)`. */
export function i0(...args: unknown[]): NDArray {
  const p = parseArgs('i0', args, [{ name: 'x' }]);
  let x = arr(p.x);
  if (x.dtype.kind === 'c') throw new TypeError('i0 not supported for complex values');
  if (x.dtype.kind !== 'f') x = x.astype(float64);
  x = A(absolute(x.ndim === 0 ? x.reshape([1]) : x)).reshape(x.shape);
  const small = (v: NDArray) => multiply(exp(v), chbevl(A(subtract(divide(v, 2), 2)), I0_A));
  const large = (v: NDArray) => divide(multiply(exp(v), chbevl(A(subtract(divide(32, v), 2)), I0_B)), sqrt(v));
  return piecewise(x, [less_equal(x, 8)], [small, large]);
}

const REAL_IF_CLOSE_PARAMS: Param[] = [{ name: 'a' }, { name: 'tol', default: 100 }];

/** `np.real_if_close(a, tol=100)`. */
export function real_if_close(...args: unknown[]): NDArray {
  const p = parseArgs('real_if_close', args, REAL_IF_CLOSE_PARAMS);
  const a = arr(p.a);
  if (a.dtype.kind !== 'c') return a;
  let tol = Number(p.tol);
  if (tol > 1) tol = Number(finfo(a.dtype).eps) * tol;
  return all(less(absolute(imag(a)), tol)) === true ? A(real(a)) : a;
}
