//! `kinerja dialog`: Dialog kinerja individu seorang pegawai dan triwulan yang belum memilikinya
use std::path::PathBuf;

use chrono::Local;
use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgDialog {
    #[arg(long)]
    tahun: i32,
    #[arg(long)]
    nip: String,
}

pub fn run(db: &Option<PathBuf>, a: ArgDialog) -> Result<i32, AppError> {
    let ArgDialog { tahun, nip } = a;
    let db = buka_ada(db)?;
    let d = app::pemantauan::daftar_dialog(&db, tahun, &nip, Local::now().date_naive())?;
    println!(
        "Dialog kinerja {nip} tahun {tahun}: {} tercatat",
        d.dialog.len()
    );
    for x in &d.dialog {
        println!(
            "  {} {} ({}, {}) bersama {}: {}",
            x.form.tanggal,
            x.triwulan,
            x.tahap_label,
            x.sifat_label,
            if x.form.pihak.is_empty() {
                "-"
            } else {
                &x.form.pihak
            },
            x.form.ringkasan
        );
    }
    for t in &d.temuan {
        println!("  {} {}", t.kode, t.pesan);
    }
    Ok(0)
}
