//! Plan checks: every rule problem of an SKP / Kontrak Kinerja as a finding, before anything is printed.
use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::domain::capaian::gabung;
use crate::domain::k3::bobot_kualitas_iku;
use crate::domain::kalender::KalenderLibur;
use crate::domain::model::{
    Iki, JenisIki, KategoriIki, Kendali, Konsolidasi, Polarisasi, SkpPegawai, TingkatJabatan,
    Validitas,
};
use crate::domain::profil::ProfilAturan;
use crate::domain::temuan::{KodeTemuan as K, Subjek, Temuan};

/// All findings for one pegawai's year. `hari_ini` is a parameter: the domain has no clock.
pub fn periksa_skp(
    profil: &ProfilAturan,
    tahun: i32,
    hari_ini: NaiveDate,
    kalender: &KalenderLibur,
    skp: &SkpPegawai,
) -> Vec<Temuan> {
    let mut out = Vec::new();
    let nip = skp.nip.as_str();
    let kew = super::kewajiban::kewajiban_kk_pegawai(profil, tahun, skp, kalender);
    if !kew.wajib_kk {
        out.push(Temuan::baru(
            K::TidakWajibKk,
            Subjek::pegawai(nip),
            format!("{}: {}", skp.nama, kew.penjelasan.rumus),
        ));
        if !kew.wajib_skp {
            return out;
        }
    }
    if let (Some(batas), Some(ttd)) = (kew.batas.filter(|_| kew.wajib_kk), skp.kk_ditandatangani)
        && ttd > batas
    {
        out.push(Temuan::baru(
            K::KkDitandatanganiTerlambat,
            Subjek::pegawai(nip),
            format!(
                "KK {} ditandatangani {}; batasnya {}.",
                skp.nama,
                crate::domain::kk::tanggal_indonesia(ttd),
                crate::domain::kk::tanggal_indonesia(batas)
            ),
        ));
    }
    if let (Some(batas), None) = (kew.batas.filter(|_| kew.wajib_kk), skp.kk_ditandatangani) {
        if hari_ini > batas {
            out.push(Temuan::baru(
                K::BatasKkTerlewati,
                Subjek::pegawai(nip),
                format!(
                    "KK {} belum ditandatangani; batasnya {}.",
                    skp.nama,
                    batas.format("%d-%m-%Y")
                ),
            ));
        } else if batas
            .checked_sub_days(Days::new(7))
            .is_some_and(|d| hari_ini >= d)
        {
            out.push(Temuan::baru(
                K::BatasKkDekat,
                Subjek::pegawai(nip),
                format!(
                    "KK {} harus ditandatangani paling lambat {}.",
                    skp.nama,
                    batas.format("%d-%m-%Y")
                ),
            ));
        }
    }
    if !skp.punya_atasan {
        out.push(Temuan::baru(K::TanpaAtasan, Subjek::pegawai(nip), format!("{} belum memiliki atasan langsung: blok tanda tangan pejabat penilai tidak dapat diisi.", skp.nama)));
    }
    let utama: Vec<&Iki> = skp.iki.iter().collect();
    if utama.is_empty() {
        out.push(Temuan::baru(
            K::SkpTanpaIki,
            Subjek::pegawai(nip),
            format!("SKP {} belum memiliki IKI.", skp.nama),
        ));
    } else {
        periksa_jumlah(profil, skp, &mut out);
    }
    let mut kode_seen = HashSet::new();
    for iki in &skp.iki {
        if !kode_seen.insert(iki.kode.as_str()) {
            out.push(Temuan::baru(
                K::KodeIkiGanda,
                Subjek::iki(nip, &iki.kode),
                format!("Kode {} dipakai lebih dari sekali.", iki.kode),
            ));
        }
        periksa_iki(nip, iki, &mut out);
        if skp.tingkat == TingkatJabatan::PemilikPeta
            && iki.validitas == Some(Validitas::Activity)
            && iki.kendali == Some(Kendali::High)
        {
            out.push(Temuan::baru(
                K::ActivityHighPemilikPeta,
                Subjek::iki(nip, &iki.kode),
                format!(
                    "{}: pemilik peta strategi tidak boleh memakai IKU activity – high.",
                    iki.kode
                ),
            ));
        }
    }
    if skp.tingkat == TingkatJabatan::PemilikPeta {
        periksa_ss(profil, nip, &skp.iki, &mut out);
    }
    periksa_hkt(tahun, skp, &mut out);
    periksa_dki(tahun, hari_ini, skp, &mut out);
    out.extend(periksa_addendum_wajib(skp));
    out
}

/// KK-010 (seed 004, KMK 467/KMK.01/2014): "Addendum KK wajib dilakukan ... apabila capaian IKU pada Semester I telah
/// mencapai/melebihi target tahunan", raising the annual target and the trajectory after it (by 20 Juli). Checked
/// once the targeted quarters of semester I have their realisasi, for indicators that accumulate over the year
/// (konsolidasi sum, or take-last-known progress): for an average or a same-every-period indicator, meeting the
/// target at mid-year is being on track, not exceeding the year (this app's reading; the seed does not say). An
/// indicator whose target is already the maximum (konversi 120) cannot be raised and is left out.
pub fn periksa_addendum_wajib(skp: &SkpPegawai) -> Vec<Temuan> {
    use super::capaian::{gabung, target_tahunan};
    use super::model::{Konsolidasi, Polarisasi, SifatTlk};
    skp.iki
        .iter()
        .filter_map(|iki| {
            let k = iki.konsolidasi?;
            let menumpuk = match k {
                Konsolidasi::Sum => true,
                Konsolidasi::TakeLastKnown => iki.sifat_tlk != Some(SifatTlk::Akumulasi),
                Konsolidasi::Average => false,
            };
            if !menumpuk || iki.konversi_120 {
                return None;
            }
            let tahunan = target_tahunan(iki)?;
            let mut r = Vec::new();
            for q in 0..2 {
                if iki.target_triwulan[q].is_some() {
                    r.push(iki.realisasi_triwulan[q]?);
                }
            }
            let semester = gabung(k, &r)?;
            let capai = match iki.polarisasi? {
                Polarisasi::Maximize => semester >= tahunan,
                // A sum to be kept low is not "reached" before the year ends.
                Polarisasi::Minimize => k == Konsolidasi::TakeLastKnown && semester <= tahunan,
                Polarisasi::Stabilize => false,
            };
            capai.then(|| {
                Temuan::baru(
                    K::AddendumWajib,
                    Subjek::iki(&skp.nip, &iki.kode),
                    format!(
                        "{}: capaian semester I ({}) telah mencapai target tahunan ({}); addendum KK dengan kenaikan target tahunan dan trajectory berikutnya wajib diajukan paling lambat 20 Juli.",
                        iki.kode,
                        super::angka::teks_id(semester),
                        super::angka::teks_id(tahunan)
                    ),
                )
            })
        })
        .collect()
}

/// KK-011 (seed 004): "Pejabat/pegawai yang merangkap jabatan pada awal tahun periode kontrak wajib menandatangani KK
/// pada jabatan yang dirangkap" (a Plt taken up during the year needs no new KK). `plt`: the pegawai's Plt posts as
/// (jabatan, mulai, selesai). In force on 1 Januari counts as the start of the year (this app's reading).
pub fn periksa_plt_awal_tahun(
    tahun: i32,
    nip: &str,
    nama: &str,
    plt: &[(String, NaiveDate, Option<NaiveDate>)],
) -> Vec<Temuan> {
    let Some(awal) = NaiveDate::from_ymd_opt(tahun, 1, 1) else {
        return vec![];
    };
    plt.iter()
        .filter(|(_, mulai, selesai)| *mulai <= awal && selesai.is_none_or(|s| s >= awal))
        .map(|(jabatan, _, _)| {
            Temuan::baru(
                K::PltAwalTahun,
                Subjek::pegawai(nip),
                format!(
                    "{nama} merangkap Plt {jabatan} sejak awal tahun {tahun}: wajib menandatangani KK pada jabatan yang dirangkap, selain KK jabatannya sendiri."
                ),
            )
        })
        .collect()
}

/// KK-008: an IKI with the biaya aspect prints the year's pagu DIPA (seed 004 rules 13-14); without it recorded,
/// the column falls back to the annual target.
pub fn periksa_pagu(skp: &SkpPegawai, pagu_tercatat: bool) -> Vec<Temuan> {
    if pagu_tercatat {
        return Vec::new();
    }
    skp.iki
        .iter()
        .filter(|x| x.aspek == Some(super::model::Aspek::Biaya))
        .map(|x| {
            Temuan::baru(
                K::PaguDipaKosong,
                Subjek::iki(&skp.nip, &x.kode),
                format!(
                    "{} {}: beraspek biaya, tetapi pagu DIPA tahun ini belum dicatat (Pengaturan).",
                    x.kode, x.nama
                ),
            )
        })
        .collect()
}

/// The quarters (1..4) that have ended by `hari_ini` while the pegawai was in the office with an SKP, and had no
/// dialog kinerja individu (domain.md §9: reported at least every three months).
pub fn triwulan_tanpa_dki(tahun: i32, hari_ini: NaiveDate, skp: &SkpPegawai) -> Vec<u32> {
    if skp.iki.is_empty() {
        return Vec::new();
    }
    // (year, quarter) of a date, comparable across years.
    let tw = |d: &NaiveDate| (d.year(), d.month0() / 3 + 1);
    (1..=super::kalender::triwulan_lewat(tahun, hari_ini) as u32)
        // Quarters the pegawai was in the office by their end, with no dialog in them.
        .filter(|q| {
            tw(&skp.tanggal_mulai) <= (tahun, *q)
                && !skp.dialog_kinerja.iter().any(|d| tw(d) == (tahun, *q))
        })
        .collect()
}

fn periksa_dki(tahun: i32, hari_ini: NaiveDate, skp: &SkpPegawai, out: &mut Vec<Temuan>) {
    for q in triwulan_tanpa_dki(tahun, hari_ini, skp) {
        out.push(Temuan::baru(
            K::DkiTriwulanKosong,
            Subjek::pegawai(&skp.nip),
            format!(
                "{}: belum ada dialog kinerja individu pada TW {} {tahun} (paling sedikit sekali setiap triwulan).",
                skp.nama,
                super::capaian::romawi(q as usize)
            ),
        ));
    }
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
    // IKIs marked Tambahan are HKT: not counted against the IKU limits.
    let n = skp
        .iki
        .iter()
        .filter(|x| x.jenis != JenisIki::Tambahan)
        .count() as u32;
    let s = Subjek::pegawai(&skp.nip);
    let label = skp.tingkat.label();
    if n > max {
        // A limit the profile has not confirmed warns; it does not block printing.
        out.push(Temuan::baru(
            if profil.parameter.batas_jumlah.sementara_p() {
                K::JumlahIkiMelebihiSementara
            } else {
                K::JumlahIkiMelebihi
            },
            s,
            format!(
                "{} IKI untuk {label}; paling banyak {max} ({}).",
                n, profil.nama
            ),
        ));
    } else if n < min {
        out.push(Temuan::baru(
            K::JumlahIkiKurang,
            s,
            format!(
                "{} IKI untuk {label}; paling sedikit {min} ({}).",
                n, profil.nama
            ),
        ));
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
        out.push(Temuan::baru(
            K::ManualBelumLengkap,
            s(),
            format!(
                "{} {}: belum diisi {}.",
                iki.kode,
                iki.nama,
                kosong.join(", ")
            ),
        ));
    }
    if let (Some(v), Some(k)) = (iki.validitas, iki.kendali)
        && bobot_kualitas_iku(v, k).is_none()
    {
        out.push(Temuan::baru(
            K::KombinasiKualitasTerlarang,
            s(),
            format!(
                "{}: kombinasi {} – {} tidak diperkenankan.",
                iki.kode,
                v.label(),
                k.label()
            ),
        ));
    }
    if iki.aspek.is_none() {
        out.push(Temuan::baru(
            K::AspekKosong,
            s(),
            format!(
                "{} {}: jenis aspek (kuantitas, kualitas, waktu, biaya) belum diisi.",
                iki.kode, iki.nama
            ),
        ));
    }
    let targets: Vec<Decimal> = iki.target_triwulan.iter().flatten().copied().collect();
    if targets.is_empty() {
        out.push(Temuan::baru(
            K::TrajectoryKosong,
            s(),
            format!("{}: belum ada target triwulan.", iki.kode),
        ));
    }
    match iki.polarisasi {
        Some(Polarisasi::Maximize) if targets.iter().any(|t| t.is_zero()) => {
            out.push(Temuan::baru(
                K::TargetMaximizeNol,
                s(),
                format!(
                    "{}: target 0 dengan polarisasi maximize membuat indeks tidak dapat dihitung.",
                    iki.kode
                ),
            ));
        }
        Some(Polarisasi::Minimize)
            if targets.iter().any(|t| t.is_zero()) && iki.r_worst.is_none_or(|r| r.is_zero()) =>
        {
            out.push(Temuan::baru(
                K::MinimizeTanpaRWorst,
                s(),
                format!(
                    "{}: target 0 dengan polarisasi minimize memerlukan R_worst.",
                    iki.kode
                ),
            ));
        }
        _ => {}
    }
    if iki.kategori != KategoriIki::BaruTanpaHistoris
        && iki.polarisasi != Some(Polarisasi::Stabilize)
    {
        let butuh_t1 = iki.kategori == KategoriIki::Lama && iki.target_y1.is_none();
        if butuh_t1 || iki.realisasi_y1.is_none() {
            out.push(Temuan::baru(
                K::DataY1Kosong,
                s(),
                format!(
                    "{}: isi Target Y-1 dan Realisasi Y-1 agar bobot K3 terhitung.",
                    iki.kode
                ),
            ));
        }
    }
    periksa_kewajaran(nip, iki, out);
    if let (Some(k), Some(th)) = (iki.konsolidasi, iki.target_tahunan)
        && let Some(g) = gabung(k, &targets)
        && (g - th).abs() > dec!(0.005)
    {
        out.push(Temuan::baru(
            K::TargetTahunanTidakKonsisten,
            s(),
            format!(
                "{}: target tahunan {} tetapi konsolidasi {} trajectory memberi {}.",
                iki.kode,
                crate::domain::angka::teks_id(th),
                k.label(),
                crate::domain::angka::teks_id(g.round_dp(2))
            ),
        ));
    }
}

/// Plausibility, not a regulation: figures that are most likely typing errors ("1.234,5" for 95). Warnings only,
/// nothing is blocked. A quarter of a sum-consolidated IKU cannot exceed the year; under any other consolidation a
/// quarter more than twice the year is out of line. A realisasi more than ten times its quarter's target is flagged.
pub fn periksa_kewajaran(nip: &str, iki: &Iki, out: &mut Vec<Temuan>) {
    let romawi = |q: usize| crate::domain::capaian::romawi(q + 1);
    if let Some(th) = iki.target_tahunan.filter(|t| *t > Decimal::ZERO) {
        let batas = if iki.konsolidasi == Some(Konsolidasi::Sum) {
            th
        } else {
            th * dec!(2)
        };
        for (q, t) in iki.target_triwulan.iter().enumerate() {
            if let Some(t) = t.filter(|t| *t > batas) {
                out.push(Temuan::baru(
                    K::TargetTriwulanJanggal,
                    Subjek::iki(nip, &iki.kode),
                    format!(
                        "{}: target TW {} {} jauh di atas target tahunan {}; periksa angka dan pemisah desimalnya.",
                        iki.kode,
                        romawi(q),
                        crate::domain::angka::teks_id(t),
                        crate::domain::angka::teks_id(th)
                    ),
                ));
            }
        }
    }
    for q in 0..4 {
        if let (Some(t), Some(r)) = (iki.target_triwulan[q], iki.realisasi_triwulan[q])
            && t > Decimal::ZERO
            && r > t * dec!(10)
        {
            out.push(Temuan::baru(
                K::RealisasiJanggal,
                Subjek::iki(nip, &iki.kode),
                format!(
                    "{}: realisasi TW {} {} lebih dari sepuluh kali targetnya {}; periksa angka dan pemisah desimalnya.",
                    iki.kode,
                    romawi(q),
                    crate::domain::angka::teks_id(r),
                    crate::domain::angka::teks_id(t)
                ),
            ));
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
        let subj = Subjek {
            nip: Some(nip.into()),
            kode_iku: None,
            lain: Some(format!("SS {ss}")),
        };
        if list.len() as u32 > max {
            out.push(Temuan::baru(
                K::IkuPerSsMelebihi,
                subj.clone(),
                format!("SS {ss} diukur {} IKU; paling banyak {max}.", list.len()),
            ));
        }
        if list
            .iter()
            .all(|x| x.validitas == Some(Validitas::Activity))
        {
            out.push(Temuan::baru(
                K::SsHanyaActivity,
                subj,
                format!("SS {ss} hanya diukur IKU activity; tambahkan IKU exact atau proxy."),
            ));
        }
    }
}

mod addendum;
mod cascading;
mod hkt;
mod organisasi;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_skp;

pub use addendum::*;
pub use cascading::*;
pub use hkt::*;
pub use organisasi::*;
