//! The risk register of the office's SS and IKU (KMK 300/KMK.01/2022, seed 003: "rencana mitigasi risiko"; the shape
//! of Kemenkeu risk management, KMK 577/KMK.01/2019): each risk with its cause and impact, the levels of
//! likelihood and impact before mitigation and the level they give, the mitigation with its owner and due date, and
//! per quarter its monitoring (status and the levels after mitigation). Findings: RSK-001 (mitigation late),
//! RSK-002 (an ended quarter without monitoring).
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::{TemuanTampil, Urungan, iso_ke_isian, iso_ke_tampil, salah};
use crate::domain::model::StatusMitigasi;
use crate::domain::risiko::{self, LevelRisiko};
use crate::store::{Db, RekamPantauRisiko, RekamRisiko};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FormPantauRisiko {
    pub triwulan: u8,
    pub status: String,
    pub kemungkinan: u8,
    pub dampak: u8,
    pub catatan: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FormRisiko {
    #[ts(type = "number")]
    pub id: i64,
    pub kode: String,
    pub ss_kode: String,
    pub iku_kode: String,
    pub uraian: String,
    pub penyebab: String,
    pub dampak: String,
    pub kemungkinan: u8,
    pub level_dampak: u8,
    pub mitigasi: String,
    pub pemilik_nip: Option<String>,
    pub batas: String,
    pub pemantauan: Vec<FormPantauRisiko>,
}

/// A level as shown: "Tinggi (16)".
#[derive(Debug, Clone, Serialize, TS)]
pub struct LevelTampil {
    pub besaran: u8,
    /// 1 (sangat rendah) to 5 (sangat tinggi), for the colour.
    pub level: u8,
    pub label: String,
}

pub(crate) fn level_tampil(kemungkinan: u8, dampak: u8) -> Option<LevelTampil> {
    let b = risiko::besaran(kemungkinan, dampak)?;
    let l: LevelRisiko = risiko::level(b);
    Some(LevelTampil {
        besaran: b,
        level: l.angka(),
        label: format!("{} ({b})", l.label()),
    })
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PantauTampil {
    pub triwulan: String,
    pub status: String,
    pub level: Option<LevelTampil>,
    pub catatan: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct RisikoTampil {
    #[ts(type = "number")]
    pub id: i64,
    pub kode: String,
    /// "SS.1 …" / "IKU.2 …", or empty.
    pub sasaran: String,
    pub uraian: String,
    pub penyebab: String,
    pub dampak: String,
    /// Before mitigation.
    pub level_awal: Option<LevelTampil>,
    /// After the latest monitoring (None before any).
    pub level_kini: Option<LevelTampil>,
    pub mitigasi: String,
    pub pemilik: String,
    pub batas: String,
    /// The latest monitoring's status, "Belum dilaksanakan" before any.
    pub status: String,
    pub lewat_batas: bool,
    pub pemantauan: Vec<PantauTampil>,
    pub form: FormRisiko,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DaftarRisiko {
    pub urungkan: Option<Urungan>,
    pub tahun: i32,
    pub risiko: Vec<RisikoTampil>,
    pub temuan: Vec<TemuanTampil>,
    pub pilihan_ss: Vec<(String, String)>,
    pub pilihan_iku: Vec<(String, String)>,
    pub pilihan_status: Vec<(String, String)>,
    /// Where the matrix comes from, and that it is provisional.
    pub sumber_matriks: String,
    /// (level, "3 – Kadang-kadang terjadi") for the likelihood and impact lists.
    pub pilihan_kemungkinan: Vec<(u8, String)>,
    pub pilihan_dampak: Vec<(u8, String)>,
}

/// The latest monitoring up to quarter `sampai`.
pub fn pantauan_terakhir(r: &RekamRisiko, sampai: u8) -> Option<&RekamPantauRisiko> {
    r.pemantauan
        .iter()
        .filter(|p| p.triwulan <= sampai)
        .max_by_key(|p| p.triwulan)
}

pub(crate) fn status_label(kode: &str) -> String {
    StatusMitigasi::dari_kode(kode)
        .map(|s| s.label())
        .unwrap_or(kode)
        .into()
}

fn selesai(r: &RekamRisiko) -> bool {
    pantauan_terakhir(r, 4).is_some_and(|p| p.status == StatusMitigasi::Selesai.kode())
}

pub(crate) fn tampil_risiko(
    r: &RekamRisiko,
    sampai: u8,
    nama: &std::collections::HashMap<String, String>,
    ss: &[(String, String)],
    iku: &[(String, String)],
    hari_ini: NaiveDate,
) -> RisikoTampil {
    let cari = super::inisiatif::label;
    let sasaran = [
        (!r.ss_kode.is_empty()).then(|| cari(ss, &r.ss_kode)),
        (!r.iku_kode.is_empty()).then(|| cari(iku, &r.iku_kode)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let akhir = pantauan_terakhir(r, sampai);
    RisikoTampil {
        id: r.id,
        kode: r.kode.clone(),
        sasaran,
        uraian: r.uraian.clone(),
        penyebab: r.penyebab.clone(),
        dampak: r.dampak.clone(),
        level_awal: level_tampil(r.kemungkinan, r.level_dampak),
        level_kini: akhir.and_then(|p| level_tampil(p.kemungkinan, p.dampak)),
        mitigasi: r.mitigasi.clone(),
        pemilik: r
            .pemilik_nip
            .as_ref()
            .map(|n| nama.get(n).cloned().unwrap_or_else(|| n.clone()))
            .unwrap_or_default(),
        batas: iso_ke_tampil(&r.batas),
        status: akhir.map_or_else(
            || StatusMitigasi::Belum.label().to_string(),
            |p| status_label(&p.status),
        ),
        lewat_batas: !selesai(r)
            && NaiveDate::parse_from_str(&r.batas, "%Y-%m-%d").is_ok_and(|b| b < hari_ini),
        pemantauan: r
            .pemantauan
            .iter()
            .filter(|p| p.triwulan <= sampai)
            .map(|p| PantauTampil {
                triwulan: format!("TW {}", crate::domain::capaian::romawi(p.triwulan.into())),
                status: status_label(&p.status),
                level: level_tampil(p.kemungkinan, p.dampak),
                catatan: p.catatan.clone(),
            })
            .collect(),
        form: ke_form(r),
    }
}

pub fn daftar_risiko(db: &Db, tahun: i32, hari_ini: NaiveDate) -> Result<DaftarRisiko, AppError> {
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let ss = super::inisiatif::ss_kantor(db, tahun)?;
    let iku = super::iku_kantor(db, tahun)?;
    let semua = db.risiko_tahun(tahun)?;
    Ok(DaftarRisiko {
        urungkan: None,
        tahun,
        risiko: semua
            .iter()
            .map(|r| tampil_risiko(r, 4, &nama, &ss, &iku, hari_ini))
            .collect(),
        temuan: temuan_risiko_dari(tahun, hari_ini, &semua)
            .into_iter()
            .map(|t| crate::app::umum::tampil_temuan(t, ""))
            .collect(),
        pilihan_ss: ss,
        pilihan_iku: iku,
        pilihan_status: StatusMitigasi::SEMUA
            .iter()
            .map(|s| (s.kode().into(), s.label().into()))
            .collect(),
        sumber_matriks: format!("Level risiko menurut {}.", risiko::SUMBER),
        pilihan_kemungkinan: (1..=5u8)
            .zip(risiko::LABEL_KEMUNGKINAN)
            .map(|(i, l)| (i, format!("{i} – {l}")))
            .collect(),
        pilihan_dampak: (1..=5u8)
            .zip(risiko::LABEL_DAMPAK)
            .map(|(i, l)| (i, format!("{i} – {l}")))
            .collect(),
    })
}

fn temuan_risiko_dari(
    tahun: i32,
    hari_ini: NaiveDate,
    semua: &[RekamRisiko],
) -> Vec<crate::domain::temuan::Temuan> {
    let d: Vec<_> = semua
        .iter()
        .map(|r| crate::domain::validasi::RisikoDiperiksa {
            kode: &r.kode,
            batas: NaiveDate::parse_from_str(&r.batas, "%Y-%m-%d").ok(),
            selesai: selesai(r),
            dipantau: r.pemantauan.iter().map(|p| p.triwulan).collect(),
        })
        .collect();
    crate::domain::validasi::periksa_risiko(tahun, hari_ini, &d)
}

/// RSK-001 and RSK-002 of a year (for `kinerja periksa` and the screen).
pub fn temuan_risiko(
    db: &Db,
    tahun: i32,
    hari_ini: NaiveDate,
) -> Result<Vec<crate::domain::temuan::Temuan>, AppError> {
    Ok(temuan_risiko_dari(
        tahun,
        hari_ini,
        &db.risiko_tahun(tahun)?,
    ))
}

fn ke_form(r: &RekamRisiko) -> FormRisiko {
    FormRisiko {
        id: r.id,
        kode: r.kode.clone(),
        ss_kode: r.ss_kode.clone(),
        iku_kode: r.iku_kode.clone(),
        uraian: r.uraian.clone(),
        penyebab: r.penyebab.clone(),
        dampak: r.dampak.clone(),
        kemungkinan: r.kemungkinan,
        level_dampak: r.level_dampak,
        mitigasi: r.mitigasi.clone(),
        pemilik_nip: r.pemilik_nip.clone(),
        batas: iso_ke_isian(&r.batas),
        pemantauan: r
            .pemantauan
            .iter()
            .map(|p| FormPantauRisiko {
                triwulan: p.triwulan,
                status: p.status.clone(),
                kemungkinan: p.kemungkinan,
                dampak: p.dampak,
                catatan: p.catatan.clone(),
            })
            .collect(),
    }
}

fn level_isian(field: &str, v: u8) -> Result<u8, AppError> {
    if (1..=5).contains(&v) {
        Ok(v)
    } else {
        Err(salah(field, "pilih level 1 sampai 5"))
    }
}

fn baca_form(db: &Db, tahun: i32, f: &FormRisiko) -> Result<RekamRisiko, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Kode", &f.kode, T::Kode),
        ("Peristiwa risiko", &f.uraian, T::Uraian),
        ("Penyebab", &f.penyebab, T::Uraian),
        ("Dampak", &f.dampak, T::Uraian),
        ("Rencana mitigasi", &f.mitigasi, T::Uraian),
    ])?;
    let kode = f.kode.trim();
    if kode.is_empty() {
        return Err(salah("Kode", "wajib diisi (mis. R.1)"));
    }
    if db
        .risiko_tahun(tahun)?
        .iter()
        .any(|r| r.kode == kode && r.id != f.id)
    {
        return Err(salah("Kode", format!("{kode} sudah dipakai tahun {tahun}")));
    }
    let ss = f.ss_kode.trim();
    if !ss.is_empty()
        && !super::inisiatif::ss_kantor(db, tahun)?
            .iter()
            .any(|(k, _)| k == ss)
    {
        return Err(salah(
            "Sasaran strategis",
            format!("{ss} tidak ada pada peta strategi {tahun}"),
        ));
    }
    let iku = f.iku_kode.trim();
    if !iku.is_empty() && !super::iku_kantor(db, tahun)?.iter().any(|(k, _)| k == iku) {
        return Err(salah(
            "IKU",
            format!("{iku} bukan IKU kantor tahun {tahun}"),
        ));
    }
    if ss.is_empty() && iku.is_empty() {
        return Err(salah(
            "Sasaran strategis",
            "pilih SS atau IKU yang terancam risiko ini",
        ));
    }
    if f.uraian.trim().is_empty() {
        return Err(salah("Peristiwa risiko", "wajib diisi"));
    }
    let kemungkinan = level_isian("Level kemungkinan", f.kemungkinan)?;
    let level_dampak = level_isian("Level dampak", f.level_dampak)?;
    let pemilik = f.pemilik_nip.clone().filter(|p| !p.is_empty());
    if let Some(p) = &pemilik
        && !crate::app::kantor::nama_pegawai(db)?.contains_key(p)
    {
        return Err(salah("Penanggung jawab", format!("pegawai {p} tidak ada")));
    }
    let batas = crate::app::umum::tanggal_masukan("Batas waktu", &f.batas)?;
    let mut pemantauan: Vec<RekamPantauRisiko> = Vec::new();
    for (i, p) in f.pemantauan.iter().enumerate() {
        let field = |b: &str| format!("{b} pemantauan {}", i + 1);
        crate::app::umum::batas_teks(&[(&field("Catatan"), &p.catatan, T::Uraian)])?;
        if !(1..=4).contains(&p.triwulan) {
            return Err(salah(&field("Triwulan"), "pilih TW I sampai TW IV"));
        }
        if pemantauan.iter().any(|x| x.triwulan == p.triwulan) {
            return Err(salah(
                &field("Triwulan"),
                "triwulan ini sudah dipantau di baris lain",
            ));
        }
        let status = StatusMitigasi::dari_kode(&p.status)
            .ok_or_else(|| salah(&field("Status"), format!("\"{}\" tidak dikenal", p.status)))?;
        pemantauan.push(RekamPantauRisiko {
            triwulan: p.triwulan,
            status: status.kode().into(),
            kemungkinan: level_isian(&field("Kemungkinan"), p.kemungkinan)?,
            dampak: level_isian(&field("Dampak"), p.dampak)?,
            catatan: p.catatan.trim().into(),
        });
    }
    pemantauan.sort_by_key(|p| p.triwulan);
    Ok(RekamRisiko {
        id: f.id,
        tahun,
        kode: kode.into(),
        ss_kode: ss.into(),
        iku_kode: iku.into(),
        uraian: f.uraian.trim().into(),
        penyebab: f.penyebab.trim().into(),
        dampak: f.dampak.trim().into(),
        kemungkinan,
        level_dampak,
        mitigasi: f.mitigasi.trim().into(),
        pemilik_nip: pemilik,
        batas: batas
            .map(|t| t.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        pemantauan,
    })
}

pub fn simpan_risiko(
    db: &mut Db,
    tahun: i32,
    f: &FormRisiko,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarRisiko, AppError> {
    crate::app::pengaturan::profil_tahun(db, tahun)?;
    let r = baca_form(db, tahun, f)?;
    if r.id != 0 {
        milik(db, tahun, r.id)?;
    }
    let (_, audit) = db.simpan_risiko(&r, waktu)?;
    let mut out = daftar_risiko(db, tahun, hari_ini)?;
    if r.id != 0 {
        out.urungkan = Some(Urungan {
            audit_id: vec![audit],
            pesan: format!("Risiko {} diubah.", r.kode),
        });
    }
    Ok(out)
}

pub fn hapus_risiko(
    db: &mut Db,
    tahun: i32,
    id: i64,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarRisiko, AppError> {
    let r = milik(db, tahun, id)?;
    let audit = db.hapus_risiko(id, waktu)?;
    let mut out = daftar_risiko(db, tahun, hari_ini)?;
    out.urungkan = Some(Urungan {
        audit_id: vec![audit],
        pesan: format!("Risiko {} dihapus.", r.kode),
    });
    Ok(out)
}

fn milik(db: &Db, tahun: i32, id: i64) -> Result<RekamRisiko, AppError> {
    db.risiko_tahun(tahun)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| salah("Risiko", format!("{id} tidak ada pada tahun {tahun}")))
}
