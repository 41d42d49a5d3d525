//! Property tests of the scoring rules: bounds, monotonicity, caps, weights.
use kinerja::domain::capaian::{AturanUkur, indeks_capaian};
use kinerja::domain::model::Polarisasi;
use kinerja::domain::nilai::{IkiNhk, nhk};
use kinerja::domain::penjelasan::{Hasil, Penjelasan};
use kinerja::domain::profil::{KodeProfil, ProfilAturan};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn dec(x: i64) -> Decimal {
    Decimal::new(x, 2)
}

fn profil() -> impl Strategy<Value = ProfilAturan> {
    prop_oneof![
        Just(KodeProfil::Kmk300_2022),
        Just(KodeProfil::Kmk127_2026),
        Just(KodeProfil::Kmk467_2014)
    ]
    .prop_map(ProfilAturan::bawaan)
}

fn pol() -> impl Strategy<Value = Polarisasi> {
    prop_oneof![
        Just(Polarisasi::Maximize),
        Just(Polarisasi::Minimize),
        Just(Polarisasi::Stabilize)
    ]
}

proptest! {
    #[test]
    fn indeks_dalam_0_sampai_120(p in profil(), pl in pol(), t in -1_000_000i64..1_000_000, r in -1_000_000i64..1_000_000, k120 in any::<bool>()) {
        let a = AturanUkur { konversi_120: k120, r_worst: Some(dec(500)), ..AturanUkur::dengan(pl) };
        let h = indeks_capaian(&p, &a, dec(t), dec(r));
        if let Some(v) = h.nilai {
            prop_assert!(v >= Decimal::ZERO && v <= Decimal::from(120), "{v}");
        } else {
            prop_assert!(!h.penjelasan.catatan.is_empty());
        }
    }

    #[test]
    fn maximize_monoton(p in profil(), t in 1i64..1_000_000, r1 in 0i64..2_000_000, d in 0i64..100_000) {
        let a = AturanUkur::dengan(Polarisasi::Maximize);
        let x = indeks_capaian(&p, &a, dec(t), dec(r1)).nilai.unwrap();
        let y = indeks_capaian(&p, &a, dec(t), dec(r1 + d)).nilai.unwrap();
        prop_assert!(y >= x);
    }

    #[test]
    fn minimize_monoton_turun(p in profil(), t in 1i64..1_000_000, r1 in 0i64..2_000_000, d in 0i64..100_000) {
        let a = AturanUkur::dengan(Polarisasi::Minimize);
        let x = indeks_capaian(&p, &a, dec(t), dec(r1)).nilai.unwrap();
        let y = indeks_capaian(&p, &a, dec(t), dec(r1 + d)).nilai.unwrap();
        prop_assert!(y <= x);
    }

    #[test]
    fn nhk_paling_banyak_120(p in profil(), iki in prop::collection::vec((0i64..12_000, 50i64..130, prop::option::of(1i64..366)), 1..12), hkt in prop::collection::vec(-500i64..5_000, 0..6)) {
        let masuk: Vec<IkiNhk> = iki.iter().map(|&(i, k, h)| IkiNhk { indeks: Some(dec(i)), k3: Some(dec(k)), hari: h.map(Decimal::from) }).collect();
        let hkt: Vec<Hasil> = hkt.into_iter().map(|v| Hasil::ada(dec(v), Penjelasan::baru("HKT", p.kode, "", ""))).collect();
        let h = nhk(&p, &masuk, &hkt);
        let v = h.nhk.nilai.unwrap();
        prop_assert!(v >= Decimal::ZERO && v <= Decimal::from(120));
        prop_assert!(h.hku_k3.nilai.unwrap() <= p.parameter.batas_hku.nilai);
        // A profile without an HKT term has no HKT figure at all.
        prop_assert!(h.hkt.nilai.is_none_or(|x| x <= p.parameter.batas_hkt.nilai));
    }

    /// The K3 weights w_i = K3_i·hari_i / Σ K3_j·hari_j sum to 1: equal indices give that index back.
    #[test]
    fn bobot_k3_berjumlah_satu(iki in prop::collection::vec((50i64..130, prop::option::of(1i64..366)), 1..12), ic in 0i64..10_000) {
        let p = ProfilAturan::bawaan(KodeProfil::Kmk127_2026);
        let masuk: Vec<IkiNhk> = iki.iter().map(|&(k, h)| IkiNhk { indeks: Some(dec(ic) / dec(k)), k3: Some(dec(k)), hari: h.map(Decimal::from) }).collect();
        // NKC = IC × K3 = ic for every IKI, so the weighted mean is ic when the weights sum to 1.
        let v = kinerja::domain::nilai::hku_k3(&p, &masuk).nilai.unwrap();
        prop_assert!((v - dec(ic).min(Decimal::from(120))).abs() < Decimal::new(1, 9), "{v} vs {}", dec(ic));
    }
}
