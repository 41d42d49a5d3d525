//! One app window per data folder: the first instance holds a lock on `<data folder>/.kinerja-jendela`; a second
//! one leaves a request beside it and ends, and the first brings its window forward when it sees the request.
//! Per data folder, not per machine: two portable copies with their own folders do not share a database.
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::{Result, StoreError};

/// Held by the running instance for as long as it runs (the OS releases it when the process ends, even killed).
pub struct KunciJendela {
    _berkas: File,
    permintaan: PathBuf,
}

fn galat(p: &Path, e: std::io::Error) -> StoreError {
    StoreError::DirektoriData {
        path: p.display().to_string(),
        pesan: super::pesan_io(&e),
    }
}

/// Takes the window lock of `dir`; None when another instance holds it (a request to show its window is left).
pub fn kunci_jendela(dir: &Path) -> Result<Option<KunciJendela>> {
    let p = dir.join(".kinerja-jendela");
    let permintaan = dir.join(".kinerja-tampilkan");
    let f = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&p)
        .map_err(|e| galat(&p, e))?;
    match f.try_lock() {
        Ok(()) => {
            let _ = std::fs::remove_file(&permintaan);
            Ok(Some(KunciJendela {
                _berkas: f,
                permintaan,
            }))
        }
        Err(TryLockError::WouldBlock) => {
            std::fs::write(&permintaan, b"tampilkan").map_err(|e| galat(&permintaan, e))?;
            Ok(None)
        }
        Err(TryLockError::Error(e)) => Err(galat(&p, e)),
    }
}

impl KunciJendela {
    /// True once for each time a second instance asked for the window (the request is consumed).
    pub fn diminta_tampil(&self) -> bool {
        std::fs::remove_file(&self.permintaan).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instans_kedua_meminta_jendela_pertama() {
        let dir = tempfile::tempdir().unwrap();
        let pertama = kunci_jendela(dir.path())
            .unwrap()
            .expect("yang pertama memegang kunci");
        assert!(!pertama.diminta_tampil());
        assert!(kunci_jendela(dir.path()).unwrap().is_none());
        assert!(pertama.diminta_tampil());
        assert!(!pertama.diminta_tampil(), "satu permintaan, sekali");
        // Another data folder is another office: its own window.
        let lain = tempfile::tempdir().unwrap();
        assert!(kunci_jendela(lain.path()).unwrap().is_some());
        drop(pertama);
        assert!(
            kunci_jendela(dir.path()).unwrap().is_some(),
            "dilepas saat berakhir"
        );
    }
}
