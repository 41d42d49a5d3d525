//! The progress of an inisiatif strategis: the mean of its milestones' progress (0-100) up to a quarter. No source
//! weighs the milestones, so each counts the same (this app's rule, said wherever the figure is explained).
use rust_decimal::Decimal;

/// `tonggak`: (quarter 1-4, progress 0-100). None when no milestone falls in quarters 1..=`sampai`.
pub fn progres_rata(tonggak: &[(u8, u8)], sampai: u8) -> Option<Decimal> {
    let t: Vec<u8> = tonggak
        .iter()
        .filter(|(q, _)| *q <= sampai)
        .map(|(_, p)| *p)
        .collect();
    (!t.is_empty())
        .then(|| t.iter().map(|p| Decimal::from(*p)).sum::<Decimal>() / Decimal::from(t.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn check(tonggak: &[(u8, u8)], sampai: u8, expected: Option<Decimal>) {
        assert_eq!(
            progres_rata(tonggak, sampai),
            expected,
            "{tonggak:?} s.d. TW {sampai}"
        );
    }

    #[test]
    fn rata_rata_tonggak() {
        let t = [(1, 100), (2, 100), (3, 100), (4, 60)];
        check(&t, 4, Some(dec!(90)));
        check(&t, 2, Some(dec!(100)));
        check(&[(2, 40), (3, 0), (4, 0)], 1, None);
        check(&[(1, 40), (1, 20)], 4, Some(dec!(30)));
        check(&[], 4, None);
    }
}
