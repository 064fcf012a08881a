/**
 * The declarative ufunc table (NumPy's ufunc definitions): for each ufunc its
 * name, arity, identity and loop type signatures in NumPy's `ufunc.types`
 * notation ('dd->d'), plus an optional resolver for the few ufuncs whose
 * loop choice is not NumPy's default linear search (true_divide) or that
 * refuse some inputs with a special message (boolean subtract).
 *
 * The native half (`native/src/ufunc/mod.rs`, `OPS`) provides a kernel for
 * each listed signature; a ufunc is looked up there by `native` name.
 */
import { copyAs } from '../core/convert';
import { type NDArray, allocate } from '../core/ndarray';
import { type DType, dtype } from '../dtype/dtype';
import type { WeakKind } from '../dtype/promotion';
import { ValueError } from '../errors';
import * as native from '../native';

/** What loop selection sees of an input: an array's dtype or a weak scalar's kind. */
export type InputType = DType | WeakKind;

export interface UfuncSpec {
  readonly name: string;
  /** Name in the native op table (defaults to `name`). */
  readonly native?: string;
  readonly nin: number;
  readonly nout: number;
  readonly identity: number | boolean | null;
  /** Loop signatures, in NumPy's search order: 'll->l', 'dd->?'. */
  readonly types: readonly string[];
  /**
   * Picks the loop for the promoted common input dtype (and the inputs)
   * instead of the default search; returns a signature string, or throws
   * NumPy's error.
   */
  readonly resolve?: (common: DType, inputs: readonly InputType[]) => string | null;
  /**
   * Comparison ufuncs: a Python int outside the range of the loop's integer
   * type compares as ±∞ instead of raising (NumPy 2's integer comparisons).
   */
  readonly comparison?: boolean;
  /** Logical ufuncs: any input casts to the loop (truth values), whatever `casting` says. */
  readonly castsInputsFreely?: boolean;
  /** Checks the input arrays against the selected loop before it runs (throws NumPy's error). */
  readonly check?: (loop: Loop, inputs: readonly NDArray[]) => void;
  /**
   * NumPy's error when its resolver made every operand one type `t` (all
   * outputs fixed to `t` by `dtype=`/`signature=`, and every other fixed
   * entry `t`) and no loop has it, or null for the generic "No loop
   * matching" one. `types` are the operands' DTypes as NumPy prints them
   * (fixed or the input's own, then the outputs; a Python scalar as its
   * kind); `operands` the inputs' own dtypes.
   */
  readonly uniformNoLoop?: (
    t: DType,
    types: readonly (InputType | null)[],
    operands: readonly InputType[],
  ) => Error | null;
}

/** NumPy's one-character type codes, in promotion order. */
export const ALL_CHARS = '?bBhHiIlLefdFD';
export const NUMERIC_CHARS = 'bBhHiIlLefdFD';
export const INEXACT_CHARS = 'efdFD';

/** Loops where every operand has the same type: `same('ef', 2, 1)` → ['ee->e', 'ff->f']. */
export function same(chars: string, nin: number, nout: number): string[] {
  return [...chars].map((c) => `${c.repeat(nin)}->${c.repeat(nout)}`);
}

const CHAR_DTYPES: Record<string, string> = {
  '?': 'bool',
  b: 'int8',
  B: 'uint8',
  h: 'int16',
  H: 'uint16',
  i: 'int32',
  I: 'uint32',
  l: 'int64',
  L: 'uint64',
  e: 'float16',
  f: 'float32',
  d: 'float64',
  F: 'complex64',
  D: 'complex128',
};

/** A parsed loop signature. */
export interface Loop {
  readonly inputs: readonly DType[];
  readonly outputs: readonly DType[];
}

const loopCache = new Map<string, Loop>();

/** Parses 'dd->d' into dtypes. */
export function parseLoop(sig: string): Loop {
  let hit = loopCache.get(sig);
  if (!hit) {
    const [ins, outs] = sig.split('->');
    const conv = (s: string): DType[] => [...s].map((c) => dtype(CHAR_DTYPES[c]));
    hit = { inputs: conv(ins), outputs: conv(outs) };
    loopCache.set(sig, hit);
  }
  return hit;
}

const PY_DTYPE_CLASS: Record<WeakKind, string> = {
  i: '_PyLongDType',
  f: '_PyFloatDType',
  c: '_PyComplexDType',
  b: 'BoolDType',
};

/** NumPy's DType class, as in `<class 'numpy.dtypes.Int64DType'>` (a Python scalar's abstract one). */
function dtypeClass(t: InputType): string {
  if (typeof t === 'string') return `<class 'numpy.dtypes.${PY_DTYPE_CLASS[t]}'>`;
  const cap = t.name.replace(/^u?int|^float|^complex|^bool/, (m) =>
    m === 'uint' ? 'UInt' : m[0].toUpperCase() + m.slice(1),
  );
  return `<class 'numpy.dtypes.${cap}DType'>`;
}

/**
 * NumPy's error when dispatch finds no loop for the operands' DTypes
 * (`types`: the `nin` inputs, then the outputs, null where free): "ufunc
 * 'x' did not contain a loop with signature matching types A -> B", a
 * tuple where there are several.
 */
export function noLoopError(name: string, nin: number, types: readonly (InputType | null)[]): TypeError {
  const cls = (t: InputType | null): string => (t === null ? 'None' : dtypeClass(t));
  const fmt = (xs: readonly (InputType | null)[]): string =>
    xs.length === 1 ? cls(xs[0]) : `(${xs.map(cls).join(', ')})`;
  return new TypeError(
    `ufunc '${name}' did not contain a loop with signature matching types ${fmt(types.slice(0, nin))} -> ${fmt(types.slice(nin))}`,
  );
}

const BOOL_SUBTRACT =
  'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.';

export const UFUNCS = {
  add: { name: 'add', nin: 2, nout: 1, identity: 0, types: same(ALL_CHARS, 2, 1) },
  subtract: {
    name: 'subtract',
    nin: 2,
    nout: 1,
    identity: null,
    types: same(NUMERIC_CHARS, 2, 1),
    resolve: (d: DType) => {
      if (d.kind === 'b') throw new TypeError(BOOL_SUBTRACT);
      return null;
    },
    uniformNoLoop: (t: DType) => (t.kind === 'b' ? new TypeError(BOOL_SUBTRACT) : null),
  },
  multiply: { name: 'multiply', nin: 2, nout: 1, identity: 1, types: same(ALL_CHARS, 2, 1) },
  divide: {
    name: 'divide',
    native: 'true_divide',
    nin: 2,
    nout: 1,
    identity: null,
    types: same(INEXACT_CHARS, 2, 1),
    // Integer and bool inputs divide in float64 (NumPy's true-division resolver).
    resolve: (d: DType) => (d.kind === 'b' || d.kind === 'i' || d.kind === 'u' ? 'dd->d' : null),
  },
} satisfies Record<string, UfuncSpec>;

// ---------------------------------------------------------------------------
// The remaining binary ufuncs (comparisons, integer division, bitwise, float
// math). Type lists are NumPy's `ufunc.types` without the dtypes rumpy lacks
// (longdouble, object, datetime); 'q'/'Q' are 'l'/'L' here (both int64/uint64).

const INT_CHARS = 'bBhHiIlL';
const REAL_CHARS = 'bBhHiIlLefd';
const FLOAT_CHARS = 'efd';
const toBool = (chars: string): string[] => [...chars].map((c) => `${c}${c}->?`);

/** Comparison loops: every dtype, plus exact int64/uint64 mixes. */
const COMPARE_TYPES = [...toBool('?bBhHiIlL'), 'lL->?', 'Ll->?', ...toBool('efdFD')];

/** NumPy compares int64 with uint64 exactly (`qQ->?`), not through float64. */
function resolveComparison(_common: DType, inputs: readonly InputType[]): string | null {
  const [a, b] = inputs;
  if (typeof a === 'string' || typeof b === 'string') return null;
  if (a.name === 'uint64' && b.kind === 'i') return 'Ll->?';
  if (b.name === 'uint64' && a.kind === 'i') return 'lL->?';
  return null;
}

const comparison = (name: string): UfuncSpec => ({
  name,
  nin: 2,
  nout: 1,
  identity: null,
  types: COMPARE_TYPES,
  resolve: resolveComparison,
  comparison: true,
});

/** Logical ufuncs run on truth values; every input casts to bool. */
const logical = (name: string, identity: boolean): UfuncSpec => ({
  name,
  nin: 2,
  nout: 1,
  identity,
  types: toBool('?bBhHiIlLefdFD'),
  resolve: () => '??->?',
  castsInputsFreely: true,
});

/** gcd/lcm exist for integers only, with NumPy's promoter error otherwise. */
const integerOnly = (name: string) => (common: DType, inputs: readonly InputType[]) => {
  if (common.kind !== 'i' && common.kind !== 'u') throw noLoopError(name, 2, [...inputs, null]);
  return null;
};

/** Integer power rejects negative exponents before running. */
function checkIntegerPower(loop: Loop, inputs: readonly NDArray[]): void {
  const t = loop.inputs[1];
  if (t.kind !== 'i') return;
  // (An empty result runs no loop.)
  if (inputs.some((x) => x.size === 0)) return;
  let e = inputs[1];
  if (e.dtype.kind === 'b' || e.dtype.kind === 'u' || e.size === 0) return;
  // A float or complex exponent is cast to the loop's integer type first
  // (as the loop sees it, under `casting='unsafe'`; the call itself gives
  // the cast's ComplexWarning).
  if (e.dtype.kind !== 'i') e = copyAs(e, t);
  // The smallest exponent, by one native `minimum` reduction into a 0-d
  // accumulator (started from the first elements: min is idempotent).
  const acc = allocate([], e.dtype);
  native.reduceCall(
    native.ufuncIndex('minimum'),
    e.dtype,
    e,
    acc,
    zeroStrides(e.ndim),
    null,
    native.REDUCE_START_FIRST,
  );
  if (Number(acc.item()) < 0) throw new ValueError('Integers to negative integer powers are not allowed.');
}

/** `nd` zero strides (an accumulator broadcast over every axis). */
function zeroStrides(nd: number): number[] {
  return new Array<number>(nd).fill(0);
}

const binary = (name: string, types: string[], identity: number | boolean | null = null): UfuncSpec => ({
  name,
  nin: 2,
  nout: 1,
  identity,
  types,
});

export const BINARY_UFUNCS = {
  floor_divide: binary('floor_divide', same(REAL_CHARS, 2, 1)),
  remainder: binary('remainder', same(REAL_CHARS, 2, 1)),
  fmod: binary('fmod', same(REAL_CHARS, 2, 1)),
  divmod: { name: 'divmod', nin: 2, nout: 2, identity: null, types: same(REAL_CHARS, 2, 2) },
  // NumPy lists the float loops twice (two implementations); kept for `.types`.
  power: { ...binary('power', [...same(`${INT_CHARS}efd`, 2, 1), ...same('efdFD', 2, 1)]), check: checkIntegerPower },
  float_power: binary('float_power', same('dD', 2, 1)),
  equal: comparison('equal'),
  not_equal: comparison('not_equal'),
  less: comparison('less'),
  less_equal: comparison('less_equal'),
  greater: comparison('greater'),
  greater_equal: comparison('greater_equal'),
  maximum: binary('maximum', same(ALL_CHARS, 2, 1)),
  minimum: binary('minimum', same(ALL_CHARS, 2, 1)),
  fmax: binary('fmax', same(ALL_CHARS, 2, 1)),
  fmin: binary('fmin', same(ALL_CHARS, 2, 1)),
  logical_and: logical('logical_and', true),
  logical_or: logical('logical_or', false),
  logical_xor: logical('logical_xor', false),
  bitwise_and: binary('bitwise_and', same(`?${INT_CHARS}`, 2, 1), -1),
  bitwise_or: binary('bitwise_or', same(`?${INT_CHARS}`, 2, 1), 0),
  bitwise_xor: binary('bitwise_xor', same(`?${INT_CHARS}`, 2, 1), 0),
  left_shift: binary('left_shift', same(INT_CHARS, 2, 1)),
  right_shift: binary('right_shift', same(INT_CHARS, 2, 1)),
  arctan2: binary('arctan2', same(FLOAT_CHARS, 2, 1)),
  hypot: binary('hypot', same(FLOAT_CHARS, 2, 1), 0),
  copysign: binary('copysign', same(FLOAT_CHARS, 2, 1)),
  nextafter: binary('nextafter', same(FLOAT_CHARS, 2, 1)),
  ldexp: binary('ldexp', ['ei->e', 'fi->f', 'el->e', 'fl->f', 'di->d', 'dl->d']),
  heaviside: binary('heaviside', same(FLOAT_CHARS, 2, 1)),
  gcd: {
    ...binary('gcd', same(INT_CHARS, 2, 1), 0),
    resolve: integerOnly('gcd'),
    uniformNoLoop: (_t, types) => noLoopError('gcd', 2, types),
  },
  lcm: {
    ...binary('lcm', same(INT_CHARS, 2, 1)),
    resolve: integerOnly('lcm'),
    uniformNoLoop: (_t, types) => noLoopError('lcm', 2, types),
  },
  logaddexp: binary('logaddexp', same(FLOAT_CHARS, 2, 1), Number.NEGATIVE_INFINITY),
  logaddexp2: binary('logaddexp2', same(FLOAT_CHARS, 2, 1), Number.NEGATIVE_INFINITY),
  matmul: binary('matmul', same(ALL_CHARS, 2, 1)),
  vecdot: binary('vecdot', same(ALL_CHARS, 2, 1)),
  matvec: binary('matvec', same(ALL_CHARS, 2, 1)),
  vecmat: binary('vecmat', same(ALL_CHARS, 2, 1)),
} satisfies Record<string, UfuncSpec>;
