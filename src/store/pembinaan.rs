//! Umpan balik and pembinaan records of a year: stored, audited, undoable like HKT and dialogs (`rekam`). A
//! confidential record (konseling) is stored like the others; what hides it is the app's reading of it.
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use super::rekam;
use super::{Db, Result, StoreError};

/// A record as stored (ISO date, vocabulary codes); the audit snapshot has this shape too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamPembinaan {
    pub id: i64,
    pub tahun: i32,
    pub jenis: String,
    pub sifat: String,
    pub cara: String,
    pub tanggal: String,
    pub pemberi: String,
    pub peserta: Vec<String>,
    pub topik: String,
    pub tindak_lanjut: String,
    pub status: String,
    pub rahasia: bool,
}

const KOLOM: &str = "id, tahun, jenis, sifat, cara, tanggal, pemberi, peserta, topik, tindak_lanjut, status, rahasia";

fn baca(r: &Row) -> rusqlite::Result<RekamPembinaan> {
    let peserta: String = r.get(7)?;
    Ok(RekamPembinaan {
        id: r.get(0)?,
        tahun: r.get(1)?,
        jenis: r.get(2)?,
        sifat: r.get(3)?,
        cara: r.get(4)?,
        tanggal: r.get(5)?,
        pemberi: r.get(6)?,
        peserta: serde_json::from_str(&peserta).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(7, rusqlite::types::Type::Text, Box::new(e))
        })?,
        topik: r.get(8)?,
        tindak_lanjut: r.get(9)?,
        status: r.get(10)?,
        rahasia: r.get(11)?,
    })
}

impl rekam::RekamTahunan for RekamPembinaan {
    const TABEL: &'static str = "pembinaan";
    fn id(&self) -> i64 {
        self.id
    }
    fn dengan_id(self, id: i64) -> Self {
        RekamPembinaan { id, ..self }
    }
    fn tahun(&self) -> i32 {
        self.tahun
    }
    /// The audit key is `<tahun>/<first participant>/<id>`, so a pegawai's history finds it.
    fn nip(&self) -> &str {
        self.peserta
            .first()
            .map(String::as_str)
            .unwrap_or("kelompok")
    }
    fn tulis(&self, tx: &Transaction, sisip: bool) -> Result<i64> {
        let d = self;
        let peserta = serde_json::to_string(&d.peserta).map_err(|e| StoreError::DataRusak {
            tempat: "pembinaan".into(),
            pesan: e.to_string(),
        })?;
        let p = params![
            d.tahun,
            d.jenis,
            d.sifat,
            d.cara,
            d.tanggal,
            d.pemberi,
            peserta,
            d.topik,
            d.tindak_lanjut,
            d.status,
            d.rahasia,
            (d.id != 0).then_some(d.id)
        ];
        if sisip {
            tx.execute(
                "INSERT INTO pembinaan (tahun, jenis, sifat, cara, tanggal, pemberi, peserta, topik, tindak_lanjut, status, rahasia, id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                p,
            )?;
            Ok(tx.last_insert_rowid())
        } else {
            tx.execute(
                "UPDATE pembinaan SET tahun = ?1, jenis = ?2, sifat = ?3, cara = ?4, tanggal = ?5, pemberi = ?6, peserta = ?7,
                   topik = ?8, tindak_lanjut = ?9, status = ?10, rahasia = ?11 WHERE id = ?12",
                p,
            )?;
            Ok(d.id)
        }
    }
    fn satu(tx: &Transaction, id: i64) -> Result<Option<Self>> {
        Ok(tx
            .query_row(
                &format!("SELECT {KOLOM} FROM pembinaan WHERE id = ?1"),
                [id],
                baca,
            )
            .optional()?)
    }
}

impl Db {
    /// The year's records, oldest first.
    pub fn pembinaan_tahun(&self, tahun: i32) -> Result<Vec<RekamPembinaan>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM} FROM pembinaan WHERE tahun = ?1 ORDER BY tanggal, id"
        ))?;
        let rows = st.query_map([tahun], baca)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn simpan_pembinaan(&mut self, r: &RekamPembinaan, waktu: &str) -> Result<(i64, i64)> {
        rekam::simpan(&mut self.conn, r, waktu)
    }

    pub fn hapus_pembinaan(&mut self, id: i64, waktu: &str) -> Result<i64> {
        rekam::hapus::<RekamPembinaan>(&mut self.conn, id, waktu)
    }

    /// Records that a confidential record was opened on screen (who opened it is the person at this computer).
    pub fn catat_buka_rahasia(&mut self, r: &RekamPembinaan, waktu: &str) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        super::audit::catat(
            &tx,
            waktu,
            "pembinaan",
            &format!("{}/{}/{}", r.tahun, rekam::RekamTahunan::nip(r), r.id),
            "buka_rahasia",
            None,
            None,
        )?;
        tx.commit()?;
        Ok(())
    }
}
