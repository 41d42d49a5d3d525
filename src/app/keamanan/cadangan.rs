//! Backups: on demand to a file the user names, automatic and rotating in the data folder's `cadangan` folder,
//! and restore from a checked file (the current content is kept as a backup first).
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::salah;
use crate::domain::kk::tanggal_indonesia;
use crate::store::{Db, InfoCadangan, Sandi, periksa_cadangan};

/// How many automatic backups are kept when the office has not set it (Pengaturan, `cadangan_simpan`).
pub const SIMPAN_BAWAAN: usize = 14;
const AWALAN_OTOMATIS: &str = "kinerja-";
const AWALAN_SEBELUM_PULIH: &str = "sebelum-pulih-";
const AWALAN_SEBELUM_DEMO: &str = "sebelum-demo-";
/// "Buat cadangan sekarang" and `kinerja backup` without --out: kept apart from the rotation.
const AWALAN_MANUAL: &str = "manual-";

/// A backup as the user sees it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RingkasCadangan {
    pub path: String,
    pub nama: String,
    pub ukuran_kb: u64,
    /// The size as people read it: "1.234 KB".
    pub ukuran: String,
    pub kantor: String,
    pub pegawai: i64,
    pub tahun: Vec<i32>,
    /// "2 Desember 2026 08.15", from the newest change the copy holds.
    pub perubahan_terakhir: String,
    /// Encrypted with another password than the database's: restoring it asks for that password.
    pub terkunci: bool,
}

fn ukuran_kb(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len() / 1024).unwrap_or(0)
}

fn ukuran_tampil(kb: u64) -> String {
    format!(
        "{} KB",
        crate::domain::angka::teks_id(rust_decimal::Decimal::from(kb))
    )
}

fn ringkas(path: &Path, info: InfoCadangan) -> RingkasCadangan {
    let perubahan_terakhir = info
        .perubahan_terakhir
        .as_deref()
        .and_then(|w| NaiveDateTime::parse_from_str(w, "%Y-%m-%dT%H:%M:%S").ok())
        .map(waktu_indonesia)
        .unwrap_or_else(|| "-".into());
    let kb = ukuran_kb(path);
    RingkasCadangan {
        path: path.display().to_string(),
        nama: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        ukuran_kb: kb,
        ukuran: ukuran_tampil(kb),
        kantor: info.kantor,
        pegawai: info.pegawai,
        tahun: info.tahun,
        perubahan_terakhir,
        terkunci: false,
    }
}

fn waktu_indonesia(w: NaiveDateTime) -> String {
    format!("{} {}", tanggal_indonesia(w.date()), w.format("%H.%M"))
}

/// `<folder of the database>/cadangan`, created when missing.
pub fn folder_cadangan(db: &Db) -> Result<PathBuf, AppError> {
    let dir = db
        .path()
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
        .join("cadangan");
    std::fs::create_dir_all(&dir).map_err(|e| AppError::Berkas {
        path: dir.display().to_string(),
        pesan: crate::store::pesan_io(&e),
    })?;
    Ok(dir)
}

/// Writes a checked copy of the whole database to `tujuan` (never over an existing file).
pub fn cadangkan(db: &Db, tujuan: &Path) -> Result<RingkasCadangan, AppError> {
    let info = db.cadangkan_ke(tujuan)?;
    Ok(ringkas(tujuan, info))
}

/// How many automatic backups to keep; 0 turns them off.
pub fn jumlah_simpan(db: &Db) -> Result<usize, AppError> {
    match db.pengaturan("cadangan_simpan")? {
        None => Ok(SIMPAN_BAWAAN),
        Some(s) => s.trim().parse().map_err(|_| {
            salah(
                "Pengaturan: jumlah cadangan otomatis",
                format!("\"{s}\" bukan bilangan bulat"),
            )
        }),
    }
}

pub fn atur_jumlah_simpan(db: &mut Db, teks: &str, waktu: &str) -> Result<usize, AppError> {
    let n: usize = teks.trim().parse().map_err(|_| {
        salah(
            "Jumlah cadangan otomatis",
            format!("\"{}\" bukan bilangan bulat 0 sampai 365", teks.trim()),
        )
    })?;
    if n > 365 {
        return Err(salah(
            "Jumlah cadangan otomatis",
            "paling banyak 365 cadangan",
        ));
    }
    db.atur_pengaturan("cadangan_simpan", &n.to_string(), waktu)?;
    Ok(n)
}

/// The backups in the data folder, newest first.
pub fn daftar_cadangan(db: &Db) -> Result<Vec<RingkasCadangan>, AppError> {
    let dir = folder_cadangan(db)?;
    let mut hasil = Vec::new();
    for p in semua_cadangan(&dir) {
        // A file that does not check out is listed by name only, so it can be seen and removed.
        match periksa_cadangan(&p, db.sandi()) {
            Ok(info) => hasil.push(ringkas(&p, info)),
            Err(e) => {
                let terkunci = matches!(
                    e,
                    crate::store::StoreError::SandiSalah { .. }
                        | crate::store::StoreError::PerluSandi { .. }
                );
                let kb = ukuran_kb(&p);
                hasil.push(RingkasCadangan {
                    path: p.display().to_string(),
                    nama: p
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    ukuran_kb: kb,
                    ukuran: ukuran_tampil(kb),
                    kantor: if terkunci {
                        "dienkripsi dengan kata sandi lain; Pulihkan… menanyakan kata sandinya"
                            .into()
                    } else {
                        format!("tidak dapat dipakai: {e}")
                    },
                    pegawai: 0,
                    tahun: vec![],
                    perubahan_terakhir: "-".into(),
                    terkunci,
                })
            }
        }
    }
    Ok(hasil)
}

/// Every backup Kinerja wrote in the folder (automatic, manual, before a restore, before the demo), newest first.
pub(crate) fn semua_cadangan(dir: &Path) -> Vec<PathBuf> {
    berkas_cadangan(
        dir,
        &[
            AWALAN_OTOMATIS,
            AWALAN_MANUAL,
            AWALAN_SEBELUM_PULIH,
            AWALAN_SEBELUM_DEMO,
        ],
    )
}

/// `<awalan>YYYYMMDD-HHMMSS.db` files of the folder, newest first (the name carries the time).
fn berkas_cadangan(dir: &Path, awalan: &[&str]) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let n = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            n.ends_with(".db") && awalan.iter().any(|a| n.starts_with(a))
        })
        // Only names that carry their time: a file the user named otherwise is never rotated away.
        .filter(|p| cap_waktu(p).is_some())
        .collect();
    v.sort_by_key(|p| std::cmp::Reverse(cap_waktu(p)));
    v
}

fn cap_waktu(p: &Path) -> Option<NaiveDateTime> {
    let n = p.file_stem()?.to_string_lossy().into_owned();
    let t = n.rsplit_once('-').map(|(a, b)| (a.rsplit_once('-'), b))?;
    let (_, tanggal) = t.0?;
    NaiveDateTime::parse_from_str(&format!("{tanggal}-{}", t.1), "%Y%m%d-%H%M%S").ok()
}

fn nama_berwaktu(awalan: &str, sekarang: NaiveDateTime) -> String {
    format!("{awalan}{}.db", sekarang.format("%Y%m%d-%H%M%S"))
}

/// The automatic backup: one when the newest is a day old or more (or `paksa`), then only the newest `simpan`
/// are kept. Returns the new file, if one was written.
pub fn cadangan_otomatis(
    db: &Db,
    sekarang: NaiveDateTime,
    paksa: bool,
) -> Result<Option<RingkasCadangan>, AppError> {
    super::rapikan_cadangan(db)?;
    let simpan = jumlah_simpan(db)?;
    if simpan == 0 || db.kosong()? {
        return Ok(None);
    }
    let dir = folder_cadangan(db)?;
    let ada = berkas_cadangan(&dir, &[AWALAN_OTOMATIS]);
    let baru_saja = ada.first().and_then(|p| cap_waktu(p)).is_some_and(|t| {
        // A backup stamped in the future (a clock set wrong once) does not stop the daily backup.
        let umur = sekarang.signed_duration_since(t);
        umur >= chrono::Duration::zero() && umur < chrono::Duration::hours(24)
    });
    if baru_saja && !paksa {
        return Ok(None);
    }
    let tujuan = dir.join(nama_berwaktu(AWALAN_OTOMATIS, sekarang));
    if tujuan.exists() {
        return Ok(None);
    }
    let hasil = cadangkan(db, &tujuan)?;
    for lama in berkas_cadangan(&dir, &[AWALAN_OTOMATIS])
        .into_iter()
        .skip(simpan)
    {
        let _ = std::fs::remove_file(lama);
    }
    Ok(Some(hasil))
}

/// "Buat cadangan sekarang" (and `kinerja backup` without --out): a checked copy in the backup folder, apart from
/// the automatic ones, so it never pushes their history out.
pub fn cadangan_manual(db: &Db, sekarang: NaiveDateTime) -> Result<RingkasCadangan, AppError> {
    let dir = folder_cadangan(db)?;
    // Two in the same second: the next free second, so every name still carries a time.
    let mut t = sekarang;
    while dir.join(nama_berwaktu(AWALAN_MANUAL, t)).exists() {
        t += chrono::Duration::seconds(1);
    }
    cadangkan(db, &dir.join(nama_berwaktu(AWALAN_MANUAL, t)))
}

/// Restore over a database file that no longer opens (damaged): the damaged file (with its -wal and -shm) is
/// kept beside it as `<nama>.rusak-<waktu>`, a new file takes its place, and the backup is restored into it. With
/// `sandi` the new file is encrypted with it (and an encrypted backup read with it).
pub fn pulihkan_berkas_rusak(
    path: &Path,
    sumber: &Path,
    sandi: Option<Sandi>,
    sekarang: NaiveDateTime,
    waktu: &str,
) -> Result<(Db, HasilPulih), AppError> {
    let info = periksa_cadangan(sumber, sandi.as_ref())?;
    let akhiran = format!(".rusak-{}", sekarang.format("%Y%m%d-%H%M%S"));
    let dengan = |p: &Path, ekor: &str| -> std::path::PathBuf {
        let mut s = p.as_os_str().to_owned();
        s.push(ekor);
        std::path::PathBuf::from(s)
    };
    // The main file first, then its -wal and -shm; on any failure everything moved goes back.
    let berkas: Vec<std::path::PathBuf> = ["", "-wal", "-shm"]
        .iter()
        .map(|e| dengan(path, e))
        .filter(|p| p.exists())
        .collect();
    let mut dipindah: Vec<(std::path::PathBuf, std::path::PathBuf)> = Vec::new();
    let kembalikan = |dipindah: &[(std::path::PathBuf, std::path::PathBuf)]| {
        let _ = std::fs::remove_file(path);
        for (dari, ke) in dipindah.iter().rev() {
            let _ = std::fs::rename(ke, dari);
        }
    };
    for b in &berkas {
        let ke = dengan(b, &akhiran);
        if let Err(e) = std::fs::rename(b, &ke) {
            kembalikan(&dipindah);
            return Err(AppError::Berkas {
                path: b.display().to_string(),
                pesan: crate::store::pesan_io(&e),
            });
        }
        dipindah.push((b.clone(), ke));
    }
    let mut db = match Db::buka_dengan(path, sandi)
        .and_then(|mut db| db.pulihkan_dari(sumber, None).map(|_| db))
    {
        Ok(db) => db,
        Err(e) => {
            kembalikan(&dipindah);
            return Err(e.into());
        }
    };
    let mut rusak = path.as_os_str().to_owned();
    rusak.push(&akhiran);
    let dipulihkan = ringkas(sumber, info);
    db.catat_peristiwa(
        "cadangan",
        &dipulihkan.nama,
        "pulihkan",
        &format!(
            "dipulihkan dari {}; berkas rusak disimpan sebagai {}",
            dipulihkan.path,
            Path::new(&rusak).display()
        ),
        waktu,
    )?;
    Ok((
        db,
        HasilPulih {
            dipulihkan,
            cadangan_sebelumnya: Path::new(&rusak).display().to_string(),
        },
    ))
}

/// The newest backup of this same history (its first audit row is ours) made after the last restore: its file
/// and where its audit chain ended. The audit rows it holds must still be here, unchanged.
pub fn cadangan_pembanding(db: &Db) -> Result<Option<(RingkasCadangan, i64, String)>, AppError> {
    let Some(awal) = db.rantai_awal()? else {
        return Ok(None);
    };
    if db.path() == Path::new(":memory:") {
        return Ok(None);
    }
    // Only look: on write-protected media the folder may not exist and cannot be made.
    let Some(dir) = db
        .path()
        .parent()
        .map(|d| d.join("cadangan"))
        .filter(|d| d.is_dir())
    else {
        return Ok(None);
    };
    // After a restore only backups that already hold that restore's own audit row are of this history now.
    let pulih = db.baris_pulihkan_terakhir()?;
    for p in berkas_cadangan(&dir, &[AWALAN_OTOMATIS, AWALAN_MANUAL]) {
        if let Ok(Some((a, id, hash))) = crate::store::ujung_rantai(&p, db.sandi())
            && a == awal
            && pulih.as_ref().is_none_or(|(i, h)| {
                crate::store::rantai_berkas_memuat(&p, *i, h, db.sandi()).unwrap_or(false)
            })
            && let Ok(info) = periksa_cadangan(&p, db.sandi())
        {
            return Ok(Some((ringkas(&p, info), id, hash)));
        }
    }
    Ok(None)
}

/// What a restore did.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HasilPulih {
    pub dipulihkan: RingkasCadangan,
    /// Where the content before the restore was kept.
    pub cadangan_sebelumnya: String,
}

/// Checks `sumber` (integrity, a Kinerja database, not newer), keeps the current content as a backup in the
/// data folder, then replaces the content with the backup's. A file that does not check out changes nothing. An
/// encrypted backup is read with `sandi_cadangan`, or without it with this database's password; the database
/// keeps its own encryption.
pub fn pulihkan(
    db: &mut Db,
    sumber: &Path,
    sandi_cadangan: Option<&Sandi>,
    sekarang: NaiveDateTime,
    waktu: &str,
) -> Result<HasilPulih, AppError> {
    let kunci = sandi_cadangan.or(db.sandi()).cloned();
    let info = periksa_cadangan(sumber, kunci.as_ref())?;
    if std::fs::canonicalize(sumber).ok() == std::fs::canonicalize(db.path()).ok() {
        return Err(salah(
            "berkas cadangan",
            "ini berkas basis data yang sedang dipakai, bukan cadangan",
        ));
    }
    let dir = folder_cadangan(db)?;
    let mut t = sekarang;
    while dir.join(nama_berwaktu(AWALAN_SEBELUM_PULIH, t)).exists() {
        t += chrono::Duration::seconds(1);
    }
    let sebelum = dir.join(nama_berwaktu(AWALAN_SEBELUM_PULIH, t));
    db.cadangkan_ke(&sebelum)?;
    let dipulihkan = ringkas(sumber, info);
    db.pulihkan_dari(sumber, kunci.as_ref())?;
    db.catat_peristiwa(
        "cadangan",
        &dipulihkan.nama,
        "pulihkan",
        &format!(
            "dipulihkan dari {}; isi sebelumnya disimpan di {}",
            dipulihkan.path,
            sebelum.display()
        ),
        waktu,
    )?;
    Ok(HasilPulih {
        dipulihkan,
        cadangan_sebelumnya: sebelum.display().to_string(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn ukuran_dibaca_orang() {
        for (kb, teks) in [
            (0, "0 KB"),
            (987, "987 KB"),
            (1234, "1.234 KB"),
            (2_500_000, "2.500.000 KB"),
        ] {
            assert_eq!(super::ukuran_tampil(kb), teks);
        }
    }
}
