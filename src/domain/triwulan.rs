//! Which quarter an evaluation of the year stands on: the last with any realisasi recorded, and the last whose
//! realisasi is complete, the default of the Evaluasi screen, the rekap and `kinerja skor` (a single TW IV entry must
//! not turn every NHK into "—").
use super::model::SkpPegawai;

/// The last quarter (1-4) with any realisasi recorded, 0 when none.
pub fn triwulan_terakhir(skp: &[SkpPegawai]) -> u32 {
    skp.iter()
        .flat_map(|s| &s.iki)
        .flat_map(|x| {
            x.realisasi_triwulan
                .iter()
                .enumerate()
                .filter(|(_, r)| r.is_some())
                .map(|(q, _)| q as u32 + 1)
        })
        .max()
        .unwrap_or(0)
}

/// The last quarter, up to the last with any realisasi, in which every IKI that has a target for it also has its
/// realisasi; 0 when none is. An IKI without a target in a quarter (an annual one) does not hold it back.
pub fn triwulan_lengkap(skp: &[SkpPegawai]) -> u32 {
    (1..=triwulan_terakhir(skp))
        .rev()
        .find(|&q| {
            let i = (q - 1) as usize;
            skp.iter()
                .flat_map(|s| &s.iki)
                .filter(|x| x.target_triwulan[i].is_some())
                .all(|x| x.realisasi_triwulan[i].is_some())
        })
        .unwrap_or(0)
}

/// The quarter an evaluation defaults to: the last complete one, else the last with any realisasi (a figure still
/// shows while the office is filling in), else TW I.
pub fn triwulan_bawaan(skp: &[SkpPegawai]) -> u32 {
    match triwulan_lengkap(skp) {
        0 => triwulan_terakhir(skp).max(1),
        q => q,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{
        Iki, JenisIki, KategoriIki, Konsolidasi, Polarisasi, StatusPegawai, TingkatJabatan,
    };
    use chrono::NaiveDate;
    use rust_decimal::Decimal;

    /// One pegawai whose IKIs have per quarter: 'T' a target only, 'R' a target and its realisasi, '-' neither.
    fn skp(iki: &[&str]) -> Vec<SkpPegawai> {
        let iki = iki
            .iter()
            .map(|pola| {
                let mut x = Iki {
                    kode: "1.1".into(),
                    nama: "x".into(),
                    kode_ss: None,
                    perspektif: None,
                    jenis: JenisIki::Utama,
                    aspek: None,
                    kategori: KategoriIki::Lama,
                    polarisasi: Some(Polarisasi::Maximize),
                    konsolidasi: Some(Konsolidasi::Sum),
                    sifat_tlk: None,
                    validitas: None,
                    kendali: None,
                    konversi_120: false,
                    r_worst: None,
                    target_triwulan: [None; 4],
                    realisasi_triwulan: [None; 4],
                    target_tahunan: None,
                    target_y1: None,
                    realisasi_y1: None,
                    realisasi_serah_terima: None,
                };
                for (q, c) in pola.chars().enumerate() {
                    x.target_triwulan[q] = (c != '-').then_some(Decimal::ONE);
                    x.realisasi_triwulan[q] = (c == 'R').then_some(Decimal::ONE);
                }
                x
            })
            .collect();
        vec![SkpPegawai {
            nip: "1".into(),
            nama: "A".into(),
            tingkat: TingkatJabatan::Pelaksana,
            status: StatusPegawai::Aktif,
            tanggal_mulai: NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
            punya_atasan: true,
            kk_ditandatangani: None,
            iki,
            hkt: vec![],
            dialog_kinerja: vec![],
            kembali_dari: None,
        }]
    }

    fn check(iki: &[&str], expected: (u32, u32, u32)) {
        let s = skp(iki);
        assert_eq!(
            (
                triwulan_terakhir(&s),
                triwulan_lengkap(&s),
                triwulan_bawaan(&s)
            ),
            expected,
            "{iki:?}"
        );
    }

    #[test]
    fn triwulan_evaluasi() {
        // (last with any, last complete, default)
        check(&[], (0, 0, 1));
        check(&["TTTT"], (0, 0, 1));
        check(&["RRTT", "RRTT"], (2, 2, 2));
        // One TW IV entry does not move the default past the complete TW III.
        check(&["RRRR", "RRRT"], (4, 3, 3));
        // A quarter with a missing realisasi is not complete; the one before it is.
        check(&["RRRT", "RRTT"], (3, 2, 2));
        // Nothing complete: the last with any, so a figure still shows.
        check(&["RTTT", "TTTT"], (1, 0, 1));
        // An IKI with only an annual target (none per quarter) does not hold a quarter back.
        check(&["RR--", "----"], (2, 2, 2));
    }
}
