//! `kinerja periksa`: Periksa rencana satu tahun dan cetak setiap temuan (kode, tingkat, subjek, pesan)
use std::path::PathBuf;

use chrono::{Local, NaiveDate};
use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgPeriksa {
    #[arg(long)]
    tahun: i32,
    /// Keluaran JSON
    #[arg(long)]
    json: bool,
    /// Keluar dengan kode 1 bila ada temuan tingkat error
    #[arg(long)]
    ketat: bool,
    /// Tanggal hari ini (YYYY-MM-DD), untuk memeriksa tenggat seolah-olah pada tanggal itu
    #[arg(long, value_name = "TANGGAL")]
    hari_ini: Option<NaiveDate>,
}

pub fn run(db: &Option<PathBuf>, a: ArgPeriksa) -> Result<i32, AppError> {
    let ArgPeriksa {
        tahun,
        json,
        ketat,
        hari_ini,
    } = a;
    let db = buka_ada(db)?;
    let temuan = app::pemantauan::periksa_semua(
        &db,
        tahun,
        hari_ini.unwrap_or_else(|| Local::now().date_naive()),
    )?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&temuan).unwrap_or_default()
        );
    } else {
        for t in &temuan {
            println!(
                "{}\t{}\t{}\t{}",
                t.kode,
                t.tingkat.kode(),
                t.subjek.teks(),
                t.pesan
            );
        }
        let e = temuan
            .iter()
            .filter(|t| t.tingkat == kinerja::domain::temuan::Tingkat::Error)
            .count();
        eprintln!("{} temuan ({} error)", temuan.len(), e);
    }
    let ada_error = temuan
        .iter()
        .any(|t| t.tingkat == kinerja::domain::temuan::Tingkat::Error);
    Ok(if ketat && ada_error { 1 } else { 0 })
}
