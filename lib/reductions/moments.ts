/**
 * The fused native path of `mean`/`var`/`std`, `nanmean`/`nanvar`/`nanstd`
 * and `nansum` (native/src/traverse/moments.rs): one native call, at most two passes
 * over the input and no temporary of its size, with NumPy's summation
 * order, so results are bit-identical to the general path's (see the
 * kernels' comment for the order and the float64 divisions).
 *
 * It serves only the common form of a call: float32/float64 input, C
 * contiguous, aligned and non-empty, reduced over every axis or one axis,
 * with no `dtype`, `out`, `where` or `mean`. Anything else — and a call
 * whose sums raise a floating-point flag (overflow, `inf - inf`, …), so
 * that the general path reports it as NumPy does — returns null and the
 * caller takes the general path.
 */
import type { Scalar } from '../core/elements';
import { type NDArray, allocateForOverwrite, isCContiguous } from '../core/ndarray';
import type { DType } from '../dtype/dtype';
import * as native from '../native';
import { NO_VALUE, parseAxes, reductionAxes } from '../ufunc/methods';
import { finish } from './common';

/** The statistic of a fused call (the native code). */
export const MEAN = 0;
export const VAR = 1;
export const STD = 2;
/** The sum alone (with `skipNan`: `nansum`, NaNs adding as `+0.0`). */
export const SUM = 3;
export type Stat = typeof MEAN | typeof VAR | typeof STD | typeof SUM;

/** Bit of the native result: an empty slice (mean) or `n - ddof <= 0` (variance). */
const DEGENERATE = 256;

/** The options a fused call leaves at their defaults. */
export interface Defaults {
  dtype: DType | null;
  out: NDArray | null;
  where: unknown;
  mean?: unknown;
}

/** The fused result and whether a slice was degenerate (see {@link DEGENERATE}). */
export interface Fused {
  value: NDArray | Scalar;
  degenerate: boolean;
}

/**
 * `stat` of `a` over `axis` (NaN-ignoring with `skipNan`) through the
 * fused native call, or null when the call does not fit it (see the file
 * comment). Without `skipNan`, `n - ddof` must be positive.
 */
export function fusedMoments(
  a: NDArray,
  axis: unknown,
  stat: Stat,
  skipNan: boolean,
  ddof: number,
  keepdims: boolean,
  opts: Defaults,
): Fused | null {
  const name = a.dtype.name;
  if (name !== 'float64' && name !== 'float32') return null;
  if (opts.dtype !== null || opts.out !== null) return null;
  if (opts.where !== NO_VALUE && opts.where !== true) return null;
  if (opts.mean !== undefined && opts.mean !== NO_VALUE && opts.mean !== null) return null;
  if (a.size === 0 || !isCContiguous(a) || a._offset % a.dtype.itemsize !== 0) return null;
  if (!Number.isFinite(ddof)) return null;
  const nd = a.ndim;
  // (A sum is a ufunc reduction, and NumPy's NaN-ignoring statistics of
  // floats are sums: axis 0 or -1 of a 0-d array passes.)
  const axes = stat === SUM || skipNan ? reductionAxes(axis, nd) : parseAxes(axis, nd);
  let nativeAxis: number;
  if (axes.length === nd) nativeAxis = -1;
  else if (axes.length === 1) nativeAxis = axes[0];
  else return null;
  const n = axes.reduce((p, i) => p * a.shape[i], 1);
  if (!skipNan && stat !== MEAN && n - ddof <= 0) return null;
  const keepShape = a.shape.map((m, i) => (axes.includes(i) ? 1 : m));
  const res = allocateForOverwrite(keepShape, a.dtype);
  const r = native.momentsCall(stat, skipNan, ddof, nativeAxis, a, res);
  // Floating-point flags, or a layout the native side did not handle.
  if ((r & ~DEGENERATE) !== 0) return null;
  return { value: finish(res, axis, nd, keepdims), degenerate: (r & DEGENERATE) !== 0 };
}
