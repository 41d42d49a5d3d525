//! `kinerja dko`: Dialog Kinerja Organisasi setahun, rencana aksi yang masih terbuka, dan notulennya
use std::path::PathBuf;

use chrono::Local;
use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgDko {
    #[arg(long)]
    tahun: i32,
    /// Tulis notulen DKO nomor ID (lihat daftar) sebagai PDF ke FILE
    #[arg(long, value_name = "ID", requires = "out")]
    notulen: Option<i64>,
    /// Berkas PDF notulen
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(db: &Option<PathBuf>, a: ArgDko) -> Result<i32, AppError> {
    let ArgDko {
        tahun,
        notulen,
        out,
    } = a;
    let db = buka_ada(db)?;
    if let (Some(id), Some(out)) = (notulen, out) {
        let (_, pdf) = app::pemantauan::notulen_dko(&db, tahun, id, Local::now().timestamp())?;
        app::umum::tulis_ke(&out, &pdf)?;
        eprintln!("Notulen DKO {id} ditulis ke {}", out.display());
        return Ok(0);
    }
    let d = app::pemantauan::daftar_dko(&db, tahun, Local::now().date_naive())?;
    println!(
        "Dialog Kinerja Organisasi tahun {tahun}: {} tercatat",
        d.dko.len()
    );
    for x in &d.dko {
        println!(
            "  [{}] {} {} dipimpin {}, {} peserta, {} rencana aksi terbuka",
            x.form.id,
            x.triwulan,
            x.tanggal,
            if x.pimpinan.is_empty() {
                "-"
            } else {
                &x.pimpinan
            },
            x.jumlah_peserta,
            x.aksi_terbuka
        );
    }
    if !d.aksi_terbuka.is_empty() {
        println!("Rencana aksi terbuka:");
        for a in &d.aksi_terbuka {
            println!(
                "  {} ({}): {} · {} · batas {}{}",
                a.dari,
                a.status,
                a.uraian,
                if a.pic.is_empty() { "-" } else { &a.pic },
                if a.batas.is_empty() { "-" } else { &a.batas },
                if a.lewat_batas { " (lewat batas)" } else { "" }
            );
        }
    }
    for t in &d.temuan {
        println!("  {} {}", t.kode, t.pesan);
    }
    Ok(0)
}
