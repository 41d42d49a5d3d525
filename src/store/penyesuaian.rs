//! What KMK 127's NKP takes beyond the figures: hukuman disiplin of each pegawai (across years) and, per year, the
//! koreksi with its reason and whether the jabatan fungsional is substantive. Every change is audited.
use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::audit::{catat, json};
use super::kolom;
use super::{Db, Result};

/// A hukuman disiplin as stored: category code, MPJHD score, the date imposed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamHukdis {
    pub id: i64,
    pub nip: String,
    pub kategori: String,
    pub skor_mpjhd: Decimal,
    pub tanggal: NaiveDate,
    pub keterangan: String,
}

/// A pegawai's NKP adjustment of a year (`koreksi` None: no correction).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RekamPenyesuaian {
    pub koreksi: Option<Decimal>,
    pub alasan_koreksi: String,
    pub jf_substansi: bool,
}

const KOLOM_HUKDIS: &str = "id, nip, kategori, skor_mpjhd, tanggal, keterangan";

fn baca_hukdis(r: &rusqlite::Row) -> rusqlite::Result<RekamHukdis> {
    Ok(RekamHukdis {
        id: r.get(0)?,
        nip: r.get(1)?,
        kategori: r.get(2)?,
        skor_mpjhd: kolom::dec_wajib(r, 3)?,
        tanggal: kolom::tanggal_wajib(r, 4)?,
        keterangan: r.get(5)?,
    })
}

fn baca_penyesuaian(r: &rusqlite::Row, dari: usize) -> rusqlite::Result<RekamPenyesuaian> {
    Ok(RekamPenyesuaian {
        koreksi: kolom::dec(r, dari)?,
        alasan_koreksi: r.get(dari + 1)?,
        jf_substansi: r.get(dari + 2)?,
    })
}

impl Db {
    /// Every hukuman disiplin, by NIP, in the order imposed.
    pub fn hukdis_semua(&self) -> Result<HashMap<String, Vec<RekamHukdis>>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM_HUKDIS} FROM hukdis ORDER BY nip, tanggal, id"
        ))?;
        let rows = st.query_map([], baca_hukdis)?;
        let mut out: HashMap<String, Vec<RekamHukdis>> = HashMap::new();
        for h in rows {
            let h = h?;
            out.entry(h.nip.clone()).or_default().push(h);
        }
        Ok(out)
    }

    /// Records a hukuman disiplin; returns its id.
    pub fn tambah_hukdis(&mut self, h: &RekamHukdis, waktu: &str) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO hukdis (nip, kategori, skor_mpjhd, tanggal, keterangan) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                h.nip,
                h.kategori,
                kolom::teks(Some(h.skor_mpjhd)),
                kolom::teks_tanggal(h.tanggal),
                h.keterangan
            ],
        )?;
        let id = tx.last_insert_rowid();
        let isi = Some(json(&RekamHukdis { id, ..h.clone() })?);
        catat(&tx, waktu, "hukdis", &id.to_string(), "tambah", None, isi)?;
        tx.commit()?;
        Ok(id)
    }

    /// Deletes a pegawai's hukuman disiplin; false when no such record belongs to that pegawai.
    pub fn hapus_hukdis(&mut self, nip: &str, id: i64, waktu: &str) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: Option<RekamHukdis> = tx
            .query_row(
                &format!("SELECT {KOLOM_HUKDIS} FROM hukdis WHERE id = ?1 AND nip = ?2"),
                params![id, nip],
                baca_hukdis,
            )
            .optional()?;
        let Some(lama) = lama else {
            return Ok(false);
        };
        tx.execute("DELETE FROM hukdis WHERE id = ?1", [id])?;
        catat(
            &tx,
            waktu,
            "hukdis",
            &id.to_string(),
            "hapus",
            Some(json(&lama)?),
            None,
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// The NKP adjustments of a year by NIP.
    pub fn penyesuaian_tahun(&self, tahun: i32) -> Result<HashMap<String, RekamPenyesuaian>> {
        let mut st = self.conn.prepare(
            "SELECT nip, koreksi, alasan_koreksi, jf_substansi FROM penyesuaian_nkp WHERE tahun = ?1",
        )?;
        let rows = st.query_map([tahun], |r| Ok((r.get(0)?, baca_penyesuaian(r, 1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Stores a pegawai's adjustment of a year (the default removes it); nothing is written when unchanged.
    pub fn simpan_penyesuaian(
        &mut self,
        tahun: i32,
        nip: &str,
        p: &RekamPenyesuaian,
        waktu: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: Option<RekamPenyesuaian> = tx
            .query_row(
                "SELECT koreksi, alasan_koreksi, jf_substansi FROM penyesuaian_nkp WHERE tahun = ?1 AND nip = ?2",
                params![tahun, nip],
                |r| baca_penyesuaian(r, 0),
            )
            .optional()?;
        if lama.as_ref().unwrap_or(&RekamPenyesuaian::default()) == p {
            return Ok(());
        }
        if p == &RekamPenyesuaian::default() {
            tx.execute(
                "DELETE FROM penyesuaian_nkp WHERE tahun = ?1 AND nip = ?2",
                params![tahun, nip],
            )?;
        } else {
            tx.execute(
                "INSERT INTO penyesuaian_nkp (tahun, nip, koreksi, alasan_koreksi, jf_substansi) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT(tahun, nip) DO UPDATE SET koreksi = excluded.koreksi, alasan_koreksi = excluded.alasan_koreksi, jf_substansi = excluded.jf_substansi",
                params![
                    tahun,
                    nip,
                    kolom::teks(p.koreksi),
                    p.alasan_koreksi,
                    p.jf_substansi
                ],
            )?;
        }
        catat(
            &tx,
            waktu,
            "penyesuaian_nkp",
            &format!("{tahun}/{nip}"),
            "ubah",
            lama.as_ref().map(json).transpose()?,
            Some(json(p)?),
        )?;
        tx.commit()?;
        Ok(())
    }
}
