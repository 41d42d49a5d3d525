//! `kinerja salin-tahun`: Salin rencana satu tahun (SS, IKU/IKI dengan manual dan cascading) ke tahun berikutnya; target dan realisasi tahun asal menjadi Target/Realisasi Y-1
use std::path::PathBuf;

use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgSalinTahun {
    /// Tahun asal
    #[arg(long)]
    dari: i32,
    /// Tahun tujuan (belum ada)
    #[arg(long)]
    ke: i32,
    /// Profil aturan tahun tujuan (bawaan: menurut tahun)
    #[arg(long)]
    profil: Option<String>,
}

pub fn run(db: &Option<PathBuf>, a: ArgSalinTahun) -> Result<i32, AppError> {
    let ArgSalinTahun { dari, ke, profil } = a;
    let mut db = buka_ada(db)?;
    let profil = match profil {
        Some(p) => Some(
            kinerja::domain::profil::KodeProfil::dari_kode(&p).ok_or_else(|| {
                AppError::Masukan {
                    field: "--profil".into(),
                    pesan: format!("\"{p}\" tidak dikenal (kmk467-2014, kmk300-2022, kmk127-2026)"),
                }
            })?,
        ),
        None => None,
    };
    let h = app::rencana::salin_tahun(&mut db, dari, ke, profil, &sekarang())?;
    println!(
        "Tahun {} dibuat dari {dari} dengan profil {}: {} sasaran strategis, {} IKU/IKI (trajectory kosong; Target/Realisasi Y-1 terisi).",
        h.tahun, h.profil, h.ss, h.iki
    );
    Ok(0)
}
