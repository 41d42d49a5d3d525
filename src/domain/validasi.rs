//! Plan checks: every rule problem of an SKP / Kontrak Kinerja as a finding, before anything is printed.
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::capaian::gabung;
use super::k3::bobot_kualitas_iku;
use super::kalender::KalenderLibur;
use super::kewajiban::kewajiban_kk;
use super::model::{Iki, JenisHkt, KategoriIki, Lingkup, Polarisasi, Predikat, SkpPegawai, TingkatJabatan, Validitas};
use super::profil::ProfilAturan;
use super::temuan::{KodeTemuan as K, Subjek, Temuan};

/// All findings for one pegawai's year. `hari_ini` is a parameter: the domain has no clock.
pub fn periksa_skp(profil: &ProfilAturan, tahun: i32, hari_ini: NaiveDate, kalender: &KalenderLibur, skp: &SkpPegawai) -> Vec<Temuan> {
    let mut out = Vec::new();
    let nip = skp.nip.as_str();
    let kew = kewajiban_kk(profil, tahun, skp.status, skp.tanggal_mulai, kalender);
    if !kew.wajib_kk {
        out.push(Temuan::baru(K::TidakWajibKk, Subjek::pegawai(nip), format!("{}: {}", skp.nama, kew.penjelasan.rumus)));
        if !kew.wajib_skp {
            return out;
        }
    }
    if let (Some(batas), None) = (kew.batas.filter(|_| kew.wajib_kk), skp.kk_ditandatangani) {
        if hari_ini > batas {
            out.push(Temuan::baru(K::BatasKkTerlewati, Subjek::pegawai(nip), format!("KK {} belum ditandatangani; batasnya {}.", skp.nama, batas.format("%d-%m-%Y"))));
        } else if batas.checked_sub_days(Days::new(7)).is_some_and(|d| hari_ini >= d) {
            out.push(Temuan::baru(K::BatasKkDekat, Subjek::pegawai(nip), format!("KK {} harus ditandatangani paling lambat {}.", skp.nama, batas.format("%d-%m-%Y"))));
        }
    }
    if !skp.punya_atasan {
        out.push(Temuan::baru(K::TanpaAtasan, Subjek::pegawai(nip), format!("{} belum memiliki atasan langsung: blok tanda tangan pejabat penilai tidak dapat diisi.", skp.nama)));
    }
    let utama: Vec<&Iki> = skp.iki.iter().collect();
    if utama.is_empty() {
        out.push(Temuan::baru(K::SkpTanpaIki, Subjek::pegawai(nip), format!("SKP {} belum memiliki IKI.", skp.nama)));
    } else {
        periksa_jumlah(profil, skp, &mut out);
    }
    let mut kode_seen = HashSet::new();
    for iki in &skp.iki {
        if !kode_seen.insert(iki.kode.as_str()) {
            out.push(Temuan::baru(K::KodeIkiGanda, Subjek::iki(nip, &iki.kode), format!("Kode {} dipakai lebih dari sekali.", iki.kode)));
        }
        periksa_iki(nip, iki, &mut out);
    }
    if skp.tingkat == TingkatJabatan::PemilikPeta {
        periksa_ss(profil, nip, &skp.iki, &mut out);
    }
    periksa_hkt(tahun, hari_ini, skp, &mut out);
    out
}

fn periksa_jumlah(profil: &ProfilAturan, skp: &SkpPegawai, out: &mut Vec<Temuan>) {
    let b = &profil.parameter.batas_jumlah.nilai;
    let (min, max) = match skp.tingkat {
        TingkatJabatan::PemilikPeta => b.pemilik_peta,
        TingkatJabatan::Administrator => b.struktural,
        TingkatJabatan::Pengawas => b.pengawas,
        TingkatJabatan::Pelaksana => b.pelaksana,
        TingkatJabatan::Fungsional => b.fungsional,
    };
    let n = skp.iki.len() as u32;
    let s = Subjek::pegawai(&skp.nip);
    let label = skp.tingkat.label();
    if n > max {
        out.push(Temuan::baru(K::JumlahIkiMelebihi, s, format!("{} IKI untuk {label}; paling banyak {max} ({}).", n, profil.nama)));
    } else if n < min {
        out.push(Temuan::baru(K::JumlahIkiKurang, s, format!("{} IKI untuk {label}; paling sedikit {min} ({}).", n, profil.nama)));
    }
}

fn periksa_iki(nip: &str, iki: &Iki, out: &mut Vec<Temuan>) {
    let s = || Subjek::iki(nip, &iki.kode);
    let mut kosong = Vec::new();
    if iki.polarisasi.is_none() {
        kosong.push("polarisasi");
    }
    if iki.konsolidasi.is_none() {
        kosong.push("konsolidasi periode");
    }
    if iki.validitas.is_none() {
        kosong.push("validitas");
    }
    if iki.kendali.is_none() {
        kosong.push("tingkat kendali");
    }
    if !kosong.is_empty() {
        out.push(Temuan::baru(K::ManualBelumLengkap, s(), format!("{} {}: belum diisi {}.", iki.kode, iki.nama, kosong.join(", "))));
    }
    if let (Some(v), Some(k)) = (iki.validitas, iki.kendali) {
        if bobot_kualitas_iku(v, k).is_none() {
            out.push(Temuan::baru(K::KombinasiKualitasTerlarang, s(), format!("{}: kombinasi {} – {} tidak diperkenankan.", iki.kode, v.label(), k.label())));
        }
    }
    let targets: Vec<Decimal> = iki.target_triwulan.iter().flatten().copied().collect();
    if targets.is_empty() {
        out.push(Temuan::baru(K::TrajectoryKosong, s(), format!("{}: belum ada target triwulan.", iki.kode)));
    }
    match iki.polarisasi {
        Some(Polarisasi::Maximize) if targets.iter().any(|t| t.is_zero()) => {
            out.push(Temuan::baru(K::TargetMaximizeNol, s(), format!("{}: target 0 dengan polarisasi maximize membuat indeks tidak dapat dihitung.", iki.kode)));
        }
        Some(Polarisasi::Minimize) if targets.iter().any(|t| t.is_zero()) && iki.r_worst.is_none_or(|r| r.is_zero()) => {
            out.push(Temuan::baru(K::MinimizeTanpaRWorst, s(), format!("{}: target 0 dengan polarisasi minimize memerlukan R_worst.", iki.kode)));
        }
        _ => {}
    }
    if iki.kategori != KategoriIki::BaruTanpaHistoris && iki.polarisasi != Some(Polarisasi::Stabilize) {
        let butuh_t1 = iki.kategori == KategoriIki::Lama && iki.target_y1.is_none();
        if butuh_t1 || iki.realisasi_y1.is_none() {
            out.push(Temuan::baru(K::DataY1Kosong, s(), format!("{}: isi Target Y-1 dan Realisasi Y-1 agar bobot K3 terhitung.", iki.kode)));
        }
    }
    if let (Some(k), Some(th)) = (iki.konsolidasi, iki.target_tahunan) {
        if let Some(g) = gabung(k, &targets) {
            if (g - th).abs() > dec!(0.005) {
                out.push(Temuan::baru(
                    K::TargetTahunanTidakKonsisten,
                    s(),
                    format!("{}: target tahunan {} tetapi konsolidasi {} trajectory memberi {}.", iki.kode, th.normalize(), k.label(), g.round_dp(2).normalize()),
                ));
            }
        }
    }
}

fn periksa_ss(profil: &ProfilAturan, nip: &str, iki: &[Iki], out: &mut Vec<Temuan>) {
    let mut per_ss: BTreeMap<&str, Vec<&Iki>> = BTreeMap::new();
    for x in iki {
        if let Some(ss) = x.kode_ss.as_deref() {
            per_ss.entry(ss).or_default().push(x);
        }
    }
    let max = profil.parameter.batas_jumlah.nilai.per_ss;
    for (ss, list) in per_ss {
        let subj = Subjek { nip: Some(nip.into()), kode_iku: None, lain: Some(format!("SS {ss}")) };
        if list.len() as u32 > max {
            out.push(Temuan::baru(K::IkuPerSsMelebihi, subj.clone(), format!("SS {ss} diukur {} IKU; paling banyak {max}.", list.len())));
        }
        if list.iter().all(|x| x.validitas == Some(Validitas::Activity)) {
            out.push(Temuan::baru(K::SsHanyaActivity, subj, format!("SS {ss} hanya diukur IKU activity; tambahkan IKU exact atau proxy.")));
        }
    }
}

fn periksa_hkt(tahun: i32, hari_ini: NaiveDate, skp: &SkpPegawai, out: &mut Vec<Temuan>) {
    let nip = skp.nip.as_str();
    let mut inovasi_per_lingkup: HashMap<Lingkup, u32> = HashMap::new();
    let mut squad_penuh = 0;
    // The evaluation happens at year end, or today if earlier in a review.
    let evaluasi = NaiveDate::from_ymd_opt(tahun, 12, 31).map_or(hari_ini, |a| a.min(hari_ini).max(NaiveDate::from_ymd_opt(tahun, 1, 1).unwrap_or(hari_ini)));
    for h in &skp.hkt {
        let s = || Subjek { nip: Some(nip.into()), kode_iku: None, lain: Some(format!("HKT {}", h.judul)) };
        if h.nomor_sk.as_deref().is_none_or(|n| n.trim().is_empty()) {
            out.push(Temuan::baru(K::HktTanpaSk, s(), format!("HKT \"{}\" belum mencantumkan nomor surat keputusan/penugasan.", h.judul)));
        }
        match h.jenis {
            JenisHkt::Inovasi => {
                if !h.lolos_seleksi {
                    out.push(Temuan::baru(K::InovasiBelumTerseleksi, s(), format!("Inovasi \"{}\" harus lolos seleksi Eselon I (KIKK) atau terdaftar di Katalog Inovasi.", h.judul)));
                }
                if let Some(t) = h.tanggal_implementasi {
                    if evaluasi.checked_sub_days(Days::new(366)).is_some_and(|batas| t < batas) || t.year() < tahun - 1 {
                        out.push(Temuan::baru(K::InovasiKedaluwarsa, s(), format!("Inovasi \"{}\" diimplementasikan {}: lebih dari satu tahun sebelum evaluasi.", h.judul, t.format("%d-%m-%Y"))));
                    }
                }
                let luas = matches!(h.lingkup, Some(Lingkup::Instansi | Lingkup::Nasional));
                let sebelumnya: Vec<i32> = h.tahun_dinilai.iter().copied().filter(|y| *y < tahun).collect();
                let boleh = luas && sebelumnya.len() == 1 && sebelumnya[0] == tahun - 1;
                if !sebelumnya.is_empty() && !boleh {
                    out.push(Temuan::baru(
                        K::InovasiDinilaiUlang,
                        s(),
                        format!("Inovasi \"{}\" sudah dinilai pada {:?}; hanya lingkup instansi/nasional yang boleh dinilai dua tahun berturut-turut.", h.judul, sebelumnya),
                    ));
                }
                if h.target.is_some_and(|t| t != dec!(100)) {
                    out.push(Temuan::baru(K::TargetInovasiBukan100, s(), format!("Target IKI inovasi \"{}\" harus 100%.", h.judul)));
                }
                match h.lingkup {
                    Some(l) => *inovasi_per_lingkup.entry(l).or_default() += 1,
                    None => out.push(Temuan::baru(K::LingkupHktKosong, s(), format!("Lingkup inovasi \"{}\" belum diisi.", h.judul))),
                }
            }
            JenisHkt::SquadTeam => {
                if h.penuh_waktu {
                    squad_penuh += 1;
                }
                if h.pemilik_kinerja.is_none() {
                    out.push(Temuan::baru(K::LingkupHktKosong, s(), format!("Pemilik kinerja squad team \"{}\" belum diisi.", h.judul)));
                }
            }
            JenisHkt::PenugasanLain => {
                if h.lingkup.is_none() {
                    out.push(Temuan::baru(K::LingkupHktKosong, s(), format!("Lingkup penugasan \"{}\" belum diisi.", h.judul)));
                }
            }
        }
    }
    let mut ganda: Vec<_> = inovasi_per_lingkup.into_iter().filter(|(_, n)| *n > 1).collect();
    ganda.sort();
    for (l, n) in ganda {
        out.push(Temuan::baru(K::InovasiGandaPerLingkup, Subjek::pegawai(nip), format!("{n} inovasi pada lingkup {}: paling banyak satu per lingkup.", l.label())));
    }
    if squad_penuh > 1 {
        out.push(Temuan::baru(K::SquadPenuhGanda, Subjek::pegawai(nip), format!("{squad_penuh} squad team penuh waktu: paling banyak satu.")));
    }
}

pub fn periksa_bobot_perspektif(profil: &ProfilAturan) -> Vec<Temuan> {
    let b = &profil.parameter.bobot_perspektif.nilai;
    let jumlah = b.stakeholder + b.customer + b.internal_process + b.learning_growth;
    if jumlah != dec!(100) {
        vec![Temuan::baru(K::BobotPerspektifTidak100, Subjek::lain("Bobot perspektif"), format!("Jumlah bobot perspektif {}%, harus 100%.", jumlah.normalize()))]
    } else {
        vec![]
    }
}

/// Organisation predikat under PermenPANRB 6/2022 (used for the distribution guide).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PredikatOrganisasi {
    Istimewa,
    Baik,
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

/// The PermenPANRB distribution guide, as warnings (shared/domain.md §6.1).
pub fn periksa_distribusi(org: PredikatOrganisasi, predikat: &[Predikat]) -> Vec<Temuan> {
    let n = predikat.len();
    if n == 0 {
        return vec![];
    }
    let pct = |f: &dyn Fn(Predikat) -> bool| Decimal::from(predikat.iter().filter(|p| f(**p)).count() * 100) / Decimal::from(n);
    use Predikat::*;
    let sb = pct(&|p| p == SangatBaik);
    let baik = pct(&|p| p == Baik);
    let bp = pct(&|p| p == ButuhPerbaikan);
    let kurang = pct(&|p| p == Kurang);
    let sk = pct(&|p| p == SangatKurang);
    let mut masalah = Vec::new();
    let mut cek = |ok: bool, s: &str| {
        if !ok {
            masalah.push(s.to_string());
        }
    };
    match org {
        PredikatOrganisasi::Istimewa => cek(sb <= dec!(70), "Sangat Baik paling banyak 70%"),
        PredikatOrganisasi::Baik => {
            cek(baik <= dec!(70), "Baik paling banyak 70%");
            cek(bp + kurang > Decimal::ZERO, "harus ada Butuh Perbaikan dan/atau Kurang");
        }
        PredikatOrganisasi::ButuhPerbaikan => {
            cek(bp >= dec!(60), "Butuh Perbaikan paling sedikit 60%");
            cek(sb <= dec!(10), "Sangat Baik paling banyak 10%");
        }
        PredikatOrganisasi::Kurang => {
            cek(kurang >= dec!(60), "Kurang paling sedikit 60%");
            cek(bp >= dec!(10), "Butuh Perbaikan paling sedikit 10%");
            cek(sb <= dec!(10), "Sangat Baik paling banyak 10%");
        }
        PredikatOrganisasi::SangatKurang => {
            cek(sk >= dec!(60), "Sangat Kurang paling sedikit 60%");
            cek(kurang + bp >= dec!(10), "Kurang/Butuh Perbaikan paling sedikit 10%");
            cek(sb.is_zero(), "tidak boleh ada Sangat Baik");
        }
    }
    masalah
        .into_iter()
        .map(|m| Temuan::baru(K::DistribusiPredikat, Subjek::lain("Sebaran predikat"), format!("Pedoman distribusi PermenPANRB 6/2022: {m}.")))
        .collect()
}
