//! `kinerja addendum`: Buat addendum Kontrak Kinerja yang sudah ditandatangani
use std::path::PathBuf;

use chrono::{Local, NaiveDate};
use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgAddendum {
    #[arg(long)]
    tahun: i32,
    #[arg(long)]
    nip: String,
    /// Perubahan target: KODE:TRIWULAN=TARGET, boleh diulang (mis. 1.2:3=75)
    #[arg(long = "ubah", value_name = "KODE:TW=TARGET", required = true)]
    ubah: Vec<String>,
    /// Uraian alasan
    #[arg(long)]
    alasan: String,
    /// Jenis alasan: umum (batas 20 Juli), kebijakan (18 Oktober), komposisi (15 hari sejak perubahan)
    #[arg(long, default_value = "umum")]
    sebab: String,
    /// Tanggal perubahan komposisi pegawai (untuk --sebab komposisi)
    #[arg(long, value_name = "TANGGAL")]
    tanggal_perubahan: Option<NaiveDate>,
    /// Tanggal usulan addendum (bawaan: hari ini)
    #[arg(long, value_name = "TANGGAL")]
    tanggal: Option<NaiveDate>,
}

pub fn run(db: &Option<PathBuf>, a: ArgAddendum) -> Result<i32, AppError> {
    let ArgAddendum {
        tahun,
        nip,
        ubah,
        alasan,
        sebab,
        tanggal_perubahan,
        tanggal,
    } = a;
    let mut db = buka_ada(db)?;
    let sebab = app::dokumen::alasan_addendum(&sebab, tanggal_perubahan).map_err(|e| match e {
        app::dokumen::SebabAddendumSalah::TanggalWajib => AppError::Masukan {
            field: "--tanggal-perubahan".into(),
            pesan: "wajib untuk --sebab komposisi".into(),
        },
        app::dokumen::SebabAddendumSalah::TidakDikenal(x) => AppError::Masukan {
            field: "--sebab".into(),
            pesan: format!("\"{x}\" tidak dikenal (umum, kebijakan, komposisi)"),
        },
    })?;
    let mut daftar = Vec::new();
    for u in &ubah {
        let (kiri, target) = u.split_once('=').ok_or_else(|| AppError::Masukan {
            field: "--ubah".into(),
            pesan: format!("\"{u}\": tulis KODE:TW=TARGET"),
        })?;
        let (kode, tw) = kiri.rsplit_once(':').ok_or_else(|| AppError::Masukan {
            field: "--ubah".into(),
            pesan: format!("\"{u}\": tulis KODE:TW=TARGET"),
        })?;
        let triwulan = tw.trim().parse().map_err(|_| AppError::Masukan {
            field: "--ubah".into(),
            pesan: format!("triwulan \"{tw}\" bukan angka"),
        })?;
        daftar.push(app::dokumen::UbahTarget {
            kode: kode.trim().into(),
            triwulan,
            target: target.trim().into(),
        });
    }
    let v = app::dokumen::buat_addendum(
        &mut db,
        tahun,
        &nip,
        sebab,
        &alasan,
        &daftar,
        tanggal.unwrap_or_else(|| Local::now().date_naive()),
        &sekarang(),
    )?;
    println!(
        "Addendum ke-{v} dibuat; cetak dengan: kinerja pdf addendum --tahun {tahun} --nip {nip} --versi {v} --out DIR"
    );
    Ok(0)
}
