//! Spreadsheet export: the SKP sheet (which imports back to the same data), the pegawai sheet, the rekap of
//! indices and scores, and an empty template.
use rust_decimal::Decimal;

use crate::app::AppError;
use crate::domain::model::*;
use crate::store::Db;
use crate::xlsx::{Nilai, Tabel};

fn teks(s: impl Into<String>) -> Nilai {
    let s = s.into();
    if s.is_empty() {
        Nilai::Kosong
    } else {
        Nilai::Teks(s)
    }
}

fn angka(d: Option<Decimal>) -> Nilai {
    d.map(Nilai::Angka).unwrap_or(Nilai::Kosong)
}

fn label<T: Copy>(v: Option<T>, f: fn(T) -> &'static str) -> Nilai {
    v.map(|x| Nilai::Teks(f(x).to_string()))
        .unwrap_or(Nilai::Kosong)
}

pub const KOLOM_SKP: [(&str, f64); 29] = [
    ("NIP", 21.0),
    ("Nama Pegawai", 28.0),
    ("Kode SS", 9.0),
    ("Sasaran Strategis", 34.0),
    ("Perspektif", 16.0),
    ("Kode IKU", 9.0),
    ("Nama IKU", 44.0),
    ("Jenis", 11.0),
    ("Aspek", 11.0),
    ("Satuan", 10.0),
    ("Polarisasi", 12.0),
    ("Konsolidasi", 16.0),
    ("Validitas", 10.0),
    ("Kendali", 10.0),
    ("Target Y-1", 11.0),
    ("Realisasi Y-1", 11.0),
    ("Target TW I", 11.0),
    ("Target TW II", 11.0),
    ("Target TW III", 11.0),
    ("Target TW IV", 11.0),
    ("Target Tahunan", 12.0),
    ("Realisasi TW I", 11.0),
    ("Realisasi TW II", 11.0),
    ("Realisasi TW III", 11.0),
    ("Realisasi TW IV", 11.0),
    ("Bukti TW I", 24.0),
    ("Bukti TW II", 24.0),
    ("Bukti TW III", 24.0),
    ("Bukti TW IV", 24.0),
];

fn pilihan_skp() -> Vec<(u16, Vec<String>)> {
    let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        (
            4,
            Perspektif::SEMUA
                .iter()
                .map(|p| p.label().to_string())
                .collect(),
        ),
        (7, l(&["Utama", "Tambahan", "Mandatory"])),
        (
            8,
            Aspek::SEMUA.iter().map(|p| p.label().to_string()).collect(),
        ),
        (
            10,
            Polarisasi::SEMUA
                .iter()
                .map(|p| p.label().to_string())
                .collect(),
        ),
        (
            11,
            Konsolidasi::SEMUA
                .iter()
                .map(|p| p.label().to_string())
                .collect(),
        ),
        (
            12,
            Validitas::SEMUA
                .iter()
                .map(|p| p.label().to_string())
                .collect(),
        ),
        (
            13,
            Kendali::SEMUA
                .iter()
                .map(|p| p.label().to_string())
                .collect(),
        ),
    ]
}

fn format_angka() -> Vec<(u16, String)> {
    (14..25).map(|c| (c, "#,##0.##".to_string())).collect()
}

pub const KOLOM_PEGAWAI: [(&str, f64); 8] = [
    ("NIP", 21.0),
    ("Nama", 30.0),
    ("Pangkat/Golongan", 26.0),
    ("Jabatan", 40.0),
    ("Unit/Seksi", 34.0),
    ("NIP Atasan", 21.0),
    ("Status", 14.0),
    ("Tanggal Mulai", 14.0),
];

pub const KOLOM_HKT: [(&str, f64); 15] = [
    ("NIP", 21.0),
    ("Nama", 26.0),
    ("Jenis", 16.0),
    ("Judul", 40.0),
    ("Lingkup", 13.0),
    ("Pemilik Kinerja", 16.0),
    ("Penuh Waktu", 11.0),
    ("Nomor SK", 26.0),
    ("Lolos Seleksi", 12.0),
    ("Disetujui Pengelola Inovasi", 14.0),
    ("Tanggal Implementasi", 14.0),
    ("Tahun Sudah Dinilai", 12.0),
    ("Target", 10.0),
    ("Realisasi", 10.0),
    ("Polarisasi", 12.0),
];

pub const KOLOM_PERILAKU: [(&str, f64); 5] = [
    ("NIP", 21.0),
    ("Nama", 30.0),
    ("Atasan", 11.0),
    ("Rekan", 11.0),
    ("Bawahan", 11.0),
];

pub const KOLOM_DIALOG: [(&str, f64); 9] = [
    ("NIP", 21.0),
    ("Nama", 26.0),
    ("Tanggal", 13.0),
    ("Tahap", 14.0),
    ("Sifat", 12.0),
    ("Pihak", 26.0),
    ("Ringkasan", 50.0),
    ("Tindak Lanjut", 36.0),
    ("Pembinaan", 30.0),
];

fn kolom(k: &[(&str, f64)]) -> Vec<(String, f64)> {
    k.iter().map(|(n, w)| (n.to_string(), *w)).collect()
}

fn kata<T: Copy>(semua: &[T], label: fn(T) -> &'static str) -> Vec<String> {
    semua.iter().map(|v| label(*v).to_string()).collect()
}

fn ya(b: bool) -> Nilai {
    Nilai::Teks(if b { "Ya" } else { "Tidak" }.into())
}

/// The HKT, 360° and dialog sheets of a year (empty rows for the template): the same headers the importer reads.
fn tabel_catatan(
    hkt: Vec<Vec<Nilai>>,
    perilaku: Vec<Vec<Nilai>>,
    dialog: Vec<Vec<Nilai>>,
    judul: impl Fn(&str) -> Vec<String>,
) -> Vec<Tabel> {
    let yt = vec!["Ya".to_string(), "Tidak".to_string()];
    vec![
        Tabel {
            lembar: "HKT".into(),
            judul: judul("Hasil kerja tambahan"),
            kolom: kolom(&KOLOM_HKT),
            baris: hkt,
            pilihan: vec![
                (2, kata(JenisHkt::SEMUA, JenisHkt::label)),
                (4, kata(Lingkup::SEMUA, Lingkup::label)),
                (5, vec!["PPTM".into(), "PPTP".into(), "Menteri".into()]),
                (6, yt.clone()),
                (8, yt.clone()),
                (9, yt),
                (14, kata(Polarisasi::SEMUA, Polarisasi::label)),
            ],
            format_angka: vec![(12, "#,##0.##".into()), (13, "#,##0.##".into())],
        },
        Tabel {
            lembar: "Perilaku".into(),
            judul: judul("Nilai perilaku (360°), rata-rata per kelompok penilai"),
            kolom: kolom(&KOLOM_PERILAKU),
            baris: perilaku,
            pilihan: vec![],
            format_angka: (2..5).map(|c| (c, "#,##0.##".to_string())).collect(),
        },
        Tabel {
            lembar: "Dialog".into(),
            judul: judul("Dialog kinerja individu"),
            kolom: kolom(&KOLOM_DIALOG),
            baris: dialog,
            pilihan: vec![
                (3, kata(TahapDki::SEMUA, TahapDki::label)),
                (4, kata(SifatDki::SEMUA, SifatDki::label)),
            ],
            format_angka: vec![],
        },
    ]
}

/// A year's HKT, 360° averages and dialogs as rows, re-importable with `kinerja import hkt|perilaku|dialog`.
fn baris_catatan(
    db: &Db,
    tahun: i32,
    nama: &dyn Fn(&str) -> String,
) -> Result<(Vec<Vec<Nilai>>, Vec<Vec<Nilai>>, Vec<Vec<Nilai>>), AppError> {
    let tgl = |s: &str| {
        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(|t| Nilai::Teks(t.format("%d/%m/%Y").to_string()))
            .unwrap_or(Nilai::Kosong)
    };
    let hkt = db
        .hkt_tahun(tahun, None)?
        .into_iter()
        .map(|h| {
            vec![
                Nilai::Teks(h.nip.clone()),
                teks(nama(&h.nip)),
                label(JenisHkt::dari_kode(&h.jenis), JenisHkt::label),
                Nilai::Teks(h.judul.clone()),
                label(
                    h.lingkup.as_deref().and_then(Lingkup::dari_kode),
                    Lingkup::label,
                ),
                teks(
                    h.pemilik_kinerja
                        .as_deref()
                        .and_then(PemilikKinerja::dari_kode)
                        .map(|p| match p {
                            PemilikKinerja::Menteri => "Menteri",
                            PemilikKinerja::Pptm => "PPTM",
                            PemilikKinerja::Pptp => "PPTP",
                        })
                        .unwrap_or_default(),
                ),
                ya(h.penuh_waktu),
                teks(h.nomor_sk.clone().unwrap_or_default()),
                ya(h.lolos_seleksi),
                ya(h.disetujui_pengelola),
                h.tanggal_implementasi
                    .map(|t| Nilai::Teks(t.format("%d/%m/%Y").to_string()))
                    .unwrap_or(Nilai::Kosong),
                teks(
                    h.tahun_dinilai
                        .iter()
                        .map(|y| y.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                angka(h.target),
                angka(h.realisasi),
                label(
                    h.polarisasi.as_deref().and_then(Polarisasi::dari_kode),
                    Polarisasi::label,
                ),
            ]
        })
        .collect();
    let mut perilaku: Vec<(String, crate::store::RekamPerilaku)> =
        db.perilaku_tahun(tahun)?.into_iter().collect();
    perilaku.sort_by(|a, b| a.0.cmp(&b.0));
    let perilaku = perilaku
        .into_iter()
        .map(|(n, p)| {
            vec![
                Nilai::Teks(n.clone()),
                teks(nama(&n)),
                angka(p.atasan),
                angka(p.rekan),
                angka(p.bawahan),
            ]
        })
        .collect();
    let dialog = db
        .dialog_tahun(tahun, None)?
        .into_iter()
        .map(|x| {
            vec![
                Nilai::Teks(x.nip.clone()),
                teks(nama(&x.nip)),
                tgl(&x.tanggal),
                label(TahapDki::dari_kode(&x.tahap), TahapDki::label),
                label(SifatDki::dari_kode(&x.sifat), SifatDki::label),
                teks(x.pihak),
                teks(x.ringkasan),
                teks(x.tindak_lanjut),
                teks(x.pembinaan),
            ]
        })
        .collect();
    Ok((hkt, perilaku, dialog))
}

fn judul(db: &Db, apa: &str) -> Result<Vec<String>, AppError> {
    Ok(vec![format!(
        "{} – {}",
        apa,
        db.nama_kantor()?.unwrap_or_default()
    )])
}

/// The SKP sheet of a year and the pegawai sheet: the export imports back to the same data.
pub fn tabel_skp(db: &Db, tahun: i32) -> Result<Vec<Tabel>, AppError> {
    db.profil_tahun(tahun)?
        .ok_or(AppError::TahunTidakAda(tahun))?;
    let ss: std::collections::HashMap<String, (String, String)> = db
        .daftar_ss(tahun)?
        .into_iter()
        .map(|(k, n, p)| (k, (n, p)))
        .collect();
    let pegawai = crate::app::kantor::daftar_pegawai(db, "")?;
    let mut bukti = db.bukti_tahun(tahun)?;
    let mut baris = Vec::new();
    for s in db.muat_skp(tahun)? {
        let nama = pegawai
            .iter()
            .find(|p| p.nip == s.nip)
            .map(|p| p.nama.clone())
            .unwrap_or_default();
        let satuan = db.iki_cetak(tahun, &s.nip)?;
        for x in &s.iki {
            let (nama_ss, per) = x
                .kode_ss
                .as_ref()
                .and_then(|k| ss.get(k))
                .cloned()
                .unwrap_or_default();
            let mut b = vec![
                Nilai::Teks(s.nip.clone()),
                teks(nama.clone()),
                teks(x.kode_ss.clone().unwrap_or_default()),
                teks(nama_ss),
                label(Perspektif::dari_kode(&per), Perspektif::label),
                Nilai::Teks(x.kode.clone()),
                Nilai::Teks(x.nama.clone()),
                Nilai::Teks(x.jenis.label().into()),
                label(x.aspek, Aspek::label),
                teks(
                    satuan
                        .iter()
                        .find(|c| c.kode == x.kode)
                        .map(|c| c.satuan.clone())
                        .unwrap_or_default(),
                ),
                label(x.polarisasi, Polarisasi::label),
                label(x.konsolidasi, Konsolidasi::label),
                label(x.validitas, Validitas::label),
                label(x.kendali, Kendali::label),
                angka(x.target_y1),
                angka(x.realisasi_y1),
            ];
            b.extend(x.target_triwulan.iter().map(|t| angka(*t)));
            b.push(angka(x.target_tahunan));
            b.extend(x.realisasi_triwulan.iter().map(|t| angka(*t)));
            b.extend(
                bukti
                    .remove(&(s.nip.clone(), x.kode.clone()))
                    .unwrap_or_default()
                    .into_iter()
                    .map(teks),
            );
            baris.push(b);
        }
    }
    let mut pg = Vec::new();
    for p in db.cari_pegawai("")? {
        let d = db.data_pegawai(&p.nip)?;
        pg.push(vec![
            Nilai::Teks(p.nip.clone()),
            Nilai::Teks(p.nama.clone()),
            teks(if p.golongan.is_empty() {
                p.pangkat.clone()
            } else {
                format!("{}, {}", p.pangkat, p.golongan)
            }),
            Nilai::Teks(p.jabatan.clone()),
            teks(p.unit.clone()),
            teks(
                d.as_ref()
                    .and_then(|d| d.atasan_nip.clone())
                    .unwrap_or_default(),
            ),
            Nilai::Teks(
                StatusPegawai::dari_kode(&p.status)
                    .map(|s| s.label().to_string())
                    .unwrap_or(p.status.clone()),
            ),
            teks(d.map(|d| d.tanggal_mulai).unwrap_or_default()),
        ]);
    }
    let nama_pg = |n: &str| {
        pegawai
            .iter()
            .find(|p| p.nip == n)
            .map(|p| p.nama.clone())
            .unwrap_or_default()
    };
    let (hkt, perilaku, dialog) = baris_catatan(db, tahun, &nama_pg)?;
    let kantor = db.nama_kantor()?.unwrap_or_default();
    let catatan = tabel_catatan(hkt, perilaku, dialog, |apa| {
        vec![format!("{apa} tahun {tahun} – {kantor}")]
    });
    let mut semua = vec![
        Tabel {
            lembar: "SKP".into(),
            judul: judul(db, &format!("SKP dan IKI tahun {tahun}"))?,
            kolom: KOLOM_SKP.iter().map(|(n, w)| (n.to_string(), *w)).collect(),
            baris,
            pilihan: pilihan_skp(),
            format_angka: format_angka(),
        },
        Tabel {
            lembar: "Pegawai".into(),
            judul: judul(db, "Data pegawai")?,
            kolom: KOLOM_PEGAWAI
                .iter()
                .map(|(n, w)| (n.to_string(), *w))
                .collect(),
            baris: pg,
            pilihan: vec![(
                6,
                StatusPegawai::SEMUA
                    .iter()
                    .map(|s| s.label().to_string())
                    .collect(),
            )],
            format_angka: vec![],
        },
    ];
    semua.extend(catatan);
    Ok(semua)
}

/// Indices and scores per pegawai and IKI, up to the last quarter with realisasi.
pub fn tabel_rekap(db: &Db, tahun: i32, sampai: usize) -> Result<Vec<Tabel>, AppError> {
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let pegawai = crate::app::kantor::daftar_pegawai(db, "")?;
    let skp = db.muat_skp(tahun)?;
    let konteks = crate::app::evaluasi::KonteksNkp::baru(db, tahun, &profil, &skp, sampai)?;
    let mut iki_rows = Vec::new();
    let mut pg_rows = Vec::new();
    // The same computation as the Evaluasi screen and `kinerja skor`.
    for d in crate::app::evaluasi::nilai_semua(&profil, &konteks, tahun, &skp, &pegawai, sampai)? {
        let (s, n, nn) = (d.skp, d.nilai, d.nkp);
        if s.iki.is_empty() {
            continue;
        }
        let nama = d.pegawai.nama.clone();
        for (v, x) in n.iki.iter().zip(&s.iki) {
            iki_rows.push(vec![
                Nilai::Teks(s.nip.clone()),
                teks(nama.clone()),
                Nilai::Teks(x.kode.clone()),
                Nilai::Teks(x.nama.clone()),
                angka(v.capaian.target),
                angka(v.capaian.realisasi),
                angka(
                    v.capaian
                        .indeks
                        .nilai
                        .map(|d| crate::domain::angka::bulat(d, 2)),
                ),
                angka(v.k3.nilai.map(|d| crate::domain::angka::bulat(d, 4))),
                teks(if v.capaian.indeks.nilai.is_none() {
                    v.capaian
                        .indeks
                        .penjelasan
                        .catatan
                        .last()
                        .cloned()
                        .unwrap_or_default()
                } else {
                    String::new()
                }),
            ]);
        }
        let f = |h: &crate::domain::penjelasan::Hasil| {
            angka(h.nilai.map(|d| crate::domain::angka::bulat(d, 2)))
        };
        // NPK, NKP awal and predikat the same way as the Evaluasi screen.
        pg_rows.push(vec![
            Nilai::Teks(s.nip.clone()),
            teks(nama),
            f(&n.nhk.hku_k3),
            f(&n.nhk.hkt),
            f(&n.nhk_akhir),
            f(&nn.npk),
            f(&nn.nkp),
            teks(nn.teks_predikat().unwrap_or_default()),
            Nilai::Teks(
                if n.nhk_akhir.penjelasan.sementara || nn.nkp.penjelasan.sementara {
                    "sementara".into()
                } else {
                    "final".into()
                },
            ),
        ]);
    }
    let judul = judul(
        db,
        &format!(
            "Rekap capaian tahun {tahun} s.d. TW {} (profil {})",
            crate::domain::capaian::romawi(sampai),
            profil.kode.kode()
        ),
    )?;
    Ok(vec![
        Tabel {
            lembar: "Rekap IKI".into(),
            judul: judul.clone(),
            kolom: [
                ("NIP", 21.0),
                ("Nama", 28.0),
                ("Kode", 9.0),
                ("IKU/IKI", 44.0),
                ("Target s.d. TW", 13.0),
                ("Realisasi s.d. TW", 13.0),
                ("Indeks Capaian", 12.0),
                ("K3", 9.0),
                ("Keterangan", 40.0),
            ]
            .iter()
            .map(|(n, w)| (n.to_string(), *w))
            .collect(),
            baris: iki_rows,
            pilihan: vec![],
            format_angka: vec![
                (4, "#,##0.##".into()),
                (5, "#,##0.##".into()),
                (6, "0.00".into()),
                (7, "0.0000".into()),
            ],
        },
        Tabel {
            lembar: "Rekap Pegawai".into(),
            judul,
            kolom: [
                ("NIP", 21.0),
                ("Nama", 28.0),
                ("HKU K3", 10.0),
                ("HKT", 10.0),
                ("NHK", 10.0),
                ("NPK", 10.0),
                ("NKP", 10.0),
                ("Predikat", 44.0),
                ("Status nilai", 12.0),
            ]
            .iter()
            .map(|(n, w)| (n.to_string(), *w))
            .collect(),
            baris: pg_rows,
            pilihan: vec![],
            format_angka: (2..=6).map(|c| (c, "0.00".into())).collect(),
        },
    ])
}

/// An empty SKP and pegawai template with the drop-downs.
pub fn tabel_template() -> Vec<Tabel> {
    vec![
        Tabel {
            lembar: "SKP".into(),
            judul: vec!["Template impor SKP/IKI – satu baris per IKI per pegawai".into()],
            kolom: KOLOM_SKP.iter().map(|(n, w)| (n.to_string(), *w)).collect(),
            baris: vec![],
            pilihan: pilihan_skp(),
            format_angka: format_angka(),
        },
        Tabel {
            lembar: "Pegawai".into(),
            judul: vec!["Template impor pegawai".into()],
            kolom: KOLOM_PEGAWAI
                .iter()
                .map(|(n, w)| (n.to_string(), *w))
                .collect(),
            baris: vec![],
            pilihan: vec![(
                6,
                StatusPegawai::SEMUA
                    .iter()
                    .map(|s| s.label().to_string())
                    .collect(),
            )],
            format_angka: vec![],
        },
    ]
    .into_iter()
    .chain(tabel_catatan(vec![], vec![], vec![], |apa| {
        vec![format!("Template impor {}", apa.to_lowercase())]
    }))
    .collect()
}

pub fn tulis(path: &std::path::Path, tabel: &[Tabel]) -> Result<(), AppError> {
    crate::xlsx::tulis(path, tabel).map_err(|e| AppError::Berkas {
        path: path.display().to_string(),
        pesan: e.to_string(),
    })
}

/// The file name the save dialog suggests for an export. The rekap goes up to `sampai`, or without it up to the
/// last quarter with complete realisasi, like the Evaluasi screen.
pub fn usulan_nama_ekspor(
    db: &Db,
    apa: &str,
    tahun: i32,
    sampai: Option<usize>,
) -> Result<String, AppError> {
    Ok(match apa {
        "skp" => format!("SKP-{tahun}.xlsx"),
        "rekap" => format!(
            "Rekap-{tahun}-TW{}.xlsx",
            crate::domain::capaian::romawi(triwulan_rekap(db, tahun, sampai)?)
        ),
        "template" => "Template-impor.xlsx".to_string(),
        x => {
            return Err(AppError::Masukan {
                field: "ekspor".into(),
                pesan: format!("\"{x}\" tidak dikenal"),
            });
        }
    })
}

fn triwulan_rekap(db: &Db, tahun: i32, sampai: Option<usize>) -> Result<usize, AppError> {
    match sampai {
        Some(q) => Ok(q.clamp(1, 4)),
        None => crate::app::evaluasi::triwulan_bawaan(db, tahun),
    }
}

/// GUI: writes an export to the file the user chose in the save dialog.
pub fn ekspor_ke(
    db: &Db,
    apa: &str,
    tahun: i32,
    sampai: Option<usize>,
    path: &std::path::Path,
) -> Result<(), AppError> {
    usulan_nama_ekspor(db, apa, tahun, sampai)?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| AppError::Berkas {
            path: dir.display().to_string(),
            pesan: crate::store::pesan_io(&e),
        })?;
    }
    let tabel = match apa {
        "skp" => tabel_skp(db, tahun)?,
        "rekap" => tabel_rekap(db, tahun, triwulan_rekap(db, tahun, sampai)?)?,
        _ => tabel_template(),
    };
    tulis(path, &tabel)
}
