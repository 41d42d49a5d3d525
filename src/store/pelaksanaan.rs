//! Pelaksanaan kinerja organisasi and pemanfaatan: inisiatif strategis with their milestones, the risk register with
//! its quarterly monitoring, and the penghargaan and sanksi given to pegawai. Each is a yearly record stored,
//! audited and undoable like a DKO (`rekam`); the lists inside a record (milestones, monitoring) are JSON.
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use super::rekam::{self, json_kolom, teks_json};
use super::{Db, Result};

/// One milestone of an inisiatif strategis in a quarter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RekamTonggak {
    pub triwulan: u8,
    pub uraian: String,
    /// 0-100.
    pub progres: u8,
    /// belum / berjalan / selesai / terlambat.
    pub status: String,
    /// Where the evidence is (a document number, a link, a file name).
    pub bukti: String,
}

/// Progress of an inisiatif up to a quarter: the mean of its milestones (`domain::inisiatif`).
impl RekamInisiatif {
    pub fn progres(&self, sampai: u8) -> Option<rust_decimal::Decimal> {
        let t: Vec<(u8, u8)> = self
            .tonggak
            .iter()
            .map(|t| (t.triwulan, t.progres))
            .collect();
        crate::domain::inisiatif::progres_rata(&t, sampai)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamInisiatif {
    pub id: i64,
    pub tahun: i32,
    pub kode: String,
    pub nama: String,
    pub ss_kode: String,
    pub iku_kode: String,
    pub pemilik_nip: Option<String>,
    pub keterangan: String,
    pub tonggak: Vec<RekamTonggak>,
}

/// The monitoring of a risk in a quarter: how far the mitigation is and the levels after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RekamPantauRisiko {
    pub triwulan: u8,
    /// belum / proses / selesai.
    pub status: String,
    pub kemungkinan: u8,
    pub dampak: u8,
    pub catatan: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamRisiko {
    pub id: i64,
    pub tahun: i32,
    pub kode: String,
    pub ss_kode: String,
    pub iku_kode: String,
    pub uraian: String,
    pub penyebab: String,
    pub dampak: String,
    pub kemungkinan: u8,
    pub level_dampak: u8,
    pub mitigasi: String,
    pub pemilik_nip: Option<String>,
    /// ISO date, or empty.
    pub batas: String,
    pub pemantauan: Vec<RekamPantauRisiko>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamPemanfaatan {
    pub id: i64,
    pub tahun: i32,
    pub nip: String,
    /// 1-4, or 0 for the year.
    pub triwulan: u8,
    /// penghargaan / sanksi.
    pub jenis: String,
    pub bentuk: String,
    pub tanggal: String,
    pub uraian: String,
    pub dasar: String,
    /// The predikat of the period when it was recorded ("" when not yet computed).
    pub predikat: String,
}

const KOLOM_IS: &str =
    "id, tahun, kode, nama, coalesce(ss_kode, ''), iku_kode, pemilik_nip, keterangan, tonggak";
const KOLOM_RISIKO: &str = "id, tahun, kode, ss_kode, iku_kode, uraian, penyebab, dampak, kemungkinan, level_dampak, mitigasi, pemilik_nip, batas, pemantauan";
const KOLOM_PEMANFAATAN: &str =
    "id, tahun, nip, triwulan, jenis, bentuk, tanggal, uraian, dasar, predikat";

fn baca_is(r: &Row) -> rusqlite::Result<RekamInisiatif> {
    Ok(RekamInisiatif {
        id: r.get(0)?,
        tahun: r.get(1)?,
        kode: r.get(2)?,
        nama: r.get(3)?,
        ss_kode: r.get(4)?,
        iku_kode: r.get(5)?,
        pemilik_nip: r.get(6)?,
        keterangan: r.get(7)?,
        tonggak: json_kolom(r, 8)?,
    })
}

fn baca_risiko(r: &Row) -> rusqlite::Result<RekamRisiko> {
    Ok(RekamRisiko {
        id: r.get(0)?,
        tahun: r.get(1)?,
        kode: r.get(2)?,
        ss_kode: r.get(3)?,
        iku_kode: r.get(4)?,
        uraian: r.get(5)?,
        penyebab: r.get(6)?,
        dampak: r.get(7)?,
        kemungkinan: r.get(8)?,
        level_dampak: r.get(9)?,
        mitigasi: r.get(10)?,
        pemilik_nip: r.get(11)?,
        batas: r.get(12)?,
        pemantauan: json_kolom(r, 13)?,
    })
}

fn baca_pemanfaatan(r: &Row) -> rusqlite::Result<RekamPemanfaatan> {
    Ok(RekamPemanfaatan {
        id: r.get(0)?,
        tahun: r.get(1)?,
        nip: r.get(2)?,
        triwulan: r.get(3)?,
        jenis: r.get(4)?,
        bentuk: r.get(5)?,
        tanggal: r.get(6)?,
        uraian: r.get(7)?,
        dasar: r.get(8)?,
        predikat: r.get(9)?,
    })
}

/// Inserts (with the given id when not 0) or updates one row of `tabel` whose columns after `id` are `kolom`.
fn tulis_baris(
    tx: &Transaction,
    tabel: &str,
    kolom: &[&str],
    nilai: &[&dyn rusqlite::ToSql],
    id: i64,
    sisip: bool,
) -> Result<i64> {
    let mut p: Vec<&dyn rusqlite::ToSql> = nilai.to_vec();
    let id_opsi = (id != 0).then_some(id);
    p.push(&id_opsi);
    let n = kolom.len();
    if sisip {
        let tanda: Vec<String> = (1..=n + 1).map(|i| format!("?{i}")).collect();
        tx.execute(
            &format!(
                "INSERT INTO {tabel} ({}, id) VALUES ({})",
                kolom.join(", "),
                tanda.join(", ")
            ),
            p.as_slice(),
        )?;
        Ok(tx.last_insert_rowid())
    } else {
        let set: Vec<String> = kolom
            .iter()
            .enumerate()
            .map(|(i, k)| format!("{k} = ?{}", i + 1))
            .collect();
        tx.execute(
            &format!(
                "UPDATE {tabel} SET {} WHERE id = ?{}",
                set.join(", "),
                n + 1
            ),
            p.as_slice(),
        )?;
        Ok(id)
    }
}

impl rekam::RekamTahunan for RekamInisiatif {
    const TABEL: &'static str = "inisiatif_strategis";
    fn id(&self) -> i64 {
        self.id
    }
    fn dengan_id(self, id: i64) -> Self {
        RekamInisiatif { id, ..self }
    }
    fn tahun(&self) -> i32 {
        self.tahun
    }
    /// The office's, not a pegawai's: the audit key is `<tahun>/IS/<id>`.
    fn nip(&self) -> &str {
        "IS"
    }
    fn tulis(&self, tx: &Transaction, sisip: bool) -> Result<i64> {
        let d = self;
        let tonggak = teks_json(Self::TABEL, &d.tonggak)?;
        tulis_baris(
            tx,
            Self::TABEL,
            &[
                "tahun",
                "kode",
                "nama",
                "ss_kode",
                "iku_kode",
                "pemilik_nip",
                "keterangan",
                "tonggak",
            ],
            params![
                d.tahun,
                d.kode,
                d.nama,
                d.ss_kode,
                d.iku_kode,
                d.pemilik_nip,
                d.keterangan,
                tonggak
            ],
            d.id,
            sisip,
        )
    }
    fn satu(tx: &Transaction, id: i64) -> Result<Option<Self>> {
        Ok(tx
            .query_row(
                &format!("SELECT {KOLOM_IS} FROM inisiatif_strategis WHERE id = ?1"),
                [id],
                baca_is,
            )
            .optional()?)
    }
}

impl rekam::RekamTahunan for RekamRisiko {
    const TABEL: &'static str = "risiko";
    fn id(&self) -> i64 {
        self.id
    }
    fn dengan_id(self, id: i64) -> Self {
        RekamRisiko { id, ..self }
    }
    fn tahun(&self) -> i32 {
        self.tahun
    }
    /// The office's: the audit key is `<tahun>/RISIKO/<id>`.
    fn nip(&self) -> &str {
        "RISIKO"
    }
    fn tulis(&self, tx: &Transaction, sisip: bool) -> Result<i64> {
        let d = self;
        let pantau = teks_json(Self::TABEL, &d.pemantauan)?;
        tulis_baris(
            tx,
            Self::TABEL,
            &[
                "tahun",
                "kode",
                "ss_kode",
                "iku_kode",
                "uraian",
                "penyebab",
                "dampak",
                "kemungkinan",
                "level_dampak",
                "mitigasi",
                "pemilik_nip",
                "batas",
                "pemantauan",
            ],
            params![
                d.tahun,
                d.kode,
                d.ss_kode,
                d.iku_kode,
                d.uraian,
                d.penyebab,
                d.dampak,
                d.kemungkinan,
                d.level_dampak,
                d.mitigasi,
                d.pemilik_nip,
                d.batas,
                pantau
            ],
            d.id,
            sisip,
        )
    }
    fn satu(tx: &Transaction, id: i64) -> Result<Option<Self>> {
        Ok(tx
            .query_row(
                &format!("SELECT {KOLOM_RISIKO} FROM risiko WHERE id = ?1"),
                [id],
                baca_risiko,
            )
            .optional()?)
    }
}

impl rekam::RekamTahunan for RekamPemanfaatan {
    const TABEL: &'static str = "pemanfaatan";
    fn id(&self) -> i64 {
        self.id
    }
    fn dengan_id(self, id: i64) -> Self {
        RekamPemanfaatan { id, ..self }
    }
    fn tahun(&self) -> i32 {
        self.tahun
    }
    fn nip(&self) -> &str {
        &self.nip
    }
    fn tulis(&self, tx: &Transaction, sisip: bool) -> Result<i64> {
        let d = self;
        tulis_baris(
            tx,
            Self::TABEL,
            &[
                "tahun", "nip", "triwulan", "jenis", "bentuk", "tanggal", "uraian", "dasar",
                "predikat",
            ],
            params![
                d.tahun, d.nip, d.triwulan, d.jenis, d.bentuk, d.tanggal, d.uraian, d.dasar,
                d.predikat
            ],
            d.id,
            sisip,
        )
    }
    fn satu(tx: &Transaction, id: i64) -> Result<Option<Self>> {
        Ok(tx
            .query_row(
                &format!("SELECT {KOLOM_PEMANFAATAN} FROM pemanfaatan WHERE id = ?1"),
                [id],
                baca_pemanfaatan,
            )
            .optional()?)
    }
}

impl Db {
    /// The explanations of deviation of a quarter, by IKU code.
    pub fn penjelasan_deviasi(
        &self,
        tahun: i32,
        triwulan: u8,
    ) -> Result<std::collections::HashMap<String, String>> {
        let mut st = self.conn.prepare(
            "SELECT iku_kode, penjelasan FROM penjelasan_deviasi WHERE tahun = ?1 AND triwulan = ?2",
        )?;
        let rows = st.query_map(params![tahun, triwulan], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Writes the explanations given (an empty text removes one), all in one transaction, each change audited;
    /// an explanation equal to the stored one is not written. Returns the audit ids.
    pub fn simpan_penjelasan_deviasi(
        &mut self,
        tahun: i32,
        triwulan: u8,
        isi: &[(String, String)],
        waktu: &str,
    ) -> Result<Vec<i64>> {
        let lama = self.penjelasan_deviasi(tahun, triwulan)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut audit = Vec::new();
        for (kode, teks) in isi {
            let sebelum = lama.get(kode);
            if sebelum.map(String::as_str).unwrap_or("") == teks {
                continue;
            }
            if teks.is_empty() {
                tx.execute(
                    "DELETE FROM penjelasan_deviasi WHERE tahun = ?1 AND triwulan = ?2 AND iku_kode = ?3",
                    params![tahun, triwulan, kode],
                )?;
            } else {
                tx.execute(
                    "INSERT INTO penjelasan_deviasi (tahun, triwulan, iku_kode, penjelasan) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (tahun, triwulan, iku_kode) DO UPDATE SET penjelasan = excluded.penjelasan",
                    params![tahun, triwulan, kode, teks],
                )?;
            }
            audit.push(super::audit::catat(
                &tx,
                waktu,
                "penjelasan_deviasi",
                &format!("{tahun}/TW{triwulan}/{kode}"),
                if sebelum.is_some() { "ubah" } else { "tambah" },
                sebelum.map(super::audit::json).transpose()?,
                (!teks.is_empty())
                    .then(|| super::audit::json(teks))
                    .transpose()?,
            )?);
        }
        tx.commit()?;
        Ok(audit)
    }

    /// The year's inisiatif strategis by code.
    pub fn inisiatif_tahun(&self, tahun: i32) -> Result<Vec<RekamInisiatif>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM_IS} FROM inisiatif_strategis WHERE tahun = ?1 ORDER BY kode, id"
        ))?;
        let rows = st.query_map([tahun], baca_is)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
    pub fn simpan_inisiatif(&mut self, r: &RekamInisiatif, waktu: &str) -> Result<(i64, i64)> {
        rekam::simpan(&mut self.conn, r, waktu)
    }
    pub fn hapus_inisiatif(&mut self, id: i64, waktu: &str) -> Result<i64> {
        rekam::hapus::<RekamInisiatif>(&mut self.conn, id, waktu)
    }

    /// The year's risk register by code.
    pub fn risiko_tahun(&self, tahun: i32) -> Result<Vec<RekamRisiko>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM_RISIKO} FROM risiko WHERE tahun = ?1 ORDER BY kode, id"
        ))?;
        let rows = st.query_map([tahun], baca_risiko)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
    pub fn simpan_risiko(&mut self, r: &RekamRisiko, waktu: &str) -> Result<(i64, i64)> {
        rekam::simpan(&mut self.conn, r, waktu)
    }
    pub fn hapus_risiko(&mut self, id: i64, waktu: &str) -> Result<i64> {
        rekam::hapus::<RekamRisiko>(&mut self.conn, id, waktu)
    }

    /// The year's penghargaan and sanksi, oldest first.
    pub fn pemanfaatan_tahun(&self, tahun: i32) -> Result<Vec<RekamPemanfaatan>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM_PEMANFAATAN} FROM pemanfaatan WHERE tahun = ?1 ORDER BY tanggal, id"
        ))?;
        let rows = st.query_map([tahun], baca_pemanfaatan)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
    pub fn simpan_pemanfaatan(&mut self, r: &RekamPemanfaatan, waktu: &str) -> Result<(i64, i64)> {
        rekam::simpan(&mut self.conn, r, waktu)
    }
    pub fn hapus_pemanfaatan(&mut self, id: i64, waktu: &str) -> Result<i64> {
        rekam::hapus::<RekamPemanfaatan>(&mut self.conn, id, waktu)
    }
}
