//! The office row (letterhead) and the unit tree: read, save, delete, each audited.

use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};

use super::audit::{catat, json};
use super::{Db, Result};

/// The office row (letterhead and the head's own pejabat penilai).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RekamKantor {
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamUnit {
    /// 0 for a new unit.
    pub id: i64,
    pub induk_id: Option<i64>,
    pub nama: String,
    pub jenis: String,
    pub kepala_nip: Option<String>,
    pub urutan: i64,
}

/// A unit row selected as (id, induk_id, nama, jenis, kepala_nip, urutan) first.
fn baca_unit(r: &Row) -> rusqlite::Result<RekamUnit> {
    Ok(RekamUnit {
        id: r.get(0)?,
        induk_id: r.get(1)?,
        nama: r.get(2)?,
        jenis: r.get(3)?,
        kepala_nip: r.get(4)?,
        urutan: r.get(5)?,
    })
}

impl Db {
    pub fn kantor(&self) -> Result<RekamKantor> {
        Ok(self
            .conn
            .query_row(
                "SELECT nama, alamat, kota, telepon, induk, pengelola_kinerja_nip, atasan_kepala_nama, atasan_kepala_nip,
                        atasan_kepala_pangkat, atasan_kepala_jabatan FROM kantor WHERE id = 1",
                [],
                |r| {
                    Ok(RekamKantor {
                        nama: r.get(0)?,
                        alamat: r.get(1)?,
                        kota: r.get(2)?,
                        telepon: r.get(3)?,
                        induk: r.get(4)?,
                        pengelola_kinerja_nip: r.get(5)?,
                        atasan_kepala_nama: r.get(6)?,
                        atasan_kepala_nip: r.get(7)?,
                        atasan_kepala_pangkat: r.get(8)?,
                        atasan_kepala_jabatan: r.get(9)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    pub fn simpan_kantor(&mut self, k: &RekamKantor, waktu: &str) -> Result<()> {
        let sebelum = self.kantor()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO kantor (id, nama, alamat, kota, telepon, induk, pengelola_kinerja_nip, atasan_kepala_nama, atasan_kepala_nip,
               atasan_kepala_pangkat, atasan_kepala_jabatan) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
             ON CONFLICT(id) DO UPDATE SET nama = excluded.nama, alamat = excluded.alamat, kota = excluded.kota, telepon = excluded.telepon,
               induk = excluded.induk, pengelola_kinerja_nip = excluded.pengelola_kinerja_nip, atasan_kepala_nama = excluded.atasan_kepala_nama,
               atasan_kepala_nip = excluded.atasan_kepala_nip, atasan_kepala_pangkat = excluded.atasan_kepala_pangkat,
               atasan_kepala_jabatan = excluded.atasan_kepala_jabatan",
            params![k.nama, k.alamat, k.kota, k.telepon, k.induk, k.pengelola_kinerja_nip, k.atasan_kepala_nama, k.atasan_kepala_nip, k.atasan_kepala_pangkat, k.atasan_kepala_jabatan],
        )?;
        catat(
            &tx,
            waktu,
            "kantor",
            "kantor",
            "ubah",
            Some(json(&sebelum)?),
            Some(json(k)?),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Units in tree order, each with the number of pegawai in it.
    pub fn unit_lengkap(&self) -> Result<Vec<(RekamUnit, i64)>> {
        let mut st = self.conn.prepare(
            "SELECT u.id, u.induk_id, u.nama, u.jenis, u.kepala_nip, u.urutan,
                    (SELECT count(*) FROM pegawai p WHERE p.unit_id = u.id AND p.tanggal_selesai IS NULL)
             FROM unit u ORDER BY u.induk_id IS NOT NULL, u.urutan, u.id",
        )?;
        let rows = st.query_map([], |r| Ok((baca_unit(r)?, r.get(6)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn simpan_unit(&mut self, u: &RekamUnit, waktu: &str) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let sebelum: Option<String> = tx
            .query_row(
                "SELECT json_object('nama', nama, 'induk_id', induk_id, 'jenis', jenis, 'kepala_nip', kepala_nip) FROM unit WHERE id = ?1",
                [u.id],
                |r| r.get(0),
            )
            .optional()?;
        let id = if u.id == 0 {
            tx.execute(
                "INSERT INTO unit (induk_id, nama, jenis, kepala_nip, urutan) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![u.induk_id, u.nama, u.jenis, u.kepala_nip, u.urutan],
            )?;
            tx.last_insert_rowid()
        } else {
            tx.execute(
                "UPDATE unit SET induk_id = ?1, nama = ?2, jenis = ?3, kepala_nip = ?4, urutan = ?5 WHERE id = ?6",
                params![u.induk_id, u.nama, u.jenis, u.kepala_nip, u.urutan, u.id],
            )?;
            u.id
        };
        catat(
            &tx,
            waktu,
            "unit",
            &format!("unit/{id}"),
            if sebelum.is_some() { "ubah" } else { "tambah" },
            sebelum,
            Some(json(u)?),
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Deletes an empty unit; returns the audit id that can undo it.
    pub fn hapus_unit(&mut self, id: i64, waktu: &str) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let u: Option<RekamUnit> = tx
            .query_row(
                "SELECT id, induk_id, nama, jenis, kepala_nip, urutan FROM unit WHERE id = ?1",
                [id],
                baca_unit,
            )
            .optional()?;
        tx.execute("DELETE FROM unit WHERE id = ?1", [id])?;
        let a = catat(
            &tx,
            waktu,
            "unit",
            &format!("unit/{id}"),
            "hapus",
            u.as_ref().map(json).transpose()?,
            None,
        )?;
        tx.commit()?;
        Ok(a)
    }
}
