//! `np.histogram`'s loop for equal-width float64 bins (NumPy's fast path):
//! each value `v` in `[first, last]` goes to bin
//! `⌊(v − first)/denom·n⌋`, clamped to the last bin, then moved one bin
//! down where `v < edges[i]` and one up where `v ≥ edges[i+1]` (not past
//! the last bin), which puts values on an edge where the edges say. NaN and
//! out-of-range values are skipped. Weighted counts add in blocks of
//! [`BLOCK`] values, each block's sums added to the total, as NumPy adds
//! one `bincount` per block.

/// Values per block (NumPy's `BLOCK`).
pub const BLOCK: usize = 65536;

/// The bin of `v`, or `None` outside `[first, last]` (and for NaN).
#[inline]
fn bin(v: f64, edges: &[f64], first: f64, last: f64, denom: f64) -> Option<usize> {
    if !(v >= first && v <= last) {
        return None;
    }
    let n = edges.len() - 1;
    let f = (v - first) / denom * n as f64;
    let mut i = f as i64;
    if i == n as i64 {
        i -= 1;
    }
    if v < edges[i as usize] {
        i -= 1;
    }
    if v >= edges[i as usize + 1] && i != n as i64 - 1 {
        i += 1;
    }
    Some(i as usize)
}

/// Adds the count of each bin of `a` into `out` (`edges.len() − 1` bins).
pub fn counts(a: &[f64], edges: &[f64], first: f64, last: f64, denom: f64, out: &mut [i64]) {
    for &v in a {
        if let Some(i) = bin(v, edges, first, last, denom) {
            out[i] += 1;
        }
    }
}

/// Adds the weight sums of each bin of `a` into `out`, block by block.
pub fn weighted(
    a: &[f64],
    w: &[f64],
    edges: &[f64],
    first: f64,
    last: f64,
    denom: f64,
    out: &mut [f64],
) {
    let mut block = vec![0.0; out.len()];
    for (ab, wb) in a.chunks(BLOCK).zip(w.chunks(BLOCK)) {
        block.iter_mut().for_each(|b| *b = 0.0);
        for (&v, &wi) in ab.iter().zip(wb) {
            if let Some(i) = bin(v, edges, first, last, denom) {
                block[i] += wi;
            }
        }
        for (o, b) in out.iter_mut().zip(&block) {
            *o += b;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn edges_and_ends() {
        let edges = [0.0, 0.25, 0.5, 0.75, 1.0];
        let a = [0.0, 0.25, 0.5, 0.99, 1.0, 1.5, -0.1, f64::NAN];
        let mut c = [0i64; 4];
        super::counts(&a, &edges, 0.0, 1.0, 1.0, &mut c);
        assert_eq!(c, [1, 1, 1, 2]);
    }
}
