//! `kinerja koreksi`: Koreksi NKP (−5 s.d. 5, dengan alasan) dan JF substansi seorang pegawai pada suatu tahun (KMK 127)
use std::path::PathBuf;

use chrono::Local;
use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgKoreksi {
    #[arg(long)]
    tahun: i32,
    #[arg(long)]
    nip: String,
    /// Nilai koreksi, mis. "-2,5"; "" menghapusnya; tanpa opsi ini koreksi tersimpan tetap
    #[arg(long, allow_hyphen_values = true)]
    nilai: Option<String>,
    /// Alasan koreksi (wajib bila ada koreksi)
    #[arg(long)]
    alasan: Option<String>,
    /// Jabatan fungsional substansi: ya atau tidak; tanpa opsi ini tetap seperti tersimpan
    #[arg(long, value_name = "ya|tidak")]
    jf_substansi: Option<String>,
}

pub fn run(db: &Option<PathBuf>, a: ArgKoreksi) -> Result<i32, AppError> {
    let ArgKoreksi {
        tahun,
        nip,
        nilai,
        alasan,
        jf_substansi,
    } = a;
    let mut db = buka_ada(db)?;
    // Only what is given changes; the rest stays as recorded.
    let mut f = app::evaluasi::penyesuaian_pegawai(&db, tahun, &nip)?;
    if let Some(n) = nilai {
        f.koreksi = n;
    }
    if let Some(a) = alasan {
        f.alasan_koreksi = a;
    }
    if let Some(j) = jf_substansi {
        f.jf_substansi = match j.trim().to_lowercase().as_str() {
            "ya" | "y" => true,
            "tidak" | "t" => false,
            lain => {
                return Err(AppError::Masukan {
                    field: "--jf-substansi".into(),
                    pesan: format!("tulis ya atau tidak, bukan \"{lain}\""),
                });
            }
        };
    }
    let r = app::evaluasi::simpan_penyesuaian(
        &mut db,
        tahun,
        &nip,
        &f,
        None,
        Local::now().date_naive(),
        &sekarang(),
    )?;
    if let Some(p) = r.pegawai.iter().find(|p| p.nip == nip) {
        println!(
            "{} ({nip}): koreksi {}{}, JF substansi {}; NKP {}",
            p.nama,
            if p.penyesuaian.koreksi.is_empty() {
                "0"
            } else {
                &p.penyesuaian.koreksi
            },
            if p.penyesuaian.alasan_koreksi.is_empty() {
                String::new()
            } else {
                format!(" ({})", p.penyesuaian.alasan_koreksi)
            },
            if p.penyesuaian.jf_substansi {
                "ya"
            } else {
                "tidak"
            },
            p.nkp.teks.as_deref().unwrap_or("—")
        );
    }
    Ok(0)
}
