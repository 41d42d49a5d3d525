//! Tamper evidence and the database's own health: the audit hash chain, the triggers every Kinerja database must
//! carry (re-created when missing or altered), SQLite's integrity and foreign-key checks.
use std::sync::OnceLock;

use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OptionalExtension, params};
use sha2::{Digest, Sha256};

use super::{Db, MIGRATIONS, Result};

/// The chain hash of one audit row: SHA-256 over the previous row's hash and this row's fields, each
/// length-prefixed so that no two different rows encode the same.
pub fn hash_rantai(
    sebelumnya: Option<&str>,
    id: i64,
    kolom: [&str; 4],
    sebelum: Option<&str>,
    sesudah: Option<&str>,
) -> String {
    let mut h = Sha256::new();
    let mut bagian = |s: Option<&str>| match s {
        Some(s) => {
            h.update((s.len() as u64).to_le_bytes());
            h.update(s.as_bytes());
        }
        None => h.update(u64::MAX.to_le_bytes()),
    };
    bagian(sebelumnya);
    bagian(Some(&id.to_string()));
    for k in kolom {
        bagian(Some(k));
    }
    bagian(sebelum);
    bagian(sesudah);
    super::bukti::hex(&h.finalize())
}

/// Registers `kinerja_rantai(prev, id, waktu, entitas, kunci, aksi, sebelum, sesudah)` on a connection; the audit
/// trigger of migration 0008 calls it.
pub(crate) fn daftarkan_fungsi(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        "kinerja_rantai",
        8,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let teks = |i: usize| -> rusqlite::Result<Option<String>> {
                Ok(match ctx.get_raw(i) {
                    rusqlite::types::ValueRef::Null => None,
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                        Some(String::from_utf8_lossy(t).into_owned())
                    }
                    rusqlite::types::ValueRef::Integer(n) => Some(n.to_string()),
                    rusqlite::types::ValueRef::Real(f) => Some(f.to_string()),
                })
            };
            let id: i64 = ctx.get(1)?;
            let w = teks(2)?.unwrap_or_default();
            let e = teks(3)?.unwrap_or_default();
            let k = teks(4)?.unwrap_or_default();
            let a = teks(5)?.unwrap_or_default();
            Ok(hash_rantai(
                teks(0)?.as_deref(),
                id,
                [&w, &e, &k, &a],
                teks(6)?.as_deref(),
                teks(7)?.as_deref(),
            ))
        },
    )
}

/// Every trigger the migrations leave in place, by name, with the exact SQL SQLite stores for it: the last
/// `CREATE TRIGGER` of each name that no later migration drops.
pub fn pemicu_baku() -> &'static [(String, String)] {
    static BAKU: OnceLock<Vec<(String, String)>> = OnceLock::new();
    BAKU.get_or_init(|| {
        let mut hasil: Vec<(String, String)> = Vec::new();
        for (_, sql) in MIGRATIONS {
            let mut sisa: &str = sql;
            loop {
                let buat = sisa.find("CREATE TRIGGER ");
                let hapus = sisa.find("DROP TRIGGER ");
                match (buat, hapus) {
                    (Some(b), h) if h.is_none_or(|h| b < h) => {
                        let teks = &sisa[b..];
                        let nama = teks["CREATE TRIGGER ".len()..]
                            .split_whitespace()
                            .next()
                            .unwrap_or_default()
                            .to_string();
                        let akhir = akhir_pemicu(teks);
                        hasil.retain(|(n, _)| *n != nama);
                        hasil.push((nama, teks[..akhir].to_string()));
                        sisa = &teks[akhir..];
                    }
                    (_, Some(h)) => {
                        let teks = &sisa[h + "DROP TRIGGER ".len()..];
                        let nama = teks
                            .split(|c: char| c == ';' || c.is_whitespace())
                            .next()
                            .unwrap_or_default();
                        hasil.retain(|(n, _)| n != nama);
                        sisa = teks;
                    }
                    _ => break,
                }
            }
        }
        hasil
    })
}

/// The end of a `CREATE TRIGGER ... BEGIN ...; END` statement: the first `END` that follows a `;`.
fn akhir_pemicu(teks: &str) -> usize {
    let mut dari = teks.find("BEGIN").unwrap_or(0);
    while let Some(i) = teks[dari..].find("END") {
        let pos = dari + i;
        if teks[..pos].trim_end().ends_with(';') {
            return pos + 3;
        }
        dari = pos + 3;
    }
    teks.len()
}

/// What `Db::periksa_basis_data` finds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeutuhanBasisData {
    /// Lines of `PRAGMA integrity_check` other than "ok".
    pub integritas: Vec<String>,
    /// `PRAGMA foreign_key_check`: (table, rowid, parent table).
    pub kunci_asing: Vec<(String, i64, String)>,
    /// Audit rows checked, and the first whose chain hash does not match (with why).
    pub audit_diperiksa: usize,
    pub audit_putus: Option<(i64, String)>,
    /// Triggers found missing or altered when this connection opened, re-created then.
    pub pemicu_dipulihkan: Vec<String>,
    /// Earlier re-creations recorded in the audit: (time, trigger).
    pub riwayat_pemulihan: Vec<(String, String)>,
}

impl Db {
    /// Re-creates every required trigger that is missing or whose SQL differs from the migrations', in one
    /// transaction with an audit row per trigger; returns their names.
    /// The required triggers that are missing or whose SQL differs from the migrations'.
    fn pemicu_rusak(&self) -> Result<Vec<&'static (String, String)>> {
        let ada: Vec<(String, String)> = {
            let mut st = self
                .conn
                .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")?;
            st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?
        };
        Ok(pemicu_baku()
            .iter()
            .filter(|(nama, sql)| !ada.iter().any(|(n, s)| n == nama && s == sql))
            .collect())
    }

    /// Triggers no migration made (one could silently swallow audit rows or writes).
    fn pemicu_asing(&self) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")?;
        let ada: Vec<String> = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(ada
            .into_iter()
            .filter(|n| !pemicu_baku().iter().any(|(b, _)| b == n))
            .collect())
    }

    pub(crate) fn pulihkan_pemicu(&mut self) -> Result<Vec<String>> {
        let rusak = self.pemicu_rusak()?;
        let asing = self.pemicu_asing()?;
        // A permit outlives only the addendum transaction that made it: one found at open is removed (audited).
        let izin: i64 = self
            .conn
            .query_row("SELECT count(*) FROM izin_ubah", [], |r| r.get(0))?;
        if izin > 0 {
            let tx = self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            tx.execute(
                "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), 'integritas', tahun || '/' || nip, 'izin_tertinggal_dihapus', addendum_id, NULL FROM izin_ubah",
                [],
            )?;
            tx.execute("DELETE FROM izin_ubah", [])?;
            tx.commit()?;
        }
        if rusak.is_empty() && asing.is_empty() {
            return Ok(vec![]);
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for nama in &asing {
            tx.execute_batch(&format!("DROP TRIGGER IF EXISTS \"{nama}\";"))?;
            tx.execute(
                "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), 'integritas', ?1, 'pemicu_asing_dihapus', NULL, NULL)",
                params![nama],
            )?;
        }
        for (nama, sql) in &rusak {
            tx.execute_batch(&format!("DROP TRIGGER IF EXISTS \"{nama}\"; {sql};"))?;
            tx.execute(
                "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), 'integritas', ?1, 'pemicu_dipulihkan', NULL, NULL)",
                params![nama],
            )?;
        }
        tx.commit()?;
        Ok(rusak
            .into_iter()
            .map(|(n, _)| n.clone())
            .chain(asing)
            .collect())
    }

    /// The same repair as on open, for a connection that has been open a while (the app's window): what was
    /// repaired is reported by the next `periksa_basis_data`.
    pub fn pulihkan_pemicu_sekarang(&mut self) -> Result<()> {
        if self.hanya_baca().is_some() {
            return Ok(());
        }
        let baru = self.pulihkan_pemicu()?;
        for n in baru {
            if !self.pemicu_dipulihkan.contains(&n) {
                self.pemicu_dipulihkan.push(n);
            }
        }
        Ok(())
    }

    /// The hash of the first audit row, and whether row `id` carries `hash`: a backup of the same history must
    /// find its last row here unchanged.
    pub fn rantai_awal(&self) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT hash FROM audit_rantai ORDER BY id LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?)
    }
    pub fn rantai_memuat(&self, id: i64, hash: &str) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM audit_rantai WHERE id = ?1 AND hash = ?2)",
            params![id, hash],
            |r| r.get(0),
        )?)
    }
    /// The newest restore recorded in this history: its audit row's id and chain hash.
    pub fn baris_pulihkan_terakhir(&self) -> Result<Option<(i64, String)>> {
        Ok(self
            .conn
            .query_row(
                "SELECT r.id, r.hash FROM audit a JOIN audit_rantai r ON r.id = a.id
                  WHERE a.entitas = 'cadangan' AND a.aksi = 'pulihkan' ORDER BY a.id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    /// Whether anything was ever recorded (a file with only settings or holidays is not a new database).
    pub fn ada_riwayat(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM audit)", [], |r| r.get(0))?)
    }

    /// Whether an audit row of this kind exists (e.g. the 'addendum' row the app writes with every addendum).
    pub fn ada_audit(&self, entitas: &str, kunci: &str, aksi: &str) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM audit WHERE entitas = ?1 AND kunci = ?2 AND aksi = ?3)",
            params![entitas, kunci, aksi],
            |r| r.get(0),
        )?)
    }

    /// One audited event that changes no table of its own (a restore, a backup setting).
    pub fn catat_peristiwa(
        &mut self,
        entitas: &str,
        kunci: &str,
        aksi: &str,
        sesudah: &str,
        waktu: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, ?2, ?3, ?4, NULL, ?5)",
            params![waktu, entitas, kunci, aksi, sesudah],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// SQLite's integrity and foreign-key checks, the audit chain from its first row, and the triggers.
    pub fn periksa_basis_data(&self) -> Result<KeutuhanBasisData> {
        let mut k = KeutuhanBasisData {
            pemicu_dipulihkan: self.pemicu_dipulihkan.clone(),
            ..Default::default()
        };
        // A read-only database cannot be repaired on open: what is missing is reported as it is.
        if self.hanya_baca().is_some() {
            k.pemicu_dipulihkan = self
                .pemicu_rusak()?
                .into_iter()
                .map(|(n, _)| n.clone())
                .chain(self.pemicu_asing()?)
                .collect();
        }
        {
            let mut st = self.conn.prepare("PRAGMA integrity_check")?;
            k.integritas = st
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?
                .into_iter()
                .filter(|s| s != "ok")
                .collect();
        }
        {
            let mut st = self.conn.prepare("PRAGMA foreign_key_check")?;
            k.kunci_asing = st
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<i64>>(1)?.unwrap_or(0),
                        r.get::<_, String>(2)?,
                    ))
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
        (k.audit_diperiksa, k.audit_putus) = periksa_rantai(&self.conn)?;
        {
            let mut st = self.conn.prepare(
                "SELECT waktu, kunci FROM audit WHERE entitas = 'integritas' AND aksi IN ('pemicu_dipulihkan', 'pemicu_asing_dihapus', 'izin_tertinggal_dihapus') ORDER BY id",
            )?;
            k.riwayat_pemulihan = st
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(k)
    }
}

/// Walks the audit hash chain of `conn` from its first row: how many rows were checked, and the first row that
/// breaks it with why (`None`: the chain is whole). Used on the open database and on a backup before a restore.
pub(crate) fn periksa_rantai(
    conn: &rusqlite::Connection,
) -> Result<(usize, Option<(i64, String)>)> {
    let mut diperiksa = 0usize;
    let mut putus: Option<(i64, String)> = None;

    let mut st = conn.prepare(
        "SELECT a.id, a.waktu, a.entitas, a.kunci, a.aksi, a.sebelum, a.sesudah, r.hash
                   FROM audit a LEFT JOIN audit_rantai r ON r.id = a.id ORDER BY a.id",
    )?;
    let mut rows = st.query([])?;
    let mut sebelumnya: Option<String> = None;
    while let Some(r) = rows.next()? {
        // Read every column as the chain function does (text, or a blob or number as text), so a value
        // of another type written from outside is reported as a broken link, not an abort.
        let teks = |i: usize| -> rusqlite::Result<Option<String>> {
            Ok(match r.get_ref(i)? {
                rusqlite::types::ValueRef::Null => None,
                rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                    Some(String::from_utf8_lossy(t).into_owned())
                }
                rusqlite::types::ValueRef::Integer(n) => Some(n.to_string()),
                rusqlite::types::ValueRef::Real(f) => Some(f.to_string()),
            })
        };
        let id: i64 = r.get(0)?;
        let kolom: [String; 4] = [
            teks(1)?.unwrap_or_default(),
            teks(2)?.unwrap_or_default(),
            teks(3)?.unwrap_or_default(),
            teks(4)?.unwrap_or_default(),
        ];
        let sebelum = teks(5)?;
        let sesudah = teks(6)?;
        let tersimpan = teks(7)?;
        diperiksa += 1;
        let harus = hash_rantai(
            sebelumnya.as_deref(),
            id,
            [&kolom[0], &kolom[1], &kolom[2], &kolom[3]],
            sebelum.as_deref(),
            sesudah.as_deref(),
        );
        match tersimpan {
            None => {
                putus = Some((id, "tidak punya mata rantai".into()));
                break;
            }
            Some(h) if h != harus => {
                putus = Some((
                    id,
                    "isinya atau baris sebelumnya telah diubah atau dihapus".into(),
                ));
                break;
            }
            Some(h) => sebelumnya = Some(h),
        }
    }
    if putus.is_none() {
        let yatim: Option<i64> = conn.query_row(
                    "SELECT min(r.id) FROM audit_rantai r LEFT JOIN audit a ON a.id = r.id WHERE a.id IS NULL",
                    [],
                    |r| r.get(0),
                )?;
        if let Some(id) = yatim {
            putus = Some((id, "baris audit ini telah dihapus".into()));
        }
    }
    Ok((diperiksa, putus))
}
