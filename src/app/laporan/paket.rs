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
    // What the checklist looked at, as workbooks: the SKP with every Manual IKU and its cascading parent, the
    // inisiatif strategis and the risk register, and every realisasi with its evidence.
    let buku = |tabel: &[crate::xlsx::Tabel]| {
        crate::xlsx::tulis_buffer(tabel).map_err(|e| AppError::Berkas {
            path: "paket reviu".into(),
            pesan: e.to_string(),
        })
    };
    for (berkas, ket, bytes) in [
        (
            format!("Rencana/SKP-{tahun}.xlsx"),
            "SKP setiap pegawai dengan Manual IKU dan induk cascading-nya",
            buku(&crate::app::ekspor::tabel_skp(db, tahun)?)?,
        ),
        (
            format!("Pelaksanaan/Inisiatif-dan-Risiko-{tahun}.xlsx"),
            "Inisiatif strategis dengan tonggaknya dan register risiko dengan pemantauannya",
            buku(&tabel_pelaksanaan(db, tahun)?)?,
        ),
        (
            format!("Bukti/Daftar-Bukti-{tahun}.xlsx"),
            "Setiap realisasi dengan keterangan bukti dan jumlah berkasnya",
            buku(&tabel_bukti(db, tahun)?)?,
        ),
    ] {
        daftar.push(vec![berkas.clone(), ket.into()]);
        isi.push((berkas, bytes));
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
    // Signed as "Pengelola Kinerja" (the role, not the pegawai's jabatan).
    let (_, nama, nip) = super::cetak::penanda(db, db.kantor()?.pengelola_kinerja_nip.as_deref())?;
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
                            let mut t: Vec<String> = b
                                .kurang
                                .iter()
                                .take(8)
                                .map(|x| x.trim_end_matches('.').to_string())
                                .collect();
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
        tempat_tanggal: super::cetak::tempat_tanggal(&kantor, dibuat_unix),
        penanda: (String::new(), nama, nip),
        penanda_label: "Pengelola Kinerja".into(),
    };
    super::cetak::render_laporan(
        kantor,
        &isi,
        &format!("PAKET-REVIU-{tahun}"),
        &format!("Paket reviu {tahun}"),
        dibuat_unix,
    )
}

fn teks(b: Vec<String>) -> Vec<crate::xlsx::Nilai> {
    b.into_iter().map(crate::xlsx::Nilai::Teks).collect()
}

fn tabel(
    lembar: &str,
    judul: String,
    kolom: &[(&str, f64)],
    baris: Vec<Vec<crate::xlsx::Nilai>>,
) -> crate::xlsx::Tabel {
    crate::xlsx::Tabel {
        lembar: lembar.into(),
        judul: vec![judul],
        kolom: kolom.iter().map(|(n, w)| (n.to_string(), *w)).collect(),
        baris,
        pilihan: vec![],
        format_angka: vec![],
    }
}

/// The inisiatif strategis (one row per milestone) and the risk register (one row per risk and quarter).
fn tabel_pelaksanaan(db: &Db, tahun: i32) -> Result<Vec<crate::xlsx::Tabel>, AppError> {
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let siapa = |n: &Option<String>| {
        n.as_ref()
            .map(|n| nama.get(n).cloned().unwrap_or_else(|| n.clone()))
            .unwrap_or_default()
    };
    let mut is = Vec::new();
    for r in db.inisiatif_tahun(tahun)? {
        for t in &r.tonggak {
            is.push(teks(vec![
                r.kode.clone(),
                r.nama.clone(),
                r.ss_kode.clone(),
                r.iku_kode.clone(),
                siapa(&r.pemilik_nip),
                format!("TW {}", romawi(t.triwulan.into())),
                t.uraian.clone(),
                format!("{}%", t.progres),
                crate::domain::model::StatusTonggak::dari_kode(&t.status)
                    .map(|s| s.label())
                    .unwrap_or(&t.status)
                    .into(),
                t.bukti.clone(),
            ]));
        }
    }
    let level = |k: u8, d: u8| {
        crate::app::pemantauan::level_tampil(k, d)
            .map(|l| l.label)
            .unwrap_or_default()
    };
    let mut rs = Vec::new();
    for r in db.risiko_tahun(tahun)? {
        let dasar = vec![
            r.kode.clone(),
            r.ss_kode.clone(),
            r.iku_kode.clone(),
            r.uraian.clone(),
            r.penyebab.clone(),
            r.dampak.clone(),
            level(r.kemungkinan, r.level_dampak),
            r.mitigasi.clone(),
            siapa(&r.pemilik_nip),
            crate::app::umum::iso_ke_tampil(&r.batas),
        ];
        if r.pemantauan.is_empty() {
            let mut b = dasar.clone();
            b.extend([
                "-".to_string(),
                "belum dipantau".into(),
                String::new(),
                String::new(),
            ]);
            rs.push(teks(b));
        }
        for p in &r.pemantauan {
            let mut b = dasar.clone();
            b.extend([
                format!("TW {}", romawi(p.triwulan.into())),
                crate::app::pemantauan::status_label(&p.status),
                level(p.kemungkinan, p.dampak),
                p.catatan.clone(),
            ]);
            rs.push(teks(b));
        }
    }
    Ok(vec![
        tabel(
            "Inisiatif Strategis",
            format!("Inisiatif strategis {tahun}"),
            &[
                ("Kode", 8.0),
                ("Inisiatif", 40.0),
                ("SS", 8.0),
                ("IKU", 8.0),
                ("Penanggung jawab", 25.0),
                ("Triwulan", 9.0),
                ("Tonggak", 40.0),
                ("Progres", 9.0),
                ("Status", 14.0),
                ("Bukti", 30.0),
            ],
            is,
        ),
        tabel(
            "Risiko",
            format!(
                "Register risiko {tahun} (level menurut {})",
                crate::domain::risiko::SUMBER
            ),
            &[
                ("Kode", 8.0),
                ("SS", 8.0),
                ("IKU", 8.0),
                ("Risiko", 40.0),
                ("Penyebab", 30.0),
                ("Dampak", 30.0),
                ("Level awal", 16.0),
                ("Mitigasi", 35.0),
                ("Penanggung jawab", 25.0),
                ("Batas waktu", 16.0),
                ("Triwulan", 9.0),
                ("Status mitigasi", 16.0),
                ("Level sesudah", 16.0),
                ("Catatan", 30.0),
            ],
            rs,
        ),
    ])
}

/// Every realisasi of the year with the evidence recorded for it (a note and how many files).
fn tabel_bukti(db: &Db, tahun: i32) -> Result<Vec<crate::xlsx::Tabel>, AppError> {
    let bukti = db.bukti_tahun(tahun)?;
    let mut baris = Vec::new();
    for s in db.muat_skp(tahun)? {
        let berkas = db.daftar_bukti_berkas(tahun, &s.nip)?;
        for x in &s.iki {
            for q in 0..4 {
                let Some(r) = x.realisasi_triwulan[q] else {
                    continue;
                };
                let catatan = bukti
                    .get(&(s.nip.clone(), x.kode.clone()))
                    .map(|b| b[q].clone())
                    .unwrap_or_default();
                let n = berkas
                    .iter()
                    .filter(|b| b.kode == x.kode && usize::from(b.triwulan) == q + 1)
                    .count();
                baris.push(vec![
                    crate::xlsx::Nilai::Teks(s.nip.clone()),
                    crate::xlsx::Nilai::Teks(s.nama.clone()),
                    crate::xlsx::Nilai::Teks(x.kode.clone()),
                    crate::xlsx::Nilai::Teks(x.nama.clone()),
                    crate::xlsx::Nilai::Teks(format!("TW {}", romawi(q + 1))),
                    crate::xlsx::Nilai::Angka(r),
                    crate::xlsx::Nilai::Teks(catatan),
                    crate::xlsx::Nilai::Angka(rust_decimal::Decimal::from(n)),
                ]);
            }
        }
    }
    Ok(vec![tabel(
        "Bukti",
        format!("Realisasi dan bukti dukung {tahun}"),
        &[
            ("NIP", 20.0),
            ("Nama", 28.0),
            ("Kode", 8.0),
            ("IKU/IKI", 40.0),
            ("Triwulan", 9.0),
            ("Realisasi", 12.0),
            ("Keterangan bukti", 40.0),
            ("Berkas", 8.0),
        ],
        baris,
    )])
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
