//! The reviu of a document before signature (one row per recommendation, of the content it saw) and the
//! hand-over of the second signed copy to the pengelola kinerja one level up.
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::audit::{catat, json};
use super::{Db, Result};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamReviu {
    pub id: i64,
    pub dokumen_id: String,
    /// The content hash of the document the reviewer saw.
    pub sha_isi: String,
    /// ISO date.
    pub tanggal: String,
    pub peninjau: String,
    /// terima / terima_sebagian / tolak.
    pub rekomendasi: String,
    pub catatan: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamSerah {
    pub dokumen_id: String,
    /// ISO date.
    pub tanggal: String,
    pub kepada: String,
    pub catatan: String,
}

impl Db {
    /// Records a reviu (audited). Returns its id.
    pub fn simpan_reviu(&mut self, r: &RekamReviu, waktu: &str) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO reviu_dokumen (dokumen_id, sha_isi, tanggal, peninjau, rekomendasi, catatan) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![r.dokumen_id, r.sha_isi, r.tanggal, r.peninjau, r.rekomendasi, r.catatan],
        )?;
        let id = tx.last_insert_rowid();
        let r = RekamReviu { id, ..r.clone() };
        catat(
            &tx,
            waktu,
            "reviu_dokumen",
            &r.dokumen_id,
            "tambah",
            None,
            Some(json(&r)?),
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// The reviews of a document, newest last.
    pub fn reviu_dokumen(&self, dokumen_id: &str) -> Result<Vec<RekamReviu>> {
        let mut st = self.conn.prepare(
            "SELECT id, dokumen_id, sha_isi, tanggal, peninjau, rekomendasi, catatan FROM reviu_dokumen WHERE dokumen_id = ?1 ORDER BY id",
        )?;
        let rows = st.query_map([dokumen_id], |r| {
            Ok(RekamReviu {
                id: r.get(0)?,
                dokumen_id: r.get(1)?,
                sha_isi: r.get(2)?,
                tanggal: r.get(3)?,
                peninjau: r.get(4)?,
                rekomendasi: r.get(5)?,
                catatan: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Records (or corrects) the hand-over of the second signed copy (audited).
    pub fn simpan_serah(&mut self, s: &RekamSerah, waktu: &str) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: Option<RekamSerah> = tx
            .query_row(
                "SELECT dokumen_id, tanggal, kepada, catatan FROM serah_salinan WHERE dokumen_id = ?1",
                [&s.dokumen_id],
                |r| {
                    Ok(RekamSerah {
                        dokumen_id: r.get(0)?,
                        tanggal: r.get(1)?,
                        kepada: r.get(2)?,
                        catatan: r.get(3)?,
                    })
                },
            )
            .optional()?;
        tx.execute(
            "INSERT INTO serah_salinan (dokumen_id, tanggal, kepada, catatan) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(dokumen_id) DO UPDATE SET tanggal = excluded.tanggal, kepada = excluded.kepada, catatan = excluded.catatan",
            params![s.dokumen_id, s.tanggal, s.kepada, s.catatan],
        )?;
        catat(
            &tx,
            waktu,
            "serah_salinan",
            &s.dokumen_id,
            if lama.is_some() { "ubah" } else { "tambah" },
            lama.as_ref().map(json).transpose()?,
            Some(json(s)?),
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn serah_salinan(&self, dokumen_id: &str) -> Result<Option<RekamSerah>> {
        Ok(self
            .conn
            .query_row(
                "SELECT dokumen_id, tanggal, kepada, catatan FROM serah_salinan WHERE dokumen_id = ?1",
                [dokumen_id],
                |r| {
                    Ok(RekamSerah {
                        dokumen_id: r.get(0)?,
                        tanggal: r.get(1)?,
                        kepada: r.get(2)?,
                        catatan: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }
}
