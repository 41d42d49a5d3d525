//! What many actions read first: a pegawai's SKP of a year, a NIP that must be registered, the quarter asked for.
use super::{AppError, salah};
use crate::domain::nip::Nip;
use crate::store::Db;

/// One pegawai's SKP of a year, or an error naming the NIP.
pub fn skp_pegawai(
    db: &Db,
    tahun: i32,
    nip: &str,
) -> Result<crate::domain::model::SkpPegawai, AppError> {
    db.muat_skp_pegawai(tahun, nip)?
        .ok_or_else(|| AppError::Masukan {
            field: "nip".into(),
            pesan: format!("pegawai {nip} tidak ada"),
        })
}

/// A NIP typed in a form that must belong to a registered pegawai, normalised; the error names the field.
pub(crate) fn nip_terdaftar(db: &Db, field: &str, nip: &str) -> Result<String, AppError> {
    let n = Nip::parse(nip).map_err(|e| salah(field, e.to_string()))?;
    if db.data_pegawai(n.as_str())?.is_none() {
        return Err(salah(field, format!("{n} belum terdaftar sebagai pegawai")));
    }
    Ok(n.to_string())
}

/// A quarter number typed or sent: 1..4.
pub(crate) fn cek_triwulan(q: usize) -> Result<(), AppError> {
    if (1..=4).contains(&q) {
        Ok(())
    } else {
        Err(super::salah("Triwulan", format!("harus 1..4, bukan {q}")))
    }
}
