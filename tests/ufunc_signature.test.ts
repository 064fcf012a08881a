// The ufunc keywords `signature=` (and its alias `sig=`) and `dtype=`
// against NumPy: type strings and tuples with None entries, loop selection
// for every kind of loop, casting under the pinned loop, weak Python
// scalars, one- and two-output ufuncs, out=/where=/broadcasting, argument
// errors, `outer`/`matmul`, and the methods that take no signature.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

// `A(dt)`: a small array of dtype `dt` with the same values on both sides.
const check = oracle(`
def A(dt, shape=None):
    k = np.dtype(dt).kind
    v = {'b': [True, False, True], 'i': [0, 3, 7], 'u': [0, 3, 7], 'f': [0.5, -1.5, 2.25],
         'c': [0.5+1j, -1.5, 2.25-2j]}[k]
    a = np.array(v, dtype=dt)
    return a if shape is None else np.resize(a, shape)
`);

type Arg = string | number | bigint | boolean | np.Complex;

function A(dt: string, shape?: number[]): np.NDArray {
  const d = np.dtype(dt);
  const v =
    d.kind === 'b'
      ? [true, false, true]
      : d.kind === 'i' || d.kind === 'u'
        ? [0, 3, 7]
        : d.kind === 'f'
          ? [0.5, -1.5, 2.25]
          : [new np.Complex(0.5, 1), new np.Complex(-1.5, 0), new np.Complex(2.25, -2)];
  const a = np.array(v, { dtype: dt });
  return shape ? np.resize(a, shape) : a;
}

/** Python literal of a signature or option value. */
function py(v: unknown): string {
  if (v === null) return 'None';
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'number' && !Number.isFinite(v))
    return Number.isNaN(v) ? "float('nan')" : `float('${v > 0 ? '' : '-'}inf')`;
  if (v instanceof np.Complex) return `complex(${v.re}, ${v.im})`;
  if (Array.isArray(v)) return `(${v.map(py).join(', ')}${v.length === 1 ? ',' : ''})`;
  return String(v);
}

/** An argument: a dtype name is an array `A(dt)`, anything else a Python scalar. */
const pyArg = (x: Arg): string => (typeof x === 'string' ? `A('${x}')` : py(x));
const jsArg = (x: Arg): unknown => (typeof x === 'string' ? A(x) : x);

/** `np.name(*args, **opts)` on both sides. */
function call(name: string, args: Arg[], opts: Record<string, unknown>, extra = ''): void {
  const kw = Object.entries(opts).map(([k, v]) => `${k}=${py(v)}`);
  const expr = `np.${name}(${[...args.map(pyArg), ...kw].join(', ')})`;
  check(`${expr}${extra}`, () =>
    (np as unknown as Record<string, (...a: unknown[]) => unknown>)[name](...args.map(jsArg), opts),
  );
}

describe('type strings pick the loop; inputs cast under casting', () => {
  const cases: [string, Arg[], string][] = [
    ['add', ['int8', 'int8'], 'dd->d'],
    ['add', ['int8', 'int8'], 'ii->i'],
    ['add', ['int8', 'int8'], 'ii->d'],
    ['add', ['float64', 'float64'], 'll->l'],
    ['add', ['float64', 'float64'], 'DD->D'],
    ['add', ['float64', 'int32'], 'ff->f'],
    ['add', ['bool', 'bool'], '??->?'],
    ['add', ['int8', 'int8'], '??->?'],
    ['add', ['int8', 'int8'], 'ee->e'],
    ['add', ['int8', 'int8'], 'BB->B'],
    ['add', ['int8', 'int8'], 'qq->q'],
    ['add', ['int8', 'int8'], 'pp->p'],
    ['subtract', ['bool', 'bool'], '??->?'],
    ['subtract', ['bool', 'bool'], 'bb->b'],
    ['multiply', ['complex64', 'float32'], 'FF->F'],
    ['multiply', ['complex128', 'float32'], 'ff->f'],
    ['divide', ['int64', 'int64'], 'dd->d'],
    ['divide', ['int64', 'int64'], 'ff->f'],
    ['divide', ['int64', 'int64'], 'll->d'],
    ['floor_divide', ['float64', 'float64'], 'll->l'],
    ['power', ['int64', 'int64'], 'dd->d'],
    ['maximum', ['uint8', 'int8'], 'hh->h'],
    ['ldexp', ['float64', 'int64'], 'dl->d'],
    ['ldexp', ['float64', 'int64'], 'di->d'],
    ['ldexp', ['int8', 'int8'], 'ei->e'],
    ['ldexp', ['float64', 'int64'], 'dd->d'],
    ['equal', ['float64', 'float64'], 'dd->?'],
    ['less', ['uint64', 'int64'], 'dd->?'],
    ['logical_and', ['float64', 'int64'], 'dd->?'],
    ['logical_and', ['float64', 'int64'], '??->?'],
    ['logical_and', ['float64', 'int64'], 'll->?'],
    ['bitwise_and', ['int8', 'uint8'], 'hh->h'],
    ['gcd', ['int64', 'int64'], 'dd->d'],
    ['gcd', ['bool', 'bool'], '??->?'],
    ['sqrt', ['int8'], 'd->d'],
    ['sqrt', ['float64'], 'f->f'],
    ['sqrt', ['float64'], 'D->D'],
    ['negative', ['bool'], '?->?'],
    ['negative', ['int8'], 'l->l'],
    ['sign', ['bool'], '?->?'],
    ['positive', ['int64'], '?->?'],
    ['absolute', ['complex128'], 'D->d'],
    ['absolute', ['float64'], 'D->d'],
    ['absolute', ['float64'], 'D->D'],
    ['absolute', ['complex128'], 'D->D'],
    ['isnan', ['int64'], 'd->?'],
    ['logical_not', ['float64'], '?->?'],
    ['logical_not', ['float64'], 'f->?'],
    ['invert', ['bool'], 'b->b'],
    ['bitwise_count', ['int8'], 'B->B'],
    ['floor', ['int32'], 'e->e'],
  ];
  for (const [name, args, sig] of cases) call(name, args, { signature: sig });
  // float32 arctan2 may differ from NumPy's SIMD kernel in the last bit.
  check(
    "np.arctan2(A('int16'), A('int16'), signature='ff->f')",
    () => np.arctan2(A('int16'), A('int16'), { signature: 'ff->f' }),
    { rtol: 1e-6 },
  );
  for (const casting of ['no', 'equiv', 'safe', 'same_kind', 'unsafe']) {
    call('add', ['float64', 'float64'], { signature: 'll->l', casting });
    call('add', ['int8', 'int8'], { signature: 'dd->d', casting });
    call('add', ['float32', 'float32'], { signature: 'ff->f', casting });
    call('sqrt', ['complex128'], { signature: 'd->d', casting });
  }
});

describe('tuples with None entries', () => {
  const cases: [string, Arg[], (string | null)[]][] = [
    ['add', ['int8', 'int8'], ['f8', 'f8', 'f8']],
    ['add', ['int8', 'int8'], ['float64', null, null]],
    ['add', ['int8', 'int8'], [null, null, 'float64']],
    ['add', ['int8', 'int8'], [null, 'f4', null]],
    ['add', ['int8', 'int8'], [null, null, null]],
    ['add', ['int8', 'int8'], ['f2', 'f4', null]],
    ['add', ['int8', 'int8'], ['u1', null, null]],
    ['add', ['int8', 'int8'], [null, null, 'u1']],
    ['add', ['int64', 'int64'], [null, null, 'f2']],
    ['add', ['int64', 'int64'], ['f2', null, 'f2']],
    ['add', ['float64', 'float32'], [null, 'f4', null]],
    ['add', ['float64', 'float32'], ['f4', null, null]],
    ['add', ['int64', 'float32'], ['f2', null, null]],
    ['add', ['float64', 'float64'], ['c16', null, null]],
    ['add', ['float64', 'float64'], ['i8', null, null]],
    ['add', ['float64', 'float64'], [null, null, 'i8']],
    ['subtract', ['bool', 'bool'], [null, null, '?']],
    ['subtract', ['bool', 'bool'], ['?', null, null]],
    ['subtract', ['int64', 'int64'], ['?', '?', '?']],
    ['subtract', ['bool', 'bool'], [null, null, 'b']],
    ['divide', ['int64', 'int64'], [null, null, 'f4']],
    ['divide', ['int64', 'int64'], ['f', null, null]],
    ['divide', ['bool', 'bool'], [null, null, 'e']],
    ['equal', ['float64', 'float64'], [null, null, '?']],
    ['equal', ['float64', 'float64'], [null, null, 'd']],
    ['less', ['uint64', 'int64'], ['L', null, null]],
    ['less', ['uint64', 'int64'], [null, null, '?']],
    ['equal', ['int8', 'uint64'], [null, null, '?']],
    ['equal', [3, 4], [null, null, '?']],
    ['logical_and', ['float64', 'float64'], ['?', null, null]],
    ['logical_and', ['float64', 'int64'], ['d', null, null]],
    ['logical_xor', ['float64', 'int64'], [null, null, '?']],
    ['gcd', ['int64', 'int64'], [null, null, 'd']],
    ['gcd', ['int64', 'int64'], ['d', null, null]],
    ['gcd', ['float64', 'float64'], [null, null, 'l']],
    ['gcd', ['float64', 'float64'], [null, 'l', null]],
    ['gcd', ['bool', 'bool'], [null, null, 'l']],
    ['ldexp', ['float64', 'int64'], ['f4', null, null]],
    ['ldexp', ['float64', 'int64'], [null, null, 'f4']],
    ['ldexp', ['int8', 'int32'], [null, 'l', 'd']],
    ['float_power', ['int64', 'int64'], ['D', null, null]],
    ['sign', ['bool'], [null, '?']],
    ['sign', ['bool'], ['?', null]],
    ['sign', ['bool'], [null, 'b']],
    ['sign', ['float64'], [null, '?']],
    ['sign', ['int64'], [null, 'F']],
    ['negative', ['bool'], [null, '?']],
    ['negative', ['int64'], ['?', null]],
    ['negative', ['float64'], [null, '?']],
    ['absolute', ['float64'], [null, 'D']],
    ['absolute', ['complex128'], [null, 'D']],
    ['absolute', ['complex128'], [null, 'f']],
    ['absolute', ['float64'], ['F', null]],
    ['sqrt', ['int64'], [null, 'f4']],
    ['sqrt', ['float64'], ['f4', null]],
    ['isnan', ['int64'], [null, 'd']],
    ['logical_not', ['float64'], [null, '?']],
    ['logical_not', ['float64'], ['?', null]],
    ['bitwise_count', ['int8'], [null, 'B']],
    ['bitwise_count', ['int8'], ['l', null]],
    ['bitwise_count', ['int8'], [null, 'b']],
  ];
  for (const [name, args, sig] of cases) call(name, args, { signature: sig });
  call('add', ['int8', 'uint8'], { signature: [null, null, 'u1'], casting: 'unsafe' });
  call('gcd', ['float64', 'float64'], { signature: [null, 'l', null], casting: 'unsafe' });
  call('logical_and', ['float64', 'int64'], { signature: ['d', null, null], casting: 'no' });
  call('logical_and', ['float64', 'int64'], { signature: '??->?', casting: 'no' });
  call('add', ['float64', 'float64'], { signature: ['i8', null, null], casting: 'unsafe' });
});

describe('two-output ufuncs', () => {
  call('divmod', ['float64', 'int64'], { signature: 'dd->dd' });
  call('divmod', ['int64', 'int64'], { signature: 'll->ll' });
  call('divmod', ['int64', 'int64'], { signature: 'll->l' });
  call('divmod', ['float64', 'float64'], { signature: [null, null, 'f4', null] });
  call('divmod', ['float64', 'float64'], { signature: [null, null, 'f4', 'f4'] });
  call('divmod', ['int64', 'int64'], { signature: [null, 'b', null, null] });
  call('divmod', ['int64', 'int64'], { signature: [null, null, 'd', 'f'] });
  call('modf', ['float64'], { signature: 'd->dd' });
  call('modf', ['int8'], { signature: 'f->ff' });
  call('modf', ['float64'], { signature: [null, 'f', null] });
  call('modf', ['int64'], { signature: [null, 'e', 'e'] });
  call('frexp', ['float64'], { signature: 'f->fi' });
  call('frexp', ['float64'], { signature: 'f->ff' });
  call('frexp', ['float64'], { signature: [null, null, 'i'] });
  call('frexp', ['float64'], { signature: ['f', null, null] });
  call('frexp', ['float64'], { signature: [null, 'f', 'i'] });
  call('divmod', ['float64', 'float64'], { dtype: 'f4' });
  call('modf', ['int64'], { dtype: 'e' });
  call('frexp', ['float64'], { dtype: 'f' });
});

describe('weak Python scalars', () => {
  // Pinned by the signature, a Python scalar becomes the loop's type
  // directly (truncated, range-checked, whatever `casting` says); left free,
  // it is cast like the weak scalar it is.
  const cases: [string, Arg[], unknown][] = [
    ['add', ['int8', 1.5], 'dd->d'],
    ['add', ['int8', 1.5], 'ii->i'],
    ['add', ['int8', -2.5], 'BB->B'],
    ['add', ['int8', 1000], 'bb->b'],
    ['add', ['int8', 1000], 'ii->i'],
    ['add', ['int8', 1000.5], 'bb->b'],
    ['add', ['float64', 2n ** 70n], 'ff->f'],
    ['add', ['float64', 2n ** 70n], 'll->l'],
    ['add', ['float64', 10n ** 400n], 'dd->d'],
    ['add', ['float64', new np.Complex(1, 2)], 'dd->d'],
    ['add', ['float64', new np.Complex(1, 2)], 'll->l'],
    ['add', ['float64', new np.Complex(1, 2)], 'FF->F'],
    ['add', ['float64', 1.5], '??->?'],
    ['add', ['float64', true], 'll->l'],
    ['add', [3, 4], 'dd->d'],
    ['add', [3, 4.5], 'll->l'],
    ['add', ['int8', 1.5], [null, null, 'f8']],
    ['add', ['int8', 1], [null, null, 'f8']],
    ['add', ['int8', 1.5], [null, null, 'i1']],
    ['add', ['int8', 1.5], ['f4', null, null]],
    ['add', ['int8', 1.5], [null, 'l', null]],
    ['add', ['int8', 1.5], [null, 'i1', null]],
    ['add', ['int8', 1], [null, 'i1', null]],
    ['add', ['int8', 1], ['i1', null, null]],
    ['add', ['int8', true], [null, '?', null]],
    ['add', ['int8', new np.Complex(0, 1)], [null, null, 'F']],
    ['add', ['int8', new np.Complex(0, 1)], ['F', null, null]],
    ['add', ['float32', 1.5], ['f4', null, null]],
    ['add', ['complex64', 1.5], ['f', null, null]],
    ['add', [0, 'complex64'], [null, 'L', null]],
    ['add', [1.5, 'complex64'], [null, 'l', null]],
    ['add', [1.5, 2], [null, null, 'f4']],
    ['add', [1.5, 2], ['f4', null, null]],
    ['add', [1, 2], ['i1', 'i1', null]],
    ['add', [300, 'float64'], [null, null, 'i1']],
    ['power', ['int64', -2], [null, 'l', null]],
    ['power', ['int64', -2.5], ['l', 'l', null]],
    ['power', ['bool', 'complex64'], ['h', 'h', null]],
    ['gcd', ['int64', 2.5], [null, 'l', null]],
    ['ldexp', ['float32', 2.5], ['f', 'l', null]],
    ['ldexp', ['int8', 2], [null, 'i', null]],
    ['divmod', ['int64', 2.5], [null, 'l', null, null]],
    ['divmod', ['int64', 2.5], [null, null, 'l', 'l']],
    // Comparisons keep a free Python int exact against integers, even out of range.
    ['equal', ['int64', 2n ** 70n], [null, null, '?']],
    ['equal', ['int64', 2n ** 70n], ['l', null, null]],
    ['equal', ['int64', 2n ** 70n], 'll->?'],
    ['equal', ['int64', 2n ** 70n], [null, 'd', null]],
    ['equal', ['int64', 2.5], ['l', null, null]],
    ['equal', ['int64', 2.5], ['l', 'l', null]],
    ['less', ['int8', 300], [null, null, '?']],
    ['less', ['int8', 300], ['b', null, null]],
    ['less', ['int8', 300], 'bb->?'],
    ['less', ['uint64', -1], ['L', null, null]],
    ['less', ['uint64', -1], ['L', 'L', null]],
    ['less', ['float64', 300], ['b', null, null]],
    ['logical_and', ['float64', 2.5], 'dd->?'],
  ];
  for (const [name, args, sig] of cases) call(name, args, { signature: sig });
  for (const casting of ['no', 'equiv', 'safe', 'unsafe']) {
    call('add', ['int8', 1.5], { signature: 'll->l', casting });
    call('add', ['float32', 1.5], { signature: 'ff->f', casting });
    call('add', ['int64', 1], { signature: 'll->l', casting });
    call('add', ['float64', 1], { signature: 'dd->d', casting });
    call('add', ['int8', 1], { signature: [null, 'i1', null], casting });
  }
  call('power', ['bool', 'complex64'], { signature: ['h', 'h', null], casting: 'unsafe' });
  call('power', ['int16', 'float64'], { dtype: 'h', casting: 'unsafe' });
  call('add', ['float64', Number.NaN], { signature: 'll->l', casting: 'unsafe' });
  call('add', ['float64', Number.POSITIVE_INFINITY], { signature: 'll->l', casting: 'unsafe' });
  call('add', ['int8', 1.5], { signature: [null, null, 'i1'], casting: 'unsafe' });
  call('not_equal', ['complex128', 3], { signature: [null, null, '?'], casting: 'equiv' });
  call('equal', ['uint64', 'int8'], { signature: [null, null, '?'], casting: 'no' });
  // int64 against uint64 compares exactly (NumPy's mixed loop), not in float64.
  check("np.equal(np.array([2**63], 'u8'), np.array([2**63 - 1]), signature=(None, None, '?'))", () =>
    np.equal(np.array([2n ** 63n], { dtype: 'uint64' }), np.array([2n ** 63n - 1n]), { signature: [null, null, '?'] }),
  );
  check("np.equal(np.array([2**63], 'u8'), np.array([2**63 - 1]), signature='dd->?')", () =>
    np.equal(np.array([2n ** 63n], { dtype: 'uint64' }), np.array([2n ** 63n - 1n]), { signature: 'dd->?' }),
  );
});

describe('broadcasting, out= and where= with a signature', () => {
  check("np.add(A('int8', (2, 3)), A('float32'), signature='dd->d')", () =>
    np.add(A('int8', [2, 3]), A('float32'), { signature: 'dd->d' }),
  );
  check("np.add(A('int8', (2, 1)), 1.5, signature=(None, None, 'f4'))", () =>
    np.add(A('int8', [2, 1]), 1.5, { signature: [null, null, 'f4'] }),
  );
  check("np.add(A('int8'), A('int64', (2, 3)), signature=('f', 'f', None))", () =>
    np.add(A('int8'), A('int64', [2, 3]), { signature: ['f', 'f', null] }),
  );
  const outCases: [Arg[], unknown, string, string][] = [
    [['int8', 1.5], [null, 'l', null], 'int8', 'same_kind'],
    [['int8', 1.5], [null, 'l', null], 'float64', 'same_kind'],
    [['int8', 1.5], [null, null, 'f8'], 'int8', 'same_kind'],
    [['int8', 1.5], [null, null, 'f8'], 'int8', 'unsafe'],
    [['int8', 'int8'], 'dd->d', 'float32', 'same_kind'],
    [['int8', 'int8'], 'dd->d', 'int16', 'same_kind'],
    [['int8', 'int8'], 'ii->i', 'int64', 'safe'],
  ];
  for (const [args, sig, outDt, casting] of outCases) {
    const kw = `signature=${py(sig)}, casting='${casting}'`;
    check(
      `exec:o = np.zeros(3, dtype='${outDt}'); r = np.add(${args.map(pyArg).join(', ')}, out=o, ${kw}); result = [r is o, o]`,
      () => {
        const o = np.zeros(3, { dtype: outDt });
        const r = np.add(...args.map(jsArg), { out: o, signature: sig, casting });
        return [r === o, o];
      },
    );
  }
  check(
    "exec:o = np.full(3, -1.5); np.add(A('int8'), 1.5, out=o, where=np.array([True, False, True]), signature='ii->i'); result = o",
    () => {
      const o = np.full(3, -1.5);
      np.add(A('int8'), 1.5, { out: o, where: np.array([true, false, true]), signature: 'ii->i' });
      return o;
    },
  );
  check(
    "exec:q = np.zeros(3, 'f4'); r = np.zeros(3, 'f4'); np.divmod(A('float64'), 2, out=(q, r), signature=(None, None, 'f4', 'f4')); result = [q, r]",
    () => {
      const q = np.zeros(3, { dtype: 'float32' });
      const r = np.zeros(3, { dtype: 'float32' });
      np.divmod(A('float64'), 2, { out: [q, r], signature: [null, null, 'f4', 'f4'] });
      return [q, r];
    },
  );
  check("np.add(A('int8')[::-1], A('int8')[::2].repeat(2)[:3], signature='hh->h')", () =>
    np.add(A('int8').get('::-1'), np.repeat(A('int8').get('::2'), 2).get(':3'), { signature: 'hh->h' }),
  );
});

describe('argument errors', () => {
  const bad: unknown[] = [
    'll',
    'f8,f8->f8',
    'float64,float64->float64',
    'dd->',
    'dd->dd',
    'ddd->d',
    ' dd->d',
    'dd=>d',
    '',
    'd',
    'xx->x',
    'aa->a',
    5,
    null,
    [null],
    ['f8'],
    [],
    ['f8', 'f8'],
    ['f8', 'f8', 'f8', 'f8'],
    ['xyz', null, null],
    [5, null, null],
    ['M8[s]', null, null],
    [null, null, 'U3'],
    ['>f8', null, null],
  ];
  for (const sig of bad) call('add', ['int8', 'int8'], { signature: sig });
  call('sqrt', ['int8'], { signature: 'f' });
  call('divmod', ['int8', 'int8'], { signature: 'll->l' });
  call('modf', ['float64'], { signature: ['d', 'd'] });
  call('add', ['int8', 'int8'], { signature: 'dd->d', dtype: 'f8' });
  call('add', ['int8', 'int8'], { signature: [null, null, null], dtype: null });
  call('add', ['int8', 'int8'], { sig: 'dd->d' });
  call('add', ['int8', 'int8'], { sig: 'dd->d', signature: 'dd->d' });
  call('add', ['int8', 'int8'], { sig: 'dd->d', dtype: 'f8' });
  call('add', ['int8', 'int8'], { sig: null });
  call('add', ['float64', 'float64'], { dtype: '>f8' });
  call('add', ['int8', 'int8'], { signature: 'dd->d', casting: 'bad' });
  call('add', ['int8', 'int8'], { signature: 'dd->dd', casting: 'bad' });
  call('add', ['int8', 'int8'], { casting: 'same_value' });
});

describe('dtype= is signature (None, …, T)', () => {
  const cases: [string, Arg[], string][] = [
    ['add', ['int8', 1.5], 'i4'],
    ['add', ['float64', 300], 'i1'],
    ['bitwise_count', ['float64'], 'B'],
    ['absolute', ['complex128'], 'F'],
    ['absolute', ['complex128'], 'f'],
    ['negative', ['float64'], '?'],
    ['negative', ['bool'], '?'],
    ['sign', ['float64'], '?'],
    ['true_divide', ['int64', 'int64'], 'f'],
    ['ldexp', ['float64', 'int64'], 'f'],
    ['less', ['float64', 'int64'], '?'],
    ['bitwise_and', ['bool', 2n ** 70n], '?'],
  ];
  for (const [name, args, dtype] of cases) call(name, args, { dtype });
  call('add', ['int8', 1.5], { dtype: 'i1', casting: 'unsafe' });
  call('add', ['float64', new np.Complex(1, 2)], { dtype: 'f8', casting: 'unsafe' });
});

describe('casting="equiv" and Python scalars, without a signature', () => {
  call('add', ['float32', 1.5], { casting: 'equiv' });
  call('add', ['float64', 1.5], { casting: 'equiv' });
  call('add', ['int8', 1], { casting: 'equiv' });
  call('add', ['int64', 1], { casting: 'equiv' });
  call('add', ['float64', 1], { casting: 'equiv' });
  call('add', ['bool', true], { casting: 'equiv' });
  call('not_equal', ['int8', 3], { casting: 'equiv' });
  // NumPy's linear search lets a Python int fit any integer loop type.
  call('ldexp', ['uint64', 3], {});
  call('ldexp', ['int16', 3], {});
});

describe('ufunc methods', () => {
  check("np.add.outer(A('int8'), A('int8'), signature='dd->d')", () =>
    np.add.outer(A('int8'), A('int8'), { signature: 'dd->d' }),
  );
  check("np.add.outer(A('int8'), A('int8'), signature=(None, None, 'f4'))", () =>
    np.add.outer(A('int8'), A('int8'), { signature: [null, null, 'f4'] }),
  );
  check("np.add.outer(A('int8'), 1.5, signature='ii->i')", () => np.add.outer(A('int8'), 1.5, { signature: 'ii->i' }));
  // reduce, accumulate and reduceat take no signature; at no keywords.
  check("np.add.reduce(A('int8'), signature='dd->d')", () => np.add.reduce(A('int8'), { signature: 'dd->d' }));
  check("np.add.accumulate(A('int8'), signature='dd->d')", () => np.add.accumulate(A('int8'), { signature: 'dd->d' }));
  check("np.add.reduceat(A('int8'), [0, 1], signature='dd->d')", () =>
    np.add.reduceat(A('int8'), [0, 1], { signature: 'dd->d' }),
  );
  check("np.add.at(A('int8'), [0], 1, signature='dd->d')", () => np.add.at(A('int8'), [0], 1, { signature: 'dd->d' }));
});

describe('matmul', () => {
  const m = (dt: string) => `A('${dt}', (3, 3))`;
  const mm = (dt: string) => A(dt, [3, 3]);
  check(`np.matmul(${m('int8')}, ${m('int8')}, signature='dd->d')`, () =>
    np.matmul(mm('int8'), mm('int8'), { signature: 'dd->d' }),
  );
  check(`np.matmul(${m('int8')}, ${m('int8')}, signature=(None, None, 'f'))`, () =>
    np.matmul(mm('int8'), mm('int8'), { signature: [null, null, 'f'] }),
  );
  check(`np.matmul(${m('float64')}, ${m('float64')}, signature='ll->l')`, () =>
    np.matmul(mm('float64'), mm('float64'), { signature: 'll->l' }),
  );
  check(`np.matmul(${m('float64')}, ${m('float64')}, signature='ll->l', casting='unsafe')`, () =>
    np.matmul(mm('float64'), mm('float64'), { signature: 'll->l', casting: 'unsafe' }),
  );
  check(`np.matmul(${m('int8')}, ${m('int8')}, signature='ii->d')`, () =>
    np.matmul(mm('int8'), mm('int8'), { signature: 'ii->d' }),
  );
  check(`np.matmul(${m('int8')}, ${m('int8')}, sig='dd->d')`, () =>
    np.matmul(mm('int8'), mm('int8'), { sig: 'dd->d' }),
  );
  check(`np.matmul(${m('int8')}, ${m('int8')}, signature=('d', None))`, () =>
    np.matmul(mm('int8'), mm('int8'), { signature: ['d', null] }),
  );
});

describe('np.array(x, dtype) of a Python float into an integer type', () => {
  for (const [v, dt] of [
    [-2.5, 'uint64'],
    [1000.5, 'int8'],
    [-0.5, 'uint8'],
    [1e30, 'int64'],
    [127.9, 'int8'],
  ] as const) {
    check(`np.array(${v}, dtype='${dt}')`, () => np.array(v, { dtype: dt }));
  }
  check('np.array(10**400, dtype=float)', () => np.array(10n ** 400n, { dtype: 'float64' }));
});
