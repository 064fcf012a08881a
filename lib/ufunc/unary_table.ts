/**
 * The unary ufuncs (one input; `frexp` and `modf` have two outputs): their
 * loops as NumPy's `ufunc.types` lists them on a 64-bit Linux build, keeping
 * the dtypes rumpy has (no longdouble, object or datetime loops).
 *
 * Loop choice is NumPy's linear search, so e.g. `sqrt(int8)` runs the
 * float16 loop and `sqrt(int64)` the float64 one, `absolute(complex128)`
 * gives float64, and `floor` of an integer keeps the integer type. Three
 * ufuncs refuse bool input with NumPy's own messages (`negative`, and the
 * new-style `sign`/`positive`).
 */
import type { DType } from '../dtype/dtype';
import { type UfuncSpec, noLoopError, same } from './table';

const BOOL_NEGATIVE =
  'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.';

/** A unary spec whose loops are `types` (space separated). */
function unary(name: string, types: string, extra: Partial<UfuncSpec> = {}): UfuncSpec {
  return { name, nin: 1, nout: 1, identity: null, types: types.split(' '), ...extra };
}

const INTS = 'bBhHiIlL';
const ARITH = same(`${INTS}efdFD`, 1, 1).join(' ');
const FLOAT_COMPLEX = same('efdFD', 1, 1).join(' ');
const FLOAT = same('efd', 1, 1).join(' ');
const ROUNDING = same(`?${INTS}efd`, 1, 1).join(' ');
const TO_BOOL = [...'?bBhHiIlLefdFD'].map((c) => `${c}->?`).join(' ');

/** Refuses bool input as NumPy's new-style `sign`/`positive` do. */
function newStyleBool(name: string): Partial<UfuncSpec> {
  return {
    resolve: (d: DType) => {
      if (d.kind === 'b') throw noLoopError(name, 1, [d, null]);
      return null;
    },
    uniformNoLoop: (_t: DType, types) => noLoopError(name, 1, types),
  };
}

const MATH_NAMES = [
  'sqrt',
  'exp',
  'exp2',
  'expm1',
  'log',
  'log2',
  'log10',
  'log1p',
  'sin',
  'cos',
  'tan',
  'arcsin',
  'arccos',
  'arctan',
  'sinh',
  'cosh',
  'tanh',
  'arcsinh',
  'arccosh',
  'arctanh',
  'rint',
] as const;

const math = Object.fromEntries(MATH_NAMES.map((n) => [n, unary(n, FLOAT_COMPLEX)])) as Record<
  (typeof MATH_NAMES)[number],
  UfuncSpec
>;

export const UNARY_UFUNCS = {
  negative: unary('negative', ARITH, {
    resolve: (d: DType) => {
      if (d.kind === 'b') throw new TypeError(BOOL_NEGATIVE);
      return null;
    },
    uniformNoLoop: (t: DType) => (t.kind === 'b' ? new TypeError(BOOL_NEGATIVE) : null),
  }),
  positive: unary('positive', ARITH, newStyleBool('positive')),
  // NumPy resolves a real input's loop as the uniform ones do (so `'D->D'`
  // is "did not contain a loop"), a complex input's by the default search.
  absolute: unary('absolute', `?->? ${same(`${INTS}efd`, 1, 1).join(' ')} F->f D->d`, {
    uniformNoLoop: (_t, types, [x]) =>
      x === 'c' || (typeof x !== 'string' && x.kind === 'c') ? null : noLoopError('absolute', 1, types),
  }),
  fabs: unary('fabs', FLOAT),
  sign: unary('sign', ARITH, newStyleBool('sign')),
  reciprocal: unary('reciprocal', ARITH),
  square: unary('square', ARITH),
  conjugate: unary('conjugate', ARITH),
  cbrt: unary('cbrt', FLOAT),
  ...math,
  deg2rad: unary('deg2rad', FLOAT),
  rad2deg: unary('rad2deg', FLOAT),
  degrees: unary('degrees', FLOAT, { native: 'rad2deg' }),
  radians: unary('radians', FLOAT, { native: 'deg2rad' }),
  floor: unary('floor', ROUNDING),
  ceil: unary('ceil', ROUNDING),
  trunc: unary('trunc', ROUNDING),
  isnan: unary('isnan', TO_BOOL),
  isinf: unary('isinf', TO_BOOL),
  isfinite: unary('isfinite', TO_BOOL),
  signbit: unary('signbit', 'e->? f->? d->?'),
  spacing: unary('spacing', FLOAT),
  logical_not: unary('logical_not', TO_BOOL),
  invert: unary('invert', `?->? ${same(INTS, 1, 1).join(' ')}`),
  bitwise_count: unary('bitwise_count', [...INTS].map((c) => `${c}->B`).join(' ')),
  frexp: { ...unary('frexp', 'e->ei f->fi d->di'), nout: 2 },
  modf: { ...unary('modf', 'e->ee f->ff d->dd'), nout: 2 },
  /** `np.angle`'s kernel: `atan2(imag, real)` (private; not a NumPy ufunc). */
  _angle: unary('_angle', 'e->e f->f d->d F->f D->d'),
} satisfies Record<string, UfuncSpec>;
