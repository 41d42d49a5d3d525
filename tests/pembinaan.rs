//! Umpan balik and pembinaan through the app's actions: recorded and checked field by field; konseling is
//! individual and confidential: lists, the CLI listing and the history never show what it holds, and opening it on
//! purpose is recorded.
use chrono::NaiveDate;
use kinerja::app::AppError;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::pemantauan::{FormPembinaan, buka_rahasia, daftar_pembinaan, simpan_pembinaan};
use kinerja::store::Db;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn konseling_rahasia() {
    let hari = tgl("2026-10-20");
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 10,
            tahun: 2026,
            seed: 4,
            ganti: false,
        },
        hari,
        "t",
    )
    .unwrap();
    let awal = daftar_pembinaan(&db, 2026, None).unwrap().catatan.len();
    assert!(
        awal > 0,
        "the demo office has a year of feedback and pembinaan"
    );
    let p = kinerja::app::kantor::daftar_pegawai(&db, "").unwrap();
    let (a, b) = (p[3].nip.clone(), p[4].nip.clone());
    let form = |jenis: &str, sifat: &str, peserta: Vec<String>, topik: &str| FormPembinaan {
        id: 0,
        jenis: jenis.into(),
        sifat: sifat.into(),
        cara: "insidental, langsung".into(),
        tanggal: "12/10/2026".into(),
        pemberi: "Kepala Seksi".into(),
        peserta,
        topik: topik.into(),
        tindak_lanjut: "Pertemuan lanjutan".into(),
        status: "selesai".into(),
    };
    let field = |r: Result<_, AppError>| match r {
        Err(AppError::Masukan { field, .. }) => field,
        r => panic!("{r:?}"),
    };
    // Each refusal names its field.
    assert_eq!(
        field(
            simpan_pembinaan(
                &mut db,
                2026,
                &form("konseling", "kelompok", vec![a.clone(), b.clone()], "x"),
                hari,
                "t"
            )
            .map(|_| ())
        ),
        "Sifat"
    );
    assert_eq!(
        field(
            simpan_pembinaan(
                &mut db,
                2026,
                &form("coaching", "personal", vec![a.clone(), b.clone()], "x"),
                hari,
                "t"
            )
            .map(|_| ())
        ),
        "Pegawai"
    );
    assert_eq!(
        field(
            simpan_pembinaan(
                &mut db,
                2026,
                &form("coaching", "personal", vec![], "x"),
                hari,
                "t"
            )
            .map(|_| ())
        ),
        "Pegawai"
    );
    assert_eq!(
        field(
            simpan_pembinaan(
                &mut db,
                2026,
                &form("coaching", "personal", vec![a.clone()], " "),
                hari,
                "t"
            )
            .map(|_| ())
        ),
        "Topik"
    );
    let mut nanti = form("coaching", "personal", vec![a.clone()], "x");
    nanti.tanggal = "30/11/2026".into();
    assert_eq!(
        field(simpan_pembinaan(&mut db, 2026, &nanti, hari, "t").map(|_| ())),
        "Tanggal"
    );
    nanti.status = "rencana".into();
    simpan_pembinaan(&mut db, 2026, &nanti, hari, "t").unwrap();

    simpan_pembinaan(
        &mut db,
        2026,
        &form(
            "umpan_balik",
            "kelompok",
            vec![a.clone(), b.clone()],
            "Ketepatan laporan",
        ),
        hari,
        "t",
    )
    .unwrap();
    let d = simpan_pembinaan(
        &mut db,
        2026,
        &form(
            "konseling",
            "personal",
            vec![a.clone()],
            "Masalah keluarga yang memengaruhi kinerja",
        ),
        hari,
        "t",
    )
    .unwrap();
    // The demo office's own records, and the three just recorded.
    assert_eq!(d.catatan.len(), awal + 3);
    assert!(
        d.catatan
            .iter()
            .filter(|x| x.rahasia)
            .all(|x| x.topik.is_empty())
    );
    let k = d
        .catatan
        .iter()
        .filter(|x| x.rahasia)
        .max_by_key(|x| x.id)
        .unwrap();
    assert_eq!(k.jenis, "Konseling kinerja (rahasia)");
    assert!(k.topik.is_empty() && k.tindak_lanjut.is_empty() && k.form.is_none());
    // The listing per pegawai does not hold it either.
    let teks = format!("{:?}", daftar_pembinaan(&db, 2026, Some(&a)).unwrap());
    assert!(!teks.contains("keluarga"), "{teks}");
    // Nor the pegawai's history.
    let r = kinerja::app::kantor::riwayat_pegawai(&db, &a).unwrap();
    let riwayat = format!("{r:?}");
    assert!(
        riwayat.contains("Catatan konseling (rahasia) ditambahkan"),
        "{riwayat}"
    );
    assert!(!riwayat.contains("keluarga"), "{riwayat}");
    // Opened on purpose: the content, and a line in the history.
    let buka = buka_rahasia(&mut db, 2026, k.id, "t").unwrap();
    assert_eq!(buka.topik, "Masalah keluarga yang memengaruhi kinerja");
    assert!(buka.form.is_some());
    let r = kinerja::app::kantor::riwayat_pegawai(&db, &a).unwrap();
    assert!(
        format!("{r:?}").contains("dibuka (isi rahasia ditampilkan)"),
        "{r:?}"
    );
    // The group feedback is listed whole, with both names.
    let u = d
        .catatan
        .iter()
        .find(|x| x.topik == "Ketepatan laporan")
        .unwrap();
    assert_eq!(u.topik, "Ketepatan laporan");
    assert_eq!(u.peserta.len(), 2);
}
