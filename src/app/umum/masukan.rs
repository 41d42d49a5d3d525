//! What people type, read one way everywhere: Indonesian numbers ("1.234,5", "95,5%"), dates ("31/01/2025",
//! "31 Januari 2025") and NIPs, from a form field, a grid cell or a spreadsheet cell. Errors name what was read.
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::{AppError, salah};
use crate::domain::nip::Nip;
use crate::xlsx::Sel;

/// Why a cell value (or a mapping fix) is not acceptable; becomes the message of a located `GalatSel`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct GalatNilai(pub String);

impl From<String> for GalatNilai {
    fn from(s: String) -> Self {
        GalatNilai(s)
    }
}

/// The number convention of a column, decided from its unambiguous cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lokal {
    /// 1.234,56
    Indonesia,
    /// 1,234.56
    Inggris,
    /// No text cell decides it (numbers stored as numbers, or plain integers).
    Bebas,
}

fn bersih_angka(t: &str) -> String {
    t.trim()
        .trim_start_matches("Rp")
        .trim_start_matches("rp")
        .replace([' ', '\u{a0}'], "")
        .trim_end_matches('%')
        .to_string()
}

/// Evidence of one text cell: Some(Indonesia/Inggris) when the format tells, None when it does not.
fn bukti(t: &str) -> Option<Lokal> {
    let s = bersih_angka(t);
    let s = s.trim_start_matches('-');
    let (titik, koma) = (s.matches('.').count(), s.matches(',').count());
    match (titik, koma) {
        (0, 0) => None,
        (0, 1) => Some(Lokal::Indonesia),
        (1, 0) => {
            // "1.234" could be either; "1.5" or "12.75" can only be a decimal point.
            let frac = s.split('.').nth(1).unwrap_or("");
            if frac.len() == 3 {
                None
            } else {
                Some(Lokal::Inggris)
            }
        }
        (_, 0) => Some(Lokal::Indonesia),
        (0, _) => Some(Lokal::Inggris),
        _ => {
            if s.rfind(',') > s.rfind('.') {
                Some(Lokal::Indonesia)
            } else {
                Some(Lokal::Inggris)
            }
        }
    }
}

/// Thousands separators only between groups of three digits ("1.234.567"), one decimal separator at most and
/// none of them after it: "12,3,4" is a typing error, not 1234.
fn kelompok_sah(s: &str, ribuan: char, desimal: char) -> bool {
    let s = s.trim_start_matches('-');
    let mut bagian = s.split(desimal);
    let bulat = bagian.next().unwrap_or("");
    let pecahan: Vec<&str> = bagian.collect();
    if pecahan.len() > 1 || pecahan.first().is_some_and(|f| f.contains(ribuan)) {
        return false;
    }
    let kelompok: Vec<&str> = bulat.split(ribuan).collect();
    kelompok.len() == 1
        || ((1..=3).contains(&kelompok[0].len()) && kelompok[1..].iter().all(|k| k.len() == 3))
}

/// Decides a column's convention; conflicting cells are an error naming both rows.
pub fn lokal_kolom(sel: &[(u32, &Sel)]) -> Result<Lokal, GalatNilai> {
    let mut ketemu: Option<(Lokal, u32)> = None;
    for (r, s) in sel {
        if let Sel::Teks(t) = s
            && let Some(l) = bukti(t)
        {
            match ketemu {
                Some((k, r0)) if k != l => {
                    return Err(format!(
                            "format angka bercampur: baris {r0} memakai {k:?}, baris {r} memakai {l:?}; samakan formatnya"
                        ).into());
                }
                None => ketemu = Some((l, *r)),
                _ => {}
            }
        }
    }
    Ok(ketemu.map(|(l, _)| l).unwrap_or(Lokal::Bebas))
}

/// A cell as a decimal under its column's convention. Text with % keeps its percent points ("95,5%" = 95.5).
pub fn angka(sel: &Sel, lokal: Lokal) -> Result<Option<Decimal>, GalatNilai> {
    match sel {
        Sel::Kosong => Ok(None),
        // Whole numbers, most targets, are exact in an f64 below 2^53 and skip the general conversion.
        Sel::Angka(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(Some(Decimal::from(*f as i64))),
        Sel::Angka(f) => Decimal::from_f64(*f)
            .map(|d| Some(d.round_dp(6).normalize()))
            .ok_or_else(|| format!("angka {f} di luar jangkauan").into()),
        Sel::Teks(t) => angka_teks(t, lokal),
        Sel::Bool(_) | Sel::Tanggal(_) => Err(format!("\"{}\" bukan angka", sel.teks()).into()),
        Sel::Galat(e) => Err(format!("sel berisi {e}").into()),
    }
}

/// Text as a decimal under a convention (a form field is always Indonesian): empty or "-" is None, "95,5%" keeps
/// its percent points (95.5), a malformed group ("12,3,4") is an error, never a guess.
pub fn angka_teks(t: &str, lokal: Lokal) -> Result<Option<Decimal>, GalatNilai> {
    if t.trim().is_empty() || t.trim() == "-" {
        return Ok(None);
    }
    let s = bersih_angka(t);
    let salah = || format!("\"{t}\" bukan angka").into();
    let norm = match (lokal, bukti(t)) {
        (_, Some(Lokal::Indonesia)) | (Lokal::Indonesia, None) => {
            if !kelompok_sah(&s, '.', ',') {
                return Err(salah());
            }
            s.replace('.', "").replace(',', ".")
        }
        (_, Some(Lokal::Inggris)) | (Lokal::Inggris, None) => {
            if !kelompok_sah(&s, ',', '.') {
                return Err(salah());
            }
            s.replace(',', "")
        }
        (Lokal::Bebas, None) if s.contains('.') => {
            return Err(format!(
                    "\"{t}\" ambigu (1.234 bisa seribu dua ratus tiga puluh empat atau 1,234); tulis dengan desimal yang jelas"
                ).into());
        }
        _ => s.clone(),
    };
    Decimal::from_str(&norm)
        .map(|d| Some(d.normalize()))
        .map_err(|_| salah())
}

const BULAN: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];

/// Dates as Excel dates, "31/01/2025", "31-01-2025", "2025-01-31" or "31 Januari 2025".
pub fn tanggal(sel: &Sel) -> Result<Option<NaiveDate>, GalatNilai> {
    match sel {
        Sel::Kosong => Ok(None),
        Sel::Tanggal(d) => Ok(Some(*d)),
        Sel::Teks(t) => tanggal_teks(t),
        _ => Err(format!("\"{}\" bukan tanggal", sel.teks()).into()),
    }
}

/// Text as a date: "31/01/2025", "31-01-2025", "2025-01-31", "31.01.2025" or "31 Januari 2025" (a month's first
/// three letters will do); empty is None.
pub fn tanggal_teks(t: &str) -> Result<Option<NaiveDate>, GalatNilai> {
    if t.trim().is_empty() {
        return Ok(None);
    }
    let s = t.trim();
    for f in ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Ok(Some(d));
        }
    }
    let w: Vec<String> = s.split_whitespace().map(|x| x.to_lowercase()).collect();
    if let [d, m, y] = w.as_slice()
        && let (Ok(d), Some(m), Ok(y)) = (
            d.parse::<u32>(),
            BULAN
                .iter()
                .position(|b| b == m || (m.len() >= 3 && b.starts_with(m.as_str()))),
            y.parse::<i32>(),
        )
        && let Some(t) = NaiveDate::from_ymd_opt(y, m as u32 + 1, d)
    {
        return Ok(Some(t));
    }
    Err(format!("\"{t}\" bukan tanggal (contoh: 31/01/2025 atau 31 Januari 2025)").into())
}

/// A NIP cell: text of 18 digits. A NIP stored as a number has lost its last digits (Excel keeps 15).
pub fn nip(sel: &Sel) -> Result<Option<String>, GalatNilai> {
    match sel {
        Sel::Kosong => Ok(None),
        Sel::Angka(f) => Err(format!(
            "NIP tersimpan sebagai angka ({f:E}): Excel hanya menyimpan 15 digit sehingga digit terakhir hilang; format kolom sebagai Teks lalu ketik ulang"
        ).into()),
        s => {
            let t = s.teks();
            if t.is_empty() {
                return Ok(None);
            }
            Nip::parse(&t)
                .map(|n| Some(n.to_string()))
                .map_err(|e| GalatNilai(e.to_string()))
        }
    }
}

pub(crate) fn isi(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// A number typed by the user in Indonesian notation ("1.234,5", "95,5", "95,5%"); the error names the field.
pub fn desimal_masukan(field: &str, s: &str) -> Result<Option<Decimal>, AppError> {
    angka_teks(s, Lokal::Indonesia).map_err(|e| salah(field, e.0))
}

/// `desimal_masukan` for a target, realisasi, Y-1 figure, pagu or score: a negative value is refused, naming the
/// field.
pub fn desimal_tidak_negatif(field: &str, s: &str) -> Result<Option<Decimal>, AppError> {
    let v = desimal_masukan(field, s)?;
    if let Some(p) = v.and_then(crate::domain::batas::periksa_tidak_negatif) {
        return Err(salah(field, p));
    }
    Ok(v)
}

/// A date typed by the user ("15/03/2026", "15 Maret 2026", or the ISO date a date picker sends); the error names
/// the field.
pub fn tanggal_masukan(field: &str, s: &str) -> Result<Option<NaiveDate>, AppError> {
    tanggal_teks(s).map_err(|e| salah(field, e.0))
}

/// A required date typed by the user: "15/03/2026", "15 Maret 2026", or the ISO date a form sends back as it was
/// shown.
pub fn tanggal_isian(field: &str, s: &str) -> Result<NaiveDate, AppError> {
    tanggal_masukan(field, s)?.ok_or_else(|| salah(field, "wajib diisi (tanggal, mis. 31/01/2025)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text cells under a column convention: the value, or None for an error.
    #[test]
    fn angka_teks_dan_kelompok_ribuan() {
        use Lokal::*;
        let check = |t: &str, l: Lokal, want: Option<&str>| {
            let got = angka(&Sel::Teks(t.into()), l)
                .ok()
                .map(|d| d.map(|d| d.to_string()).unwrap_or_default());
            assert_eq!(got.as_deref(), want, "{t:?} {l:?}");
        };
        check("1.234,5", Indonesia, Some("1234.5"));
        check("1.234.567", Indonesia, Some("1234567"));
        check("95,5%", Indonesia, Some("95.5"));
        check("Rp 1.250.000", Indonesia, Some("1250000"));
        check("-2,25", Indonesia, Some("-2.25"));
        check("1,234.5", Inggris, Some("1234.5"));
        check("1234", Bebas, Some("1234"));
        check("", Indonesia, Some(""));
        // Typing errors are errors, never a guessed number.
        check("12,3,4", Indonesia, None);
        check("12,3,4", Inggris, None);
        check("1.23.456", Indonesia, None);
        check("1.2345.678", Indonesia, None);
        check("1,5,0", Bebas, None);
        check("1.234,5,6", Indonesia, None);
        check("1,234.5.6", Inggris, None);
        check("1.234", Bebas, None);
        check("abc", Indonesia, None);
    }
}
