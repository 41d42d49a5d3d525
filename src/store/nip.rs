//! Correcting a mistyped NIP: the pegawai and every row that names them move to the new NIP in one transaction,
//! and the history says so. Not once a document of the pegawai exists: its ID, content hash and printed pages
//! carry the NIP it was made with.

use rusqlite::{OptionalExtension, params};

use super::audit::catat;
use super::{Db, Result};

/// What a NIP correction found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HasilGantiNip {
    Diganti,
    LamaTidakAda,
    BaruSudahAda,
    /// The pegawai has this many documents (printed, signed or locked) under the old NIP.
    AdaDokumen(u32),
}

/// Every column that holds a pegawai's NIP (table, column).
const RUJUKAN_NIP: &[(&str, &str)] = &[
    ("pegawai", "atasan_nip"),
    ("unit", "kepala_nip"),
    ("kantor", "pengelola_kinerja_nip"),
    ("iki", "nip"),
    ("hkt", "nip"),
    ("periode_jabatan", "nip"),
    ("dialog_kinerja", "nip"),
    ("nilai_perilaku", "nip"),
    ("hukdis", "nip"),
    ("penyesuaian_nkp", "nip"),
    ("izin_ubah", "nip"),
    ("dko", "pimpinan_nip"),
    ("inisiatif_strategis", "pemilik_nip"),
    ("risiko", "pemilik_nip"),
    ("pemanfaatan", "nip"),
];

impl Db {
    pub fn ganti_nip(&mut self, lama: &str, baru: &str, waktu: &str) -> Result<HasilGantiNip> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let ada = |nip: &str| -> rusqlite::Result<bool> {
            Ok(tx
                .query_row("SELECT 1 FROM pegawai WHERE nip = ?1", [nip], |_| Ok(()))
                .optional()?
                .is_some())
        };
        if !ada(lama)? {
            return Ok(HasilGantiNip::LamaTidakAda);
        }
        if ada(baru)? {
            return Ok(HasilGantiNip::BaruSudahAda);
        }
        let dokumen: u32 =
            tx.query_row("SELECT count(*) FROM dokumen WHERE nip = ?1", [lama], |r| {
                r.get(0)
            })?;
        if dokumen > 0 {
            return Ok(HasilGantiNip::AdaDokumen(dokumen));
        }
        // The references are checked when the transaction commits, once all of them name the new NIP.
        tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
        tx.execute(
            "UPDATE pegawai SET nip = ?2 WHERE nip = ?1",
            params![lama, baru],
        )?;
        for (tabel, kolom) in RUJUKAN_NIP {
            tx.execute(
                &format!("UPDATE {tabel} SET {kolom} = ?2 WHERE {kolom} = ?1"),
                params![lama, baru],
            )?;
        }
        // Who attended a DKO, who owns a rencana aksi, and who took part in a pembinaan are kept as JSON.
        tx.execute(
            "UPDATE pembinaan SET peserta = replace(peserta, ?1, ?2) WHERE instr(peserta, ?1) > 0",
            params![format!("\"{lama}\""), format!("\"{baru}\"")],
        )?;
        tx.execute(
            "UPDATE dko SET peserta = replace(peserta, ?1, ?2), rencana_aksi = replace(rencana_aksi, ?1, ?2)
             WHERE instr(peserta, ?1) > 0 OR instr(rencana_aksi, ?1) > 0",
            params![format!("\"{lama}\""), format!("\"{baru}\"")],
        )?;
        catat(
            &tx,
            waktu,
            "pegawai",
            baru,
            "ganti_nip",
            Some(format!("{{\"nip\":\"{lama}\"}}")),
            Some(format!("{{\"nip\":\"{baru}\"}}")),
        )?;
        tx.commit()?;
        Ok(HasilGantiNip::Diganti)
    }

    /// The NIPs `nip` was corrected from, newest first (its history is kept under those).
    pub fn nip_sebelumnya(&self, nip: &str) -> Result<Vec<String>> {
        let mut semua = Vec::new();
        let mut kini = nip.to_string();
        while let Some(lama) = self
            .conn
            .query_row(
                "SELECT json_extract(sebelum, '$.nip') FROM audit WHERE entitas = 'pegawai' AND aksi = 'ganti_nip' AND kunci = ?1 ORDER BY id DESC LIMIT 1",
                [&kini],
                |r| r.get::<_, Option<String>>(0),
            )
            .optional()?
            .flatten()
        {
            if semua.contains(&lama) || lama == nip {
                break;
            }
            semua.push(lama.clone());
            kini = lama;
        }
        Ok(semua)
    }
}
