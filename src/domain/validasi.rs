//! Plan checks: every rule problem of an SKP / Kontrak Kinerja as a finding, before anything is printed.
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::capaian::gabung;
use super::k3::bobot_kualitas_iku;
use super::kalender::KalenderLibur;
use super::model::{
    Iki, JenisHkt, JenisIki, KategoriIki, Kendali, Lingkup, Polarisasi, Predikat, SkpPegawai,
    TingkatJabatan, Validitas,
};
use super::profil::ProfilAturan;
use super::temuan::{KodeTemuan as K, Subjek, Temuan};

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
                super::kk::tanggal_indonesia(ttd),
                super::kk::tanggal_indonesia(batas)
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
    out
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
                super::angka::teks_id(th),
                k.label(),
                super::angka::teks_id(g.round_dp(2))
            ),
        ));
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

fn periksa_hkt(tahun: i32, skp: &SkpPegawai, out: &mut Vec<Temuan>) {
    out.extend(pengakuan_hkt(tahun, skp).temuan);
}

/// The HKT rules of a pegawai's year (seed 000, SE-17): the findings, and for each HKT in the SKP's order why it is
/// not admitted (empty when it is). An HKT that is not admitted adds 0 to the NHK.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PengakuanHkt {
    pub temuan: Vec<Temuan>,
    pub ditolak: Vec<Vec<String>>,
}

/// The date the "at most one year before the evaluation" rule measures from: the end of the evaluated year
/// (the annual evaluation; the spec does not say which date, see the issue note).
pub fn tanggal_evaluasi_hkt(tahun: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(tahun, 12, 31)
}

pub fn pengakuan_hkt(tahun: i32, skp: &SkpPegawai) -> PengakuanHkt {
    let nip = skp.nip.as_str();
    let mut out = PengakuanHkt {
        temuan: Vec::new(),
        ditolak: vec![Vec::new(); skp.hkt.len()],
    };
    // The first inovasi of each lingkup and the first full-time squad count; later ones are refused.
    let mut inovasi_per_lingkup: HashMap<Lingkup, u32> = HashMap::new();
    let mut squad_penuh = 0;
    let evaluasi = tanggal_evaluasi_hkt(tahun);
    for (i, h) in skp.hkt.iter().enumerate() {
        let s = || Subjek {
            nip: Some(nip.into()),
            kode_iku: None,
            lain: Some(format!("HKT {}", h.judul)),
        };
        let tolak = |kode: K, pesan: String, out: &mut PengakuanHkt| {
            out.ditolak[i].push(pesan.clone());
            out.temuan.push(Temuan::baru(kode, s(), pesan));
        };
        if h.nomor_sk.as_deref().is_none_or(|n| n.trim().is_empty()) {
            tolak(
                K::HktTanpaSk,
                format!(
                    "HKT \"{}\" belum mencantumkan nomor surat keputusan/penugasan.",
                    h.judul
                ),
                &mut out,
            );
        }
        match h.jenis {
            JenisHkt::Inovasi => {
                if !h.lolos_seleksi {
                    tolak(
                        K::InovasiBelumTerseleksi,
                        format!(
                            "Inovasi \"{}\" harus lolos seleksi Eselon I (KIKK) atau terdaftar di Katalog Inovasi.",
                            h.judul
                        ),
                        &mut out,
                    );
                }
                if !h.disetujui_pengelola {
                    tolak(
                        K::InovasiBelumDisetujui,
                        format!(
                            "Inovasi \"{}\" belum disetujui Pengelola Inovasi Unit.",
                            h.judul
                        ),
                        &mut out,
                    );
                }
                let luas = matches!(h.lingkup, Some(Lingkup::Instansi | Lingkup::Nasional));
                let sebelumnya: Vec<i32> = h
                    .tahun_dinilai
                    .iter()
                    .copied()
                    .filter(|y| *y < tahun)
                    .collect();
                let boleh = luas && sebelumnya.len() == 1 && sebelumnya[0] == tahun - 1;
                // The one-year limit applies to the first evaluation year; an instansi/nasional inovasi may be
                // scored again the following year (seed 000).
                let tahun_kedua = boleh && !sebelumnya.is_empty();
                match (h.tanggal_implementasi, evaluasi) {
                    (None, _) => tolak(
                        K::TanggalInovasiKosong,
                        format!(
                            "Tanggal implementasi inovasi \"{}\" belum diisi: syarat implementasi paling lama satu tahun sebelum evaluasi tidak dapat diperiksa.",
                            h.judul
                        ),
                        &mut out,
                    ),
                    (Some(t), Some(ev)) if t > ev => tolak(
                        K::InovasiKedaluwarsa,
                        format!(
                            "Inovasi \"{}\" diimplementasikan {}, sesudah akhir periode evaluasi ({}).",
                            h.judul,
                            super::kk::tanggal_indonesia(t),
                            super::kk::tanggal_indonesia(ev)
                        ),
                        &mut out,
                    ),
                    (Some(t), Some(ev))
                        if !tahun_kedua
                            && ev
                                .checked_sub_months(chrono::Months::new(12))
                                .is_some_and(|batas| t < batas) =>
                    {
                        tolak(
                            K::InovasiKedaluwarsa,
                            format!(
                                "Inovasi \"{}\" diimplementasikan {}: lebih dari satu tahun sebelum evaluasi ({}, akhir tahun penilaian).",
                                h.judul,
                                super::kk::tanggal_indonesia(t),
                                super::kk::tanggal_indonesia(ev)
                            ),
                            &mut out,
                        )
                    }
                    _ => {}
                }
                if !sebelumnya.is_empty() && !boleh {
                    let tahun_teks: Vec<String> =
                        sebelumnya.iter().map(|y| y.to_string()).collect();
                    tolak(
                        K::InovasiDinilaiUlang,
                        format!(
                            "Inovasi \"{}\" sudah dinilai pada {}; hanya lingkup instansi/nasional yang boleh dinilai dua tahun berturut-turut.",
                            h.judul,
                            tahun_teks.join(", ")
                        ),
                        &mut out,
                    );
                }
                if h.target.is_some_and(|t| t != dec!(100)) {
                    tolak(
                        K::TargetInovasiBukan100,
                        format!("Target IKI inovasi \"{}\" harus 100%.", h.judul),
                        &mut out,
                    );
                }
                match h.lingkup {
                    // Only an inovasi that meets every other rule takes its lingkup's one place.
                    Some(_) if !out.ditolak[i].is_empty() => {}
                    Some(l) => {
                        let n = inovasi_per_lingkup.entry(l).or_default();
                        *n += 1;
                        if *n == 2 {
                            out.temuan.push(Temuan::baru(
                                K::InovasiGandaPerLingkup,
                                Subjek::pegawai(nip),
                                format!(
                                    "Lebih dari satu inovasi pada lingkup {}: paling banyak satu per lingkup, hanya yang pertama dinilai.",
                                    l.label()
                                ),
                            ));
                        }
                        if *n > 1 {
                            out.ditolak[i].push(format!(
                                "Sudah ada inovasi lain pada lingkup {} (paling banyak satu per lingkup).",
                                l.label()
                            ));
                        }
                    }
                    None => out.temuan.push(Temuan::baru(
                        K::LingkupHktKosong,
                        s(),
                        format!("Lingkup inovasi \"{}\" belum diisi.", h.judul),
                    )),
                }
            }
            JenisHkt::SquadTeam => {
                if h.penuh_waktu && out.ditolak[i].is_empty() {
                    squad_penuh += 1;
                    if squad_penuh == 2 {
                        out.temuan.push(Temuan::baru(
                            K::SquadPenuhGanda,
                            Subjek::pegawai(nip),
                            "Lebih dari satu squad team penuh waktu: paling banyak satu, hanya yang pertama dinilai.",
                        ));
                    }
                    if squad_penuh > 1 {
                        out.ditolak[i].push(
                            "Sudah ada squad team penuh waktu lain (paling banyak satu penugasan)."
                                .into(),
                        );
                    }
                }
                if h.pemilik_kinerja.is_none() {
                    out.temuan.push(Temuan::baru(
                        K::LingkupHktKosong,
                        s(),
                        format!("Pemilik kinerja squad team \"{}\" belum diisi.", h.judul),
                    ));
                }
            }
            JenisHkt::PenugasanLain => {
                if h.lingkup.is_none() {
                    out.temuan.push(Temuan::baru(
                        K::LingkupHktKosong,
                        s(),
                        format!("Lingkup penugasan \"{}\" belum diisi.", h.judul),
                    ));
                }
            }
        }
    }
    out
}

pub fn periksa_bobot_perspektif(profil: &ProfilAturan) -> Vec<Temuan> {
    let b = &profil.parameter.bobot_perspektif.nilai;
    let jumlah = b.stakeholder + b.customer + b.internal_process + b.learning_growth;
    if jumlah != dec!(100) {
        vec![Temuan::baru(
            K::BobotPerspektifTidak100,
            Subjek::lain("Bobot perspektif"),
            format!(
                "Jumlah bobot perspektif {}%, harus 100%.",
                jumlah.normalize()
            ),
        )]
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
    let pct = |f: &dyn Fn(Predikat) -> bool| {
        Decimal::from(predikat.iter().filter(|p| f(**p)).count() * 100) / Decimal::from(n)
    };
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
            cek(
                bp + kurang > Decimal::ZERO,
                "harus ada Butuh Perbaikan dan/atau Kurang",
            );
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
            cek(
                kurang + bp >= dec!(10),
                "Kurang/Butuh Perbaikan paling sedikit 10%",
            );
            cek(sb.is_zero(), "tidak boleh ada Sangat Baik");
        }
    }
    masalah
        .into_iter()
        .map(|m| {
            Temuan::baru(
                K::DistribusiPredikat,
                Subjek::lain("Sebaran predikat"),
                format!("Pedoman distribusi PermenPANRB 6/2022: {m}."),
            )
        })
        .collect()
}

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
    let hari = |dm| super::profil::TenggatKk::tanggal(tahun, dm);
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

/// One info finding when the year's figures rest on parameters the regulation text did not confirm.
pub fn periksa_parameter_sementara(profil: &ProfilAturan) -> Vec<Temuan> {
    let daftar = profil.parameter_sementara();
    if daftar.is_empty() {
        return vec![];
    }
    vec![Temuan::baru(
        K::NilaiSementara,
        Subjek::lain(&format!("Profil {}", profil.kode.kode())),
        format!(
            "Nilai tahun ini bersifat sementara karena parameter berikut masih bawaan: {}.",
            daftar.join(", ")
        ),
    )]
}

/// One cascaded IKI and the IKU it comes from, for the cross-pegawai cascading checks.
#[derive(Debug, Clone, PartialEq)]
pub struct TautanCascading {
    pub nip: String,
    pub kode: String,
    /// true: fully cascading (same IKU and target); false: partially (target split).
    pub penuh: bool,
    pub target: Option<Decimal>,
    pub induk_nip: String,
    pub induk_kode: String,
    pub induk_target: Option<Decimal>,
    pub induk_satuan: String,
}

/// Units whose targets cannot be split by adding them up (a share, an index, a score).
fn satuan_tak_terjumlah(satuan: &str) -> bool {
    let s = satuan.trim().to_lowercase();
    s.contains('%')
        || s.contains("persen")
        || s.contains("indeks")
        || s.contains("nilai")
        || s.contains("skor")
}

/// Fully cascaded IKIs carry the parent's target; partially cascaded ones share it out (checked only for units
/// that add up). Findings name the child (fully) or the parent (partially).
pub fn periksa_cascading(tautan: &[TautanCascading]) -> Vec<Temuan> {
    let mut out = Vec::new();
    let mut sebagian: BTreeMap<(&str, &str), Vec<&TautanCascading>> = BTreeMap::new();
    for t in tautan {
        if t.penuh {
            if let (Some(a), Some(b)) = (t.target, t.induk_target)
                && a != b
            {
                out.push(Temuan::baru(
                        K::TargetCascadingPenuhBeda,
                        Subjek::iki(&t.nip, &t.kode),
                        format!(
                            "{}: fully cascading dari {} ({}) tetapi targetnya {} sedangkan target induk {}.",
                            t.kode,
                            t.induk_kode,
                            t.induk_nip,
                            super::angka::teks_id(a),
                            super::angka::teks_id(b)
                        ),
                    ));
            }
        } else {
            sebagian
                .entry((t.induk_nip.as_str(), t.induk_kode.as_str()))
                .or_default()
                .push(t);
        }
    }
    for ((nip, kode), anak) in sebagian {
        let induk = anak[0];
        if satuan_tak_terjumlah(&induk.induk_satuan) {
            continue;
        }
        let (Some(target), Some(jumlah)) = (
            induk.induk_target,
            anak.iter().map(|a| a.target).sum::<Option<Decimal>>(),
        ) else {
            continue;
        };
        if jumlah != target {
            out.push(Temuan::baru(
                K::JumlahCascadingSebagianBeda,
                Subjek::iki(nip, kode),
                format!(
                    "{kode}: dibagi ke {} IKI bawahan dengan jumlah target {} sedangkan target {kode} {}.",
                    anak.len(),
                    super::angka::teks_id(jumlah),
                    super::angka::teks_id(target)
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::profil::KodeProfil;

    fn tgl(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// (alasan, tanggal usulan) -> finding code or none
    fn check(cases: &[(AlasanAddendum, &str, Option<&str>)]) {
        check_tingkat(TingkatJabatan::Pelaksana, cases);
    }

    fn check_tingkat(tingkat: TingkatJabatan, cases: &[(AlasanAddendum, &str, Option<&str>)]) {
        let p = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
        for (alasan, tanggal, want) in cases {
            let got = periksa_addendum(
                &p,
                2025,
                "198503122010011003",
                tingkat,
                *alasan,
                tgl(tanggal),
            );
            assert_eq!(
                got.first().map(|t| t.kode),
                *want,
                "{tingkat:?} {alasan:?} {tanggal}"
            );
        }
    }

    #[test]
    fn addendum_komposisi_hanya_pelaksana_fungsional() {
        let komposisi = AlasanAddendum::KomposisiPegawai {
            tanggal_perubahan: tgl("2025-08-01"),
        };
        check_tingkat(
            TingkatJabatan::Fungsional,
            &[(komposisi, "2025-08-10", None)],
        );
        for t in [
            TingkatJabatan::Pengawas,
            TingkatJabatan::Administrator,
            TingkatJabatan::PemilikPeta,
        ] {
            check_tingkat(
                t,
                &[
                    (komposisi, "2025-08-10", Some("KK-009")),
                    (AlasanAddendum::Umum, "2025-07-01", None),
                ],
            );
        }
    }

    /// (fully?, child target, parent target, parent unit) per link -> finding codes
    fn check_cascading(cases: &[(&[(bool, Option<Decimal>)], Option<Decimal>, &str, &[&str])]) {
        for (anak, induk, satuan, want) in cases {
            let tautan: Vec<TautanCascading> = anak
                .iter()
                .enumerate()
                .map(|(i, (penuh, t))| TautanCascading {
                    nip: format!("19900101201501100{i}"),
                    kode: format!("1.1.{i}"),
                    penuh: *penuh,
                    target: *t,
                    induk_nip: "198001012005011001".into(),
                    induk_kode: "1.1".into(),
                    induk_target: *induk,
                    induk_satuan: satuan.to_string(),
                })
                .collect();
            let got: Vec<&str> = periksa_cascading(&tautan).iter().map(|t| t.kode).collect();
            assert_eq!(&got, want, "{anak:?} {induk:?} {satuan}");
        }
    }

    #[test]
    fn cascading_penuh_dan_sebagian() {
        use rust_decimal_macros::dec;
        check_cascading(&[
            (&[(true, Some(dec!(95)))], Some(dec!(95)), "%", &[]),
            (&[(true, Some(dec!(90)))], Some(dec!(95)), "%", &["IKU-013"]),
            (&[(true, None)], Some(dec!(95)), "%", &[]),
            // 12 laporan split 4 + 8: fine; 4 + 4: the parent is named.
            (
                &[(false, Some(dec!(4))), (false, Some(dec!(8)))],
                Some(dec!(12)),
                "laporan",
                &[],
            ),
            (
                &[(false, Some(dec!(4))), (false, Some(dec!(4)))],
                Some(dec!(12)),
                "laporan",
                &["IKU-014"],
            ),
            // Shares and indexes are not added up; an empty child target leaves the split unchecked.
            (
                &[(false, Some(dec!(90))), (false, Some(dec!(95)))],
                Some(dec!(95)),
                "%",
                &[],
            ),
            (
                &[(false, Some(dec!(4))), (false, None)],
                Some(dec!(12)),
                "dokumen",
                &[],
            ),
        ]);
    }

    #[test]
    fn batas_addendum() {
        use AlasanAddendum::*;
        check(&[
            (Umum, "2025-07-20", None),
            (Umum, "2025-07-21", Some("KK-006")),
            (Kebijakan, "2025-10-18", None),
            (Kebijakan, "2025-10-19", Some("KK-006")),
            (
                KomposisiPegawai {
                    tanggal_perubahan: tgl("2025-08-01"),
                },
                "2025-08-16",
                None,
            ),
            (
                KomposisiPegawai {
                    tanggal_perubahan: tgl("2025-08-01"),
                },
                "2025-08-17",
                Some("KK-006"),
            ),
            (
                KomposisiPegawai {
                    tanggal_perubahan: tgl("2025-10-10"),
                },
                "2025-10-19",
                Some("KK-006"),
            ),
        ]);
    }

    #[test]
    fn distribusi_dan_bobot() {
        use Predikat::*;
        let semua_baik = vec![Baik; 10];
        let t = periksa_distribusi(PredikatOrganisasi::Baik, &semua_baik);
        assert_eq!(t.len(), 2, "{t:?}");
        let campur = [vec![SangatBaik; 2], vec![Baik; 6], vec![ButuhPerbaikan; 2]].concat();
        assert!(periksa_distribusi(PredikatOrganisasi::Baik, &campur).is_empty());
        assert_eq!(
            periksa_distribusi(PredikatOrganisasi::SangatKurang, &[SangatBaik]).len(),
            3
        );
        assert!(
            periksa_bobot_perspektif(&ProfilAturan::bawaan(KodeProfil::Kmk300_2022)).is_empty()
        );
        let mut p = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
        p.parameter.bobot_perspektif.nilai.customer = rust_decimal_macros::dec!(30);
        assert_eq!(periksa_bobot_perspektif(&p)[0].kode, "NKO-001");
        assert_eq!(periksa_parameter_sementara(&p)[0].kode, "NIL-001");
    }
}

#[cfg(test)]
mod tests_skp {
    use super::*;
    use crate::domain::model::{HktPegawai, JenisHkt, PemilikKinerja, StatusPegawai};
    use crate::domain::profil::KodeProfil;

    fn tgl(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn inovasi(lingkup: Lingkup, implementasi: &str, dinilai: &[i32]) -> HktPegawai {
        HktPegawai {
            judul: "Aplikasi antrean daring".into(),
            jenis: JenisHkt::Inovasi,
            lingkup: Some(lingkup),
            penuh_waktu: false,
            pemilik_kinerja: None,
            nomor_sk: Some("KEP-12/WPB.1/2025".into()),
            lolos_seleksi: true,
            disetujui_pengelola: true,
            polarisasi: None,
            tanggal_implementasi: Some(tgl(implementasi)),
            tahun_dinilai: dinilai.to_vec(),
            target: Some(dec!(100)),
            realisasi: Some(dec!(100)),
        }
    }

    fn skp(hkt: Vec<HktPegawai>) -> SkpPegawai {
        SkpPegawai {
            nip: "198503122010011003".into(),
            nama: "Uji".into(),
            tingkat: TingkatJabatan::Pelaksana,
            status: StatusPegawai::Aktif,
            tanggal_mulai: tgl("2020-01-02"),
            punya_atasan: true,
            kk_ditandatangani: Some(tgl("2025-01-20")),
            iki: vec![],
            hkt,
            dialog_kinerja: vec![],
            kembali_dari: None,
        }
    }

    /// (HKT list) -> the HKT-* codes found, sorted
    fn check(cases: Vec<(Vec<HktPegawai>, Vec<&str>)>) {
        let p = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
        for (hkt, want) in cases {
            let judul: Vec<String> = hkt
                .iter()
                .map(|h| format!("{:?}/{:?}", h.jenis, h.lingkup))
                .collect();
            let mut got: Vec<&str> = periksa_skp(
                &p,
                2025,
                tgl("2025-12-15"),
                &KalenderLibur::default(),
                &skp(hkt),
            )
            .iter()
            .map(|t| t.kode)
            .filter(|k| k.starts_with("HKT"))
            .collect();
            got.sort();
            assert_eq!(got, want, "{judul:?}");
        }
    }

    #[test]
    fn aturan_hkt_seed_000() {
        use Lingkup::*;
        let tanpa_sk = HktPegawai {
            nomor_sk: None,
            ..inovasi(UnitKerja, "2025-03-01", &[])
        };
        let belum_seleksi = HktPegawai {
            lolos_seleksi: false,
            ..inovasi(UnitKerja, "2025-03-01", &[])
        };
        let target_90 = HktPegawai {
            target: Some(dec!(90)),
            ..inovasi(UnitKerja, "2025-03-01", &[])
        };
        let squad = |penuh| HktPegawai {
            jenis: JenisHkt::SquadTeam,
            lingkup: None,
            penuh_waktu: penuh,
            pemilik_kinerja: Some(PemilikKinerja::Pptm),
            ..inovasi(UnitKerja, "2025-03-01", &[])
        };
        check(vec![
            (vec![inovasi(UnitKerja, "2025-03-01", &[])], vec![]),
            (vec![tanpa_sk], vec!["HKT-001"]),
            (vec![belum_seleksi], vec!["HKT-002"]),
            (vec![inovasi(UnitKerja, "2024-06-01", &[])], vec!["HKT-003"]),
            (
                vec![inovasi(UnitKerja, "2025-01-10", &[2024])],
                vec!["HKT-004"],
            ),
            (vec![inovasi(Nasional, "2025-01-10", &[2024])], vec![]),
            // The second evaluation year of an instansi/nasional inovasi: the one-year limit was the first year's.
            (vec![inovasi(Nasional, "2024-03-01", &[2024])], vec![]),
            (vec![inovasi(UnitKerja, "2024-12-31", &[])], vec![]),
            (vec![inovasi(UnitKerja, "2024-12-30", &[])], vec!["HKT-003"]),
            (vec![inovasi(UnitKerja, "2026-01-05", &[])], vec!["HKT-003"]),
            (
                vec![HktPegawai {
                    tanggal_implementasi: None,
                    ..inovasi(UnitKerja, "2025-03-01", &[])
                }],
                vec!["HKT-010"],
            ),
            // A refused inovasi does not take its lingkup's place: the valid second one counts, no HKT-006.
            (
                vec![
                    HktPegawai {
                        nomor_sk: None,
                        ..inovasi(Instansi, "2025-03-01", &[])
                    },
                    inovasi(Instansi, "2025-04-01", &[]),
                ],
                vec!["HKT-001"],
            ),
            (
                vec![inovasi(Nasional, "2025-01-10", &[2023, 2024])],
                vec!["HKT-004"],
            ),
            (vec![target_90], vec!["HKT-005"]),
            (
                vec![
                    inovasi(Instansi, "2025-03-01", &[]),
                    inovasi(Instansi, "2025-04-01", &[]),
                ],
                vec!["HKT-006"],
            ),
            (
                vec![
                    inovasi(Instansi, "2025-03-01", &[]),
                    inovasi(Nasional, "2025-04-01", &[]),
                ],
                vec![],
            ),
            (vec![squad(true), squad(false)], vec![]),
            (vec![squad(true), squad(true)], vec!["HKT-007"]),
        ]);
    }

    /// (start date, dialog dates, today) -> the quarters flagged by DKI-001.
    #[test]
    fn dki_setiap_triwulan() {
        let p = ProfilAturan::bawaan(KodeProfil::Kmk300_2022);
        use crate::domain::model::*;
        let iki = Iki {
            kode: "1.1".into(),
            nama: "Persentase SP2D tepat waktu".into(),
            kode_ss: None,
            perspektif: None,
            jenis: JenisIki::Utama,
            aspek: Some(Aspek::Waktu),
            kategori: KategoriIki::Lama,
            polarisasi: Some(Polarisasi::Maximize),
            konsolidasi: Some(Konsolidasi::Average),
            sifat_tlk: None,
            validitas: Some(Validitas::Exact),
            kendali: Some(Kendali::Moderate),
            konversi_120: false,
            r_worst: None,
            target_triwulan: [Some(dec!(100)); 4],
            realisasi_triwulan: [None; 4],
            target_tahunan: Some(dec!(100)),
            target_y1: Some(dec!(100)),
            realisasi_y1: Some(dec!(99)),
            realisasi_serah_terima: None,
        };
        let check = |mulai: &str, dki: &[&str], hari: &str, want: &[&str]| {
            let s = SkpPegawai {
                tanggal_mulai: tgl(mulai),
                iki: vec![iki.clone()],
                dialog_kinerja: dki.iter().map(|d| tgl(d)).collect(),
                ..skp(vec![])
            };
            let got: Vec<String> = periksa_skp(&p, 2025, tgl(hari), &KalenderLibur::default(), &s)
                .into_iter()
                .filter(|t| t.kode == "DKI-001")
                .map(|t| {
                    t.pesan
                        .split("TW ")
                        .nth(1)
                        .unwrap_or("")
                        .split(' ')
                        .next()
                        .unwrap_or("")
                        .to_string()
                })
                .collect();
            assert_eq!(got, want, "{mulai} {dki:?} {hari}");
        };
        // Nothing has ended yet on 31 March; TW I ends that day.
        check("2020-01-02", &[], "2025-03-31", &[]);
        check("2020-01-02", &[], "2025-04-01", &["I"]);
        check("2020-01-02", &["2025-03-31"], "2025-07-15", &["II"]);
        check(
            "2020-01-02",
            &["2025-01-01", "2025-06-30"],
            "2025-07-15",
            &[],
        );
        check(
            "2020-01-02",
            &["2025-02-10", "2025-05-10", "2025-08-10"],
            "2026-01-05",
            &["IV"],
        );
        // Joined in May: TW I is not theirs.
        check("2025-05-02", &["2025-06-10"], "2025-07-15", &[]);
        // No SKP, no dialog to report.
        let kosong = SkpPegawai {
            tanggal_mulai: tgl("2020-01-02"),
            ..skp(vec![])
        };
        assert!(
            periksa_skp(
                &p,
                2025,
                tgl("2026-01-05"),
                &KalenderLibur::default(),
                &kosong
            )
            .iter()
            .all(|t| t.kode != "DKI-001")
        );
    }

    /// (profile, tingkat, IKIs as (validitas, kendali, aspek)) -> the IKU-015/016/017 and IKU-001 codes found.
    #[test]
    fn batas_jumlah_activity_high_dan_aspek() {
        use crate::domain::model::*;
        let iki = |i: usize, v: Validitas, k: Kendali, aspek: Option<Aspek>| Iki {
            kode: format!("1.{i}"),
            nama: format!("IKU {i}"),
            kode_ss: Some(format!("SS-{i}")),
            perspektif: Some(Perspektif::Stakeholder),
            jenis: JenisIki::Utama,
            aspek,
            kategori: KategoriIki::BaruTanpaHistoris,
            polarisasi: Some(Polarisasi::Maximize),
            konsolidasi: Some(Konsolidasi::Average),
            sifat_tlk: None,
            validitas: Some(v),
            kendali: Some(k),
            konversi_120: false,
            r_worst: None,
            target_triwulan: [Some(dec!(100)); 4],
            realisasi_triwulan: [None; 4],
            target_tahunan: Some(dec!(100)),
            target_y1: None,
            realisasi_y1: None,
            realisasi_serah_terima: None,
        };
        let check = |kode: KodeProfil, tingkat: TingkatJabatan, daftar: Vec<Iki>, want: &[&str]| {
            let p = ProfilAturan::bawaan(kode);
            let s = SkpPegawai {
                tingkat,
                iki: daftar,
                ..skp(vec![])
            };
            let mut got: Vec<&str> =
                periksa_skp(&p, 2025, tgl("2025-01-10"), &KalenderLibur::default(), &s)
                    .iter()
                    .map(|t| t.kode)
                    .filter(|k| matches!(*k, "IKU-001" | "IKU-015" | "IKU-016" | "IKU-017"))
                    .collect();
            got.sort();
            got.dedup();
            assert_eq!(got, want, "{kode:?} {tingkat:?}");
        };
        use Kendali::*;
        use Validitas::*;
        let tujuh = |a: Option<Aspek>| {
            (0..7)
                .map(|i| iki(i, Proxy, Moderate, a))
                .collect::<Vec<_>>()
        };
        // Seven IKIs for a pelaksana: the KMK 300 limit is provisional, so a warning (IKU-015), never IKU-001.
        check(
            KodeProfil::Kmk300_2022,
            TingkatJabatan::Pelaksana,
            tujuh(Some(Aspek::Kuantitas)),
            &["IKU-015"],
        );
        check(
            KodeProfil::Kmk127_2026,
            TingkatJabatan::Pelaksana,
            tujuh(Some(Aspek::Kuantitas)),
            &["IKU-015"],
        );
        // KMK 467's limit is verified: it blocks.
        let sebelas = (0..11)
            .map(|i| iki(i, Proxy, Moderate, Some(Aspek::Kuantitas)))
            .collect();
        check(
            KodeProfil::Kmk467_2014,
            TingkatJabatan::Pelaksana,
            sebelas,
            &["IKU-001"],
        );
        // Activity – high: allowed for staff, not for the owner of the peta strategi (KMK 467 hal. 15).
        let ah = || {
            vec![
                iki(1, Activity, High, Some(Aspek::Kuantitas)),
                iki(2, Proxy, Moderate, Some(Aspek::Kuantitas)),
                iki(3, Exact, Moderate, Some(Aspek::Kuantitas)),
            ]
        };
        check(
            KodeProfil::Kmk300_2022,
            TingkatJabatan::Pelaksana,
            ah(),
            &[],
        );
        check(
            KodeProfil::Kmk300_2022,
            TingkatJabatan::PemilikPeta,
            ah(),
            &["IKU-016"],
        );
        // No aspek: a finding, not silently kuantitas.
        check(
            KodeProfil::Kmk300_2022,
            TingkatJabatan::Pelaksana,
            vec![
                iki(1, Proxy, Moderate, None),
                iki(2, Proxy, Moderate, Some(Aspek::Waktu)),
                iki(3, Proxy, Moderate, Some(Aspek::Waktu)),
            ],
            &["IKU-017"],
        );
    }
}
