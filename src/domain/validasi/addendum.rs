//! Addendum checks: its reason decides its deadline (KMK 467, seed 004).

use chrono::{Days, NaiveDate};

use crate::domain::model::TingkatJabatan;
use crate::domain::profil::ProfilAturan;
use crate::domain::temuan::{KodeTemuan as K, Subjek, Temuan};

/// Why an addendum is proposed: it decides its deadline (KMK 467, seed 004).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlasanAddendum {
    /// Ordinary change: by 20 Juli.
    Umum,
    /// Law, or a policy/direction of the Minister: by 18 Oktober.
    Kebijakan,
    /// Change in the number of pelaksana in one eselon IV / functional group: 15 days after the change, and
    /// not after 18 Oktober (pelaksana and fungsional only).
    KomposisiPegawai { tanggal_perubahan: NaiveDate },
}

/// Findings for a proposed addendum dated `tanggal`.
pub fn periksa_addendum(
    profil: &ProfilAturan,
    tahun: i32,
    nip: &str,
    tingkat: TingkatJabatan,
    alasan: AlasanAddendum,
    tanggal: NaiveDate,
) -> Vec<Temuan> {
    let t = &profil.parameter.tenggat.nilai;
    // Seed 004: an addendum for a change in staff composition is only for the pelaksana or fungsional level.
    if matches!(alasan, AlasanAddendum::KomposisiPegawai { .. })
        && !matches!(
            tingkat,
            TingkatJabatan::Pelaksana | TingkatJabatan::Fungsional
        )
    {
        return vec![Temuan::baru(
            K::AddendumKomposisiBukanPelaksana,
            Subjek::pegawai(nip),
            format!(
                "Addendum karena perubahan komposisi pegawai hanya untuk pelaksana atau fungsional, bukan {}.",
                tingkat.label()
            ),
        )];
    }
    let hari = |dm| crate::domain::profil::TenggatKk::tanggal(tahun, dm);
    let (batas, aturan) = match alasan {
        AlasanAddendum::Umum => (hari(t.batas_addendum), "paling lambat 20 Juli".to_string()),
        AlasanAddendum::Kebijakan => (
            hari(t.batas_addendum_kebijakan),
            "karena peraturan/kebijakan: paling lambat 18 Oktober".to_string(),
        ),
        AlasanAddendum::KomposisiPegawai { tanggal_perubahan } => {
            let b = tanggal_perubahan.checked_add_days(Days::new(t.hari_addendum_komposisi.into()));
            let akhir = hari(t.batas_addendum_kebijakan);
            (b.zip(akhir).map(|(b, a)| b.min(a)), "karena perubahan komposisi pegawai: 15 hari sejak perubahan, paling lambat 18 Oktober".to_string())
        }
    };
    match batas {
        Some(b) if tanggal > b => vec![Temuan::baru(
            K::AddendumLewatBatas,
            Subjek::pegawai(nip),
            format!(
                "Usulan addendum tanggal {} melewati batas {} ({aturan}).",
                tanggal.format("%d-%m-%Y"),
                b.format("%d-%m-%Y")
            ),
        )],
        _ => vec![],
    }
}
