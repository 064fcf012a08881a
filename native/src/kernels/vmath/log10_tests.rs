//! Accuracy of the vector `log10`, `log1p` and `cbrt` against libm (exact
//! powers of ten and of eight), their IEEE flags, and both loop variants.

use super::accuracy::{against_libm, assert_libm_flags, flag_inputs, inputs, time_against_libm};
use super::cbrt::{Cbrt32, Cbrt64};
use super::log::{Log10_32, Log10_64, Log1p32, Log1p64};
use super::tests::{log_inputs, run, sweep_f32};

#[test]
fn log10_f64_within_two_ulp_of_libm_and_exact_at_powers_of_ten() {
    // glibc's log10 is itself up to 2 ULP off (libm-test-ulps); mpmath puts
    // log10(1.7458902052038137) at this kernel's result, 2 ULP from glibc's.
    against_libm::<Log10_64>("log10", &log_inputs(), f64::log10, 2, true);
    let tens: Vec<f64> = (0..=22)
        .map(|e| format!("1e{e}").parse().unwrap())
        .collect();
    let got = run::<Log10_64>(&tens);
    for (e, g) in got.iter().enumerate() {
        assert_eq!(*g, e as f64, "log10(1e{e})");
    }
}

#[test]
fn log1p_f64_within_one_ulp_of_libm() {
    let marks = [1.0, 0.4142, -0.2929, 1e-10, 5.6e-17, 9.007e15, -0.999_999];
    let mut x = inputs(-1.0, 10.0, &marks);
    x.extend(log_inputs());
    against_libm::<Log1p64>("log1p", &x, f64::ln_1p, 1, true);
}

#[test]
fn cbrt_f64_within_one_ulp_of_libm_and_exact_at_cubes() {
    let mut x = log_inputs();
    x.extend(x.clone().iter().map(|v| -v).collect::<Vec<_>>());
    x.extend(inputs(-10.0, 10.0, &[1.0, 2.0, 4.0, 8.0]));
    against_libm::<Cbrt64>("cbrt", &x, f64::cbrt, 1, true);
    let cubes: Vec<f64> = (-1000..=1000).map(|k| (k * k * k) as f64).collect();
    for (c, g) in cubes.iter().zip(run::<Cbrt64>(&cubes)) {
        assert_eq!(g, c.cbrt(), "cbrt({c})");
    }
}

#[test]
fn log10_log1p_cbrt_f32_over_a_sweep_of_all_floats() {
    sweep_f32::<Log10_32>("log10", f64::log10, f32::log10, 2);
    sweep_f32::<Log1p32>("log1p", f64::ln_1p, f32::ln_1p, 1);
    sweep_f32::<Cbrt32>("cbrt", f64::cbrt, f32::cbrt, 1);
}

#[test]
fn log10_log1p_cbrt_flags_are_libms() {
    for v in flag_inputs(&[-1.5]) {
        let v32 = v as f32;
        assert_libm_flags::<Log10_64>("log10", v, f64::log10);
        assert_libm_flags::<Log1p64>("log1p", v, f64::ln_1p);
        assert_libm_flags::<Cbrt64>("cbrt", v, f64::cbrt);
        assert_libm_flags::<Log10_32>("log10", v32, f32::log10);
        assert_libm_flags::<Log1p32>("log1p", v32, f32::ln_1p);
        assert_libm_flags::<Cbrt32>("cbrt", v32, f32::cbrt);
    }
}

#[test]
#[ignore]
fn timing_log10_log1p_cbrt() {
    let n = 1_000_000;
    let x: Vec<f64> = (0..n).map(|i| 0.1 + 10.0 * i as f64 / n as f64).collect();
    let xf: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    time_against_libm::<Log10_64>("log10 f64", &x, f64::log10);
    time_against_libm::<Log1p64>("log1p f64", &x, f64::ln_1p);
    time_against_libm::<Cbrt64>("cbrt f64", &x, f64::cbrt);
    time_against_libm::<Log10_32>("log10 f32", &xf, f32::log10);
    time_against_libm::<Log1p32>("log1p f32", &xf, f32::ln_1p);
    time_against_libm::<Cbrt32>("cbrt f32", &xf, f32::cbrt);
}
