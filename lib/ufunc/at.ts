/**
 * `ufunc.at(a, indices, b=None, /)`: the ufunc applied in place, unbuffered,
 * at `a[indices]` — an element selected several times is updated several
 * times (`np.add.at(a, [0, 0], 1)` adds 2), unlike `a[indices] += b`.
 *
 * As NumPy does: `b` is converted to an array (never a weak Python
 * scalar), the loop is chosen for `a`'s and `b`'s dtypes, and `a`'s
 * elements, `b` and the result are cast unsafely; `b` broadcasts to the
 * shape of `a[indices]`. Any index `a.get` takes works (integers, slices,
 * '...', null, integer and boolean arrays). The updates run natively in
 * the index order (native/src/ufunc/at.rs); floating-point errors are
 * reported once, as "… encountered in at" (under the op's name where NumPy
 * has an indexed loop for the call: `indexedLoop`).
 */
import { type Param, isOptionsObject, parseArgs, pyTypeName } from '../args';
import { basicPlan, broadcastTo, gather, mapOperands, planIndex, resultShape } from '../core/advanced_indexing';
import { warnComplexCast } from '../core/complexwarning';
import { copyAs, toArray } from '../core/convert';
import { reportFloatingPointErrors } from '../core/errstate';
import { type IndexItem, classifyIndex } from '../core/indexing';
import { type NDArray, allocate, isNDArray } from '../core/ndarray';
import { resolveSlice } from '../core/slice';
import { ValueError } from '../errors';
import * as native from '../native';
import type { Loop, UfuncSpec } from './table';
import { selectLoop } from './ufunc';

const AT_PARAMS: Param[] = [{ name: 'a' }, { name: 'indices' }, { name: 'b', default: null }];

/** `ufunc.at(a, indices, b)` for the ufunc `spec`. */
export function ufuncAt(spec: UfuncSpec, args: unknown[]): undefined {
  // NumPy's `at(a, indices, b=None, /)` is positional-only.
  if (args.length > 0 && isOptionsObject(args[args.length - 1])) {
    throw new TypeError('ufunc.at() takes no keyword arguments');
  }
  if (args.length > 3) throw new TypeError(`at() takes at most 3 arguments (${args.length} given)`);
  const p = parseArgs('at', args, AT_PARAMS, 'npy');
  if (spec.nout !== 1) throw new ValueError('Only single output ufuncs supported at this time');
  const a = p.a;
  if (!isNDArray(a)) throw new TypeError(`first operand must be array, not ${pyTypeName(a)}`);
  if (spec.nin === 2 && p.b === null) throw new ValueError('second operand needed for ufunc');
  if (spec.nin === 1 && p.b !== null) throw new ValueError('second operand provided when ufunc is unary');
  const b = spec.nin === 2 ? toArray(p.b, null, null) : null;
  const loop = selectLoop(spec, b ? [{ array: a }, { array: b }] : [{ array: a }]);
  if (!a._writeable) throw new ValueError('operand array with iterator write flag set is read-only');
  const items = classifyIndex(atIndex(p.indices));
  const plan = items.some((it) => it.kind === 'advanced') ? planIndex(a, items) : basicPlan(a, items);
  const shape = resultShape(plan);
  let values: NDArray | null;
  if (b) {
    // Cast to the loop's input (a copy too when it shares `a`'s memory).
    const cast = b.dtype === loop.inputs[1] && b._bytes.buffer !== a._bytes.buffer ? b : copyAs(b, loop.inputs[1]);
    // NumPy broadcasts the values to the selection's shape without
    // dropping leading unit axes (unlike assignment's `a[i] = v`).
    values = cast.ndim > shape.length ? null : broadcastTo(cast, shape);
    if (values === null) throw new ValueError('array is not broadcastable to correct shape');
  } else {
    // A unary loop reads no values: any array of the result's shape will do.
    const one = allocate([], loop.inputs[0]);
    values = one._view(
      one._offset,
      shape,
      shape.map(() => 0),
    );
  }
  // NumPy's ComplexWarning, once per cast that drops imaginary parts.
  warnComplexCast(a.dtype, loop.inputs[0]);
  if (b) warnComplexCast(b.dtype, loop.inputs[1]);
  warnComplexCast(loop.outputs[0], a.dtype);
  const { values: mapped, indices } = mapOperands(a, plan, values);
  // The loop's own errors come after the index checks (NumPy checks the
  // indices first, then raises them from the loop): an out-of-bounds index
  // wins, found by gathering the selection.
  try {
    spec.check?.(loop, b ? [a, b] : [a]);
  } catch (e) {
    gather(plan);
    throw e;
  }
  const indexed = indexedLoop(spec.name, a, b, loop, items, shape.length);
  const op = native.ufuncIndex(spec.native ?? spec.name);
  const flags = native.ufuncAt(
    plan.view,
    mapped,
    indices,
    op,
    [...loop.inputs, ...loop.outputs].map((d) => d.code),
    indexed,
  );
  if (flags !== 0) reportFloatingPointErrors(flags, indexed ? spec.name : 'at');
  return undefined;
}

/** NumPy's ops with an indexed loop (`ufunc.at`'s fast path), by dtype kind. */
const INDEXED: Record<string, readonly string[]> = {
  i: ['add', 'subtract', 'multiply', 'floor_divide', 'maximum', 'minimum'],
  u: ['add', 'subtract', 'multiply', 'floor_divide', 'maximum', 'minimum'],
  f: ['add', 'subtract', 'multiply', 'divide', 'floor_divide', 'maximum', 'minimum', 'fmax', 'fmin'],
  c: ['add', 'subtract', 'multiply'],
};

/**
 * Whether NumPy runs this `at` call through the op's indexed loop (its
 * `ufunc_at` "trivial" path), whose errors it names by the op, not "at":
 * - the op has such a loop for `a`'s dtype, and nothing is cast (`a` and
 *   `b` have the loop's dtypes), both aligned;
 * - `a` is 1-d and the index leaves no more than one element of it to
 *   iterate besides the index array (NumPy's subspace: `a[0:2]` has two, so
 *   `add.at(a, slice(0, 2), b)` takes the general path);
 * - `b` has at most one dimension, counted after NumPy reshapes it to the
 *   result's dimensions, as it does when the index has a non-array part and
 *   the array (or integer) index is not the result's first dimension
 *   (`(None, [0])`, unlike `([0], None)`).
 */
function indexedLoop(
  name: string,
  a: NDArray,
  b: NDArray | null,
  loop: Loop,
  items: readonly IndexItem[],
  resultNdim: number,
): boolean {
  const kinds = INDEXED[a.dtype.kind] ?? [];
  const plain = loop.inputs.every((d) => d === a.dtype) && loop.outputs[0] === a.dtype;
  if (!plain || !kinds.includes(name) || (b !== null && b.dtype !== a.dtype)) return false;
  if (a.ndim !== 1 || !a.flags.aligned || (b !== null && !b.flags.aligned)) return false;
  const bool0d = (it: IndexItem): boolean =>
    it.kind === 'advanced' && it.array.ndim === 0 && it.array.dtype.kind === 'b';
  if (items.every((it) => it.kind === 'advanced' && !bool0d(it))) return b === null || b.ndim <= 1;
  // The index has a non-array part. Does an integer or array index take
  // `a`'s one axis, and where does the first of them land in the result?
  const takesAxis = items.some((it) => it.kind === 'int' || (it.kind === 'advanced' && !bool0d(it)));
  let subspace = takesAxis ? 1 : a.shape[0];
  let consec = 0;
  let before = 0;
  let found = false;
  for (const it of items) {
    if (it.kind === 'int' || it.kind === 'advanced') {
      if (!found) consec = before;
      found = true;
    } else if (it.kind === 'slice') {
      subspace = resolveSlice(it.slice, a.shape[0]).length;
      before += 1;
    } else if (it.kind === 'newaxis' || !takesAxis) {
      before += 1; // (an ellipsis counts when it stands for the axis)
    }
  }
  if (subspace !== 1) return false;
  return b === null || (consec !== 0 ? resultNdim : b.ndim) <= 1;
}

/**
 * The index items of `at`'s `indices`: a JS array holding arrays, NDArrays
 * or strings is a tuple (one item per axis); anything else is one item.
 */
function atIndex(indices: unknown): unknown[] {
  const tuple =
    Array.isArray(indices) && indices.some((x) => Array.isArray(x) || isNDArray(x) || typeof x === 'string');
  return tuple ? (indices as unknown[]) : [indices];
}
