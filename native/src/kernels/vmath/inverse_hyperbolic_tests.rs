//! Accuracy of the vector `arcsinh`, `arccosh` and `arctanh` against libm,
//! their IEEE flags, and both loop variants (with and without FMA).

use super::accuracy::{against_libm, assert_libm_flags, flag_inputs, inputs, time_against_libm};
use super::inverse_hyperbolic::{Acosh32, Acosh64, Asinh32, Asinh64, Atanh32, Atanh64};
use super::tests::{log_inputs, sweep_f32};
use crate::kernels::libm::CReal;

/// 2^-28 (the range's lower end) and 2^28.
const T28: f64 = 3.725_290_298_461_914e-9;
const B28: f64 = 268_435_456.0;

// glibc's asinh, acosh and atanh (and their float32 versions) are
// themselves up to 2 ULP off (its libm-test-ulps); where the kernels and
// glibc differ by 2, mpmath puts the kernels' results (e.g. acosh at
// 1.030900126829648, asinh at 0.5052701783723776) correctly rounded.
#[test]
fn asinh_f64_within_two_ulp_of_libm() {
    let mut x = inputs(
        -30.0,
        30.0,
        &[T28, B28, 0.5, 1.0, 2.0, 1e-5, 3.27e150, 1e300],
    );
    x.extend(log_inputs().iter().flat_map(|&v| [v, -v]));
    against_libm::<Asinh64>("asinh", &x, f64::c_asinh, 2, true);
}

#[test]
fn acosh_f64_within_two_ulp_of_libm() {
    let mut x = inputs(
        0.5,
        30.0,
        &[1.0, 1.0 + 1e-10, 1.5, 2.0, B28, 3.27e150, 1e300],
    );
    x.extend(log_inputs());
    against_libm::<Acosh64>("acosh", &x, f64::c_acosh, 2, true);
}

#[test]
fn atanh_f64_within_two_ulp_of_libm() {
    let marks = [T28, 0.5, 0.9, 0.999_999, 1.0, 1e-5];
    let mut x = inputs(-1.01, 1.01, &marks);
    x.extend(log_inputs().iter().map(|&v| 1.0 / (1.0 + v)));
    against_libm::<Atanh64>("atanh", &x, f64::c_atanh, 2, true);
}

#[test]
fn inverse_hyperbolic_f32_over_a_sweep_of_all_floats() {
    sweep_f32::<Asinh32>("asinh", f64::c_asinh, f32::c_asinh, 2);
    sweep_f32::<Acosh32>("acosh", f64::c_acosh, f32::c_acosh, 2);
    sweep_f32::<Atanh32>("atanh", f64::c_atanh, f32::c_atanh, 2);
}

#[test]
fn inverse_hyperbolic_flags_are_libms() {
    for v in flag_inputs(&[1e10, 1e150, 1e160, 0.999_999_999]) {
        let v32 = v as f32;
        assert_libm_flags::<Asinh64>("asinh", v, f64::c_asinh);
        assert_libm_flags::<Acosh64>("acosh", v, f64::c_acosh);
        assert_libm_flags::<Atanh64>("atanh", v, f64::c_atanh);
        assert_libm_flags::<Asinh32>("asinh", v32, f32::c_asinh);
        assert_libm_flags::<Acosh32>("acosh", v32, f32::c_acosh);
        assert_libm_flags::<Atanh32>("atanh", v32, f32::c_atanh);
    }
}

#[test]
#[ignore]
fn timing_inverse_hyperbolic() {
    let n = 1_000_000;
    let x: Vec<f64> = (0..n).map(|i| 1.0 + 10.0 * i as f64 / n as f64).collect();
    let t: Vec<f64> = x.iter().map(|v| v / 11.5).collect();
    let (xf, tf): (Vec<f32>, Vec<f32>) = x
        .iter()
        .zip(&t)
        .map(|(&a, &b)| (a as f32, b as f32))
        .unzip();
    time_against_libm::<Asinh64>("asinh f64", &x, f64::c_asinh);
    time_against_libm::<Acosh64>("acosh f64", &x, f64::c_acosh);
    time_against_libm::<Atanh64>("atanh f64", &t, f64::c_atanh);
    time_against_libm::<Asinh32>("asinh f32", &xf, f32::c_asinh);
    time_against_libm::<Acosh32>("acosh f32", &xf, f32::c_acosh);
    time_against_libm::<Atanh32>("atanh f32", &tf, f32::c_atanh);
}
