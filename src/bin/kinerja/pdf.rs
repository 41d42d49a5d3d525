//! `kinerja pdf`: Cetak Kontrak Kinerja, addendum, atau KK komplemen sebagai PDF
use std::path::PathBuf;

use chrono::{Local, NaiveDate};
use clap::{Args, Subcommand};
use kinerja::app::{self, AppError};

use crate::TEMPLAT;
use crate::bersama::*;

#[derive(Args)]
pub struct ArgPdf {
    #[command(subcommand)]
    apa: Pdf,
}

pub fn run(db: &Option<PathBuf>, a: ArgPdf) -> Result<i32, AppError> {
    let ArgPdf { apa } = a;
    let mut db = buka_ada(db)?;
    let hari_ini = Local::now().date_naive();
    let unix = Local::now().timestamp();
    let tulis = |dir: &PathBuf, c: &app::dokumen::Cetakan| -> Result<(), AppError> {
        std::fs::create_dir_all(dir).map_err(|e| AppError::Berkas {
            path: dir.display().to_string(),
            pesan: e.to_string(),
        })?;
        let p = dir.join(&c.nama_berkas);
        std::fs::write(&p, &c.bytes).map_err(|e| AppError::Berkas {
            path: p.display().to_string(),
            pesan: e.to_string(),
        })?;
        println!(
            "{}\t{}\t{} halaman\t{} KB",
            p.display(),
            c.id,
            c.halaman,
            c.bytes.len() / 1024
        );
        Ok(())
    };
    match apa {
        Pdf::Kk {
            tahun,
            nip: Some(nip),
            out,
            tanggal,
            ..
        } => {
            let c = app::dokumen::cetak_kk(
                &mut db,
                tahun,
                &nip,
                tanggal.unwrap_or(hari_ini),
                hari_ini,
                unix,
                &sekarang(),
            )?;
            tulis(&out, &c)?;
            Ok(0)
        }
        Pdf::Kk {
            tahun,
            out,
            tanggal,
            gabung,
            seksi,
            status,
            ..
        } => {
            let mut gagal = 0;
            let mut semua = Vec::new();
            for s in app::dokumen::kk_wajib_dicetak(
                &db,
                tahun,
                hari_ini,
                seksi.as_deref(),
                status.as_deref(),
            )? {
                match app::dokumen::cetak_kk(
                    &mut db,
                    tahun,
                    &s.nip,
                    tanggal.unwrap_or(hari_ini),
                    hari_ini,
                    unix,
                    &sekarang(),
                ) {
                    Ok(c) => {
                        tulis(&out, &c)?;
                        semua.push(c);
                    }
                    Err(e) => {
                        gagal += 1;
                        eprintln!("dilewati [{}]: {e}", e.kode());
                    }
                }
            }
            if let Some(g) = gabung {
                let bytes =
                    app::dokumen::gabung(&semua, &format!("Kontrak Kinerja {tahun}"), unix)?;
                std::fs::write(&g, &bytes).map_err(|e| AppError::Berkas {
                    path: g.display().to_string(),
                    pesan: e.to_string(),
                })?;
                println!("{}\t{} dokumen digabung", g.display(), semua.len());
            }
            Ok(if gagal > 0 { 1 } else { 0 })
        }
        Pdf::Addendum {
            tahun,
            nip,
            versi,
            out,
        } => {
            let c = app::dokumen::cetak_addendum(&mut db, tahun, &nip, versi, unix, &sekarang())?;
            tulis(&out, &c)?;
            Ok(0)
        }
        Pdf::Komplemen {
            tahun,
            nip,
            pendahulu,
            out,
            tanggal,
        } => {
            let c = app::dokumen::cetak_komplemen(
                &mut db,
                tahun,
                &nip,
                pendahulu.as_deref(),
                tanggal.unwrap_or(hari_ini),
                hari_ini,
                unix,
                &sekarang(),
            )?;
            tulis(&out, &c)?;
            Ok(0)
        }
    }
}

#[derive(Subcommand)]
enum Pdf {
    /// Kontrak Kinerja satu pegawai (--nip) atau semua yang wajib (--semua), satu berkas per pegawai
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Kk {
        #[arg(long)]
        tahun: i32,
        #[arg(long, conflicts_with = "semua", required_unless_present = "semua")]
        nip: Option<String>,
        #[arg(long)]
        semua: bool,
        /// Folder tujuan
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Tanggal penandatanganan yang dicetak (bawaan: hari ini)
        #[arg(long, value_name = "TANGGAL")]
        tanggal: Option<NaiveDate>,
        /// Dengan --semua: hanya pegawai yang unitnya memuat teks ini (mis. "Bank")
        #[arg(long, requires = "semua")]
        seksi: Option<String>,
        /// Dengan --semua: hanya pegawai berstatus ini (mis. aktif, cpns, mutasi)
        #[arg(long, requires = "semua")]
        status: Option<String>,
        /// Dengan --semua: juga satu berkas PDF gabungan berisi semua KK
        #[arg(long, value_name = "FILE", requires = "semua")]
        gabung: Option<PathBuf>,
    },
    /// Addendum ke-N seorang pegawai
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Addendum {
        #[arg(long)]
        tahun: i32,
        #[arg(long)]
        nip: String,
        #[arg(long)]
        versi: u32,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// KK komplemen pegawai yang mulai bertugas di tengah tahun; --pendahulu menghitung sisa target
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Komplemen {
        #[arg(long)]
        tahun: i32,
        #[arg(long)]
        nip: String,
        /// NIP pemegang jabatan sebelumnya
        #[arg(long)]
        pendahulu: Option<String>,
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        #[arg(long, value_name = "TANGGAL")]
        tanggal: Option<NaiveDate>,
    },
}
