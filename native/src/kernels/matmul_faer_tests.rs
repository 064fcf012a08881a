//! Tests of `matmul_faer`: the fast path against the naive kernel on every
//! layout it takes, what it declines, and its flags; and the timings behind
//! its thresholds (ignored tests).

use super::*;
use crate::kernels::matmul::{matmul, naive};

const FLOATS: [DType; 4] = [
    DType::Float32,
    DType::Float64,
    DType::Complex64,
    DType::Complex128,
];

/// Real scalars per element, and their byte size (int64's filled as
/// float64's bits).
fn parts(dtype: DType) -> (usize, usize) {
    match dtype {
        DType::Float32 => (1, 4),
        DType::Float64 | DType::Int64 => (1, 8),
        DType::Complex64 => (2, 4),
        DType::Complex128 => (2, 8),
        _ => unreachable!(),
    }
}

/// An array in its own 8-byte-aligned buffer: `dims` laid out with the
/// axes of `order` outermost first, reversed (negative strides) along
/// the axes in `neg`.
#[derive(Clone)]
struct Phys {
    buf: Vec<u64>,
    dtype: DType,
    dims: Vec<usize>,
    offset: usize,
    strides: Vec<isize>,
}

/// A [`Phys`] of random-ish values in [-1, 1).
fn phys(dtype: DType, dims: &[usize], order: &[usize], neg: &[usize], seed: u64) -> Phys {
    let item = dtype.itemsize();
    let mut strides = vec![0isize; dims.len()];
    let mut acc = item as isize;
    for &ax in order.iter().rev() {
        strides[ax] = acc;
        acc *= dims[ax] as isize;
    }
    let mut offset = 0;
    for &ax in neg {
        offset += (dims[ax] - 1) * strides[ax] as usize;
        strides[ax] = -strides[ax];
    }
    let elems: usize = dims.iter().product();
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut arr = Phys {
        buf: vec![0u64; (elems * item).div_ceil(8)],
        dtype,
        dims: dims.to_vec(),
        offset,
        strides,
    };
    arr.set_all(|_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x >> 11) as f64 / (1u64 << 52) as f64 - 1.0
    });
    arr
}

impl Phys {
    fn scalars(&self) -> usize {
        self.dims.iter().product::<usize>() * parts(self.dtype).0
    }

    /// Sets scalar `i` (in memory order) to `f(i)` for every `i`.
    fn set_all(&mut self, mut f: impl FnMut(usize) -> f64) {
        let bytes = self.buf.as_mut_ptr() as *mut u8;
        for i in 0..self.scalars() {
            let v = f(i);
            // SAFETY: the buffer holds `scalars()` scalars.
            unsafe {
                match parts(self.dtype).1 {
                    4 => (bytes as *mut f32).add(i).write(v as f32),
                    _ => (bytes as *mut f64).add(i).write(v),
                }
            }
        }
    }

    /// Every scalar in memory order, as f64.
    fn values(&self) -> Vec<f64> {
        let bytes = self.buf.as_ptr() as *const u8;
        (0..self.scalars())
            // SAFETY: the buffer holds `scalars()` scalars.
            .map(|i| unsafe {
                match parts(self.dtype).1 {
                    4 => *(bytes as *const f32).add(i) as f64,
                    _ => *(bytes as *const f64).add(i),
                }
            })
            .collect()
    }

    /// This array as a descriptor of shape `full`, whose first `nb`
    /// axes are the batch: the array's own batch axes go to the last of
    /// those, its last two to `full`'s axes `core`; an axis it lacks or
    /// has of length 1 is broadcast (stride 0).
    fn view(&mut self, full: &[usize], nb: usize, core: [usize; 2]) -> ArrayDesc {
        let own = self.dims.len() - 2;
        let mut axes: Vec<usize> = (nb - own..nb).collect();
        axes.extend_from_slice(&core);
        let mut strides = vec![0isize; full.len()];
        for (i, &ax) in axes.iter().enumerate() {
            if self.dims[i] != 1 || full[ax] == 1 {
                strides[ax] = self.strides[i];
            }
        }
        let d = ArrayDesc {
            base: self.buf.as_mut_ptr() as *mut u8,
            buffer_len: self.buf.len() * 8,
            offset: self.offset,
            dtype: self.dtype,
            shape: full.iter().copied().collect(),
            strides: strides.iter().copied().collect(),
        };
        d.check_bounds().unwrap();
        d
    }
}

/// The three descriptors of `a @ b -> out` for a stack of shape `batch`
/// and inner length `k`.
fn descs(a: &mut Phys, b: &mut Phys, out: &mut Phys, batch: &[usize], k: usize) -> [ArrayDesc; 3] {
    let nb = batch.len();
    let od = &out.dims[out.dims.len() - 2..];
    let mut full = batch.to_vec();
    full.extend_from_slice(&[od[0], od[1], k]);
    let da = a.view(&full, nb, [nb, nb + 2]);
    let db = b.view(&full, nb, [nb + 2, nb + 1]);
    let dout = out.view(&full[..nb + 2], nb, [nb, nb + 1]);
    [da, db, dout]
}

/// Runs `a @ b` through [`product`] into `out` and through the naive
/// kernel into a copy and returns whether the fast path took the call;
/// if it did, checks that the two agree to rounding.
fn compare(a: &mut Phys, b: &mut Phys, out: &mut Phys, batch: &[usize], k: usize) -> bool {
    let mut reference = out.clone();
    let [da, db, dout] = descs(a, b, out, batch, k);
    let dref = descs(a, b, &mut reference, batch, k)[2].clone();
    // SAFETY: separate buffers, validated descriptors.
    unsafe { naive(&da, &db, &dref) };
    if !product(&da, &db, &dout) {
        return false;
    }
    let eps = match parts(out.dtype).1 {
        4 => f32::EPSILON as f64,
        _ => f64::EPSILON,
    };
    // |Σ a·b| ≤ 2k for parts in [-1, 1); each sum's rounding error is
    // at most about k·eps times that.
    let tol = 4.0 * (k + 2) as f64 * 2.0 * k as f64 * eps;
    let (got, want) = (out.values(), reference.values());
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert!(
            (g - w).abs() <= tol,
            "{:?} {:?} k={k}: scalar {i}: {g} vs {w}",
            out.dtype,
            out.dims
        );
    }
    true
}

/// `a` (n×k), `b` (k×m), `out` (n×m) with the memory orders given (as
/// `phys`'s `order` of a 2-d array: [0, 1] C, [1, 0] Fortran) and
/// reversed axes.
#[allow(clippy::type_complexity)]
fn triple(
    dtype: DType,
    (n, m, k): (usize, usize, usize),
    orders: [[usize; 2]; 3],
    negs: [&[usize]; 3],
) -> (Phys, Phys, Phys) {
    (
        phys(dtype, &[n, k], &orders[0], negs[0], 1),
        phys(dtype, &[k, m], &orders[1], negs[1], 2),
        phys(dtype, &[n, m], &orders[2], negs[2], 3),
    )
}

const C: [usize; 2] = [0, 1];
const F: [usize; 2] = [1, 0];

#[test]
fn sizes_around_the_threshold() {
    let sizes = [
        (4, 4, 8),
        (5, 5, 5),
        (2, 8, 8),
        (1, 1, 127),
        (1, 1, 128),
        (3, 6, 7),
        (16, 16, 16),
        (15, 16, 17),
        (1, 64, 64),
        (64, 1, 64),
        (64, 64, 1),
        (1, 1, 4096),
        (2, 3, 700),
        (33, 65, 70),
        (100, 90, 80),
    ];
    for dtype in FLOATS {
        for (n, m, k) in sizes {
            let (mut a, mut b, mut o) = triple(dtype, (n, m, k), [C, C, C], [&[], &[], &[]]);
            let took = compare(&mut a, &mut b, &mut o, &[], k);
            assert_eq!(took, n * m * k >= FAER_MIN_MNK, "{dtype:?} {n}x{m}x{k}");
        }
    }
}

#[test]
fn transposed_and_reversed_operands() {
    for dtype in FLOATS {
        for size in [(20, 30, 40), (1, 50, 90), (50, 1, 90), (128, 130, 129)] {
            for orders in [[F, C, C], [C, F, C], [C, C, F], [F, F, F]] {
                let (mut a, mut b, mut o) = triple(dtype, size, orders, [&[], &[], &[]]);
                assert!(compare(&mut a, &mut b, &mut o, &[], size.2));
            }
            let negs: [[&[usize]; 3]; 4] = [
                [&[0], &[], &[]],
                [&[1], &[0], &[]],
                [&[], &[1], &[0, 1]],
                [&[0, 1], &[0, 1], &[1]],
            ];
            for neg in negs {
                let (mut a, mut b, mut o) = triple(dtype, size, [C, F, C], neg);
                assert!(compare(&mut a, &mut b, &mut o, &[], size.2));
            }
        }
    }
}

#[test]
fn broadcast_operands() {
    for dtype in FLOATS {
        // `a` constant along k, `b` constant along m (zero strides).
        let mut a = phys(dtype, &[40, 1], &C, &[], 4);
        let mut b = phys(dtype, &[50, 30], &F, &[], 5);
        let mut o = phys(dtype, &[40, 30], &C, &[], 6);
        assert!(compare(&mut a, &mut b, &mut o, &[], 50));
        let mut b = phys(dtype, &[50, 1], &C, &[0], 7);
        assert!(compare(&mut a, &mut b, &mut o, &[], 50));
        // One `b` for a stack of `a`s, and a stack of `b`s for one `a`.
        let mut a = phys(dtype, &[3, 20, 30], &[0, 1, 2], &[1], 8);
        let mut b = phys(dtype, &[30, 25], &C, &[], 9);
        let mut o = phys(dtype, &[3, 20, 25], &[0, 1, 2], &[], 10);
        assert!(compare(&mut a, &mut b, &mut o, &[3], 30));
        let mut a = phys(dtype, &[1, 20, 30], &[0, 2, 1], &[], 11);
        let mut b = phys(dtype, &[3, 30, 25], &[2, 0, 1], &[0], 12);
        assert!(compare(&mut a, &mut b, &mut o, &[3], 30));
    }
}

#[test]
fn stacks_sequential_and_split_across_threads() {
    for dtype in FLOATS {
        // 2·3 stacked products, `b` broadcast over the first axis,
        // `out` in a transposed order.
        let mut a = phys(dtype, &[2, 3, 17, 19], &[0, 1, 2, 3], &[], 13);
        let mut b = phys(dtype, &[3, 19, 23], &[0, 2, 1], &[], 14);
        let mut o = phys(dtype, &[2, 3, 17, 23], &[3, 0, 1, 2], &[], 15);
        assert!(compare(&mut a, &mut b, &mut o, &[2, 3], 19));
        // Enough work to split the stack across threads.
        let cost = match dtype {
            DType::Float32 => 1,
            DType::Float64 => 2,
            DType::Complex64 => 4,
            _ => 8,
        };
        let (s, n) = (40, 36);
        assert!(s * n * n * n * cost >= PAR_MIN_WORK);
        let mut a = phys(dtype, &[s, n, n], &[0, 1, 2], &[], 16);
        let mut b = phys(dtype, &[s, n, n], &[0, 2, 1], &[0], 17);
        let mut o = phys(dtype, &[s, n, n], &[0, 1, 2], &[], 18);
        assert!(compare(&mut a, &mut b, &mut o, &[s], n));
        // Single products split into blocks of rows, of columns, and
        // a short stack of them.
        for (n, m, k) in [(110, 100, 120), (60, 130, 100)] {
            assert!(n * m * k * cost >= PAR_MIN_WORK);
            let (mut a, mut b, mut o) = triple(dtype, (n, m, k), [C, F, C], [&[], &[], &[1]]);
            assert!(compare(&mut a, &mut b, &mut o, &[], k));
        }
        let mut a = phys(dtype, &[3, 80, 80], &[0, 1, 2], &[], 19);
        let mut b = phys(dtype, &[3, 80, 90], &[0, 1, 2], &[], 20);
        let mut o = phys(dtype, &[3, 80, 90], &[0, 1, 2], &[], 21);
        assert!(80 * 80 * 90 * cost >= PAR_MIN_WORK);
        assert!(compare(&mut a, &mut b, &mut o, &[3], 80));
    }
    // Products large enough for faer's own threads.
    for (dtype, n) in [(DType::Float64, 520), (DType::Complex128, 330)] {
        let cost = if dtype == DType::Float64 { 2 } else { 8 };
        assert!(n * n * n * cost >= FAER_PAR_MIN_WORK);
        let (mut a, mut b, mut o) = triple(dtype, (n, n, n), [C, C, C], [&[], &[], &[]]);
        assert!(compare(&mut a, &mut b, &mut o, &[], n));
    }
}

#[test]
fn declines_what_it_cannot_view() {
    let size = (20, 20, 20);
    // Not a float dtype.
    let mut a = phys(DType::Int64, &[20, 20], &C, &[], 1);
    let mut b = phys(DType::Int64, &[20, 20], &C, &[], 2);
    let mut o = phys(DType::Int64, &[20, 20], &C, &[], 3);
    let [da, db, dout] = descs(&mut a, &mut b, &mut o, &[], 20);
    assert!(!product(&da, &db, &dout));
    for dtype in FLOATS {
        let (mut a, mut b, mut o) = triple(dtype, size, [C, C, C], [&[], &[], &[]]);
        let [da, db, dout] = descs(&mut a, &mut b, &mut o, &[], 20);
        let half = dtype.itemsize() as isize / 2;
        // A stride that is not a whole element (reading the same bytes).
        let mut odd = da.clone();
        odd.strides[0] -= half;
        assert!(!product(&odd, &db, &dout));
        // A misaligned origin.
        let mut off = db.clone();
        off.offset += 1;
        off.shape[2] -= 1;
        let mut a1 = da.clone();
        a1.shape[2] -= 1;
        let mut o1 = dout.clone();
        assert!(!product(&a1, &off, &o1));
        // An `out` that writes one element twice.
        o1.strides[0] = 0;
        assert!(!product(&da, &db, &o1));
        o1.strides[0] = dout.strides[1] * 19;
        assert!(!product(&da, &db, &o1));
    }
}

#[test]
fn non_finite_results_rerun_naively_for_their_flags() {
    use crate::fpstatus::{INVALID, OVERFLOW};
    for dtype in FLOATS {
        let big = if parts(dtype).1 == 4 { 1e30 } else { 1e300 };
        for (value, flag) in [(big, OVERFLOW), (f64::INFINITY, INVALID)] {
            let (mut a, mut b, mut o) = triple(dtype, (30, 30, 30), [C, C, C], [&[], &[], &[]]);
            // One large (or infinite) entry of `a` meets a zero of `b`
            // and large ones.
            a.set_all(|i| if i == 5 { value } else { 0.5 });
            b.set_all(|i| if i % 7 == 0 { 0.0 } else { big });
            let mut reference = o.clone();
            let [da, db, dout] = descs(&mut a, &mut b, &mut o, &[], 30);
            let dref = descs(&mut a, &mut b, &mut reference, &[], 30)[2].clone();
            assert!(!product(&da, &db, &dout), "{dtype:?}");
            let flags = matmul(&da, &db, &dout).unwrap();
            // SAFETY: separate buffers, validated descriptors.
            let want = unsafe { naive(&da, &db, &dref) };
            assert_eq!(flags & (OVERFLOW | INVALID), want & (OVERFLOW | INVALID));
            assert_ne!(flags & flag, 0, "{dtype:?} {value}");
            let same = |x: f64, y: f64| x == y || (x.is_nan() && y.is_nan());
            assert!(o
                .values()
                .iter()
                .zip(reference.values())
                .all(|(&x, y)| same(x, y)));
        }
        // Finite results: no flags, even where the naive kernel raises
        // underflow.
        let (mut a, mut b, mut o) = triple(dtype, (30, 30, 30), [C, C, C], [&[], &[], &[]]);
        let tiny = if parts(dtype).1 == 4 { 1e-37 } else { 1e-306 };
        a.set_all(|_| tiny);
        let mut reference = o.clone();
        let [da, db, dout] = descs(&mut a, &mut b, &mut o, &[], 30);
        let dref = descs(&mut a, &mut b, &mut reference, &[], 30)[2].clone();
        // SAFETY: separate buffers, validated descriptors.
        let naive_flags = unsafe { naive(&da, &db, &dref) };
        assert_ne!(naive_flags & crate::fpstatus::UNDERFLOW, 0);
        assert_eq!(matmul(&da, &db, &dout).unwrap(), 0);
    }
}

#[test]
fn zero_sums_are_positive_zeros() {
    // NumPy's BLAS (and the naive kernel, which starts from +0) give
    // +0 for a sum of -0 products.
    for dtype in FLOATS {
        for (n, m, k) in [
            (64, 64, 1),
            (64, 64, 64),
            (1, 1, 4096),
            (64, 1, 64),
            (1, 64, 64),
            (200, 200, 200),
        ] {
            let (mut a, mut b, mut o) = triple(dtype, (n, m, k), [C, C, C], [&[], &[], &[]]);
            a.set_all(|_| -1.0);
            b.set_all(|_| 0.0);
            o.set_all(|_| 1.0);
            let [da, db, dout] = descs(&mut a, &mut b, &mut o, &[], k);
            assert!(product(&da, &db, &dout));
            let neg = o.values().iter().filter(|x| x.is_sign_negative()).count();
            assert_eq!(neg, 0, "{dtype:?} {n}x{m}x{k}");
        }
    }
}

/// Seconds per call of `f`: the best of 5 autoranged runs.
fn time(mut f: impl FnMut()) -> f64 {
    let mut reps = 1;
    loop {
        let t = std::time::Instant::now();
        (0..reps).for_each(|_| f());
        if t.elapsed().as_secs_f64() > 0.02 {
            break;
        }
        reps *= 4;
    }
    (0..5)
        .map(|_| {
            let t = std::time::Instant::now();
            (0..reps).for_each(|_| f());
            t.elapsed().as_secs_f64() / reps as f64
        })
        .fold(f64::INFINITY, f64::min)
}

/// The measurements behind [`FAER_MIN_MNK`]:
/// `cargo test --release --lib matmul_timings -- --ignored --nocapture`
/// times products of more than 32³ multiply-adds; with `SMALL=1` in the
/// environment, those up to 32³ instead.
#[test]
#[ignore]
fn matmul_timings() {
    let small = std::env::var("SMALL").is_ok();
    let shapes: &[(usize, usize, usize, usize)] = &[
        (1, 2, 2, 2),
        (1, 3, 3, 3),
        (1, 1, 1, 16),
        (1, 1, 1, 64),
        (1, 1, 1, 256),
        (1, 16, 16, 1),
        (1, 8, 8, 2),
        (1, 16, 1, 16),
        (1, 4, 4, 4),
        (1, 8, 8, 8),
        (1, 12, 12, 12),
        (1, 16, 16, 16),
        (1, 20, 20, 20),
        (1, 24, 24, 24),
        (1, 32, 32, 32),
        (1, 48, 48, 48),
        (1, 64, 64, 64),
        (1, 96, 96, 96),
        (1, 128, 128, 128),
        (1, 200, 200, 200),
        (1, 400, 400, 400),
        (1, 1000, 1000, 1000),
        (1, 64, 64, 1),
        (1, 64, 64, 2),
        (1, 64, 64, 4),
        (1, 1, 1, 1024),
        (1, 1, 1, 4096),
        (1, 1, 1, 100000),
        (1, 64, 1, 64),
        (1, 256, 1, 256),
        (1, 1000, 1, 1000),
        (1, 1, 1000, 1000),
        (10000, 4, 4, 4),
        (10000, 8, 8, 8),
        (1000, 16, 16, 16),
        (100, 32, 32, 32),
        (100, 64, 64, 64),
    ];
    for dtype in [DType::Float64, DType::Float32, DType::Complex128] {
        for &(s, n, m, k) in shapes {
            if small != (n * m * k <= 32 * 32 * 32) {
                continue;
            }
            let mut a = phys(dtype, &[s, n, k], &[0, 1, 2], &[], 1);
            let mut b = phys(dtype, &[s, k, m], &[0, 1, 2], &[], 2);
            let mut o = phys(dtype, &[s, n, m], &[0, 1, 2], &[], 3);
            let [da, db, dout] = descs(&mut a, &mut b, &mut o, &[s], k);
            let t_naive = if n * m * k * s <= 1 << 28 {
                // SAFETY: separate buffers, validated descriptors.
                time(|| unsafe {
                    naive(&da, &db, &dout);
                })
            } else {
                f64::NAN
            };
            let t_auto = time(|| {
                matmul(&da, &db, &dout).unwrap();
            });
            let t_fast = time(|| {
                assert!(product_from(&da, &db, &dout, 0));
            });
            let ops = (s * n * m * k) as f64;
            let per = |t: f64| format!("{:>9.3} µs {:>6.2} GF", t * 1e6, ops / t / 1e9);
            let mut line = format!(
                "{dtype:?} {s}×({n}×{k} @ {k}×{m}): naive {} | matmul {} | faer path {}",
                per(t_naive),
                per(t_auto),
                per(t_fast),
            );
            if s == 1 {
                macro_rules! faer_times {
                    ($t:ty) => {{
                        let isz = std::mem::size_of::<$t>() as isize;
                        let st = |d: &ArrayDesc, i: usize, j: usize| {
                            [d.strides[i] / isz, d.strides[j] / isz]
                        };
                        let v = Views::<$t> {
                            a: da.origin() as *const $t,
                            b: db.origin() as *const $t,
                            out: dout.origin() as *mut $t,
                            n,
                            m,
                            k,
                            sa: st(&da, 1, 3),
                            sb: st(&db, 3, 2),
                            so: st(&dout, 1, 2),
                        };
                        // SAFETY: separate buffers, validated descriptors.
                        let seq = time(|| unsafe {
                            v.gemm(Par::Seq);
                        });
                        let par = time(|| unsafe {
                            v.gemm(Par::rayon(0));
                        });
                        (seq, par)
                    }};
                }
                let (seq, par) = match dtype {
                    DType::Float64 => faer_times!(f64),
                    DType::Float32 => faer_times!(f32),
                    _ => faer_times!(Complex64),
                };
                line += &format!(" | faer seq {} | faer par {}", per(seq), per(par));
            }
            println!("{line}");
        }
    }
}

/// The measurements behind [`PAR_MIN_WORK`] and [`FAER_PAR_MIN_WORK`]:
/// sequential faer against faer's threads and against rumpy's pool
/// running row blocks: `cargo test --release --lib matmul_par_timings
/// -- --ignored --nocapture`.
#[test]
#[ignore]
fn matmul_par_timings() {
    fn one<T: Elem>(dtype: DType, n: usize, m: usize, k: usize) {
        let mut a = phys(dtype, &[1, n, k], &[0, 1, 2], &[], 1);
        let mut b = phys(dtype, &[1, k, m], &[0, 1, 2], &[], 2);
        let mut o = phys(dtype, &[1, n, m], &[0, 1, 2], &[], 3);
        let [da, db, dout] = descs(&mut a, &mut b, &mut o, &[1], k);
        let isz = std::mem::size_of::<T>() as isize;
        let st = |d: &ArrayDesc, i: usize, j: usize| [d.strides[i] / isz, d.strides[j] / isz];
        let v = Views::<T> {
            a: da.origin() as *const T,
            b: db.origin() as *const T,
            out: dout.origin() as *mut T,
            n,
            m,
            k,
            sa: st(&da, 1, 3),
            sb: st(&db, 3, 2),
            so: st(&dout, 1, 2),
        };
        let mut best = [f64::INFINITY; 3];
        for _ in 0..3 {
            // SAFETY: separate buffers, validated descriptors.
            best[0] = best[0].min(time(|| unsafe {
                v.gemm(Par::Seq);
            }));
            best[1] = best[1].min(time(|| unsafe {
                v.gemm(Par::rayon(0));
            }));
            best[2] = best[2].min(time(|| {
                let pieces = 2;
                crate::parallel::for_each_piece(pieces, &|c| {
                    let (lo, hi) = (c * n / pieces, (c + 1) * n / pieces);
                    let mut w = v;
                    w.n = hi - lo;
                    // SAFETY: disjoint row blocks.
                    unsafe {
                        w.at([lo as isize * v.sa[0], 0, lo as isize * v.so[0]])
                            .gemm(Par::Seq);
                    }
                });
            }));
        }
        println!(
            "{dtype:?} {n}×{k} @ {k}×{m}: seq {:>9.1} µs | faer par {:>9.1} µs | pool rows {:>9.1} µs",
            best[0] * 1e6,
            best[1] * 1e6,
            best[2] * 1e6
        );
    }
    for (n, m, k) in [
        (64, 64, 64),
        (80, 80, 80),
        (96, 96, 96),
        (112, 112, 112),
        (128, 128, 128),
        (160, 160, 160),
        (200, 200, 200),
        (400, 400, 400),
        (1000, 1000, 1000),
        (256, 256, 16),
        (1000, 1000, 4),
        (1000, 1, 1000),
        (2000, 1, 2000),
    ] {
        one::<f32>(DType::Float32, n, m, k);
        one::<f64>(DType::Float64, n, m, k);
        one::<Complex32>(DType::Complex64, n, m, k);
        one::<Complex64>(DType::Complex128, n, m, k);
    }
}
