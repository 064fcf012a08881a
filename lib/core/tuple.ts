/**
 * Frozen number tuples shared by contents: the `shape` and `strides` of
 * NDArrays (NumPy's immutable tuples).
 *
 * An array's shape and strides are frozen so that no caller can change its
 * layout under it. Freezing a fresh JS array costs V8 a map transition
 * (40–90 ns with the copy), which is more than the whole native call of a
 * small ufunc, and every new array or view needs two. Tuples of up to three
 * 31-bit integers — nearly every shape and stride tuple of a small array —
 * are therefore interned: one frozen array per contents, found with one Map
 * lookup per element. Longer tuples and larger values are frozen copies.
 */

/** Interned tuples kept before the tables start again (bounds the memory a stream of shapes can hold). */
const MAX_INTERNED = 1 << 14;

type Level1 = Map<number, readonly number[]>;
type Level2 = Map<number, Level1>;
type Level3 = Map<number, Level2>;

const EMPTY: readonly number[] = Object.freeze([]);
let interned = 0;
let ones: Level1 = new Map();
let twos: Level2 = new Map();
let threes: Level3 = new Map();

/** Whether `x` is an integer that V8 keeps as a small integer (a Map key without hashing a double). */
function small(x: number): boolean {
  return (x | 0) === x;
}

/** A frozen copy of `t` (or `t` itself when already frozen). */
function frozenCopy(t: readonly number[]): readonly number[] {
  return Object.isFrozen(t) ? t : Object.freeze(t.slice());
}

/** Stores a new frozen tuple in `m` under `key`, starting the tables again when they are full. */
function remember(m: Level1, key: number, tuple: number[]): readonly number[] {
  if (++interned > MAX_INTERNED) {
    interned = 1;
    ones = new Map();
    twos = new Map();
    threes = new Map();
    // (`m` belonged to the old tables; the tuple is still correct, only not remembered.)
    return Object.freeze(tuple);
  }
  const frozen = Object.freeze(tuple);
  m.set(key, frozen);
  return frozen;
}

function child<K, V>(m: Map<K, V>, key: K, make: () => V): V {
  let c = m.get(key);
  if (c === undefined) {
    c = make();
    m.set(key, c);
  }
  return c;
}

const newLevel1 = (): Level1 => new Map();
const newLevel2 = (): Level2 => new Map();

/**
 * The frozen tuple with the contents of `t`: shared with every other caller
 * that asked for the same contents (a −0 is stored as 0).
 */
export function frozenTuple(t: readonly number[]): readonly number[] {
  const n = t.length;
  if (n === 0) return EMPTY;
  if (n === 1) return small(t[0]) ? tuple1(t[0]) : frozenCopy(t);
  if (n === 2) return small(t[0]) && small(t[1]) ? tuple2(t[0], t[1]) : frozenCopy(t);
  if (n === 3) return small(t[0]) && small(t[1]) && small(t[2]) ? tuple3(t[0], t[1], t[2]) : frozenCopy(t);
  return frozenCopy(t);
}

/** The frozen tuple `[a]`, for a small integer `a` (`(a | 0) === a`). */
export function tuple1(a: number): readonly number[] {
  return ones.get(a) ?? remember(ones, a, [a | 0]);
}

/** The frozen tuple `[a, b]`, for small integers. */
export function tuple2(a: number, b: number): readonly number[] {
  const m = child(twos, a, newLevel1);
  return m.get(b) ?? remember(m, b, [a | 0, b | 0]);
}

/** The frozen tuple `[a, b, c]`, for small integers. */
export function tuple3(a: number, b: number, c: number): readonly number[] {
  const m = child(child(threes, a, newLevel2), b, newLevel1);
  return m.get(c) ?? remember(m, c, [a | 0, b | 0, c | 0]);
}

/**
 * The frozen tuple of `t`'s elements in reverse order (`t` a frozen shape
 * or strides tuple).
 */
export function reversedTuple(t: readonly number[]): readonly number[] {
  const n = t.length;
  if (n <= 1) return t;
  if (n === 2) return small(t[0]) && small(t[1]) ? tuple2(t[1], t[0]) : Object.freeze([t[1], t[0]]);
  if (n === 3 && small(t[0]) && small(t[1]) && small(t[2])) return tuple3(t[2], t[1], t[0]);
  return Object.freeze(t.slice().reverse());
}
