//! Run-time choice of the instruction set for contiguous inner loops.
//!
//! The addon is compiled for baseline x86-64 (SSE2), so it runs on any
//! x86-64 CPU. Contiguous loops are additionally compiled for AVX2 and
//! AVX-512F, and the best one the CPU supports is chosen at run time (the
//! detection is cached). The loops compute exactly the same values at every
//! level: no fused multiply-add is introduced (LLVM does not contract
//! floating-point operations), only wider vectors. The exceptions are the
//! vector `exp` loops (`kernels::vmath`), which use fused multiply-add where
//! the CPU has it ([`has_fma`]; always on aarch64): every FMA level gives
//! the same bits, and a CPU without FMA gives results within 1 ULP of them.
//! On other architectures the baseline (NEON on aarch64) is used.

use std::sync::OnceLock;

/// The instruction-set level of the running CPU.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Baseline,
    Avx2,
    Avx512,
}

/// The best level this CPU supports (detected once).
pub fn level() -> Level {
    static LEVEL: OnceLock<Level> = OnceLock::new();
    *LEVEL.get_or_init(|| {
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("avx512f") {
                return Level::Avx512;
            }
            if std::is_x86_feature_detected!("avx2") {
                return Level::Avx2;
            }
        }
        Level::Baseline
    })
}

/// True when the CPU has fused multiply-add (x86-64 FMA3, detected once;
/// every AVX-512F CPU has it).
pub fn has_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        static FMA: OnceLock<bool> = OnceLock::new();
        *FMA.get_or_init(|| std::is_x86_feature_detected!("fma"))
    }
    #[cfg(not(target_arch = "x86_64"))]
    true
}

/// True when code compiled with `#[target_feature(enable = "avx2,fma")]`
/// may run: an x86-64 CPU at AVX2 level or above that has FMA.
pub fn has_avx2_fma() -> bool {
    level() != Level::Baseline && has_fma()
}

/// True where NumPy's own build runs its float `power` (and the other SVML
/// loops) through Intel's SVML: Linux on x86-64 CPUs with AVX512_SKX
/// (AVX-512 F, CD, BW, DQ and VL), NumPy's condition for linking and
/// dispatching SVML. Elsewhere NumPy calls libm. The two differ in an IEEE
/// flag NumPy reports: SVML raises divide-by-zero for `(±0)^−inf`, glibc's
/// `pow` does not, so rumpy raises it only where NumPy would.
pub fn numpy_uses_svml() -> bool {
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    {
        static SVML: OnceLock<bool> = OnceLock::new();
        *SVML.get_or_init(|| {
            std::is_x86_feature_detected!("avx512f")
                && std::is_x86_feature_detected!("avx512cd")
                && std::is_x86_feature_detected!("avx512bw")
                && std::is_x86_feature_detected!("avx512dq")
                && std::is_x86_feature_detected!("avx512vl")
        })
    }
    #[cfg(not(all(target_arch = "x86_64", target_os = "linux")))]
    false
}
