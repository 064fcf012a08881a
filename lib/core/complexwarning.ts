/**
 * NumPy's `ComplexWarning` ("Casting complex values to real discards the
 * imaginary part"). NumPy warns through Python's warnings module each time it
 * sets up a cast of user data from a complex dtype to a float or integer one
 * (not bool): once per cast, whatever the number of elements (empty arrays
 * included), and not under `np.seterr`/`np.errstate` control. rumpy emits it
 * with `process.emitWarning(message, 'ComplexWarning')` where NumPy makes such
 * a cast: `astype`; `array`/`asarray` and the conversions built on them with a
 * dtype (once per array, also inside a list); `copyto`; assignment (`set`,
 * `put`, `fill`, `full`, the `real`/`imag` setters, `pad`'s areas); ufunc
 * inputs and outputs (`dtype=`, `signature=`, `out=`, `ufunc.at`); reductions'
 * and accumulations' `dtype=`/`out=` (a reduction into `out` warns twice, as
 * NumPy's does); `out=` of take/choose/compress/matmul; joining with `dtype=`;
 * `linspace`/`logspace`/`geomspace` with `dtype=`. Casts rumpy makes for its
 * own purposes never call this.
 */
import type { DType } from '../dtype/dtype';

export const COMPLEX_WARNING = 'Casting complex values to real discards the imaginary part';

/** Whether casting `from` to `to` drops imaginary parts (complex to float or integer). */
export function discardsImaginary(from: DType, to: DType): boolean {
  return from.kind === 'c' && (to.kind === 'f' || to.kind === 'i' || to.kind === 'u');
}

/** NumPy's ComplexWarning, `times` times, when a cast from `from` to `to` discards imaginary parts. */
export function warnComplexCast(from: DType, to: DType, times = 1): void {
  if (!discardsImaginary(from, to)) return;
  for (let i = 0; i < times; i++) process.emitWarning(COMPLEX_WARNING, 'ComplexWarning');
}
