//! `kinerja export`: Ekspor ke xlsx: SKP (dapat diimpor kembali), rekap nilai, atau template kosong
use std::path::PathBuf;

use clap::{Args, Subcommand};
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgExport {
    #[command(subcommand)]
    apa: Ekspor,
}

pub fn run(db: &Option<PathBuf>, a: ArgExport) -> Result<i32, AppError> {
    let ArgExport { apa } = a;
    let db = buka_ada(db)?;
    let (tabel, out) = match apa {
        Ekspor::Skp { tahun, out } => (app::ekspor::tabel_skp(&db, tahun)?, out),
        Ekspor::Rekap {
            tahun,
            triwulan,
            out,
        } => (
            app::ekspor::tabel_rekap(&db, tahun, triwulan.clamp(1, 4))?,
            out,
        ),
        Ekspor::Template { out } => (app::ekspor::tabel_template(), out),
    };
    app::ekspor::tulis(&out, &tabel)?;
    println!(
        "{}: {}",
        out.display(),
        tabel
            .iter()
            .map(|t| format!("{} ({} baris)", t.lembar, t.baris.len()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(0)
}

#[derive(Subcommand)]
enum Ekspor {
    /// Lembar SKP dan pegawai satu tahun
    Skp {
        #[arg(long)]
        tahun: i32,
        #[arg(long, value_name = "FILE.xlsx")]
        out: PathBuf,
    },
    /// Indeks capaian dan nilai per pegawai dan IKI
    Rekap {
        #[arg(long)]
        tahun: i32,
        /// Sampai triwulan (bawaan: 4)
        #[arg(long, default_value_t = 4)]
        triwulan: usize,
        #[arg(long, value_name = "FILE.xlsx")]
        out: PathBuf,
    },
    /// Template kosong dengan daftar pilihan
    Template {
        #[arg(long, value_name = "FILE.xlsx")]
        out: PathBuf,
    },
}
