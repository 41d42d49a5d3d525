use super::*;
use crate::domain::profil::KodeProfil;

fn p(k: KodeProfil) -> ProfilAturan {
    ProfilAturan::bawaan(k)
}

fn iki(v: &[(Decimal, Decimal)]) -> Vec<IkiNhk> {
    v.iter()
        .map(|&(i, k)| IkiNhk {
            indeks: Some(i),
            k3: Some(k),
            hari: None,
        })
        .collect()
}

#[test]
fn nhk_127_contoh_sosialisasi() {
    let prof = p(KodeProfil::Kmk127_2026);
    let x = iki(&[
        (dec!(80), dec!(1.05)),
        (dec!(120), dec!(0.9)),
        (dec!(104.69), dec!(1)),
        (dec!(120), dec!(1)),
        (dec!(100), dec!(1.1)),
    ]);
    let h = hku_k3(&prof, &x);
    assert_eq!(bulat(h.nilai.unwrap(), 2), dec!(105.17));
    // Kalibrasi of the unrounded NHK (105,1663...) gives the slide's 103,87.
    assert_eq!(
        bulat(kalibrasi(&prof, h.nilai.unwrap()).nilai.unwrap(), 2),
        dec!(103.87)
    );
    assert_eq!(kalibrasi(&prof, dec!(130)).nilai, Some(dec!(115)));
    assert_eq!(kalibrasi(&prof, dec!(98.5)).nilai, Some(dec!(98.5)));
    assert_eq!(
        kalibrasi(&p(KodeProfil::Kmk300_2022), dec!(118)).nilai,
        Some(dec!(118))
    );
}

#[test]
fn bobot_hari_tabel_36() {
    // K3 [1; 1,1; 0,85], hari [365; 200; 365] -> w = 40,77 / 24,57 / 34,66 % (unrounded reading).
    let k3 = [dec!(1), dec!(1.1), dec!(0.85)];
    let hari = [dec!(365), dec!(200), dec!(365)];
    let s: Decimal = k3.iter().zip(hari).map(|(k, h)| *k * h).sum();
    let w: Vec<Decimal> = k3
        .iter()
        .zip(hari)
        .map(|(k, h)| bulat(*k * h / s * dec!(100), 2))
        .collect();
    assert_eq!(w, vec![dec!(40.77), dec!(24.57), dec!(34.66)]);
    // The same weights inside hku_k3: equal indices give that index back.
    let x: Vec<IkiNhk> = k3
        .iter()
        .zip(hari)
        .map(|(k, h)| IkiNhk {
            indeks: Some(dec!(90)),
            k3: Some(*k),
            hari: Some(h),
        })
        .collect();
    let v = hku_k3(&p(KodeProfil::Kmk127_2026), &x).nilai.unwrap();
    let expect = (dec!(90) * dec!(365)
        + dec!(99) * dec!(1.1) * dec!(200)
        + dec!(76.5) * dec!(0.85) * dec!(365))
        / s;
    assert_eq!(v, expect);
}

#[test]
fn nhk_tanpa_iki_tidak_nol() {
    let h = nhk(
        &p(KodeProfil::Kmk300_2022),
        &[IkiNhk {
            indeks: None,
            k3: Some(dec!(1)),
            hari: None,
        }],
        &[],
    );
    assert_eq!(h.nhk.nilai, None);
    assert!(!h.hku_k3.penjelasan.catatan.is_empty());
}

#[test]
fn nkp_127_tabel() {
    let prof = p(KodeProfil::Kmk127_2026);
    let run = |nhk, npk, nko, tingkat, hukdis, koreksi| {
        nkp_127(
            &prof,
            &MasukanNkp127 {
                nhk,
                npk,
                nko,
                tingkat,
                hukdis,
                dampak: dec!(0),
                koreksi,
            },
        )
    };
    use TingkatAnchoring::*;
    let jerry = run(dec!(108), dec!(96), dec!(102), Jauh, dec!(0), dec!(-5));
    assert_eq!(jerry.nkp_awal, dec!(105));
    assert_eq!(jerry.nkp.nilai, Some(dec!(100.2)));
    assert_eq!(
        (jerry.nhk_akhir, jerry.npk_akhir),
        (dec!(102.7), dec!(92.1))
    );
    assert_eq!(
        (
            jerry.rating_hasil_kerja,
            jerry.rating_perilaku_kerja,
            jerry.predikat
        ),
        (Rating::DiAtas, Rating::Sesuai, Predikat::Baik)
    );
    for (nko, t, hd, want) in [
        (dec!(120), Dekat, dec!(0), dec!(115.5)),
        (dec!(120), Jauh, dec!(0), dec!(115.5)),
        (dec!(110), Dekat, dec!(0), dec!(112.5)),
        (dec!(110), Jauh, dec!(0), dec!(113.5)),
        (dec!(120), Dekat, dec!(15), dec!(102.0)),
        (dec!(110), Dekat, dec!(3), dec!(111.0)),
        (dec!(110), Jauh, dec!(3), dec!(111.4)),
    ] {
        assert_eq!(
            run(dec!(115), dec!(115), nko, t, hd, dec!(0)).nkp.nilai,
            Some(want),
            "NKO {nko} {t:?} hukdis {hd}"
        );
    }
    // Koreksi is clamped to ±5.
    assert_eq!(
        run(dec!(100), dec!(100), dec!(100), Dekat, dec!(0), dec!(9)).nkp_awal,
        dec!(100)
    );
    assert_eq!(
        run(dec!(100), dec!(100), dec!(100), Dekat, dec!(0), dec!(9))
            .nkp
            .nilai,
        Some(dec!(102.5))
    );
}

#[test]
fn hukdis_dan_dampak() {
    let sedang = Hukdis {
        kategori: KategoriHukdis::Sedang,
        skor_mpjhd: dec!(38),
        mulai: (2026, 3),
    };
    for (tw, want) in [
        ((2026, 2), dec!(0)),
        ((2026, 3), dec!(9.5)),
        ((2026, 4), dec!(9.5)),
        ((2027, 1), dec!(9.5)),
        ((2027, 2), dec!(0)),
    ] {
        assert_eq!(
            nilai_hukdis(std::slice::from_ref(&sedang), tw),
            want,
            "{tw:?}"
        );
    }
    let dua = [
        Hukdis {
            kategori: KategoriHukdis::Ringan,
            skor_mpjhd: dec!(16),
            mulai: (2026, 2),
        },
        Hukdis {
            kategori: KategoriHukdis::Sedang,
            skor_mpjhd: dec!(57),
            mulai: (2026, 3),
        },
    ];
    assert_eq!(nilai_hukdis(&dua, (2026, 2)), dec!(1.6));
    assert_eq!(nilai_hukdis(&dua, (2026, 3)), dec!(14.25));
    assert_eq!(
        nilai_hukdis(
            &[Hukdis {
                kategori: KategoriHukdis::Berat,
                skor_mpjhd: dec!(65),
                mulai: (2026, 1)
            }],
            (2026, 4)
        ),
        dec!(26)
    );
    assert_eq!(nilai_dampak(&[dec!(26)]), dec!(1.3));
    assert_eq!(nilai_dampak(&[dec!(60), dec!(60)]), dec!(5));
}

#[test]
fn npk_dinormalkan_ulang() {
    let prof = p(KodeProfil::Kmk300_2022);
    let h = npk(&prof, Some(dec!(100)), Some(dec!(90)), None, true);
    assert_eq!(h.nilai, Some((dec!(6000) + dec!(1350)) / dec!(75)));
    assert!(h.penjelasan.sementara);
    assert_eq!(
        npk(
            &prof,
            Some(dec!(100)),
            Some(dec!(90)),
            Some(dec!(80)),
            false
        )
        .nilai,
        Some(dec!(96))
    );
    assert_eq!(npk(&prof, None, None, None, false).nilai, None);
}

#[test]
fn nko_tertimbang() {
    let prof = p(KodeProfil::Kmk300_2022);
    let h = nko(
        &prof,
        &[
            (Perspektif::Stakeholder, dec!(100), None),
            (Perspektif::Customer, dec!(110), None),
            (Perspektif::Customer, dec!(90), None),
        ],
    );
    // Stakeholder 100 × 30 + Customer 100 × 25, over 55.
    assert_eq!(h.nilai, Some(dec!(100)));
    assert!(h.penjelasan.sementara);
    assert_eq!(nko(&prof, &[]).nilai, None);
}

#[test]
fn hkt_bobot() {
    let mut prof = p(KodeProfil::Kmk300_2022);
    let h = Hkt {
        jenis: JenisHkt::Inovasi,
        lingkup: Some(Lingkup::Nasional),
        penuh_waktu: false,
        pemilik_kinerja: None,
        indeks: dec!(100),
    };
    // The bobot table ships empty (domain spec §12 #2): no weight, no figure.
    let tanpa = nilai_hkt(&prof, &h);
    assert_eq!(tanpa.nilai, None);
    assert!(tanpa.penjelasan.catatan[0].contains("bobot belum ditetapkan"));
    prof.ubah_parameter(
        "bobot_hkt",
        serde_json::to_value(crate::domain::profil::BobotHkt::contoh()).unwrap(),
    )
    .unwrap();
    let dengan = nilai_hkt(&prof, &h);
    assert_eq!(dengan.nilai, Some(dec!(15)));
    assert!(!dengan.penjelasan.sementara, "office-set weights");
    let s = Hkt {
        jenis: JenisHkt::SquadTeam,
        lingkup: None,
        penuh_waktu: true,
        pemilik_kinerja: None,
        indeks: dec!(100),
    };
    assert_eq!(nilai_hkt(&prof, &s).nilai, None);
}

#[test]
fn rating_dari_angka_tampil() {
    let prof = p(KodeProfil::Kmk300_2022);
    // (value, rating): judged on the 2-decimal figure the screen shows.
    for (v, want) in [
        (dec!(100.004), Rating::Sesuai),
        (dec!(100.005), Rating::DiAtas),
        (dec!(89.995), Rating::Sesuai),
        (dec!(89.994), Rating::DiBawah),
    ] {
        assert_eq!(rating(&prof, v), want, "{v}");
    }
    let mut tepat = prof.clone();
    tepat
        .ubah_parameter("rating_dibulatkan", serde_json::json!(false))
        .unwrap();
    assert_eq!(rating(&tepat, dec!(100.004)), Rating::DiAtas);
}
