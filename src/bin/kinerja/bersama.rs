//! What every command shares: opening the database (`--db`), the time of an action, the warning of a debug benchmark.
use std::path::PathBuf;

use chrono::Local;
use kinerja::app::AppError;
use kinerja::store::{self, Db};

pub fn buka(db: &Option<PathBuf>) -> Result<Db, AppError> {
    // Only the default data folder is created; a `--db` into a folder that does not exist is an error.
    crate::sandi::buka(db.as_deref())
}

/// `--db` for a command that only works on an existing office: a mistyped path is an error, not a new empty
/// database (only `demo` and `import` start one).
pub fn buka_ada(db: &Option<PathBuf>) -> Result<Db, AppError> {
    if let Some(p) = db
        && !p.exists()
        && p.parent()
            .is_none_or(|d| d.as_os_str().is_empty() || d.is_dir())
    {
        return Err(store::StoreError::DirektoriData {
            path: p.display().to_string(),
            pesan: "berkas basis data ini tidak ada (periksa jalurnya); basis data baru dibuat dengan `kinerja --db PATH demo` atau `import`".into(),
        }
        .into());
    }
    buka(db)
}

/// Benchmarks mean something only in a release build.
pub fn peringatan_debug(bench: &str) {
    if cfg!(debug_assertions) {
        eprintln!(
            "peringatan: build debug; angka yang berarti didapat dengan `cargo run --release -- bench {bench}`"
        );
    }
}

pub fn sekarang() -> String {
    Local::now().format("%Y-%m-%dT%H:%M:%S").to_string()
}
