//! Periods of a position (definitif, Plt, Plh) and mutasi: history is added to, never overwritten.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::audit::{catat, json};
use super::kolom;
use super::{Db, Result};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamPeriode {
    pub id: i64,
    pub nip: String,
    pub jenis: String,
    pub jabatan: String,
    pub unit: String,
    pub mulai: NaiveDate,
    pub selesai: Option<NaiveDate>,
    pub nomor_sk: String,
    pub keterangan: String,
}

impl Db {
    pub fn periode_jabatan(&self, nip: &str) -> Result<Vec<RekamPeriode>> {
        let mut st = self.conn.prepare(
            "SELECT id, nip, jenis, jabatan, unit, mulai, selesai, nomor_sk, keterangan FROM periode_jabatan WHERE nip = ?1 ORDER BY mulai, id",
        )?;
        let rows = st.query_map([nip], |r| {
            Ok(RekamPeriode {
                id: r.get(0)?,
                nip: r.get(1)?,
                jenis: r.get(2)?,
                jabatan: r.get(3)?,
                unit: r.get(4)?,
                mulai: kolom::tanggal_wajib(r, 5)?,
                selesai: kolom::tanggal(r, 6)?,
                nomor_sk: r.get(7)?,
                keterangan: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records a Plt/Plh assignment (or a closed definitif period).
    pub fn tambah_periode(&mut self, p: &RekamPeriode, waktu: &str) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO periode_jabatan (nip, jenis, jabatan, unit, mulai, selesai, nomor_sk, keterangan) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                p.nip,
                p.jenis,
                p.jabatan,
                p.unit,
                kolom::teks_tanggal(p.mulai),
                p.selesai.map(kolom::teks_tanggal),
                p.nomor_sk,
                p.keterangan
            ],
        )?;
        let id = tx.last_insert_rowid();
        catat(
            &tx,
            waktu,
            "periode_jabatan",
            &p.nip,
            "tambah",
            None,
            Some(json(&RekamPeriode { id, ..p.clone() })?),
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// A mutasi: the open definitif period ends the day before `tanggal` (it is created from the pegawai's
    /// record when none exists yet). With a new position the pegawai moves within the office; without one
    /// they leave it on `tanggal`. Nothing is overwritten: the old period stays in the history.
    pub fn mutasi(
        &mut self,
        nip: &str,
        tanggal: &str,
        sehari_sebelum: &str,
        baru: Option<(&str, &str, Option<i64>)>,
        nomor_sk: &str,
        waktu: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let (jabatan, unit, mulai): (String, String, String) = tx.query_row(
            "SELECT p.jabatan, coalesce(u.nama, ''), p.tanggal_mulai FROM pegawai p LEFT JOIN unit u ON u.id = p.unit_id WHERE p.nip = ?1",
            [nip],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let terbuka: Option<i64> = tx
            .query_row(
                "SELECT id FROM periode_jabatan WHERE nip = ?1 AND jenis = 'definitif' AND selesai IS NULL ORDER BY mulai DESC LIMIT 1",
                [nip],
                |r| r.get(0),
            )
            .optional()?;
        match terbuka {
            Some(id) => {
                tx.execute(
                    "UPDATE periode_jabatan SET selesai = ?1 WHERE id = ?2",
                    params![sehari_sebelum, id],
                )?;
            }
            None => {
                tx.execute(
                    "INSERT INTO periode_jabatan (nip, jenis, jabatan, unit, mulai, selesai) VALUES (?1, 'definitif', ?2, ?3, ?4, ?5)",
                    params![nip, jabatan, unit, mulai, sehari_sebelum],
                )?;
            }
        }
        let ringkas = match baru {
            Some((jab, nama_unit, unit_id)) => {
                tx.execute(
                    "INSERT INTO periode_jabatan (nip, jenis, jabatan, unit, mulai, nomor_sk) VALUES (?1, 'definitif', ?2, ?3, ?4, ?5)",
                    params![nip, jab, nama_unit, tanggal, nomor_sk],
                )?;
                tx.execute(
                    "UPDATE pegawai SET jabatan = ?1, unit_id = ?2 WHERE nip = ?3",
                    params![jab, unit_id, nip],
                )?;
                format!("pindah ke {jab} ({nama_unit}) mulai {tanggal}")
            }
            None => {
                tx.execute(
                    "UPDATE pegawai SET tanggal_selesai = ?1 WHERE nip = ?2",
                    params![tanggal, nip],
                )?;
                format!("mutasi keluar per {tanggal}")
            }
        };
        catat(
            &tx,
            waktu,
            "mutasi",
            nip,
            "mutasi",
            Some(format!("{jabatan} ({unit})")),
            Some(format!("{ringkas} {nomor_sk}").trim().to_string()),
        )?;
        tx.commit()?;
        Ok(())
    }
}
