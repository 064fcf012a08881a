/**
 * `np.apply_along_axis` and `np.apply_over_axes`: a JS function applied to
 * 1-d slices or whole axes, with NumPy's rules for assembling the results
 * (numpy/lib/_shape_base_impl.py):
 *
 * - `apply_along_axis(func1d, axis, arr, ...args)` calls `func1d(lane,
 *   ...args)` on each 1-d slice along `axis` (in C order of the other
 *   axes). The first result fixes the output's dtype and the shape of each
 *   result (its dimensions replace `axis`); later results are cast into it
 *   (unsafely, as NumPy's item assignment does). An array with no lane
 *   raises NumPy's ValueError.
 * - `apply_over_axes(func, a, axes)` calls `func(a, axis)` for each axis in
 *   turn; a result with one dimension fewer gets it back as a length-1
 *   axis.
 */
import { ValueError, normalizeAxis } from '../errors';
import { toArray } from './convert';
import { full } from './creation';
import { copyto } from './memory';
import type { NDArray } from './ndarray';
import { expand_dims } from './shape';

/** `np.apply_along_axis(func1d, axis, arr, *args)`. */
export function apply_along_axis(
  func1d: (lane: NDArray, ...args: unknown[]) => unknown,
  axis: number,
  arr: unknown,
  ...args: unknown[]
): NDArray {
  if (typeof func1d !== 'function') throw new TypeError(`'${typeof func1d}' object is not callable`);
  const a = toArray(arr, null, null);
  const nd = a.ndim;
  const ax = normalizeAxis(axis, nd);
  const order = [...a.shape.map((_, i) => i).filter((i) => i !== ax), ax];
  const view = a.transpose(order);
  const outer = view.shape.slice(0, -1);
  const count = outer.reduce((x, y) => x * y, 1);
  if (count === 0) throw new ValueError('Cannot apply_along_axis when any iteration dimensions are 0');
  const index = (k: number): number[] => {
    const at = new Array<number>(outer.length);
    for (let j = outer.length - 1, r = k; j >= 0; j--) {
      at[j] = r % outer[j];
      r = Math.floor(r / outer[j]);
    }
    return at;
  };
  const lane = (k: number): NDArray => view.get(...index(k), '...') as NDArray;
  const first = toArray(func1d(lane(0), ...args), null, null);
  const buff = full([...outer, ...first.shape], 0, { dtype: first.dtype });
  const put = (k: number, v: NDArray): void => {
    copyto(buff.get(...index(k), '...') as NDArray, v, { casting: 'unsafe' });
  };
  put(0, first);
  for (let k = 1; k < count; k++) put(k, toArray(func1d(lane(k), ...args), null, null));
  // The result's dimensions go where `axis` was.
  const dims = buff.shape.map((_, i) => i);
  const rnd = first.ndim;
  const permute = [...dims.slice(0, ax), ...dims.slice(buff.ndim - rnd), ...dims.slice(ax, buff.ndim - rnd)];
  return buff.transpose(permute);
}

/** `np.apply_over_axes(func, a, axes)`. */
export function apply_over_axes(func: (a: NDArray, axis: number) => unknown, a: unknown, axes: unknown): NDArray {
  let val = toArray(a, null, null);
  const n = val.ndim;
  const list = Array.isArray(axes) ? (axes as number[]) : [axes as number];
  for (const given of list) {
    const axis = given < 0 ? n + given : given;
    let res = toArray(func(val, axis), null, null);
    if (res.ndim !== val.ndim) {
      res = expand_dims(res, axis);
      if (res.ndim !== val.ndim) throw new ValueError('function is not returning an array of the correct shape');
    }
    val = res;
  }
  return val;
}
