/**
 * Basic indexing (API.md §6): `a.get(...index)`, NumPy's `a[index]`.
 *
 * An index is first classified, element by element, into integers, slices,
 * the ellipsis, new axes and advanced (array) indices — `classifyIndex` is
 * the one place that decides what an element is. Basic indexing then builds
 * a view: an integer `i` on an axis of length `n` (`-n <= i < n`) moves the
 * start by `i * stride` and drops the axis; a slice keeps the axis with
 * length `len(range(start, stop, step))` and stride `stride * step` (an empty
 * slice keeps the old stride and start, as NumPy does); `null` inserts an axis
 * of length 1 and stride 0; `'...'` stands for as many `':'` as needed.
 * The result is always an NDArray that shares memory, except that a 0-d
 * integer array used as an integer gives a copy, as in NumPy.
 */
import { int64 } from '../dtype/dtype';
import { IndexError, OverflowError } from '../errors';
import { toArray } from './convert';
import { copyKeepOrder } from './layout';
import { type NDArray, allocate, isNDArray } from './ndarray';
import { Slice, isSlice, resolveSlice } from './slice';

/** One classified element of an index. */
export type IndexItem =
  | { kind: 'int'; value: number; text: string; fromArray: boolean }
  | { kind: 'slice'; slice: Slice }
  | { kind: 'ellipsis' }
  | { kind: 'newaxis' }
  | { kind: 'advanced'; array: NDArray };

const INVALID_INDEX =
  'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices';

/** NumPy's index range: integers must fit in intp (int64). */
const INTP_LIMIT = 2n ** 63n;

/**
 * An integer index. Outside int64 it is NumPy's IndexError, except that
 * `[2**63, 2**64)` is NumPy's OverflowError (it tries uint64 first).
 */
function intItem(v: number | bigint, fromArray = false): IndexItem {
  // (A safe JS integer is always inside int64: no BigInt needed.)
  if (typeof v === 'number' && Number.isSafeInteger(v)) return { kind: 'int', value: v, text: String(v), fromArray };
  const big = typeof v === 'bigint' ? v : BigInt(v);
  if (big >= INTP_LIMIT && big < 2n * INTP_LIMIT) throw new OverflowError('Python int too large to convert to C long');
  if (big >= INTP_LIMIT || big < -INTP_LIMIT) throw new IndexError(INVALID_INDEX);
  return { kind: 'int', value: Number(v), text: big.toString(), fromArray };
}

const ARRAY_TYPE = 'arrays used as indices must be of integer (or boolean) type';

/**
 * An index array: a bool array is a mask, an integer array selects; any
 * other dtype is NumPy's IndexError. A JS list is converted as `np.array`
 * would, except that an empty list (float64 by default) is an empty
 * integer index, as in NumPy.
 */
function advancedItem(x: NDArray, fromList: boolean): IndexItem {
  const k = x.dtype.kind;
  if (k === 'b' || k === 'i' || k === 'u') return { kind: 'advanced', array: x };
  if (fromList && x.size === 0) return { kind: 'advanced', array: allocate(x.shape, int64) };
  throw new IndexError(fromList ? INVALID_INDEX : ARRAY_TYPE);
}

const INT_TEXT = /^[+-]?\d+$/;

/** Parses one comma-free part of an index string. */
function parseIndexPart(text: string): IndexItem {
  const t = text.trim();
  if (t === '...' || t === 'Ellipsis') return { kind: 'ellipsis' };
  if (t === 'None' || t === 'newaxis' || t === 'np.newaxis' || t === 'numpy.newaxis') return { kind: 'newaxis' };
  if (INT_TEXT.test(t)) return intItem(BigInt(t));
  if (t.includes(':')) {
    const parts = t.split(':').map((p) => p.trim());
    if (parts.length <= 3 && parts.every((p) => p === '' || INT_TEXT.test(p))) {
      const field = (p: string | undefined): bigint | number | null => {
        if (p === undefined || p === '') return null;
        const b = BigInt(p);
        return Number.isSafeInteger(Number(b)) ? Number(b) : b;
      };
      return { kind: 'slice', slice: new Slice(field(parts[0]), field(parts[1]), field(parts[2])) };
    }
  }
  throw new IndexError(INVALID_INDEX);
}

/**
 * Parsed index strings, by text: the same few strings (`':'`, `'::-1'`,
 * `'1:'`) index in every loop, and parsing one costs more than the view
 * it makes. Their items are plain values (integers, slices, `...`, new
 * axes), never modified, so one parse serves every use.
 */
const parsedIndexStrings = new Map<string, readonly IndexItem[]>();
/** Strings kept before the cache starts again. */
const MAX_PARSED_INDEX_STRINGS = 1024;

/** Splits an index string on commas; one trailing comma is allowed, as in Python. */
function parseIndexString(s: string): readonly IndexItem[] {
  let items = parsedIndexStrings.get(s);
  if (items === undefined) {
    const parts = s.split(',');
    if (parts.length > 1 && parts[parts.length - 1].trim() === '') parts.pop();
    items = parts.map(parseIndexPart);
    if (parsedIndexStrings.size >= MAX_PARSED_INDEX_STRINGS) parsedIndexStrings.clear();
    parsedIndexStrings.set(s, items);
  }
  return items;
}

/** Classifies one JS value used as an index element. */
function classifyOne(x: unknown): readonly IndexItem[] {
  if (x === null) return [{ kind: 'newaxis' }];
  if (typeof x === 'number') {
    // -0 is accepted as 0 here (a JS artefact, not a float index).
    if (Number.isInteger(x)) return [intItem(x === 0 ? 0 : x)];
    throw new IndexError(INVALID_INDEX);
  }
  if (typeof x === 'bigint') return [intItem(x)];
  if (typeof x === 'string') return parseIndexString(x);
  if (isSlice(x)) return [{ kind: 'slice', slice: x }];
  if (typeof x === 'boolean') return [advancedItem(toArray(x), false)];
  if (isNDArray(x)) {
    const k = x.dtype.kind;
    if ((k === 'i' || k === 'u') && x.ndim === 0) return [intItem(x.item({ bigint: true }) as bigint, true)];
    return [advancedItem(x, false)];
  }
  if (Array.isArray(x)) {
    // A list NumPy cannot make an integer or boolean array of is an invalid index.
    let arr: NDArray;
    try {
      arr = toArray(x, null, null);
    } catch {
      throw new IndexError(INVALID_INDEX);
    }
    return [advancedItem(arr, true)];
  }
  if (ArrayBuffer.isView(x) && !(x instanceof DataView)) return [advancedItem(toArray(x, null, null), false)];
  throw new IndexError(INVALID_INDEX);
}

/**
 * Classifies the arguments of `a.get(...)` into index items, in order,
 * raising NumPy's errors for invalid elements and a second ellipsis.
 */
export function classifyIndex(args: readonly unknown[]): IndexItem[] {
  const items: IndexItem[] = [];
  let ellipses = 0;
  for (const x of args) {
    for (const item of classifyOne(x)) {
      if (item.kind === 'ellipsis' && ++ellipses > 1) {
        throw new IndexError("an index can only have a single ellipsis ('...')");
      }
      items.push(item);
    }
  }
  return items;
}

/**
 * Applies classified basic index items to `a`. With `forWrite`, a 0-d
 * integer array index gives the view itself (for assignment), not a copy.
 */
export function basicIndex(a: NDArray, items: readonly IndexItem[], forWrite = false): NDArray {
  if (items.some((it) => it.kind === 'advanced')) {
    throw new Error('rumpy internal error: basicIndex got an advanced index');
  }
  const consumed = items.filter((it) => it.kind === 'int' || it.kind === 'slice').length;
  if (consumed > a.ndim) {
    throw new IndexError(`too many indices for array: array is ${a.ndim}-dimensional, but ${consumed} were indexed`);
  }
  const shape: number[] = [];
  const strides: number[] = [];
  let offset = a._offset;
  let ax = 0;
  let copy = false;
  const keepAxis = (): void => {
    shape.push(a.shape[ax]);
    strides.push(a.strides[ax]);
    ax++;
  };
  for (const it of items) {
    switch (it.kind) {
      case 'int': {
        const n = a.shape[ax];
        if (it.value < -n || it.value >= n) {
          throw new IndexError(`index ${it.text} is out of bounds for axis ${ax} with size ${n}`);
        }
        offset += (it.value < 0 ? it.value + n : it.value) * a.strides[ax];
        if (it.fromArray) copy = true;
        ax++;
        break;
      }
      case 'slice': {
        const r = resolveSlice(it.slice, a.shape[ax]);
        if (r.length > 0) {
          offset += r.start * a.strides[ax];
          strides.push(a.strides[ax] * r.step);
        } else {
          strides.push(a.strides[ax]);
        }
        shape.push(r.length);
        ax++;
        break;
      }
      case 'newaxis':
        shape.push(1);
        strides.push(0);
        break;
      case 'ellipsis':
        for (let k = a.ndim - consumed; k > 0; k--) keepAxis();
        break;
    }
  }
  while (ax < a.ndim) keepAxis();
  const v = a._view(offset, shape, strides);
  return copy && !forWrite ? copyKeepOrder(v) : v;
}
