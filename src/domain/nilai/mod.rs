//! Scores of people and units: NHK (HKU K3 + HKT), NKO, NPK, NKP, rating, predikat, kalibrasi, KMK 127 pipeline.
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::angka::{batasi, bulat};
use super::model::{JenisHkt, Lingkup, PemilikKinerja, Perspektif, Predikat, PredikatNko, Rating};
use super::penjelasan::{Hasil, Penjelasan};
use super::profil::ProfilAturan;

/// One IKI as it enters the NHK: its index, its K3 and (for SKP addenda) the days it was active.
#[derive(Debug, Clone, PartialEq)]
pub struct IkiNhk {
    pub indeks: Option<Decimal>,
    pub k3: Option<Decimal>,
    pub hari: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HasilNhk {
    pub hku_k3: Hasil,
    pub hkt: Hasil,
    pub nhk: Hasil,
}

fn cek_sementara(pj: &mut Penjelasan, sementara: bool, alasan: &str) {
    if sementara {
        pj.sementara_karena(alasan);
    }
}

/// HKU K3: NKC_i = min(120, IC_i × K3_i); w_i = K3_i·hari_i / Σ K3_j·hari_j; HKU = min(batas, Σ NKC_i·w_i).
/// IKIs without index or K3 are left out and named (the figure is then partial, not zero).
pub fn hku_k3(profil: &ProfilAturan, iki: &[IkiNhk]) -> Hasil {
    let p = &profil.parameter;
    let batas = p.batas_hku.nilai;
    let mut pj = Penjelasan::baru(
        "HKU K3",
        profil.kode,
        "NKC = min(120, IC × K3); bobot = K3 × hari / Σ(K3 × hari); HKU K3 = min(batas HKU, Σ NKC × bobot)",
        "KMK 300/KMK.01/2022 dan SE-17/MK.1/2022 (HKU K3 maks. 105); KMK 127/2026 hal. 125-126 Tabel 35/36 (sekunder)",
    )
    .angka("Batas HKU", batas);
    cek_sementara(
        &mut pj,
        p.hku_berbobot_k3.sementara_p(),
        "Rumus HKU K3 KMK 300 tidak ditemukan; dipakai pembobotan K3 KMK 127.",
    );
    cek_sementara(
        &mut pj,
        p.batas_hku.sementara_p(),
        "Batas HKU profil ini belum dikonfirmasi.",
    );
    let round = p.pembulatan_antara.nilai;
    let mut sum_w = Decimal::ZERO;
    let mut sum = Decimal::ZERO;
    let mut dilewati = 0;
    for (i, x) in iki.iter().enumerate() {
        let (Some(ic), Some(k3)) = (x.indeks, x.k3) else {
            dilewati += 1;
            pj.catat(format!(
                "IKI ke-{} tanpa indeks atau K3: tidak ikut dihitung.",
                i + 1
            ));
            continue;
        };
        if k3 <= Decimal::ZERO || x.hari.is_some_and(|h| h < Decimal::ZERO) {
            dilewati += 1;
            pj.catat(format!(
                "IKI ke-{}: K3 atau jumlah hari tidak sah, tidak ikut dihitung.",
                i + 1
            ));
            continue;
        }
        let hari = x.hari.unwrap_or(Decimal::ONE);
        let mut nkc = (ic * k3).min(dec!(120));
        if round {
            nkc = bulat(nkc, 2);
        }
        pj = pj.masukan(
            &format!("IKI {}", i + 1),
            format!(
                "IC {} × K3 {} = NKC {}",
                ic.round_dp(2),
                k3,
                nkc.round_dp(2)
            ),
        );
        sum += nkc * k3 * hari;
        sum_w += k3 * hari;
    }
    if sum_w.is_zero() {
        return Hasil::tidak_dapat_dihitung(
            pj,
            "Tidak ada IKI dengan indeks dan K3 yang dapat dihitung.",
        );
    }
    if dilewati > 0 {
        pj.catat(format!("{dilewati} IKI dilewati: nilai bersifat parsial."));
    }
    let awal = (sum / sum_w).min(p.batas_nhk.nilai);
    if awal > batas {
        pj.catat(format!(
            "NHK awal {} dibatasi ke {batas}.",
            awal.round_dp(2)
        ));
    }
    Hasil::ada(awal.min(batas), pj)
}

/// One HKT: its type, scope or squad attributes, and its IKI index (target 100%).
#[derive(Debug, Clone, PartialEq)]
pub struct Hkt {
    pub jenis: JenisHkt,
    pub lingkup: Option<Lingkup>,
    pub penuh_waktu: bool,
    pub pemilik_kinerja: Option<PemilikKinerja>,
    pub indeks: Decimal,
}

/// Weighted HKT value = indeks × bobot(jenis, lingkup/sifat). None when the combination has no weight.
pub fn nilai_hkt(profil: &ProfilAturan, h: &Hkt) -> Hasil {
    let b = &profil.parameter.bobot_hkt;
    let mut pj = Penjelasan::baru(
        "Nilai HKT",
        profil.kode,
        "Nilai HKT = indeks capaian IKI HKT × bobot jenis/lingkup",
        "SE-17/MK.1/2022 (tabel bobot tidak terbaca)",
    )
    .masukan("Jenis", h.jenis.label())
    .angka("Indeks", h.indeks);
    let w = &b.nilai;
    let bobot = match h.jenis {
        JenisHkt::Inovasi => match h.lingkup {
            Some(Lingkup::TimKerja) | Some(Lingkup::UnitKerja) => Ok(w.inovasi_unit_kerja),
            Some(Lingkup::Instansi) => Ok(w.inovasi_instansi),
            Some(Lingkup::Nasional) => Ok(w.inovasi_nasional),
            None => Err("Lingkup inovasi belum diisi."),
        },
        JenisHkt::SquadTeam => match (h.penuh_waktu, h.pemilik_kinerja) {
            (true, Some(PemilikKinerja::Menteri)) => Ok(w.squad_penuh_menteri),
            (true, Some(PemilikKinerja::Pptm)) => Ok(w.squad_penuh_pptm),
            (true, Some(PemilikKinerja::Pptp)) => Ok(w.squad_penuh_pptp),
            (false, Some(PemilikKinerja::Menteri)) => Ok(w.squad_paruh_menteri),
            (false, Some(PemilikKinerja::Pptm)) => Ok(w.squad_paruh_pptm),
            (false, Some(PemilikKinerja::Pptp)) => Ok(w.squad_paruh_pptp),
            (_, None) => Err("Pemilik kinerja squad team belum diisi."),
        },
        JenisHkt::PenugasanLain => match h.lingkup {
            Some(Lingkup::TimKerja) => Ok(w.lain_tim_kerja),
            Some(Lingkup::UnitKerja) => Ok(w.lain_unit_kerja),
            Some(Lingkup::Instansi) => Ok(w.lain_instansi),
            Some(Lingkup::Nasional) => Ok(w.lain_nasional),
            None => Err("Lingkup penugasan belum diisi."),
        },
    };
    match bobot {
        Ok(Some(bw)) => {
            cek_sementara(
                &mut pj,
                b.sementara_p(),
                "Bobot HKT belum dikonfirmasi: tabel SE-17 tidak terbaca.",
            );
            Hasil::ada(h.indeks * bw, pj.angka("Bobot", bw))
        }
        Ok(None) => Hasil::tidak_dapat_dihitung(
            pj,
            "Tidak dapat dihitung: bobot belum ditetapkan. Tabel bobot HKT SE-17/MK.1/2022 tidak terbaca; tetapkan bobot yang dikonfirmasi kantor di Pengaturan.",
        ),
        Err(alasan) => Hasil::tidak_dapat_dihitung(pj, alasan),
    }
}

/// NHK = HKU K3 (≤ batas HKU) + Σ HKT (≤ batas HKT), at most batas NHK. HKTs that cannot be computed (no weight,
/// no realisasi) are named and left out, never given a made-up value; a profile without an HKT term (KMK 127's
/// NHK awal) takes HKU K3 alone.
pub fn nhk(profil: &ProfilAturan, iki: &[IkiNhk], hkt: &[Hasil]) -> HasilNhk {
    let p = &profil.parameter;
    let hku = hku_k3(profil, iki);
    let batas_hkt = p.batas_hkt.nilai;
    let dihitung: Vec<Decimal> = hkt.iter().filter_map(|h| h.nilai).collect();
    let jumlah: Decimal = dihitung.iter().filter(|v| **v > Decimal::ZERO).sum();
    let mut pj_hkt = Penjelasan::baru(
        "HKT",
        profil.kode,
        "HKT = min(batas HKT, Σ nilai HKT yang dapat dihitung)",
        "KMK 300/KMK.01/2022 (HKT maks. 15)",
    )
    .masukan("Jumlah HKT", hkt.len())
    .angka("Σ nilai HKT", jumlah)
    .angka("Batas HKT", batas_hkt);
    cek_sementara(
        &mut pj_hkt,
        p.batas_hkt.sementara_p(),
        "Batas HKT profil ini belum dikonfirmasi.",
    );
    if dihitung.iter().any(|v| *v < Decimal::ZERO) {
        pj_hkt.catat("Nilai HKT negatif diabaikan.");
    }
    for h in hkt.iter().filter(|h| h.nilai.is_none()) {
        let alasan = h.penjelasan.catatan.last().cloned().unwrap_or_default();
        pj_hkt.catat(format!(
            "{} tidak ikut dihitung: {alasan}",
            h.penjelasan.besaran
        ));
    }
    if hkt
        .iter()
        .any(|h| h.nilai.is_some() && h.penjelasan.sementara)
    {
        pj_hkt.sementara_karena("Nilai HKT yang dijumlahkan masih sementara.");
    }
    let hkt = if p.hkt_dalam_nhk.nilai {
        Hasil::ada(jumlah.min(batas_hkt), pj_hkt)
    } else {
        let mut pj = Penjelasan::baru(
            "HKT",
            profil.kode,
            "NHK awal tidak memuat nilai HKT",
            "KMK 127/2026 hal. 125-126 (sekunder): NHK awal tanpa suku HKT",
        );
        cek_sementara(
            &mut pj,
            p.hkt_dalam_nhk.sementara_p(),
            "Bahwa NHK awal KMK 127 tidak memuat HKT diambil dari kalkulator sekunder; belum dikonfirmasi.",
        );
        Hasil::tidak_dapat_dihitung(pj, "Profil ini tidak menjumlahkan HKT ke dalam NHK.")
    };
    let mut pj = Penjelasan::baru(
        "NHK",
        profil.kode,
        if p.hkt_dalam_nhk.nilai {
            "NHK = HKU K3 + HKT (maks. 120)"
        } else {
            "NHK awal = HKU K3 (tanpa HKT)"
        },
        "KMK 300/KMK.01/2022 + SE-17/MK.1/2022 (HKU K3 maks. 105, HKT maks. 15)",
    );
    pj.sementara = hku.penjelasan.sementara || hkt.penjelasan.sementara;
    let nhk = match (hku.nilai, hkt.nilai, p.hkt_dalam_nhk.nilai) {
        (Some(a), Some(b), true) => Hasil::ada(
            (a + b).min(p.batas_nhk.nilai),
            pj.angka("HKU K3", a).angka("HKT", b),
        ),
        (Some(a), _, false) => Hasil::ada(a.min(p.batas_nhk.nilai), pj.angka("HKU K3", a)),
        _ => Hasil::tidak_dapat_dihitung(pj, "HKU K3 tidak dapat dihitung."),
    };
    HasilNhk {
        hku_k3: hku,
        hkt,
        nhk,
    }
}

/// Nilai perspektif and NKO: each perspective is the weighted mean of its IKU indices (equal weights when
/// none are given), NKO = Σ nilai perspektif × bobot / Σ bobot of the perspectives that have IKUs.
pub fn nko(profil: &ProfilAturan, iku: &[(Perspektif, Decimal, Option<Decimal>)]) -> Hasil {
    let p = &profil.parameter;
    let bp = &p.bobot_perspektif.nilai;
    let mut pj = Penjelasan::baru(
        "NKO",
        profil.kode,
        "Nilai perspektif = rata-rata tertimbang indeks IKU; NKO = Σ nilai perspektif × bobot perspektif",
        "KMK 467/KMK.01/2014 (rantai NKO); KMK 127/2026 (sekunder)",
    );
    cek_sementara(
        &mut pj,
        p.bobot_perspektif.sementara_p(),
        "Bobot perspektif bawaan (Stakeholder 30%, lainnya contoh): konfirmasi dari PK unit.",
    );
    let bobot_of = |x: Perspektif| match x {
        Perspektif::Stakeholder => bp.stakeholder,
        Perspektif::Customer => bp.customer,
        Perspektif::InternalProcess => bp.internal_process,
        Perspektif::LearningGrowth => bp.learning_growth,
    };
    let mut total = Decimal::ZERO;
    let mut total_w = Decimal::ZERO;
    for &per in Perspektif::SEMUA {
        let items: Vec<_> = iku.iter().filter(|(x, _, _)| *x == per).collect();
        if items.is_empty() {
            continue;
        }
        let sw: Decimal = items
            .iter()
            .map(|(_, _, w)| w.unwrap_or(Decimal::ONE))
            .sum();
        if sw <= Decimal::ZERO {
            continue;
        }
        let np: Decimal = items
            .iter()
            .map(|(_, ic, w)| *ic * w.unwrap_or(Decimal::ONE))
            .sum::<Decimal>()
            / sw;
        let w = bobot_of(per);
        pj = pj.masukan(
            &format!("Perspektif {}", per.label()),
            format!("nilai {} × bobot {}", np.round_dp(2), w),
        );
        total += np * w;
        total_w += w;
    }
    if total_w.is_zero() {
        return Hasil::tidak_dapat_dihitung(pj, "Tidak ada IKU dengan indeks capaian.");
    }
    let v = (total / total_w).min(p.indeks_max.nilai);
    Hasil::ada(v, pj)
}

/// NPK from 360° ratings: weights per rater group, renormalised over the groups present.
pub fn npk(
    profil: &ProfilAturan,
    atasan: Option<Decimal>,
    rekan: Option<Decimal>,
    bawahan: Option<Decimal>,
    punya_bawahan: bool,
) -> Hasil {
    let p = &profil.parameter;
    let b = if punya_bawahan {
        &p.bobot_npk_dengan_bawahan
    } else {
        &p.bobot_npk_tanpa_bawahan
    };
    let mut pj = Penjelasan::baru(
        "NPK",
        profil.kode,
        "NPK = Σ nilai kelompok penilai × bobot / Σ bobot kelompok yang ada",
        "SE-17/MK.1/2022 (bobot penilai tidak terbaca)",
    );
    cek_sementara(
        &mut pj,
        b.sementara_p(),
        "Bobot penilai 360° bawaan (60/15/25; 60/40) belum dikonfirmasi.",
    );
    let mut s = Decimal::ZERO;
    let mut sw = Decimal::ZERO;
    for (nama, v, w) in [
        ("Atasan", atasan, b.nilai.atasan),
        ("Rekan kerja", rekan, b.nilai.rekan),
        ("Bawahan", bawahan, b.nilai.bawahan),
    ] {
        match v {
            Some(v) if w > Decimal::ZERO => {
                pj = pj.masukan(nama, format!("{} × {}", v.round_dp(2), w));
                s += v * w;
                sw += w;
            }
            None if w > Decimal::ZERO => pj.catat(format!(
                "Penilai {nama} tidak ada: bobot dinormalkan ulang."
            )),
            _ => {}
        }
    }
    if sw.is_zero() {
        return Hasil::tidak_dapat_dihitung(pj, "Tidak ada nilai penilai 360°.");
    }
    Hasil::ada((s / sw).min(p.indeks_max.nilai), pj)
}

/// Rating bands; by default the figure as displayed (2 decimals, half up) is judged, so 100,004 shown as "100,00"
/// is Sesuai, not Di Atas.
pub fn rating(profil: &ProfilAturan, nilai: Decimal) -> Rating {
    let p = &profil.parameter;
    let nilai = if p.rating_dibulatkan.nilai {
        bulat(nilai, 2)
    } else {
        nilai
    };
    if nilai > p.rating_di_atas.nilai {
        Rating::DiAtas
    } else if nilai >= p.rating_sesuai.nilai {
        Rating::Sesuai
    } else {
        Rating::DiBawah
    }
}

/// PermenPANRB 6/2022 kuadran (shared/domain.md §6.1).
pub fn predikat(hasil_kerja: Rating, perilaku: Rating) -> Predikat {
    use Rating::*;
    match (hasil_kerja, perilaku) {
        (_, DiBawah) if hasil_kerja != DiBawah => Predikat::Kurang,
        (DiAtas, DiAtas) => Predikat::SangatBaik,
        (DiAtas | Sesuai, _) => Predikat::Baik,
        (DiBawah, DiBawah) => Predikat::SangatKurang,
        (DiBawah, _) => Predikat::ButuhPerbaikan,
    }
}

/// Predikat NKO (KMK 127), lower bounds inclusive.
/// The predikat of an office NKO under the year's profile. KMK 127/2026 states the bands (shared spec §2); seed 003
/// names a predikat kinerja organisasi under KMK 300 too, but its thresholds were not found, so the earlier profiles
/// use the same bands as a provisional parameter (`predikat_nko`, shown as sementara) that the office can change.
pub fn predikat_nko_profil(profil: &ProfilAturan, nko: Decimal) -> Option<PredikatNko> {
    Some(predikat_nko(profil, nko))
}

pub fn predikat_nko(profil: &ProfilAturan, nko: Decimal) -> PredikatNko {
    let [sb, b, c, k] = profil.parameter.predikat_nko.nilai;
    // Judged, like the ratings, on the figure as displayed.
    let nko = if profil.parameter.rating_dibulatkan.nilai {
        bulat(nko, 2)
    } else {
        nko
    };
    if nko >= sb {
        PredikatNko::SangatBaik
    } else if nko >= b {
        PredikatNko::Baik
    } else if nko >= c {
        PredikatNko::Cukup
    } else if nko >= k {
        PredikatNko::Kurang
    } else {
        PredikatNko::Buruk
    }
}

/// NKP awal = w × NHK + (1 − w) × NPK.
pub fn nkp_awal(profil: &ProfilAturan, nhk: Decimal, npk: Decimal) -> Hasil {
    let p = &profil.parameter;
    let w = p.bobot_nkp_nhk.nilai;
    let mut pj = Penjelasan::baru(
        "NKP awal",
        profil.kode,
        "NKP awal = bobot × NHK + (1 − bobot) × NPK",
        "KMK 127/2026 hal. 139-149 (sekunder)",
    )
    .angka("NHK", nhk)
    .angka("NPK", npk)
    .angka("Bobot NHK", w);
    cek_sementara(
        &mut pj,
        p.bobot_nkp_nhk.sementara_p(),
        "Pembobotan NHK/NPK menjadi NKP di KMK 300 tidak ditemukan; dipakai 75/25 KMK 127.",
    );
    Hasil::ada(w * nhk + (Decimal::ONE - w) * npk, pj)
}

/// Kalibrasi (KMK 127): values above 100 are compressed so that 120 maps to the cap (115).
pub fn kalibrasi(profil: &ProfilAturan, nilai: Decimal) -> Hasil {
    let p = &profil.parameter;
    let mut pj = Penjelasan::baru(
        "Nilai kalibrasi",
        profil.kode,
        "x bila x ≤ 100; selain itu 100 + (min(x, 120) − 100) × faktor",
        "KMK 127/2026 (batas 115; rumus direkonstruksi dari contoh sosialisasi)",
    )
    .angka("Nilai", nilai);
    let Some(cap) = p.kalibrasi.nilai else {
        pj.catat("Profil ini tidak mengenal kalibrasi: nilai tetap.");
        return Hasil::ada(nilai, pj);
    };
    cek_sementara(
        &mut pj,
        p.kalibrasi_faktor.sementara_p(),
        "Rumus kalibrasi direkonstruksi dari contoh (105,17 → 103,87).",
    );
    let v = if nilai <= dec!(100) {
        nilai
    } else {
        dec!(100) + (nilai.min(dec!(120)) - dec!(100)) * p.kalibrasi_faktor.nilai
    };
    Hasil::ada(v.min(cap), pj.angka("Batas", cap))
}

/// How close a pegawai is to the UPK head, for NKO anchoring (KMK 127).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TingkatAnchoring {
    /// Pimpinan UPK, one level below, JF substansi: 0,5 × NKO.
    Dekat,
    /// Two or more levels below, JF non-substansi: 0,3 × NKO.
    Jauh,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MasukanNkp127 {
    pub nhk: Decimal,
    pub npk: Decimal,
    pub nko: Decimal,
    pub tingkat: TingkatAnchoring,
    pub hukdis: Decimal,
    pub dampak: Decimal,
    pub koreksi: Decimal,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HasilNkp127 {
    pub nkp_awal: Decimal,
    pub nkp: Hasil,
    pub nhk_akhir: Decimal,
    pub npk_akhir: Decimal,
    pub rating_hasil_kerja: Rating,
    pub rating_perilaku_kerja: Rating,
    pub predikat: Predikat,
}

fn anchor(nko: Decimal, hasil: Decimal, tingkat: TingkatAnchoring) -> Decimal {
    let w = if hasil >= nko {
        match tingkat {
            TingkatAnchoring::Dekat => dec!(0.5),
            TingkatAnchoring::Jauh => dec!(0.3),
        }
    } else {
        dec!(0.1)
    };
    w * nko + (Decimal::ONE - w) * hasil
}

/// KMK 127 NKP pipeline: NKP awal, penyesuaian (hukdis, dampak, koreksi ±5), clamp 0..120, NKO anchoring;
/// the same adjustment applied to NHK and NPK gives the ratings and the predikat.
pub fn nkp_127(profil: &ProfilAturan, m: &MasukanNkp127) -> HasilNkp127 {
    let awal = nkp_awal(profil, m.nhk, m.npk);
    let nkp_awal = awal.nilai.unwrap_or_default();
    let koreksi = batasi(m.koreksi, dec!(-5), dec!(5));
    let sesuaikan =
        |x: Decimal| batasi(x - m.hukdis - m.dampak + koreksi, Decimal::ZERO, dec!(120));
    let akhir = |x: Decimal| anchor(m.nko, sesuaikan(x), m.tingkat);
    let nkp = akhir(nkp_awal);
    let nhk_akhir = akhir(m.nhk);
    let npk_akhir = akhir(m.npk);
    let (rh, rp) = (rating(profil, nhk_akhir), rating(profil, npk_akhir));
    let mut pj = Penjelasan::baru(
        "NKP",
        profil.kode,
        "hasil = clamp(NKP awal − hukdis − dampak + koreksi, 0, 120); NKP = a × NKO + (1 − a) × hasil, a = 0,5/0,3 bila hasil ≥ NKO, 0,1 bila di bawah",
        "KMK 127/2026 hal. 139-149 Tabel 46/47 (sekunder)",
    )
    .angka("NKP awal", nkp_awal)
    .angka("NKO", m.nko)
    .angka("Hukuman disiplin", m.hukdis)
    .angka("Dampak", m.dampak)
    .angka("Koreksi (±5)", koreksi)
    .masukan("Tingkat", if m.tingkat == TingkatAnchoring::Dekat { "Pimpinan UPK / 1 tingkat di bawah / JF substansi" } else { "2+ tingkat di bawah / JF non-substansi" });
    pj.sementara = awal.penjelasan.sementara;
    HasilNkp127 {
        nkp_awal,
        nkp: Hasil::ada(nkp, pj),
        nhk_akhir,
        npk_akhir,
        rating_hasil_kerja: rh,
        rating_perilaku_kerja: rp,
        predikat: predikat(rh, rp),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum KategoriHukdis {
    Ringan,
    Sedang,
    Berat,
}

impl KategoriHukdis {
    pub const SEMUA: [KategoriHukdis; 3] = [
        KategoriHukdis::Ringan,
        KategoriHukdis::Sedang,
        KategoriHukdis::Berat,
    ];
    pub fn kode(self) -> &'static str {
        match self {
            KategoriHukdis::Ringan => "ringan",
            KategoriHukdis::Sedang => "sedang",
            KategoriHukdis::Berat => "berat",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            KategoriHukdis::Ringan => "Ringan (10%, 2 triwulan)",
            KategoriHukdis::Sedang => "Sedang (25%, 3 triwulan)",
            KategoriHukdis::Berat => "Berat (40%, 4 triwulan)",
        }
    }
    pub fn dari_kode(s: &str) -> Option<KategoriHukdis> {
        Self::SEMUA.into_iter().find(|k| k.kode() == s)
    }
    fn persen_dan_lama(self) -> (Decimal, i32) {
        match self {
            KategoriHukdis::Ringan => (dec!(0.10), 2),
            KategoriHukdis::Sedang => (dec!(0.25), 3),
            KategoriHukdis::Berat => (dec!(0.40), 4),
        }
    }
}

/// A disciplinary penalty: category, MPJHD score and the quarter it was imposed (year, 1..=4).
#[derive(Debug, Clone, PartialEq)]
pub struct Hukdis {
    pub kategori: KategoriHukdis,
    pub skor_mpjhd: Decimal,
    pub mulai: (i32, u32),
}

/// Nilai hukuman disiplin in a quarter: the highest-category penalty in force (not cumulative).
pub fn nilai_hukdis(daftar: &[Hukdis], triwulan: (i32, u32)) -> Decimal {
    let idx = |(y, q): (i32, u32)| y * 4 + q as i32 - 1;
    daftar
        .iter()
        .filter(|h| {
            let (_, lama) = h.kategori.persen_dan_lama();
            let d = idx(triwulan) - idx(h.mulai);
            (0..lama).contains(&d)
        })
        .max_by(|a, b| {
            a.kategori
                .cmp(&b.kategori)
                .then(a.skor_mpjhd.cmp(&b.skor_mpjhd))
        })
        .map(|h| h.kategori.persen_dan_lama().0 * h.skor_mpjhd)
        .unwrap_or(Decimal::ZERO)
}

/// Nilai dampak for the direct superior: 5% of each subordinate's nilai hukdis, at most 5.
pub fn nilai_dampak(hukdis_bawahan: &[Decimal]) -> Decimal {
    (hukdis_bawahan.iter().sum::<Decimal>() * dec!(0.05)).min(dec!(5))
}

#[cfg(test)]
mod tests;
