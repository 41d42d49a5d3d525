//! The 360° behaviour averages of a pegawai.
use rust_decimal::Decimal;

use super::*;
use crate::app::AppError;
use crate::domain::angka::format_id;
use crate::store::Db;

/// Records a pegawai's 360° averages for the year (Indonesian numbers, 0..120, all empty removes them), then
/// returns the Evaluasi table again.
/// `simpan_perilaku` from the Evaluasi screen, which sends the 360° averages as it showed them: see
/// `rencana::simpan_iki_dari`.
pub fn simpan_perilaku_dari(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    f: &FormPerilaku,
    semula: Option<&FormPerilaku>,
    sampai: Option<usize>,
    hari_ini: chrono::NaiveDate,
    waktu: &str,
) -> Result<RekapNilai, AppError> {
    let f = match semula {
        Some(s) => {
            let p = db.perilaku_tahun(tahun)?.remove(nip).unwrap_or_default();
            let kini = FormPerilaku {
                atasan: crate::app::umum::tampil_desimal(p.atasan),
                rekan: crate::app::umum::tampil_desimal(p.rekan),
                bawahan: crate::app::umum::tampil_desimal(p.bawahan),
            };
            crate::app::umum::gabung_tiga(s, f, &kini, &crate::app::umum::label_bidang)?
        }
        None => f.clone(),
    };
    simpan_perilaku(db, tahun, nip, &f, sampai, hari_ini, waktu)
}

pub fn simpan_perilaku(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    f: &FormPerilaku,
    sampai: Option<usize>,
    hari_ini: chrono::NaiveDate,
    waktu: &str,
) -> Result<RekapNilai, AppError> {
    crate::app::umum::skp_pegawai(db, tahun, nip)?;
    let p = baca_perilaku(f)?;
    db.simpan_perilaku(tahun, nip, &p, waktu)?;
    rekap_nilai(db, tahun, sampai, hari_ini)
}

/// The 360° form checked whole: Indonesian numbers, each 0..120 or empty; an error names the rater group.
pub(crate) fn baca_perilaku(f: &FormPerilaku) -> Result<crate::store::RekamPerilaku, AppError> {
    let baca = |field: &str, s: &str| -> Result<Option<Decimal>, AppError> {
        let v = crate::app::umum::desimal_masukan(field, s)?;
        if let Some(d) = v
            && (d < Decimal::ZERO || d > Decimal::from(120))
        {
            return Err(AppError::Masukan {
                field: field.into(),
                pesan: format!("{} di luar 0–120", format_id(d, 2)),
            });
        }
        Ok(v)
    };
    Ok(crate::store::RekamPerilaku {
        atasan: baca("Nilai perilaku atasan", &f.atasan)?,
        rekan: baca("Nilai perilaku rekan kerja", &f.rekan)?,
        bawahan: baca("Nilai perilaku bawahan", &f.bawahan)?,
    })
}
