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
import { FPE_INVALID, reportFloatingPointErrors } from '../core/errstate';
import { classifyIndex } from '../core/indexing';
import { type NDArray, allocate, isNDArray } from '../core/ndarray';
import { dtype as toDType } from '../dtype/dtype';
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
    values = broadcastTo(cast, shape);
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
  const indexed = indexedLoop(spec.name, a, b, loop);
  // NumPy's indexed float32/float64 minimum/maximum loops compare with C's
  // `<=`/`>=`, which raise "invalid" for a NaN on either side (its array
  // loops do not): a NaN among the values or the elements they update.
  const nanCompare =
    indexed &&
    (spec.name === 'minimum' || spec.name === 'maximum') &&
    (a.dtype.name === 'float32' || a.dtype.name === 'float64') &&
    b !== null &&
    (anyNaN(b) || anyNaN(gather(plan)));
  const op = native.ufuncIndex(spec.native ?? spec.name);
  let flags = native.ufuncAt(
    plan.view,
    mapped,
    indices,
    op,
    [...loop.inputs, ...loop.outputs].map((d) => d.code),
  );
  if (nanCompare) flags |= FPE_INVALID;
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
 * Whether NumPy runs this `at` call through the op's indexed loop (no
 * casts: `a` and `b` have the loop's dtypes), whose errors it names by the
 * op, not "at".
 */
function indexedLoop(name: string, a: NDArray, b: NDArray | null, loop: Loop): boolean {
  const kinds = INDEXED[a.dtype.kind] ?? [];
  const plain = loop.inputs.every((d) => d === a.dtype) && loop.outputs[0] === a.dtype;
  return plain && (b === null || b.dtype === a.dtype) && kinds.includes(name);
}

/** Whether a float array holds a NaN. */
function anyNaN(x: NDArray): boolean {
  const c = copyAs(x, toDType('float64'), 'C');
  return new Float64Array(c._bytes.buffer, c._bytes.byteOffset + c._offset, c.size).some(Number.isNaN);
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
