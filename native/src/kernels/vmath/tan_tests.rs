//! Accuracy of the vector `tan` against libm, its IEEE flags, and the loop
//! variants (with and without FMA: the same bits).

use super::accuracy::{against_libm_exact_where, assert_libm_flags, time_against_libm};
use super::tan::{Tan32, Tan64};
use super::tests::{other, run, ulps32, Rng};
use super::VecFn;

/// `k·π/2` rounded to float64 (from 33 + 53-bit parts; the nearest double
/// but for near-ties).
pub(super) fn k_pio2(k: u64) -> f64 {
    let (c1, c2) = (1.5707963267341256, 6.077100506506192e-11);
    k as f64 * c1 + k as f64 * c2
}

/// Uniform over the vector range and on [-10, 10] and [-π/4, π/4]; the
/// doubles nearest to every `k·π/2` below 2^20 (the worst cancellations),
/// and their neighbours; around the odd multiples of π/8 and π/4 (where
/// `k` rounds); every power-of-two scale from the subnormals up to 2^21; the
/// specials.
pub(super) fn inputs() -> Vec<f64> {
    let mut rng = Rng(0x7a17_0000_1234_5678);
    let mut x: Vec<f64> = (0..1_000_000)
        .map(|_| rng.uniform(-1048576.0, 1048576.0))
        .collect();
    x.extend((0..1_000_000).map(|_| rng.uniform(-10.0, 10.0)));
    x.extend((0..500_000).map(|_| rng.uniform(-0.79, 0.79)));
    for k in 1..667_544u64 {
        let b = k_pio2(k).to_bits();
        x.extend([
            f64::from_bits(b - 1),
            f64::from_bits(b),
            f64::from_bits(b + 1),
        ]);
    }
    // Around the odd multiples of π/8 (float64's k steps) and of π/4
    // (float32's k steps; |tan| = 1 for float64).
    for k in 0..4000u64 {
        let c = (2 * k + 1) as f64 * (std::f64::consts::PI / 8.0);
        let b = c.to_bits();
        x.extend((0..20u64).map(|d| f64::from_bits(b - 10 + d)));
        let c = (2 * k + 1) as f64 * std::f64::consts::FRAC_PI_4;
        let b = c.to_bits();
        x.extend((0..20u64).map(|d| f64::from_bits(b - 10 + d)));
    }
    for e in -1074..22 {
        let m = 2f64.powi(e);
        x.extend((0..300).map(|_| m * rng.uniform(-2.0, 2.0)));
    }
    let n = x.len();
    for i in 0..n / 4 {
        x.push(-x[i * 4 + 1]);
    }
    x.extend([
        0.0,
        -0.0,
        f64::NAN,
        -f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        1048576.0,
        -1048576.0,
        1048575.9999999999,
        f64::MIN_POSITIVE,
        -f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        7.450_580_596_923_828e-9,
        -7.450_580_596_923_828e-9,
    ]);
    x
}

/// Identical to libm outside the vector range (|x| ≥ 2^20, subnormals).
pub(super) fn outside(v: f64) -> bool {
    !(v.abs() >= f64::MIN_POSITIVE && v.abs() < 1048576.0)
}

/// Inputs of the flag checks of the trigonometric functions: zeros,
/// ordinary values, multiples of π/2, tiny, subnormal, the range limit and
/// beyond, the specials.
pub(super) const FLAG_INPUTS: [f64; 16] = [
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
];

#[test]
fn tan_f64_within_one_ulp_of_libm() {
    against_libm_exact_where::<Tan64>("tan", &inputs(), f64::tan, 1, true, outside);
}

#[test]
fn tan_f32_over_a_sweep_of_all_floats() {
    trig_f32_sweep::<Tan32>("tan", f64::tan, f32::tan);
}

/// Every 61st float32 bit pattern, and the floats nearest to every k·π/2
/// below 2^20 with their neighbours: `F` within 1 ULP of the correctly
/// rounded value (`want64` rounded) and of `want32` (glibc's float32
/// function), identical to `want32` outside the vector range.
pub(super) fn trig_f32_sweep<F: VecFn<T = f32>>(
    name: &str,
    want64: fn(f64) -> f64,
    want32: fn(f32) -> f32,
) {
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
fn tan_flags_are_libms() {
    for v in FLAG_INPUTS {
        assert_libm_flags::<Tan64>("tan", v, f64::tan);
        let v32 = std::hint::black_box(v as f32);
        assert_libm_flags::<Tan32>("tan f32", v32, f32::tan);
    }
}

#[test]
#[ignore]
fn timing_tan() {
    let mut rng = Rng(11);
    let x: Vec<f64> = (0..1_000_000).map(|_| rng.uniform(-10.0, 10.0)).collect();
    let xf: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    time_against_libm::<Tan64>("tan f64", &x, f64::tan);
    time_against_libm::<Tan32>("tan f32", &xf, f32::tan);
}
