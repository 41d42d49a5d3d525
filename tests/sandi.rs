//! Encryption at rest: a password set through the app encrypts the database file, its WAL, its backups and the
//! evidence inside it (no known plaintext left in any of them); a missing or wrong password is a clear refusal;
//! the office reads back the same; change, removal, restore and the demo keep working; the CLI asks for it.
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use kinerja::app::demo::{OpsiDemo, bangun};
use kinerja::app::{evaluasi, keamanan, realisasi};
use kinerja::store::{Db, Sandi, terenkripsi};

const SANDI: &str = "Rahasia KPPN 2025";
/// Bytes that sit in the evidence file attached below and nowhere else.
const BUKTI: &[u8] = b"%PDF-1.4 LAPORAN-REALISASI-RAHASIA-7731";

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn jam(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap()
}

/// The demo office written to a file, with an evidence file attached to one realisasi; returns the db, a
/// pegawai's name and an IKI's name to look for in the bytes.
fn kantor(p: &Path) -> (Db, String, String) {
    let d = bangun(
        &OpsiDemo {
            pegawai: 12,
            tahun: 2025,
            seed: 3,
            ganti: false,
        },
        tgl("2025-08-01"),
    )
    .unwrap();
    let mut db = Db::buka(p).unwrap();
    assert!(db.tulis_kantor(&d, false, "2025-01-02T08:00:00").unwrap());
    let skp = db.muat_skp(2025).unwrap();
    let s = skp.iter().find(|s| !s.iki.is_empty()).unwrap();
    let (nip, nama) = (s.nip.clone(), s.nama.clone());
    let r = realisasi::realisasi_pegawai(&db, 2025, &nip, Some(1), tgl("2025-08-01")).unwrap();
    let iki = r.baris[0].nama.clone();
    realisasi::lampirkan_bukti(
        &mut db,
        2025,
        &nip,
        r.baris[0].id,
        1,
        "laporan.pdf",
        BUKTI,
        tgl("2025-08-01"),
        "2025-08-01T09:00:00",
    )
    .unwrap();
    (db, nama, iki)
}

fn dengan(path: &Path, ekor: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(ekor);
    PathBuf::from(s)
}

/// Every file in the data folder and its `cadangan` folder, hidden ones included: the database, its -wal, the
/// backups, and any temporary copy left behind.
fn berkas_data(db: &Path) -> Vec<PathBuf> {
    let dir = db.parent().unwrap();
    let mut v: Vec<PathBuf> = Vec::new();
    for d in [dir.to_path_buf(), dir.join("cadangan")] {
        if let Ok(rd) = std::fs::read_dir(d) {
            v.extend(rd.flatten().map(|e| e.path()));
        }
    }
    v.into_iter()
        .filter(|p| p.is_file() && !p.to_string_lossy().ends_with("-shm"))
        .collect()
}

fn memuat(p: &Path, teks: &[u8]) -> bool {
    let b = std::fs::read(p).unwrap();
    b.windows(teks.len()).any(|w| w == teks)
}

/// Names the files (of `berkas_data`) that hold any of `teks`.
fn bocor(db: &Path, teks: &[&[u8]]) -> Vec<String> {
    berkas_data(db)
        .iter()
        .filter(|p| teks.iter().any(|t| memuat(p, t)))
        .map(|p| p.display().to_string())
        .collect()
}

fn layar(db: &Db) -> String {
    serde_json::to_string(&evaluasi::rekap_nilai(db, 2025, Some(2), tgl("2025-08-01")).unwrap())
        .unwrap()
}

#[test]
fn enkripsi_menyembunyikan_seluruh_isi_dan_angka_tetap_sama() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kinerja.db");
    let (mut db, nama, iki) = kantor(&p);
    let rahasia: [&[u8]; 4] = [nama.as_bytes(), iki.as_bytes(), BUKTI, b"KPPN"];
    keamanan::cadangan_manual(&db, jam("2025-08-01T10:00:00")).unwrap();
    let sebelum = layar(&db);
    // The check is able to see plaintext: before encryption each of them is in some file (the backup has all).
    for t in rahasia {
        assert!(
            !bocor(&p, &[t]).is_empty(),
            "{}",
            String::from_utf8_lossy(t)
        );
    }

    let h = keamanan::atur_sandi(
        &mut db,
        None,
        Some(SANDI),
        Some(SANDI),
        "2025-08-01T11:00:00",
    )
    .unwrap();
    assert!(h.terenkripsi && db.terenkripsi());
    assert_eq!(h.cadangan_diubah, 1);
    assert!(h.cadangan_dilewati.is_empty(), "{:?}", h.cadangan_dilewati);
    assert_eq!(layar(&db), sebelum, "the same figures read back");
    // Work goes on: an edit lands in the WAL, a backup is written; still nothing readable anywhere.
    db.atur_pengaturan("catatan_uji", "sesudah enkripsi", "2025-08-01T11:05:00")
        .unwrap();
    keamanan::cadangan_manual(&db, jam("2025-08-01T11:06:00")).unwrap();
    assert!(dengan(&p, "-wal").is_file());
    assert!(berkas_data(&p).len() >= 3, "{:?}", berkas_data(&p));
    assert_eq!(bocor(&p, &rahasia), Vec::<String>::new());
    assert!(
        berkas_data(&p)
            .iter()
            .all(|b| terenkripsi(b) || b.ends_with("kinerja.db-wal"))
    );
    let r = keamanan::periksa_keutuhan(&db).unwrap();
    assert!(r.utuh, "{:?}", r.butir);
    assert!(
        db.riwayat("enkripsi").unwrap().iter().any(|a| a
            .sesudah
            .as_deref()
            .is_some_and(|s| s.contains("enkripsi diaktifkan"))),
        "the change is in the audit"
    );
    drop(db);

    // Without the password, with a wrong one, with the right one.
    let e = Db::buka(&p).err().unwrap();
    assert_eq!(e.kode(), "PERLU_SANDI", "{e}");
    let e = Db::buka_dengan(&p, Some(Sandi::baru("bukan ini")))
        .err()
        .unwrap();
    assert_eq!(e.kode(), "SANDI_SALAH", "{e}");
    assert!(e.to_string().contains("Kata sandi salah"), "{e}");
    let db = Db::buka_dengan(&p, Some(Sandi::baru(SANDI))).unwrap();
    assert_eq!(layar(&db), sebelum);
    assert_eq!(bocor(&p, &rahasia), Vec::<String>::new());
}

#[test]
fn ganti_dan_matikan_sandi_ikut_menulis_ulang_cadangan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kinerja.db");
    let (mut db, nama, _) = kantor(&p);
    keamanan::cadangan_otomatis(&db, jam("2025-08-01T10:00:00"), true).unwrap();
    let sebelum = layar(&db);
    // Refusals change nothing: too short, not repeated the same, not encrypted yet.
    for (baru, ulang, bagian) in [
        ("pendek", "pendek", "paling sedikit 8"),
        ("cukup panjang", "cukup panjang!", "tidak sama"),
    ] {
        let e = keamanan::atur_sandi(&mut db, None, Some(baru), Some(ulang), "t").unwrap_err();
        assert!(e.to_string().contains(bagian), "{e}");
    }
    let e = keamanan::atur_sandi(&mut db, None, None, None, "t").unwrap_err();
    assert!(e.to_string().contains("belum dienkripsi"), "{e}");
    assert!(!terenkripsi(&p));

    keamanan::atur_sandi(&mut db, None, Some(SANDI), Some(SANDI), "t").unwrap();
    // Changing or removing asks for the current password.
    let e = keamanan::atur_sandi(
        &mut db,
        Some("salah sandi"),
        Some("sandi baru 2"),
        Some("sandi baru 2"),
        "t",
    )
    .unwrap_err();
    assert!(e.to_string().contains("kata sandi sekarang salah"), "{e}");
    let h = keamanan::atur_sandi(
        &mut db,
        Some(SANDI),
        Some("sandi baru 2"),
        Some("sandi baru 2"),
        "t",
    )
    .unwrap();
    assert_eq!(h.cadangan_diubah, 1);
    drop(db);
    let e = Db::buka_dengan(&p, Some(Sandi::baru(SANDI))).err().unwrap();
    assert_eq!(e.kode(), "SANDI_SALAH");
    let mut db = Db::buka_dengan(&p, Some(Sandi::baru("sandi baru 2"))).unwrap();
    assert_eq!(layar(&db), sebelum);
    let daftar = keamanan::daftar_cadangan(&db).unwrap();
    assert_eq!(daftar.len(), 1);
    assert_eq!(
        daftar[0].pegawai, 12,
        "the backup opens with the new password: {daftar:?}"
    );

    let h = keamanan::atur_sandi(&mut db, Some("sandi baru 2"), None, None, "t").unwrap();
    assert!(!h.terenkripsi && !db.terenkripsi());
    drop(db);
    assert!(!terenkripsi(&p));
    let db = Db::buka(&p).unwrap();
    assert_eq!(layar(&db), sebelum);
    assert!(memuat(&p, nama.as_bytes()), "plain again");
    assert!(berkas_data(&p).iter().all(|b| !terenkripsi(b)));
    let r = keamanan::periksa_keutuhan(&db).unwrap();
    assert!(r.utuh, "{:?}", r.butir);
}

#[test]
fn pulihkan_cadangan_polos_dan_bersandi_lain_ke_basis_data_terenkripsi() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kinerja.db");
    let (mut db, nama, _) = kantor(&p);
    let sebelum = layar(&db);
    // A plain backup kept outside the data folder (on a flash disk), made before encryption.
    let luar = tempfile::tempdir().unwrap();
    let polos = luar.path().join("polos.db");
    keamanan::cadangkan(&db, &polos).unwrap();
    keamanan::atur_sandi(&mut db, None, Some(SANDI), Some(SANDI), "t").unwrap();
    // One encrypted with another password: this database's own content, another key.
    let lain = luar.path().join("lain.db");
    keamanan::cadangkan(&db, &lain).unwrap();
    kinerja::store::enkripsi_ulang_berkas(
        &lain,
        Some(&Sandi::baru(SANDI)),
        Some(&Sandi::baru("kata sandi lain")),
    )
    .unwrap();
    db.atur_pengaturan("catatan_uji", "diubah sesudah cadangan", "t")
        .unwrap();

    // The plain backup restores into the encrypted database, which stays encrypted.
    keamanan::pulihkan(&mut db, &polos, None, jam("2025-08-02T10:00:00"), "t").unwrap();
    assert!(db.terenkripsi());
    assert_eq!(layar(&db), sebelum);
    assert_eq!(db.pengaturan("catatan_uji").unwrap(), None);
    assert!(!memuat(&p, nama.as_bytes()));
    assert!(
        bocor(&p, &[nama.as_bytes()]).is_empty(),
        "{:?}",
        bocor(&p, &[nama.as_bytes()])
    );

    // Another password: refused by name, then restored with it.
    let e = keamanan::pulihkan(&mut db, &lain, None, jam("2025-08-02T11:00:00"), "t").unwrap_err();
    assert_eq!(e.kode(), "SANDI_SALAH", "{e}");
    assert!(e.to_string().contains("lain.db"), "{e}");
    keamanan::pulihkan(
        &mut db,
        &lain,
        Some(&Sandi::baru("kata sandi lain")),
        jam("2025-08-02T11:00:01"),
        "t",
    )
    .unwrap();
    assert!(db.terenkripsi());
    assert_eq!(layar(&db), sebelum);
    let r = keamanan::periksa_keutuhan(&db).unwrap();
    assert!(r.utuh, "{:?}", r.butir);
}

#[test]
fn kantor_contoh_ke_basis_data_baru_bersandi_dan_satu_pemakai_saat_ganti_sandi() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("baru.db");
    // A new database given a password is encrypted from its first page; the demo goes into it.
    let mut db = Db::buka_dengan(&p, Some(Sandi::baru(SANDI))).unwrap();
    assert!(db.terenkripsi());
    let opsi = OpsiDemo {
        pegawai: 8,
        tahun: 2025,
        seed: 1,
        ganti: false,
    };
    kinerja::app::demo::buat_demo(&mut db, &opsi, tgl("2025-08-01"), "2025-08-01T08:00:00")
        .unwrap();
    assert_eq!(
        kinerja::app::kantor::daftar_pegawai(&db, "").unwrap().len(),
        8
    );
    assert!(!memuat(&p, b"KPPN"));
    // A second connection (the window beside a `kinerja` command) stops a change of password, which changes
    // nothing; both go on working.
    let kedua = Db::buka_dengan(&p, Some(Sandi::baru(SANDI))).unwrap();
    let e = keamanan::atur_sandi(&mut db, Some(SANDI), None, None, "t").unwrap_err();
    assert_eq!(e.kode(), "DIBUKA_LAIN", "{e}");
    assert!(db.terenkripsi() && terenkripsi(&p));
    assert_eq!(
        kinerja::app::kantor::daftar_pegawai(&kedua, "")
            .unwrap()
            .len(),
        8
    );
    db.atur_pengaturan("catatan_uji", "masih dapat ditulis", "t")
        .unwrap();
    drop(kedua);
    keamanan::atur_sandi(&mut db, Some(SANDI), None, None, "t").unwrap();
    assert!(!terenkripsi(&p));
    assert_eq!(
        db.pengaturan("catatan_uji").unwrap().as_deref(),
        Some("masih dapat ditulis")
    );
}

#[test]
fn cli_meminta_sandi_dan_tidak_mencetak_log_sqlcipher() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kinerja.db");
    drop(kantor(&p));
    let bin = env!("CARGO_BIN_EXE_kinerja");
    let jalan = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = Command::new(bin);
        c.arg("--db").arg(&p).args(args).env_remove("KINERJA_SANDI");
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    };
    let o = jalan(&["sandi", "--help"], &[]);
    let bantuan = String::from_utf8_lossy(&o.stdout);
    assert!(
        bantuan.contains("kinerja sandi [OPSI]") && !bantuan.contains("OPTIONS"),
        "{bantuan}"
    );
    let o = jalan(&["sandi"], &[("KINERJA_SANDI_BARU", SANDI)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("terenkripsi"));
    assert!(terenkripsi(&p));
    // In a script (no terminal) without the password: exit 3 with the code; a wrong one: the same, and no
    // SQLCipher log lines in English.
    let o = jalan(&["pegawai"], &[]);
    assert_eq!(o.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&o.stderr).contains("[PERLU_SANDI]"));
    let o = jalan(&["pegawai"], &[("KINERJA_SANDI", "salah sekali")]);
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("[SANDI_SALAH]"), "{err}");
    assert_eq!(
        err.lines().count(),
        1,
        "one Indonesian line, nothing from SQLCipher: {err}"
    );
    let o = jalan(&["verify"], &[("KINERJA_SANDI", SANDI)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let o = jalan(&["pegawai"], &[("KINERJA_SANDI", SANDI)]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 12);
    // A backup with --out is encrypted too, and restores.
    let b = dir.path().join("salinan.db");
    let o = jalan(
        &["backup", "--out", b.to_str().unwrap()],
        &[("KINERJA_SANDI", SANDI)],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(terenkripsi(&b) && !memuat(&b, b"KPPN"));
    let o = jalan(
        &["restore", b.to_str().unwrap()],
        &[("KINERJA_SANDI", SANDI)],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = jalan(&["sandi", "--hapus"], &[("KINERJA_SANDI", SANDI)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!terenkripsi(&p));
}

#[test]
fn sisa_yang_terbunuh_disapu_dan_berkas_rusak_bukan_terenkripsi() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kinerja.db");
    let (mut db, nama, _) = kantor(&p);
    let polos = dir.path().join("polos.db");
    keamanan::cadangkan(&db, &polos).unwrap();
    keamanan::atur_sandi(&mut db, None, Some(SANDI), Some(SANDI), "t").unwrap();
    drop(db);
    // What a kill leaves: a plain temporary copy beside the database (older than a running copy could be) and a
    // backup the change of password had not reached yet.
    let sisa = dir.path().join(".kinerja.db.sandi-99999.sementara");
    std::fs::copy(&polos, &sisa).unwrap();
    let sepuluh_menit = std::time::SystemTime::now() - std::time::Duration::from_secs(600);
    std::fs::File::options()
        .write(true)
        .open(&sisa)
        .unwrap()
        .set_modified(sepuluh_menit)
        .unwrap();
    let muda = dir.path().join(".kinerja.db.salin-99998.sementara");
    std::fs::copy(&polos, &muda).unwrap();
    let tertinggal = dir
        .path()
        .join("cadangan")
        .join("kinerja-20250801-100000.db");
    std::fs::copy(&polos, &tertinggal).unwrap();
    std::fs::remove_file(&polos).unwrap();
    assert!(memuat(&sisa, nama.as_bytes()) && memuat(&tertinggal, nama.as_bytes()));

    let db = Db::buka_dengan(&p, Some(Sandi::baru(SANDI))).unwrap();
    assert!(!sisa.exists(), "the old temporary copy is swept on open");
    assert!(
        muda.exists(),
        "a copy that may still be being written is left"
    );
    keamanan::cadangan_otomatis(&db, jam("2025-08-03T10:00:00"), false).unwrap();
    assert!(
        terenkripsi(&tertinggal),
        "the plain backup is encrypted with the automatic backup"
    );
    assert_eq!(
        keamanan::daftar_cadangan(&db)
            .unwrap()
            .iter()
            .filter(|c| c.pegawai == 12)
            .count(),
        keamanan::daftar_cadangan(&db).unwrap().len()
    );
    drop(db);

    // A plain database damaged in its first bytes is damaged, not "encrypted": restore can take its place.
    let rusak = dir.path().join("rusak.db");
    let (db2, _, _) = kantor(&rusak);
    drop(db2);
    let mut isi = std::fs::read(&rusak).unwrap();
    isi[3] ^= 0x20;
    std::fs::write(&rusak, &isi).unwrap();
    let e = Db::buka(&rusak).err().unwrap();
    assert_eq!(e.kode(), "BASIS_DATA_RUSAK", "{e}");
}

#[test]
fn cadangan_yang_diubah_di_luar_aplikasi_tidak_dipulihkan_dan_cadangan_basis_data_lain_dibiarkan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("kinerja.db");
    let (mut db, _, _) = kantor(&p);
    let sebelum = layar(&db);
    // A backup whose audit row was changed outside the app (its triggers dropped first).
    let ubah = dir.path().join("diubah.db");
    keamanan::cadangkan(&db, &ubah).unwrap();
    {
        let mut k = kinerja::store::KoneksiUji::buka_asing(&ubah);
        for t in k.kolom("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit', 'audit_rantai')") {
            k.jalankan(&format!("DROP TRIGGER \"{t}\""));
        }
        k.jalankan(
            "UPDATE audit SET sesudah = 'diubah' WHERE id = (SELECT min(id) + 1 FROM audit)",
        );
    }
    db.atur_pengaturan("catatan_uji", "sesudah cadangan", "t")
        .unwrap();
    let e = keamanan::pulihkan(&mut db, &ubah, None, jam("2025-08-02T10:00:00"), "t").unwrap_err();
    assert_eq!(e.kode(), "CADANGAN_TIDAK_UTUH", "{e}");
    assert_eq!(e.exit_code(), 6);
    assert!(e.to_string().contains("riwayat perubahannya putus"), "{e}");
    assert_eq!(
        db.pengaturan("catatan_uji").unwrap().as_deref(),
        Some("sesudah cadangan")
    );
    assert_eq!(layar(&db), sebelum);

    // Another office kept in the same folder: encrypting this one leaves that one's backups as they are.
    let lain = dir.path().join("latihan.db");
    let d = bangun(
        &OpsiDemo {
            pegawai: 8,
            tahun: 2025,
            seed: 9,
            ganti: false,
        },
        tgl("2025-08-01"),
    )
    .unwrap();
    let mut db_lain = Db::buka(&lain).unwrap();
    assert!(
        db_lain
            .tulis_kantor(&d, false, "2025-01-05T08:00:00")
            .unwrap()
    );
    let milik_lain = keamanan::cadangan_manual(&db_lain, jam("2025-08-01T09:00:00")).unwrap();
    let milik_sendiri = keamanan::cadangan_manual(&db, jam("2025-08-01T09:30:00")).unwrap();
    let h = keamanan::atur_sandi(&mut db, None, Some(SANDI), Some(SANDI), "t").unwrap();
    assert_eq!(h.cadangan_diubah, 1, "{h:?}");
    assert!(terenkripsi(Path::new(&milik_sendiri.path)));
    assert!(
        !terenkripsi(Path::new(&milik_lain.path)),
        "the other office's backup is left plain"
    );
    // Setting the same password again is not a change.
    let e = keamanan::atur_sandi(&mut db, Some(SANDI), Some(SANDI), Some(SANDI), "t").unwrap_err();
    assert!(
        e.to_string().contains("sama dengan kata sandi sekarang"),
        "{e}"
    );
    drop(db_lain);
}
