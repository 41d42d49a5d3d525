//! SQLite store: the only module that uses rusqlite; opening safely, migrations, and the queries of the app.
mod audit;
mod bukti;
mod cadangan;
mod dialog;
mod dko;
mod dokumen;
mod hkt;
mod impor;
mod instans;
mod integritas;
mod jabatan;
mod kantor;
mod kolom;
mod migrasi;
mod nip;
mod pelaksanaan;
mod pembinaan;
mod penyesuaian;
mod query;
mod realisasi;
mod rekam;
mod rencana;
mod reviu;
mod sandi;
mod urungan;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use audit::kunci_iki;
pub use bukti::{BerkasBukti, sha256_hex};
pub use cadangan::{InfoCadangan, periksa_cadangan, rantai_berkas_memuat, ujung_rantai};
pub use dialog::*;
pub use dko::*;
pub use dokumen::*;
pub use hkt::*;
pub use impor::*;
pub use instans::{KunciJendela, kunci_jendela};
pub use integritas::{KeutuhanBasisData, hash_rantai, pemicu_baku};
pub use jabatan::*;
pub use kantor::*;
pub use migrasi::{MIGRATIONS, VERSI_SKEMA};
pub use nip::HasilGantiNip;
pub use pelaksanaan::{
    RekamInisiatif, RekamPantauRisiko, RekamPemanfaatan, RekamRisiko, RekamTonggak,
};
pub use pembinaan::RekamPembinaan;
pub use penyesuaian::*;
pub use query::*;
pub use realisasi::*;
pub use rencana::*;
pub use reviu::{RekamReviu, RekamSerah};
pub use sandi::{Sandi, enkripsi_ulang_berkas, sapu_sementara, terenkripsi};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("Direktori data {path} tidak dapat dipakai: {pesan}")]
    DirektoriData { path: String, pesan: String },
    #[error(
        "Berkas {path} bukan basis data Kinerja yang sah (rusak atau berkas lain); berkas tidak diubah. Bila ini basis data Kinerja Anda, pulihkan dari cadangan: kinerja restore BERKAS (cadangan otomatis ada di folder \"cadangan\" di sampingnya)."
    )]
    BukanBasisData { path: String },
    #[error(
        "Berkas {path} adalah basis data SQLite program lain, bukan Kinerja; berkas tidak dibuka dan tidak diubah."
    )]
    BukanKinerja { path: String },
    #[error(
        "Basis data {path} dibuat oleh versi Kinerja yang lebih baru (skema {versi}, versi ini mengenal sampai {dikenal}); berkas tidak diubah. Perbarui aplikasi."
    )]
    VersiLebihBaru {
        path: String,
        versi: i64,
        dikenal: i64,
    },
    #[error("Migrasi skema {versi} gagal: {pesan}")]
    Migrasi { versi: usize, pesan: String },
    #[error("Data tersimpan tidak sah pada {tempat}: {pesan}")]
    DataRusak { tempat: String, pesan: String },
    #[error(
        "Kontrak Kinerja pegawai ini sudah terkunci: targetnya hanya dapat diubah melalui addendum."
    )]
    Terkunci,
    #[error(
        "Basis data {path} hanya dapat dibaca ({sebab}): data dapat dilihat dan diekspor, tetapi perubahan tidak dapat disimpan. Salin berkasnya ke folder yang dapat ditulisi, atau ubah izinnya."
    )]
    HanyaBaca { path: String, sebab: String },
    #[error(
        "Dokumen yang sudah ditandatangani atau dikunci tidak dapat dikembalikan statusnya atau dihapus."
    )]
    DokumenTetap,
    #[error(
        "Basis data sedang ditulis proses lain (mis. impor di jendela lain); tidak ada yang diubah. Coba lagi sebentar lagi."
    )]
    Sibuk,
    #[error(
        "Basis data {path} terenkripsi: masukkan kata sandinya (perintah kinerja membacanya dari variabel lingkungan KINERJA_SANDI atau menanyakannya)."
    )]
    PerluSandi { path: String },
    #[error(
        "Basis data {path} sedang dibuka program lain (jendela Kinerja lain atau perintah kinerja); tutup dahulu, lalu coba lagi. Tidak ada yang diubah."
    )]
    DibukaLain { path: String },
    #[error(
        "Kata sandi salah untuk {path} (atau berkas itu bukan basis data Kinerja); berkas tidak diubah."
    )]
    SandiSalah { path: String },
    #[error(
        "Cadangan {path} tidak utuh: riwayat perubahannya putus pada baris {baris} ({sebab}), jadi isinya telah diubah di luar aplikasi; cadangan ini tidak dipulihkan dan tidak ada yang diubah. Pilih cadangan lain."
    )]
    CadanganTidakUtuh {
        path: String,
        baris: i64,
        sebab: String,
    },
    #[error("Galat basis data: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    /// The lock triggers abort with KK_TERKUNCI; that is a rule, not a database failure.
    fn from(e: rusqlite::Error) -> Self {
        if let rusqlite::Error::FromSqlConversionFailure(_, _, sebab) = &e
            && let Some(n) = sebab.downcast_ref::<kolom::NilaiRusak>()
        {
            return StoreError::DataRusak {
                tempat: n.kolom.clone(),
                pesan: format!("{} \"{}\" tidak terbaca", n.jenis, n.nilai),
            };
        }
        let t = e.to_string();
        let sibuk = matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        );
        if t.contains("KK_TERKUNCI") {
            StoreError::Terkunci
        } else if t.contains("DOKUMEN_TETAP") {
            StoreError::DokumenTetap
        } else if sibuk {
            StoreError::Sibuk
        } else if t.contains("readonly database") {
            StoreError::HanyaBaca {
                path: "ini".into(),
                sebab: "dibuka hanya-baca".into(),
            }
        } else {
            StoreError::Sqlite(e)
        }
    }
}

impl StoreError {
    pub fn kode(&self) -> &'static str {
        match self {
            StoreError::DirektoriData { .. } => "DIREKTORI_DATA",
            StoreError::BukanBasisData { .. } => "BASIS_DATA_RUSAK",
            StoreError::BukanKinerja { .. } => "BUKAN_KINERJA",
            StoreError::VersiLebihBaru { .. } => "VERSI_LEBIH_BARU",
            StoreError::Migrasi { .. } => "MIGRASI",
            StoreError::DataRusak { .. } => "DATA_RUSAK",
            StoreError::Terkunci => "KK_TERKUNCI",
            StoreError::HanyaBaca { .. } => "HANYA_BACA",
            StoreError::Sibuk => "SIBUK",
            StoreError::DokumenTetap => "DOKUMEN_TETAP",
            StoreError::PerluSandi { .. } => "PERLU_SANDI",
            StoreError::DibukaLain { .. } => "DIBUKA_LAIN",
            StoreError::CadanganTidakUtuh { .. } => "CADANGAN_TIDAK_UTUH",
            StoreError::SandiSalah { .. } => "SANDI_SALAH",
            StoreError::Sqlite(_) => "BASIS_DATA",
        }
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Db {
    pub(crate) conn: Connection,
    path: PathBuf,
    /// Required triggers found missing or altered when this connection opened (re-created then).
    pemicu_dipulihkan: Vec<String>,
    /// Set when the file or its folder cannot be written: why.
    hanya_baca: Option<String>,
    /// The password the file is encrypted with (None: a plain file).
    sandi: Option<sandi::Sandi>,
}

/// `<data dir>/kinerja.db`, or `$KINERJA_DATA_DIR/kinerja.db` (tests and portable installs use it).
pub fn path_bawaan() -> Result<PathBuf> {
    let dir = match std::env::var_os("KINERJA_DATA_DIR") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => dirs::data_dir().map(|d| d.join("kinerja")).ok_or_else(|| {
            StoreError::DirektoriData {
                path: "(tidak diketahui)".into(),
                pesan: "direktori data pengguna tidak ditemukan; setel KINERJA_DATA_DIR".into(),
            }
        })?,
    };
    Ok(dir.join("kinerja.db"))
}

/// A file-system error as the user is told it (the OS's own words are English on most systems).
pub fn pesan_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "berkas atau folder tidak ada".into(),
        K::PermissionDenied => "tidak ada izin (berkas atau folder dilindungi)".into(),
        K::AlreadyExists => "berkas sudah ada".into(),
        K::IsADirectory => "ini sebuah folder, bukan berkas".into(),
        K::NotADirectory => "bagian jalurnya bukan folder".into(),
        K::StorageFull => "disk penuh".into(),
        K::ReadOnlyFilesystem => "penyimpanan hanya-baca (mis. flashdisk terkunci)".into(),
        K::InvalidFilename => "nama berkas tidak sah".into(),
        _ => format!(
            "galat sistem berkas{}",
            e.raw_os_error()
                .map(|n| format!(" (kode {n})"))
                .unwrap_or_default()
        ),
    }
}

/// A file-system failure on `path`, said in Indonesian.
pub(crate) fn galat_berkas(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::DirektoriData {
        path: path.display().to_string(),
        pesan: pesan_io(&e),
    }
}

/// `path` with `akhiran` added to its name: the `-wal`, `-shm` and `-journal` beside a database.
pub(crate) fn dengan_akhiran(path: &Path, akhiran: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(akhiran);
    PathBuf::from(s)
}

/// `PRAGMA application_id` of a Kinerja database ("KNJA"): another program's SQLite file is never taken for one.
pub const APPLICATION_ID: i64 = 0x4B4E_4A41;

/// Opens the database in the user's data folder, creating that folder (only this one) when it is missing.
pub fn buka_bawaan() -> Result<Db> {
    buka_bawaan_dengan(None)
}

/// [`buka_bawaan`] with the password of an encrypted database.
pub fn buka_bawaan_dengan(sandi: Option<Sandi>) -> Result<Db> {
    let path = path_bawaan()?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::DirektoriData {
            path: dir.display().to_string(),
            pesan: e.to_string(),
        })?;
    }
    Db::buka_dengan(&path, sandi)
}

/// A read-only connection. In a folder that cannot be written, SQLite cannot make the WAL index beside the file,
/// so the file is opened as immutable (nothing else can be writing it there either).
pub(crate) fn buka_ro(path: &Path, immutable: bool, sandi: Option<&Sandi>) -> Result<Connection> {
    sandi::siapkan();
    let tampil = path.display().to_string();
    if immutable {
        // Immutable ignores a -wal beside the file: its committed changes would be invisible. Refused instead.
        if std::fs::metadata(dengan_akhiran(path, "-wal")).is_ok_and(|m| m.len() > 0) {
            return Err(StoreError::HanyaBaca {
                path: tampil,
                sebab: "foldernya tidak dapat ditulisi dan di sampingnya ada berkas -wal berisi perubahan terakhir; salin berkas basis data beserta berkas -wal-nya ke folder yang dapat ditulisi".into(),
            });
        }
    }
    let conn = if immutable {
        Connection::open_with_flags(
            sandi::uri_hanya_baca(path, true),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
    } else {
        Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
    }
    .map_err(|_| StoreError::BukanBasisData {
        path: tampil.clone(),
    })?;
    sandi::pasang(&conn, path, sandi).map_err(|_| sandi::galat_buka(path, sandi))?;
    // A change of password holds the file for a moment: wait for it rather than call the file unreadable.
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(conn)
}

/// Whether a new file can be made in the folder of `path` (tried, not guessed from permission bits).
pub(crate) fn folder_dapat_ditulis(path: &Path) -> bool {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let uji = dir.join(format!(".kinerja-uji-tulis-{}", std::process::id()));
    match std::fs::File::create(&uji) {
        Ok(_) => {
            let _ = std::fs::remove_file(&uji);
            true
        }
        Err(_) => false,
    }
}

/// What a read-only look at an existing file finds: its schema version and whether it holds any table.
pub(crate) struct Selidik {
    pub versi: i64,
    pub tabel: i64,
}

/// Opens `path` read-only and checks, without writing anything, that it is a sound Kinerja database (or an empty
/// file) no newer than this version knows.
pub(crate) fn selidiki(path: &Path, sandi: Option<&Sandi>) -> Result<Selidik> {
    match selidiki_sekali(path, sandi) {
        // A kill in the middle of a rollback-journal transaction (a new file's first page, or a file written by
        // another tool) leaves a hot journal that a read-only connection cannot roll back. SQLite rolls it back
        // on the first read of a read-write connection: the file returns to its last committed state, then it
        // is looked at again.
        Err(StoreError::BukanBasisData { .. })
            if jurnal_panas(path) && folder_dapat_ditulis(path) =>
        {
            sandi::siapkan();
            if let Ok(c) = Connection::open(path) {
                let _ = sandi::pasang(&c, path, sandi);
                let _ = c.busy_timeout(std::time::Duration::from_secs(5));
                let _ = c.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()));
            }
            selidiki_sekali(path, sandi)
        }
        hasil => hasil,
    }
}

/// Whether a non-empty `-journal` lies beside the file (a transaction that was cut off).
fn jurnal_panas(path: &Path) -> bool {
    std::fs::metadata(dengan_akhiran(path, "-journal")).is_ok_and(|m| m.len() > 0)
}

fn selidiki_sekali(path: &Path, sandi: Option<&Sandi>) -> Result<Selidik> {
    let tampil = path.display().to_string();
    let ro = buka_ro(path, !folder_dapat_ditulis(path), sandi).map_err(|e| match e {
        e @ (StoreError::PerluSandi { .. } | StoreError::SandiSalah { .. } | StoreError::Sibuk) => {
            e
        }
        _ => StoreError::BukanBasisData {
            path: tampil.clone(),
        },
    })?;
    // The first read of an encrypted file without (or with a wrong) password fails here.
    let versi: i64 = ro
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| sandi::galat_baca(e, path, sandi))?;
    let ok: String = ro
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|_| StoreError::BukanBasisData {
            path: tampil.clone(),
        })?;
    if ok != "ok" {
        return Err(StoreError::BukanBasisData { path: tampil });
    }
    // Ours by its application_id, or (written before it carried one) by its schema; an empty file is
    // new. Anything else belongs to another program.
    let app_id: i64 = ro
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|_| StoreError::BukanBasisData {
            path: tampil.clone(),
        })?;
    let tabel: i64 = ro
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )
        .map_err(|_| StoreError::BukanBasisData {
            path: tampil.clone(),
        })?;
    let kinerja_lama: bool = ro
        .query_row(
            "SELECT count(*) = 2 FROM sqlite_master WHERE type = 'table' AND name IN ('audit', 'pegawai')",
            [],
            |r| r.get(0),
        )
        .unwrap_or(false);
    let milik =
        app_id == APPLICATION_ID || (app_id == 0 && (tabel == 0 || (versi > 0 && kinerja_lama)));
    if !milik {
        return Err(StoreError::BukanKinerja { path: tampil });
    }
    if versi > VERSI_SKEMA {
        return Err(StoreError::VersiLebihBaru {
            path: tampil,
            versi,
            dikenal: VERSI_SKEMA,
        });
    }
    Ok(Selidik { versi, tabel })
}

impl Db {
    /// Opens (creating the file if needed, never a folder) and migrates. A newer, corrupt or foreign file is
    /// refused before anything is written to it.
    pub fn buka(path: &Path) -> Result<Db> {
        Db::buka_dengan(path, None)
    }

    /// [`Db::buka`] with a password: an encrypted file is opened with it (a wrong one is SANDI_SALAH, a missing one
    /// PERLU_SANDI), a new file is created encrypted, a plain file stays plain.
    pub fn buka_dengan(path: &Path, sandi: Option<Sandi>) -> Result<Db> {
        let tampil = path.display().to_string();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && !dir.is_dir()
        {
            return Err(StoreError::DirektoriData {
                path: dir.display().to_string(),
                pesan:
                    "folder tidak ada; buat foldernya dahulu atau pilih berkas di folder yang ada"
                        .into(),
            });
        }
        if path.is_dir() {
            return Err(StoreError::DirektoriData {
                path: tampil,
                pesan: "ini sebuah folder, bukan berkas basis data".into(),
            });
        }
        let folder_tulis = folder_dapat_ditulis(path);
        if path.exists() {
            let s = selidiki(path, sandi.as_ref())?;
            let berkas_ro = std::fs::metadata(path)
                .map(|m| m.permissions().readonly())
                .unwrap_or(false);
            if berkas_ro || !folder_tulis {
                return Db::buka_hanya_baca(path, s.versi, folder_tulis, berkas_ro, sandi);
            }
        } else if !folder_tulis {
            return Err(StoreError::DirektoriData {
                path: path
                    .parent()
                    .map(|d| d.display().to_string())
                    .unwrap_or_default(),
                pesan:
                    "folder ini tidak dapat ditulisi; basis data baru tidak dapat dibuat di sini"
                        .into(),
            });
        }
        sandi::siapkan();
        let conn = Connection::open(path).map_err(|e| StoreError::DirektoriData {
            path: tampil.clone(),
            pesan: e.to_string(),
        })?;
        let berkunci = sandi::pasang(&conn, path, sandi.as_ref())
            .map_err(|_| sandi::galat_buka(path, sandi.as_ref()))?;
        let mut db = Db {
            conn,
            path: path.to_path_buf(),
            pemicu_dipulihkan: vec![],
            hanya_baca: None,
            sandi: sandi.filter(|_| berkunci),
        };
        // The first statement reads the file: one swapped for an encrypted copy since it was looked at (a change
        // of password finishing at this moment) is told as such, not as SQLite's "file is not a database".
        db.atur_koneksi().map_err(|e| match e {
            StoreError::Sqlite(ref s)
                if s.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) =>
            {
                sandi::galat_buka(path, db.sandi.as_ref())
            }
            e => e,
        })?;
        migrasi::migrasi(&mut db.conn)?;
        db.pemicu_dipulihkan = db.pulihkan_pemicu()?;
        if let Some(dir) = path.parent() {
            // Copies left by a run that was killed (a backup, a change of password): may hold plaintext.
            sandi::sapu_sementara(if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            });
        }
        let id: i64 = db
            .conn
            .pragma_query_value(None, "application_id", |r| r.get(0))?;
        if id != APPLICATION_ID {
            db.conn
                .pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        Ok(db)
    }

    /// A file that cannot be written (its own permission or its folder's) is opened read-only: it can be looked
    /// at and exported; a change is refused with HANYA_BACA. It must already be at this version's schema.
    fn buka_hanya_baca(
        path: &Path,
        versi: i64,
        folder_tulis: bool,
        berkas_ro: bool,
        sandi: Option<Sandi>,
    ) -> Result<Db> {
        let tampil = path.display().to_string();
        let sebab = if berkas_ro {
            "berkasnya hanya-baca"
        } else {
            "foldernya tidak dapat ditulisi"
        };
        if versi < VERSI_SKEMA {
            return Err(StoreError::HanyaBaca {
                path: tampil,
                sebab: format!(
                    "{sebab}, dan skemanya (versi {versi}) perlu diperbarui ke versi {VERSI_SKEMA} sebelum dapat dibuka"
                ),
            });
        }
        let sandi = sandi.filter(|_| sandi::terenkripsi(path));
        let conn = buka_ro(path, !folder_tulis, sandi.as_ref()).map_err(|e| match e {
            StoreError::BukanBasisData { .. } => StoreError::HanyaBaca {
                path: tampil.clone(),
                sebab: sebab.into(),
            },
            e => e,
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        integritas::daftarkan_fungsi(&conn)?;
        Ok(Db {
            conn,
            path: path.to_path_buf(),
            pemicu_dipulihkan: vec![],
            hanya_baca: Some(sebab.to_string()),
            sandi,
        })
    }

    /// Why this database was opened read-only, if it was.
    pub fn hanya_baca(&self) -> Option<&str> {
        self.hanya_baca.as_deref()
    }

    /// An in-memory database for tests and benchmarks.
    pub fn memori() -> Result<Db> {
        sandi::siapkan();
        let mut db = Db {
            conn: Connection::open_in_memory()?,
            path: PathBuf::from(":memory:"),
            pemicu_dipulihkan: vec![],
            hanya_baca: None,
            sandi: None,
        };
        db.atur_koneksi()?;
        migrasi::migrasi(&mut db.conn)?;
        Ok(db)
    }

    fn atur_koneksi(&mut self) -> Result<()> {
        // foreign_keys is per connection and off by default; WAL lets the UI read while a batch writes.
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        // 32 MB page cache: a year's office fits, and bulk imports do not spill to disk mid-transaction.
        self.conn.pragma_update(None, "cache_size", -32000)?;
        self.conn.busy_timeout(std::time::Duration::from_secs(5))?;
        if self.sandi.is_some() {
            // Sorting and temporary tables stay in memory: nothing of an encrypted database lands in a temp file.
            self.conn.pragma_update(None, "temp_store", "MEMORY")?;
        }
        integritas::daftarkan_fungsi(&self.conn)?;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn versi_skema(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

/// A raw connection for the store's own integration tests (building databases at earlier schema versions).
#[cfg(feature = "uji")]
pub struct KoneksiUji(Connection);

#[cfg(feature = "uji")]
impl KoneksiUji {
    pub fn buka(p: &Path) -> KoneksiUji {
        sandi::siapkan();
        let c = Connection::open(p).expect("open");
        integritas::daftarkan_fungsi(&c).expect("fungsi");
        KoneksiUji(c)
    }
    /// A connection as another SQLite tool would open it: without the functions Kinerja registers.
    pub fn buka_asing(p: &Path) -> KoneksiUji {
        sandi::siapkan();
        KoneksiUji(Connection::open(p).expect("open"))
    }
    pub fn migrasi_sampai(&mut self, n: usize) {
        migrasi::migrasi_sampai(&mut self.0, n).expect("migrasi");
    }
    pub fn jalankan(&mut self, sql: &str) {
        self.0.execute_batch(sql).expect("sql uji");
    }
    /// The SQL's failure message, if it fails (for checking that a trigger refuses).
    pub fn ditolak(&mut self, sql: &str) -> Option<String> {
        self.0.execute_batch(sql).err().map(|e| e.to_string())
    }
    /// The first column of every row, as text.
    pub fn kolom(&self, sql: &str) -> Vec<String> {
        let mut st = self.0.prepare(sql).expect("sql uji");
        st.query_map([], |r| r.get::<_, String>(0))
            .expect("sql uji")
            .collect::<rusqlite::Result<_>>()
            .expect("sql uji")
    }
    pub fn setel_versi(&mut self, v: i64) {
        self.0
            .pragma_update(None, "user_version", v)
            .expect("user_version");
    }
}

impl Db {
    #[doc(hidden)]
    pub fn pragma_uji(&self) -> (String, i64) {
        let jm = self
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap_or_default();
        let fk = self
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap_or_default();
        (jm, fk)
    }
}
