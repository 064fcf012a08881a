//! Accuracy of the vector `log2` against libm, its exact powers of two, its
//! IEEE flags, and the loop variants (with and without FMA).

use super::log::{Log2_32, Log2_64};
use super::tests::{ulps32, ulps64, Rng};
use super::*;

fn run<F: VecFn>(x: &[F::T]) -> Vec<F::T> {
    let mut out = vec![F::T::default(); x.len()];
    unsafe { contiguous::<F>(x.as_ptr(), out.as_mut_ptr(), x.len()) };
    out
}

/// Positive values over every exponent, dense near 1, √½ and √2 (where the
/// reduction switches `k`), every power of two, subnormals and specials.
fn inputs() -> Vec<f64> {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut x: Vec<f64> = (0..2_000_000)
        .map(|_| f64::from_bits(rng.next() % 0x7ff0_0000_0000_0000))
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
    x.extend([
        0.0,
        -0.0,
        -1.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        5e-324,
    ]);
    x
}

#[test]
fn log2_f64_within_one_ulp_of_libm_and_exact_at_powers_of_two() {
    let x = inputs();
    let got = run::<Log2_64>(&x);
    // The loop without FMA (Dekker's exact product) gives the same bits.
    let mut base = vec![0.0; x.len()];
    unsafe { body::<Log2_64, false>(x.as_ptr(), base.as_mut_ptr(), x.len()) };
    assert!(base
        .iter()
        .zip(&got)
        .all(|(a, b)| a.to_bits() == b.to_bits()));
    let (mut worst, mut same) = (0, 0usize);
    for (&v, &g) in x.iter().zip(&got) {
        let d = ulps64(g, v.log2());
        assert!(d <= 1, "log2({v:e}) = {g:e}, libm {:e}", v.log2());
        worst = worst.max(d);
        same += (d == 0) as usize;
    }
    for e in -1074i64..1024 {
        let p = if e >= -1022 {
            f64::from_bits(((e + 1023) as u64) << 52)
        } else {
            f64::from_bits(1u64 << (e + 1074))
        };
        assert_eq!(run::<Log2_64>(&[p])[0], e as f64, "log2(2^{e})");
    }
    eprintln!(
        "log2 f64: {} values, {:.4}% identical to libm, max {worst} ULP",
        x.len(),
        100.0 * same as f64 / x.len() as f64
    );
}

#[test]
fn log2_flags_are_libms() {
    use crate::fpstatus;
    for v in [0.0, -0.0, -1.0, f64::NAN, f64::INFINITY, 5e-324, 2.0, 3.0] {
        let xs = vec![v; 100];
        fpstatus::clear();
        std::hint::black_box(std::hint::black_box(v).log2());
        let want = fpstatus::take();
        let _ = run::<Log2_64>(&xs);
        assert_eq!(fpstatus::take(), want, "flags of log2({v})");
    }
}

#[test]
fn log2_f32_within_one_ulp_over_a_sweep_of_all_floats() {
    // Every 61st float32 bit pattern; reference float64 libm rounded once.
    let x: Vec<f32> = (0..=u32::MAX).step_by(61).map(f32::from_bits).collect();
    let got = run::<Log2_32>(&x);
    for (&v, &g) in x.iter().zip(&got) {
        let want = (v as f64).log2() as f32;
        assert!(ulps32(g, want) <= 1, "log2({v:e}) = {g:e}, want {want:e}");
    }
}
