// np.clip / ndarray.clip against NumPy: every dtype, scalar and broadcast
// array bounds, NaN bounds and data, lo > hi, out/where/dtype, Python int
// bounds beyond an integer dtype's range, the argument errors, 0-d, empty,
// non-contiguous and negative-stride inputs.
import * as np from '../dist';
import { oracle } from './helpers/oracle';

const DATA: Record<string, string> = {
  bool: '[True, False, True, False]',
  int8: '[-100, -3, 0, 1, 5, 7, 100, 127]',
  int16: '[-300, -3, 0, 1, 5, 7, 300, 32767]',
  int32: '[-70000, -3, 0, 1, 5, 7, 70000, 2]',
  int64: '[-2**40, -3, 0, 1, 5, 7, 2**40, 9]',
  uint8: '[0, 1, 5, 7, 100, 200, 255, 3]',
  uint16: '[0, 1, 5, 7, 100, 60000, 255, 3]',
  uint32: '[0, 1, 5, 7, 100, 4000000000, 255, 3]',
  uint64: '[0, 1, 5, 7, 100, 2**63, 255, 3]',
  float16: "[-3.5, -0.0, 0.0, 1.5, 2.25, 7.0, float('nan'), float('inf'), -float('inf')]",
  float32: "[-3.5, -0.0, 0.0, 1.5, 2.25, 7.0, float('nan'), float('inf'), -float('inf')]",
  float64: "[-3.5, -0.0, 0.0, 1.5, 2.25, 7.0, float('nan'), float('inf'), -float('inf')]",
  complex64: "[1+2j, 1-1j, 3+0j, 2+5j, complex(float('nan'), 1), complex(0, float('nan'))]",
  complex128: "[1+2j, 1-1j, 3+0j, 2+5j, complex(float('nan'), 1), complex(0, float('nan'))]",
};

// The same arrays in JS, built by evaluating the Python list literals.
const setup = Object.entries(DATA)
  .map(([dt, v]) => `${dt} = np.array(${v}, dtype='${dt}')`)
  .join('\n');
const check = oracle(setup);
const pyList = (src: string): unknown[] =>
  Function(
    'np',
    'nan',
    'inf',
    `return ${src
      .replace(/True/g, 'true')
      .replace(/False/g, 'false')
      .replace(/complex\(([^,]+), ([^)]+)\)/g, 'new np.Complex($1, $2)')
      .replace(/(-?\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)j/g, 'new np.Complex($1, $2)')
      .replace(/2\*\*(\d+)/g, '(2n**$1n)')
      .replace(/float\('nan'\)/g, 'NaN')
      .replace(/float\('inf'\)/g, 'Infinity')}`,
  )(np, Number.NaN, Number.POSITIVE_INFINITY) as unknown[];
const arr = (dt: string): np.NDArray => np.array(pyList(DATA[dt]) as never, { dtype: dt });
const W = { warnings: true };

describe('every dtype, scalar bounds', () => {
  for (const dt of Object.keys(DATA)) {
    check(`np.clip(${dt}, 1, 5)`, () => np.clip(arr(dt), 1, 5), W);
    check(`np.clip(${dt}, 5, 1)`, () => np.clip(arr(dt), 5, 1));
    check(`${dt}.clip(max=3)`, () => arr(dt).clip({ max: 3 }));
    check(`${dt}.clip(0)`, () => arr(dt).clip(0));
    check(`np.clip(${dt}, ${dt}[1], ${dt}[3])`, () => np.clip(arr(dt), arr(dt).get(1), arr(dt).get(3)), W);
  }
  check('np.clip(float64, 0.5, 2.5)', () => np.clip(arr('float64'), 0.5, 2.5));
  check('np.clip(float32, 0.5, 2.5)', () => np.clip(arr('float32'), 0.5, 2.5));
  check('np.clip(int64, 0.5, 2.5)', () => np.clip(arr('int64'), 0.5, 2.5));
  check('np.clip(int8, 0.5, 2.5)', () => np.clip(arr('int8'), 0.5, 2.5));
  check('np.clip(complex128, 1+1j, 2+0j)', () =>
    np.clip(arr('complex128'), new np.Complex(1, 1), new np.Complex(2, 0)),
  );
});

describe('NaN bounds and signed zeros', () => {
  check("np.clip(float64, float('nan'), 5.5)", () => np.clip(arr('float64'), Number.NaN, 5.5), W);
  check("np.clip(float64, -1.5, float('nan'))", () => np.clip(arr('float64'), -1.5, Number.NaN), W);
  check('np.clip(float64, 0.0, 1.5)', () => np.clip(arr('float64'), 0.5 - 0.5, 1.5));
  check('np.clip(float64, -0.0, 1.5)', () => np.clip(arr('float64'), -0, 1.5));
  check('np.clip(float32, -0.0, -0.0)', () => np.clip(arr('float32'), -0, -0));
  check(
    "np.clip(np.tile(float64, 40000), float('nan'), 1.5)",
    () => np.clip(np.tile(arr('float64'), 40000), Number.NaN, 1.5),
    W,
  );
  check('np.clip(np.tile(float32, 40000), -1.5, 1.5)', () => np.clip(np.tile(arr('float32'), 40000), -1.5, 1.5), W);
});

describe('array bounds broadcast', () => {
  const a = (): np.NDArray => np.arange(12).reshape(3, 4);
  check('np.clip(np.arange(12).reshape(3, 4), np.array([[1], [5], [9]]), np.array([3, 6, 9, 12]))', () =>
    np.clip(a(), np.array([[1], [5], [9]]), np.array([3, 6, 9, 12])),
  );
  check('np.clip(np.arange(12).reshape(3, 4), [0, 2, 4, 6], 8)', () => np.clip(a(), [0, 2, 4, 6], 8));
  check("np.clip(np.arange(12).reshape(3, 4), np.array([2.5], dtype='float32'), 7)", () =>
    np.clip(a(), np.array([2.5], { dtype: 'float32' }), 7),
  );
  check('np.clip(np.arange(4), np.zeros((2, 1)), 2)', () => np.clip(np.arange(4), np.zeros([2, 1]), 2));
  check('np.clip(np.arange(4), [1, 2, 3], 2)', () => np.clip(np.arange(4), [1, 2, 3], 2));
});

describe('views, 0-d and empty', () => {
  check('np.clip(float64[::-2], -1, 1.5)', () => np.clip(arr('float64').get('::-2'), -1, 1.5));
  check('np.clip(np.arange(12).reshape(3, 4).T, 2, 8)', () => np.clip(np.arange(12).reshape(3, 4).T, 2, 8));
  check('np.clip(np.arange(24).reshape(4, 6)[::2, ::-3], 3, 20)', () =>
    np.clip(np.arange(24).reshape(4, 6).get('::2', '::-3'), 3, 20),
  );
  check('np.clip(np.array(5), 1, 3)', () => np.clip(np.array(5), 1, 3));
  check('np.clip(5, 1, 3)', () => np.clip(5, 1, 3));
  check('np.clip(2.5, 1, 3)', () => np.clip(2.5, 1, 3));
  check('np.clip([1, 5, 9], 2, 6)', () => np.clip([1, 5, 9], 2, 6));
  check('np.clip(np.zeros((0, 3)), 0, 1)', () => np.clip(np.zeros([0, 3]), 0, 1));
  check('np.clip(np.zeros((0, 3)), np.zeros((2, 1, 1)), 1)', () => np.clip(np.zeros([0, 3]), np.zeros([2, 1, 1]), 1));
});

describe('Python int bounds beyond the dtype drop out (NEP 50)', () => {
  check('np.clip(int8, -1000, 1000)', () => np.clip(arr('int8'), -1000, 1000));
  check('np.clip(int8, -1000, 5)', () => np.clip(arr('int8'), -1000, 5));
  check('np.clip(int8, 2, 1000)', () => np.clip(arr('int8'), 2, 1000));
  check('np.clip(uint8, -5, 300)', () => np.clip(arr('uint8'), -5, 300));
  check('np.clip(uint8, -5, 100)', () => np.clip(arr('uint8'), -5, 100));
  check('np.clip(int8, -128, 127)', () => np.clip(arr('int8'), -128, 127));
  check('np.clip(int8, 200, 300)', () => np.clip(arr('int8'), 200, 300));
  check('np.clip(uint64, 2**64, 5)', () => np.clip(arr('uint64'), 2n ** 64n, 5));
  check('np.clip(int8, 1.5, 1000)', () => np.clip(arr('int8'), 1.5, 1000));
});

describe('options', () => {
  check('exec:\nresult = int64.copy()\nnp.clip(result, 0, 6, out=result)', () => {
    const r = arr('int64').copy();
    np.clip(r, 0, 6, { out: r });
    return r;
  });
  check("exec:\nresult = np.zeros(9, dtype='float32')\nnp.clip(float64, 0, 6, out=result, casting='unsafe')", () => {
    const r = np.zeros(9, { dtype: 'float32' });
    np.clip(arr('float64'), 0, 6, { out: r, casting: 'unsafe' });
    return r;
  });
  check("np.clip(float64, 0, 6, out=np.zeros(9, dtype='int64'))", () =>
    np.clip(arr('float64'), 0, 6, { out: np.zeros(9, { dtype: 'int64' }) }),
  );
  check('np.clip(int64, 1, 5, out=np.zeros(8, dtype=np.int64)) is not None', () => {
    const o = np.zeros(8, { dtype: 'int64' });
    return np.clip(arr('int64'), 1, 5, { out: o }) === o;
  });
  check("np.clip(int64, 1, 5, dtype='float32')", () => np.clip(arr('int64'), 1, 5, { dtype: 'float32' }));
  check('exec:\nresult = np.full(8, -9)\nnp.clip(int64, 1, 5, out=result, where=int64 > 0)', () => {
    const r = np.full(8, -9);
    np.clip(arr('int64'), 1, 5, { out: r, where: arr('int64').greater(0) });
    return r;
  });
  check("np.clip(int64, 1, 5, casting='no')", () => np.clip(arr('int64'), 1, 5, { casting: 'no' }));
  check("np.clip(int64, True, 5, casting='no')", () => np.clip(arr('int64'), true, 5, { casting: 'no' }));
  check("np.clip(float32, 1j, 5, dtype='float32')", () =>
    np.clip(arr('float32'), new np.Complex(0, 1), 5, { dtype: 'float32' }),
  );
  check("np.clip(int32, 1.5, 5, casting='same_kind', dtype='int32')", () =>
    np.clip(arr('int32'), 1.5, 5, { casting: 'same_kind', dtype: 'int32' }),
  );
});

describe('argument handling', () => {
  check('np.clip(int64)', () => np.clip(arr('int64')));
  check('np.clip(int64, None, None)', () => np.clip(arr('int64'), null, null));
  check('np.clip(int64, min=2)', () => np.clip(arr('int64'), { min: 2 }));
  check('np.clip(int64, max=2)', () => np.clip(arr('int64'), { max: 2 }));
  check('np.clip(int64, a_max=4, a_min=2)', () => np.clip(arr('int64'), { a_max: 4, a_min: 2 }));
  check('np.clip(int64, 1)', () => np.clip(arr('int64'), 1));
  check('np.clip(int64, a_max=1)', () => np.clip(arr('int64'), { a_max: 1 }));
  check('np.clip(int64, 1, 2, min=0)', () => np.clip(arr('int64'), 1, 2, { min: 0 }));
  check('np.clip(int64, 1, 2, bogus=0)', () => np.clip(arr('int64'), 1, 2, { bogus: 0 }));
  check('int64.clip(1, 2, None, 4)', () => arr('int64').clip(1, 2, null, 4));
});
