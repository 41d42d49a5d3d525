//! Evidence files (bukti dukung) attached to one quarter's realisasi of an IKI: the bytes stored once per
//! content (SHA-256) in `berkas`, each attachment and removal audited.
use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};

use super::audit::catat;
use super::{Db, Result, StoreError};

/// One attached file, without its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct BerkasBukti {
    pub id: i64,
    pub iki_id: i64,
    pub kode: String,
    pub triwulan: u8,
    pub nama: String,
    pub sha256: String,
    pub ukuran: i64,
    pub ditambahkan: String,
}

/// The SHA-256 of `b` in lower-case hex: documents, scans, evidence files and the audit chain all use it.
pub fn sha256_hex(b: &[u8]) -> String {
    hex(&Sha256::digest(b))
}

pub(super) fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

const KOLOM: &str = "b.id, b.iki_id, i.kode, b.triwulan, b.nama, b.sha256, f.ukuran, b.ditambahkan";

fn baris(r: &rusqlite::Row) -> rusqlite::Result<BerkasBukti> {
    Ok(BerkasBukti {
        id: r.get(0)?,
        iki_id: r.get(1)?,
        kode: r.get(2)?,
        triwulan: r.get::<_, i64>(3)? as u8,
        nama: r.get(4)?,
        sha256: r.get(5)?,
        ukuran: r.get(6)?,
        ditambahkan: r.get(7)?,
    })
}

impl Db {
    /// Attaches a file to an IKI's quarter (the same content twice is one attachment). Returns its id.
    pub fn lampirkan_bukti(
        &mut self,
        iki_id: i64,
        triwulan: u8,
        nama: &str,
        isi: &[u8],
        waktu: &str,
    ) -> Result<i64> {
        let sha = sha256_hex(isi);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let (tahun, nip, kode): (i32, String, String) = tx
            .query_row(
                "SELECT tahun, nip, kode FROM iki WHERE id = ?1",
                [iki_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| StoreError::DataRusak {
                tempat: format!("IKU/IKI {iki_id}"),
                pesan: "tidak ada".into(),
            })?;
        tx.execute(
            "INSERT INTO berkas (sha256, ukuran, isi) VALUES (?1, ?2, ?3) ON CONFLICT(sha256) DO NOTHING",
            params![sha, isi.len() as i64, isi],
        )?;
        let ada: Option<i64> = tx
            .query_row(
                "SELECT id FROM bukti_berkas WHERE iki_id = ?1 AND triwulan = ?2 AND sha256 = ?3",
                params![iki_id, triwulan, sha],
                |r| r.get(0),
            )
            .optional()?;
        let id = match ada {
            Some(id) => id,
            None => {
                tx.execute(
                    "INSERT INTO bukti_berkas (iki_id, triwulan, nama, sha256, ditambahkan) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![iki_id, triwulan, nama, sha, waktu],
                )?;
                let id = tx.last_insert_rowid();
                catat(
                    &tx,
                    waktu,
                    "bukti_berkas",
                    &format!("{tahun}/{nip}/{kode}/TW{triwulan}"),
                    "lampir",
                    None,
                    Some(format!("{nama} ({} bita, SHA-256 {sha})", isi.len())),
                )?;
                id
            }
        };
        tx.commit()?;
        Ok(id)
    }

    /// Removes one attachment (the stored content stays for the audit and for other attachments).
    pub fn hapus_bukti(&mut self, id: i64, waktu: &str) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: Option<(String, String, i32, String, String, i64)> = tx
            .query_row(
                "SELECT b.nama, b.sha256, i.tahun, i.nip, i.kode, b.triwulan FROM bukti_berkas b JOIN iki i ON i.id = b.iki_id WHERE b.id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)),
            )
            .optional()?;
        let Some((nama, sha, tahun, nip, kode, tw)) = lama else {
            return Ok(false);
        };
        tx.execute("DELETE FROM bukti_berkas WHERE id = ?1", [id])?;
        catat(
            &tx,
            waktu,
            "bukti_berkas",
            &format!("{tahun}/{nip}/{kode}/TW{tw}"),
            "hapus",
            Some(format!("{nama} (SHA-256 {sha})")),
            None,
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// The files attached to a pegawai's IKIs of a year, by IKI code and quarter.
    pub fn daftar_bukti_berkas(&self, tahun: i32, nip: &str) -> Result<Vec<BerkasBukti>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM} FROM bukti_berkas b JOIN iki i ON i.id = b.iki_id JOIN berkas f ON f.sha256 = b.sha256
              WHERE i.tahun = ?1 AND i.nip = ?2 ORDER BY i.urutan, i.kode, b.triwulan, b.id"
        ))?;
        let v = st
            .query_map(params![tahun, nip], baris)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    /// (NIP, IKI code, quarter) of every quarter of the year that has at least one file attached.
    pub fn berkas_bukti_tahun(
        &self,
        tahun: i32,
    ) -> Result<std::collections::HashSet<(String, String, u8)>> {
        let mut st = self.conn.prepare(
            "SELECT DISTINCT i.nip, i.kode, b.triwulan FROM bukti_berkas b JOIN iki i ON i.id = b.iki_id WHERE i.tahun = ?1",
        )?;
        let v = st
            .query_map([tahun], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? as u8))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    /// One attachment with its bytes.
    pub fn isi_bukti(&self, id: i64) -> Result<Option<(BerkasBukti, Vec<u8>)>> {
        Ok(self
            .conn
            .query_row(
                &format!(
                    "SELECT {KOLOM}, f.isi FROM bukti_berkas b JOIN iki i ON i.id = b.iki_id JOIN berkas f ON f.sha256 = b.sha256 WHERE b.id = ?1"
                ),
                [id],
                |r| Ok((baris(r)?, r.get::<_, Vec<u8>>(8)?)),
            )
            .optional()?)
    }

    /// Attachments whose content hash is not the one their 'lampir' audit row recorded: (id, name).
    pub fn bukti_tanpa_jejak(&self) -> Result<Vec<(i64, String)>> {
        let mut st = self.conn.prepare(
            "SELECT b.id, b.nama FROM bukti_berkas b JOIN iki i ON i.id = b.iki_id WHERE NOT EXISTS
               (SELECT 1 FROM audit a WHERE a.entitas = 'bukti_berkas'
                   AND a.kunci LIKE i.tahun || '/' || i.nip || '/%/TW' || b.triwulan
                   AND a.aksi = 'lampir' AND instr(a.sesudah, 'SHA-256 ' || b.sha256) > 0)
             ORDER BY b.id",
        )?;
        let v = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    /// Stored files whose bytes no longer hash to their key or size: (key, actual hash).
    pub fn berkas_tidak_cocok(&self) -> Result<Vec<(String, String)>> {
        let mut st = self
            .conn
            .prepare("SELECT sha256, ukuran, isi FROM berkas ORDER BY sha256")?;
        let mut rows = st.query([])?;
        let mut hasil = Vec::new();
        while let Some(r) = rows.next()? {
            let sha: String = r.get(0)?;
            let ukuran: i64 = r.get(1)?;
            let isi: Vec<u8> = r.get(2)?;
            let nyata = sha256_hex(&isi);
            if nyata != sha || ukuran != isi.len() as i64 {
                hasil.push((sha, nyata));
            }
        }
        Ok(hasil)
    }
}
