/**
 * The ufunc keywords `signature=` (alias `sig=`) and `dtype=`, and NumPy's
 * loop selection when they fix part of the loop (NumPy 2.4's
 * `_get_fixed_signature`, `promote_and_get_ufuncimpl` and the legacy
 * `type_tuple_type_resolver`).
 *
 * `signature` is a type string of NumPy's one-character codes with the
 * arrow at its place (`'dd->d'`; `'f8,f8->f8'` and a lone `'d'` are
 * refused, as NumPy refuses them), or a tuple (a JS array) of one dtype or
 * None (`null`) per operand, inputs then outputs. `dtype=T` is the
 * signature `(None, …, None, T, …, T)`: every output fixed to T. A fixed
 * entry pins the DType of that operand (not its byte order or unit, which
 * NumPy refuses to select).
 *
 * The loop is then, in NumPy's order:
 * 1. the loop whose types equal the fixed entries and, for the others, the
 *    inputs' own dtypes (a Python scalar input matches only the comparison
 *    ufuncs' Python-int loops, next to an integer input);
 * 2. NumPy's promoters: for `logical_and/or/xor` the loop with every free
 *    entry bool, for comparisons of uint64 with a signed integer (both
 *    inputs free) the exact mixed loop;
 * 3. the first loop (in `ufunc.types` order) with the fixed entries to
 *    which every free input casts safely (`scalarCasts`: a Python scalar
 *    by NumPy's weak-literal rules);
 * 4. when every output is fixed to one type T, the loop with every free
 *    input T as well;
 * otherwise NumPy's "No loop matching the specified signature and casting
 * was found for ufunc X" — or, where NumPy's resolver makes every operand T
 * first (all outputs fixed and all fixed entries T), the ufunc's own error
 * (`subtract`/`negative` on bool, the new-style "did not contain a loop").
 * `casting` plays no part here: the inputs are checked against the chosen
 * loop afterwards (ufunc.ts), where a Python scalar the signature pins is
 * converted to the loop's type directly.
 */
import { type DType, bool, dtype as toDType } from '../dtype/dtype';
import { type WeakKind, canCastDTypes, resultTypeOf } from '../dtype/promotion';
import { ValueError } from '../errors';
import { type Loop, type UfuncSpec, parseLoop } from './table';
import type { Operand } from './ufunc';

/** One DType per operand (inputs, then outputs), or null where the loop is free. */
export type Fixed = readonly (DType | null)[];

/** Marks `dtype`/`signature`/`sig` not given (NumPy tells `None` from not passing). */
export const UNSET: unique symbol = Symbol('unset');

const SELECT_ONLY =
  'The `dtype` and `signature` arguments to ufuncs only select the general DType and not details such as the byte order or time unit. You can avoid this error by using the scalar types `np.float64` or the dtype string notation.';

/** Type codes `PyArray_DescrFromType` knows; the others are "Invalid data-type for array". */
const TYPE_CODES = new Set('?bBhHiIlLqQefdgFDGOSUVMmcTpPnN');

/**
 * NumPy's `_get_dtype` for a `dtype=` or signature entry: the DType it
 * names. A dtype string with a unit, a length or a non-native byte order
 * selects more than a DType, which NumPy refuses.
 */
export function signatureDType(x: unknown): DType {
  try {
    return toDType(x as Parameters<typeof toDType>[0]);
  } catch (e) {
    if (
      typeof x === 'string' &&
      (/\[\w+\]$/.test(x) || /^[<>=|]?[SUVa]\d*[1-9]\d*$/.test(x) || /non-native byte order/.test(String(e)))
    ) {
      throw new TypeError(SELECT_ONLY);
    }
    throw e;
  }
}

/**
 * The fixed part of the loop from `dtype=` / `signature=` / `sig=` (UNSET
 * where not given), with NumPy's argument errors; null when nothing is
 * fixed (`dtype=None`, or a signature of only `None`s).
 */
export function fixedLoop(spec: UfuncSpec, dtype: unknown, signature: unknown, sig: unknown): Fixed | null {
  if (sig !== UNSET) {
    if (signature !== UNSET) throw new TypeError("cannot specify both 'sig' and 'signature'");
    signature = sig;
  }
  if (signature !== UNSET && dtype !== UNSET) throw new TypeError("cannot specify both 'signature' and 'dtype'");
  const { nin, nout } = spec;
  const nop = nin + nout;
  let fixed: (DType | null)[];
  if (signature === UNSET) {
    if (dtype === UNSET || dtype === null) return null;
    const d = signatureDType(dtype);
    fixed = Array.from({ length: nop }, (_, i) => (i < nin ? null : d));
  } else if (Array.isArray(signature)) {
    if (signature.length === 1 && nop !== 1) {
      throw new TypeError(
        signature[0] === null || signature[0] === undefined
          ? 'a single item type tuple cannot contain None.'
          : "Use `dtype` or  fill the tuple with more than one 'None'.",
      );
    }
    if (signature.length !== nop) {
      throw new ValueError(`a type-tuple must be specified of length ${nop} for ufunc '${spec.name}'`);
    }
    fixed = signature.map((x) => (x === null || x === undefined ? null : signatureDType(x)));
  } else if (typeof signature === 'string') {
    const s = signature;
    if (s.length !== 1 && (s.length !== nop + 2 || s.slice(nin, nin + 2) !== '->')) {
      throw new ValueError(`a type-string for ${spec.name}, ${nin} typecode(s) before and ${nout} after the -> sign`);
    }
    if (s.length === 1) throw new TypeError("Use `dtype` or  fill the tuple with more than one 'None'.");
    fixed = [...s.slice(0, nin), ...s.slice(nin + 2)].map((c) => {
      if (!TYPE_CODES.has(c)) throw new ValueError('Invalid data-type for array');
      return toDType(c);
    });
  } else {
    throw new TypeError('the signature object to ufunc must be a string or a tuple.');
  }
  return fixed.every((d) => d === null) ? null : fixed;
}

/**
 * The dtype a Python scalar has in NumPy's legacy type resolution: an int
 * is int64 (NumPy's default integer), a float float64, a complex
 * complex128; a Python bool is an ordinary bool array.
 */
export const legacyScalarType = (k: WeakKind): DType => resultTypeOf([], [k]);

const noMatch = (name: string): TypeError =>
  new TypeError(`No loop matching the specified signature and casting was found for ufunc ${name}`);

const rank = (k: string): number => (k === 'b' ? 0 : k === 'i' || k === 'u' ? 1 : 2);

/**
 * Whether an input casts safely to a loop type in NumPy's legacy loop
 * search (`ufunc_loop_matches`). An array by its dtype (a Python bool is a
 * bool array). A Python int, float or complex, when some input is an array
 * of at least its kind (ints; then floats and complex alike), fits any loop
 * type of its kind or higher (an int any integer, float or complex type, a
 * complex only complex types), whatever its value; otherwise it is its
 * kind's default dtype (int64, float64, complex128).
 */
export function scalarCasts(ops: readonly Operand[]): (o: Operand, d: DType) => boolean {
  const arrays = ops.flatMap((o) => ('array' in o ? [rank(o.array.dtype.kind)] : o.weak === 'b' ? [0] : []));
  const scalars = ops.flatMap((o) => ('weak' in o && o.weak !== 'b' ? [rank(o.weak)] : []));
  const weakRules = arrays.length > 0 && Math.max(...arrays) >= Math.max(-1, ...scalars);
  return (o, d) => {
    if ('array' in o) return canCastDTypes(o.array.dtype, d, 'safe');
    if (o.weak === 'b') return canCastDTypes(bool, d, 'safe');
    if (weakRules) return rank(d.kind) >= rank(o.weak) && (o.weak !== 'c' || d.kind === 'c');
    return canCastDTypes(legacyScalarType(o.weak), d, 'safe');
  };
}

/**
 * The comparison ufuncs' exact int64/uint64 loops, which a NumPy signature
 * names only by the codes 'q'/'Q' (rumpy's 'l'/'L': designs/deviations.md).
 */
const mixedLoop = (spec: UfuncSpec, l: Loop): boolean => spec.comparison === true && l.inputs[0] !== l.inputs[1];

/**
 * The loop of a call whose `fixed` entries are given (see the file
 * comment). `casting` does not take part: NumPy checks it afterwards.
 */
export function selectFixedLoop(spec: UfuncSpec, ops: readonly Operand[], fixed: Fixed): Loop {
  const nin = spec.nin;
  const loops = spec.types.map(parseLoop).filter((l) => !mixedLoop(spec, l));
  const entries = (l: Loop): readonly DType[] => [...l.inputs, ...l.outputs];
  const fixedMatch = (l: Loop): boolean => entries(l).every((d, i) => fixed[i] === null || fixed[i] === d);
  // What each input is to the dispatcher: its fixed DType, its array's dtype,
  // or a Python scalar's kind (a Python bool is a bool array).
  const opTypes: (DType | WeakKind)[] = ops.map((o, i) => {
    const f = fixed[i];
    if (f) return f;
    if ('array' in o) return o.array.dtype;
    return o.weak === 'b' ? bool : o.weak;
  });
  // 1. An exact loop. Comparisons have a loop for an integer type X against
  // a Python int (either side), which runs as 'XX->?'.
  const exact = loops.find(
    (l) =>
      fixedMatch(l) &&
      l.inputs.every((d, i) => {
        const t = opTypes[i];
        if (typeof t !== 'string') return t === d;
        if (!spec.comparison || t !== 'i' || nin !== 2) return false;
        const other = opTypes[1 - i];
        return typeof other !== 'string' && (other.kind === 'i' || other.kind === 'u') && d === other;
      }),
  );
  if (exact) return exact;
  // 2. Promoters: the logical ufuncs make every free entry bool; the
  // comparisons take uint64 against a signed integer exactly ('Ll->?')
  // when both inputs are free.
  if (spec.castsInputsFreely) {
    const hit = loops.find((l) => entries(l).every((d, i) => d === (fixed[i] ?? bool)));
    if (hit) return hit;
  }
  if (spec.comparison && fixed[0] === null && fixed[1] === null && 'array' in ops[0] && 'array' in ops[1]) {
    const [a, b] = [ops[0].array.dtype, ops[1].array.dtype];
    const forced = spec.resolve?.(resultTypeOf([a, b], []), [a, b]);
    if (forced && fixedMatch(parseLoop(forced))) return parseLoop(forced);
  }
  // 3. NumPy's type-tuple search: free inputs cast safely.
  const castsSafely = scalarCasts(ops);
  const search = loops.find(
    (l) => fixedMatch(l) && l.inputs.every((d, i) => fixed[i] !== null || castsSafely(ops[i], d)),
  );
  if (search) return search;
  // 4. All outputs fixed to one type: free inputs take it too.
  const outs = fixed.slice(nin);
  const homogeneous = outs.every((d) => d !== null && d === outs[0]) ? outs[0] : null;
  if (homogeneous) {
    const filled = fixed.map((d, i) => (i < nin && d === null ? homogeneous : d));
    const hit = loops.find((l) => entries(l).every((d, i) => d === filled[i]));
    if (hit) return hit;
    const set = fixed.filter((d): d is DType => d !== null);
    if (set.every((d) => d === homogeneous)) {
      const raw = ops.map((o) => ('array' in o ? o.array.dtype : o.weak));
      const own = spec.uniformNoLoop?.(homogeneous, [...opTypes, ...outs], raw);
      if (own) throw own;
    }
  }
  throw noMatch(spec.name);
}
