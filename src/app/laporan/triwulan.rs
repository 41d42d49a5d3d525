//! The quarterly report (laporan kinerja triwulanan) of the office: built from the same actions the screens use
//! (Evaluasi's rekap and rincian, the inisiatif, risiko and DKO lists), so its figures are the screens' figures.

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
    let pemilik = crate::app::pemantauan::pemilik_peta(db, tahun)?;
    let bukti = db.bukti_tahun(tahun)?;
    let penjelasan = db.penjelasan_deviasi(tahun, triwulan)?;
    // The IKUs that make the NKO (the head's IKIs with a perspektif, not tambahan), with their unrounded index for
    // the colour and the Evaluasi screen's rounding for the text.
    let iku = match &pemilik {
        Some(skp) => {
            let nip = &skp.nip;
            let n = crate::app::evaluasi::nilai_satu(db, tahun, nip, q)?;
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
                progres_kumulatif: crate::app::umum::persen_tampil(r.progres(triwulan)),
                kode: r.kode,
                nama: r.nama,
            }
        })
        .collect();
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let ss = crate::app::pemantauan::ss_kantor(db, tahun)?;
    let iku_pilihan = crate::app::pemantauan::iku_kantor(db, tahun)?;
    let akhir_tw = crate::domain::kalender::akhir_triwulan(tahun, triwulan).unwrap_or(hari_ini);
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
