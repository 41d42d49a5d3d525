use super::*;
use crate::domain::model::Lingkup;
use crate::domain::model::{HktPegawai, JenisHkt, PemilikKinerja, StatusPegawai};
use crate::domain::profil::KodeProfil;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn inovasi(lingkup: Lingkup, implementasi: &str, dinilai: &[i32]) -> HktPegawai {
    HktPegawai {
        judul: "Aplikasi antrean daring".into(),
        jenis: JenisHkt::Inovasi,
        lingkup: Some(lingkup),
        penuh_waktu: false,
        pemilik_kinerja: None,
        nomor_sk: Some("KEP-12/WPB.1/2025".into()),
        lolos_seleksi: true,
        disetujui_pengelola: true,
        polarisasi: None,
        tanggal_implementasi: Some(tgl(implementasi)),
        tahun_dinilai: dinilai.to_vec(),
        target: Some(dec!(100)),
        realisasi: Some(dec!(100)),
    }
}

fn skp(hkt: Vec<HktPegawai>) -> SkpPegawai {
    SkpPegawai {
        nip: "198503122010011003".into(),
        nama: "Uji".into(),
        tingkat: TingkatJabatan::Pelaksana,
        status: StatusPegawai::Aktif,
        tanggal_mulai: tgl("2020-01-02"),
        punya_atasan: true,
        kk_ditandatangani: Some(tgl("2025-01-20")),
        iki: vec![],
        hkt,
        dialog_kinerja: vec![],
        kembali_dari: None,
    }
}

/// (HKT list) -> the HKT-* codes found, sorted
fn check(cases: Vec<(Vec<HktPegawai>, Vec<&str>)>) {
    let p = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
    for (hkt, want) in cases {
        let judul: Vec<String> = hkt
            .iter()
            .map(|h| format!("{:?}/{:?}", h.jenis, h.lingkup))
            .collect();
        let mut got: Vec<&str> = periksa_skp(
            &p,
            2025,
            tgl("2025-12-15"),
            &KalenderLibur::default(),
            &skp(hkt),
        )
        .iter()
        .map(|t| t.kode.kode())
        .filter(|k| k.starts_with("HKT"))
        .collect();
        got.sort();
        assert_eq!(got, want, "{judul:?}");
    }
}

#[test]
fn aturan_hkt_seed_000() {
    use Lingkup::*;
    let tanpa_sk = HktPegawai {
        nomor_sk: None,
        ..inovasi(UnitKerja, "2025-03-01", &[])
    };
    let belum_seleksi = HktPegawai {
        lolos_seleksi: false,
        ..inovasi(UnitKerja, "2025-03-01", &[])
    };
    let target_90 = HktPegawai {
        target: Some(dec!(90)),
        ..inovasi(UnitKerja, "2025-03-01", &[])
    };
    let squad = |penuh| HktPegawai {
        jenis: JenisHkt::SquadTeam,
        lingkup: None,
        penuh_waktu: penuh,
        pemilik_kinerja: Some(PemilikKinerja::Pptm),
        ..inovasi(UnitKerja, "2025-03-01", &[])
    };
    check(vec![
        (vec![inovasi(UnitKerja, "2025-03-01", &[])], vec![]),
        (vec![tanpa_sk], vec!["HKT-001"]),
        (vec![belum_seleksi], vec!["HKT-002"]),
        (vec![inovasi(UnitKerja, "2024-06-01", &[])], vec!["HKT-003"]),
        (
            vec![inovasi(UnitKerja, "2025-01-10", &[2024])],
            vec!["HKT-004"],
        ),
        (vec![inovasi(Nasional, "2025-01-10", &[2024])], vec![]),
        // The second evaluation year of an instansi/nasional inovasi: the one-year limit was the first year's.
        (vec![inovasi(Nasional, "2024-03-01", &[2024])], vec![]),
        (vec![inovasi(UnitKerja, "2024-12-31", &[])], vec![]),
        (vec![inovasi(UnitKerja, "2024-12-30", &[])], vec!["HKT-003"]),
        (vec![inovasi(UnitKerja, "2026-01-05", &[])], vec!["HKT-003"]),
        (
            vec![HktPegawai {
                tanggal_implementasi: None,
                ..inovasi(UnitKerja, "2025-03-01", &[])
            }],
            vec!["HKT-010"],
        ),
        // A refused inovasi does not take its lingkup's place: the valid second one counts, no HKT-006.
        (
            vec![
                HktPegawai {
                    nomor_sk: None,
                    ..inovasi(Instansi, "2025-03-01", &[])
                },
                inovasi(Instansi, "2025-04-01", &[]),
            ],
            vec!["HKT-001"],
        ),
        (
            vec![inovasi(Nasional, "2025-01-10", &[2023, 2024])],
            vec!["HKT-004"],
        ),
        (vec![target_90], vec!["HKT-005"]),
        (
            vec![
                inovasi(Instansi, "2025-03-01", &[]),
                inovasi(Instansi, "2025-04-01", &[]),
            ],
            vec!["HKT-006"],
        ),
        (
            vec![
                inovasi(Instansi, "2025-03-01", &[]),
                inovasi(Nasional, "2025-04-01", &[]),
            ],
            vec![],
        ),
        (vec![squad(true), squad(false)], vec![]),
        (vec![squad(true), squad(true)], vec!["HKT-007"]),
    ]);
}

/// (start date, dialog dates, today) -> the quarters flagged by DKI-001.
#[test]
fn dki_setiap_triwulan() {
    let p = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
    use crate::domain::model::*;
    let iki = Iki {
        kode: "1.1".into(),
        nama: "Persentase SP2D tepat waktu".into(),
        kode_ss: None,
        perspektif: None,
        jenis: JenisIki::Utama,
        aspek: Some(Aspek::Waktu),
        kategori: KategoriIki::Lama,
        polarisasi: Some(Polarisasi::Maximize),
        konsolidasi: Some(Konsolidasi::Average),
        sifat_tlk: None,
        validitas: Some(Validitas::Exact),
        kendali: Some(Kendali::Moderate),
        konversi_120: false,
        r_worst: None,
        target_triwulan: [Some(dec!(100)); 4],
        realisasi_triwulan: [None; 4],
        target_tahunan: Some(dec!(100)),
        target_y1: Some(dec!(100)),
        realisasi_y1: Some(dec!(99)),
        realisasi_serah_terima: None,
    };
    let check = |mulai: &str, dki: &[&str], hari: &str, want: &[&str]| {
        let s = SkpPegawai {
            tanggal_mulai: tgl(mulai),
            iki: vec![iki.clone()],
            dialog_kinerja: dki.iter().map(|d| tgl(d)).collect(),
            ..skp(vec![])
        };
        let got: Vec<String> = periksa_skp(&p, 2025, tgl(hari), &KalenderLibur::default(), &s)
            .into_iter()
            .filter(|t| t.kode == "DKI-001")
            .map(|t| {
                t.pesan
                    .split("TW ")
                    .nth(1)
                    .unwrap_or("")
                    .split(' ')
                    .next()
                    .unwrap_or("")
                    .to_string()
            })
            .collect();
        assert_eq!(got, want, "{mulai} {dki:?} {hari}");
    };
    // Nothing has ended yet on 31 March; TW I ends that day.
    check("2020-01-02", &[], "2025-03-31", &[]);
    check("2020-01-02", &[], "2025-04-01", &["I"]);
    check("2020-01-02", &["2025-03-31"], "2025-07-15", &["II"]);
    check(
        "2020-01-02",
        &["2025-01-01", "2025-06-30"],
        "2025-07-15",
        &[],
    );
    check(
        "2020-01-02",
        &["2025-02-10", "2025-05-10", "2025-08-10"],
        "2026-01-05",
        &["IV"],
    );
    // Joined in May: TW I is not theirs.
    check("2025-05-02", &["2025-06-10"], "2025-07-15", &[]);
    // No SKP, no dialog to report.
    let kosong = SkpPegawai {
        tanggal_mulai: tgl("2020-01-02"),
        ..skp(vec![])
    };
    assert!(
        periksa_skp(
            &p,
            2025,
            tgl("2026-01-05"),
            &KalenderLibur::default(),
            &kosong
        )
        .iter()
        .all(|t| t.kode != "DKI-001")
    );
}

/// (profile, tingkat, IKIs as (validitas, kendali, aspek)) -> the IKU-015/016/017 and IKU-001 codes found.
#[test]
fn batas_jumlah_activity_high_dan_aspek() {
    use crate::domain::model::*;
    let iki = |i: usize, v: Validitas, k: Kendali, aspek: Option<Aspek>| Iki {
        kode: format!("1.{i}"),
        nama: format!("IKU {i}"),
        kode_ss: Some(format!("SS-{i}")),
        perspektif: Some(Perspektif::Stakeholder),
        jenis: JenisIki::Utama,
        aspek,
        kategori: KategoriIki::BaruTanpaHistoris,
        polarisasi: Some(Polarisasi::Maximize),
        konsolidasi: Some(Konsolidasi::Average),
        sifat_tlk: None,
        validitas: Some(v),
        kendali: Some(k),
        konversi_120: false,
        r_worst: None,
        target_triwulan: [Some(dec!(100)); 4],
        realisasi_triwulan: [None; 4],
        target_tahunan: Some(dec!(100)),
        target_y1: None,
        realisasi_y1: None,
        realisasi_serah_terima: None,
    };
    let check = |kode: KodeProfil, tingkat: TingkatJabatan, daftar: Vec<Iki>, want: &[&str]| {
        let p = ProfilAturan::bawaan(kode);
        let s = SkpPegawai {
            tingkat,
            iki: daftar,
            ..skp(vec![])
        };
        let mut got: Vec<&str> =
            periksa_skp(&p, 2025, tgl("2025-01-10"), &KalenderLibur::default(), &s)
                .iter()
                .map(|t| t.kode.kode())
                .filter(|k| matches!(*k, "IKU-001" | "IKU-015" | "IKU-016" | "IKU-017"))
                .collect();
        got.sort();
        got.dedup();
        assert_eq!(got, want, "{kode:?} {tingkat:?}");
    };
    use Kendali::*;
    use Validitas::*;
    let tujuh = |a: Option<Aspek>| {
        (0..7)
            .map(|i| iki(i, Proxy, Moderate, a))
            .collect::<Vec<_>>()
    };
    // Seven IKIs for a pelaksana: the KMK 300 limit is provisional, so a warning (IKU-015), never IKU-001.
    check(
        KodeProfil::Kmk300_2022,
        TingkatJabatan::Pelaksana,
        tujuh(Some(Aspek::Kuantitas)),
        &["IKU-015"],
    );
    check(
        KodeProfil::Kmk127_2026,
        TingkatJabatan::Pelaksana,
        tujuh(Some(Aspek::Kuantitas)),
        &["IKU-015"],
    );
    // KMK 467's limit is verified: it blocks.
    let sebelas = (0..11)
        .map(|i| iki(i, Proxy, Moderate, Some(Aspek::Kuantitas)))
        .collect();
    check(
        KodeProfil::Kmk467_2014,
        TingkatJabatan::Pelaksana,
        sebelas,
        &["IKU-001"],
    );
    // Activity – high: allowed for staff, not for the owner of the peta strategi (KMK 467 hal. 15).
    let ah = || {
        vec![
            iki(1, Activity, High, Some(Aspek::Kuantitas)),
            iki(2, Proxy, Moderate, Some(Aspek::Kuantitas)),
            iki(3, Exact, Moderate, Some(Aspek::Kuantitas)),
        ]
    };
    check(
        KodeProfil::Kmk300_2022,
        TingkatJabatan::Pelaksana,
        ah(),
        &[],
    );
    check(
        KodeProfil::Kmk300_2022,
        TingkatJabatan::PemilikPeta,
        ah(),
        &["IKU-016"],
    );
    // No aspek: a finding, not silently kuantitas.
    check(
        KodeProfil::Kmk300_2022,
        TingkatJabatan::Pelaksana,
        vec![
            iki(1, Proxy, Moderate, None),
            iki(2, Proxy, Moderate, Some(Aspek::Waktu)),
            iki(3, Proxy, Moderate, Some(Aspek::Waktu)),
        ],
        &["IKU-017"],
    );
}
