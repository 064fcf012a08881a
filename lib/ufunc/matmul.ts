/**
 * `np.matmul`: NumPy's generalized ufunc with signature
 * `(n?,k),(k,m?)->(n?,m?)`. A 1-d first operand is a row vector and a 1-d
 * second operand a column vector, and their unit axis is dropped from the
 * result; leading (batch) dimensions broadcast, including against `out`.
 * Loop selection, casting, `dtype=` and `signature=` follow the elementwise ufuncs; the
 * product runs in the loop dtype in one native call (`kernels/matmul.rs`).
 */
import { type Param, checks, parseArgs } from '../args';
import { broadcastOperands, broadcastStrides } from '../core/broadcast';
import { warnComplexCast } from '../core/complexwarning';
import { copyAs } from '../core/convert';
import type { Scalar } from '../core/elements';
import { type NDArray, allocate, isCContiguous, isNDArray } from '../core/ndarray';
import { type Casting, canCastDTypes } from '../dtype/promotion';
import { ValueError } from '../errors';
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

const SIG = '(n?,k),(k,m?)->(n?,m?)';

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
  { name: 'axes', default: null, kwOnly: true },
  { name: 'axis', default: null, kwOnly: true },
];

const tooFew = (i: number, nd: number) =>
  new ValueError(
    `matmul: Input operand ${i} does not have enough dimensions (has ${nd}, gufunc core with signature ${SIG} requires 1)`,
  );

const mismatch = (what: string, dim: number, got: number, want: number) =>
  new ValueError(
    `matmul: ${what} has a mismatch in its core dimension ${dim}, with gufunc signature ${SIG} (size ${got} is different from ${want})`,
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
  const result = allocate(shape, loop.outputs[0]);
  const item = result.dtype.itemsize;
  // (n, m, k) with the unit axes of 1-d operands at stride 0.
  const full = [n, m, k];
  const sa = [na === 2 ? a.strides[0] : 0, 0, a.strides[na - 1]];
  const sb = [0, nb === 2 ? b.strides[1] : 0, b.strides[0]];
  const so = [na === 2 ? (nb === 2 ? m * item : item) : 0, nb === 2 ? item : 0];
  native.matmulCall(
    { array: a, shape: full, strides: sa },
    { array: b, shape: full, strides: sb },
    { array: result, shape: [n, m], strides: so },
  );
  return result.ndim === 0 ? result.item() : result;
}

function matmulCall(spec: UfuncSpec, args: unknown[]): NDArray | Scalar {
  if (args.length === 2) {
    const r = matmulSimple(spec, args[0], args[1]);
    if (r !== undefined) return r;
  }
  const p = parseArgs('matmul', args, PARAMS);
  const fixed = fixedLoop(spec, p.dtype, p.signature, p.sig);
  const badCasting = checks.ufuncCasting(p.casting);
  if (badCasting) throw badCasting;
  for (const k of ['axes', 'axis']) {
    if (p[k] !== null) throw new TypeError(`matmul(): '${k}' is not implemented yet`);
  }
  const ops = [operand(p.x1), operand(p.x2)];
  const casting = p.casting as Casting;
  const loop = fixed ? selectFixedLoop(spec, ops, fixed) : selectLoop(spec, ops);
  const [a, b] = ops.map((o, i) => ('array' in o ? o.array : scalarArray(o.value, loop.inputs[i])));
  [a, b].forEach((x, i) => {
    if (x.ndim === 0) throw tooFew(i, 0);
    if ('array' in ops[i] && !canCastDTypes(x.dtype, loop.inputs[i], casting)) {
      throw new TypeError(
        `Cannot cast ufunc 'matmul' input ${i} from dtype('${x.dtype.name}') to dtype('${loop.inputs[i].name}') with casting rule '${casting}'`,
      );
    }
  });
  const [a1, b1] = [a.ndim === 1, b.ndim === 1];
  // Core dimensions: a is (n, k), b is (k, m); 1-d operands get a unit axis.
  const [n, k] = a1 ? [1, a.shape[0]] : a.shape.slice(-2);
  const [kb, m] = b1 ? [b.shape[0], 1] : b.shape.slice(-2);
  if (kb !== k) throw mismatch('Input operand 1', 0, kb, k);
  const aBatch = a.shape.slice(0, a1 ? 0 : -2);
  const bBatch = b.shape.slice(0, b1 ? 0 : -2);
  const core = [...(a1 ? [] : [n]), ...(b1 ? [] : [m])];
  const [given] = givenOutputs(spec, p);
  const outBatch = given ? given.shape.slice(0, given.ndim - core.length) : [];
  if (given) {
    if (given.ndim < core.length)
      throw new ValueError(
        `matmul: Output operand 0 does not have enough dimensions (has ${given.ndim}, gufunc core with signature ${SIG} requires ${core.length})`,
      );
    core.forEach((c, i) => {
      const got = given.shape[given.ndim - core.length + i];
      if (got !== c) throw mismatch('Output operand 0', i, got, c);
    });
  }
  let batch: number[];
  try {
    batch = broadcastOperands([aBatch, bBatch, outBatch]);
  } catch {
    const remap = (s: readonly number[], bt: readonly number[]) =>
      `${fmtShape(s)}->${bt.length === 0 ? '()' : `(${[...bt, ...core.map(() => 'newaxis')].join(',')})`}`;
    const parts = [remap(a.shape, aBatch), remap(b.shape, bBatch)];
    if (given) parts.push(`${fmtShape(given.shape)}->${fmtShape(given.shape)}`);
    throw new ValueError(
      `operands could not be broadcast together with remapped shapes [original->remapped]: ${parts.join(' ')}  and requested shape ${fmtShape(core)}`,
    );
  }
  if (given && batch.length !== outBatch.length) {
    throw new ValueError(
      'output operand requires a reduction along dimension -1, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.',
    );
  }
  const dt = loop.outputs[0];
  if (given && !canCastDTypes(dt, given.dtype, casting)) {
    throw new TypeError(
      `Cannot cast ufunc 'matmul' output from dtype('${dt.name}') to dtype('${given.dtype.name}') with casting rule '${casting}'`,
    );
  }
  const outShape = [...batch, ...core];
  const result = given && given.dtype === dt ? given : allocate(outShape, dt, outputOrder([a, b], p.order as string));
  for (const x of [a, b]) warnComplexCast(x.dtype, loop.inputs[0]);
  if (given) warnComplexCast(dt, given.dtype);
  const [ca, cb] = [a, b].map((x) => (x.dtype === loop.inputs[0] ? x : copyAs(x, loop.inputs[0], 'K')));
  const full = [...batch, n, m, k];
  const nb = batch.length;
  const bs = (x: NDArray, xb: readonly number[], one: boolean) =>
    broadcastStrides(xb, one ? [] : x.strides.slice(0, -2), batch);
  const sa = [...bs(ca, aBatch, a1), a1 ? 0 : ca.strides[ca.ndim - 2], 0, ca.strides[ca.ndim - 1]];
  const sb = [...bs(cb, bBatch, b1), 0, b1 ? 0 : cb.strides[cb.ndim - 1], cb.strides[cb.ndim - (b1 ? 1 : 2)]];
  const rs = result.strides;
  const so = [...rs.slice(0, nb), a1 ? 0 : rs[nb], b1 ? 0 : rs[rs.length - 1]];
  if (full.slice(0, -1).every((x) => x > 0)) {
    native.matmulCall(
      { array: ca, shape: full, strides: sa },
      { array: cb, shape: full, strides: sb },
      { array: result, shape: full.slice(0, -1), strides: so },
    );
  }
  if (given && result !== given) native.castCopy(result, given);
  if (given) return given;
  return result.ndim === 0 ? result.item() : result;
}

/** Makes the `matmul` ufunc object. */
export function makeMatmul(spec: UfuncSpec): Ufunc {
  const f = (...args: unknown[]) => matmulCall(spec, args);
  Object.defineProperty(f, 'name', { value: 'matmul' });
  return Object.assign(f, {
    nin: 2,
    nout: 1,
    nargs: 3,
    identity: undefined,
    types: spec.types,
    ntypes: spec.types.length,
    __name__: 'matmul',
    signature: SIG,
    // A generalized ufunc has no reductions (NumPy raises RuntimeError).
    reduce: noReduction,
    accumulate: noReduction,
    reduceat: noReduction,
    outer(): never {
      throw new TypeError('method outer is not allowed in ufunc with non-trivial signature.');
    },
    at(): never {
      throw new TypeError(`matmul.at does not support ufunc with non-trivial signature: matmul has signature ${SIG}.`);
    },
  }) as Ufunc;
}

function noReduction(): never {
  throw Object.assign(new Error('Reduction not defined on ufunc with signature'), { name: 'RuntimeError' });
}
