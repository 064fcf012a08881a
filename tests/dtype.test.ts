// np.dtype: every spelling, the properties, and the errors, compared with NumPy.
import { inspect } from 'node:util';
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';

const check = oracle();
const py = (s: string): string => JSON.stringify(s);

const NAMES: readonly string[] = ALL_DTYPES;
const ALIASES = [
  'bool_',
  'byte',
  'ubyte',
  'short',
  'ushort',
  'intc',
  'uintc',
  'int',
  'int_',
  'intp',
  'long',
  'longlong',
  'uint',
  'uintp',
  'ulong',
  'ulonglong',
  'half',
  'float',
  'single',
  'double',
  'complex',
  'csingle',
  'cdouble',
];
const CHARS = [...'?bBhHiIlLqQpPnNefdFD'];
const SIZED = ['b1', 'i1', 'i2', 'i4', 'i8', 'u1', 'u2', 'u4', 'u8', 'f2', 'f4', 'f8', 'c8', 'c16'];
// NumPy reads the size with C's strtol: leading whitespace, a sign and leading zeros pass.
const ODD_SIZES = ['f 8', 'f+8', 'f0008', 'b01', 'i04', 'u08', 'i\t4', '<f 4', '|c016'];

/**
 * NumPy's longlong/ulonglong ('q'/'Q') are dtypes of their own (char 'q'),
 * equal to int64/uint64; rumpy folds them into int64/uint64 ('l'/'L'), a
 * documented deviation, so those spellings compare with NumPy's 'l'/'L'.
 */
function numpySpelling(s: string): string {
  const folded: Record<string, string> = { longlong: 'l', ulonglong: 'L', q: 'l', Q: 'L' };
  const m = /^([<=|]?)(.*)$/.exec(s) as RegExpExecArray;
  return m[2] in folded ? m[1] + folded[m[2]] : s;
}

describe('np.dtype spellings', () => {
  for (const s of [...NAMES, ...ALIASES, ...CHARS, ...SIZED, ...ODD_SIZES]) {
    check(`np.dtype(${py(numpySpelling(s))})`, () => np.dtype(s), { name: `np.dtype(${py(s)})` });
  }
  // Byte-order prefixes on codes: '<' and '=' are native here, '|' means "not applicable".
  for (const pre of ['<', '=', '|']) {
    for (const s of [...CHARS, ...SIZED]) {
      check(`np.dtype(${py(numpySpelling(pre + s))})`, () => np.dtype(pre + s), { name: `np.dtype(${py(pre + s)})` });
    }
  }
  // '>' on one-byte types is still the native dtype.
  for (const s of ['?', 'b', 'B', 'b1', 'i1', 'u1']) check(`np.dtype(${py(`>${s}`)})`, () => np.dtype(`>${s}`));
  check('np.dtype(None)', () => np.dtype(null));
  check('np.dtype(np.dtype("f4"))', () => np.dtype(np.dtype('f4')));
  check('np.dtype(np.float32)', () => np.dtype(np.float32));
  check('np.dtype(np.float32(1))', () => np.dtype({ dtype: np.float32 }), { name: 'object with a dtype attribute' });
});

describe('np.dtype of JS constructors (NumPy: of Python types)', () => {
  check('np.dtype(float)', () => np.dtype(Number), { name: 'np.dtype(Number) is float64 like float' });
  check('np.dtype(bool)', () => np.dtype(Boolean), { name: 'np.dtype(Boolean) is bool' });
  check('np.dtype(int)', () => np.dtype(BigInt), { name: 'np.dtype(BigInt) is int64 like int' });
  check('np.dtype(complex)', () => np.dtype(np.Complex), { name: 'np.dtype(np.Complex) is complex128' });
  const typed: [string, unknown][] = [
    ['int8', Int8Array],
    ['uint8', Uint8Array],
    ['uint8', Uint8ClampedArray],
    ['int16', Int16Array],
    ['uint16', Uint16Array],
    ['int32', Int32Array],
    ['uint32', Uint32Array],
    ['int64', BigInt64Array],
    ['uint64', BigUint64Array],
    ['float32', Float32Array],
    ['float64', Float64Array],
  ];
  for (const [name, ctor] of typed) {
    check(`np.dtype('${name}')`, () => np.dtype(ctor), { name: `np.dtype(${(ctor as { name: string }).name})` });
  }
});

describe('interning', () => {
  test('np.dtype(spec) returns the exported objects', () => {
    expect(np.dtype('f8')).toBe(np.float64);
    expect(np.dtype('<i4')).toBe(np.int32);
    expect(np.dtype('double')).toBe(np.float64);
    expect(np.dtype('?')).toBe(np.bool);
    expect(np.float64).toBeInstanceOf(np.dtype);
    expect(np.float64).toBeInstanceOf(np.DType);
  });
});

describe('dtype properties', () => {
  for (const n of NAMES) {
    check(
      `exec:d = np.dtype('${n}'); result = [d.name, d.str, d.char, d.kind, d.itemsize, d.num, d.byteorder, d.alignment, str(d), repr(d), d.isnative, d.isbuiltin, d.descr, d.base == d, d.shape, d.ndim, d.hasobject, d.fields, d.names, d.subdtype, d.metadata]`,
      () => {
        const d = np.dtype(n);
        return [
          d.name,
          d.str,
          d.char,
          d.kind,
          d.itemsize,
          d.num,
          d.byteorder,
          d.alignment,
          String(d),
          inspect(d),
          d.isnative,
          d.isbuiltin,
          d.descr,
          d.base === d,
          d.shape,
          d.ndim,
          d.hasobject,
          d.fields ?? undefined,
          d.names ?? undefined,
          d.subdtype ?? undefined,
          d.metadata ?? undefined,
        ];
      },
      { name: `properties of ${n}` },
    );
  }
});

describe('np.dtype errors', () => {
  const bad = [
    'float65',
    '',
    '<',
    '<<f8',
    'f8 ',
    ' f8',
    'Float64',
    'FLOAT64',
    'i3',
    'b2',
    '?1',
    '?0',
    'i0',
    'c4',
    'e2',
    'd8',
    'u',
    'i-8',
    'f8.0',
    'f_8',
    '<int8',
    '<float64',
    '=double',
    'float_',
    'complex_',
    'cfloat',
    'int128',
    'np.float64',
    'bool8',
    'int0',
    'uint0',
    'object0',
    'str0',
    'float8',
  ];
  for (const s of bad) check(`np.dtype(${py(s)})`, () => np.dtype(s));
  check('np.dtype(5)', () => np.dtype(5));
  check('np.dtype(1.5)', () => np.dtype(1.5));
  check('np.dtype(True)', () => np.dtype(true));
  check('np.dtype()', () => (np.dtype as (...a: unknown[]) => unknown)());
  check('np.dtype(np.zeros(3))', () => np.dtype(np.array([0, 0, 0])));
  for (const a of [
    'generic',
    'number',
    'integer',
    'signedinteger',
    'unsignedinteger',
    'inexact',
    'floating',
    'complexfloating',
  ] as const) {
    check(`np.dtype(np.${a})`, () => np.dtype(np[a]));
  }
});

describe('documented deviations', () => {
  // NumPy accepts these (non-native byte order, and dtypes rumpy does not have yet);
  // rumpy raises a TypeError that says so.
  for (const s of ['>f8', '>i4', '>c16', '>f2', '>u8', '>d']) {
    test(`np.dtype('${s}') is not supported yet`, () => {
      expect(() => np.dtype(s)).toThrow(/non-native byte order/);
    });
  }
  for (const s of [
    'O',
    'object',
    'S5',
    'V8',
    'g',
    'float128',
    'f16',
    'c32',
    'M8',
    'm8[s]',
    'datetime64[ms]',
    'U5',
    '<U5',
  ]) {
    test(`np.dtype('${s}') is not supported yet`, () => {
      expect(() => np.dtype(s)).toThrow(/rumpy does not support data type/);
    });
  }
});
