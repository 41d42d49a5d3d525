//! The IKU catalogue of a year and its cascading matrix.
use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use super::*;
use crate::app::umum::*;
use crate::domain::model::*;
use crate::store::{Db, RekamIki};

/// One IKU/IKI in the year's catalogue, with what its manual still lacks.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BarisKatalog {
    pub form: FormIki,
    pub pegawai: String,
    pub ss: String,
    /// Polarisasi · konsolidasi · validitas · kendali, as labels ("?" where empty).
    pub pengukuran: String,
    /// Manual fields still empty, by their names in the form.
    pub kurang: Vec<String>,
}

fn label<T: Copy>(
    kode: &Option<String>,
    dari: fn(&str) -> Option<T>,
    label: fn(T) -> &'static str,
) -> &'static str {
    kode.as_deref().and_then(dari).map(label).unwrap_or("?")
}

/// What a manual still lacks: the measurement fields the scoring needs, then the descriptive ones.
pub fn manual_kurang(x: &RekamIki) -> Vec<String> {
    let mut v = Vec::new();
    let mut cek = |kosong: bool, nama: &str| {
        if kosong {
            v.push(nama.to_string());
        }
    };
    cek(x.polarisasi.is_none(), "polarisasi");
    cek(x.konsolidasi.is_none(), "konsolidasi");
    cek(x.validitas.is_none(), "validitas");
    cek(x.kendali.is_none(), "tingkat kendali");
    cek(x.aspek.is_none(), "aspek");
    cek(x.satuan.trim().is_empty(), "satuan");
    cek(x.definisi.trim().is_empty(), "definisi");
    cek(x.formula.trim().is_empty(), "formula");
    cek(x.sumber_data.trim().is_empty(), "sumber data");
    v
}

/// The year's IKU/IKI catalogue across all pegawai.
pub fn katalog_iku(db: &Db, tahun: i32) -> Result<Vec<BarisKatalog>, AppError> {
    let nama: HashMap<String, String> = db
        .cari_pegawai("")?
        .into_iter()
        .map(|p| (p.nip, p.nama))
        .collect();
    let ss: HashMap<i64, String> = db
        .ss_tahun(tahun)?
        .into_iter()
        .map(|(s, _)| (s.id, s.kode))
        .collect();
    Ok(db
        .iki_tahun(tahun)?
        .into_iter()
        .map(|x| BarisKatalog {
            pegawai: nama.get(&x.nip).cloned().unwrap_or_default(),
            ss: x
                .ss_id
                .and_then(|s| ss.get(&s).cloned())
                .unwrap_or_default(),
            kurang: manual_kurang(&x),
            pengukuran: [
                label(&x.polarisasi, Polarisasi::dari_kode, Polarisasi::label),
                label(&x.konsolidasi, Konsolidasi::dari_kode, Konsolidasi::label),
                label(&x.validitas, Validitas::dari_kode, Validitas::label),
                label(&x.kendali, Kendali::dari_kode, Kendali::label),
            ]
            .join(" · "),
            form: ke_form(&x),
        })
        .collect())
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct TurunanCascading {
    pub nip: String,
    pub nama: String,
    pub kode: String,
    /// penuh, sebagian, or empty when the kind is not set.
    pub jenis: String,
    pub target: String,
}

/// One IKU with the IKIs cascaded from it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BarisCascading {
    pub nip: String,
    pub nama: String,
    pub kode: String,
    pub iku: String,
    pub target: String,
    pub satuan: String,
    pub turunan: Vec<TurunanCascading>,
    pub temuan: Vec<TemuanTampil>,
}

/// Who carries which IKU: every IKU of the pemilik peta strategi (cascaded or not yet) and every other IKI
/// that something is cascaded from, each with its children and the cascading findings about it.
pub fn matriks_cascading(db: &Db, tahun: i32) -> Result<Vec<BarisCascading>, AppError> {
    let pegawai: HashMap<String, (String, String)> = db
        .cari_pegawai("")?
        .into_iter()
        .map(|p| (p.nip.clone(), (p.nama, p.tingkat)))
        .collect();
    let nama = |n: &str| pegawai.get(n).map(|p| p.0.clone()).unwrap_or_default();
    let tautan = db.tautan_cascading(tahun)?;
    let temuan = super::temuan_cascading(db, tahun)?;
    let mut out = Vec::new();
    for x in db.iki_tahun(tahun)? {
        let (nip, kode) = (x.nip.clone(), x.kode.clone());
        let anak: Vec<_> = tautan
            .iter()
            .filter(|t| t.induk_nip == nip && t.induk_kode == kode)
            .collect();
        let pemilik = pegawai.get(&nip).is_some_and(|p| p.1 == "pemilik_peta");
        if anak.is_empty() && !pemilik {
            continue;
        }
        let kode_anak: Vec<(&str, &str)> = anak
            .iter()
            .map(|a| (a.nip.as_str(), a.kode.as_str()))
            .collect();
        out.push(BarisCascading {
            temuan: temuan
                .iter()
                .filter(|t| {
                    let s = (
                        t.subjek.nip.as_deref().unwrap_or(""),
                        t.subjek.kode_iku.as_deref().unwrap_or(""),
                    );
                    s == (nip.as_str(), kode.as_str()) || kode_anak.contains(&s)
                })
                .cloned()
                .map(|t| tampil_temuan(t, ""))
                .collect(),
            nama: nama(&nip),
            target: tampil_desimal(x.target_tahunan),
            satuan: x.satuan,
            turunan: anak
                .iter()
                .map(|a| TurunanCascading {
                    nama: nama(&a.nip),
                    nip: a.nip.clone(),
                    kode: a.kode.clone(),
                    jenis: a.cascading.clone().unwrap_or_default(),
                    target: tampil_desimal(a.target),
                })
                .collect(),
            iku: x.nama,
            nip,
            kode,
        });
    }
    Ok(out)
}
