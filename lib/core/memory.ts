/**
 * Memory relations and in-place copies: `may_share_memory`,
 * `shares_memory`, `copyto`, `require`, and `a.fill`.
 *
 * `shares_memory` is exact. The bytes of an array are
 * `base + Σ i_k·s_k + [0, itemsize)` for `0 ≤ i_k < n_k`; two arrays
 * overlap iff `Σ_a |s|·u + p + Σ_b |t|·v + q = C` has a solution with
 * every variable in its range (each array measured from its lowest byte,
 * the second array's variables mirrored so all coefficients are positive;
 * `p, q` the byte positions inside one element). This bounded Diophantine
 * problem is solved by depth-first search over the terms in decreasing
 * coefficient order, pruning with the reachable range of the remaining
 * terms — exact for any strides; the work grows with the number of
 * distinct candidate values of the largest terms, which stays small for the
 * strided views rumpy creates. `max_work` is accepted: 0 means the bounds
 * test only (`may_share_memory`); any other value solves exactly.
 */
import { type Param, parseArgs, pyTypeName } from '../args';
import { bool, dtype as toDType } from '../dtype/dtype';
import { checkCasting } from '../dtype/functions';
import { canCastDTypes, weakKindOf } from '../dtype/promotion';
import { KeyError, ValueError } from '../errors';
import * as native from '../native';
import { Complex } from './complex';
import { warnComplexCast } from './complexwarning';
import { checkedScalar, copyAs, toArray } from './convert';
import { fillWith } from './creation';
import { castError } from './joining';
import { NDArray, isNDArray } from './ndarray';

/** Lowest absolute byte address of `a` and its terms `(coefficient, bound)`. */
function terms(a: NDArray): { lo: number; hi: number; t: [number, number][] } {
  const [lo, hi] = a._byteExtent();
  const base = a._bytes.byteOffset;
  const t: [number, number][] = [];
  a.shape.forEach((n, i) => {
    if (n > 1 && a.strides[i] !== 0) t.push([Math.abs(a.strides[i]), n - 1]);
  });
  return { lo: base + lo, hi: base + hi, t };
}

function boundsOverlap(a: NDArray, b: NDArray): boolean {
  if (a.buffer !== b.buffer || a.size === 0 || b.size === 0) return false;
  const x = terms(a);
  const y = terms(b);
  return x.lo < y.hi && y.lo < x.hi;
}

/** Is there `0 ≤ u_k ≤ U_k` with `Σ A_k u_k = c`? (terms sorted by decreasing A). */
function solvable(all: readonly [number, number][], c: number): boolean {
  const ts = all.filter(([, U]) => U > 0);
  const rest = new Array<number>(ts.length + 1).fill(0);
  const g = new Array<number>(ts.length + 1).fill(0);
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  for (let k = ts.length - 1; k >= 0; k--) {
    rest[k] = rest[k + 1] + ts[k][0] * ts[k][1];
    g[k] = gcd(ts[k][0], g[k + 1]);
  }
  const go = (k: number, c: number): boolean => {
    if (c < 0 || c > rest[k]) return false;
    if (g[k] > 1 && c % g[k] !== 0) return false;
    if (k === ts.length) return c === 0;
    const [A, U] = ts[k];
    const lo = Math.max(0, Math.ceil((c - rest[k + 1]) / A));
    const hi = Math.min(U, Math.floor(c / A));
    for (let u = hi; u >= lo; u--) if (go(k + 1, c - A * u)) return true;
    return false;
  };
  return go(0, c);
}

function exactOverlap(a: NDArray, b: NDArray): boolean {
  if (!boundsOverlap(a, b)) return false;
  const x = terms(a);
  const y = terms(b);
  // x.lo + Σ s u + p = y.lo + Σ t v + q; mirror v' = V - v and q' = isB - 1 - q.
  const c = y.lo - x.lo + y.t.reduce((s, [t, V]) => s + t * V, 0) + b.itemsize - 1;
  const all: [number, number][] = [...x.t, ...y.t, [1, a.itemsize - 1 + b.itemsize - 1]];
  all.sort((p, q) => q[0] - p[0]);
  return solvable(all, c);
}

const shareParams: Param[] = [{ name: 'a' }, { name: 'b' }, { name: 'max_work', default: null }];

function arrOf(x: unknown): NDArray {
  return isNDArray(x) ? x : toArray(x, null, null);
}

/** `np.may_share_memory(a, b, max_work=None)`: whether the byte ranges of `a` and `b` intersect (exact with `max_work: -1`). */
export function may_share_memory(...args: unknown[]): boolean {
  const p = parseArgs('may_share_memory', args, shareParams);
  const a = arrOf(p.a);
  const b = arrOf(p.b);
  if (p.max_work !== null && p.max_work !== 0) return exactOverlap(a, b);
  return boundsOverlap(a, b);
}

/** `np.shares_memory(a, b, max_work=None)`: whether some byte belongs to an element of both (exact). */
export function shares_memory(...args: unknown[]): boolean {
  const p = parseArgs('shares_memory', args, shareParams);
  const a = arrOf(p.a);
  const b = arrOf(p.b);
  if (p.max_work === 0) return boundsOverlap(a, b);
  return exactOverlap(a, b);
}

function shapeTuple(s: readonly number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(',')})`;
}

/** Strides of `a` broadcast to `shape`, or null. */
function broadcastStridesTo(a: NDArray, shape: readonly number[]): number[] | null {
  const lead = shape.length - a.ndim;
  if (lead < 0) return null;
  const out: number[] = [];
  for (let i = 0; i < shape.length; i++) {
    if (i < lead) out.push(0);
    else if (a.shape[i - lead] === shape[i]) out.push(a.strides[i - lead]);
    else if (a.shape[i - lead] === 1) out.push(0);
    else return null;
  }
  return out;
}

const copytoParams: Param[] = [
  { name: 'dst' },
  { name: 'src' },
  { name: 'casting', default: 'same_kind' },
  { name: 'where', default: true },
];

/**
 * `np.copyto(dst, src, casting='same_kind', where=True)`: `src` broadcast
 * and cast into `dst` in place, only where `where` (bool, broadcast) is
 * True. Python scalars follow NEP 50: the cast check uses their kind, and
 * an integer must fit an integer `dst`.
 */
export function copyto(...args: unknown[]): undefined {
  const p = parseArgs('copyto', args, copytoParams, 'npy');
  if (!isNDArray(p.dst)) throw new TypeError(`copyto() argument 1 must be a numpy.ndarray, not ${pyTypeName(p.dst)}`);
  const dst = p.dst;
  const casting = checkCasting(p.casting);
  const weak = weakKindOf(p.src);
  let src: NDArray;
  if (weak !== null) {
    const dflt = toArray(p.src, null, null);
    const k = dst.dtype.kind;
    const order = { b: 0, u: 1, i: 1, f: 2, c: 3 } as Record<string, number>;
    const ok =
      casting === 'unsafe' ||
      order[weak] <= order[k] ||
      (casting !== 'same_kind' && canCastDTypes(dflt.dtype, dst.dtype, casting));
    if (!ok || ((casting === 'no' || casting === 'equiv') && dflt.dtype !== dst.dtype)) {
      throw castError(dflt.dtype, dst.dtype, casting, 'scalar');
    }
    src = weak === 'i' && (k === 'i' || k === 'u') ? toArray(p.src, dst.dtype) : dflt;
  } else {
    src = toArray(p.src, null, null);
    if (!canCastDTypes(src.dtype, dst.dtype, casting)) throw castError(src.dtype, dst.dtype, casting);
  }
  const sStrides = broadcastStridesTo(src, dst.shape);
  if (sStrides === null) {
    throw new ValueError(
      `could not broadcast input array from shape ${shapeTuple(src.shape)} into shape ${shapeTuple(dst.shape)}`,
    );
  }
  if (!dst._writeable) throw new ValueError('assignment destination is read-only');
  if (p.where === true) {
    warnComplexCast(src.dtype, dst.dtype);
    native.castCopy(src._view(src._offset, dst.shape, sStrides), dst);
    return undefined;
  }
  // A non-array `where` is converted straight to bool (so `[1, 0]` works, as in NumPy); an array must be bool.
  const mask = isNDArray(p.where) ? p.where : toArray(p.where, bool, null);
  if (mask.dtype !== bool) throw castError(mask.dtype, bool, 'safe');
  const mStrides = broadcastStridesTo(mask, dst.shape);
  if (mStrides === null) {
    throw new ValueError(
      `could not broadcast where mask from shape ${shapeTuple(mask.shape)} into shape ${shapeTuple(dst.shape)}`,
    );
  }
  // The source cast into dst's dtype first (new memory, so never overlapping dst).
  warnComplexCast(src.dtype, dst.dtype);
  const cast = copyAs(src._view(src._offset, dst.shape, sStrides), dst.dtype, 'C');
  native.maskedCopy(cast, cast.strides, mask, mStrides, dst);
  return undefined;
}

const FLAG_NAMES: Record<string, string> = {
  C: 'C',
  C_CONTIGUOUS: 'C',
  CONTIGUOUS: 'C',
  F: 'F',
  F_CONTIGUOUS: 'F',
  FORTRAN: 'F',
  A: 'A',
  ALIGNED: 'A',
  W: 'W',
  WRITEABLE: 'W',
  O: 'O',
  OWNDATA: 'O',
  E: 'E',
  ENSUREARRAY: 'E',
};

const requireParams: Param[] = [
  { name: 'a' },
  { name: 'dtype', default: null },
  { name: 'requirements', default: null },
  { name: 'like', default: null, kwOnly: true },
];

/**
 * `np.require(a, dtype=None, requirements=None, *, like=None)`: `a` as an
 * array of `dtype` meeting every requirement ('C', 'F', 'A'ligned,
 * 'W'riteable, 'O'wndata, 'E'nsurearray, or their long names), copied
 * when it does not.
 */
export function require_(...args: unknown[]): NDArray {
  const p = parseArgs('require', args, requireParams);
  const reqList =
    p.requirements === null
      ? []
      : typeof p.requirements === 'string'
        ? [...p.requirements]
        : (p.requirements as unknown[]);
  const target = p.dtype === null ? null : toDType(p.dtype);
  if (reqList.length === 0) return toArray(p.a, target, null);
  const reqs = new Set<string>();
  for (const r of reqList) {
    const key = String(r).toUpperCase();
    const f = FLAG_NAMES[key];
    if (f === undefined) throw new KeyError(`'${key}'`);
    reqs.add(f);
  }
  let order: 'C' | 'F' | 'A' = 'A';
  if (reqs.has('C') && reqs.has('F')) throw new ValueError('Cannot specify both "C" and "F" order');
  if (reqs.has('C')) order = 'C';
  else if (reqs.has('F')) order = 'F';
  const arr = toArray(p.a, target, null, order);
  const f = arr.flags;
  const flagOf: Record<string, boolean> = {
    C: f.c_contiguous,
    F: f.f_contiguous,
    A: f.aligned,
    W: f.writeable,
    O: f.owndata,
    E: true,
  };
  for (const r of reqs) if (!flagOf[r]) return copyAs(arr, arr.dtype, order === 'A' ? 'K' : order);
  return arr;
}

declare module './ndarray' {
  interface NDArray {
    /**
     * `a.fill(value)`: every element set to `value` (converted as an
     * assignment would: a Python complex into a real array is a TypeError).
     */
    fill(value: unknown): undefined;
  }
}

const fillParams: Param[] = [{ name: 'value' }];

NDArray.prototype.fill = function (this: NDArray, ...args: unknown[]): undefined {
  const p = parseArgs('fill', args, fillParams, 'npy');
  if (!this._writeable) throw new ValueError('assignment destination is read-only');
  const v = p.value;
  if (Array.isArray(v) || (isNDArray(v) && v.ndim > 0)) {
    const kind = this.dtype.kind;
    const what = kind === 'f' ? 'float' : kind === 'c' ? 'complex' : 'int';
    throw new TypeError(
      `${what}() argument must be a string, ${what === 'int' ? 'a bytes-like object or a real number' : 'a real number'}, not '${pyTypeName(v)}'`,
    );
  }
  if (v instanceof Complex) checkedScalar(v, this.dtype);
  fillWith(this, v);
  return undefined;
};
