//! The shape of NumPy's pairwise summation tree, for summing its top
//! subtrees on several threads.
//!
//! NumPy's pairwise sum splits a row of `n > 128` terms at
//! `n₂ = ⌊n/2⌋ − (⌊n/2⌋ mod 8)` and adds the sums of `[0, n₂)` and
//! `[n₂, n)`; the tree depends on `n` alone. Cutting it `depth` levels down
//! gives leaves whose sums, added back in the tree's shape, are bit-for-bit
//! the serial sum — so the leaves can be summed in any order on any thread
//! ([`split_sum`]).

use crate::fpstatus;
use crate::parallel;

/// Rows at least this long have their top subtrees summed in parallel.
pub const PARALLEL_MIN_TERMS: usize = 1 << 16;

/// Levels of the tree cut for threads: 8 leaves, four per thread on 2 cores,
/// so a helper that starts late takes fewer.
const DEPTH: u32 = 3;

/// Where NumPy's pairwise sum splits `n` (> 128) terms.
#[inline]
pub fn split(n: usize) -> usize {
    n / 2 - (n / 2) % 8
}

/// Whether a node of `n` terms, `depth` levels above the leaves, is cut.
#[inline]
fn is_cut(n: usize, depth: u32) -> bool {
    depth > 0 && n >= PARALLEL_MIN_TERMS
}

/// The leaves as `(first term, terms)`, in order.
fn leaves(first: usize, n: usize, depth: u32, out: &mut Vec<(usize, usize)>) {
    if is_cut(n, depth) {
        let n2 = split(n);
        leaves(first, n2, depth - 1, out);
        leaves(first + n2, n - n2, depth - 1, out);
    } else {
        out.push((first, n));
    }
}

/// Adds the leaves' sums (in order) as the tree adds them.
fn combine<R>(
    n: usize,
    depth: u32,
    sums: &mut impl Iterator<Item = R>,
    add: &impl Fn(R, R) -> R,
) -> R {
    if is_cut(n, depth) {
        let n2 = split(n);
        let x = combine(n2, depth - 1, sums, add);
        let y = combine(n - n2, depth - 1, sums, add);
        add(x, y)
    } else {
        sums.next().expect("one sum per leaf")
    }
}

/// The pairwise sum of `n` terms, where `leaf(first, len)` is the (serial)
/// pairwise sum of terms `first..first + len` and `add` adds two sums:
/// below [`PARALLEL_MIN_TERMS`] one call of `leaf`, above it the tree's top
/// [`DEPTH`] levels cut and the leaves summed across threads (each leaf's
/// floating-point flags reported as a task's, see `fpstatus::in_task`).
pub fn split_sum<R: Send>(
    n: usize,
    leaf: impl Fn(usize, usize) -> R + Sync,
    add: impl Fn(R, R) -> R,
) -> R {
    if !is_cut(n, DEPTH) || rayon::current_num_threads() < 2 {
        return leaf(0, n);
    }
    let mut parts = Vec::with_capacity(1 << DEPTH);
    leaves(0, n, DEPTH, &mut parts);
    let sums = parallel::map_pieces(parts.len(), |i| {
        let (first, len) = parts[i];
        fpstatus::in_task(|| leaf(first, len))
    });
    combine(n, DEPTH, &mut sums.into_iter(), &add)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The serial tree, as a reference.
    fn serial(v: &[f64]) -> f64 {
        if v.len() <= 128 {
            return v.iter().fold(-0.0, |a, &b| a + b);
        }
        let n2 = split(v.len());
        serial(&v[..n2]) + serial(&v[n2..])
    }

    #[test]
    fn cut_tree_adds_like_the_serial_tree() {
        let v: Vec<f64> = (0..1_000_003)
            .map(|i| ((i * 7919) % 1000) as f64 * 1.000_000_1e-3)
            .collect();
        for n in [
            100,
            PARALLEL_MIN_TERMS - 1,
            PARALLEL_MIN_TERMS,
            300_001,
            1_000_003,
        ] {
            let got = split_sum(n, |f, l| serial(&v[f..f + l]), |a, b| a + b);
            assert_eq!(got.to_bits(), serial(&v[..n]).to_bits(), "n = {n}");
        }
    }
}
