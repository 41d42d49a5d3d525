//! Dialog kinerja individu of a pegawai's year: stored, audited, and their dates read into the SKP the rules check.
use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use super::kolom::baca_tanggal;
use super::rekam;
use super::{Db, Result};

/// A dialog as stored (ISO date, vocabulary codes); the audit snapshot has this shape too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamDialog {
    pub id: i64,
    pub tahun: i32,
    pub nip: String,
    pub tanggal: String,
    pub tahap: String,
    pub sifat: String,
    pub pihak: String,
    pub ringkasan: String,
    pub tindak_lanjut: String,
    pub pembinaan: String,
}

const KOLOM: &str =
    "id, tahun, nip, tanggal, tahap, sifat, pihak, ringkasan, tindak_lanjut, pembinaan";

fn baca(r: &Row) -> rusqlite::Result<RekamDialog> {
    Ok(RekamDialog {
        id: r.get(0)?,
        tahun: r.get(1)?,
        nip: r.get(2)?,
        tanggal: r.get(3)?,
        tahap: r.get(4)?,
        sifat: r.get(5)?,
        pihak: r.get(6)?,
        ringkasan: r.get(7)?,
        tindak_lanjut: r.get(8)?,
        pembinaan: r.get(9)?,
    })
}

impl rekam::RekamTahunan for RekamDialog {
    const TABEL: &'static str = "dialog_kinerja";
    fn id(&self) -> i64 {
        self.id
    }
    fn dengan_id(self, id: i64) -> Self {
        RekamDialog { id, ..self }
    }
    fn tahun(&self) -> i32 {
        self.tahun
    }
    fn nip(&self) -> &str {
        &self.nip
    }
    fn tulis(&self, tx: &Transaction, sisip: bool) -> Result<i64> {
        let d = self;
        let p = params![
            d.tahun,
            d.nip,
            d.tanggal,
            d.tahap,
            d.sifat,
            d.pihak,
            d.ringkasan,
            d.tindak_lanjut,
            d.pembinaan,
            (d.id != 0).then_some(d.id)
        ];
        if sisip {
            tx.execute(
                "INSERT INTO dialog_kinerja (tahun, nip, tanggal, tahap, sifat, pihak, ringkasan, tindak_lanjut, pembinaan, id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                p,
            )?;
            Ok(tx.last_insert_rowid())
        } else {
            tx.execute(
                "UPDATE dialog_kinerja SET tahun = ?1, nip = ?2, tanggal = ?3, tahap = ?4, sifat = ?5, pihak = ?6, ringkasan = ?7,
                   tindak_lanjut = ?8, pembinaan = ?9 WHERE id = ?10",
                p,
            )?;
            Ok(d.id)
        }
    }
    fn satu(tx: &Transaction, id: i64) -> Result<Option<Self>> {
        Ok(tx
            .query_row(
                &format!("SELECT {KOLOM} FROM dialog_kinerja WHERE id = ?1"),
                [id],
                baca,
            )
            .optional()?)
    }
}

impl Db {
    /// Imports dialogs in one transaction (id 0 adds, an id updates that dialog); unchanged ones are not rewritten.
    pub fn impor_dialog(&mut self, rs: &[RekamDialog], waktu: &str) -> Result<(usize, usize)> {
        rekam::simpan_banyak(&mut self.conn, rs, waktu)
    }

    /// The dialogs of a year, for one pegawai or (None) everyone, oldest first.
    pub fn dialog_tahun(&self, tahun: i32, nip: Option<&str>) -> Result<Vec<RekamDialog>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM} FROM dialog_kinerja WHERE tahun = ?1 AND (?2 IS NULL OR nip = ?2) ORDER BY nip, tanggal, id"
        ))?;
        let rows = st.query_map(params![tahun, nip], baca)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The dates of the year's dialogs by NIP, as the rules take them.
    pub(super) fn tanggal_dialog(
        &self,
        tahun: i32,
        nip: Option<&str>,
    ) -> Result<HashMap<String, Vec<NaiveDate>>> {
        let mut out: HashMap<String, Vec<NaiveDate>> = HashMap::new();
        for d in self.dialog_tahun(tahun, nip)? {
            let t = baca_tanggal(&format!("dialog_kinerja {}.tanggal", d.id), &d.tanggal)?;
            out.entry(d.nip).or_default().push(t);
        }
        Ok(out)
    }

    /// Adds (id 0) or changes a dialog; returns its id and the audit id (which undoes a change).
    pub fn simpan_dialog(&mut self, d: &RekamDialog, waktu: &str) -> Result<(i64, i64)> {
        rekam::simpan(&mut self.conn, d, waktu)
    }

    /// Deletes a dialog (the audit keeps what it was, and its id undoes the deletion).
    pub fn hapus_dialog(&mut self, id: i64, waktu: &str) -> Result<i64> {
        rekam::hapus::<RekamDialog>(&mut self.conn, id, waktu)
    }
}
