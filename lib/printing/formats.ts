/**
 * Element formatters, one per dtype kind, fitted to the values that will be
 * shown (NumPy's BoolFormat, IntegerFormat, FloatingFormat and
 * ComplexFloatingFormat behaviour):
 *
 * - bool: `True`/`False`, with ` True` padded to the width of `False` except
 *   in a 0-d array.
 * - integers: right-aligned to the widest of str(max) and str(min), one more
 *   column when `sign` is `'+'`/`' '` and a non-negative value exists.
 * - floats: a first pass prints every finite value (shortest digits, cut at
 *   `precision` unless floatmode is 'unique') to learn the widest integer
 *   and fraction parts; then every value is padded to those widths. The
 *   scientific notation is used when the largest nonzero |value| reaches
 *   10^min(8, decimal precision of the type) or, unless `suppress`, when the
 *   smallest is below 1e-4 or max/min exceeds 1000 (compared in the type's
 *   own precision). 'fixed' and 'maxprec_equal' print every value with the
 *   same number of fraction digits; scientific notation always does.
 * - complex: a float format for the real parts and one (always signed) for
 *   the imaginary parts, with the `j` placed before trailing padding.
 */
import type { Complex } from '../core/complex';
import { roundToHalf } from '../core/elements';
import { ValueError } from '../errors';
import { type FloatKind, type Trim, positional, scientific } from './dragon4';
import { type PrintOptions, type Sign, currentOptions } from './options';

export type Value = number | bigint | boolean | Complex;
export type Formatter = (x: Value) => string;

export function boolFormat(is0d: boolean): Formatter {
  const t = is0d ? 'True' : ' True';
  return (x) => (x ? t : 'False');
}

export function integerFormat(values: readonly (number | bigint)[], sign: Sign): Formatter {
  let width = 0;
  if (values.length > 0) {
    let max = values[0];
    let min = values[0];
    for (const v of values) {
      if (v > max) max = v;
      if (v < min) min = v;
    }
    let maxLen = String(max).length;
    if (sign === ' ' && min < 0) sign = '-';
    if (max >= 0 && sign !== '-') maxLen += 1;
    width = Math.max(maxLen, String(min).length);
  }
  return (x) => {
    const v = x as number | bigint;
    const s = v < 0 ? String(v) : (sign === '+' ? '+' : sign === ' ' ? ' ' : '') + String(v);
    return s.padStart(width, ' ');
  };
}

/** Rounds a double to the given float type (the type's arithmetic). */
function roundTo(kind: FloatKind): (x: number) => number {
  return kind === 'float64' ? (x) => x : kind === 'float32' ? Math.fround : roundToHalf;
}

/** Decimal digits of precision of each type (NumPy's finfo(t).precision). */
const FINFO_PRECISION: Record<FloatKind, number> = { float16: 3, float32: 6, float64: 15 };

function negative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

export class FloatingFormat {
  private readonly kind: FloatKind;
  private readonly floatmode: PrintOptions['floatmode'];
  private precision: number;
  private readonly suppress: boolean;
  private readonly sign: Sign;
  private readonly legacy: number;
  private expFormat = false;
  private padLeft = 0;
  private padRight = 0;
  private trim: Trim = '.';
  private expSize = -1;
  private unique = true;
  private minDigits = -1;

  constructor(data: readonly number[], kind: FloatKind, precision: number, o: PrintOptions, sign: Sign) {
    this.kind = kind;
    this.floatmode = o.floatmode;
    if (o.floatmode !== 'unique' && precision < 0) throw new ValueError('precision must be >= 0');
    this.precision = o.floatmode === 'unique' ? -1 : precision;
    this.suppress = o.suppress;
    this.sign = sign;
    this.legacy = o.legacy;
    this.fill(data);
  }

  private fill(data: readonly number[]): void {
    const finite = data.filter(Number.isFinite);
    const round = roundTo(this.kind);
    let max = -1;
    let min = Number.POSITIVE_INFINITY;
    for (const v of finite) {
      const a = Math.abs(v);
      if (a === 0) continue;
      if (a > max) max = a;
      if (a < min) min = a;
    }
    if (max > 0) {
      // Python floats are weak scalars: the limits are cast to the data's type.
      const cutoff = round(this.legacy <= 202 ? 1e8 : 10 ** Math.min(8, FINFO_PRECISION[this.kind]));
      if (max >= cutoff || (!this.suppress && (min < round(0.0001) || round(max / min) > 1000))) {
        this.expFormat = true;
      }
    }
    const plus = this.sign === '+';
    if (finite.length === 0) {
      this.padLeft = 0;
      this.padRight = 0;
      this.trim = '.';
      this.expSize = -1;
      this.unique = true;
      this.minDigits = -1;
    } else if (this.expFormat) {
      const fixed = this.floatmode === 'fixed';
      const [trim, unique]: [Trim, boolean] = fixed ? ['k', false] : ['.', true];
      let intLen = 0;
      let fracLen = 0;
      let expLen = 0;
      for (const x of finite) {
        const s = scientific(x, this.kind, {
          precision: this.precision,
          minDigits: -1,
          unique,
          trim,
          sign: plus,
          padLeft: -1,
          expDigits: -1,
        });
        const [mant, ex] = s.split('e');
        const [ip, fp] = mant.split('.');
        intLen = Math.max(intLen, ip.length);
        fracLen = Math.max(fracLen, fp.length);
        expLen = Math.max(expLen, ex.length);
      }
      this.expSize = expLen - 1;
      this.trim = 'k';
      this.precision = fracLen;
      this.minDigits = fracLen;
      this.unique = unique;
      this.padLeft = intLen;
      this.padRight = this.expSize + 2 + this.precision;
    } else {
      const fixed = this.floatmode === 'fixed';
      const [trim, unique]: [Trim, boolean] = fixed ? ['k', false] : ['.', true];
      let intLen = 0;
      let fracLen = 0;
      for (const x of finite) {
        const s = positional(x, this.kind, {
          precision: this.precision,
          minDigits: -1,
          unique,
          fractional: true,
          trim,
          sign: plus,
          padLeft: -1,
          padRight: -1,
        });
        const [ip, fp] = s.split('.');
        intLen = Math.max(intLen, ip.length);
        fracLen = Math.max(fracLen, fp.length);
      }
      this.padLeft = intLen;
      this.padRight = fracLen;
      this.expSize = -1;
      this.unique = unique;
      if (this.floatmode === 'fixed' || this.floatmode === 'maxprec_equal') {
        this.precision = this.minDigits = this.padRight;
        this.trim = 'k';
      } else {
        this.trim = '.';
        this.minDigits = 0;
      }
    }
    if (this.sign === ' ' && !finite.some(negative)) this.padLeft += 1;
    if (finite.length !== data.length) {
      const opts = currentOptions();
      const neginf = this.sign !== '-' || data.some((x) => x === Number.NEGATIVE_INFINITY);
      const offset = this.padRight + 1;
      this.padLeft = Math.max(
        this.padLeft,
        opts.nanstr.length - offset,
        opts.infstr.length + (neginf ? 1 : 0) - offset,
      );
    }
  }

  format(x: number): string {
    if (!Number.isFinite(x)) {
      const opts = currentOptions();
      let ret: string;
      if (Number.isNaN(x)) ret = (this.sign === '+' ? '+' : '') + opts.nanstr;
      else ret = (x < 0 ? '-' : this.sign === '+' ? '+' : '') + opts.infstr;
      return ' '.repeat(Math.max(0, this.padLeft + this.padRight + 1 - ret.length)) + ret;
    }
    if (this.expFormat) {
      return scientific(x, this.kind, {
        precision: this.precision,
        minDigits: this.minDigits,
        unique: this.unique,
        trim: this.trim,
        sign: this.sign === '+',
        padLeft: this.padLeft,
        expDigits: this.expSize,
      });
    }
    return positional(x, this.kind, {
      precision: this.precision,
      minDigits: this.minDigits,
      unique: this.unique,
      fractional: true,
      trim: this.trim,
      sign: this.sign === '+',
      padLeft: this.padLeft,
      padRight: this.padRight,
    });
  }
}

export function floatFormat(data: readonly number[], kind: FloatKind, o: PrintOptions): Formatter {
  const f = new FloatingFormat(data, kind, o.precision, o, o.sign);
  return (x) => f.format(x as number);
}

export function complexFormat(data: readonly Complex[], kind: FloatKind, o: PrintOptions): Formatter {
  const re = new FloatingFormat(
    data.map((c) => c.re),
    kind,
    o.precision,
    o,
    o.sign,
  );
  const im = new FloatingFormat(
    data.map((c) => c.im),
    kind,
    o.precision,
    o,
    '+',
  );
  return (x) => {
    const c = x as Complex;
    const r = re.format(c.re);
    const i = im.format(c.im);
    const end = i.trimEnd().length;
    return `${r}${i.slice(0, end)}j${i.slice(end)}`;
  };
}
