//! Decimal helpers: rounding for display, clamping, Indonesian number formatting.
use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds half up ("setengah ke atas") to `dp` decimals, the rounding used for display and for the vectors.
pub fn bulat(d: Decimal, dp: u32) -> Decimal {
    d.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
}

pub fn batasi(d: Decimal, bawah: Decimal, atas: Decimal) -> Decimal {
    d.max(bawah).min(atas)
}

/// Formats as Indonesian text: thousands with '.', decimals with ',' ("1.234,56").
pub fn format_id(d: Decimal, dp: u32) -> String {
    let r = bulat(d, dp);
    let neg = r.is_sign_negative() && !r.is_zero();
    let s = format!("{:.*}", dp as usize, r.abs());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(ch);
    }
    let mut out = if neg { format!("-{grouped}") } else { grouped };
    if let Some(f) = frac {
        out.push(',');
        out.push_str(&f);
    }
    out
}

/// Indonesian text with only the decimals the value has ("95,5", "1.234", "0,25").
pub fn teks_id(d: Decimal) -> String {
    let d = d.normalize();
    format_id(d, d.scale())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn format_indonesia() {
        let cases = [
            (dec!(1234567.891), 2, "1.234.567,89"),
            (dec!(0.005), 2, "0,01"),
            (dec!(-1250000), 0, "-1.250.000"),
            (dec!(100), 2, "100,00"),
            (dec!(999.999), 2, "1.000,00"),
        ];
        for (d, dp, want) in cases {
            assert_eq!(format_id(d, dp), want, "{d}");
        }
    }

    #[test]
    fn teks_tanpa_nol_berlebih() {
        assert_eq!(teks_id(dec!(95.50)), "95,5");
        assert_eq!(teks_id(dec!(1234)), "1.234");
        assert_eq!(teks_id(dec!(379.25)), "379,25");
    }

    #[test]
    fn bulat_setengah_ke_atas() {
        assert_eq!(bulat(dec!(103.0375), 2), dec!(103.04));
        assert_eq!(bulat(dec!(-0.125), 2), dec!(-0.13));
    }
}
