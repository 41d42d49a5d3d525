//! Backup and restore of the whole database file. Scans, the logo and evidence live inside the database, so one
//! file is the whole office.
use std::path::{Path, PathBuf};

use rusqlite::OptionalExtension;

use super::sandi::{Sandi, SumberSalinan};
use super::{Db, Result, StoreError, galat_berkas, selidiki};

/// What a backup file holds, read without changing it.
#[derive(Debug, Clone, PartialEq)]
pub struct InfoCadangan {
    pub versi: i64,
    pub kantor: String,
    pub pegawai: i64,
    pub tahun: Vec<i32>,
    /// Time of the newest audit row: the last change the copy holds.
    pub perubahan_terakhir: Option<String>,
}

/// Checks a file as a backup: a sound Kinerja database (integrity_check), not newer than this version, with
/// an office in it. Nothing is written to it. An encrypted file is read with `sandi`.
pub fn periksa_cadangan(path: &Path, sandi: Option<&Sandi>) -> Result<InfoCadangan> {
    let tampil = path.display().to_string();
    if path.is_dir() {
        return Err(StoreError::DirektoriData {
            path: tampil,
            pesan: "ini sebuah folder, bukan berkas cadangan".into(),
        });
    }
    if !path.is_file() {
        return Err(StoreError::DirektoriData {
            path: tampil,
            pesan: "berkas tidak ada".into(),
        });
    }
    let s = selidiki(path, sandi)?;
    if s.tabel == 0 {
        return Err(StoreError::BukanBasisData { path: tampil });
    }
    let ro = super::buka_ro(path, !super::folder_dapat_ditulis(path), sandi)?;
    let rusak = |_| StoreError::BukanBasisData {
        path: tampil.clone(),
    };
    let cek: String = ro
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(rusak)?;
    if cek != "ok" {
        return Err(StoreError::BukanBasisData { path: tampil });
    }
    // A backup changed outside the app would bring that change back unnoticed: its audit chain must be whole
    // (a backup from before the chain existed has none; it is chained when migrated).
    let berantai: bool = ro
        .query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'audit_rantai'",
            [],
            |r| r.get(0),
        )
        .map_err(rusak)?;
    let putus = if berantai {
        super::integritas::periksa_rantai(&ro)
            .map_err(|_| StoreError::BukanBasisData {
                path: tampil.clone(),
            })?
            .1
    } else {
        None
    };
    if let Some((baris, sebab)) = putus {
        return Err(StoreError::CadanganTidakUtuh {
            path: tampil,
            baris,
            sebab,
        });
    }
    let kantor: String = ro
        .query_row("SELECT nama FROM kantor LIMIT 1", [], |r| r.get(0))
        .unwrap_or_default();
    let pegawai: i64 = ro
        .query_row("SELECT count(*) FROM pegawai", [], |r| r.get(0))
        .map_err(rusak)?;
    let tahun = {
        let mut st = ro
            .prepare("SELECT tahun FROM tahun ORDER BY tahun")
            .map_err(rusak)?;
        st.query_map([], |r| r.get(0))
            .and_then(|r| r.collect::<rusqlite::Result<Vec<i32>>>())
            .map_err(rusak)?
    };
    let perubahan_terakhir: Option<String> = ro
        .query_row("SELECT max(waktu) FROM audit", [], |r| r.get(0))
        .map_err(rusak)?;
    Ok(InfoCadangan {
        versi: s.versi,
        kantor,
        pegawai,
        tahun,
        perubahan_terakhir,
    })
}

/// Copies every page of `src` into `dst` in one step of SQLite's online backup: one transaction on `dst`, so a
/// kill halfway changes nothing. Another writer holding `dst` past the busy timeout (a few tries) is an error,
/// never a silent no-op.
fn salin_semua(src: &rusqlite::Connection, dst: &mut rusqlite::Connection) -> Result<()> {
    use rusqlite::backup::StepResult;
    let b = rusqlite::backup::Backup::new(src, dst)?;
    for _ in 0..3 {
        match b.step(-1)? {
            StepResult::Done => return Ok(()),
            StepResult::More | StepResult::Busy | StepResult::Locked => {
                std::thread::sleep(std::time::Duration::from_millis(250))
            }
            _ => std::thread::sleep(std::time::Duration::from_millis(250)),
        }
    }
    Err(StoreError::Sibuk)
}

/// The audit chain of a backup file as it ends: (hash of its first row, id and hash of its last row).
pub fn ujung_rantai(path: &Path, sandi: Option<&Sandi>) -> Result<Option<(String, i64, String)>> {
    let ro = super::buka_ro(path, !super::folder_dapat_ditulis(path), sandi)?;
    let awal: Option<String> = ro
        .query_row(
            "SELECT hash FROM audit_rantai ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()
        .unwrap_or(None);
    let akhir: Option<(i64, String)> = ro
        .query_row(
            "SELECT id, hash FROM audit_rantai ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .unwrap_or(None);
    Ok(awal.zip(akhir).map(|(a, (i, h))| (a, i, h)))
}

/// Whether a backup file's chain has row `id` with `hash`.
pub fn rantai_berkas_memuat(
    path: &Path,
    id: i64,
    hash: &str,
    sandi: Option<&Sandi>,
) -> Result<bool> {
    let ro = super::buka_ro(path, !super::folder_dapat_ditulis(path), sandi)?;
    Ok(ro
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM audit_rantai WHERE id = ?1 AND hash = ?2)",
            rusqlite::params![id, hash],
            |r| r.get(0),
        )
        .unwrap_or(false))
}

impl Db {
    /// Writes a consistent copy of the database to `tujuan` (which must not exist) while others may be writing:
    /// `VACUUM INTO` a temporary file beside it, checked as a backup, then renamed into place.
    pub fn cadangkan_ke(&self, tujuan: &Path) -> Result<InfoCadangan> {
        if tujuan.exists() {
            return Err(StoreError::DirektoriData {
                path: tujuan.display().to_string(),
                pesan: "berkas sudah ada; pilih nama lain (cadangan tidak menimpa berkas)".into(),
            });
        }
        let folder = match tujuan.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !folder.is_dir() {
            return Err(StoreError::DirektoriData {
                path: folder.display().to_string(),
                pesan: "folder tidak ada".into(),
            });
        }
        let nama = tujuan
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "cadangan".into());
        let sementara = folder.join(format!(".{nama}.{}.sementara", std::process::id()));
        let _ = std::fs::remove_file(&sementara);
        let hasil = (|| {
            self.conn
                .execute("VACUUM INTO ?1", [sementara.to_string_lossy().as_ref()])
                .map_err(|_| StoreError::DirektoriData {
                    path: tujuan.display().to_string(),
                    pesan: "salinan tidak dapat ditulis di sini (folder tidak dapat ditulisi atau disk penuh)"
                        .into(),
                })?;
            // An encrypted database's VACUUM INTO writes the copy with the same key.
            let info = periksa_cadangan(&sementara, self.sandi())?;
            super::sandi::sinkron(&sementara)?;
            std::fs::rename(&sementara, tujuan).map_err(|e| galat_berkas(tujuan, e))?;
            Ok(info)
        })();
        if hasil.is_err() {
            let _ = std::fs::remove_file(&sementara);
        }
        hasil
    }

    /// Replaces the whole content of this database with `sumber`'s in one step of SQLite's online backup: a
    /// kill halfway leaves the content as it was (used to write the demo office built in memory).
    pub fn ganti_isi_dengan(&mut self, sumber: &Db) -> Result<()> {
        if self.terenkripsi() {
            let salinan = self.salinan_sekunci(SumberSalinan::Koneksi(&sumber.conn))?;
            return self.salin_dari_sementara(&salinan);
        }
        salin_semua(&sumber.conn, &mut self.conn)?;
        self.sesudah_ganti_isi()
    }

    /// The online backup from a temporary copy keyed like this database, which is removed afterwards.
    fn salin_dari_sementara(&mut self, salinan: &Path) -> Result<()> {
        let hasil = (|| {
            let src = super::buka_ro(salinan, false, self.sandi())?;
            salin_semua(&src, &mut self.conn)?;
            drop(src);
            self.sesudah_ganti_isi()
        })();
        let _ = std::fs::remove_file(salinan);
        hasil
    }

    fn sesudah_ganti_isi(&mut self) -> Result<()> {
        self.atur_koneksi()?;
        super::migrasi::migrasi(&mut self.conn)?;
        self.pemicu_dipulihkan = self.pulihkan_pemicu()?;
        let id: i64 = self
            .conn
            .pragma_query_value(None, "application_id", |r| r.get(0))?;
        if id != super::APPLICATION_ID {
            self.conn
                .pragma_update(None, "application_id", super::APPLICATION_ID)?;
        }
        Ok(())
    }

    /// Replaces the whole content of this database with the backup `sumber` through SQLite's online backup,
    /// page by page inside the live database (its WAL included), so no stale `-wal` or `-shm` can survive. The
    /// caller checks `sumber` first and keeps a backup of the current content. An encrypted backup is read with
    /// `sandi_sumber`, or without it with this database's password. The database keeps its own encryption: a
    /// plain backup restored into an encrypted database is encrypted, and the other way round.
    pub fn pulihkan_dari(&mut self, sumber: &Path, sandi_sumber: Option<&Sandi>) -> Result<()> {
        let kunci = sandi_sumber.or(self.sandi()).cloned();
        periksa_cadangan(sumber, kunci.as_ref())?;
        if self.terenkripsi() || super::sandi::terenkripsi(sumber) {
            let salinan = self.salinan_sekunci(SumberSalinan::Berkas(sumber, kunci.as_ref()))?;
            return self.salin_dari_sementara(&salinan);
        }
        let src = super::buka_ro(sumber, !super::folder_dapat_ditulis(sumber), None)?;
        salin_semua(&src, &mut self.conn)?;
        drop(src);
        self.sesudah_ganti_isi()
    }
}
