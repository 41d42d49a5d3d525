//! After printing: verifying a file, recording the wet-ink signature and its scan, locking.
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::*;
use crate::app::AppError;
use crate::domain::kk::*;
use crate::store::{BarisDokumen, Db};
/// Result of checking a file against the stored documents.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HasilVerifikasi {
    pub cocok: bool,
    pub sha_berkas: String,
    pub id: Option<String>,
    pub nip: Option<String>,
    pub jenis: Option<String>,
    pub tahun: Option<i32>,
    pub status: Option<String>,
    pub dicetak: Option<String>,
    pub pesan: String,
    /// The file matches, but the data behind the signed or locked document has changed since (what changed).
    pub data_berubah: Option<String>,
    /// The matching document is locked: a change past the lock is an integrity problem, not a reprint.
    pub terkunci: bool,
}

/// Checks a file by its exact bytes against every file this database printed; for a signed or locked document
/// it also says whether the data behind it has changed since.
pub fn verifikasi(db: &Db, bytes: &[u8]) -> Result<HasilVerifikasi, AppError> {
    let sha = sha256_hex(bytes);
    Ok(match db.dokumen_berkas(&sha)? {
        Some((d, _sha_isi, dibuat)) => HasilVerifikasi {
            data_berubah: match db.dokumen(&d.id)? {
                Some(kini)
                    if kini.status >= StatusDokumen::Ditandatangani
                        && kini.jenis != JenisDokumen::Addendum =>
                {
                    let semua = db.daftar_dokumen(kini.tahun)?;
                    super::data_berubah(db, &kini, &semua)?
                }
                _ => None,
            },
            cocok: true,
            pesan: format!("Berkas sama persis dengan dokumen {} ({} tahun {}, NIP {}), dicetak {}; status sekarang {}.", d.id, d.jenis.judul(), d.tahun, d.nip, crate::app::umum::waktu_tampil(&dibuat), d.status.label()),
            id: Some(d.id),
            nip: Some(d.nip),
            jenis: Some(d.jenis.kode().into()),
            tahun: Some(d.tahun),
            terkunci: d.status == StatusDokumen::Terkunci,
            status: Some(d.status.label().into()),
            dicetak: Some(dibuat),
            sha_berkas: sha,
        },
        None => HasilVerifikasi {
            cocok: false,
            pesan: "Berkas TIDAK cocok dengan dokumen mana pun yang dicetak aplikasi ini (isinya berbeda walau hanya satu bita, atau bukan dari basis data ini).".into(),
            sha_berkas: sha,
            id: None,
            nip: None,
            jenis: None,
            tahun: None,
            status: None,
            dicetak: None,
            data_berubah: None,
            terkunci: false,
        },
    })
}

fn dokumen_ada(db: &Db, id: &str) -> Result<BarisDokumen, AppError> {
    db.dokumen(id)?.ok_or_else(|| AppError::Masukan {
        field: "id".into(),
        pesan: format!("dokumen {id} tidak ada"),
    })
}

/// Records the wet-ink signature (date, optional scan of the signed copy, stored with its hash); only of a concept
/// whose reviu accepted it (`catat_reviu`).
pub fn tandatangani(
    db: &mut Db,
    id: &str,
    tanggal: NaiveDate,
    scan: Option<&[u8]>,
    waktu: &str,
) -> Result<(), AppError> {
    let d = dokumen_ada(db, id)?;
    transisi(d.status, StatusDokumen::Ditandatangani).map_err(|e| AppError::Masukan {
        field: "status".into(),
        pesan: e.to_string(),
    })?;
    super::reviu::boleh_ditandatangani(db, id, tanggal)?;
    if let Some(s) = scan {
        cek_pindaian(s)?;
    }
    crate::app::umum::tanggal_wajar("Tanggal tanda tangan", tanggal, waktu)?;
    let sha = scan.map(sha256_hex);
    db.ubah_status_dokumen(
        id,
        StatusDokumen::Ditandatangani,
        &tanggal.format("%Y-%m-%d").to_string(),
        scan.zip(sha.as_deref()),
        waktu,
    )?;
    Ok(())
}

fn cek_pindaian(isi: &[u8]) -> Result<(), AppError> {
    if isi.is_empty() {
        return Err(crate::app::umum::salah(
            "Pindaian",
            "berkas kosong (0 bita)",
        ));
    }
    if isi.len() > crate::app::realisasi::MAKS_BERKAS_BUKTI {
        return Err(crate::app::umum::salah(
            "Pindaian",
            "lebih dari 20 MB; pindai ulang dengan resolusi lebih rendah",
        ));
    }
    Ok(())
}

/// Attaches the scan of the signed copy to a signed or locked document that was recorded without one. A scan
/// once stored is not replaced: it is the evidence of what was signed.
pub fn lampirkan_pindaian(db: &mut Db, id: &str, isi: &[u8], waktu: &str) -> Result<(), AppError> {
    let d = dokumen_ada(db, id)?;
    if d.status < StatusDokumen::Ditandatangani {
        return Err(crate::app::umum::salah(
            "Pindaian",
            format!("dokumen {id} belum ditandatangani"),
        ));
    }
    cek_pindaian(isi)?;
    if !db.simpan_pindaian(id, isi, &sha256_hex(isi), waktu)? {
        return Err(crate::app::umum::salah(
            "Pindaian",
            format!(
                "dokumen {id} sudah memiliki pindaian; pindaian dokumen bertanda tangan tidak diganti"
            ),
        ));
    }
    Ok(())
}

pub fn kunci(db: &mut Db, id: &str, waktu: &str) -> Result<(), AppError> {
    let d = dokumen_ada(db, id)?;
    transisi(d.status, StatusDokumen::Terkunci).map_err(|e| AppError::Masukan {
        field: "status".into(),
        pesan: e.to_string(),
    })?;
    db.ubah_status_dokumen(id, StatusDokumen::Terkunci, waktu, None, waktu)?;
    Ok(())
}
