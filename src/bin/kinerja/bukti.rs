//! `kinerja bukti`: the evidence files of a pegawai's realisasi: list, attach, remove, copy out.
use std::path::PathBuf;

use chrono::Local;
use clap::Args;
use kinerja::app::{self, AppError};
use kinerja::store::Db;

#[derive(Args)]
pub struct ArgBukti {
    #[arg(long)]
    tahun: i32,
    #[arg(long)]
    nip: String,
    /// Triwulan 1-4 (bawaan: triwulan yang baru berakhir)
    #[arg(long)]
    triwulan: Option<u8>,
    /// Lampirkan berkas: KODE=BERKAS (boleh berulang)
    #[arg(long, value_name = "KODE=BERKAS")]
    lampir: Vec<String>,
    /// Lepas berkas bernomor ID (nomor dari daftar)
    #[arg(long, value_name = "ID")]
    hapus: Option<i64>,
    /// Salin berkas bernomor ID ke folder --out
    #[arg(long, value_name = "ID")]
    salin: Option<i64>,
    /// Folder tujuan salinan
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub fn bukti(db: &mut Db, a: ArgBukti, waktu: &str) -> Result<i32, AppError> {
    let hari_ini = Local::now().date_naive();
    let mut r = app::realisasi::realisasi_pegawai(db, a.tahun, &a.nip, a.triwulan, hari_ini)?;
    let q = r.triwulan;
    for l in &a.lampir {
        let (kode, path) = l.split_once('=').ok_or_else(|| AppError::Masukan {
            field: "--lampir".into(),
            pesan: format!("\"{l}\" harus KODE=BERKAS"),
        })?;
        let id = r
            .baris
            .iter()
            .find(|b| b.kode == kode.trim())
            .map(|b| b.id)
            .ok_or_else(|| AppError::Masukan {
                field: "--lampir".into(),
                pesan: format!("IKU/IKI {kode} tidak ada pada SKP {}", a.nip),
            })?;
        let p = PathBuf::from(path.trim());
        let isi = std::fs::read(&p).map_err(|e| AppError::Berkas {
            path: p.display().to_string(),
            pesan: if p.is_dir() {
                "ini sebuah folder, bukan berkas".into()
            } else {
                kinerja::store::pesan_io(&e)
            },
        })?;
        let nama = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        r = app::realisasi::lampirkan_bukti(
            db, a.tahun, &a.nip, id, q, &nama, &isi, hari_ini, waktu,
        )?;
    }
    if let Some(id) = a.hapus {
        r = app::realisasi::hapus_bukti(db, a.tahun, &a.nip, id, q, hari_ini, waktu)?;
    }
    if let Some(id) = a.salin {
        let out = a.out.as_ref().ok_or_else(|| AppError::Masukan {
            field: "--out".into(),
            pesan: "sebutkan folder tujuan salinan".into(),
        })?;
        let p = app::realisasi::salin_bukti(db, a.tahun, &a.nip, id, out)?;
        println!("Disalin ke {}", p.display());
    }
    println!("{} ({}) TW {q} {}", r.nama, r.nip, r.tahun);
    for b in &r.baris {
        for f in &b.berkas {
            println!(
                "{}\t{}\t{}\t{}\t{}\tSHA-256 {}…",
                f.id, b.kode, f.nama, f.ukuran, f.ditambahkan, f.sidik
            );
        }
    }
    Ok(0)
}
