/**
 * `np.sinc` and `np.real_if_close`, as NumPy computes them
 * (numpy/lib/_function_base_impl.py, _type_check_impl.py):
 *
 * - `sinc(x) = sin(πx)/(πx)`, with `πx` replaced by the dtype's machine
 *   epsilon (1e-20 for non-float dtypes) where it is zero, so `sinc(0)` is
 *   1 to rounding; integer input computes in float64, float32 in float32.
 * - `real_if_close(a, tol=100)`: the real part of a complex array whose
 *   imaginary parts are all below `tol` (in machine epsilons of its dtype
 *   when `tol > 1`, else absolute); anything else unchanged.
 */
import { type Param, parseArgs } from '../args';
import type { Scalar } from '../core/elements';
import type { NDArray } from '../core/ndarray';
import { finfo } from '../dtype/finfo';
import { where3 } from '../indexing/nonzero';
import { arr } from '../reductions/common';
import { all } from '../reductions/sum';
import { divide, less, multiply } from '../ufunc';
import { absolute, sin } from '../ufunc/unary';
import { imag, real } from '../ufunc/unary_functions';

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
