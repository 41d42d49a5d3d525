//! `kinerja dokumen`: Daftar dokumen dan alur tanda tangan: ditandatangani, lalu dikunci
use std::path::PathBuf;

use chrono::{Local, NaiveDate};
use clap::{Args, Subcommand};
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgDokumen {
    #[command(subcommand)]
    apa: Dokumen,
}

pub fn run(db: &Option<PathBuf>, a: ArgDokumen) -> Result<i32, AppError> {
    let ArgDokumen { apa } = a;
    let mut db = buka_ada(db)?;
    match apa {
        Dokumen::Daftar { tahun } => {
            for s in app::dokumen::daftar_status_kk(&db, tahun, Local::now().date_naive())? {
                let st = if !s.wajib_kk {
                    "tidak membuat KK".to_string()
                } else {
                    s.status.clone().unwrap_or_else(|| "belum dicetak".into())
                };
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    s.nip,
                    s.nama,
                    s.id.unwrap_or_default(),
                    st,
                    s.penghalang.join("; ")
                );
            }
        }
        Dokumen::Tandatangan { id, tanggal, scan } => {
            let bytes = scan
                .map(|p| {
                    std::fs::read(&p).map_err(|e| AppError::Berkas {
                        path: p.display().to_string(),
                        pesan: e.to_string(),
                    })
                })
                .transpose()?;
            app::dokumen::tandatangani(&mut db, &id, tanggal, bytes.as_deref(), &sekarang())?;
            println!("{id}: ditandatangani {tanggal}");
        }
        Dokumen::Reviu {
            id,
            tanggal,
            peninjau,
            rekomendasi,
            catatan,
        } => {
            let r = app::dokumen::catat_reviu(
                &mut db,
                &id,
                &app::dokumen::FormReviu {
                    tanggal,
                    peninjau,
                    rekomendasi,
                    catatan: catatan.unwrap_or_default(),
                },
                &sekarang(),
            )?;
            println!("{id}: reviu {}", r.reviu.unwrap_or_default());
            if let Some(h) = r.halangan {
                println!("{id}: belum dapat ditandatangani: {h}");
            }
        }
        Dokumen::Serah {
            id,
            tanggal,
            kepada,
            catatan,
        } => {
            let r = app::dokumen::catat_serah(
                &mut db,
                &id,
                &tanggal,
                &kepada,
                catatan.as_deref().unwrap_or(""),
                &sekarang(),
            )?;
            println!("{id}: {}", r.serah.unwrap_or_default());
        }
        Dokumen::Kunci { id } => {
            app::dokumen::kunci(&mut db, &id, &sekarang())?;
            println!("{id}: terkunci");
        }
        Dokumen::Teks {
            pernyataan,
            pola_nomor,
        } => {
            let mut t = app::dokumen::teks_dokumen(&db)?;
            if pernyataan.is_some() || pola_nomor.is_some() {
                t = app::dokumen::atur_teks_dokumen(
                    &mut db,
                    pernyataan.as_deref().unwrap_or(&t.pernyataan),
                    pola_nomor.as_deref().unwrap_or(&t.pola_nomor),
                    &sekarang(),
                )?;
            }
            println!(
                "Pola nomor: {}\nLogo: {}\nPernyataan kesanggupan:\n{}",
                t.pola_nomor,
                if t.ada_logo { "ada" } else { "belum ada" },
                t.pernyataan
            );
        }
        Dokumen::Logo { berkas, hapus } => {
            let bytes = match (berkas, hapus) {
                (_, true) => None,
                (Some(p), false) => Some(std::fs::read(&p).map_err(|e| AppError::Berkas {
                    path: p.display().to_string(),
                    pesan: e.to_string(),
                })?),
                (None, false) => None,
            };
            app::dokumen::atur_logo(&mut db, bytes.as_deref(), &sekarang())?;
            println!(
                "{}",
                if bytes.is_some() {
                    "Logo kantor dipasang."
                } else {
                    "Logo kantor dihapus."
                }
            );
        }
    }
    Ok(0)
}

#[derive(Subcommand)]
enum Dokumen {
    /// Daftar status Kontrak Kinerja setiap pegawai
    Daftar {
        #[arg(long)]
        tahun: i32,
    },
    /// Catat bahwa dokumen sudah ditandatangani (dengan pindaian opsional)
    Tandatangan {
        #[arg(long)]
        id: String,
        #[arg(long, value_name = "TANGGAL")]
        tanggal: NaiveDate,
        /// Pindaian dokumen bertanda tangan (PDF/JPG/PNG)
        #[arg(long, value_name = "FILE")]
        scan: Option<PathBuf>,
    },
    /// Catat rekomendasi reviu pengelola kinerja atasan atas konsep dokumen (sebelum ditandatangani)
    Reviu {
        #[arg(long)]
        id: String,
        #[arg(long, value_name = "TANGGAL")]
        tanggal: String,
        /// Pengelola kinerja atasan yang mereviu
        #[arg(long)]
        peninjau: String,
        /// terima, terima_sebagian, atau tolak
        #[arg(long)]
        rekomendasi: String,
        /// Wajib untuk tolak dan terima_sebagian
        #[arg(long)]
        catatan: Option<String>,
    },
    /// Catat penyerahan rangkap kedua dokumen bertanda tangan kepada pengelola kinerja atasan
    Serah {
        #[arg(long)]
        id: String,
        #[arg(long, value_name = "TANGGAL")]
        tanggal: String,
        #[arg(long)]
        kepada: String,
        #[arg(long)]
        catatan: Option<String>,
    },
    /// Kunci dokumen yang sudah ditandatangani
    Kunci {
        #[arg(long)]
        id: String,
    },
    /// Tampilkan atau ubah teks pernyataan kesanggupan dan pola nomor dokumen
    Teks {
        #[arg(long)]
        pernyataan: Option<String>,
        /// Pola nomor, mis. "{jenis}-{no}/WPB.12/KP.01/{tahun}"
        #[arg(long)]
        pola_nomor: Option<String>,
    },
    /// Pasang logo kantor (PNG) pada kop dokumen, atau --hapus
    Logo {
        #[arg(value_name = "FILE.png", required_unless_present = "hapus")]
        berkas: Option<PathBuf>,
        #[arg(long)]
        hapus: bool,
    },
}
