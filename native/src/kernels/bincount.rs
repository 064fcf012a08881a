//! `np.bincount`'s loop: `out[x[i]] += 1` (or `+= w[i]`) in the order of
//! `x`, as NumPy's C loop adds (so float weight sums round the same way).

/// Counts each value of `x` into `out` (every `x[i]` must be below
/// `out.len()`; the caller checks the range first).
pub fn count(x: &[i64], out: &mut [i64]) {
    for &v in x {
        out[v as usize] += 1;
    }
}

/// Adds each weight `w[i]` into `out[x[i]]`, in order.
pub fn weighted(x: &[i64], w: &[f64], out: &mut [f64]) {
    for (&v, &wi) in x.iter().zip(w) {
        out[v as usize] += wi;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_and_weights() {
        let x = [0, 2, 2, 5];
        let mut c = [0i64; 6];
        super::count(&x, &mut c);
        assert_eq!(c, [1, 0, 2, 0, 0, 1]);
        let mut s = [0.0; 6];
        super::weighted(&x, &[0.5, 1.0, 2.0, -1.0], &mut s);
        assert_eq!(s, [0.5, 0.0, 3.0, 0.0, 0.0, -1.0]);
    }
}
