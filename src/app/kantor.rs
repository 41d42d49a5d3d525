//! Office actions: first-start state, the choice between demo and empty, and the pegawai list.
use serde::Serialize;
use ts_rs::TS;

use super::AppError;
use crate::store::Db;

const KUNCI_AWAL: &str = "awal_dipilih";

/// What the UI needs at start: whether to show the first-start dialog, and which office is open.
#[derive(Debug, Clone, Serialize, TS)]

pub struct StatusAwal {
    pub perlu_pilihan_awal: bool,
    pub nama_kantor: Option<String>,
    pub tahun: Vec<TahunRingkas>,
    pub lokasi_data: String,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct TahunRingkas {
    pub tahun: i32,
    pub profil: String,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct PegawaiRingkas {
    pub nip: String,
    pub nip_berformat: String,
    pub nama: String,
    pub pangkat_golongan: String,
    pub jabatan: String,
    pub unit: String,
    pub atasan: Option<String>,
    pub status: String,
}

pub fn status_awal(db: &Db) -> Result<StatusAwal, AppError> {
    let kosong = db.kosong()?;
    let dipilih = db.pengaturan(KUNCI_AWAL)?.is_some();
    Ok(StatusAwal {
        perlu_pilihan_awal: kosong && !dipilih,
        nama_kantor: db.nama_kantor()?,
        tahun: db
            .daftar_tahun()?
            .into_iter()
            .map(|(tahun, profil)| TahunRingkas { tahun, profil })
            .collect(),
        lokasi_data: db.path().display().to_string(),
    })
}

/// "Mulai dengan data kosong": remembered, so the dialog is not shown again.
pub fn mulai_kosong(db: &mut Db, waktu: &str) -> Result<StatusAwal, AppError> {
    db.atur_pengaturan(KUNCI_AWAL, "kosong", waktu)?;
    status_awal(db)
}

pub fn tandai_awal_demo(db: &mut Db, waktu: &str) -> Result<(), AppError> {
    db.atur_pengaturan(KUNCI_AWAL, "demo", waktu)?;
    Ok(())
}

pub fn daftar_pegawai(db: &Db, cari: &str) -> Result<Vec<PegawaiRingkas>, AppError> {
    Ok(db
        .cari_pegawai(cari)?
        .into_iter()
        .map(|b| PegawaiRingkas {
            nip_berformat: crate::domain::nip::Nip::parse(&b.nip)
                .map(|n| n.berformat())
                .unwrap_or_else(|_| b.nip.clone()),
            pangkat_golongan: if b.golongan.is_empty() {
                b.pangkat.clone()
            } else {
                format!("{}, {}", b.pangkat, b.golongan)
            },
            status: crate::domain::model::StatusPegawai::dari_kode(&b.status)
                .map(|s| s.label().to_string())
                .unwrap_or(b.status.clone()),
            nip: b.nip,
            nama: b.nama,
            jabatan: b.jabatan,
            unit: b.unit,
            atasan: b.atasan_nama,
        })
        .collect())
}

/// One pegawai's SKP of a year, or an error naming the NIP.
pub fn skp_pegawai(
    db: &Db,
    tahun: i32,
    nip: &str,
) -> Result<crate::domain::model::SkpPegawai, AppError> {
    db.muat_skp(tahun)?
        .into_iter()
        .find(|s| s.nip == nip)
        .ok_or_else(|| AppError::Masukan {
            field: "nip".into(),
            pesan: format!("pegawai {nip} tidak ada"),
        })
}
