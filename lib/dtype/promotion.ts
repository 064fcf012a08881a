/**
 * Type promotion and casting rules (designs/0002-dtype-promotion.md).
 *
 * * `can_cast(from, to, 'safe')` is NumPy's safe-cast relation; every other
 *   casting mode derives from it and from the kind order b < u < i < f < c.
 * * `promote_types(a, b)` is the first dtype, in NumPy's promotion order,
 *   that both cast to safely (which gives, e.g., int8+uint8 → int16 and
 *   uint64+int64 → float64).
 * * `result_type` applies NEP 50: arrays and dtypes are strong; JS numbers,
 *   bigints, booleans and `Complex` values are weak Python scalars that only
 *   contribute their kind.
 */
import { Complex } from '../core/complex';
import {
  ALL_DTYPES,
  type DType,
  bool,
  complex64,
  complex128,
  float16,
  float32,
  float64,
  int8,
  int16,
  int32,
  int64,
  uint8,
  uint16,
  uint32,
  uint64,
} from './dtype';

export type Casting = 'no' | 'equiv' | 'safe' | 'same_kind' | 'unsafe';

/** Order in which `promote_types` looks for a common dtype. */
const PROMOTION_ORDER: readonly DType[] = [
  bool,
  int8,
  uint8,
  int16,
  uint16,
  int32,
  uint32,
  int64,
  uint64,
  float16,
  float32,
  float64,
  complex64,
  complex128,
];

/** Bits of integer precision a float (or complex part) holds exactly. */
function safeTargets(from: DType): DType[] {
  switch (from.kind) {
    case 'b':
      return [...ALL_DTYPES];
    case 'i': {
      const ints = [int8, int16, int32, int64].filter((d) => d.itemsize >= from.itemsize);
      const floats =
        from.itemsize === 1 ? [float16, float32, float64] : from.itemsize === 2 ? [float32, float64] : [float64];
      const cplx = from.itemsize <= 2 ? [complex64, complex128] : [complex128];
      return [...ints, ...floats, ...cplx];
    }
    case 'u': {
      const uints = [uint8, uint16, uint32, uint64].filter((d) => d.itemsize >= from.itemsize);
      const ints = [int8, int16, int32, int64].filter((d) => d.itemsize > from.itemsize);
      const floats =
        from.itemsize === 1 ? [float16, float32, float64] : from.itemsize === 2 ? [float32, float64] : [float64];
      const cplx = from.itemsize <= 2 ? [complex64, complex128] : [complex128];
      return [...uints, ...ints, ...floats, ...cplx];
    }
    case 'f':
      return from === float16
        ? [float16, float32, float64, complex64, complex128]
        : from === float32
          ? [float32, float64, complex64, complex128]
          : [float64, complex128];
    case 'c':
      return from === complex64 ? [complex64, complex128] : [complex128];
  }
}

const SAFE = new Map<DType, Set<DType>>(ALL_DTYPES.map((d) => [d, new Set(safeTargets(d))]));
const KIND_ORDER: Record<string, number> = { b: 0, u: 1, i: 2, f: 3, c: 4 };

/** NumPy's `can_cast(from_, to, casting)` on dtypes. */
export function canCastDTypes(from: DType, to: DType, casting: Casting = 'safe'): boolean {
  switch (casting) {
    case 'no':
    case 'equiv':
      return from === to;
    case 'safe':
      return SAFE.get(from)?.has(to) ?? false;
    case 'same_kind':
      return canCastDTypes(from, to, 'safe') || KIND_ORDER[from.kind] <= KIND_ORDER[to.kind];
    case 'unsafe':
      return true;
  }
}

const promoteCache = new Map<string, DType>();

/** NumPy's `promote_types(a, b)`. */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  const key = `${a.code},${b.code}`;
  const hit = promoteCache.get(key);
  if (hit) return hit;
  const sa = SAFE.get(a) as Set<DType>;
  const sb = SAFE.get(b) as Set<DType>;
  const found = PROMOTION_ORDER.find((d) => sa.has(d) && sb.has(d)) as DType;
  promoteCache.set(key, found);
  return found;
}

/** A weak Python scalar's kind: `b`ool, `i`nt, `f`loat or `c`omplex. */
export type WeakKind = 'b' | 'i' | 'f' | 'c';

/** The weak kind of a JS scalar (API.md §3), or null if it is not a scalar. */
export function weakKindOf(x: unknown): WeakKind | null {
  if (typeof x === 'boolean') return 'b';
  if (typeof x === 'bigint') return 'i';
  if (typeof x === 'number') return Number.isInteger(x) && !Object.is(x, -0) ? 'i' : 'f';
  if (x instanceof Complex) return 'c';
  return null;
}

const DEFAULT_FOR_WEAK: Record<WeakKind, DType> = { b: bool, i: int64, f: float64, c: complex128 };
const WEAK_ORDER: Record<WeakKind, number> = { b: 0, i: 1, f: 2, c: 3 };

/** Applies a weak scalar of kind `k` to a strong dtype (NEP 50). */
export function promoteWithWeak(d: DType, k: WeakKind): DType {
  const dk = d.kind === 'u' ? 'i' : d.kind === 'b' ? 'b' : d.kind;
  if (WEAK_ORDER[k] <= WEAK_ORDER[dk as WeakKind]) return d;
  if (k === 'c' && d.kind === 'f') return d === float64 ? complex128 : complex64;
  return promoteTypes(d, DEFAULT_FOR_WEAK[k]);
}

/**
 * NumPy's `result_type(*arrays_and_dtypes)`: strong operands (arrays,
 * dtypes) promote with `promote_types`; weak scalars then only raise the
 * kind. With only weak scalars, the highest kind's default dtype.
 */
export function resultTypeOf(strong: readonly DType[], weak: readonly WeakKind[]): DType {
  if (strong.length === 0) {
    if (weak.length === 0) throw new TypeError('at least one array or dtype is required');
    const top = weak.reduce((a, b) => (WEAK_ORDER[b] > WEAK_ORDER[a] ? b : a));
    return DEFAULT_FOR_WEAK[top];
  }
  let d = strong.reduce(promoteTypes);
  for (const k of weak) d = promoteWithWeak(d, k);
  return d;
}
