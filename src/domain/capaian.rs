//! Indeks capaian of an IKU/IKI: polarisasi formulas, konsolidasi across quarters, and sisa target for KK komplemen.
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::angka::batasi;
use super::model::{Iki, Konsolidasi, Polarisasi, SifatTlk};
use super::penjelasan::{Hasil, Penjelasan};
use super::profil::ProfilAturan;

/// What the IKU manual says about measuring one indicator.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AturanUkur {
    pub polarisasi: Option<Polarisasi>,
    /// Target is the maximum possible (e.g. 100%): meeting it gives 120.
    pub konversi_120: bool,
    /// Minimize with target 0: the worst tolerable realisation, scored 0.
    pub r_worst: Option<Decimal>,
    /// Stabilize conversion points (capaian, indeks); None = the profile's scale.
    pub skala_stabilize: Option<Vec<(Decimal, Decimal)>>,
    /// Upper bound of a range target (the lower bound is the target itself).
    pub target_atas: Option<Decimal>,
}

impl AturanUkur {
    pub fn dengan(polarisasi: Polarisasi) -> Self {
        AturanUkur {
            polarisasi: Some(polarisasi),
            ..Default::default()
        }
    }
}

const SUMBER_IC: &str = "KMK 127/2026 hal. 37-38 (sekunder); PermenPANRB 8/2021 hal. 99/110";

pub fn indeks_capaian(
    profil: &ProfilAturan,
    aturan: &AturanUkur,
    target: Decimal,
    realisasi: Decimal,
) -> Hasil {
    let p = &profil.parameter;
    let mut pj = Penjelasan::new_ic(profil, aturan, target, realisasi);
    let Some(polarisasi) = aturan.polarisasi else {
        return Hasil::tidak_dapat_dihitung(pj, "Polarisasi belum diisi pada manual IKU.");
    };
    // Range target: the bound on the side the realisation falls (PermenPANRB 8/2021; unconfirmed for Kemenkeu).
    let mut t = target;
    if let Some(atas) = aturan.target_atas {
        if p.target_rentang.sementara_p() {
            pj.sementara_karena(
                "Aturan target rentang (batas atas/bawah) belum dikonfirmasi untuk Kemenkeu.",
            );
        }
        let (bawah, atas) = (target.min(atas), target.max(atas));
        t = if realisasi > atas {
            atas
        } else if realisasi < bawah {
            bawah
        } else {
            // Within the range the target is met exactly.
            pj.catat("Realisasi berada dalam rentang target: dianggap tepat target.");
            realisasi
        };
    }
    let mentah = match polarisasi {
        Polarisasi::Maximize => {
            if t.is_zero() {
                return Hasil::tidak_dapat_dihitung(
                    pj,
                    "Polarisasi maximize dengan target 0 tidak dapat dihitung (pembagian dengan nol).",
                );
            }
            if aturan.konversi_120 && realisasi >= t {
                pj.rumus = "Konversi 120: target maksimal tercapai → 120".into();
                dec!(120)
            } else if t > Decimal::ZERO {
                pj.rumus = "IC = R / T × 100".into();
                realisasi / t * dec!(100)
            } else {
                pj.rumus = "IC = (1 + (1 − R/T)) × 100 (maximize, target negatif)".into();
                (dec!(2) - realisasi / t) * dec!(100)
            }
        }
        Polarisasi::Minimize => {
            if t.is_zero() {
                let Some(rw) = aturan.r_worst.filter(|r| !r.is_zero()) else {
                    return Hasil::tidak_dapat_dihitung(
                        pj,
                        "Minimize dengan target 0 memerlukan R_worst (realisasi terburuk) pada manual IKU.",
                    );
                };
                pj = pj.angka("R_worst", rw);
                pj.rumus = "IC = (R_worst − R) / R_worst × 100".into();
                (rw - realisasi) / rw * dec!(100)
            } else if aturan.konversi_120 && realisasi <= t {
                pj.rumus = "Konversi 120: target minimal tercapai → 120".into();
                dec!(120)
            } else {
                pj.rumus = "IC = (1 + (1 − R/T)) × 100".into();
                (dec!(2) - realisasi / t) * dec!(100)
            }
        }
        Polarisasi::Stabilize => {
            if t.is_zero() {
                return Hasil::tidak_dapat_dihitung(
                    pj,
                    "Stabilize dengan target 0 tidak dapat dihitung (pembagian dengan nol).",
                );
            }
            let ca = if realisasi <= t {
                realisasi / t * dec!(100)
            } else {
                dec!(200) - realisasi / t * dec!(100)
            };
            let skala = match &aturan.skala_stabilize {
                Some(s) => s.clone(),
                None => {
                    if p.skala_stabilize.sementara_p() {
                        pj.sementara_karena("Skala konversi stabilize memakai contoh KMK 127; belum dikonfirmasi untuk profil ini.");
                    }
                    p.skala_stabilize.nilai.clone()
                }
            };
            pj = pj.angka("Ca", ca);
            pj.rumus = "Ca = R/T×100 bila R ≤ T, selain itu 200 − R/T×100; IC = interpolasi linear Ca pada skala stabilize".into();
            match interpolasi(&skala, ca) {
                Some(v) => v,
                None => {
                    return Hasil::tidak_dapat_dihitung(
                        pj,
                        "Skala stabilize kosong atau tidak urut.",
                    );
                }
            }
        }
    };
    let (lo, hi) = (p.indeks_min.nilai, p.indeks_max.nilai);
    if mentah < lo || mentah > hi {
        pj.catat(format!(
            "Dibatasi ke rentang {lo}..{hi} (nilai sebelum dibatasi {}).",
            mentah.round_dp(4)
        ));
    }
    if p.indeks_min.sementara_p() && mentah < lo {
        pj.sementara_karena("Batas bawah indeks 0 adalah bawaan (tidak ditemukan pada teks KMK).");
    }
    Hasil::ada(batasi(mentah, lo, hi), pj)
}

impl Penjelasan {
    fn new_ic(
        profil: &ProfilAturan,
        aturan: &AturanUkur,
        target: Decimal,
        realisasi: Decimal,
    ) -> Penjelasan {
        let pol = aturan.polarisasi.map(|p| p.label()).unwrap_or("-");
        Penjelasan::baru("Indeks capaian", profil.kode, "", SUMBER_IC)
            .masukan("Polarisasi", pol)
            .angka("Target (T)", target)
            .angka("Realisasi (R)", realisasi)
    }
}

/// Piecewise-linear through sorted points; below the first / above the last point takes the end value.
fn interpolasi(titik: &[(Decimal, Decimal)], x: Decimal) -> Option<Decimal> {
    if titik.is_empty() || titik.windows(2).any(|w| w[0].0 >= w[1].0) {
        return None;
    }
    let (x0, y0) = titik[0];
    if x <= x0 {
        return Some(y0);
    }
    for w in titik.windows(2) {
        let ((xa, ya), (xb, yb)) = (w[0], w[1]);
        if x <= xb {
            return Some(ya + (x - xa) * (yb - ya) / (xb - xa));
        }
    }
    titik.last().map(|&(_, y)| y)
}

/// Targets and realisations consolidated up to a quarter, with the index of that period.
#[derive(Debug, Clone, PartialEq)]
pub struct HasilKonsolidasi {
    pub target: Option<Decimal>,
    pub realisasi: Option<Decimal>,
    pub indeks: Hasil,
}

/// An IKI's annual target: the one set in its manual, else its quarterly targets consolidated by its own rule
/// (None when it has neither a target nor a konsolidasi).
pub fn target_tahunan(iki: &Iki) -> Option<Decimal> {
    iki.target_tahunan.or_else(|| {
        let t: Vec<Decimal> = iki.target_triwulan.iter().flatten().copied().collect();
        iki.konsolidasi.and_then(|k| gabung(k, &t))
    })
}

pub fn gabung(k: Konsolidasi, nilai: &[Decimal]) -> Option<Decimal> {
    if nilai.is_empty() {
        return None;
    }
    Some(match k {
        Konsolidasi::Sum => nilai.iter().sum(),
        Konsolidasi::Average => nilai.iter().sum::<Decimal>() / Decimal::from(nilai.len()),
        Konsolidasi::TakeLastKnown => *nilai.last()?,
    })
}

/// Period-to-date index: quarters 1..=sampai that have a target; a missing realisasi among them makes the
/// realisasi and the index "not computable" rather than a guess.
pub fn konsolidasi(
    profil: &ProfilAturan,
    aturan: &AturanUkur,
    k: Konsolidasi,
    target_tw: &[Option<Decimal>; 4],
    realisasi_tw: &[Option<Decimal>; 4],
    sampai: usize,
) -> HasilKonsolidasi {
    let sampai = sampai.clamp(1, 4);
    let mut t = Vec::new();
    let mut r = Vec::new();
    let mut kurang = Vec::new();
    for q in 0..sampai {
        if let Some(tq) = target_tw[q] {
            t.push(tq);
            match realisasi_tw[q] {
                Some(rq) => r.push(rq),
                None => kurang.push(q + 1),
            }
        }
    }
    let target = gabung(k, &t);
    let pj = Penjelasan::baru(
        "Indeks capaian s.d. triwulan",
        profil.kode,
        "Target dan realisasi triwulan yang bertarget digabung dengan aturan konsolidasi, lalu rumus polarisasi",
        "KMK 127/2026 hal. 37-38 (sekunder); KMK 467/KMK.01/2014",
    )
    .masukan("Konsolidasi", k.label())
    .masukan("Sampai triwulan", sampai);
    let Some(target_v) = target else {
        return HasilKonsolidasi {
            target: None,
            realisasi: None,
            indeks: Hasil::tidak_dapat_dihitung(
                pj,
                "Tidak ada target triwulan sampai periode ini.",
            ),
        };
    };
    if !kurang.is_empty() {
        let daftar: Vec<String> = kurang
            .iter()
            .map(|q| format!("TW {}", romawi(*q)))
            .collect();
        return HasilKonsolidasi {
            target,
            realisasi: None,
            indeks: Hasil::tidak_dapat_dihitung(
                pj,
                format!("Realisasi belum diisi untuk {}.", daftar.join(", ")),
            ),
        };
    }
    let realisasi = gabung(k, &r);
    let indeks = match realisasi {
        Some(rv) => {
            let mut h = indeks_capaian(profil, aturan, target_v, rv);
            h.penjelasan.besaran = pj.besaran.clone();
            h.penjelasan.masukan.splice(0..0, pj.masukan.clone());
            h.penjelasan.sumber = pj.sumber.clone();
            h
        }
        None => Hasil::tidak_dapat_dihitung(pj, "Tidak ada realisasi."),
    };
    HasilKonsolidasi {
        target,
        realisasi,
        indeks,
    }
}

pub fn romawi(q: usize) -> &'static str {
    ["I", "II", "III", "IV"]
        .get(q.wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

#[derive(Debug, Clone, PartialEq)]
pub struct SisaTarget {
    /// None for the quarters before the hand-over.
    pub target_triwulan: [Option<Decimal>; 4],
    pub target_tahunan: Decimal,
    pub penjelasan: Penjelasan,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SisaTargetError {
    #[error("triwulan terakhir pemegang lama harus 0..3, bukan {0}")]
    TriwulanTidakSah(usize),
    #[error("IKU take last known memerlukan sifat (progress atau akumulasi)")]
    SifatKosong,
}

/// Sisa target of a KK komplemen (KMK 467, seed 004). Sum and TLK-progress subtract from the cumulative
/// trajectory the larger of what was planned and what was achieved up to the hand-over, so an
/// over-achievement by the previous holder lowers the newcomer's targets and a shortfall does not raise them.
pub fn sisa_target(
    profil: &ProfilAturan,
    k: Konsolidasi,
    sifat: Option<SifatTlk>,
    target_tw: &[Decimal; 4],
    realisasi_sampai: Decimal,
    triwulan_terakhir: usize,
) -> Result<SisaTarget, SisaTargetError> {
    if triwulan_terakhir > 3 {
        return Err(SisaTargetError::TriwulanTidakSah(triwulan_terakhir));
    }
    let last = triwulan_terakhir;
    let mut out = [None; 4];
    let mut pj = Penjelasan::baru(
        "Sisa target KK komplemen",
        profil.kode,
        "",
        "KMK 467/KMK.01/2014 hal. 76-78 (penetapan sisa target KK komplemen)",
    )
    .masukan("Konsolidasi", k.label())
    .angka("Realisasi pemegang lama", realisasi_sampai)
    .masukan("Triwulan terakhir pemegang lama", last);
    let tahunan = match (k, sifat) {
        (Konsolidasi::Average, _) => {
            pj.rumus = "Sisa target = trajectory triwulan tanggung jawab pegawai baru; tahunan = rata-ratanya".into();
            for q in last..4 {
                out[q] = Some(target_tw[q]);
            }
            gabung(Konsolidasi::Average, &target_tw[last..]).unwrap_or_default()
        }
        (Konsolidasi::Sum, _) => {
            pj.rumus = "Kumulatif baru = max(0, kumulatif trajectory − max(realisasi, target s.d. serah terima)); per triwulan = selisihnya".into();
            let kumulatif: Vec<Decimal> = target_tw
                .iter()
                .scan(Decimal::ZERO, |s, t| {
                    *s += t;
                    Some(*s)
                })
                .collect();
            let sd = if last == 0 {
                Decimal::ZERO
            } else {
                kumulatif[last - 1]
            };
            let dasar = realisasi_sampai.max(sd);
            let mut sebelum = Decimal::ZERO;
            for q in last..4 {
                let c = (kumulatif[q] - dasar).max(Decimal::ZERO);
                out[q] = Some(c - sebelum);
                sebelum = c;
            }
            sebelum
        }
        (Konsolidasi::TakeLastKnown, None) => return Err(SisaTargetError::SifatKosong),
        (Konsolidasi::TakeLastKnown, Some(SifatTlk::Progress)) => {
            pj.rumus = "Target baru = max(0, target kumulatif − max(realisasi, target triwulan serah terima)); tahunan = triwulan IV".into();
            let sd = if last == 0 {
                Decimal::ZERO
            } else {
                target_tw[last - 1]
            };
            let dasar = realisasi_sampai.max(sd);
            for q in last..4 {
                out[q] = Some((target_tw[q] - dasar).max(Decimal::ZERO));
            }
            out[3].unwrap_or_default()
        }
        (Konsolidasi::TakeLastKnown, Some(SifatTlk::Akumulasi)) => {
            pj.rumus = "Target = trajectory unit; realisasi hanya dari data pegawai baru; tahunan = triwulan IV".into();
            for q in last..4 {
                out[q] = Some(target_tw[q]);
            }
            target_tw[3]
        }
    };
    if let Some(s) = sifat {
        pj = pj.masukan("Sifat", s.label());
    }
    Ok(SisaTarget {
        target_triwulan: out,
        target_tahunan: tahunan,
        penjelasan: pj,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profil::KodeProfil;

    fn p300() -> ProfilAturan {
        ProfilAturan::bawaan(KodeProfil::Kmk300_2022)
    }

    /// (polarisasi, konversi_120, r_worst, target, realisasi) -> expected index (None = not computable)
    fn check(
        cases: &[(
            Polarisasi,
            bool,
            Option<Decimal>,
            Decimal,
            Decimal,
            Option<Decimal>,
        )],
    ) {
        for &(pol, k120, rw, t, r, want) in cases {
            let aturan = AturanUkur {
                konversi_120: k120,
                r_worst: rw,
                ..AturanUkur::dengan(pol)
            };
            let got = indeks_capaian(&p300(), &aturan, t, r);
            assert_eq!(
                got.nilai.map(|v| v.round_dp(2)),
                want,
                "{pol:?} T={t} R={r}: {:?}",
                got.penjelasan
            );
            if want.is_none() {
                assert!(
                    !got.penjelasan.catatan.is_empty(),
                    "a missing figure must say why"
                );
            }
        }
    }

    #[test]
    fn indeks_per_polarisasi() {
        use Polarisasi::*;
        check(&[
            (Maximize, false, None, dec!(100), dec!(95), Some(dec!(95))),
            (Maximize, false, None, dec!(100), dec!(130), Some(dec!(120))),
            (Maximize, false, None, dec!(0), dec!(5), None),
            (Maximize, false, None, dec!(-10), dec!(-5), Some(dec!(120))),
            (Maximize, false, None, dec!(-10), dec!(-12), Some(dec!(80))),
            (Minimize, false, None, dec!(10), dec!(12), Some(dec!(80))),
            (Minimize, false, None, dec!(10), dec!(25), Some(dec!(0))),
            (Minimize, false, None, dec!(5), dec!(4), Some(dec!(120))),
            (
                Minimize,
                false,
                Some(dec!(10)),
                dec!(0),
                dec!(2),
                Some(dec!(80)),
            ),
            (Minimize, false, None, dec!(0), dec!(2), None),
            (
                Minimize,
                false,
                None,
                dec!(7),
                dec!(6.5),
                Some(dec!(107.14)),
            ),
            (Minimize, false, None, dec!(8), dec!(9), Some(dec!(87.5))),
            (Stabilize, false, None, dec!(100), dec!(95), Some(dec!(110))),
            (
                Stabilize,
                false,
                None,
                dec!(100),
                dec!(105),
                Some(dec!(110)),
            ),
            (
                Stabilize,
                false,
                None,
                dec!(100),
                dec!(100),
                Some(dec!(120)),
            ),
            (Stabilize, false, None, dec!(100), dec!(45), Some(dec!(50))),
            (Stabilize, false, None, dec!(100), dec!(250), Some(dec!(0))),
            (Maximize, true, None, dec!(100), dec!(100), Some(dec!(120))),
            (Maximize, true, None, dec!(100), dec!(95), Some(dec!(95))),
        ]);
    }

    #[test]
    fn target_rentang_memakai_batas_sisi_realisasi() {
        let aturan = AturanUkur {
            target_atas: Some(dec!(90)),
            ..AturanUkur::dengan(Polarisasi::Maximize)
        };
        let f = |r| {
            indeks_capaian(&p300(), &aturan, dec!(80), r)
                .nilai
                .unwrap()
                .round_dp(2)
        };
        assert_eq!(f(dec!(72)), dec!(90)); // below: lower bound 80
        assert_eq!(f(dec!(85)), dec!(100)); // inside
        assert_eq!(f(dec!(99)), dec!(110)); // above: upper bound 90
        assert!(
            indeks_capaian(&p300(), &aturan, dec!(80), dec!(85))
                .penjelasan
                .sementara
        );
    }

    #[test]
    fn polarisasi_kosong_tidak_dihitung() {
        let h = indeks_capaian(&p300(), &AturanUkur::default(), dec!(10), dec!(10));
        assert!(h.nilai.is_none());
    }

    #[test]
    fn konsolidasi_tiga_cara() {
        let t = [
            Some(dec!(10)),
            Some(dec!(20)),
            Some(dec!(25)),
            Some(dec!(35)),
        ];
        let r = [Some(dec!(8)), Some(dec!(22)), None, None];
        let aturan = AturanUkur::dengan(Polarisasi::Maximize);
        let h = konsolidasi(&p300(), &aturan, Konsolidasi::Sum, &t, &r, 2);
        assert_eq!(
            (h.target, h.realisasi, h.indeks.nilai),
            (Some(dec!(30)), Some(dec!(30)), Some(dec!(100)))
        );
        let h = konsolidasi(&p300(), &aturan, Konsolidasi::Sum, &t, &r, 3);
        assert_eq!(
            (h.target, h.realisasi, h.indeks.nilai),
            (Some(dec!(55)), None, None)
        );
        assert!(h.indeks.penjelasan.catatan[0].contains("TW III"));
        let h = konsolidasi(&p300(), &aturan, Konsolidasi::TakeLastKnown, &t, &r, 2);
        assert_eq!((h.target, h.realisasi), (Some(dec!(20)), Some(dec!(22))));
        // A quarter without a target is skipped, not counted as zero.
        let t2 = [None, Some(dec!(20)), None, Some(dec!(40))];
        let r2 = [None, Some(dec!(10)), None, Some(dec!(30))];
        let h = konsolidasi(&p300(), &aturan, Konsolidasi::Average, &t2, &r2, 4);
        assert_eq!((h.target, h.realisasi), (Some(dec!(30)), Some(dec!(20))));
    }

    #[test]
    fn sisa_target_realisasi_jauh_melebihi() {
        // The previous holder already exceeded the whole year: nothing is left, never a negative target.
        let s = sisa_target(
            &p300(),
            Konsolidasi::Sum,
            None,
            &[dec!(10), dec!(20), dec!(25), dec!(35)],
            dec!(95),
            2,
        )
        .unwrap();
        assert_eq!(
            s.target_triwulan,
            [None, None, Some(dec!(0)), Some(dec!(0))]
        );
        assert_eq!(s.target_tahunan, dec!(0));
        let s = sisa_target(
            &p300(),
            Konsolidasi::Sum,
            None,
            &[dec!(10), dec!(20), dec!(25), dec!(35)],
            dec!(60),
            2,
        )
        .unwrap();
        assert_eq!(
            s.target_triwulan,
            [None, None, Some(dec!(0)), Some(dec!(30))]
        );
        assert_eq!(
            sisa_target(
                &p300(),
                Konsolidasi::TakeLastKnown,
                None,
                &[dec!(1); 4],
                dec!(1),
                1
            ),
            Err(SisaTargetError::SifatKosong)
        );
        assert_eq!(
            sisa_target(&p300(), Konsolidasi::Sum, None, &[dec!(1); 4], dec!(1), 4),
            Err(SisaTargetError::TriwulanTidakSah(4))
        );
    }
}
