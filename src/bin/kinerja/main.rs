//! `kinerja`: the command-line face of the app; every command calls the same app functions as the GUI.
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{ArgAction, Parser, Subcommand};
use kinerja::app::AppError;

mod addendum;
mod argumen;
mod bench;
mod bersama;
mod bukti;
mod cadangan;
mod calc;
mod demo;
mod dialog;
mod dko;
mod dokumen;
mod export;
mod hkt;
mod hukdis;
mod import;
mod keutuhan;
mod koreksi;
mod laporan;
mod libur;
mod nilai;
mod pdf;
mod pegawai;
mod pembinaan;
mod periksa;
mod profil;
mod realisasi;
mod reviu;
mod salin_tahun;
mod sandi;
mod skor;
mod target;
mod verify_pdf;

use bersama::{buka_ada, sekarang};

pub(crate) const TEMPLAT: &str = "{about}\n\nPenggunaan: {usage}\n\n{all-args}\n";

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
    Demo(demo::ArgDemo),
    /// Hitung berkas vektor uji (format kinerja-vectors/1) dan cetak hasilnya sebagai JSON
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Calc(calc::ArgCalc),
    /// Daftar pegawai (cari menurut nama atau NIP)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Pegawai(pegawai::ArgPegawai),
    /// Periksa rencana satu tahun dan cetak setiap temuan (kode, tingkat, subjek, pesan)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Periksa(periksa::ArgPeriksa),
    /// Tampilkan atau ubah profil aturan suatu tahun dan parameternya
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Profil(profil::ArgProfil),
    /// Salin rencana satu tahun (SS, IKU/IKI dengan manual dan cascading) ke tahun berikutnya;
    /// target dan realisasi tahun asal menjadi Target/Realisasi Y-1
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    SalinTahun(salin_tahun::ArgSalinTahun),
    /// Kalender hari libur (selain Sabtu dan Minggu) yang dipakai menghitung hari kerja
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Libur(libur::ArgLibur),
    /// Nilai seorang pegawai (indeks, K3, HKU K3, HKT, NHK) beserta penjelasannya
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Nilai(nilai::ArgNilai),
    /// Nilai seluruh kantor seperti layar Evaluasi: NKO, lalu HKU K3, HKT, NHK, NPK, NKP, dan predikat setiap pegawai
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Skor(skor::ArgSkor),
    /// Cetak Kontrak Kinerja, addendum, atau KK komplemen sebagai PDF
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Pdf(pdf::ArgPdf),
    /// Periksa apakah berkas PDF sama persis dengan dokumen yang dicetak aplikasi ini
    #[command(name = "verify-pdf", help_template = TEMPLAT, next_help_heading = "Opsi")]
    VerifyPdf(verify_pdf::ArgVerifyPdf),
    /// Daftar dokumen dan alur tanda tangan: ditandatangani, lalu dikunci
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Dokumen(dokumen::ArgDokumen),
    /// Buat addendum Kontrak Kinerja yang sudah ditandatangani
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Addendum(addendum::ArgAddendum),
    /// Ubah target satu triwulan IKU/IKI (ditolak bila KK sudah terkunci)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Target(target::ArgTarget),
    /// Realisasi satu triwulan seorang pegawai beserta buktinya: tampilkan, atau ubah dengan --isi
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Realisasi(realisasi::ArgRealisasi),
    /// Hasil kerja tambahan seorang pegawai: nilai HKT dan temuan aturannya
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Hkt(hkt::ArgHkt),
    /// Hukuman disiplin seorang pegawai (KMK 127): tampilkan, catat, atau hapus; nilainya pada triwulan itu
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Hukdis(hukdis::ArgHukdis),
    /// Koreksi NKP (−5 s.d. 5, dengan alasan) dan JF substansi seorang pegawai pada suatu tahun (KMK 127)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Koreksi(koreksi::ArgKoreksi),
    /// Dialog kinerja individu seorang pegawai dan triwulan yang belum memilikinya
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Dialog(dialog::ArgDialog),
    /// Dialog Kinerja Organisasi setahun, rencana aksi yang masih terbuka, dan notulennya
    Dko(dko::ArgDko),
    /// Umpan balik dan pembinaan kinerja setahun (isi konseling tidak pernah ditampilkan)
    Pembinaan(pembinaan::ArgPembinaan),
    /// Kesiapan reviu manajemen kinerja setahun: yang diperiksa pengelola kinerja atasan dan yang masih kurang
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Reviu(reviu::ArgReviu),
    /// Laporan untuk unit atasan: laporan kinerja triwulanan (PDF dan xlsx)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi", subcommand_help_heading = "Jenis laporan")]
    Laporan(laporan::ArgLaporan),
    /// Impor lembar kerja (xlsx, xls, ods): SKP/IKI atau data pegawai
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Import(import::ArgImport),
    /// Ekspor ke xlsx: SKP (dapat diimpor kembali), rekap nilai, atau template kosong
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Export(export::ArgExport),
    /// Berkas bukti dukung realisasi seorang pegawai: daftar, lampirkan, lepas, salin
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Bukti(bukti::ArgBukti),
    /// Tulis cadangan seluruh basis data (aman walau aplikasi sedang terbuka), diperiksa sesudah ditulis
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Backup(cadangan::ArgBackup),
    /// Pulihkan basis data dari berkas cadangan; isi sekarang disimpan dulu sebagai cadangan
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Restore(cadangan::ArgRestore),
    /// Periksa keutuhan data: berkas, rantai riwayat perubahan, pengaman kunci, dokumen bertanda tangan
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Verify(keutuhan::ArgVerify),
    /// Enkripsi basis data dengan kata sandi, ganti kata sandinya, atau matikan enkripsi (--hapus); kata sandi
    /// baru dari KINERJA_SANDI_BARU atau ditanyakan
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Sandi(sandi::ArgSandi),
    /// Ukur kinerja perhitungan (jalankan dengan --release)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Bench(bench::ArgBench),
}

fn jalan(cli: Cli) -> Result<i32, AppError> {
    match cli.perintah {
        Perintah::Demo(a) => demo::run(&cli.db, a),
        Perintah::Calc(a) => calc::run(a),
        Perintah::Pegawai(a) => pegawai::run(&cli.db, a),
        Perintah::Periksa(a) => periksa::run(&cli.db, a),
        Perintah::Profil(a) => profil::run(&cli.db, a),
        Perintah::SalinTahun(a) => salin_tahun::run(&cli.db, a),
        Perintah::Libur(a) => libur::run(&cli.db, a),
        Perintah::Nilai(a) => nilai::run(&cli.db, a),
        Perintah::Skor(a) => skor::run(&cli.db, a),
        Perintah::Pdf(a) => pdf::run(&cli.db, a),
        Perintah::VerifyPdf(a) => verify_pdf::run(&cli.db, a),
        Perintah::Dokumen(a) => dokumen::run(&cli.db, a),
        Perintah::Addendum(a) => addendum::run(&cli.db, a),
        Perintah::Target(a) => target::run(&cli.db, a),
        Perintah::Realisasi(a) => realisasi::run(&cli.db, a),
        Perintah::Hkt(a) => hkt::run(&cli.db, a),
        Perintah::Hukdis(a) => hukdis::run(&cli.db, a),
        Perintah::Koreksi(a) => koreksi::run(&cli.db, a),
        Perintah::Dialog(a) => dialog::run(&cli.db, a),
        Perintah::Dko(a) => dko::run(&cli.db, a),
        Perintah::Pembinaan(a) => pembinaan::run(&cli.db, a),
        Perintah::Reviu(a) => reviu::run(&cli.db, a),
        Perintah::Laporan(a) => laporan::run(&cli.db, a),
        Perintah::Import(a) => import::run(&cli.db, a),
        Perintah::Export(a) => export::run(&cli.db, a),
        Perintah::Bukti(a) => bukti::bukti(&mut buka_ada(&cli.db)?, a, &sekarang()),
        Perintah::Backup(a) => cadangan::backup(&buka_ada(&cli.db)?, a),
        Perintah::Restore(a) => cadangan::restore(cli.db.as_deref(), a, &sekarang()),
        Perintah::Verify(a) => keutuhan::verify(&buka_ada(&cli.db)?, a),
        Perintah::Sandi(a) => sandi::sandi(&mut buka_ada(&cli.db)?, a, &sekarang()),
        Perintah::Bench(a) => bench::run(a),
    }
}

/// `kinerja periksa | head`: when the reader of stdout goes away, the command ends quietly instead of panicking.
fn pipa_tertutup_diam() {
    let bawaan = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let pesan = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if pesan.contains("failed printing to stdout") && pesan.contains("Broken pipe") {
            std::process::exit(0);
        }
        bawaan(info);
    }));
}

fn main() -> ExitCode {
    pipa_tertutup_diam();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => return ExitCode::from(argumen::laporkan(e)),
    };
    match jalan(cli) {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("galat [{}]: {e}", e.kode());
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
