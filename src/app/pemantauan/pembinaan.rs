//! Umpan balik berkelanjutan and pembinaan kinerja per pegawai or group: the year's records, the form checked
//! field by field, deletion, and the confidentiality of konseling (individual and confidential, seed 003): its topic
//! and agreed action are never in a list or a CLI listing; they are shown only when opened on purpose, and each
//! opening is recorded in the history.
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::{Urungan, iso_ke_isian, iso_ke_tampil, salah};
use crate::domain::model::{JenisPembinaan, SifatPembinaan, StatusPembinaan};
use crate::store::{Db, RekamPembinaan};

/// The form as the screen sends it; the date as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FormPembinaan {
    #[ts(type = "number")]
    pub id: i64,
    pub jenis: String,
    pub sifat: String,
    pub cara: String,
    pub tanggal: String,
    pub pemberi: String,
    pub peserta: Vec<String>,
    pub topik: String,
    pub tindak_lanjut: String,
    pub status: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PembinaanTampil {
    #[ts(type = "number")]
    pub id: i64,
    /// "Coaching", "Konseling (rahasia)".
    pub jenis: String,
    pub sifat: String,
    pub cara: String,
    /// "20 April 2026".
    pub tanggal: String,
    pub pemberi: String,
    /// Names of who took part.
    pub peserta: Vec<String>,
    /// Empty for a confidential record.
    pub topik: String,
    pub tindak_lanjut: String,
    pub status: String,
    pub rahasia: bool,
    /// The form to edit it; None for a confidential record until it is opened.
    pub form: Option<FormPembinaan>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DaftarPembinaan {
    pub urungkan: Option<Urungan>,
    pub tahun: i32,
    pub catatan: Vec<PembinaanTampil>,
    pub pilihan_jenis: Vec<(String, String)>,
    pub pilihan_sifat: Vec<(String, String)>,
    pub pilihan_status: Vec<(String, String)>,
}

fn ke_form(r: &RekamPembinaan) -> FormPembinaan {
    FormPembinaan {
        id: r.id,
        jenis: r.jenis.clone(),
        sifat: r.sifat.clone(),
        cara: r.cara.clone(),
        tanggal: iso_ke_isian(&r.tanggal),
        pemberi: r.pemberi.clone(),
        peserta: r.peserta.clone(),
        topik: r.topik.clone(),
        tindak_lanjut: r.tindak_lanjut.clone(),
        status: r.status.clone(),
    }
}

/// A record as lists show it: a confidential one without its content (`buka`: opened on purpose).
fn tampil(r: &RekamPembinaan, nama: &HashMap<String, String>, buka: bool) -> PembinaanTampil {
    let jenis = JenisPembinaan::dari_kode(&r.jenis)
        .map(|j| j.label())
        .unwrap_or(&r.jenis);
    let isi = !r.rahasia || buka;
    PembinaanTampil {
        id: r.id,
        jenis: if r.rahasia {
            format!("{jenis} (rahasia)")
        } else {
            jenis.into()
        },
        sifat: SifatPembinaan::dari_kode(&r.sifat)
            .map(|j| j.label())
            .unwrap_or(&r.sifat)
            .into(),
        cara: r.cara.clone(),
        tanggal: iso_ke_tampil(&r.tanggal),
        pemberi: r.pemberi.clone(),
        peserta: r
            .peserta
            .iter()
            .map(|n| nama.get(n).cloned().unwrap_or_else(|| n.clone()))
            .collect(),
        topik: if isi { r.topik.clone() } else { String::new() },
        tindak_lanjut: if isi {
            r.tindak_lanjut.clone()
        } else {
            String::new()
        },
        status: StatusPembinaan::dari_kode(&r.status)
            .map(|j| j.label())
            .unwrap_or(&r.status)
            .into(),
        rahasia: r.rahasia,
        form: isi.then(|| ke_form(r)),
    }
}

/// The year's records, for everyone or (with `nip`) those a pegawai took part in; confidential ones without their
/// content.
pub fn daftar_pembinaan(
    db: &Db,
    tahun: i32,
    nip: Option<&str>,
) -> Result<DaftarPembinaan, AppError> {
    let nama = crate::app::kantor::nama_pegawai(db)?;
    Ok(DaftarPembinaan {
        urungkan: None,
        tahun,
        catatan: db
            .pembinaan_tahun(tahun)?
            .iter()
            .filter(|r| nip.is_none_or(|n| r.peserta.iter().any(|p| p == n)))
            .map(|r| tampil(r, &nama, false))
            .collect(),
        pilihan_jenis: JenisPembinaan::SEMUA
            .iter()
            .map(|s| (s.kode().into(), s.label().into()))
            .collect(),
        pilihan_sifat: SifatPembinaan::SEMUA
            .iter()
            .map(|s| (s.kode().into(), s.label().into()))
            .collect(),
        pilihan_status: StatusPembinaan::SEMUA
            .iter()
            .map(|s| (s.kode().into(), s.label().into()))
            .collect(),
    })
}

/// Opens a confidential record on purpose: its whole content, and a line in the history saying it was opened.
pub fn buka_rahasia(
    db: &mut Db,
    tahun: i32,
    id: i64,
    waktu: &str,
) -> Result<PembinaanTampil, AppError> {
    let r = milik(db, tahun, id)?;
    if r.rahasia {
        db.catat_buka_rahasia(&r, waktu)?;
    }
    Ok(tampil(&r, &crate::app::kantor::nama_pegawai(db)?, true))
}

fn milik(db: &Db, tahun: i32, id: i64) -> Result<RekamPembinaan, AppError> {
    db.pembinaan_tahun(tahun)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| {
            salah(
                "Catatan pembinaan",
                format!("{id} tidak ada pada tahun {tahun}"),
            )
        })
}

/// Every field checked before anything is stored; an error names the field.
fn baca_form(
    tahun: i32,
    f: &FormPembinaan,
    ada_pegawai: &dyn Fn(&str) -> bool,
    hari_ini: NaiveDate,
) -> Result<RekamPembinaan, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Cara", &f.cara, T::Label),
        ("Pemberi", &f.pemberi, T::Nama),
        ("Topik", &f.topik, T::Uraian),
        ("Tindak lanjut", &f.tindak_lanjut, T::Uraian),
    ])?;
    let jenis = JenisPembinaan::dari_kode(&f.jenis)
        .ok_or_else(|| salah("Jenis", format!("\"{}\" tidak dikenal", f.jenis)))?;
    let sifat = SifatPembinaan::dari_kode(&f.sifat)
        .ok_or_else(|| salah("Sifat", format!("\"{}\" tidak dikenal", f.sifat)))?;
    let status = StatusPembinaan::dari_kode(&f.status)
        .ok_or_else(|| salah("Status", format!("\"{}\" tidak dikenal", f.status)))?;
    let tanggal = crate::app::umum::tanggal_isian("Tanggal", &f.tanggal)?;
    if tanggal.year() != tahun {
        return Err(salah(
            "Tanggal",
            format!("{} bukan tahun {tahun}", tanggal.format("%d/%m/%Y")),
        ));
    }
    if tanggal > hari_ini && status != StatusPembinaan::Rencana {
        return Err(salah(
            "Tanggal",
            format!(
                "{} belum terjadi; catat sebagai rencana",
                tanggal.format("%d/%m/%Y")
            ),
        ));
    }
    let mut peserta: Vec<String> = Vec::new();
    for n in &f.peserta {
        if !ada_pegawai(n) {
            return Err(salah("Pegawai", format!("pegawai {n} tidak ada")));
        }
        if !peserta.contains(n) {
            peserta.push(n.clone());
        }
    }
    match (sifat, peserta.len()) {
        (_, 0) => {
            return Err(salah(
                "Pegawai",
                "pilih pegawai yang dibina atau diberi umpan balik",
            ));
        }
        (SifatPembinaan::Personal, n) if n > 1 => {
            return Err(salah(
                "Pegawai",
                "personal: satu pegawai; untuk beberapa pegawai pilih kelompok",
            ));
        }
        _ => {}
    }
    // Konseling kinerja is individual and confidential.
    if jenis == JenisPembinaan::Konseling && sifat != SifatPembinaan::Personal {
        return Err(salah(
            "Sifat",
            "konseling kinerja bersifat individual (personal)",
        ));
    }
    if f.topik.trim().is_empty() {
        return Err(salah("Topik", "wajib diisi"));
    }
    Ok(RekamPembinaan {
        id: f.id,
        tahun,
        jenis: jenis.kode().into(),
        sifat: sifat.kode().into(),
        cara: f.cara.trim().into(),
        tanggal: tanggal.format("%Y-%m-%d").to_string(),
        pemberi: f.pemberi.trim().into(),
        peserta,
        topik: f.topik.trim().into(),
        tindak_lanjut: f.tindak_lanjut.trim().into(),
        status: status.kode().into(),
        rahasia: jenis == JenisPembinaan::Konseling,
    })
}

pub fn simpan_pembinaan(
    db: &mut Db,
    tahun: i32,
    f: &FormPembinaan,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarPembinaan, AppError> {
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let r = baca_form(tahun, f, &|n| nama.contains_key(n), hari_ini)?;
    crate::app::pengaturan::profil_tahun(db, tahun)?;
    if r.id != 0 {
        milik(db, tahun, r.id)?;
    }
    let (_, audit) = db.simpan_pembinaan(&r, waktu)?;
    let mut out = daftar_pembinaan(db, tahun, None)?;
    if r.id != 0 {
        out.urungkan = Some(Urungan {
            audit_id: vec![audit],
            pesan: "Catatan pembinaan diubah.".into(),
        });
    }
    Ok(out)
}

pub fn hapus_pembinaan(
    db: &mut Db,
    tahun: i32,
    id: i64,
    waktu: &str,
) -> Result<DaftarPembinaan, AppError> {
    milik(db, tahun, id)?;
    let audit = db.hapus_pembinaan(id, waktu)?;
    let mut out = daftar_pembinaan(db, tahun, None)?;
    out.urungkan = Some(Urungan {
        audit_id: vec![audit],
        pesan: "Catatan pembinaan dihapus.".into(),
    });
    Ok(out)
}
