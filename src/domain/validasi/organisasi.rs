//! Checks of the office as a whole: perspective weights, the predikat distribution guide, provisional parameters.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::domain::model::Predikat;
use crate::domain::profil::ProfilAturan;
use crate::domain::temuan::{KodeTemuan as K, Subjek, Temuan};

pub fn periksa_bobot_perspektif(profil: &ProfilAturan) -> Vec<Temuan> {
    let b = &profil.parameter.bobot_perspektif.nilai;
    let jumlah = b.stakeholder + b.customer + b.internal_process + b.learning_growth;
    if jumlah != dec!(100) {
        vec![Temuan::baru(
            K::BobotPerspektifTidak100,
            Subjek::lain("Bobot perspektif"),
            format!(
                "Jumlah bobot perspektif {}%, harus 100%.",
                jumlah.normalize()
            ),
        )]
    } else {
        vec![]
    }
}

/// DKO-001: each quarter of `tahun` without a Dialog Kinerja Organisasi about it among `triwulan_dko` (the quarters
/// the forums held discussed), once a month has passed since it ended: the forum about a quarter is held after it,
/// in the following month (an assumption of this app; KMK 300/KMK.01/2022 says only "paling sedikit setiap
/// triwulan"). So TW I is looked for from 1 Mei, TW IV from 1 Februari of the next year.
pub fn periksa_dko(tahun: i32, hari_ini: chrono::NaiveDate, triwulan_dko: &[u8]) -> Vec<Temuan> {
    (1..=4u32)
        .filter(|q| {
            let (th, bl) = if *q == 4 { (tahun + 1, 2) } else { (tahun, 3 * q + 2) };
            chrono::NaiveDate::from_ymd_opt(th, bl, 1).is_some_and(|batas| hari_ini >= batas)
        })
        .filter(|q| !triwulan_dko.contains(&(*q as u8)))
        .map(|q| {
            let tw = crate::domain::capaian::romawi(q as usize);
            Temuan::baru(
                K::DkoTriwulanKosong,
                Subjek::lain(&format!("DKO TW {tw} {tahun}")),
                format!(
                    "Belum ada Dialog Kinerja Organisasi tentang TW {tw} {tahun}, sebulan sesudah triwulan itu berakhir (paling sedikit sekali setiap triwulan)."
                ),
            )
        })
        .collect()
}

/// A milestone as the checks see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TonggakDiperiksa<'a> {
    pub kode_is: &'a str,
    pub triwulan: u8,
    pub selesai: bool,
}

/// IS-001: a milestone of a quarter that has ended and is not finished.
pub fn periksa_tonggak(
    tahun: i32,
    hari_ini: chrono::NaiveDate,
    tonggak: &[TonggakDiperiksa],
) -> Vec<Temuan> {
    tonggak
        .iter()
        .filter(|t| !t.selesai && crate::domain::kalender::akhir_triwulan(tahun, t.triwulan).is_some_and(|a| hari_ini > a))
        .map(|t| {
            let tw = crate::domain::capaian::romawi(usize::from(t.triwulan));
            Temuan::baru(
                K::TonggakTerlambat,
                Subjek::lain(&format!("{} TW {tw} {tahun}", t.kode_is)),
                format!(
                    "Tonggak TW {tw} inisiatif strategis {} belum selesai, padahal triwulannya sudah berakhir.",
                    t.kode_is
                ),
            )
        })
        .collect()
}

/// A risk as the checks see it: its mitigation's due date, whether it is finished, the quarters monitored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RisikoDiperiksa<'a> {
    pub kode: &'a str,
    pub batas: Option<chrono::NaiveDate>,
    pub selesai: bool,
    pub dipantau: Vec<u8>,
}

/// RSK-001: a mitigation past its due date and not finished. RSK-002: a quarter that ended more than a month ago
/// without monitoring of the risk (the same month of grace as the DKO, where risks are discussed), from the first
/// quarter it was monitored on; a risk never monitored is flagged for the last such quarter only (the register does
/// not say when a risk was identified, so earlier quarters are not held against it).
pub fn periksa_risiko(
    tahun: i32,
    hari_ini: chrono::NaiveDate,
    risiko: &[RisikoDiperiksa],
) -> Vec<Temuan> {
    let mut out = vec![];
    for r in risiko {
        if let Some(b) = r.batas.filter(|b| !r.selesai && hari_ini > *b) {
            out.push(Temuan::baru(
                K::MitigasiTerlambat,
                Subjek::lain(&format!("Risiko {}", r.kode)),
                format!(
                    "Mitigasi risiko {} belum selesai, batas waktunya {} sudah lewat.",
                    r.kode,
                    crate::domain::kk::tanggal_indonesia(b)
                ),
            ));
        }
        let lewat = |q: u8| {
            crate::domain::kalender::akhir_triwulan(tahun, q)
                .and_then(|a| a.checked_add_months(chrono::Months::new(1)))
                .is_some_and(|a| hari_ini > a)
        };
        let mulai = r
            .dipantau
            .iter()
            .min()
            .copied()
            .or_else(|| (1..=4u8).rev().find(|q| lewat(*q)))
            .unwrap_or(5);
        for q in mulai..=4u8 {
            if lewat(q) && !r.selesai && !r.dipantau.contains(&q) {
                let tw = crate::domain::capaian::romawi(usize::from(q));
                out.push(Temuan::baru(
                    K::RisikoTanpaPantauan,
                    Subjek::lain(&format!("Risiko {} TW {tw} {tahun}", r.kode)),
                    format!("Risiko {} belum dipantau pada TW {tw} {tahun}.", r.kode),
                ));
            }
        }
    }
    out
}

/// Organisation predikat under PermenPANRB 6/2022 (used for the distribution guide).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PredikatOrganisasi {
    Istimewa,
    Baik,
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

impl PredikatOrganisasi {
    pub fn label(self) -> &'static str {
        match self {
            PredikatOrganisasi::Istimewa => "Istimewa",
            PredikatOrganisasi::Baik => "Baik",
            PredikatOrganisasi::ButuhPerbaikan => "Butuh Perbaikan",
            PredikatOrganisasi::Kurang => "Kurang",
            PredikatOrganisasi::SangatKurang => "Sangat Kurang",
        }
    }

    /// The PermenPANRB label for a Kemenkeu predikat NKO. The spec documents no mapping; the guide's own wording
    /// "Butuh Perbaikan/Cukup" pairs Cukup with Butuh Perbaikan, and the others follow by rank (provisional).
    pub fn dari_nko(p: crate::domain::model::PredikatNko) -> Self {
        use crate::domain::model::PredikatNko as N;
        match p {
            N::SangatBaik => PredikatOrganisasi::Istimewa,
            N::Baik => PredikatOrganisasi::Baik,
            N::Cukup => PredikatOrganisasi::ButuhPerbaikan,
            N::Kurang => PredikatOrganisasi::Kurang,
            N::Buruk => PredikatOrganisasi::SangatKurang,
        }
    }
}

/// The PermenPANRB distribution guide, as warnings (shared/domain.md §6.1).
pub fn periksa_distribusi(org: PredikatOrganisasi, predikat: &[Predikat]) -> Vec<Temuan> {
    syarat_distribusi(org, predikat)
        .into_iter()
        .map(|m| {
            Temuan::baru(
                K::DistribusiPredikat,
                Subjek::lain("Sebaran predikat"),
                format!("Pedoman distribusi PermenPANRB 6/2022: {m}."),
            )
        })
        .collect()
}

/// What of the guide for `org` the office's predikat do not meet, in words ("Baik paling banyak 70%"); empty when
/// they meet it or there are none.
pub fn syarat_distribusi(org: PredikatOrganisasi, predikat: &[Predikat]) -> Vec<String> {
    let n = predikat.len();
    if n == 0 {
        return vec![];
    }
    let pct = |f: &dyn Fn(Predikat) -> bool| {
        Decimal::from(predikat.iter().filter(|p| f(**p)).count() * 100) / Decimal::from(n)
    };
    use Predikat::*;
    let sb = pct(&|p| p == SangatBaik);
    let baik = pct(&|p| p == Baik);
    let bp = pct(&|p| p == ButuhPerbaikan);
    let kurang = pct(&|p| p == Kurang);
    let sk = pct(&|p| p == SangatKurang);
    let mut masalah = Vec::new();
    let mut cek = |ok: bool, s: &str| {
        if !ok {
            masalah.push(s.to_string());
        }
    };
    match org {
        PredikatOrganisasi::Istimewa => cek(sb <= dec!(70), "Sangat Baik paling banyak 70%"),
        PredikatOrganisasi::Baik => {
            cek(baik <= dec!(70), "Baik paling banyak 70%");
            cek(
                bp + kurang > Decimal::ZERO,
                "harus ada Butuh Perbaikan dan/atau Kurang",
            );
        }
        PredikatOrganisasi::ButuhPerbaikan => {
            cek(bp >= dec!(60), "Butuh Perbaikan paling sedikit 60%");
            cek(sb <= dec!(10), "Sangat Baik paling banyak 10%");
        }
        PredikatOrganisasi::Kurang => {
            cek(kurang >= dec!(60), "Kurang paling sedikit 60%");
            cek(bp >= dec!(10), "Butuh Perbaikan paling sedikit 10%");
            cek(sb <= dec!(10), "Sangat Baik paling banyak 10%");
        }
        PredikatOrganisasi::SangatKurang => {
            cek(sk >= dec!(60), "Sangat Kurang paling sedikit 60%");
            cek(
                kurang + bp >= dec!(10),
                "Kurang/Butuh Perbaikan paling sedikit 10%",
            );
            cek(sb.is_zero(), "tidak boleh ada Sangat Baik");
        }
    }
    masalah
}

/// One info finding when the year's figures rest on parameters the regulation text did not confirm.
pub fn periksa_parameter_sementara(profil: &ProfilAturan) -> Vec<Temuan> {
    let daftar = profil.parameter_sementara();
    if daftar.is_empty() {
        return vec![];
    }
    vec![Temuan::baru(
        K::NilaiSementara,
        Subjek::lain(&format!("Profil {}", profil.kode.kode())),
        format!(
            "Nilai tahun ini bersifat sementara karena parameter berikut masih bawaan: {}.",
            daftar.join(", ")
        ),
    )]
}
