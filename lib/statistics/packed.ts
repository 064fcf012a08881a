/**
 * Operands for the statistics loops (`native/src/bindings/statistics.rs`),
 * which take aligned, C-contiguous 1-d arrays of one dtype.
 */
import type { NDArray } from '../core/ndarray';
import type { DType } from '../dtype/dtype';

/** `a` (1-d) as an aligned C-contiguous array of `dt`: itself when it already is, else a copy. */
export function packed(a: NDArray, dt: DType): NDArray {
  const ready = a.dtype === dt && a.ndim === 1 && a.flags.c_contiguous && a.flags.aligned;
  return ready ? a : a.astype(dt, { order: 'C' }).reshape(-1);
}
