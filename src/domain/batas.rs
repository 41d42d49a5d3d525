//! Limits on what people type or import: text lengths per kind of field, numbers that cannot be negative, dates
//! in a sensible range. The same limits apply in forms, the CLI and spreadsheets.
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// Kinds of text field, each with its length limit in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JenisTeks {
    /// Codes: IKU/IKI, SS, unit codes (e.g. "IKI-12.3a").
    Kode,
    /// Short labels: satuan, pangkat, golongan, status words.
    Label,
    /// Names of people, units, jabatan, the office.
    Nama,
    /// Names of IKU/IKI, SS, inovasi: a sentence.
    Kalimat,
    /// Free text: evidence, summaries, manual fields, reasons.
    Uraian,
}

impl JenisTeks {
    pub fn maks(self) -> usize {
        match self {
            JenisTeks::Kode => 40,
            JenisTeks::Label => 100,
            JenisTeks::Nama => 200,
            JenisTeks::Kalimat => 500,
            JenisTeks::Uraian => 4000,
        }
    }
}

/// Excel's own limit on a cell's text.
pub const MAKS_SEL_EXCEL: usize = 32_767;

/// None when `teks` fits its kind; otherwise the Indonesian reason.
pub fn periksa_teks(teks: &str, jenis: JenisTeks) -> Option<String> {
    let n = teks.chars().count();
    let maks = jenis.maks();
    (n > maks).then(|| format!("terlalu panjang ({n} karakter, paling banyak {maks})"))
}

/// Targets, realisasi and Y-1 figures are counts, amounts, percentages or indices: none is negative in the
/// Kemenkeu IKU catalogue, so a negative value is a typing error.
pub fn periksa_tidak_negatif(v: Decimal) -> Option<String> {
    (v.is_sign_negative() && !v.is_zero()).then(|| "tidak boleh negatif".to_string())
}

/// The earliest date any record of an office can carry (a TMT, a period, a dialog).
pub fn tanggal_paling_awal() -> NaiveDate {
    NaiveDate::from_ymd_opt(1960, 1, 1).expect("tanggal tetap")
}

/// A date a person could mean for a record of the office: from 1960 to the end of next year (a TMT or a
/// period may be set ahead for someone arriving; 2099 is a typing error).
pub fn periksa_tanggal(t: NaiveDate, hari_ini: NaiveDate) -> Option<String> {
    let akhir = NaiveDate::from_ymd_opt(hari_ini.year() + 1, 12, 31).expect("tanggal tetap");
    if t < tanggal_paling_awal() {
        Some("sebelum tahun 1960; periksa tahunnya".into())
    } else if t > akhir {
        Some(format!(
            "sesudah 31 Desember {}; periksa tahunnya",
            hari_ini.year() + 1
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn check<T: std::fmt::Debug>(hasil: Option<String>, input: T, harap: Option<&str>) {
        match (hasil.as_deref(), harap) {
            (None, None) => {}
            (Some(h), Some(k)) => assert!(h.contains(k), "{input:?}: {h}"),
            (h, k) => panic!("{input:?}: {h:?} bukan {k:?}"),
        }
    }

    #[test]
    fn batas_sebagai_data() {
        let hari_ini = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap();
        for (teks, jenis, harap) in [
            ("IKU-1", JenisTeks::Kode, None),
            (&*"K".repeat(40), JenisTeks::Kode, None),
            (
                &*"K".repeat(41),
                JenisTeks::Kode,
                Some("41 karakter, paling banyak 40"),
            ),
            (&*"é".repeat(200), JenisTeks::Nama, None),
            (
                &*"a".repeat(40_000),
                JenisTeks::Uraian,
                Some("paling banyak 4000"),
            ),
        ] {
            check(periksa_teks(teks, jenis), (teks.len(), jenis), harap);
        }
        for (v, harap) in [
            (dec!(0), None),
            (dec!(-0), None),
            (dec!(95.5), None),
            (dec!(-1), Some("negatif")),
        ] {
            check(periksa_tidak_negatif(v), v, harap);
        }
        for (t, harap) in [
            ((2025, 1, 2), None),
            ((1960, 1, 1), None),
            ((1959, 12, 31), Some("1960")),
            ((2026, 12, 31), None),
            ((2027, 1, 1), Some("31 Desember 2026")),
            ((2099, 1, 1), Some("periksa tahunnya")),
        ] {
            let d = NaiveDate::from_ymd_opt(t.0, t.1, t.2).unwrap();
            check(periksa_tanggal(d, hari_ini), d, harap);
        }
    }
}
