/**
 * The one argument parser (API.md §2): positional arguments in NumPy's order,
 * then any argument by NumPy's keyword name in ONE trailing plain object.
 * Unknown names, duplicates, too many positionals and wrong types are a
 * `TypeError` that names the function and the argument, in Python's words.
 */
import { Complex } from './core/complex';
import { ValueError } from './errors';

/**
 * How one parameter is checked. Return `null` if fine, an error text (thrown
 * as `TypeError("fname(): argument 'name' <text>")`), or an Error to throw
 * as it is (for NumPy's converters that raise their own message or class).
 */
export type Check = (value: unknown) => string | Error | null;

/**
 * Whose wording the errors use, as NumPy's functions differ by how they are
 * implemented:
 * - `'python'` (default): a function written in Python (`linspace`, `sum`…):
 *   "f() got multiple values for argument 'x'", "f() missing 1 required
 *   positional argument: 'x'".
 * - `'npy'`: a C function using NumPy's fast argument parser (`array`,
 *   `asarray`, `ndarray.astype`…): "argument for f() given by name ('x') and
 *   position (position 1)", "f() missing required argument 'x' (pos 0)".
 * - `'capi'`: a C function using CPython's `PyArg_ParseTupleAndKeywords`
 *   (`frombuffer`, the `ndarray` constructor): "'x' is an invalid keyword
 *   argument for f()", "f() takes at most 4 positional arguments (5 given)",
 *   "argument for f() given by name ('x') and position (2)".
 */
export type ArgStyle = 'python' | 'npy' | 'capi';

export interface Param {
  name: string;
  /** Required when no default is given and `optional` is not set. */
  default?: unknown;
  optional?: boolean;
  /** Keyword-only (after `*` in NumPy's signature). */
  kwOnly?: boolean;
  check?: Check;
}

/** A plain `{...}` object: the options bag, never array data. */
export function isOptionsObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x) || ArrayBuffer.isView(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** What `parseArgs` derives from a parameter list, computed once per list. */
interface Plan {
  /** The number of parameters that may be given positionally. */
  readonly maxPos: number;
  /** Every parameter name. */
  readonly known: ReadonlySet<string>;
  /** Whether any parameter is required. */
  readonly anyRequired: boolean;
}

/**
 * Where a parameter list keeps its plan: a symbol-keyed property of the
 * array itself (a WeakMap entry would cost an ephemeron per list, which
 * hurts callers that build their list on every call).
 */
const PLAN = Symbol('rumpy.argsPlan');

function planOf(params: readonly Param[]): Plan {
  const holder = params as readonly Param[] & { [PLAN]?: Plan };
  let plan = holder[PLAN];
  if (plan === undefined) {
    plan = {
      maxPos: params.filter((p) => !p.kwOnly).length,
      known: new Set(params.map((p) => p.name)),
      anyRequired: params.some(isRequired),
    };
    Object.defineProperty(params, PLAN, { value: plan });
  }
  return plan;
}

/**
 * Parses `args` against `params`. Returns one value per parameter name
 * (the default where not given).
 */
export function parseArgs(
  fname: string,
  args: readonly unknown[],
  params: readonly Param[],
  style: ArgStyle = 'python',
): Record<string, unknown> {
  const plan = planOf(params);
  let n = args.length;
  let options: Record<string, unknown> | null = null;
  if (n > 0 && isOptionsObject(args[n - 1])) {
    options = args[n - 1] as Record<string, unknown>;
    n--;
  }
  // Trailing `undefined`s are "not given".
  while (n > 0 && args[n - 1] === undefined) n--;

  const maxPos = plan.maxPos;
  if (n > maxPos) {
    if (style === 'capi') {
      const pos = params.some((p) => p.kwOnly) ? 'positional ' : '';
      throw new TypeError(`${fname}() takes at most ${maxPos} ${pos}argument${maxPos === 1 ? '' : 's'} (${n} given)`);
    }
    const minPos = params.filter((p) => !p.kwOnly && isRequired(p)).length;
    const range = minPos === maxPos ? `${maxPos}` : `from ${minPos} to ${maxPos}`;
    const were = n === 1 ? 'was' : 'were';
    throw new TypeError(
      `${fname}() takes ${range} positional argument${maxPos === 1 ? '' : 's'} but ${n} ${were} given`,
    );
  }
  if (options !== null) {
    for (const key in options) {
      if (Object.hasOwn(options, key) && !plan.known.has(key)) {
        throw new TypeError(
          style === 'capi'
            ? `'${key}' is an invalid keyword argument for ${fname}()`
            : `${fname}() got an unexpected keyword argument '${key}'`,
        );
      }
    }
  }
  const out: Record<string, unknown> = {};
  let missing: string[] | null = null;
  const count = params.length;
  for (let i = 0; i < count; i++) {
    const p = params[i];
    const fromPos = i < n && !p.kwOnly;
    const inOpts = options !== null && Object.hasOwn(options, p.name) && options[p.name] !== undefined;
    if (fromPos && inOpts) {
      if (style === 'python') throw new TypeError(`${fname}() got multiple values for argument '${p.name}'`);
      const where = style === 'npy' ? `position ${i}` : `${i + 1}`;
      throw new TypeError(`argument for ${fname}() given by name ('${p.name}') and position (${where})`);
    }
    let value: unknown;
    if (fromPos) value = args[i];
    else if (inOpts) value = (options as Record<string, unknown>)[p.name];
    else if (plan.anyRequired && isRequired(p)) {
      if (style !== 'python') {
        throw new TypeError(`${fname}() missing required argument '${p.name}' (pos ${style === 'npy' ? i : i + 1})`);
      }
      if (missing === null) missing = [];
      missing.push(p.name);
      continue;
    } else {
      out[p.name] = p.default;
      continue;
    }
    if (p.check && !(value === null && p.default === null)) {
      const problem = p.check(value);
      if (problem instanceof Error) throw problem;
      if (problem) throw new TypeError(`${fname}(): argument '${p.name}' ${problem}`);
    }
    out[p.name] = value;
  }
  if (missing !== null) {
    // Python names every missing positional argument: 'a', 'a' and 'b', 'a', 'b', and 'c'.
    const q = missing.map((m) => `'${m}'`);
    const list = q.length <= 2 ? q.join(' and ') : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
    const kind = params.find((p) => p.name === (missing as string[])[0])?.kwOnly ? 'keyword-only' : 'positional';
    throw new TypeError(
      `${fname}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? '' : 's'}: ${list}`,
    );
  }
  return out;
}

function isRequired(p: Param): boolean {
  return !('default' in p) && !p.optional;
}

/** Python's name for the type of a JS value, for error messages. */
export function pyTypeName(x: unknown): string {
  if (x === null || x === undefined) return 'NoneType';
  if (typeof x === 'number') return Number.isInteger(x) ? 'int' : 'float';
  if (typeof x === 'bigint') return 'int';
  if (typeof x === 'boolean') return 'bool';
  if (typeof x === 'string') return 'str';
  if (x instanceof Complex) return 'complex';
  if (Array.isArray(x)) return 'list';
  if (typeof x === 'function') return 'function';
  const ctor = (x as object).constructor;
  if (ctor && ctor.name === 'NDArray') return 'numpy.ndarray';
  return ctor?.name ?? 'object';
}

// Reusable checks.
/** NumPy's casting rules ('same_value' is not accepted yet: designs/deviations.md). */
function castingRule(v: unknown, sameValue: boolean): Error | null {
  if (typeof v !== 'string') return new TypeError(`casting must be str, not ${pyTypeName(v)}`);
  const rules = ['no', 'equiv', 'safe', 'same_kind', 'unsafe'];
  if (rules.includes(v)) return null;
  const names = [...rules, ...(sameValue ? ['same_value'] : [])].map((r) => `'${r}'`).join(', ');
  return new ValueError(`casting must be one of ${names} (got '${v}')`);
}

export const checks = {
  /** An integer as Python's `operator.index` takes it (NumPy's intp converter). */
  index: ((v) =>
    (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean'
      ? null
      : new TypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`)) as Check,
  /** NumPy's memory-order converter: None, or one of the letters. */
  order:
    (...allowed: string[]): Check =>
    (v) => {
      if (v === null) return null;
      if (typeof v !== 'string') return new TypeError(`order must be str, not ${pyTypeName(v)}`);
      if (allowed.includes(v)) return null;
      const names = allowed.map((a) => `'${a}'`);
      return new ValueError(
        `order must be one of ${names.slice(0, -1).join(', ')}, or ${names[names.length - 1]} (got '${v}')`,
      );
    },
  /** NumPy's casting-rule converter (`astype`'s, which lists 'same_value'). */
  casting: ((v) => castingRule(v, true)) as Check,
  /** The casting-rule converter of ufuncs (whose message has no 'same_value'). */
  ufuncCasting: ((v) => castingRule(v, false)) as Check,
  int: ((v) =>
    (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint'
      ? null
      : `must be an integer, not ${pyTypeName(v)}`) as Check,
  number: ((v) =>
    typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean'
      ? null
      : `must be a real number, not ${pyTypeName(v)}`) as Check,
  bool: ((v) => (typeof v === 'boolean' ? null : `must be a bool, not ${pyTypeName(v)}`)) as Check,
  string: ((v) => (typeof v === 'string' ? null : `must be str, not ${pyTypeName(v)}`)) as Check,
  oneOf:
    (...allowed: string[]): Check =>
    (v) =>
      typeof v === 'string' && allowed.includes(v)
        ? null
        : `must be one of ${allowed.map((a) => `'${a}'`).join(', ')} (got ${typeof v === 'string' ? `'${v}'` : pyTypeName(v)})`,
  function: ((v) => (typeof v === 'function' ? null : `must be callable, not ${pyTypeName(v)}`)) as Check,
};
