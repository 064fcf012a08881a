//! Accuracy of the vector functions against libm over their domains, the
//! IEEE flags they raise, and the loops (levels, strides, in place).

use super::atan::{Atan2_32, Atan2_64, Atan32, Atan64};
use super::exp::{Exp32, Exp64, TINY};
use super::log::{Log32, Log64};
use super::tanh::{Tanh32, Tanh64};
use super::*;

/// Distance in units in the last place between two floats of one sign
/// (or equal specials); `u64::MAX` if they cannot be compared.
pub(super) fn ulps64(a: f64, b: f64) -> u64 {
    if a.is_nan() && b.is_nan() || a == b {
        return 0;
    }
    if a.is_sign_negative() != b.is_sign_negative() || a.is_nan() || b.is_nan() {
        return u64::MAX;
    }
    a.to_bits().abs_diff(b.to_bits())
}

pub(super) fn ulps32(a: f32, b: f32) -> u64 {
    ulps64(a as f64, b as f64).min(if a.is_nan() && b.is_nan() {
        0
    } else {
        a.to_bits().abs_diff(b.to_bits()) as u64
    })
}

/// xorshift64*: reproducible pseudo-random bits.
pub(super) struct Rng(pub(super) u64);
impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    pub(super) fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * ((self.next() >> 11) as f64 / (1u64 << 53) as f64)
    }
}

fn run64(x: &[f64]) -> Vec<f64> {
    let mut out = vec![0.0; x.len()];
    unsafe { contiguous::<Exp64>(x.as_ptr(), out.as_mut_ptr(), x.len()) };
    out
}

fn run32(x: &[f32]) -> Vec<f32> {
    let mut out = vec![0.0; x.len()];
    unsafe { contiguous::<Exp32>(x.as_ptr(), out.as_mut_ptr(), x.len()) };
    out
}

/// The loop of the other FMA choice than this CPU's: the one without FMA
/// on an FMA CPU (and the FMA one, with libm's exact software `fma`,
/// otherwise), so both variants' accuracy is tested on any machine.
pub(super) fn other<F: VecFn>(x: &[F::T]) -> Vec<F::T> {
    let mut out = vec![F::T::default(); x.len()];
    unsafe {
        if simd::has_fma() {
            body::<F, false>(x.as_ptr(), out.as_mut_ptr(), x.len())
        } else {
            body::<F, true>(x.as_ptr(), out.as_mut_ptr(), x.len())
        }
    };
    out
}

fn other64(x: &[f64]) -> Vec<f64> {
    other::<Exp64>(x)
}

fn other32(x: &[f32]) -> Vec<f32> {
    other::<Exp32>(x)
}

/// Float64 inputs: uniform over the finite-result range, dense around the
/// overflow/underflow/subnormal thresholds and 0, every 2^-k scale, and
/// the specials.
fn inputs64() -> Vec<f64> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut x: Vec<f64> = (0..3_000_000).map(|_| rng.uniform(-746.0, 710.0)).collect();
    x.extend((0..500_000).map(|_| rng.uniform(-1.0, 1.0)));
    for c in [
        709.782_712_893_384,
        -708.396_418_532_264,
        -745.133_219_101_941,
        708.0,
        -708.0,
    ] {
        let b = f64::to_bits(c);
        x.extend((0..20_000u64).map(|d| f64::from_bits(b - 10_000 + d)));
        x.extend((0..50_000).map(|_| c + rng.uniform(-0.5, 0.5)));
    }
    for e in -1074..10 {
        let m = 2f64.powi(e);
        x.extend((0..200).map(|_| m * rng.uniform(-2.0, 2.0)));
    }
    x.extend([
        0.0,
        -0.0,
        f64::NAN,
        -f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        TINY,
        -TINY,
    ]);
    x
}

#[test]
fn exp_f64_within_one_ulp_of_libm() {
    let x = inputs64();
    for got in [run64(&x), other64(&x)] {
        exp_f64_report(&x, &got);
    }
}

fn exp_f64_report(x: &[f64], got: &[f64]) {
    let (mut worst, mut same) = (0, 0usize);
    for (&v, &g) in x.iter().zip(got) {
        let d = ulps64(g, v.exp());
        assert!(d <= 1, "exp({v:e}) = {g:e}, libm {:e}", v.exp());
        worst = worst.max(d);
        same += (d == 0) as usize;
    }
    eprintln!(
        "exp f64: {} values, {:.4}% identical to libm, max {worst} ULP",
        x.len(),
        100.0 * same as f64 / x.len() as f64
    );
}

#[test]
fn exp_f32_within_one_ulp_over_a_sweep_of_all_floats() {
    // Every 61st float32 bit pattern (70 million values, both signs, all
    // exponents, NaN payloads and infinities); the reference is float64
    // libm rounded once to float32 (correctly rounded but for rare double
    // rounding), also checked against float32 libm.
    let x: Vec<f32> = (0..=u32::MAX).step_by(61).map(f32::from_bits).collect();
    for got in [run32(&x), other32(&x)] {
        exp_f32_report(&x, &got);
    }
}

fn exp_f32_report(x: &[f32], got: &[f32]) {
    let (mut worst, mut same) = (0, 0usize);
    for (&v, &g) in x.iter().zip(got) {
        let want = (v as f64).exp() as f32;
        let d = ulps32(g, want);
        assert!(d <= 1, "exp({v:e}) = {g:e}, want {want:e}");
        assert!(
            ulps32(g, v.exp()) <= 1,
            "exp({v:e}) = {g:e}, expf {:e}",
            v.exp()
        );
        worst = worst.max(d);
        same += (d == 0) as usize;
    }
    eprintln!(
        "exp f32: {} values, {:.4}% correctly rounded, max {worst} ULP",
        x.len(),
        100.0 * same as f64 / x.len() as f64
    );
}

#[test]
fn every_level_gives_the_same_bits_and_strides_and_in_place_agree() {
    // The FMA loop compiled without FMA (libm's exact software `fma`) gives
    // the bits of this CPU's FMA level; without FMA the baseline loop is
    // the one chosen. The two variants differ by at most 1 ULP.
    let x = inputs64();
    let best = run64(&x);
    let mut base = vec![0.0; x.len()];
    let fma = simd::has_fma();
    unsafe {
        if fma {
            body::<Exp64, true>(x.as_ptr(), base.as_mut_ptr(), x.len())
        } else {
            body::<Exp64, false>(x.as_ptr(), base.as_mut_ptr(), x.len())
        }
    };
    assert!(base
        .iter()
        .zip(&best)
        .all(|(a, b)| a.to_bits() == b.to_bits()));
    let other = other64(&x);
    assert!(other.iter().zip(&best).all(|(a, b)| ulps64(*a, *b) <= 1));
    let x32: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    let (best32, other32) = (run32(&x32), other32(&x32));
    let mut base32 = vec![0.0f32; x32.len()];
    unsafe {
        if fma {
            body::<Exp32, true>(x32.as_ptr(), base32.as_mut_ptr(), x32.len())
        } else {
            body::<Exp32, false>(x32.as_ptr(), base32.as_mut_ptr(), x32.len())
        }
    };
    assert!(base32
        .iter()
        .zip(&best32)
        .all(|(a, b)| a.to_bits() == b.to_bits()));
    assert!(other32
        .iter()
        .zip(&best32)
        .all(|(a, b)| ulps32(*a, *b) <= 1));
    // In place, and a negative-stride view (reversed) through the kernel.
    let mut y = x[..1000].to_vec();
    let p = y.as_mut_ptr() as *mut u8;
    unsafe { kernel::<Exp64>(&[p, p], &[8, 8], 1000) };
    assert!(y.iter().zip(&best).all(|(a, b)| a.to_bits() == b.to_bits()));
    let mut r = vec![0.0f64; 1000];
    let last = unsafe { x.as_ptr().add(999) } as *mut u8;
    unsafe { kernel::<Exp64>(&[last, r.as_mut_ptr() as *mut u8], &[-8, 8], 1000) };
    assert!((0..1000).all(|i| r[i].to_bits() == best[999 - i].to_bits()));
}

#[test]
#[ignore]
fn timing() {
    let x: Vec<f64> = (0..1_000_000).map(|i| i as f64 * 1e-6).collect();
    let xf: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    let mut o = vec![0.0; x.len()];
    let mut of = vec![0.0f32; x.len()];
    for _ in 0..8 {
        let t = std::time::Instant::now();
        unsafe { contiguous::<Exp64>(x.as_ptr(), o.as_mut_ptr(), x.len()) };
        let a = t.elapsed();
        let t = std::time::Instant::now();
        unsafe { contiguous::<Exp32>(xf.as_ptr(), of.as_mut_ptr(), x.len()) };
        let b = t.elapsed();
        let t = std::time::Instant::now();
        for (d, s) in o.iter_mut().zip(&x) {
            *d = s.exp();
        }
        let c = t.elapsed();
        let t = std::time::Instant::now();
        unsafe { contiguous::<Log64>(x.as_ptr(), o.as_mut_ptr(), x.len()) };
        let d = t.elapsed();
        let t = std::time::Instant::now();
        for (d, s) in o.iter_mut().zip(&x) {
            *d = s.ln();
        }
        let e = t.elapsed();
        let t = std::time::Instant::now();
        unsafe { contiguous::<Log32>(xf.as_ptr(), of.as_mut_ptr(), x.len()) };
        let g = t.elapsed();
        let t = std::time::Instant::now();
        for (d, s) in of.iter_mut().zip(&xf) {
            *d = s.ln();
        }
        let h = t.elapsed();
        eprintln!("log f32 {g:?} libm {h:?}");
        eprintln!(
            "vec f64 {a:?} f32 {b:?} libm f64 {c:?} log {d:?} libm log {e:?} {:?}",
            simd::level()
        );
    }
}

/// The IEEE flags NumPy reports (overflow, underflow, invalid) are libm's:
/// none for NaN, ±inf and tiny inputs, overflow/underflow at the thresholds.
#[test]
fn flags_are_libms() {
    use crate::fpstatus;
    let flags = |f: &dyn Fn()| {
        fpstatus::clear();
        f();
        fpstatus::take() & !fpstatus::DIVIDE_BY_ZERO
    };
    let xs = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        1e-200,
        -1e-310,
        0.0,
        0.5,
        -700.0,
        -708.5,
        -720.0,
        -1000.0,
        709.0,
        710.0,
        1000.0,
    ];
    for &v in &xs {
        for n in [1, 100] {
            let x = vec![v; n];
            // (The narrowing to float32 happens before the measured call: its
            // own underflow, for 1e-200, is not exp's.)
            let v32 = std::hint::black_box(v as f32);
            let x32 = vec![v32; n];
            let want = flags(&|| {
                std::hint::black_box(std::hint::black_box(v).exp());
            });
            let want32 = flags(&|| {
                std::hint::black_box(std::hint::black_box(v32).exp());
            });
            assert_eq!(flags(&|| drop(run64(&x))), want, "exp({v}) float64");
            assert_eq!(flags(&|| drop(run32(&x32))), want32, "exp({v}) float32");
        }
    }
}

/// Every float32 (run by hand: `cargo test --release exp_f32_exhaustive -- --ignored`).
#[test]
#[ignore]
fn exp_f32_exhaustive() {
    let (mut worst, mut off) = (0, 0u64);
    let mut x = vec![0f32; 1 << 20];
    for chunk in 0..(1u64 << 12) {
        for (i, v) in x.iter_mut().enumerate() {
            *v = f32::from_bits(((chunk << 20) as u32) | i as u32);
        }
        for (&v, &g) in x.iter().zip(&run32(&x)) {
            let d = ulps32(g, (v as f64).exp() as f32);
            assert!(d <= 1, "exp({v:e}) = {g:e}");
            worst = worst.max(d);
            off += d;
        }
    }
    eprintln!("exp f32 exhaustive: max {worst} ULP, {off} values not correctly rounded");
}

/// Uniform over the bit patterns of the positive normal numbers, uniform
/// on [0.5, 2] and dense around 1, around √½ and √2 (where the exponent
/// split changes), powers of two, and the specials and subnormals: the
/// inputs of the `log` and `log2` tests.
pub(super) fn log_inputs() -> Vec<f64> {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let lo = f64::MIN_POSITIVE.to_bits();
    let span = f64::INFINITY.to_bits() - lo;
    let mut x: Vec<f64> = (0..2_000_000)
        .map(|_| f64::from_bits(lo + rng.next() % span))
        .collect();
    x.extend((0..1_000_000).map(|_| rng.uniform(0.5, 2.0)));
    for c in [
        1.0f64,
        std::f64::consts::FRAC_1_SQRT_2,
        std::f64::consts::SQRT_2,
    ] {
        let b = c.to_bits();
        x.extend((0..100_000u64).map(|d| f64::from_bits(b - 50_000 + d)));
        x.extend((0..100_000).map(|_| c + rng.uniform(-1e-3, 1e-3)));
    }
    x.extend((-1074..1024).map(|e| 2f64.powi(e)));
    x.extend((0..10_000).map(|_| f64::from_bits(rng.next() % lo)));
    x.extend([
        0.0,
        -0.0,
        -1.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
    ]);
    x
}

#[test]
fn log_f64_within_one_ulp_of_libm() {
    let x = log_inputs();
    let mut got = vec![0.0; x.len()];
    unsafe { contiguous::<Log64>(x.as_ptr(), got.as_mut_ptr(), x.len()) };
    let (mut worst, mut same) = (0, 0usize);
    for (&v, &g) in x.iter().zip(&got) {
        let d = ulps64(g, v.ln());
        assert!(d <= 1, "log({v:e}) = {g:e}, libm {:e}", v.ln());
        worst = worst.max(d);
        same += (d == 0) as usize;
    }
    eprintln!(
        "log f64: {} values, {:.4}% identical to libm, max {worst} ULP",
        x.len(),
        100.0 * same as f64 / x.len() as f64
    );
    // Flags: divide-by-zero for ±0, invalid for negatives and NaN as libm.
    use crate::fpstatus;
    for v in [0.0, -0.0, -1.0, f64::NAN, f64::INFINITY, 5e-324, 2.0] {
        let xs = vec![v; 100];
        fpstatus::clear();
        std::hint::black_box(std::hint::black_box(v).ln());
        let want = fpstatus::take();
        let mut out = vec![0.0; 100];
        unsafe { contiguous::<Log64>(xs.as_ptr(), out.as_mut_ptr(), 100) };
        assert_eq!(fpstatus::take(), want, "flags of log({v})");
    }
}

#[test]
fn log_f32_within_one_ulp_over_a_sweep_of_all_floats() {
    // Every 61st float32 bit pattern; reference float64 libm rounded once.
    let x: Vec<f32> = (0..=u32::MAX).step_by(61).map(f32::from_bits).collect();
    let mut got = vec![0.0f32; x.len()];
    unsafe { contiguous::<Log32>(x.as_ptr(), got.as_mut_ptr(), x.len()) };
    let mut same = 0usize;
    for (&v, &g) in x.iter().zip(&got) {
        let want = (v as f64).ln() as f32;
        assert!(ulps32(g, want) <= 1, "log({v:e}) = {g:e}, want {want:e}");
        assert!(
            ulps32(g, v.ln()) <= 1,
            "log({v:e}) = {g:e}, logf {:e}",
            v.ln()
        );
        same += (ulps32(g, want) == 0) as usize;
    }
    eprintln!("log f32: {} values, {same} correctly rounded", x.len());
    use crate::fpstatus;
    for v in [0.0f32, -0.0, -1.0, f32::NAN, f32::INFINITY, 1e-45, 2.0] {
        let xs = vec![v; 100];
        fpstatus::clear();
        std::hint::black_box(std::hint::black_box(v).ln());
        let want = fpstatus::take();
        let mut out = vec![0.0f32; 100];
        unsafe { contiguous::<Log32>(xs.as_ptr(), out.as_mut_ptr(), 100) };
        assert_eq!(fpstatus::take(), want, "flags of log({v})");
    }
}

pub(super) fn run<F: VecFn>(x: &[F::T]) -> Vec<F::T> {
    let mut out = vec![F::T::default(); x.len()];
    unsafe { contiguous::<F>(x.as_ptr(), out.as_mut_ptr(), x.len()) };
    out
}

fn run2<F: VecFn2>(a: &[F::T], b: &[F::T]) -> Vec<F::T> {
    let mut out = vec![F::T::default(); a.len()];
    unsafe { contiguous2::<F>(a.as_ptr(), b.as_ptr(), out.as_mut_ptr(), a.len()) };
    out
}

/// Largest ULP distance and the share of identical results.
#[derive(Default)]
pub(super) struct Stats {
    worst: u64,
    same: usize,
    n: usize,
}
impl Stats {
    pub(super) fn add(&mut self, d: u64) {
        self.worst = self.worst.max(d);
        self.same += (d == 0) as usize;
        self.n += 1;
    }
    pub(super) fn report(&self, what: &str) {
        eprintln!(
            "{what}: {} values, {:.4}% identical, max {} ULP",
            self.n,
            100.0 * self.same as f64 / self.n as f64,
            self.worst
        );
    }
}

/// Identical bits, or both NaN (the exact comparison for special values:
/// signed zeros differ).
pub(super) fn same64(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || a.is_nan() && b.is_nan()
}

pub(super) fn same32(a: f32, b: f32) -> bool {
    a.to_bits() == b.to_bits() || a.is_nan() && b.is_nan()
}

/// `n` values dense around `c`: its bit neighbours and a relative spread.
pub(super) fn around(rng: &mut Rng, c: f64, n: usize) -> Vec<f64> {
    let b = c.to_bits();
    let mut v: Vec<f64> = (0..n as u64)
        .map(|d| f64::from_bits(b - n as u64 / 2 + d))
        .collect();
    v.extend((0..n).map(|_| c * (1.0 + rng.uniform(-1e-6, 1e-6))));
    v
}

/// Random float64 bit patterns of either sign, any exponent (no NaN/inf).
pub(super) fn any_finite(rng: &mut Rng) -> f64 {
    loop {
        let v = f64::from_bits(rng.next());
        if v.is_finite() {
            return v;
        }
    }
}

pub(super) const SPECIALS64: [f64; 16] = [
    0.0,
    -0.0,
    f64::NAN,
    -f64::NAN,
    f64::INFINITY,
    f64::NEG_INFINITY,
    f64::MAX,
    f64::MIN,
    f64::MIN_POSITIVE,
    -f64::MIN_POSITIVE,
    5e-324,
    -5e-324,
    1e-310,
    1.0,
    -1.0,
    1e300,
];

#[test]
fn tanh_f64_against_libm() {
    let mut rng = Rng(0x0bad_cafe_dead_beef);
    let mut x: Vec<f64> = (0..2_000_000).map(|_| rng.uniform(-25.0, 25.0)).collect();
    x.extend((0..1_000_000).map(|_| rng.uniform(-1.0, 1.0)));
    // Every scale from the subnormals up; the thresholds and the points
    // where k = round(−2|x|/ln 2) steps, ((j + ½)·ln 2)/2.
    for e in -1074..6 {
        let m = 2f64.powi(e);
        x.extend((0..300).map(|_| m * rng.uniform(-2.0, 2.0)));
    }
    let mut marks = vec![22.0, TINY64_FOR_TESTS, 0.5, 1.0];
    marks.extend((0..64).map(|j| (j as f64 + 0.5) * std::f64::consts::LN_2 / 2.0));
    for c in marks {
        for s in [1.0, -1.0] {
            x.extend(around(&mut rng, s * c, 2000));
        }
    }
    x.extend(SPECIALS64);
    let got = run::<Tanh64>(&x);
    let mut st = Stats::default();
    for (&v, &g) in x.iter().zip(&got) {
        let want = v.tanh();
        let d = ulps64(g, want);
        // glibc's tanh is itself up to 2 ULP off (its libm-test-ulps).
        assert!(d <= 2, "tanh({v:e}) = {g:e}, libm {want:e}");
        if !v.is_finite() || v == 0.0 || v.abs() < f64::MIN_POSITIVE {
            assert!(same64(g, want), "tanh({v:e}) = {g:e}, libm {want:e}");
        }
        st.add(d);
    }
    st.report("tanh f64 vs glibc");
}

/// 2^-28, the float64 threshold below which tanh returns x.
const TINY64_FOR_TESTS: f64 = 3.725_290_298_461_914e-9;

/// Every 61st float32 bit pattern through `F`: within 1 ULP of `f64_ref`
/// (float64 libm) rounded once to float32, within `tol_f32` ULP of
/// `f32_ref` (float32 libm), and identical to `f32_ref` for non-finite
/// inputs, zeros and the subnormals that `F` leaves to libm.
pub(super) fn sweep_f32<F: VecFn<T = f32>>(
    name: &str,
    f64_ref: fn(f64) -> f64,
    f32_ref: fn(f32) -> f32,
    tol_f32: u64,
) {
    let x: Vec<f32> = (0..=u32::MAX).step_by(61).map(f32::from_bits).collect();
    let got = run::<F>(&x);
    let (mut st, mut st_f) = (Stats::default(), Stats::default());
    for (&v, &g) in x.iter().zip(&got) {
        let want = f64_ref(v as f64) as f32;
        let d = ulps32(g, want);
        assert!(d <= 1, "{name}({v:e}) = {g:e}, want {want:e}");
        let df = ulps32(g, f32_ref(v));
        assert!(
            df <= tol_f32,
            "{name}({v:e}) = {g:e}, {name}f {:e}",
            f32_ref(v)
        );
        // (Subnormals that a kernel takes in range are held to the
        // correctly rounded result above instead.)
        if !v.is_finite() || v == 0.0 || (v.abs() < f32::MIN_POSITIVE && !F::prep(v).0) {
            assert!(same32(g, f32_ref(v)), "{name}({v:e}) = {g:e}");
        }
        st.add(d);
        st_f.add(df);
    }
    st.report(&format!("{name} f32 vs correctly rounded"));
    st_f.report(&format!("{name} f32 vs glibc {name}f"));
}

#[test]
fn tanh_f32_over_a_sweep_of_all_floats() {
    sweep_f32::<Tanh32>("tanh", f64::tanh, f32::tanh, 2);
}

#[test]
fn atan_f64_against_libm() {
    let mut rng = Rng(0x5151_7777_0123_4567);
    let mut x: Vec<f64> = (0..1_000_000).map(|_| any_finite(&mut rng)).collect();
    x.extend((0..1_000_000).map(|_| rng.uniform(-4.0, 4.0)));
    for e in -1074..120 {
        let m = 2f64.powi(e);
        x.extend((0..300).map(|_| m * rng.uniform(-2.0, 2.0)));
    }
    // The interval breakpoints of |x| and of 1/|x|.
    for c in [
        7.0 / 16.0,
        11.0 / 16.0,
        1.0,
        16.0 / 11.0,
        16.0 / 7.0,
        2f64.powi(100),
    ] {
        for s in [1.0, -1.0] {
            x.extend(around(&mut rng, s * c, 20_000));
        }
    }
    x.extend(SPECIALS64);
    let got = run::<Atan64>(&x);
    let mut st = Stats::default();
    for (&v, &g) in x.iter().zip(&got) {
        let want = v.atan();
        let d = ulps64(g, want);
        assert!(d <= 1, "atan({v:e}) = {g:e}, libm {want:e}");
        if !v.is_finite() || v == 0.0 || v.abs() < f64::MIN_POSITIVE {
            assert!(same64(g, want), "atan({v:e}) = {g:e}, libm {want:e}");
        }
        st.add(d);
    }
    st.report("atan f64 vs glibc");
}

#[test]
fn atan_f32_over_a_sweep_of_all_floats() {
    sweep_f32::<Atan32>("atan", f64::atan, f32::atan, 1);
}

/// `(y, x)` pairs: both operands over all bit patterns, the unit square,
/// ratios `|y/x|` near every breakpoint (0, 7/16, 11/16, 1, 16/11, 16/7,
/// ∞) and near the range limits, each in all four sign combinations, and
/// every pair of special values.
fn atan2_pairs64() -> (Vec<f64>, Vec<f64>) {
    let mut rng = Rng(0x2468_ace0_1357_9bdf);
    let (mut y, mut x) = (Vec::new(), Vec::new());
    let mut push = |a: f64, b: f64| {
        for (sa, sb) in [(1.0, 1.0), (-1.0, 1.0), (1.0, -1.0), (-1.0, -1.0)] {
            y.push(sa * a);
            x.push(sb * b);
        }
    };
    for _ in 0..300_000 {
        push(any_finite(&mut rng).abs(), any_finite(&mut rng).abs());
        push(rng.uniform(0.0, 1.0), rng.uniform(0.0, 1.0));
        // Exponents apart by at most 60, any scale.
        let s = 2f64.powi((rng.next() % 2000) as i32 - 1000);
        push(
            s * rng.uniform(0.0, 1.0),
            s * 2f64.powi((rng.next() % 60) as i32) * rng.uniform(0.5, 1.0),
        );
    }
    let ratios = [
        1e-300,
        1e-20,
        7.0 / 16.0,
        11.0 / 16.0,
        1.0,
        16.0 / 11.0,
        16.0 / 7.0,
        1e20,
        1e300,
    ];
    for &c in &ratios {
        for _ in 0..20_000 {
            let b = 2f64.powi((rng.next() % 200) as i32 - 100) * rng.uniform(1.0, 2.0);
            let a = b * c * (1.0 + rng.uniform(-1e-9, 1e-9));
            if a.is_finite() {
                push(a, b);
            }
        }
    }
    // Operands at the limits of the vector range (2^-509, 2^510) and of
    // the float range.
    for _ in 0..20_000 {
        for e in [-509, 510, -1022, 1021] {
            let v = 2f64.powi(e) * rng.uniform(0.99, 1.01);
            push(v, rng.uniform(0.5, 2.0));
            push(v, v * rng.uniform(0.5, 2.0));
        }
    }
    for &a in &SPECIALS64 {
        for &b in &SPECIALS64 {
            y.push(a);
            x.push(b);
        }
    }
    (y, x)
}

#[test]
fn atan2_f64_against_libm() {
    let (y, x) = atan2_pairs64();
    let got = run2::<Atan2_64>(&y, &x);
    let mut st = Stats::default();
    for ((&a, &b), &g) in y.iter().zip(&x).zip(&got) {
        let want = a.atan2(b);
        let d = ulps64(g, want);
        assert!(d <= 1, "atan2({a:e}, {b:e}) = {g:e}, libm {want:e}");
        if !(a.is_normal() && b.is_normal()) || want.abs() < f64::MIN_POSITIVE {
            assert!(
                same64(g, want),
                "atan2({a:e}, {b:e}) = {g:e}, libm {want:e}"
            );
        }
        st.add(d);
    }
    st.report("atan2 f64 vs glibc");
}

#[test]
fn atan2_f32_against_libm() {
    // The float64 pairs that are finite nonzero in float32 at a narrower
    // scale, plus all pairs of a sweep of float32 bit patterns.
    let mut rng = Rng(0x1111_2222_3333_4444);
    let (mut y, mut x) = (Vec::new(), Vec::new());
    for _ in 0..3_000_000 {
        y.push(f32::from_bits(rng.next() as u32));
        x.push(f32::from_bits((rng.next() >> 32) as u32));
    }
    for _ in 0..1_000_000 {
        y.push(rng.uniform(-1.0, 1.0) as f32);
        x.push(rng.uniform(-1.0, 1.0) as f32);
    }
    for c in [
        1e-30,
        1e-5,
        7.0 / 16.0,
        11.0 / 16.0,
        1.0,
        16.0 / 11.0,
        16.0 / 7.0,
        1e5,
        1e30,
    ] {
        for i in 0..40_000 {
            let b = (2f64.powi((rng.next() % 100) as i32 - 50) * rng.uniform(1.0, 2.0)) as f32;
            let a = (b as f64 * c * (1.0 + rng.uniform(-1e-6, 1e-6))) as f32;
            let (sa, sb) = ([1.0, -1.0][i % 2], [1.0, -1.0][(i / 2) % 2]);
            y.push(sa * a);
            x.push(sb * b);
        }
    }
    let sp: Vec<f32> = SPECIALS64
        .iter()
        .map(|&v| v as f32)
        .chain([1e-40, -1e-40, 3e38])
        .collect();
    for &a in &sp {
        for &b in &sp {
            y.push(a);
            x.push(b);
        }
    }
    let got = run2::<Atan2_32>(&y, &x);
    let (mut st, mut st_f) = (Stats::default(), Stats::default());
    for ((&a, &b), &g) in y.iter().zip(&x).zip(&got) {
        let want = (a as f64).atan2(b as f64) as f32;
        let d = ulps32(g, want);
        assert!(d <= 1, "atan2({a:e}, {b:e}) = {g:e}, want {want:e}");
        let wf = a.atan2(b);
        let df = ulps32(g, wf);
        assert!(df <= 1, "atan2({a:e}, {b:e}) = {g:e}, atan2f {wf:e}");
        if !(a.is_normal() && b.is_normal()) || wf.abs() < f32::MIN_POSITIVE {
            assert!(same32(g, wf), "atan2({a:e}, {b:e}) = {g:e}, atan2f {wf:e}");
        }
        st.add(d);
        st_f.add(df);
    }
    st.report("atan2 f32 vs correctly rounded");
    st_f.report("atan2 f32 vs glibc atan2f");
}

/// The IEEE flags of tanh, arctan and arctan2 are libm's (no spurious
/// invalid for NaN, underflow from v² or overflow from 2b + a).
#[test]
fn tanh_and_atan_flags_are_libms() {
    use crate::fpstatus;
    let flags = |f: &dyn Fn()| {
        fpstatus::clear();
        f();
        fpstatus::take()
    };
    let xs = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        5e-324,
        -1e-310,
        1e-300,
        1e-200,
        1e-10,
        0.5,
        -3.0,
        30.0,
        1e300,
        f64::MAX,
    ];
    for &v in &xs {
        let want = flags(&|| {
            std::hint::black_box(std::hint::black_box(v).tanh());
        });
        assert_eq!(flags(&|| drop(run::<Tanh64>(&[v; 100]))), want, "tanh({v})");
        let want = flags(&|| {
            std::hint::black_box(std::hint::black_box(v).atan());
        });
        assert_eq!(flags(&|| drop(run::<Atan64>(&[v; 100]))), want, "atan({v})");
        let v32 = v as f32;
        let want = flags(&|| {
            std::hint::black_box(std::hint::black_box(v32).tanh());
        });
        assert_eq!(
            flags(&|| drop(run::<Tanh32>(&[v32; 100]))),
            want,
            "tanh({v32}) f32"
        );
        let want = flags(&|| {
            std::hint::black_box(std::hint::black_box(v32).atan());
        });
        assert_eq!(
            flags(&|| drop(run::<Atan32>(&[v32; 100]))),
            want,
            "atan({v32}) f32"
        );
        for &w in &xs {
            let want = flags(&|| {
                std::hint::black_box(std::hint::black_box(v).atan2(w));
            });
            let got = flags(&|| drop(run2::<Atan2_64>(&[v; 100], &[w; 100])));
            assert_eq!(got, want, "atan2({v}, {w})");
            let w32 = w as f32;
            let want = flags(&|| {
                std::hint::black_box(std::hint::black_box(v32).atan2(w32));
            });
            let got = flags(&|| drop(run2::<Atan2_32>(&[v32; 100], &[w32; 100])));
            assert_eq!(got, want, "atan2({v32}, {w32}) f32");
        }
    }
}

/// The binary loop: every level gives the same bits, and strided,
/// reversed, broadcast (stride 0), unaligned and in-place operands agree
/// with the contiguous loop.
#[test]
fn binary_loop_levels_strides_and_in_place() {
    let (y, x) = atan2_pairs64();
    let (y, x) = (&y[..100_000], &x[..100_000]);
    let best = run2::<Atan2_64>(y, x);
    let mut base = vec![0.0; y.len()];
    unsafe { body2::<Atan2_64, false>(y.as_ptr(), x.as_ptr(), base.as_mut_ptr(), y.len()) };
    assert!(base
        .iter()
        .zip(&best)
        .all(|(a, b)| a.to_bits() == b.to_bits()));
    let n = 1000;
    let eq = |got: &[f64], want: &dyn Fn(usize) -> f64| (0..n).all(|i| same64(got[i], want(i)));
    // In place over either operand.
    let mut a = y[..n].to_vec();
    let pa = a.as_mut_ptr() as *mut u8;
    unsafe { kernel2::<Atan2_64>(&[pa, x.as_ptr() as *mut u8, pa], &[8, 8, 8], n) };
    assert!(eq(&a, &|i| best[i]));
    let mut b = x[..n].to_vec();
    let pb = b.as_mut_ptr() as *mut u8;
    unsafe { kernel2::<Atan2_64>(&[y.as_ptr() as *mut u8, pb, pb], &[8, 8, 8], n) };
    assert!(eq(&b, &|i| best[i]));
    // Reversed y, every other x, a broadcast x.
    let mut r = vec![0.0; n];
    let last = unsafe { y.as_ptr().add(n - 1) } as *mut u8;
    let ro = r.as_mut_ptr() as *mut u8;
    unsafe { kernel2::<Atan2_64>(&[last, x.as_ptr() as *mut u8, ro], &[-8, 16, 8], n) };
    let want: Vec<f64> = run2::<Atan2_64>(
        &(0..n).map(|i| y[n - 1 - i]).collect::<Vec<_>>(),
        &(0..n).map(|i| x[2 * i]).collect::<Vec<_>>(),
    );
    assert!(eq(&r, &|i| want[i]));
    let s = -0.75f64;
    unsafe {
        kernel2::<Atan2_64>(
            &[y.as_ptr() as *mut u8, &s as *const f64 as *mut u8, ro],
            &[8, 0, 8],
            n,
        )
    };
    let want = run2::<Atan2_64>(&y[..n], &vec![s; n]);
    assert!(eq(&r, &|i| want[i]));
    // Unaligned float32 operands (a byte offset of 1).
    let y32: Vec<f32> = y[..n].iter().map(|&v| v as f32).collect();
    let x32: Vec<f32> = x[..n].iter().map(|&v| v as f32).collect();
    let want = run2::<Atan2_32>(&y32, &x32);
    let mut raw = vec![0u8; 3 * 4 * n + 3];
    let base = raw.as_mut_ptr();
    unsafe {
        let (py, px, po) = (base.add(1), base.add(1 + 4 * n), base.add(2 + 8 * n));
        std::ptr::copy_nonoverlapping(y32.as_ptr() as *const u8, py, 4 * n);
        std::ptr::copy_nonoverlapping(x32.as_ptr() as *const u8, px, 4 * n);
        kernel2::<Atan2_32>(&[py, px, po], &[4, 4, 4], n);
        assert!(
            (0..n).all(|i| same32(std::ptr::read_unaligned((po as *const f32).add(i)), want[i]))
        );
    }
    // Unary tanh/atan: every level gives the same bits.
    let mut base = vec![0.0; y.len()];
    unsafe { body::<Tanh64, false>(y.as_ptr(), base.as_mut_ptr(), y.len()) };
    assert!(base
        .iter()
        .zip(&run::<Tanh64>(y))
        .all(|(a, b)| a.to_bits() == b.to_bits()));
    unsafe { body::<Atan64, false>(y.as_ptr(), base.as_mut_ptr(), y.len()) };
    assert!(base
        .iter()
        .zip(&run::<Atan64>(y))
        .all(|(a, b)| a.to_bits() == b.to_bits()));
}

#[test]
#[ignore]
fn timing_tanh_atan() {
    let n = 1_000_000;
    let x: Vec<f64> = (0..n).map(|i| -5.0 + 10.0 * i as f64 / n as f64).collect();
    let w: Vec<f64> = (0..n).map(|i| -3.0 + 10.0 * i as f64 / n as f64).collect();
    let xf: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    let wf: Vec<f32> = w.iter().map(|&v| v as f32).collect();
    let mut o = vec![0.0; n];
    let mut of = vec![0.0f32; n];
    let best = super::accuracy::best_of_20;
    let t = |name: &str, d: std::time::Duration| eprintln!("{name}: {d:?}");
    t(
        "tanh f64 vec",
        best(&mut || unsafe { contiguous::<Tanh64>(x.as_ptr(), o.as_mut_ptr(), n) }),
    );
    t(
        "tanh f64 libm",
        best(&mut || o.iter_mut().zip(&x).for_each(|(d, s)| *d = s.tanh())),
    );
    t(
        "tanh f32 vec",
        best(&mut || unsafe { contiguous::<Tanh32>(xf.as_ptr(), of.as_mut_ptr(), n) }),
    );
    t(
        "tanh f32 libm",
        best(&mut || of.iter_mut().zip(&xf).for_each(|(d, s)| *d = s.tanh())),
    );
    t(
        "atan f64 vec",
        best(&mut || unsafe { contiguous::<Atan64>(x.as_ptr(), o.as_mut_ptr(), n) }),
    );
    t(
        "atan f64 libm",
        best(&mut || o.iter_mut().zip(&x).for_each(|(d, s)| *d = s.atan())),
    );
    t(
        "atan f32 vec",
        best(&mut || unsafe { contiguous::<Atan32>(xf.as_ptr(), of.as_mut_ptr(), n) }),
    );
    t(
        "atan2 f64 vec",
        best(&mut || unsafe { contiguous2::<Atan2_64>(x.as_ptr(), w.as_ptr(), o.as_mut_ptr(), n) }),
    );
    t(
        "atan2 f64 libm",
        best(&mut || {
            o.iter_mut()
                .zip(x.iter().zip(&w))
                .for_each(|(d, (a, b))| *d = a.atan2(*b))
        }),
    );
    t(
        "atan2 f32 vec",
        best(&mut || unsafe {
            contiguous2::<Atan2_32>(xf.as_ptr(), wf.as_ptr(), of.as_mut_ptr(), n)
        }),
    );
    eprintln!("level {:?}", simd::level());
}
