//! The demo office: size, valid NIPs, a superior for everyone but the head, determinism, refusal without --ganti.
use std::process::Command;

use chrono::NaiveDate;
use kinerja::app::AppError;
use kinerja::app::demo::{OpsiDemo, bangun, buat_demo};
use kinerja::domain::nip::Nip;
use kinerja::store::Db;

fn opsi(n: usize, seed: u64) -> OpsiDemo {
    OpsiDemo {
        pegawai: n,
        tahun: 2025,
        seed,
        ganti: false,
    }
}

#[test]
fn kantor_contoh_lengkap_dan_sah() {
    let hari = NaiveDate::from_ymd_opt(2025, 8, 10).unwrap();
    let d = bangun(&opsi(40, 3), hari).unwrap();
    assert_eq!(d.pegawai.len(), 40);
    assert_eq!(d.unit.len(), 6);
    let nips: std::collections::HashSet<_> = d.pegawai.iter().map(|p| p.nip.clone()).collect();
    assert_eq!(nips.len(), 40, "NIP unik");
    for p in &d.pegawai {
        Nip::parse(&p.nip).unwrap_or_else(|e| panic!("{}: {e}", p.nip));
        assert!(!p.pangkat.is_empty() && !p.golongan.is_empty());
        if let Some(a) = &p.atasan_nip {
            assert!(nips.contains(a), "atasan {a} ada di kantor");
        }
    }
    assert_eq!(
        d.pegawai.iter().filter(|p| p.atasan_nip.is_none()).count(),
        1,
        "hanya kepala kantor tanpa atasan di kantor"
    );
    // A new CPNS's NIP carries the TMT CPNS of this year.
    let cpns = d
        .pegawai
        .iter()
        .find(|p| p.status == kinerja::domain::model::StatusPegawai::Cpns)
        .expect("40 pegawai include a CPNS");
    assert_eq!(
        &cpns.nip[8..14],
        cpns.tanggal_mulai.format("%Y%m").to_string()
    );
    // Realisasi exists for the two quarters past on 10 August, none after.
    let contoh = &d.iki[0].iki;
    assert!(contoh.realisasi_triwulan[0].is_some() && contoh.realisasi_triwulan[1].is_some());
    assert!(contoh.realisasi_triwulan[2].is_none() && contoh.realisasi_triwulan[3].is_none());
    assert!(
        d.ss.len() >= 4,
        "peta strategi dengan SS di setiap perspektif"
    );
}

#[test]
fn deterministik_per_seed() {
    let hari = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let a = bangun(&opsi(25, 9), hari).unwrap();
    let b = bangun(&opsi(25, 9), hari).unwrap();
    let c = bangun(&opsi(25, 10), hari).unwrap();
    let nips = |d: &kinerja::store::DataKantor| {
        d.pegawai
            .iter()
            .map(|p| (p.nip.clone(), p.nama.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(nips(&a), nips(&b));
    assert_ne!(nips(&a), nips(&c));
    assert_eq!(format!("{:?}", a.iki), format!("{:?}", b.iki));
}

#[test]
fn jumlah_tidak_sah_ditolak() {
    let hari = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
    assert!(matches!(
        bangun(&opsi(3, 1), hari),
        Err(AppError::Masukan { .. })
    ));
}

#[test]
fn tidak_menimpa_tanpa_ganti() {
    let hari = NaiveDate::from_ymd_opt(2025, 5, 1).unwrap();
    let mut db = Db::memori().unwrap();
    buat_demo(&mut db, &opsi(12, 1), hari, "t").unwrap();
    let sebelum = kinerja::app::kantor::daftar_pegawai(&db, "").unwrap().len();
    assert!(matches!(
        buat_demo(&mut db, &opsi(30, 2), hari, "t"),
        Err(AppError::DataSudahAda)
    ));
    assert_eq!(
        kinerja::app::kantor::daftar_pegawai(&db, "").unwrap().len(),
        sebelum
    );
    let r = buat_demo(
        &mut db,
        &OpsiDemo {
            ganti: true,
            ..opsi(30, 2)
        },
        hari,
        "t",
    )
    .unwrap();
    assert_eq!(r.pegawai, 30);
    assert_eq!(
        kinerja::app::kantor::daftar_pegawai(&db, "").unwrap().len(),
        30
    );
}

#[test]
fn cli_demo_lalu_pegawai_dan_periksa() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kinerja"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["demo", "--pegawai", "20", "--tahun", "2025"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("20 pegawai"));
    let out = run(&["demo", "--tahun", "2025"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--ganti"));
    let out = run(&["pegawai"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 20);
    // Periksa in January before the deadline: findings are data, exit 0; --ketat exits 1 only on errors.
    let out = run(&[
        "periksa",
        "--tahun",
        "2025",
        "--json",
        "--hari-ini",
        "2025-02-10",
    ]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kode: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["kode"].as_str().unwrap())
        .collect();
    assert!(
        kode.contains(&"KK-002"),
        "KK not signed after 31 Januari: {kode:?}"
    );
    // Under KMK 300 the tugas belajar pegawai has an SKP (tests/skor.rs): nobody in the demo is exempt.
    assert!(
        !kode.contains(&"KK-001"),
        "every demo pegawai makes an SKP under KMK 300: {kode:?}"
    );
    let out = run(&[
        "periksa",
        "--tahun",
        "2025",
        "--ketat",
        "--hari-ini",
        "2025-02-10",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let out = run(&["periksa", "--tahun", "2031"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Tahun 2031 belum dibuat"));
}
