//! Derivations: every computed figure carries its inputs, formula, rule profile and citation ("Mengapa nilai ini?").
use rust_decimal::Decimal;
use serde::Serialize;

use super::angka::format_id;
use super::profil::KodeProfil;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Masukan {
    pub nama: String,
    pub nilai: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Penjelasan {
    /// What was computed, e.g. "Indeks capaian".
    pub besaran: String,
    pub rumus: String,
    pub masukan: Vec<Masukan>,
    pub profil: KodeProfil,
    /// Where the rule comes from (regulation, article, spec section).
    pub sumber: String,
    /// True when the figure rests on a default the regulation text did not confirm (UNCERTAIN in the spec).
    pub sementara: bool,
    /// Why a branch was taken, why a figure is missing, which parameter was provisional.
    pub catatan: Vec<String>,
}

impl Penjelasan {
    pub fn baru(besaran: &str, profil: KodeProfil, rumus: &str, sumber: &str) -> Self {
        Penjelasan {
            besaran: besaran.into(),
            rumus: rumus.into(),
            masukan: Vec::new(),
            profil,
            sumber: sumber.into(),
            sementara: false,
            catatan: Vec::new(),
        }
    }
    pub fn masukan(mut self, nama: &str, nilai: impl ToString) -> Self {
        self.masukan.push(Masukan {
            nama: nama.into(),
            nilai: nilai.to_string(),
        });
        self
    }
    pub fn angka(self, nama: &str, d: Decimal) -> Self {
        self.masukan(
            nama,
            format_id(d, 4).trim_end_matches('0').trim_end_matches(','),
        )
    }
    pub fn catat(&mut self, c: impl Into<String>) {
        self.catatan.push(c.into());
    }
    /// Marks the figure provisional and says which unconfirmed parameter made it so.
    pub fn sementara_karena(&mut self, alasan: impl Into<String>) {
        self.sementara = true;
        self.catatan.push(alasan.into());
    }
}

/// A computed figure: `nilai` is None when the rule says "not computable" (never a made-up 0).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hasil {
    #[serde(with = "rust_decimal::serde::str_option")]
    pub nilai: Option<Decimal>,
    pub penjelasan: Penjelasan,
}

impl Hasil {
    pub fn ada(nilai: Decimal, penjelasan: Penjelasan) -> Self {
        Hasil {
            nilai: Some(nilai),
            penjelasan,
        }
    }
    pub fn tidak_dapat_dihitung(mut penjelasan: Penjelasan, alasan: impl Into<String>) -> Self {
        penjelasan.catat(alasan);
        Hasil {
            nilai: None,
            penjelasan,
        }
    }
}
