/**
 * Reading and writing single elements of array memory from JS, for the
 * places where values must become JS values (`item`, `tolist`, printing) or
 * come from JS values (`array` from nested lists, `set` of a scalar).
 * Bulk work never goes element by element through here; it goes native.
 */
import type { DType } from '../dtype/dtype';
import { Complex } from './complex';

/** A JS value for one element (API.md §4). */
export type Scalar = number | bigint | boolean | Complex;

const views = new WeakMap<ArrayBufferLike, DataView>();

/** A cached DataView over the whole buffer. */
export function dataView(buffer: ArrayBufferLike): DataView {
  let v = views.get(buffer);
  if (!v) {
    v = new DataView(buffer as ArrayBuffer);
    views.set(buffer, v);
  }
  return v;
}

/**
 * Stores safe integer `x` as a little-endian int64 at byte `at` of `v`
 * (two's complement halves `x = hi·2^32 + lo`, `0 <= lo < 2^32`), without
 * the BigInt that `setBigInt64` needs.
 */
export function setSafeInt64(v: DataView, at: number, x: number): void {
  const hi = Math.floor(x / 4294967296);
  v.setUint32(at, x - hi * 4294967296, true);
  v.setInt32(at + 4, hi, true);
}

/** IEEE binary16 bits → number (exact). */
export function halfToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** number → IEEE binary16 bits, rounding once to nearest, ties to even. */
export function numberToHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Number.POSITIVE_INFINITY) return sign | 0x7c00;
  if (a >= 65520) return sign | 0x7c00; // rounds to infinity
  if (a < 2 ** -14) {
    // Subnormal (or zero): units of 2^-24, round half to even.
    const q = a / 2 ** -24;
    let r = Math.round(q);
    if (Math.abs(q - Math.trunc(q) - 0.5) === 0 && r % 2 === 1) r -= 1;
    return sign | r;
  }
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e -= 1;
  if (2 ** (e + 1) <= a) e += 1;
  const m = a / 2 ** e - 1; // in [0, 1)
  const q = m * 1024;
  let r = Math.floor(q);
  const rem = q - r;
  if (rem > 0.5 || (rem === 0.5 && r % 2 === 1)) r += 1;
  let bits = ((e + 15) << 10) + r; // carry into exponent is correct
  if (bits >= 0x7c00) bits = 0x7c00;
  return sign | bits;
}

/** Rounds a number to the nearest float16 value. */
export function roundToHalf(x: number): number {
  return halfToNumber(numberToHalf(x));
}

export type Reader = (v: DataView, at: number, bigint: boolean) => Scalar;
export type Writer = (v: DataView, at: number, x: Scalar) => void;

function int64Value(b: bigint, asBigint: boolean): number | bigint {
  if (asBigint) return b;
  const n = Number(b);
  return Number.isSafeInteger(n) ? n : b;
}

const readers: Record<string, Reader> = {
  bool: (v, at) => v.getUint8(at) !== 0,
  int8: (v, at) => v.getInt8(at),
  int16: (v, at) => v.getInt16(at, true),
  int32: (v, at) => v.getInt32(at, true),
  int64: (v, at, big) => int64Value(v.getBigInt64(at, true), big),
  uint8: (v, at) => v.getUint8(at),
  uint16: (v, at) => v.getUint16(at, true),
  uint32: (v, at) => v.getUint32(at, true),
  uint64: (v, at, big) => int64Value(v.getBigUint64(at, true), big),
  float16: (v, at) => halfToNumber(v.getUint16(at, true)),
  float32: (v, at) => v.getFloat32(at, true),
  float64: (v, at) => v.getFloat64(at, true),
  complex64: (v, at) => new Complex(v.getFloat32(at, true), v.getFloat32(at + 4, true)),
  complex128: (v, at) => new Complex(v.getFloat64(at, true), v.getFloat64(at + 8, true)),
};

/** The element reader for a dtype. */
export function reader(dt: DType): Reader {
  return readers[dt.name];
}

const re = (x: Scalar): number =>
  typeof x === 'number' ? x : typeof x === 'boolean' ? +x : typeof x === 'bigint' ? Number(x) : x.re;
const im = (x: Scalar): number => (typeof x === 'object' ? x.im : 0);
/** The real and imaginary parts of a scalar as numbers (bigints converted, booleans 0/1). */
export { re as scalarReal, im as scalarImag };
const big = (x: Scalar): bigint => (typeof x === 'bigint' ? x : BigInt(Math.trunc(re(x))));

const writers: Record<string, Writer> = {
  bool: (v, at, x) => v.setUint8(at, re(x) !== 0 || im(x) !== 0 ? 1 : 0),
  int8: (v, at, x) => v.setInt8(at, Number(BigInt.asIntN(8, big(x)))),
  int16: (v, at, x) => v.setInt16(at, Number(BigInt.asIntN(16, big(x))), true),
  int32: (v, at, x) => v.setInt32(at, Number(BigInt.asIntN(32, big(x))), true),
  int64: (v, at, x) => v.setBigInt64(at, BigInt.asIntN(64, big(x)), true),
  uint8: (v, at, x) => v.setUint8(at, Number(BigInt.asUintN(8, big(x)))),
  uint16: (v, at, x) => v.setUint16(at, Number(BigInt.asUintN(16, big(x))), true),
  uint32: (v, at, x) => v.setUint32(at, Number(BigInt.asUintN(32, big(x))), true),
  uint64: (v, at, x) => v.setBigUint64(at, BigInt.asUintN(64, big(x)), true),
  float16: (v, at, x) => v.setUint16(at, numberToHalf(re(x)), true),
  float32: (v, at, x) => v.setFloat32(at, re(x), true),
  float64: (v, at, x) => v.setFloat64(at, re(x), true),
  complex64: (v, at, x) => {
    v.setFloat32(at, re(x), true);
    v.setFloat32(at + 4, im(x), true);
  },
  complex128: (v, at, x) => {
    v.setFloat64(at, re(x), true);
    v.setFloat64(at + 8, im(x), true);
  },
};

/**
 * The element writer for a dtype. Values must already be validated for the
 * dtype (range checks live with the callers, which know NumPy's errors);
 * integers wrap and floats truncate toward zero here.
 */
export function writer(dt: DType): Writer {
  return writers[dt.name];
}
