//! The explanation of deviations: for each IKU of the office below its target in a quarter, why, as the quarterly
//! report gives it to the level above. Kept per quarter, audited, written all or nothing.
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::salah;

use super::laporan_triwulan;

/// An IKU of the office in the quarter, for explaining its deviation.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DeviasiIku {
    pub kode: String,
    pub nama: String,
    pub target: String,
    pub realisasi: String,
    pub indeks: String,
    /// Hijau / Kuning / Merah, or "-".
    pub status: String,
    pub penjelasan: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DaftarDeviasi {
    pub tahun: i32,
    pub triwulan: u8,
    /// The IKUs below target (kuning or merah), and any other that already has an explanation.
    pub iku: Vec<DeviasiIku>,
    /// How many IKUs the report has in all.
    pub jumlah_iku: u32,
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize, TS)]
pub struct FormDeviasi {
    pub kode: String,
    pub penjelasan: String,
}

pub fn daftar_deviasi(
    db: &crate::store::Db,
    tahun: i32,
    triwulan: u8,
    hari_ini: NaiveDate,
) -> Result<DaftarDeviasi, AppError> {
    Ok(daftar_dari(laporan_triwulan(
        db, tahun, triwulan, hari_ini,
    )?))
}

/// The IKUs to explain, from the quarter's report.
fn daftar_dari(l: super::LaporanTriwulan) -> DaftarDeviasi {
    DaftarDeviasi {
        tahun: l.tahun,
        triwulan: l.triwulan,
        jumlah_iku: l.iku.len() as u32,
        iku: l
            .iku
            .into_iter()
            .filter(|x| matches!(x.status.as_str(), "Kuning" | "Merah") || !x.penjelasan.is_empty())
            .map(|x| DeviasiIku {
                kode: x.kode,
                nama: x.nama,
                target: x.target,
                realisasi: x.realisasi,
                indeks: x.indeks,
                status: x.status,
                penjelasan: x.penjelasan,
            })
            .collect(),
    }
}

/// Stores the explanations of a quarter (an empty one removes it): all or nothing, each checked.
pub fn simpan_deviasi(
    db: &mut crate::store::Db,
    tahun: i32,
    triwulan: u8,
    isi: &[FormDeviasi],
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarDeviasi, AppError> {
    let mut ada = laporan_triwulan(db, tahun, triwulan, hari_ini)?;
    let mut tulis = Vec::new();
    for f in isi {
        let field = format!("Penjelasan {}", f.kode);
        if !ada.iku.iter().any(|x| x.kode == f.kode) {
            return Err(salah(
                &field,
                format!("{} bukan IKU kantor tahun {tahun}", f.kode),
            ));
        }
        crate::app::umum::batas_teks(&[(
            &field,
            &f.penjelasan,
            crate::domain::batas::JenisTeks::Uraian,
        )])?;
        tulis.push((f.kode.clone(), f.penjelasan.trim().to_string()));
    }
    db.simpan_penjelasan_deviasi(tahun, triwulan, &tulis, waktu)?;
    // The report read before the write, with the explanations as they now stand.
    for (kode, teks) in tulis {
        if let Some(x) = ada.iku.iter_mut().find(|x| x.kode == kode) {
            x.penjelasan = teks;
        }
    }
    Ok(daftar_dari(ada))
}
