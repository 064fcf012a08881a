//! Accuracy of the vector `expm1`, `sinh` and `cosh` against libm, their
//! IEEE flags, and both loop variants (with and without FMA).

use super::accuracy::{against_libm, assert_libm_flags, flag_inputs, inputs, time_against_libm};
use super::expm1::{Expm1_32, Expm1_64};
use super::sinh_cosh::{Cosh32, Cosh64, Sinh32, Sinh64};
use super::tests::sweep_f32;

/// 2^-28 and 2^-54, the tiny thresholds.
const T28: f64 = 3.725_290_298_461_914e-9;
const T54: f64 = 5.551_115_123_125_783e-17;

#[test]
fn expm1_f64_within_one_ulp_of_libm() {
    let marks = [709.0, 709.78, 45.0, 0.3466, 1.0, T54, 2.0 * T54, 1e-10];
    against_libm::<Expm1_64>("expm1", &inputs(-50.0, 712.0, &marks), f64::exp_m1, 1, true);
}

#[test]
fn sinh_and_cosh_f64_within_two_ulp_of_libm() {
    let marks = [709.0, 710.4, 20.0, T28, 0.3466, 1.0, 22.0, 1e-5];
    let x = inputs(-712.0, 712.0, &marks);
    // glibc's sinh and cosh are themselves up to 2 ULP off (its
    // libm-test-ulps); mpmath puts sinh(0.8470005580143152) at this
    // kernel's result, 2 ULP from glibc's.
    against_libm::<Sinh64>("sinh", &x, f64::sinh, 2, true);
    against_libm::<Cosh64>("cosh", &x, f64::cosh, 2, false);
}

#[test]
fn expm1_sinh_cosh_f32_over_a_sweep_of_all_floats() {
    sweep_f32::<Expm1_32>("expm1", f64::exp_m1, f32::exp_m1, 1);
    sweep_f32::<Sinh32>("sinh", f64::sinh, f32::sinh, 2);
    sweep_f32::<Cosh32>("cosh", f64::cosh, f32::cosh, 2);
}

#[test]
fn expm1_sinh_cosh_flags_are_libms() {
    for v in flag_inputs(&[
        -50.0, -800.0, 30.0, 88.9, 89.5, 400.0, 708.9, 709.5, 710.0, 711.0,
    ]) {
        let v32 = v as f32;
        assert_libm_flags::<Expm1_64>("expm1", v, f64::exp_m1);
        assert_libm_flags::<Sinh64>("sinh", v, f64::sinh);
        assert_libm_flags::<Cosh64>("cosh", v, f64::cosh);
        assert_libm_flags::<Expm1_32>("expm1", v32, f32::exp_m1);
        assert_libm_flags::<Sinh32>("sinh", v32, f32::sinh);
        assert_libm_flags::<Cosh32>("cosh", v32, f32::cosh);
    }
}

#[test]
#[ignore]
fn timing_expm1_sinh_cosh() {
    let n = 1_000_000;
    let x: Vec<f64> = (0..n).map(|i| -5.0 + 10.0 * i as f64 / n as f64).collect();
    let xf: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    time_against_libm::<Expm1_64>("expm1 f64", &x, f64::exp_m1);
    time_against_libm::<Sinh64>("sinh f64", &x, f64::sinh);
    time_against_libm::<Cosh64>("cosh f64", &x, f64::cosh);
    time_against_libm::<Expm1_32>("expm1 f32", &xf, f32::exp_m1);
    time_against_libm::<Sinh32>("sinh f32", &xf, f32::sinh);
    time_against_libm::<Cosh32>("cosh f32", &xf, f32::cosh);
}
