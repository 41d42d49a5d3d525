//! Undo ("Batalkan"): a deletion or an edit taken back from the audit row that recorded it. The one module that
//! knows every audited kind (IKI with its evidence, SS, unit, HKT, dialog, a realisasi cell), so it sits above
//! their writers and none of them uses it.
use rusqlite::{OptionalExtension, Transaction, params};

use super::audit::{LampiranTerhapus, catat, kunci_iki};
use super::kantor::RekamUnit;
use super::rencana::{RekamIki, RekamSs, tulis_iki};
use super::{Db, Result, StoreError};

fn pulihkan_tx(tx: &Transaction, audit_id: i64, waktu: &str) -> Result<String> {
    let (entitas, kunci, aksi, sebelum): (String, String, String, Option<String>) = tx
        .query_row(
            "SELECT entitas, kunci, aksi, sebelum FROM audit WHERE id = ?1",
            [audit_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?
        .ok_or_else(|| StoreError::DataRusak {
            tempat: format!("audit {audit_id}"),
            pesan: "tidak ada".into(),
        })?;
    let rusak = |pesan: String| StoreError::DataRusak {
        tempat: format!("audit {audit_id}"),
        pesan,
    };
    if aksi == "ubah_realisasi" {
        super::realisasi::pulihkan_realisasi(tx, &kunci, sebelum.as_deref())
            .map_err(|e| rusak(e.to_string()))?;
        catat(tx, waktu, &entitas, &kunci, "pulihkan", None, sebelum)?;
        return Ok("realisasi".into());
    }
    let ubah = match (aksi.as_str(), &sebelum) {
        ("hapus", Some(_)) => false,
        ("ubah", Some(_)) => true,
        _ => {
            return Err(rusak(
                "hanya penghapusan atau perubahan yang dapat dibatalkan".into(),
            ));
        }
    };
    let isi = sebelum.unwrap_or_default();
    let ada = |sql: &str, id: i64| -> Result<bool> {
        Ok(tx
            .query_row(sql, [id], |r| r.get::<_, i64>(0))
            .optional()?
            .is_some())
    };
    match entitas.as_str() {
        "iki" => {
            let mut x: RekamIki = serde_json::from_str(&isi).map_err(|e| rusak(e.to_string()))?;
            // The parent or the SS may have been deleted meanwhile: keep the IKI, drop the link.
            if let Some(p) = x.induk_id
                && !ada("SELECT id FROM iki WHERE id = ?1", p)?
            {
                x.induk_id = None;
            }
            if let Some(s) = x.ss_id
                && !ada("SELECT id FROM sasaran_strategis WHERE id = ?1", s)?
            {
                x.ss_id = None;
            }
            if ubah && !ada("SELECT id FROM iki WHERE id = ?1", x.id)? {
                return Err(rusak("IKU/IKI itu sudah dihapus".into()));
            }
            tulis_iki(tx, &x, !ubah)?;
            if !ubah {
                // The evidence files deleted with it: the rows right after its deletion.
                let kunci_tw = format!("{}/TW", kunci_iki(x.tahun, &x.nip, &x.kode));
                let mut st = tx.prepare(
                    "SELECT id, kunci, sebelum FROM audit WHERE id > ?1 AND entitas = 'bukti_berkas' AND aksi = 'ikut_terhapus' ORDER BY id",
                )?;
                let baris: Vec<(i64, String, Option<String>)> = st
                    .query_map([audit_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                for (harap, (id, k, isi)) in (audit_id + 1..).zip(baris) {
                    if id != harap || !k.starts_with(&kunci_tw) {
                        break;
                    }
                    let l: LampiranTerhapus = serde_json::from_str(isi.as_deref().unwrap_or(""))
                        .map_err(|e| rusak(e.to_string()))?;
                    tx.execute(
                        "INSERT INTO bukti_berkas (iki_id, triwulan, nama, sha256, ditambahkan)
                         SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM berkas WHERE sha256 = ?4)
                         ON CONFLICT(iki_id, triwulan, sha256) DO NOTHING",
                        params![x.id, l.triwulan, l.nama, l.sha256, l.ditambahkan],
                    )?;
                    catat(
                        tx,
                        waktu,
                        "bukti_berkas",
                        &k,
                        "lampir",
                        None,
                        Some(format!("{} (dipulihkan, SHA-256 {})", l.nama, l.sha256)),
                    )?;
                }
            }
        }
        "ss" => {
            let s: RekamSs = serde_json::from_str(&isi).map_err(|e| rusak(e.to_string()))?;
            if ubah {
                tx.execute(
                    "UPDATE sasaran_strategis SET kode = ?1, nama = ?2, perspektif = ?3 WHERE id = ?4",
                    params![s.kode, s.nama, s.perspektif, s.id],
                )?;
            } else {
                tx.execute(
                    "INSERT INTO sasaran_strategis (id, tahun, kode, nama, perspektif) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![s.id, s.tahun, s.kode, s.nama, s.perspektif],
                )?;
            }
        }
        "unit" if !ubah => {
            let u: RekamUnit = serde_json::from_str(&isi).map_err(|e| rusak(e.to_string()))?;
            tx.execute(
                "INSERT INTO unit (id, induk_id, nama, jenis, kepala_nip, urutan) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![u.id, u.induk_id, u.nama, u.jenis, u.kepala_nip, u.urutan],
            )?;
        }
        "hkt" => super::rekam::pulihkan::<super::RekamHkt>(tx, &isi, ubah)?,
        "dialog_kinerja" => super::rekam::pulihkan::<super::RekamDialog>(tx, &isi, ubah)?,
        "dko" => super::rekam::pulihkan::<super::RekamDko>(tx, &isi, ubah)?,
        "pembinaan" => super::rekam::pulihkan::<super::RekamPembinaan>(tx, &isi, ubah)?,
        "inisiatif_strategis" => super::rekam::pulihkan::<super::RekamInisiatif>(tx, &isi, ubah)?,
        "risiko" => super::rekam::pulihkan::<super::RekamRisiko>(tx, &isi, ubah)?,
        "pemanfaatan" => super::rekam::pulihkan::<super::RekamPemanfaatan>(tx, &isi, ubah)?,
        lain => return Err(rusak(format!("{lain} tidak dapat dipulihkan"))),
    }
    catat(tx, waktu, &entitas, &kunci, "pulihkan", None, Some(isi))?;
    Ok(entitas)
}

impl Db {
    /// Undoes changes recorded in the audit, newest first, in one transaction: a deletion (unit, SS, IKI)
    /// brings the row back with its id; an edit (SS, IKI) restores the row as it was before.
    /// Returns the entity kind of the first entry.
    pub fn pulihkan(&mut self, audit_id: &[i64], waktu: &str) -> Result<String> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut jenis = String::new();
        for id in audit_id.iter().rev() {
            jenis = pulihkan_tx(&tx, *id, waktu)?;
        }
        tx.commit()?;
        Ok(jenis)
    }
}
