//! Spreadsheet exchange: messy real-world workbooks, located errors, atomicity, round trip, malformed files.
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::impor::{self, OpsiImpor};
use kinerja::app::{AppError, ekspor};
use kinerja::store::Db;
use kinerja::xlsx::{Sel, baca_lembar};
use rust_xlsxwriter::{Format, Formula, Workbook};

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn demo(n: usize) -> Db {
    isi_demo(Db::memori().unwrap(), n)
}

fn isi_demo(mut db: Db, n: usize) -> Db {
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: n,
            tahun: 2025,
            seed: 3,
            ganti: false,
        },
        tgl("2025-08-01"),
        "t",
    )
    .unwrap();
    db
}

/// A demo office and its pegawai's NIPs.
fn demo_dan_nip(n: usize) -> (Db, Vec<String>) {
    let db = demo(n);
    let nip = db
        .cari_pegawai("")
        .unwrap()
        .into_iter()
        .map(|p| p.nip)
        .collect();
    (db, nip)
}

/// A fingerprint of everything an import could change.
fn sidik(db: &Db) -> String {
    let skp = db
        .muat_skp(2025)
        .map(|s| format!("{s:?}"))
        .unwrap_or_default();
    let pg = format!("{:?}", db.cari_pegawai("").unwrap());
    format!("{skp}{pg}{:?}", db.daftar_ss(2025).ok())
}

fn opsi() -> OpsiImpor {
    OpsiImpor::default()
}

/// A workbook as offices make them: a hidden first sheet, title rows, a merged two-level header with
/// synonyms, Indonesian number text, a formula, percent fractions, in columns of their own order.
fn buku_berantakan(path: &Path, nip: &[String]) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Catatan").unwrap();
    ws.write_string(0, 0, "lembar bantu").unwrap();
    ws.set_hidden(true);
    let ws = wb.add_worksheet();
    ws.set_name("Rencana 2025").unwrap();
    let tebal = Format::new().set_bold();
    ws.write_string(0, 0, "RENCANA KINERJA PEGAWAI KPPN CONTOH")
        .unwrap();
    ws.write_string(1, 0, "TAHUN 2025").unwrap();
    ws.merge_range(3, 0, 4, 0, "NIP Pegawai", &tebal).unwrap();
    ws.merge_range(3, 1, 4, 1, "Kode IKI", &tebal).unwrap();
    ws.merge_range(3, 2, 4, 2, "Indikator Kinerja Individu", &tebal)
        .unwrap();
    ws.merge_range(3, 3, 4, 3, "Polaritas", &tebal).unwrap();
    ws.merge_range(3, 4, 4, 4, "Jenis Konsolidasi Periode", &tebal)
        .unwrap();
    ws.merge_range(3, 5, 4, 5, "Satuan", &tebal).unwrap();
    ws.merge_range(3, 6, 3, 9, "Target", &tebal).unwrap();
    for (i, h) in ["TW I", "TW II", "TW III", "TW IV"].iter().enumerate() {
        ws.write_string_with_format(4, 6 + i as u16, *h, &tebal)
            .unwrap();
    }
    ws.merge_range(3, 10, 4, 10, "Realisasi Q1", &tebal)
        .unwrap();
    let baris = [
        (
            &nip[0],
            "A.1",
            "Persentase SPM diproses tepat waktu",
            "Maksimal",
            "Rata-rata",
            "%",
            ["0,955", "0,96", "0,97", "0,98"],
            Some(0.95),
        ),
        (
            &nip[0],
            "A.2",
            "Jumlah laporan rekonsiliasi",
            "max",
            "Jumlah",
            "laporan",
            ["1.234,5", "1.250", "2", "3"],
            None,
        ),
        (
            &nip[1],
            "B.1",
            "Rata-rata waktu layanan",
            "Minimize",
            "TLK",
            "jam",
            ["4", "4,5", "3,5", "3"],
            None,
        ),
    ];
    for (r, (n, k, nama, pol, kons, sat, t, real)) in baris.iter().enumerate() {
        let r = 5 + r as u32;
        ws.write_string(r, 0, n.as_str()).unwrap();
        ws.write_string(r, 1, *k).unwrap();
        ws.write_string(r, 2, *nama).unwrap();
        ws.write_string(r, 3, *pol).unwrap();
        ws.write_string(r, 4, *kons).unwrap();
        ws.write_string(r, 5, *sat).unwrap();
        for (i, v) in t.iter().enumerate() {
            if *k == "A.1" {
                // Percent targets as fractions in number cells, one of them a formula with a cached result.
                let f: f64 = v.replace(',', ".").parse().unwrap();
                if i == 3 {
                    ws.write_formula(r, 6 + i as u16, Formula::new("=0.49*2").set_result("0.98"))
                        .unwrap();
                } else {
                    ws.write_number(r, 6 + i as u16, f).unwrap();
                }
            } else {
                ws.write_string(r, 6 + i as u16, *v).unwrap();
            }
        }
        if let Some(x) = real {
            ws.write_number(r, 10, *x).unwrap();
        }
    }
    wb.save(path).unwrap();
}

#[test]
fn buku_berantakan_terbaca_benar() {
    let mut db = demo(12);
    let nip: Vec<String> = db
        .cari_pegawai("")
        .unwrap()
        .into_iter()
        .map(|p| p.nip)
        .skip(6)
        .take(2)
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("rencana.xlsx");
    buku_berantakan(&p, &nip);
    let l = impor::impor_skp(&mut db, &p, 2025, &opsi(), "t").unwrap();
    assert_eq!(
        l.lembar, "Rencana 2025",
        "the hidden first sheet is skipped"
    );
    assert_eq!(l.baris_judul, 5, "two-row header ending on Excel row 5");
    assert!(l.galat.is_empty(), "{:?}", l.galat);
    assert!(l.ditulis && l.baru == 3, "{l:?}");
    assert!(
        l.catatan.iter().any(|c| c.contains("pecahan")),
        "{:?}",
        l.catatan
    );
    let skp = db.muat_skp(2025).unwrap();
    let a1 = skp
        .iter()
        .find(|s| s.nip == nip[0])
        .unwrap()
        .iki
        .iter()
        .find(|i| i.kode == "A.1")
        .unwrap()
        .clone();
    assert_eq!(
        a1.target_triwulan.map(|t| t.unwrap().to_string()),
        ["95.5", "96", "97", "98"]
    );
    assert_eq!(
        a1.realisasi_triwulan[0].map(|d| d.to_string()),
        Some("95".into())
    );
    assert_eq!(
        a1.konsolidasi,
        Some(kinerja::domain::model::Konsolidasi::Average)
    );
    let a2 = skp
        .iter()
        .find(|s| s.nip == nip[0])
        .unwrap()
        .iki
        .iter()
        .find(|i| i.kode == "A.2")
        .unwrap()
        .clone();
    assert_eq!(
        a2.target_triwulan[0].map(|d| d.to_string()),
        Some("1234.5".into())
    );
    assert_eq!(
        a2.target_triwulan[1].map(|d| d.to_string()),
        Some("1250".into()),
        "\"1.250\" read as Indonesian because \"4,5\" decides that column"
    );
    // Importing the same file again never duplicates, and changes nothing: no row counts as updated.
    let l2 = impor::impor_skp(&mut db, &p, 2025, &opsi(), "t").unwrap();
    assert_eq!((l2.baru, l2.diperbarui, l2.tanpa_perubahan), (0, 0, 3));
    assert_eq!(
        db.muat_skp(2025)
            .unwrap()
            .iter()
            .map(|s| s.iki.len())
            .sum::<usize>(),
        skp.iter().map(|s| s.iki.len()).sum::<usize>()
    );
}

fn buku_sederhana(path: &Path, judul: &[&str], baris: &[Vec<Sel>]) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("SKP").unwrap();
    for (c, h) in judul.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (r, b) in baris.iter().enumerate() {
        for (c, v) in b.iter().enumerate() {
            let (r, c) = (r as u32 + 1, c as u16);
            match v {
                Sel::Teks(t) => {
                    ws.write_string(r, c, t).unwrap();
                }
                Sel::Angka(f) => {
                    ws.write_number(r, c, *f).unwrap();
                }
                _ => {}
            }
        }
    }
    wb.save(path).unwrap();
}

fn t(s: &str) -> Sel {
    Sel::Teks(s.into())
}

#[test]
fn galat_bertempat_dan_tidak_menulis_apa_pun() {
    let (mut db, nip) = demo_dan_nip(12);
    let sebelum = sidik(&db);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("salah.xlsx");
    let judul = [
        "NIP",
        "Kode IKU",
        "Nama IKU",
        "Polarisasi",
        "Konsolidasi",
        "Target TW I",
        "Target TW II",
    ];
    buku_sederhana(
        &p,
        &judul,
        &[
            vec![
                t(&nip[7]),
                t("X.1"),
                t("Baik"),
                t("max"),
                t("sum"),
                t("10"),
                t("20"),
            ],
            vec![
                Sel::Angka(1.98503122010011e17),
                t("X.2"),
                t("NIP sebagai angka"),
                t("max"),
                t("sum"),
                t("1"),
                t("2"),
            ],
            vec![
                t(&nip[7]),
                t("X.3"),
                t("Polarisasi aneh"),
                t("naik"),
                t("sum"),
                t("1"),
                t("2"),
            ],
            vec![
                t(&nip[7]),
                t("X.4"),
                t("Angka rusak"),
                t("max"),
                t("sum"),
                t("sepuluh"),
                t("2"),
            ],
            vec![
                t("199001012015032999"),
                t("X.5"),
                t("NIP tak dikenal"),
                t("max"),
                t("sum"),
                t("1"),
                t("2"),
            ],
            vec![
                t("19900101201503200"),
                t("X.6"),
                t("NIP 17 digit"),
                t("max"),
                t("sum"),
                t("1"),
                t("2"),
            ],
            vec![
                t(&nip[7]),
                t("X.1"),
                t("Ganda"),
                t("max"),
                t("sum"),
                t("1"),
                t("2"),
            ],
        ],
    );
    let l = impor::impor_skp(&mut db, &p, 2025, &opsi(), "t").unwrap();
    assert!(!l.ditulis);
    assert_eq!(sidik(&db), sebelum, "nothing written when any row is wrong");
    let ada = |baris: u32, kolom: &str, kata: &str| {
        l.galat.iter().any(|g| {
            g.lembar == "SKP" && g.baris == baris && g.kolom == kolom && g.pesan.contains(kata)
        })
    };
    assert!(ada(3, "A", "tersimpan sebagai angka"), "{:?}", l.galat);
    assert!(ada(4, "D", "tidak dikenal"), "{:?}", l.galat);
    assert!(ada(5, "F", "bukan angka"), "{:?}", l.galat);
    assert!(ada(6, "A", "tidak dikenal"), "{:?}", l.galat);
    assert!(ada(7, "A", "18 digit"), "{:?}", l.galat);
    assert!(ada(8, "B", "sudah ada di baris 2"), "{:?}", l.galat);
    // Explicit choice: import only the valid rows.
    let l = impor::impor_skp(
        &mut db,
        &p,
        2025,
        &OpsiImpor {
            sebagian: true,
            ..opsi()
        },
        "t",
    )
    .unwrap();
    assert!(l.ditulis && l.baru == 1, "{l:?}");
    // Unknown NIP with the option to create the pegawai.
    let l = impor::impor_skp(
        &mut db,
        &p,
        2025,
        &OpsiImpor {
            sebagian: true,
            buat_pegawai: true,
            ..opsi()
        },
        "t",
    )
    .unwrap();
    assert_eq!(
        l.pegawai_tidak_dikenal,
        vec!["199001012015032999".to_string()]
    );
    assert!(db.cari_pegawai("199001012015032999").unwrap().len() == 1);
}

#[test]
fn format_angka_bercampur_dan_ambigu_adalah_galat() {
    let (mut db, nip) = demo_dan_nip(12);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("lokal.xlsx");
    let judul = [
        "NIP",
        "Kode IKU",
        "Nama IKU",
        "Polarisasi",
        "Konsolidasi",
        "Target Q1",
        "Target Q2",
    ];
    buku_sederhana(
        &p,
        &judul,
        &[
            vec![
                t(&nip[7]),
                t("L.1"),
                t("a"),
                t("max"),
                t("sum"),
                t("1.234,5"),
                t("1.234"),
            ],
            vec![
                t(&nip[7]),
                t("L.2"),
                t("b"),
                t("max"),
                t("sum"),
                t("1,234.5"),
                t("7"),
            ],
        ],
    );
    let l = impor::impor_skp(
        &mut db,
        &p,
        2025,
        &OpsiImpor {
            uji: true,
            ..opsi()
        },
        "t",
    )
    .unwrap();
    assert!(
        l.galat
            .iter()
            .any(|g| g.kolom == "F" && g.pesan.contains("bercampur")),
        "{:?}",
        l.galat
    );
    assert!(
        l.galat
            .iter()
            .any(|g| g.kolom == "G" && g.baris == 2 && g.pesan.contains("ambigu")),
        "{:?}",
        l.galat
    );
}

#[test]
fn peta_kolom_diingat() {
    let (mut db, nip) = demo_dan_nip(12);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("peta.xlsx");
    buku_sederhana(
        &p,
        &[
            "NIP",
            "Kode IKU",
            "Uraian Sasaran Kinerja",
            "Polarisasi",
            "Konsolidasi",
            "Target TW I",
        ],
        &[vec![
            t(&nip[7]),
            t("P.1"),
            t("Indikator khusus"),
            t("max"),
            t("sum"),
            t("5"),
        ]],
    );
    let l = impor::impor_skp(
        &mut db,
        &p,
        2025,
        &OpsiImpor {
            uji: true,
            ..opsi()
        },
        "t",
    )
    .unwrap();
    assert!(
        l.galat.iter().any(|g| g.pesan.contains("Nama IKU")),
        "{:?}",
        l.galat
    );
    let fix = OpsiImpor {
        peta: vec![("Uraian Sasaran Kinerja".into(), "Nama IKU".into())],
        ..opsi()
    };
    assert!(
        impor::impor_skp(&mut db, &p, 2025, &fix, "t")
            .unwrap()
            .ditulis
    );
    // The next import of the same header set remembers the fix (the same row again: read, nothing to change).
    let l = impor::impor_skp(&mut db, &p, 2025, &opsi(), "t").unwrap();
    assert!(
        l.ditulis && l.galat.is_empty() && l.tanpa_perubahan == 1,
        "{l:?}"
    );
    assert!(matches!(
        impor::impor_skp(
            &mut db,
            &p,
            2025,
            &OpsiImpor {
                peta: vec![("X".into(), "Bidang Aneh".into())],
                ..opsi()
            },
            "t"
        ),
        Err(AppError::Masukan { .. })
    ));
}

/// Export of the demo office imports into an empty database and exports again to the same rows.
#[test]
fn ekspor_impor_bolak_balik() {
    let mut db = demo(20);
    // Evidence travels too.
    let nip = db.cari_pegawai("").unwrap()[3].nip.clone();
    let r = kinerja::app::realisasi::realisasi_pegawai(&db, 2025, &nip, Some(2), tgl("2025-08-01"))
        .unwrap();
    let isi: Vec<_> = r
        .baris
        .iter()
        .enumerate()
        .map(|(i, b)| kinerja::app::realisasi::IsiRealisasi {
            id: b.id,
            realisasi: b.realisasi.clone(),
            bukti: if i == 0 {
                "ND-5/WPB.12/2025; folder TW II".into()
            } else {
                b.bukti.clone()
            },
            semula: None,
        })
        .collect();
    kinerja::app::realisasi::simpan_realisasi(&mut db, 2025, &nip, 2, &isi, tgl("2025-08-01"), "t")
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.xlsx");
    ekspor::tulis(&a, &ekspor::tabel_skp(&db, 2025).unwrap()).unwrap();
    let mut baru = Db::memori().unwrap();
    let l = impor::impor_pegawai(
        &mut baru,
        &a,
        &OpsiImpor {
            lembar: Some("Pegawai".into()),
            ..opsi()
        },
        "t",
    )
    .unwrap();
    assert!(l.ditulis && l.galat.is_empty(), "{:?}", l.galat);
    let l = impor::impor_skp(
        &mut baru,
        &a,
        2025,
        &OpsiImpor {
            lembar: Some("SKP".into()),
            ..opsi()
        },
        "t",
    )
    .unwrap();
    assert!(l.ditulis && l.galat.is_empty(), "{:?}", l.galat);
    let b = dir.path().join("b.xlsx");
    ekspor::tulis(&b, &ekspor::tabel_skp(&baru, 2025).unwrap()).unwrap();
    for lembar in ["SKP", "Pegawai"] {
        let isi = |p: &PathBuf| {
            let mut v: Vec<Vec<String>> = baca_lembar(p, Some(lembar), 100_000)
                .unwrap()
                .baris
                .iter()
                .skip(2)
                .map(|r| r.iter().map(Sel::teks).collect())
                .collect();
            v.sort();
            v
        };
        let (x, y) = (isi(&a), isi(&b));
        assert!(x.len() > 10);
        assert_eq!(x, y, "lembar {lembar} berbeda setelah bolak-balik");
        if lembar == "SKP" {
            assert!(
                x.iter()
                    .flatten()
                    .any(|c| c == "ND-5/WPB.12/2025; folder TW II")
            );
        }
    }
    assert_eq!(
        db.bukti_tahun(2025).unwrap(),
        baru.bukti_tahun(2025).unwrap()
    );
    // Same SKP data field by field for what the sheet carries.
    let bentuk = |d: &Db| {
        let mut v: Vec<String> = d
            .muat_skp(2025)
            .unwrap()
            .into_iter()
            .flat_map(|s| {
                s.iki.into_iter().map(move |i| {
                    format!(
                        "{} {} {} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                        s.nip,
                        i.kode,
                        i.nama,
                        i.polarisasi,
                        i.konsolidasi,
                        i.target_triwulan,
                        i.realisasi_triwulan,
                        i.target_tahunan,
                        i.target_y1,
                        i.realisasi_y1
                    )
                })
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(bentuk(&db), bentuk(&baru));
    let r = dir.path().join("rekap.xlsx");
    ekspor::tulis(&r, &ekspor::tabel_rekap(&db, 2025, 2).unwrap()).unwrap();
    let rekap = baca_lembar(&r, Some("Rekap Pegawai"), 1000).unwrap();
    assert!(rekap.baris.len() > 10 && rekap.baris[2].iter().any(|c| c.teks() == "NHK"));
    let tp = dir.path().join("template.xlsx");
    ekspor::tulis(&tp, &ekspor::tabel_template()).unwrap();
    assert_eq!(
        baca_lembar(&tp, Some("SKP"), 10).unwrap().baris[2][0].teks(),
        "NIP"
    );
}

/// A minimal OpenDocument spreadsheet, written by the test itself.
fn ods(path: &Path, baris: &[Vec<&str>]) {
    let f = std::fs::File::create(path).unwrap();
    let mut z = zip::ZipWriter::new(f);
    let simpan =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    z.start_file("mimetype", simpan).unwrap();
    z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    z.start_file("META-INF/manifest.xml", simpan).unwrap();
    z.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
    z.start_file("content.xml", simpan).unwrap();
    let mut x = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Pegawai">"#,
    );
    for b in baris {
        x.push_str("<table:table-row>");
        for c in b {
            x.push_str(&format!(r#"<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>"#));
        }
        x.push_str("</table:table-row>");
    }
    x.push_str("</table:table></office:spreadsheet></office:body></office:document-content>");
    z.write_all(x.as_bytes()).unwrap();
    z.finish().unwrap();
}

#[test]
fn impor_pegawai_dari_ods() {
    let mut db = Db::memori().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("pegawai.ods");
    ods(
        &p,
        &[
            vec!["DAFTAR PEGAWAI"],
            vec![],
            vec![
                "NIP Pegawai",
                "Nama",
                "Pangkat/Golongan",
                "Jabatan",
                "Seksi",
                "NIP Atasan",
                "Status",
                "TMT",
            ],
            vec![
                "197412091995121885",
                "Bambang, S.E.",
                "Pembina Tingkat I, IV/b",
                "Kepala Kantor Pelayanan Perbendaharaan Negara",
                "KPPN Uji",
                "",
                "Aktif",
                "02/01/2024",
            ],
            vec![
                "198503122010011003",
                "Sari",
                "Penata (III/c)",
                "Kepala Seksi Bank",
                "Seksi Bank",
                "197412091995121885",
                "aktif",
                "3 Januari 2024",
            ],
            vec![
                "199001012015032001",
                "Dewi",
                "III/a",
                "Pelaksana Seksi Bank",
                "Seksi Bank",
                "198503122010011003",
                "Tugas Belajar",
                "",
            ],
            vec![
                "199001012015033001",
                "Salah",
                "III/a",
                "Pelaksana",
                "Seksi Bank",
                "198503122010011999",
                "pensiun",
                "31/02/2024",
            ],
        ],
    );
    let l = impor::impor_pegawai(&mut db, &p, &opsi(), "t").unwrap();
    assert_eq!(l.baris_judul, 3);
    let ada = |kolom: &str, kata: &str| {
        l.galat
            .iter()
            .any(|g| g.baris == 7 && g.kolom == kolom && g.pesan.contains(kata))
    };
    assert!(ada("A", "jenis kelamin"), "{:?}", l.galat);
    assert!(ada("F", "tidak ada"), "{:?}", l.galat);
    assert!(ada("G", "tidak dikenal"), "{:?}", l.galat);
    assert!(ada("H", "bukan tanggal"), "{:?}", l.galat);
    assert!(!l.ditulis);
    let l = impor::impor_pegawai(
        &mut db,
        &p,
        &OpsiImpor {
            sebagian: true,
            ..opsi()
        },
        "t",
    )
    .unwrap();
    assert_eq!(l.baru, 3);
    let d = db.data_pegawai("198503122010011003").unwrap().unwrap();
    assert_eq!(
        (
            d.pangkat.as_str(),
            d.golongan.as_str(),
            d.tingkat.as_str(),
            d.tanggal_mulai.as_str()
        ),
        ("Penata", "III/c", "pengawas", "2024-01-03")
    );
    assert_eq!(d.atasan_nip.as_deref(), Some("197412091995121885"));
    assert_eq!(
        db.data_pegawai("199001012015032001")
            .unwrap()
            .unwrap()
            .status,
        "tugas_belajar"
    );
}

#[test]
fn berkas_rusak_tidak_pernah_panik_dan_tidak_mengubah_data() {
    let mut db = demo(12);
    let sebelum = sidik(&db);
    let dir = tempfile::tempdir().unwrap();
    let asli = dir.path().join("asli.xlsx");
    ekspor::tulis(&asli, &ekspor::tabel_skp(&db, 2025).unwrap()).unwrap();
    let bytes = std::fs::read(&asli).unwrap();
    let mut kasus: Vec<(String, Vec<u8>)> = vec![
        ("terpotong".into(), bytes[..bytes.len() / 2].to_vec()),
        ("kosong".into(), vec![]),
        ("teks".into(), b"NIP;Kode IKU\n1;2\n".to_vec()),
    ];
    let mut rng = fastrand::Rng::with_seed(42);
    for i in 0..30 {
        let mut b = bytes.clone();
        for _ in 0..8 {
            let j = rng.usize(0..b.len());
            b[j] = rng.u8(..);
        }
        kasus.push((format!("acak-{i}"), b));
    }
    for (nama, isi) in kasus {
        let p = dir.path().join(format!("{nama}.xlsx"));
        std::fs::write(&p, isi).unwrap();
        match impor::impor_skp(&mut db, &p, 2025, &opsi(), "t") {
            Err(e) => assert!(!e.to_string().is_empty()),
            Ok(l) => assert!(l.galat.iter().all(|g| g.baris >= 1 && !g.lembar.is_empty())),
        }
    }
    // Sheets that are empty, hold one huge string, or reach row 1,048,576.
    let p = dir.path().join("aneh.xlsx");
    let mut wb = Workbook::new();
    wb.add_worksheet().set_name("Kosong").unwrap();
    let ws = wb.add_worksheet();
    ws.set_name("Besar").unwrap();
    for (c, h) in [
        "NIP",
        "Kode IKU",
        "Nama IKU",
        "Polarisasi",
        "Konsolidasi",
        "Target TW I",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 2, "x".repeat(30_000)).unwrap();
    ws.write_string(1_048_575, 0, "baris terakhir").unwrap();
    wb.save(&p).unwrap();
    let e = impor::impor_skp(
        &mut db,
        &p,
        2025,
        &OpsiImpor {
            lembar: Some("Kosong".into()),
            ..opsi()
        },
        "t",
    )
    .unwrap_err();
    assert!(e.to_string().contains("baris judul"), "{e}");
    match impor::impor_skp(
        &mut db,
        &p,
        2025,
        &OpsiImpor {
            lembar: Some("Besar".into()),
            ..opsi()
        },
        "t",
    ) {
        Err(e) => assert!(e.to_string().contains("baris"), "{e}"),
        Ok(l) => {
            assert!(
                l.galat
                    .iter()
                    .any(|g| g.baris == 2 && g.pesan.contains("terlalu panjang")),
                "{:?}",
                &l.galat[..l.galat.len().min(3)]
            );
            assert!(
                l.galat.iter().any(|g| g.baris == 1_048_576),
                "the last row is reported at its place"
            );
        }
    }
    assert!(matches!(
        impor::impor_skp(
            &mut db,
            &p,
            2025,
            &OpsiImpor {
                lembar: Some("Tidak Ada".into()),
                ..opsi()
            },
            "t"
        ),
        Err(AppError::Berkas { .. })
    ));
    assert_eq!(sidik(&db), sebelum);
}

mod properti {
    use super::*;
    use kinerja::xlsx::Lembar;
    use proptest::prelude::*;

    fn sel() -> impl Strategy<Value = Sel> {
        prop_oneof![
            Just(Sel::Kosong),
            "[0-9.,% -]{0,12}".prop_map(Sel::Teks),
            "\\PC{0,20}".prop_map(Sel::Teks),
            prop_oneof![
                Just("NIP"),
                Just("Kode IKU"),
                Just("Nama IKU"),
                Just("Polarisasi"),
                Just("max"),
                Just("TW I"),
                Just("Realisasi Q2"),
                Just("sum")
            ]
            .prop_map(|s| Sel::Teks(s.into())),
            any::<f64>().prop_map(Sel::Angka),
        ]
    }

    proptest! {
        /// Any grid: the reader never panics, and every problem has a place.
        #[test]
        fn grid_apa_pun(baris in prop::collection::vec(prop::collection::vec(sel(), 0..12), 0..30)) {
            let lembar = Lembar { nama: "Uji".into(), tersembunyi: false, baris };
            let tetap = Default::default();
            if let Some(peta) = impor::deteksi(&lembar, impor::JenisImpor::Skp, &tetap) {
                let b = impor::baca_skp(&lembar, &peta);
                prop_assert!(b.galat.iter().all(|g| g.baris >= 1 && g.lembar == "Uji"));
                prop_assert!(b.baris.len() <= b.baris_data);
            }
            if let Some(peta) = impor::deteksi(&lembar, impor::JenisImpor::Pegawai, &tetap) {
                let b = impor::baca_pegawai(&lembar, &peta, &Default::default(), None);
                prop_assert!(b.galat.iter().all(|g| g.baris >= 1));
            }
        }
    }
}

/// A minimal BIFF8 workbook (.xls, Excel 97-2003) written by the test itself: an OLE2 container (cfb crate)
/// holding a "Workbook" stream with the globals (BOF, CODEPAGE, BOUNDSHEET per sheet, EOF) and one substream
/// per sheet of LABEL (text) and NUMBER cells. No XF records: numbers carry no format, as in many exports.
fn xls(path: &Path, lembar: &[(&str, bool, Vec<Vec<Sel>>)]) {
    fn rek(out: &mut Vec<u8>, typ: u16, data: &[u8]) {
        out.extend(typ.to_le_bytes());
        out.extend((data.len() as u16).to_le_bytes());
        out.extend(data);
    }
    fn utf16(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }
    let bof = |dt: u16| -> Vec<u8> {
        let mut d = Vec::new();
        d.extend(0x0600u16.to_le_bytes());
        d.extend(dt.to_le_bytes());
        d.extend([0u8; 12]);
        d
    };
    let mut globals = Vec::new();
    rek(&mut globals, 0x0809, &bof(0x0005));
    rek(&mut globals, 0x0042, &1200u16.to_le_bytes());
    let mut posisi_pos = Vec::new();
    for (nama, tersembunyi, _) in lembar {
        let mut d = vec![0u8; 4];
        d.push(if *tersembunyi { 1 } else { 0 });
        d.push(0);
        d.push(nama.encode_utf16().count() as u8);
        d.push(1);
        d.extend(utf16(nama));
        posisi_pos.push(globals.len() + 4);
        rek(&mut globals, 0x0085, &d);
    }
    rek(&mut globals, 0x000A, &[]);
    let mut stream = globals;
    for (i, (_, _, baris)) in lembar.iter().enumerate() {
        let pos = stream.len() as u32;
        stream[posisi_pos[i]..posisi_pos[i] + 4].copy_from_slice(&pos.to_le_bytes());
        rek(&mut stream, 0x0809, &bof(0x0010));
        for (r, b) in baris.iter().enumerate() {
            for (c, v) in b.iter().enumerate() {
                let mut d = Vec::new();
                d.extend((r as u16).to_le_bytes());
                d.extend((c as u16).to_le_bytes());
                d.extend(0u16.to_le_bytes());
                match v {
                    Sel::Teks(t) => {
                        d.extend((t.encode_utf16().count() as u16).to_le_bytes());
                        d.push(1);
                        d.extend(utf16(t));
                        rek(&mut stream, 0x0204, &d);
                    }
                    Sel::Angka(f) => {
                        d.extend(f.to_le_bytes());
                        rek(&mut stream, 0x0203, &d);
                    }
                    _ => {}
                }
            }
        }
        rek(&mut stream, 0x000A, &[]);
    }
    let mut c = cfb::create(path).unwrap();
    let mut w = c.create_stream("Workbook").unwrap();
    w.write_all(&stream).unwrap();
    drop(w);
    c.flush().unwrap();
}

#[test]
fn impor_skp_dari_xls() {
    let (mut db, nip) = demo_dan_nip(12);
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("skp-lama.xls");
    let n = Sel::Angka;
    xls(
        &p,
        &[
            (
                "Catatan",
                true,
                vec![vec![t("lembar tersembunyi, bukan data")]],
            ),
            (
                "SKP",
                false,
                vec![
                    vec![t("RENCANA KINERJA PEGAWAI 2025")],
                    vec![],
                    vec![
                        t("NIP Pegawai"),
                        t("Kode IKU"),
                        t("Nama IKI"),
                        t("Polarisasi"),
                        t("Konsolidasi"),
                        t("Triwulan I"),
                        t("Triwulan II"),
                        t("Triwulan III"),
                        t("Triwulan IV"),
                        t("Target Tahunan"),
                    ],
                    vec![
                        t(&nip[3]),
                        t("X.1"),
                        t("Laporan rekonsiliasi"),
                        t("Maksimal"),
                        t("Jumlah"),
                        n(1.0),
                        n(1.0),
                        n(1.0),
                        n(1.0),
                        n(4.0),
                    ],
                    vec![
                        t(&nip[4]),
                        t("X.2"),
                        t("Persentase layanan"),
                        t("Max"),
                        t("Rata-rata"),
                        t("95,5"),
                        t("95,5"),
                        t("96"),
                        t("96"),
                        t("95,75"),
                    ],
                ],
            ),
        ],
    );
    // calamine reads the file as BIFF8 through the same path as xlsx and ods.
    assert_eq!(
        baca_lembar(&p, Some("SKP"), 10).unwrap().baris[2][0].teks(),
        "NIP Pegawai"
    );
    let l = impor::impor_skp(
        &mut db,
        &p,
        2025,
        &OpsiImpor {
            lembar: Some("SKP".into()),
            ..opsi()
        },
        "t",
    )
    .unwrap();
    assert!(l.galat.is_empty(), "{:?}", l.galat);
    assert_eq!((l.baru, l.baris_judul), (2, 3));
    let skp = db.muat_skp(2025).unwrap();
    let iki = |nip: &str, kode: &str| {
        skp.iter()
            .find(|s| s.nip == nip)
            .unwrap()
            .iki
            .iter()
            .find(|i| i.kode == kode)
            .unwrap()
            .clone()
    };
    let a = iki(&nip[3], "X.1");
    assert_eq!(a.target_tahunan, Some(rust_decimal::Decimal::from(4)));
    assert_eq!(a.konsolidasi.map(|k| k.kode()), Some("sum"));
    let b = iki(&nip[4], "X.2");
    assert_eq!(b.target_triwulan[0], Some("95.5".parse().unwrap()));
    assert_eq!(b.target_tahunan, Some("95.75".parse().unwrap()));

    // Damaged .xls files (cut short, random bytes flipped): an error or located problems, never a panic,
    // and the database as it was.
    let sebelum = sidik(&db);
    let bytes = std::fs::read(&p).unwrap();
    let mut rng = fastrand::Rng::with_seed(7);
    let mut kasus = vec![bytes[..bytes.len() / 2].to_vec(), bytes[..600].to_vec()];
    for _ in 0..30 {
        let mut b = bytes.clone();
        for _ in 0..6 {
            let j = rng.usize(0..b.len());
            b[j] = rng.u8(..);
        }
        kasus.push(b);
    }
    for (i, isi) in kasus.into_iter().enumerate() {
        let q = dir.path().join(format!("rusak-{i}.xls"));
        std::fs::write(&q, isi).unwrap();
        let uji = OpsiImpor {
            uji: true,
            ..opsi()
        };
        match impor::impor_skp(&mut db, &q, 2025, &uji, "t") {
            Err(e) => assert!(!e.to_string().is_empty()),
            Ok(l) => assert!(l.galat.iter().all(|g| g.baris >= 1 && !g.lembar.is_empty())),
        }
    }
    assert_eq!(sidik(&db), sebelum);
}

/// A large import checks the KK lock once for every pegawai it writes instead of per row (the lock triggers
/// are set aside inside its transaction): a locked KK is still refused with nothing written, the triggers
/// come back exactly as the migrations made them, and they still refuse target changes afterwards.
#[test]
fn impor_massal_tetap_menjaga_kunci_kk() {
    use kinerja::store::{KoneksiUji, SkpMasuk, StoreError};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut db = isi_demo(Db::buka(&path).unwrap(), 10);
    let hari = tgl("2025-01-20");
    let status = kinerja::app::dokumen::daftar_status_kk(&db, 2025, hari).unwrap();
    let mut siap = status
        .iter()
        .filter(|k| k.wajib_kk && k.penghalang.is_empty());
    let (kunci, bebas) = (
        siap.next().unwrap().nip.clone(),
        siap.next().unwrap().nip.clone(),
    );
    let c = kinerja::app::dokumen::cetak_kk(&mut db, 2025, &kunci, hari, hari, 0, "t").unwrap();
    kinerja::app::dokumen::catat_reviu(
        &mut db,
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
    kinerja::app::dokumen::tandatangani(&mut db, &c.id, hari, None, "t").unwrap();
    kinerja::app::dokumen::kunci(&mut db, &c.id, "t").unwrap();
    let mut uji = KoneksiUji::buka(&path);
    let pemicu =
        "SELECT name || ':' || sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
    let semula = uji.kolom(pemicu);
    assert_eq!(
        semula.iter().filter(|t| t.contains("KK_TERKUNCI")).count(),
        6
    );

    let contoh = db.muat_skp(2025).unwrap()[0].iki[0].clone();
    let iki = |kode: &str, tw1: i64| {
        let mut x = contoh.clone();
        x.kode = kode.into();
        x.target_triwulan[0] = Some(tw1.into());
        x
    };
    let (a, b, c2) = (iki("MASSAL-1", 5), iki("MASSAL-1", 7), iki("MASSAL-2", 9));
    static TANPA_BUKTI: [Option<String>; 4] = [None, None, None, None];
    fn masuk<'a>(nip: &'a str, iki: &'a kinerja::domain::model::Iki) -> SkpMasuk<'a> {
        SkpMasuk {
            nip,
            ss: None,
            iki,
            satuan: "dokumen",
            bukti: &TANPA_BUKTI,
            jenis_ada: true,
            kategori_ada: true,
        }
    }
    let (kunci, bebas) = (kunci.as_str(), bebas.as_str());
    let (a, b, c2) = (&a, &b, &c2);
    let profil = kinerja::domain::profil::KodeProfil::bawaan_tahun(2025);

    // A new IKI for a locked pegawai among free rows: the whole call is refused, nothing is written.
    let sebelum = sidik(&db);
    let e = db
        .impor_skp(
            2025,
            profil,
            &[masuk(bebas, c2), masuk(kunci, a)],
            &[],
            &Default::default(),
            "uji",
            "t",
        )
        .unwrap_err();
    assert!(matches!(e, StoreError::Terkunci), "{e:?}");
    assert_eq!(sidik(&db), sebelum);
    assert_eq!(uji.kolom(pemicu), semula);

    // Free pegawai: written; the same (NIP, code) twice in one call leaves one row with the later values.
    let (baru, ubah) = db
        .impor_skp(
            2025,
            profil,
            &[masuk(bebas, a), masuk(bebas, b), masuk(bebas, c2)],
            &[],
            &Default::default(),
            "uji",
            "t",
        )
        .unwrap();
    assert_eq!((baru, ubah), (2, 1));
    let skp = db.muat_skp_pegawai(2025, bebas).unwrap().unwrap();
    let m1: Vec<_> = skp.iki.iter().filter(|x| x.kode == "MASSAL-1").collect();
    assert_eq!(m1.len(), 1);
    assert_eq!(m1[0].target_triwulan[0], Some(7.into()));
    assert_eq!(uji.kolom(pemicu), semula);

    // And the restored triggers still guard the locked KK's targets.
    let tolak = uji.ditolak(&format!(
        "UPDATE iki_triwulan SET target = '999' WHERE iki_id = (SELECT MIN(id) FROM iki WHERE tahun = 2025 AND nip = '{kunci}')"
    ));
    assert!(tolak.is_some_and(|m| m.contains("KK_TERKUNCI")));
}

/// The import benchmark itself keeps working (its figures are read in release builds; this only runs it small).
#[test]
fn bench_impor_berjalan() {
    let dir = tempfile::tempdir().unwrap();
    let h = kinerja::app::alat::bench_impor(300, 1, dir.path()).unwrap();
    assert_eq!((h.baris, h.ulang, h.ditulis), (300, 1, 300));
    assert!(
        [h.calamine_ms, h.baca_ms, h.uji_ms, h.impor_ms]
            .iter()
            .all(|ms| *ms > 0.0)
    );
}

/// A tiny file with a cell far away (XFD1048576, or ZZ150000 after a header) is read cell by cell: refused or read
/// in bounded memory and time, never a dense grid of its bounding box (that aborted the CLI before).
#[test]
fn sel_jauh_tidak_menghabiskan_memori() {
    let dir = tempfile::tempdir().unwrap();
    let jauh = dir.path().join("jauh.xlsx");
    {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.write_string(0, 0, "NIP").unwrap();
        ws.write_string(1_048_575, 16_383, "x").unwrap();
        wb.save(&jauh).unwrap();
    }
    let mulai = std::time::Instant::now();
    let e = match kinerja::xlsx::baca_lembar(&jauh, None, 200_000) {
        Err(e) => e.to_string(),
        Ok(l) => panic!("{} baris", l.baris.len()),
    };
    assert!(
        e.contains("lebih dari 200000 baris") && e.contains("XFD1048576"),
        "{e}"
    );
    assert!(mulai.elapsed().as_secs() < 5);

    let zz = dir.path().join("zz.xlsx");
    {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in ["NIP", "Kode IKU", "Nama IKU", "TW I"].iter().enumerate() {
            ws.write_string(0, c as u16, *h).unwrap();
        }
        ws.write_string(149_999, 701, "x").unwrap();
        wb.save(&zz).unwrap();
    }
    let l = kinerja::xlsx::baca_lembar(&zz, None, 200_000).unwrap();
    assert_eq!(l.baris.len(), 150_000);
    assert_eq!(l.baris[149_999].len(), 702);
    let mut db = demo(6);
    let sebelum = sidik(&db);
    let lap = impor::impor_skp(&mut db, &zz, 2025, &opsi(), "t").unwrap();
    assert!(!lap.ditulis);
    assert_eq!(sidik(&db), sebelum);
}

/// A tiny .xls with one value at IV65536 would make calamine build 16.7 million cells: refused first, quickly,
/// naming the far cell; a normal .xls with a few cells is not.
#[test]
fn xls_dengan_sel_jauh_ditolak_sebelum_dibaca() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("jauh.xls");
    let mut baris: Vec<Vec<Sel>> = vec![vec![t("NIP"), t("Kode IKU")]];
    baris.resize(65535, Vec::new());
    let mut akhir = vec![Sel::Kosong; 255];
    akhir.push(t("x"));
    baris.push(akhir);
    xls(&p, &[("SKP", false, baris)]);
    assert!(
        std::fs::metadata(&p).unwrap().len() < 64 * 1024,
        "a small file"
    );
    let mulai = std::time::Instant::now();
    let e = baca_lembar(&p, None, 1_000_000).unwrap_err().to_string();
    assert!(mulai.elapsed().as_secs() < 2, "{:?}", mulai.elapsed());
    assert!(
        e.contains("terlalu besar") && e.contains("IV65536") && e.contains("SKP"),
        "{e}"
    );
    let biasa = dir.path().join("biasa.xls");
    xls(
        &biasa,
        &[(
            "SKP",
            false,
            vec![vec![t("NIP"), t("Kode IKU")], vec![t("1"), t("2")]],
        )],
    );
    assert_eq!(baca_lembar(&biasa, None, 1_000_000).unwrap().baris.len(), 2);
}
