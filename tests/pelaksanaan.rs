//! Pelaksanaan through the app's actions: inisiatif strategis with milestones, the risk register, penghargaan and
//! sanksi, and the quarterly report, whose figures are the Evaluasi screen's. Forms are refused field by field,
//! late milestones and mitigations are found by the screen and by `kinerja periksa`, deletions are taken back, and
//! `kinerja laporan triwulan` writes the PDF and the workbook.
use std::process::Command;

use chrono::NaiveDate;
use kinerja::app::AppError;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::evaluasi::{
    FormPemanfaatan, daftar_pemanfaatan, rekap_nilai, simpan_pemanfaatan,
};
use kinerja::app::laporan::laporan_triwulan;
use kinerja::app::pemantauan::{
    FormInisiatif, FormPantauRisiko, FormRisiko, FormTonggak, daftar_inisiatif, daftar_risiko,
    hapus_risiko, simpan_inisiatif, simpan_risiko,
};
use kinerja::store::Db;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn kantor(hari_ini: &str) -> Db {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 14,
            tahun: 2026,
            seed: 7,
            ganti: false,
        },
        tgl(hari_ini),
        "t",
    )
    .unwrap();
    db
}

fn field(r: Result<impl std::fmt::Debug, AppError>) -> String {
    match r {
        Err(AppError::Masukan { field, .. }) => field,
        r => panic!("{r:?}"),
    }
}

fn kode_periksa(db: &Db, hari_ini: &str) -> Vec<String> {
    kinerja::app::pemantauan::periksa_semua(db, 2026, tgl(hari_ini))
        .unwrap()
        .iter()
        .map(|t| format!("{} {}", t.kode.kode(), t.subjek.teks()))
        .collect()
}

#[test]
fn demo_punya_inisiatif_risiko_dan_penghargaan() {
    let db = kantor("2026-10-20");
    let is = daftar_inisiatif(&db, 2026, tgl("2026-10-20")).unwrap();
    assert_eq!(is.inisiatif.len(), 3);
    // Three quarters finished, the fourth under way at 60%: (100·3 + 60) / 4.
    assert_eq!(is.inisiatif[0].progres, "90%");
    assert!(!is.inisiatif[0].iku.is_empty() && !is.inisiatif[0].pemilik.is_empty());
    assert!(is.temuan.is_empty(), "{:?}", is.temuan);
    let r = daftar_risiko(&db, 2026, tgl("2026-10-20")).unwrap();
    assert_eq!(r.risiko.len(), 3);
    assert_eq!(
        r.risiko[0].level_awal.as_ref().unwrap().label,
        "Tinggi (16)"
    );
    assert!(r.risiko[0].level_kini.is_some());
    assert!(r.temuan.is_empty(), "{:?}", r.temuan);
    let p = daftar_pemanfaatan(&db, 2026).unwrap();
    assert_eq!(p.jumlah_penghargaan, 2);
    // Each keeps the predikat of TW II as Evaluasi computes it ("-" while it cannot be computed).
    let tw2 = kinerja::app::evaluasi::skor_kantor(&db, 2026, Some(2)).unwrap();
    for c in &p.catatan {
        let s = tw2.pegawai.iter().find(|s| s.nip == c.nip).unwrap();
        assert_eq!(
            c.predikat,
            s.predikat
                .clone()
                .unwrap_or_else(|| "belum dihitung".into())
        );
        assert_eq!(c.periode, "TW II 2026");
    }
}

#[test]
fn tonggak_terlambat_ditemukan_layar_dan_periksa() {
    let mut db = kantor("2026-10-20");
    let hari = tgl("2026-10-20");
    let mut f = daftar_inisiatif(&db, 2026, hari).unwrap().inisiatif[1]
        .form
        .clone();
    f.tonggak[2].status = "berjalan".into();
    f.tonggak[2].progres = "70%".into();
    let d = simpan_inisiatif(&mut db, 2026, &f, hari, "t2").unwrap();
    assert!(d.urungkan.is_some());
    assert_eq!(d.temuan.len(), 1);
    assert_eq!(d.temuan[0].kode, "IS-001");
    assert!(d.inisiatif[1].tonggak[2].terlambat);
    assert!(kode_periksa(&db, "2026-10-20").contains(&"IS-001 IS-2 TW III 2026".to_string()));
}

#[test]
fn form_inisiatif_ditolak_per_isian() {
    let mut db = kantor("2026-10-20");
    let hari = tgl("2026-10-20");
    let baru = |f: &dyn Fn(&mut FormInisiatif)| {
        let mut x = FormInisiatif {
            id: 0,
            kode: "IS-9".into(),
            nama: "Uji".into(),
            ss_kode: "SS-1".into(),
            iku_kode: String::new(),
            pemilik_nip: None,
            keterangan: String::new(),
            tonggak: vec![FormTonggak {
                triwulan: 1,
                uraian: "Tonggak".into(),
                progres: "50".into(),
                status: "berjalan".into(),
                bukti: String::new(),
            }],
        };
        f(&mut x);
        x
    };
    for (ubah, harap) in [
        (
            &(|f: &mut FormInisiatif| f.kode = "IS-1".into()) as &dyn Fn(&mut FormInisiatif),
            "Kode",
        ),
        (
            &|f: &mut FormInisiatif| f.nama = " ".into(),
            "Nama inisiatif",
        ),
        (
            &|f: &mut FormInisiatif| f.ss_kode = "SS-99".into(),
            "Sasaran strategis",
        ),
        (&|f: &mut FormInisiatif| f.iku_kode = "9.9".into(), "IKU"),
        (
            &|f: &mut FormInisiatif| f.tonggak[0].progres = "150".into(),
            "Progres tonggak 1",
        ),
        (
            &|f: &mut FormInisiatif| f.tonggak[0].progres = "abc".into(),
            "Progres tonggak 1",
        ),
        (
            &|f: &mut FormInisiatif| f.tonggak[0].status = "selesai".into(),
            "Progres tonggak 1",
        ),
        (
            &|f: &mut FormInisiatif| f.tonggak[0].triwulan = 5,
            "Triwulan tonggak 1",
        ),
        (
            &|f: &mut FormInisiatif| f.pemilik_nip = Some("1".into()),
            "Penanggung jawab",
        ),
        (
            &|f: &mut FormInisiatif| f.ss_kode = String::new(),
            "Sasaran strategis",
        ),
        // Progress without a status that says so, and a description missing where the row is used.
        (
            &|f: &mut FormInisiatif| f.tonggak[0].status = "belum".into(),
            "Status tonggak 1",
        ),
        (
            &|f: &mut FormInisiatif| f.tonggak[0].progres = "100".into(),
            "Status tonggak 1",
        ),
        (
            &|f: &mut FormInisiatif| f.tonggak[0].uraian = String::new(),
            "Uraian tonggak 1",
        ),
    ] {
        assert_eq!(
            field(simpan_inisiatif(&mut db, 2026, &baru(ubah), hari, "t")),
            harap
        );
    }
    // Nothing was written by a refused form.
    assert_eq!(
        daftar_inisiatif(&db, 2026, hari).unwrap().inisiatif.len(),
        3
    );
    // An empty row is a quarter without a milestone.
    let kosong = FormTonggak {
        triwulan: 2,
        uraian: String::new(),
        progres: "0".into(),
        status: "belum".into(),
        bukti: String::new(),
    };
    let d = simpan_inisiatif(
        &mut db,
        2026,
        &baru(&|f| f.tonggak.push(kosong.clone())),
        hari,
        "t",
    )
    .unwrap();
    assert_eq!(d.inisiatif.len(), 4);
    let is9 = d.inisiatif.iter().find(|x| x.kode == "IS-9").unwrap();
    assert_eq!(is9.tonggak.len(), 1);
}

#[test]
fn risiko_ditolak_dilambatkan_dan_dipulihkan() {
    let mut db = kantor("2026-10-20");
    let hari = tgl("2026-10-20");
    let form = FormRisiko {
        id: 0,
        kode: "R-9".into(),
        ss_kode: "SS-1".into(),
        iku_kode: String::new(),
        uraian: "Risiko uji".into(),
        penyebab: String::new(),
        dampak: String::new(),
        kemungkinan: 5,
        level_dampak: 5,
        mitigasi: "Mitigasi".into(),
        pemilik_nip: None,
        batas: "30/09/2026".into(),
        pemantauan: vec![FormPantauRisiko {
            triwulan: 1,
            status: "proses".into(),
            kemungkinan: 4,
            dampak: 5,
            catatan: String::new(),
        }],
    };
    let mut salah = form.clone();
    salah.ss_kode = String::new();
    assert_eq!(
        field(simpan_risiko(&mut db, 2026, &salah, hari, "t")),
        "Sasaran strategis"
    );
    let mut salah = form.clone();
    salah.kemungkinan = 6;
    assert_eq!(
        field(simpan_risiko(&mut db, 2026, &salah, hari, "t")),
        "Level kemungkinan"
    );
    let mut salah = form.clone();
    salah.pemantauan.push(salah.pemantauan[0].clone());
    assert_eq!(
        field(simpan_risiko(&mut db, 2026, &salah, hari, "t")),
        "Triwulan pemantauan 2"
    );
    let mut salah = form.clone();
    salah.batas = "31/02/2026".into();
    assert_eq!(
        field(simpan_risiko(&mut db, 2026, &salah, hari, "t")),
        "Batas waktu"
    );

    let d = simpan_risiko(&mut db, 2026, &form, hari, "t").unwrap();
    let r = d.risiko.iter().find(|r| r.kode == "R-9").unwrap();
    assert_eq!(r.level_awal.as_ref().unwrap().label, "Sangat Tinggi (25)");
    assert_eq!(r.level_kini.as_ref().unwrap().label, "Sangat Tinggi (24)");
    assert!(r.lewat_batas);
    // Late mitigation and quarters II and III not monitored.
    let kode = kode_periksa(&db, "2026-11-05");
    for k in [
        "RSK-001 Risiko R-9",
        "RSK-002 Risiko R-9 TW II 2026",
        "RSK-002 Risiko R-9 TW III 2026",
    ] {
        assert!(kode.contains(&k.to_string()), "{k} in {kode:?}");
    }
    let id = r.id;
    let d = hapus_risiko(&mut db, 2026, id, hari, "t3").unwrap();
    assert!(!d.risiko.iter().any(|r| r.kode == "R-9"));
    assert_eq!(
        kinerja::app::umum::pulihkan(&mut db, &d.urungkan.unwrap().audit_id, "t4").unwrap(),
        "Risiko dikembalikan seperti semula."
    );
    assert!(
        daftar_risiko(&db, 2026, hari)
            .unwrap()
            .risiko
            .iter()
            .any(|r| r.kode == "R-9")
    );
}

#[test]
fn pemanfaatan_mencatat_predikat_periode() {
    let mut db = kantor("2026-10-20");
    let hari = tgl("2026-10-20");
    let rekap = rekap_nilai(&db, 2026, Some(3), hari).unwrap();
    let p = rekap.pegawai.iter().find(|p| p.jumlah_iki > 0).unwrap();
    let form = FormPemanfaatan {
        id: 0,
        nip: p.nip.clone(),
        triwulan: 3,
        bentuk: "teguran".into(),
        tanggal: "15/10/2026".into(),
        uraian: "Uji".into(),
        dasar: "ND-1".into(),
    };
    let d = simpan_pemanfaatan(&mut db, 2026, &form, hari, "t").unwrap();
    let c = d
        .catatan
        .iter()
        .find(|c| c.nip == p.nip && c.periode == "TW III 2026")
        .unwrap();
    assert_eq!(
        c.predikat,
        p.predikat
            .clone()
            .unwrap_or_else(|| "belum dihitung".into())
    );
    assert_eq!(c.jenis, "Sanksi");
    assert_eq!(d.jumlah_sanksi, 1);
    let mut salah = form.clone();
    salah.tanggal = "15/06/2026".into();
    assert_eq!(
        field(simpan_pemanfaatan(&mut db, 2026, &salah, hari, "t")),
        "Tanggal"
    );
    // The year (and TW IV) has no complete realisasi yet: no predikat to give it on.
    for tw in [0, 4] {
        let mut salah = form.clone();
        salah.triwulan = tw;
        assert_eq!(
            field(simpan_pemanfaatan(&mut db, 2026, &salah, hari, "t")),
            "Periode"
        );
    }
    let mut salah = form.clone();
    salah.bentuk = "bonus".into();
    assert_eq!(
        field(simpan_pemanfaatan(&mut db, 2026, &salah, hari, "t")),
        "Bentuk"
    );
    let mut salah = form;
    salah.nip = "1".into();
    assert_eq!(
        field(simpan_pemanfaatan(&mut db, 2026, &salah, hari, "t")),
        "Pegawai"
    );
}

#[test]
fn laporan_triwulan_sama_dengan_layar_evaluasi() {
    let db = kantor("2026-10-20");
    let hari = tgl("2026-10-20");
    for q in 1..=3u8 {
        let l = laporan_triwulan(&db, 2026, q, hari).unwrap();
        let r = rekap_nilai(&db, 2026, Some(q.into()), hari).unwrap();
        assert_eq!(l.nko, r.nko.as_ref().and_then(|n| n.teks.clone()));
        assert!(l.nko.is_some());
        assert_eq!(l.predikat_nko, r.predikat_nko);
        let kepala = r
            .pegawai
            .iter()
            .find(|p| p.jumlah_iki > 0 && Some(&p.nama) == r.pemilik_peta.as_ref())
            .unwrap();
        let rinci = kinerja::app::evaluasi::rinci_nilai(&db, 2026, &kepala.nip, q.into()).unwrap();
        assert!(!l.iku.is_empty() && l.iku.len() <= rinci.iki.len());
        for a in &l.iku {
            let b = rinci.iki.iter().find(|b| b.kode == a.kode).unwrap();
            assert_eq!(
                (a.kode.as_str(), Some(a.indeks.as_str())),
                (b.kode.as_str(), b.indeks.teks.as_deref())
            );
        }
        assert_eq!(l.dko.len(), 1, "TW {q}");
        assert_eq!(l.inisiatif.len(), 3);
        assert_eq!(l.risiko.len(), 3);
        assert_eq!(l.rencana_aksi.len(), 2 * q as usize);
    }
    assert!(laporan_triwulan(&db, 2026, 5, hari).is_err());
}

#[test]
fn cli_laporan_triwulan_menulis_pdf_dan_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    {
        let mut db = Db::buka(&path).unwrap();
        buat_demo(
            &mut db,
            &OpsiDemo {
                pegawai: 14,
                tahun: 2026,
                seed: 7,
                ganti: false,
            },
            tgl("2026-10-20"),
            "t",
        )
        .unwrap();
    }
    let out = dir.path().join("lapor");
    let jalan = || {
        Command::new(env!("CARGO_BIN_EXE_kinerja"))
            .args([
                "--db",
                path.to_str().unwrap(),
                "laporan",
                "triwulan",
                "--tahun",
                "2026",
                "--triwulan",
                "2",
                "--out",
            ])
            .arg(&out)
            .output()
            .unwrap()
    };
    let o = jalan();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let pdf = out.join("Laporan-Triwulan-2026-TWII.pdf");
    let xlsx = out.join("Laporan-Triwulan-2026-TWII.xlsx");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert!(std::fs::metadata(&xlsx).unwrap().len() > 1000);
    // A second run keeps the first files and numbers the new ones.
    let o = jalan();
    assert!(o.status.success());
    assert!(out.join("Laporan-Triwulan-2026-TWII (2).pdf").exists());
    assert!(out.join("Laporan-Triwulan-2026-TWII (2).xlsx").exists());
    // The workbook's sheets carry the parts of the report.
    let lembar: Vec<String> = kinerja::xlsx::daftar_lembar(&xlsx)
        .unwrap()
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        lembar,
        [
            "Capaian IKU",
            "Inisiatif Strategis",
            "Risiko",
            "DKO",
            "Rencana Aksi",
            "Catatan"
        ]
    );
}

/// The demo office with its document cycle carried through is ready for the reviu; its package holds the index,
/// every document (each verifies as the printed original), the notulen and the quarterly reports.
#[test]
fn paket_reviu_lengkap_dan_terverifikasi() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let hari = tgl("2026-10-20");
    let mut db = Db::buka(&path).unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 14,
            tahun: 2026,
            seed: 7,
            ganti: false,
        },
        hari,
        "t",
    )
    .unwrap();
    let sebelum = kinerja::app::pemantauan::kesiapan_reviu(&db, 2026, hari).unwrap();
    assert!(!sebelum.lengkap);
    let n =
        kinerja::app::demo::lengkapi_siklus(&mut db, 2026, hari, 0, "2026-10-20T09:00:00").unwrap();
    assert_eq!(n, 14);
    let k = kinerja::app::pemantauan::kesiapan_reviu(&db, 2026, hari).unwrap();
    assert!(
        k.lengkap,
        "{:?}",
        k.butir
            .iter()
            .filter(|b| !b.kurang.is_empty())
            .collect::<Vec<_>>()
    );

    let zip = dir.path().join("paket.zip");
    let h = kinerja::app::laporan::tulis_paket_reviu(
        &mut db,
        2026,
        &zip,
        hari,
        0,
        "2026-10-20T09:00:00",
    )
    .unwrap();
    assert!(h.lengkap);
    // Index + 14 KK + 3 notulen + 3 quarterly reports + the SKP, pelaksanaan and evidence workbooks.
    assert_eq!(h.jumlah_berkas, 24, "{}", h.ringkasan);
    let mut z = zip::ZipArchive::new(std::fs::File::open(&zip).unwrap()).unwrap();
    let nama: Vec<String> = z.file_names().map(|n| n.unwrap().into_owned()).collect();
    assert!(nama.contains(&"00-Indeks-Reviu-2026.pdf".to_string()));
    assert_eq!(nama.iter().filter(|n| n.starts_with("DKO/")).count(), 3);
    assert_eq!(nama.iter().filter(|n| n.starts_with("Laporan/")).count(), 3);
    for n in [
        "Rencana/SKP-2026.xlsx",
        "Pelaksanaan/Inisiatif-dan-Risiko-2026.xlsx",
        "Bukti/Daftar-Bukti-2026.xlsx",
    ] {
        assert!(nama.contains(&n.to_string()), "{n}");
    }
    let dok = nama
        .iter()
        .find(|n| n.starts_with("Dokumen/"))
        .unwrap()
        .clone();
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut z.by_name(&dok).unwrap(), &mut bytes).unwrap();
    let v = kinerja::app::dokumen::verifikasi(&db, &bytes).unwrap();
    assert!(v.cocok, "{v:?}");
    drop(db);

    // Through the CLI.
    let zip2 = dir.path().join("paket2.zip");
    let o = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .args([
            "--db",
            path.to_str().unwrap(),
            "reviu",
            "--tahun",
            "2026",
            "--paket",
        ])
        .arg(&zip2)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("kesiapan lengkap"));
    assert_eq!(
        zip::ZipArchive::new(std::fs::File::open(&zip2).unwrap())
            .unwrap()
            .len(),
        24
    );
}

/// The explanation of a deviation: given for an IKU below target, kept per quarter, shown in the report (JSON,
/// PDF); an unknown IKU is refused by name and nothing is written; an unchanged one is not written again.
#[test]
fn penjelasan_deviasi_masuk_laporan() {
    use kinerja::app::laporan::{FormDeviasi, daftar_deviasi, simpan_deviasi};
    let mut db = kantor("2026-10-20");
    let hari = tgl("2026-10-20");
    let d = daftar_deviasi(&db, 2026, 3, hari).unwrap();
    assert!(
        d.iku
            .iter()
            .all(|x| x.status == "Kuning" || x.status == "Merah")
    );
    let x = d
        .iku
        .first()
        .cloned()
        .expect("the demo office has an IKU below target in TW III");
    let salah = [
        FormDeviasi {
            kode: x.kode.clone(),
            penjelasan: "Satker terlambat".into(),
        },
        FormDeviasi {
            kode: "9.9".into(),
            penjelasan: "x".into(),
        },
    ];
    assert_eq!(
        field(simpan_deviasi(&mut db, 2026, 3, &salah, hari, "t")),
        "Penjelasan 9.9"
    );
    assert!(
        daftar_deviasi(&db, 2026, 3, hari).unwrap().iku[0]
            .penjelasan
            .is_empty()
    );
    let d = simpan_deviasi(&mut db, 2026, 3, &salah[..1], hari, "t").unwrap();
    assert_eq!(d.iku[0].penjelasan, "Satker terlambat");
    // Kept for its quarter only.
    assert!(
        daftar_deviasi(&db, 2026, 2, hari)
            .unwrap()
            .iku
            .iter()
            .all(|y| y.penjelasan.is_empty())
    );
    let l = laporan_triwulan(&db, 2026, 3, hari).unwrap();
    let iku = l.iku.iter().find(|y| y.kode == x.kode).unwrap();
    assert_eq!(iku.penjelasan, "Satker terlambat");
    let pdf = kinerja::app::laporan::pdf_laporan_triwulan(&db, &l, 0).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("lap.pdf");
    std::fs::write(&p, &pdf).unwrap();
    let o = Command::new("pdftotext")
        .arg(&p)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, dipasang oleh make) harus ada");
    let teks = String::from_utf8_lossy(&o.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(teks.contains("Satker terlambat"), "{teks}");
    // Saving the same again writes nothing; an empty text removes it.
    let ulang = db
        .simpan_penjelasan_deviasi(
            2026,
            3,
            &[(x.kode.clone(), "Satker terlambat".into())],
            "t2",
        )
        .unwrap();
    assert!(ulang.is_empty());
    let kosong = [FormDeviasi {
        kode: x.kode.clone(),
        penjelasan: " ".into(),
    }];
    let d = simpan_deviasi(&mut db, 2026, 3, &kosong, hari, "t3").unwrap();
    assert!(d.iku.iter().all(|y| y.penjelasan.is_empty()));
}

/// The inisiatif strategis are on the peta strategi with their progress, and in Lampiran II of the head's KK with
/// their milestones per quarter (the plan, not its progress).
#[test]
fn inisiatif_di_peta_strategi_dan_lampiran_ii() {
    let mut db = kantor("2026-10-20");
    let hari = tgl("2026-10-20");
    let peta = kinerja::app::rencana::peta_strategi(&db, 2026, hari).unwrap();
    let ss1 = peta.iter().find(|s| s.kode == "SS-1").unwrap();
    assert_eq!(ss1.inisiatif.len(), 1);
    assert_eq!(
        (
            ss1.inisiatif[0].kode.as_str(),
            ss1.inisiatif[0].progres.as_str()
        ),
        ("IS-1", "90%")
    );
    assert_eq!(ss1.inisiatif[0].progres_bilangan, 90);
    let kepala = kinerja::app::evaluasi::skor_kantor(&db, 2026, Some(3))
        .unwrap()
        .pegawai
        .into_iter()
        .find(|p| p.pemilik_peta)
        .unwrap();
    let c = kinerja::app::dokumen::cetak_kk(
        &mut db,
        2026,
        &kepala.nip,
        tgl("2026-01-05"),
        hari,
        0,
        "t",
    )
    .unwrap();
    let teks = c.teks.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(teks.contains("Tonggak per triwulan"), "{teks}");
    assert!(
        teks.contains("TW I: Pemetaan satker dengan IKPA di bawah 90"),
        "{teks}"
    );
    assert!(
        !teks.contains("60%"),
        "progress is not part of the signed document"
    );
}
