/**
 * NumPy's product gufuncs, one native kernel (`kernels/matmul.rs`) for all:
 * - `np.matmul`, signature `(n?,k),(k,m?)->(n?,m?)`: a 1-d first operand is
 *   a row vector and a 1-d second operand a column vector, and their unit
 *   axis is dropped from the result;
 * - `np.vecdot`, `(n),(n)->()`: `Σₖ conj(x1[k]) · x2[k]`;
 * - `np.matvec`, `(m,n),(n)->(m)`: `Σₖ A[i, k] · v[k]`;
 * - `np.vecmat`, `(n),(n,m)->(m)`: `Σₖ conj(v[k]) · A[k, j]`.
 *
 * Every one is `out[..., i, j] = Σₖ a[..., i, k] · b[..., k, j]` once each
 * core axis of an operand is named as the row (`n`), column (`m`) or summed
 * (`k`) axis of that product; an operand without `n` or `m` reads it at
 * stride 0. Leading (batch) dimensions broadcast, including against `out`.
 * The gufunc keywords follow NumPy: `axes` (a list with one tuple of core
 * axes per operand; an int for a one-axis core; output entries may be left
 * out when the output has no core axes), `axis` (one shared core axis:
 * `vecdot` only) and `keepdims` (`vecdot` only: the summed axis stays, of
 * size 1). Loop selection, casting, `dtype=` and `signature=` follow the
 * elementwise ufuncs; the sums run in the loop dtype, in order, and report
 * their floating-point errors under the gufunc's name.
 */
import { type Param, checks, parseArgs } from '../args';
import { broadcastStrides, tryBroadcastShapes } from '../core/broadcast';
import { warnComplexCast } from '../core/complexwarning';
import { copyAs } from '../core/convert';
import type { Scalar } from '../core/elements';
import { reportFloatingPointErrors } from '../core/errstate';
import { type NDArray, allocate, allocateForOverwrite, isCContiguous, isNDArray } from '../core/ndarray';
import { type Casting, canCastDTypes } from '../dtype/promotion';
import { AxisError, ValueError, axisError } from '../errors';
import * as native from '../native';
import { UNSET, fixedLoop, selectFixedLoop } from './signature';
import type { UfuncSpec } from './table';
import {
  type Ufunc,
  fmtShape,
  givenOutputs,
  loopForCommon,
  operand,
  outputOrder,
  scalarArray,
  selectLoop,
} from './ufunc';
import { conjugate } from './unary';

/** The row, column and summed axes of the product. */
type Dim = 'n' | 'm' | 'k';

/** One product gufunc: how its operands' core axes name the product's axes. */
interface ProductForm {
  readonly name: string;
  readonly sig: string;
  /** The core axes of input 0, input 1 and the output, given the inputs' ndims. */
  cores(ndA: number, ndB: number): [Dim[], Dim[], Dim[]];
  /** The fewest dimensions each input may have. */
  readonly required: readonly [number, number];
  /** How many distinct core dimensions the signature has (`axis` needs 1). */
  readonly distinct: number;
  /** NumPy's reason the gufunc refuses `keepdims`, or null where it takes it. */
  readonly noKeepdims: string | null;
  /** Whether the first operand is conjugated (complex loops). */
  readonly conjugateFirst: boolean;
}

const KEEPDIMS_RULE =
  'but keepdims can only be used when all inputs have the same number of core dimensions and all outputs have no core dimensions.';

export const MATMUL: ProductForm = {
  name: 'matmul',
  sig: '(n?,k),(k,m?)->(n?,m?)',
  cores: (ndA, ndB) => [
    ndA === 1 ? ['k'] : ['n', 'k'],
    ndB === 1 ? ['k'] : ['k', 'm'],
    [...(ndA === 1 ? [] : ['n' as const]), ...(ndB === 1 ? [] : ['m' as const])],
  ],
  required: [1, 1],
  distinct: 3,
  noKeepdims: `requires output 0 to have 2 core dimensions, ${KEEPDIMS_RULE}`,
  conjugateFirst: false,
};

export const VECDOT: ProductForm = {
  name: 'vecdot',
  sig: '(n),(n)->()',
  cores: () => [['k'], ['k'], []],
  required: [1, 1],
  distinct: 1,
  noKeepdims: null,
  conjugateFirst: true,
};

export const MATVEC: ProductForm = {
  name: 'matvec',
  sig: '(m,n),(n)->(m)',
  cores: () => [['n', 'k'], ['k'], ['n']],
  required: [2, 1],
  distinct: 2,
  noKeepdims: `requires input 1 to have 1 core dimensions, ${KEEPDIMS_RULE}`,
  conjugateFirst: false,
};

export const VECMAT: ProductForm = {
  name: 'vecmat',
  sig: '(n),(n,m)->(m)',
  cores: () => [['k'], ['k', 'm'], ['m']],
  required: [1, 2],
  distinct: 2,
  noKeepdims: `requires input 1 to have 2 core dimensions, ${KEEPDIMS_RULE}`,
  conjugateFirst: true,
};

const PARAMS: Param[] = [
  { name: 'x1' },
  { name: 'x2' },
  { name: 'out', default: null },
  { name: 'casting', default: 'same_kind', kwOnly: true },
  { name: 'order', default: 'K', kwOnly: true, check: checks.order('C', 'F', 'A', 'K') },
  { name: 'dtype', default: UNSET, kwOnly: true },
  { name: 'subok', default: true, kwOnly: true, check: checks.bool },
  { name: 'signature', default: UNSET, kwOnly: true },
  { name: 'sig', default: UNSET, kwOnly: true },
  { name: 'axes', default: UNSET, kwOnly: true },
  { name: 'axis', default: UNSET, kwOnly: true },
  { name: 'keepdims', default: UNSET, kwOnly: true },
];

const tooFew = (f: ProductForm, i: number, nd: number) =>
  new ValueError(
    `${f.name}: Input operand ${i} does not have enough dimensions (has ${nd}, gufunc core with signature ${f.sig} requires ${f.required[i]})`,
  );

const mismatch = (f: ProductForm, what: string, dim: number, got: number, want: number) =>
  new ValueError(
    `${f.name}: ${what} has a mismatch in its core dimension ${dim}, with gufunc signature ${f.sig} (size ${got} is different from ${want})`,
  );

/**
 * `a @ b` for two 1-d or C-contiguous 2-d arrays of one dtype that has its
 * own loop, and no options: the common case, without argument parsing or
 * loop search. Undefined for anything else (including a core-dimension
 * mismatch, whose error the general path raises).
 */
function matmulSimple(spec: UfuncSpec, a: unknown, b: unknown): NDArray | Scalar | undefined {
  if (!isNDArray(a) || !isNDArray(b) || a.dtype !== b.dtype) return undefined;
  const na = a.ndim;
  const nb = b.ndim;
  if (na < 1 || na > 2 || nb < 1 || nb > 2 || (na === 2 && !isCContiguous(a)) || (nb === 2 && !isCContiguous(b))) {
    return undefined;
  }
  const loop = loopForCommon(spec, a.dtype);
  if (loop === null || loop.inputs[0] !== a.dtype) return undefined;
  const n = na === 2 ? a.shape[0] : 1;
  const k = a.shape[na - 1];
  const m = nb === 2 ? b.shape[1] : 1;
  if (b.shape[0] !== k || n === 0 || m === 0) return undefined;
  const shape = na === 2 ? (nb === 2 ? [n, m] : [n]) : nb === 2 ? [m] : [];
  // (The kernel writes every element, zero for k = 0.)
  const result = allocateForOverwrite(shape, loop.outputs[0]);
  const item = result.dtype.itemsize;
  // (n, m, k) with the unit axes of 1-d operands at stride 0.
  const full = [n, m, k];
  const sa = [na === 2 ? a.strides[0] : 0, 0, a.strides[na - 1]];
  const sb = [0, nb === 2 ? b.strides[1] : 0, b.strides[0]];
  const so = [na === 2 ? (nb === 2 ? m * item : item) : 0, nb === 2 ? item : 0];
  const flags = native.matmulCall(
    { array: a, shape: full, strides: sa },
    { array: b, shape: full, strides: sb },
    { array: result, shape: [n, m], strides: so },
  );
  reportFloatingPointErrors(flags, 'matmul');
  return result.ndim === 0 ? result.item() : result;
}

/** An `axes` entry as a list of ints (NumPy's converters and errors). */
function axesItem(f: ProductForm, item: unknown, op: number, count: number): number[] {
  if (!Array.isArray(item)) {
    const bad = checks.index(item);
    if (bad) throw bad;
    if (count !== 1) {
      throw new AxisError(
        `${f.name}: operand ${op} has ${count} core dimensions, but the axes item is a single integer.`,
      );
    }
    return [Number(item)];
  }
  const out = item.map((x) => {
    if (typeof x === 'boolean') throw new TypeError('an integer is required');
    const bad = checks.index(x);
    if (bad) throw bad;
    return Number(x);
  });
  if (out.length !== count) {
    throw new AxisError(
      `${f.name}: operand ${op} has ${count} core dimensions, but ${out.length} dimensions are specified by axes tuple.`,
    );
  }
  return out;
}

/** `axes` normalised against each operand's ndim, with repeats refused. */
function normalizeAxes(tuple: number[], ndim: number, op: number): number[] {
  const out = tuple.map((ax) => {
    if (ax < -ndim || ax >= ndim) throw axisError(ax, ndim);
    return ax < 0 ? ax + ndim : ax;
  });
  out.forEach((ax, i) => {
    if (out.indexOf(ax) !== i) throw new ValueError(`axes item ${op} has value ${tuple[i]} repeated`);
  });
  return out;
}

/** A view of `x` with the axes `core` moved, in order, to the end. */
function coreLast(x: NDArray, core: readonly number[]): NDArray {
  if (core.every((ax, i) => ax === x.ndim - core.length + i)) return x;
  const perm = [...x.shape.keys()].filter((ax) => !core.includes(ax)).concat(core);
  return x._view(
    x._offset,
    perm.map((ax) => x.shape[ax]),
    perm.map((ax) => x.strides[ax]),
  );
}

/**
 * NumPy's iterator error for batch dimensions that do not broadcast: each
 * operand's shape and its dimensions along the iterator's `iterNd` (batch,
 * then the output's core). An input lists its batch dimensions, then
 * "newaxis" for the output's core axes once one of its own dimensions has
 * been listed; the output (operand `outIndex`) lists its whole shape.
 */
function broadcastError(
  shapes: readonly (readonly number[])[],
  batches: readonly (readonly number[])[],
  iterNd: number,
  outCore: readonly number[],
  outIndex: number,
): ValueError {
  const batchNd = iterNd - outCore.length;
  const parts = shapes.map((shape, i) => {
    const items: string[] = [];
    if (i === outIndex) items.push(...shape.map(String));
    else {
      const b = batches[i];
      for (let d = 0; d < iterNd; d++) {
        const j = d - (batchNd - b.length);
        if (d < batchNd && j >= 0) items.push(String(b[j]));
        else if (d >= batchNd && items.length > 0) items.push('newaxis');
      }
    }
    const inner = items.join(',') + (iterNd === 1 && items.length === 1 ? ',' : '');
    return `${fmtShape(shape)}->(${inner})`;
  });
  return new ValueError(
    `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join(' ')}  and requested shape (${outCore.join(',')})`,
  );
}

function productCall(f: ProductForm, spec: UfuncSpec, args: unknown[]): NDArray | Scalar {
  if (f === MATMUL && args.length === 2) {
    const r = matmulSimple(spec, args[0], args[1]);
    if (r !== undefined) return r;
  }
  const p = parseArgs(f.name, args, PARAMS);
  const fixed = fixedLoop(spec, p.dtype, p.signature, p.sig);
  const badCasting = checks.ufuncCasting(p.casting);
  if (badCasting) throw badCasting;
  if (p.axes !== UNSET && p.axis !== UNSET) throw new TypeError("cannot specify both 'axis' and 'axes'");
  if (p.axis !== UNSET && f.distinct !== 1) {
    throw new TypeError(
      `${f.name}: axis can only be used with a single shared core dimension, not with the ${f.distinct} distinct ones implied by signature ${f.sig}.`,
    );
  }
  let keepdims = false;
  if (p.keepdims !== UNSET) {
    if (typeof p.keepdims !== 'boolean') throw new TypeError("'keepdims' must be a boolean");
    if (f.noKeepdims !== null)
      throw new TypeError(`${f.name} does not support keepdims: its signature ${f.sig} ${f.noKeepdims}`);
    keepdims = p.keepdims;
  }
  if (p.axes !== UNSET && !Array.isArray(p.axes)) throw new TypeError('axes should be a list.');
  const ops = [operand(p.x1), operand(p.x2)];
  const casting = p.casting as Casting;
  const loop = fixed ? selectFixedLoop(spec, ops, fixed) : selectLoop(spec, ops);
  const inputs = ops.map((o, i) => ('array' in o ? o.array : scalarArray(o.value, loop.inputs[i])));
  inputs.forEach((x, i) => {
    if ('array' in ops[i] && !canCastDTypes(x.dtype, loop.inputs[i], casting)) {
      throw new TypeError(
        `Cannot cast ufunc '${f.name}' input ${i} from dtype('${x.dtype.name}') to dtype('${loop.inputs[i].name}') with casting rule '${casting}'`,
      );
    }
  });
  inputs.forEach((x, i) => {
    if (x.ndim < f.required[i]) throw tooFew(f, i, x.ndim);
  });
  const cores = f.cores(inputs[0].ndim, inputs[1].ndim);
  // With keepdims the output keeps the summed axis, of size 1, as a core axis.
  const outCount = keepdims ? 1 : cores[2].length;

  // Core axes of each operand, as given by `axes`/`axis` (else the last ones).
  let axesIn: (number[] | null)[] = [null, null, null];
  if (p.axis !== UNSET) {
    const bad = checks.index(p.axis);
    if (bad) throw bad;
    const ax = Number(p.axis);
    axesIn = [[ax], [ax], keepdims ? [ax] : []];
  } else if (p.axes !== UNSET) {
    const list = p.axes as unknown[];
    if (list.length !== 3 && !(list.length === 2 && cores[2].length === 0)) {
      throw new ValueError(
        'axes should be a list with an entry for all 3 inputs and outputs; entries for outputs can only be omitted if none of them has core axes.',
      );
    }
    axesIn = [0, 1, 2].map((i) =>
      i < list.length ? axesItem(f, list[i], i, i === 2 ? outCount : cores[i].length) : null,
    );
  }
  const [a, b] = inputs.map((x, i) => {
    const t = axesIn[i];
    return t === null ? x : coreLast(x, normalizeAxes(t, x.ndim, i));
  });

  // Core sizes; `k` of input 1 must match input 0's.
  const size = { n: 1, m: 1, k: 0 };
  const coreOf = (x: NDArray, dims: Dim[]) => x.shape.slice(x.ndim - dims.length);
  coreOf(a, cores[0]).forEach((s, i) => {
    size[cores[0][i]] = s;
  });
  coreOf(b, cores[1]).forEach((s, i) => {
    const d = cores[1][i];
    if (d === 'k' && s !== size.k) throw mismatch(f, 'Input operand 1', i, s, size.k);
    if (d !== 'k') size[d] = s;
  });
  const outCore = keepdims ? [1] : cores[2].map((d) => size[d]);
  const aBatch = a.shape.slice(0, a.ndim - cores[0].length);
  const bBatch = b.shape.slice(0, b.ndim - cores[1].length);

  const [given0] = givenOutputs(spec, p);
  let given: NDArray | null = null;
  let outBatch: number[] = [];
  if (given0) {
    if (given0.ndim < outCount) {
      throw new ValueError(
        `${f.name}: Output operand 0 does not have enough dimensions (has ${given0.ndim}, gufunc core with signature ${f.sig} requires ${outCount})`,
      );
    }
    given = axesIn[2] === null ? given0 : coreLast(given0, normalizeAxes(axesIn[2], given0.ndim, 2));
    outBatch = given.shape.slice(0, given.ndim - outCount);
    const got = given.shape.slice(given.ndim - outCount);
    if (keepdims && got[0] !== 1) {
      // NumPy iterates the kept axis like a batch axis: a broadcast error.
      const iterNd = Math.max(aBatch.length, bBatch.length, given0.ndim - 1) + 1;
      throw broadcastError([inputs[0].shape, inputs[1].shape, given0.shape], [aBatch, bBatch], iterNd, outCore, 2);
    }
    got.forEach((s, i) => {
      if (s !== outCore[i]) throw mismatch(f, 'Output operand 0', i, s, outCore[i]);
    });
  }
  const batchShapes = given ? [aBatch, bBatch, outBatch] : [aBatch, bBatch];
  const batch = tryBroadcastShapes(batchShapes);
  if (batch === null) {
    const originals = [inputs[0].shape, inputs[1].shape, ...(given0 ? [given0.shape] : [])];
    const iterNd = Math.max(...batchShapes.map((s) => s.length)) + outCore.length;
    throw broadcastError(originals, batchShapes, iterNd, outCore, 2);
  }
  if (given && batch.length !== outBatch.length) {
    throw new ValueError(
      'output operand requires a reduction along dimension -1, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.',
    );
  }
  const dt = loop.outputs[0];
  if (given && !canCastDTypes(dt, given.dtype, casting)) {
    throw new TypeError(
      `Cannot cast ufunc '${f.name}' output from dtype('${dt.name}') to dtype('${given.dtype.name}') with casting rule '${casting}'`,
    );
  }

  // A new output is laid out in its final axis order; the sums write to a
  // view of it (or of `out`) with the core axes last.
  let returned: NDArray | null = given0;
  let target: NDArray;
  if (given && given.dtype === dt) target = given;
  else if (given) target = allocate(given.shape, dt);
  else {
    const order = outputOrder(inputs, p.order as string);
    const t = axesIn[2];
    if (t === null || outCount === 0) {
      target = allocate([...batch, ...outCore], dt, order);
      returned = target;
    } else {
      const nd = batch.length + outCount;
      const core = normalizeAxes(t, nd, 2);
      const finalShape = new Array<number>(nd);
      core.forEach((ax, i) => {
        finalShape[ax] = outCore[i];
      });
      let j = 0;
      for (let ax = 0; ax < nd; ax++) if (!core.includes(ax)) finalShape[ax] = batch[j++];
      returned = allocate(finalShape, dt, order);
      target = coreLast(returned, core);
    }
  }
  for (const x of [a, b]) warnComplexCast(x.dtype, loop.inputs[0]);
  if (given) warnComplexCast(dt, given.dtype);
  let [ca, cb] = [a, b].map((x) => (x.dtype === loop.inputs[0] ? x : copyAs(x, loop.inputs[0], 'K')));
  if (f.conjugateFirst && ca.dtype.kind === 'c') ca = conjugate(ca) as NDArray;

  const { n, m, k } = size;
  const full = [...batch, n, m, k];
  const nb = batch.length;
  const coreStride = (x: NDArray, dims: Dim[], d: Dim) => {
    const i = dims.indexOf(d);
    return i < 0 ? 0 : x.strides[x.ndim - dims.length + i];
  };
  const opStrides = (x: NDArray, xBatch: readonly number[], dims: Dim[]) => [
    ...broadcastStrides(xBatch, x.strides.slice(0, xBatch.length), batch),
    coreStride(x, dims, 'n'),
    coreStride(x, dims, 'm'),
    coreStride(x, dims, 'k'),
  ];
  const ts = target.strides;
  // (A kept axis has size 1: no stride to follow.)
  const outDims: Dim[] = keepdims ? [] : cores[2];
  const so = [...ts.slice(0, nb), coreStride(target, outDims, 'n'), coreStride(target, outDims, 'm')];
  let flags = 0;
  if (full.slice(0, -1).every((x) => x > 0)) {
    flags = native.matmulCall(
      { array: ca, shape: full, strides: opStrides(ca, aBatch, cores[0]) },
      { array: cb, shape: full, strides: opStrides(cb, bBatch, cores[1]) },
      { array: target, shape: full.slice(0, -1), strides: so },
    );
  }
  reportFloatingPointErrors(flags, f.name);
  if (given && target !== given) native.castCopy(target, given);
  if (given0) return given0;
  const result = returned as NDArray;
  return result.ndim === 0 ? result.item() : result;
}

/** Makes the ufunc object of product gufunc `f`. */
export function makeProduct(f: ProductForm, spec: UfuncSpec): Ufunc {
  const call = (...args: unknown[]) => productCall(f, spec, args);
  Object.defineProperty(call, 'name', { value: f.name });
  return Object.assign(call, {
    nin: 2,
    nout: 1,
    nargs: 3,
    identity: undefined,
    types: spec.types,
    ntypes: spec.types.length,
    __name__: f.name,
    signature: f.sig,
    // A generalized ufunc has no reductions (NumPy raises RuntimeError).
    reduce: noReduction,
    accumulate: noReduction,
    reduceat: noReduction,
    outer(): never {
      throw new TypeError('method outer is not allowed in ufunc with non-trivial signature');
    },
    at(): never {
      throw new TypeError(
        `${f.name}.at does not support ufunc with non-trivial signature: ${f.name} has signature ${f.sig}.`,
      );
    },
  }) as Ufunc;
}

function noReduction(): never {
  throw Object.assign(new Error('Reduction not defined on ufunc with signature'), { name: 'RuntimeError' });
}
