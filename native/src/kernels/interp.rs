//! `np.interp`'s loop: piecewise-linear interpolation of samples
//! `(xp, fp)` (NumPy's compiled `interp`), one float64 pass over `x`.
//!
//! For `xp[j] ≤ x < xp[j+1]` the value is `s·(x − xp[j]) + fp[j]` with the
//! slope `s = (fp[j+1] − fp[j]) / (xp[j+1] − xp[j])`; where that is NaN (an
//! infinite slope or sample) `s·(x − xp[j+1]) + fp[j+1]`, and where that is
//! NaN too and `fp[j] == fp[j+1]`, `fp[j]`. `x == xp[j]` gives `fp[j]`,
//! `x` below `xp[0]` gives `left`, above `xp[m−1]` `right`, and a NaN `x`
//! NaN. With one sample, every `x` neither below nor above it (NaN too)
//! gives `fp[0]`. `j` is the last index with `xp[j] ≤ x` (binary search;
//! `xp` is assumed non-decreasing, as NumPy assumes).

/// Interpolates every `x[i]` into `out[i]`.
///
/// # Panics
/// If `xp` is empty or the lengths disagree (the caller checks).
pub fn interp(x: &[f64], xp: &[f64], fp: &[f64], left: f64, right: f64, out: &mut [f64]) {
    assert!(!xp.is_empty() && xp.len() == fp.len() && x.len() == out.len());
    let m = xp.len();
    if m == 1 {
        for (o, &v) in out.iter_mut().zip(x) {
            *o = if v < xp[0] {
                left
            } else if v > xp[0] {
                right
            } else {
                fp[0]
            };
        }
        return;
    }
    for (o, &v) in out.iter_mut().zip(x) {
        *o = if v.is_nan() {
            v
        } else if v < xp[0] {
            left
        } else if v > xp[m - 1] {
            right
        } else {
            // The last j with xp[j] <= v (v >= xp[0], so j >= 0).
            let j = xp.partition_point(|&p| p <= v) - 1;
            if j == m - 1 || xp[j] == v {
                fp[j]
            } else {
                let slope = (fp[j + 1] - fp[j]) / (xp[j + 1] - xp[j]);
                let r = slope * (v - xp[j]) + fp[j];
                if !r.is_nan() {
                    r
                } else {
                    let r = slope * (v - xp[j + 1]) + fp[j + 1];
                    if r.is_nan() && fp[j] == fp[j + 1] {
                        fp[j]
                    } else {
                        r
                    }
                }
            }
        };
    }
}

#[cfg(test)]
mod tests {
    use super::interp;

    #[test]
    fn ends_samples_and_nan() {
        let xp = [1.0, 2.0, 3.0];
        let fp = [3.0, 2.0, 0.0];
        let x = [0.0, 1.0, 1.5, 2.72, 3.0, 3.25, f64::NAN];
        let mut out = [0.0; 7];
        interp(&x, &xp, &fp, -9.0, 9.0, &mut out);
        assert_eq!(
            out[..6],
            [-9.0, 3.0, 2.5, -2.0 * (2.72 - 2.0) + 2.0, 0.0, 9.0]
        );
        assert!(out[6].is_nan());
    }
}
