//! HKT, nilai perilaku (360°) and dialog kinerja from spreadsheets: the SKP export carries them and imports back
//! without rewriting anything, a hand-made sheet is read with its synonyms and Indonesian numbers, every problem is
//! located, and nothing is half-saved.
use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::ekspor;
use kinerja::app::evaluasi::{FormPerilaku, simpan_perilaku};
use kinerja::app::impor::OpsiImpor;
use kinerja::app::impor::impor_catatan as impor;
use kinerja::store::Db;
use rust_xlsxwriter::Workbook;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn hari() -> NaiveDate {
    tgl("2025-10-10")
}

fn kantor() -> (Db, Vec<String>) {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 12,
            tahun: 2025,
            seed: 4,
            ganti: false,
        },
        hari(),
        "t",
    )
    .unwrap();
    let nip = db
        .cari_pegawai("")
        .unwrap()
        .into_iter()
        .map(|p| p.nip)
        .collect();
    (db, nip)
}

/// Everything these imports could change.
fn sidik(db: &Db) -> String {
    format!(
        "{:?}{:?}{:?}",
        db.hkt_tahun(2025, None).unwrap(),
        {
            let mut p: Vec<_> = db.perilaku_tahun(2025).unwrap().into_iter().collect();
            p.sort_by(|a, b| a.0.cmp(&b.0));
            p
        },
        db.dialog_tahun(2025, None).unwrap()
    )
}

/// One sheet, header in row 1, text cells (numbers as an Indonesian officer types them).
fn lembar(path: &Path, nama: &str, judul: &[&str], baris: &[Vec<&str>]) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(nama).unwrap();
    ws.write_string(0, 0, "REKAP HKT KPPN CONTOH").unwrap();
    for (c, h) in judul.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    for (r, b) in baris.iter().enumerate() {
        for (c, v) in b.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(r as u32 + 3, c as u16, *v).unwrap();
            }
        }
    }
    wb.save(path).unwrap();
}

#[test]
fn ekspor_skp_membawa_catatan_dan_impor_ulang_tidak_menulis_apa_pun() {
    let (mut db, nip) = kantor();
    let f = FormPerilaku {
        atasan: "104,5".into(),
        rekan: "98".into(),
        bawahan: String::new(),
    };
    simpan_perilaku(&mut db, 2025, &nip[3], &f, None, hari(), "t").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("skp.xlsx");
    let tabel = ekspor::tabel_skp(&db, 2025).unwrap();
    let lembar: Vec<&str> = tabel.iter().map(|t| t.lembar.as_str()).collect();
    assert_eq!(lembar, ["SKP", "Pegawai", "HKT", "Perilaku", "Dialog"]);
    ekspor::tulis(&a, &tabel).unwrap();
    let sebelum = sidik(&db);
    for (jenis, n) in [
        ("hkt", db.hkt_tahun(2025, None).unwrap().len()),
        ("perilaku", 1),
        ("dialog", db.dialog_tahun(2025, None).unwrap().len()),
    ] {
        // Without naming the sheet: the SKP sheet (NIP, Nama, Jenis, Target...) is not taken for an HKT sheet.
        let l = impor(&mut db, jenis, &a, 2025, &OpsiImpor::default(), hari(), "t").unwrap();
        assert!(l.galat.is_empty(), "{jenis}: {:?}", l.galat);
        assert_eq!(l.baris_valid as usize, n, "{jenis}");
        assert!(n > 0, "{jenis}");
        assert_eq!((l.baru, l.diperbarui), (0, 0), "{jenis}: nothing changed");
    }
    assert_eq!(sidik(&db), sebelum);

    // Into an office without them, the same file brings them all back.
    let mut kosong = Db::memori().unwrap();
    buat_demo(
        &mut kosong,
        &OpsiDemo {
            pegawai: 12,
            tahun: 2025,
            seed: 4,
            ganti: false,
        },
        hari(),
        "t",
    )
    .unwrap();
    for h in kosong.hkt_tahun(2025, None).unwrap() {
        kinerja::app::pemantauan::hapus_hkt(&mut kosong, 2025, &h.nip, h.id, hari(), "t").unwrap();
    }
    let l = impor(
        &mut kosong,
        "hkt",
        &a,
        2025,
        &OpsiImpor::default(),
        hari(),
        "t",
    )
    .unwrap();
    assert!(l.ditulis && l.baru as usize == db.hkt_tahun(2025, None).unwrap().len());
    let judul = |d: &Db| -> Vec<(String, String, bool, Option<rust_decimal::Decimal>)> {
        d.hkt_tahun(2025, None)
            .unwrap()
            .into_iter()
            .map(|h| (h.nip, h.judul, h.disetujui_pengelola, h.realisasi))
            .collect()
    };
    assert_eq!(judul(&kosong), judul(&db));
}

#[test]
fn lembar_buatan_kantor_dibaca_dan_galat_bertempat() {
    let (mut db, nip) = kantor();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("hkt.xlsx");
    let judul = [
        "No",
        "NIP Pegawai",
        "Bentuk HKT",
        "Judul Inovasi",
        "Lingkup",
        "No. SK",
        "Lolos Seleksi",
        "Disetujui",
        "Tgl Implementasi",
        "Target",
        "Realisasi",
        "Polaritas",
    ];
    let baik = vec![
        "1",
        nip[5].as_str(),
        "Inovasi",
        "Dasbor SP2D",
        "Nasional",
        "KEP-7/PB/2025",
        "Ya",
        "Ya",
        "15 Maret 2025",
        "100",
        "100",
        "",
    ];
    let tugas = vec![
        "2",
        nip[6].as_str(),
        "Penugasan Lain",
        "Penurunan tunggakan LPJ",
        "Instansi",
        "ST-45/2025",
        "",
        "",
        "",
        "10",
        "8,5",
        "Minimize",
    ];
    let salah_jenis = vec![
        "3",
        nip[7].as_str(),
        "Lomba",
        "Tim futsal",
        "Unit Kerja",
        "ST-1",
        "",
        "",
        "",
        "",
        "",
        "",
    ];
    let nip_asing = vec![
        "4",
        "199001012015011999",
        "Inovasi",
        "X",
        "Unit Kerja",
        "SK",
        "Ya",
        "Ya",
        "1 Februari 2025",
        "100",
        "100",
        "",
    ];
    let angka_rusak = vec![
        "5",
        nip[8].as_str(),
        "Inovasi",
        "Formulir daring",
        "Unit Kerja",
        "SK-2",
        "Ya",
        "mungkin",
        "31/02/2025",
        "100",
        "12,3,4",
        "",
    ];
    let kembar = baik.clone();
    lembar(
        &p,
        "Rekap HKT",
        &judul,
        &[baik, tugas, salah_jenis, nip_asing, angka_rusak, kembar],
    );
    let sebelum = sidik(&db);
    let l = impor(&mut db, "hkt", &p, 2025, &OpsiImpor::default(), hari(), "t").unwrap();
    assert_eq!(l.lembar, "Rekap HKT");
    assert_eq!(l.baris_judul, 3);
    assert_eq!(l.baris_data, 6);
    assert_eq!(l.baris_valid, 2);
    let tempat: Vec<(u32, &str)> = l
        .galat
        .iter()
        .map(|g| (g.baris, g.kolom.as_str()))
        .collect();
    // Row 6: jenis "Lomba" in C; row 7: NIP in B; row 8: Disetujui in H, the date in I, Realisasi in K;
    // row 9: the same HKT as row 4 (title column D).
    for t in [(6, "C"), (7, "B"), (8, "H"), (8, "I"), (8, "K"), (9, "D")] {
        assert!(tempat.contains(&t), "{t:?} in {:?}", l.galat);
    }
    assert!(l.galat.iter().all(|g| g.lembar == "Rekap HKT"));
    assert!(
        l.galat
            .iter()
            .any(|g| g.pesan.contains("\"Lomba\" tidak dikenal"))
    );
    // All or nothing.
    assert!(!l.ditulis);
    assert_eq!(sidik(&db), sebelum);

    // The valid rows only, when asked.
    let l = impor(
        &mut db,
        "hkt",
        &p,
        2025,
        &OpsiImpor {
            sebagian: true,
            ..OpsiImpor::default()
        },
        hari(),
        "t",
    )
    .unwrap();
    assert!(l.ditulis);
    assert_eq!((l.baru, l.diperbarui), (2, 0));
    let h = db.hkt_tahun(2025, Some(&nip[6])).unwrap();
    let tugas = h
        .iter()
        .find(|h| h.judul == "Penurunan tunggakan LPJ")
        .unwrap();
    assert_eq!(
        tugas.realisasi.map(|d| d.to_string()).as_deref(),
        Some("8.5")
    );
    assert_eq!(tugas.polarisasi.as_deref(), Some("minimize"));
    assert_eq!(tugas.jenis, "penugasan_lain");
    // Scored with its own polarisasi: (2 − 8,5/10) × 100 = 115 × 0,05 (demo weight, penugasan instansi) = 5,75.
    let n = kinerja::app::evaluasi::nilai_satu(&db, 2025, &nip[6], 3).unwrap();
    let v = n
        .hkt
        .iter()
        .find(|x| x.penjelasan.besaran.contains("Penurunan tunggakan LPJ"))
        .unwrap();
    assert_eq!(v.nilai, Some(rust_decimal_macros::dec!(5.75)));
    // Importing again updates, never duplicates.
    let l = impor(
        &mut db,
        "hkt",
        &p,
        2025,
        &OpsiImpor {
            sebagian: true,
            ..OpsiImpor::default()
        },
        hari(),
        "t",
    )
    .unwrap();
    assert_eq!((l.baru, l.diperbarui), (0, 0));
}

#[test]
fn perilaku_dan_dialog_dari_lembar() {
    let (mut db, nip) = kantor();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("360.xlsx");
    lembar(
        &p,
        "360",
        &["NIP", "Nama", "Nilai Atasan", "Rekan Kerja", "Bawahan"],
        &[
            vec![nip[2].as_str(), "A", "102,5", "98", ""],
            vec![nip[3].as_str(), "B", "130", "98", ""],
        ],
    );
    let sebelum = sidik(&db);
    let l = impor(
        &mut db,
        "perilaku",
        &p,
        2025,
        &OpsiImpor::default(),
        hari(),
        "t",
    )
    .unwrap();
    assert_eq!(l.galat.len(), 1, "{:?}", l.galat);
    assert_eq!((l.galat[0].baris, l.galat[0].kolom.as_str()), (5, "C"));
    assert!(l.galat[0].pesan.contains("0–120"), "{}", l.galat[0].pesan);
    assert_eq!(sidik(&db), sebelum);

    let d = dir.path().join("dki.xlsx");
    lembar(
        &d,
        "Dialog",
        &[
            "NIP",
            "Tanggal Dialog",
            "Tahap",
            "Sifat",
            "Dengan",
            "Ringkasan",
            "Tindak Lanjut",
        ],
        &[
            vec![
                nip[2].as_str(),
                "20/09/2025",
                "Pelaksanaan",
                "Insidental",
                "Kepala Seksi",
                "Tunggakan LPJ dibahas",
                "Rekonsiliasi mingguan",
            ],
            vec![
                nip[2].as_str(),
                "1 Desember 2025",
                "Evaluasi",
                "Periodik",
                "",
                "Belum terjadi",
                "",
            ],
        ],
    );
    let l = impor(
        &mut db,
        "dialog",
        &d,
        2025,
        &OpsiImpor::default(),
        hari(),
        "t",
    )
    .unwrap();
    assert_eq!(l.galat.len(), 1, "{:?}", l.galat);
    assert_eq!((l.galat[0].baris, l.galat[0].kolom.as_str()), (5, "B"));
    assert!(l.galat[0].pesan.contains("belum terjadi"));
    assert!(!l.ditulis);

    // Through the CLI, a sheet without errors is written.
    let f = dir.path().join("k.db");
    {
        let mut fdb = Db::buka(&f).unwrap();
        buat_demo(
            &mut fdb,
            &OpsiDemo {
                pegawai: 12,
                tahun: 2025,
                seed: 4,
                ganti: false,
            },
            hari(),
            "t",
        )
        .unwrap();
    }
    let ok = dir.path().join("360-ok.xlsx");
    lembar(
        &ok,
        "360",
        &["NIP", "Nama", "Atasan", "Rekan", "Bawahan"],
        &[vec![nip[2].as_str(), "A", "102,5", "98", ""]],
    );
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&f)
        .args(["import", "perilaku"])
        .arg(&ok)
        .args(["--tahun", "2025"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fdb = Db::buka(&f).unwrap();
    let p = fdb.perilaku_tahun(2025).unwrap();
    assert_eq!(
        p[&nip[2]].atasan.map(|d| d.to_string()).as_deref(),
        Some("102.5")
    );
}

/// A sheet of a few columns changes only those: the stored approval, SK and target of an HKT stay, a blank 360°
/// cell keeps its stored value, and a row without sifat for a new dialog is refused rather than made "periodik".
#[test]
fn kolom_yang_tidak_ada_tidak_mengubah_apa_pun() {
    let (mut db, nip) = kantor();
    let h = db.hkt_tahun(2025, None).unwrap()[0].clone();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("realisasi-hkt.xlsx");
    lembar(
        &p,
        "HKT",
        &["NIP", "Judul", "Realisasi"],
        &[vec![h.nip.as_str(), h.judul.as_str(), "95"]],
    );
    let l = impor(&mut db, "hkt", &p, 2025, &OpsiImpor::default(), hari(), "t").unwrap();
    assert!(l.galat.is_empty(), "{:?}", l.galat);
    assert_eq!((l.baru, l.diperbarui), (0, 1));
    let sesudah = db
        .hkt_tahun(2025, Some(&h.nip))
        .unwrap()
        .into_iter()
        .find(|x| x.id == h.id)
        .unwrap();
    assert_eq!(
        sesudah.realisasi.map(|d| d.to_string()).as_deref(),
        Some("95")
    );
    assert_eq!(
        (
            &sesudah.nomor_sk,
            sesudah.disetujui_pengelola,
            sesudah.lolos_seleksi,
            &sesudah.target,
            &sesudah.jenis,
            &sesudah.lingkup
        ),
        (
            &h.nomor_sk,
            h.disetujui_pengelola,
            h.lolos_seleksi,
            &h.target,
            &h.jenis,
            &h.lingkup
        )
    );

    let f = FormPerilaku {
        atasan: "104".into(),
        rekan: "98".into(),
        bawahan: "101".into(),
    };
    simpan_perilaku(&mut db, 2025, &nip[4], &f, None, hari(), "t").unwrap();
    let q = dir.path().join("360.xlsx");
    lembar(
        &q,
        "360",
        &["NIP", "Atasan", "Rekan", "Bawahan"],
        &[vec![nip[4].as_str(), "106", "", ""]],
    );
    impor(
        &mut db,
        "perilaku",
        &q,
        2025,
        &OpsiImpor::default(),
        hari(),
        "t",
    )
    .unwrap();
    let p4 = db.perilaku_tahun(2025).unwrap()[&nip[4]].clone();
    assert_eq!(
        (
            p4.atasan.map(|d| d.to_string()),
            p4.rekan.map(|d| d.to_string()),
            p4.bawahan.map(|d| d.to_string())
        ),
        (Some("106".into()), Some("98".into()), Some("101".into()))
    );
    // Kosongkan: the blank cells of present columns clear.
    impor(
        &mut db,
        "perilaku",
        &q,
        2025,
        &OpsiImpor {
            kosongkan: true,
            ..OpsiImpor::default()
        },
        hari(),
        "t",
    )
    .unwrap();
    let p4 = db.perilaku_tahun(2025).unwrap()[&nip[4]].clone();
    assert_eq!((p4.rekan, p4.bawahan), (None, None));

    let d = dir.path().join("dki.xlsx");
    lembar(
        &d,
        "Dialog",
        &["NIP", "Tanggal", "Tahap", "Ringkasan"],
        &[vec![
            nip[4].as_str(),
            "21/09/2025",
            "Pelaksanaan",
            "Tunggakan LPJ",
        ]],
    );
    let l = impor(
        &mut db,
        "dialog",
        &d,
        2025,
        &OpsiImpor::default(),
        hari(),
        "t",
    )
    .unwrap();
    assert_eq!(l.galat.len(), 1, "{:?}", l.galat);
    assert!(l.galat[0].pesan.contains("Sifat"), "{}", l.galat[0].pesan);
    assert!(!l.ditulis);
}
