//! Dialog Kinerja Organisasi: one row per forum, with who attended and the rencana aksi agreed kept in it as JSON
//! (one audited unit; a rencana aksi's status is updated on the DKO that agreed it).
use rusqlite::{OptionalExtension, Row, Transaction, params};
use serde::{Deserialize, Serialize};

use super::rekam;
use super::{Db, Result};

/// One rencana aksi of a DKO: what, who, by when, how far it is, and what the next DKO said of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RekamAksi {
    pub uraian: String,
    pub pic_nip: Option<String>,
    /// ISO date, or empty.
    pub batas: String,
    /// belum / proses / selesai / batal.
    pub status: String,
    pub tindak_lanjut: String,
}

/// A DKO as stored (ISO date); the audit snapshot has this shape too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamDko {
    pub id: i64,
    pub tahun: i32,
    pub triwulan: u8,
    pub tanggal: String,
    pub tempat: String,
    pub pimpinan_nip: Option<String>,
    pub peserta: Vec<String>,
    pub pembahasan: String,
    pub masalah: String,
    pub keputusan: String,
    pub risiko: String,
    pub rencana_aksi: Vec<RekamAksi>,
    pub notulis: String,
}

const KOLOM: &str = "id, tahun, triwulan, tanggal, tempat, pimpinan_nip, peserta, pembahasan, masalah, keputusan, risiko, rencana_aksi, notulis";

fn baca(r: &Row) -> rusqlite::Result<RekamDko> {
    Ok(RekamDko {
        id: r.get(0)?,
        tahun: r.get(1)?,
        triwulan: r.get(2)?,
        tanggal: r.get(3)?,
        tempat: r.get(4)?,
        pimpinan_nip: r.get(5)?,
        peserta: rekam::json_kolom(r, 6)?,
        pembahasan: r.get(7)?,
        masalah: r.get(8)?,
        keputusan: r.get(9)?,
        risiko: r.get(10)?,
        rencana_aksi: rekam::json_kolom(r, 11)?,
        notulis: r.get(12)?,
    })
}

impl rekam::RekamTahunan for RekamDko {
    const TABEL: &'static str = "dko";
    fn id(&self) -> i64 {
        self.id
    }
    fn dengan_id(self, id: i64) -> Self {
        RekamDko { id, ..self }
    }
    fn tahun(&self) -> i32 {
        self.tahun
    }
    /// A DKO is the office's, not a pegawai's: its audit key is `<tahun>/DKO/<id>`.
    fn nip(&self) -> &str {
        "DKO"
    }
    fn tulis(&self, tx: &Transaction, sisip: bool) -> Result<i64> {
        let d = self;
        let p = params![
            d.tahun,
            d.triwulan,
            d.tanggal,
            d.tempat,
            d.pimpinan_nip,
            rekam::teks_json("dko", &d.peserta)?,
            d.pembahasan,
            d.masalah,
            d.keputusan,
            d.risiko,
            rekam::teks_json("dko", &d.rencana_aksi)?,
            d.notulis,
            (d.id != 0).then_some(d.id)
        ];
        if sisip {
            tx.execute(
                "INSERT INTO dko (tahun, triwulan, tanggal, tempat, pimpinan_nip, peserta, pembahasan, masalah, keputusan, risiko, rencana_aksi, notulis, id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                p,
            )?;
            Ok(tx.last_insert_rowid())
        } else {
            tx.execute(
                "UPDATE dko SET tahun = ?1, triwulan = ?2, tanggal = ?3, tempat = ?4, pimpinan_nip = ?5, peserta = ?6, pembahasan = ?7,
                   masalah = ?8, keputusan = ?9, risiko = ?10, rencana_aksi = ?11, notulis = ?12 WHERE id = ?13",
                p,
            )?;
            Ok(d.id)
        }
    }
    fn satu(tx: &Transaction, id: i64) -> Result<Option<Self>> {
        Ok(tx
            .query_row(
                &format!("SELECT {KOLOM} FROM dko WHERE id = ?1"),
                [id],
                baca,
            )
            .optional()?)
    }
}

impl Db {
    /// The DKO of a year, oldest first.
    pub fn dko_tahun(&self, tahun: i32) -> Result<Vec<RekamDko>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM} FROM dko WHERE tahun = ?1 ORDER BY tanggal, id"
        ))?;
        let rows = st.query_map([tahun], baca)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds (id 0) or changes a DKO, audited. Returns (id, audit id).
    pub fn simpan_dko(&mut self, d: &RekamDko, waktu: &str) -> Result<(i64, i64)> {
        rekam::simpan(&mut self.conn, d, waktu)
    }

    /// Deletes a DKO (the audit keeps what it was, and its id undoes the deletion).
    pub fn hapus_dko(&mut self, id: i64, waktu: &str) -> Result<i64> {
        rekam::hapus::<RekamDko>(&mut self.conn, id, waktu)
    }
}
