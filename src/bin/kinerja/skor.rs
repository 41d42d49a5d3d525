//! `kinerja skor`: Nilai seluruh kantor seperti layar Evaluasi: NKO, lalu HKU K3, HKT, NHK, NPK, NKP, dan predikat setiap pegawai
use std::path::PathBuf;

use clap::Args;
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgSkor {
    #[arg(long)]
    tahun: i32,
    /// Sampai triwulan (1-4); bawaan: triwulan terakhir yang sudah ada realisasinya
    #[arg(long)]
    triwulan: Option<usize>,
    /// Keluaran JSON (angka sebagai teks berdesimal titik, presisi penuh; null bila tidak dapat dihitung)
    #[arg(long)]
    json: bool,
}

pub fn run(db: &Option<PathBuf>, a: ArgSkor) -> Result<i32, AppError> {
    let ArgSkor {
        tahun,
        triwulan,
        json,
    } = a;
    let db = buka_ada(db)?;
    let k = app::evaluasi::skor_kantor(&db, tahun, triwulan)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&k).unwrap_or_default());
        return Ok(0);
    }
    let f = |d: Option<rust_decimal::Decimal>| {
        d.map_or("—".to_string(), |v| {
            kinerja::domain::angka::format_id(v, 2)
        })
    };
    println!(
        "Tahun {} s.d. TW {} – profil {}\nNKO kantor: {}{}",
        k.tahun,
        k.sampai_triwulan,
        k.profil,
        f(k.nko),
        k.predikat_nko
            .as_deref()
            .map(|p| format!(" ({p})"))
            .unwrap_or_default()
    );
    println!(
        "{:<18} {:<28} {:>8} {:>7} {:>8} {:>8} {:>8}  Predikat",
        "NIP", "Nama", "HKU K3", "HKT", "NHK", "NPK", "NKP"
    );
    for p in &k.pegawai {
        let nama: String = p.nama.chars().take(28).collect();
        println!(
            "{:<18} {:<28} {:>8} {:>7} {:>8} {:>8} {:>8}  {}{}{}",
            p.nip,
            nama,
            f(p.hku_k3),
            f(p.hkt),
            f(p.nhk),
            f(p.npk),
            f(p.nkp),
            p.predikat.as_deref().unwrap_or("—"),
            if p.pemilik_peta {
                " [Pimpinan UPK]"
            } else {
                ""
            },
            if p.sementara { " (sementara)" } else { "" }
        );
    }
    if let Some(d) = &k.distribusi {
        let jumlah: Vec<String> = kinerja::domain::model::Predikat::SEMUA
            .iter()
            .map(|p| {
                format!(
                    "{} {}",
                    p.label(),
                    d.jumlah.get(p.label()).copied().unwrap_or(0)
                )
            })
            .collect();
        println!(
            "Sebaran predikat (unit {}, sementara): {}. {}",
            d.predikat_unit,
            jumlah.join(", "),
            if d.sesuai_pedoman {
                "Sesuai pedoman distribusi PermenPANRB 6/2022.".to_string()
            } else {
                format!("Peringatan: {}", d.pesan)
            }
        );
    }
    Ok(0)
}
