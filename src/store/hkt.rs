//! Hasil kerja tambahan (inovasi, squad team, penugasan lain) of a pegawai's year: stored, audited, and read
//! into the SKP the rules score.
use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, Transaction, params};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::audit::json;
use super::kolom::{self, baca_kosakata};
use super::rekam;
use super::{Db, Result, StoreError};
use crate::domain::model::{HktPegawai, JenisHkt, Lingkup, PemilikKinerja, Polarisasi};

/// An HKT row as stored: codes as text, figures and dates typed (the audit snapshot has this shape too).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RekamHkt {
    pub id: i64,
    pub tahun: i32,
    pub nip: String,
    pub judul: String,
    pub jenis: String,
    pub lingkup: Option<String>,
    pub penuh_waktu: bool,
    pub pemilik_kinerja: Option<String>,
    pub nomor_sk: Option<String>,
    pub lolos_seleksi: bool,
    #[serde(default)]
    pub disetujui_pengelola: bool,
    #[serde(default)]
    pub polarisasi: Option<String>,
    pub tanggal_implementasi: Option<NaiveDate>,
    pub tahun_dinilai: Vec<i32>,
    pub target: Option<Decimal>,
    pub realisasi: Option<Decimal>,
}

const KOLOM: &str =
    "id, tahun, nip, judul, jenis, lingkup, penuh_waktu, pemilik_kinerja, nomor_sk, lolos_seleksi,
    tanggal_implementasi, tahun_dinilai, target, realisasi, disetujui_pengelola, polarisasi";

fn baca(r: &Row) -> rusqlite::Result<(RekamHkt, String)> {
    Ok((
        RekamHkt {
            id: r.get(0)?,
            tahun: r.get(1)?,
            nip: r.get(2)?,
            judul: r.get(3)?,
            jenis: r.get(4)?,
            lingkup: r.get(5)?,
            penuh_waktu: r.get(6)?,
            pemilik_kinerja: r.get(7)?,
            nomor_sk: r.get(8)?,
            lolos_seleksi: r.get(9)?,
            tanggal_implementasi: kolom::tanggal(r, 10)?,
            tahun_dinilai: Vec::new(),
            target: kolom::dec(r, 12)?,
            realisasi: kolom::dec(r, 13)?,
            disetujui_pengelola: r.get(14)?,
            polarisasi: r.get(15)?,
        },
        r.get(11)?,
    ))
}

fn lengkapi((mut h, tahun_dinilai): (RekamHkt, String)) -> Result<RekamHkt> {
    h.tahun_dinilai = serde_json::from_str(&tahun_dinilai).map_err(|e| StoreError::DataRusak {
        tempat: format!("hkt {}.tahun_dinilai", h.id),
        pesan: e.to_string(),
    })?;
    Ok(h)
}

impl RekamHkt {
    /// The form the rules take; a stored value they do not know is reported with its place.
    pub fn ke_domain(&self) -> Result<HktPegawai> {
        let t = |k: &str| format!("hkt {}.{k}", self.id);
        Ok(HktPegawai {
            judul: self.judul.clone(),
            jenis: baca_kosakata(&t("jenis"), Some(self.jenis.clone()), JenisHkt::dari_kode)?
                .unwrap_or(JenisHkt::PenugasanLain),
            lingkup: baca_kosakata(&t("lingkup"), self.lingkup.clone(), Lingkup::dari_kode)?,
            penuh_waktu: self.penuh_waktu,
            pemilik_kinerja: baca_kosakata(
                &t("pemilik_kinerja"),
                self.pemilik_kinerja.clone(),
                PemilikKinerja::dari_kode,
            )?,
            nomor_sk: self.nomor_sk.clone(),
            lolos_seleksi: self.lolos_seleksi,
            disetujui_pengelola: self.disetujui_pengelola,
            polarisasi: baca_kosakata(
                &t("polarisasi"),
                self.polarisasi.clone(),
                Polarisasi::dari_kode,
            )?,
            tanggal_implementasi: self.tanggal_implementasi,
            tahun_dinilai: self.tahun_dinilai.clone(),
            target: self.target,
            realisasi: self.realisasi,
        })
    }
}

impl rekam::RekamTahunan for RekamHkt {
    const TABEL: &'static str = "hkt";
    fn id(&self) -> i64 {
        self.id
    }
    fn dengan_id(self, id: i64) -> Self {
        RekamHkt { id, ..self }
    }
    fn tahun(&self) -> i32 {
        self.tahun
    }
    fn nip(&self) -> &str {
        &self.nip
    }
    fn tulis(&self, tx: &Transaction, sisip: bool) -> Result<i64> {
        let h = self;
        let tahun_dinilai = json(&h.tahun_dinilai)?;
        let id = (h.id != 0).then_some(h.id);
        let p = params![
            h.tahun,
            h.nip,
            h.judul,
            h.jenis,
            h.lingkup,
            h.penuh_waktu,
            h.pemilik_kinerja,
            h.nomor_sk,
            h.lolos_seleksi,
            h.tanggal_implementasi.map(kolom::teks_tanggal),
            tahun_dinilai,
            kolom::teks(h.target),
            kolom::teks(h.realisasi),
            id,
            h.disetujui_pengelola,
            h.polarisasi
        ];
        if sisip {
            tx.execute(
                "INSERT INTO hkt (tahun, nip, judul, jenis, lingkup, penuh_waktu, pemilik_kinerja, nomor_sk, lolos_seleksi,
                   tanggal_implementasi, tahun_dinilai, target, realisasi, id, disetujui_pengelola, polarisasi)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
                p,
            )?;
            Ok(tx.last_insert_rowid())
        } else {
            tx.execute(
                "UPDATE hkt SET tahun = ?1, nip = ?2, judul = ?3, jenis = ?4, lingkup = ?5, penuh_waktu = ?6, pemilik_kinerja = ?7,
                   nomor_sk = ?8, lolos_seleksi = ?9, tanggal_implementasi = ?10, tahun_dinilai = ?11, target = ?12, realisasi = ?13,
                   disetujui_pengelola = ?15, polarisasi = ?16
                 WHERE id = ?14",
                p,
            )?;
            Ok(h.id)
        }
    }
    fn satu(tx: &Transaction, id: i64) -> Result<Option<Self>> {
        tx.query_row(
            &format!("SELECT {KOLOM} FROM hkt WHERE id = ?1"),
            [id],
            baca,
        )
        .optional()?
        .map(lengkapi)
        .transpose()
    }
}

impl Db {
    /// The HKTs of a year, for one pegawai or (None) everyone, in entry order.
    pub fn hkt_tahun(&self, tahun: i32, nip: Option<&str>) -> Result<Vec<RekamHkt>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM} FROM hkt WHERE tahun = ?1 AND (?2 IS NULL OR nip = ?2) ORDER BY nip, id"
        ))?;
        let rows = st.query_map(params![tahun, nip], baca)?;
        rows.map(|r| lengkapi(r?)).collect()
    }

    /// The HKTs of a year by NIP, as the rules take them.
    pub(super) fn hkt_per_nip(
        &self,
        tahun: i32,
        nip: Option<&str>,
    ) -> Result<HashMap<String, Vec<HktPegawai>>> {
        let mut out: HashMap<String, Vec<HktPegawai>> = HashMap::new();
        for h in self.hkt_tahun(tahun, nip)? {
            out.entry(h.nip.clone()).or_default().push(h.ke_domain()?);
        }
        Ok(out)
    }

    /// Adds (id 0) or changes an HKT; returns its id and the audit id (which undoes a change).
    pub fn simpan_hkt(&mut self, h: &RekamHkt, waktu: &str) -> Result<(i64, i64)> {
        rekam::simpan(&mut self.conn, h, waktu)
    }

    /// Imports HKTs in one transaction (id 0 adds, an id updates that HKT); unchanged ones are not rewritten.
    pub fn impor_hkt(&mut self, rs: &[RekamHkt], waktu: &str) -> Result<(usize, usize)> {
        rekam::simpan_banyak(&mut self.conn, rs, waktu)
    }

    /// Deletes an HKT (the audit keeps what it was, and its id undoes the deletion).
    pub fn hapus_hkt(&mut self, id: i64, waktu: &str) -> Result<i64> {
        rekam::hapus::<RekamHkt>(&mut self.conn, id, waktu)
    }
}
