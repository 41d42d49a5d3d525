//! The SKP import's preview lists every field it will change (before → after) and counts rows that change
//! nothing: re-importing the app's own export changes nothing; one edited cell is one change.
use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::ekspor;
use kinerja::app::impor::{self, OpsiImpor};
use kinerja::store::Db;
use rust_xlsxwriter::Workbook;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn kantor() -> Db {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 8,
            tahun: 2025,
            seed: 2,
            ganti: false,
        },
        tgl("2025-08-01"),
        "2025-08-01T08:00:00",
    )
    .unwrap();
    db
}

fn skp(uji: bool, kosongkan: bool) -> OpsiImpor {
    OpsiImpor {
        lembar: Some("SKP".into()),
        uji,
        kosongkan,
        ..Default::default()
    }
}

#[test]
fn ekspor_sendiri_tidak_mengubah_apa_pun() {
    let mut db = kantor();
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.xlsx");
    ekspor::tulis(&a, &ekspor::tabel_skp(&db, 2025).unwrap()).unwrap();
    let l = impor::impor_skp(&mut db, &a, 2025, &skp(false, false), "t").unwrap();
    assert!(l.ditulis && l.galat.is_empty(), "{:?}", l.galat);
    assert_eq!(l.jumlah_perubahan, 0, "{:#?}", l.perubahan);
    assert_eq!(l.tanpa_perubahan, l.baris_valid);
    assert_eq!((l.baru, l.diperbarui), (0, 0));
    // The sheet says which year it is: into another year it is refused, naming both.
    let e = impor::impor_skp(&mut db, &a, 2024, &skp(false, false), "t").unwrap_err();
    assert!(
        e.to_string()
            .contains("berjudul tahun 2025, tetapi diimpor ke tahun 2024"),
        "{e}"
    );
}

#[test]
fn satu_sel_diubah_satu_perubahan() {
    let mut db = kantor();
    let s = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| s.iki.len() >= 2)
        .unwrap();
    let (nip, iki) = (s.nip.clone(), s.iki[0].clone());
    let lama_tw4 = iki.target_triwulan[3].unwrap();
    let dir = tempfile::tempdir().unwrap();
    // A key-only sheet with Target TW IV and Polarisasi (empty): only the target changes; the empty cell keeps.
    let f = dir.path().join("sebagian.xlsx");
    {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("SKP").unwrap();
        for (c, h) in ["NIP", "Kode IKU", "Target TW IV", "Polarisasi"]
            .iter()
            .enumerate()
        {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        ws.write_string(1, 0, &nip).unwrap();
        ws.write_string(1, 1, &iki.kode).unwrap();
        ws.write_string(1, 2, "1.234,5").unwrap();
        ws.write_string(2, 0, &nip).unwrap();
        ws.write_string(2, 1, &s.iki[1].kode).unwrap();
        wb.save(&f).unwrap();
    }
    let l = impor::impor_skp(&mut db, &f, 2025, &skp(true, false), "t").unwrap();
    assert!(!l.ditulis);
    assert_eq!(l.jumlah_perubahan, 1, "{:#?}", l.perubahan);
    let p = &l.perubahan[0];
    assert_eq!(
        (p.baris, p.kode.as_str(), p.bidang.as_str()),
        (2, iki.kode.as_str(), "Target TW IV")
    );
    assert_eq!(p.sesudah, "1.234,50");
    assert_ne!(p.sebelum, "kosong");
    assert_eq!(l.tanpa_perubahan, 1);
    // With "kosongkan" the empty Polarisasi and Target TW IV cells of the second row clear them: said so.
    let l = impor::impor_skp(&mut db, &f, 2025, &skp(true, true), "t").unwrap();
    let kedua: Vec<_> = l
        .perubahan
        .iter()
        .filter(|p| p.baris == 3)
        .map(|p| (p.bidang.as_str(), p.sesudah.as_str()))
        .collect();
    assert!(
        kedua.contains(&("Polarisasi", "kosong")) && kedua.contains(&("Target TW IV", "kosong")),
        "{kedua:?}"
    );
    // Written without kosongkan: the counts say one row changed, and the stored value is the new one.
    let l = impor::impor_skp(&mut db, &f, 2025, &skp(false, false), "t").unwrap();
    assert!(l.ditulis);
    assert_eq!((l.baru, l.diperbarui), (0, 1));
    let baru = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|x| x.nip == nip)
        .unwrap();
    assert_eq!(
        baru.iki[0].target_triwulan[3].map(|d| d.to_string()),
        Some("1234.5".into())
    );
    assert_ne!(Some(lama_tw4), baru.iki[0].target_triwulan[3]);
}

#[test]
fn cli_menyebut_perubahan_dan_keluar_2_bila_ada_galat() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let k = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kinerja"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap()
    };
    assert!(
        k(&["demo", "--tahun", "2025", "--pegawai", "6"])
            .status
            .success()
    );
    let a = dir.path().join("a.xlsx");
    assert!(
        k(&[
            "export",
            "skp",
            "--tahun",
            "2025",
            "--out",
            a.to_str().unwrap()
        ])
        .status
        .success()
    );
    let out = k(&[
        "import",
        "skp",
        a.to_str().unwrap(),
        "--tahun",
        "2025",
        "--sheet",
        "SKP",
        "--dry-run",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let teks = String::from_utf8_lossy(&out.stdout);
    assert!(
        teks.contains("Perubahan: 0 isian pada IKI yang ada, 0 baris baru"),
        "{teks}"
    );
    let salah = dir.path().join("salah.xlsx");
    {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "NIP").unwrap();
        ws.write_string(0, 1, "Kode IKU").unwrap();
        ws.write_string(1, 0, "bukan nip").unwrap();
        ws.write_string(1, 1, "X").unwrap();
        wb.save(&salah).unwrap();
    }
    let out = k(&["import", "skp", salah.to_str().unwrap(), "--tahun", "2025"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn bukti_kosong_dan_judul_peraturan_tidak_mengubah_apa_pun() {
    let mut db = kantor();
    let s = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| !s.iki.is_empty())
        .unwrap();
    let kode = s.iki[0].kode.clone();
    let bukti_lama = db
        .bukti_tahun(2025)
        .unwrap()
        .get(&(s.nip.clone(), kode.clone()))
        .cloned();
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("b.xlsx");
    {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name("SKP").unwrap();
        ws.write_string(0, 0, "Realisasi SKP sesuai PermenPANRB Nomor 6 Tahun 2022")
            .unwrap();
        for (c, h) in ["NIP", "Kode IKU", "Bukti TW I", "Bukti TW II"]
            .iter()
            .enumerate()
        {
            ws.write_string(2, c as u16, *h).unwrap();
        }
        ws.write_string(3, 0, &s.nip).unwrap();
        ws.write_string(3, 1, &kode).unwrap();
        wb.save(&f).unwrap();
    }
    // The regulation's year in the title is not the sheet's year; empty evidence cells keep what is stored.
    let l = impor::impor_skp(&mut db, &f, 2025, &skp(false, false), "t").unwrap();
    assert!(l.ditulis && l.galat.is_empty(), "{:?}", l.galat);
    assert_eq!(
        (l.jumlah_perubahan, l.diperbarui, l.tanpa_perubahan),
        (0, 0, 1)
    );
    assert_eq!(
        db.bukti_tahun(2025)
            .unwrap()
            .get(&(s.nip.clone(), kode.clone()))
            .cloned(),
        bukti_lama
    );
}
