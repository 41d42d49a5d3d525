//! The level of a risk from its level of likelihood (kemungkinan) and of impact (dampak), each 1-5, in the shape of
//! Kemenkeu risk management (KMK 577/KMK.01/2019 tentang Manajemen Risiko di Lingkungan Kementerian Keuangan): a
//! 5x5 analysis matrix gives the besaran risiko 1-25 and the besaran gives one of five levels.
//!
//! The matrix and the bands below are the ones this project remembers from that KMK; the text itself was not
//! available offline, so the figures are provisional (`SUMBER` says so wherever a level is shown).
use serde::Serialize;

pub const SUMBER: &str =
    "matriks analisis risiko KMK 577/KMK.01/2019 (belum diverifikasi dengan naskah; sementara)";

/// What each level of likelihood means (1-5), in the words of the Kemenkeu criteria as remembered (see `SUMBER`).
pub const LABEL_KEMUNGKINAN: [&str; 5] = [
    "Hampir tidak terjadi",
    "Jarang terjadi",
    "Kadang-kadang terjadi",
    "Sering terjadi",
    "Hampir pasti terjadi",
];
/// What each level of impact means (1-5).
pub const LABEL_DAMPAK: [&str; 5] = [
    "Tidak signifikan",
    "Minor",
    "Moderat",
    "Signifikan",
    "Sangat signifikan",
];

/// Besaran risiko by [kemungkinan - 1][dampak - 1].
const MATRIKS: [[u8; 5]; 5] = [
    [1, 3, 5, 8, 20],
    [2, 7, 11, 13, 21],
    [4, 10, 14, 17, 22],
    [6, 12, 16, 19, 24],
    [9, 15, 18, 23, 25],
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum LevelRisiko {
    SangatRendah,
    Rendah,
    Sedang,
    Tinggi,
    SangatTinggi,
}

impl LevelRisiko {
    pub fn label(self) -> &'static str {
        match self {
            LevelRisiko::SangatRendah => "Sangat Rendah",
            LevelRisiko::Rendah => "Rendah",
            LevelRisiko::Sedang => "Sedang",
            LevelRisiko::Tinggi => "Tinggi",
            LevelRisiko::SangatTinggi => "Sangat Tinggi",
        }
    }
    /// 1 (sangat rendah) to 5 (sangat tinggi).
    pub fn angka(self) -> u8 {
        self as u8 + 1
    }
}

/// The besaran risiko (1-25) of levels 1-5; None when a level is out of range.
pub fn besaran(kemungkinan: u8, dampak: u8) -> Option<u8> {
    let k = usize::from(kemungkinan).checked_sub(1)?;
    let d = usize::from(dampak).checked_sub(1)?;
    MATRIKS.get(k)?.get(d).copied()
}

/// The level of a besaran risiko: 1-5 sangat rendah, 6-11 rendah, 12-15 sedang, 16-19 tinggi, 20-25 sangat tinggi.
pub fn level(besaran: u8) -> LevelRisiko {
    match besaran {
        0..=5 => LevelRisiko::SangatRendah,
        6..=11 => LevelRisiko::Rendah,
        12..=15 => LevelRisiko::Sedang,
        16..=19 => LevelRisiko::Tinggi,
        _ => LevelRisiko::SangatTinggi,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(kemungkinan: u8, dampak: u8, expected: Option<(u8, LevelRisiko)>) {
        let got = besaran(kemungkinan, dampak).map(|b| (b, level(b)));
        assert_eq!(got, expected, "kemungkinan {kemungkinan}, dampak {dampak}");
    }

    #[test]
    fn matriks_analisis() {
        use LevelRisiko::*;
        for (k, d, e) in [
            (1, 1, Some((1, SangatRendah))),
            (5, 5, Some((25, SangatTinggi))),
            (1, 5, Some((20, SangatTinggi))),
            (5, 1, Some((9, Rendah))),
            (3, 3, Some((14, Sedang))),
            (4, 3, Some((16, Tinggi))),
            (2, 2, Some((7, Rendah))),
            (0, 3, None),
            (3, 6, None),
        ] {
            check(k, d, e);
        }
    }

    #[test]
    fn setiap_besaran_sekali() {
        let mut semua: Vec<u8> = MATRIKS.iter().flatten().copied().collect();
        semua.sort();
        assert_eq!(semua, (1..=25).collect::<Vec<u8>>());
        // A higher level of either axis never lowers the besaran.
        for k in 1..=5 {
            for d in 1..5 {
                assert!(besaran(k, d) < besaran(k, d + 1));
                assert!(besaran(d, k) < besaran(d + 1, k));
            }
        }
    }
}
