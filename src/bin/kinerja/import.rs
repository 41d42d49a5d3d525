//! `kinerja import`: Impor lembar kerja (xlsx, xls, ods): SKP/IKI atau data pegawai
use std::path::PathBuf;

use chrono::Local;
use clap::{Args, Subcommand};
use kinerja::app::{self, AppError};

use crate::TEMPLAT;
use crate::bersama::*;

#[derive(Args)]
pub struct ArgImport {
    #[command(subcommand)]
    apa: Impor,
}

pub fn run(db: &Option<PathBuf>, a: ArgImport) -> Result<i32, AppError> {
    let ArgImport { apa } = a;
    let mut db = buka(db)?;
    let l = match apa {
        Impor::Skp {
            berkas,
            tahun,
            buat_pegawai,
            opsi,
        } => app::impor::impor_skp(
            &mut db,
            &berkas,
            tahun,
            &opsi_impor(&opsi, buat_pegawai)?,
            &sekarang(),
        )?,
        Impor::Pegawai { berkas, opsi } => {
            app::impor::impor_pegawai(&mut db, &berkas, &opsi_impor(&opsi, false)?, &sekarang())?
        }
        Impor::Hkt(c) => impor_catatan(&mut db, "hkt", &c)?,
        Impor::Perilaku(c) => impor_catatan(&mut db, "perilaku", &c)?,
        Impor::Dialog(c) => impor_catatan(&mut db, "dialog", &c)?,
    };
    Ok(cetak_laporan(&l))
}

#[derive(Subcommand)]
enum Impor {
    /// Lembar SKP: satu baris per IKI per pegawai
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Skp {
        berkas: PathBuf,
        #[arg(long)]
        tahun: i32,
        /// Buat pegawai baru untuk NIP yang belum dikenal
        #[arg(long)]
        buat_pegawai: bool,
        #[command(flatten)]
        opsi: OpsiImporCli,
    },
    /// Lembar pegawai: NIP, Nama, Pangkat/Golongan, Jabatan, Unit/Seksi, NIP Atasan, Status
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Pegawai {
        berkas: PathBuf,
        #[command(flatten)]
        opsi: OpsiImporCli,
    },
    /// Lembar HKT: NIP, Jenis (Inovasi/Squad Team/Penugasan Lain), Judul, Lingkup, Nomor SK, Lolos Seleksi,
    /// Disetujui Pengelola Inovasi, Tanggal Implementasi, Target, Realisasi, Polarisasi
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Hkt(ImporCatatanCli),
    /// Lembar nilai perilaku (360°): NIP, Atasan, Rekan, Bawahan
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Perilaku(ImporCatatanCli),
    /// Lembar dialog kinerja: NIP, Tanggal, Tahap, Sifat, Pihak, Ringkasan, Tindak Lanjut, Pembinaan
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Dialog(ImporCatatanCli),
}

#[derive(clap::Args)]
struct OpsiImporCli {
    /// Nama lembar (bawaan: lembar tampak pertama)
    #[arg(long)]
    sheet: Option<String>,
    /// Periksa saja, tidak menulis apa pun
    #[arg(long)]
    dry_run: bool,
    /// Impor baris yang sah saja walaupun ada baris bermasalah
    #[arg(long)]
    sebagian: bool,
    /// Tetapkan peta kolom: "Judul di berkas=Bidang", boleh diulang; diingat untuk susunan judul yang sama
    #[arg(long, value_name = "JUDUL=BIDANG")]
    peta: Vec<String>,
    /// Sel kosong pada kolom yang ada di lembar mengosongkan nilai tersimpan (bawaan: nilai tersimpan tetap)
    #[arg(long)]
    kosongkan: bool,
}

/// A year's HKT, 360° or dialog sheet.
#[derive(clap::Args)]
struct ImporCatatanCli {
    berkas: PathBuf,
    #[arg(long)]
    tahun: i32,
    #[command(flatten)]
    opsi: OpsiImporCli,
}

/// `kinerja import hkt|perilaku|dialog`: a year's records beside the SKP, with the same rules as the SKP import.
fn impor_catatan(
    db: &mut kinerja::store::Db,
    jenis: &str,
    c: &ImporCatatanCli,
) -> Result<app::impor::LaporanImpor, AppError> {
    app::impor::impor_catatan(
        db,
        jenis,
        &c.berkas,
        c.tahun,
        &opsi_impor(&c.opsi, false)?,
        Local::now().date_naive(),
        &sekarang(),
    )
}

fn opsi_impor(o: &OpsiImporCli, buat_pegawai: bool) -> Result<app::impor::OpsiImpor, AppError> {
    let peta = o
        .peta
        .iter()
        .map(|p| {
            p.split_once('=')
                .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
                .ok_or_else(|| AppError::Masukan {
                    field: "--peta".into(),
                    pesan: format!("\"{p}\": tulis JUDUL=BIDANG"),
                })
        })
        .collect::<Result<_, _>>()?;
    Ok(app::impor::OpsiImpor {
        lembar: o.sheet.clone(),
        uji: o.dry_run,
        sebagian: o.sebagian,
        buat_pegawai,
        peta,
        kosongkan: o.kosongkan,
    })
}

fn cetak_laporan(l: &app::impor::LaporanImpor) -> i32 {
    println!(
        "Lembar \"{}\" (tersedia: {}); judul di baris {}",
        l.lembar,
        l.lembar_tersedia.join(", "),
        l.baris_judul
    );
    for p in &l.peta {
        println!("  kolom {:<3} {:<28} -> {}", p.kolom, p.judul, p.bidang);
    }
    for c in &l.catatan {
        println!("Catatan: {c}");
    }
    if !l.pegawai_tidak_dikenal.is_empty() {
        println!("NIP belum dikenal: {}", l.pegawai_tidak_dikenal.join(", "));
    }
    for g in &l.galat {
        println!("GALAT {g}");
    }
    println!(
        "{} baris data, {} sah, {} bermasalah.",
        l.baris_data,
        l.baris_valid,
        l.galat.len()
    );
    if l.jumlah_perubahan > 0 || l.tanpa_perubahan > 0 || l.baris_baru > 0 {
        println!(
            "Perubahan: {} isian pada IKI yang ada, {} baris baru, {} baris tanpa perubahan.",
            l.jumlah_perubahan, l.baris_baru, l.tanpa_perubahan
        );
        for p in &l.perubahan {
            println!(
                "  baris {:<5} {} {} {}: {} → {}",
                p.baris, p.nip, p.kode, p.bidang, p.sebelum, p.sesudah
            );
        }
        if (l.perubahan.len() as u32) < l.jumlah_perubahan {
            println!(
                "  … dan {} perubahan lain",
                l.jumlah_perubahan - l.perubahan.len() as u32
            );
        }
    }
    if l.ditulis {
        println!("Tersimpan: {} baru, {} diperbarui.", l.baru, l.diperbarui);
    } else {
        println!("Tidak ada yang disimpan.");
    }
    // Rows the sheet could not give are input errors (exit 2, as every other input error).
    if l.galat.is_empty() { 0 } else { 2 }
}
