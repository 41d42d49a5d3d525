//! Realisasi of one quarter with its evidence (bukti): saved for a pegawai at once, every changed cell audited.
use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::audit::{catat, json, kunci_iki};
use super::kolom;
use super::{Db, Result, StoreError};

/// One IKI's realisasi and evidence for the quarter being recorded.
pub struct IsiTriwulan<'a> {
    pub iki_id: i64,
    pub kode: &'a str,
    /// None to clear.
    pub realisasi: Option<Decimal>,
    pub bukti: &'a str,
}

#[derive(Serialize, Deserialize, PartialEq)]
struct Sel {
    realisasi: Option<Decimal>,
    bukti: String,
}

/// Puts a quarter's realisasi and evidence back as an audit row ("tahun/nip/kode/TWn", `sebelum`) had them:
/// no `sebelum` means the cell was empty.
pub(super) fn pulihkan_realisasi(
    tx: &rusqlite::Transaction,
    kunci: &str,
    sebelum: Option<&str>,
) -> Result<()> {
    let rusak = |pesan: &str| StoreError::DataRusak {
        tempat: format!("audit {kunci}"),
        pesan: pesan.into(),
    };
    // The code itself may contain "/": year and NIP from the left, the quarter from the right.
    let mut depan = kunci.splitn(3, '/');
    let (Some(tahun), Some(nip), Some(sisa)) = (depan.next(), depan.next(), depan.next()) else {
        return Err(rusak("kunci tidak dikenal"));
    };
    let (kode, tw) = sisa
        .rsplit_once("/TW")
        .ok_or_else(|| rusak("kunci tidak dikenal"))?;
    let q: i64 = tw.parse().map_err(|_| rusak("triwulan tidak dikenal"))?;
    let id: i64 = tx
        .query_row(
            "SELECT id FROM iki WHERE tahun = ?1 AND nip = ?2 AND kode = ?3",
            params![tahun, nip, kode],
            |r| r.get(0),
        )
        .optional()?
        .ok_or_else(|| rusak("IKU/IKI itu sudah dihapus"))?;
    let sel: Sel = match sebelum {
        Some(s) => serde_json::from_str(s).map_err(|e| rusak(&e.to_string()))?,
        None => Sel {
            realisasi: None,
            bukti: String::new(),
        },
    };
    tx.execute(
        "INSERT INTO iki_triwulan (iki_id, triwulan, realisasi, bukti) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(iki_id, triwulan) DO UPDATE SET realisasi = excluded.realisasi, bukti = excluded.bukti",
        params![id, q, kolom::teks(sel.realisasi), sel.bukti],
    )?;
    Ok(())
}

/// The 360° averages of a pegawai's year per rater group (None: that group did not rate).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RekamPerilaku {
    pub atasan: Option<Decimal>,
    pub rekan: Option<Decimal>,
    pub bawahan: Option<Decimal>,
}

impl Db {
    /// Every pegawai's atasan langsung, by NIP (those without one are absent).
    pub fn atasan_langsung(&self) -> Result<HashMap<String, String>> {
        let mut st = self
            .conn
            .prepare("SELECT nip, atasan_nip FROM pegawai WHERE atasan_nip IS NOT NULL")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every pegawai's 360° averages of a year, by NIP.
    pub fn perilaku_tahun(&self, tahun: i32) -> Result<HashMap<String, RekamPerilaku>> {
        let mut st = self
            .conn
            .prepare("SELECT nip, atasan, rekan, bawahan FROM nilai_perilaku WHERE tahun = ?1")?;
        let rows = st.query_map([tahun], |r| {
            Ok((
                r.get(0)?,
                RekamPerilaku {
                    atasan: kolom::dec(r, 1)?,
                    rekan: kolom::dec(r, 2)?,
                    bawahan: kolom::dec(r, 3)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Stores a pegawai's 360° averages of a year (all empty removes them), audited with before and after.
    pub fn simpan_perilaku(
        &mut self,
        tahun: i32,
        nip: &str,
        p: &RekamPerilaku,
        waktu: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        simpan_perilaku_tx(&tx, tahun, nip, p, waktu)?;
        tx.commit()?;
        Ok(())
    }

    /// Imports 360° averages of a year in one transaction; returns (added, changed), unchanged rows not rewritten.
    pub fn impor_perilaku(
        &mut self,
        tahun: i32,
        rs: &[(String, RekamPerilaku)],
        waktu: &str,
    ) -> Result<(usize, usize)> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let (mut baru, mut ubah) = (0, 0);
        for (nip, p) in rs {
            match simpan_perilaku_tx(&tx, tahun, nip, p, waktu)? {
                Some(true) => baru += 1,
                Some(false) => ubah += 1,
                None => {}
            }
        }
        tx.commit()?;
        Ok((baru, ubah))
    }

    /// The evidence recorded for each IKI of a pegawai in one quarter, by IKI id.
    pub fn bukti_triwulan(
        &self,
        tahun: i32,
        nip: &str,
        triwulan: u8,
    ) -> Result<HashMap<i64, String>> {
        let mut st = self.conn.prepare(
            "SELECT t.iki_id, t.bukti FROM iki_triwulan t JOIN iki i ON i.id = t.iki_id
             WHERE i.tahun = ?1 AND i.nip = ?2 AND t.triwulan = ?3",
        )?;
        let rows = st.query_map(params![tahun, nip, triwulan], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every IKI's evidence of a year by (NIP, code), TW I..IV (empty where none), for the SKP export.
    pub fn bukti_tahun(&self, tahun: i32) -> Result<HashMap<(String, String), [String; 4]>> {
        let mut st = self.conn.prepare(
            "SELECT i.nip, i.kode, t.triwulan, t.bukti FROM iki_triwulan t JOIN iki i ON i.id = t.iki_id
             WHERE i.tahun = ?1 AND t.bukti <> ''",
        )?;
        let mut rows = st.query([tahun])?;
        let mut out: HashMap<(String, String), [String; 4]> = HashMap::new();
        while let Some(r) = rows.next()? {
            let q: i64 = r.get(2)?;
            out.entry((r.get(0)?, r.get(1)?)).or_default()[(q.clamp(1, 4) - 1) as usize] =
                r.get(3)?;
        }
        Ok(out)
    }

    /// Every IKI's satuan of a year by (NIP, code), for the import's preview of changes.
    pub fn satuan_tahun(&self, tahun: i32) -> Result<HashMap<(String, String), String>> {
        let mut st = self
            .conn
            .prepare("SELECT nip, kode, satuan FROM iki WHERE tahun = ?1")?;
        let v = st
            .query_map([tahun], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    /// The demo office's evidence: a report reference on most recorded realisasi of the year, with a few left
    /// without, as in a real office. Returns the number of cells given evidence.
    pub fn bukti_contoh(&mut self, tahun: i32) -> Result<usize> {
        Ok(self.conn.execute(
            "UPDATE iki_triwulan SET bukti = 'Laporan capaian TW ' ||
                 CASE triwulan WHEN 1 THEN 'I' WHEN 2 THEN 'II' WHEN 3 THEN 'III' ELSE 'IV' END || ' (arsip seksi)'
             WHERE realisasi IS NOT NULL AND (iki_id + triwulan) % 9 <> 0
               AND iki_id IN (SELECT id FROM iki WHERE tahun = ?1)",
            [tahun],
        )?)
    }

    /// The demo office's evidence note on every realisasi that has none yet (the demo's complete cycle).
    pub fn bukti_contoh_semua(&mut self, tahun: i32) -> Result<usize> {
        Ok(self.conn.execute(
            "UPDATE iki_triwulan SET bukti = 'Laporan capaian TW ' ||
                 CASE triwulan WHEN 1 THEN 'I' WHEN 2 THEN 'II' WHEN 3 THEN 'III' ELSE 'IV' END || ' (arsip seksi)'
             WHERE realisasi IS NOT NULL AND bukti = ''
               AND iki_id IN (SELECT id FROM iki WHERE tahun = ?1)",
            [tahun],
        )?)
    }

    /// Writes the realisasi and evidence of one quarter in one transaction; unchanged cells are left alone.
    /// Targets are not touched, so a locked KK accepts it (its triggers guard targets only). Returns the
    /// audit ids of the changed cells.
    pub fn simpan_realisasi(
        &mut self,
        tahun: i32,
        nip: &str,
        triwulan: u8,
        isi: &[IsiTriwulan],
        waktu: &str,
    ) -> Result<Vec<i64>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut audit = Vec::new();
        for x in isi {
            let lama: Option<Sel> = tx
                .query_row(
                    "SELECT realisasi, bukti FROM iki_triwulan WHERE iki_id = ?1 AND triwulan = ?2",
                    params![x.iki_id, triwulan],
                    |r| {
                        Ok(Sel {
                            realisasi: kolom::dec(r, 0)?,
                            bukti: r.get(1)?,
                        })
                    },
                )
                .optional()?;
            let baru = Sel {
                realisasi: x.realisasi,
                bukti: x.bukti.trim().to_string(),
            };
            let kosong = Sel {
                realisasi: None,
                bukti: String::new(),
            };
            if lama.as_ref().unwrap_or(&kosong) == &baru {
                continue;
            }
            tx.prepare_cached(
                "INSERT INTO iki_triwulan (iki_id, triwulan, realisasi, bukti) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(iki_id, triwulan) DO UPDATE SET realisasi = excluded.realisasi, bukti = excluded.bukti",
            )?
            .execute(params![
                x.iki_id,
                triwulan,
                kolom::teks(baru.realisasi),
                baru.bukti
            ])?;
            audit.push(catat(
                &tx,
                waktu,
                "iki_triwulan",
                &format!("{}/TW{triwulan}", kunci_iki(tahun, nip, x.kode)),
                "ubah_realisasi",
                lama.as_ref().map(json).transpose()?,
                Some(json(&baru)?),
            )?);
        }
        tx.commit()?;
        Ok(audit)
    }
}

/// Writes one pegawai's 360° averages inside a transaction: Some(true) added, Some(false) changed or removed,
/// None when nothing changed.
fn simpan_perilaku_tx(
    tx: &rusqlite::Transaction,
    tahun: i32,
    nip: &str,
    p: &RekamPerilaku,
    waktu: &str,
) -> Result<Option<bool>> {
    let lama: Option<RekamPerilaku> = tx
        .query_row(
            "SELECT atasan, rekan, bawahan FROM nilai_perilaku WHERE tahun = ?1 AND nip = ?2",
            params![tahun, nip],
            |r| {
                Ok(RekamPerilaku {
                    atasan: kolom::dec(r, 0)?,
                    rekan: kolom::dec(r, 1)?,
                    bawahan: kolom::dec(r, 2)?,
                })
            },
        )
        .optional()?;
    if lama.as_ref() == Some(p) || (lama.is_none() && p == &RekamPerilaku::default()) {
        return Ok(None);
    }
    if p == &RekamPerilaku::default() {
        tx.execute(
            "DELETE FROM nilai_perilaku WHERE tahun = ?1 AND nip = ?2",
            params![tahun, nip],
        )?;
    } else {
        tx.execute(
            "INSERT INTO nilai_perilaku (tahun, nip, atasan, rekan, bawahan) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(tahun, nip) DO UPDATE SET atasan = excluded.atasan, rekan = excluded.rekan, bawahan = excluded.bawahan",
            params![
                tahun,
                nip,
                kolom::teks(p.atasan),
                kolom::teks(p.rekan),
                kolom::teks(p.bawahan)
            ],
        )?;
    }
    super::audit::catat(
        tx,
        waktu,
        "nilai_perilaku",
        &format!("{tahun}/{nip}"),
        "ubah",
        lama.as_ref().map(super::audit::json).transpose()?,
        Some(super::audit::json(p)?),
    )?;
    Ok(Some(lama.is_none()))
}
