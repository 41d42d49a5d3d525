//! Queries for Kontrak Kinerja documents: content for printing, document rows, printed-file hashes, target edits.
use rusqlite::{OptionalExtension, params};
use rust_decimal::Decimal;

use super::kolom;
use super::{Db, Result, StoreError};
use crate::domain::kk::{JenisDokumen, StatusDokumen};

/// What a document needs about one pegawai.
#[derive(Debug, Clone, PartialEq)]
pub struct DataPegawai {
    pub nip: String,
    pub nama: String,
    pub pangkat: String,
    pub golongan: String,
    pub jabatan: String,
    pub unit: String,
    pub tingkat: String,
    pub status: String,
    pub tanggal_mulai: String,
    pub atasan_nip: Option<String>,
    pub jenis_jabatan: String,
    pub jenjang: Option<String>,
    /// Kembali bertugas: cuti or penugasan (code), if recorded.
    pub kembali_dari: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataKantorCetak {
    pub nama: String,
    pub alamat: String,
    pub kota: String,
    pub induk: String,
    /// (nama, NIP, pangkat, jabatan) of the head's pejabat penilai.
    pub atasan_kepala: (String, String, String, String),
    pub logo: Option<Vec<u8>>,
}

/// An IKI row with what the document prints beside the rules' fields.
#[derive(Debug, Clone, PartialEq)]
pub struct IkiCetak {
    pub kode: String,
    pub satuan: String,
    pub ss_nama: Option<String>,
    pub periode_pelaporan: String,
    pub ak: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarisDokumen {
    pub id: String,
    pub tahun: i32,
    pub nip: String,
    pub jenis: JenisDokumen,
    pub versi: u32,
    pub nomor: String,
    pub status: StatusDokumen,
    pub isi: String,
    pub sha_isi: String,
    pub alasan: String,
    pub dibuat: String,
    pub dicetak: Option<String>,
    pub ditandatangani: Option<String>,
    pub dikunci: Option<String>,
    pub sha_scan: Option<String>,
}

const KOLOM: &str = "id, tahun, nip, jenis, versi, nomor, status, isi, sha_isi, alasan, dibuat, dicetak, ditandatangani, dikunci, sha_scan";

fn baris(r: &rusqlite::Row) -> rusqlite::Result<(BarisDokumen, String, String)> {
    Ok((
        BarisDokumen {
            id: r.get(0)?,
            tahun: r.get(1)?,
            nip: r.get(2)?,
            jenis: JenisDokumen::Kk,
            versi: r.get::<_, i64>(4)? as u32,
            nomor: r.get(5)?,
            status: StatusDokumen::Draf,
            isi: r.get(7)?,
            sha_isi: r.get(8)?,
            alasan: r.get(9)?,
            dibuat: r.get(10)?,
            dicetak: r.get(11)?,
            ditandatangani: r.get(12)?,
            dikunci: r.get(13)?,
            sha_scan: r.get(14)?,
        },
        r.get(3)?,
        r.get(6)?,
    ))
}

fn lengkapi((mut b, jenis, status): (BarisDokumen, String, String)) -> Result<BarisDokumen> {
    b.jenis = JenisDokumen::dari_kode(&jenis).ok_or_else(|| StoreError::DataRusak {
        tempat: format!("dokumen {}.jenis", b.id),
        pesan: jenis.clone(),
    })?;
    b.status = StatusDokumen::dari_kode(&status).ok_or_else(|| StoreError::DataRusak {
        tempat: format!("dokumen {}.status", b.id),
        pesan: status.clone(),
    })?;
    Ok(b)
}

impl Db {
    pub fn data_pegawai(&self, nip: &str) -> Result<Option<DataPegawai>> {
        Ok(self
            .conn
            .query_row(
                "SELECT p.nip, p.nama, p.pangkat, p.golongan, p.jabatan, coalesce(u.nama, ''), p.tingkat, p.status, p.tanggal_mulai, p.atasan_nip, p.jenis_jabatan, p.jenjang, p.kembali_dari
                 FROM pegawai p LEFT JOIN unit u ON u.id = p.unit_id WHERE p.nip = ?1",
                [nip],
                |r| {
                    Ok(DataPegawai {
                        nip: r.get(0)?,
                        nama: r.get(1)?,
                        pangkat: r.get(2)?,
                        golongan: r.get(3)?,
                        jabatan: r.get(4)?,
                        unit: r.get(5)?,
                        tingkat: r.get(6)?,
                        status: r.get(7)?,
                        tanggal_mulai: r.get(8)?,
                        atasan_nip: r.get(9)?,
                        jenis_jabatan: r.get(10)?,
                        jenjang: r.get(11)?,
                        kembali_dari: r.get(12)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn data_kantor(&self) -> Result<DataKantorCetak> {
        Ok(self
            .conn
            .query_row(
                "SELECT nama, alamat, kota, induk, atasan_kepala_nama, atasan_kepala_nip, atasan_kepala_pangkat, atasan_kepala_jabatan, logo FROM kantor WHERE id = 1",
                [],
                |r| {
                    Ok(DataKantorCetak {
                        nama: r.get(0)?,
                        alamat: r.get(1)?,
                        kota: r.get(2)?,
                        induk: r.get(3)?,
                        atasan_kepala: (r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?),
                        logo: r.get(8)?,
                    })
                },
            )
            .optional()?
            .unwrap_or_default())
    }

    pub fn iki_cetak(&self, tahun: i32, nip: &str) -> Result<Vec<IkiCetak>> {
        let mut st = self.conn.prepare(
            "SELECT i.kode, i.satuan, s.nama, i.periode_pelaporan, i.ak FROM iki i LEFT JOIN sasaran_strategis s ON s.id = i.ss_id
             WHERE i.tahun = ?1 AND i.nip = ?2 ORDER BY i.urutan, i.kode",
        )?;
        let rows = st.query_map(params![tahun, nip], |r| {
            Ok(IkiCetak {
                kode: r.get(0)?,
                satuan: r.get(1)?,
                ss_nama: r.get(2)?,
                periode_pelaporan: r.get(3)?,
                ak: kolom::dec(r, 4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// (kode, nama, perspektif) of the year's SS.
    pub fn daftar_ss(&self, tahun: i32) -> Result<Vec<(String, String, String)>> {
        let mut st = self.conn.prepare(
            "SELECT kode, nama, perspektif FROM sasaran_strategis WHERE tahun = ?1 ORDER BY kode",
        )?;
        let rows = st.query_map([tahun], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// (kode, nama, nama SS, keterangan) of the year's inisiatif strategis.
    pub fn daftar_inisiatif(&self, tahun: i32) -> Result<Vec<(String, String, String, String)>> {
        let mut st = self.conn.prepare(
            "SELECT i.kode, i.nama, coalesce(s.kode || ' ' || s.nama, i.ss_kode, ''), i.keterangan FROM inisiatif_strategis i
             LEFT JOIN sasaran_strategis s ON s.tahun = i.tahun AND s.kode = i.ss_kode WHERE i.tahun = ?1 ORDER BY i.kode",
        )?;
        let rows = st.query_map([tahun], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn dokumen(&self, id: &str) -> Result<Option<BarisDokumen>> {
        self.conn
            .query_row(
                &format!("SELECT {KOLOM} FROM dokumen WHERE id = ?1"),
                [id],
                baris,
            )
            .optional()?
            .map(lengkapi)
            .transpose()
    }

    pub fn dokumen_pegawai(
        &self,
        tahun: i32,
        nip: &str,
        jenis: JenisDokumen,
        versi: u32,
    ) -> Result<Option<BarisDokumen>> {
        self.conn
            .query_row(&format!("SELECT {KOLOM} FROM dokumen WHERE tahun = ?1 AND nip = ?2 AND jenis = ?3 AND versi = ?4"), params![tahun, nip, jenis.kode(), versi], baris)
            .optional()?
            .map(lengkapi)
            .transpose()
    }

    pub fn daftar_dokumen(&self, tahun: i32) -> Result<Vec<BarisDokumen>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {KOLOM} FROM dokumen WHERE tahun = ?1 ORDER BY nip, jenis, versi"
        ))?;
        let rows: Vec<_> = st
            .query_map([tahun], baris)?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter().map(lengkapi).collect()
    }

    /// Documents whose status is not the last one the audit recorded for them (or that are gone): (id, recorded,
    /// now). A lock undone outside the app shows here.
    pub fn status_tidak_sesuai_audit(&self) -> Result<Vec<(String, String, Option<String>)>> {
        let mut st = self.conn.prepare(
            "SELECT a.kunci, a.sesudah, d.status FROM audit a
               LEFT JOIN dokumen d ON d.id = a.kunci
              WHERE a.entitas = 'dokumen' AND a.aksi = 'status'
                AND a.id = (SELECT max(b.id) FROM audit b WHERE b.entitas = 'dokumen' AND b.aksi = 'status' AND b.kunci = a.kunci)
                AND (d.status IS NULL OR d.status <> a.sesudah)
              ORDER BY a.kunci",
        )?;
        let v = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    /// Lock permits left behind (the addendum's own transaction always removes its permit).
    pub fn izin_tertinggal(&self) -> Result<Vec<(i32, String)>> {
        let mut st = self
            .conn
            .prepare("SELECT tahun, nip FROM izin_ubah ORDER BY tahun, nip")?;
        let v = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    /// Documents whose scan hash is not the one the audit chain recorded for them (a scan replaced outside the app).
    pub fn pindaian_tanpa_jejak(&self) -> Result<Vec<String>> {
        let mut st = self.conn.prepare(
            "SELECT d.id FROM dokumen d WHERE d.sha_scan IS NOT NULL AND NOT EXISTS
               (SELECT 1 FROM audit a WHERE a.entitas = 'dokumen' AND a.kunci = d.id AND a.aksi = 'pindaian' AND a.sesudah = d.sha_scan)
             ORDER BY d.id",
        )?;
        let v = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    /// Every document whose stored scan does not hash to its recorded `sha_scan`: (id, recorded, actual).
    pub fn scan_tidak_cocok(&self) -> Result<Vec<(String, String, String)>> {
        let mut st = self
            .conn
            .prepare("SELECT id, sha_scan, scan FROM dokumen WHERE scan IS NOT NULL OR sha_scan IS NOT NULL ORDER BY id")?;
        let mut rows = st.query([])?;
        let mut hasil = Vec::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let sha: Option<String> = r.get(1)?;
            let isi: Option<Vec<u8>> = r.get(2)?;
            let nyata = isi
                .map(|b| super::bukti::sha256_hex(&b))
                .unwrap_or_default();
            let tercatat = sha.unwrap_or_default();
            if nyata != tercatat {
                hasil.push((id, tercatat, nyata));
            }
        }
        Ok(hasil)
    }

    pub fn versi_addendum_berikut(&self, tahun: i32, nip: &str) -> Result<u32> {
        let n: i64 = self.conn.query_row("SELECT coalesce(max(versi), 0) + 1 FROM dokumen WHERE tahun = ?1 AND nip = ?2 AND jenis = 'addendum'", params![tahun, nip], |r| r.get(0))?;
        Ok(n as u32)
    }

    /// Inserts or refreshes a document row (content and hash); status and dates are kept unless given.
    pub fn simpan_dokumen(&mut self, d: &BarisDokumen, waktu: &str) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: Option<String> = tx
            .query_row("SELECT sha_isi FROM dokumen WHERE id = ?1", [&d.id], |r| {
                r.get(0)
            })
            .optional()?;
        tx.execute(
            "INSERT INTO dokumen (id, tahun, nip, jenis, versi, nomor, status, isi, sha_isi, alasan, dibuat, dicetak)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
             ON CONFLICT(id) DO UPDATE SET nomor = excluded.nomor, status = excluded.status, isi = excluded.isi, sha_isi = excluded.sha_isi, dicetak = excluded.dicetak",
            params![d.id, d.tahun, d.nip, d.jenis.kode(), d.versi as i64, d.nomor, d.status.kode(), d.isi, d.sha_isi, d.alasan, d.dibuat, d.dicetak],
        )?;
        tx.execute(
            "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'dokumen', ?2, 'cetak', ?3, ?4)",
            params![waktu, d.id, lama, d.sha_isi],
        )?;
        tx.commit()?;
        Ok(())
    }

    pub fn catat_berkas(&mut self, sha: &str, id: &str, sha_isi: &str, waktu: &str) -> Result<()> {
        self.conn.execute("INSERT OR IGNORE INTO berkas_dokumen (sha, dokumen_id, sha_isi, dibuat) VALUES (?1, ?2, ?3, ?4)", params![sha, id, sha_isi, waktu])?;
        Ok(())
    }

    /// The document a printed file belongs to, by the SHA-256 of the file's bytes.
    pub fn dokumen_berkas(&self, sha: &str) -> Result<Option<(BarisDokumen, String, String)>> {
        let r: Option<(String, String, String)> = self
            .conn
            .query_row(
                "SELECT dokumen_id, sha_isi, dibuat FROM berkas_dokumen WHERE sha = ?1",
                [sha],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        match r {
            Some((id, sha_isi, dibuat)) => Ok(self.dokumen(&id)?.map(|d| (d, sha_isi, dibuat))),
            None => Ok(None),
        }
    }

    /// Moves a document to `status` (the caller checked the transition), with its date and optional scan.
    pub fn ubah_status_dokumen(
        &mut self,
        id: &str,
        status: StatusDokumen,
        tanggal: &str,
        scan: Option<(&[u8], &str)>,
        waktu: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let lama: String = tx.query_row("SELECT status FROM dokumen WHERE id = ?1", [id], |r| {
            r.get(0)
        })?;
        let kolom = match status {
            StatusDokumen::Dicetak => "dicetak",
            StatusDokumen::Ditandatangani => "ditandatangani",
            StatusDokumen::Terkunci => "dikunci",
            StatusDokumen::Draf => "dibuat",
        };
        tx.execute(
            &format!("UPDATE dokumen SET status = ?1, {kolom} = ?2 WHERE id = ?3"),
            params![status.kode(), tanggal, id],
        )?;
        if let Some((bytes, sha)) = scan {
            tx.execute(
                "UPDATE dokumen SET scan = ?1, sha_scan = ?2 WHERE id = ?3",
                params![bytes, sha, id],
            )?;
            tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'dokumen', ?2, 'pindaian', NULL, ?3)", params![waktu, id, sha])?;
        }
        tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'dokumen', ?2, 'status', ?3, ?4)", params![waktu, id, lama, status.kode()])?;
        tx.commit()?;
        Ok(())
    }

    /// Sets the target of one quarter of one IKI; refused by the lock triggers once the KK is locked.
    pub fn ubah_target(
        &mut self,
        tahun: i32,
        nip: &str,
        kode: &str,
        triwulan: u32,
        target: Option<Decimal>,
        waktu: &str,
    ) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let ok = ubah_target_tx(&tx, tahun, nip, kode, triwulan, target, waktu)?;
        tx.commit()?;
        Ok(ok)
    }

    /// The stored scan of a document's signed copy, if any.
    pub fn pindaian(&self, id: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn
            .query_row("SELECT scan FROM dokumen WHERE id = ?1", [id], |r| {
                r.get::<_, Option<Vec<u8>>>(0)
            })
            .optional()?
            .flatten())
    }

    /// Attaches the scan of the signed copy to a document that has none yet (audited).
    pub fn simpan_pindaian(
        &mut self,
        id: &str,
        isi: &[u8],
        sha: &str,
        waktu: &str,
    ) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE dokumen SET scan = ?1, sha_scan = ?2 WHERE id = ?3 AND scan IS NULL",
            params![isi, sha, id],
        )?;
        if n == 1 {
            tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'dokumen', ?2, 'pindaian', NULL, ?3)", params![waktu, id, sha])?;
        }
        tx.commit()?;
        Ok(n == 1)
    }

    /// Applies an addendum's target changes and stores its document in one transaction; the lock lets the
    /// changes through only because `izin_ubah` holds this pegawai for the duration of the transaction.
    pub fn terapkan_addendum(
        &mut self,
        d: &BarisDokumen,
        ubah: &[(String, u32, Decimal)],
        waktu: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // The addendum document first: the permit below is accepted only for an addendum not yet audited.
        tx.execute(
            "INSERT INTO dokumen (id, tahun, nip, jenis, versi, nomor, status, isi, sha_isi, alasan, dibuat) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![d.id, d.tahun, d.nip, d.jenis.kode(), d.versi as i64, d.nomor, d.status.kode(), d.isi, d.sha_isi, d.alasan, d.dibuat],
        )?;
        tx.execute(
            "INSERT INTO izin_ubah (tahun, nip, addendum_id) VALUES (?1, ?2, ?3)",
            params![d.tahun, d.nip, d.id],
        )?;
        for (kode, tw, target) in ubah {
            if !ubah_target_tx(&tx, d.tahun, &d.nip, kode, *tw, Some(*target), waktu)? {
                return Err(StoreError::DataRusak {
                    tempat: format!("IKU {kode}"),
                    pesan: "tidak ada pada SKP pegawai ini".into(),
                });
            }
        }
        tx.execute(
            "DELETE FROM izin_ubah WHERE tahun = ?1 AND nip = ?2",
            params![d.tahun, d.nip],
        )?;
        tx.execute("INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'dokumen', ?2, 'addendum', NULL, ?3)", params![waktu, d.id, d.alasan])?;
        tx.commit()?;
        Ok(())
    }
}

fn ubah_target_tx(
    tx: &rusqlite::Transaction,
    tahun: i32,
    nip: &str,
    kode: &str,
    triwulan: u32,
    target: Option<Decimal>,
    waktu: &str,
) -> Result<bool> {
    let target = kolom::teks(target);
    let id: Option<i64> = tx
        .query_row(
            "SELECT id FROM iki WHERE tahun = ?1 AND nip = ?2 AND kode = ?3",
            params![tahun, nip, kode],
            |r| r.get(0),
        )
        .optional()?;
    let Some(id) = id else { return Ok(false) };
    let lama: Option<String> = tx
        .query_row(
            "SELECT target FROM iki_triwulan WHERE iki_id = ?1 AND triwulan = ?2",
            params![id, triwulan],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    tx.execute(
        "INSERT INTO iki_triwulan (iki_id, triwulan, target) VALUES (?1, ?2, ?3) ON CONFLICT(iki_id, triwulan) DO UPDATE SET target = excluded.target",
        params![id, triwulan, target],
    )?;
    tx.execute(
        "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'iki_triwulan', ?2, 'ubah_target', ?3, ?4)",
        params![waktu, format!("{tahun}/{nip}/{kode}/TW{triwulan}"), lama, target],
    )?;
    Ok(true)
}

/// One IKI of a KK komplemen as applied: the sisa target per quarter (None before the hand-over), Target Y, and the
/// predecessor's realisasi at hand-over (take-last-known progress only).
#[derive(Debug, Clone, PartialEq)]
pub struct IkiKomplemen {
    pub kode: String,
    pub target_triwulan: [Option<Decimal>; 4],
    pub target_tahunan: Option<Decimal>,
    pub realisasi_serah_terima: Option<Decimal>,
}

impl Db {
    /// Writes a komplemen's sisa targets in one transaction (all or nothing), audited; the KK lock triggers still
    /// refuse it once the newcomer's KK is locked.
    pub fn terapkan_komplemen(
        &mut self,
        tahun: i32,
        nip: &str,
        iki: &[IkiKomplemen],
        waktu: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for x in iki {
            for (q, t) in x.target_triwulan.iter().enumerate() {
                ubah_target_tx(&tx, tahun, nip, &x.kode, q as u32 + 1, *t, waktu)?;
            }
            let lama: Option<(Option<String>, Option<String>)> = tx
                .query_row(
                    "SELECT target_tahunan, realisasi_serah_terima FROM iki WHERE tahun = ?1 AND nip = ?2 AND kode = ?3",
                    params![tahun, nip, x.kode],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let baru = (
                kolom::teks(x.target_tahunan),
                kolom::teks(x.realisasi_serah_terima),
            );
            if lama.as_ref().is_some_and(|l| *l != baru) {
                tx.execute(
                    "UPDATE iki SET target_tahunan = ?1, realisasi_serah_terima = ?2 WHERE tahun = ?3 AND nip = ?4 AND kode = ?5",
                    params![baru.0, baru.1, tahun, nip, x.kode],
                )?;
                tx.execute(
                    "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'iki', ?2, 'komplemen', ?3, ?4)",
                    params![
                        waktu,
                        format!("{tahun}/{nip}/{}", x.kode),
                        lama.as_ref().map(super::audit::json).transpose()?,
                        Some(super::audit::json(&baru)?)
                    ],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    pub fn atur_logo(&mut self, png: Option<&[u8]>, waktu: &str) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute("UPDATE kantor SET logo = ?1 WHERE id = 1", params![png])?;
        tx.execute(
            "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES (?1, 'kantor', 'logo', 'ubah', NULL, ?2)",
            params![waktu, png.map(|b| format!("{} bita", b.len()))],
        )?;
        tx.commit()?;
        Ok(())
    }
}
