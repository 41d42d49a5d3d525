//! The quarterly report on paper and in a workbook: the PDF (through `pdf::laporan`) and the sheets (through
//! `xlsx`), both from the same `LaporanTriwulan`, and writing the two side by side.
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::app::AppError;
use crate::domain::capaian::romawi;

use super::{IkuLaporan, LaporanTriwulan, laporan_triwulan};

/// The PDF's last column: the explanation of a deviation first, then the evidence.
fn keterangan_pdf(x: &IkuLaporan) -> String {
    match (x.penjelasan.is_empty(), x.keterangan.is_empty()) {
        (true, _) => x.keterangan.clone(),
        (false, true) => x.penjelasan.clone(),
        (false, false) => format!("{} (Bukti: {})", x.penjelasan, x.keterangan),
    }
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
    let kepala = crate::app::pemantauan::pemilik_peta(db, l.tahun)?.map(|s| s.nip);
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
        tempat_tanggal: tempat_tanggal(&kantor, dibuat_unix),
        penanda: penanda(db, kepala.as_deref())?,
        penanda_label: "Kepala Kantor".into(),
    };
    render_laporan(
        kantor,
        &isi,
        &format!("LAPORAN-{}-TW{}", l.tahun, l.triwulan),
        &format!("Laporan Kinerja TW {tw} {}", l.tahun),
        dibuat_unix,
    )
}

/// "Kota Contoh, 20 Juli 2026": where and when a report is signed (the day it is printed).
pub(super) fn tempat_tanggal(kantor: &crate::store::DataKantorCetak, dibuat_unix: i64) -> String {
    format!(
        "{}, {}",
        kantor.kota,
        crate::domain::kk::tanggal_indonesia(
            chrono::DateTime::from_timestamp(dibuat_unix, 0)
                .map(|d| d.date_naive())
                .unwrap_or_default()
        )
    )
}

/// Who signs a report: (jabatan, nama, NIP) of pegawai `nip`; empty when none is known, so the block prints dots.
pub(super) fn penanda(
    db: &crate::store::Db,
    nip: Option<&str>,
) -> Result<(String, String, String), AppError> {
    let Some(nip) = nip else {
        return Ok(Default::default());
    };
    Ok(crate::app::kantor::daftar_pegawai(db, "")?
        .into_iter()
        .find(|p| p.nip == nip)
        .map(|p| (p.jabatan, p.nama, p.nip_berformat))
        .unwrap_or_default())
}

/// A report laid out on the office's letterhead (`id` in every page's footer) and rendered; the PDF's title is
/// `judul` followed by the office's name.
pub(super) fn render_laporan(
    kantor: crate::store::DataKantorCetak,
    isi: &crate::pdf::laporan::IsiLaporan,
    id: &str,
    judul: &str,
    dibuat_unix: i64,
) -> Result<Vec<u8>, AppError> {
    let f = crate::pdf::fonta().map_err(|e| AppError::Pdf(e.to_string()))?;
    let logo = kantor.logo.map(std::sync::Arc::new);
    let halaman = crate::pdf::laporan::susun(f, isi, logo.as_ref(), id)
        .map_err(|e| AppError::Pdf(e.to_string()))?;
    crate::pdf::render(&format!("{judul} {}", kantor.nama), &halaman, dibuat_unix)
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
