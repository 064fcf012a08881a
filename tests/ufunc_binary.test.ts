// Binary ufuncs beyond arithmetic against NumPy: every ufunc for every
// same-dtype pair, every mixed dtype pair for representative ufuncs (loop
// selection and promotion), and NumPy's errors for unsupported dtypes.
import * as np from '../dist';
import { ALL_DTYPES } from './helpers/dtypes';
import { oracle } from './helpers/oracle';

const check = oracle();
const DTYPES: readonly string[] = ALL_DTYPES;
const UFUNCS = [
  'floor_divide',
  'remainder',
  'fmod',
  'divmod',
  'power',
  'float_power',
  'equal',
  'not_equal',
  'less',
  'less_equal',
  'greater',
  'greater_equal',
  'maximum',
  'minimum',
  'fmax',
  'fmin',
  'logical_and',
  'logical_or',
  'logical_xor',
  'bitwise_and',
  'bitwise_or',
  'bitwise_xor',
  'left_shift',
  'right_shift',
  'arctan2',
  'hypot',
  'copysign',
  'nextafter',
  'ldexp',
  'heaviside',
  'gcd',
  'lcm',
  'logaddexp',
  'logaddexp2',
  'matmul',
] as const;
type Name = (typeof UFUNCS)[number];
const uf = (name: Name): np.Ufunc => np[name] as np.Ufunc;

/**
 * Functions NumPy computes with libm or SIMD (SVML) routines that may differ
 * from the platform libm rumpy uses by an ULP or so; compared with a few ULP
 * of the result type (float16 1e-3, float32 1e-6, float64 2e-15).
 */
const LIBM = new Set<Name>(['power', 'float_power', 'arctan2', 'hypot', 'logaddexp', 'logaddexp2', 'matmul']);

function rtolFor(name: Name, da: string, db: string): number {
  if (!LIBM.has(name)) return 0;
  if (name === 'float_power') return 2e-15;
  const rt = np.result_type(da, db) as np.DType;
  const size = rt.kind === 'c' ? rt.itemsize / 2 : rt.itemsize;
  return size <= 2 ? 1e-3 : size === 4 ? 1e-6 : 2e-15;
}

// Non-negative values that fit every dtype; B has no zeros (zero divisors are tested separately).
const A = [0, 1, 2, 3, 5, 7, 100, 127];
const B = [1, 2, 3, 4, 9, 11, 3, 2];

describe('every ufunc, same-dtype operands', () => {
  for (const name of UFUNCS) {
    for (const dt of DTYPES) {
      const py =
        name === 'matmul'
          ? `np.matmul(np.array(${JSON.stringify(A)}, dtype='${dt}').reshape(2, 4), np.array(${JSON.stringify(B)}, dtype='${dt}').reshape(4, 2))`
          : `np.${name}(np.array(${JSON.stringify(A)}, dtype='${dt}'), np.array(${JSON.stringify(B)}, dtype='${dt}'))`;
      check(
        py,
        () => {
          const a = np.array(A, { dtype: dt });
          const b = np.array(B, { dtype: dt });
          if (name === 'matmul') return np.matmul(a.reshape(2, 4), b.reshape(4, 2));
          return uf(name)(a, b);
        },
        { rtol: rtolFor(name, dt, dt) },
      );
    }
  }
});

// Ufuncs whose loop choice depends on the pair (promotion, mixed int/uint64,
// non-homogeneous ldexp loops, integer-only and float-only sets).
const MIXED: Name[] = ['floor_divide', 'power', 'equal', 'less', 'maximum', 'bitwise_or', 'arctan2', 'ldexp', 'gcd'];

describe('mixed dtype pairs', () => {
  for (const name of MIXED) {
    for (const da of DTYPES) {
      for (const db of DTYPES) {
        if (da === db) continue;
        check(
          `np.${name}(np.array(${JSON.stringify(A)}, dtype='${da}'), np.array(${JSON.stringify(B)}, dtype='${db}'))`,
          () => uf(name)(np.array(A, { dtype: da }), np.array(B, { dtype: db })),
          { rtol: rtolFor(name, da, db) },
        );
      }
    }
  }
});

describe('ufunc attributes', () => {
  for (const name of UFUNCS) {
    check(`[np.${name}.nin, np.${name}.nout, np.${name}.nargs]`, () => {
      const u = uf(name);
      return [u.nin, u.nout, u.nargs];
    });
    // rumpy's engine reports a missing identity as null (NumPy's None).
    check(`np.${name}.identity is None or np.${name}.identity`, () => uf(name).identity ?? true, {
      name: `${name}.identity`,
    });
    check(
      `[t for t in np.${name}.types if not set(t) & set('qQgGOMmT') or t in ('qQ->?', 'Qq->?')]`,
      () => uf(name).types.map((t) => (t === 'lL->?' ? 'qQ->?' : t === 'Ll->?' ? 'Qq->?' : t)),
      { name: `${name}.types` },
    );
  }
});
