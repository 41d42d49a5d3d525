//! Peta strategi: the sasaran strategis of a year.
use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::umum::*;
use crate::domain::model::*;
use crate::store::{Db, RekamSs};

#[derive(Debug, Clone, Serialize, TS)]
pub struct SsTampil {
    #[ts(type = "number")]
    pub id: i64,
    pub kode: String,
    pub nama: String,
    pub perspektif: String,
    pub perspektif_label: String,
    #[ts(type = "number")]
    pub jumlah_iku: i64,
    /// Findings about this SS (too many IKUs, only activity IKUs), shown on the map.
    pub temuan: Vec<TemuanTampil>,
    /// The inisiatif strategis of this SS with their progress.
    pub inisiatif: Vec<InisiatifPeta>,
}

/// An inisiatif strategis on the peta strategi: its progress to date (mean of its milestones).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct InisiatifPeta {
    pub kode: String,
    pub nama: String,
    /// "62,5%"; "-" without milestones.
    pub progres: String,
    pub progres_bilangan: u8,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FormSs {
    /// 0 for a new SS.
    #[ts(type = "number")]
    pub id: i64,
    pub kode: String,
    pub nama: String,
    pub perspektif: String,
}

/// The peta strategi: the year's SS, each with the findings about it (from the same rules as `kinerja periksa`).
pub fn peta_strategi(db: &Db, tahun: i32, hari_ini: NaiveDate) -> Result<Vec<SsTampil>, AppError> {
    let temuan = super::periksa_tahun(db, tahun, hari_ini)?;
    let nama: HashMap<String, String> = db
        .cari_pegawai("")?
        .into_iter()
        .map(|p| (p.nip, p.nama))
        .collect();
    let mut v = daftar_ss(db, tahun)?;
    let inisiatif = db.inisiatif_tahun(tahun)?;
    for s in &mut v {
        s.inisiatif = inisiatif
            .iter()
            .filter(|r| r.ss_kode == s.kode)
            .map(|r| {
                let p = r.progres(4);
                InisiatifPeta {
                    kode: r.kode.clone(),
                    nama: r.nama.clone(),
                    progres: crate::app::umum::persen_tampil(p),
                    progres_bilangan: crate::app::umum::persen_bilangan(p),
                }
            })
            .collect();
        let subjek = format!("SS {}", s.kode);
        s.temuan = temuan
            .iter()
            .filter(|t| t.subjek.lain.as_deref() == Some(subjek.as_str()))
            .map(|t| {
                let pemilik = t.subjek.nip.as_ref().and_then(|n| nama.get(n)).cloned();
                tampil_temuan(t.clone(), pemilik.as_deref().unwrap_or(""))
            })
            .collect();
    }
    Ok(v)
}

/// The SS of a year, ordered by perspective (stakeholder at the top of the map) then code.
pub(super) fn daftar_ss(db: &Db, tahun: i32) -> Result<Vec<SsTampil>, AppError> {
    let mut v: Vec<SsTampil> = db
        .ss_tahun(tahun)?
        .into_iter()
        .map(|(s, n)| SsTampil {
            perspektif_label: Perspektif::dari_kode(&s.perspektif)
                .map(|p| p.label().to_string())
                .unwrap_or(s.perspektif.clone()),
            id: s.id,
            kode: s.kode,
            nama: s.nama,
            perspektif: s.perspektif,
            jumlah_iku: n,
            temuan: Vec::new(),
            inisiatif: Vec::new(),
        })
        .collect();
    v.sort_by_key(|s| {
        (
            Perspektif::SEMUA
                .iter()
                .position(|p| p.kode() == s.perspektif),
            s.kode.clone(),
        )
    });
    Ok(v)
}

/// `simpan_ss` from a screen that sends the form as it showed it: see `simpan_iki_dari`.
pub fn simpan_ss_dari(
    db: &mut Db,
    tahun: i32,
    f: &FormSs,
    semula: Option<&FormSs>,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<Vec<SsTampil>, AppError> {
    let f = match semula {
        Some(s) if f.id != 0 => {
            let x = peta_strategi(db, tahun, hari_ini)?
                .into_iter()
                .find(|x| x.id == f.id)
                .ok_or_else(|| AppError::Konflik {
                    field: format!("Sasaran strategis {}", s.kode),
                    pesan: "telah dihapus di tempat lain; muat ulang".into(),
                })?;
            let kini = FormSs {
                id: x.id,
                kode: x.kode,
                nama: x.nama,
                perspektif: x.perspektif,
            };
            crate::app::umum::gabung_tiga(s, f, &kini, &crate::app::umum::label_bidang)?
        }
        _ => f.clone(),
    };
    simpan_ss(db, tahun, &f, hari_ini, waktu)
}

pub fn simpan_ss(
    db: &mut Db,
    tahun: i32,
    f: &FormSs,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<Vec<SsTampil>, AppError> {
    db.profil_tahun(tahun)?
        .ok_or(AppError::TahunTidakAda(tahun))?;
    crate::app::umum::batas_teks(&[
        ("Kode SS", &f.kode, crate::domain::batas::JenisTeks::Kode),
        (
            "Sasaran strategis",
            &f.nama,
            crate::domain::batas::JenisTeks::Kalimat,
        ),
    ])?;
    let kode = isi(&f.kode).ok_or_else(|| salah("Kode SS", "wajib diisi"))?;
    let nama = isi(&f.nama).ok_or_else(|| salah("Nama SS", "wajib diisi"))?;
    if Perspektif::dari_kode(&f.perspektif).is_none() {
        return Err(salah(
            "Perspektif",
            "pilih salah satu dari empat perspektif",
        ));
    }
    if db
        .ss_tahun(tahun)?
        .iter()
        .any(|(s, _)| s.id != f.id && s.kode.eq_ignore_ascii_case(&kode))
    {
        return Err(salah(
            "Kode SS",
            format!("{kode} sudah dipakai tahun {tahun}"),
        ));
    }
    db.simpan_ss(
        &RekamSs {
            id: f.id,
            tahun,
            kode,
            nama,
            perspektif: f.perspektif.clone(),
        },
        waktu,
    )?;
    peta_strategi(db, tahun, hari_ini)
}

pub fn hapus_ss(db: &mut Db, tahun: i32, id: i64, waktu: &str) -> Result<Urungan, AppError> {
    let s = daftar_ss(db, tahun)?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(|| salah("Sasaran strategis", "tidak ada"))?;
    if s.jumlah_iku > 0 {
        return Err(salah(
            "Sasaran strategis",
            format!(
                "{} masih diukur oleh {} IKU/IKI; pindahkan atau hapus dulu IKU-nya",
                s.kode, s.jumlah_iku
            ),
        ));
    }
    Ok(Urungan {
        audit_id: vec![db.hapus_ss(id, waktu)?],
        pesan: format!("Sasaran strategis {} dihapus.", s.kode),
    })
}
