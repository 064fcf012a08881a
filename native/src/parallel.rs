//! Splitting one call's work across threads with the calling thread taking
//! part.
//!
//! rayon's parallel iterators and `join`, called from a thread outside its
//! pool (the JS thread, for every rumpy call), hand the whole job to the
//! pool and put the caller to sleep until it is done. On 2 cores that is
//! three wake-ups in a row (a worker, then the second worker to steal, then
//! the caller) while the caller's core idles; on a virtual machine a wake-up
//! costs 5–30 µs, so an `np.floor` of 1e5 float64 ran slower on 2 threads
//! (43 µs) than on one (25 µs).
//!
//! [`for_each_piece`] runs the pieces on the calling thread and asks one
//! helper per other pool thread to join in. Everyone takes the next piece
//! from a shared counter, so a helper that wakes late takes fewer pieces
//! (or none), and the caller waits only for pieces a helper has actually
//! started — never for a helper to wake. Which thread runs which piece
//! varies; callers make results independent of that (disjoint outputs,
//! per-piece partial results combined in piece order).

use std::any::Any;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// One piece of work, by index.
type Work<'a> = dyn Fn(usize) + Sync + 'a;

/// The state the caller shares with its helpers.
struct Shared {
    count: usize,
    /// The next piece to take (may run past `count`).
    next: AtomicUsize,
    /// Pieces below `count` that have finished.
    finished: AtomicUsize,
    /// The caller's work, its lifetime erased: dereferenced only for a piece
    /// below `count`, and the caller returns only once all of those have
    /// finished (a helper that starts after that finds no piece left).
    work: *const Work<'static>,
    /// The first panic a piece raised, re-raised on the caller.
    panic: Mutex<Option<Box<dyn Any + Send>>>,
}

// SAFETY: `work` is `Sync` and only called while the caller keeps it alive
// (see `Shared::work`); the rest is atomics and a mutex.
unsafe impl Send for Shared {}
unsafe impl Sync for Shared {}

impl Shared {
    /// Takes and runs pieces until none is left.
    fn drain(&self) {
        loop {
            let c = self.next.fetch_add(1, Ordering::Relaxed);
            if c >= self.count {
                return;
            }
            // SAFETY: piece `c < count` has not finished, so the caller is
            // still waiting in `for_each_piece` and `work` is alive.
            let work = unsafe { &*self.work };
            if let Err(p) = catch_unwind(AssertUnwindSafe(|| work(c))) {
                let mut first = self.panic.lock().unwrap_or_else(|e| e.into_inner());
                first.get_or_insert(p);
            }
            self.finished.fetch_add(1, Ordering::Release);
        }
    }
}

/// Runs `work(c)` for every `c` in `0..count`, each exactly once, on the
/// calling thread and on up to one helper per other thread of rayon's pool;
/// returns when all have finished, with their writes visible. A panic in a
/// piece is re-raised here after every piece has finished.
pub fn for_each_piece(count: usize, work: &Work<'_>) {
    let helpers = rayon::current_num_threads()
        .saturating_sub(1)
        .min(count.saturating_sub(1));
    if helpers == 0 {
        (0..count).for_each(work);
        return;
    }
    // SAFETY: only the lifetime changes (same fat pointer); see
    // `Shared::work` for why the pointer is never used after it ends.
    let work: *const Work<'static> =
        unsafe { std::mem::transmute::<&Work<'_>, &Work<'static>>(work) };
    let shared = Arc::new(Shared {
        count,
        next: AtomicUsize::new(0),
        finished: AtomicUsize::new(0),
        work,
        panic: Mutex::new(None),
    });
    for _ in 0..helpers {
        let s = Arc::clone(&shared);
        rayon::spawn(move || s.drain());
    }
    shared.drain();
    let mut spins = 0u32;
    while shared.finished.load(Ordering::Acquire) < count {
        if spins < 1 << 12 {
            std::hint::spin_loop();
            spins += 1;
        } else {
            std::thread::yield_now();
        }
    }
    let panic = shared
        .panic
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take();
    if let Some(p) = panic {
        resume_unwind(p);
    }
}

/// `work(c)` for every `c` in `0..count` through [`for_each_piece`],
/// collected in piece order.
pub fn map_pieces<R: Send>(count: usize, work: impl Fn(usize) -> R + Sync) -> Vec<R> {
    let slots: Vec<Mutex<Option<R>>> = (0..count).map(|_| Mutex::new(None)).collect();
    for_each_piece(count, &|c| *slots[c].lock().unwrap() = Some(work(c)));
    slots
        .into_iter()
        .map(|s| s.into_inner().unwrap().unwrap())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicU64;

    #[test]
    fn every_piece_runs_once() {
        for count in [0, 1, 2, 3, 17, 1000] {
            let hits: Vec<AtomicU64> = (0..count).map(|_| AtomicU64::new(0)).collect();
            for_each_piece(count, &|c| {
                hits[c].fetch_add(1, Ordering::Relaxed);
            });
            assert!(
                hits.iter().all(|h| h.load(Ordering::Relaxed) == 1),
                "count {count}"
            );
        }
    }

    #[test]
    fn map_pieces_keeps_order() {
        let v = map_pieces(100, |c| c * c);
        assert_eq!(v, (0..100).map(|c| c * c).collect::<Vec<_>>());
    }

    #[test]
    fn a_panicking_piece_panics_on_the_caller_after_the_rest() {
        let done = AtomicU64::new(0);
        let r = catch_unwind(AssertUnwindSafe(|| {
            for_each_piece(8, &|c| {
                if c == 3 {
                    panic!("piece 3");
                }
                done.fetch_add(1, Ordering::Relaxed);
            })
        }));
        assert!(r.is_err());
        assert_eq!(done.load(Ordering::Relaxed), 7);
    }
}
