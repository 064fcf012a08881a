/**
 * NumPy's floating-point error handling: `seterr`, `geterr`, `errstate`,
 * `seterrcall`, `geterrcall`.
 *
 * Native loops report the IEEE flags they raised (divide by zero, overflow,
 * underflow, invalid; `native/src/fpstatus.rs`); after each ufunc call or
 * cast, every raised flag is handled by its mode, in NumPy's order:
 * 'ignore'; 'warn' — a `RuntimeWarning` through `process.emitWarning`;
 * 'raise' — `np.FloatingPointError`; 'call' — the `seterrcall` function gets
 * `(kind, flags)` (all raised flags, as NumPy passes them); 'print' — written to stdout; 'log' — the `seterrcall`
 * object's `write(message)`. NumPy's defaults: divide, over and invalid
 * warn, under is ignored.
 */
import { type Param, parseArgs } from '../args';
import { FloatingPointError, ValueError } from '../errors';

export type ErrMode = 'ignore' | 'warn' | 'raise' | 'call' | 'print' | 'log';
export interface ErrState {
  divide: ErrMode;
  over: ErrMode;
  under: ErrMode;
  invalid: ErrMode;
}

const MODES: readonly string[] = ['ignore', 'warn', 'raise', 'call', 'print', 'log'];
/** The overflow bit of the floating-point flags (native `fpstatus`). */
export const FPE_OVERFLOW = 2;
/** The invalid-value bit of the floating-point flags (native `fpstatus`). */
export const FPE_INVALID = 8;

/** Flag bits (native `fpstatus`), the option names and NumPy's words for them. */
const KINDS: readonly [number, keyof ErrState, string][] = [
  [1, 'divide', 'divide by zero'],
  [FPE_OVERFLOW, 'over', 'overflow'],
  [4, 'under', 'underflow'],
  [FPE_INVALID, 'invalid', 'invalid value'],
];

let state: ErrState = { divide: 'warn', over: 'warn', under: 'ignore', invalid: 'warn' };
type ErrCall = ((kind: string, flag: number) => unknown) | { write(message: string): unknown } | null;
let errcall: ErrCall = null;

const params: Param[] = [
  { name: 'all', default: null },
  { name: 'divide', default: null },
  { name: 'over', default: null },
  { name: 'under', default: null },
  { name: 'invalid', default: null },
];

function mode(v: unknown): ErrMode {
  if (typeof v !== 'string' || !MODES.includes(v)) {
    throw new ValueError(`invalid error mode ${typeof v === 'string' ? `'${v}'` : String(v)}`);
  }
  return v as ErrMode;
}

/** `np.geterr()`: the current modes, as a plain object. */
export function geterr(): ErrState {
  return { ...state };
}

/** `np.seterr(all=None, divide=None, over=None, under=None, invalid=None)`: returns the old modes. */
export function seterr(...args: unknown[]): ErrState {
  const p = parseArgs('seterr', args, params);
  const old = geterr();
  const next = { ...state };
  if (p.all !== null) {
    const m = mode(p.all);
    next.divide = next.over = next.under = next.invalid = m;
  }
  for (const k of ['divide', 'over', 'under', 'invalid'] as const) if (p[k] !== null) next[k] = mode(p[k]);
  state = next;
  return old;
}

/** `np.seterrcall(func)`: returns the old callback. */
export function seterrcall(func: unknown): ErrCall {
  if (func !== null && typeof func !== 'function' && typeof (func as { write?: unknown })?.write !== 'function') {
    throw new TypeError('Only callable can be used as callback');
  }
  const old = errcall;
  errcall = func as ErrCall;
  return old;
}

/** `np.geterrcall()`. */
export function geterrcall(): ErrCall {
  return errcall;
}

/**
 * `with np.errstate(**kwargs): body` as `np.errstate(options, () => body)`:
 * the modes (and `call`) apply while the callback runs and are restored
 * afterwards, also when it throws. Returns the callback's value.
 */
export function errstate<T>(options: Record<string, unknown>, body: () => T): T {
  if (typeof body !== 'function') throw new TypeError('errstate(options, callback): callback must be a function');
  const { call, ...modes } = options ?? {};
  const oldState = seterr(modes);
  const oldCall = call === undefined ? errcall : seterrcall(call);
  try {
    return body();
  } finally {
    state = oldState;
    errcall = oldCall;
  }
}

/**
 * Where the flags of casts sit in the flags a native call returns, above
 * the op's own: input `k`'s in the four bits from `CAST_FLAGS_SHIFT + 4k`
 * (native `fpstatus::CAST_SHIFT`).
 */
export const CAST_FLAGS_SHIFT = 8;

/**
 * Reports a ufunc call's floating-point flags as NumPy does: each input
 * cast's (those the native call reports apart) first, in input order, as
 * "… encountered in cast", then the op's own under its name.
 */
export function reportUfuncFlags(flags: number, name: string): void {
  if (flags === 0) return;
  for (let cast = flags >>> CAST_FLAGS_SHIFT; cast !== 0; cast >>>= 4) {
    if ((cast & 15) !== 0) reportFloatingPointErrors(cast & 15, 'cast');
  }
  const own = flags & ((1 << CAST_FLAGS_SHIFT) - 1);
  if (own !== 0) reportFloatingPointErrors(own, opName ?? name);
}

/** The name `withOpName` gives the ufunc calls it runs, or null. */
let opName: string | null = null;

/**
 * Runs `body` with the floating-point warnings of its ufunc calls (not
 * their casts') naming the operation `name`: NumPy's arithmetic on NumPy
 * scalars (`mean`'s `ret.dtype.type(ret / n)`) says "scalar divide".
 */
export function withOpName<T>(name: string, body: () => T): T {
  const old = opName;
  opName = name;
  try {
    return body();
  } finally {
    opName = old;
  }
}

/** The bits of `flags` whose errors the current `np.seterr` state does not ignore. */
export function unignoredFlags(flags: number): number {
  let out = 0;
  for (const [bit, key] of KINDS) if ((flags & bit) !== 0 && state[key] !== 'ignore') out |= bit;
  return out;
}

/** Every flag a native call raised, wherever it sits (the op's and its casts'), in the low bits. */
export function foldedFlags(flags: number): number {
  let all = 0;
  for (let f = flags; f !== 0; f >>>= 4) all |= f & 15;
  return all;
}

export function reportFloatingPointErrors(flags: number, name: string): void {
  if (flags === 0) return;
  for (const [bit, key, words] of KINDS) {
    if ((flags & bit) === 0) continue;
    const m = state[key];
    const message = `${words} encountered in ${name}`;
    switch (m) {
      case 'ignore':
        break;
      case 'warn':
        process.emitWarning(message, 'RuntimeWarning');
        break;
      case 'raise':
        throw new FloatingPointError(message);
      case 'call':
        if (typeof errcall !== 'function') {
          throw new ValueError(`Callback not set or not callable for ${words}`);
        }
        // NumPy passes every flag the loop raised, not just this one.
        errcall(words, flags);
        break;
      case 'print':
        process.stdout.write(`Warning: ${message}\n`);
        break;
      case 'log':
        if (!errcall || typeof (errcall as { write?: unknown }).write !== 'function') {
          throw new ValueError(`log specified for ${words} but no object with write method found.`);
        }
        (errcall as { write(m: string): unknown }).write(`Warning: ${message}\n`);
        break;
    }
  }
}
