//! Planning records: sasaran strategis and IKU/IKI with manual and trajectory, and copying a year forward; every
//! change audited with a JSON snapshot so a deletion can be undone.
use std::collections::HashMap;

use rusqlite::{OptionalExtension, Row, Transaction, params};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::audit::{LampiranTerhapus, catat, json, kunci_iki};
use super::kolom;
use super::{Db, Result, StoreError};
use crate::domain::profil::KodeProfil;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamSs {
    /// 0 for a new SS.
    pub id: i64,
    pub tahun: i32,
    pub kode: String,
    pub nama: String,
    pub perspektif: String,
}

/// One IKU/IKI row with its manual fields and quarters, as stored (decimals as normalised text).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RekamIki {
    /// 0 for a new IKI.
    pub id: i64,
    pub tahun: i32,
    pub nip: String,
    pub kode: String,
    pub nama: String,
    pub ss_id: Option<i64>,
    pub induk_id: Option<i64>,
    pub cascading: Option<String>,
    pub jenis: String,
    pub aspek: Option<String>,
    pub kategori: String,
    pub satuan: String,
    pub polarisasi: Option<String>,
    pub konsolidasi: Option<String>,
    pub sifat_tlk: Option<String>,
    pub validitas: Option<String>,
    pub kendali: Option<String>,
    pub konversi_120: bool,
    pub r_worst: Option<Decimal>,
    /// Angka kredit target (jabatan fungsional).
    pub ak: Option<Decimal>,
    pub target_tahunan: Option<Decimal>,
    pub target_y1: Option<Decimal>,
    pub realisasi_y1: Option<Decimal>,
    pub definisi: String,
    pub tujuan: String,
    pub formula: String,
    pub sumber_data: String,
    pub pic: String,
    pub periode_pelaporan: String,
    pub urutan: i64,
    pub target_tw: [Option<Decimal>; 4],
    pub realisasi_tw: [Option<Decimal>; 4],
}

/// A cascaded IKI of a year with the IKU it comes from, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct TautanTersimpan {
    pub nip: String,
    pub kode: String,
    /// "penuh", "sebagian", or None when the kind was not declared.
    pub cascading: Option<String>,
    pub target: Option<Decimal>,
    pub induk_nip: String,
    pub induk_kode: String,
    pub induk_target: Option<Decimal>,
    pub induk_satuan: String,
}

const KOLOM_IKI: &str = "id, tahun, nip, kode, nama, ss_id, induk_id, cascading, jenis, aspek, kategori, satuan, polarisasi, konsolidasi, sifat_tlk,
    validitas, kendali, konversi_120, r_worst, target_tahunan, target_y1, realisasi_y1, definisi, tujuan, formula, sumber_data, pic, periode_pelaporan, urutan, ak";

fn baca_iki(r: &Row) -> rusqlite::Result<RekamIki> {
    Ok(RekamIki {
        id: r.get(0)?,
        tahun: r.get(1)?,
        nip: r.get(2)?,
        kode: r.get(3)?,
        nama: r.get(4)?,
        ss_id: r.get(5)?,
        induk_id: r.get(6)?,
        cascading: r.get(7)?,
        jenis: r.get(8)?,
        aspek: r.get(9)?,
        kategori: r.get(10)?,
        satuan: r.get(11)?,
        polarisasi: r.get(12)?,
        konsolidasi: r.get(13)?,
        sifat_tlk: r.get(14)?,
        validitas: r.get(15)?,
        kendali: r.get(16)?,
        konversi_120: r.get::<_, i64>(17)? != 0,
        r_worst: kolom::dec(r, 18)?,
        target_tahunan: kolom::dec(r, 19)?,
        target_y1: kolom::dec(r, 20)?,
        realisasi_y1: kolom::dec(r, 21)?,
        definisi: r.get(22)?,
        tujuan: r.get(23)?,
        formula: r.get(24)?,
        sumber_data: r.get(25)?,
        pic: r.get(26)?,
        periode_pelaporan: r.get(27)?,
        urutan: r.get(28)?,
        ak: kolom::dec(r, 29)?,
        target_tw: Default::default(),
        realisasi_tw: Default::default(),
    })
}

const KOLOM_SS: &str = "id, tahun, kode, nama, perspektif";

/// A sasaran_strategis row selected with KOLOM_SS first.
fn baca_ss(r: &Row) -> rusqlite::Result<RekamSs> {
    Ok(RekamSs {
        id: r.get(0)?,
        tahun: r.get(1)?,
        kode: r.get(2)?,
        nama: r.get(3)?,
        perspektif: r.get(4)?,
    })
}

fn ss_tx(tx: &Transaction, id: i64) -> Result<Option<RekamSs>> {
    Ok(tx
        .query_row(
            &format!("SELECT {KOLOM_SS} FROM sasaran_strategis WHERE id = ?1"),
            [id],
            baca_ss,
        )
        .optional()?)
}

fn isi_triwulan(tx: &Transaction, iki: &mut RekamIki) -> Result<()> {
    let mut st = tx
        .prepare_cached("SELECT triwulan, target, realisasi FROM iki_triwulan WHERE iki_id = ?1")?;
    let mut rows = st.query([iki.id])?;
    while let Some(r) = rows.next()? {
        let q = (r.get::<_, i64>(0)?.clamp(1, 4) - 1) as usize;
        iki.target_tw[q] = kolom::dec(r, 1)?;
        iki.realisasi_tw[q] = kolom::dec(r, 2)?;
    }
    Ok(())
}

fn iki_tx(tx: &Transaction, id: i64) -> Result<Option<RekamIki>> {
    let mut iki = tx
        .query_row(
            &format!("SELECT {KOLOM_IKI} FROM iki WHERE id = ?1"),
            [id],
            baca_iki,
        )
        .optional()?;
    if let Some(i) = iki.as_mut() {
        isi_triwulan(tx, i)?;
    }
    Ok(iki)
}

fn simpan_iki_tx(tx: &Transaction, x: &RekamIki, waktu: &str) -> Result<(i64, i64)> {
    let sebelum = if x.id == 0 { None } else { iki_tx(tx, x.id)? };
    let id = tulis_iki(tx, x, false)?;
    let sesudah = iki_tx(tx, id)?;
    let audit = catat(
        tx,
        waktu,
        "iki",
        &kunci_iki(x.tahun, &x.nip, &x.kode),
        if sebelum.is_some() { "ubah" } else { "tambah" },
        sebelum.as_ref().map(json).transpose()?,
        sesudah.as_ref().map(json).transpose()?,
    )?;
    Ok((id, audit))
}

pub(super) fn tulis_iki(tx: &Transaction, x: &RekamIki, id_tetap: bool) -> Result<i64> {
    let p = params![
        x.tahun,
        x.nip,
        x.kode,
        x.nama,
        x.ss_id,
        x.induk_id,
        x.cascading,
        x.jenis,
        x.aspek,
        x.kategori,
        x.satuan,
        x.polarisasi,
        x.konsolidasi,
        x.sifat_tlk,
        x.validitas,
        x.kendali,
        x.konversi_120 as i64,
        kolom::teks(x.r_worst),
        kolom::teks(x.target_tahunan),
        kolom::teks(x.target_y1),
        kolom::teks(x.realisasi_y1),
        x.definisi,
        x.tujuan,
        x.formula,
        x.sumber_data,
        x.pic,
        x.periode_pelaporan,
        x.urutan,
        x.id,
        kolom::teks(x.ak)
    ];
    let id = if x.id == 0 || id_tetap {
        tx.execute(
            "INSERT INTO iki (tahun, nip, kode, nama, ss_id, induk_id, cascading, jenis, aspek, kategori, satuan, polarisasi, konsolidasi, sifat_tlk,
               validitas, kendali, konversi_120, r_worst, target_tahunan, target_y1, realisasi_y1, definisi, tujuan, formula, sumber_data, pic, periode_pelaporan, urutan, id, ak)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, nullif(?29, 0), ?30)",
            p,
        )?;
        tx.last_insert_rowid()
    } else {
        tx.execute(
            "UPDATE iki SET tahun = ?1, nip = ?2, kode = ?3, nama = ?4, ss_id = ?5, induk_id = ?6, cascading = ?7, jenis = ?8, aspek = ?9, kategori = ?10,
               satuan = ?11, polarisasi = ?12, konsolidasi = ?13, sifat_tlk = ?14, validitas = ?15, kendali = ?16, konversi_120 = ?17, r_worst = ?18,
               target_tahunan = ?19, target_y1 = ?20, realisasi_y1 = ?21, definisi = ?22, tujuan = ?23, formula = ?24, sumber_data = ?25, pic = ?26,
               periode_pelaporan = ?27, urutan = ?28, ak = ?30 WHERE id = ?29",
            p,
        )?;
        x.id
    };
    for q in 0..4 {
        tx.prepare_cached(
            "INSERT INTO iki_triwulan (iki_id, triwulan, target, realisasi) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(iki_id, triwulan) DO UPDATE SET target = excluded.target, realisasi = excluded.realisasi",
        )?
        .execute(params![
            id,
            q as i64 + 1,
            kolom::teks(x.target_tw[q]),
            kolom::teks(x.realisasi_tw[q])
        ])?;
    }
    Ok(id)
}

impl Db {
    /// The SS of a year with the number of IKU/IKI that measure each.
    pub fn ss_tahun(&self, tahun: i32) -> Result<Vec<(RekamSs, i64)>> {
        let mut st = self.conn.prepare(
            "SELECT s.id, s.tahun, s.kode, s.nama, s.perspektif, (SELECT count(*) FROM iki i WHERE i.ss_id = s.id)
             FROM sasaran_strategis s WHERE s.tahun = ?1 ORDER BY s.kode",
        )?;
        let rows = st.query_map([tahun], |r| Ok((baca_ss(r)?, r.get(5)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn simpan_ss(&mut self, s: &RekamSs, waktu: &str) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let sebelum = ss_tx(&tx, s.id)?;
        let id = if s.id == 0 {
            tx.execute(
                "INSERT INTO sasaran_strategis (tahun, kode, nama, perspektif) VALUES (?1, ?2, ?3, ?4)",
                params![s.tahun, s.kode, s.nama, s.perspektif],
            )?;
            tx.last_insert_rowid()
        } else {
            tx.execute(
                "UPDATE sasaran_strategis SET kode = ?1, nama = ?2, perspektif = ?3 WHERE id = ?4",
                params![s.kode, s.nama, s.perspektif, s.id],
            )?;
            s.id
        };
        let sesudah = RekamSs { id, ..s.clone() };
        catat(
            &tx,
            waktu,
            "ss",
            &format!("{}/ss/{}", s.tahun, s.kode),
            if sebelum.is_some() { "ubah" } else { "tambah" },
            sebelum.as_ref().map(json).transpose()?,
            Some(json(&sesudah)?),
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// Deletes an SS no IKI points at; returns the audit id that can undo it.
    pub fn hapus_ss(&mut self, id: i64, waktu: &str) -> Result<i64> {
        let s = self.ss_satu(id)?.ok_or_else(|| StoreError::DataRusak {
            tempat: format!("sasaran_strategis {id}"),
            pesan: "tidak ada".into(),
        })?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM sasaran_strategis WHERE id = ?1", [id])?;
        let a = catat(
            &tx,
            waktu,
            "ss",
            &format!("{}/ss/{}", s.tahun, s.kode),
            "hapus",
            Some(json(&s)?),
            None,
        )?;
        tx.commit()?;
        Ok(a)
    }

    pub fn ss_satu(&self, id: i64) -> Result<Option<RekamSs>> {
        let tx = self.conn.unchecked_transaction()?;
        ss_tx(&tx, id)
    }

    /// The IKU/IKI of one pegawai in a year, in their order, with the quarters.
    pub fn iki_pegawai(&self, tahun: i32, nip: &str) -> Result<Vec<RekamIki>> {
        let tx = self.conn.unchecked_transaction()?;
        let ids: Vec<i64> = {
            let mut st = tx.prepare(
                "SELECT id FROM iki WHERE tahun = ?1 AND nip = ?2 ORDER BY urutan, kode",
            )?;
            let rows = st.query_map(params![tahun, nip], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(iki_tx(&tx, id)?);
        }
        Ok(out)
    }

    pub fn iki_satu(&self, id: i64) -> Result<Option<RekamIki>> {
        let tx = self.conn.unchecked_transaction()?;
        iki_tx(&tx, id)
    }

    /// Every IKU/IKI of a year with its manual, ordered by NIP and the SKP order.
    pub fn iki_tahun(&self, tahun: i32) -> Result<Vec<RekamIki>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM_IKI} FROM iki WHERE tahun = ?1 ORDER BY nip, urutan, kode"
        ))?;
        let rows = st.query_map([tahun], baca_iki)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every IKI of a year as (id, nip, kode, nama), for choosing the parent of a cascaded IKI.
    pub fn iki_tahun_ringkas(&self, tahun: i32) -> Result<Vec<(i64, String, String, String)>> {
        let mut st = self.conn.prepare(
            "SELECT id, nip, kode, nama FROM iki WHERE tahun = ?1 ORDER BY nip, urutan, kode",
        )?;
        let rows = st.query_map([tahun], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every cascaded IKI of a year with its parent: (nip, kode, cascading, target, parent nip, parent kode,
    /// parent target, parent satuan).
    #[allow(clippy::type_complexity)]
    pub fn tautan_cascading(&self, tahun: i32) -> Result<Vec<TautanTersimpan>> {
        let mut st = self.conn.prepare(
            "SELECT a.nip, a.kode, a.cascading, a.target_tahunan, i.nip, i.kode, i.target_tahunan, i.satuan
             FROM iki a JOIN iki i ON i.id = a.induk_id WHERE a.tahun = ?1 ORDER BY i.nip, i.kode, a.nip, a.kode",
        )?;
        let rows = st.query_map([tahun], |r| {
            Ok(TautanTersimpan {
                nip: r.get(0)?,
                kode: r.get(1)?,
                cascading: r.get(2)?,
                target: kolom::dec(r, 3)?,
                induk_nip: r.get(4)?,
                induk_kode: r.get(5)?,
                induk_target: kolom::dec(r, 6)?,
                induk_satuan: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Number of IKIs cascaded from this one.
    pub fn jumlah_turunan(&self, id: i64) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM iki WHERE induk_id = ?1", [id], |r| {
                r.get(0)
            })?)
    }

    /// Adds or updates one IKI with its quarters; the audit keeps before and after.
    /// Returns (IKI id, audit id).
    pub fn simpan_iki(&mut self, x: &RekamIki, waktu: &str) -> Result<(i64, i64)> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let r = simpan_iki_tx(&tx, x, waktu)?;
        tx.commit()?;
        Ok(r)
    }

    /// Updates several IKIs in one transaction (all or none). Returns their audit ids.
    pub fn simpan_iki_semua(&mut self, xs: &[RekamIki], waktu: &str) -> Result<Vec<i64>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut audit = Vec::with_capacity(xs.len());
        for x in xs {
            audit.push(simpan_iki_tx(&tx, x, waktu)?.1);
        }
        tx.commit()?;
        Ok(audit)
    }

    /// Deletes one IKI and its quarters; returns the audit id that can undo it.
    pub fn hapus_iki(&mut self, id: i64, waktu: &str) -> Result<i64> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let x = iki_tx(&tx, id)?.ok_or_else(|| StoreError::DataRusak {
            tempat: format!("iki {id}"),
            pesan: "tidak ada".into(),
        })?;
        // Evidence files go with the IKI; each is recorded right after its deletion so that undo brings them
        // back (their content stays stored).
        let lampiran: Vec<LampiranTerhapus> = {
            let mut st = tx.prepare(
                "SELECT triwulan, nama, sha256, ditambahkan FROM bukti_berkas WHERE iki_id = ?1 ORDER BY id",
            )?;
            st.query_map([id], |r| {
                Ok(LampiranTerhapus {
                    triwulan: r.get(0)?,
                    nama: r.get(1)?,
                    sha256: r.get(2)?,
                    ditambahkan: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?
        };
        tx.execute("DELETE FROM iki WHERE id = ?1", [id])?;
        let kunci = kunci_iki(x.tahun, &x.nip, &x.kode);
        let a = catat(&tx, waktu, "iki", &kunci, "hapus", Some(json(&x)?), None)?;
        for l in &lampiran {
            catat(
                &tx,
                waktu,
                "bukti_berkas",
                &format!("{kunci}/TW{}", l.triwulan),
                "ikut_terhapus",
                Some(json(l)?),
                None,
            )?;
        }
        tx.commit()?;
        Ok(a)
    }

    /// Copies a year's plan to a new year: SS, IKIs with manuals and cascading links, no quarters; pegawai who
    /// left before 1 January of the new year are left out (a link to one of their IKUs is dropped).
    /// `y1` gives, per source IKI id, the (target Y-1, realisasi Y-1) the new IKI keeps for K3.
    /// Returns (SS copied, IKI copied).
    pub fn salin_tahun(
        &mut self,
        dari: i32,
        ke: i32,
        profil: KodeProfil,
        y1: &HashMap<i64, (Option<Decimal>, Option<Decimal>)>,
        waktu: &str,
    ) -> Result<(usize, usize)> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO tahun (tahun, profil) VALUES (?1, ?2)",
            params![ke, profil.kode()],
        )?;
        let ss = tx.execute(
            "INSERT INTO sasaran_strategis (tahun, kode, nama, perspektif) SELECT ?2, kode, nama, perspektif FROM sasaran_strategis WHERE tahun = ?1",
            params![dari, ke],
        )?;
        let sumber: Vec<RekamIki> = {
            let mut st = tx.prepare(&format!(
                "SELECT {KOLOM_IKI} FROM iki WHERE tahun = ?1
                   AND nip IN (SELECT nip FROM pegawai WHERE tanggal_selesai IS NULL OR tanggal_selesai > ?2)
                 ORDER BY induk_id IS NOT NULL, id"
            ))?;
            // Pegawai who left the office before the new year starts get no plan in it.
            let rows = st.query_map(params![dari, format!("{ke}-01-01")], baca_iki)?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut id_baru: HashMap<i64, i64> = HashMap::new();
        for x in &sumber {
            let ss_id: Option<i64> = match x.ss_id {
                Some(s) => tx
                    .query_row(
                        "SELECT b.id FROM sasaran_strategis a JOIN sasaran_strategis b ON b.kode = a.kode AND b.tahun = ?2 WHERE a.id = ?1",
                        params![s, ke],
                        |r| r.get(0),
                    )
                    .optional()?,
                None => None,
            };
            let (t1, r1) = y1.get(&x.id).copied().unwrap_or((None, None));
            let baru = RekamIki {
                id: 0,
                tahun: ke,
                ss_id,
                induk_id: None,
                target_tahunan: None,
                target_y1: t1,
                realisasi_y1: r1,
                target_tw: Default::default(),
                realisasi_tw: Default::default(),
                ..x.clone()
            };
            id_baru.insert(x.id, tulis_iki(&tx, &baru, false)?);
        }
        for x in &sumber {
            if let (Some(p), Some(baru)) = (x.induk_id, id_baru.get(&x.id)) {
                tx.execute(
                    "UPDATE iki SET induk_id = ?1 WHERE id = ?2",
                    params![id_baru.get(&p), baru],
                )?;
            }
        }
        catat(
            &tx,
            waktu,
            "tahun",
            &ke.to_string(),
            "salin",
            None,
            Some(format!(
                "dari {dari}: {ss} SS, {} IKU/IKI, profil {}",
                sumber.len(),
                profil.kode()
            )),
        )?;
        tx.commit()?;
        Ok((ss, sumber.len()))
    }
}
