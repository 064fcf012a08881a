//! Accuracy of the vector `power` against libm, and its special values.

use super::*;

use crate::kernels::vmath::tests::{ulps32, ulps64 as ulps, Rng};

fn run<T: VecPow>(x: &[T], y: &[T], y_step: isize) -> Vec<T> {
    let mut out = vec![T::default(); x.len()];
    let size = std::mem::size_of::<T>() as isize;
    let p = [
        x.as_ptr() as *mut u8,
        y.as_ptr() as *mut u8,
        out.as_mut_ptr() as *mut u8,
    ];
    unsafe { power_kernel::<T>(&p, &[size, y_step * size, size], x.len()) };
    out
}

/// (x, y) pairs: x over every binade with |y·ln x| up to beyond the
/// overflow/underflow limits, x close to 1 with large y, small y, integers.
fn pairs(count: usize) -> (Vec<f64>, Vec<f64>) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for _ in 0..count {
        let xv = 2f64.powf(rng.uniform(-1022.0, 1023.0)) * rng.uniform(1.0, 2.0);
        let l = xv.ln();
        let w = rng.uniform(-760.0, 760.0);
        x.push(xv);
        y.push(if l == 0.0 { w } else { w / l });
    }
    for _ in 0..count / 2 {
        x.push(1.0 + rng.uniform(-0.01, 0.01) * 2f64.powf(-rng.uniform(0.0, 45.0)));
        y.push(rng.uniform(-1e6, 1e6));
    }
    for _ in 0..count / 2 {
        x.push(rng.uniform(0.0, 100.0));
        y.push(rng.uniform(-30.0, 30.0).round() + [0.0, 0.5, 0.25][(rng.next() % 3) as usize]);
    }
    for _ in 0..count / 2 {
        x.push(-rng.uniform(0.0, 100.0));
        y.push(rng.uniform(-40.0, 40.0).round() + [0.0, 0.0, 0.5][(rng.next() % 3) as usize]);
    }
    for _ in 0..count / 4 {
        x.push(rng.uniform(0.0, 1e10));
        y.push(rng.uniform(-1.0, 1.0) * 2f64.powf(-rng.uniform(0.0, 70.0)));
    }
    (x, y)
}

#[test]
fn float64_within_one_ulp_of_libm() {
    let (x, y) = pairs(1_000_000);
    let got = run::<f64>(&x, &y, 1);
    let (mut worst, mut same) = (0, 0usize);
    for i in 0..x.len() {
        let d = ulps(got[i], x[i].powf(y[i]));
        assert!(
            d <= 1,
            "pow({:e}, {:e}) = {:e}, libm {:e}",
            x[i],
            y[i],
            got[i],
            x[i].powf(y[i])
        );
        worst = worst.max(d);
        same += (d == 0) as usize;
    }
    eprintln!(
        "pow f64: {} pairs, max {worst} ulp, {:.2}% identical",
        x.len(),
        100.0 * same as f64 / x.len() as f64
    );
}

#[test]
fn float32_within_one_ulp_of_libm() {
    let (x, y) = pairs(500_000);
    let (x, y): (Vec<f32>, Vec<f32>) = x
        .iter()
        .zip(&y)
        .map(|(&a, &b)| (a as f32, b as f32))
        .unzip();
    let got = run::<f32>(&x, &y, 1);
    for i in 0..x.len() {
        let want = x[i].powf(y[i]);
        let d = ulps32(got[i], want);
        assert!(
            d <= 1,
            "powf({:e}, {:e}) = {:e}, libm {:e}",
            x[i],
            y[i],
            got[i],
            want
        );
    }
}

#[test]
fn special_values_are_libm_bits() {
    let v = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        2.0,
        -2.0,
        0.5,
        -0.5,
        3.0,
        -3.0,
        1e-310,
        -1e-310,
        f64::MIN_POSITIVE,
        f64::MAX,
        -f64::MAX,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        1e300,
        1e-300,
        1e-19,
        1e19,
        1.0 + f64::EPSILON,
        1.0 - f64::EPSILON / 2.0,
    ];
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for &a in &v {
        for &b in &v {
            x.push(a);
            y.push(b);
        }
    }
    let got = run::<f64>(&x, &y, 1);
    for i in 0..x.len() {
        let want = x[i].powf(y[i]);
        let normal = |v: f64| v.is_normal() && v > 0.0;
        let exact = !(normal(x[i]) && y[i].is_normal() && want.is_normal());
        let ok = if exact {
            got[i].to_bits() == want.to_bits() || want.is_nan() && got[i].is_nan()
        } else {
            ulps(got[i], want) <= 1
        };
        assert!(
            ok,
            "pow({:e}, {:e}) = {:e}, libm {want:e}",
            x[i], y[i], got[i]
        );
    }
}

#[test]
fn scalar_exponent_and_exact_cases() {
    let mut rng = Rng(7);
    let x: Vec<f64> = (0..10_000).map(|_| rng.uniform(-1e3, 1e3)).collect();
    for e in [2.0, 1.0, 0.5, 3.0, -1.0, 2.5] {
        let got = run::<f64>(&x, &[e], 0);
        for (a, g) in x.iter().zip(&got) {
            let want = a.powf(e);
            assert!(
                ulps(*g, want) <= 1,
                "pow({a:e}, {e}) = {g:e}, libm {want:e}"
            );
            // These are the correctly rounded operations (glibc's pow is
            // within 0.52 ULP, so it may differ by one).
            let rounded = match e {
                2.0 => a * a,
                1.0 => *a,
                -1.0 => 1.0 / a,
                0.5 => a.sqrt(),
                _ => *g,
            };
            assert!(
                g.to_bits() == rounded.to_bits() || g.is_nan() && rounded.is_nan(),
                "pow({a:e}, {e}) = {g:e}, rounded {rounded:e}"
            );
        }
    }
}

/// The floating-point flags (read by `np.errstate`) equal libm's: none for
/// ordinary arguments, overflow/underflow/invalid/divide from the fix-up.
#[test]
fn flags_are_libm_flags() {
    use crate::fpstatus;
    let flags = |f: &dyn Fn()| {
        fpstatus::clear();
        f();
        fpstatus::take()
    };
    let (x, y) = pairs(20_000);
    let (x, y): (Vec<f64>, Vec<f64>) = x
        .iter()
        .zip(&y)
        .filter(|(a, b)| (*a).powf(**b).is_normal())
        .map(|(a, b)| (*a, *b))
        .unzip();
    assert_eq!(flags(&|| drop(run::<f64>(&x, &y, 1))), 0);
    for (a, b) in [
        (10.0f64, 400.0f64),
        (10.0, -400.0),
        (-2.0, 0.5),
        (0.0, -1.0),
        (2.0, 2.0),
        (1e200, 2.0),
    ] {
        let want = flags(&|| {
            std::hint::black_box(std::hint::black_box(a).powf(std::hint::black_box(b)));
        });
        let got = flags(&|| drop(run::<f64>(&[a; 5], &[b], 0)));
        assert_eq!(got, want, "flags of pow({a:e}, {b:e})");
        let (a, b) = (a as f32, b as f32);
        let want = flags(&|| {
            std::hint::black_box(std::hint::black_box(a).powf(std::hint::black_box(b)));
        });
        let got = flags(&|| drop(run::<f32>(&[a; 5], &[b], 0)));
        assert_eq!(got, want, "flags of powf({a:e}, {b:e})");
    }
}

/// Powers that are exactly representable come out exact, as from libm.
#[test]
fn exact_results_are_exact() {
    let (mut x, mut y) = (Vec::new(), Vec::new());
    for b in (-1000..=-2).chain(2..=1000) {
        for e in -60..=60 {
            let (bf, ef) = (b as f64, e as f64);
            let want = bf.powf(ef);
            if want.is_normal() {
                x.push(bf);
                y.push(ef);
            }
        }
    }
    for (b, e) in [
        (0.5, 3.0),
        (0.25, 0.5),
        (1024.0, 0.1),
        (16.0, 0.25),
        (8.0, 1.0 / 3.0),
        (1e300, 1.0),
    ] {
        x.push(b);
        y.push(e);
    }
    let got = run::<f64>(&x, &y, 1);
    let mut differ = 0;
    for i in 0..x.len() {
        let want = x[i].powf(y[i]);
        // Only results libm gives as exact (integral or a power of two) must match bit for bit.
        if want.fract() == 0.0 && want.abs() < 9.007_199_254_740_992e15
            || want.abs().log2().fract() == 0.0
        {
            assert_eq!(
                got[i].to_bits(),
                want.to_bits(),
                "pow({:e}, {:e})",
                x[i],
                y[i]
            );
        } else {
            differ += (got[i] != want) as usize;
        }
    }
    eprintln!(
        "exact-case sweep: {} pairs, {differ} inexact results differ from libm",
        x.len()
    );
}

/// A scalar NaN or infinite exponent over a long array raises no flag the
/// lanes would not (LLVM may not hoist arithmetic on the raw exponent).
#[test]
fn scalar_special_exponent_raises_no_spurious_flag() {
    use crate::fpstatus;
    let x: Vec<f64> = (0..1000).map(|i| 0.5 + i as f64).collect();
    for y in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e300, -1e-300] {
        fpstatus::clear();
        let got = run::<f64>(&x, &[y], 0);
        let flags = fpstatus::take();
        let want: Vec<f64> = x.iter().map(|a| <f64 as VecPow>::libm(*a, y)).collect();
        fpstatus::clear();
        std::hint::black_box(&want);
        let mut libm_flags = 0;
        for a in &x {
            fpstatus::clear();
            std::hint::black_box(<f64 as VecPow>::libm(std::hint::black_box(*a), y));
            libm_flags |= fpstatus::take();
        }
        assert_eq!(flags, libm_flags, "flags of pow(x, {y:e})");
        for (g, w) in got.iter().zip(&want) {
            assert!(g.to_bits() == w.to_bits() || g.is_nan() && w.is_nan());
        }
        let x32: Vec<f32> = x.iter().map(|a| *a as f32).collect();
        let y32 = std::hint::black_box(y as f32);
        fpstatus::clear();
        drop(run::<f32>(&x32, &[y32], 0));
        let flags = fpstatus::take();
        let mut libm_flags = 0;
        for a in &x32 {
            fpstatus::clear();
            std::hint::black_box(<f32 as VecPow>::libm(std::hint::black_box(*a), y32));
            libm_flags |= fpstatus::take();
        }
        assert_eq!(flags, libm_flags, "flags of powf(x, {y:e})");
    }
}

/// `(±0)^−inf` is +inf, with divide-by-zero where NumPy's loop is SVML's
/// (which raises it) and without where NumPy calls libm (which does not).
#[test]
fn zero_to_minus_infinity_divides_by_zero_where_numpy_does() {
    use crate::fpstatus;
    let want = if crate::kernels::simd::numpy_uses_svml() {
        fpstatus::DIVIDE_BY_ZERO
    } else {
        0
    };
    for x in [0.0, -0.0] {
        fpstatus::clear();
        let got = run::<f64>(&[x; 100], &[f64::NEG_INFINITY], 0);
        assert_eq!(fpstatus::take(), want);
        assert!(got.iter().all(|v| *v == f64::INFINITY));
        fpstatus::clear();
        let got = run::<f32>(&[x as f32; 3], &[f32::NEG_INFINITY; 3], 1);
        assert_eq!(fpstatus::take(), want);
        assert!(got.iter().all(|v| *v == f32::INFINITY));
    }
}

/// The FMA and Dekker products are both exact, so the loops compiled with
/// and without FMA give the same bits.
#[test]
fn fma_and_dekker_loops_agree() {
    let (x, y) = pairs(100_000);
    let (mut a, mut b) = (vec![0.0; x.len()], vec![0.0; x.len()]);
    unsafe {
        body::<f64, false, true>(x.as_ptr(), y.as_ptr(), a.as_mut_ptr(), x.len());
        body::<f64, false, false>(x.as_ptr(), y.as_ptr(), b.as_mut_ptr(), x.len());
    }
    for i in 0..x.len() {
        assert!(
            a[i].to_bits() == b[i].to_bits() || a[i].is_nan() && b[i].is_nan(),
            "pow({:e}, {:e})",
            x[i],
            y[i]
        );
    }
}
