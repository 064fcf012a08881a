//! Shared checks of the vector functions: inputs around a range, accuracy
//! against libm for both loop variants, the IEEE flags, and timing.

use super::tests::{any_finite, around, other, run, same64, ulps64, Rng, Stats, SPECIALS64};
use super::*;
use crate::fpstatus;

/// Inputs over `[lo, hi]` and everything around it: uniform, `[-1, 1]`,
/// every power-of-two scale from the subnormals up, the bit neighbours of
/// the `marks` (range ends, formula switches, the points where
/// `k = round(x/ln 2)` steps), random finite bit patterns and specials.
pub(super) fn inputs(lo: f64, hi: f64, marks: &[f64]) -> Vec<f64> {
    let mut rng = Rng(0x5eed_0fe4_b1c0_de01);
    let mut x: Vec<f64> = (0..2_000_000).map(|_| rng.uniform(lo, hi)).collect();
    x.extend((0..500_000).map(|_| rng.uniform(-1.0, 1.0)));
    for e in -1074..10 {
        let m = 2f64.powi(e);
        x.extend((0..300).map(|_| m * rng.uniform(-2.0, 2.0)));
    }
    let mut all = marks.to_vec();
    all.extend((0..40).map(|j| (j as f64 + 0.5) * std::f64::consts::LN_2));
    for c in all {
        for s in [1.0, -1.0] {
            x.extend(around(&mut rng, s * c, 2000));
        }
    }
    x.extend((0..100_000).map(|_| any_finite(&mut rng)));
    x.extend(SPECIALS64);
    x
}

/// `F` within `tol` ULP of `want` on every input, for this CPU's loop and
/// the other FMA choice; identical (signed zeros included) for
/// non-finite inputs, zeros and subnormals; and, when `same_bits`, the
/// two loops give the same bits (kernels that fuse only exact products).
pub(super) fn against_libm<F: VecFn<T = f64>>(
    name: &str,
    x: &[f64],
    want: fn(f64) -> f64,
    tol: u64,
    same_bits: bool,
) {
    against_libm_exact_where::<F>(name, x, want, tol, same_bits, |_| false);
}

/// [`against_libm`], and also identical to `want` wherever `exact(x)`
/// (range ends a kernel must hit exactly, inputs it leaves to libm).
pub(super) fn against_libm_exact_where<F: VecFn<T = f64>>(
    name: &str,
    x: &[f64],
    want: fn(f64) -> f64,
    tol: u64,
    same_bits: bool,
    exact: fn(f64) -> bool,
) {
    let (mine, others) = (run::<F>(x), other::<F>(x));
    let apart = if same_bits { 0 } else { 1 };
    for ((&v, a), b) in x.iter().zip(&mine).zip(&others) {
        assert!(
            ulps64(*a, *b) <= apart,
            "{name}({v:e}): {a:e} and {b:e} with and without FMA"
        );
    }
    for (variant, got) in [("", mine), (" (other FMA choice)", others)] {
        let mut st = Stats::default();
        for (&v, &g) in x.iter().zip(&got) {
            let w = want(v);
            let d = ulps64(g, w);
            assert!(d <= tol, "{name}({v:e}) = {g:e}, libm {w:e}{variant}");
            let special = !v.is_finite() || v == 0.0 || v.abs() < f64::MIN_POSITIVE;
            if special || !w.is_finite() || exact(v) {
                assert!(same64(g, w), "{name}({v:e}) = {g:e}, libm {w:e}{variant}");
            }
            st.add(d);
        }
        st.report(&format!("{name} f64 vs glibc{variant}"));
    }
}

/// Inputs of the flag checks: specials, subnormals, tiny, ordinary and
/// huge values of both signs, then the function's own thresholds `extra`.
pub(super) fn flag_inputs(extra: &[f64]) -> Vec<f64> {
    let mut x = vec![
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        5e-324,
        -1e-310,
        1e-300,
        -1e-300,
        1e-20,
        3e-9,
        0.5,
        -0.5,
        1.0,
        -1.0,
        1.5,
        -3.0,
        1e300,
        f64::MAX,
        -f64::MAX,
    ];
    x.extend_from_slice(extra);
    x
}

/// The IEEE flags raised by `f` (read by `np.errstate`).
pub(super) fn flags_of(f: &dyn Fn()) -> u32 {
    fpstatus::clear();
    f();
    fpstatus::take()
}

/// `F` on 100 copies of `v` raises the flags of `libm(v)`.
pub(super) fn assert_libm_flags<F: VecFn>(name: &str, v: F::T, libm: fn(F::T) -> F::T)
where
    F::T: std::fmt::Debug,
{
    let want = flags_of(&|| {
        std::hint::black_box(libm(std::hint::black_box(v)));
    });
    assert_eq!(
        flags_of(&|| drop(run::<F>(&[v; 100]))),
        want,
        "flags of {name}({v:?})"
    );
}

/// Best of 20 runs of `F`'s loop and of libm over `x` (one thread), printed.
pub(super) fn time_against_libm<F: VecFn>(name: &str, x: &[F::T], libm: fn(F::T) -> F::T) {
    let mut o = vec![F::T::default(); x.len()];
    let v = best_of_20(&mut || unsafe { contiguous::<F>(x.as_ptr(), o.as_mut_ptr(), x.len()) });
    let l = best_of_20(&mut || o.iter_mut().zip(x).for_each(|(d, &s)| *d = libm(s)));
    let ns = |d: std::time::Duration| d.as_nanos() as f64 / x.len() as f64;
    eprintln!(
        "{name}: vector {:.2} ns, libm {:.2} ns per element",
        ns(v),
        ns(l)
    );
}

/// The shortest of 20 runs of `f`.
pub(super) fn best_of_20(f: &mut dyn FnMut()) -> std::time::Duration {
    (0..20)
        .map(|_| {
            let t = std::time::Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}
