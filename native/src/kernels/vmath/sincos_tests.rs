//! Accuracy of the vector `sin` and `cos` against libm, their IEEE flags,
//! and the loop variants (with and without FMA: the same bits). The inputs
//! are `tan`'s: the same reduction by π/2 has the same worst cases.

use super::accuracy::{against_libm_exact_where, assert_libm_flags, time_against_libm};
use super::sincos::{Cos32, Cos64, Sin32, Sin64};
use super::tan_tests::{inputs, k_pio2};
use super::tests::{other, run, ulps32, Rng};
use super::VecFn;

/// Identical to libm outside the vector range (|x| ≥ 2^20, subnormals).
fn outside(v: f64) -> bool {
    !(v.abs() >= f64::MIN_POSITIVE && v.abs() < 1048576.0)
}

#[test]
fn sin_f64_within_one_ulp_of_libm() {
    against_libm_exact_where::<Sin64>("sin", &inputs(), f64::sin, 1, true, outside);
}

#[test]
fn cos_f64_within_one_ulp_of_libm() {
    against_libm_exact_where::<Cos64>("cos", &inputs(), f64::cos, 1, true, outside);
}

/// Every 61st float32 bit pattern, and the floats nearest to every k·π/2
/// below 2^20 with their neighbours: `F` within 1 ULP of the correctly
/// rounded value (`want64` rounded) and of `want32` (glibc's float32
/// function), identical to `want32` outside the vector range.
fn f32_sweep<F: VecFn<T = f32>>(name: &str, want64: fn(f64) -> f64, want32: fn(f32) -> f32) {
    let mut x: Vec<f32> = (0..=u32::MAX).step_by(61).map(f32::from_bits).collect();
    for k in 1..667_544u64 {
        let b = (k_pio2(k) as f32).to_bits();
        x.extend([
            f32::from_bits(b - 1),
            f32::from_bits(b),
            f32::from_bits(b + 1),
            -f32::from_bits(b),
        ]);
    }
    for (variant, got) in [("dispatched", run::<F>(&x)), ("other", other::<F>(&x))] {
        let (mut n, mut same, mut same_f) = (0usize, 0usize, 0usize);
        for (&v, &g) in x.iter().zip(&got) {
            let want = want64(v as f64) as f32;
            let wf = want32(v);
            let d = ulps32(g, want);
            assert!(d <= 1, "{variant}: {name}({v:e}) = {g:e}, want {want:e}");
            let df = ulps32(g, wf);
            assert!(df <= 1, "{variant}: {name}({v:e}) = {g:e}, libm {wf:e}");
            if outside(v as f64) {
                assert!(
                    g.to_bits() == wf.to_bits() || g.is_nan() && wf.is_nan(),
                    "{variant}: {name}({v:e}) = {g:e}, libm {wf:e}"
                );
            } else {
                n += 1;
                same += (d == 0) as usize;
                same_f += (df == 0) as usize;
            }
        }
        eprintln!(
            "{name} f32 ({variant}): {n} values in range, {:.4}% correctly rounded, \
             {:.4}% identical to glibc",
            100.0 * same as f64 / n as f64,
            100.0 * same_f as f64 / n as f64
        );
    }
}

#[test]
fn sin_f32_over_a_sweep_of_all_floats() {
    f32_sweep::<Sin32>("sin", f64::sin, f32::sin);
}

#[test]
fn cos_f32_over_a_sweep_of_all_floats() {
    f32_sweep::<Cos32>("cos", f64::cos, f32::cos);
}

#[test]
fn sin_cos_flags_are_libms() {
    for v in [
        0.0,
        -0.0,
        1.0,
        -std::f64::consts::FRAC_PI_2,
        std::f64::consts::PI,
        1e-10,
        1e-300,
        5e-324,
        -1e-310,
        7.450_580_596_923_828e-9,
        1e6,
        1048576.0,
        1e300,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        assert_libm_flags::<Sin64>("sin", v, f64::sin);
        assert_libm_flags::<Cos64>("cos", v, f64::cos);
        let v32 = std::hint::black_box(v as f32);
        assert_libm_flags::<Sin32>("sin f32", v32, f32::sin);
        assert_libm_flags::<Cos32>("cos f32", v32, f32::cos);
    }
}

#[test]
#[ignore]
fn timing_sin_cos() {
    let mut rng = Rng(11);
    let x: Vec<f64> = (0..1_000_000).map(|_| rng.uniform(-10.0, 10.0)).collect();
    let xf: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    time_against_libm::<Sin64>("sin f64", &x, f64::sin);
    time_against_libm::<Cos64>("cos f64", &x, f64::cos);
    time_against_libm::<Sin32>("sin f32", &xf, f32::sin);
    time_against_libm::<Cos32>("cos f32", &xf, f32::cos);
}
