//! `kinerja demo`: Buat kantor contoh (KPPN) lengkap dengan pegawai, peta strategi, IKU/IKI, target, dan realisasi
use std::path::PathBuf;

use chrono::Local;
use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgDemo {
    /// Jumlah pegawai
    #[arg(long, default_value_t = 40)]
    pegawai: usize,
    /// Tahun rencana
    #[arg(long)]
    tahun: i32,
    /// Benih acak: hasil sama untuk benih dan tanggal yang sama
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Ganti data yang sudah ada
    #[arg(long)]
    ganti: bool,
    /// Tuntaskan siklus dokumen: setiap KK dicetak, direviu, ditandatangani, dikunci, dan rangkap keduanya
    /// diserahkan; setiap realisasi berbukti (kantor siap direviu)
    #[arg(long)]
    lengkap: bool,
}

pub fn run(db: &Option<PathBuf>, a: ArgDemo) -> Result<i32, AppError> {
    let ArgDemo {
        pegawai,
        tahun,
        seed,
        ganti,
        lengkap,
    } = a;
    let mut db = buka(db)?;
    let hari_ini = Local::now().date_naive();
    let r = app::demo::buat_demo(
        &mut db,
        &app::demo::OpsiDemo {
            pegawai,
            tahun,
            seed,
            ganti,
        },
        hari_ini,
        &sekarang(),
    )?;
    println!(
        "Kantor contoh \"{}\" dibuat di {}: {} pegawai, {} IKU/IKI, tahun {} (profil {}), realisasi {} triwulan.",
        r.kantor,
        db.path().display(),
        r.pegawai,
        r.iki,
        r.tahun,
        r.profil.kode(),
        r.triwulan_terealisasi
    );
    if lengkap {
        let n = app::demo::lengkapi_siklus(
            &mut db,
            r.tahun,
            hari_ini,
            Local::now().timestamp(),
            &sekarang(),
        )?;
        println!(
            "Siklus dokumen dituntaskan: {n} Kontrak Kinerja direviu, ditandatangani, dikunci, dan diserahkan."
        );
    }
    Ok(0)
}
