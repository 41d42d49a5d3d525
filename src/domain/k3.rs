//! K3 (Kualitas Komitmen Kinerja): bobot kualitas IKU (validitas x kendali), bobot kualitas target, and K3.
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::model::{KategoriIki, Kendali, Polarisasi, Validitas};
use super::penjelasan::{Hasil, Penjelasan};
use super::profil::ProfilAturan;

/// KMK 127 Tabel 14 (identical in two secondary sources); None = combination not allowed
/// (KMK 467: activity-low and exact-high are forbidden).
pub fn bobot_kualitas_iku(v: Validitas, k: Kendali) -> Option<Decimal> {
    use Kendali::*;
    use Validitas::*;
    match (v, k) {
        (Exact, Low) => Some(dec!(1.20)),
        (Exact, Moderate) => Some(dec!(1.15)),
        (Exact, High) => None,
        (Proxy, Low) => Some(dec!(1.10)),
        (Proxy, Moderate) => Some(dec!(1.00)),
        (Proxy, High) => Some(dec!(0.90)),
        (Activity, Low) => None,
        (Activity, Moderate) => Some(dec!(0.80)),
        (Activity, High) => Some(dec!(0.60)),
    }
}

pub fn hasil_bobot_kualitas_iku(profil: &ProfilAturan, v: Validitas, k: Kendali) -> Hasil {
    let pj = Penjelasan::baru(
        "Bobot kualitas IKU",
        profil.kode,
        "Tabel validitas × tingkat kendali",
        "KMK 127/2026 Tabel 14; KMK 467/KMK.01/2014 hal. 15",
    )
    .masukan("Validitas", v.label())
    .masukan("Kendali", k.label());
    match bobot_kualitas_iku(v, k) {
        Some(b) => Hasil::ada(b, pj),
        None => Hasil::tidak_dapat_dihitung(
            pj,
            format!(
                "Kombinasi {} – {} tidak diperkenankan.",
                v.label(),
                k.label()
            ),
        ),
    }
}

/// What the bobot kualitas target needs about one IKI.
#[derive(Debug, Clone, PartialEq)]
pub struct DataTarget {
    pub polarisasi: Polarisasi,
    pub kategori: KategoriIki,
    pub mandatory: bool,
    /// Target fixed by law / a maximum target set by an institution at least Kementerian level: 1,2.
    pub target_ditetapkan: bool,
    pub target: Decimal,
    pub target_y1: Option<Decimal>,
    pub realisasi_y1: Option<Decimal>,
}

/// Bobot kualitas target, reading A of shared/domain.md §3.3 (two secondary readings disagree, so every
/// figure is provisional and names the branch taken).
pub fn bobot_kualitas_target(profil: &ProfilAturan, d: &DataTarget) -> Hasil {
    let mut pj = Penjelasan::baru(
        "Bobot kualitas target",
        profil.kode,
        "Perbandingan Target Y dengan Target Y-1 dan Realisasi Y-1 (bacaan A)",
        "KMK 127/2026 Tabel 15 hal. 70-75 (sekunder)",
    )
    .masukan("Kategori", d.kategori.label())
    .angka("Target Y", d.target);
    pj.sementara_karena("Tabel bobot kualitas target dibaca dari sumber sekunder yang tidak sepakat (bacaan A dipakai).");
    if d.target_ditetapkan {
        pj.catat("Target ditetapkan UU / instansi ≥ Kementerian: 1,2.");
        return Hasil::ada(dec!(1.2), pj);
    }
    if d.polarisasi == Polarisasi::Stabilize {
        pj.catat("IKI stabilize: 1,0.");
        return Hasil::ada(dec!(1.0), pj);
    }
    if d.kategori == KategoriIki::BaruTanpaHistoris {
        pj.catat("IKI baru tanpa data historis: 1,0.");
        return Hasil::ada(dec!(1.0), pj);
    }
    let Some(r1) = d.realisasi_y1 else {
        return Hasil::tidak_dapat_dihitung(
            pj,
            "Realisasi Y-1 belum diisi (wajib untuk IKI lama dan IKI baru dengan data historis).",
        );
    };
    pj = pj.angka("Realisasi Y-1", r1);
    let t1 = if d.kategori == KategoriIki::BaruDenganHistoris {
        pj.catat("IKI baru dengan data historis: Target Y-1 dianggap sama dengan Realisasi Y-1.");
        r1
    } else {
        match d.target_y1 {
            Some(t1) => t1,
            None => {
                return Hasil::tidak_dapat_dihitung(
                    pj,
                    "Target Y-1 belum diisi (wajib untuk IKI lama).",
                );
            }
        }
    };
    pj = pj.angka("Target Y-1", t1);
    // Minimize mirrors maximize: negate every value so "higher is better" holds.
    let s = if d.polarisasi == Polarisasi::Minimize {
        dec!(-1)
    } else {
        dec!(1)
    };
    let (t, t1, r1) = (d.target * s, t1 * s, r1 * s);
    let (mut b, cabang) = if t == t1 {
        if r1 > t1 {
            (dec!(0.9), "T = T-1 dan R-1 > T-1")
        } else {
            (
                dec!(1.0),
                "T = T-1 dan R-1 ≤ T-1 (R-1 = T-1 tidak diatur eksplisit)",
            )
        }
    } else if t < t1 {
        (dec!(0.8), "T < T-1")
    } else if t == r1 {
        (dec!(1.1), "T = R-1")
    } else if t > r1 {
        (dec!(1.2), "T > R-1 dan T > T-1")
    } else {
        (dec!(1.0), "T di antara T-1 dan R-1")
    };
    pj.catat(format!("Cabang: {cabang}."));
    if d.mandatory && b < dec!(1.0) {
        pj.catat("IKI mandatory tidak boleh di bawah 1,0.");
        b = dec!(1.0);
    }
    Hasil::ada(b, pj)
}

/// K3 = rata-rata bobot kualitas IKU dan bobot kualitas target (KMK 127; the spec's default under KMK 300).
pub fn k3(profil: &ProfilAturan, bobot_iku: &Hasil, bobot_target: &Hasil) -> Hasil {
    let mut pj = Penjelasan::baru(
        "K3",
        profil.kode,
        "K3 = (bobot kualitas IKU + bobot kualitas target) / 2",
        "KMK 127/2026 (sekunder)",
    );
    pj.sementara = bobot_iku.penjelasan.sementara || bobot_target.penjelasan.sementara;
    match (bobot_iku.nilai, bobot_target.nilai) {
        (Some(a), Some(b)) => Hasil::ada(
            (a + b) / dec!(2),
            pj.angka("Bobot kualitas IKU", a)
                .angka("Bobot kualitas target", b),
        ),
        (None, _) => Hasil::tidak_dapat_dihitung(pj, "Bobot kualitas IKU tidak dapat dihitung."),
        (_, None) => Hasil::tidak_dapat_dihitung(pj, "Bobot kualitas target tidak dapat dihitung."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profil::KodeProfil;

    fn check(
        cases: &[(
            Polarisasi,
            KategoriIki,
            bool,
            Decimal,
            Option<Decimal>,
            Option<Decimal>,
            Option<Decimal>,
        )],
    ) {
        let p = ProfilAturan::bawaan(KodeProfil::Kmk127_2026);
        for (pol, kat, mandatory, t, t1, r1, want) in cases.iter().cloned() {
            let d = DataTarget {
                polarisasi: pol,
                kategori: kat,
                mandatory,
                target_ditetapkan: false,
                target: t,
                target_y1: t1,
                realisasi_y1: r1,
            };
            let h = bobot_kualitas_target(&p, &d);
            assert_eq!(h.nilai, want, "{d:?}: {:?}", h.penjelasan.catatan);
            assert!(h.penjelasan.sementara);
        }
    }

    #[test]
    fn bobot_target_bacaan_a() {
        use KategoriIki::*;
        use Polarisasi::*;
        let s = |x: i64| Some(Decimal::from(x));
        check(&[
            (
                Maximize,
                Lama,
                false,
                dec!(90),
                s(90),
                s(95),
                Some(dec!(0.9)),
            ),
            (
                Maximize,
                Lama,
                false,
                dec!(90),
                s(90),
                s(85),
                Some(dec!(1.0)),
            ),
            (
                Maximize,
                Lama,
                false,
                dec!(80),
                s(90),
                s(95),
                Some(dec!(0.8)),
            ),
            (
                Maximize,
                Lama,
                true,
                dec!(80),
                s(90),
                s(95),
                Some(dec!(1.0)),
            ),
            (
                Maximize,
                Lama,
                false,
                dec!(95),
                s(90),
                s(95),
                Some(dec!(1.1)),
            ),
            (
                Maximize,
                Lama,
                false,
                dec!(99),
                s(90),
                s(95),
                Some(dec!(1.2)),
            ),
            (
                Maximize,
                Lama,
                false,
                dec!(92),
                s(90),
                s(95),
                Some(dec!(1.0)),
            ),
            (Minimize, Lama, false, dec!(8), s(10), s(7), Some(dec!(1.0))),
            (Minimize, Lama, false, dec!(6), s(10), s(7), Some(dec!(1.2))),
            (
                Minimize,
                Lama,
                false,
                dec!(12),
                s(10),
                s(7),
                Some(dec!(0.8)),
            ),
            (
                Stabilize,
                Lama,
                false,
                dec!(12),
                None,
                None,
                Some(dec!(1.0)),
            ),
            (
                Maximize,
                BaruTanpaHistoris,
                false,
                dec!(50),
                None,
                None,
                Some(dec!(1.0)),
            ),
            (
                Maximize,
                BaruDenganHistoris,
                false,
                dec!(50),
                None,
                s(40),
                Some(dec!(1.2)),
            ),
            (Maximize, Lama, false, dec!(50), None, s(40), None),
            (Maximize, Lama, false, dec!(50), s(40), None, None),
        ]);
    }

    #[test]
    fn k3_rata_rata() {
        let p = ProfilAturan::bawaan(KodeProfil::Kmk127_2026);
        let a = hasil_bobot_kualitas_iku(&p, Validitas::Exact, Kendali::Low);
        let d = DataTarget {
            polarisasi: Polarisasi::Maximize,
            kategori: KategoriIki::Lama,
            mandatory: false,
            target_ditetapkan: false,
            target: dec!(99),
            target_y1: Some(dec!(90)),
            realisasi_y1: Some(dec!(95)),
        };
        let b = bobot_kualitas_target(&p, &d);
        let h = k3(&p, &a, &b);
        assert_eq!(h.nilai, Some(dec!(1.2)));
        assert!(h.penjelasan.sementara);
        let bad = hasil_bobot_kualitas_iku(&p, Validitas::Exact, Kendali::High);
        assert_eq!(k3(&p, &bad, &b).nilai, None);
    }
}
