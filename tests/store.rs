//! Store safety: migrations from every earlier version, refusal of newer/corrupt files (left untouched), bad data dirs.
use std::process::Command;

use kinerja::store::{Db, MIGRATIONS, StoreError, VERSI_SKEMA};

#[test]
fn migrasi_dari_setiap_versi_sebelumnya() {
    for awal in 0..MIGRATIONS.len() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k.db");
        {
            let mut c = rusqlite_conn(&p);
            kinerja_migrasi_sampai(&mut c, awal);
        }
        let db = Db::buka(&p).unwrap();
        assert_eq!(db.versi_skema().unwrap(), VERSI_SKEMA, "dari versi {awal}");
        assert!(db.kosong().unwrap());
    }
}

// The test reaches the migration runner through a small public hook rather than copying SQL.
fn rusqlite_conn(p: &std::path::Path) -> kinerja::store::KoneksiUji {
    kinerja::store::KoneksiUji::buka(p)
}
fn kinerja_migrasi_sampai(c: &mut kinerja::store::KoneksiUji, n: usize) {
    c.migrasi_sampai(n)
}

#[test]
fn versi_lebih_baru_ditolak_tanpa_mengubah() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    {
        let mut c = rusqlite_conn(&p);
        c.migrasi_sampai(MIGRATIONS.len());
        c.setel_versi(VERSI_SKEMA + 5);
    }
    let sebelum = std::fs::read(&p).unwrap();
    match Db::buka(&p) {
        Err(StoreError::VersiLebihBaru { versi, .. }) => assert_eq!(versi, VERSI_SKEMA + 5),
        other => panic!("harus ditolak: {:?}", other.err()),
    }
    assert_eq!(
        std::fs::read(&p).unwrap(),
        sebelum,
        "berkas tidak boleh berubah"
    );
    // The CLI says so in one Indonesian line with exit code 4.
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&p)
        .arg("pegawai")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("versi Kinerja yang lebih baru"));
    assert_eq!(std::fs::read(&p).unwrap(), sebelum);
}

#[test]
fn berkas_rusak_ditolak_tanpa_mengubah() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let isi = b"ini bukan basis data sqlite, hanya teks biasa yang cukup panjang untuk dibaca"
        .repeat(100);
    std::fs::write(&p, &isi).unwrap();
    assert!(matches!(
        Db::buka(&p),
        Err(StoreError::BukanBasisData { .. })
    ));
    assert_eq!(std::fs::read(&p).unwrap(), isi);
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&p)
        .arg("pegawai")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bukan basis data Kinerja"));
}

#[test]
fn direktori_data_tidak_dapat_dipakai() {
    let dir = tempfile::tempdir().unwrap();
    let berkas = dir.path().join("berkas");
    std::fs::write(&berkas, "x").unwrap();
    // A data "directory" that is a file cannot be created.
    let p = berkas.join("sub").join("k.db");
    assert!(matches!(
        Db::buka(&p),
        Err(StoreError::DirektoriData { .. })
    ));
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .env("KINERJA_DATA_DIR", berkas.join("sub"))
        .arg("pegawai")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("galat [DIREKTORI_DATA]"));
}

#[test]
fn pragma_koneksi() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::buka(&dir.path().join("k.db")).unwrap();
    let (jm, fk) = db.pragma_uji();
    assert_eq!((jm.as_str(), fk), ("wal", 1));
}

/// Append-only: the fingerprint of every released migration is recorded; editing one fails this test,
/// adding a new one means adding its line.
#[test]
fn migrasi_hanya_ditambah() {
    let tercatat = include_str!("../migrations/SIDIK.txt");
    let baris: Vec<&str> = tercatat
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect();
    assert_eq!(
        baris.len(),
        MIGRATIONS.len(),
        "setiap migrasi harus tercatat di migrations/SIDIK.txt"
    );
    for ((nama, sql), b) in MIGRATIONS.iter().zip(baris) {
        let want = format!(
            "{nama} {:016x}",
            fnv1a(sql.replace("\r\n", "\n").as_bytes())
        );
        assert_eq!(
            b.trim(),
            want,
            "migrasi {nama} berubah setelah dirilis; buat migrasi baru"
        );
    }
    let mut di_folder: Vec<String> =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(".sql"))
            .collect();
    di_folder.sort();
    let dipakai: Vec<String> = MIGRATIONS.iter().map(|(n, _)| n.to_string()).collect();
    assert_eq!(
        di_folder, dipakai,
        "setiap berkas migrations/*.sql harus terdaftar, berurutan"
    );
}

fn fnv1a(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf29ce484222325, |h, x| {
        (h ^ *x as u64).wrapping_mul(0x100000001b3)
    })
}

/// 0005 rebuilds the quarter table: a database made at version 4 keeps its quarters and its lock.
#[test]
fn migrasi_penyimpanan_menjaga_data_dan_kunci() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("v4.db");
    let mut c = kinerja::store::KoneksiUji::buka(&p);
    c.migrasi_sampai(4);
    c.jalankan(
        "INSERT INTO kantor (id, nama) VALUES (1, 'KPPN Uji');
         INSERT INTO tahun (tahun, profil) VALUES (2025, 'kmk300-2022');
         INSERT INTO pegawai (nip, nama, jabatan, jenis_jabatan, tingkat, status, tanggal_mulai)
           VALUES ('199001012015031002', 'Sari', 'Pelaksana', 'pelaksana', 'pelaksana', 'aktif', '2020-01-01'),
                  ('199001012015031003', 'Dewi', 'Pelaksana', 'pelaksana', 'pelaksana', 'aktif', '2020-01-01');
         INSERT INTO iki (id, tahun, nip, kode, nama) VALUES (1, 2025, '199001012015031002', '1.1', 'Laporan'),
                                                           (2, 2025, '199001012015031003', '1.1', 'Laporan');
         INSERT INTO iki_triwulan (iki_id, triwulan, target, realisasi) VALUES (1, 1, '10', '9'), (1, 2, '20', NULL), (2, 1, '5', NULL);
         INSERT INTO dokumen (id, tahun, nip, jenis, nomor, status, isi, sha_isi, dibuat)
           VALUES ('KK-1', 2025, '199001012015031002', 'kk', 'KK-1', 'terkunci', '{}', 'x', 't');",
    );
    drop(c);
    let mut db = Db::buka(&p).unwrap();
    assert_eq!(db.versi_skema().unwrap(), kinerja::store::VERSI_SKEMA);
    let skp = db.muat_skp(2025).unwrap();
    let sari = skp.iter().find(|s| s.nip == "199001012015031002").unwrap();
    assert_eq!(
        sari.iki[0].target_triwulan[1],
        Some(rust_decimal::Decimal::from(20))
    );
    assert_eq!(
        sari.iki[0].realisasi_triwulan[0],
        Some(rust_decimal::Decimal::from(9))
    );
    // The locked pegawai's target still cannot change; the other pegawai's can.
    assert!(matches!(
        db.ubah_target(2025, "199001012015031002", "1.1", 2, Some(25.into()), "t"),
        Err(kinerja::store::StoreError::Terkunci)
    ));
    db.ubah_target(2025, "199001012015031003", "1.1", 1, Some(6.into()), "t")
        .unwrap();
}

/// Another program's SQLite file is refused and left byte for byte; an empty file or an older Kinerja file (before
/// it carried its application_id) opens; `--db` into a missing folder is an error and creates nothing.
#[test]
fn berkas_program_lain_dan_folder_yang_tidak_ada() {
    let dir = tempfile::tempdir().unwrap();
    let asing = dir.path().join("lain.sqlite");
    {
        let mut c = kinerja::store::KoneksiUji::buka(&asing);
        c.jalankan("CREATE TABLE catatan (id INTEGER PRIMARY KEY, isi TEXT); INSERT INTO catatan (isi) VALUES ('milik program lain');");
    }
    let sebelum = std::fs::read(&asing).unwrap();
    match Db::buka(&asing) {
        Err(e @ StoreError::BukanKinerja { .. }) => {
            assert!(e.to_string().contains("program lain"), "{e}")
        }
        other => panic!("{:?}", other.map(|_| ())),
    }
    assert_eq!(std::fs::read(&asing).unwrap(), sebelum, "not touched");

    // A Kinerja database written before the application_id: still ours, and marked from now on.
    let lama = dir.path().join("lama.db");
    drop(Db::buka(&lama).unwrap());
    kinerja::store::KoneksiUji::buka(&lama).jalankan("PRAGMA application_id = 0");
    drop(Db::buka(&lama).unwrap());
    assert_eq!(
        kinerja::store::KoneksiUji::buka(&lama)
            .kolom("SELECT CAST(application_id AS TEXT) FROM pragma_application_id"),
        vec![kinerja::store::APPLICATION_ID.to_string()]
    );

    let hilang = dir.path().join("tidak").join("ada").join("k.db");
    assert!(matches!(
        Db::buka(&hilang),
        Err(StoreError::DirektoriData { .. })
    ));
    assert!(!dir.path().join("tidak").exists(), "no folder created");
    assert!(matches!(
        Db::buka(dir.path()),
        Err(StoreError::DirektoriData { .. })
    ));
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&hilang)
        .args(["pegawai"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("folder tidak ada"));
    assert!(!dir.path().join("tidak").exists());
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&asing)
        .args(["pegawai"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
}

/// A read-only file is opened read-only with its own message: it can be read and backed up, a change is refused
/// as HANYA_BACA (exit 3), never reported as a corrupt database.
#[cfg(unix)]
#[test]
fn berkas_hanya_baca_dibuka_hanya_baca() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&p)
        .args(["demo", "--tahun", "2025", "--pegawai", "8"])
        .output()
        .unwrap();
    assert!(out.status.success());
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
    let sebelum = std::fs::read(&p).unwrap();
    let mut db = Db::buka(&p).unwrap();
    assert!(db.hanya_baca().unwrap().contains("hanya-baca"));
    assert_eq!(db.cari_pegawai("").unwrap().len(), 8);
    let e = db.atur_pengaturan("x", "y", "t").unwrap_err();
    assert_eq!(e.kode(), "HANYA_BACA", "{e}");
    drop(db);
    let cli = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kinerja"))
            .arg("--db")
            .arg(&p)
            .args(args)
            .output()
            .unwrap()
    };
    let out = cli(&["pegawai"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let b = dir.path().join("cadangan.db");
    assert!(
        cli(&["backup", "--out", b.to_str().unwrap()])
            .status
            .success()
    );
    let out = cli(&[
        "koreksi",
        "--tahun",
        "2025",
        "--nip",
        "199001012015011001",
        "--nilai",
        "1",
        "--alasan",
        "uji",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("rusak"), "{err}");
    let out = cli(&["demo", "--tahun", "2025", "--ganti"]);
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("hanya dapat dibaca"));
    assert_eq!(std::fs::read(&p).unwrap(), sebelum, "berkas tidak berubah");
}
