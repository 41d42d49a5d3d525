//! The office's NKO quarter by quarter (s.d. TW I, s.d. TW II, ...) with its predikat where the profile has one:
//! the trend the Evaluasi screen shows beside the NKO of the chosen quarter.
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::AngkaTampil;
use crate::store::Db;

#[derive(Debug, Clone, Serialize, TS)]
pub struct TitikNko {
    pub triwulan: u32,
    /// NKO s.d. this quarter; None without a head of office with IKUs.
    pub nko: Option<AngkaTampil>,
    pub predikat: Option<String>,
}

/// The NKO s.d. each quarter that has realisasi recorded, oldest first (empty before any).
pub fn tren_nko(
    db: &Db,
    tahun: i32,
    hari_ini: chrono::NaiveDate,
) -> Result<Vec<TitikNko>, AppError> {
    let terakhir = super::rekap_nilai(db, tahun, None, hari_ini)?.triwulan_terakhir;
    (1..=terakhir)
        .map(|q| {
            let r = super::rekap_nilai(db, tahun, Some(q as usize), hari_ini)?;
            Ok(TitikNko {
                triwulan: q,
                nko: r.nko,
                predikat: r.predikat_nko,
            })
        })
        .collect()
}
