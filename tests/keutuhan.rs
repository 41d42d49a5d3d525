//! Tamper evidence and backups: the audit chain, the lock triggers re-created on open, locked documents against
//! the data behind them, `kinerja verify`, backup and restore (CLI and app), and the CLI's argument errors.
use std::path::Path;
use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use kinerja::app::demo::{OpsiDemo, bangun};
use kinerja::app::dokumen::{self, UbahTarget};
use kinerja::app::keamanan;
use kinerja::app::keamanan::{JenisKeutuhan, periksa_keutuhan};
use kinerja::domain::validasi::AlasanAddendum;
use kinerja::store::{Db, KoneksiUji, MIGRATIONS, pemicu_baku};

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn jam(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap()
}

/// The demo office (20 pegawai, 2025) written into a file database.
fn kantor_berkas(p: &Path) -> Db {
    let d = bangun(
        &OpsiDemo {
            pegawai: 20,
            tahun: 2025,
            seed: 5,
            ganti: false,
        },
        tgl("2025-08-01"),
    )
    .unwrap();
    let mut db = Db::buka(p).unwrap();
    assert!(db.tulis_kantor(&d, false, "2025-01-02T08:00:00").unwrap());
    // A few more audited changes, so the chain has rows on both sides of the one a test tampers with.
    for i in 0..8 {
        db.atur_pengaturan(
            "catatan_uji",
            &format!("perubahan {i}"),
            "2025-01-03T08:00:00",
        )
        .unwrap();
    }
    db
}

/// A pelaksana with IKIs whose KK is printed, signed and locked; returns (nip, document id, its first IKI code).
fn kunci_satu(db: &mut Db) -> (String, String, String) {
    let s = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| {
            s.tingkat == kinerja::domain::model::TingkatJabatan::Pelaksana && s.iki.len() >= 2
        })
        .unwrap();
    let c = dokumen::cetak_kk(
        db,
        2025,
        &s.nip,
        tgl("2025-01-06"),
        tgl("2025-01-10"),
        1_736_121_600,
        "2025-01-06T09:00:00",
    )
    .unwrap();
    kinerja::app::dokumen::catat_reviu(
        db,
        &c.id,
        &kinerja::app::dokumen::FormReviu {
            tanggal: "2025-01-02".into(),
            peninjau: "Pengelola Kinerja Kanwil".into(),
            rekomendasi: "terima".into(),
            catatan: String::new(),
        },
        "t",
    )
    .unwrap();
    dokumen::tandatangani(db, &c.id, tgl("2025-01-20"), Some(b"pindaian"), "t").unwrap();
    dokumen::kunci(db, &c.id, "t").unwrap();
    (s.nip.clone(), c.id, s.iki[0].kode.clone())
}

fn pesan(db: &Db) -> Vec<String> {
    periksa_keutuhan(db)
        .unwrap()
        .butir
        .into_iter()
        .map(|b| b.pesan)
        .collect()
}

#[test]
fn pemicu_baku_terbaca_dari_migrasi_dan_basis_data_baru_utuh() {
    let nama: Vec<&str> = pemicu_baku().iter().map(|(n, _)| n.as_str()).collect();
    for n in [
        "audit_tanpa_ubah",
        "audit_tanpa_hapus",
        "iki_kunci_ubah",
        "iki_kunci_hapus",
        "iki_kunci_tambah",
        "target_kunci_ubah",
        "target_kunci_tambah",
        "target_kunci_hapus",
        "audit_rantai_tambah",
        "izin_ubah_addendum",
    ] {
        assert!(nama.contains(&n), "pemicu {n} tidak terbaca: {nama:?}");
    }
    for (_, sql) in pemicu_baku() {
        assert!(
            sql.starts_with("CREATE TRIGGER ") && sql.ends_with("END"),
            "{sql}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let mut db = kantor_berkas(&p);
    let (nip, _, kode) = kunci_satu(&mut db);
    // An addendum is a legitimate change past the lock: still intact afterwards.
    dokumen::buat_addendum(
        &mut db,
        2025,
        &nip,
        AlasanAddendum::Kebijakan,
        "Arahan pimpinan",
        &[UbahTarget {
            kode: kode.clone(),
            triwulan: 4,
            target: "77,5".into(),
        }],
        tgl("2025-08-15"),
        "t",
    )
    .unwrap();
    drop(db);
    let db = Db::buka(&p).unwrap();
    let l = periksa_keutuhan(&db).unwrap();
    assert!(l.utuh, "{:?}", l.butir);
    assert!(l.butir.is_empty(), "{:?}", l.butir);
    assert_eq!(l.dokumen_diperiksa, 1);
    assert!(l.audit_diperiksa > 10, "{}", l.audit_diperiksa);
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&p)
        .arg("verify")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("UTUH"));
}

#[test]
fn audit_dihapus_di_luar_aplikasi_ketahuan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    drop(kantor_berkas(&p));
    let mut luar = KoneksiUji::buka_asing(&p);
    // Another tool cannot even append to the audit: the chain needs Kinerja's function.
    assert!(
        luar.ditolak("INSERT INTO audit (waktu, entitas, kunci, aksi) VALUES ('x', 'y', 'z', 'w')")
            .unwrap()
            .contains("kinerja_rantai")
    );
    assert!(luar.ditolak("DELETE FROM audit WHERE id = 3").is_some());
    // The sqlite3 shell has foreign keys off by default (the audit chain references the audit rows).
    luar.jalankan("PRAGMA foreign_keys = OFF; DROP TRIGGER audit_tanpa_hapus; DELETE FROM audit WHERE id = 3;");
    drop(luar);
    let db = Db::buka(&p).unwrap();
    let l = periksa_keutuhan(&db).unwrap();
    assert!(!l.utuh);
    let teks = pesan(&db).join("\n");
    assert!(teks.contains("putus pada baris audit 4"), "{teks}");
    assert!(
        teks.contains("\"audit_tanpa_hapus\" hilang, diubah"),
        "{teks}"
    );
    // Re-created on open: the delete is refused again, and the repair is itself in the audit.
    drop(db);
    let mut luar = KoneksiUji::buka_asing(&p);
    assert!(luar.ditolak("DELETE FROM audit WHERE id = 5").is_some());
    assert_eq!(
        luar.kolom("SELECT kunci FROM audit WHERE aksi = 'pemicu_dipulihkan'"),
        vec!["audit_tanpa_hapus".to_string()]
    );
    drop(luar);
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&p)
        .arg("verify")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(6),
        "verify keluar 6 bila tidak utuh"
    );
    let teks = String::from_utf8_lossy(&out.stdout);
    assert!(
        teks.contains("TIDAK UTUH") && teks.contains("baris audit 4"),
        "{teks}"
    );
}

#[test]
fn audit_diubah_di_luar_aplikasi_ketahuan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    drop(kantor_berkas(&p));
    let mut luar = KoneksiUji::buka_asing(&p);
    luar.jalankan("DROP TRIGGER audit_tanpa_ubah; UPDATE audit SET sesudah = 'lain' WHERE id = 2;");
    drop(luar);
    let db = Db::buka(&p).unwrap();
    let teks = pesan(&db).join("\n");
    assert!(teks.contains("putus pada baris audit 2"), "{teks}");
}

#[test]
fn target_kk_terkunci_diubah_di_luar_aplikasi_ketahuan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let mut db = kantor_berkas(&p);
    let (nip, id, kode) = kunci_satu(&mut db);
    let berkas = dokumen::cetak_kk(
        &mut db,
        2025,
        &nip,
        tgl("2025-01-06"),
        tgl("2025-01-10"),
        1_736_121_600,
        "2025-02-01T09:00:00",
    )
    .unwrap();
    let pdf = dir.path().join("kk.pdf");
    std::fs::write(&pdf, &berkas.bytes).unwrap();
    drop(db);
    // The permit table alone no longer opens the lock: it needs an addendum of the same transaction.
    let mut luar = KoneksiUji::buka(&p);
    let tolak = luar
        .ditolak(&format!(
            "BEGIN; INSERT INTO izin_ubah (tahun, nip, addendum_id) VALUES (2025, '{nip}', '{id}'); COMMIT;"
        ))
        .unwrap();
    assert!(tolak.contains("IZIN_TANPA_ADDENDUM"), "{tolak}");
    luar.jalankan("ROLLBACK");
    drop(luar);
    // Dropping the lock trigger and changing a target directly.
    let mut luar = KoneksiUji::buka_asing(&p);
    luar.jalankan(&format!(
        "DROP TRIGGER target_kunci_ubah;
         UPDATE iki_triwulan SET target = '1' WHERE triwulan = 4 AND iki_id = (SELECT id FROM iki WHERE tahun = 2025 AND nip = '{nip}' AND kode = '{kode}');"
    ));
    drop(luar);
    let mut db = Db::buka(&p).unwrap();
    let l = periksa_keutuhan(&db).unwrap();
    assert!(!l.utuh);
    let dok: Vec<_> = l
        .butir
        .iter()
        .filter(|b| b.jenis == JenisKeutuhan::Dokumen)
        .collect();
    assert_eq!(dok.len(), 1, "{:?}", l.butir);
    assert!(dok[0].galat);
    assert!(
        dok[0].pesan.contains(&id) && dok[0].pesan.contains(&format!("target {kode} TW IV")),
        "{}",
        dok[0].pesan
    );
    assert!(
        l.butir
            .iter()
            .any(|b| b.jenis == JenisKeutuhan::Pemicu && b.pesan.contains("target_kunci_ubah"))
    );
    // The trigger is back: the app's own edit is refused again.
    assert!(dokumen::ubah_target(&mut db, 2025, &nip, &kode, 4, "2", "t").is_err());
    // verify-pdf: the file is the printed one, but says the data behind it changed.
    let h = dokumen::verifikasi(&db, &berkas.bytes).unwrap();
    assert!(h.cocok);
    assert!(
        h.data_berubah
            .as_deref()
            .unwrap_or("")
            .contains("sesudah dikunci")
    );
    drop(db);
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&p)
        .arg("verify-pdf")
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&out.stdout).contains("PERHATIAN"));
}

#[test]
fn isi_dokumen_dan_pindaian_diubah_ketahuan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let mut db = kantor_berkas(&p);
    let (_, id, _) = kunci_satu(&mut db);
    drop(db);
    let mut luar = KoneksiUji::buka_asing(&p);
    luar.jalankan(&format!(
        "UPDATE dokumen SET isi = replace(isi, '2025', '2026'), scan = X'00' WHERE id = '{id}';"
    ));
    drop(luar);
    let db = Db::buka(&p).unwrap();
    let l = periksa_keutuhan(&db).unwrap();
    assert!(!l.utuh);
    assert!(
        l.butir
            .iter()
            .any(|b| b.jenis == JenisKeutuhan::Berkas && b.pesan.contains(&id))
    );
    assert!(
        l.butir
            .iter()
            .any(|b| b.jenis == JenisKeutuhan::Dokumen
                && b.pesan.contains("diubah di luar aplikasi"))
    );
}

#[test]
fn migrasi_merangkai_audit_lama() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    {
        let mut c = KoneksiUji::buka(&p);
        // Up to the migration before the chain (0008): rows written by an older version.
        let sebelum_rantai = MIGRATIONS
            .iter()
            .position(|(n, _)| n.starts_with("0008"))
            .unwrap();
        c.migrasi_sampai(sebelum_rantai);
        c.jalankan(
            "INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah) VALUES
               ('2024-01-01T08:00:00', 'kantor', '1', 'buat', NULL, 'a'),
               ('2024-01-02T08:00:00', 'pegawai', '1', 'ubah', '{\"x\":1}', NULL),
               ('2024-01-03T08:00:00', 'pegawai', '2', 'ubah', NULL, NULL);",
        );
    }
    let db = Db::buka(&p).unwrap();
    let l = periksa_keutuhan(&db).unwrap();
    assert!(l.utuh, "{:?}", l.butir);
    assert_eq!(l.audit_diperiksa, 3);
}

fn jumlah_pegawai(db: &Db) -> usize {
    db.muat_skp(2025).unwrap().len()
}

#[test]
fn cadangan_dan_pemulihan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let mut db = kantor_berkas(&p);
    let (nip, _, kode) = kunci_satu(&mut db);
    let awal = jumlah_pegawai(&db);
    let b = dir.path().join("salinan.db");
    let r = keamanan::cadangkan(&db, &b).unwrap();
    assert_eq!(r.pegawai as usize, awal);
    assert_eq!(r.tahun, vec![2025]);
    // Never over an existing file.
    assert!(keamanan::cadangkan(&db, &b).is_err());
    // A change after the backup, then restore: the change is gone, the content before is kept as a backup.
    db.atur_pengaturan("pola_nomor", "SESUDAH-{no}", "t")
        .unwrap();
    let h = keamanan::pulihkan(
        &mut db,
        &b,
        None,
        jam("2025-09-01T10:00:00"),
        "2025-09-01T10:00:00",
    )
    .unwrap();
    assert!(Path::new(&h.cadangan_sebelumnya).exists());
    assert_eq!(db.pengaturan("pola_nomor").unwrap(), None);
    // The kept content holds the change.
    let lama = Db::buka(Path::new(&h.cadangan_sebelumnya)).unwrap();
    assert_eq!(
        lama.pengaturan("pola_nomor").unwrap().as_deref(),
        Some("SESUDAH-{no}")
    );
    drop(lama);
    drop(db);
    // The restored file opens clean, stays locked, and is intact.
    let mut db = Db::buka(&p).unwrap();
    assert_eq!(jumlah_pegawai(&db), awal);
    assert!(dokumen::ubah_target(&mut db, 2025, &nip, &kode, 4, "2", "t").is_err());
    let l = periksa_keutuhan(&db).unwrap();
    assert!(l.utuh, "{:?}", l.butir);
    // Random bytes, another program's SQLite file, and a newer version are refused; nothing changes.
    let acak = dir.path().join("acak.db");
    std::fs::write(
        &acak,
        (0..70_000u32)
            .map(|i| (i * 7919 % 251) as u8)
            .collect::<Vec<_>>(),
    )
    .unwrap();
    let asing = dir.path().join("asing.db");
    KoneksiUji::buka_asing(&asing).jalankan("CREATE TABLE t (a); INSERT INTO t VALUES (1);");
    let baru = dir.path().join("baru.db");
    keamanan::cadangkan(&db, &baru).unwrap();
    KoneksiUji::buka_asing(&baru).setel_versi(99);
    let jejak = db.riwayat("").unwrap().len();
    for (f, kode) in [
        (&acak, "BASIS_DATA_RUSAK"),
        (&asing, "BUKAN_KINERJA"),
        (&baru, "VERSI_LEBIH_BARU"),
        (&dir.path().to_path_buf(), "DIREKTORI_DATA"),
    ] {
        let e = keamanan::pulihkan(&mut db, f, None, jam("2025-09-02T10:00:00"), "t").unwrap_err();
        assert_eq!(e.kode(), kode, "{}: {e}", f.display());
    }
    assert_eq!(db.riwayat("").unwrap().len(), jejak);
    assert_eq!(jumlah_pegawai(&db), awal);
}

#[test]
fn cadangan_otomatis_bergilir() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let mut db = kantor_berkas(&p);
    let mulai = jam("2025-03-01T08:00:00");
    assert!(
        keamanan::cadangan_otomatis(&db, mulai, false)
            .unwrap()
            .is_some()
    );
    // Within a day: none; a day later: one.
    assert!(
        keamanan::cadangan_otomatis(&db, mulai + chrono::Duration::hours(5), false)
            .unwrap()
            .is_none()
    );
    for hari in 1..20 {
        assert!(
            keamanan::cadangan_otomatis(&db, mulai + chrono::Duration::days(hari), false)
                .unwrap()
                .is_some()
        );
    }
    let daftar = keamanan::daftar_cadangan(&db).unwrap();
    assert_eq!(daftar.len(), keamanan::SIMPAN_BAWAAN);
    assert!(
        daftar[0].nama.contains("20250320"),
        "terbaru dulu: {}",
        daftar[0].nama
    );
    keamanan::atur_jumlah_simpan(&mut db, "3", "t").unwrap();
    keamanan::cadangan_otomatis(&db, mulai + chrono::Duration::days(30), false).unwrap();
    assert_eq!(keamanan::daftar_cadangan(&db).unwrap().len(), 3);
    assert!(keamanan::atur_jumlah_simpan(&mut db, "tiga", "t").is_err());
    keamanan::atur_jumlah_simpan(&mut db, "0", "t").unwrap();
    assert!(
        keamanan::cadangan_otomatis(&db, mulai + chrono::Duration::days(40), true)
            .unwrap()
            .is_none()
    );
}

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_backup_restore_dan_argumen_berbahasa_indonesia() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    drop(kantor_berkas(&p));
    let db = p.to_str().unwrap();
    let b = dir.path().join("b.db");
    let out = cli(&["--db", db, "backup", "--out", b.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("diperiksa"));
    let out = cli(&["--db", db, "restore", b.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("sebelum pemulihan disimpan"));
    let asing = dir.path().join("x.txt");
    std::fs::write(&asing, "bukan basis data").unwrap();
    let out = cli(&["--db", db, "restore", asing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(4));
    for (args, kata) in [
        (
            vec!["--db", db, "tidakada"],
            "perintah 'tidakada' tidak dikenal",
        ),
        (
            vec!["--db", db, "periksa", "--tahun", "dua"],
            "tidak dapat dibaca",
        ),
        (
            vec!["--db", db, "periksa", "--tahn", "2025"],
            "maksud Anda --tahun",
        ),
        (vec!["--db", db, "periksa"], "wajib diisi: --tahun"),
    ] {
        let out = cli(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(kata), "{args:?}: {err}");
        for inggris in ["error:", "Usage", "unexpected", "invalid", "required"] {
            assert!(!err.contains(inggris), "{args:?}: {err}");
        }
    }
    let out = cli(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("backup"));
}

#[test]
fn kunci_dibatalkan_izin_tertinggal_dan_pemicu_asing_ketahuan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let mut db = kantor_berkas(&p);
    let (nip, id, _) = kunci_satu(&mut db);
    drop(db);
    // A locked document cannot go back, nor be deleted, even by another tool while the triggers stand.
    let mut luar = KoneksiUji::buka_asing(&p);
    assert!(
        luar.ditolak(&format!(
            "UPDATE dokumen SET status = 'dicetak' WHERE id = '{id}'"
        ))
        .unwrap()
        .contains("DOKUMEN_TETAP")
    );
    assert!(
        luar.ditolak(&format!("DELETE FROM dokumen WHERE id = '{id}'"))
            .is_some()
    );
    // With the triggers dropped: the lock undone, a permit left behind, a trigger that swallows audit rows.
    luar.jalankan(&format!(
        "DROP TRIGGER dokumen_status_maju; DROP TRIGGER izin_ubah_addendum;
         UPDATE dokumen SET status = 'dicetak' WHERE id = '{id}';
         INSERT INTO izin_ubah (tahun, nip, addendum_id) VALUES (2025, '{nip}', '{id}');
         CREATE TRIGGER diam BEFORE INSERT ON audit WHEN NEW.entitas = 'iki_triwulan' BEGIN SELECT RAISE(IGNORE); END;"
    ));
    drop(luar);
    let db = Db::buka(&p).unwrap();
    let l = periksa_keutuhan(&db).unwrap();
    assert!(!l.utuh);
    let teks = pesan(&db).join("\n");
    assert!(
        teks.contains(&format!("Status dokumen {id} sekarang \"dicetak\"")),
        "{teks}"
    );
    assert!(teks.contains("\"diam\""), "{teks}");
    assert!(
        teks.contains(&format!("({}/{nip})", 2025)) || teks.contains("Izin ubah target"),
        "{teks}"
    );
    drop(db);
    // Repaired on open: the foreign trigger gone, the permit removed, the guards back.
    let luar = KoneksiUji::buka_asing(&p);
    assert!(
        luar.kolom("SELECT name FROM sqlite_master WHERE name = 'diam'")
            .is_empty()
    );
    assert!(luar.kolom("SELECT nip FROM izin_ubah").is_empty());
}

#[test]
fn addendum_palsu_ditolak_dan_perubahan_sah_tidak_dianggap_rusak() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let mut db = kantor_berkas(&p);
    let (nip, _, _) = kunci_satu(&mut db);
    // Ordinary changes after the lock are not tampering: another atasan, another status.
    let mut f = kinerja::app::kantor::form_pegawai(&db, &nip).unwrap();
    f.status = "cltn".into();
    f.nip_atasan = None;
    kinerja::app::kantor::simpan_pegawai(&mut db, &f, "2025-08-01T08:00:00").unwrap();
    let l = periksa_keutuhan(&db).unwrap();
    assert!(l.utuh, "{:?}", l.butir);
    drop(db);
    // An addendum row written from outside does not make its targets legitimate.
    let mut luar = KoneksiUji::buka_asing(&p);
    luar.jalankan(&format!(
        "INSERT INTO dokumen (id, tahun, nip, jenis, versi, nomor, status, isi, sha_isi, alasan, dibuat)
         VALUES ('ADD-2025-{nip}-9', 2025, '{nip}', 'addendum', 9, 'x', 'draf', '{{}}', 'x', 'palsu', '2025-08-01')"
    ));
    drop(luar);
    let db = Db::buka(&p).unwrap();
    let teks = pesan(&db).join("\n");
    assert!(
        teks.contains("tidak tercatat di riwayat perubahan"),
        "{teks}"
    );
}

#[test]
fn pulihkan_berkas_rusak_dan_cadangan_manual() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let db = kantor_berkas(&p);
    let awal = jumlah_pegawai(&db);
    // Two manual backups in one second, and they never push out the automatic ones.
    let t = jam("2025-03-01T08:00:00");
    keamanan::cadangan_otomatis(&db, t, false).unwrap().unwrap();
    let a = keamanan::cadangan_manual(&db, t).unwrap();
    let b = keamanan::cadangan_manual(&db, t).unwrap();
    assert_ne!(a.path, b.path);
    let daftar = keamanan::daftar_cadangan(&db).unwrap();
    assert_eq!(daftar.len(), 3);
    assert_eq!(
        daftar
            .iter()
            .filter(|c| c.nama.starts_with("kinerja-"))
            .count(),
        1
    );
    drop(db);
    // The database file damaged beyond opening: restore keeps it aside and brings the backup back.
    let mut isi = std::fs::read(&p).unwrap();
    for x in isi.iter_mut().take(100) {
        *x = 0;
    }
    std::fs::write(&p, &isi).unwrap();
    let _ = std::fs::remove_file(dir.path().join("k.db-wal"));
    assert!(Db::buka(&p).is_err());
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&p)
        .arg("restore")
        .arg(&a.path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("k.db.rusak-"))
    );
    let db = Db::buka(&p).unwrap();
    assert_eq!(jumlah_pegawai(&db), awal);
    assert!(periksa_keutuhan(&db).unwrap().utuh);
    // A mistyped --db is an error, not a new empty database that "verifies".
    let salah = dir.path().join("k2.db");
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&salah)
        .arg("verify")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(!salah.exists());
}

#[test]
fn ujung_riwayat_yang_dipotong_ketahuan_dari_cadangan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let mut db = kantor_berkas(&p);
    keamanan::cadangan_otomatis(&db, jam("2025-03-01T08:00:00"), false)
        .unwrap()
        .unwrap();
    db.atur_pengaturan("catatan_uji", "sesudah cadangan", "2025-03-02T08:00:00")
        .unwrap();
    assert!(periksa_keutuhan(&db).unwrap().utuh);
    drop(db);
    // The newest rows and their links cut off from inside the file, guards dropped and put back.
    let mut luar = KoneksiUji::buka_asing(&p);
    let akhir: i64 = luar.kolom("SELECT CAST(max(id) AS TEXT) FROM audit")[0]
        .parse()
        .unwrap();
    luar.jalankan(&format!(
        "PRAGMA foreign_keys = OFF; DROP TRIGGER audit_tanpa_hapus; DROP TRIGGER audit_rantai_tanpa_hapus;
         DELETE FROM audit_rantai WHERE id >= {n}; DELETE FROM audit WHERE id >= {n};",
        n = akhir - 1
    ));
    drop(luar);
    let db = Db::buka(&p).unwrap();
    let teks = pesan(&db).join("\n");
    assert!(
        teks.contains("tidak lagi memuat baris audit")
            && teks.contains("kinerja-20250301-080000.db"),
        "{teks}"
    );
}

#[test]
fn cadangan_lebih_baru_sebelum_pemulihan_tidak_dianggap_potongan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let mut db = kantor_berkas(&p);
    let lama = keamanan::cadangan_otomatis(&db, jam("2025-03-01T08:00:00"), false)
        .unwrap()
        .unwrap();
    db.atur_pengaturan(
        "catatan_uji",
        "sesudah cadangan lama",
        "2025-03-02T08:00:00",
    )
    .unwrap();
    // A newer backup, then the older one restored in the same second: the newer holds rows that are gone now
    // by the user's own choice, not cut off.
    let t = jam("2025-03-03T08:00:00");
    keamanan::cadangan_manual(&db, t).unwrap();
    keamanan::pulihkan(
        &mut db,
        std::path::Path::new(&lama.path),
        None,
        t,
        "2025-03-03T08:00:00",
    )
    .unwrap();
    let l = periksa_keutuhan(&db).unwrap();
    assert!(l.utuh, "{:?}", l.butir);
}
