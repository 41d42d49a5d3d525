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
    /// Tampilkan atau ubah profil aturan suatu tahun dan parameternya
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Profil {
        #[arg(long)]
        tahun: i32,
        /// Pakai profil ini untuk tahun tersebut (kmk467-2014, kmk300-2022, kmk127-2026)
        #[arg(long, value_name = "KODE")]
        pakai: Option<String>,
        /// Atur parameter: NAMA=NILAI_JSON, mis. batas_hkt=\"15\"
        #[arg(long, value_name = "NAMA=JSON")]
        atur: Option<String>,
        /// Kembalikan parameter ke nilai bawaan profil
        #[arg(long, value_name = "NAMA")]
        bawaan: Option<String>,
    },
    /// Kalender hari libur (selain Sabtu dan Minggu) yang dipakai menghitung hari kerja
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Libur {
        #[arg(long)]
        tahun: i32,
        /// Tambah atau ubah: TANGGAL (YYYY-MM-DD)
        #[arg(long, value_name = "TANGGAL", requires = "keterangan")]
        tambah: Option<String>,
        /// Nama hari libur
        #[arg(long)]
        keterangan: Option<String>,
        /// Hapus: TANGGAL (YYYY-MM-DD)
        #[arg(long, value_name = "TANGGAL")]
        hapus: Option<String>,
    },
    /// Nilai seorang pegawai (indeks, K3, HKU K3, HKT, NHK) beserta penjelasannya
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Nilai {
        #[arg(long)]
        tahun: i32,
        #[arg(long)]
        nip: String,
        /// Sampai triwulan (1-4)
        #[arg(long, default_value_t = 4)]
        triwulan: usize,
        /// Keluaran JSON lengkap (dengan penjelasan setiap angka)
        #[arg(long)]
        json: bool,
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
        Perintah::Profil { tahun, pakai, atur, bawaan } => {
            let mut db = buka(&cli.db)?;
            let p = if let Some(k) = pakai {
                app::profil::pakai_profil(&mut db, tahun, &k, &sekarang())?
            } else if let Some(a) = atur {
                let (nama, nilai) = a.split_once('=').ok_or_else(|| AppError::Masukan { field: "--atur".into(), pesan: "tulis NAMA=NILAI_JSON".into() })?;
                app::profil::atur_parameter(&mut db, tahun, nama.trim(), Some(nilai), &sekarang())?
            } else if let Some(nama) = bawaan {
                app::profil::atur_parameter(&mut db, tahun, nama.trim(), None, &sekarang())?
            } else {
                app::profil::tampil_profil(&db, tahun)?
            };
            println!("Tahun {}: {} ({})\nDasar: {}", p.tahun, p.nama, p.kode, p.dasar_hukum);
            for x in &p.parameter {
                let tanda = match x.status.as_str() {
                    "bawaan_sementara" => "SEMENTARA",
                    "diatur_pengguna" => "diatur kantor",
                    _ => "terverifikasi",
                };
                println!("  {:<26} {:<14} {}", x.nama, tanda, x.nilai);
            }
            Ok(0)
        }
        Perintah::Libur { tahun, tambah, keterangan, hapus } => {
            let mut db = buka(&cli.db)?;
            if let Some(t) = tambah {
                app::profil::tambah_libur(&mut db, &t, keterangan.as_deref().unwrap_or(""), &sekarang())?;
            }
            if let Some(t) = hapus {
                app::profil::hapus_libur(&mut db, &t, &sekarang())?;
            }
            let daftar = app::profil::daftar_libur(&db, tahun)?;
            for l in &daftar {
                println!("{}\t{}", l.tanggal, l.keterangan);
            }
            eprintln!("{} hari libur tahun {tahun}", daftar.len());
            Ok(0)
        }
        Perintah::Nilai { tahun, nip, triwulan, json } => {
            let db = buka(&cli.db)?;
            let n = app::nilai::nilai_satu(&db, tahun, &nip, triwulan)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&n).unwrap_or_default());
            } else {
                let f = |h: &kinerja::domain::penjelasan::Hasil| match h.nilai {
                    Some(v) => format!("{}{}", kinerja::domain::angka::format_id(v, 2), if h.penjelasan.sementara { " (sementara)" } else { "" }),
                    None => format!("tidak dapat dihitung: {}", h.penjelasan.catatan.last().cloned().unwrap_or_default()),
                };
                println!("{} ({}) tahun {} s.d. TW {} – profil {}", n.nama, n.nip, n.tahun, n.sampai_triwulan, n.profil);
                for i in &n.iki {
                    println!("  {:<8} indeks {:<28} K3 {:<22} {}", i.kode, f(&i.indeks), f(&i.k3), i.nama);
                }
                println!("  HKU K3 {}\n  HKT    {}\n  NHK    {}", f(&n.hku_k3), f(&n.nilai_hkt), f(&n.nhk));
                println!("  Rumus NHK: {} [{}]", n.nhk.penjelasan.rumus, n.nhk.penjelasan.sumber);
            }
            Ok(0)
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
