use super::*;
use crate::domain::model::Predikat;
use crate::domain::profil::KodeProfil;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (alasan, tanggal usulan) -> finding code or none
fn check(cases: &[(AlasanAddendum, &str, Option<&str>)]) {
    check_tingkat(TingkatJabatan::Pelaksana, cases);
}

fn check_tingkat(tingkat: TingkatJabatan, cases: &[(AlasanAddendum, &str, Option<&str>)]) {
    let p = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
    for (alasan, tanggal, want) in cases {
        let got = periksa_addendum(
            &p,
            2025,
            "198503122010011003",
            tingkat,
            *alasan,
            tgl(tanggal),
        );
        assert_eq!(
            got.first().map(|t| t.kode.kode()),
            *want,
            "{tingkat:?} {alasan:?} {tanggal}"
        );
    }
}

#[test]
fn addendum_komposisi_hanya_pelaksana_fungsional() {
    let komposisi = AlasanAddendum::KomposisiPegawai {
        tanggal_perubahan: tgl("2025-08-01"),
    };
    check_tingkat(
        TingkatJabatan::Fungsional,
        &[(komposisi, "2025-08-10", None)],
    );
    for t in [
        TingkatJabatan::Pengawas,
        TingkatJabatan::Administrator,
        TingkatJabatan::PemilikPeta,
    ] {
        check_tingkat(
            t,
            &[
                (komposisi, "2025-08-10", Some("KK-009")),
                (AlasanAddendum::Umum, "2025-07-01", None),
            ],
        );
    }
}

/// (fully?, child target, parent target, parent unit) per link -> finding codes
fn check_cascading(cases: &[(&[(bool, Option<Decimal>)], Option<Decimal>, &str, &[&str])]) {
    for (anak, induk, satuan, want) in cases {
        let tautan: Vec<TautanCascading> = anak
            .iter()
            .enumerate()
            .map(|(i, (penuh, t))| TautanCascading {
                nip: format!("19900101201501100{i}"),
                kode: format!("1.1.{i}"),
                penuh: *penuh,
                target: *t,
                induk_nip: "198001012005011001".into(),
                induk_kode: "1.1".into(),
                induk_target: *induk,
                induk_satuan: satuan.to_string(),
            })
            .collect();
        let got: Vec<&str> = periksa_cascading(&tautan)
            .iter()
            .map(|t| t.kode.kode())
            .collect();
        assert_eq!(&got, want, "{anak:?} {induk:?} {satuan}");
    }
}

#[test]
fn cascading_penuh_dan_sebagian() {
    use rust_decimal_macros::dec;
    check_cascading(&[
        (&[(true, Some(dec!(95)))], Some(dec!(95)), "%", &[]),
        (&[(true, Some(dec!(90)))], Some(dec!(95)), "%", &["IKU-013"]),
        (&[(true, None)], Some(dec!(95)), "%", &[]),
        // 12 laporan split 4 + 8: fine; 4 + 4: the parent is named.
        (
            &[(false, Some(dec!(4))), (false, Some(dec!(8)))],
            Some(dec!(12)),
            "laporan",
            &[],
        ),
        (
            &[(false, Some(dec!(4))), (false, Some(dec!(4)))],
            Some(dec!(12)),
            "laporan",
            &["IKU-014"],
        ),
        // Shares and indexes are not added up; an empty child target leaves the split unchecked.
        (
            &[(false, Some(dec!(90))), (false, Some(dec!(95)))],
            Some(dec!(95)),
            "%",
            &[],
        ),
        (
            &[(false, Some(dec!(4))), (false, None)],
            Some(dec!(12)),
            "dokumen",
            &[],
        ),
    ]);
}

#[test]
fn batas_addendum() {
    use AlasanAddendum::*;
    check(&[
        (Umum, "2025-07-20", None),
        (Umum, "2025-07-21", Some("KK-006")),
        (Kebijakan, "2025-10-18", None),
        (Kebijakan, "2025-10-19", Some("KK-006")),
        (
            KomposisiPegawai {
                tanggal_perubahan: tgl("2025-08-01"),
            },
            "2025-08-16",
            None,
        ),
        (
            KomposisiPegawai {
                tanggal_perubahan: tgl("2025-08-01"),
            },
            "2025-08-17",
            Some("KK-006"),
        ),
        (
            KomposisiPegawai {
                tanggal_perubahan: tgl("2025-10-10"),
            },
            "2025-10-19",
            Some("KK-006"),
        ),
    ]);
}

#[test]
fn distribusi_dan_bobot() {
    use Predikat::*;
    let semua_baik = vec![Baik; 10];
    let t = periksa_distribusi(PredikatOrganisasi::Baik, &semua_baik);
    assert_eq!(t.len(), 2, "{t:?}");
    let campur = [vec![SangatBaik; 2], vec![Baik; 6], vec![ButuhPerbaikan; 2]].concat();
    assert!(periksa_distribusi(PredikatOrganisasi::Baik, &campur).is_empty());
    assert_eq!(
        periksa_distribusi(PredikatOrganisasi::SangatKurang, &[SangatBaik]).len(),
        3
    );
    // The unit's predikat NKO in the guide's words (Cukup is "Butuh Perbaikan/Cukup" in the guide).
    use crate::domain::model::PredikatNko as N;
    for (nko, org) in [
        (N::SangatBaik, PredikatOrganisasi::Istimewa),
        (N::Baik, PredikatOrganisasi::Baik),
        (N::Cukup, PredikatOrganisasi::ButuhPerbaikan),
        (N::Kurang, PredikatOrganisasi::Kurang),
        (N::Buruk, PredikatOrganisasi::SangatKurang),
    ] {
        assert_eq!(PredikatOrganisasi::dari_nko(nko), org);
    }
    assert_eq!(
        syarat_distribusi(PredikatOrganisasi::Baik, &semua_baik),
        [
            "Baik paling banyak 70%",
            "harus ada Butuh Perbaikan dan/atau Kurang"
        ]
    );
    assert!(periksa_bobot_perspektif(&ProfilAturan::bawaan(KodeProfil::Kmk300_2022)).is_empty());
    let mut p = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
    p.parameter.bobot_perspektif.nilai.customer = rust_decimal_macros::dec!(30);
    assert_eq!(periksa_bobot_perspektif(&p)[0].kode, "NKO-001");
    assert_eq!(periksa_parameter_sementara(&p)[0].kode, "NIL-001");
}

/// Plausibility warnings: a typing error such as "1.234,5" for 95 is flagged, ordinary trajectories are not.
#[test]
fn kewajaran_target_dan_realisasi() {
    use crate::domain::model::{Iki, JenisIki, KategoriIki, Konsolidasi};
    use rust_decimal_macros::dec;
    let iki = |k: Konsolidasi, th: Decimal, t: [Option<Decimal>; 4], r: [Option<Decimal>; 4]| Iki {
        kode: "1.1".into(),
        nama: "x".into(),
        kode_ss: None,
        perspektif: None,
        jenis: JenisIki::Utama,
        aspek: None,
        kategori: KategoriIki::Lama,
        polarisasi: Some(Polarisasi::Maximize),
        konsolidasi: Some(k),
        sifat_tlk: None,
        validitas: None,
        kendali: None,
        konversi_120: false,
        r_worst: None,
        target_triwulan: t,
        realisasi_triwulan: r,
        target_tahunan: Some(th),
        target_y1: None,
        realisasi_y1: None,
        realisasi_serah_terima: None,
    };
    let check = |x: Iki, expected: &[&str]| {
        let mut out = Vec::new();
        periksa_kewajaran("1", &x, &mut out);
        let got: Vec<&str> = out.iter().map(|t| t.kode.kode()).collect();
        assert_eq!(
            got, expected,
            "{:?} {:?}",
            x.target_triwulan, x.realisasi_triwulan
        );
    };
    let s = |v: [i64; 4]| v.map(|x| Some(Decimal::from(x)));
    let kosong = [None; 4];
    // An ordinary take-last-known trajectory towards 95, and a sum that adds up to 100.
    check(
        iki(
            Konsolidasi::TakeLastKnown,
            dec!(95),
            s([25, 50, 75, 95]),
            kosong,
        ),
        &[],
    );
    check(
        iki(Konsolidasi::Sum, dec!(100), s([25, 25, 25, 25]), kosong),
        &[],
    );
    // "1.234,5" typed for TW I of an IKU aiming at 95.
    check(
        iki(
            Konsolidasi::TakeLastKnown,
            dec!(95),
            [Some(dec!(1234.5)), None, None, None],
            kosong,
        ),
        &["IKU-018"],
    );
    // A quarter of a sum above the year.
    check(
        iki(Konsolidasi::Sum, dec!(100), s([25, 150, 25, 25]), kosong),
        &["IKU-018"],
    );
    // A realisasi ten times over is still possible; more than that is flagged.
    check(
        iki(
            Konsolidasi::Average,
            dec!(90),
            s([90, 90, 90, 90]),
            s([900, 901, 0, 95]),
        ),
        &["IKU-019"],
    );
}

/// DKO-001: the quarters of the year without a DKO about them a month after they ended (KMK 300: at least one each
/// quarter; the month's grace is the app's assumption).
fn check_dko(cases: &[(&str, &[u8], &[&str])]) {
    for (hari_ini, dko, harap) in cases {
        let h = NaiveDate::parse_from_str(hari_ini, "%Y-%m-%d").unwrap();
        let t = periksa_dko(2026, h, dko);
        let subjek: Vec<String> = t.iter().map(|x| x.subjek.teks()).collect();
        assert_eq!(subjek, *harap, "{hari_ini} {dko:?}");
        assert!(t.iter().all(
            |x| x.kode == "DKO-001" && x.tingkat == crate::domain::temuan::Tingkat::Peringatan
        ));
    }
}

#[test]
fn dko_setiap_triwulan() {
    check_dko(&[
        // A month's grace after the quarter: the forum about it is held in the next month.
        ("2026-04-01", &[], &[]),
        ("2026-04-30", &[], &[]),
        ("2026-05-01", &[], &["DKO TW I 2026"]),
        ("2026-05-01", &[1], &[]),
        ("2026-10-05", &[1], &["DKO TW II 2026"]),
        ("2026-11-01", &[1, 2], &["DKO TW III 2026"]),
        ("2026-11-01", &[1, 1, 2, 3], &[]),
        ("2027-01-31", &[1, 2, 3], &[]),
        ("2027-02-01", &[1, 2, 3], &["DKO TW IV 2026"]),
        ("2025-12-31", &[], &[]),
    ]);
}

/// (hari ini, [(IS, triwulan, selesai)]) -> subjects of IS-001.
fn check_tonggak(cases: &[(&str, &[(&str, u8, bool)], &[&str])]) {
    for (hari_ini, tonggak, harap) in cases {
        let t: Vec<TonggakDiperiksa> = tonggak
            .iter()
            .map(|(k, q, s)| TonggakDiperiksa {
                kode_is: k,
                triwulan: *q,
                selesai: *s,
            })
            .collect();
        let got = periksa_tonggak(2026, tgl(hari_ini), &t);
        let subjek: Vec<String> = got.iter().map(|x| x.subjek.teks()).collect();
        assert_eq!(subjek, *harap, "{hari_ini} {tonggak:?}");
        assert!(got.iter().all(|x| x.kode == "IS-001"));
    }
}

#[test]
fn tonggak_triwulan_berakhir() {
    check_tonggak(&[
        ("2026-03-31", &[("IS.1", 1, false)], &[]),
        ("2026-04-01", &[("IS.1", 1, false)], &["IS.1 TW I 2026"]),
        ("2026-04-01", &[("IS.1", 1, true), ("IS.1", 2, false)], &[]),
        ("2026-12-31", &[("IS.2", 4, false)], &[]),
        ("2027-01-01", &[("IS.2", 4, false)], &["IS.2 TW IV 2026"]),
    ]);
}

/// (hari ini, batas, selesai, quarters monitored) -> codes with subjects.
fn check_risiko(cases: &[(&str, Option<&str>, bool, &[u8], &[&str])]) {
    for (hari_ini, batas, selesai, dipantau, harap) in cases {
        let r = RisikoDiperiksa {
            kode: "R.1",
            batas: batas.map(tgl),
            selesai: *selesai,
            dipantau: dipantau.to_vec(),
        };
        let got = periksa_risiko(2026, tgl(hari_ini), &[r]);
        let kode: Vec<String> = got
            .iter()
            .map(|x| format!("{} {}", x.kode, x.subjek.teks()))
            .collect();
        assert_eq!(kode, *harap, "{hari_ini} {batas:?} {selesai} {dipantau:?}");
    }
}

#[test]
fn risiko_batas_dan_pantauan() {
    check_risiko(&[
        ("2026-04-30", Some("2026-06-30"), false, &[], &[]),
        (
            "2026-05-01",
            Some("2026-06-30"),
            false,
            &[],
            &["RSK-002 Risiko R.1 TW I 2026"],
        ),
        ("2026-05-01", None, false, &[1], &[]),
        (
            "2026-07-01",
            Some("2026-06-30"),
            false,
            &[1],
            &["RSK-001 Risiko R.1"],
        ),
        // Never monitored: only the last quarter past its month of grace; monitored from TW II: TW I is not owed.
        (
            "2026-11-05",
            None,
            false,
            &[],
            &["RSK-002 Risiko R.1 TW III 2026"],
        ),
        ("2026-11-05", None, false, &[2, 3], &[]),
        (
            "2026-11-05",
            None,
            false,
            &[2],
            &["RSK-002 Risiko R.1 TW III 2026"],
        ),
        // A finished mitigation is neither late nor waiting to be monitored.
        ("2026-12-01", Some("2026-06-30"), true, &[1], &[]),
    ]);
}

fn iki_menumpuk(
    k: crate::domain::model::Konsolidasi,
    p: crate::domain::model::Polarisasi,
    target: [Option<Decimal>; 4],
    realisasi: [Option<Decimal>; 4],
) -> crate::domain::model::Iki {
    use crate::domain::model::{Iki, JenisIki, KategoriIki};
    Iki {
        kode: "1.1".into(),
        nama: "x".into(),
        kode_ss: None,
        perspektif: None,
        jenis: JenisIki::Utama,
        aspek: None,
        kategori: KategoriIki::Lama,
        polarisasi: Some(p),
        konsolidasi: Some(k),
        sifat_tlk: None,
        validitas: None,
        kendali: None,
        konversi_120: false,
        r_worst: None,
        target_triwulan: target,
        realisasi_triwulan: realisasi,
        target_tahunan: None,
        target_y1: None,
        realisasi_y1: None,
        realisasi_serah_terima: None,
    }
}

/// KK-010: (konsolidasi, polarisasi, targets, realisasi) -> mandatory addendum or not.
#[test]
fn addendum_wajib_semester_satu() {
    use crate::domain::model::{Konsolidasi::*, Polarisasi::*};
    let d = |x: i64| Some(Decimal::from(x));
    let cases = [
        // Sum 40 over the year; semester I already 40: mandatory.
        (
            Sum,
            Maximize,
            [d(10), d(10), d(10), d(10)],
            [d(20), d(20), None, None],
            true,
        ),
        (
            Sum,
            Maximize,
            [d(10), d(10), d(10), d(10)],
            [d(15), d(20), None, None],
            false,
        ),
        // Semester I not complete yet.
        (
            Sum,
            Maximize,
            [d(10), d(10), d(10), d(10)],
            [d(40), None, None, None],
            false,
        ),
        // Take-last-known progress: TW II already at the annual target (100).
        (
            TakeLastKnown,
            Maximize,
            [d(25), d(50), d(75), d(100)],
            [d(30), d(100), None, None],
            true,
        ),
        // An average is on track, not beyond the year.
        (
            Average,
            Maximize,
            [d(90), d(90), d(90), d(90)],
            [d(95), d(95), None, None],
            false,
        ),
        (
            Sum,
            Minimize,
            [d(10), d(10), d(10), d(10)],
            [d(5), d(5), None, None],
            false,
        ),
        (
            TakeLastKnown,
            Minimize,
            [d(8), d(6), d(4), d(2)],
            [d(3), d(2), None, None],
            true,
        ),
    ];
    for (k, p, t, r, harap) in cases {
        let skp = crate::domain::model::SkpPegawai {
            nip: "198503122010011003".into(),
            nama: "Uji".into(),
            tingkat: TingkatJabatan::Pelaksana,
            status: crate::domain::model::StatusPegawai::Aktif,
            tanggal_mulai: tgl("2020-01-02"),
            punya_atasan: true,
            kk_ditandatangani: None,
            iki: vec![iki_menumpuk(k, p, t, r)],
            hkt: vec![],
            dialog_kinerja: vec![],
            kembali_dari: None,
        };
        let got = periksa_addendum_wajib(&skp);
        assert_eq!(!got.is_empty(), harap, "{k:?} {p:?} {t:?} {r:?}");
        assert!(got.iter().all(|x| x.kode == "KK-010"));
    }
}

/// KK-011: a Plt in force on 1 Januari.
#[test]
fn plt_awal_tahun() {
    let cases: [(&str, Option<&str>, bool); 4] = [
        ("2025-12-01", None, true),
        ("2026-01-01", Some("2026-03-31"), true),
        ("2026-02-01", None, false),
        ("2025-06-01", Some("2025-12-31"), false),
    ];
    for (mulai, selesai, harap) in cases {
        let plt = vec![(
            "Kepala Seksi Bank".to_string(),
            tgl(mulai),
            selesai.map(tgl),
        )];
        let got = periksa_plt_awal_tahun(2026, "1", "Sari", &plt);
        assert_eq!(got.len() == 1, harap, "{mulai} {selesai:?}");
        assert!(got.iter().all(|x| x.kode == "KK-011"));
    }
}
