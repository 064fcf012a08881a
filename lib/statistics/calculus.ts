/**
 * Differences and sums of sampled functions: `np.gradient`,
 * `np.trapezoid` and `np.unwrap`, computed as NumPy's Python code computes
 * them (numpy/lib/_function_base_impl.py) with rumpy's ufuncs, so every
 * intermediate has NumPy's dtype and rounding:
 *
 * - `gradient`: second-order central differences inside,
 *   `(f[i+1] − f[i−1]) / 2h` for a uniform step; for steps `h₁, h₂` either
 *   side `a·f[i−1] + b·f[i] + c·f[i+1]` with `a = −h₂/(h₁(h₁+h₂))`,
 *   `b = (h₂−h₁)/(h₁h₂)`, `c = h₁/(h₂(h₁+h₂))`; one-sided differences of
 *   order `edge_order` (1 or 2) at the ends.
 * - `trapezoid`: `Σ d·(y[i+1] + y[i]) / 2` along an axis.
 * - `unwrap`: differences outside `[−period/2, period/2]` are shifted by
 *   multiples of `period`, and the corrections summed back in.
 */
import { type Param, isOptionsObject, parseArgs } from '../args';
import { toArray } from '../core/convert';
import type { Scalar } from '../core/elements';
import { copyto } from '../core/memory';
import { type NDArray, allocateForOverwrite } from '../core/ndarray';
import { along } from '../core/shapeutil';
import { type DType, float64 } from '../dtype/dtype';
import { result_type } from '../dtype/functions';
import { ValueError, normalizeAxis } from '../errors';

import { arr } from '../reductions/common';
import { diff } from '../reductions/differences';
import { normalizeAxisTuple } from '../reductions/median';
import { all, cumsum, sum } from '../reductions/sum';
import { add, divide, equal, greater, less, logical_and, multiply, remainder, subtract } from '../ufunc';
import { absolute, negative } from '../ufunc/unary';

type R = NDArray | Scalar;

const A = (x: unknown): NDArray => x as NDArray;

/**
 * A grid step as NumPy holds it: a Python float (a JS number, weak), a
 * NumPy float scalar (`strong`: its dtype, held as a 0-d array so that it
 * promotes as `np.float64(h)` does), or an array of steps.
 */
type Step = { value: number; strong: DType | null } | NDArray;

const isScalarStep = (s: Step): s is { value: number; strong: DType | null } => 'strong' in s;

/**
 * Scalar arithmetic in `dt` as NumPy scalars compute it: float64 is JS's;
 * float32 rounds each result (double rounding is exact for + − × ÷).
 */
function scalarMath(dt: DType | null) {
  const r = dt !== null && dt.name === 'float32' ? Math.fround : (x: number) => x;
  return {
    add: (x: number, y: number) => r(x + y),
    mul: (x: number, y: number) => r(x * y),
    div: (x: number, y: number) => r(x / y),
    neg: (x: number) => -x,
  };
}

/** A scalar computed from a step, kept weak or strong like the step. */
function scalar(value: number, strong: DType | null): number | NDArray {
  return strong !== null ? toArray(value, strong, null) : value;
}

/** Element `i` of a 1-d array as a 0-d array (NumPy's scalar of its dtype, strong). */
function pick(a: NDArray, i: number): NDArray {
  return (a.get(i === -1 ? '-1:' : `${i}:${i + 1}`) as NDArray).reshape([]);
}

const GRADIENT_PARAMS: Param[] = [
  { name: 'axis', default: null, kwOnly: true },
  { name: 'edge_order', default: 1, kwOnly: true },
];

/** `np.gradient(f, *varargs, axis=None, edge_order=1)`; several axes give a JS array of gradients. */
export function gradient(...args: unknown[]): NDArray | NDArray[] {
  const last = args[args.length - 1];
  const opts = args.length > 1 && isOptionsObject(last) ? [last] : [];
  const positional = opts.length ? args.slice(0, -1) : args;
  const p = parseArgs('gradient', opts, GRADIENT_PARAMS);
  let f = arr(positional[0]);
  const varargs = positional.slice(1);
  const nd = f.ndim;
  const axes = p.axis === null ? f.shape.map((_, i) => i) : normalizeAxisTuple(p.axis, nd);
  const n = varargs.length;
  const ndim0 = (x: unknown): boolean => typeof x === 'number' || arr(x).ndim === 0;
  let dx: Step[];
  if (n === 0) dx = axes.map(() => ({ value: 1, strong: null }));
  else if (n === 1 && ndim0(varargs[0])) {
    dx = axes.map(() => stepOf(varargs[0]));
  } else if (n === axes.length) {
    dx = varargs.map((d, i) => {
      const distances = arr(d);
      if (distances.ndim === 0) return stepOf(d);
      if (distances.ndim !== 1) throw new ValueError('distances must be either scalars or 1d');
      if (distances.shape[0] !== f.shape[axes[i]]) {
        throw new ValueError('when 1d, distances must match the length of the corresponding dimension');
      }
      const fl = 'iu'.includes(distances.dtype.kind) ? distances.astype(float64) : distances;
      const diffx = A(diff(fl));
      if (diffx.size > 0 && all(equal(diffx, diffx.get(0))) === true) {
        return { value: Number(diffx.item(0)), strong: diffx.dtype };
      }
      return diffx;
    });
  } else {
    throw new TypeError('invalid number of arguments');
  }
  const edge = Number(p.edge_order);
  if (edge > 2) throw new ValueError("'edge_order' greater than 2 not supported");
  let otype = f.dtype;
  if (!'fc'.includes(otype.kind)) {
    if ('iu'.includes(otype.kind)) f = f.astype(float64);
    otype = float64;
  }
  const outs: NDArray[] = [];
  axes.forEach((axis, k) => {
    const h = dx[k];
    if (f.shape[axis] < edge + 1) {
      throw new ValueError(
        'Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.',
      );
    }
    const out = allocateForOverwrite(f.shape, otype);
    // `len` elements from `i` (negative: from the end) along `axis`, as a
    // view (a single element keeps its axis: a 0-d result would come back
    // as a JS number, a weak Python float).
    const len = f.shape[axis];
    const at = (i: number, n = 1): NDArray => along(f, axis, i < 0 ? len + i : i, n);
    const put = (i: number, v: unknown, n = 1): void => {
      copyto(along(out, axis, i < 0 ? len + i : i, n), v, { casting: 'unsafe' });
    };
    const shaped = (x: NDArray): NDArray => x.reshape(f.shape.map((_, i) => (i === axis ? -1 : 1)));
    if (isScalarStep(h)) {
      const step = scalar(scalarMath(h.strong).mul(2, h.value), h.strong);
      put(1, divide(subtract(at(2, len - 2), at(0, len - 2)), step), len - 2);
    } else {
      const dx1 = h.get('0:-1') as NDArray;
      const dx2 = h.get('1:') as NDArray;
      const sum12 = add(dx1, dx2);
      const a = shaped(A(divide(negative(dx2), multiply(dx1, sum12))));
      const b = shaped(A(divide(subtract(dx2, dx1), multiply(dx1, dx2))));
      const c = shaped(A(divide(dx1, multiply(dx2, sum12))));
      put(1, add(add(multiply(a, at(0, len - 2)), multiply(b, at(1, len - 2))), multiply(c, at(2, len - 2))), len - 2);
    }
    if (edge === 1) {
      const first = isScalarStep(h) ? scalar(h.value, h.strong) : pick(h, 0);
      const lastStep = isScalarStep(h) ? scalar(h.value, h.strong) : pick(h, -1);
      put(0, divide(subtract(at(1), at(0)), first));
      put(-1, divide(subtract(at(-1), at(-2)), lastStep));
    } else {
      const m = scalarMath(isScalarStep(h) ? h.strong : h.dtype);
      const strong = isScalarStep(h) ? h.strong : h.dtype;
      const coef = (vals: number[]) => vals.map((v) => scalar(v, strong));
      let abc: (number | NDArray)[];
      if (isScalarStep(h)) abc = coef([m.div(-1.5, h.value), m.div(2.0, h.value), m.div(-0.5, h.value)]);
      else {
        const [d1, d2] = [Number(pick(h, 0).item()), Number(pick(h, 1).item())];
        const s12 = m.add(d1, d2);
        abc = coef([
          m.div(m.neg(m.add(m.mul(2.0, d1), d2)), m.mul(d1, s12)),
          m.div(s12, m.mul(d1, d2)),
          m.div(m.neg(d1), m.mul(d2, s12)),
        ]);
      }
      put(0, add(add(multiply(abc[0], at(0)), multiply(abc[1], at(1))), multiply(abc[2], at(2))));
      if (isScalarStep(h)) abc = coef([m.div(0.5, h.value), m.div(-2.0, h.value), m.div(1.5, h.value)]);
      else {
        const [d1, d2] = [Number(pick(h, -2 + h.shape[0]).item()), Number(pick(h, -1).item())];
        const s12 = m.add(d1, d2);
        abc = coef([
          m.div(d2, m.mul(d1, s12)),
          m.div(m.neg(m.add(d2, d1)), m.mul(d1, d2)),
          m.div(m.add(m.mul(2.0, d2), d1), m.mul(d2, s12)),
        ]);
      }
      put(-1, add(add(multiply(abc[0], at(-3)), multiply(abc[1], at(-2))), multiply(abc[2], at(-1))));
    }
    outs.push(out);
  });
  return axes.length === 1 ? outs[0] : outs;
}

/** A scalar grid step as given: a JS number is a Python float/int; a 0-d array keeps its dtype's strength. */
function stepOf(d: unknown): Step {
  if (typeof d === 'number') return { value: d, strong: null };
  const a = arr(d);
  return { value: Number(a.item()), strong: a.dtype };
}

const TRAPEZOID_PARAMS: Param[] = [
  { name: 'y' },
  { name: 'x', default: null },
  { name: 'dx', default: 1 },
  { name: 'axis', default: -1 },
];

/** `np.trapezoid(y, x=None, dx=1.0, axis=-1)`. */
export function trapezoid(...args: unknown[]): R {
  const p = parseArgs('trapezoid', args, TRAPEZOID_PARAMS);
  const y = arr(p.y);
  const nd = y.ndim;
  const axis = normalizeAxis(Number(p.axis), nd);
  let d: unknown = p.dx;
  if (p.x !== null) {
    const x = arr(p.x);
    if (x.ndim === 1) {
      const dd = A(diff(x));
      d = dd.reshape(y.shape.map((_, i) => (i === axis ? dd.shape[0] : 1)));
    } else {
      d = diff(x, { axis: p.axis });
    }
  }
  const n = Math.max(y.shape[axis] - 1, 0);
  const hi = along(y, axis, 1, n);
  const lo = along(y, axis, 0, n);
  return sum(divide(multiply(d, add(hi, lo)), 2), axis) as R;
}

const UNWRAP_PARAMS: Param[] = [
  { name: 'p' },
  { name: 'discont', default: null },
  { name: 'axis', default: -1 },
  { name: 'period', default: 2 * Math.PI, kwOnly: true },
];

/** `np.unwrap(p, discont=None, axis=-1, *, period=2*pi)`. */
export function unwrap(...args: unknown[]): NDArray {
  const params = parseArgs('unwrap', args, UNWRAP_PARAMS);
  const p = arr(params.p);
  const nd = p.ndim;
  const dd = A(diff(p, { axis: params.axis }));
  const period = params.period as number;
  const discont = params.discont === null ? period / 2 : params.discont;
  const axis = normalizeAxis(Number(params.axis), nd);
  const dtype = result_type(dd, period);
  let high: number;
  let ambiguous: boolean;
  if ('iu'.includes(dtype.kind)) {
    // Python's divmod(period, 2) on ints.
    high = Math.floor(period / 2);
    ambiguous = period - 2 * high === 0;
  } else {
    high = period / 2;
    ambiguous = true;
  }
  const low = -high;
  const ddmod = A(add(remainder(subtract(dd, low), period), low));
  if (ambiguous) copyto(ddmod, high, { where: logical_and(equal(ddmod, low), greater(dd, 0)) });
  const correct = A(subtract(ddmod, dd));
  copyto(correct, 0, { where: less(absolute(dd), discont) });
  const up = p.astype(dtype);
  const n = Math.max(p.shape[axis] - 1, 0);
  copyto(along(up, axis, 1, n), add(along(p, axis, 1, n), cumsum(correct, axis)), { casting: 'unsafe' });
  return up;
}
