//! Schema migrations from migrations/*.sql, tracked by PRAGMA user_version, each in one transaction.
use rusqlite::Connection;

use super::{Result, StoreError};

/// Append-only: a released migration is never edited (a test checks their fingerprints).
pub const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_init.sql",
        include_str!("../../migrations/0001_init.sql"),
    ),
    (
        "0002_parameter_profil.sql",
        include_str!("../../migrations/0002_parameter_profil.sql"),
    ),
    (
        "0003_dokumen.sql",
        include_str!("../../migrations/0003_dokumen.sql"),
    ),
    (
        "0004_perencanaan.sql",
        include_str!("../../migrations/0004_perencanaan.sql"),
    ),
    (
        "0005_penyimpanan.sql",
        include_str!("../../migrations/0005_penyimpanan.sql"),
    ),
    (
        "0006_realisasi.sql",
        include_str!("../../migrations/0006_realisasi.sql"),
    ),
    (
        "0007_nilai.sql",
        include_str!("../../migrations/0007_nilai.sql"),
    ),
    (
        "0008_integritas.sql",
        include_str!("../../migrations/0008_integritas.sql"),
    ),
    (
        "0009_bukti_berkas.sql",
        include_str!("../../migrations/0009_bukti_berkas.sql"),
    ),
    (
        "0010_jejak_pindaian.sql",
        include_str!("../../migrations/0010_jejak_pindaian.sql"),
    ),
    (
        "0011_dokumen_tetap.sql",
        include_str!("../../migrations/0011_dokumen_tetap.sql"),
    ),
    (
        "0012_dko.sql",
        include_str!("../../migrations/0012_dko.sql"),
    ),
    (
        "0013_reviu.sql",
        include_str!("../../migrations/0013_reviu.sql"),
    ),
    (
        "0014_pembinaan.sql",
        include_str!("../../migrations/0014_pembinaan.sql"),
    ),
    (
        "0015_pelaksanaan.sql",
        include_str!("../../migrations/0015_pelaksanaan.sql"),
    ),
];
pub const VERSI_SKEMA: i64 = MIGRATIONS.len() as i64;

pub(crate) fn migrasi(conn: &mut Connection) -> Result<()> {
    migrasi_sampai(conn, MIGRATIONS.len())
}

/// Applies the migrations up to `sampai` (tests build every earlier version with it).
pub fn migrasi_sampai(conn: &mut Connection, sampai: usize) -> Result<()> {
    let versi: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, (nama, sql)) in MIGRATIONS
        .iter()
        .enumerate()
        .take(sampai)
        .skip(versi.max(0) as usize)
    {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(sql).map_err(|e| StoreError::Migrasi {
            versi: i + 1,
            pesan: format!("{nama}: {e}"),
        })?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
