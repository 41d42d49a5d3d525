//! The reviu package: one zip for the pengelola kinerja one level up, holding an index PDF (the year's reviu
//! checklist and the list of what is in the package), every document of the year printed again from its stored
//! content with the scan of its signed copy, the notulen of every DKO, the quarterly report of every ended quarter,
//! and the evidence files of the realisasi.
use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::nama_berkas_aman;
use crate::domain::capaian::romawi;
use crate::store::Db;

/// What a written package holds.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HasilPaket {
    pub path: String,
    pub jumlah_berkas: u32,
    /// The checklist had nothing missing.
    pub lengkap: bool,
    /// "12 dokumen, 4 notulen, 3 laporan triwulan, 40 bukti".
    pub ringkasan: String,
}

/// The extension of a scan from its first bytes (PDF, PNG or JPEG).
fn ekstensi(b: &[u8]) -> &'static str {
    if b.starts_with(b"%PDF") {
        "pdf"
    } else if b.starts_with(&[0x89, b'P', b'N', b'G']) {
        "png"
    } else if b.starts_with(&[0xFF, 0xD8]) {
        "jpg"
    } else {
        "bin"
    }
}

/// Builds the package's entries: (name in the zip, bytes), the index first.
pub fn isi_paket_reviu(
    db: &mut Db,
    tahun: i32,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<(Vec<(String, Vec<u8>)>, bool, String), AppError> {
    let kesiapan = crate::app::pemantauan::kesiapan_reviu(db, tahun, hari_ini)?;
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let mut isi: Vec<(String, Vec<u8>)> = Vec::new();
    // (file, what it is) for the index.
    let mut daftar: Vec<Vec<String>> = Vec::new();
    let (mut n_dok, mut n_notulen, mut n_laporan, mut n_bukti) = (0, 0, 0, 0);
    for d in db.daftar_dokumen(tahun)? {
        let c = crate::app::dokumen::cetak_tersimpan(db, &d.id, dibuat_unix, waktu)?;
        let berkas = format!("Dokumen/{}", nama_berkas_aman(&c.nama_lengkap));
        daftar.push(vec![
            berkas.clone(),
            format!(
                "{} {} ({})",
                d.jenis.singkat(),
                nama.get(&d.nip).cloned().unwrap_or_else(|| d.nip.clone()),
                d.status.label()
            ),
        ]);
        isi.push((berkas, c.bytes));
        n_dok += 1;
        if let Some(scan) = db.pindaian(&d.id)? {
            let stem = c.nama_lengkap.trim_end_matches(".pdf");
            let berkas = format!(
                "Dokumen/{}",
                nama_berkas_aman(&format!("{stem}-ditandatangani.{}", ekstensi(&scan)))
            );
            daftar.push(vec![
                berkas.clone(),
                format!("Pindaian bertanda tangan {}", d.id),
            ]);
            isi.push((berkas, scan));
        }
    }
    for d in db.dko_tahun(tahun)? {
        let (berkas, pdf) = crate::app::pemantauan::notulen_dko(db, tahun, d.id, dibuat_unix)?;
        let berkas = format!(
            "DKO/{}",
            nama_berkas_aman(&berkas.replace(".pdf", &format!("-{}.pdf", d.id)))
        );
        daftar.push(vec![
            berkas.clone(),
            format!("Notulen DKO TW {}", romawi(d.triwulan.into())),
        ]);
        isi.push((berkas, pdf));
        n_notulen += 1;
    }
    let lewat = crate::domain::kalender::triwulan_lewat(tahun, hari_ini).min(4) as u8;
    for q in 1..=lewat {
        let l = super::laporan_triwulan(db, tahun, q, hari_ini)?;
        let pdf = super::pdf_laporan_triwulan(db, &l, dibuat_unix)?;
        let berkas = format!("Laporan/{}.pdf", super::nama_laporan_triwulan(tahun, q));
        daftar.push(vec![
            berkas.clone(),
            format!("Laporan kinerja TW {}", romawi(q.into())),
        ]);
        isi.push((berkas, pdf));
        n_laporan += 1;
    }
    for nip in db.muat_skp(tahun)?.iter().map(|s| s.nip.clone()) {
        for b in db.daftar_bukti_berkas(tahun, &nip)? {
            let Some((_, bytes)) = db.isi_bukti(b.id)? else {
                continue;
            };
            let berkas = format!(
                "Bukti/{nip}/{}",
                nama_berkas_aman(&format!(
                    "{}-TW{}-{}-{}",
                    b.kode,
                    romawi(b.triwulan.into()),
                    b.id,
                    b.nama
                ))
            );
            isi.push((berkas, bytes));
            n_bukti += 1;
        }
    }
    if n_bukti > 0 {
        daftar.push(vec![
            "Bukti/<NIP>/".into(),
            format!("{n_bukti} berkas bukti dukung realisasi, per pegawai"),
        ]);
    }
    let ringkasan = format!(
        "{n_dok} dokumen, {n_notulen} notulen DKO, {n_laporan} laporan triwulan, {n_bukti} bukti"
    );
    let indeks = indeks_pdf(db, tahun, &kesiapan, daftar, &ringkasan, dibuat_unix)?;
    isi.insert(0, (format!("00-Indeks-Reviu-{tahun}.pdf"), indeks));
    Ok((isi, kesiapan.lengkap, ringkasan))
}

fn indeks_pdf(
    db: &Db,
    tahun: i32,
    k: &crate::app::pemantauan::KesiapanReviu,
    daftar: Vec<Vec<String>>,
    ringkasan: &str,
    dibuat_unix: i64,
) -> Result<Vec<u8>, AppError> {
    use crate::pdf::laporan::{Bagian, IsiLaporan};
    use crate::pdf::{Rata, kolom};
    let kantor = db.data_kantor()?;
    let pengelola = db.kantor()?.pengelola_kinerja_nip.and_then(|n| {
        crate::app::kantor::daftar_pegawai(db, "")
            .ok()?
            .into_iter()
            .find(|p| p.nip == n)
    });
    let isi = IsiLaporan {
        induk: kantor.induk.clone(),
        kantor: kantor.nama.clone(),
        alamat: kantor.alamat.clone(),
        judul: "PAKET REVIU MANAJEMEN KINERJA".into(),
        periode: format!("Tahun {tahun}"),
        ringkasan: vec![
            (
                "Kesiapan".into(),
                if k.lengkap {
                    "lengkap".into()
                } else {
                    "masih ada yang kurang (lihat daftar periksa)".into()
                },
            ),
            ("Isi paket".into(), ringkasan.into()),
        ],
        bagian: vec![
            Bagian {
                judul: "A. Daftar periksa reviu".into(),
                kolom: vec![
                    kolom("No", 8.0, Rata::Tengah),
                    kolom("Yang diperiksa", 58.0, Rata::Kiri),
                    kolom("Dasar", 44.0, Rata::Kiri),
                    kolom("Keadaan", 60.0, Rata::Kiri),
                ],
                baris: k
                    .butir
                    .iter()
                    .enumerate()
                    .map(|(i, b)| {
                        let keadaan = if b.kurang.is_empty() {
                            "Lengkap".to_string()
                        } else {
                            let mut t: Vec<String> = b.kurang.iter().take(8).cloned().collect();
                            if b.kurang.len() > 8 {
                                t.push(format!("... dan {} lagi", b.kurang.len() - 8));
                            }
                            format!("Kurang: {}", t.join("; "))
                        };
                        vec![(i + 1).to_string(), b.apa.clone(), b.dasar.clone(), keadaan]
                    })
                    .collect(),
                kosong: String::new(),
            },
            Bagian {
                judul: "B. Isi paket".into(),
                kolom: vec![
                    kolom("Berkas", 95.0, Rata::Kiri),
                    kolom("Keterangan", 75.0, Rata::Kiri),
                ],
                baris: daftar,
                kosong: "Belum ada dokumen, notulen, atau laporan tahun ini.".into(),
            },
        ],
        catatan: vec![
            "Dokumen dicetak ulang dari isi yang tersimpan: ID dan kode QR-nya sama dengan cetakan yang ditandatangani dan dapat diperiksa dengan kinerja verify.".into(),
            "Reviu manajemen kinerja oleh pengelola kinerja satu tingkat di atas dilakukan secara sampling (KMK 300/KMK.01/2022).".into(),
        ],
        tempat_tanggal: format!(
            "{}, {}",
            kantor.kota,
            crate::domain::kk::tanggal_indonesia(
                chrono::DateTime::from_timestamp(dibuat_unix, 0)
                    .map(|d| d.date_naive())
                    .unwrap_or_default()
            )
        ),
        penanda: pengelola
            .map(|p| (String::new(), p.nama, p.nip_berformat))
            .unwrap_or_default(),
        penanda_label: "Pengelola Kinerja".into(),
    };
    let f = crate::pdf::fonta().map_err(|e| AppError::Pdf(e.to_string()))?;
    let logo = kantor.logo.map(std::sync::Arc::new);
    let halaman =
        crate::pdf::laporan::susun(f, &isi, logo.as_ref(), &format!("PAKET-REVIU-{tahun}"))
            .map_err(|e| AppError::Pdf(e.to_string()))?;
    crate::pdf::render(
        &format!("Paket reviu {tahun} {}", kantor.nama),
        &halaman,
        dibuat_unix,
    )
    .map_err(|e| AppError::Pdf(e.to_string()))
}

/// "Paket-Reviu-2026.zip".
pub fn nama_paket_reviu(tahun: i32) -> String {
    format!("Paket-Reviu-{tahun}.zip")
}

/// Writes the package at `path` (all or nothing).
pub fn tulis_paket_reviu(
    db: &mut Db,
    tahun: i32,
    path: &Path,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<HasilPaket, AppError> {
    let (isi, lengkap, ringkasan) = isi_paket_reviu(db, tahun, hari_ini, dibuat_unix, waktu)?;
    let waktu_berkas = chrono::NaiveDateTime::parse_from_str(waktu, "%Y-%m-%dT%H:%M:%S")
        .unwrap_or_else(|_| hari_ini.and_time(chrono::NaiveTime::MIN));
    crate::arsip::tulis_zip(path, &isi, waktu_berkas).map_err(|e| AppError::Berkas {
        path: path.display().to_string(),
        pesan: e.to_string(),
    })?;
    Ok(HasilPaket {
        path: path.display().to_string(),
        jumlah_berkas: isi.len() as u32,
        lengkap,
        ringkasan,
    })
}
