//! `kinerja bench`: Ukur kinerja perhitungan (jalankan dengan --release)

use clap::{Args, Subcommand};
use kinerja::app::{self, AppError};

use crate::bersama::*;

#[derive(Args)]
pub struct ArgBench {
    #[command(subcommand)]
    apa: Bench,
}

pub fn run(a: ArgBench) -> Result<i32, AppError> {
    match a {
        ArgBench {
            apa: Bench::Impor { baris, ulang },
        } => {
            peringatan_debug("impor");
            let dir = std::env::temp_dir().join(format!("kinerja-bench-{}", std::process::id()));
            std::fs::create_dir_all(&dir).map_err(|e| AppError::Berkas {
                path: dir.display().to_string(),
                pesan: e.to_string(),
            })?;
            let h = app::alat::bench_impor(baris, ulang, &dir);
            let _ = std::fs::remove_dir_all(&dir);
            let h = h?;
            println!(
                "bench impor: {} baris SKP, median {} putaran; baca mentah calamine {:.0} ms (ke sel aplikasi {:.0} ms); uji tanpa simpan {:.0} ms; impor penuh (baca, peta, validasi, simpan) {:.0} ms = {:.2}x baca mentah calamine ({:.2}x baca ke sel); {} baris tersimpan",
                h.baris,
                h.ulang,
                h.calamine_ms,
                h.baca_ms,
                h.uji_ms,
                h.impor_ms,
                h.impor_ms / h.calamine_ms.max(0.001),
                h.impor_ms / h.baca_ms.max(0.001),
                h.ditulis
            );
            Ok(0)
        }
        ArgBench {
            apa: Bench::Pdf { jumlah },
        } => {
            peringatan_debug("pdf");
            let h = app::alat::bench_pdf(jumlah)?;
            println!(
                "bench pdf: {} KK, satu utas {:.0} ms ({:.1} ms/dokumen), paralel {} utas {:.0} ms; ukuran rata-rata {:.1} KB, terbesar {:.1} KB",
                h.dokumen,
                h.satu_ms,
                h.satu_ms / h.dokumen.max(1) as f64,
                h.utas,
                h.paralel_ms,
                h.rata_kb,
                h.maks_kb
            );
            Ok(0)
        }
        ArgBench {
            apa:
                Bench::Skor {
                    pegawai,
                    iki,
                    ulang,
                },
        } => {
            peringatan_debug("skor");
            for n in pegawai {
                let h = app::alat::bench_skor(n, iki, ulang, 2025)?;
                println!(
                    "bench skor: {} pegawai, {} IKI, {} kali: rata-rata {:.2} ms, terbaik {:.2} ms ({:.1} µs per pegawai)",
                    h.pegawai,
                    h.iki,
                    h.ulang,
                    h.rata_ms,
                    h.terbaik_ms,
                    h.terbaik_ms * 1000.0 / h.pegawai as f64
                );
            }
            Ok(0)
        }
    }
}

#[derive(Subcommand)]
enum Bench {
    /// Skor seluruh kantor: indeks, K3, NHK, NKO, dan temuan
    Skor {
        /// Ukuran kantor yang diukur (boleh lebih dari satu)
        #[arg(long, value_delimiter = ',', default_values_t = [80, 5000])]
        pegawai: Vec<usize>,
        /// IKI per pegawai
        #[arg(long, default_value_t = 8)]
        iki: usize,
        #[arg(long, default_value_t = 5)]
        ulang: u32,
    },
    /// Impor lembar SKP besar dibandingkan pembacaan mentah calamine
    Impor {
        #[arg(long, default_value_t = 10_000)]
        baris: usize,
        /// Putaran yang diukur (median dilaporkan), masing-masing ke salinan basis data yang baru
        #[arg(long, default_value_t = 5)]
        ulang: usize,
    },
    /// Cetak KK seluruh kantor contoh: satu utas dan paralel
    Pdf {
        /// Jumlah dokumen
        #[arg(long, default_value_t = 100)]
        jumlah: usize,
    },
}
