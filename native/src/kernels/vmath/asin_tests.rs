//! Accuracy of the vector `arcsin`/`arccos` against libm, their IEEE flags,
//! and the loop variants (with and without FMA: the same bits).

use super::accuracy::{against_libm_exact_where, assert_libm_flags, time_against_libm};
use super::asin::{Acos32, Acos64, Asin32, Asin64};
use super::tests::{other, run, ulps32, Rng};
use super::VecFn;

/// Uniform on [-1, 1]; dense (bit neighbours and a relative spread) around
/// ±1/2, ±1 and a few interior points; every power-of-two scale from the
/// subnormals up to 2; just outside ±1 and random magnitudes beyond; the
/// specials.
fn inputs() -> Vec<f64> {
    let mut rng = Rng(0x0a51_2c05_dead_0001);
    let mut x: Vec<f64> = (0..2_000_000).map(|_| rng.uniform(-1.0, 1.0)).collect();
    for c in [0.5f64, 1.0, 0.25, 0.75, 0.9, 0.99, 0.999_999] {
        for s in [1.0, -1.0] {
            let b = (s * c).to_bits();
            x.extend((0..40_000u64).map(|d| f64::from_bits(b - 20_000 + d)));
            x.extend((0..40_000).map(|_| s * c * (1.0 + rng.uniform(-1e-6, 1e-6))));
        }
    }
    // 1 − 2^-k from both sides of 1 (s = √((1−a)/2) down to 2^-27).
    for k in 1..54 {
        let c = 1.0 - 2f64.powi(-k);
        x.extend((0..200).map(|_| c * (1.0 + rng.uniform(-1e-12, 1e-12))));
        x.extend((0..200).map(|_| -c * (1.0 + rng.uniform(-1e-12, 1e-12))));
    }
    for e in -1074..2 {
        let m = 2f64.powi(e);
        x.extend((0..300).map(|_| m * rng.uniform(-2.0, 2.0)));
    }
    x.extend((0..20_000).map(|_| f64::from_bits(rng.next())));
    x.extend([
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        -0.5,
        f64::NAN,
        -f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        7.450_580_596_923_828e-9,
        -7.450_580_596_923_828e-9,
    ]);
    x
}

/// Within 1 ULP of libm (`want`), both loop variants with the same bits;
/// NaN, ±0, ±1, `|x| > 1` and subnormal inputs identical to libm.
fn check64<F: VecFn<T = f64>>(name: &str, want: fn(f64) -> f64) {
    let exact = |v: f64| !(v.abs() >= f64::MIN_POSITIVE && v.abs() < 1.0);
    against_libm_exact_where::<F>(name, &inputs(), want, 1, true, exact);
}

#[test]
fn asin_f64_within_one_ulp_of_libm() {
    check64::<Asin64>("asin", f64::asin);
}

#[test]
fn acos_f64_within_one_ulp_of_libm() {
    check64::<Acos64>("acos", f64::acos);
}

/// Every 61st float32 bit pattern, both loop variants: within 1 ULP of
/// float64 libm rounded once to float32 and of float32 libm; identical to
/// float32 libm for NaN, ±inf, |x| > 1, ±0, ±1 and subnormals.
fn sweep32<F: VecFn<T = f32>>(name: &str, f64_ref: fn(f64) -> f64, f32_ref: fn(f32) -> f32) {
    let x: Vec<f32> = (0..=u32::MAX).step_by(61).map(f32::from_bits).collect();
    for (variant, got) in [("dispatched", run::<F>(&x)), ("other", other::<F>(&x))] {
        let (mut n, mut same, mut same_f) = (0usize, 0usize, 0usize);
        for (&v, &g) in x.iter().zip(&got) {
            let want = f64_ref(v as f64) as f32;
            let wf = f32_ref(v);
            let d = ulps32(g, want);
            assert!(d <= 1, "{variant}: {name}({v:e}) = {g:e}, want {want:e}");
            let df = ulps32(g, wf);
            assert!(df <= 1, "{variant}: {name}({v:e}) = {g:e}, {name}f {wf:e}");
            if !(v.abs() >= f32::MIN_POSITIVE && v.abs() < 1.0) {
                assert!(
                    g.to_bits() == wf.to_bits() || g.is_nan() && wf.is_nan(),
                    "{variant}: {name}({v:e}) = {g:e}, {name}f {wf:e}"
                );
            } else {
                n += 1;
                same += (d == 0) as usize;
                same_f += (df == 0) as usize;
            }
        }
        eprintln!(
            "{name} f32 ({variant}): {n} values in (-1, 1), {:.4}% correctly rounded, \
             {:.4}% identical to {name}f",
            100.0 * same as f64 / n as f64,
            100.0 * same_f as f64 / n as f64
        );
    }
}

#[test]
fn asin_f32_over_a_sweep_of_all_floats() {
    sweep32::<Asin32>("asin", f64::asin, f32::asin);
}

#[test]
fn acos_f32_over_a_sweep_of_all_floats() {
    sweep32::<Acos32>("acos", f64::acos, f32::acos);
}

#[test]
fn asin_acos_flags_are_libms() {
    for v in [
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        -0.75,
        1e-10,
        1e-300,
        5e-324,
        -1e-310,
        1.0 + f64::EPSILON,
        -2.0,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        let v32 = std::hint::black_box(v as f32);
        assert_libm_flags::<Asin64>("asin", v, f64::asin);
        assert_libm_flags::<Asin32>("asin f32", v32, f32::asin);
        assert_libm_flags::<Acos64>("acos", v, f64::acos);
        assert_libm_flags::<Acos32>("acos f32", v32, f32::acos);
    }
}

#[test]
#[ignore]
fn timing_asin_acos() {
    let mut rng = Rng(7);
    let x: Vec<f64> = (0..1_000_000).map(|_| rng.uniform(-1.0, 1.0)).collect();
    let xf: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    time_against_libm::<Asin64>("asin f64", &x, f64::asin);
    time_against_libm::<Acos64>("acos f64", &x, f64::acos);
    time_against_libm::<Asin32>("asin f32", &xf, f32::asin);
    time_against_libm::<Acos32>("acos f32", &xf, f32::acos);
}
