//! `kinerja pegawai`: Daftar pegawai (cari menurut nama atau NIP)
use std::path::PathBuf;

use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgPegawai {
    /// Teks pencarian
    #[arg(long, default_value = "")]
    cari: String,
}

pub fn run(db: &Option<PathBuf>, a: ArgPegawai) -> Result<i32, AppError> {
    let ArgPegawai { cari } = a;
    let db = buka_ada(db)?;
    let daftar = app::kantor::daftar_pegawai(&db, &cari)?;
    for p in &daftar {
        println!(
            "{}\t{}\t{}\t{}\t{}",
            p.nip, p.nama, p.pangkat_golongan, p.jabatan, p.unit
        );
    }
    eprintln!("{} pegawai", daftar.len());
    Ok(0)
}
