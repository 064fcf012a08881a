//! Accuracy of the vector `sin` and `cos` against libm, their IEEE flags,
//! and the loop variants (with and without FMA: the same bits). The inputs
//! are `tan`'s: the same reduction by π/2 has the same worst cases.

use super::accuracy::{against_libm_exact_where, assert_libm_flags, time_against_libm};
use super::sincos::{Cos32, Cos64, Sin32, Sin64};
use super::tan_tests::{inputs, outside, trig_f32_sweep, FLAG_INPUTS};
use super::tests::Rng;

#[test]
fn sin_f64_within_one_ulp_of_libm() {
    against_libm_exact_where::<Sin64>("sin", &inputs(), f64::sin, 1, true, outside);
}

#[test]
fn cos_f64_within_one_ulp_of_libm() {
    against_libm_exact_where::<Cos64>("cos", &inputs(), f64::cos, 1, true, outside);
}

#[test]
fn sin_f32_over_a_sweep_of_all_floats() {
    trig_f32_sweep::<Sin32>("sin", f64::sin, f32::sin);
}

#[test]
fn cos_f32_over_a_sweep_of_all_floats() {
    trig_f32_sweep::<Cos32>("cos", f64::cos, f32::cos);
}

#[test]
fn sin_cos_flags_are_libms() {
    for v in FLAG_INPUTS {
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
