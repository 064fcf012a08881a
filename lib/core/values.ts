/**
 * Values coming back to JS (API.md §4): `item`, `tolist`, `tobytes`, and
 * the methods `astype` and `copy` on NDArray.
 */
import { type Param, checks, parseArgs } from '../args';
import { IndexError, ValueError } from '../errors';
import { astype, copyAs } from './convert';
import { type Scalar, dataView, reader } from './elements';
import { NDArray, type Order } from './ndarray';

declare module './ndarray' {
  interface NDArray {
    /** `a.item(*args)`: one element as a JS value. */
    item(...args: unknown[]): Scalar;
    /** `a.tolist()`: nested JS arrays of JS values. */
    tolist(options?: { bigint?: boolean }): unknown;
    /** `a.astype(dtype, order='K', casting='unsafe', subok=True, copy=True)`. */
    astype(...args: unknown[]): NDArray;
    /** `a.copy(order='C')`. */
    copy(...args: unknown[]): NDArray;
    /** `a.tobytes(order='C')`: the elements' bytes as a Node `Buffer` (API.md §4). */
    tobytes(...args: unknown[]): Buffer;
  }
}

function isBigintOption(x: unknown): x is { bigint?: boolean } {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
}

NDArray.prototype.item = function item(this: NDArray, ...args: unknown[]): Scalar {
  let big = false;
  if (args.length > 0 && isBigintOption(args[args.length - 1])) {
    const o = args.pop() as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (k !== 'bigint') throw new TypeError(`item() got an unexpected keyword argument '${k}'`);
    }
    big = o.bigint === true;
  }
  const idx = args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  let at = this._offset;
  if (idx.length === 0) {
    if (this.size !== 1) throw new ValueError('can only convert an array of size 1 to a Python scalar');
  } else if (idx.length === 1) {
    const k = Number(idx[0]);
    if (!Number.isInteger(k)) throw new TypeError("'float' object cannot be interpreted as an integer");
    const n = this.size;
    if (k < -n || k >= n) throw new IndexError(`index ${k} is out of bounds for size ${n}`);
    let flat = k < 0 ? k + n : k;
    for (let ax = this.ndim - 1; ax >= 0; ax--) {
      const s = this.shape[ax];
      at += (flat % s) * this.strides[ax];
      flat = Math.floor(flat / s);
    }
  } else {
    if (idx.length !== this.ndim) throw new ValueError('incorrect number of indices for array');
    idx.forEach((raw, ax) => {
      const k = Number(raw);
      if (!Number.isInteger(k)) throw new TypeError("'float' object cannot be interpreted as an integer");
      const n = this.shape[ax];
      if (k < -n || k >= n) throw new IndexError(`index ${k} is out of bounds for axis ${ax} with size ${n}`);
      at += (k < 0 ? k + n : k) * this.strides[ax];
    });
  }
  return reader(this.dtype)(dataView(this._bytes.buffer), this._bytes.byteOffset + at, big);
};

const tolistParams: Param[] = [{ name: 'bigint', default: false, kwOnly: true, check: checks.bool }];

NDArray.prototype.tolist = function tolist(this: NDArray, ...args: unknown[]): unknown {
  const p = parseArgs('tolist', args, tolistParams);
  const flat = this._values(p.bigint as boolean);
  if (this.ndim === 0) return flat[0];
  let i = 0;
  const build = (ax: number): unknown[] => {
    const n = this.shape[ax];
    const out = new Array<unknown>(n);
    for (let k = 0; k < n; k++) out[k] = ax === this.ndim - 1 ? flat[i++] : build(ax + 1);
    return out;
  };
  return build(0);
};

NDArray.prototype.astype = function (this: NDArray, ...args: unknown[]): NDArray {
  return astype(this, args);
};

const copyParams: Param[] = [{ name: 'order', default: 'C', check: checks.oneOf('C', 'F', 'A', 'K') }];

NDArray.prototype.copy = function (this: NDArray, ...args: unknown[]): NDArray {
  if (args.length === 0) return copyAs(this, this.dtype, 'C');
  const p = parseArgs('copy', args, copyParams);
  return copyAs(this, this.dtype, p.order as Order | 'K' | 'A');
};

const tobytesParams: Param[] = [{ name: 'order', default: 'C' }];

/**
 * `a.tobytes(order='C')`: a new Buffer of the elements in C order ('F':
 * Fortran order; 'A': Fortran order when `a` is Fortran- but not
 * C-contiguous; 'K' and None: C order, as NumPy does), native byte order.
 */
NDArray.prototype.tobytes = function (this: NDArray, ...args: unknown[]): Buffer {
  const p = parseArgs('tobytes', args, tobytesParams);
  const given = p.order === null ? 'C' : p.order;
  const order = typeof given === 'string' ? given.toUpperCase() : given;
  if (order !== 'C' && order !== 'F' && order !== 'A' && order !== 'K') {
    throw new ValueError(`order must be one of 'C', 'F', 'A', or 'K' (got '${String(given)}')`);
  }
  const fortran = order === 'F' || (order === 'A' && this.flags.f_contiguous && !this.flags.c_contiguous);
  const c = copyAs(this, this.dtype, fortran ? 'F' : 'C');
  return Buffer.from(c._bytes.subarray(c._offset, c._offset + c.size * c.dtype.itemsize));
};
