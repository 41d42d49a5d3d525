//! Rule-profile settings of a year: which profile it uses, the office's own parameter values, the holiday calendar.
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::domain::kalender::KalenderLibur;
use crate::domain::profil::{KodeProfil, ProfilAturan, StatusParameter};
use crate::store::Db;

/// The profile of a year with the office's own parameter values applied.
pub fn profil_tahun(db: &Db, tahun: i32) -> Result<ProfilAturan, AppError> {
    let kode = db
        .profil_tahun(tahun)?
        .ok_or(AppError::TahunTidakAda(tahun))?;
    profil_dengan_ubahan(db, kode)
}

pub fn profil_dengan_ubahan(db: &Db, kode: KodeProfil) -> Result<ProfilAturan, AppError> {
    let mut p = ProfilAturan::bawaan(kode);
    for (nama, teks) in db.parameter_profil(kode)? {
        let nilai: serde_json::Value =
            serde_json::from_str(&teks).map_err(|e| AppError::Masukan {
                field: format!("parameter {nama}"),
                pesan: e.to_string(),
            })?;
        p.ubah_parameter(&nama, nilai)
            .map_err(|e| AppError::Masukan {
                field: format!("parameter {nama}"),
                pesan: e.to_string(),
            })?;
    }
    Ok(p)
}

pub fn kalender(db: &Db) -> Result<KalenderLibur, AppError> {
    Ok(KalenderLibur::dari_tanggal(db.libur()?))
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ParameterTampil {
    pub nama: String,
    /// The value as JSON text (decimals as strings), editable in Pengaturan.
    pub nilai: String,
    /// "terverifikasi", "bawaan_sementara" or "diatur_pengguna".
    pub status: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ProfilTampil {
    pub tahun: i32,
    pub kode: String,
    pub nama: String,
    pub dasar_hukum: String,
    pub parameter: Vec<ParameterTampil>,
    /// The year's pagu DIPA as the officer types it ("1.250.000.000"), empty when not recorded.
    pub pagu_dipa: String,
}

pub fn tampil_profil(db: &Db, tahun: i32) -> Result<ProfilTampil, AppError> {
    let p = profil_tahun(db, tahun)?;
    Ok(ProfilTampil {
        tahun,
        kode: p.kode.kode().into(),
        nama: p.nama.clone(),
        dasar_hukum: p.dasar_hukum.clone(),
        pagu_dipa: db
            .pagu_dipa(tahun)?
            .map(crate::domain::angka::teks_id)
            .unwrap_or_default(),
        parameter: p
            .parameter_json()
            .into_iter()
            .map(|(nama, nilai, status)| ParameterTampil {
                nama,
                nilai: nilai.to_string(),
                status: match status {
                    StatusParameter::Terverifikasi => "terverifikasi",
                    StatusParameter::BawaanSementara => "bawaan_sementara",
                    StatusParameter::DiaturPengguna => "diatur_pengguna",
                }
                .into(),
            })
            .collect(),
    })
}

pub fn pakai_profil(
    db: &mut Db,
    tahun: i32,
    kode: &str,
    waktu: &str,
) -> Result<ProfilTampil, AppError> {
    let k = KodeProfil::dari_kode(kode).ok_or_else(|| AppError::Masukan {
        field: "profil".into(),
        pesan: format!(
            "\"{kode}\" tidak dikenal (pilihan: {})",
            KodeProfil::SEMUA.map(|k| k.kode()).join(", ")
        ),
    })?;
    if !(2014..=2100).contains(&tahun) {
        return Err(AppError::Masukan {
            field: "tahun".into(),
            pesan: format!("tahun harus 2014..2100, bukan {tahun}"),
        });
    }
    db.atur_profil_tahun(tahun, k, waktu)?;
    tampil_profil(db, tahun)
}

/// Sets (or with `None` returns to the default) one parameter of the year's profile; the value is checked
/// against the profile before anything is stored.
pub fn atur_parameter(
    db: &mut Db,
    tahun: i32,
    nama: &str,
    nilai_json: Option<&str>,
    waktu: &str,
) -> Result<ProfilTampil, AppError> {
    let mut p = profil_tahun(db, tahun)?;
    if let Some(teks) = nilai_json {
        let v: serde_json::Value = serde_json::from_str(teks).map_err(|e| AppError::Masukan {
            field: format!("parameter {nama}"),
            pesan: format!("bukan JSON yang sah: {e}"),
        })?;
        p.ubah_parameter(nama, v.clone())
            .map_err(|e| AppError::Masukan {
                field: format!("parameter {nama}"),
                pesan: e.to_string(),
            })?;
        db.atur_parameter_profil(p.kode, nama, Some(&v.to_string()), waktu)?;
    } else {
        if !p.parameter_json().iter().any(|(n, _, _)| n == nama) {
            return Err(AppError::Masukan {
                field: "parameter".into(),
                pesan: format!("parameter \"{nama}\" tidak dikenal"),
            });
        }
        db.atur_parameter_profil(p.kode, nama, None, waktu)?;
    }
    tampil_profil(db, tahun)
}

/// Records the year's pagu DIPA (rupiah, typed the Indonesian way: "Rp 1.250.000.000"; empty clears it). The
/// biaya aspect of the SKP prints it (seed 004 rules 13-14).
pub fn atur_pagu_dipa(
    db: &mut Db,
    tahun: i32,
    teks: &str,
    waktu: &str,
) -> Result<ProfilTampil, AppError> {
    let v = crate::app::umum::desimal_tidak_negatif("Pagu DIPA", teks)?;
    if let Some(d) = v
        && (d <= rust_decimal::Decimal::ZERO || !d.fract().is_zero())
    {
        return Err(crate::app::umum::salah(
            "Pagu DIPA",
            "harus rupiah bulat lebih dari 0",
        ));
    }
    if !db.atur_pagu_dipa(tahun, v, waktu)? {
        return Err(AppError::TahunTidakAda(tahun));
    }
    tampil_profil(db, tahun)
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Libur {
    pub tanggal: String,
    pub keterangan: String,
}

pub fn daftar_libur(db: &Db, tahun: i32) -> Result<Vec<Libur>, AppError> {
    Ok(db
        .daftar_libur(tahun)?
        .into_iter()
        .map(|(t, k)| Libur {
            tanggal: t.format("%Y-%m-%d").to_string(),
            keterangan: k,
        })
        .collect())
}

fn tanggal(s: &str) -> Result<NaiveDate, AppError> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| AppError::Masukan {
        field: "tanggal".into(),
        pesan: format!("harus YYYY-MM-DD, bukan \"{s}\""),
    })
}

pub fn tambah_libur(db: &mut Db, tgl: &str, keterangan: &str, waktu: &str) -> Result<(), AppError> {
    let t = tanggal(tgl)?;
    if keterangan.trim().is_empty() {
        return Err(AppError::Masukan {
            field: "keterangan".into(),
            pesan: "nama hari libur wajib diisi".into(),
        });
    }
    Ok(db.atur_libur(t, Some(keterangan.trim()), waktu)?)
}

pub fn hapus_libur(db: &mut Db, tgl: &str, waktu: &str) -> Result<(), AppError> {
    Ok(db.atur_libur(tanggal(tgl)?, None, waktu)?)
}
