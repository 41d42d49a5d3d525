//! Plt/Plh assignments and mutasi: who holds which position when.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::umum::*;
use crate::store::{Db, RekamPeriode};

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct PeriodeJabatan {
    #[ts(type = "number")]
    pub id: i64,
    /// definitif, plt or plh.
    pub jenis: String,
    pub jabatan: String,
    pub unit: String,
    /// As typed ("15/03/2026") or as shown (ISO).
    pub mulai: String,
    pub selesai: Option<String>,
    pub nomor_sk: String,
    pub keterangan: String,
}

pub fn periode_jabatan(db: &Db, nip: &str) -> Result<Vec<PeriodeJabatan>, AppError> {
    Ok(db
        .periode_jabatan(nip)?
        .into_iter()
        .map(|p| PeriodeJabatan {
            id: p.id,
            jenis: p.jenis,
            jabatan: p.jabatan,
            unit: p.unit,
            mulai: p.mulai.to_string(),
            selesai: p.selesai.map(|d| d.to_string()),
            nomor_sk: p.nomor_sk,
            keterangan: p.keterangan,
        })
        .collect())
}

/// Records a Plt or Plh assignment with its dates; the pegawai's own position is unchanged.
pub fn tambah_plt(
    db: &mut Db,
    nip: &str,
    p: &PeriodeJabatan,
    waktu: &str,
) -> Result<Vec<PeriodeJabatan>, AppError> {
    let nip = nip_terdaftar(db, "NIP", nip)?;
    if !["plt", "plh"].contains(&p.jenis.as_str()) {
        return Err(salah("Jenis penugasan", "pilih Plt atau Plh"));
    }
    let jabatan = isi(&p.jabatan).ok_or_else(|| salah("Jabatan yang dirangkap", "wajib diisi"))?;
    let mulai = tanggal_isian("Tanggal mulai", &p.mulai)?;
    let selesai = match p.selesai.as_deref().and_then(isi) {
        Some(s) => {
            let s = tanggal_isian("Tanggal selesai", &s)?;
            if s < mulai {
                return Err(salah("Tanggal selesai", "sebelum tanggal mulai"));
            }
            Some(s)
        }
        None => None,
    };
    db.tambah_periode(
        &RekamPeriode {
            id: 0,
            nip: nip.clone(),
            jenis: p.jenis.clone(),
            jabatan,
            unit: p.unit.trim().into(),
            mulai,
            selesai,
            nomor_sk: p.nomor_sk.trim().into(),
            keterangan: p.keterangan.trim().into(),
        },
        waktu,
    )?;
    periode_jabatan(db, &nip)
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FormMutasi {
    /// As typed or as shown: the first day in the new position (or the first day away).
    pub tanggal: String,
    /// pindah (new position in this office) or keluar (leaves the office).
    pub jenis: String,
    pub jabatan_baru: String,
    pub unit_baru: String,
    pub nomor_sk: String,
}

/// A mutasi ends the current period and, when moving within the office, opens the next one.
pub fn mutasi(
    db: &mut Db,
    nip: &str,
    f: &FormMutasi,
    waktu: &str,
) -> Result<Vec<PeriodeJabatan>, AppError> {
    let nip = nip_terdaftar(db, "NIP", nip)?;
    let t = tanggal_isian("Tanggal mutasi", &f.tanggal)?;
    let p = db
        .data_pegawai(&nip)?
        .ok_or_else(|| salah("NIP", "tidak ada"))?;
    if let Ok(m) = NaiveDate::parse_from_str(&p.tanggal_mulai, "%Y-%m-%d")
        && t <= m
    {
        return Err(salah(
            "Tanggal mutasi",
            format!("harus sesudah tanggal mulai {}", p.tanggal_mulai),
        ));
    }
    let sebelum = t.pred_opt().unwrap_or(t).to_string();
    match f.jenis.as_str() {
        "pindah" => {
            let jab = isi(&f.jabatan_baru).ok_or_else(|| salah("Jabatan baru", "wajib diisi"))?;
            let unit = db
                .unit_lengkap()?
                .into_iter()
                .find(|(u, _)| u.nama.eq_ignore_ascii_case(f.unit_baru.trim()))
                .map(|(u, _)| u)
                .ok_or_else(|| salah("Unit baru", format!("\"{}\" tidak ada", f.unit_baru)))?;
            db.mutasi(
                &nip,
                &t.to_string(),
                &sebelum,
                Some((&jab, &unit.nama, Some(unit.id))),
                f.nomor_sk.trim(),
                waktu,
            )?;
        }
        "keluar" => db.mutasi(
            &nip,
            &t.to_string(),
            &sebelum,
            None,
            f.nomor_sk.trim(),
            waktu,
        )?,
        _ => return Err(salah("Jenis mutasi", "pilih pindah atau keluar")),
    }
    periode_jabatan(db, &nip)
}
