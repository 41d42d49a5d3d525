//! `kinerja reviu`: Kesiapan reviu manajemen kinerja setahun: yang diperiksa pengelola kinerja atasan dan yang masih
//! kurang; dengan `--paket`, paket reviu dalam satu zip
use std::path::PathBuf;

use chrono::Local;
use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgReviu {
    #[arg(long)]
    tahun: i32,
    /// Keluaran JSON
    #[arg(long)]
    json: bool,
    /// Tulis paket reviu (zip: indeks PDF, dokumen, notulen DKO, laporan triwulan, bukti) ke FILE
    #[arg(long, value_name = "FILE.zip")]
    paket: Option<PathBuf>,
}

pub fn run(db: &Option<PathBuf>, a: ArgReviu) -> Result<i32, AppError> {
    let ArgReviu { tahun, json, paket } = a;
    let mut db = buka_ada(db)?;
    if let Some(path) = paket {
        let h = app::laporan::tulis_paket_reviu(
            &mut db,
            tahun,
            &path,
            Local::now().date_naive(),
            Local::now().timestamp(),
            &sekarang(),
        )?;
        println!("{}", h.path);
        eprintln!(
            "Paket reviu {tahun}: {} berkas ({}); kesiapan {}",
            h.jumlah_berkas,
            h.ringkasan,
            if h.lengkap {
                "lengkap"
            } else {
                "masih ada yang kurang"
            }
        );
        return Ok(0);
    }
    let k = app::pemantauan::kesiapan_reviu(&db, tahun, Local::now().date_naive())?;
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&k).map_err(|e| AppError::Masukan {
                field: "json".into(),
                pesan: e.to_string(),
            })?
        );
        return Ok(0);
    }
    println!(
        "Kesiapan reviu manajemen kinerja tahun {tahun}: {}",
        if k.lengkap {
            "lengkap"
        } else {
            "masih ada yang kurang"
        }
    );
    for b in &k.butir {
        println!(
            "[{}] {} ({})",
            if b.kurang.is_empty() { "v" } else { " " },
            b.apa,
            b.dasar
        );
        for x in b.kurang.iter().take(20) {
            println!("      - {x}");
        }
        if b.kurang.len() > 20 {
            println!("      ... dan {} lagi", b.kurang.len() - 20);
        }
    }
    Ok(0)
}
