//! `kinerja target`: Ubah target satu triwulan IKU/IKI (ditolak bila KK sudah terkunci)
use std::path::PathBuf;

use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgTarget {
    #[arg(long)]
    tahun: i32,
    #[arg(long)]
    nip: String,
    #[arg(long)]
    kode: String,
    #[arg(long)]
    triwulan: u32,
    /// Target baru, boleh format Indonesia (1.234,5)
    #[arg(long)]
    nilai: String,
}

pub fn run(db: &Option<PathBuf>, a: ArgTarget) -> Result<i32, AppError> {
    let ArgTarget {
        tahun,
        nip,
        kode,
        triwulan,
        nilai,
    } = a;
    let mut db = buka_ada(db)?;
    app::dokumen::ubah_target(&mut db, tahun, &nip, &kode, triwulan, &nilai, &sekarang())?;
    println!("Target {kode} TW {triwulan} menjadi {nilai}");
    Ok(0)
}
