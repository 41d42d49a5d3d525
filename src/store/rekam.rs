//! The shared life of a pegawai's yearly records (HKT, dialog kinerja): look up, insert or update, delete, each
//! change audited with the whole record as JSON.
use rusqlite::{Connection, Transaction};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::audit::{catat, json};
use super::{Result, StoreError};

pub(super) trait RekamTahunan: Serialize + DeserializeOwned + Clone + Sized {
    /// Table name, also the audit's entity.
    const TABEL: &'static str;
    fn id(&self) -> i64;
    fn dengan_id(self, id: i64) -> Self;
    fn tahun(&self) -> i32;
    fn nip(&self) -> &str;
    fn satu(tx: &Transaction, id: i64) -> Result<Option<Self>>;
    /// Inserts (with its id, or a new one when 0) or updates the row; returns its id.
    fn tulis(&self, tx: &Transaction, sisip: bool) -> Result<i64>;
}

/// A JSON column read into its type; bad JSON is a conversion error naming the column.
pub(super) fn json_kolom<T: DeserializeOwned>(r: &rusqlite::Row, i: usize) -> rusqlite::Result<T> {
    let s: String = r.get(i)?;
    serde_json::from_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A value as the JSON text of its column.
pub(super) fn teks_json<T: Serialize>(tabel: &str, v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| StoreError::DataRusak {
        tempat: tabel.into(),
        pesan: e.to_string(),
    })
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

/// Adds (id 0) or changes a record and audits before and after. Returns (id, audit id).
pub(super) fn simpan<R: RekamTahunan>(
    conn: &mut Connection,
    r: &R,
    waktu: &str,
) -> Result<(i64, i64)> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let lama = if r.id() == 0 {
        None
    } else {
        Some(R::satu(&tx, r.id())?.ok_or_else(|| tidak_ada::<R>(r.id()))?)
    };
    let id = r.tulis(&tx, lama.is_none())?;
    let sesudah = r.clone().dengan_id(id);
    let audit = catat(
        &tx,
        waktu,
        R::TABEL,
        &kunci(&sesudah),
        if lama.is_some() { "ubah" } else { "tambah" },
        lama.as_ref().map(json).transpose()?,
        Some(json(&sesudah)?),
    )?;
    tx.commit()?;
    Ok((id, audit))
}

/// Adds or changes many records in one transaction (all or nothing), each audited; a record equal to what is
/// stored is not written again. Returns (added, changed).
pub(super) fn simpan_banyak<R: RekamTahunan + PartialEq>(
    conn: &mut Connection,
    rs: &[R],
    waktu: &str,
) -> Result<(usize, usize)> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let (mut baru, mut ubah) = (0, 0);
    for r in rs {
        let lama = if r.id() == 0 {
            None
        } else {
            Some(R::satu(&tx, r.id())?.ok_or_else(|| tidak_ada::<R>(r.id()))?)
        };
        if lama.as_ref() == Some(r) {
            continue;
        }
        let id = r.tulis(&tx, lama.is_none())?;
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
        if lama.is_some() {
            ubah += 1;
        } else {
            baru += 1;
        }
    }
    tx.commit()?;
    Ok((baru, ubah))
}

/// Puts back a record from its audit snapshot: a deleted one with its id, a changed one as it was.
pub(super) fn pulihkan<R: RekamTahunan>(tx: &Transaction, isi: &str, ubah: bool) -> Result<()> {
    let r: R = serde_json::from_str(isi).map_err(|e| StoreError::DataRusak {
        tempat: format!("audit {}", R::TABEL),
        pesan: e.to_string(),
    })?;
    let ada = R::satu(tx, r.id())?.is_some();
    if ubah && !ada {
        return Err(tidak_ada::<R>(r.id()));
    }
    r.tulis(tx, !ada)?;
    Ok(())
}

/// Deletes a record; the audit keeps what it was. Returns the audit id.
pub(super) fn hapus<R: RekamTahunan>(conn: &mut Connection, id: i64, waktu: &str) -> Result<i64> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let lama = R::satu(&tx, id)?.ok_or_else(|| tidak_ada::<R>(id))?;
    tx.execute(&format!("DELETE FROM {} WHERE id = ?1", R::TABEL), [id])?;
    let audit = catat(
        &tx,
        waktu,
        R::TABEL,
        &kunci(&lama),
        "hapus",
        Some(json(&lama)?),
        None,
    )?;
    tx.commit()?;
    Ok(audit)
}
