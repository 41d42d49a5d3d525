//! A corpus of hostile and broken workbooks, each imported as SKP, pegawai, HKT and dialog sheets: every one is
//! refused or read with its bad cells named, in bounded time, and the database is unchanged. Limits on text,
//! negative figures and dates apply the same in forms.
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::impor::{self, OpsiImpor};
use kinerja::app::{kantor, rencana};
use kinerja::store::Db;
use rust_xlsxwriter::{Formula, Workbook};

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn demo() -> (Db, String, String) {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 6,
            tahun: 2025,
            seed: 3,
            ganti: false,
        },
        tgl("2025-08-01"),
        "2025-08-01T08:00:00",
    )
    .unwrap();
    let s = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| !s.iki.is_empty())
        .unwrap();
    let kode = s.iki[0].kode.clone();
    (db, s.nip, kode)
}

fn sidik(db: &Db) -> String {
    format!(
        "{:?}{:?}{:?}",
        db.muat_skp(2025).unwrap(),
        db.cari_pegawai("").unwrap(),
        db.riwayat("").unwrap().len()
    )
}

/// A workbook with one sheet whose rows are given as text cells, with `ubah` applied to the sheet.
fn buku(path: &Path, baris: &[Vec<String>], ubah: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (r, b) in baris.iter().enumerate() {
        for (c, t) in b.iter().enumerate() {
            ws.write_string(r as u32, c as u16, t).unwrap();
        }
    }
    ubah(ws);
    wb.save(path).unwrap();
}

/// An xlsx written by hand: one sheet with the given `<sheetData>` body (for what no writer library produces,
/// such as a formula without a stored value).
fn xlsx_mentah(path: &Path, sheet_data: &str) {
    let f = std::fs::File::create(path).unwrap();
    let mut z = zip::ZipWriter::new(f);
    let o: zip::write::SimpleFileOptions = Default::default();
    let mut tulis = |nama: &str, isi: &str| {
        z.start_file(nama, o).unwrap();
        z.write_all(isi.as_bytes()).unwrap();
    };
    tulis(
        "[Content_Types].xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
    );
    tulis(
        "_rels/.rels",
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
    );
    tulis(
        "xl/workbook.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="SKP" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
    );
    tulis(
        "xl/_rels/workbook.xml.rels",
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
    );
    tulis(
        "xl/worksheets/sheet1.xml",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>"#
        ),
    );
    z.finish().unwrap();
}

/// An OpenDocument spreadsheet written by hand: one sheet "SKP" with the given rows (`<table:table-row>`s).
fn ods_mentah(path: &Path, baris: &str) {
    let f = std::fs::File::create(path).unwrap();
    let mut z = zip::ZipWriter::new(f);
    let tanpa: zip::write::SimpleFileOptions =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    z.start_file("mimetype", tanpa).unwrap();
    z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    let o: zip::write::SimpleFileOptions = Default::default();
    z.start_file("META-INF/manifest.xml", o).unwrap();
    z.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
    z.start_file("content.xml", o).unwrap();
    z.write_all(format!(r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="SKP">{baris}</table:table></office:spreadsheet></office:body></office:document-content>"#).as_bytes()).unwrap();
    z.finish().unwrap();
}

/// An .ods row of text cells.
fn baris_ods(v: &[String]) -> String {
    format!(
        "<table:table-row>{}</table:table-row>",
        v.iter()
            .map(|t| format!(r#"<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>"#))
            .collect::<String>()
    )
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

/// Every kind of import on the file: each refused (an error, or a report with errors and nothing written),
/// each within a few seconds, the database unchanged. Returns the messages seen.
fn semua_menolak(db: &mut Db, path: &Path) -> Vec<String> {
    let sebelum = sidik(db);
    let mut pesan = Vec::new();
    let mulai = std::time::Instant::now();
    let o = OpsiImpor::default();
    let mut catat = |r: Result<impor::LaporanImpor, kinerja::app::AppError>| match r {
        Err(e) => pesan.push(e.to_string()),
        Ok(l) => {
            assert!(!l.ditulis, "{}: ditulis", path.display());
            assert!(!l.galat.is_empty(), "{}: tanpa galat", path.display());
            pesan.extend(
                l.galat
                    .iter()
                    .map(|g| format!("{}!{}{}: {}", g.lembar, g.kolom, g.baris, g.pesan)),
            );
        }
    };
    catat(impor::impor_skp(db, path, 2025, &o, "2025-08-01T08:00:00"));
    catat(impor::impor_pegawai(db, path, &o, "2025-08-01T08:00:00"));
    for j in ["hkt", "dialog"] {
        catat(impor::impor_catatan(
            db,
            j,
            path,
            2025,
            &o,
            tgl("2025-08-01"),
            "2025-08-01T08:00:00",
        ));
    }
    assert!(mulai.elapsed().as_secs() < 10, "{}", path.display());
    assert_eq!(sidik(db), sebelum, "{}: data berubah", path.display());
    pesan
}

#[test]
fn korpus_buku_kerja_jahat() {
    let (mut db, nip, kode) = demo();
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str| -> PathBuf { dir.path().join(n) };
    let judul_skp = s(&[
        "NIP",
        "Kode IKU",
        "Nama IKU",
        "Target TW I",
        "Realisasi TW I",
        "Nama Pegawai",
        "Jabatan",
    ]);
    let mut korpus: Vec<(PathBuf, &str)> = Vec::new();

    // Text longer than any field (and than Excel allows) in a name and in a code.
    // (No writer library produces a cell over Excel's 32,767 characters; a hand-written file does.)
    let f = p("panjang.xlsx");
    let sel = |r: usize, c: usize, t: &str| {
        format!(
            r#"<c r="{}{r}" t="inlineStr"><is><t>{t}</t></is></c>"#,
            (b'A' + c as u8) as char
        )
    };
    let baris = |r: usize, v: &[String]| {
        format!(
            r#"<row r="{r}">{}</row>"#,
            v.iter()
                .enumerate()
                .map(|(c, t)| sel(r, c, t))
                .collect::<String>()
        )
    };
    xlsx_mentah(
        &f,
        &format!(
            "{}{}",
            baris(1, &judul_skp),
            baris(
                2,
                &s(&[
                    &nip,
                    &"K".repeat(41),
                    &"n".repeat(40_000),
                    "1",
                    "1",
                    &"N".repeat(300),
                    "Pelaksana"
                ])
            )
        ),
    );
    korpus.push((f, "terlalu panjang"));

    // A formula error where a number belongs.
    let f = p("div0.xlsx");
    buku(&f, &[judul_skp.clone(), s(&[&nip, &kode, "IKU"])], |ws| {
        ws.write_formula(1, 3, Formula::new("=1/0").set_result("#DIV/0!"))
            .unwrap();
        ws.write_formula(1, 5, Formula::new("=1/0").set_result("#DIV/0!"))
            .unwrap();
    });
    korpus.push((f, "galat rumus"));

    // A formula without a stored value (a file written by a program that does not calculate).
    let f = p("tanpa_nilai.xlsx");
    let isi = format!(
        r#"<row r="1"><c r="A1" t="inlineStr"><is><t>NIP</t></is></c><c r="B1" t="inlineStr"><is><t>Kode IKU</t></is></c><c r="C1" t="inlineStr"><is><t>Target TW I</t></is></c><c r="D1" t="inlineStr"><is><t>Nama Pegawai</t></is></c><c r="E1" t="inlineStr"><is><t>Jabatan</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>{nip}</t></is></c><c r="B2" t="inlineStr"><is><t>{kode}</t></is></c><c r="C2"><f>40+50</f></c><c r="D2"><f>"Nama"</f></c><c r="E2" t="inlineStr"><is><t>Pelaksana</t></is></c></row>"#
    );
    xlsx_mentah(&f, &isi);
    korpus.push((f, "rumus tanpa nilai tersimpan"));

    // Negative figures and a start date in 2099.
    let f = p("negatif.xlsx");
    buku(
        &f,
        &[
            s(&[
                "NIP",
                "Kode IKU",
                "Nama IKU",
                "Target TW I",
                "Realisasi TW I",
                "Nama Pegawai",
                "Jabatan",
                "Tanggal Mulai",
            ]),
            s(&[
                &nip,
                &kode,
                "IKU",
                "-5",
                "-1",
                "Budi",
                "Pelaksana",
                "2099-01-02",
            ]),
        ],
        |_| {},
    );
    korpus.push((f, "negatif"));

    // A truncated zip, random bytes, an empty file, a text file named .xlsx, a folder named .xlsx.
    let utuh = p("utuh.xlsx");
    buku(
        &utuh,
        &[judul_skp.clone(), s(&[&nip, &kode, "IKU", "1"])],
        |_| {},
    );
    let b = std::fs::read(&utuh).unwrap();
    let f = p("terpotong.xlsx");
    std::fs::write(&f, &b[..b.len() / 2]).unwrap();
    korpus.push((f, ""));
    let f = p("acak.xlsx");
    std::fs::write(
        &f,
        (0..5000u32)
            .map(|i| (i * 31 % 256) as u8)
            .collect::<Vec<_>>(),
    )
    .unwrap();
    korpus.push((f, ""));
    let f = p("kosong.xlsx");
    std::fs::write(&f, b"").unwrap();
    korpus.push((f, ""));
    let f = p("teks.xlsx");
    std::fs::write(&f, "NIP;Kode IKU\n1;2\n").unwrap();
    korpus.push((f, ""));
    let f = p("folder.xlsx");
    std::fs::create_dir(&f).unwrap();
    korpus.push((f, "folder"));
    // A far-away cell in a tiny file.
    let f = p("jauh.xlsx");
    buku(&f, std::slice::from_ref(&judul_skp), |ws| {
        ws.write_string(1_048_575, 16_383, "x").unwrap();
    });
    korpus.push((f, "XFD1048576"));
    // The same in .ods, where calamine would build the grid on open: 2,000 rows each with a value 16,000
    // columns out (a 2 KB file that took 3 GB), and one value a million rows down.
    let f = p("lebar.ods");
    let jauh_kanan = r#"<table:table-row><table:table-cell table:number-columns-repeated="16000"/><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
    ods_mentah(
        &f,
        &format!("{}{}", baris_ods(&judul_skp), jauh_kanan.repeat(2000)),
    );
    korpus.push((f, "terlalu besar"));
    let f = p("jauh.ods");
    ods_mentah(
        &f,
        &format!(
            r#"{}<table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row>{jauh_kanan}"#,
            baris_ods(&judul_skp)
        ),
    );
    korpus.push((f, "WQK1048002"));

    let mut dicoba = 0;
    for (f, kata) in &korpus {
        let pesan = semua_menolak(&mut db, f);
        dicoba += 1;
        assert!(
            pesan.iter().any(|m| m.contains(kata)),
            "{}: {pesan:#?}",
            f.display()
        );
        for m in &pesan {
            for inggris in [
                "error:",
                "invalid",
                "Invalid",
                "unexpected",
                "failed to",
                "No such file",
            ] {
                assert!(
                    !m.contains(inggris),
                    "{}: pesan berbahasa Inggris: {m}",
                    f.display()
                );
            }
        }
    }
    // The long-text case names the cells: sheet, column and row.
    let pesan = semua_menolak(&mut db, &korpus[0].0);
    assert!(
        pesan
            .iter()
            .any(|m| m.contains("SKP!B2") && m.contains("41 karakter")),
        "{pesan:#?}"
    );
    assert!(
        pesan
            .iter()
            .any(|m| m.contains("SKP!C2") && m.contains("40000 karakter")),
        "{pesan:#?}"
    );
    let pesan = semua_menolak(&mut db, &korpus[2].0);
    assert!(pesan.iter().any(|m| m.contains("SKP!C2")), "{pesan:#?}");
    let pesan = semua_menolak(&mut db, &korpus[1].0);
    assert!(pesan.iter().any(|m| m.contains("#DIV/0!")), "{pesan:#?}");
    let pesan = semua_menolak(&mut db, &korpus[3].0);
    assert!(
        pesan
            .iter()
            .any(|m| m.contains("H2") && m.contains("periksa tahunnya")),
        "{pesan:#?}"
    );
    assert_eq!(dicoba, 12);

    // What LibreOffice writes (every row padded to 1,024 columns, a million empty rows after the data) is not
    // taken for a far-away cell.
    let f = p("libreoffice.ods");
    ods_mentah(
        &f,
        &format!(
            r#"{}{}<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#,
            baris_ods(&s(&["NIP", "Kode IKU", "Target TW I"])),
            baris_ods(&s(&[&nip, &kode, "7"]))
        ),
    );
    let l = impor::impor_skp(
        &mut db,
        &f,
        2025,
        &OpsiImpor {
            uji: true,
            ..Default::default()
        },
        "t",
    )
    .unwrap();
    assert!(l.galat.is_empty(), "{:?}", l.galat);
}

#[test]
fn batas_yang_sama_di_formulir() {
    let (mut db, nip, _) = demo();
    let mut f = kantor::form_pegawai(&db, &nip).unwrap();
    f.nama = "N".repeat(40_000);
    let e = kantor::simpan_pegawai(&mut db, &f, "2025-08-01T08:00:00").unwrap_err();
    assert!(
        e.to_string().contains("Nama") && e.to_string().contains("paling banyak 200"),
        "{e}"
    );
    let mut f = kantor::form_pegawai(&db, &nip).unwrap();
    f.tanggal_mulai = "2099-01-02".into();
    let e = kantor::simpan_pegawai(&mut db, &f, "2025-08-01T08:00:00").unwrap_err();
    assert!(
        e.to_string().contains("Tanggal mulai") && e.to_string().contains("2026"),
        "{e}"
    );
    let r = rencana::rencana_pegawai(&db, 2025, &nip, tgl("2025-08-01")).unwrap();
    let mut iki = r.iki[0].form.clone();
    iki.target_tw[3] = "-10".into();
    let e = rencana::simpan_iki(&mut db, 2025, &iki, tgl("2025-08-01"), "t").unwrap_err();
    assert!(
        e.to_string().contains("negatif") && e.to_string().contains("TW IV"),
        "{e}"
    );
    let mut iki = r.iki[0].form.clone();
    iki.kode = "K".repeat(41);
    let e = rencana::simpan_iki(&mut db, 2025, &iki, tgl("2025-08-01"), "t").unwrap_err();
    assert!(e.to_string().contains("Kode IKU/IKI"), "{e}");
}
