/**
 * Joining arrays: `concatenate`, `stack`, `vstack`/`row_stack`, `hstack`,
 * `dstack`, `column_stack`, `block`, `append`, plus `atleast_1d/2d/3d`,
 * `broadcast_arrays` and `broadcast_shapes`.
 *
 * `concatenate` allocates the result once (dtype: the promotion of the
 * inputs, or `dtype`/`out`'s, each input castable under `casting`; memory
 * order: the inputs' common axis order, see `commonAxisOrder`) and copies
 * every input into its slice of the output along `axis` with one native
 * strided cast each. The others reshape their inputs into views and
 * concatenate, as NumPy does; `block` concatenates its nested lists from the
 * innermost level (concatenation axis `-1`) outwards.
 */
import { type Param, isOptionsObject, parseArgs } from '../args';
import { type DType, dtype as toDType } from '../dtype/dtype';
import { checkCasting } from '../dtype/functions';
import { type Casting, canCastDTypes, promoteTypes } from '../dtype/promotion';
import { ValueError } from '../errors';
import { warnComplexCast } from './complexwarning';
import { broadcastShapes, newArray, newInAxisOrder, toIndex } from './creation';
import { type NDArray, isCContiguous, isNDArray } from './ndarray';
import { along, asArr, axisIndex, copyInto, toInt } from './shapeutil';

/** NumPy's `repr` of a dtype in cast errors: `dtype('float64')`. */
export function dtypeRepr(d: DType): string {
  return `dtype('${String(d)}')`;
}

/** The TypeError NumPy raises when `casting` forbids an array cast. */
export function castError(from: DType, to: DType, casting: Casting, what = 'array data'): TypeError {
  return new TypeError(
    `Cannot cast ${what} from ${dtypeRepr(from)} to ${dtypeRepr(to)} according to the rule '${casting}'`,
  );
}

/** The items of an `arrays` argument: a JS sequence, or an NDArray read along its first axis. */
export function sequenceItems(x: unknown, fname: string): unknown[] {
  if (Array.isArray(x)) return x;
  if (isNDArray(x)) {
    if (x.ndim === 0) throw new TypeError('iteration over a 0-d array');
    return Array.from({ length: x.shape[0] }, (_, i) => along(x, 0, i, 1).reshape(x.shape.slice(1)));
  }
  if (ArrayBuffer.isView(x)) return Array.from(x as unknown as ArrayLike<unknown>);
  throw new TypeError(`${fname}(): expected a sequence of arrays`);
}

/**
 * The core of `concatenate` on converted arrays: shape and dtype checks in
 * NumPy's order, then one block copy per input.
 */
export function concatArrays(
  arrays: readonly NDArray[],
  axisArg: number | null,
  out: NDArray | null,
  dt: DType | null,
  casting: Casting,
): NDArray {
  if (arrays.length === 0) throw new ValueError('need at least one array to concatenate');
  let arrs = arrays;
  let axis = 0;
  if (axisArg === null) {
    arrs = arrays.map((a) => a.reshape(-1));
  } else {
    if (arrs[0].ndim === 0) throw new ValueError('zero-dimensional arrays cannot be concatenated');
    axis = axisIndex(axisArg, arrs[0].ndim);
  }
  const first = arrs[0];
  const nd = first.ndim;
  const shape = [...first.shape];
  let allC = isCContiguous(first);
  for (let i = 1; i < arrs.length; i++) {
    const a = arrs[i];
    if (a.ndim !== nd) {
      throw new ValueError(
        `all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${a.ndim} dimension(s)`,
      );
    }
    for (let k = 0; k < nd; k++) {
      if (k === axis) continue;
      if (a.shape[k] !== first.shape[k]) {
        throw new ValueError(
          `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${k}, the array at index 0 has size ${first.shape[k]} and the array at index ${i} has size ${a.shape[k]}`,
        );
      }
    }
    shape[axis] += a.shape[axis];
    if (allC) allC = isCContiguous(a);
  }
  let result: NDArray;
  if (out !== null) {
    if (out.ndim !== nd) throw new ValueError('Output array has wrong dimensionality');
    if (!out.shape.every((n, k) => n === shape[k])) throw new ValueError('Output array is the wrong shape');
    result = out;
  } else {
    let target = dt;
    if (target === null) {
      target = first.dtype;
      for (let i = 1; i < arrs.length; i++) target = promoteTypes(target, arrs[i].dtype);
    }
    // The inputs' blocks tile the result, so it need not be zeroed first.
    // (C-contiguous inputs never move an axis: the result is in C order.)
    result =
      allC || nd <= 1 ? newArray(shape, target, 'C', true) : newInAxisOrder(shape, target, commonAxisOrder(arrs), true);
  }
  for (const a of arrs) {
    if (a.dtype !== result.dtype && !canCastDTypes(a.dtype, result.dtype, casting)) {
      throw castError(a.dtype, result.dtype, casting);
    }
  }
  if (!result._writeable) throw new ValueError('output array is read-only');
  // Into a new C-ordered result whose axes before `axis` have length 1,
  // each input's block is one byte range: a C-contiguous input of the same
  // dtype is then a byte copy (`Uint8Array.set`, cheaper than a native
  // call for small arrays).
  let bytewise = out === null && (allC || nd <= 1 || isCContiguous(result));
  for (let k = 0; k < axis && bytewise; k++) if (shape[k] !== 1) bytewise = false;
  let at = 0;
  for (const a of arrs) {
    const n = a.shape[axis];
    warnComplexCast(a.dtype, result.dtype);
    const nbytes = a.size * a.dtype.itemsize;
    if (
      bytewise &&
      a.dtype === result.dtype &&
      nbytes <= JS_COPY_MAX_BYTES &&
      (allC || isCContiguous(a)) &&
      a._offset + nbytes <= a._bytes.length
    ) {
      const to = result._offset + (n === 0 ? 0 : at * result.strides[axis]);
      result._bytes.set(a._bytes.subarray(a._offset, a._offset + nbytes), to);
    } else copyInto(a, along(result, axis, at, n));
    at += n;
  }
  return result;
}

/** Largest input `concatArrays` copies in JS rather than natively. */
const JS_COPY_MAX_BYTES = 64 * 1024;

/**
 * The memory order of a new array made from `arrays` (one shape length):
 * axes from outermost to innermost, as NumPy orders a concatenation's
 * result. Starting from C order, an insertion sort moves axis `b` before an
 * earlier axis `a` only when every array in which both axes are longer than
 * 1 has `|stride[b]| > |stride[a]|` (where arrays disagree, C order wins);
 * a pair that no array decides (length 1 everywhere) is skipped over.
 */
export function commonAxisOrder(arrays: readonly NDArray[]): number[] {
  const nd = arrays[0].ndim;
  const perm = Array.from({ length: nd }, (_, i) => i);
  // (C-contiguous arrays have decreasing strides: they never move an axis.)
  if (nd <= 1 || arrays.every(isCContiguous)) return perm;
  for (let i = 1; i < nd; i++) {
    const b = perm[i];
    let pos = i;
    for (let j = i - 1; j >= 0; j--) {
      const a = perm[j];
      let decided = false;
      let swap = false;
      for (const x of arrays) {
        if (x.shape[a] === 1 || x.shape[b] === 1) continue;
        const later = Math.abs(x.strides[b]) > Math.abs(x.strides[a]);
        swap = later && (swap || !decided);
        decided = true;
      }
      if (!decided) continue;
      if (!swap) break;
      pos = j;
    }
    perm.splice(i, 1);
    perm.splice(pos, 0, b);
  }
  return perm;
}

const concatParams: Param[] = [
  { name: 'arrays' },
  { name: 'axis', default: 0 },
  { name: 'out', default: null },
  { name: 'dtype', default: null, kwOnly: true },
  { name: 'casting', default: 'same_kind', kwOnly: true },
];

/** Reads `out`/`dtype`/`casting` the way `concatenate` and `stack` do. */
function outDtypeCasting(fname: string, p: Record<string, unknown>): [NDArray | null, DType | null, Casting] {
  const casting = checkCasting(p.casting);
  if (p.out !== null && p.dtype !== null) {
    throw new TypeError(`${fname}() only takes \`out\` or \`dtype\` as an argument, but both were provided.`);
  }
  if (p.out !== null && !isNDArray(p.out)) throw new TypeError('out must be an array');
  return [p.out as NDArray | null, p.dtype === null ? null : toDType(p.dtype), casting];
}

/**
 * `np.concatenate(arrays, axis=0, out=None, *, dtype=None, casting="same_kind")`.
 * `axis: null` flattens every input first.
 */
export function concatenate(...args: unknown[]): NDArray {
  // `np.concatenate([a, b, …])` alone: axis 0, no out or dtype, 'same_kind'.
  if (args.length === 1 && Array.isArray(args[0])) {
    const items: unknown[] = args[0];
    const arrays = new Array<NDArray>(items.length);
    for (let i = 0; i < items.length; i++) arrays[i] = asArr(items[i]);
    return concatArrays(arrays, 0, null, null, 'same_kind');
  }
  const p = parseArgs('concatenate', args, concatParams, 'npy');
  const [out, dt, casting] = outDtypeCasting('concatenate', p);
  const arrays = sequenceItems(p.arrays, 'concatenate').map((x) => asArr(x));
  const axis = p.axis === null ? null : toInt(p.axis);
  return concatArrays(arrays, axis, out, dt, casting);
}

/**
 * `np.stack(arrays, axis=0, out=None, *, dtype=None, casting="same_kind")`:
 * inputs of one shape joined along a new axis (`axis` counts in the result).
 */
export function stack(...args: unknown[]): NDArray {
  const p = parseArgs('stack', args, concatParams);
  const arrays = sequenceItems(p.arrays, 'stack').map((x) => asArr(x));
  if (arrays.length === 0) throw new ValueError('need at least one array to stack');
  const s0 = arrays[0].shape;
  if (!arrays.every((a) => a.ndim === s0.length && a.shape.every((n, i) => n === s0[i]))) {
    throw new ValueError('all input arrays must have the same shape');
  }
  const axis = axisIndex(p.axis, s0.length + 1);
  const expanded = arrays.map((a) => {
    const shape = [...a.shape];
    const strides = [...a.strides];
    shape.splice(axis, 0, 1);
    strides.splice(axis, 0, 0);
    return a._view(a._offset, shape, strides);
  });
  const [out, dt, casting] = outDtypeCasting('concatenate', p);
  return concatArrays(expanded, axis, out, dt, casting);
}

/** Leading length-1 axes added to reach `nd` dimensions (a view). */
function prependOnes(a: NDArray, nd: number): NDArray {
  if (a.ndim >= nd) return a;
  const k = nd - a.ndim;
  return a._view(a._offset, [...new Array(k).fill(1), ...a.shape], [...new Array(k).fill(0), ...a.strides]);
}

function atleast1(a: NDArray): NDArray {
  return a.ndim === 0 ? a.reshape(1) : a;
}
function atleast2(a: NDArray): NDArray {
  if (a.ndim === 0) return a.reshape(1, 1);
  if (a.ndim === 1) return a._view(a._offset, [1, a.shape[0]], [0, a.strides[0]]);
  return a;
}
function atleast3(a: NDArray): NDArray {
  if (a.ndim === 0) return a.reshape(1, 1, 1);
  if (a.ndim === 1) return a._view(a._offset, [1, a.shape[0], 1], [0, a.strides[0], 0]);
  if (a.ndim === 2) return a._view(a._offset, [...a.shape, 1], [...a.strides, 0]);
  return a;
}

function atleast(f: (a: NDArray) => NDArray, arys: unknown[]): NDArray | NDArray[] {
  const res = arys.map((x) => f(asArr(x)));
  return res.length === 1 ? res[0] : res;
}

/** `np.atleast_1d(*arys)`: views with at least one axis; one input gives one array, several a list. */
export function atleast_1d(...arys: unknown[]): NDArray | NDArray[] {
  return atleast(atleast1, arys);
}
/** `np.atleast_2d(*arys)`: a 1-d `(n,)` becomes `(1, n)`. */
export function atleast_2d(...arys: unknown[]): NDArray | NDArray[] {
  return atleast(atleast2, arys);
}
/** `np.atleast_3d(*arys)`: `(n,)` becomes `(1, n, 1)`, `(m, n)` becomes `(m, n, 1)`. */
export function atleast_3d(...arys: unknown[]): NDArray | NDArray[] {
  return atleast(atleast3, arys);
}

const tupParams: Param[] = [
  { name: 'tup' },
  { name: 'dtype', default: null, kwOnly: true },
  { name: 'casting', default: 'same_kind', kwOnly: true },
];

/** `np.dstack`'s and `np.column_stack`'s: `tup` only. */
const tupOnlyParams: Param[] = tupParams.slice(0, 1);

function stackAlong(fname: string, args: unknown[], f: (a: NDArray) => NDArray, pick: (a: NDArray[]) => number) {
  const p = parseArgs(fname, args, fname === 'dstack' || fname === 'column_stack' ? tupOnlyParams : tupParams);
  const arrs = sequenceItems(p.tup, fname).map((x) => f(asArr(x)));
  if (arrs.length === 0) throw new ValueError('need at least one array to concatenate');
  const casting = checkCasting(p.casting ?? 'same_kind');
  const dt = p.dtype === null || p.dtype === undefined ? null : toDType(p.dtype);
  return concatArrays(arrs, pick(arrs), null, dt, casting);
}

/** `np.vstack(tup, *, dtype=None, casting="same_kind")`: rows (inputs made at least 2-d) along axis 0. */
export function vstack(...args: unknown[]): NDArray {
  return stackAlong('vstack', args, atleast2, () => 0);
}

/** `np.row_stack`: NumPy's deprecated alias of `vstack`. */
export function row_stack(...args: unknown[]): NDArray {
  return stackAlong('row_stack', args, atleast2, () => 0);
}

/** `np.hstack(tup, *, dtype=None, casting="same_kind")`: axis 0 for 1-d inputs, else axis 1. */
export function hstack(...args: unknown[]): NDArray {
  return stackAlong('hstack', args, atleast1, (a) => (a[0].ndim === 1 ? 0 : 1));
}

/** `np.dstack(tup)`: inputs made at least 3-d, joined along axis 2. */
export function dstack(...args: unknown[]): NDArray {
  return stackAlong('dstack', args, atleast3, () => 2);
}

/** `np.column_stack(tup)`: 1-d (and 0-d) inputs become columns, joined along axis 1. */
export function column_stack(...args: unknown[]): NDArray {
  const col = (a: NDArray): NDArray => (a.ndim < 2 ? atleast2(a).T : a);
  return stackAlong('column_stack', args, col, () => 1);
}

/** `arrays[0][1]` for an index path (empty-list markers left out). */
function formatIndex(index: readonly (number | null)[]): string {
  return `arrays${index
    .filter((i) => i !== null)
    .map((i) => `[${i}]`)
    .join('')}`;
}

/**
 * NumPy's depth check for `block`: the index path of the first leaf (an
 * empty list leaves a `null` marker, which wins so it can be reported),
 * with a ValueError when two leaves sit at different depths.
 */
function blockDepths(x: unknown, parent: (number | null)[], state: { ndim: number }): (number | null)[] {
  if (!Array.isArray(x)) {
    state.ndim = Math.max(state.ndim, asArr(x).ndim);
    return parent;
  }
  if (x.length === 0) return [...parent, null];
  let first: (number | null)[] | null = null;
  x.forEach((e, i) => {
    const index = blockDepths(e, [...parent, i], state);
    if (first === null) {
      first = index;
      return;
    }
    if (index.length !== first.length) {
      throw new ValueError(
        `List depths are mismatched. First element was at depth ${first.length}, but there is an element at depth ${index.length} (${formatIndex(index)})`,
      );
    }
    if (index[index.length - 1] === null) first = index;
  });
  return first as unknown as (number | null)[];
}

const blockParams: Param[] = [{ name: 'arrays' }];

/**
 * `np.block(arrays)`: nested lists of arrays assembled block-wise. With list
 * depth `d` and `n = max(d, max input ndim)`, every array gets leading
 * length-1 axes up to `n`, and level `k` of nesting (outermost `k = 0`) is
 * concatenated along axis `-(d - k)`.
 */
export function block(...args: unknown[]): NDArray {
  const p = parseArgs('block', args, blockParams);
  const state = { ndim: 0 };
  const first = blockDepths(p.arrays, [], state);
  if (first.length > 0 && first[first.length - 1] === null) {
    throw new ValueError(`List at ${formatIndex(first)} cannot be empty`);
  }
  const depth = first.length;
  const nd = Math.max(depth, state.ndim);
  const rec = (x: unknown, level: number): NDArray => {
    if (!Array.isArray(x)) return prependOnes(asArr(x), nd);
    const parts = x.map((e) => rec(e, level + 1));
    return concatArrays(parts, nd - (depth - level), null, null, 'same_kind');
  };
  const r = rec(p.arrays, 0);
  // A single array (depth 0) is returned as a copy, as NumPy does.
  return depth === 0 ? r.copy() : r;
}

const appendParams: Param[] = [{ name: 'arr' }, { name: 'values' }, { name: 'axis', default: null }];

/** `np.append(arr, values, axis=None)`: without `axis` both are flattened. */
export function append(...args: unknown[]): NDArray {
  const p = parseArgs('append', args, appendParams);
  const arr = asArr(p.arr);
  const values = asArr(p.values);
  if (p.axis === null) return concatArrays([arr.reshape(-1), values.reshape(-1)], 0, null, null, 'same_kind');
  return concatArrays([arr, values], toInt(p.axis), null, null, 'same_kind');
}

/** `np.broadcast_shapes(*shapes)`: the broadcast shape, as a JS array. */
export function broadcast_shapes(...shapes: unknown[]): number[] {
  const list = shapes.map((s) => {
    const dims = Array.isArray(s) ? s.map(toIndex) : [toIndex(s)];
    if (dims.some((d) => d < 0)) throw new ValueError('negative dimensions are not allowed');
    return dims;
  });
  return broadcastShapes(...list);
}

/**
 * `np.broadcast_arrays(*args, subok=False)`: views of every input with the
 * common shape (0 strides on stretched axes); inputs that already have it
 * are returned as they are.
 */
export function broadcast_arrays(...args: unknown[]): NDArray[] {
  let items = args;
  if (items.length > 0 && isOptionsObject(items[items.length - 1])) {
    const o = items[items.length - 1] as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (k !== 'subok') throw new TypeError(`broadcast_arrays() got an unexpected keyword argument '${k}'`);
    }
    items = items.slice(0, -1);
  }
  const arrs = items.map((x) => asArr(x));
  const shape = broadcastShapes(...arrs.map((a) => a.shape));
  return arrs.map((a) => {
    if (a.ndim === shape.length && a.shape.every((n, i) => n === shape[i])) return a;
    const lead = shape.length - a.ndim;
    const strides = shape.map((_, i) => (i < lead || a.shape[i - lead] === 1 ? 0 : a.strides[i - lead]));
    return a._view(a._offset, shape, strides);
  });
}
