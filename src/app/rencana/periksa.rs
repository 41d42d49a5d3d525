//! `kinerja periksa` / "Siap cetak?": every finding of a year's plan, from the same rules the UI shows.
use chrono::NaiveDate;

use crate::app::umum::*;
use crate::domain::temuan::Temuan;
use crate::domain::validasi::{
    TautanCascading, periksa_bobot_perspektif, periksa_cascading, periksa_parameter_sementara,
    periksa_skp,
};
use crate::store::Db;

pub fn periksa_tahun(db: &Db, tahun: i32, hari_ini: NaiveDate) -> Result<Vec<Temuan>, AppError> {
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let kalender = crate::app::pengaturan::kalender(db)?;
    let mut out = periksa_parameter_sementara(&profil);
    out.extend(periksa_bobot_perspektif(&profil));
    let pagu = db.pagu_dipa(tahun)?.is_some();
    for skp in db.muat_skp(tahun)? {
        out.extend(periksa_skp(&profil, tahun, hari_ini, &kalender, &skp));
        out.extend(crate::domain::validasi::periksa_pagu(&skp, pagu));
        let plt: Vec<_> = db
            .periode_jabatan(&skp.nip)?
            .into_iter()
            .filter(|p| p.jenis == "plt")
            .map(|p| (p.jabatan, p.mulai, p.selesai))
            .collect();
        out.extend(crate::domain::validasi::periksa_plt_awal_tahun(
            tahun, &skp.nip, &skp.nama, &plt,
        ));
    }
    out.extend(temuan_cascading(db, tahun)?);
    let dko: Vec<u8> = db.dko_tahun(tahun)?.iter().map(|d| d.triwulan).collect();
    out.extend(crate::domain::validasi::periksa_dko(tahun, hari_ini, &dko));
    Ok(out)
}

/// The cascading findings of a year (IKU-013, IKU-014), without the per-pegawai rules.
pub fn temuan_cascading(db: &Db, tahun: i32) -> Result<Vec<Temuan>, AppError> {
    Ok(periksa_cascading(&tautan(db, tahun)?))
}

/// The findings about one pegawai: their SKP and the cascading links they are a party to (as child or parent).
pub fn periksa_pegawai(
    db: &Db,
    tahun: i32,
    skp: &crate::domain::model::SkpPegawai,
    hari_ini: NaiveDate,
) -> Result<Vec<Temuan>, AppError> {
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let kalender = crate::app::pengaturan::kalender(db)?;
    let mut out = periksa_skp(&profil, tahun, hari_ini, &kalender, skp);
    out.extend(crate::domain::validasi::periksa_pagu(
        skp,
        db.pagu_dipa(tahun)?.is_some(),
    ));
    out.extend(
        temuan_cascading(db, tahun)?
            .into_iter()
            .filter(|t| t.subjek.nip.as_deref() == Some(skp.nip.as_str())),
    );
    Ok(out)
}

fn tautan(db: &Db, tahun: i32) -> Result<Vec<TautanCascading>, AppError> {
    Ok(db
        .tautan_cascading(tahun)?
        .into_iter()
        .filter_map(|t| {
            // A link without a declared kind is neither rule's business.
            let penuh = match t.cascading.as_deref() {
                Some("penuh") => true,
                Some("sebagian") => false,
                _ => return None,
            };
            Some(TautanCascading {
                nip: t.nip,
                kode: t.kode,
                penuh,
                target: t.target,
                induk_nip: t.induk_nip,
                induk_kode: t.induk_kode,
                induk_target: t.induk_target,
                induk_satuan: t.induk_satuan,
            })
        })
        .collect())
}

/// "Siap cetak?": every finding of the year with the pegawai's name, blockers first.
pub fn siap_cetak(db: &Db, tahun: i32, hari_ini: NaiveDate) -> Result<Vec<TemuanTampil>, AppError> {
    let nama: std::collections::HashMap<String, String> =
        crate::app::kantor::daftar_pegawai(db, "")?
            .into_iter()
            .map(|p| (p.nip, p.nama))
            .collect();
    let mut v: Vec<TemuanTampil> = periksa_tahun(db, tahun, hari_ini)?
        .into_iter()
        .map(|t| TemuanTampil {
            menghalangi: t.kode.menghalangi_cetak(),
            kode: t.kode.kode().into(),
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
