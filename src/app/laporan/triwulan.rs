//! The quarterly report (laporan kinerja triwulanan) of the office: built from the same actions the screens use
//! (Evaluasi's rekap and rincian, the inisiatif, risiko and DKO lists), so its figures are the screens' figures.
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::{iso_ke_tampil, salah};
use crate::domain::capaian::romawi;

/// One IKU of the office in the report.
#[derive(Debug, Clone, Serialize, TS)]
pub struct IkuLaporan {
    pub kode: String,
    pub nama: String,
    pub target: String,
    pub realisasi: String,
    /// Indeks capaian as the Evaluasi screen shows it ("-" when not computed).
    pub indeks: String,
    /// Hijau / Kuning / Merah, or "-".
    pub status: String,
    /// The evidence recorded with the quarter's realisasi.
    pub keterangan: String,
    /// Why it is below its target, as the office explains it for this quarter (empty when not given).
    pub penjelasan: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct IsLaporan {
    pub kode: String,
    pub nama: String,
    /// The quarter's milestone ("-" when it has none).
    pub tonggak: String,
    pub progres_triwulan: String,
    pub status: String,
    /// Mean progress of the milestones up to the quarter.
    pub progres_kumulatif: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct RisikoLaporan {
    pub kode: String,
    pub sasaran: String,
    pub uraian: String,
    pub level_awal: String,
    pub level_kini: String,
    pub mitigasi: String,
    pub pemilik: String,
    pub status: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DkoLaporan {
    pub tanggal: String,
    pub pimpinan: String,
    pub peserta: u32,
    pub keputusan: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct AksiLaporan {
    /// "DKO TW I".
    pub dari: String,
    pub uraian: String,
    pub pic: String,
    pub batas: String,
    pub status: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct LaporanTriwulan {
    pub tahun: i32,
    pub triwulan: u8,
    pub kantor: String,
    pub profil: String,
    pub nko: Option<String>,
    pub predikat_nko: Option<String>,
    /// The NKO rests on a provisional rule or parameter.
    pub sementara: bool,
    /// The predikat's bands are provisional under the year's profile.
    pub predikat_sementara: bool,
    pub iku: Vec<IkuLaporan>,
    pub inisiatif: Vec<IsLaporan>,
    pub risiko: Vec<RisikoLaporan>,
    pub dko: Vec<DkoLaporan>,
    pub rencana_aksi: Vec<AksiLaporan>,
    /// Where the rules and bands come from, and which are provisional.
    pub catatan: Vec<String>,
}

/// Traffic light of an indeks capaian: hijau from 100 (KMK 127, LPKR); kuning from 80 and merah below are this
/// app's provisional bands (shared spec §2: not verified).
fn status_indeks(indeks: Option<rust_decimal::Decimal>) -> String {
    use rust_decimal_macros::dec;
    match indeks {
        None => "-".into(),
        Some(x) if x >= dec!(100) => "Hijau".into(),
        Some(x) if x >= dec!(80) => "Kuning".into(),
        Some(_) => "Merah".into(),
    }
}

/// The report of quarter `triwulan` of `tahun`, as of `hari_ini`.
pub fn laporan_triwulan(
    db: &crate::store::Db,
    tahun: i32,
    triwulan: u8,
    hari_ini: NaiveDate,
) -> Result<LaporanTriwulan, AppError> {
    if !(1..=4).contains(&triwulan) {
        return Err(salah("Triwulan", "pilih 1 sampai 4"));
    }
    let q = usize::from(triwulan);
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let kantor = db.data_kantor()?;
    let rekap = crate::app::evaluasi::rekap_nilai(db, tahun, Some(q), hari_ini)?;
    let skor = crate::app::evaluasi::skor_kantor(db, tahun, Some(q))?;
    let pemilik = skor
        .pegawai
        .iter()
        .find(|p| p.pemilik_peta)
        .map(|p| p.nip.clone());
    let bukti = db.bukti_tahun(tahun)?;
    let penjelasan = db.penjelasan_deviasi(tahun, triwulan)?;
    // The IKUs that make the NKO (the head's IKIs with a perspektif, not tambahan), with their unrounded index for
    // the colour and the Evaluasi screen's rounding for the text.
    let iku = match &pemilik {
        Some(nip) => {
            let n = crate::app::evaluasi::nilai_satu(db, tahun, nip, q)?;
            let skp = crate::app::umum::skp_pegawai(db, tahun, nip)?;
            let angka = |d: Option<rust_decimal::Decimal>| {
                d.map_or("-".to_string(), |d| {
                    crate::domain::angka::format_id(d, if d.fract().is_zero() { 0 } else { 2 })
                })
            };
            n.iki
                .iter()
                .zip(&skp.iki)
                .filter(|(_, i)| {
                    i.jenis != crate::domain::model::JenisIki::Tambahan && i.perspektif.is_some()
                })
                .map(|(x, i)| IkuLaporan {
                    penjelasan: penjelasan.get(&x.kode).cloned().unwrap_or_default(),
                    keterangan: bukti
                        .get(&(nip.clone(), x.kode.clone()))
                        .map(|b| b[q - 1].clone())
                        .unwrap_or_default(),
                    status: status_indeks(x.indeks.nilai),
                    indeks: crate::app::umum::AngkaTampil::dari(&x.indeks, 2)
                        .teks
                        .unwrap_or_else(|| "-".into()),
                    target: angka(x.target),
                    realisasi: angka(x.realisasi),
                    kode: x.kode.clone(),
                    nama: i.nama.clone(),
                })
                .collect()
        }
        None => vec![],
    };
    let inisiatif = db
        .inisiatif_tahun(tahun)?
        .into_iter()
        .map(|r| {
            let t = r.tonggak.iter().find(|t| t.triwulan == triwulan);
            IsLaporan {
                tonggak: t.map_or("-".into(), |t| t.uraian.clone()),
                progres_triwulan: t.map_or("-".into(), |t| format!("{}%", t.progres)),
                status: t.map_or("-".into(), |t| {
                    crate::domain::model::StatusTonggak::dari_kode(&t.status)
                        .map(|s| s.label())
                        .unwrap_or(&t.status)
                        .into()
                }),
                progres_kumulatif: crate::app::pemantauan::progres_rata(&r.tonggak, triwulan)
                    .map_or("-".into(), crate::app::pemantauan::persen),
                kode: r.kode,
                nama: r.nama,
            }
        })
        .collect();
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let ss = crate::app::pemantauan::ss_kantor(db, tahun)?;
    let iku_pilihan = crate::app::pemantauan::iku_kantor(db, tahun)?;
    let akhir_tw = NaiveDate::from_ymd_opt(tahun, 3 * u32::from(triwulan), 1)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
        .and_then(|d| d.pred_opt())
        .unwrap_or(hari_ini);
    let risiko = db
        .risiko_tahun(tahun)?
        .iter()
        .map(|r| {
            let t = crate::app::pemantauan::tampil_risiko(
                r,
                triwulan,
                &nama,
                &ss,
                &iku_pilihan,
                akhir_tw,
            );
            RisikoLaporan {
                kode: t.kode,
                sasaran: [
                    (!r.ss_kode.is_empty()).then(|| r.ss_kode.clone()),
                    (!r.iku_kode.is_empty()).then(|| format!("IKU {}", r.iku_kode)),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · "),
                uraian: t.uraian,
                level_awal: t.level_awal.map_or("-".into(), |l| l.label),
                // The level after the latest monitoring, with its quarter when that is not this one.
                level_kini: match (
                    t.level_kini,
                    crate::app::pemantauan::pantauan_terakhir(r, triwulan),
                ) {
                    (Some(l), Some(p)) if p.triwulan < triwulan => {
                        format!("{} (TW {})", l.label, romawi(p.triwulan.into()))
                    }
                    (Some(l), _) => l.label,
                    _ => "belum dipantau".into(),
                },
                mitigasi: t.mitigasi,
                pemilik: t.pemilik,
                status: t.status,
            }
        })
        .collect();
    let semua_dko = db.dko_tahun(tahun)?;
    let nama_dari = |n: &Option<String>| {
        n.as_ref()
            .map(|n| nama.get(n).cloned().unwrap_or_else(|| n.clone()))
            .unwrap_or_default()
    };
    let dko = semua_dko
        .iter()
        .filter(|d| d.triwulan == triwulan)
        .map(|d| DkoLaporan {
            tanggal: iso_ke_tampil(&d.tanggal),
            pimpinan: nama_dari(&d.pimpinan_nip),
            peserta: d.peserta.len() as u32,
            keputusan: d.keputusan.clone(),
        })
        .collect();
    let rencana_aksi = semua_dko
        .iter()
        .filter(|d| d.triwulan <= triwulan)
        .flat_map(|d| d.rencana_aksi.iter().map(move |a| (d.triwulan, a)))
        .map(|(tw, a)| AksiLaporan {
            dari: format!("DKO TW {}", romawi(tw.into())),
            uraian: a.uraian.clone(),
            pic: nama_dari(&a.pic_nip),
            batas: iso_ke_tampil(&a.batas),
            status: crate::domain::model::StatusAksi::dari_kode(&a.status)
                .map(|s| s.label())
                .unwrap_or(&a.status)
                .into(),
        })
        .collect();
    let mut catatan = vec![
        format!("Profil aturan: {} ({}).", profil.nama, profil.dasar_hukum),
        format!(
            "Status capaian IKU: Hijau bila indeks capaian ≥ 100 (KMK 127/2026, LPKR{}); batas Kuning (80 sampai < 100) dan Merah (< 80) sementara, belum diverifikasi.",
            if profil.kode == crate::domain::profil::KodeProfil::Kmk127_2026 {
                ""
            } else {
                "; dipakai juga untuk tahun ini sebagai acuan"
            }
        ),
        "Progres inisiatif strategis: rata-rata progres tonggak sampai triwulan ini (aturan aplikasi).".into(),
        format!(
            "Disusun dari data per {}: status rencana aksi dan pemantauan adalah keadaan pada tanggal itu.",
            crate::domain::kk::tanggal_indonesia(hari_ini)
        ),
        format!("Level risiko menurut {}.", crate::domain::risiko::SUMBER),
    ];
    let sementara = rekap.nko.as_ref().is_some_and(|n| n.sementara);
    let predikat_sementara = rekap.predikat_nko_sementara;
    if sementara {
        catatan.push(
            "NKO bertumpu pada aturan atau parameter sementara (lihat Pengaturan > Profil aturan)."
                .into(),
        );
    }
    if predikat_sementara {
        catatan.push(if profil.kode == crate::domain::profil::KodeProfil::Kmk127_2026 {
            "Predikat NKO menurut KMK 127/2026 (110/100/90/80); nilai tepat pada batasnya dimasukkan ke predikat di atasnya (bawaan aplikasi, sementara).".into()
        } else {
            "Batas predikat NKO (110/100/90/80) diambil dari KMK 127/2026 karena batas untuk profil tahun ini tidak ditemukan (sementara).".into()
        });
    }
    Ok(LaporanTriwulan {
        tahun,
        triwulan,
        kantor: kantor.nama,
        profil: profil.kode.label().into(),
        nko: rekap.nko.and_then(|n| n.teks),
        predikat_nko: rekap.predikat_nko,
        sementara,
        predikat_sementara,
        iku,
        inisiatif,
        risiko,
        dko,
        rencana_aksi,
        catatan,
    })
}

/// The PDF's last column: the explanation of a deviation first, then the evidence.
fn keterangan_pdf(x: &IkuLaporan) -> String {
    match (x.penjelasan.is_empty(), x.keterangan.is_empty()) {
        (true, _) => x.keterangan.clone(),
        (false, true) => x.penjelasan.clone(),
        (false, false) => format!("{} (Bukti: {})", x.penjelasan, x.keterangan),
    }
}

/// An IKU of the office in the quarter, for explaining its deviation.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DeviasiIku {
    pub kode: String,
    pub nama: String,
    pub target: String,
    pub realisasi: String,
    pub indeks: String,
    /// Hijau / Kuning / Merah, or "-".
    pub status: String,
    pub penjelasan: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DaftarDeviasi {
    pub tahun: i32,
    pub triwulan: u8,
    /// The IKUs below target (kuning or merah), and any other that already has an explanation.
    pub iku: Vec<DeviasiIku>,
    /// How many IKUs the report has in all.
    pub jumlah_iku: u32,
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize, TS)]
pub struct FormDeviasi {
    pub kode: String,
    pub penjelasan: String,
}

pub fn daftar_deviasi(
    db: &crate::store::Db,
    tahun: i32,
    triwulan: u8,
    hari_ini: NaiveDate,
) -> Result<DaftarDeviasi, AppError> {
    let l = laporan_triwulan(db, tahun, triwulan, hari_ini)?;
    Ok(DaftarDeviasi {
        tahun,
        triwulan,
        jumlah_iku: l.iku.len() as u32,
        iku: l
            .iku
            .into_iter()
            .filter(|x| matches!(x.status.as_str(), "Kuning" | "Merah") || !x.penjelasan.is_empty())
            .map(|x| DeviasiIku {
                kode: x.kode,
                nama: x.nama,
                target: x.target,
                realisasi: x.realisasi,
                indeks: x.indeks,
                status: x.status,
                penjelasan: x.penjelasan,
            })
            .collect(),
    })
}

/// Stores the explanations of a quarter (an empty one removes it): all or nothing, each checked.
pub fn simpan_deviasi(
    db: &mut crate::store::Db,
    tahun: i32,
    triwulan: u8,
    isi: &[FormDeviasi],
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarDeviasi, AppError> {
    let ada = laporan_triwulan(db, tahun, triwulan, hari_ini)?;
    let mut tulis = Vec::new();
    for f in isi {
        let field = format!("Penjelasan {}", f.kode);
        if !ada.iku.iter().any(|x| x.kode == f.kode) {
            return Err(salah(
                &field,
                format!("{} bukan IKU kantor tahun {tahun}", f.kode),
            ));
        }
        crate::app::umum::batas_teks(&[(
            &field,
            &f.penjelasan,
            crate::domain::batas::JenisTeks::Uraian,
        )])?;
        tulis.push((f.kode.clone(), f.penjelasan.trim().to_string()));
    }
    db.simpan_penjelasan_deviasi(tahun, triwulan, &tulis, waktu)?;
    daftar_deviasi(db, tahun, triwulan, hari_ini)
}

/// "Laporan-Triwulan-2026-TWII".
pub fn nama_laporan_triwulan(tahun: i32, triwulan: u8) -> String {
    format!("Laporan-Triwulan-{tahun}-TW{}", romawi(triwulan.into()))
}

/// The report as PDF bytes.
pub fn pdf_laporan_triwulan(
    db: &crate::store::Db,
    l: &LaporanTriwulan,
    dibuat_unix: i64,
) -> Result<Vec<u8>, AppError> {
    let kantor = db.data_kantor()?;
    let tw = romawi(l.triwulan.into());
    let pj = |n: &Option<String>| -> (String, String, String) {
        let p = n.as_ref().and_then(|n| {
            crate::app::kantor::daftar_pegawai(db, "")
                .ok()?
                .into_iter()
                .find(|p| &p.nip == n)
        });
        match p {
            Some(p) => (p.jabatan, p.nama, p.nip_berformat),
            None => (String::new(), String::new(), String::new()),
        }
    };
    let kepala = crate::app::evaluasi::skor_kantor(db, l.tahun, Some(l.triwulan.into()))?
        .pegawai
        .into_iter()
        .find(|p| p.pemilik_peta)
        .map(|p| p.nip);
    use crate::pdf::laporan::{Bagian, IsiLaporan};
    use crate::pdf::{Rata, kolom};
    let isi = IsiLaporan {
        induk: kantor.induk.clone(),
        kantor: kantor.nama.clone(),
        alamat: kantor.alamat.clone(),
        judul: "LAPORAN KINERJA TRIWULANAN".into(),
        periode: format!("Triwulan {tw} Tahun {}", l.tahun),
        ringkasan: vec![
            (
                "Nilai Kinerja Organisasi".into(),
                l.nko.clone().map_or("-".into(), |n| {
                    if l.sementara {
                        format!("{n} (sementara)")
                    } else {
                        n
                    }
                }),
            ),
            (
                "Predikat".into(),
                l.predikat_nko.clone().map_or("-".into(), |p| {
                    if l.predikat_sementara {
                        format!("{p} (sementara)")
                    } else {
                        p
                    }
                }),
            ),
            ("Profil aturan".into(), l.profil.clone()),
        ],
        bagian: vec![
            Bagian {
                judul: "A. Capaian Indikator Kinerja Utama".into(),
                kolom: vec![
                    kolom("Kode", 16.0, Rata::Kiri),
                    kolom("Indikator Kinerja Utama", 52.0, Rata::Kiri),
                    kolom("Target", 16.0, Rata::Kanan),
                    kolom("Realisasi", 16.0, Rata::Kanan),
                    kolom("Indeks", 15.0, Rata::Kanan),
                    kolom("Status", 14.0, Rata::Kiri),
                    kolom("Penjelasan / bukti", 41.0, Rata::Kiri),
                ],
                baris: l
                    .iku
                    .iter()
                    .map(|x| {
                        vec![
                            x.kode.clone(),
                            x.nama.clone(),
                            x.target.clone(),
                            x.realisasi.clone(),
                            x.indeks.clone(),
                            x.status.clone(),
                            keterangan_pdf(x),
                        ]
                    })
                    .collect(),
                kosong: "Belum ada IKU kantor (IKI kepala kantor) tahun ini.".into(),
            },
            Bagian {
                judul: "B. Progres Inisiatif Strategis".into(),
                kolom: vec![
                    kolom("Kode", 14.0, Rata::Kiri),
                    kolom("Inisiatif strategis", 46.0, Rata::Kiri),
                    kolom(&format!("Tonggak TW {tw}"), 50.0, Rata::Kiri),
                    kolom("Progres", 16.0, Rata::Kanan),
                    kolom("Status", 22.0, Rata::Kiri),
                    kolom("Kumulatif", 22.0, Rata::Kanan),
                ],
                baris: l
                    .inisiatif
                    .iter()
                    .map(|x| {
                        vec![
                            x.kode.clone(),
                            x.nama.clone(),
                            x.tonggak.clone(),
                            x.progres_triwulan.clone(),
                            x.status.clone(),
                            x.progres_kumulatif.clone(),
                        ]
                    })
                    .collect(),
                kosong: "Belum ada inisiatif strategis tahun ini.".into(),
            },
            Bagian {
                judul: "C. Risiko dan Mitigasinya".into(),
                kolom: vec![
                    kolom("Kode", 12.0, Rata::Kiri),
                    kolom("Risiko", 42.0, Rata::Kiri),
                    kolom("Level awal", 22.0, Rata::Kiri),
                    kolom("Level kini", 22.0, Rata::Kiri),
                    kolom("Mitigasi", 42.0, Rata::Kiri),
                    kolom("Status", 30.0, Rata::Kiri),
                ],
                baris: l
                    .risiko
                    .iter()
                    .map(|x| {
                        vec![
                            x.kode.clone(),
                            format!(
                                "{}{}",
                                x.uraian,
                                if x.sasaran.is_empty() {
                                    String::new()
                                } else {
                                    format!(" ({})", x.sasaran)
                                }
                            ),
                            x.level_awal.clone(),
                            x.level_kini.clone(),
                            format!(
                                "{}{}",
                                x.mitigasi,
                                if x.pemilik.is_empty() {
                                    String::new()
                                } else {
                                    format!(" — {}", x.pemilik)
                                }
                            ),
                            x.status.clone(),
                        ]
                    })
                    .collect(),
                kosong: "Belum ada risiko yang dicatat tahun ini.".into(),
            },
            Bagian {
                judul: format!("D. Dialog Kinerja Organisasi TW {tw}"),
                kolom: vec![
                    kolom("Tanggal", 30.0, Rata::Kiri),
                    kolom("Pimpinan", 40.0, Rata::Kiri),
                    kolom("Peserta", 16.0, Rata::Kanan),
                    kolom("Keputusan", 84.0, Rata::Kiri),
                ],
                baris: l
                    .dko
                    .iter()
                    .map(|x| {
                        vec![
                            x.tanggal.clone(),
                            x.pimpinan.clone(),
                            x.peserta.to_string(),
                            x.keputusan.clone(),
                        ]
                    })
                    .collect(),
                kosong: format!("Belum ada DKO tentang TW {tw}."),
            },
            Bagian {
                judul: "E. Status Rencana Aksi".into(),
                kolom: vec![
                    kolom("Dari", 20.0, Rata::Kiri),
                    kolom("Rencana aksi", 70.0, Rata::Kiri),
                    kolom("Penanggung jawab", 36.0, Rata::Kiri),
                    kolom("Batas waktu", 22.0, Rata::Kiri),
                    kolom("Status", 22.0, Rata::Kiri),
                ],
                baris: l
                    .rencana_aksi
                    .iter()
                    .map(|x| {
                        vec![
                            x.dari.clone(),
                            x.uraian.clone(),
                            x.pic.clone(),
                            x.batas.clone(),
                            x.status.clone(),
                        ]
                    })
                    .collect(),
                kosong: "Belum ada rencana aksi.".into(),
            },
        ],
        catatan: l.catatan.clone(),
        tempat_tanggal: format!(
            "{}, {}",
            kantor.kota,
            crate::domain::kk::tanggal_indonesia(
                chrono::DateTime::from_timestamp(dibuat_unix, 0)
                    .map(|d| d.date_naive())
                    .unwrap_or_default()
            )
        ),
        penanda: pj(&kepala),
        penanda_label: "Kepala Kantor".into(),
    };
    let f = crate::pdf::fonta().map_err(|e| AppError::Pdf(e.to_string()))?;
    let logo = kantor.logo.map(std::sync::Arc::new);
    let id = format!("LAPORAN-{}-TW{}", l.tahun, l.triwulan);
    let halaman = crate::pdf::laporan::susun(f, &isi, logo.as_ref(), &id)
        .map_err(|e| AppError::Pdf(e.to_string()))?;
    crate::pdf::render(
        &format!("Laporan Kinerja TW {tw} {} {}", l.tahun, kantor.nama),
        &halaman,
        dibuat_unix,
    )
    .map_err(|e| AppError::Pdf(e.to_string()))
}

/// The report as a workbook: one sheet per part, the figures as the PDF shows them.
pub fn tabel_laporan_triwulan(l: &LaporanTriwulan) -> Vec<crate::xlsx::Tabel> {
    use crate::xlsx::{Nilai, Tabel};
    let judul = vec![
        format!(
            "Laporan Kinerja Triwulan {} Tahun {} — {}",
            romawi(l.triwulan.into()),
            l.tahun,
            l.kantor
        ),
        format!(
            "NKO {} · Predikat {}{}",
            l.nko.clone().unwrap_or_else(|| "-".into()),
            l.predikat_nko.clone().unwrap_or_else(|| "-".into()),
            if l.sementara || l.predikat_sementara {
                " (sementara)"
            } else {
                ""
            }
        ),
    ];
    let t = |lembar: &str, kolom: &[(&str, f64)], baris: Vec<Vec<String>>| Tabel {
        lembar: lembar.into(),
        judul: judul.clone(),
        kolom: kolom.iter().map(|(n, w)| (n.to_string(), *w)).collect(),
        baris: baris
            .into_iter()
            .map(|b| b.into_iter().map(Nilai::Teks).collect())
            .collect(),
        pilihan: vec![],
        format_angka: vec![],
    };
    // Target, realisasi and indeks as numbers Excel can sum and sort; "-" stays text.
    let angka = |s: &str| match crate::app::umum::desimal_masukan("", s) {
        Ok(Some(d)) => Nilai::Angka(d),
        _ => Nilai::Teks(s.to_string()),
    };
    let mut capaian = t(
        "Capaian IKU",
        &[
            ("Kode", 10.0),
            ("IKU", 50.0),
            ("Target", 12.0),
            ("Realisasi", 12.0),
            ("Indeks capaian", 14.0),
            ("Status", 10.0),
            ("Keterangan bukti", 40.0),
            ("Penjelasan deviasi", 50.0),
        ],
        vec![],
    );
    capaian.baris = l
        .iku
        .iter()
        .map(|x| {
            vec![
                Nilai::Teks(x.kode.clone()),
                Nilai::Teks(x.nama.clone()),
                angka(&x.target),
                angka(&x.realisasi),
                angka(&x.indeks),
                Nilai::Teks(x.status.clone()),
                Nilai::Teks(x.keterangan.clone()),
                Nilai::Teks(x.penjelasan.clone()),
            ]
        })
        .collect();
    capaian.format_angka = vec![(4, "0.00".into())];
    vec![
        capaian,
        t(
            "Inisiatif Strategis",
            &[
                ("Kode", 10.0),
                ("Inisiatif strategis", 45.0),
                ("Tonggak triwulan", 45.0),
                ("Progres", 10.0),
                ("Status", 16.0),
                ("Progres kumulatif", 16.0),
            ],
            l.inisiatif
                .iter()
                .map(|x| {
                    vec![
                        x.kode.clone(),
                        x.nama.clone(),
                        x.tonggak.clone(),
                        x.progres_triwulan.clone(),
                        x.status.clone(),
                        x.progres_kumulatif.clone(),
                    ]
                })
                .collect(),
        ),
        t(
            "Risiko",
            &[
                ("Kode", 8.0),
                ("Sasaran", 30.0),
                ("Risiko", 40.0),
                ("Level awal", 16.0),
                ("Level kini", 16.0),
                ("Mitigasi", 40.0),
                ("Penanggung jawab", 25.0),
                ("Status", 18.0),
            ],
            l.risiko
                .iter()
                .map(|x| {
                    vec![
                        x.kode.clone(),
                        x.sasaran.clone(),
                        x.uraian.clone(),
                        x.level_awal.clone(),
                        x.level_kini.clone(),
                        x.mitigasi.clone(),
                        x.pemilik.clone(),
                        x.status.clone(),
                    ]
                })
                .collect(),
        ),
        t(
            "DKO",
            &[
                ("Tanggal", 18.0),
                ("Pimpinan", 30.0),
                ("Peserta", 10.0),
                ("Keputusan", 70.0),
            ],
            l.dko
                .iter()
                .map(|x| {
                    vec![
                        x.tanggal.clone(),
                        x.pimpinan.clone(),
                        x.peserta.to_string(),
                        x.keputusan.clone(),
                    ]
                })
                .collect(),
        ),
        t(
            "Rencana Aksi",
            &[
                ("Dari", 14.0),
                ("Rencana aksi", 60.0),
                ("Penanggung jawab", 28.0),
                ("Batas waktu", 18.0),
                ("Status", 16.0),
            ],
            l.rencana_aksi
                .iter()
                .map(|x| {
                    vec![
                        x.dari.clone(),
                        x.uraian.clone(),
                        x.pic.clone(),
                        x.batas.clone(),
                        x.status.clone(),
                    ]
                })
                .collect(),
        ),
        t(
            "Catatan",
            &[("Catatan", 120.0)],
            l.catatan.iter().map(|c| vec![c.clone()]).collect(),
        ),
    ]
}

/// Writes the report's PDF at `pdf` and its workbook beside it (same name, .xlsx, a free number when taken).
/// Returns the two paths.
pub fn tulis_laporan_triwulan(
    db: &crate::store::Db,
    tahun: i32,
    triwulan: u8,
    pdf: &Path,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
) -> Result<(PathBuf, PathBuf), AppError> {
    let l = laporan_triwulan(db, tahun, triwulan, hari_ini)?;
    let bytes = pdf_laporan_triwulan(db, &l, dibuat_unix)?;
    let xlsx = {
        let dir = pdf.parent().unwrap_or(Path::new("."));
        let stem = pdf
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| nama_laporan_triwulan(tahun, triwulan));
        crate::app::umum::jalur_bebas(dir, &format!("{stem}.xlsx"))
    };
    crate::app::umum::tulis_ke(pdf, &bytes)?;
    crate::xlsx::tulis(&xlsx, &tabel_laporan_triwulan(&l)).map_err(|e| AppError::Berkas {
        path: xlsx.display().to_string(),
        pesan: e.to_string(),
    })?;
    Ok((pdf.to_path_buf(), xlsx))
}
