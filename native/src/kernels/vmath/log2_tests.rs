//! Accuracy of the vector `log2` against libm, its exact powers of two, its
//! IEEE flags, and the loop variants (with and without FMA).

use super::log::{Log2_32, Log2_64};
use super::tests::{log_inputs, run, ulps32, ulps64};
use super::*;

#[test]
fn log2_f64_within_one_ulp_of_libm_and_exact_at_powers_of_two() {
    let x = log_inputs();
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
