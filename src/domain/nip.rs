//! NIP: the 18-digit civil-servant number (birth date, TMT CPNS, gender digit, sequence), validated.
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Nip(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NipError {
    #[error("NIP harus 18 digit angka (tertulis {0} karakter)")]
    Panjang(usize),
    #[error("NIP hanya boleh berisi angka")]
    BukanAngka,
    #[error(
        "NIP tampak tersimpan sebagai angka di Excel (notasi ilmiah {0}): digit terakhir hilang, ketik ulang sebagai teks"
    )]
    NotasiIlmiah(String),
    #[error("Digit 1-8 NIP (tanggal lahir) bukan tanggal yang sah: {0}")]
    TanggalLahir(String),
    #[error("Digit 9-14 NIP (TMT CPNS tahun-bulan) tidak sah: {0}")]
    TmtCpns(String),
    #[error("TMT CPNS ({tmt}) tidak mungkin sebelum usia 18 tahun (lahir {lahir})")]
    TmtTerlaluDini { lahir: String, tmt: String },
    #[error("Digit 15 NIP (jenis kelamin) harus 1 atau 2, tertulis {0}")]
    JenisKelamin(char),
    #[error("Digit 16-18 NIP (nomor urut) tidak boleh 000")]
    NomorUrut,
}

impl Nip {
    /// Accepts spaces and dots people type between the parts ("19850312 201001 1 003").
    pub fn parse(s: &str) -> Result<Nip, NipError> {
        let t = s.trim();
        if t.contains(['E', 'e']) && t.chars().any(|c| c.is_ascii_digit()) && t.contains('+') {
            return Err(NipError::NotasiIlmiah(t.to_string()));
        }
        let d: String = t
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '\u{a0}'))
            .collect();
        if !d.chars().all(|c| c.is_ascii_digit()) {
            return Err(NipError::BukanAngka);
        }
        if d.len() != 18 {
            return Err(NipError::Panjang(d.len()));
        }
        let lahir = NaiveDate::parse_from_str(&d[0..8], "%Y%m%d")
            .map_err(|_| NipError::TanggalLahir(d[0..8].to_string()))?;
        let tmt_y: i32 = d[8..12]
            .parse()
            .map_err(|_| NipError::TmtCpns(d[8..14].to_string()))?;
        let tmt_m: u32 = d[12..14]
            .parse()
            .map_err(|_| NipError::TmtCpns(d[8..14].to_string()))?;
        NaiveDate::from_ymd_opt(tmt_y, tmt_m, 1)
            .ok_or_else(|| NipError::TmtCpns(d[8..14].to_string()))?;
        if tmt_y < lahir.year() + 18 {
            return Err(NipError::TmtTerlaluDini {
                lahir: d[0..8].to_string(),
                tmt: d[8..14].to_string(),
            });
        }
        let g = d.as_bytes()[14] as char;
        if g != '1' && g != '2' {
            return Err(NipError::JenisKelamin(g));
        }
        if &d[15..18] == "000" {
            return Err(NipError::NomorUrut);
        }
        Ok(Nip(d))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn tanggal_lahir(&self) -> NaiveDate {
        // Validated in parse.
        NaiveDate::parse_from_str(&self.0[0..8], "%Y%m%d").unwrap_or_default()
    }
    pub fn perempuan(&self) -> bool {
        self.0.as_bytes()[14] == b'2'
    }
    /// "19850312 201001 1 003", the way NIPs are printed on documents.
    pub fn berformat(&self) -> String {
        format!(
            "{} {} {} {}",
            &self.0[0..8],
            &self.0[8..14],
            &self.0[14..15],
            &self.0[15..18]
        )
    }
}

impl fmt::Display for Nip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl TryFrom<String> for Nip {
    type Error = NipError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Nip::parse(&s)
    }
}
impl From<Nip> for String {
    fn from(n: Nip) -> String {
        n.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(cases: &[(&str, Result<&str, NipError>)]) {
        for (input, want) in cases {
            let got = Nip::parse(input);
            match want {
                Ok(s) => assert_eq!(got.as_ref().map(|n| n.as_str()), Ok(*s), "{input}"),
                Err(e) => assert_eq!(got.as_ref().err(), Some(e), "{input}"),
            }
        }
    }

    #[test]
    fn validasi_nip() {
        check(&[
            ("198503122010011003", Ok("198503122010011003")),
            ("19850312 201001 1 003", Ok("198503122010011003")),
            ("199001012015032001", Ok("199001012015032001")),
            ("19850312201001100", Err(NipError::Panjang(17))),
            ("1985031220100110031", Err(NipError::Panjang(19))),
            ("19850312201001100A", Err(NipError::BukanAngka)),
            (
                "1.98503E+17",
                Err(NipError::NotasiIlmiah("1.98503E+17".into())),
            ),
            (
                "198502302010011003",
                Err(NipError::TanggalLahir("19850230".into())),
            ),
            (
                "198503122010131003",
                Err(NipError::TmtCpns("201013".into())),
            ),
            (
                "198503121995011003",
                Err(NipError::TmtTerlaluDini {
                    lahir: "19850312".into(),
                    tmt: "199501".into(),
                }),
            ),
            ("198503122010013003", Err(NipError::JenisKelamin('3'))),
            ("198503122010011000", Err(NipError::NomorUrut)),
        ]);
    }

    #[test]
    fn bagian_nip() {
        let n = Nip::parse("199001012015032001").unwrap();
        assert!(n.perempuan());
        assert_eq!(n.berformat(), "19900101 201503 2 001");
        assert_eq!(
            n.tanggal_lahir(),
            NaiveDate::from_ymd_opt(1990, 1, 1).unwrap()
        );
    }
}
