//! The HKT rules of a pegawai's year (seed 000, SE-17): which HKT are admitted and the HKT-xxx findings.
use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal_macros::dec;

use crate::domain::model::{JenisHkt, Lingkup, SkpPegawai};
use crate::domain::temuan::{KodeTemuan as K, Subjek, Temuan};

pub(super) fn periksa_hkt(tahun: i32, skp: &SkpPegawai, out: &mut Vec<Temuan>) {
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
                            crate::domain::kk::tanggal_indonesia(t),
                            crate::domain::kk::tanggal_indonesia(ev)
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
                                crate::domain::kk::tanggal_indonesia(t),
                                crate::domain::kk::tanggal_indonesia(ev)
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
