//! `kinerja hkt`: Hasil kerja tambahan seorang pegawai: nilai HKT dan temuan aturannya
use std::path::PathBuf;

use chrono::Local;
use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgHkt {
    #[arg(long)]
    tahun: i32,
    #[arg(long)]
    nip: String,
}

pub fn run(db: &Option<PathBuf>, a: ArgHkt) -> Result<i32, AppError> {
    let ArgHkt { tahun, nip } = a;
    let db = buka_ada(db)?;
    let d = app::pemantauan::daftar_hkt(&db, tahun, &nip, Local::now().date_naive())?;
    println!(
        "HKT {nip} tahun {tahun}: nilai HKT {}",
        d.nilai_hkt.teks.as_deref().unwrap_or("-")
    );
    for h in &d.hkt {
        println!(
            "  {} [{}{}] SK {}: target {}, realisasi {}, nilai {}",
            h.form.judul,
            h.jenis_label,
            if h.lingkup_label.is_empty() {
                String::new()
            } else {
                format!(", {}", h.lingkup_label)
            },
            if h.form.nomor_sk.is_empty() {
                "-"
            } else {
                &h.form.nomor_sk
            },
            if h.form.target.is_empty() {
                "-"
            } else {
                &h.form.target
            },
            if h.form.realisasi.is_empty() {
                "-"
            } else {
                &h.form.realisasi
            },
            h.nilai.teks.as_deref().unwrap_or("-")
        );
        for t in &h.temuan {
            println!("    {} {}", t.kode, t.pesan);
        }
    }
    for t in &d.temuan_umum {
        println!("  {} {}", t.kode, t.pesan);
    }
    Ok(0)
}
