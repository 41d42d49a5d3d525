//! `kinerja hukdis`: Hukuman disiplin seorang pegawai (KMK 127): tampilkan, catat, atau hapus; nilainya pada triwulan itu
use std::path::PathBuf;

use chrono::Local;
use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgHukdis {
    #[arg(long)]
    tahun: i32,
    #[arg(long)]
    nip: String,
    /// Triwulan yang dinilai (1-4); bawaan: triwulan terakhir yang sudah ada realisasinya
    #[arg(long)]
    triwulan: Option<usize>,
    /// Catat hukuman: ringan, sedang, atau berat
    #[arg(long, requires_all = ["skor", "tanggal"])]
    kategori: Option<String>,
    /// Skor MPJHD
    #[arg(long)]
    skor: Option<String>,
    /// Tanggal penjatuhan (YYYY-MM-DD atau "15 Juli 2026")
    #[arg(long)]
    tanggal: Option<String>,
    #[arg(long, default_value = "")]
    keterangan: String,
    /// Hapus hukuman dengan ID ini
    #[arg(long, value_name = "ID", conflicts_with = "kategori")]
    hapus: Option<i64>,
}

pub fn run(db: &Option<PathBuf>, a: ArgHukdis) -> Result<i32, AppError> {
    let ArgHukdis {
        tahun,
        nip,
        triwulan,
        kategori,
        skor,
        tanggal,
        keterangan,
        hapus,
    } = a;
    let mut db = buka_ada(db)?;
    let hari_ini = Local::now().date_naive();
    let r = if let Some(k) = kategori {
        let f = app::evaluasi::FormHukdis {
            nip: nip.clone(),
            kategori: k,
            skor_mpjhd: skor.unwrap_or_default(),
            tanggal: tanggal.unwrap_or_default(),
            keterangan,
        };
        app::evaluasi::tambah_hukdis(&mut db, tahun, &f, triwulan, hari_ini, &sekarang())?
    } else if let Some(id) = hapus {
        app::evaluasi::hapus_hukdis(&mut db, tahun, &nip, id, triwulan, hari_ini, &sekarang())?
    } else {
        app::evaluasi::rekap_nilai(&db, tahun, triwulan, hari_ini)?
    };
    let p = r
        .pegawai
        .iter()
        .find(|p| p.nip == nip)
        .ok_or_else(|| AppError::Masukan {
            field: "--nip".into(),
            pesan: format!("{nip} tidak dinilai pada tahun {tahun}"),
        })?;
    println!(
        "Hukuman disiplin {} ({nip}), nilai pada TW {} {tahun}:",
        p.nama, r.sampai_triwulan
    );
    if p.hukdis.is_empty() {
        println!("  (tidak ada)");
    }
    for h in &p.hukdis {
        println!(
            "  [{}] {}, skor MPJHD {}, {}{}: {}",
            h.id,
            h.kategori,
            h.skor_mpjhd,
            h.tanggal,
            if h.keterangan.is_empty() {
                String::new()
            } else {
                format!(" ({})", h.keterangan)
            },
            h.nilai_triwulan
        );
    }
    println!("  NKP {}", p.nkp.teks.as_deref().unwrap_or("—"));
    Ok(0)
}
