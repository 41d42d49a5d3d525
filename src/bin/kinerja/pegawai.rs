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
    /// Koreksi NIP yang salah ketik: --ganti-nip LAMA BARU (sebelum dokumen pertamanya dicetak)
    #[arg(long, num_args = 2, value_names = ["LAMA", "BARU"])]
    ganti_nip: Option<Vec<String>>,
}

pub fn run(db: &Option<PathBuf>, a: ArgPegawai) -> Result<i32, AppError> {
    let ArgPegawai { cari, ganti_nip } = a;
    let mut db = buka_ada(db)?;
    if let Some([lama, baru]) = ganti_nip.as_deref() {
        let baru = app::kantor::ganti_nip(&mut db, lama, baru, &sekarang())?;
        eprintln!("NIP {lama} dikoreksi menjadi {baru}");
    }
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
