//! `kinerja periksa` / "Siap cetak?": every finding of a year's plan, from the same rules the UI shows.
use chrono::NaiveDate;

use super::AppError;
use crate::domain::temuan::Temuan;
use crate::domain::validasi::{periksa_bobot_perspektif, periksa_parameter_sementara, periksa_skp};
use crate::store::Db;

pub fn periksa_tahun(db: &Db, tahun: i32, hari_ini: NaiveDate) -> Result<Vec<Temuan>, AppError> {
    let profil = super::profil::profil_tahun(db, tahun)?;
    let kalender = super::profil::kalender(db)?;
    let mut out = periksa_parameter_sementara(&profil);
    out.extend(periksa_bobot_perspektif(&profil));
    for skp in db.muat_skp(tahun)? {
        out.extend(periksa_skp(&profil, tahun, hari_ini, &kalender, &skp));
    }
    Ok(out)
}

/// A finding as the "Siap cetak?" page shows it.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct TemuanTampil {
    pub kode: String,
    pub tingkat: String,
    pub nip: Option<String>,
    pub nama: Option<String>,
    pub kode_iku: Option<String>,
    pub subjek: String,
    pub pesan: String,
    /// True when it blocks printing the Kontrak Kinerja.
    pub menghalangi: bool,
}

/// "Siap cetak?": every finding of the year with the pegawai's name, blockers first.
pub fn siap_cetak(db: &Db, tahun: i32, hari_ini: NaiveDate) -> Result<Vec<TemuanTampil>, AppError> {
    let nama: std::collections::HashMap<String, String> = super::kantor::daftar_pegawai(db, "")?
        .into_iter()
        .map(|p| (p.nip, p.nama))
        .collect();
    let mut v: Vec<TemuanTampil> = periksa_tahun(db, tahun, hari_ini)?
        .into_iter()
        .map(|t| TemuanTampil {
            menghalangi: super::dokumen::menghalangi(&t),
            kode: t.kode.into(),
            tingkat: t.tingkat.kode().into(),
            nama: t.subjek.nip.as_ref().and_then(|n| nama.get(n).cloned()),
            nip: t.subjek.nip.clone(),
            kode_iku: t.subjek.kode_iku.clone(),
            subjek: t.subjek.teks(),
            pesan: t.pesan,
        })
        .collect();
    v.sort_by_key(|t| {
        (
            !t.menghalangi,
            t.tingkat.clone(),
            t.nama.clone(),
            t.kode.clone(),
        )
    });
    Ok(v)
}
