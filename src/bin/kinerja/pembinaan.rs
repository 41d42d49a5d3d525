//! `kinerja pembinaan`: Umpan balik dan pembinaan kinerja setahun (isi konseling tidak pernah ditampilkan)
use std::path::PathBuf;

use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgPembinaan {
    #[arg(long)]
    tahun: i32,
    /// Hanya yang diikuti pegawai ini
    #[arg(long)]
    nip: Option<String>,
}

pub fn run(db: &Option<PathBuf>, a: ArgPembinaan) -> Result<i32, AppError> {
    let ArgPembinaan { tahun, nip } = a;
    let db = buka_ada(db)?;
    let d = app::pemantauan::daftar_pembinaan(&db, tahun, nip.as_deref())?;
    println!(
        "Umpan balik dan pembinaan tahun {tahun}: {} tercatat",
        d.catatan.len()
    );
    for x in &d.catatan {
        println!(
            "  {} {} ({}{}) oleh {} untuk {}: {}{}",
            x.tanggal,
            x.jenis,
            x.sifat,
            if x.cara.is_empty() {
                String::new()
            } else {
                format!(", {}", x.cara)
            },
            if x.pemberi.is_empty() {
                "-"
            } else {
                &x.pemberi
            },
            x.peserta.join(", "),
            if x.rahasia { "[isi rahasia]" } else { &x.topik },
            if x.tindak_lanjut.is_empty() {
                String::new()
            } else {
                format!(" · tindak lanjut: {}", x.tindak_lanjut)
            },
        );
    }
    Ok(0)
}
