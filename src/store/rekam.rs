//! The shared life of a pegawai's yearly records (HKT, dialog kinerja): look up, insert or update, delete, each
//! change audited with the whole record as JSON.
use rusqlite::{Connection, Transaction};
use serde::Serialize;

use super::rencana::{catat, json};
use super::{Result, StoreError};

pub(super) trait RekamTahunan: Serialize + Clone + Sized {
    /// Table name, also the audit's entity.
    const TABEL: &'static str;
    fn id(&self) -> i64;
    fn dengan_id(self, id: i64) -> Self;
    fn tahun(&self) -> i32;
    fn nip(&self) -> &str;
    fn satu(tx: &Transaction, id: i64) -> Result<Option<Self>>;
}

fn kunci<R: RekamTahunan>(r: &R) -> String {
    format!("{}/{}/{}", r.tahun(), r.nip(), r.id())
}

fn tidak_ada<R: RekamTahunan>(id: i64) -> StoreError {
    StoreError::DataRusak {
        tempat: format!("{} {id}", R::TABEL),
        pesan: "tidak ada".into(),
    }
}

/// Adds (id 0) or changes a record with `tulis` (which returns the id) and audits before and after.
pub(super) fn simpan<R: RekamTahunan>(
    conn: &mut Connection,
    r: &R,
    waktu: &str,
    tulis: impl FnOnce(&Transaction) -> Result<i64>,
) -> Result<i64> {
    let tx = conn.transaction()?;
    let lama = if r.id() == 0 {
        None
    } else {
        Some(R::satu(&tx, r.id())?.ok_or_else(|| tidak_ada::<R>(r.id()))?)
    };
    let id = tulis(&tx)?;
    let sesudah = r.clone().dengan_id(id);
    catat(
        &tx,
        waktu,
        R::TABEL,
        &kunci(&sesudah),
        if lama.is_some() { "ubah" } else { "tambah" },
        lama.as_ref().map(json).transpose()?,
        Some(json(&sesudah)?),
    )?;
    tx.commit()?;
    Ok(id)
}

/// Deletes a record; the audit keeps what it was.
pub(super) fn hapus<R: RekamTahunan>(conn: &mut Connection, id: i64, waktu: &str) -> Result<()> {
    let tx = conn.transaction()?;
    let lama = R::satu(&tx, id)?.ok_or_else(|| tidak_ada::<R>(id))?;
    tx.execute(&format!("DELETE FROM {} WHERE id = ?1", R::TABEL), [id])?;
    catat(
        &tx,
        waktu,
        R::TABEL,
        &kunci(&lama),
        "hapus",
        Some(json(&lama)?),
        None,
    )?;
    tx.commit()?;
    Ok(())
}
