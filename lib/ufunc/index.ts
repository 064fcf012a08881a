/**
 * The ufunc namespace entries and their NDArray methods (`a.add(b)` is
 * `np.add(a, b)`).
 */
import type { Scalar } from '../core/elements';
import type { NDArray } from '../core/ndarray';
import { MATMUL, MATVEC, VECDOT, VECMAT, makeProduct } from './products';
import { BINARY_UFUNCS as B, UFUNCS } from './table';
import { type Ufunc, installMethods, makeUfunc } from './ufunc';

export const add: Ufunc = makeUfunc(UFUNCS.add);
export const subtract: Ufunc = makeUfunc(UFUNCS.subtract);
export const multiply: Ufunc = makeUfunc(UFUNCS.multiply);
export const divide: Ufunc = makeUfunc(UFUNCS.divide);
export const true_divide: Ufunc = divide;

// Binary ufuncs beyond arithmetic (table.ts `BINARY_UFUNCS`).
export const floor_divide: Ufunc = makeUfunc(B.floor_divide);
export const remainder: Ufunc = makeUfunc(B.remainder);
export const mod: Ufunc = remainder;
export const fmod: Ufunc = makeUfunc(B.fmod);
export const divmod: Ufunc = makeUfunc(B.divmod);
export const power: Ufunc = makeUfunc(B.power);
export const float_power: Ufunc = makeUfunc(B.float_power);
export const equal: Ufunc = makeUfunc(B.equal);
export const not_equal: Ufunc = makeUfunc(B.not_equal);
export const less: Ufunc = makeUfunc(B.less);
export const less_equal: Ufunc = makeUfunc(B.less_equal);
export const greater: Ufunc = makeUfunc(B.greater);
export const greater_equal: Ufunc = makeUfunc(B.greater_equal);
export const maximum: Ufunc = makeUfunc(B.maximum);
export const minimum: Ufunc = makeUfunc(B.minimum);
export const fmax: Ufunc = makeUfunc(B.fmax);
export const fmin: Ufunc = makeUfunc(B.fmin);
export const logical_and: Ufunc = makeUfunc(B.logical_and);
export const logical_or: Ufunc = makeUfunc(B.logical_or);
export const logical_xor: Ufunc = makeUfunc(B.logical_xor);
export const bitwise_and: Ufunc = makeUfunc(B.bitwise_and);
export const bitwise_or: Ufunc = makeUfunc(B.bitwise_or);
export const bitwise_xor: Ufunc = makeUfunc(B.bitwise_xor);
export const left_shift: Ufunc = makeUfunc(B.left_shift);
export const right_shift: Ufunc = makeUfunc(B.right_shift);
export const arctan2: Ufunc = makeUfunc(B.arctan2);
export const hypot: Ufunc = makeUfunc(B.hypot);
export const copysign: Ufunc = makeUfunc(B.copysign);
export const nextafter: Ufunc = makeUfunc(B.nextafter);
export const ldexp: Ufunc = makeUfunc(B.ldexp);
export const heaviside: Ufunc = makeUfunc(B.heaviside);
export const gcd: Ufunc = makeUfunc(B.gcd);
export const lcm: Ufunc = makeUfunc(B.lcm);
export const logaddexp: Ufunc = makeUfunc(B.logaddexp);
export const logaddexp2: Ufunc = makeUfunc(B.logaddexp2);
export const matmul: Ufunc = makeProduct(MATMUL, B.matmul);
export const vecdot: Ufunc = makeProduct(VECDOT, B.vecdot);
export const matvec: Ufunc = makeProduct(MATVEC, B.matvec);
export const vecmat: Ufunc = makeProduct(VECMAT, B.vecmat);

// NumPy 2's array-API names: the same ufunc objects.
export const pow: Ufunc = power;
export const atan2: Ufunc = arctan2;
export const bitwise_left_shift: Ufunc = left_shift;
export const bitwise_right_shift: Ufunc = right_shift;

type Result = NDArray | Scalar;
type Method = (other: unknown, options?: object) => Result;

declare module '../core/ndarray' {
  interface NDArray {
    add: Method;
    subtract: Method;
    multiply: Method;
    divide: Method;
    floor_divide: Method;
    mod: Method;
    power: Method;
    matmul: Method;
    equal: Method;
    not_equal: Method;
    less: Method;
    less_equal: Method;
    greater: Method;
    greater_equal: Method;
    bitwise_and: Method;
    bitwise_or: Method;
    bitwise_xor: Method;
    left_shift: Method;
    right_shift: Method;
    divmod(other: unknown, options?: object): Result[];
  }
}

/** The Python operators of ndarray, as methods named after their ufuncs (API.md §9). */
const methods: Record<string, Ufunc> = {
  add,
  subtract,
  multiply,
  divide,
  floor_divide,
  mod,
  power,
  matmul,
  equal,
  not_equal,
  less,
  less_equal,
  greater,
  greater_equal,
  bitwise_and,
  bitwise_or,
  bitwise_xor,
  left_shift,
  right_shift,
  divmod,
};
installMethods(methods);

export * from './unary';
export * from './unary_functions';
