//! Queries: writing a whole office atomically, listing pegawai, loading a year's SKPs for the rules.
use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};
use rust_decimal::Decimal;

use super::kolom::{self, baca_dec, baca_kosakata, baca_tanggal};
use super::{Db, Result};
use crate::domain::model::*;
use crate::domain::profil::KodeProfil;

#[derive(Debug, Clone)]
pub struct KantorBaru {
    pub nama: String,
    pub alamat: String,
    pub kota: String,
    pub telepon: String,
    pub induk: String,
    /// (nama, NIP, pangkat/golongan, jabatan) of the Kepala Kantor's pejabat penilai.
    pub atasan_kepala: (String, String, String, String),
}

#[derive(Debug, Clone)]
pub struct UnitBaru {
    pub id: i64,
    pub induk_id: Option<i64>,
    pub nama: String,
    pub jenis: &'static str,
    pub kepala_nip: Option<String>,
}

#[derive(Debug, Clone)]
pub struct PegawaiBaru {
    pub nip: String,
    pub nama: String,
    pub pangkat: String,
    pub golongan: String,
    pub jabatan: String,
    pub jenis_jabatan: JenisJabatan,
    pub tingkat: TingkatJabatan,
    pub jenjang: Option<String>,
    pub unit_id: i64,
    pub atasan_nip: Option<String>,
    pub status: StatusPegawai,
    pub tanggal_mulai: NaiveDate,
}

#[derive(Debug, Clone)]
pub struct SsBaru {
    pub kode: String,
    pub nama: String,
    pub perspektif: Perspektif,
}

#[derive(Debug, Clone)]
pub struct IkiBaru {
    pub nip: String,
    pub iki: Iki,
    pub satuan: String,
    /// Kode of the parent IKU (fully cascading), held by the atasan.
    pub induk: Option<(String, String)>,
    /// Manual IKU: definisi, formula, sumber data.
    pub manual: [String; 3],
}

/// A whole office and one planning year, written in one transaction.
#[derive(Debug, Clone)]
pub struct DataKantor {
    pub kantor: KantorBaru,
    pub unit: Vec<UnitBaru>,
    pub pegawai: Vec<PegawaiBaru>,
    pub tahun: i32,
    pub profil: KodeProfil,
    pub ss: Vec<SsBaru>,
    pub iki: Vec<IkiBaru>,
    pub libur: Vec<(NaiveDate, String)>,
    /// (kode, nama, kode SS, keterangan) of the office's inisiatif strategis.
    pub inisiatif: Vec<(String, String, String, String)>,
}

/// One row of the pegawai list.
#[derive(Debug, Clone, PartialEq)]
pub struct BarisPegawai {
    pub nip: String,
    pub nama: String,
    pub pangkat: String,
    pub golongan: String,
    pub jabatan: String,
    pub unit: String,
    pub atasan_nama: Option<String>,
    pub status: String,
    pub tingkat: String,
    pub jenis_jabatan: String,
    /// Set when the pegawai left the office (mutasi keluar).
    pub tanggal_selesai: Option<String>,
}

impl Db {
    /// True when no office has been set up yet (first start).
    pub fn kosong(&self) -> Result<bool> {
        let n: i64 = self.conn.query_row(
            "SELECT (SELECT count(*) FROM kantor) + (SELECT count(*) FROM pegawai)",
            [],
            |r| r.get(0),
        )?;
        Ok(n == 0)
    }

    /// Replaces all office data with `data` atomically; with `ganti = false` it refuses a non-empty database
    /// inside the same transaction, so two writers cannot both pass the check.
    pub fn tulis_kantor(&mut self, data: &DataKantor, ganti: bool, waktu: &str) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n: i64 = tx.query_row(
            "SELECT (SELECT count(*) FROM kantor) + (SELECT count(*) FROM pegawai)",
            [],
            |r| r.get(0),
        )?;
        if n > 0 && !ganti {
            return Ok(false);
        }
        hapus_data(&tx)?;
        tulis(&tx, data)?;
        tx.execute(
            "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'kantor', '1', ?2, NULL, ?3)",
            params![waktu, if n > 0 { "ganti_semua" } else { "buat" }, format!("{} ({} pegawai, tahun {})", data.kantor.nama, data.pegawai.len(), data.tahun)],
        )?;
        tx.commit()?;
        Ok(true)
    }

    pub fn nama_kantor(&self) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT nama FROM kantor WHERE id = 1", [], |r| r.get(0))
            .optional()?)
    }

    pub fn daftar_tahun(&self) -> Result<Vec<(i32, String)>> {
        let mut st = self
            .conn
            .prepare("SELECT tahun, profil FROM tahun ORDER BY tahun")?;
        let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn profil_tahun(&self, tahun: i32) -> Result<Option<KodeProfil>> {
        let s: Option<String> = self
            .conn
            .query_row("SELECT profil FROM tahun WHERE tahun = ?1", [tahun], |r| {
                r.get(0)
            })
            .optional()?;
        baca_kosakata("tahun.profil", s, KodeProfil::dari_kode)
    }

    /// Pegawai list, filtered by a case-insensitive match on name or NIP.
    pub fn cari_pegawai(&self, cari: &str) -> Result<Vec<BarisPegawai>> {
        let pola = format!("%{}%", cari.trim().to_lowercase());
        let mut st = self.conn.prepare(
            "SELECT p.nip, p.nama, p.pangkat, p.golongan, p.jabatan, coalesce(u.nama, ''), a.nama, p.status, p.tingkat, p.jenis_jabatan, p.tanggal_selesai
             FROM pegawai p LEFT JOIN unit u ON u.id = p.unit_id LEFT JOIN pegawai a ON a.nip = p.atasan_nip
             WHERE lower(p.nama) LIKE ?1 OR p.nip LIKE ?1
             ORDER BY coalesce(u.urutan, 999), CASE p.tingkat WHEN 'pemilik_peta' THEN 0 WHEN 'administrator' THEN 1 WHEN 'pengawas' THEN 2 ELSE 3 END, p.nama",
        )?;
        let rows = st.query_map([pola], |r| {
            Ok(BarisPegawai {
                nip: r.get(0)?,
                nama: r.get(1)?,
                pangkat: r.get(2)?,
                golongan: r.get(3)?,
                jabatan: r.get(4)?,
                unit: r.get(5)?,
                atasan_nama: r.get(6)?,
                status: r.get(7)?,
                tingkat: r.get(8)?,
                jenis_jabatan: r.get(9)?,
                tanggal_selesai: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn libur(&self) -> Result<Vec<NaiveDate>> {
        let mut st = self
            .conn
            .prepare("SELECT tanggal FROM libur ORDER BY tanggal")?;
        let rows: Vec<String> = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        rows.iter()
            .map(|s| baca_tanggal("libur.tanggal", s))
            .collect()
    }

    /// Every pegawai's SKP of a year in the form the rules take.
    pub fn muat_skp(&self, tahun: i32) -> Result<Vec<SkpPegawai>> {
        self.muat_skp_dari(tahun, None)
    }

    /// One pegawai's SKP of a year (None when the NIP is unknown).
    pub fn muat_skp_pegawai(&self, tahun: i32, nip: &str) -> Result<Option<SkpPegawai>> {
        Ok(self.muat_skp_dari(tahun, Some(nip))?.into_iter().next())
    }

    fn muat_skp_dari(&self, tahun: i32, nip: Option<&str>) -> Result<Vec<SkpPegawai>> {
        let mut triwulan: HashMap<i64, ([Option<Decimal>; 4], [Option<Decimal>; 4])> =
            HashMap::new();
        {
            let mut st = self.conn.prepare("SELECT t.iki_id, t.triwulan, t.target, t.realisasi FROM iki_triwulan t JOIN iki i ON i.id = t.iki_id WHERE i.tahun = ?1 AND (?2 IS NULL OR i.nip = ?2)")?;
            let mut rows = st.query(params![tahun, nip])?;
            while let Some(r) = rows.next()? {
                let (id, q): (i64, i64) = (r.get(0)?, r.get(1)?);
                let e = triwulan.entry(id).or_default();
                let q = (q.clamp(1, 4) - 1) as usize;
                e.0[q] = baca_dec("iki_triwulan.target", r.get(2)?)?;
                e.1[q] = baca_dec("iki_triwulan.realisasi", r.get(3)?)?;
            }
        }
        let mut per_nip: HashMap<String, Vec<Iki>> = HashMap::new();
        {
            let mut st = self.conn.prepare(
                "SELECT i.id, i.nip, i.kode, i.nama, s.kode, s.perspektif, i.jenis, i.aspek, i.kategori, i.polarisasi, i.konsolidasi,
                        i.validitas, i.kendali, i.konversi_120, i.r_worst, i.target_tahunan, i.target_y1, i.realisasi_y1, i.sifat_tlk,
                        i.realisasi_serah_terima
                 FROM iki i LEFT JOIN sasaran_strategis s ON s.id = i.ss_id WHERE i.tahun = ?1 AND (?2 IS NULL OR i.nip = ?2) ORDER BY i.nip, i.urutan, i.kode",
            )?;
            let mut rows = st.query(params![tahun, nip])?;
            while let Some(r) = rows.next()? {
                let id: i64 = r.get(0)?;
                let kode: String = r.get(2)?;
                let t = |k: &str| format!("iki {kode}.{k}");
                let (tt, rr) = triwulan.remove(&id).unwrap_or_default();
                let iki = Iki {
                    nama: r.get(3)?,
                    kode_ss: r.get(4)?,
                    perspektif: baca_kosakata(&t("perspektif"), r.get(5)?, Perspektif::dari_kode)?,
                    jenis: baca_kosakata(&t("jenis"), r.get(6)?, JenisIki::dari_kode)?
                        .unwrap_or(JenisIki::Utama),
                    aspek: baca_kosakata(&t("aspek"), r.get(7)?, Aspek::dari_kode)?,
                    kategori: baca_kosakata(&t("kategori"), r.get(8)?, KategoriIki::dari_kode)?
                        .unwrap_or(KategoriIki::Lama),
                    polarisasi: baca_kosakata(&t("polarisasi"), r.get(9)?, Polarisasi::dari_kode)?,
                    konsolidasi: baca_kosakata(
                        &t("konsolidasi"),
                        r.get(10)?,
                        Konsolidasi::dari_kode,
                    )?,
                    sifat_tlk: baca_kosakata(&t("sifat_tlk"), r.get(18)?, SifatTlk::dari_kode)?,
                    validitas: baca_kosakata(&t("validitas"), r.get(11)?, Validitas::dari_kode)?,
                    kendali: baca_kosakata(&t("kendali"), r.get(12)?, Kendali::dari_kode)?,
                    konversi_120: r.get::<_, i64>(13)? != 0,
                    r_worst: baca_dec(&t("r_worst"), r.get(14)?)?,
                    target_tahunan: baca_dec(&t("target_tahunan"), r.get(15)?)?,
                    target_y1: baca_dec(&t("target_y1"), r.get(16)?)?,
                    realisasi_y1: baca_dec(&t("realisasi_y1"), r.get(17)?)?,
                    realisasi_serah_terima: baca_dec(&t("realisasi_serah_terima"), r.get(19)?)?,
                    target_triwulan: tt,
                    realisasi_triwulan: rr,
                    kode,
                };
                per_nip.entry(r.get(1)?).or_default().push(iki);
            }
        }
        // The head's pejabat penilai is recorded on the office, not as a pegawai.
        let mut st = self.conn.prepare(
            "SELECT nip, nama, tingkat, status, tanggal_mulai,
                    atasan_nip IS NOT NULL OR (tingkat = 'pemilik_peta' AND (SELECT atasan_kepala_nama <> '' FROM kantor WHERE id = 1)),
                    kembali_dari
             FROM pegawai WHERE ?1 IS NULL OR nip = ?1 ORDER BY nip",
        )?;
        let mut rows = st.query([nip])?;
        let mut hkt = self.hkt_per_nip(tahun, nip)?;
        let mut dialog = self.tanggal_dialog(tahun, nip)?;
        let mut ttd = self.tanggal_tanda_tangan_kk(tahun, nip)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let nip: String = r.get(0)?;
            let t = |k: &str| format!("pegawai {nip}.{k}");
            out.push(SkpPegawai {
                nama: r.get(1)?,
                tingkat: baca_kosakata(&t("tingkat"), Some(r.get(2)?), TingkatJabatan::dari_kode)?
                    .unwrap_or(TingkatJabatan::Pelaksana),
                status: baca_kosakata(&t("status"), Some(r.get(3)?), StatusPegawai::dari_kode)?
                    .unwrap_or(StatusPegawai::Aktif),
                tanggal_mulai: baca_tanggal(&t("tanggal_mulai"), &r.get::<_, String>(4)?)?,
                punya_atasan: r.get::<_, Option<bool>>(5)?.unwrap_or(false),
                kk_ditandatangani: ttd.remove(&nip),
                kembali_dari: baca_kosakata(&t("kembali_dari"), r.get(6)?, AsalKembali::dari_kode)?,
                iki: per_nip.remove(&nip).unwrap_or_default(),
                hkt: hkt.remove(&nip).unwrap_or_default(),
                dialog_kinerja: dialog.remove(&nip).unwrap_or_default(),
                nip,
            });
        }
        Ok(out)
    }
}

impl Db {
    /// The date each pegawai's KK (or komplemen) of the year was signed, for those signed or locked: a locked KK
    /// keeps the date it was signed.
    fn tanggal_tanda_tangan_kk(
        &self,
        tahun: i32,
        nip: Option<&str>,
    ) -> Result<HashMap<String, NaiveDate>> {
        let mut st = self.conn.prepare(
            "SELECT nip, MIN(ditandatangani) FROM dokumen
             WHERE tahun = ?1 AND (?2 IS NULL OR nip = ?2) AND jenis IN ('kk', 'komplemen')
               AND status IN ('ditandatangani', 'terkunci') AND ditandatangani IS NOT NULL
             GROUP BY nip",
        )?;
        let mut rows = st.query(params![tahun, nip])?;
        let mut out = HashMap::new();
        while let Some(r) = rows.next()? {
            let n: String = r.get(0)?;
            let t: String = r.get(1)?;
            let d = baca_tanggal(&format!("dokumen {n}.ditandatangani"), &t)?;
            out.insert(n, d);
        }
        Ok(out)
    }
}

fn hapus_data(tx: &Transaction) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM reviu_dokumen; DELETE FROM serah_salinan; DELETE FROM dko; DELETE FROM pembinaan; DELETE FROM risiko; DELETE FROM pemanfaatan; DELETE FROM penjelasan_deviasi; DELETE FROM berkas_dokumen; DELETE FROM dokumen; DELETE FROM periode_jabatan; DELETE FROM inisiatif_strategis; DELETE FROM iki_triwulan; DELETE FROM hkt; DELETE FROM dialog_kinerja; DELETE FROM nilai_perilaku; DELETE FROM hukdis; DELETE FROM penyesuaian_nkp; UPDATE iki SET induk_id = NULL; DELETE FROM iki; DELETE FROM sasaran_strategis;
         DELETE FROM tahun; UPDATE unit SET kepala_nip = NULL; UPDATE pegawai SET atasan_nip = NULL; DELETE FROM pegawai;
         UPDATE unit SET induk_id = NULL; DELETE FROM unit; DELETE FROM kantor; DELETE FROM libur;",
    )?;
    Ok(())
}

fn tulis(tx: &Transaction, d: &DataKantor) -> Result<()> {
    let k = &d.kantor;
    let a = &k.atasan_kepala;
    tx.execute(
        "INSERT INTO kantor (id, nama, alamat, kota, telepon, induk, atasan_kepala_nama, atasan_kepala_nip, atasan_kepala_pangkat, atasan_kepala_jabatan)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![k.nama, k.alamat, k.kota, k.telepon, k.induk, a.0, a.1, a.2, a.3],
    )?;
    for (i, u) in d.unit.iter().enumerate() {
        tx.execute(
            "INSERT INTO unit (id, induk_id, nama, jenis, urutan) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![u.id, u.induk_id, u.nama, u.jenis, i as i64],
        )?;
    }
    {
        let mut st = tx.prepare(
            "INSERT INTO pegawai (nip, nama, pangkat, golongan, jabatan, jenis_jabatan, tingkat, jenjang, unit_id, atasan_nip, status, tanggal_mulai)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        for p in &d.pegawai {
            st.execute(params![
                p.nip,
                p.nama,
                p.pangkat,
                p.golongan,
                p.jabatan,
                p.jenis_jabatan.kode(),
                p.tingkat.kode(),
                p.jenjang,
                p.unit_id,
                p.atasan_nip,
                p.status.kode(),
                p.tanggal_mulai.format("%Y-%m-%d").to_string()
            ])?;
        }
    }
    for u in &d.unit {
        tx.execute(
            "UPDATE unit SET kepala_nip = ?1 WHERE id = ?2",
            params![u.kepala_nip, u.id],
        )?;
    }
    for (t, ket) in &d.libur {
        tx.execute(
            "INSERT OR REPLACE INTO libur (tanggal, keterangan) VALUES (?1, ?2)",
            params![t.format("%Y-%m-%d").to_string(), ket],
        )?;
    }
    tx.execute(
        "INSERT INTO tahun (tahun, profil) VALUES (?1, ?2)",
        params![d.tahun, d.profil.kode()],
    )?;
    for (kode, nama, ss, ket) in &d.inisiatif {
        tx.execute("INSERT INTO inisiatif_strategis (tahun, kode, nama, ss_kode, keterangan) VALUES (?1, ?2, ?3, ?4, ?5)", params![d.tahun, kode, nama, ss, ket])?;
    }
    let mut ss_id = HashMap::new();
    for s in &d.ss {
        tx.execute(
            "INSERT INTO sasaran_strategis (tahun, kode, nama, perspektif) VALUES (?1, ?2, ?3, ?4)",
            params![d.tahun, s.kode, s.nama, s.perspektif.kode()],
        )?;
        ss_id.insert(s.kode.clone(), tx.last_insert_rowid());
    }
    let mut iki_id: HashMap<(String, String), i64> = HashMap::new();
    let mut st = tx.prepare(
        "INSERT INTO iki (tahun, nip, kode, nama, ss_id, induk_id, jenis, aspek, kategori, satuan, polarisasi, konsolidasi, validitas, kendali,
                          konversi_120, r_worst, target_tahunan, target_y1, realisasi_y1, urutan, sifat_tlk, cascading,
                          definisi, formula, sumber_data)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
                 CASE WHEN ?6 IS NOT NULL THEN 'penuh' END, ?22, ?23, ?24)",
    )?;
    let mut st_tw = tx.prepare(
        "INSERT INTO iki_triwulan (iki_id, triwulan, target, realisasi) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (urutan, b) in d.iki.iter().enumerate() {
        let x = &b.iki;
        let ss = x.kode_ss.as_ref().and_then(|k| ss_id.get(k)).copied();
        let induk = b.induk.as_ref().and_then(|k| iki_id.get(k)).copied();
        st.execute(params![
            d.tahun,
            b.nip,
            x.kode,
            x.nama,
            ss,
            induk,
            x.jenis.kode(),
            x.aspek.map(|a| a.kode()),
            x.kategori.kode(),
            b.satuan,
            x.polarisasi.map(|a| a.kode()),
            x.konsolidasi.map(|a| a.kode()),
            x.validitas.map(|a| a.kode()),
            x.kendali.map(|a| a.kode()),
            x.konversi_120 as i64,
            kolom::teks(x.r_worst),
            kolom::teks(x.target_tahunan),
            kolom::teks(x.target_y1),
            kolom::teks(x.realisasi_y1),
            urutan as i64,
            x.sifat_tlk.map(|s| s.kode()),
            b.manual[0],
            b.manual[1],
            b.manual[2]
        ])?;
        let id = tx.last_insert_rowid();
        iki_id.insert((b.nip.clone(), x.kode.clone()), id);
        for q in 0..4 {
            if x.target_triwulan[q].is_some() || x.realisasi_triwulan[q].is_some() {
                st_tw.execute(params![
                    id,
                    (q + 1) as i64,
                    kolom::teks(x.target_triwulan[q]),
                    kolom::teks(x.realisasi_triwulan[q])
                ])?;
            }
        }
    }
    Ok(())
}

impl Db {
    pub fn pengaturan(&self, kunci: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT nilai FROM pengaturan WHERE kunci = ?1",
                [kunci],
                |r| r.get(0),
            )
            .optional()?)
    }
    pub fn atur_pengaturan(&mut self, kunci: &str, nilai: &str, waktu: &str) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: Option<String> = tx
            .query_row(
                "SELECT nilai FROM pengaturan WHERE kunci = ?1",
                [kunci],
                |r| r.get(0),
            )
            .optional()?;
        tx.execute("INSERT INTO pengaturan (kunci, nilai) VALUES (?1, ?2) ON CONFLICT(kunci) DO UPDATE SET nilai = excluded.nilai", params![kunci, nilai])?;
        tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'pengaturan', ?2, 'ubah', ?3, ?4)", params![waktu, kunci, lama, nilai])?;
        tx.commit()?;
        Ok(())
    }
}

impl Db {
    /// Sets the profile of a year (creating the year if needed), with an audit row.
    /// The pagu DIPA recorded for a year (decimal text), if any.
    pub fn pagu_dipa(&self, tahun: i32) -> Result<Option<Decimal>> {
        let s: Option<Option<String>> = self
            .conn
            .query_row(
                "SELECT pagu_dipa FROM tahun WHERE tahun = ?1",
                [tahun],
                |r| r.get(0),
            )
            .optional()?;
        baca_dec(&format!("tahun {tahun}.pagu_dipa"), s.flatten())
    }

    /// Records (or with None clears) the pagu DIPA of an existing year, audited.
    pub fn atur_pagu_dipa(
        &mut self,
        tahun: i32,
        pagu: Option<Decimal>,
        waktu: &str,
    ) -> Result<bool> {
        let pagu = super::kolom::teks(pagu);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: Option<Option<String>> = tx
            .query_row(
                "SELECT pagu_dipa FROM tahun WHERE tahun = ?1",
                [tahun],
                |r| r.get(0),
            )
            .optional()?;
        let Some(lama) = lama else {
            return Ok(false);
        };
        if lama != pagu {
            tx.execute(
                "UPDATE tahun SET pagu_dipa = ?1 WHERE tahun = ?2",
                params![pagu, tahun],
            )?;
            tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'tahun', ?2, 'ubah_pagu_dipa', ?3, ?4)", params![waktu, tahun.to_string(), lama, pagu])?;
        }
        tx.commit()?;
        Ok(true)
    }

    pub fn atur_profil_tahun(&mut self, tahun: i32, profil: KodeProfil, waktu: &str) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: Option<String> = tx
            .query_row("SELECT profil FROM tahun WHERE tahun = ?1", [tahun], |r| {
                r.get(0)
            })
            .optional()?;
        tx.execute("INSERT INTO tahun (tahun, profil) VALUES (?1, ?2) ON CONFLICT(tahun) DO UPDATE SET profil = excluded.profil", params![tahun, profil.kode()])?;
        tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'tahun', ?2, 'ubah_profil', ?3, ?4)", params![waktu, tahun.to_string(), lama, profil.kode()])?;
        tx.commit()?;
        Ok(())
    }

    /// The office's own values for a profile's parameters: (name, JSON text).
    pub fn parameter_profil(&self, profil: KodeProfil) -> Result<Vec<(String, String)>> {
        let mut st = self
            .conn
            .prepare("SELECT nama, nilai FROM parameter_profil WHERE profil = ?1 ORDER BY nama")?;
        let rows = st.query_map([profil.kode()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Stores (or with `None` removes) the office's value of one parameter, with an audit row.
    pub fn atur_parameter_profil(
        &mut self,
        profil: KodeProfil,
        nama: &str,
        nilai: Option<&str>,
        waktu: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: Option<String> = tx
            .query_row(
                "SELECT nilai FROM parameter_profil WHERE profil = ?1 AND nama = ?2",
                params![profil.kode(), nama],
                |r| r.get(0),
            )
            .optional()?;
        match nilai {
            Some(v) => tx.execute(
                "INSERT INTO parameter_profil (profil, nama, nilai) VALUES (?1, ?2, ?3) ON CONFLICT(profil, nama) DO UPDATE SET nilai = excluded.nilai",
                params![profil.kode(), nama, v],
            )?,
            None => tx.execute("DELETE FROM parameter_profil WHERE profil = ?1 AND nama = ?2", params![profil.kode(), nama])?,
        };
        tx.execute(
            "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'parameter_profil', ?2, 'ubah', ?3, ?4)",
            params![waktu, format!("{}/{nama}", profil.kode()), lama, nilai],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn daftar_libur(&self, tahun: i32) -> Result<Vec<(NaiveDate, String)>> {
        let mut st = self.conn.prepare(
            "SELECT tanggal, keterangan FROM libur WHERE tanggal LIKE ?1 ORDER BY tanggal",
        )?;
        let rows: Vec<(String, String)> = st
            .query_map([format!("{tahun:04}-%")], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(t, k)| Ok((baca_tanggal("libur.tanggal", &t)?, k)))
            .collect()
    }

    pub fn atur_libur(
        &mut self,
        tanggal: NaiveDate,
        keterangan: Option<&str>,
        waktu: &str,
    ) -> Result<()> {
        let t = tanggal.format("%Y-%m-%d").to_string();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: Option<String> = tx
            .query_row(
                "SELECT keterangan FROM libur WHERE tanggal = ?1",
                [&t],
                |r| r.get(0),
            )
            .optional()?;
        match keterangan {
            Some(k) => tx.execute("INSERT INTO libur (tanggal, keterangan) VALUES (?1, ?2) ON CONFLICT(tanggal) DO UPDATE SET keterangan = excluded.keterangan", params![t, k])?,
            None => tx.execute("DELETE FROM libur WHERE tanggal = ?1", [&t])?,
        };
        tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'libur', ?2, 'ubah', ?3, ?4)", params![waktu, t, lama, keterangan])?;
        tx.commit()?;
        Ok(())
    }

    /// Adds the days not in the calendar yet, in one transaction, each audited; a day already there (perhaps
    /// renamed by the office) is left as it is. How many were added.
    pub fn tambah_libur_baru(
        &mut self,
        hari: &[(NaiveDate, String)],
        waktu: &str,
    ) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut n = 0;
        for (tanggal, keterangan) in hari {
            let t = tanggal.format("%Y-%m-%d").to_string();
            if tx.execute(
                "INSERT INTO libur (tanggal, keterangan) VALUES (?1, ?2) ON CONFLICT(tanggal) DO NOTHING",
                params![t, keterangan],
            )? == 1
            {
                tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'libur', ?2, 'ubah', NULL, ?3)", params![waktu, t, keterangan])?;
                n += 1;
            }
        }
        tx.commit()?;
        Ok(n)
    }
}
