//! Tests and timings of the vectorised quicksort ([`super::vqsort`]) with
//! each kernel set the CPU has (AVX-512F, AVX2).

pub(super) mod tests {
    use super::super::vqavx2::Avx2;
    use super::super::vqsort::*;
    use super::super::SortElem;

    /// Runs `f` for each kernel set this CPU has.
    fn each_isa(mut f: impl FnMut(&dyn Fn(Vec<u64>), &str)) {
        if available() {
            f(&check::<Avx512>, "avx512");
        }
        if super::super::vqavx2::available() {
            f(&check::<Avx2>, "avx2");
        }
    }

    /// `quicksort` with `I` sorts the keys `v` as `sort_unstable` does.
    fn check<I: Kernels>(v: Vec<u64>) {
        let mut want = v.clone();
        want.sort_unstable();
        let mut buf: Vec<u64> = v.iter().map(|k| k ^ I::FLIP).collect();
        let depth = 2 * (usize::BITS - v.len().leading_zeros());
        let mut out = vec![0; v.len()];
        unsafe { quicksort::<I, u64>(&mut buf, depth, Out(out.as_mut_ptr())) };
        assert_eq!(out, want, "n = {}", v.len());
    }

    /// `sort_lane_with::<I, T>` on lanes of `T` (contiguous, strided, in
    /// place, strided destination) agrees with a comparison sort by key.
    pub(in super::super) fn check_lanes<I: Kernels, T: SortElem + Default>(xs: &[T]) {
        let n = xs.len() / 2;
        let want = |src: &[T]| {
            let mut k: Vec<u64> = src.iter().map(|x| x.to_u64()).collect();
            k.sort_unstable();
            k
        };
        let keys = |v: &[T]| v.iter().map(|x| x.to_u64()).collect::<Vec<_>>();
        let size = std::mem::size_of::<T>() as isize;
        // Contiguous into a new array.
        let mut out = vec![T::default(); n];
        unsafe {
            sort_lane_with::<I, T>(
                xs.as_ptr() as *const u8,
                size,
                out.as_mut_ptr() as *mut u8,
                size,
                n,
            )
        };
        assert_eq!(keys(&out), want(&xs[..n]), "n = {n}");
        // In place.
        let mut v = xs[..n].to_vec();
        let p = v.as_mut_ptr() as *mut u8;
        unsafe { sort_lane_with::<I, T>(p, size, p, size, n) };
        assert_eq!(keys(&v), want(&xs[..n]));
        // Strided source (every other element), strided destination.
        let every_other: Vec<T> = xs.iter().step_by(2).copied().collect();
        let mut out2 = vec![T::default(); 2 * n];
        unsafe {
            sort_lane_with::<I, T>(
                xs.as_ptr() as *const u8,
                2 * size,
                out2.as_mut_ptr() as *mut u8,
                2 * size,
                n,
            )
        };
        let got: Vec<T> = out2.iter().step_by(2).copied().collect();
        assert_eq!(keys(&got), want(&every_other));
    }

    /// `sort_lane` on f64 lanes (contiguous, strided, in place, strided
    /// destination) agrees with a comparison sort by key.
    #[test]
    fn sorts_float_lanes() {
        if !available() {
            return;
        }
        let mut s = 0x2545f4914f6cdd1du64;
        for n in [17usize, 33, 100, 5000, 70_000] {
            let xs: Vec<f64> = (0..2 * n)
                .map(|i| {
                    s ^= s << 13;
                    s ^= s >> 7;
                    s ^= s << 17;
                    match i % 50 {
                        0 => f64::NAN,
                        1 => -0.0,
                        2 => f64::NEG_INFINITY,
                        _ => (s % 2001) as f64 / 7.0 - 140.0,
                    }
                })
                .collect();
            check_lanes::<Avx512, f64>(&xs);
        }
    }

    #[test]
    fn sorts_like_the_standard_sort() {
        let mut s = 0x9e3779b97f4a7c15u64;
        let mut rnd = move || {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s
        };
        each_isa(|check, isa| {
            for n in (0..300).chain([1000, 4097, 100_000, 300_000]) {
                if isa == "avx512" && n > 80 && n < 300 {
                    continue;
                }
                check((0..n).map(|_| rnd()).collect());
                check((0..n).map(|_| rnd() % 5).collect());
                check((0..n as u64).collect());
                check((0..n as u64).rev().collect());
                check(vec![u64::MAX; n]);
                check(vec![0; n]);
                check(vec![1 << 63; n]);
                // Around the sign bit, where the AVX2 keys wrap.
                check((0..n).map(|_| (1 << 63) + (rnd() % 9) - 4).collect());
                check(
                    (0..n)
                        .map(|i| if i % 3 == 0 { u64::MAX } else { rnd() % 1000 })
                        .collect(),
                );
            }
        });
    }
}

mod timing {
    use super::super::vqavx2::Avx2;
    use super::super::vqsort::*;

    /// `n` xorshift keys from `seed`.
    fn random_keys(n: usize, mut seed: u64) -> Vec<u64> {
        (0..n)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed
            })
            .collect()
    }

    /// Per-element cost of one partition and of the leaves, by range size
    /// (`cargo test --release time_parts -- --ignored --nocapture`), for
    /// each kernel set this CPU has.
    #[test]
    #[ignore]
    fn time_parts() {
        if available() {
            time_parts_with::<Avx512>();
        }
        if super::super::vqavx2::available() {
            time_parts_with::<Avx2>();
        }
    }

    fn time_parts_with<I: Kernels>() {
        println!("{}:", std::any::type_name::<I>());
        for n in [1_000_000usize, 100_000, 10_000, 1000] {
            let v = random_keys(n, 0x9e3779b97f4a7c15 ^ n as u64);
            let mut b = vec![0; n];
            let reps = 4_000_000 / n;
            let (mut part, mut in_place, mut leaves, mut whole) =
                (f64::MAX, f64::MAX, f64::MAX, f64::MAX);
            let per = |t: std::time::Instant, count: usize| {
                t.elapsed().as_secs_f64() / count as f64 * 1e9
            };
            for _ in 0..3 {
                let t = std::time::Instant::now();
                for _ in 0..reps {
                    unsafe {
                        I::partition_from::<u64, false>(v.as_ptr() as *const u8, n, &mut b, 1 << 63)
                    };
                }
                part = part.min(per(t, reps * n));
                // In place on fresh copies, less the copies' cost.
                let t = std::time::Instant::now();
                for _ in 0..reps {
                    b.copy_from_slice(&v);
                }
                let copies = per(t, reps * n);
                let t = std::time::Instant::now();
                for _ in 0..reps {
                    b.copy_from_slice(&v);
                    unsafe { I::partition_in_place(&mut b, 1 << 63) };
                }
                in_place = in_place.min(per(t, reps * n) - copies);
                let t = std::time::Instant::now();
                for c in v.chunks(I::LEAF) {
                    unsafe { I::leaf::<u64>(c.as_ptr(), c.len(), Out(b.as_mut_ptr())) };
                }
                leaves = leaves.min(per(t, n));
                let mut a = v.clone();
                let t = std::time::Instant::now();
                unsafe { quicksort::<I, u64>(&mut a, 40, Out(b.as_mut_ptr())) };
                whole = whole.min(per(t, n));
            }
            println!(
                "n={n}: partition {part:.3} (in place {in_place:.3}), leaves {leaves:.3}, whole sort {whole:.3} ns/element"
            );
        }
    }

    /// One whole sort of 1e6 random keys, best of 20 (for profiling:
    /// `cargo test --release time_whole -- --ignored --nocapture`).
    #[test]
    #[ignore]
    fn time_whole() {
        let n = 1_000_000;
        let v = random_keys(n, 0x9e3779b97f4a7c15);
        let (mut a, mut out) = (v.clone(), vec![0; n]);
        let mut best = f64::MAX;
        for _ in 0..20 {
            a.copy_from_slice(&v);
            let t = std::time::Instant::now();
            unsafe {
                if available() {
                    quicksort::<Avx512, u64>(&mut a, 40, Out(out.as_mut_ptr()))
                } else {
                    quicksort::<Avx2, u64>(&mut a, 40, Out(out.as_mut_ptr()))
                }
            };
            best = best.min(t.elapsed().as_secs_f64() * 1e3);
        }
        println!("whole sort of 1e6 keys: {best:.2} ms");
    }
}
