//! Profile settings of a year: choosing a profile, the office's own parameters, the holiday calendar, and their
//! effect on the findings and scores.
use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::{AppError, pengaturan, rencana};
use kinerja::domain::model::StatusPegawai;
use kinerja::store::Db;

fn kantor() -> Db {
    let mut db = Db::memori().unwrap();
    let hari = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 40,
            tahun: 2025,
            seed: 4,
            ganti: false,
        },
        hari,
        "t",
    )
    .unwrap();
    db
}

fn kode(db: &Db, hari: &str, nip: Option<&str>) -> Vec<&'static str> {
    let h = NaiveDate::parse_from_str(hari, "%Y-%m-%d").unwrap();
    rencana::periksa_tahun(db, 2025, h)
        .unwrap()
        .into_iter()
        .filter(|t| nip.is_none_or(|n| t.subjek.nip.as_deref() == Some(n)))
        .map(|t| t.kode.kode())
        .collect()
}

#[test]
fn pilih_profil_tahun() {
    let mut db = kantor();
    assert_eq!(
        pengaturan::tampil_profil(&db, 2025).unwrap().kode,
        "kmk300-2022"
    );
    let p = pengaturan::pakai_profil(&mut db, 2025, "kmk127-2026", "t").unwrap();
    assert_eq!(p.kode, "kmk127-2026");
    assert_eq!(
        pengaturan::profil_tahun(&db, 2025)
            .unwrap()
            .parameter
            .kalibrasi
            .nilai
            .map(|d| d.to_string()),
        Some("115".into())
    );
    assert!(matches!(
        pengaturan::pakai_profil(&mut db, 2025, "kmk999", "t"),
        Err(AppError::Masukan { .. })
    ));
    assert_eq!(
        pengaturan::tampil_profil(&db, 2025).unwrap().kode,
        "kmk127-2026",
        "a refused change keeps the old profile"
    );
    assert!(matches!(
        pengaturan::tampil_profil(&db, 2030),
        Err(AppError::TahunTidakAda(2030))
    ));
}

#[test]
fn parameter_kantor_dipakai_dan_dicatat() {
    let mut db = kantor();
    let sebelum = pengaturan::tampil_profil(&db, 2025).unwrap();
    let status = |p: &pengaturan::ProfilTampil, n: &str| {
        p.parameter
            .iter()
            .find(|x| x.nama == n)
            .unwrap()
            .status
            .clone()
    };
    assert_eq!(status(&sebelum, "bobot_perspektif"), "bawaan_sementara");
    let p = pengaturan::atur_parameter(&mut db, 2025, "bobot_perspektif", Some(r#"{"stakeholder":"40","customer":"20","internal_process":"20","learning_growth":"20"}"#), "t").unwrap();
    assert_eq!(status(&p, "bobot_perspektif"), "diatur_pengguna");
    // A sum other than 100 is accepted as a setting but reported as an error finding.
    pengaturan::atur_parameter(&mut db, 2025, "bobot_perspektif", Some(r#"{"stakeholder":"40","customer":"40","internal_process":"20","learning_growth":"20"}"#), "t").unwrap();
    assert!(kode(&db, "2025-01-10", None).contains(&"NKO-001"));
    // Invalid values and names are refused and change nothing.
    for (n, v) in [
        ("batas_hku", "\"abc\""),
        ("batas_hku", "{"),
        ("tidak_ada", "1"),
    ] {
        assert!(
            matches!(
                pengaturan::atur_parameter(&mut db, 2025, n, Some(v), "t"),
                Err(AppError::Masukan { .. })
            ),
            "{n}={v}"
        );
    }
    assert_eq!(
        pengaturan::profil_tahun(&db, 2025)
            .unwrap()
            .parameter
            .batas_hku
            .nilai
            .to_string(),
        "105"
    );
    // Back to the default.
    let p = pengaturan::atur_parameter(&mut db, 2025, "bobot_perspektif", None, "t").unwrap();
    assert_eq!(status(&p, "bobot_perspektif"), "bawaan_sementara");
    assert!(!kode(&db, "2025-01-10", None).contains(&"NKO-001"));
}

#[test]
fn libur_menggeser_batas_kk_cpns() {
    let mut db = kantor();
    let skp = db.muat_skp(2025).unwrap();
    let cpns = skp
        .iter()
        .find(|s| s.status == StatusPegawai::Cpns)
        .expect("demo has a CPNS starting 3 Maret");
    // 15 working days after Monday 3 Maret 2025 is 24 Maret; on 25 Maret the deadline has passed.
    assert!(kode(&db, "2025-03-25", Some(&cpns.nip)).contains(&"KK-002"));
    pengaturan::tambah_libur(&mut db, "2025-03-10", "Libur uji", "t").unwrap();
    let k = kode(&db, "2025-03-25", Some(&cpns.nip));
    assert!(!k.contains(&"KK-002") && k.contains(&"KK-003"), "{k:?}");
    assert!(
        pengaturan::daftar_libur(&db, 2025)
            .unwrap()
            .iter()
            .any(|l| l.tanggal == "2025-03-10")
    );
    pengaturan::hapus_libur(&mut db, "2025-03-10", "t").unwrap();
    assert!(kode(&db, "2025-03-25", Some(&cpns.nip)).contains(&"KK-002"));
    // Typed in Indonesian order it is the same day; a day that does not exist is refused naming the field.
    pengaturan::tambah_libur(&mut db, "10/03/2025", "Hari Suci Nyepi", "t").unwrap();
    assert!(!kode(&db, "2025-03-25", Some(&cpns.nip)).contains(&"KK-002"));
    pengaturan::hapus_libur(&mut db, "2025-03-10", "t").unwrap();
    match pengaturan::tambah_libur(&mut db, "31/02/2025", "x", "t") {
        Err(AppError::Masukan { field, .. }) => assert_eq!(field, "Tanggal libur"),
        r => panic!("{r:?}"),
    }
    assert!(matches!(
        pengaturan::tambah_libur(&mut db, "2025-03-10", " ", "t"),
        Err(AppError::Masukan { .. })
    ));
}

#[test]
fn nilai_dengan_penjelasan() {
    let db = kantor();
    let skp = db.muat_skp(2025).unwrap();
    let p = skp.iter().find(|s| s.iki.len() >= 3).unwrap();
    // On 1 Desember only TW I-III have realisasi: up to TW IV nothing is computable, and it says why.
    let q4 = kinerja::app::evaluasi::nilai_satu(&db, 2025, &p.nip, 4).unwrap();
    assert_eq!(q4.nhk.nilai, None);
    assert!(
        q4.iki[0]
            .indeks
            .penjelasan
            .catatan
            .iter()
            .any(|c| c.contains("TW IV"))
    );
    let n = kinerja::app::evaluasi::nilai_satu(&db, 2025, &p.nip, 3).unwrap();
    assert_eq!(n.iki.len(), p.iki.len());
    let nhk = n.nhk.nilai.expect("demo pegawai with realisasi has an NHK");
    assert!(nhk > rust_decimal::Decimal::ZERO && nhk <= rust_decimal::Decimal::from(105));
    assert!(
        n.nhk.penjelasan.sementara,
        "KMK 300 HKU K3 formula is the spec's default"
    );
    assert!(!n.iki[0].indeks.penjelasan.rumus.is_empty());
    assert!(matches!(
        kinerja::app::evaluasi::nilai_satu(&db, 2025, &p.nip, 5),
        Err(AppError::Masukan { .. })
    ));
}

/// Pengaturan without JSON: a parameter is shown and set by its parts, in Indonesian numbers; a wrong part is
/// named; the figure it drives follows.
#[test]
fn parameter_diatur_per_bagian_tanpa_json() {
    let mut db = kantor();
    let p = pengaturan::tampil_profil(&db, 2025).unwrap();
    let bobot = p
        .parameter
        .iter()
        .find(|x| x.nama == "bobot_perspektif")
        .unwrap();
    assert_eq!(bobot.label, "Bobot perspektif NKO (%)");
    assert_eq!(bobot.isian.len(), 4);
    assert!(!bobot.ringkas.contains('{') && bobot.ringkas.contains("Stakeholder"));
    for x in &p.parameter {
        assert!(
            !x.ringkas.contains(['{', '[', '"']),
            "{}: {}",
            x.nama,
            x.ringkas
        );
    }

    // Weights that do not add up to 100 are refused as the profile refuses them (NKO-001 follows them too).
    let mut ketik = bobot.isian.clone();
    let i = ketik
        .iter()
        .position(|x| x.label.ends_with("Stakeholder"))
        .unwrap();
    ketik[i].nilai = "lima".into();
    let e = pengaturan::atur_parameter_isian(&mut db, 2025, "bobot_perspektif", &ketik, "t")
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("Bobot perspektif NKO (%) — Stakeholder"),
        "{e}"
    );
    ketik[i].nilai = "27,5".into();
    let p =
        pengaturan::atur_parameter_isian(&mut db, 2025, "bobot_perspektif", &ketik, "t").unwrap();
    let bobot = p
        .parameter
        .iter()
        .find(|x| x.nama == "bobot_perspektif")
        .unwrap();
    assert_eq!(bobot.status, "diatur_pengguna");
    assert!(
        bobot.ringkas.contains("Stakeholder 27,5"),
        "{}",
        bobot.ringkas
    );
    assert!(kode(&db, "2025-06-01", None).contains(&"NKO-001"));

    // A yes/no and a day-and-month deadline.
    let p = pengaturan::tampil_profil(&db, 2025).unwrap();
    let tenggat = p.parameter.iter().find(|x| x.nama == "tenggat").unwrap();
    let mut ketik = tenggat.isian.clone();
    let j = ketik
        .iter()
        .position(|x| {
            x.label == "Tenggat Kontrak Kinerja (hari, bulan) — Batas penetapan KK — tanggal"
        })
        .unwrap();
    ketik[j].nilai = "15,5".into();
    assert!(pengaturan::atur_parameter_isian(&mut db, 2025, "tenggat", &ketik, "t").is_err());
    ketik[j].nilai = "15".into();
    pengaturan::atur_parameter_isian(&mut db, 2025, "tenggat", &ketik, "t").unwrap();
}

/// The shipped SKB fills a year's calendar: only the days missing are added (a day the office renamed stays as
/// it is), a second fill adds nothing, and the added days move a deadline counted in working days.
#[test]
fn libur_dari_skb() {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 6,
            tahun: 2024,
            seed: 3,
            ganti: false,
        },
        NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        "t",
    )
    .unwrap();
    assert_eq!(
        pengaturan::libur_skb(&db, 2024).unwrap().map(|s| s.jumlah),
        None
    );
    assert!(matches!(
        pengaturan::isi_libur_skb(&mut db, 2024, "t"),
        Err(AppError::Masukan { .. })
    ));
    pengaturan::tambah_libur(&mut db, "2026-03-21", "Lebaran (nama kantor)", "t").unwrap();
    let s = pengaturan::libur_skb(&db, 2026).unwrap().unwrap();
    assert!(s.sumber.contains("Nomor 1497 Tahun 2025"), "{}", s.sumber);
    assert_eq!((s.jumlah, s.belum_ada), (25, 24));
    assert_eq!(pengaturan::isi_libur_skb(&mut db, 2026, "t").unwrap(), 24);
    assert_eq!(pengaturan::isi_libur_skb(&mut db, 2026, "t").unwrap(), 0);
    assert_eq!(
        pengaturan::libur_skb(&db, 2026).unwrap().unwrap().belum_ada,
        0
    );
    let l = pengaturan::daftar_libur(&db, 2026).unwrap();
    assert_eq!(l.len(), 25);
    let ket = |t: &str| {
        l.iter()
            .find(|x| x.tanggal == t)
            .map(|x| x.keterangan.clone())
    };
    assert_eq!(ket("2026-03-21").as_deref(), Some("Lebaran (nama kantor)"));
    assert_eq!(
        ket("2026-03-23").as_deref(),
        Some("Cuti bersama Idulfitri 1447 Hijriah")
    );
    // 23 and 24 Maret 2026 are no longer working days.
    let kal = pengaturan::kalender(&db).unwrap();
    assert!(!kal.hari_kerja(NaiveDate::from_ymd_opt(2026, 3, 24).unwrap()));
    assert!(kal.hari_kerja(NaiveDate::from_ymd_opt(2026, 3, 25).unwrap()));
}
