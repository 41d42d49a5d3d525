//! Encryption at rest (SQLCipher, bundled with rusqlite). A database is plain until a password is set in
//! Pengaturan; from then on the file, its `-wal` and every backup in its `cadangan` folder hold ciphertext only.
//!
//! SQLCipher cannot encrypt, decrypt or re-key a file in place here (the page layout changes), so every change of
//! password writes a new file with `sqlcipher_export`, checks it, and renames it over the old one. For the same
//! reason SQLite's online backup cannot copy between a plain and an encrypted file: a restore or the demo office
//! first goes through such an exported copy with the live database's key.
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use zeroize::Zeroizing;

use super::{APPLICATION_ID, Db, Result, StoreError, dengan_akhiran, galat_berkas};

/// SQLCipher registers `sqlcipher_export` for new connections only after its one-time set-up has marked itself
/// done, so a connection opened by another thread in that moment lacks the function. Every connection the store
/// opens first waits here until one thread has finished that set-up (by opening a connection of its own).
pub(crate) fn siapkan() {
    static SEKALI: std::sync::Once = std::sync::Once::new();
    SEKALI.call_once(|| {
        let _ = Connection::open_in_memory();
    });
}

/// A database password. Never printed (its `Debug` hides it); its memory is cleared when dropped.
#[derive(Clone)]
pub struct Sandi(Zeroizing<String>);

impl Sandi {
    pub fn baru(teks: impl Into<String>) -> Sandi {
        Sandi(Zeroizing::new(teks.into()))
    }
    fn teks(&self) -> &str {
        self.0.as_str()
    }
}

impl PartialEq for Sandi {
    /// Compares every byte whatever the first difference, so the time taken tells nothing of the password.
    fn eq(&self, lain: &Sandi) -> bool {
        let (a, b) = (self.teks().as_bytes(), lain.teks().as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

impl std::fmt::Debug for Sandi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sandi(…)")
    }
}

/// The first 16 bytes of every plain SQLite file; an encrypted file starts with its random salt instead.
const KEPALA_SQLITE: &[u8; 16] = b"SQLite format 3\0";

fn kepala(path: &Path) -> Option<[u8; 16]> {
    kepala_n::<16>(path)
}

fn kepala_n<const N: usize>(path: &Path) -> Option<[u8; N]> {
    use std::io::Read;
    let mut f = std::fs::File::open(path).ok()?;
    let mut b = [0u8; N];
    f.read_exact(&mut b).ok()?;
    Some(b)
}

/// Whether the file at `path` is an encrypted database (or something else that is not a plain SQLite file):
/// it has content and does not start with SQLite's header. A missing or empty file is not.
pub fn terenkripsi(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > 0)
        && kepala(path).is_none_or(|k| &k != KEPALA_SQLITE)
}

/// Whether a file that could not be read looks like an encrypted database rather than junk or a damaged plain
/// one: whole pages; instead of the plain header a random salt (not one repeated byte, as a wiped header is);
/// and not the fixed bytes 21-23 (64, 32, 32) that every plain SQLite header carries after its first 16 (a
/// damaged plain file keeps them; an encrypted one has them encrypted). Decides between "give the password" and
/// "this is not a database".
pub(crate) fn mirip_terenkripsi(path: &Path) -> bool {
    let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    len >= 1024
        && len.is_multiple_of(512)
        && kepala_n::<24>(path).is_some_and(|k| {
            k[..16] != KEPALA_SQLITE[..]
                && k[..16].iter().any(|b| *b != k[0])
                && k[21..24] != [64, 32, 32]
        })
}

/// Keys a fresh connection to `path` when the file is encrypted or still empty (a new database given a
/// password is encrypted from its first page). A plain file is left plain even when a password was given.
/// Returns whether the key was applied.
pub(crate) fn pasang(
    conn: &Connection,
    path: &Path,
    sandi: Option<&Sandi>,
) -> rusqlite::Result<bool> {
    let Some(s) = sandi else { return Ok(false) };
    let kosong = std::fs::metadata(path)
        .map(|m| m.len() == 0)
        .unwrap_or(true);
    if !(kosong || terenkripsi(path)) {
        return Ok(false);
    }
    // A wrong key would otherwise print SQLCipher's own English log lines on stderr.
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    conn.pragma_update(None, "key", s.teks())?;
    Ok(true)
}

/// The refusal for a file that could not be read: the password it needs, a wrong password, or not a database.
pub(crate) fn galat_buka(path: &Path, sandi: Option<&Sandi>) -> StoreError {
    let p = path.display().to_string();
    match (mirip_terenkripsi(path), sandi) {
        (true, None) => StoreError::PerluSandi { path: p },
        (true, Some(_)) => StoreError::SandiSalah { path: p },
        (false, _) => StoreError::BukanBasisData { path: p },
    }
}

/// [`galat_buka`] for a failed first read: a file held by another connection's exclusive lock (a change of
/// password in progress) is busy, not a wrong password.
pub(crate) fn galat_baca(e: rusqlite::Error, path: &Path, sandi: Option<&Sandi>) -> StoreError {
    match StoreError::from(e) {
        StoreError::Sibuk => StoreError::Sibuk,
        _ => galat_buka(path, sandi),
    }
}

/// `<folder>/.<name>.<what>-<pid>.sementara`: the temporary file beside `path` that a checked copy is written to
/// before it is renamed into place.
pub(crate) fn berkas_sementara(path: &Path, apa: &str) -> PathBuf {
    let folder = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let nama = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "kinerja".into());
    folder.join(format!(".{nama}.{apa}-{}.sementara", std::process::id()))
}

/// Removes the temporary copies (`.<name>….sementara`) in `dir` that a killed run left behind, two minutes old or
/// more (a run still writing one is younger). They may hold a plain copy of an encrypted database.
pub fn sapu_sementara(dir: &Path) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let sekarang = std::time::SystemTime::now();
    for e in rd.flatten() {
        let nama = e.file_name().to_string_lossy().into_owned();
        let lama = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| sekarang.duration_since(t).ok())
            .is_some_and(|u| u >= std::time::Duration::from_secs(120));
        if nama.starts_with('.') && nama.ends_with(".sementara") && lama && e.path().is_file() {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Exports everything schema `sumber` of `conn` holds into the new file `tujuan`, encrypted with `kunci` (plain
/// when `None`), with its schema version and application_id, in one transaction of `conn`: a consistent copy
/// while others write, or (`tahan_penulis`) with other writers held until it is done.
fn ekspor(
    conn: &Connection,
    sumber: &str,
    tujuan: &Path,
    kunci: Option<&Sandi>,
    tahan_penulis: bool,
) -> Result<()> {
    let _ = std::fs::remove_file(tujuan);
    conn.execute(
        "ATTACH DATABASE ?1 AS ekspor KEY ?2",
        rusqlite::params![
            tujuan.to_string_lossy().as_ref(),
            kunci.map_or("", Sandi::teks)
        ],
    )?;
    let hasil = (|| -> Result<()> {
        conn.execute_batch(if tahan_penulis {
            "BEGIN IMMEDIATE"
        } else {
            "BEGIN"
        })?;
        let isi = (|| -> Result<()> {
            let versi: i64 = conn.pragma_query_value(Some(sumber), "user_version", |r| r.get(0))?;
            conn.query_row(
                "SELECT sqlcipher_export('ekspor', ?1)",
                [sumber],
                |_| Ok(()),
            )?;
            conn.pragma_update(Some("ekspor"), "user_version", versi)?;
            conn.pragma_update(Some("ekspor"), "application_id", APPLICATION_ID)?;
            Ok(())
        })();
        match isi {
            Ok(()) => Ok(conn.execute_batch("COMMIT")?),
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    })();
    let lepas = conn.execute("DETACH DATABASE ekspor", []);
    hasil?;
    lepas?;
    Ok(())
}

/// [`ekspor`] from a file: `sumber` (plain, or encrypted with `kunci_sumber`) is attached read-only to a
/// connection of its own.
fn ekspor_berkas(
    sumber: &Path,
    kunci_sumber: Option<&Sandi>,
    tujuan: &Path,
    kunci: Option<&Sandi>,
) -> Result<()> {
    siapkan();
    let conn = Connection::open_in_memory()?;
    let kunci_sumber = kunci_sumber.filter(|_| terenkripsi(sumber));
    conn.execute_batch("PRAGMA cipher_log_level = NONE")?;
    conn.execute(
        "ATTACH DATABASE ?1 AS sumber KEY ?2",
        rusqlite::params![
            uri_hanya_baca(sumber, !super::folder_dapat_ditulis(sumber)),
            kunci_sumber.map_or("", Sandi::teks)
        ],
    )
    .map_err(|_| galat_buka(sumber, kunci_sumber))?;
    // An unreadable source fails at its first page: name it as such, not as a failed export.
    conn.query_row("SELECT count(*) FROM sumber.sqlite_master", [], |_| Ok(()))
        .map_err(|e| galat_baca(e, sumber, kunci_sumber))?;
    ekspor(&conn, "sumber", tujuan, kunci, false)
}

/// `file:` URI of `path` opened read-only (and immutable: nothing can be writing it, e.g. its folder cannot be
/// written).
pub(crate) fn uri_hanya_baca(path: &Path, immutable: bool) -> String {
    let jalur = path.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if jalur.starts_with("//") {
        // \\server\share: an empty authority and the UNC path ("file:////server/share/...").
        uri.push_str("//");
    } else if jalur.as_bytes().get(1) == Some(&b':') {
        uri.push_str("///");
    }
    for c in jalur.chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?mode=ro");
    if immutable {
        uri.push_str("&immutable=1");
    }
    uri
}

/// Flushes a file to disk (opened for writing: Windows refuses to flush a read-only handle).
pub(crate) fn sinkron(path: &Path) -> Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| galat_berkas(path, e))
}

/// Flushes the folder of `path` after a rename (where the platform allows it).
fn sinkron_folder(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = std::fs::File::open(dir)
    {
        let _ = d.sync_all();
    }
}

/// Re-writes the backup file `path` (plain, or encrypted with `lama`) encrypted with `baru` (plain when
/// `None`): a checked copy renamed over it, so a failure or a kill leaves the file as it was.
pub fn enkripsi_ulang_berkas(
    path: &Path,
    lama: Option<&Sandi>,
    baru: Option<&Sandi>,
) -> Result<()> {
    super::periksa_cadangan(path, lama)?;
    let sementara = berkas_sementara(path, "sandi");
    let hasil = (|| {
        ekspor_berkas(path, lama, &sementara, baru)?;
        super::periksa_cadangan(&sementara, baru)?;
        sinkron(&sementara)?;
        std::fs::rename(&sementara, path).map_err(|e| galat_berkas(path, e))?;
        sinkron_folder(path);
        Ok(())
    })();
    if hasil.is_err() {
        let _ = std::fs::remove_file(&sementara);
    }
    hasil
}

impl Db {
    /// The password this database was opened with, when its file is encrypted.
    pub fn sandi(&self) -> Option<&Sandi> {
        self.sandi.as_ref()
    }

    pub fn terenkripsi(&self) -> bool {
        self.sandi.is_some()
    }

    /// Encrypts the database with `baru`, changes its password, or (with `None`) decrypts it: the whole content is
    /// exported to a checked copy beside it while other writers wait, then the copy takes the file's place. A
    /// failure at any step leaves the database as it was, open. Another program holding the file open (its
    /// `-wal` stays after this connection closes) stops the change before the rename.
    pub fn atur_sandi(&mut self, baru: Option<Sandi>) -> Result<()> {
        if let Some(sebab) = &self.hanya_baca {
            return Err(StoreError::HanyaBaca {
                path: self.path.display().to_string(),
                sebab: sebab.clone(),
            });
        }
        let path = self.path.clone();
        let sementara = berkas_sementara(&path, "sandi");
        let hasil = (|| {
            // Sole use of the file from here until it is replaced: in WAL mode an exclusive lock cannot be had
            // while any other connection (the window, a `kinerja` command) has the file open, and once held no
            // new one can open it. Without it another program could write to the old file after the copy.
            self.conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
            if self.conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;").is_err() {
                self.conn.pragma_update(None, "locking_mode", "NORMAL")?;
                let _ = self.conn.query_row("SELECT 1", [], |_| Ok(()));
                return Err(StoreError::DibukaLain {
                    path: path.display().to_string(),
                });
            }
            ekspor(&self.conn, "main", &sementara, baru.as_ref(), true)?;
            super::periksa_cadangan(&sementara, baru.as_ref())?;
            sinkron(&sementara)?;
            // Still holding the lock: out of WAL (its content goes into the file and the -wal is removed), then
            // the copy takes the file's name. A connection of another program that opened the old file before
            // and waits for the lock then finds it moved and cannot write to it (SQLite refuses a write to a
            // moved database file): nothing written after the copy can be lost.
            self.conn.pragma_update(None, "journal_mode", "DELETE")?;
            let ganti = std::fs::rename(&sementara, &path);
            let tertutup = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
            if let Err((c, e)) = tertutup.close() {
                self.conn = c;
                return Err(e.into());
            }
            if ganti.is_err() {
                // Windows does not rename over an open file: now that it is closed (and its WAL gone).
                if std::fs::metadata(dengan_akhiran(&path, "-wal")).is_ok_and(|m| m.len() > 0) {
                    return Err(StoreError::DibukaLain {
                        path: path.display().to_string(),
                    });
                }
                std::fs::rename(&sementara, &path).map_err(|e| galat_berkas(&path, e))?;
            }
            for ekor in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(dengan_akhiran(&path, ekor));
            }
            sinkron_folder(&path);
            Ok(())
        })();
        if hasil.is_err() {
            let _ = std::fs::remove_file(&sementara);
        }
        // Open the file again, whichever it now is (on failure with the old password), after letting go of the
        // exclusive lock the old connection may still hold.
        let kunci = if hasil.is_ok() {
            baru
        } else {
            self.sandi.clone()
        };
        drop(std::mem::replace(
            &mut self.conn,
            Connection::open_in_memory()?,
        ));
        match Db::buka_dengan(&path, kunci) {
            Ok(db) => *self = db,
            // Never left working on the placeholder: every write is refused until the app is opened again.
            Err(e) => {
                self.hanya_baca = Some(format!(
                    "basis data tidak dapat dibuka ulang sesudah kata sandinya diatur ({e}); tutup dan buka ulang aplikasi"
                ));
                return Err(e);
            }
        }
        hasil
    }

    /// A copy of `sumber` (the demo built in memory, or a checked backup file) in a temporary file keyed like
    /// this database, for SQLite's online backup which cannot copy between plain and encrypted files.
    pub(crate) fn salinan_sekunci(&self, dari: SumberSalinan<'_>) -> Result<PathBuf> {
        let sementara = berkas_sementara(&self.path, "salin");
        let hasil = match dari {
            SumberSalinan::Koneksi(c) => ekspor(c, "main", &sementara, self.sandi.as_ref(), false),
            SumberSalinan::Berkas(p, k) => ekspor_berkas(p, k, &sementara, self.sandi.as_ref()),
        };
        match hasil {
            Ok(()) => Ok(sementara),
            Err(e) => {
                let _ = std::fs::remove_file(&sementara);
                Err(e)
            }
        }
    }
}

pub(crate) enum SumberSalinan<'a> {
    Koneksi(&'a Connection),
    Berkas(&'a Path, Option<&'a Sandi>),
}
