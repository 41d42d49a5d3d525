//! Writes of the spreadsheet import: every valid row in one transaction, updating rows that already exist.
use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use super::{Db, Result};
use crate::domain::model::*;
use crate::domain::profil::KodeProfil;

/// One SKP row to upsert.
pub struct SkpMasuk<'a> {
    pub nip: &'a str,
    pub ss: Option<(&'a str, &'a str, Option<Perspektif>)>,
    pub iki: &'a Iki,
    pub satuan: &'a str,
    /// Evidence per quarter; None leaves what is stored.
    pub bukti: &'a [Option<String>; 4],
    /// The sheet named the jenis / gave Y-1 figures (else an existing IKI keeps its jenis / kategori).
    pub jenis_ada: bool,
    pub kategori_ada: bool,
}

/// Which fields the sheet carries, and whether an empty cell there clears the stored value ("kosongkan sel
/// kosong"). An absent column, and by default an empty cell, leave what is stored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KolomHadir {
    pub kosongkan: bool,
    pub ss: bool,
    pub aspek: bool,
    pub satuan: bool,
    pub polarisasi: bool,
    pub konsolidasi: bool,
    pub validitas: bool,
    pub kendali: bool,
    pub target_tahunan: bool,
    pub target_y1: bool,
    pub realisasi_y1: bool,
    pub target_tw: [bool; 4],
    pub realisasi_tw: [bool; 4],
}

impl KolomHadir {
    /// `kolom = ?n` where an empty cell of a present column clears (kosongkan), `COALESCE(?n, kolom)` elsewhere.
    fn set(&self, kolom: &str, n: usize, hadir: bool) -> String {
        if self.kosongkan && hadir {
            format!("{kolom} = ?{n}")
        } else {
            format!("{kolom} = COALESCE(?{n}, {kolom})")
        }
    }

    fn ubah_iki(&self) -> String {
        format!(
            "UPDATE iki SET tahun = ?2, nip = ?3, kode = ?4, nama = COALESCE(NULLIF(?5, ''), nama), {}, jenis = CASE WHEN ?18 THEN ?7 ELSE jenis END,
               {}, kategori = CASE WHEN ?19 THEN ?9 ELSE kategori END, {}, {}, {}, {}, {}, {}, {}, {} WHERE id = ?1",
            self.set("ss_id", 6, self.ss),
            self.set("aspek", 8, self.aspek),
            if self.kosongkan && self.satuan {
                "satuan = ?10".to_string()
            } else {
                "satuan = COALESCE(NULLIF(?10, ''), satuan)".to_string()
            },
            self.set("polarisasi", 11, self.polarisasi),
            self.set("konsolidasi", 12, self.konsolidasi),
            self.set("validitas", 13, self.validitas),
            self.set("kendali", 14, self.kendali),
            self.set("target_tahunan", 15, self.target_tahunan),
            self.set("target_y1", 16, self.target_y1),
            self.set("realisasi_y1", 17, self.realisasi_y1),
        )
    }

    /// The quarter upsert's update clause for `kolom` (target or realisasi), per quarter column present.
    fn set_triwulan(&self, kolom: &str, hadir: &[bool; 4]) -> String {
        let q: Vec<String> = (1..=4)
            .filter(|q| self.kosongkan && hadir[q - 1])
            .map(|q| q.to_string())
            .collect();
        if q.is_empty() {
            format!("{kolom} = COALESCE(excluded.{kolom}, {kolom})")
        } else {
            format!(
                "{kolom} = CASE WHEN excluded.triwulan IN ({}) THEN excluded.{kolom} ELSE COALESCE(excluded.{kolom}, {kolom}) END",
                q.join(", ")
            )
        }
    }
}

pub struct PegawaiMasuk<'a> {
    pub nip: &'a str,
    pub nama: &'a str,
    pub pangkat: &'a str,
    pub golongan: &'a str,
    pub jabatan: &'a str,
    pub jenis_jabatan: JenisJabatan,
    pub tingkat: TingkatJabatan,
    /// Jenjang of a jabatan fungsional (Pertama, Muda, Terampil, ...); None keeps what is stored.
    pub jenjang: Option<&'a str>,
    pub unit: &'a str,
    pub atasan: Option<&'a str>,
    pub status: StatusPegawai,
    pub tanggal_mulai: &'a str,
    /// Kembali bertugas: why (the form sets it; the import leaves what is stored).
    pub kembali_dari: Option<AsalKembali>,
}

/// A decimal as stored (TEXT, no trailing zeros). Whole numbers, most targets, skip Decimal's general
/// formatter: an import writes eleven of these per row.
fn dec(d: Option<rust_decimal::Decimal>) -> Option<String> {
    d.map(|d| {
        let d = d.normalize();
        match i64::try_from(d.mantissa()) {
            Ok(m) if d.scale() == 0 => m.to_string(),
            _ => d.to_string(),
        }
    })
}

/// Rows per multi-row statement: statements, not rows, are what a 10,000-row import pays for. 64 IKIs of
/// 17 values and their 256 quarters of 4 stay far below SQLite's 32,766 bound parameters.
const IKI_PER_PERNYATAAN: usize = 64;

const KOLOM_IKI: &str = "id, tahun, nip, kode, nama, ss_id, jenis, aspek, kategori, satuan, polarisasi, konsolidasi, validitas, kendali, target_tahunan, target_y1, realisasi_y1";

/// One IKI row as bound to SQL, in the order of KOLOM_IKI.
struct BarisIki<'a> {
    id: i64,
    tahun: i32,
    nip: &'a str,
    kode: &'a str,
    nama: &'a str,
    ss: Option<i64>,
    jenis: &'static str,
    aspek: Option<&'static str>,
    kategori: &'static str,
    satuan: &'a str,
    polarisasi: Option<&'static str>,
    konsolidasi: Option<&'static str>,
    validitas: Option<&'static str>,
    kendali: Option<&'static str>,
    angka: [Option<String>; 3],
}

impl BarisIki<'_> {
    fn nilai(&self) -> [&dyn rusqlite::ToSql; 17] {
        [
            &self.id,
            &self.tahun,
            &self.nip,
            &self.kode,
            &self.nama,
            &self.ss,
            &self.jenis,
            &self.aspek,
            &self.kategori,
            &self.satuan,
            &self.polarisasi,
            &self.konsolidasi,
            &self.validitas,
            &self.kendali,
            &self.angka[0],
            &self.angka[1],
            &self.angka[2],
        ]
    }
}

type BarisTriwulan = (i64, i64, Option<String>, Option<String>);

/// Rows waiting for their multi-row statement; new IKIs are written before the quarters that refer to them.
/// Quarters whose sheet carries an evidence column go in their own statement, which also writes `bukti`.
struct Antrian<'a> {
    iki: Vec<BarisIki<'a>>,
    triwulan: Vec<BarisTriwulan>,
    dengan_bukti: Vec<(BarisTriwulan, &'a str)>,
    /// "target = ..., realisasi = ..." of the quarter upsert, as the sheet's columns and kosongkan decide.
    set_triwulan: String,
}

impl Antrian<'_> {
    fn tulis(&mut self, tx: &rusqlite::Transaction) -> Result<()> {
        if !self.iki.is_empty() {
            let sql = format!(
                "INSERT INTO iki ({KOLOM_IKI}) VALUES {}",
                vec!["(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; self.iki.len()]
                    .join(", ")
            );
            let p: Vec<&dyn rusqlite::ToSql> = self.iki.iter().flat_map(BarisIki::nilai).collect();
            // Cached: every full batch shares one statement; only the last, shorter one is prepared anew.
            tx.prepare_cached(&sql)?.execute(p.as_slice())?;
            self.iki.clear();
        }
        if !self.triwulan.is_empty() {
            let sql = format!(
                "INSERT INTO iki_triwulan (iki_id, triwulan, target, realisasi) VALUES {}
                 ON CONFLICT(iki_id, triwulan) DO UPDATE SET {}",
                vec!["(?, ?, ?, ?)"; self.triwulan.len()].join(", "),
                self.set_triwulan
            );
            let p: Vec<&dyn rusqlite::ToSql> = self
                .triwulan
                .iter()
                .flat_map(|(a, b, c, d)| [a as &dyn rusqlite::ToSql, b, c, d])
                .collect();
            tx.prepare_cached(&sql)?.execute(p.as_slice())?;
            self.triwulan.clear();
        }
        if !self.dengan_bukti.is_empty() {
            let sql = format!(
                "INSERT INTO iki_triwulan (iki_id, triwulan, target, realisasi, bukti) VALUES {}
                 ON CONFLICT(iki_id, triwulan) DO UPDATE SET {}, bukti = excluded.bukti",
                vec!["(?, ?, ?, ?, ?)"; self.dengan_bukti.len()].join(", "),
                self.set_triwulan
            );
            let p: Vec<&dyn rusqlite::ToSql> = self
                .dengan_bukti
                .iter()
                .flat_map(|((a, b, c, d), e)| [a as &dyn rusqlite::ToSql, b, c, d, e])
                .collect();
            tx.prepare_cached(&sql)?.execute(p.as_slice())?;
            self.dengan_bukti.clear();
        }
        Ok(())
    }
}

/// The lock triggers of the IKI and quarter tables, set aside for one bulk write.
///
/// Each of them runs a sub-program for every row: a third of the writing time of a 10,000-row import. The
/// import instead checks the lock once, for every pegawai it writes, inside the same transaction, and puts the
/// triggers back (their SQL as stored, so the migrations stay their only source) before it commits. DDL is
/// transactional in SQLite: on any failure the rollback restores them, and no other connection ever sees the
/// tables without them.
struct TriggerKunci(Vec<(String, String)>);

impl TriggerKunci {
    /// Sets the triggers aside and returns, with them, the pegawai whose KK is locked: the triggers' own rule (a
    /// locked KK of the year, unless an addendum holds the pegawai in izin_ubah), which the writer then keeps.
    fn tangguhkan(
        tx: &rusqlite::Transaction,
        tahun: i32,
    ) -> Result<(Self, std::collections::HashSet<String>)> {
        let terkunci: std::collections::HashSet<String> = tx
            .prepare(
                "SELECT d.nip FROM dokumen d WHERE d.tahun = ?1 AND d.status = 'terkunci'
                 AND NOT EXISTS (SELECT 1 FROM izin_ubah z WHERE z.tahun = d.tahun AND z.nip = d.nip)",
            )?
            .query_map([tahun], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut st = tx.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('iki', 'iki_triwulan')
             AND (name LIKE 'iki_kunci_%' OR name LIKE 'target_kunci_%') ORDER BY name",
        )?;
        let daftar: Vec<(String, String)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (nama, _) in &daftar {
            tx.execute_batch(&format!("DROP TRIGGER \"{nama}\""))?;
        }
        Ok((TriggerKunci(daftar), terkunci))
    }

    fn pulihkan(self, tx: &rusqlite::Transaction) -> Result<()> {
        for (_, sql) in &self.0 {
            tx.execute_batch(sql)?;
        }
        Ok(())
    }
}

impl Db {
    pub fn nip_tersimpan(&self) -> Result<Vec<String>> {
        let mut st = self.conn.prepare("SELECT nip FROM pegawai")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Upserts SKP rows of a year (creating the year, SS and the listed new pegawai). Returns (new, updated).
    pub fn impor_skp(
        &mut self,
        tahun: i32,
        profil: KodeProfil,
        baris: &[SkpMasuk],
        pegawai_baru: &[(String, String)],
        hadir: &KolomHadir,
        ringkas: &str,
        waktu: &str,
    ) -> Result<(usize, usize)> {
        // Immediate: the write lock is taken before max(id) is read, so the ids given below stay free.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT OR IGNORE INTO tahun (tahun, profil) VALUES (?1, ?2)",
            params![tahun, profil.kode()],
        )?;
        for (nip, nama) in pegawai_baru {
            tx.execute(
                "INSERT OR IGNORE INTO pegawai (nip, nama, jabatan, jenis_jabatan, tingkat, status, tanggal_mulai) VALUES (?1, ?2, 'Pelaksana', 'pelaksana', 'pelaksana', 'aktif', ?3)",
                params![nip, if nama.is_empty() { nip.as_str() } else { nama.as_str() }, format!("{}-01-01", tahun - 1)],
            )?;
        }
        let (kunci, terkunci) = TriggerKunci::tangguhkan(&tx, tahun)?;
        // A locked KK takes realisasi and evidence only; its targets and IKIs change through an addendum.
        let mut hanya_realisasi = tx.prepare(&format!(
            "INSERT INTO iki_triwulan (iki_id, triwulan, realisasi) VALUES (?1, ?2, ?3)
             ON CONFLICT(iki_id, triwulan) DO UPDATE SET {}, bukti = COALESCE(?4, bukti)",
            hadir.set_triwulan("realisasi", &hadir.realisasi_tw)
        ))?;
        let mut ss_id: HashMap<String, i64> = HashMap::new();
        let (mut baru, mut ubah) = (0, 0);
        // The year's existing IKIs by (NIP, code): a known row is updated by id, a new one is inserted with an id
        // given here, which lets new rows go in multi-row statements instead of one statement per row.
        // Keyed NIP then code, so a row is looked up without building a key.
        let mut ada: HashMap<String, HashMap<String, i64>> = HashMap::new();
        {
            let mut st = tx.prepare("SELECT nip, kode, id FROM iki WHERE tahun = ?1")?;
            let mut rows = st.query([tahun])?;
            while let Some(r) = rows.next()? {
                ada.entry(r.get(0)?)
                    .or_default()
                    .insert(r.get(1)?, r.get(2)?);
            }
        }
        let id_pertama: i64 =
            tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM iki", [], |r| r.get(0))?;
        let mut id_berikut = id_pertama;
        let mut antrian = Antrian {
            iki: Vec::with_capacity(IKI_PER_PERNYATAAN),
            triwulan: Vec::with_capacity(IKI_PER_PERNYATAAN * 4),
            dengan_bukti: Vec::new(),
            set_triwulan: format!(
                "{}, {}",
                hadir.set_triwulan("target", &hadir.target_tw),
                hadir.set_triwulan("realisasi", &hadir.realisasi_tw)
            ),
        };
        let mut ubah_iki = tx.prepare(&hadir.ubah_iki())?;
        // Written in key order (NIP, code): the unique index then grows pegawai by pegawai instead of at random
        // places, which is what bulk loads into SQLite want. Ids follow that order; nothing depends on them.
        let mut urut: Vec<&SkpMasuk> = baris.iter().collect();
        urut.sort_by(|a, b| (a.nip, &a.iki.kode).cmp(&(b.nip, &b.iki.kode)));
        let mut sebelum: Option<(&str, &str, i64)> = None;
        for b in urut {
            let ss = match b.ss {
                Some((kode, nama, per)) => {
                    if let Some(id) = ss_id.get(kode) {
                        Some(*id)
                    } else {
                        let ada: Option<i64> = tx
                            .query_row(
                                "SELECT id FROM sasaran_strategis WHERE tahun = ?1 AND kode = ?2",
                                params![tahun, kode],
                                |r| r.get(0),
                            )
                            .optional()?;
                        let id = match ada {
                            Some(id) => {
                                if !nama.is_empty() {
                                    tx.execute(
                                        "UPDATE sasaran_strategis SET nama = ?1 WHERE id = ?2",
                                        params![nama, id],
                                    )?;
                                }
                                if let Some(p) = per {
                                    tx.execute("UPDATE sasaran_strategis SET perspektif = ?1 WHERE id = ?2", params![p.kode(), id])?;
                                }
                                id
                            }
                            None => {
                                tx.execute(
                                    "INSERT INTO sasaran_strategis (tahun, kode, nama, perspektif) VALUES (?1, ?2, ?3, ?4)",
                                    params![tahun, kode, if nama.is_empty() { kode } else { nama }, per.unwrap_or(Perspektif::InternalProcess).kode()],
                                )?;
                                tx.last_insert_rowid()
                            }
                        };
                        ss_id.insert(kode.to_string(), id);
                        Some(id)
                    }
                }
                None => None,
            };
            let x = b.iki;
            // Rows are sorted, so the same (NIP, code) twice in one call comes in a row; the second one updates
            // the row the first one made (written out first).
            let sama = sebelum.is_some_and(|(n, k, _)| n == b.nip && k == x.kode.as_str());
            let id = match sebelum {
                Some((_, _, id)) if sama => Some(id),
                _ => ada.get(b.nip).and_then(|m| m.get(x.kode.as_str())).copied(),
            };
            let baris = BarisIki {
                id: id.unwrap_or(id_berikut),
                tahun,
                nip: b.nip,
                kode: &x.kode,
                nama: &x.nama,
                ss,
                jenis: x.jenis.kode(),
                aspek: x.aspek.map(|a| a.kode()),
                kategori: x.kategori.kode(),
                satuan: b.satuan,
                polarisasi: x.polarisasi.map(|a| a.kode()),
                konsolidasi: x.konsolidasi.map(|a| a.kode()),
                validitas: x.validitas.map(|a| a.kode()),
                kendali: x.kendali.map(|a| a.kode()),
                angka: [dec(x.target_tahunan), dec(x.target_y1), dec(x.realisasi_y1)],
            };
            if terkunci.contains(b.nip) {
                // The caller checked that nothing of the locked KK itself changes: only the quarters' realisasi
                // and evidence are written.
                let Some(id) = id else {
                    return Err(super::StoreError::Terkunci);
                };
                for q in 0..4 {
                    hanya_realisasi.execute(params![
                        id,
                        q as i64 + 1,
                        dec(x.realisasi_triwulan[q]),
                        b.bukti[q]
                    ])?;
                }
                ubah += 1;
                sebelum = Some((b.nip, x.kode.as_str(), id));
                continue;
            }
            let id = match id {
                Some(id) => {
                    if sama {
                        antrian.tulis(&tx)?;
                    }
                    let mut p = baris.nilai().to_vec();
                    p.push(&b.jenis_ada);
                    p.push(&b.kategori_ada);
                    ubah_iki.execute(p.as_slice())?;
                    ubah += 1;
                    id
                }
                None => {
                    id_berikut += 1;
                    antrian.iki.push(baris);
                    baru += 1;
                    id_berikut - 1
                }
            };
            sebelum = Some((b.nip, x.kode.as_str(), id));
            for q in 0..4 {
                let t = (
                    id,
                    q as i64 + 1,
                    dec(x.target_triwulan[q]),
                    dec(x.realisasi_triwulan[q]),
                );
                match &b.bukti[q] {
                    Some(bukti) => antrian.dengan_bukti.push((t, bukti.as_str())),
                    None => antrian.triwulan.push(t),
                }
            }
            if antrian.iki.len() == IKI_PER_PERNYATAAN
                || antrian.triwulan.len() + antrian.dengan_bukti.len() >= IKI_PER_PERNYATAAN * 4
            {
                antrian.tulis(&tx)?;
            }
        }
        antrian.tulis(&tx)?;
        drop(ubah_iki);
        drop(hanya_realisasi);
        kunci.pulihkan(&tx)?;
        tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'impor', ?2, 'impor_skp', NULL, ?3)", params![waktu, tahun.to_string(), ringkas])?;
        tx.commit()?;
        Ok((baru, ubah))
    }

    /// Upserts pegawai (units are found by name or created under the office). Returns (new, updated).
    pub fn impor_pegawai(
        &mut self,
        baris: &[PegawaiMasuk],
        ringkas: &str,
        waktu: &str,
    ) -> Result<(usize, usize)> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let induk: Option<i64> = tx
            .query_row(
                "SELECT id FROM unit WHERE induk_id IS NULL ORDER BY id LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let (mut baru, mut ubah) = (0, 0);
        let mut unit_id: HashMap<String, Option<i64>> = HashMap::new();
        for b in baris {
            let u = if b.unit.trim().is_empty() {
                None
            } else if let Some(u) = unit_id.get(b.unit) {
                *u
            } else {
                let ada: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM unit WHERE lower(nama) = lower(?1)",
                        [b.unit],
                        |r| r.get(0),
                    )
                    .optional()?;
                let id = match ada {
                    Some(id) => id,
                    None => {
                        let jenis = if b.unit.to_lowercase().contains("subbagian") {
                            "subbagian"
                        } else if induk.is_none() {
                            "kantor"
                        } else {
                            "seksi"
                        };
                        tx.execute("INSERT INTO unit (induk_id, nama, jenis, urutan) VALUES (?1, ?2, ?3, 50)", params![induk, b.unit, jenis])?;
                        tx.last_insert_rowid()
                    }
                };
                unit_id.insert(b.unit.to_string(), Some(id));
                Some(id)
            };
            let ada: bool = tx.query_row(
                "SELECT count(*) FROM pegawai WHERE nip = ?1",
                [b.nip],
                |r| r.get::<_, i64>(0),
            )? > 0;
            if ada {
                tx.execute(
                    "UPDATE pegawai SET nama = ?2, pangkat = ?3, golongan = ?4, jabatan = ?5, jenis_jabatan = ?6, tingkat = ?7, unit_id = coalesce(?8, unit_id), atasan_nip = ?9, status = ?10, tanggal_mulai = ?11 WHERE nip = ?1",
                    params![b.nip, b.nama, b.pangkat, b.golongan, b.jabatan, b.jenis_jabatan.kode(), b.tingkat.kode(), u, b.atasan, b.status.kode(), b.tanggal_mulai],
                )?;
                ubah += 1;
            } else {
                tx.execute(
                    "INSERT INTO pegawai (nip, nama, pangkat, golongan, jabatan, jenis_jabatan, tingkat, unit_id, atasan_nip, status, tanggal_mulai) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                    params![b.nip, b.nama, b.pangkat, b.golongan, b.jabatan, b.jenis_jabatan.kode(), b.tingkat.kode(), u, b.atasan, b.status.kode(), b.tanggal_mulai],
                )?;
                baru += 1;
            }
        }
        tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'impor', 'pegawai', 'impor_pegawai', NULL, ?2)", params![waktu, ringkas])?;
        tx.commit()?;
        Ok((baru, ubah))
    }

    /// The pegawai whose KK of a year is locked (the importer refuses their rows up front).
    pub fn nip_terkunci(&self, tahun: i32) -> Result<std::collections::HashSet<String>> {
        let mut st = self
            .conn
            .prepare("SELECT DISTINCT nip FROM dokumen WHERE tahun = ?1 AND status = 'terkunci'")?;
        let rows = st.query_map([tahun], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether a pegawai's KK of a year is locked.
    pub fn kk_terkunci(&self, tahun: i32, nip: &str) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM dokumen WHERE tahun = ?1 AND nip = ?2 AND status = 'terkunci'",
            params![tahun, nip],
            |r| r.get::<_, i64>(0),
        )? > 0)
    }
}

/// One audit row as shown in a history view.
#[derive(Debug, Clone, PartialEq)]
pub struct BarisAudit {
    pub waktu: String,
    pub entitas: String,
    pub kunci: String,
    pub aksi: String,
    pub sebelum: Option<String>,
    pub sesudah: Option<String>,
}

impl Db {
    fn ringkas_pegawai(tx: &rusqlite::Transaction, nip: &str) -> Result<Option<String>> {
        Ok(tx
            .query_row(
                "SELECT nama || ' | ' || pangkat || ' ' || golongan || ' | ' || jabatan || ' (' || jenis_jabatan || coalesce(' ' || jenjang, '') || ') | unit ' || coalesce(unit_id, '-') || ' | atasan ' || coalesce(atasan_nip, '-') || ' | ' || status || coalesce(' (' || kembali_dari || ')', '') || ' | mulai ' || tanggal_mulai
                 FROM pegawai WHERE nip = ?1",
                [nip],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Adds or updates one pegawai (unit found by name or created), with before and after in the audit.
    /// Returns true when the pegawai is new.
    pub fn simpan_pegawai(&mut self, m: &PegawaiMasuk, waktu: &str) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let sebelum = Self::ringkas_pegawai(&tx, m.nip)?;
        let induk: Option<i64> = tx
            .query_row(
                "SELECT id FROM unit WHERE induk_id IS NULL ORDER BY id LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        let unit: Option<i64> = if m.unit.trim().is_empty() {
            None
        } else {
            match tx
                .query_row(
                    "SELECT id FROM unit WHERE lower(nama) = lower(?1)",
                    [m.unit],
                    |r| r.get(0),
                )
                .optional()?
            {
                Some(id) => Some(id),
                None => {
                    tx.execute(
                        "INSERT INTO unit (induk_id, nama, jenis, urutan) VALUES (?1, ?2, ?3, 50)",
                        params![
                            induk,
                            m.unit.trim(),
                            if induk.is_none() { "kantor" } else { "seksi" }
                        ],
                    )?;
                    Some(tx.last_insert_rowid())
                }
            }
        };
        tx.execute(
            "INSERT INTO pegawai (nip, nama, pangkat, golongan, jabatan, jenis_jabatan, tingkat, unit_id, atasan_nip, status, tanggal_mulai, jenjang, kembali_dari)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
             ON CONFLICT(nip) DO UPDATE SET nama = excluded.nama, pangkat = excluded.pangkat, golongan = excluded.golongan, jabatan = excluded.jabatan,
               jenis_jabatan = excluded.jenis_jabatan, tingkat = excluded.tingkat, unit_id = excluded.unit_id, atasan_nip = excluded.atasan_nip,
               status = excluded.status, tanggal_mulai = excluded.tanggal_mulai, jenjang = coalesce(excluded.jenjang, pegawai.jenjang),
               kembali_dari = excluded.kembali_dari",
            params![m.nip, m.nama, m.pangkat, m.golongan, m.jabatan, m.jenis_jabatan.kode(), m.tingkat.kode(), unit, m.atasan, m.status.kode(), m.tanggal_mulai, m.jenjang, m.kembali_dari.map(|k| k.kode())],
        )?;
        let sesudah = Self::ringkas_pegawai(&tx, m.nip)?;
        tx.execute(
            "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'pegawai', ?2, ?3, ?4, ?5)",
            params![waktu, m.nip, if sebelum.is_some() { "ubah" } else { "tambah" }, sebelum, sesudah],
        )?;
        tx.commit()?;
        Ok(sebelum.is_none())
    }

    /// The audit rows about one key (a NIP, or an IKU code), newest first.
    pub fn riwayat(&self, kunci: &str) -> Result<Vec<BarisAudit>> {
        let mut st = self.conn.prepare(
            "SELECT waktu, entitas, kunci, aksi, sebelum, sesudah FROM audit WHERE kunci = ?1 OR kunci LIKE ?2 OR kunci LIKE ?3 ORDER BY id DESC LIMIT 500",
        )?;
        let rows = st.query_map(
            params![kunci, format!("%/{kunci}/%"), format!("%-{kunci}-%")],
            |r| {
                Ok(BarisAudit {
                    waktu: r.get(0)?,
                    entitas: r.get(1)?,
                    kunci: r.get(2)?,
                    aksi: r.get(3)?,
                    sebelum: r.get(4)?,
                    sesudah: r.get(5)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn daftar_unit(&self) -> Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT nama FROM unit ORDER BY urutan, id")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
