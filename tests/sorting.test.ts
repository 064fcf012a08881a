// sort / argsort / lexsort / partition / argpartition / searchsorted /
// sort_complex / count_nonzero against NumPy.
import * as np from '../dist';
import { oracle } from './helpers/oracle';
import { py, randInts } from './helpers/pydata';

const NAN = Number.NaN;
const INF = Number.POSITIVE_INFINITY;
/** Floats with NaN, ±inf and both zeros. */
const SPECIAL = [3.5, NAN, -1, INF, -0, 0, -INF, 2, NAN, -0, 1e-300, 3.5, 0, -2.25];
/** Integers with duplicates, small enough for every integer dtype after wrapping. */
const INTS = [5, -3, 7, 0, 5, 12, -3, 100, 1, 0, -128, 127];
/** Long lanes (radix paths): duplicates, and NaNs among the floats. */
const BIG_INTS = randInts(3000, -1000, 1000, 7);
const BIG_FLOATS = randInts(3000, -500, 500, 11).map((v, i) => (i % 97 === 0 ? NAN : v / 4));
const Z = (re: number, im: number) => new np.Complex(re, im);
const CPLX = [Z(1, 2), Z(1, NAN), Z(NAN, 0), Z(0, -1), Z(1, 1), Z(NAN, NAN), Z(-1, 5), Z(2, NAN), Z(NAN, -3), Z(1, 2)];

const check = oracle(`
SPECIAL = np.array(${py(SPECIAL)})
INTS = np.array(${py(INTS)})
BIG_INTS = np.array(${py(BIG_INTS)})
BIG_FLOATS = np.array(${py(BIG_FLOATS)})
CPLX = np.array(${py(CPLX)})
M = (np.arange(24) % 5).reshape(2, 3, 4)[:, ::-1, ::2]
`);

const INT_DTYPES = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64'];
const FLOAT_DTYPES = ['float16', 'float32', 'float64'];
const special = () => np.array(SPECIAL);
const ints = (dt: string) => np.array(INTS).astype(dt);
const M = () =>
  np
    .array([...Array(24).keys()].map((v) => v % 5))
    .reshape(2, 3, 4)
    .get(':', '::-1', '::2');

describe('sort: every dtype, NaN/inf/-0.0 placement (stable)', () => {
  for (const dt of INT_DTYPES) {
    check(`np.sort(INTS.astype('${dt}'))`, () => np.sort(ints(dt)));
    check(`np.sort(BIG_INTS.astype('${dt}'), kind='stable')`, () =>
      np.sort(np.array(BIG_INTS).astype(dt), { kind: 'stable' }),
    );
  }
  for (const dt of FLOAT_DTYPES) {
    // -0.0 and 0.0 are equal: only a stable sort fixes their order.
    check(`np.sort(SPECIAL.astype('${dt}'), kind='stable')`, () => np.sort(special().astype(dt), { kind: 'stable' }));
    check(`np.sort(BIG_FLOATS.astype('${dt}'), stable=True)`, () =>
      np.sort(np.array(BIG_FLOATS).astype(dt), { stable: true }),
    );
  }
  check('np.sort(np.array([True, False, True, False]))', () => np.sort(np.array([true, false, true, false])));
  check('np.sort(np.array(BIG_INTS) % 2 == 0)', () => np.sort(np.array(BIG_INTS.map((v) => v % 2 === 0))));
  for (const dt of ['complex64', 'complex128']) {
    check(`np.sort(CPLX.astype('${dt}'))`, () => np.sort(np.array(CPLX).astype(dt)));
  }
  check('np.sort(SPECIAL.astype(complex), kind="stable")', () =>
    np.sort(special().astype('complex128'), { kind: 'stable' }),
  );
});

describe('sort: axes, layouts, kinds', () => {
  for (const axis of [-1, 0, 1, 2, null]) {
    check(`np.sort(M, axis=${axis ?? 'None'})`, () => np.sort(M(), axis));
    check(`np.argsort(M, axis=${axis ?? 'None'}, kind='stable')`, () => np.argsort(M(), axis, 'stable'));
  }
  check('np.sort(SPECIAL[::-1], kind="mergesort")', () => np.sort(special().get('::-1'), { kind: 'mergesort' }));
  check('np.sort(SPECIAL[1::3])', () => np.sort(special().get('1::3')));
  for (const kind of ['quicksort', 'heapsort', 'mergesort', 'stable', 'q', 'S']) {
    check(`np.sort(INTS, kind='${kind}')`, () => np.sort(np.array(INTS), { kind }));
  }
  check('np.sort(np.zeros((3, 0)))', () => np.sort(np.zeros([3, 0])));
  check('np.sort(np.zeros((0, 3)), axis=0)', () => np.sort(np.zeros([0, 3]), 0));
  check('np.sort(np.array(5), axis=None)', () => np.sort(np.array(5), null));
  check('np.sort(BIG_FLOATS.reshape(30, 100).T, axis=0, kind="stable")', () =>
    np.sort(np.array(BIG_FLOATS).reshape(30, 100).T, 0, 'stable'),
  );
  check('np.sort(BIG_INTS.reshape(3, 1000), axis=1)', () => np.sort(np.array(BIG_INTS).reshape(3, 1000), 1));
});

describe('a.sort() sorts in place, also through views', () => {
  check('exec:a = M.copy(); a.sort(axis=1); result = a', () => {
    const a = M().copy();
    expect(a.sort(1)).toBeUndefined();
    return a;
  });
  check('exec:a = np.arange(10); a[::-2].sort(); result = a', () => {
    const a = np.arange(10);
    a.get('::-2').sort();
    return a;
  });
  check('exec:a = SPECIAL.copy(); a.sort(kind="stable"); result = a', () => {
    const a = special();
    a.sort({ kind: 'stable' });
    return a;
  });
});

describe('argsort: stability with duplicates, NaN, strided', () => {
  for (const dt of [...INT_DTYPES, ...FLOAT_DTYPES, 'bool']) {
    check(`np.argsort(BIG_INTS.astype('${dt}'), kind='stable')`, () =>
      np.argsort(np.array(BIG_INTS).astype(dt), { kind: 'stable' }),
    );
    check(`np.argsort(INTS.astype('${dt}'), stable=True)`, () => np.argsort(ints(dt), { stable: true }));
  }
  check("np.argsort(SPECIAL, kind='stable')", () => np.argsort(special(), { kind: 'stable' }));
  check("np.argsort(BIG_FLOATS, kind='stable')", () => np.argsort(np.array(BIG_FLOATS), { kind: 'stable' }));
  check("np.argsort(CPLX, kind='stable')", () => np.argsort(np.array(CPLX), { kind: 'stable' }));
  check("np.argsort(BIG_INTS[::-3], kind='stable')", () =>
    np.argsort(np.array(BIG_INTS).get('::-3'), { kind: 'stable' }),
  );
  // Default kind on distinct values (NumPy's order of equal keys is unspecified there).
  check('np.argsort(np.arange(20)[::-1] * 7 % 20)', () =>
    np.argsort(np.array([...Array(20).keys()].reverse().map((v) => (v * 7) % 20))),
  );
  check('M.argsort(axis=0, kind="stable")', () => M().argsort(0, 'stable'));
  check('M.argsort(axis=None, kind="stable")', () => M().argsort(null, 'stable'));
  check('np.argsort(np.array(5))', () => np.argsort(np.array(5)));
  check('np.argsort(np.zeros((2, 0)))', () => np.argsort(np.zeros([2, 0])));
});

describe('lexsort and sort_complex', () => {
  check('np.lexsort(([1, 5, 1, 4, 3, 4, 4], [9, 4, 0, 4, 0, 2, 1]))', () =>
    np.lexsort([
      [1, 5, 1, 4, 3, 4, 4],
      [9, 4, 0, 4, 0, 2, 1],
    ]),
  );
  check('np.lexsort((np.array([0.5, 0.25, 0.5, float("nan")]), np.array([1, 1, 0, 1])))', () =>
    np.lexsort([np.array([0.5, 0.25, 0.5, NAN]), np.array([1, 1, 0, 1])]),
  );
  check('np.lexsort(np.array([[3, 1, 2], [1, 1, 0]]))', () =>
    np.lexsort(
      np.array([
        [3, 1, 2],
        [1, 1, 0],
      ]),
    ),
  );
  check('np.lexsort((M, M[::-1]), axis=0)', () => np.lexsort([M(), M().get('::-1')], 0));
  check('np.lexsort((np.fmod(BIG_INTS, 7), np.fmod(BIG_INTS, 3)))', () =>
    np.lexsort([np.array(BIG_INTS.map((v) => v % 7)), np.array(BIG_INTS.map((v) => v % 3))]),
  );
  for (const dt of ['int8', 'uint16', 'int64', 'float32', 'float64', 'bool', 'complex64']) {
    check(`np.sort_complex(INTS.astype('${dt}'))`, () => np.sort_complex(ints(dt)));
  }
  check('np.sort_complex(CPLX)', () => np.sort_complex(np.array(CPLX)));
});

/** Checks NumPy's partition property of 1-d `p` around `k` (NaN largest). */
function partitioned(p: unknown[], k: number): boolean {
  const lt = (a: number, b: number) => a < b || (Number.isNaN(b) && !Number.isNaN(a));
  const pk = p[k] as number;
  return p.every((x, i) => (i < k ? !lt(pk, x as number) : i > k ? !lt(x as number, pk) : true));
}

describe('partition / argpartition: k-th element and partition property', () => {
  // NumPy's order inside the two sides is an implementation detail: compare
  // the k-th element, the multiset, and check the property directly.
  const datasets: [string, () => np.NDArray][] = [
    ['SPECIAL', special],
    ['BIG_FLOATS', () => np.array(BIG_FLOATS)],
    ['BIG_INTS.astype("int16")', () => np.array(BIG_INTS).astype('int16')],
    ['INTS.astype("uint8")', () => ints('uint8')],
    ['SPECIAL.astype("float16")', () => special().astype('float16')],
  ];
  for (const [name, make] of datasets) {
    // k avoids SPECIAL's zeros, where -0.0 and 0.0 tie (either may land at k).
    for (const k of [0, 2, 8, -1]) {
      check(`np.partition(${name}, ${k})[${k}]`, () => np.partition(make(), k).item(k));
      check(`${name}[np.argpartition(${name}, ${k})[${k}]]`, () => {
        const a = make();
        const idx = np.argpartition(a, k).item(k) as number;
        return a.item(idx);
      });
      test(`partition property: ${name}, kth=${k}`, () => {
        const a = make();
        const n = a.size;
        const kk = k < 0 ? k + n : k;
        expect(partitioned(np.partition(a, k).astype('float64').tolist() as number[], kk)).toBe(true);
        const ap = np.argpartition(a, k).tolist() as number[];
        const vals = a.astype('float64').tolist() as number[];
        expect(
          partitioned(
            ap.map((i) => vals[i]),
            kk,
          ),
        ).toBe(true);
        expect([...ap].sort((x, y) => x - y)).toEqual([...Array(n).keys()]);
      });
    }
    check(`np.sort(np.partition(${name}, [1, 5, 2]), kind='stable')`, () =>
      np.sort(np.partition(make(), [1, 5, 2]), { kind: 'stable' }),
    );
  }
  check('np.partition(M, 1, axis=1)[:, 1]', () => np.partition(M(), 1, 1).get(':', 1));
  check('np.partition(M, 2, axis=None)[2]', () => np.partition(M(), 2, null).item(2));
  check('np.partition(M, 1, axis=0)[1]', () => np.partition(M(), 1, 0).get(1));
  check('np.partition(np.zeros(0), 0)', () => np.partition(np.zeros(0), 0));
  check('np.partition(INTS, [])', () => np.partition(np.array(INTS), []));
  check('exec:a = np.arange(10)[::-1].copy(); a.partition(4); result = a[4]', () => {
    const a = np.arange(10).get('::-1').copy();
    expect(a.partition(4)).toBeUndefined();
    return a.item(4);
  });
  check('np.arange(10)[::-1].argpartition(3)[3]', () => np.arange(10).get('::-1').argpartition(3).item(3));
});

/** Long lanes (the vectorised selection samples lanes of 16384 or more). */
const LONG_N = 100000;
/** Floats with duplicates, NaNs and both zeros. */
const LONG_F = randInts(LONG_N, -5000, 5000, 3).map((v, i) =>
  i % 101 === 0 ? NAN : i % 89 === 0 ? -0 : i % 83 === 0 ? 0 : v / 8,
);
/** Integers with many duplicates. */
const LONG_I = randInts(LONG_N, -1000, 1000, 5);

/** The bytes of a C-contiguous array. */
function bytesOf(a: np.NDArray): Buffer {
  const d = a.data as ArrayBufferView;
  return Buffer.from(d.buffer, d.byteOffset, a.nbytes);
}

describe('partition: long lanes (vectorised selection), every key type', () => {
  const checkLong = oracle(`
LONG_F = np.array(${py(LONG_F)})
LONG_I = np.array(${py(LONG_I)})
`);
  const sources: [string, () => np.NDArray][] = [
    ['LONG_F', () => np.array(LONG_F)],
    ['LONG_I', () => np.array(LONG_I)],
    ['np.arange(100000)', () => np.arange(LONG_N)],
    ['np.arange(100000)[::-1]', () => np.arange(LONG_N).get('::-1')],
    ['np.ones(100000)', () => np.ones(LONG_N)],
  ];
  for (const [name, make] of sources) {
    for (const dt of ['float64', 'float32', 'int64', 'int32']) {
      if (name === 'LONG_F' && dt.startsWith('int')) continue;
      const x = `${name}.astype('${dt}')`;
      const a = () => make().astype(dt);
      for (const k of [0, 1, 12345, 50000, 99998, -1, -3]) {
        checkLong(`np.partition(${x}, ${k})[${k}]`, () => np.partition(a(), k).item(k), { zeroSign: false });
      }
      test(`partition property and elements: ${x}`, () => {
        // The multiset: rumpy's sort (checked against NumPy above; it puts
        // -0.0 before 0.0) gives the same bytes for the partitioned array
        // as for the source.
        const src = a();
        const before = Buffer.from(bytesOf(src));
        const sorted = bytesOf(np.sort(src));
        for (const k of [0, 777, 50000, LONG_N - 1]) {
          const p = np.partition(src, k);
          expect(partitioned(p.astype('float64').tolist() as number[], k)).toBe(true);
          expect(bytesOf(np.sort(p)).equals(sorted)).toBe(true);
        }
        // In place, and the source of np.partition untouched.
        expect(bytesOf(src).equals(before)).toBe(true);
        const c = src.copy();
        c.partition(-2);
        expect(partitioned(c.astype('float64').tolist() as number[], LONG_N - 2)).toBe(true);
      });
    }
  }
  // Many lanes, along either axis (contiguous and strided lanes).
  checkLong("np.partition(LONG_F.reshape(4, 25000).astype('float32'), 20000, axis=1)[:, 20000]", () =>
    np.partition(np.array(LONG_F).reshape(4, 25000).astype('float32'), 20000, 1).get(':', 20000),
  );
  checkLong('np.partition(LONG_I.reshape(20000, 5), 19999, axis=0)[19999]', () =>
    np.partition(np.array(LONG_I).reshape(20000, 5), 19999, 0).get(19999),
  );
  checkLong("np.sort(np.partition(LONG_I.astype('int32'), [100, 60000]))", () =>
    np.sort(np.partition(np.array(LONG_I).astype('int32'), [100, 60000])),
  );
});

describe('searchsorted', () => {
  const sorted = () => np.sort(np.array(BIG_FLOATS));
  check('np.searchsorted(np.sort(BIG_FLOATS), BIG_FLOATS[:50])', () =>
    np.searchsorted(sorted(), np.array(BIG_FLOATS).get(':50')),
  );
  check("np.searchsorted(np.sort(BIG_FLOATS), BIG_FLOATS[:50], side='right')", () =>
    np.searchsorted(sorted(), np.array(BIG_FLOATS).get(':50'), 'right'),
  );
  check("np.searchsorted(np.sort(SPECIAL), SPECIAL, side='left')", () =>
    np.searchsorted(np.sort(special()), special(), 'left'),
  );
  check("np.searchsorted(np.sort(SPECIAL), SPECIAL, side='right')", () =>
    np.searchsorted(np.sort(special()), special(), { side: 'right' }),
  );
  check('np.searchsorted([1, 2, 3], 2.5)', () => np.searchsorted([1, 2, 3], 2.5));
  check('np.searchsorted([1, 2, 2, 3], [[2, 0], [5, 2]])', () =>
    np.searchsorted(
      [1, 2, 2, 3],
      [
        [2, 0],
        [5, 2],
      ],
    ),
  );
  check("np.searchsorted(np.array([1, 2, 3], dtype='uint8'), 300)", () =>
    np.searchsorted(np.array([1, 2, 3], { dtype: 'uint8' }), 300),
  );
  check('np.searchsorted(INTS, [0, 5, 7], sorter=np.argsort(INTS, kind="stable"))', () =>
    np.searchsorted(np.array(INTS), [0, 5, 7], { sorter: np.argsort(np.array(INTS), { kind: 'stable' }) }),
  );
  check("np.searchsorted(INTS, 5, 'right', np.argsort(INTS, kind='stable'))", () =>
    np.searchsorted(np.array(INTS), 5, 'right', np.argsort(np.array(INTS), { kind: 'stable' })),
  );
  check('np.searchsorted(np.arange(10)[::-1][::-1], 4)', () =>
    np.searchsorted(np.arange(10).get('::-1').get('::-1'), 4),
  );
  check('np.searchsorted(np.sort(CPLX), CPLX)', () => np.searchsorted(np.sort(np.array(CPLX)), np.array(CPLX)));
  check('np.searchsorted([], [1, 2])', () => np.searchsorted([], [1, 2]));
  check('np.arange(5).searchsorted([2, 9])', () => np.arange(5).searchsorted([2, 9]));
});

describe('count_nonzero', () => {
  for (const dt of [...INT_DTYPES, ...FLOAT_DTYPES, 'bool', 'complex128']) {
    check(`np.count_nonzero(M.astype('${dt}'))`, () => np.count_nonzero(M().astype(dt)));
  }
  check('np.count_nonzero(M, axis=0)', () => np.count_nonzero(M(), 0));
  check('np.count_nonzero(M, axis=-1)', () => np.count_nonzero(M(), -1));
  check('np.count_nonzero(M, axis=(0, 2))', () => np.count_nonzero(M(), [0, 2]));
  check('np.count_nonzero(M, axis=(0, 1, 2))', () => np.count_nonzero(M(), [0, 1, 2]));
  check('np.count_nonzero(M, axis=1, keepdims=True)', () => np.count_nonzero(M(), 1, { keepdims: true }));
  check('np.count_nonzero(M, keepdims=True)', () => np.count_nonzero(M(), { keepdims: true }));
  check('np.count_nonzero(SPECIAL)', () => np.count_nonzero(special()));
  check('np.count_nonzero(CPLX[::-2])', () => np.count_nonzero(np.array(CPLX).get('::-2')));
  check('np.count_nonzero(5)', () => np.count_nonzero(5));
  check('np.count_nonzero(np.array(0), axis=0)', () => np.count_nonzero(np.array(0), 0));
  check('np.count_nonzero(np.zeros((0, 3)), axis=0)', () => np.count_nonzero(np.zeros([0, 3]), 0));
});

describe('errors', () => {
  const a = () => np.arange(6).reshape(2, 3);
  check("np.sort(np.arange(6).reshape(2, 3), kind='foo')", () => np.sort(a(), { kind: 'foo' }));
  check("np.sort(np.arange(6).reshape(2, 3), kind='')", () => np.sort(a(), { kind: '' }));
  check('np.sort(np.arange(6).reshape(2, 3), kind=3)', () => np.sort(a(), { kind: 3 }));
  check('np.sort(np.arange(6).reshape(2, 3), axis=2)', () => np.sort(a(), 2));
  check("np.sort(np.arange(6).reshape(2, 3), order='x')", () => np.sort(a(), { order: 'x' }));
  check("np.sort(np.arange(6).reshape(2, 3), kind='quicksort', stable=True)", () =>
    np.sort(a(), { kind: 'quicksort', stable: true }),
  );
  check('np.sort(np.array(5))', () => np.sort(np.array(5)));
  check('exec:a = np.array(5); a.sort()', () => np.array(5).sort());
  check('exec:np.arange(6).reshape(2, 3).sort(axis=None)', () => a().sort(null));
  check('exec:a = np.arange(3); a.flags.writeable = False; a.sort()', () => {
    const r = np.arange(3);
    r.flags.writeable = false;
    return r.sort();
  });
  check('exec:a = np.arange(3); a.flags.writeable = False; a.partition(1)', () => {
    const r = np.arange(3);
    r.flags.writeable = false;
    return r.partition(1);
  });
  check('np.partition(np.arange(6).reshape(2, 3), 3)', () => np.partition(a(), 3));
  check('np.partition(np.arange(6).reshape(2, 3), -4)', () => np.partition(a(), -4));
  check('np.partition(np.arange(6).reshape(2, 3), 1.5)', () => np.partition(a(), 1.5));
  check('np.partition(np.arange(6).reshape(2, 3), True)', () => np.partition(a(), true));
  check("np.partition(np.arange(6).reshape(2, 3), 0, kind='foo')", () => np.partition(a(), 0, { kind: 'foo' }));
  check('np.partition(np.arange(6).reshape(2, 3), 0, kind=None)', () => np.partition(a(), 0, { kind: null }));
  check('np.partition(np.array(5), 0)', () => np.partition(np.array(5), 0));
  check('np.argpartition(np.arange(6).reshape(2, 3), [1.5])', () => np.argpartition(a(), [1.5]));
  check('np.argpartition(np.arange(6).reshape(2, 3), [[0]])', () => np.argpartition(a(), [[0]]));
  check('np.searchsorted(np.arange(6).reshape(2, 3), 1)', () => np.searchsorted(a(), 1));
  check('np.searchsorted(np.array(1), 1)', () => np.searchsorted(np.array(1), 1));
  check("np.searchsorted([1, 2], 1, side='middle')", () => np.searchsorted([1, 2], 1, 'middle'));
  check("np.searchsorted([1, 2], 1, side='L')", () => np.searchsorted([1, 2], 1, 'L'));
  check('np.searchsorted([1, 2], 1, side=None)', () => np.searchsorted([1, 2], 1, null));
  check('np.searchsorted([1, 2], 1, sorter=[0])', () => np.searchsorted([1, 2], 1, { sorter: [0] }));
  check('np.searchsorted([1, 2], 1, sorter=[0, 5])', () => np.searchsorted([1, 2], 1, { sorter: [0, 5] }));
  check('np.searchsorted([1, 2], [1.5], sorter=[0.5, 1.5])', () =>
    np.searchsorted([1, 2], [1.5], { sorter: [0.5, 1.5] }),
  );
  check('np.lexsort([])', () => np.lexsort([]));
  check('np.lexsort([[1, 2], [1, 2, 3]])', () =>
    np.lexsort([
      [1, 2],
      [1, 2, 3],
    ]),
  );
  check('np.lexsort(np.array(5))', () => np.lexsort(np.array(5)));
  check('np.lexsort([[1, 2, 3]], axis=1)', () => np.lexsort([[1, 2, 3]], 1));
  check('np.count_nonzero(M, axis=(0, 0))', () => np.count_nonzero(M(), [0, 0]));
  check('np.count_nonzero(M, axis=1.5)', () => np.count_nonzero(M(), 1.5));
  check('np.count_nonzero(M, axis=3)', () => np.count_nonzero(M(), 3));
  check('np.sort_complex(np.array(5))', () => np.sort_complex(np.array(5)));
  check('np.sort(M, foo=1)', () => np.sort(M(), { foo: 1 }));
});

describe('default kind on long 32/64-bit lanes (the vectorised quicksort on AVX2 and AVX-512 CPUs)', () => {
  // Built by the same array operations in NumPy and rumpy: duplicates, and
  // every 97th float a NaN; 200000 elements run the parallel recursion.
  const PY_BASE = '(np.arange(200000) * 7919) % 100003';
  const base = () => np.remainder(np.multiply(np.arange(200000), 7919), 100003) as np.NDArray;
  const PY_FLOATS = `np.where(${PY_BASE} % 97 == 0, np.nan, ${PY_BASE} / 4.0 - 9000)`;
  const floats = () =>
    np.where(
      np.equal(np.remainder(base(), 97), 0),
      Number.NaN,
      np.subtract(np.divide(base(), 4.5 - 0.5), 9000),
    ) as np.NDArray;
  for (const dt of ['int32', 'int64', 'uint32', 'uint64']) {
    check(`np.sort((${PY_BASE} - 50000).astype('${dt}'))`, () =>
      np.sort((np.subtract(base(), 50000) as np.NDArray).astype(dt)),
    );
  }
  for (const dt of ['float32', 'float64']) {
    check(`np.sort(${PY_FLOATS}.astype('${dt}'))`, () => np.sort(floats().astype(dt)));
    check(`np.sort(${PY_FLOATS}.astype('${dt}')[:1000])`, () => np.sort(floats().astype(dt).get(':1000')));
    check(`np.sort(${PY_FLOATS}.astype('${dt}').reshape(400, 500), axis=0)`, () =>
      np.sort(floats().astype(dt).reshape(400, 500), 0),
    );
  }
  for (const dt of ['float64', 'int32']) {
    // Strided and reversed sources; outputs laid out like the input (order K),
    // small ones carved from the shared slab.
    check(`np.sort(${PY_FLOATS}.astype('${dt}')[::-3])`, () => np.sort(floats().astype(dt).get('::-3')));
    check(`np.sort(${PY_FLOATS}[:60].astype('${dt}').reshape(3, 4, 5).transpose(1, 0, 2))`, () =>
      np.sort(floats().get(':60').astype(dt).reshape(3, 4, 5).transpose(1, 0, 2)),
    );
    check(`np.sort(${PY_FLOATS}.astype('${dt}').reshape(20, 100, 100).transpose(2, 0, 1), axis=1)`, () =>
      np.sort(floats().astype(dt).reshape(20, 100, 100).transpose(2, 0, 1), 1),
    );
  }
  // The values of each dtype: the floats above, or the base sequence
  // (shifted to negatives for signed integers).
  const source = (dt: string): [string, () => np.NDArray] => {
    if (dt.startsWith('float')) return [`${PY_FLOATS}.astype('${dt}')`, () => floats().astype(dt)];
    if (dt.startsWith('uint')) return [`(${PY_BASE}).astype('${dt}')`, () => base().astype(dt)];
    return [`(${PY_BASE} - 50000).astype('${dt}')`, () => (np.subtract(base(), 50000) as np.NDArray).astype(dt)];
  };
  // Every lane length around the vector widths and leaf sizes (4 keys a
  // vector with AVX2, 8 with AVX-512; leaves of up to 32 / 64 keys).
  for (const dt of ['float32', 'float64', 'int32', 'uint64']) {
    const [py, js] = source(dt);
    for (const n of [17, 19, 31, 32, 33, 36, 37, 63, 64, 65, 66, 71, 129, 255, 257, 1001, 4099]) {
      check(`np.sort(${py}[${n}:${2 * n}])`, () => np.sort(js().get(`${n}:${2 * n}`)));
    }
  }
  // Keys at the ends of the 64-bit ranges and across the sign bit (the AVX2
  // kernels compare keys as signed with their top bit flipped).
  check(`np.sort((${PY_BASE}).astype('uint64') + np.uint64(2**63 - 2**16))`, () =>
    np.sort(np.add(base().astype('uint64'), np.array(2 ** 63 - 2 ** 16, { dtype: 'uint64' }))),
  );
  check(`np.sort((${PY_BASE} - 50000).astype('int64') * 2**45)`, () =>
    np.sort(
      np.multiply((np.subtract(base(), 50000) as np.NDArray).astype('int64'), np.array(2 ** 45, { dtype: 'int64' })),
    ),
  );
  check('np.sort(np.array([-2**63, 2**63 - 1024, 0, -1, 1, -2**62] * 50, dtype=np.int64))', () =>
    np.sort(
      np.array(
        Array.from({ length: 300 }, (_, i) => [-(2 ** 63), 2 ** 63 - 1024, 0, -1, 1, -(2 ** 62)][i % 6]),
        { dtype: 'int64' },
      ),
    ),
  );
  check('np.sort(np.array([0, 2**64 - 2048, 2**63, 2**63 - 1024, 1] * 50, dtype=np.uint64))', () =>
    np.sort(
      np.array(
        Array.from({ length: 250 }, (_, i) => [0, 2 ** 64 - 2048, 2 ** 63, 2 ** 63 - 1024, 1][i % 5]),
        { dtype: 'uint64' },
      ),
    ),
  );
  // Reversed and strided lanes, and axes other than the last.
  for (const dt of ['float32', 'uint64', 'int64']) {
    const [py, js] = source(dt);
    check(`np.sort(${py}[::-2])`, () => np.sort(js().get('::-2')));
    check(`np.sort(${py}.reshape(500, 400)[::-1, 1::3], axis=0)`, () =>
      np.sort(js().reshape(500, 400).get('::-1', '1::3'), 0),
    );
  }
  check(`np.sort(${PY_FLOATS}.astype('float32').reshape(2, 100, 1000), axis=1)`, () =>
    np.sort(floats().astype('float32').reshape(2, 100, 1000), 1),
  );
  for (const n of [17, 40, 100, 1000]) {
    check(`np.sort(np.array([-3, 2**40, -2**62, 7] * ${n}))`, () =>
      np.sort(np.array(Array.from({ length: 4 * n }, (_, i) => [-3, 2 ** 40, -(2 ** 62), 7][i % 4]))),
    );
  }
  // -0.0 and 0.0 compare equal, so their order is unspecified: compare values + 0.0.
  check('np.sort(np.tile(SPECIAL, 10)) + 0.0', () => np.add(np.sort(np.tile(special(), 10)), 0.5 - 0.5));
  check("np.sort(np.tile(SPECIAL, 10).astype('float32')) + np.float32(0)", () =>
    np.add(np.sort(np.tile(special(), 10).astype('float32')), np.array(0, { dtype: 'float32' })),
  );
  check(`exec:\na = ${PY_FLOATS}\na.sort()\nresult = a`, () => {
    const a = floats();
    a.sort();
    return a;
  });
  // Distinct keys: the permutation itself; with ties, the values it picks.
  const PY_PERM = '((np.arange(100003) * 7919) % 100003)';
  const perm = () => np.remainder(np.multiply(np.arange(100003), 7919), 100003) as np.NDArray;
  check(`np.argsort(${PY_PERM})`, () => np.argsort(perm()));
  check(`np.argsort(-${PY_PERM}.astype('float32'))`, () => np.argsort(np.negative(perm().astype('float32'))));
  check(`np.argsort(${PY_PERM}[:100000].reshape(400, 250) - 7, axis=0)`, () =>
    np.argsort(np.subtract(perm().get(':100000').reshape(400, 250), 7), 0),
  );
  for (const dt of ['int64', 'uint32', 'float64', 'float32']) {
    const py = `(${PY_FLOATS} % 50).astype('${dt}')`.replace('np.nan', dt.startsWith('float') ? 'np.nan' : '0');
    const js = () => {
      const f = floats();
      const x = dt.startsWith('float') ? f : np.where(np.isnan(f), 0, f);
      return (np.remainder(x, 50) as np.NDArray).astype(dt);
    };
    check(`exec:\na = ${py}\nresult = a[np.argsort(a)]`, () => {
      const a = js();
      return a.get(np.argsort(a));
    });
    check(`exec:\na = ${py}\nresult = np.sort(np.argsort(a))`, () => np.sort(np.argsort(js())));
  }
  check('exec:\na = np.tile(SPECIAL, 10)\nresult = a[np.argsort(a)] + 0.0', () => {
    const a = np.tile(special(), 10);
    return np.add(a.get(np.argsort(a)), 0.5 - 0.5);
  });
});
