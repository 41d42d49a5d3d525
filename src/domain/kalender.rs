//! Holiday calendar (libur nasional, cuti bersama) and working-day arithmetic.
use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// How many quarters of `tahun` have ended on `hari_ini` (0 before the year's first quarter is over, 4 after it).
pub fn triwulan_lewat(tahun: i32, hari_ini: NaiveDate) -> usize {
    match hari_ini.year().cmp(&tahun) {
        std::cmp::Ordering::Greater => 4,
        std::cmp::Ordering::Less => 0,
        std::cmp::Ordering::Equal => hari_ini.month0() as usize / 3,
    }
}

/// The last day of quarter `q` (1-4) of `tahun`.
pub fn akhir_triwulan(tahun: i32, q: u8) -> Option<NaiveDate> {
    let (th, bl) = if q >= 4 {
        (tahun + 1, 1)
    } else {
        (tahun, 3 * u32::from(q) + 1)
    };
    NaiveDate::from_ymd_opt(th, bl, 1)?.pred_opt()
}

/// Holidays besides Saturdays and Sundays, with their names; editable data per year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KalenderLibur {
    pub libur: BTreeMap<NaiveDate, String>,
}

impl KalenderLibur {
    pub fn dari_tanggal(tanggal: impl IntoIterator<Item = NaiveDate>) -> Self {
        KalenderLibur {
            libur: tanggal.into_iter().map(|d| (d, String::new())).collect(),
        }
    }

    pub fn hari_kerja(&self, d: NaiveDate) -> bool {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && !self.libur.contains_key(&d)
    }

    /// The n-th working day after `mulai` (counting starts the day after).
    pub fn tambah_hari_kerja(&self, mulai: NaiveDate, n: u32) -> Option<NaiveDate> {
        let mut d = mulai;
        let mut sisa = n;
        while sisa > 0 {
            d = d.checked_add_days(Days::new(1))?;
            if self.hari_kerja(d) {
                sisa -= 1;
            }
        }
        Some(d)
    }

    /// Working days in (dari, sampai], for "how many working days are left".
    pub fn jumlah_hari_kerja(&self, dari: NaiveDate, sampai: NaiveDate) -> i64 {
        dari.iter_days()
            .skip(1)
            .take_while(|d| *d <= sampai)
            .filter(|d| self.hari_kerja(*d))
            .count() as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tgl(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn hari_kerja_melewati_akhir_pekan_dan_libur() {
        let k = KalenderLibur::dari_tanggal([tgl("2025-06-06"), tgl("2025-06-09")]);
        assert_eq!(
            k.tambah_hari_kerja(tgl("2025-06-02"), 15),
            Some(tgl("2025-06-25"))
        );
        assert_eq!(
            k.tambah_hari_kerja(tgl("2025-06-02"), 0),
            Some(tgl("2025-06-02"))
        );
        let kosong = KalenderLibur::default();
        assert_eq!(
            kosong.tambah_hari_kerja(tgl("2025-07-01"), 15),
            Some(tgl("2025-07-22"))
        );
        // Friday + 1 working day = Monday
        assert_eq!(
            kosong.tambah_hari_kerja(tgl("2025-07-04"), 1),
            Some(tgl("2025-07-07"))
        );
        assert_eq!(
            k.jumlah_hari_kerja(tgl("2025-06-02"), tgl("2025-06-25")),
            15
        );
    }
}
