//! `kinerja`: the command-line face of the app; every command calls the same app functions as the GUI.
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Local, NaiveDate};
use clap::{ArgAction, Parser, Subcommand};
use kinerja::app::{self, AppError};
use kinerja::store::{self, Db};

const TEMPLAT: &str = "{about}\n\nPenggunaan: {usage}\n\n{all-args}\n";

#[derive(Parser)]
#[command(name = "kinerja", version, about = "Kinerja: manajemen kinerja kantor vertikal Kemenkeu (KMK 300/2022, KMK 127/2026).",
    help_template = TEMPLAT, disable_help_flag = true, disable_help_subcommand = true, disable_version_flag = true,
    subcommand_help_heading = "Perintah", next_help_heading = "Opsi",
    override_usage = "kinerja [--db PATH] <PERINTAH> [OPSI]")]
struct Cli {
    /// Berkas basis data (bawaan: sama dengan aplikasi desktop, <direktori data>/kinerja/kinerja.db)
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Tampilkan bantuan ini
    #[arg(short = 'h', long, action = ArgAction::Help, global = true)]
    help: Option<bool>,
    /// Tampilkan versi
    #[arg(short = 'V', long, action = ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    perintah: Perintah,
}

#[derive(Subcommand)]
enum Perintah {
    /// Buat kantor contoh (KPPN) lengkap dengan pegawai, peta strategi, IKU/IKI, target, dan realisasi
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Demo {
        /// Jumlah pegawai
        #[arg(long, default_value_t = 40)]
        pegawai: usize,
        /// Tahun rencana
        #[arg(long)]
        tahun: i32,
        /// Benih acak: hasil sama untuk benih dan tanggal yang sama
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Ganti data yang sudah ada
        #[arg(long)]
        ganti: bool,
    },
    /// Hitung berkas vektor uji (format kinerja-vectors/1) dan cetak hasilnya sebagai JSON
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Calc {
        /// Berkas vektor JSON
        #[arg(long, value_name = "FILE")]
        vectors: PathBuf,
    },
    /// Daftar pegawai (cari menurut nama atau NIP)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Pegawai {
        /// Teks pencarian
        #[arg(long, default_value = "")]
        cari: String,
    },
    /// Periksa rencana satu tahun dan cetak setiap temuan (kode, tingkat, subjek, pesan)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Periksa {
        #[arg(long)]
        tahun: i32,
        /// Keluaran JSON
        #[arg(long)]
        json: bool,
        /// Keluar dengan kode 1 bila ada temuan tingkat error
        #[arg(long)]
        ketat: bool,
        /// Tanggal hari ini (YYYY-MM-DD), untuk memeriksa tenggat seolah-olah pada tanggal itu
        #[arg(long, value_name = "TANGGAL")]
        hari_ini: Option<NaiveDate>,
    },
    /// Ukur kinerja perhitungan (jalankan dengan --release)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Bench {
        #[command(subcommand)]
        apa: Bench,
    },
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
}

fn buka(db: &Option<PathBuf>) -> Result<Db, AppError> {
    let path = match db {
        Some(p) => p.clone(),
        None => store::path_bawaan()?,
    };
    Ok(Db::buka(&path)?)
}

fn sekarang() -> String {
    Local::now().format("%Y-%m-%dT%H:%M:%S").to_string()
}

fn jalan(cli: Cli) -> Result<i32, AppError> {
    match cli.perintah {
        Perintah::Demo { pegawai, tahun, seed, ganti } => {
            let mut db = buka(&cli.db)?;
            let hari_ini = Local::now().date_naive();
            let r = app::demo::buat_demo(&mut db, &app::demo::OpsiDemo { pegawai, tahun, seed, ganti }, hari_ini, &sekarang())?;
            println!(
                "Kantor contoh \"{}\" dibuat di {}: {} pegawai, {} IKU/IKI, tahun {} (profil {}), realisasi {} triwulan.",
                r.kantor,
                db.path().display(),
                r.pegawai,
                r.iki,
                r.tahun,
                r.profil.kode(),
                r.triwulan_terealisasi
            );
            Ok(0)
        }
        Perintah::Calc { vectors } => {
            let out = app::vektor::hitung_berkas(&vectors)?;
            println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
            Ok(0)
        }
        Perintah::Pegawai { cari } => {
            let db = buka(&cli.db)?;
            let daftar = app::kantor::daftar_pegawai(&db, &cari)?;
            for p in &daftar {
                println!("{}\t{}\t{}\t{}\t{}", p.nip, p.nama, p.pangkat_golongan, p.jabatan, p.unit);
            }
            eprintln!("{} pegawai", daftar.len());
            Ok(0)
        }
        Perintah::Periksa { tahun, json, ketat, hari_ini } => {
            let db = buka(&cli.db)?;
            let temuan = app::periksa::periksa_tahun(&db, tahun, hari_ini.unwrap_or_else(|| Local::now().date_naive()))?;
            if json {
                println!("{}", serde_json::to_string_pretty(&temuan).unwrap_or_default());
            } else {
                for t in &temuan {
                    println!("{}\t{}\t{}\t{}", t.kode, t.tingkat.kode(), t.subjek.teks(), t.pesan);
                }
                let e = temuan.iter().filter(|t| t.tingkat == kinerja::domain::temuan::Tingkat::Error).count();
                eprintln!("{} temuan ({} error)", temuan.len(), e);
            }
            let ada_error = temuan.iter().any(|t| t.tingkat == kinerja::domain::temuan::Tingkat::Error);
            Ok(if ketat && ada_error { 1 } else { 0 })
        }
        Perintah::Bench { apa: Bench::Skor { pegawai, iki, ulang } } => {
            if cfg!(debug_assertions) {
                eprintln!("peringatan: build debug; angka yang berarti didapat dengan `cargo run --release -- bench skor`");
            }
            for n in pegawai {
                let h = app::bench::bench_skor(n, iki, ulang, 2025)?;
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match jalan(cli) {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("galat [{}]: {e}", e.kode());
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
