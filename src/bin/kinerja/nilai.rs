//! `kinerja nilai`: Nilai seorang pegawai (indeks, K3, HKU K3, HKT, NHK) beserta penjelasannya
use std::path::PathBuf;

use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgNilai {
    #[arg(long)]
    tahun: i32,
    #[arg(long)]
    nip: String,
    /// Sampai triwulan (1-4); bawaan: triwulan terakhir yang sudah ada realisasinya, seperti layar Evaluasi
    #[arg(long)]
    triwulan: Option<usize>,
    /// Keluaran JSON lengkap (dengan penjelasan setiap angka)
    #[arg(long)]
    json: bool,
}

pub fn run(db: &Option<PathBuf>, a: ArgNilai) -> Result<i32, AppError> {
    let ArgNilai {
        tahun,
        nip,
        triwulan,
        json,
    } = a;
    let db = buka_ada(db)?;
    let triwulan = match triwulan {
        Some(q) => q,
        None => app::evaluasi::triwulan_bawaan(&db, tahun)?,
    };
    let n = app::evaluasi::nilai_satu(&db, tahun, &nip, triwulan)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&n).unwrap_or_default());
    } else {
        let f = |h: &kinerja::domain::penjelasan::Hasil| match h.nilai {
            Some(v) => format!(
                "{}{}",
                kinerja::domain::angka::format_id(v, 2),
                if h.penjelasan.sementara {
                    " (sementara)"
                } else {
                    ""
                }
            ),
            None => format!(
                "tidak dapat dihitung: {}",
                h.penjelasan.catatan.last().cloned().unwrap_or_default()
            ),
        };
        println!(
            "{} ({}) tahun {} s.d. TW {} – profil {}",
            n.nama, n.nip, n.tahun, n.sampai_triwulan, n.profil
        );
        for i in &n.iki {
            println!(
                "  {:<8} indeks {:<28} K3 {:<22} {}",
                i.kode,
                f(&i.indeks),
                f(&i.k3),
                i.nama
            );
        }
        println!(
            "  HKU K3 {}\n  HKT    {}\n  NHK    {}",
            f(&n.hku_k3),
            f(&n.nilai_hkt),
            f(&n.nhk)
        );
        println!(
            "  Rumus NHK: {} [{}]",
            n.nhk.penjelasan.rumus, n.nhk.penjelasan.sumber
        );
    }
    Ok(0)
}
