//! `kinerja profil`: Tampilkan atau ubah profil aturan suatu tahun dan parameternya
use std::path::PathBuf;

use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgProfil {
    #[arg(long)]
    tahun: i32,
    /// Pakai profil ini untuk tahun tersebut (kmk467-2014, kmk300-2022, kmk127-2026)
    #[arg(long, value_name = "KODE")]
    pakai: Option<String>,
    /// Atur parameter: NAMA=NILAI_JSON, mis. batas_hkt=\"15\"
    #[arg(long, value_name = "NAMA=JSON")]
    atur: Option<String>,
    /// Kembalikan parameter ke nilai bawaan profil
    #[arg(long, value_name = "NAMA")]
    bawaan: Option<String>,
    /// Catat pagu DIPA tahun itu (rupiah, mis. "1.250.000.000"; "" menghapusnya)
    #[arg(long, value_name = "RUPIAH")]
    pagu: Option<String>,
}

pub fn run(db: &Option<PathBuf>, a: ArgProfil) -> Result<i32, AppError> {
    let ArgProfil {
        tahun,
        pakai,
        atur,
        bawaan,
        pagu,
    } = a;
    let mut db = buka_ada(db)?;
    let p = if let Some(r) = pagu {
        app::pengaturan::atur_pagu_dipa(&mut db, tahun, &r, &sekarang())?
    } else if let Some(k) = pakai {
        app::pengaturan::pakai_profil(&mut db, tahun, &k, &sekarang())?
    } else if let Some(a) = atur {
        let (nama, nilai) = a.split_once('=').ok_or_else(|| AppError::Masukan {
            field: "--atur".into(),
            pesan: "tulis NAMA=NILAI_JSON".into(),
        })?;
        app::pengaturan::atur_parameter(&mut db, tahun, nama.trim(), Some(nilai), &sekarang())?
    } else if let Some(nama) = bawaan {
        app::pengaturan::atur_parameter(&mut db, tahun, nama.trim(), None, &sekarang())?
    } else {
        app::pengaturan::tampil_profil(&db, tahun)?
    };
    println!(
        "Tahun {}: {} ({})\nDasar: {}\nPagu DIPA: {}",
        p.tahun,
        p.nama,
        p.kode,
        p.dasar_hukum,
        if p.pagu_dipa.is_empty() {
            "belum dicatat".to_string()
        } else {
            format!("Rp {}", p.pagu_dipa)
        }
    );
    for x in &p.parameter {
        let tanda = match x.status.as_str() {
            "bawaan_sementara" => "SEMENTARA",
            "diatur_pengguna" => "diatur kantor",
            _ => "terverifikasi",
        };
        println!("  {:<26} {:<14} {}", x.nama, tanda, x.nilai);
    }
    Ok(0)
}
