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
    assert!(periksa_bobot_perspektif(&ProfilAturan::bawaan(KodeProfil::Kmk300_2022)).is_empty());
    let mut p = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
    p.parameter.bobot_perspektif.nilai.customer = rust_decimal_macros::dec!(30);
    assert_eq!(periksa_bobot_perspektif(&p)[0].kode, "NKO-001");
    assert_eq!(periksa_parameter_sementara(&p)[0].kode, "NIL-001");
}
