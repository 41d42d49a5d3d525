//! `kinerja laporan triwulan`: laporan kinerja triwulanan kantor (PDF dan lembar kerja) untuk unit atasan
use std::path::PathBuf;

use chrono::Local;
use clap::{Args, Subcommand};
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgLaporan {
    #[command(subcommand)]
    jenis: JenisLaporan,
}

#[derive(Subcommand)]
enum JenisLaporan {
    /// NKO dan predikat, capaian IKU, inisiatif strategis, risiko, DKO dan rencana aksi satu triwulan
    #[command(help_template = crate::TEMPLAT, next_help_heading = "Opsi")]
    Triwulan {
        /// Tahun laporan
        #[arg(long)]
        tahun: i32,
        /// 1 sampai 4
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
        triwulan: u8,
        /// Folder tujuan: Laporan-Triwulan-<tahun>-TW<q>.pdf dan .xlsx (nomor baru bila sudah ada)
        #[arg(long, value_name = "DIR", required_unless_present = "json")]
        out: Option<PathBuf>,
        /// Tampilkan isinya sebagai JSON (tanpa menulis berkas)
        #[arg(long)]
        json: bool,
    },
}

pub fn run(db: &Option<PathBuf>, a: ArgLaporan) -> Result<i32, AppError> {
    let db = buka_ada(db)?;
    match a.jenis {
        JenisLaporan::Triwulan {
            tahun,
            triwulan,
            out,
            json,
        } => {
            let hari_ini = Local::now().date_naive();
            if json {
                let l = app::laporan::laporan_triwulan(&db, tahun, triwulan, hari_ini)?;
                println!(
                    "{}",
                    serde_json::to_string_pretty(&l).map_err(|e| AppError::Masukan {
                        field: "json".into(),
                        pesan: e.to_string(),
                    })?
                );
                return Ok(0);
            }
            let out = out.unwrap_or_default();
            let pdf = app::umum::jalur_bebas(
                &out,
                &format!(
                    "{}.pdf",
                    app::laporan::nama_laporan_triwulan(tahun, triwulan)
                ),
            );
            let (pdf, xlsx) = app::laporan::tulis_laporan_triwulan(
                &db,
                tahun,
                triwulan,
                &pdf,
                hari_ini,
                Local::now().timestamp(),
            )?;
            println!("{}", pdf.display());
            println!("{}", xlsx.display());
            Ok(0)
        }
    }
}
