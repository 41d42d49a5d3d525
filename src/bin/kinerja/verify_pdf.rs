//! `kinerja verify-pdf`: Periksa apakah berkas PDF sama persis dengan dokumen yang dicetak aplikasi ini
use std::path::PathBuf;

use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgVerifyPdf {
    /// Berkas PDF
    berkas: PathBuf,
}

pub fn run(db: &Option<PathBuf>, a: ArgVerifyPdf) -> Result<i32, AppError> {
    let ArgVerifyPdf { berkas } = a;
    let db = buka_ada(db)?;
    let bytes = std::fs::read(&berkas).map_err(|e| AppError::Berkas {
        path: berkas.display().to_string(),
        pesan: e.to_string(),
    })?;
    let h = app::dokumen::verifikasi(&db, &bytes)?;
    println!("{}", if h.cocok { "COCOK" } else { "TIDAK COCOK" });
    println!("{}\nSHA-256: {}", h.pesan, h.sha_berkas);
    if let Some(p) = &h.data_berubah {
        println!("PERHATIAN: {p}");
        // Past the lock it is an integrity problem; a signed, unlocked KK may still be reprinted.
        if h.terkunci {
            return Ok(6);
        }
    }
    Ok(if h.cocok { 0 } else { 1 })
}
