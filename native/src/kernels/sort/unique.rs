//! `unique` of a 1-d array: sort (stably through an argsort when indices
//! are wanted), then mark the first element of every run of equal values.
//! Equality is NumPy's `!=`: `-0.0 == 0.0`, NaN differs from everything —
//! unless `equal_nan`, when all NaNs (complex: any NaN part), which the sort
//! put last, form one group.

use super::argsort::argsort_slice;
use super::radix::ArgScratch;
use super::sort::sort_slice;
use super::SortElem;

/// Where [`unique`] writes; each slice has room for every input element.
pub struct UniqueOut<'a, T> {
    pub values: &'a mut [T],
    /// Index of each unique value's first occurrence.
    pub index: Option<&'a mut [i64]>,
    /// For each input element, the index of its unique value.
    pub inverse: Option<&'a mut [i64]>,
    /// How often each unique value occurs.
    pub counts: Option<&'a mut [i64]>,
}

/// Sorts `v` for the values-only case, where the order of equal elements
/// does not matter: the vectorised quicksort where it runs (as NumPy's
/// `unique` sorts with its default, unstable kind; which of `-0.0`/`0.0`
/// leads their run is unspecified in both), else the stable sort.
fn sort_values<T: SortElem>(v: &mut Vec<T>) {
    #[cfg(target_arch = "x86_64")]
    if T::SIMD_KEY && v.len() > 16 && super::vqsort::sort_available() {
        let (p, size) = (v.as_mut_ptr() as *mut u8, std::mem::size_of::<T>() as isize);
        // SAFETY: `v` holds `len` elements of `T`; the sort may write
        // its output over its input.
        unsafe { super::vqsort::sort_lane::<T>(p, size, p, size, v.len()) };
        return;
    }
    sort_slice(v, &mut Vec::new());
}

/// Computes the unique values of `input` (and what `out` asks for); returns
/// their number.
pub fn unique<T: SortElem>(mut input: Vec<T>, equal_nan: bool, out: UniqueOut<'_, T>) -> usize {
    let n = input.len();
    if n == 0 {
        return 0;
    }
    let mut perm: Vec<i64> = Vec::new();
    let aux = if out.index.is_some() || out.inverse.is_some() {
        argsort_slice(&input, &mut perm, &mut ArgScratch::default());
        perm.iter().map(|&i| input[i as usize]).collect()
    } else {
        sort_values(&mut input);
        input
    };
    let first_nan = if equal_nan && aux[n - 1].isnan() {
        aux.partition_point(|x| !x.isnan())
    } else {
        n
    };
    let UniqueOut {
        values,
        mut index,
        mut inverse,
        mut counts,
    } = out;
    let mut u = 0;
    for i in 0..n {
        let starts = i == 0
            || if i < first_nan {
                aux[i].differs(aux[i - 1], false)
            } else {
                i == first_nan
            };
        if starts {
            values[u] = aux[i];
            if let Some(ix) = index.as_deref_mut() {
                ix[u] = perm[i];
            }
            if let Some(c) = counts.as_deref_mut() {
                c[u] = i as i64;
            }
            u += 1;
        }
        if let Some(inv) = inverse.as_deref_mut() {
            inv[perm[i] as usize] = u as i64 - 1;
        }
    }
    if let Some(c) = counts {
        for g in 0..u {
            let end = if g + 1 < u { c[g + 1] } else { n as i64 };
            c[g] = end - c[g];
        }
    }
    u
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_nan() {
        let x = vec![3.0, f64::NAN, 1.0, 3.0, f64::NAN, -0.0, 0.0];
        let (mut v, mut ix, mut inv, mut c) = (vec![0.0; 7], vec![0; 7], vec![0; 7], vec![0; 7]);
        let u = unique(
            x.clone(),
            true,
            UniqueOut {
                values: &mut v,
                index: Some(&mut ix),
                inverse: Some(&mut inv),
                counts: Some(&mut c),
            },
        );
        assert_eq!(u, 4);
        assert_eq!(&ix[..4], &[5, 2, 0, 1]);
        assert_eq!(&c[..4], &[2, 1, 2, 2]);
        assert_eq!(inv, vec![2, 3, 1, 2, 3, 0, 0]);
        let u = unique(
            x,
            false,
            UniqueOut {
                values: &mut v,
                index: None,
                inverse: None,
                counts: None,
            },
        );
        assert_eq!(u, 5);
    }
}
