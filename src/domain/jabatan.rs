//! What a jabatan's name says about its kind and tier, when the office has not set them: the guess shown beside
//! the pegawai form and used by an import that leaves those columns out.
use crate::domain::model::{JenisJabatan, TingkatJabatan};

/// "Kepala Kantor"/"Kepala KPPN" heads the office, any other "Kepala …" is a pengawas, a functional grade word
/// (ahli, terampil, mahir, penyelia, pranata, analis, pertama, madya) makes a fungsional, the rest are pelaksana.
pub fn klasifikasi_jabatan(jabatan: &str) -> (JenisJabatan, TingkatJabatan) {
    // Words in ASCII lower case joined by one space, as the importer compares headers ("persen" dropped there too).
    let kata: Vec<String> = jabatan
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("persen"))
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let n = kata.join(" ");
    if n.starts_with("kepala kantor") || n.starts_with("kepala kppn") {
        (JenisJabatan::Struktural, TingkatJabatan::PemilikPeta)
    } else if n.starts_with("kepala") {
        (JenisJabatan::Struktural, TingkatJabatan::Pengawas)
    } else if kata.iter().any(|k| {
        [
            "ahli", "terampil", "mahir", "penyelia", "pranata", "analis", "pertama", "madya",
        ]
        .contains(&k.as_str())
    }) {
        (JenisJabatan::Fungsional, TingkatJabatan::Fungsional)
    } else {
        (JenisJabatan::Pelaksana, TingkatJabatan::Pelaksana)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use JenisJabatan as J;
    use TingkatJabatan as T;

    fn check(jabatan: &str, expected: (JenisJabatan, TingkatJabatan)) {
        assert_eq!(klasifikasi_jabatan(jabatan), expected, "{jabatan:?}");
    }

    #[test]
    fn tebakan_dari_nama_jabatan() {
        for (j, e) in [
            ("Kepala Kantor", (J::Struktural, T::PemilikPeta)),
            ("KEPALA KPPN Jakarta I", (J::Struktural, T::PemilikPeta)),
            ("Kepala Seksi Bank", (J::Struktural, T::Pengawas)),
            ("Kepala Subbagian Umum", (J::Struktural, T::Pengawas)),
            (
                "Pranata Keuangan APBN Mahir",
                (J::Fungsional, T::Fungsional),
            ),
            (
                "Analis Keuangan Negara Ahli Pertama",
                (J::Fungsional, T::Fungsional),
            ),
            ("Pengolah Data", (J::Pelaksana, T::Pelaksana)),
            ("Wakil Kepala", (J::Pelaksana, T::Pelaksana)),
            // Prefixes, as the importer has always read them.
            ("Kepala Kantorwilayah", (J::Struktural, T::PemilikPeta)),
            ("Kepalaseksi", (J::Struktural, T::Pengawas)),
            ("", (J::Pelaksana, T::Pelaksana)),
        ] {
            check(j, e);
        }
    }
}
