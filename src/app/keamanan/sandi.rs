//! Encryption at rest: setting, changing and removing the database password (Pengaturan → Enkripsi, `kinerja
//! sandi`). The database file and every backup Kinerja wrote in its `cadangan` folder follow the password.
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::salah;
use crate::store::{Db, Sandi, StoreError};

/// Shortest password accepted: a password that short is guessed offline in minutes despite the key stretching.
pub const PANJANG_MIN: usize = 8;
pub const PANJANG_MAKS: usize = 128;

/// Checks a new password as typed: long enough, not too long, not only spaces.
pub fn sandi_baru(teks: &str, field: &str) -> Result<Sandi, AppError> {
    let n = teks.chars().count();
    if teks.trim().is_empty() {
        return Err(salah(field, "kata sandi kosong"));
    }
    if n < PANJANG_MIN {
        return Err(salah(
            field,
            format!("kata sandi paling sedikit {PANJANG_MIN} karakter (ini {n})"),
        ));
    }
    if n > PANJANG_MAKS {
        return Err(salah(
            field,
            format!("kata sandi paling banyak {PANJANG_MAKS} karakter"),
        ));
    }
    Ok(Sandi::baru(teks))
}

fn dilewati(p: &std::path::Path, e: StoreError) -> String {
    format!(
        "{}: {}",
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        match e {
            StoreError::SandiSalah { .. } | StoreError::PerluSandi { .. } => {
                "dienkripsi dengan kata sandi lain".to_string()
            }
            e => e.to_string(),
        }
    )
}

/// Damaged database files set aside by a restore (`<name>.rusak-<time>`, beside the database).
fn berkas_rusak(db: &Db) -> Vec<String> {
    let Some(nama) = db
        .path()
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
    else {
        return vec![];
    };
    let dir = match db.path().parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.starts_with(&format!("{nama}.rusak-")) || n.starts_with(&format!("{nama}-wal.rusak-"))
        })
        .collect();
    v.sort();
    v
}

/// An encrypted database's backups that are still plain (a change of password interrupted before it reached
/// them), encrypted now; run with the automatic backup. Returns how many were encrypted.
pub fn rapikan_cadangan(db: &Db) -> Result<usize, AppError> {
    let Some(kunci) = db.sandi() else {
        return Ok(0);
    };
    let dir = super::folder_cadangan(db)?;
    crate::store::sapu_sementara(&dir);
    let awal = db.rantai_awal()?;
    let mut n = 0;
    for p in super::semua_cadangan(&dir) {
        if !crate::store::terenkripsi(&p)
            && milik(&awal, &p, None)
            && crate::store::enkripsi_ulang_berkas(&p, None, Some(kunci)).is_ok()
        {
            n += 1;
        }
    }
    Ok(n)
}

/// Whether the backup `p` is of this database's history: its audit chain starts where the database's does. One
/// that cannot be read with `kunci` counts as this database's (its re-writing then reports why it failed).
fn milik(awal: &Option<String>, p: &std::path::Path, kunci: Option<&Sandi>) -> bool {
    match crate::store::ujung_rantai(p, kunci) {
        Ok(ujung) => ujung.map(|(a, _, _)| a) == *awal,
        Err(_) => true,
    }
}

/// Whether the database is encrypted, as Pengaturan shows it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StatusEnkripsi {
    pub terenkripsi: bool,
}

pub fn status(db: &Db) -> StatusEnkripsi {
    StatusEnkripsi {
        terenkripsi: db.terenkripsi(),
    }
}

/// What a change of password did.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HasilSandi {
    pub terenkripsi: bool,
    /// Backups in the `cadangan` folder re-written with the new password (or decrypted).
    pub cadangan_diubah: usize,
    /// Backups that could not be re-written (another password, damaged), with why: left as they were.
    pub cadangan_dilewati: Vec<String>,
    /// Other things the user should know: damaged files set aside earlier that stay unencrypted, a step after the
    /// change that failed (the change itself stands).
    pub catatan: Vec<String>,
}

/// Sets (`baru` given on a plain database), changes, or removes (`baru` None) the password. An encrypted
/// database asks for its current password first, so an unlocked laptop left alone cannot have it removed;
/// `ulang` must repeat `baru`. The database is re-written first, then each backup in its `cadangan` folder.
pub fn atur_sandi(
    db: &mut Db,
    sekarang: Option<&str>,
    baru: Option<&str>,
    ulang: Option<&str>,
    waktu: &str,
) -> Result<HasilSandi, AppError> {
    atur_sandi_dengan(db, sekarang.map(Sandi::baru).as_ref(), baru, ulang, waktu)
}

/// [`atur_sandi`] with the current password already a [`Sandi`] (the CLI's, given to open the database).
pub fn atur_sandi_dengan(
    db: &mut Db,
    sekarang: Option<&Sandi>,
    baru: Option<&str>,
    ulang: Option<&str>,
    waktu: &str,
) -> Result<HasilSandi, AppError> {
    if db.path() == std::path::Path::new(":memory:") {
        return Err(salah(
            "kata sandi",
            "basis data di memori tidak dapat dienkripsi",
        ));
    }
    let lama = db.sandi().cloned();
    if let Some(l) = &lama
        && sekarang != Some(l)
    {
        return Err(salah("Kata sandi sekarang", "kata sandi sekarang salah"));
    }
    let baru = match baru {
        Some(t) => {
            let s = sandi_baru(t, "Kata sandi baru")?;
            if lama.as_ref() == Some(&s) {
                return Err(salah("Kata sandi baru", "sama dengan kata sandi sekarang"));
            }
            if ulang != Some(t) {
                return Err(salah(
                    "Ulangi kata sandi baru",
                    "tidak sama dengan kata sandi baru",
                ));
            }
            Some(s)
        }
        None if lama.is_none() => {
            return Err(salah(
                "Enkripsi",
                "basis data ini belum dienkripsi, jadi tidak ada yang dimatikan",
            ));
        }
        None => None,
    };
    let awal = db.rantai_awal()?;
    db.atur_sandi(baru.clone())?;
    // The password is changed from here on: what follows is reported, never turned into a failure.
    let mut hasil = HasilSandi {
        terenkripsi: baru.is_some(),
        cadangan_diubah: 0,
        cadangan_dilewati: vec![],
        catatan: vec![],
    };
    match super::folder_cadangan(db) {
        Ok(dir) => {
            for p in super::semua_cadangan(&dir) {
                // Another database kept in the same folder has its own backups there: left alone.
                if !milik(&awal, &p, lama.as_ref()) {
                    continue;
                }
                match crate::store::enkripsi_ulang_berkas(&p, lama.as_ref(), baru.as_ref()) {
                    Ok(()) => hasil.cadangan_diubah += 1,
                    Err(e) => hasil.cadangan_dilewati.push(dilewati(&p, e)),
                }
            }
        }
        Err(e) => hasil
            .catatan
            .push(format!("cadangan tidak ditulis ulang: {e}")),
    }
    if baru.is_some() {
        hasil.catatan.extend(berkas_rusak(db).into_iter().map(|n| {
            format!("berkas rusak yang dahulu disisihkan, {n}, tidak terenkripsi; hapus bila tidak diperlukan lagi")
        }));
    }
    let aksi = match (&lama, &baru) {
        (None, Some(_)) => "enkripsi diaktifkan",
        (Some(_), Some(_)) => "kata sandi diganti",
        _ => "enkripsi dimatikan",
    };
    if let Err(e) = db.catat_peristiwa(
        "basis_data",
        "enkripsi",
        "sandi",
        &format!("{aksi}; {} cadangan ikut diubah", hasil.cadangan_diubah),
        waktu,
    ) {
        hasil
            .catatan
            .push(format!("perubahan ini tidak dapat dicatat di riwayat: {e}"));
    }
    Ok(hasil)
}
