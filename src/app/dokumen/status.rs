//! The Dokumen screen: each pegawai's KK status, and the editable texts of documents.
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::*;
use crate::app::AppError;
use crate::domain::kewajiban::JenisKk;
use crate::domain::kk::*;
use crate::domain::validasi::periksa_skp;
use crate::store::Db;
/// A row of the Dokumen screen: a pegawai with their KK status.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StatusKk {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    /// Seksi/subbagian, for printing one unit's KKs.
    pub unit: String,
    /// Status kepegawaian label (Aktif, CPNS, ...), for filtering.
    pub status_pegawai: String,
    pub wajib_kk: bool,
    pub id: Option<String>,
    pub jenis: Option<String>,
    pub status: Option<String>,
    pub addendum: u32,
    /// A newcomer mid-year (mutasi, kembali bertugas) whose KK is a komplemen with sisa targets.
    pub komplemen: bool,
    pub penghalang: Vec<String>,
    /// The scan of the signed copy is stored.
    pub ada_pindaian: bool,
    /// The last reviu, what it still keeps from signature, and the hand-over of the second copy.
    pub reviu: super::RingkasReviu,
    /// The pegawai's addenda, each with its own reviu, signature, lock and hand-over.
    pub daftar_addendum: Vec<StatusAddendum>,
}

/// An addendum on the Dokumen screen: reviewed, signed, locked and handed over like the KK it amends.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StatusAddendum {
    pub id: String,
    pub versi: u32,
    pub status: String,
    pub ada_pindaian: bool,
    pub reviu: super::RingkasReviu,
}

pub fn daftar_status_kk(
    db: &Db,
    tahun: i32,
    hari_ini: NaiveDate,
) -> Result<Vec<StatusKk>, AppError> {
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let kalender = crate::app::pengaturan::kalender(db)?;
    let dok = db.daftar_dokumen(tahun)?;
    let pegawai = crate::app::kantor::daftar_pegawai(db, "")?;
    let skp = db.muat_skp(tahun)?;
    let mut out = Vec::new();
    for p in pegawai {
        let Some(s) = skp.iter().find(|s| s.nip == p.nip) else {
            continue;
        };
        {
            let kew = crate::domain::kewajiban::kewajiban_kk_pegawai(&profil, tahun, s, &kalender);
            let kk = dok
                .iter()
                .find(|d| d.nip == p.nip && d.jenis != JenisDokumen::Addendum);
            let reviu = match kk {
                Some(d) => super::ringkas_reviu(db, &d.id)?,
                None => Default::default(),
            };
            let mut daftar_addendum = Vec::new();
            for d in dok
                .iter()
                .filter(|d| d.nip == p.nip && d.jenis == JenisDokumen::Addendum)
            {
                daftar_addendum.push(StatusAddendum {
                    id: d.id.clone(),
                    versi: d.versi,
                    status: d.status.label().into(),
                    ada_pindaian: d.sha_scan.is_some(),
                    reviu: super::ringkas_reviu(db, &d.id)?,
                });
            }
            daftar_addendum.sort_by_key(|a| a.versi);
            out.push(StatusKk {
                daftar_addendum,
                reviu,
                unit: p.unit.clone(),
                status_pegawai: p.status.clone(),
                wajib_kk: kew.wajib_kk,
                id: kk.map(|d| d.id.clone()),
                jenis: kk.map(|d| d.jenis.kode().into()),
                status: kk.map(|d| d.status.label().into()),
                ada_pindaian: kk.is_some_and(|d| d.sha_scan.is_some()),
                addendum: dok
                    .iter()
                    .filter(|d| d.nip == p.nip && d.jenis == JenisDokumen::Addendum)
                    .count() as u32,
                komplemen: kew.wajib_kk && kew.jenis == JenisKk::Komplemen,
                penghalang: periksa_skp(&profil, tahun, hari_ini, &kalender, s)
                    .iter()
                    .filter(|t| t.kode.menghalangi_cetak())
                    .map(|t| format!("{} {}", t.kode, t.pesan))
                    .collect(),
                nip: p.nip,
                nama: p.nama,
                jabatan: p.jabatan,
            });
        }
    }
    Ok(out)
}
/// The KKs `kinerja pdf kk` prints: every pegawai who must make one, narrowed to a unit (part of its name, any
/// case) and a status (its code or its label).
pub fn kk_wajib_dicetak(
    db: &Db,
    tahun: i32,
    hari_ini: NaiveDate,
    seksi: Option<&str>,
    status: Option<&str>,
) -> Result<Vec<StatusKk>, AppError> {
    let seksi = seksi.map(str::to_lowercase);
    let status = status.map(str::to_lowercase);
    Ok(daftar_status_kk(db, tahun, hari_ini)?
        .into_iter()
        .filter(|s| s.wajib_kk)
        .filter(|s| {
            seksi
                .as_ref()
                .is_none_or(|x| s.unit.to_lowercase().contains(x.as_str()))
        })
        .filter(|s| {
            status.as_ref().is_none_or(|x| {
                s.status_pegawai.to_lowercase() == *x
                    || crate::domain::model::StatusPegawai::dari_kode(x)
                        .is_some_and(|k| k.label() == s.status_pegawai)
            })
        })
        .collect())
}

/// The editable texts of documents: the pledge and the number pattern.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TeksDokumen {
    pub pernyataan: String,
    pub pola_nomor: String,
    pub ada_logo: bool,
    /// The logo as a `data:image/png;base64,…` URL, for the letterhead preview.
    pub logo: Option<String>,
}

pub const POLA_NOMOR_BAWAAN: &str = "{jenis}-{no}/KIN/{tahun}";

pub fn teks_dokumen(db: &Db) -> Result<TeksDokumen, AppError> {
    let logo = db.data_kantor()?.logo;
    Ok(TeksDokumen {
        pernyataan: kunci_pengaturan(db, "pernyataan_kk", PERNYATAAN_BAWAAN)?,
        pola_nomor: kunci_pengaturan(db, "pola_nomor", POLA_NOMOR_BAWAAN)?,
        ada_logo: logo.is_some(),
        logo: logo.map(|png| {
            use base64::Engine;
            format!(
                "data:image/png;base64,{}",
                base64::engine::general_purpose::STANDARD.encode(png)
            )
        }),
    })
}

pub fn atur_teks_dokumen(
    db: &mut Db,
    pernyataan: &str,
    pola_nomor: &str,
    waktu: &str,
) -> Result<TeksDokumen, AppError> {
    if pernyataan.trim().len() < 20 {
        return Err(AppError::Masukan {
            field: "pernyataan kesanggupan".into(),
            pesan: "teks terlalu pendek (paling sedikit 20 karakter)".into(),
        });
    }
    if !pola_nomor.contains("{no}") {
        return Err(AppError::Masukan {
            field: "pola nomor".into(),
            pesan: "harus memuat {no} (nomor urut); boleh juga {jenis}, {tahun}, {nip}, {versi}"
                .into(),
        });
    }
    db.atur_pengaturan("pernyataan_kk", pernyataan.trim(), waktu)?;
    db.atur_pengaturan("pola_nomor", pola_nomor.trim(), waktu)?;
    teks_dokumen(db)
}

/// Stores the office logo (PNG) used on every document's letterhead; `None` removes it.
pub fn atur_logo(db: &mut Db, png: Option<&[u8]>, waktu: &str) -> Result<TeksDokumen, AppError> {
    if let Some(b) = png {
        if b.len() > 2 * 1024 * 1024 {
            return Err(AppError::Masukan {
                field: "logo".into(),
                pesan: "berkas lebih dari 2 MB; perkecil gambarnya".into(),
            });
        }
        crate::pdf::ukuran_gambar(b).map_err(|e| AppError::Masukan {
            field: "logo".into(),
            pesan: e.to_string(),
        })?;
    }
    db.atur_logo(png, waktu)?;
    teks_dokumen(db)
}
