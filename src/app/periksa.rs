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
