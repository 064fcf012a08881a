//! Accuracy of the vector `exp2` against libm, its exact integers, its IEEE
//! flags, and its two loop variants (with and without FMA).

use super::exp2::{Exp2_32, Exp2_64};
use super::tests::{other, run, ulps32, ulps64, Rng};

/// Uniform over the whole range and near 0, dense around the thresholds
/// (±1020, 1024, −1022, −1074) and the half-integers where `k` rounds, and
/// the specials.
fn inputs() -> Vec<f64> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut x: Vec<f64> = (0..2_000_000)
        .map(|_| rng.uniform(-1080.0, 1030.0))
        .collect();
    x.extend((0..500_000).map(|_| rng.uniform(-1.0, 1.0)));
    for c in [
        1020.0f64, -1020.0, 1024.0, -1022.0, -1074.0, 0.5, -0.5, 7.5, -300.5,
    ] {
        let b = f64::to_bits(c);
        x.extend((0..20_000u64).map(|d| f64::from_bits(b - 10_000 + d)));
        x.extend((0..20_000).map(|_| c + rng.uniform(-0.01, 0.01)));
    }
    for e in -80..10 {
        let m = 2f64.powi(e);
        x.extend((0..200).map(|_| m * rng.uniform(-2.0, 2.0)));
    }
    x.extend([
        0.0,
        -0.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        f64::MIN,
        5e-324,
    ]);
    x
}

#[test]
fn exp2_f64_within_one_ulp_of_libm_and_exact_at_integers() {
    let x = inputs();
    for (variant, got) in [
        ("dispatched", run::<Exp2_64>(&x)),
        ("other", other::<Exp2_64>(&x)),
    ] {
        let (mut worst, mut same) = (0, 0usize);
        for (&v, &g) in x.iter().zip(&got) {
            let d = ulps64(g, v.exp2());
            assert!(
                d <= 1,
                "{variant}: exp2({v:e}) = {g:e}, libm {:e}",
                v.exp2()
            );
            worst = worst.max(d);
            same += (d == 0) as usize;
        }
        eprintln!(
            "exp2 f64 ({variant}): {} values, {:.4}% identical to libm, max {worst} ULP",
            x.len(),
            100.0 * same as f64 / x.len() as f64
        );
    }
    let ints: Vec<f64> = (-1074..1024).map(|e| e as f64).collect();
    for (e, g) in ints.iter().zip(run::<Exp2_64>(&ints)) {
        assert_eq!(g, e.exp2(), "exp2({e})");
    }
}

#[test]
fn exp2_flags_are_libms() {
    use crate::fpstatus;
    for v in [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        1e-200,
        0.0,
        3.5,
        -1021.5,
        -1030.0,
        -1080.0,
        1023.5,
        1024.0,
        2000.0,
    ] {
        fpstatus::clear();
        std::hint::black_box(std::hint::black_box(v).exp2());
        let want = fpstatus::take();
        let _ = run::<Exp2_64>(&vec![v; 100]);
        assert_eq!(fpstatus::take(), want, "flags of exp2({v})");
    }
}

#[test]
fn exp2_f32_within_one_ulp_over_a_sweep_of_all_floats() {
    // Every 61st float32 bit pattern; reference float64 libm rounded once.
    let x: Vec<f32> = (0..=u32::MAX).step_by(61).map(f32::from_bits).collect();
    for got in [run::<Exp2_32>(&x), other::<Exp2_32>(&x)] {
        for (&v, &g) in x.iter().zip(&got) {
            let want = (v as f64).exp2() as f32;
            assert!(ulps32(g, want) <= 1, "exp2({v:e}) = {g:e}, want {want:e}");
        }
    }
}
