//! Planning actions: letterhead and unit tree, peta strategi, IKU/IKI manuals with cascading and trajectory,
//! findings per pegawai after every change, undo of deletions, copying a year forward, Plt/Plh and mutasi.
use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::AppError;
use super::error::salah;
use super::impor::{Lokal, angka};
use super::periksa::TemuanTampil;
use crate::domain::angka::teks_id;
use crate::domain::capaian::gabung;
use crate::domain::kk::{periode_per_tahun, target_aspek};
use crate::domain::model::*;
use crate::domain::nip::Nip;
use crate::domain::profil::KodeProfil;
use crate::store::{Db, RekamIki, RekamKantor, RekamPeriode, RekamSs, RekamUnit, kunci_iki};
use crate::xlsx::Sel;

fn isi(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// A number typed by the user in Indonesian notation ("1.234,5", "95,5", "95,5%"), normalised for storage.
pub fn angka_masukan(field: &str, s: &str) -> Result<Option<String>, AppError> {
    angka(&Sel::Teks(s.to_string()), Lokal::Indonesia)
        .map(|d| d.map(|d| d.normalize().to_string()))
        .map_err(|e| salah(field, e.0))
}

/// `angka_masukan` for a target, realisasi, Y-1 figure, pagu or score: a negative value is refused, naming the field.
pub fn angka_tidak_negatif(field: &str, s: &str) -> Result<Option<String>, AppError> {
    let v = angka_masukan(field, s)?;
    if let Some(p) = v
        .as_deref()
        .and_then(|t| t.parse::<Decimal>().ok())
        .and_then(crate::domain::batas::periksa_tidak_negatif)
    {
        return Err(salah(field, p));
    }
    Ok(v)
}

/// A stored decimal as the user reads and types it ("1234.5" → "1.234,5").
pub fn tampil_angka(s: &Option<String>) -> String {
    s.as_deref()
        .and_then(|t| t.parse::<Decimal>().ok())
        .map(teks_id)
        .unwrap_or_default()
}

fn nip_terdaftar(db: &Db, field: &str, nip: &str) -> Result<String, AppError> {
    let n = Nip::parse(nip).map_err(|e| salah(field, e.to_string()))?;
    if db.data_pegawai(n.as_str())?.is_none() {
        return Err(salah(field, format!("{n} belum terdaftar sebagai pegawai")));
    }
    Ok(n.to_string())
}

// ---------- Kantor and units ----------

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FormKantor {
    pub nama: String,
    pub alamat: String,
    pub kota: String,
    pub telepon: String,
    pub induk: String,
    pub pengelola_kinerja_nip: Option<String>,
    pub atasan_kepala_nama: String,
    pub atasan_kepala_nip: String,
    pub atasan_kepala_pangkat: String,
    pub atasan_kepala_jabatan: String,
}

pub fn kantor(db: &Db) -> Result<FormKantor, AppError> {
    let k = db.kantor()?;
    Ok(FormKantor {
        nama: k.nama,
        alamat: k.alamat,
        kota: k.kota,
        telepon: k.telepon,
        induk: k.induk,
        pengelola_kinerja_nip: k.pengelola_kinerja_nip,
        atasan_kepala_nama: k.atasan_kepala_nama,
        atasan_kepala_nip: k.atasan_kepala_nip,
        atasan_kepala_pangkat: k.atasan_kepala_pangkat,
        atasan_kepala_jabatan: k.atasan_kepala_jabatan,
    })
}

/// `simpan_kantor` from a screen that sends the form as it showed it: see `simpan_iki_dari`.
pub fn simpan_kantor_dari(
    db: &mut Db,
    f: &FormKantor,
    semula: Option<&FormKantor>,
    waktu: &str,
) -> Result<FormKantor, AppError> {
    let f = match semula {
        Some(s) => super::gabung::gabung_tiga(s, f, &kantor(db)?, &super::gabung::label_bidang)?,
        None => f.clone(),
    };
    simpan_kantor(db, &f, waktu)
}

pub fn simpan_kantor(db: &mut Db, f: &FormKantor, waktu: &str) -> Result<FormKantor, AppError> {
    {
        use crate::domain::batas::JenisTeks as T;
        super::error::batas_teks(&[
            ("Nama kantor", &f.nama, T::Nama),
            ("Alamat", &f.alamat, T::Kalimat),
            ("Kota", &f.kota, T::Nama),
            ("Telepon", &f.telepon, T::Label),
            ("Kantor induk", &f.induk, T::Nama),
            ("Nama atasan kepala kantor", &f.atasan_kepala_nama, T::Nama),
            (
                "Pangkat atasan kepala kantor",
                &f.atasan_kepala_pangkat,
                T::Label,
            ),
            (
                "Jabatan atasan kepala kantor",
                &f.atasan_kepala_jabatan,
                T::Nama,
            ),
        ])?;
    }
    let nama = isi(&f.nama).ok_or_else(|| salah("Nama kantor", "wajib diisi"))?;
    let pengelola = match f.pengelola_kinerja_nip.as_deref().and_then(isi) {
        Some(n) => Some(nip_terdaftar(db, "Pengelola kinerja", &n)?),
        None => None,
    };
    // The head's pejabat penilai works in the Kanwil, so only the NIP's form is checked.
    let atasan_nip = match isi(&f.atasan_kepala_nip) {
        Some(n) => Nip::parse(&n)
            .map_err(|e| salah("NIP atasan kepala kantor", e.to_string()))?
            .to_string(),
        None => String::new(),
    };
    db.simpan_kantor(
        &RekamKantor {
            nama,
            alamat: f.alamat.trim().into(),
            kota: f.kota.trim().into(),
            telepon: f.telepon.trim().into(),
            induk: f.induk.trim().into(),
            pengelola_kinerja_nip: pengelola,
            atasan_kepala_nama: f.atasan_kepala_nama.trim().into(),
            atasan_kepala_nip: atasan_nip,
            atasan_kepala_pangkat: f.atasan_kepala_pangkat.trim().into(),
            atasan_kepala_jabatan: f.atasan_kepala_jabatan.trim().into(),
        },
        waktu,
    )?;
    kantor(db)
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct UnitTampil {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub induk_id: Option<i64>,
    pub nama: String,
    pub jenis: String,
    pub kepala_nip: Option<String>,
    pub kepala_nama: Option<String>,
    #[ts(type = "number")]
    pub jumlah_pegawai: i64,
    /// Depth in the tree (0 for the office).
    pub kedalaman: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FormUnit {
    /// 0 for a new unit.
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub induk_id: Option<i64>,
    pub nama: String,
    /// kantor, seksi or subbagian.
    pub jenis: String,
    pub kepala_nip: Option<String>,
}

/// The unit tree, depth-first, each unit after its parent.
pub fn daftar_unit(db: &Db) -> Result<Vec<UnitTampil>, AppError> {
    let semua = db.unit_lengkap()?;
    let nama: HashMap<String, String> = db
        .cari_pegawai("")?
        .into_iter()
        .map(|p| (p.nip, p.nama))
        .collect();
    let mut out = Vec::new();
    // Roots first; a unit whose parent is missing is shown as a root rather than hidden.
    let ada: std::collections::HashSet<i64> = semua.iter().map(|(u, _)| u.id).collect();
    let mut tumpukan: Vec<(i64, u32)> = semua
        .iter()
        .rev()
        .filter(|(u, _)| u.induk_id.is_none_or(|i| !ada.contains(&i)))
        .map(|(u, _)| (u.id, 0))
        .collect();
    let mut dilihat = std::collections::HashSet::new();
    while let Some((id, d)) = tumpukan.pop() {
        if !dilihat.insert(id) {
            continue;
        }
        if let Some((u, n)) = semua.iter().find(|(u, _)| u.id == id) {
            out.push(UnitTampil {
                id: u.id,
                induk_id: u.induk_id,
                nama: u.nama.clone(),
                jenis: u.jenis.clone(),
                kepala_nama: u.kepala_nip.as_ref().and_then(|k| nama.get(k).cloned()),
                kepala_nip: u.kepala_nip.clone(),
                jumlah_pegawai: *n,
                kedalaman: d,
            });
            for (anak, _) in semua.iter().rev().filter(|(a, _)| a.induk_id == Some(id)) {
                tumpukan.push((anak.id, d + 1));
            }
        }
    }
    Ok(out)
}

/// `simpan_unit` from a screen that sends the form as it showed it: see `simpan_iki_dari`.
pub fn simpan_unit_dari(
    db: &mut Db,
    f: &FormUnit,
    semula: Option<&FormUnit>,
    waktu: &str,
) -> Result<Vec<UnitTampil>, AppError> {
    let f = match semula {
        Some(s) if f.id != 0 => {
            let u = daftar_unit(db)?
                .into_iter()
                .find(|u| u.id == f.id)
                .ok_or_else(|| AppError::Konflik {
                    field: format!("Unit {}", s.nama),
                    pesan: "telah dihapus di tempat lain; muat ulang".into(),
                })?;
            let kini = FormUnit {
                id: u.id,
                induk_id: u.induk_id,
                nama: u.nama,
                jenis: u.jenis,
                kepala_nip: u.kepala_nip,
            };
            super::gabung::gabung_tiga(s, f, &kini, &super::gabung::label_bidang)?
        }
        _ => f.clone(),
    };
    simpan_unit(db, &f, waktu)
}

pub fn simpan_unit(db: &mut Db, f: &FormUnit, waktu: &str) -> Result<Vec<UnitTampil>, AppError> {
    super::error::batas_teks(&[("Nama unit", &f.nama, crate::domain::batas::JenisTeks::Nama)])?;
    let nama = isi(&f.nama).ok_or_else(|| salah("Nama unit", "wajib diisi"))?;
    if !["kantor", "seksi", "subbagian"].contains(&f.jenis.as_str()) {
        return Err(salah("Jenis unit", "pilih kantor, seksi atau subbagian"));
    }
    let semua = db.unit_lengkap()?;
    if semua
        .iter()
        .any(|(u, _)| u.id != f.id && u.nama.eq_ignore_ascii_case(&nama))
    {
        return Err(salah("Nama unit", format!("\"{nama}\" sudah ada")));
    }
    if let Some(induk) = f.induk_id {
        // Walking up from the chosen parent must never reach the unit itself.
        let mut cek = Some(induk);
        let mut langkah = 0;
        while let Some(c) = cek {
            if c == f.id && f.id != 0 {
                return Err(salah(
                    "Unit induk",
                    "tidak boleh unit itu sendiri atau bawahannya",
                ));
            }
            cek = semua
                .iter()
                .find(|(u, _)| u.id == c)
                .ok_or_else(|| salah("Unit induk", "tidak ada"))?
                .0
                .induk_id;
            langkah += 1;
            if langkah > semua.len() {
                break;
            }
        }
    }
    let kepala = match f.kepala_nip.as_deref().and_then(isi) {
        Some(n) => Some(nip_terdaftar(db, "Kepala unit", &n)?),
        None => None,
    };
    let urutan = semua
        .iter()
        .find(|(u, _)| u.id == f.id)
        .map(|(u, _)| u.urutan)
        .unwrap_or(semua.len() as i64 + 1);
    db.simpan_unit(
        &RekamUnit {
            id: f.id,
            induk_id: f.induk_id,
            nama,
            jenis: f.jenis.clone(),
            kepala_nip: kepala,
            urutan,
        },
        waktu,
    )?;
    daftar_unit(db)
}

/// What a deletion or an edit returns: the audit entries that undo it, and a sentence for the "Batalkan" bar.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Urungan {
    #[ts(type = "Array<number>")]
    pub audit_id: Vec<i64>,
    pub pesan: String,
}

pub fn hapus_unit(db: &mut Db, id: i64, waktu: &str) -> Result<Urungan, AppError> {
    let semua = daftar_unit(db)?;
    let u = semua
        .iter()
        .find(|u| u.id == id)
        .ok_or_else(|| salah("Unit", "tidak ada"))?;
    if u.jumlah_pegawai > 0 {
        return Err(salah(
            "Unit",
            format!(
                "{} masih berisi {} pegawai; pindahkan dulu pegawainya",
                u.nama, u.jumlah_pegawai
            ),
        ));
    }
    if semua.iter().any(|a| a.induk_id == Some(id)) {
        return Err(salah(
            "Unit",
            format!("{} masih mempunyai unit bawahan", u.nama),
        ));
    }
    let nama = u.nama.clone();
    Ok(Urungan {
        audit_id: vec![db.hapus_unit(id, waktu)?],
        pesan: format!("Unit {nama} dihapus."),
    })
}

/// Undoes a deletion or an edit of this session (unit, SS or IKI).
pub fn pulihkan(db: &mut Db, audit_id: &[i64], waktu: &str) -> Result<String, AppError> {
    let apa = db.pulihkan(audit_id, waktu)?;
    Ok(format!(
        "{} dikembalikan seperti semula.",
        match apa.as_str() {
            "iki" => "IKU/IKI",
            "ss" => "Sasaran strategis",
            "hkt" => "HKT",
            "realisasi" => "Realisasi",
            "dialog_kinerja" => "Catatan dialog kinerja",
            _ => "Unit",
        }
    ))
}

// ---------- Peta strategi ----------

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
    let temuan = super::periksa::periksa_tahun(db, tahun, hari_ini)?;
    let nama: HashMap<String, String> = db
        .cari_pegawai("")?
        .into_iter()
        .map(|p| (p.nip, p.nama))
        .collect();
    let mut v = daftar_ss(db, tahun)?;
    for s in &mut v {
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
fn daftar_ss(db: &Db, tahun: i32) -> Result<Vec<SsTampil>, AppError> {
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
            super::gabung::gabung_tiga(s, f, &kini, &super::gabung::label_bidang)?
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
    super::error::batas_teks(&[
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

// ---------- IKU/IKI of a pegawai ----------

/// The IKU/IKI form: vocabulary as codes, numbers as the user typed them (Indonesian notation).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FormIki {
    /// 0 for a new IKI.
    #[ts(type = "number")]
    pub id: i64,
    pub nip: String,
    pub kode: String,
    pub nama: String,
    #[ts(type = "number | null")]
    pub ss_id: Option<i64>,
    /// The IKU/IKI of the atasan this one is cascaded from.
    #[ts(type = "number | null")]
    pub induk_id: Option<i64>,
    /// penuh (same IKU and target) or sebagian (target split).
    pub cascading: Option<String>,
    pub jenis: String,
    pub aspek: Option<String>,
    pub kategori: String,
    pub satuan: String,
    pub polarisasi: Option<String>,
    pub konsolidasi: Option<String>,
    pub sifat_tlk: Option<String>,
    pub validitas: Option<String>,
    pub kendali: Option<String>,
    /// "Nilai tertinggi" 120 instead of 100 (the manual's cap).
    pub konversi_120: bool,
    pub r_worst: String,
    /// Angka kredit target, for jabatan fungsional.
    pub ak: String,
    pub target_tahunan: String,
    pub target_y1: String,
    pub realisasi_y1: String,
    pub definisi: String,
    pub tujuan: String,
    pub formula: String,
    pub sumber_data: String,
    pub pic: String,
    pub periode_pelaporan: String,
    pub target_tw: [String; 4],
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct IkiTampil {
    pub form: FormIki,
    pub ss: String,
    pub induk: String,
    /// Targets per aspect as the SKP prints them (KK rules 10-14).
    pub target_skp: [String; 4],
    pub temuan: Vec<TemuanTampil>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct RencanaPegawai {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub tingkat: String,
    pub terkunci: bool,
    pub iki: Vec<IkiTampil>,
    /// Findings about the pegawai as a whole (no IKU named).
    pub temuan: Vec<TemuanTampil>,
    /// Set by a save that changed existing IKIs: how to undo it.
    pub urungkan: Option<Urungan>,
}

pub(crate) fn tampil_temuan(t: crate::domain::temuan::Temuan, nama: &str) -> TemuanTampil {
    TemuanTampil {
        menghalangi: super::dokumen::menghalangi(&t),
        kode: t.kode.into(),
        tingkat: t.tingkat.kode().into(),
        nama: Some(nama.to_string()),
        nip: t.subjek.nip.clone(),
        kode_iku: t.subjek.kode_iku.clone(),
        subjek: t.subjek.teks(),
        pesan: t.pesan,
    }
}

fn ke_form(x: &RekamIki) -> FormIki {
    FormIki {
        id: x.id,
        nip: x.nip.clone(),
        kode: x.kode.clone(),
        nama: x.nama.clone(),
        ss_id: x.ss_id,
        induk_id: x.induk_id,
        cascading: x.cascading.clone(),
        jenis: x.jenis.clone(),
        aspek: x.aspek.clone(),
        kategori: x.kategori.clone(),
        satuan: x.satuan.clone(),
        polarisasi: x.polarisasi.clone(),
        konsolidasi: x.konsolidasi.clone(),
        sifat_tlk: x.sifat_tlk.clone(),
        validitas: x.validitas.clone(),
        kendali: x.kendali.clone(),
        konversi_120: x.konversi_120,
        r_worst: tampil_angka(&x.r_worst),
        ak: tampil_angka(&x.ak),
        target_tahunan: tampil_angka(&x.target_tahunan),
        target_y1: tampil_angka(&x.target_y1),
        realisasi_y1: tampil_angka(&x.realisasi_y1),
        definisi: x.definisi.clone(),
        tujuan: x.tujuan.clone(),
        formula: x.formula.clone(),
        sumber_data: x.sumber_data.clone(),
        pic: x.pic.clone(),
        periode_pelaporan: x.periode_pelaporan.clone(),
        target_tw: x.target_tw.clone().map(|t| tampil_angka(&t)),
    }
}

/// A pegawai's plan of the year with the findings of the same rules as `kinerja periksa`, placed on the IKI
/// they are about.
pub fn rencana_pegawai(
    db: &Db,
    tahun: i32,
    nip: &str,
    hari_ini: NaiveDate,
) -> Result<RencanaPegawai, AppError> {
    let p = db
        .data_pegawai(nip)?
        .ok_or_else(|| salah("NIP", format!("pegawai {nip} tidak ada")))?;
    let skp = super::kantor::skp_pegawai(db, tahun, nip)?;
    let mut temuan: Vec<TemuanTampil> = super::periksa::periksa_pegawai(db, tahun, &skp, hari_ini)?
        .into_iter()
        .map(|t| tampil_temuan(t, &p.nama))
        .collect();
    let ss: HashMap<i64, String> = db
        .ss_tahun(tahun)?
        .into_iter()
        .map(|(s, _)| (s.id, format!("{} {}", s.kode, s.nama)))
        .collect();
    let induk: HashMap<i64, String> = db
        .iki_tahun_ringkas(tahun)?
        .into_iter()
        .map(|(id, nip, kode, nama)| (id, format!("{kode} {nama} ({nip})")))
        .collect();
    let mut iki = Vec::new();
    for x in db.iki_pegawai(tahun, nip)? {
        let (milik, sisa): (Vec<_>, Vec<_>) = temuan
            .into_iter()
            .partition(|t| t.kode_iku.as_deref() == Some(x.kode.as_str()));
        temuan = sisa;
        let domain = skp.iki.iter().find(|i| i.kode == x.kode);
        let t = domain
            .map(|d| target_aspek(d, &x.satuan, periode_per_tahun(&x.periode_pelaporan), None));
        iki.push(IkiTampil {
            ss: x
                .ss_id
                .and_then(|s| ss.get(&s).cloned())
                .unwrap_or_default(),
            induk: x
                .induk_id
                .and_then(|s| induk.get(&s).cloned())
                .unwrap_or_default(),
            target_skp: t
                .map(|t| [t.kuantitas, t.kualitas, t.waktu, t.biaya])
                .unwrap_or_default(),
            form: ke_form(&x),
            temuan: milik,
        });
    }
    let tingkat = TingkatJabatan::dari_kode(&p.tingkat)
        .map(|t| t.label().to_string())
        .unwrap_or(p.tingkat.clone());
    Ok(RencanaPegawai {
        terkunci: db.kk_terkunci(tahun, nip)?,
        nip: p.nip,
        nama: p.nama,
        jabatan: p.jabatan,
        tingkat,
        iki,
        temuan,
        urungkan: None,
    })
}

fn kosakata<T>(
    field: &str,
    v: &Option<String>,
    dari: fn(&str) -> Option<T>,
) -> Result<Option<String>, AppError> {
    match v.as_deref().and_then(isi) {
        None => Ok(None),
        Some(k) => match dari(&k) {
            Some(_) => Ok(Some(k)),
            None => Err(salah(field, format!("\"{k}\" tidak dikenal"))),
        },
    }
}

fn tw(field: &str, t: &[String; 4]) -> Result<[Option<String>; 4], AppError> {
    let mut out: [Option<String>; 4] = Default::default();
    for q in 0..4 {
        out[q] = angka_tidak_negatif(
            &format!("{field} TW {}", crate::domain::capaian::romawi(q + 1)),
            &t[q],
        )?;
    }
    Ok(out)
}

/// Checks a form and turns it into a stored row (realisasi and order kept from `lama`).
/// `lain` is the pegawai's IKIs as stored (for the order of a new one and the unique code).
fn dari_form(
    db: &Db,
    tahun: i32,
    f: &FormIki,
    lama: Option<&RekamIki>,
    lain: &[RekamIki],
) -> Result<RekamIki, AppError> {
    use crate::domain::batas::JenisTeks as T;
    super::error::batas_teks(&[
        ("Kode IKU/IKI", &f.kode, T::Kode),
        ("Nama IKU/IKI", &f.nama, T::Kalimat),
        ("Satuan", &f.satuan, T::Label),
        ("Definisi", &f.definisi, T::Uraian),
        ("Tujuan", &f.tujuan, T::Uraian),
        ("Formula", &f.formula, T::Uraian),
        ("Sumber data", &f.sumber_data, T::Uraian),
        ("PIC", &f.pic, T::Nama),
        ("Periode pelaporan", &f.periode_pelaporan, T::Label),
    ])?;
    let kode = isi(&f.kode).ok_or_else(|| salah("Kode IKU/IKI", "wajib diisi"))?;
    let nama = isi(&f.nama).ok_or_else(|| salah("Nama IKU/IKI", "wajib diisi"))?;
    let jenis = kosakata("Jenis", &Some(f.jenis.clone()), JenisIki::dari_kode)?
        .unwrap_or_else(|| "utama".into());
    let kategori = kosakata(
        "Kategori",
        &Some(f.kategori.clone()),
        KategoriIki::dari_kode,
    )?
    .unwrap_or_else(|| "lama".into());
    let konsolidasi = kosakata("Konsolidasi", &f.konsolidasi, Konsolidasi::dari_kode)?;
    let sifat_tlk = if konsolidasi.as_deref() == Some("take_last_known") {
        kosakata("Sifat TLK", &f.sifat_tlk, SifatTlk::dari_kode)?
    } else {
        None
    };
    let cascading = match f.cascading.as_deref().and_then(isi).as_deref() {
        None => None,
        Some(c @ ("penuh" | "sebagian")) => Some(c.to_string()),
        Some(c) => return Err(salah("Cascading", format!("\"{c}\" tidak dikenal"))),
    };
    if cascading.is_some() && f.induk_id.is_none() {
        return Err(salah(
            "IKU induk",
            "pilih IKU atasan yang di-cascade (atau kosongkan jenis cascading)",
        ));
    }
    if let Some(i) = f.induk_id {
        let p = db
            .iki_satu(i)?
            .ok_or_else(|| salah("IKU induk", "tidak ada"))?;
        if p.tahun != tahun || p.nip == f.nip || i == f.id {
            return Err(salah(
                "IKU induk",
                "harus IKU/IKI pegawai lain pada tahun yang sama",
            ));
        }
    }
    if let Some(s) = f.ss_id
        && db.ss_satu(s)?.filter(|s| s.tahun == tahun).is_none()
    {
        return Err(salah("Sasaran strategis", "tidak ada pada tahun ini"));
    }
    let periode = isi(&f.periode_pelaporan).unwrap_or_else(|| "triwulanan".into());
    if !["bulanan", "triwulanan", "semesteran", "tahunan"].contains(&periode.as_str()) {
        return Err(salah(
            "Periode pelaporan",
            "pilih bulanan, triwulanan, semesteran atau tahunan",
        ));
    }
    let urutan_baru = lain.len() as i64 + 1;
    let x = RekamIki {
        id: f.id,
        tahun,
        nip: f.nip.clone(),
        kode,
        nama,
        ss_id: f.ss_id,
        induk_id: f.induk_id,
        cascading,
        jenis,
        aspek: kosakata("Aspek", &f.aspek, Aspek::dari_kode)?,
        kategori,
        satuan: f.satuan.trim().into(),
        polarisasi: kosakata("Polarisasi", &f.polarisasi, Polarisasi::dari_kode)?,
        konsolidasi,
        sifat_tlk,
        validitas: kosakata("Validitas", &f.validitas, Validitas::dari_kode)?,
        kendali: kosakata("Tingkat kendali", &f.kendali, Kendali::dari_kode)?,
        konversi_120: f.konversi_120,
        r_worst: angka_tidak_negatif("R worst", &f.r_worst)?,
        ak: angka_tidak_negatif("Angka kredit", &f.ak)?,
        target_tahunan: angka_tidak_negatif("Target tahunan", &f.target_tahunan)?,
        target_y1: angka_tidak_negatif("Target Y-1", &f.target_y1)?,
        realisasi_y1: angka_tidak_negatif("Realisasi Y-1", &f.realisasi_y1)?,
        definisi: f.definisi.trim().into(),
        tujuan: f.tujuan.trim().into(),
        formula: f.formula.trim().into(),
        sumber_data: f.sumber_data.trim().into(),
        pic: f.pic.trim().into(),
        periode_pelaporan: periode,
        urutan: lama.map(|l| l.urutan).unwrap_or(urutan_baru),
        target_tw: tw("Target", &f.target_tw)?,
        realisasi_tw: lama.map(|l| l.realisasi_tw.clone()).unwrap_or_default(),
    };
    if lain
        .iter()
        .any(|i| i.id != f.id && i.kode.eq_ignore_ascii_case(&x.kode))
    {
        return Err(salah(
            "Kode IKU/IKI",
            format!("{} sudah ada pada SKP pegawai ini", x.kode),
        ));
    }
    Ok(x)
}

fn cek_terkunci(db: &Db, tahun: i32, nip: &str) -> Result<(), AppError> {
    if db.kk_terkunci(tahun, nip)? {
        return Err(AppError::Terkunci {
            nip: nip.into(),
            tahun,
        });
    }
    Ok(())
}

/// Adds or updates one IKU/IKI (manual, cascading, trajectory). Returns the pegawai's refreshed plan.
pub fn simpan_iki(
    db: &mut Db,
    tahun: i32,
    f: &FormIki,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<RencanaPegawai, AppError> {
    let nip = nip_terdaftar(db, "NIP", &f.nip)?;
    cek_terkunci(db, tahun, &nip)?;
    let lama = if f.id == 0 {
        None
    } else {
        Some(
            db.iki_satu(f.id)?
                .filter(|l| l.nip == nip && l.tahun == tahun)
                .ok_or_else(|| salah("IKU/IKI", "tidak ada"))?,
        )
    };
    let f = FormIki {
        nip: nip.clone(),
        ..f.clone()
    };
    let lain = db.iki_pegawai(tahun, &nip)?;
    let x = dari_form(db, tahun, &f, lama.as_ref(), &lain)?;
    let (_, audit) = db.simpan_iki(&x, waktu)?;
    let mut r = rencana_pegawai(db, tahun, &nip, hari_ini)?;
    // A new IKI is undone by deleting it; an edit can be taken back with "Batalkan".
    if lama.is_some() {
        r.urungkan = Some(Urungan {
            audit_id: vec![audit],
            pesan: format!("Manual {} disimpan.", x.kode),
        });
    }
    Ok(r)
}

/// `simpan_iki` from a screen that sends the form as it showed it (`semula`): fields the user did not touch take
/// the stored value, and a field changed here and elsewhere since is refused as a conflict naming it.
pub fn simpan_iki_dari(
    db: &mut Db,
    tahun: i32,
    f: &FormIki,
    semula: Option<&FormIki>,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<RencanaPegawai, AppError> {
    let f = match semula {
        Some(s) if f.id != 0 => {
            let kini = db
                .iki_satu(f.id)?
                .filter(|l| l.tahun == tahun)
                .ok_or_else(|| AppError::Konflik {
                    field: format!("IKU/IKI {}", s.kode),
                    pesan: "telah dihapus di tempat lain; muat ulang".into(),
                })?;
            super::gabung::gabung_tiga(s, f, &ke_form(&kini), &super::gabung::label_bidang)?
        }
        _ => f.clone(),
    };
    simpan_iki(db, tahun, &f, hari_ini, waktu)
}

/// One row of the trajectory grid: the IKI and its four quarterly targets as typed.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct BarisTrajectory {
    #[ts(type = "number")]
    pub id: i64,
    pub target_tw: [String; 4],
    /// The four cells as the screen showed them: an untouched cell is not written back, and a cell changed
    /// elsewhere since is a conflict. Without it the grid is saved as typed.
    #[serde(default)]
    #[ts(optional)]
    pub semula: Option<[String; 4]>,
}

/// Saves the whole trajectory grid of a pegawai at once: every cell is checked first, nothing is stored
/// when one is wrong, and the error names the IKU and the quarter.
pub fn simpan_trajectory(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    baris: &[BarisTrajectory],
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<RencanaPegawai, AppError> {
    cek_terkunci(db, tahun, nip)?;
    let semua = db.iki_pegawai(tahun, nip)?;
    let mut ubah = Vec::new();
    for b in baris {
        let lama = semua.iter().find(|i| i.id == b.id).ok_or_else(|| {
            salah(
                "Trajectory",
                format!("IKI {} bukan milik pegawai ini", b.id),
            )
        })?;
        // The same three-way merge as every form: an untouched cell takes the stored value.
        let ketik = match &b.semula {
            None => b.target_tw.clone(),
            Some(semula) => super::gabung::gabung_tiga(
                semula,
                &b.target_tw,
                &lama.target_tw.clone().map(|t| tampil_angka(&t)),
                &|jalur| {
                    let q = jalur.trim_matches(['[', ']']).parse::<usize>().unwrap_or(0);
                    format!(
                        "Target {} TW {}",
                        lama.kode,
                        crate::domain::capaian::romawi(q + 1)
                    )
                },
            )?,
        };
        let t = tw(&format!("Target {}", lama.kode), &ketik)?;
        if t != lama.target_tw {
            ubah.push(RekamIki {
                target_tw: t,
                ..lama.clone()
            });
        }
    }
    // One transaction: a grid is saved whole or not at all.
    let audit = db.simpan_iki_semua(&ubah, waktu)?;
    let mut r = rencana_pegawai(db, tahun, nip, hari_ini)?;
    if !audit.is_empty() {
        r.urungkan = Some(Urungan {
            pesan: format!("Trajectory {} IKU/IKI disimpan.", audit.len()),
            audit_id: audit,
        });
    }
    Ok(r)
}

pub fn hapus_iki(db: &mut Db, tahun: i32, id: i64, waktu: &str) -> Result<Urungan, AppError> {
    let x = db
        .iki_satu(id)?
        .filter(|x| x.tahun == tahun)
        .ok_or_else(|| salah("IKU/IKI", "tidak ada"))?;
    cek_terkunci(db, tahun, &x.nip)?;
    let n = db.jumlah_turunan(id)?;
    if n > 0 {
        return Err(salah(
            "IKU/IKI",
            format!(
                "{} di-cascade ke {n} IKI bawahan; hapus atau lepaskan dulu IKI turunannya",
                x.kode
            ),
        ));
    }
    Ok(Urungan {
        audit_id: vec![db.hapus_iki(id, waktu)?],
        pesan: format!("IKU/IKI {} {} dihapus.", x.kode, x.nama),
    })
}

/// The history of one IKU/IKI (its audit rows), newest first.
pub fn riwayat_iki(
    db: &Db,
    tahun: i32,
    nip: &str,
    kode: &str,
) -> Result<Vec<super::kantor::Riwayat>, AppError> {
    Ok(db
        .riwayat(&kunci_iki(tahun, nip, kode))?
        .into_iter()
        .filter(|r| r.kunci == kunci_iki(tahun, nip, kode))
        .map(|r| super::kantor::Riwayat {
            waktu: r.waktu,
            apa: format!("{} {}", r.entitas, r.aksi),
            sebelum: r.sebelum.unwrap_or_default(),
            sesudah: r.sesudah.unwrap_or_default(),
        })
        .collect())
}

/// The choices of the planning forms: vocabularies and the year's SS and cascadable IKUs.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PilihanRencana {
    pub perspektif: Vec<(String, String)>,
    pub jenis: Vec<(String, String)>,
    pub aspek: Vec<(String, String)>,
    pub kategori: Vec<(String, String)>,
    pub polarisasi: Vec<(String, String)>,
    pub konsolidasi: Vec<(String, String)>,
    pub sifat_tlk: Vec<(String, String)>,
    pub validitas: Vec<(String, String)>,
    pub kendali: Vec<(String, String)>,
    pub cascading: Vec<(String, String)>,
    pub periode: Vec<(String, String)>,
    /// (id, "kode nama")
    #[ts(type = "Array<[number, string]>")]
    pub ss: Vec<(i64, String)>,
    /// (id, "kode nama (NIP)"), every IKU/IKI of the year that can be cascaded.
    #[ts(type = "Array<[number, string]>")]
    pub induk: Vec<(i64, String)>,
    pub profil: Vec<(String, String)>,
}

macro_rules! daftar {
    ($t:ty) => {
        <$t>::SEMUA
            .iter()
            .map(|v| (v.kode().to_string(), v.label().to_string()))
            .collect()
    };
}

pub fn pilihan_rencana(db: &Db, tahun: i32) -> Result<PilihanRencana, AppError> {
    let pasang = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    Ok(PilihanRencana {
        perspektif: daftar!(Perspektif),
        jenis: daftar!(JenisIki),
        aspek: daftar!(Aspek),
        kategori: daftar!(KategoriIki),
        polarisasi: daftar!(Polarisasi),
        konsolidasi: daftar!(Konsolidasi),
        sifat_tlk: daftar!(SifatTlk),
        validitas: daftar!(Validitas),
        kendali: daftar!(Kendali),
        cascading: pasang(&[
            ("penuh", "Fully cascading (IKU dan target sama)"),
            ("sebagian", "Partially cascading (target dibagi)"),
        ]),
        periode: pasang(&[
            ("triwulanan", "Triwulanan"),
            ("bulanan", "Bulanan"),
            ("semesteran", "Semesteran"),
            ("tahunan", "Tahunan"),
        ]),
        ss: daftar_ss(db, tahun)?
            .into_iter()
            .map(|s| (s.id, format!("{} {}", s.kode, s.nama)))
            .collect(),
        induk: db
            .iki_tahun_ringkas(tahun)?
            .into_iter()
            .map(|(id, nip, kode, nama)| (id, format!("{kode} {nama} ({nip})")))
            .collect(),
        profil: KodeProfil::SEMUA
            .iter()
            .map(|k| (k.kode().to_string(), k.label().to_string()))
            .collect(),
    })
}

// ---------- Catalogue ----------

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

// ---------- Cascading ----------

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
    let temuan = super::periksa::temuan_cascading(db, tahun)?;
    let mut out = Vec::new();
    for x in db.iki_tahun(tahun)? {
        let (nip, kode) = (x.nip.clone(), x.kode.clone());
        let anak: Vec<_> = tautan
            .iter()
            .filter(|t| t.4 == nip && t.5 == kode)
            .collect();
        let pemilik = pegawai.get(&nip).is_some_and(|p| p.1 == "pemilik_peta");
        if anak.is_empty() && !pemilik {
            continue;
        }
        let kode_anak: Vec<(&str, &str)> =
            anak.iter().map(|a| (a.0.as_str(), a.1.as_str())).collect();
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
            target: tampil_angka(&x.target_tahunan),
            satuan: x.satuan,
            turunan: anak
                .iter()
                .map(|a| TurunanCascading {
                    nama: nama(&a.0),
                    nip: a.0.clone(),
                    kode: a.1.clone(),
                    jenis: a.2.clone().unwrap_or_default(),
                    target: tampil_angka(&a.3),
                })
                .collect(),
            iku: x.nama,
            nip,
            kode,
        });
    }
    Ok(out)
}

// ---------- Years ----------

/// Opens an empty planning year with its rule profile (by default the one the year's regulation calls for).
pub fn buat_tahun(
    db: &mut Db,
    tahun: i32,
    profil: Option<KodeProfil>,
    waktu: &str,
) -> Result<String, AppError> {
    if !(2015..=2100).contains(&tahun) {
        return Err(salah("Tahun", "di luar 2015–2100"));
    }
    if db.profil_tahun(tahun)?.is_some() {
        return Err(salah("Tahun", format!("tahun {tahun} sudah ada")));
    }
    let profil = profil.unwrap_or_else(|| KodeProfil::bawaan_tahun(tahun));
    db.atur_profil_tahun(tahun, profil, waktu)?;
    Ok(profil.kode().to_string())
}

// ---------- Copy a year forward ----------

#[derive(Debug, Clone, Serialize, TS)]
pub struct HasilSalin {
    pub tahun: i32,
    pub profil: String,
    pub ss: usize,
    pub iki: usize,
}

/// Plans year `ke` from year `dari`: SS, IKU/IKI with manuals and cascading; the new quarters are empty and
/// each IKI keeps last year's annual target and consolidated realisasi as Target/Realisasi Y-1 (for K3).
pub fn salin_tahun(
    db: &mut Db,
    dari: i32,
    ke: i32,
    profil: Option<KodeProfil>,
    waktu: &str,
) -> Result<HasilSalin, AppError> {
    db.profil_tahun(dari)?
        .ok_or(AppError::TahunTidakAda(dari))?;
    if db.profil_tahun(ke)?.is_some() {
        return Err(salah("Tahun tujuan", format!("tahun {ke} sudah ada")));
    }
    if ke <= dari {
        return Err(salah("Tahun tujuan", "harus sesudah tahun asal"));
    }
    let profil = profil.unwrap_or_else(|| KodeProfil::bawaan_tahun(ke));
    let mut y1 = HashMap::new();
    let ids: HashMap<(String, String), i64> = db
        .iki_tahun_ringkas(dari)?
        .into_iter()
        .map(|(id, nip, kode, _)| ((nip, kode), id))
        .collect();
    for skp in db.muat_skp(dari)? {
        for i in &skp.iki {
            let Some(id) = ids.get(&(skp.nip.clone(), i.kode.clone())) else {
                continue;
            };
            let k = i.konsolidasi.unwrap_or(Konsolidasi::TakeLastKnown);
            let r: Vec<Decimal> = i.realisasi_triwulan.iter().flatten().copied().collect();
            let t: Vec<Decimal> = i.target_triwulan.iter().flatten().copied().collect();
            let t1 = i.target_tahunan.or_else(|| gabung(k, &t));
            y1.insert(
                *id,
                (
                    t1.map(|d| d.normalize().to_string()),
                    gabung(k, &r).map(|d| d.normalize().to_string()),
                ),
            );
        }
    }
    let (ss, iki) = db.salin_tahun(dari, ke, profil, &y1, waktu)?;
    Ok(HasilSalin {
        tahun: ke,
        profil: profil.kode().into(),
        ss,
        iki,
    })
}

// ---------- Plt/Plh and mutasi ----------

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct PeriodeJabatan {
    #[ts(type = "number")]
    pub id: i64,
    /// definitif, plt or plh.
    pub jenis: String,
    pub jabatan: String,
    pub unit: String,
    /// YYYY-MM-DD
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
            mulai: p.mulai,
            selesai: p.selesai,
            nomor_sk: p.nomor_sk,
            keterangan: p.keterangan,
        })
        .collect())
}

fn tanggal(field: &str, s: &str) -> Result<NaiveDate, AppError> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| salah(field, "harus diisi (tanggal)"))
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
    let mulai = tanggal("Tanggal mulai", &p.mulai)?;
    let selesai = match p.selesai.as_deref().and_then(isi) {
        Some(s) => {
            let s = tanggal("Tanggal selesai", &s)?;
            if s < mulai {
                return Err(salah("Tanggal selesai", "sebelum tanggal mulai"));
            }
            Some(s.to_string())
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
            mulai: mulai.to_string(),
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
    /// YYYY-MM-DD: the first day in the new position (or the first day away).
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
    let t = tanggal("Tanggal mutasi", &f.tanggal)?;
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
