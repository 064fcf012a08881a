// Seeded complex ufunc calls on short arrays against NumPy: lengths 1-9
// (vector bodies and their tails), contiguous, reversed and stepped views,
// and values from the special pool (±0, ±inf, NaN, extremes), comparing
// values, warnings and errors. The compiler packs a complex's two parts
// into vector lanes whose other operations can raise flags NumPy's loops
// do not (kernels/complex_product.rs); complex64 `multiply`/`square` round
// or fuse their products by layout as NumPy's loops do.
import * as np from '../dist';
import { FUZZ_SEED, type Layout, arrayOperand, rng } from './helpers/fuzz';
import { oracle } from './helpers/oracle';

const check = oracle();
const r = rng(FUZZ_SEED + 77);
const { rand, pick } = r;
const BINARY = [
  'add',
  'subtract',
  'multiply',
  'divide',
  'equal',
  'not_equal',
  'less',
  'maximum',
  'fmin',
  'logical_and',
];
const UNARY = [
  'negative',
  'absolute',
  'sign',
  'reciprocal',
  'square',
  'sqrt',
  'conjugate',
  'isnan',
  'isfinite',
  'rint',
];
const LAYOUTS: Layout[] = ['contiguous', 'reversed', 'stepped'];
type Fn = (...args: unknown[]) => unknown;
const ufunc = (name: string) => (np as unknown as Record<string, Fn>)[name];

describe('complex ufuncs on short arrays and views', () => {
  for (let i = 0; i < 900; i++) {
    const dt = pick(['complex64', 'complex128']);
    const n = 1 + Math.floor(rand() * 9);
    const binary = rand() < 0.6;
    const name = binary ? pick(BINARY) : pick(UNARY);
    const x = arrayOperand(r, dt, [n], pick(LAYOUTS));
    const y = arrayOperand(r, rand() < 0.8 ? dt : 'float64', rand() < 0.2 ? [] : [n], pick(LAYOUTS));
    const expr = binary ? `np.${name}(${x.py}, ${y.py})` : `np.${name}(${x.py})`;
    check(expr, () => (binary ? ufunc(name)(x.js(), y.js()) : ufunc(name)(x.js())), {
      rtol: 1e-5,
      zeroSign: false,
      warnings: 'each',
    });
  }
});

describe('complex64 products of rows with a reversed inner axis', () => {
  // NumPy buffers (copies) such an input when the call has several rows of
  // at most 4096 elements, so its loop fuses the products; a 1-d call or
  // longer rows reach the loop reversed, which rounds every product.
  const z = 'complex(-1e30, float("inf"))';
  for (const cols of [4, 4096, 4097]) {
    for (const rows of [1, 2]) {
      const py = `(lambda z: (z.__setitem__((0, 0), ${z}), z)[1])(np.ones((${rows}, ${cols}), dtype='complex64')[:, ::-1])`;
      const js = () => {
        const a = np.ones([rows, cols], { dtype: 'complex64' }).get(':', '::-1');
        a.set(0, 0, new np.Complex(-1e30, Number.POSITIVE_INFINITY));
        return a;
      };
      check(`np.square(${py})[0, :3]`, () => (np.square(js()) as np.NDArray).get(0, ':3'), {
        name: `square of (${rows}, ${cols})[:, ::-1]`,
        warnings: 'each',
      });
      check(
        `np.multiply(${py}, np.complex64(1e30 + 1j))[0, :3]`,
        () => (np.multiply(js(), new np.Complex(1e30, 1), { dtype: 'complex64' }) as np.NDArray).get(0, ':3'),
        { name: `multiply of (${rows}, ${cols})[:, ::-1]`, warnings: 'each' },
      );
    }
  }
});
