//! NPK, NKP and predikat of one pegawai: the pipeline the rule profile picks. Under a profile that anchors NKP to
//! the office NKO (KMK 127/2026) the pegawai's distance from the UPK head chooses the anchoring tier and hukuman
//! disiplin, dampak and koreksi adjust the result; otherwise NKP is the NKP awal of PermenPANRB 6/2022.
use rust_decimal::Decimal;

use super::angka::format_id;
use super::capaian::romawi;
use super::model::{Predikat, Rating};
use super::nilai::{MasukanNkp127, TingkatAnchoring, nkp_127, nkp_awal, npk, predikat, rating};
use super::penjelasan::{Hasil, Penjelasan};
use super::profil::ProfilAturan;
use super::skor::kalibrasi_hasil;

/// What the NKP of one pegawai needs beyond their NHK: the 360° averages, where they stand relative to the head of
/// office, and the KMK 127 adjustments recorded for the evaluated quarter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MasukanNkp {
    /// 360° averages of the atasan, the rekan and the bawahan (None: that group did not rate).
    pub perilaku_atasan: Option<Decimal>,
    pub perilaku_rekan: Option<Decimal>,
    pub perilaku_bawahan: Option<Decimal>,
    /// Someone reports to this pegawai directly.
    pub punya_bawahan: bool,
    /// The pegawai is the pemilik peta strategi (the head of office).
    pub pemilik_peta: bool,
    /// Their direct atasan is the pemilik peta strategi.
    pub melapor_ke_pemilik: bool,
    /// In a jabatan fungsional, and whether it is JF substansi.
    pub fungsional: bool,
    pub jf_substansi: bool,
    /// Nilai hukuman disiplin, nilai dampak (of their subordinates' hukdis) and koreksi (−5..5) with its reason.
    pub hukdis: Decimal,
    pub dampak: Decimal,
    pub koreksi: Decimal,
    pub alasan_koreksi: String,
    /// The year and the quarter evaluated, for the derivation.
    pub tahun: i32,
    pub sampai: usize,
}

/// NPK, NKP and predikat of one pegawai.
#[derive(Debug, Clone, PartialEq)]
pub struct NilaiNkp {
    /// After the profile's kalibrasi (the recorded 360° figure where it has none).
    pub npk: Hasil,
    pub nkp: Hasil,
    pub rating_hasil_kerja: Option<Rating>,
    pub rating_perilaku: Option<Rating>,
    pub predikat: Option<Predikat>,
}

impl NilaiNkp {
    /// No NKP yet (no NPK, no NHK or, under KMK 127, no NKO): no ratings and no predikat either.
    fn tanpa_predikat(npk: Hasil, nkp: Hasil) -> NilaiNkp {
        NilaiNkp {
            npk,
            nkp,
            rating_hasil_kerja: None,
            rating_perilaku: None,
            predikat: None,
        }
    }

    /// "Baik (hasil kerja …, perilaku …)", as the screen and the rekap show it.
    pub fn teks_predikat(&self) -> Option<String> {
        let (p, rh, rp) = (
            self.predikat?,
            self.rating_hasil_kerja?,
            self.rating_perilaku?,
        );
        Some(format!(
            "{} (hasil kerja {}, perilaku {}{})",
            p.label(),
            rh.label(),
            rp.label(),
            if self.nkp.penjelasan.sementara {
                "; sementara"
            } else {
                ""
            }
        ))
    }
}

/// How close a pegawai is to the NKO (KMK 127): a jabatan fungsional by its substance alone (JF substansi is
/// "one level"), anyone else by the line: the head and those reporting to the head are one level, the rest two or
/// more.
pub fn tingkat_anchoring(m: &MasukanNkp) -> TingkatAnchoring {
    let dekat = if m.fungsional {
        m.jf_substansi
    } else {
        m.pemilik_peta || m.melapor_ke_pemilik
    };
    if dekat {
        TingkatAnchoring::Dekat
    } else {
        TingkatAnchoring::Jauh
    }
}

/// NPK from the 360° averages (after kalibrasi); NKP by the profile's pipeline from `nhk` (as reported, after
/// kalibrasi) and, when the profile anchors NKP, the office `nko`; the predikat quadrant from the ratings.
pub fn nilai_nkp(
    profil: &ProfilAturan,
    nhk: &Hasil,
    nko: Option<&Hasil>,
    m: &MasukanNkp,
) -> NilaiNkp {
    let npk_awal = npk(
        profil,
        m.perilaku_atasan,
        m.perilaku_rekan,
        m.perilaku_bawahan,
        m.punya_bawahan,
    );
    let npk = kalibrasi_hasil(profil, "NPK", &npk_awal);
    let sementara = nhk.penjelasan.sementara || npk.penjelasan.sementara;
    let anchoring = profil.parameter.anchoring_nko.nilai;
    let (Some(h), Some(v)) = (nhk.nilai, npk.nilai) else {
        let besaran = if anchoring { "NKP" } else { "NKP awal" };
        let nkp = Hasil::tidak_dapat_dihitung(
            Penjelasan::baru(
                besaran,
                profil.kode,
                "NKP awal = bobot × NHK + (1 − bobot) × NPK",
                "PermenPANRB 6/2022; KMK 127/2026 hal. 139-149 (sekunder)",
            ),
            if npk.nilai.is_none() {
                "NPK belum ada: catat nilai perilaku (360°)."
            } else {
                "NHK belum dapat dihitung."
            },
        );
        return NilaiNkp::tanpa_predikat(npk, nkp);
    };
    let (mut nkp, rh, rp) = match (anchoring, nko.and_then(|n| n.nilai)) {
        (true, Some(nilai_nko)) => {
            let r = nkp_127(
                profil,
                &MasukanNkp127 {
                    nhk: h,
                    npk: v,
                    nko: nilai_nko,
                    tingkat: tingkat_anchoring(m),
                    hukdis: m.hukdis,
                    dampak: m.dampak,
                    koreksi: m.koreksi,
                },
            );
            let mut nkp = r.nkp;
            if m.jf_substansi {
                nkp.penjelasan.catat(
                    "JF substansi: dijangkarkan seperti satu tingkat di bawah Pimpinan UPK.",
                );
            }
            if !m.koreksi.is_zero() {
                nkp.penjelasan
                    .catat(format!("Alasan koreksi: {}", m.alasan_koreksi));
            }
            nkp.penjelasan.catat(format!(
                "Hukuman disiplin dan dampak dihitung pada TW {} {}; tercatat di Evaluasi (atau kinerja hukdis).",
                romawi(m.sampai),
                m.tahun
            ));
            (nkp, r.rating_hasil_kerja, r.rating_perilaku_kerja)
        }
        (true, None) => {
            // KMK 127's NKP is anchored to the office NKO: without it there is no NKP, only its start.
            let awal = nkp_awal(profil, h, v);
            let mut pj = awal.penjelasan.clone();
            pj.besaran = "NKP".into();
            let nkp = Hasil::tidak_dapat_dihitung(
                pj,
                format!(
                    "NKO kantor belum dapat dihitung, sehingga NKP belum dapat dijangkarkan (NKP awal {}).",
                    awal.nilai
                        .map(|d| format_id(d, 2))
                        .unwrap_or_else(|| "—".into())
                ),
            );
            return NilaiNkp::tanpa_predikat(npk, nkp);
        }
        _ => (nkp_awal(profil, h, v), rating(profil, h), rating(profil, v)),
    };
    // A figure built on a provisional one is provisional too.
    if sementara || (anchoring && nko.is_some_and(|n| n.penjelasan.sementara)) {
        nkp.penjelasan
            .sementara_karena("NHK, NPK atau NKO yang menjadi masukannya masih sementara.");
    }
    NilaiNkp {
        npk,
        nkp,
        rating_hasil_kerja: Some(rh),
        rating_perilaku: Some(rp),
        predikat: Some(predikat(rh, rp)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(m: MasukanNkp, expected: TingkatAnchoring) {
        assert_eq!(tingkat_anchoring(&m), expected, "{m:?}");
    }

    /// KMK 127: the anchoring tier from the pegawai's place (0,5 × NKO one level from the head, 0,3 further).
    #[test]
    fn tingkat_anchoring_menurut_kedudukan() {
        use TingkatAnchoring::*;
        let m = MasukanNkp::default;
        check(
            MasukanNkp {
                pemilik_peta: true,
                ..m()
            },
            Dekat,
        );
        check(
            MasukanNkp {
                melapor_ke_pemilik: true,
                ..m()
            },
            Dekat,
        );
        check(m(), Jauh);
        check(
            MasukanNkp {
                fungsional: true,
                jf_substansi: true,
                ..m()
            },
            Dekat,
        );
        // A JF reporting to the head is still placed by its substance.
        check(
            MasukanNkp {
                fungsional: true,
                melapor_ke_pemilik: true,
                ..m()
            },
            Jauh,
        );
    }
}
