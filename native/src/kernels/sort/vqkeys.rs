//! Element ⇄ sort-key conversion for the vectorised sorts: eight elements
//! at a time in AVX-512 registers (so the first partition can read the
//! elements and the leaves can write them), and whole lanes in parallel
//! chunks.
//!
//! The key of a `w`-bit element (`w` = 32 or 64) is [`SortElem::to_u64`],
//! described by [`SortElem::KEY_MAP`]: unsigned bits as they are; signed
//! bits with the sign bit flipped; floats with negatives bit-inverted,
//! non-negatives' sign bit set and every NaN mapped to `u64::MAX` (back to
//! the default NaN).

use super::{KeyMap, SortElem};
use rayon::prelude::*;
use std::arch::x86_64::*;

/// Elements below which the lane conversions run on one thread.
pub(super) const CONVERT_PARALLEL_MIN: usize = 1 << 16;

/// A lane's base pointer and byte stride, which may cross threads (every
/// user touches disjoint elements).
#[derive(Clone, Copy)]
pub(super) struct Lane(pub(super) *mut u8, pub(super) isize);
// SAFETY: each user reads or writes its own elements only.
unsafe impl Send for Lane {}
unsafe impl Sync for Lane {}

impl Lane {
    /// Element `i`'s address (a method, so closures capture the whole lane).
    ///
    /// # Safety
    /// `i` must be within the lane.
    #[inline(always)]
    pub(super) unsafe fn at(&self, i: usize) -> *mut u8 {
        self.0.offset(i as isize * self.1)
    }
}

/// Runs `f(start, keys_chunk)` over `keys` in chunks, on rayon's pool when
/// `keys` is long.
pub(super) fn chunked(keys: &mut [u64], f: impl Fn(usize, &mut [u64]) + Sync + Send) {
    const CHUNK: usize = CONVERT_PARALLEL_MIN / 4;
    if keys.len() >= CONVERT_PARALLEL_MIN {
        keys.par_chunks_mut(CHUNK)
            .enumerate()
            .for_each(|(c, k)| f(c * CHUNK, k));
    } else {
        f(0, keys);
    }
}

/// Fills `keys` with the keys of the lane's first `keys.len()` elements,
/// XORed with `flip` (the AVX2 sort's signed keys; 0 otherwise); a
/// contiguous lane takes a loop the compiler vectorises.
///
/// # Safety
/// The lane must hold `keys.len()` elements of `T`.
pub(super) unsafe fn load_keys<T: SortElem>(lane: Lane, keys: &mut [u64], flip: u64) {
    let size = std::mem::size_of::<T>() as isize;
    chunked(keys, |start, k| {
        // SAFETY: the chunk's elements are within the lane.
        unsafe {
            if lane.1 == size {
                let at = lane.at(start) as *const T;
                for (i, key) in k.iter_mut().enumerate() {
                    *key = at.add(i).read_unaligned().to_u64() ^ flip;
                }
            } else {
                for (i, key) in k.iter_mut().enumerate() {
                    *key = (lane.at(start + i) as *const T).read_unaligned().to_u64() ^ flip;
                }
            }
        }
    });
}

/// Writes the elements of `keys`, each XORed with `flip` first, to the
/// lane (the inverse of [`load_keys`]).
///
/// # Safety
/// The lane must hold `keys.len()` writable elements of `T`.
pub(super) unsafe fn store_keys<T: SortElem>(keys: &mut [u64], lane: Lane, flip: u64) {
    let size = std::mem::size_of::<T>() as isize;
    chunked(keys, |start, k| {
        // SAFETY: as in `load_keys`.
        unsafe {
            if lane.1 == size {
                let at = lane.at(start) as *mut T;
                for (i, &key) in k.iter().enumerate() {
                    at.add(i).write_unaligned(T::from_u64(key ^ flip));
                }
            } else {
                for (i, &key) in k.iter().enumerate() {
                    (lane.at(start + i) as *mut T).write_unaligned(T::from_u64(key ^ flip));
                }
            }
        }
    });
}

/// The sign bit and the all-ones mask of a `w`-bit element, and the shift
/// that brings its sign bit to bit 63.
#[inline(always)]
fn widths<T>() -> (i64, i64, u32) {
    let w = 8 * std::mem::size_of::<T>() as u32;
    let ones = if w == 64 { -1 } else { (1i64 << w) - 1 };
    (1i64 << (w - 1), ones, 64 - w)
}

/// The keys of the eight contiguous elements of `T` at `p`; lanes outside
/// `valid` are not read and hold `u64::MAX`.
///
/// # Safety
/// The `valid` elements at `p` must be readable; `T::SIMD_KEY`.
#[inline]
#[target_feature(enable = "avx512f,popcnt")]
pub(super) unsafe fn load8<T: SortElem>(p: *const u8, valid: u8) -> __m512i {
    let all = _mm512_set1_epi64(-1);
    let raw = if std::mem::size_of::<T>() == 8 {
        _mm512_maskz_loadu_epi64(valid, p as *const _)
    } else {
        let v = _mm512_maskz_loadu_epi32(valid as u16, p as *const _);
        _mm512_cvtepu32_epi64(_mm512_castsi512_si256(v))
    };
    let (sign, ones, up) = widths::<T>();
    let key = match T::KEY_MAP {
        KeyMap::Unsigned => raw,
        KeyMap::Signed => _mm512_xor_si512(raw, _mm512_set1_epi64(sign)),
        KeyMap::Float => {
            // All ones where the sign bit is set.
            let neg = _mm512_srai_epi64::<63>(_mm512_sll_epi64(raw, _mm_cvtsi32_si128(up as i32)));
            let flip = _mm512_or_si512(
                _mm512_and_si512(neg, _mm512_set1_epi64(ones)),
                _mm512_set1_epi64(sign),
            );
            let magnitude = _mm512_and_si512(raw, _mm512_set1_epi64(ones ^ sign));
            // An exponent of all ones with a nonzero mantissa.
            let inf = (ones ^ sign) & !((sign - 1) >> (if up == 0 { 11 } else { 8 }));
            let nan = _mm512_cmpgt_epu64_mask(magnitude, _mm512_set1_epi64(inf));
            _mm512_mask_mov_epi64(_mm512_xor_si512(raw, flip), nan, all)
        }
    };
    _mm512_mask_mov_epi64(all, valid, key)
}

/// Writes the elements of the `valid` keys of `keys` to the contiguous
/// elements of `T` at `p` (the inverse of [`load8`]).
///
/// # Safety
/// The `valid` elements at `p` must be writable; `T::SIMD_KEY`.
#[inline]
#[target_feature(enable = "avx512f,popcnt")]
pub(super) unsafe fn store8<T: SortElem>(p: *mut u8, valid: u8, keys: __m512i) {
    let (sign, ones, up) = widths::<T>();
    let raw = match T::KEY_MAP {
        KeyMap::Unsigned => keys,
        KeyMap::Signed => _mm512_xor_si512(keys, _mm512_set1_epi64(sign)),
        KeyMap::Float => {
            // A set sign bit marks a non-negative number.
            let pos = _mm512_srai_epi64::<63>(_mm512_sll_epi64(keys, _mm_cvtsi32_si128(up as i32)));
            let flip = _mm512_or_si512(
                _mm512_andnot_si512(pos, _mm512_set1_epi64(ones)),
                _mm512_set1_epi64(sign),
            );
            let nan = _mm512_cmpeq_epu64_mask(keys, _mm512_set1_epi64(-1));
            let default_nan = if up == 0 {
                f64::NAN.to_bits() as i64
            } else {
                f32::NAN.to_bits() as i64
            };
            _mm512_mask_mov_epi64(
                _mm512_xor_si512(keys, flip),
                nan,
                _mm512_set1_epi64(default_nan),
            )
        }
    };
    if std::mem::size_of::<T>() == 8 {
        _mm512_mask_storeu_epi64(p as *mut _, valid, raw);
    } else {
        let v = _mm512_castsi256_si512(_mm512_cvtepi64_epi32(raw));
        _mm512_mask_storeu_epi32(p as *mut _, valid as u16, v);
    }
}

/// The sign bit the AVX2 sort flips in its keys: AVX2 compares 64-bit
/// lanes as signed only, so its key buffer holds `key ^ SIGNED` (ordered as
/// `i64`), NaNs as `i64::MAX`.
pub(super) const SIGNED: u64 = 1 << 63;

/// The AVX2 sort's keys (`to_u64() ^ SIGNED`) of the four contiguous
/// elements of `T` at `p`.
///
/// # Safety
/// Four elements at `p` must be readable; `T::SIMD_KEY`.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
pub(super) unsafe fn load4<T: SortElem>(p: *const u8) -> __m256i {
    let raw = if std::mem::size_of::<T>() == 8 {
        _mm256_loadu_si256(p as *const _)
    } else {
        _mm256_cvtepu32_epi64(_mm_loadu_si128(p as *const _))
    };
    let (sign, ones, up) = widths::<T>();
    let set = |x: i64| _mm256_set1_epi64x(x);
    let flipped = |x: i64| set(x ^ SIGNED as i64);
    match T::KEY_MAP {
        KeyMap::Unsigned => _mm256_xor_si256(raw, flipped(0)),
        KeyMap::Signed => _mm256_xor_si256(raw, flipped(sign)),
        KeyMap::Float => {
            // All ones where the sign bit is set.
            let neg = _mm256_cmpgt_epi64(
                _mm256_setzero_si256(),
                _mm256_sll_epi64(raw, _mm_cvtsi32_si128(up as i32)),
            );
            // `(neg & ones) | sign`, then the AVX2 flip.
            let flip = _mm256_xor_si256(_mm256_and_si256(neg, set(ones ^ sign)), flipped(sign));
            let magnitude = _mm256_and_si256(raw, set(ones ^ sign));
            // An exponent of all ones with a nonzero mantissa.
            let inf = (ones ^ sign) & !((sign - 1) >> (if up == 0 { 11 } else { 8 }));
            let nan = _mm256_cmpgt_epi64(magnitude, set(inf));
            _mm256_blendv_epi8(_mm256_xor_si256(raw, flip), set(i64::MAX), nan)
        }
    }
}

/// Writes the elements of the AVX2 sort's four `keys` (the inverse of
/// [`load4`]) to the `count <= 4` contiguous elements of `T` at `p`.
///
/// # Safety
/// `count` elements at `p` must be writable; `T::SIMD_KEY`.
#[inline]
#[target_feature(enable = "avx2,popcnt")]
pub(super) unsafe fn store4<T: SortElem>(p: *mut u8, keys: __m256i, count: usize) {
    let (sign, ones, up) = widths::<T>();
    let set = |x: i64| _mm256_set1_epi64x(x);
    let keys = _mm256_xor_si256(keys, set(SIGNED as i64));
    let raw = match T::KEY_MAP {
        KeyMap::Unsigned => keys,
        KeyMap::Signed => _mm256_xor_si256(keys, set(sign)),
        KeyMap::Float => {
            // A set sign bit marks a non-negative number.
            let pos = _mm256_cmpgt_epi64(
                _mm256_setzero_si256(),
                _mm256_sll_epi64(keys, _mm_cvtsi32_si128(up as i32)),
            );
            let flip = _mm256_or_si256(_mm256_andnot_si256(pos, set(ones)), set(sign));
            let nan = _mm256_cmpeq_epi64(keys, set(-1));
            let default_nan = if up == 0 {
                f64::NAN.to_bits() as i64
            } else {
                f32::NAN.to_bits() as i64
            };
            _mm256_blendv_epi8(_mm256_xor_si256(keys, flip), set(default_nan), nan)
        }
    };
    let size = std::mem::size_of::<T>();
    let mut part = [0u64; 4];
    let to = if count == 4 {
        p
    } else {
        part.as_mut_ptr() as *mut u8
    };
    if size == 8 {
        _mm256_storeu_si256(to as *mut _, raw);
    } else {
        let low = _mm256_permutevar8x32_epi32(raw, _mm256_setr_epi32(0, 2, 4, 6, 0, 2, 4, 6));
        _mm_storeu_si128(to as *mut _, _mm256_castsi256_si128(low));
    }
    if count < 4 {
        std::ptr::copy_nonoverlapping(to, p, count * size);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `load8`/`store8` agree with the scalar `to_u64`/`from_u64`.
    fn check<T: SortElem + PartialEq + std::fmt::Debug>(xs: &[T]) {
        if !super::super::vqsort::available() {
            return;
        }
        for c in xs.chunks(8) {
            let valid = ((1u32 << c.len()) - 1) as u8;
            let mut keys = [0u64; 8];
            let mut back = c.to_vec();
            unsafe {
                let k = load8::<T>(c.as_ptr() as *const u8, valid);
                _mm512_storeu_si512(keys.as_mut_ptr() as *mut _, k);
                store8::<T>(back.as_mut_ptr() as *mut u8, valid, k);
            }
            for (i, &x) in c.iter().enumerate() {
                assert_eq!(keys[i], x.to_u64(), "{x:?}");
                assert_eq!(back[i].to_u64(), x.to_u64(), "{x:?}");
                assert_eq!(
                    std::mem::size_of_val(&back[i]),
                    std::mem::size_of_val(&T::from_u64(keys[i]))
                );
            }
            for k in &keys[c.len()..] {
                assert_eq!(*k, u64::MAX);
            }
        }
    }

    #[test]
    fn vector_keys_match_scalar_keys() {
        check(&[
            -f64::NAN,
            f64::NEG_INFINITY,
            -2.5,
            -0.0,
            0.0,
            5e-324,
            1.0,
            f64::INFINITY,
            f64::NAN,
            f64::from_bits(0x7ff0_0000_0000_0001),
            f64::MAX,
        ]);
        check(&[
            -f32::NAN,
            f32::NEG_INFINITY,
            -2.5,
            -0.0,
            0.0,
            1e-45,
            1.0,
            f32::INFINITY,
            f32::NAN,
            f32::from_bits(0x7f80_0001),
            f32::MAX,
        ]);
        check(&[i64::MIN, -1, 0, 1, i64::MAX, 7, -9, 3, 4]);
        check(&[i32::MIN, -1, 0, 1, i32::MAX, 7, -9, 3, 4]);
        check(&[u64::MAX, 0, 1, 1 << 63, 5]);
        check(&[u32::MAX, 0, 1, 1 << 31, 5]);
        // NaNs come back as the default NaN.
        let mut back = [0.0f64; 1];
        if super::super::vqsort::available() {
            unsafe {
                let k = load8::<f64>([-f64::NAN].as_ptr() as *const u8, 1);
                store8::<f64>(back.as_mut_ptr() as *mut u8, 1, k);
            }
            assert_eq!(back[0].to_bits(), f64::NAN.to_bits());
        }
    }
}
