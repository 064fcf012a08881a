/**
 * NumPy's element-wise functions built on the unary ufuncs (they are not
 * ufuncs themselves): `fix`, `round`/`around`, `isposinf`, `isneginf`,
 * `iscomplex`, `isreal`, `iscomplexobj`, `isrealobj`, `real`, `imag`,
 * `angle`, `nan_to_num`; and the NDArray members `a.real`, `a.imag` (views
 * of a complex array's parts, as in NumPy), `a.conj()`, `a.conjugate()`,
 * `a.round()`.
 */
import { type Param, checks, parseArgs } from '../args';
import { Complex } from '../core/complex';
import { toArray } from '../core/convert';
import { fillWith, newArray } from '../core/creation';
import { type Scalar, dataView, writer } from '../core/elements';
import { copyto } from '../core/memory';
import { NDArray, allocate, allocateForOverwrite, isNDArray } from '../core/ndarray';
import { type DType, bool, dtype as toDType } from '../dtype/dtype';
import { finfo } from '../dtype/finfo';
import * as native from '../native';
import { divide, logical_and, multiply } from './index';
import { _angle, conjugate, invert, isinf, isnan, logical_not, rint, signbit, trunc } from './unary';

type Result = NDArray | Scalar;

const isComplexDtype = (d: DType): boolean => d.kind === 'c';

/** The real dtype of a complex dtype's parts. */
const partDtype = (d: DType): DType => toDType(d.itemsize === 8 ? 'float32' : 'float64');

/** `a.real`: a view of the real parts of a complex array, else `a` itself. */
function realOf(a: NDArray): NDArray {
  if (!isComplexDtype(a.dtype)) return a;
  return a._view(a._offset, a.shape, a.strides, partDtype(a.dtype));
}

/** `a.imag`: a view of the imaginary parts, else read-only zeros. */
function imagOf(a: NDArray): NDArray {
  if (isComplexDtype(a.dtype)) {
    return a._view(a._offset + a.itemsize / 2, a.shape, a.strides, partDtype(a.dtype));
  }
  const z = newArray(a.shape, a.dtype);
  z._writeable = false;
  return z;
}

/** Returns a 0-d result as a JS scalar (NumPy's `res[()]`). */
const scalarIfZeroD = (a: NDArray): Result => (a.ndim === 0 ? a.item() : a);

// ---------------------------------------------------------------- fix

const outParams: Param[] = [{ name: 'x' }, { name: 'out', default: null }];

/** `np.fix(x, out=None)`: rounds toward zero (NumPy 2.4 computes it with `trunc`). */
export function fix(...args: unknown[]): Result {
  const p = parseArgs('fix', args, outParams);
  return (p.out === null ? trunc(p.x) : trunc(p.x, { out: p.out })) as Result;
}

// ---------------------------------------------------------------- round

/** 10ⁿ as NumPy computes it (exact table up to 10⁸, then repeated ×10). */
function powerOfTen(n: number): number {
  if (n < 9) return 10 ** n;
  let r = 1e9;
  for (let k = n; k > 9; k--) r *= 10;
  return r;
}

/**
 * `rint(a·f)/f` (`scaled`) or `rint(a/f)·f` of a float32/float64 array in
 * one native pass into the new array `dst`, with the same three roundings
 * per element as the three ufunc passes; false (and `dst` unspecified)
 * when it does not apply or raised a floating-point flag, so that the
 * caller runs the passes for NumPy's warnings.
 */
function roundFused(a: NDArray, f: number, scaled: boolean, dst: NDArray): boolean {
  const dt = a.dtype;
  if ((dt.name !== 'float64' && dt.name !== 'float32') || dst.dtype !== dt || a.size === 0) return false;
  if (!Number.isFinite(dt.name === 'float32' ? Math.fround(f) : f)) return false;
  const factor = allocate([], dt);
  (factor.data as Float64Array | Float32Array)[0] = f;
  const flags = native.ufuncCall(
    native.ufuncIndex(scaled ? '_round_scaled' : '_round_unscaled'),
    [dt, dt, dt],
    [a, factor],
    [a.strides, a.shape.map(() => 0)],
    [dst],
  );
  return flags === 0;
}

/**
 * NumPy's `ndarray.round`: integers with `decimals ≥ 0` are copied; `decimals = 0` is `rint` (half to even); otherwise
 * `rint(a·10ᵈ)/10ᵈ` (or `rint(a/10⁻ᵈ)·10⁻ᵈ` for negative `d`), computed in
 * `a`'s float type (float64 for integers, cast back); complex rounds each
 * part.
 */
function roundArray(a: NDArray, decimals: number, out: NDArray | null): NDArray | Scalar {
  if (isComplexDtype(a.dtype)) {
    const dst =
      out ?? allocateForOverwrite(a.shape, a.dtype, a.flags.f_contiguous && !a.flags.c_contiguous ? 'F' : 'C');
    if (!isComplexDtype(dst.dtype)) throw new TypeError('array does not have imaginary part to set');
    roundArray(realOf(a), decimals, realOf(dst));
    roundArray(imagOf(a), decimals, imagOf(dst));
    return dst;
  }
  const isInt = a.dtype.kind === 'i' || a.dtype.kind === 'u';
  if (decimals >= 0 && isInt) {
    if (out === null) return toArray(a, null, true);
    fillWith(out, a);
    return out;
  }
  if (decimals === 0) return (out === null ? rint(a) : rint(a, { out })) as Result;
  const [op1, op2] = decimals >= 0 ? [multiply, divide] : [divide, multiply];
  if (a.dtype.kind === 'b' && out === null) {
    // NumPy scales by a Python float into a bool result array.
    throw new TypeError(
      `Cannot cast ufunc '${op1.__name__}' output from dtype('float64') to dtype('bool') with casting rule 'same_kind'`,
    );
  }
  const f = powerOfTen(Math.abs(decimals));
  const dst =
    out ??
    allocateForOverwrite(
      a.shape,
      isInt ? toDType('float64') : a.dtype,
      a.flags.f_contiguous && !a.flags.c_contiguous ? 'F' : 'C',
    );
  if (out === null && roundFused(a, f, decimals > 0, dst)) return dst;
  op1(a, f, { out: dst });
  rint(dst, { out: dst });
  op2(dst, f, { out: dst });
  if (isInt && out === null) return toArray(dst, a.dtype, true);
  return dst;
}

const roundParams: Param[] = [
  { name: 'a' },
  { name: 'decimals', default: 0, check: checks.index },
  { name: 'out', default: null },
];

/** `a.round()`'s: `np.round`'s without the array. */
const roundMethodParams: Param[] = roundParams.slice(1);

/** `np.round(a, decimals=0, out=None)` (also `np.around`). */
export function round(...args: unknown[]): Result {
  const p = parseArgs('round', args, roundParams);
  return roundMethod(toArray(p.a, null, null), p.decimals, p.out);
}

export const around = round;

/** `a.round(decimals=0, out=None)`: a 0-d result becomes a JS scalar. */
function roundMethod(a: NDArray, decimals: unknown, out: unknown): Result {
  if (out !== null && !isNDArray(out)) throw new TypeError('return arrays must be of ArrayType');
  const r = roundArray(a, Number(decimals), out as NDArray | null);
  return isNDArray(r) && out === null ? scalarIfZeroD(r) : r;
}

// ---------------------------------------------------------------- predicates

/** `isposinf`/`isneginf`: `isinf(x) & (signbit(x) == negative)`. */
function infSign(name: string, negative: boolean, args: unknown[]): Result {
  const p = parseArgs(name, args, outParams);
  const inf = isinf(p.x);
  let sb: unknown;
  try {
    sb = signbit(p.x);
  } catch (e) {
    const dt = toArray(p.x, null, null).dtype;
    throw new TypeError(`This operation is not supported for ${dt.name} values because it would be ambiguous.`, {
      cause: e,
    });
  }
  const side = negative ? sb : invert(sb);
  return (p.out === null ? multiply(inf, side) : multiply(inf, side, { out: p.out })) as Result;
}

/** `np.isposinf(x, out=None)`: x is +inf (TypeError for complex input). */
export function isposinf(...args: unknown[]): Result {
  return infSign('isposinf', false, args);
}

/** `np.isneginf(x, out=None)`: x is -inf (TypeError for complex input). */
export function isneginf(...args: unknown[]): Result {
  return infSign('isneginf', true, args);
}

const iscomplexParams: Param[] = [{ name: 'x' }];

/** `np.iscomplex(x)`: imaginary part non-zero (all False for real dtypes). */
export function iscomplex(...args: unknown[]): Result {
  const p = parseArgs('iscomplex', args, iscomplexParams);
  const a = toArray(p.x, null, null);
  if (isComplexDtype(a.dtype)) return invert(logical_not(imagOf(a))) as Result;
  return scalarIfZeroD(newArray(a.shape, toDType('bool')));
}

const isrealParams: Param[] = [{ name: 'x' }];

/** `np.isreal(x)`: imaginary part zero (`imag(x) == 0`). */
export function isreal(...args: unknown[]): Result {
  const p = parseArgs('isreal', args, isrealParams);
  return logical_not(imag(p.x)) as Result;
}

/** The dtype an `iscomplexobj`/`isrealobj` argument has. */
function dtypeOfObj(x: unknown): DType {
  if (isNDArray(x)) return x.dtype;
  return toArray(x, null, null).dtype;
}

const iscomplexobjParams: Param[] = [{ name: 'x' }];

/** `np.iscomplexobj(x)`: x has a complex dtype. */
export function iscomplexobj(...args: unknown[]): boolean {
  const p = parseArgs('iscomplexobj', args, iscomplexobjParams);
  return isComplexDtype(dtypeOfObj(p.x));
}

const isrealobjParams: Param[] = [{ name: 'x' }];

/** `np.isrealobj(x)`: x does not have a complex dtype. */
export function isrealobj(...args: unknown[]): boolean {
  const p = parseArgs('isrealobj', args, isrealobjParams);
  return !isComplexDtype(dtypeOfObj(p.x));
}

// ---------------------------------------------------------------- parts

/** A Python scalar's `.real`/`.imag` (bool and int give ints). */
function scalarPart(v: unknown, imagPart: boolean): Scalar | undefined {
  if (v instanceof Complex) return imagPart ? v.im : v.re;
  if (typeof v === 'number') return imagPart ? 0 : v;
  if (typeof v === 'bigint') return imagPart ? 0 : v;
  if (typeof v === 'boolean') return imagPart ? 0 : Number(v);
  return undefined;
}

const realParams: Param[] = [{ name: 'val' }];

/** `np.real(val)`: the real part (`val.real`): a view for complex arrays. */
export function real(...args: unknown[]): Result {
  const p = parseArgs('real', args, realParams);
  return scalarPart(p.val, false) ?? realOf(toArray(p.val, null, null));
}

const imagParams: Param[] = [{ name: 'val' }];

/** `np.imag(val)`: the imaginary part (`val.imag`): a view for complex arrays. */
export function imag(...args: unknown[]): Result {
  const p = parseArgs('imag', args, imagParams);
  return scalarPart(p.val, true) ?? imagOf(toArray(p.val, null, null));
}

const angleParams: Param[] = [{ name: 'z' }, { name: 'deg', default: false }];

/**
 * `np.angle(z, deg=False)`: `arctan2(imag, real)`; a real input computes
 * `arctan2(0, z)` in the float type `z` promotes to with a Python int
 * (float16 for int8, float64 for bool); `deg` multiplies by `180/π` in that
 * type.
 */
export function angle(...args: unknown[]): Result {
  const p = parseArgs('angle', args, angleParams);
  const z = toArray(p.z, null, null);
  const flat = z.ndim === 0 ? z._view(z._offset, [1], [z.itemsize]) : z;
  const opts = z.dtype.kind === 'b' ? [{ dtype: 'float64' }] : [];
  const a = _angle(flat, ...opts) as NDArray;
  if (p.deg) multiply(a, 180 / Math.PI, { out: a });
  return z.ndim === 0 ? a.item() : a;
}

// ---------------------------------------------------------------- nan_to_num

const nanToNumParams: Param[] = [
  { name: 'x' },
  { name: 'copy', default: true },
  { name: 'nan', default: 0.0, check: checks.number },
  { name: 'posinf', default: null },
  { name: 'neginf', default: null },
];

/**
 * `np.nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)`: NaN →
 * `nan`, +inf → `posinf` (default the dtype's largest finite value), -inf
 * → `neginf` (default its most negative), in each part of a complex; the
 * replacements are converted to the dtype (so they may round or overflow).
 * Non-float input is returned as is; `copy=false` works in place.
 */
export function nan_to_num(...args: unknown[]): Result {
  const p = parseArgs('nan_to_num', args, nanToNumParams);
  const x = toArray(p.x, null, Boolean(p.copy));
  if (x.dtype.kind !== 'f' && x.dtype.kind !== 'c') return scalarIfZeroD(x);
  const fi = finfo(x.dtype);
  const repl = {
    nan: Number(p.nan),
    pos: p.posinf === null ? fi.max : Number(p.posinf),
    neg: p.neginf === null ? fi.min : Number(p.neginf),
  };
  // As NumPy: `copyto(d, value, where=…)` per part, masks taken before any
  // replacement; each value is first rounded to the part's dtype.
  for (const part of isComplexDtype(x.dtype) ? [realOf(x), imagOf(x)] : [x]) {
    const as = (v: number): NDArray => {
      const a = allocate([], part.dtype);
      writer(part.dtype)(dataView(a._bytes.buffer), a._bytes.byteOffset + a._offset, v);
      return a;
    };
    const nan = isnan(part, { out: allocateForOverwrite(part.shape, bool) });
    const inf = isinf(part, { out: allocateForOverwrite(part.shape, bool) }) as NDArray;
    const neg = signbit(part, { out: allocateForOverwrite(part.shape, bool) }) as NDArray;
    copyto(part, as(repl.nan), { where: nan });
    copyto(part, as(repl.pos), {
      where: logical_and(inf, logical_not(neg), { out: allocateForOverwrite(part.shape, bool) }),
    });
    copyto(part, as(repl.neg), { where: logical_and(inf, neg, { out: allocateForOverwrite(part.shape, bool) }) });
  }
  return scalarIfZeroD(x);
}

// ---------------------------------------------------------------- methods

declare module '../core/ndarray' {
  interface NDArray {
    /** The real parts: a view of a complex array, else the array itself. */
    real: NDArray;
    /** The imaginary parts: a view of a complex array, else read-only zeros. */
    imag: NDArray;
    conj(options?: object): Result;
    conjugate(options?: object): Result;
    round(decimals?: number | object, options?: object): Result;
  }
}

Object.defineProperty(NDArray.prototype, 'real', {
  get(this: NDArray) {
    return realOf(this);
  },
  set(this: NDArray, v: unknown) {
    fillWith(realOf(this), v);
  },
  configurable: true,
});

Object.defineProperty(NDArray.prototype, 'imag', {
  get(this: NDArray) {
    return imagOf(this);
  },
  set(this: NDArray, v: unknown) {
    if (!isComplexDtype(this.dtype)) throw new TypeError('array does not have imaginary part to set');
    fillWith(imagOf(this), v);
  },
  configurable: true,
});

const conjMethodParams: Param[] = [{ name: 'out', default: null }];

/** `a.conj()`: `np.conjugate(a)` for complex arrays, `a` itself otherwise. */
function conjMethod(name: string) {
  return function (this: NDArray, ...args: unknown[]): Result {
    const p = parseArgs(name, args, conjMethodParams, 'npy');
    if (!isComplexDtype(this.dtype)) {
      if (p.out === null) return this;
      fillWith(p.out as NDArray, this);
      return p.out as NDArray;
    }
    return (p.out === null ? conjugate(this) : conjugate(this, { out: p.out })) as Result;
  };
}

for (const [name, value] of [
  ['conj', conjMethod('conj')],
  ['conjugate', conjMethod('conjugate')],
  [
    'round',
    function (this: NDArray, ...args: unknown[]): Result {
      const p = parseArgs('round', args, roundMethodParams, 'npy');
      return roundMethod(this, p.decimals, p.out);
    },
  ],
] as const) {
  Object.defineProperty(NDArray.prototype, name, { value, writable: true, configurable: true });
}
