//! Crash tests: the CLI killed (SIGKILL) at random moments during `demo`, a 10,000-row SKP import and realisasi
//! edits. After every kill the database opens, passes `kinerja verify`, and holds either everything of the
//! interrupted action or nothing of it. A short run is always on; `KINERJA_UJI_LAMA=1` runs many rounds.
#![cfg(unix)]
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kinerja::app::keamanan::periksa_keutuhan;
use kinerja::store::Db;

fn lama() -> bool {
    std::env::var_os("KINERJA_UJI_LAMA").is_some()
}

fn putaran(pendek: usize, panjang: usize) -> usize {
    if lama() { panjang } else { pendek }
}

fn kinerja(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kinerja"));
    c.arg("--db")
        .arg(db)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

/// Runs the command to its end and gives how long it took.
fn lama_penuh(mut c: Command) -> Duration {
    let t = Instant::now();
    assert!(c.status().unwrap().success());
    t.elapsed()
}

/// Starts the command and kills it after `setelah`; true when it had already finished by itself.
fn bunuh_setelah(mut c: Command, setelah: Duration) -> bool {
    let mut anak = c.spawn().unwrap();
    std::thread::sleep(setelah);
    let selesai = anak.try_wait().unwrap().is_some();
    let _ = anak.kill();
    let _ = anak.wait();
    selesai
}

fn utuh(p: &Path) -> Db {
    let db = Db::buka(p).unwrap_or_else(|e| panic!("tidak dapat dibuka sesudah dibunuh: {e}"));
    let l = periksa_keutuhan(&db).unwrap();
    assert!(l.utuh, "tidak utuh sesudah dibunuh: {:?}", l.butir);
    db
}

/// A 12-pegawai demo office written by the CLI, to its end.
fn kantor_kecil(p: &Path) {
    assert!(
        kinerja(p)
            .args(["demo", "--tahun", "2025", "--pegawai", "12"])
            .status()
            .unwrap()
            .success()
    );
}

fn jumlah_iki(db: &Db) -> usize {
    db.muat_skp(2025).unwrap().iter().map(|s| s.iki.len()).sum()
}

#[test]
fn demo_dibunuh_semua_atau_tidak_sama_sekali() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let demo = |p: &Path| {
        let mut c = kinerja(p);
        c.args(["demo", "--tahun", "2025", "--pegawai", "30"]);
        c
    };
    let penuh = lama_penuh(demo(&dir.path().join("ukur.db")));
    let mut fastrand = fastrand::Rng::with_seed(7);
    let (mut dibunuh, mut utuh_penuh, mut kosong) = (0, 0, 0);
    for _ in 0..putaran(6, 60) {
        let _ = std::fs::remove_file(&p);
        let _ = std::fs::remove_file(dir.path().join("k.db-wal"));
        let _ = std::fs::remove_file(dir.path().join("k.db-shm"));
        let _ = std::fs::remove_file(dir.path().join("k.db-journal"));
        let jeda = penuh.mul_f64(fastrand.f64() * 1.1);
        if !bunuh_setelah(demo(&p), jeda) {
            dibunuh += 1;
        }
        if !p.exists() {
            kosong += 1;
            continue;
        }
        let db = utuh(&p);
        let n = db.cari_pegawai("").unwrap().len();
        if n == 0 {
            kosong += 1;
            drop(db);
            // Nothing half-built blocks a new demo.
            assert!(demo(&p).status().unwrap().success());
        } else {
            assert_eq!(n, 30, "kantor setengah jadi");
            utuh_penuh += 1;
        }
    }
    eprintln!("demo: {dibunuh} dibunuh, {utuh_penuh} lengkap, {kosong} kosong");
    assert!(dibunuh > 0);
}

#[test]
fn impor_10000_baris_dibunuh_semua_atau_tidak_sama_sekali() {
    let dir = tempfile::tempdir().unwrap();
    let baris = 10_000;
    let (asal, xlsx) = kinerja::app::alat::siapkan_impor(baris, dir.path()).unwrap();
    let sebelum = jumlah_iki(&Db::buka(&asal).unwrap());
    let p = dir.path().join("k.db");
    let impor = |p: &Path| {
        let mut c = kinerja(p);
        c.args(["import", "skp"])
            .arg(&xlsx)
            .args(["--tahun", "2025", "--sheet", "SKP"]);
        c
    };
    std::fs::copy(&asal, &p).unwrap();
    let out = impor(&p)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::copy(&asal, &p).unwrap();
    let penuh = lama_penuh(impor(&p));
    assert_eq!(jumlah_iki(&utuh(&p)), sebelum + baris);
    let mut rng = fastrand::Rng::with_seed(11);
    let (mut dibunuh, mut semua, mut tidak) = (0, 0, 0);
    for _ in 0..putaran(4, 40) {
        for akhiran in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(dir.path().join(format!("k.db{akhiran}")));
        }
        std::fs::copy(&asal, &p).unwrap();
        if !bunuh_setelah(impor(&p), penuh.mul_f64(rng.f64())) {
            dibunuh += 1;
        }
        let n = jumlah_iki(&utuh(&p));
        if n == sebelum {
            tidak += 1;
        } else {
            assert_eq!(n, sebelum + baris, "impor setengah jalan");
            semua += 1;
        }
    }
    eprintln!(
        "impor {baris} baris ({penuh:?}): {dibunuh} dibunuh, {semua} semua, {tidak} tidak sama sekali"
    );
    assert!(dibunuh > 0);
}

#[test]
fn suntingan_dibunuh_tidak_setengah() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    kantor_kecil(&p);
    let s = Db::buka(&p)
        .unwrap()
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| s.iki.len() >= 2)
        .unwrap();
    let (k1, k2) = (s.iki[0].kode.clone(), s.iki[1].kode.clone());
    let isi = |a: u32| {
        let mut c = kinerja(&p);
        c.args([
            "realisasi",
            "--tahun",
            "2025",
            "--nip",
            &s.nip,
            "--triwulan",
            "1",
        ])
        .arg("--isi")
        .arg(format!("{k1}={a}"))
        .arg("--isi")
        .arg(format!("{k2}={a}"));
        c
    };
    let penuh = lama_penuh(isi(1));
    let mut rng = fastrand::Rng::with_seed(5);
    let mut dibunuh = 0;
    for i in 0..putaran(8, 80) {
        let nilai = 100 + i as u32;
        if !bunuh_setelah(isi(nilai), penuh.mul_f64(rng.f64() * 1.2)) {
            dibunuh += 1;
        }
        let db = utuh(&p);
        let skp = db
            .muat_skp(2025)
            .unwrap()
            .into_iter()
            .find(|x| x.nip == s.nip)
            .unwrap();
        let r: Vec<_> = [&k1, &k2]
            .iter()
            .map(|k| {
                skp.iki
                    .iter()
                    .find(|x| &&x.kode == k)
                    .unwrap()
                    .realisasi_triwulan[0]
            })
            .collect();
        // Both cells of one save move together.
        assert_eq!(r[0], r[1], "satu simpanan tertulis setengah");
    }
    eprintln!("suntingan: {dibunuh} dibunuh");
}

/// A transaction cut off by a kill in rollback-journal mode (a new file's first page, or a file written by
/// another tool) leaves a hot journal. The database still opens: SQLite rolls the journal back, the half-written
/// change is gone, and verify says it is intact. The test runs itself as the child that is cut off.
#[test]
fn jurnal_panas_sesudah_dibunuh_digulung_balik() {
    if let Some(p) = std::env::var_os("KINERJA_ANAK_JURNAL") {
        let mut k = kinerja::store::KoneksiUji::buka_asing(Path::new(&p));
        k.jalankan("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; BEGIN; CREATE TABLE isi_setengah(x);");
        for _ in 0..2000 {
            k.jalankan("INSERT INTO isi_setengah VALUES (randomblob(1000))");
        }
        // Cut off with the transaction open, its pages spilled into the file and the journal beside it.
        std::process::abort();
    }
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    kantor_kecil(&p);
    let status = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "jurnal_panas_sesudah_dibunuh_digulung_balik",
            "--nocapture",
        ])
        .env("KINERJA_ANAK_JURNAL", &p)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(!status.success(), "the child was cut off");
    let jurnal = dir.path().join("k.db-journal");
    assert!(
        std::fs::metadata(&jurnal).unwrap().len() > 0,
        "a hot journal is left"
    );
    let db = utuh(&p);
    assert_eq!(db.cari_pegawai("").unwrap().len(), 12);
    assert!(!jurnal.exists() || std::fs::metadata(&jurnal).unwrap().len() == 0);
}
