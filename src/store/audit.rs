//! The audit trail's write side, shared by every writer of the store: the JSON snapshot of a row, the append of
//! one audit row inside the writer's transaction, the audit key of an IKI, and what an IKI's deletion records of
//! its evidence files. It names no other module of the store, so every writer may use it.
use rusqlite::{Transaction, params};
use serde::Serialize;

use super::{Result, StoreError};

pub(super) fn json<T: Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::DataRusak {
        tempat: "audit".into(),
        pesan: e.to_string(),
    })
}

pub(super) fn catat(
    tx: &Transaction,
    waktu: &str,
    entitas: &str,
    kunci: &str,
    aksi: &str,
    sebelum: Option<String>,
    sesudah: Option<String>,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![waktu, entitas, kunci, aksi, sebelum, sesudah],
    )?;
    Ok(tx.last_insert_rowid())
}

/// The audit key of an IKI: year/NIP/code, so the pegawai's and the IKU's history both find it.
pub fn kunci_iki(tahun: i32, nip: &str, kode: &str) -> String {
    format!("{tahun}/{nip}/{kode}")
}

/// An evidence file removed with its IKI, as recorded for undo.
#[derive(Serialize, serde::Deserialize)]
pub(super) struct LampiranTerhapus {
    pub triwulan: i64,
    pub nama: String,
    pub sha256: String,
    pub ditambahkan: String,
}
