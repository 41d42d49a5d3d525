//! Years: creating one, and copying a year's plan forward.
use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::salah;
use crate::domain::capaian::gabung;
use crate::domain::model::*;
use crate::domain::profil::KodeProfil;
use crate::store::Db;

/// Opens an empty planning year with its rule profile (by default the one the year's regulation calls for).
pub fn buat_tahun(
    db: &mut Db,
    tahun: i32,
    profil: Option<KodeProfil>,
    waktu: &str,
) -> Result<String, AppError> {
    if !(2015..=2100).contains(&tahun) {
        return Err(salah("Tahun", "di luar 2015–2100"));
    }
    if db.profil_tahun(tahun)?.is_some() {
        return Err(salah("Tahun", format!("tahun {tahun} sudah ada")));
    }
    let profil = profil.unwrap_or_else(|| KodeProfil::bawaan_tahun(tahun));
    db.atur_profil_tahun(tahun, profil, waktu)?;
    Ok(profil.kode().to_string())
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct HasilSalin {
    pub tahun: i32,
    pub profil: String,
    pub ss: usize,
    pub iki: usize,
}

/// Plans year `ke` from year `dari`: SS, IKU/IKI with manuals and cascading; the new quarters are empty and
/// each IKI keeps last year's annual target and consolidated realisasi as Target/Realisasi Y-1 (for K3).
pub fn salin_tahun(
    db: &mut Db,
    dari: i32,
    ke: i32,
    profil: Option<KodeProfil>,
    waktu: &str,
) -> Result<HasilSalin, AppError> {
    db.profil_tahun(dari)?
        .ok_or(AppError::TahunTidakAda(dari))?;
    if db.profil_tahun(ke)?.is_some() {
        return Err(salah("Tahun tujuan", format!("tahun {ke} sudah ada")));
    }
    if ke <= dari {
        return Err(salah("Tahun tujuan", "harus sesudah tahun asal"));
    }
    let profil = profil.unwrap_or_else(|| KodeProfil::bawaan_tahun(ke));
    let mut y1 = HashMap::new();
    let ids: HashMap<(String, String), i64> = db
        .iki_tahun_ringkas(dari)?
        .into_iter()
        .map(|(id, nip, kode, _)| ((nip, kode), id))
        .collect();
    for skp in db.muat_skp(dari)? {
        for i in &skp.iki {
            let Some(id) = ids.get(&(skp.nip.clone(), i.kode.clone())) else {
                continue;
            };
            // Without a konsolidasi of its own, the last known quarter stands for the year.
            let k = i.konsolidasi.unwrap_or(Konsolidasi::TakeLastKnown);
            let r: Vec<Decimal> = i.realisasi_triwulan.iter().flatten().copied().collect();
            let t: Vec<Decimal> = i.target_triwulan.iter().flatten().copied().collect();
            let t1 = crate::domain::capaian::target_tahunan(i).or_else(|| gabung(k, &t));
            y1.insert(*id, (t1, gabung(k, &r)));
        }
    }
    let (ss, iki) = db.salin_tahun(dari, ke, profil, &y1, waktu)?;
    Ok(HasilSalin {
        tahun: ke,
        profil: profil.kode().into(),
        ss,
        iki,
    })
}
