//! The national holidays (libur nasional) and cuti bersama of the years the app ships, as the SKB of the Menteri
//! Agama, Menteri Ketenagakerjaan and Menteri PANRB publishes them. The office can add, change or remove days
//! after filling a year from here (the calendar is its own data); an amendment to an SKB is entered that way.
use chrono::NaiveDate;

/// Libur nasional, or cuti bersama (which ASN take as annual leave, and which are not working days either).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JenisLibur {
    Nasional,
    CutiBersama,
}

/// One year's SKB: its citation and its days.
#[derive(Debug, Clone, PartialEq)]
pub struct LiburSkb {
    pub sumber: &'static str,
    pub hari: Vec<(NaiveDate, JenisLibur, &'static str)>,
}

impl LiburSkb {
    /// The name stored in the calendar: "Idulfitri 1446 Hijriah" or "Cuti bersama Idulfitri 1446 Hijriah".
    pub fn keterangan(jenis: JenisLibur, nama: &str) -> String {
        match jenis {
            JenisLibur::Nasional => nama.to_string(),
            JenisLibur::CutiBersama => format!("Cuti bersama {nama}"),
        }
    }
}

const SKB_2025: &str = "SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1017 Tahun 2024, \
Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2025 \
(17 hari libur nasional, 10 hari cuti bersama)";
const SKB_2026: &str = "SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB Nomor 1497 Tahun 2025, \
Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 \
(17 hari libur nasional, 8 hari cuti bersama)";

/// (month, day, kind, name) of each year.
const HARI_2025: &[(u32, u32, JenisLibur, &str)] = &[
    (1, 1, JenisLibur::Nasional, "Tahun Baru 2025 Masehi"),
    (1, 27, JenisLibur::Nasional, "Isra Mikraj Nabi Muhammad SAW"),
    (
        1,
        28,
        JenisLibur::CutiBersama,
        "Tahun Baru Imlek 2576 Kongzili",
    ),
    (
        1,
        29,
        JenisLibur::Nasional,
        "Tahun Baru Imlek 2576 Kongzili",
    ),
    (
        3,
        28,
        JenisLibur::CutiBersama,
        "Hari Suci Nyepi Tahun Baru Saka 1947",
    ),
    (
        3,
        29,
        JenisLibur::Nasional,
        "Hari Suci Nyepi Tahun Baru Saka 1947",
    ),
    (3, 31, JenisLibur::Nasional, "Idulfitri 1446 Hijriah"),
    (4, 1, JenisLibur::Nasional, "Idulfitri 1446 Hijriah"),
    (4, 2, JenisLibur::CutiBersama, "Idulfitri 1446 Hijriah"),
    (4, 3, JenisLibur::CutiBersama, "Idulfitri 1446 Hijriah"),
    (4, 4, JenisLibur::CutiBersama, "Idulfitri 1446 Hijriah"),
    (4, 7, JenisLibur::CutiBersama, "Idulfitri 1446 Hijriah"),
    (4, 18, JenisLibur::Nasional, "Wafat Yesus Kristus"),
    (
        4,
        20,
        JenisLibur::Nasional,
        "Kebangkitan Yesus Kristus (Paskah)",
    ),
    (5, 1, JenisLibur::Nasional, "Hari Buruh Internasional"),
    (5, 12, JenisLibur::Nasional, "Hari Raya Waisak 2569 BE"),
    (5, 13, JenisLibur::CutiBersama, "Hari Raya Waisak 2569 BE"),
    (5, 29, JenisLibur::Nasional, "Kenaikan Yesus Kristus"),
    (5, 30, JenisLibur::CutiBersama, "Kenaikan Yesus Kristus"),
    (6, 1, JenisLibur::Nasional, "Hari Lahir Pancasila"),
    (6, 6, JenisLibur::Nasional, "Iduladha 1446 Hijriah"),
    (6, 9, JenisLibur::CutiBersama, "Iduladha 1446 Hijriah"),
    (
        6,
        27,
        JenisLibur::Nasional,
        "1 Muharam Tahun Baru Islam 1447 Hijriah",
    ),
    (8, 17, JenisLibur::Nasional, "Proklamasi Kemerdekaan"),
    (9, 5, JenisLibur::Nasional, "Maulid Nabi Muhammad SAW"),
    (12, 25, JenisLibur::Nasional, "Kelahiran Yesus Kristus"),
    (12, 26, JenisLibur::CutiBersama, "Kelahiran Yesus Kristus"),
];

const HARI_2026: &[(u32, u32, JenisLibur, &str)] = &[
    (1, 1, JenisLibur::Nasional, "Tahun Baru 2026 Masehi"),
    (1, 16, JenisLibur::Nasional, "Isra Mikraj Nabi Muhammad SAW"),
    (
        2,
        16,
        JenisLibur::CutiBersama,
        "Tahun Baru Imlek 2577 Kongzili",
    ),
    (
        2,
        17,
        JenisLibur::Nasional,
        "Tahun Baru Imlek 2577 Kongzili",
    ),
    (
        3,
        18,
        JenisLibur::CutiBersama,
        "Hari Suci Nyepi Tahun Baru Saka 1948",
    ),
    (
        3,
        19,
        JenisLibur::Nasional,
        "Hari Suci Nyepi Tahun Baru Saka 1948",
    ),
    (3, 20, JenisLibur::CutiBersama, "Idulfitri 1447 Hijriah"),
    (3, 21, JenisLibur::Nasional, "Idulfitri 1447 Hijriah"),
    (3, 22, JenisLibur::Nasional, "Idulfitri 1447 Hijriah"),
    (3, 23, JenisLibur::CutiBersama, "Idulfitri 1447 Hijriah"),
    (3, 24, JenisLibur::CutiBersama, "Idulfitri 1447 Hijriah"),
    (4, 3, JenisLibur::Nasional, "Wafat Yesus Kristus"),
    (
        4,
        5,
        JenisLibur::Nasional,
        "Kebangkitan Yesus Kristus (Paskah)",
    ),
    (5, 1, JenisLibur::Nasional, "Hari Buruh Internasional"),
    (5, 14, JenisLibur::Nasional, "Kenaikan Yesus Kristus"),
    (5, 15, JenisLibur::CutiBersama, "Kenaikan Yesus Kristus"),
    (5, 27, JenisLibur::Nasional, "Iduladha 1447 Hijriah"),
    (5, 28, JenisLibur::CutiBersama, "Iduladha 1447 Hijriah"),
    (5, 31, JenisLibur::Nasional, "Hari Raya Waisak 2570 BE"),
    (6, 1, JenisLibur::Nasional, "Hari Lahir Pancasila"),
    (
        6,
        16,
        JenisLibur::Nasional,
        "1 Muharam Tahun Baru Islam 1448 Hijriah",
    ),
    (8, 17, JenisLibur::Nasional, "Proklamasi Kemerdekaan"),
    (8, 25, JenisLibur::Nasional, "Maulid Nabi Muhammad SAW"),
    (12, 24, JenisLibur::CutiBersama, "Kelahiran Yesus Kristus"),
    (12, 25, JenisLibur::Nasional, "Kelahiran Yesus Kristus"),
];

/// The SKB of `tahun`, when the app ships it.
pub fn libur_skb(tahun: i32) -> Option<LiburSkb> {
    let (sumber, hari) = match tahun {
        2025 => (SKB_2025, HARI_2025),
        2026 => (SKB_2026, HARI_2026),
        _ => return None,
    };
    Some(LiburSkb {
        sumber,
        hari: hari
            .iter()
            .filter_map(|&(m, d, j, n)| Some((NaiveDate::from_ymd_opt(tahun, m, d)?, j, n)))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each SKB's own count of days, every date a real one in its year and none twice.
    fn check(tahun: i32, nasional: usize, cuti: usize) {
        let s = libur_skb(tahun).expect("shipped");
        let n = |j| s.hari.iter().filter(|h| h.1 == j).count();
        assert_eq!(n(JenisLibur::Nasional), nasional, "{tahun} libur nasional");
        assert_eq!(n(JenisLibur::CutiBersama), cuti, "{tahun} cuti bersama");
        let mut t: Vec<_> = s.hari.iter().map(|h| h.0).collect();
        let semua = t.len();
        t.dedup();
        assert_eq!(t.len(), semua, "{tahun}: a date twice");
        assert!(t.windows(2).all(|w| w[0] < w[1]), "{tahun}: in date order");
        assert!(s.sumber.contains(&format!("Tahun {tahun}")));
    }

    #[test]
    fn skb_lengkap() {
        check(2025, 17, 10);
        check(2026, 17, 8);
        assert!(libur_skb(2024).is_none());
        let s = libur_skb(2026).unwrap();
        let idulfitri = NaiveDate::from_ymd_opt(2026, 3, 21).unwrap();
        assert!(
            s.hari
                .iter()
                .any(|h| h.0 == idulfitri && h.1 == JenisLibur::Nasional)
        );
        assert_eq!(
            LiburSkb::keterangan(JenisLibur::CutiBersama, "Idulfitri 1447 Hijriah"),
            "Cuti bersama Idulfitri 1447 Hijriah"
        );
    }
}
