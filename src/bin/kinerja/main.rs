//! `kinerja`: the command-line face of the app; every command calls the same app functions as the GUI.
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{Local, NaiveDate};
use clap::{ArgAction, Parser, Subcommand};
use kinerja::app::{self, AppError};
use kinerja::store::{self, Db};

mod argumen;
mod bukti;
mod cadangan;
mod keutuhan;
mod sandi;

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
        /// Catat pagu DIPA tahun itu (rupiah, mis. "1.250.000.000"; "" menghapusnya)
        #[arg(long, value_name = "RUPIAH")]
        pagu: Option<String>,
    },
    /// Salin rencana satu tahun (SS, IKU/IKI dengan manual dan cascading) ke tahun berikutnya;
    /// target dan realisasi tahun asal menjadi Target/Realisasi Y-1
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    SalinTahun {
        /// Tahun asal
        #[arg(long)]
        dari: i32,
        /// Tahun tujuan (belum ada)
        #[arg(long)]
        ke: i32,
        /// Profil aturan tahun tujuan (bawaan: menurut tahun)
        #[arg(long)]
        profil: Option<String>,
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
        /// Sampai triwulan (1-4); bawaan: triwulan terakhir yang sudah ada realisasinya, seperti layar Evaluasi
        #[arg(long)]
        triwulan: Option<usize>,
        /// Keluaran JSON lengkap (dengan penjelasan setiap angka)
        #[arg(long)]
        json: bool,
    },
    /// Nilai seluruh kantor seperti layar Evaluasi: NKO, lalu HKU K3, HKT, NHK, NPK, NKP, dan predikat setiap pegawai
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Skor {
        #[arg(long)]
        tahun: i32,
        /// Sampai triwulan (1-4); bawaan: triwulan terakhir yang sudah ada realisasinya
        #[arg(long)]
        triwulan: Option<usize>,
        /// Keluaran JSON (angka sebagai teks berdesimal titik, presisi penuh; null bila tidak dapat dihitung)
        #[arg(long)]
        json: bool,
    },
    /// Cetak Kontrak Kinerja, addendum, atau KK komplemen sebagai PDF
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Pdf {
        #[command(subcommand)]
        apa: Pdf,
    },
    /// Periksa apakah berkas PDF sama persis dengan dokumen yang dicetak aplikasi ini
    #[command(name = "verify-pdf", help_template = TEMPLAT, next_help_heading = "Opsi")]
    VerifyPdf {
        /// Berkas PDF
        berkas: PathBuf,
    },
    /// Daftar dokumen dan alur tanda tangan: ditandatangani, lalu dikunci
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Dokumen {
        #[command(subcommand)]
        apa: Dokumen,
    },
    /// Buat addendum Kontrak Kinerja yang sudah ditandatangani
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Addendum {
        #[arg(long)]
        tahun: i32,
        #[arg(long)]
        nip: String,
        /// Perubahan target: KODE:TRIWULAN=TARGET, boleh diulang (mis. 1.2:3=75)
        #[arg(long = "ubah", value_name = "KODE:TW=TARGET", required = true)]
        ubah: Vec<String>,
        /// Uraian alasan
        #[arg(long)]
        alasan: String,
        /// Jenis alasan: umum (batas 20 Juli), kebijakan (18 Oktober), komposisi (15 hari sejak perubahan)
        #[arg(long, default_value = "umum")]
        sebab: String,
        /// Tanggal perubahan komposisi pegawai (untuk --sebab komposisi)
        #[arg(long, value_name = "TANGGAL")]
        tanggal_perubahan: Option<NaiveDate>,
        /// Tanggal usulan addendum (bawaan: hari ini)
        #[arg(long, value_name = "TANGGAL")]
        tanggal: Option<NaiveDate>,
    },
    /// Ubah target satu triwulan IKU/IKI (ditolak bila KK sudah terkunci)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Target {
        #[arg(long)]
        tahun: i32,
        #[arg(long)]
        nip: String,
        #[arg(long)]
        kode: String,
        #[arg(long)]
        triwulan: u32,
        /// Target baru, boleh format Indonesia (1.234,5)
        #[arg(long)]
        nilai: String,
    },
    /// Realisasi satu triwulan seorang pegawai beserta buktinya: tampilkan, atau ubah dengan --isi
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Realisasi {
        #[arg(long)]
        tahun: i32,
        #[arg(long)]
        nip: String,
        /// Triwulan 1-4 (bawaan: triwulan yang baru berakhir)
        #[arg(long)]
        triwulan: Option<u8>,
        /// KODE=NILAI atau KODE=NILAI|BUKTI, boleh berulang; NILAI kosong menghapus realisasi (format Indonesia)
        #[arg(long)]
        isi: Vec<String>,
    },
    /// Hasil kerja tambahan seorang pegawai: nilai HKT dan temuan aturannya
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Hkt {
        #[arg(long)]
        tahun: i32,
        #[arg(long)]
        nip: String,
    },
    /// Hukuman disiplin seorang pegawai (KMK 127): tampilkan, catat, atau hapus; nilainya pada triwulan itu
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Hukdis {
        #[arg(long)]
        tahun: i32,
        #[arg(long)]
        nip: String,
        /// Triwulan yang dinilai (1-4); bawaan: triwulan terakhir yang sudah ada realisasinya
        #[arg(long)]
        triwulan: Option<usize>,
        /// Catat hukuman: ringan, sedang, atau berat
        #[arg(long, requires_all = ["skor", "tanggal"])]
        kategori: Option<String>,
        /// Skor MPJHD
        #[arg(long)]
        skor: Option<String>,
        /// Tanggal penjatuhan (YYYY-MM-DD atau "15 Juli 2026")
        #[arg(long)]
        tanggal: Option<String>,
        #[arg(long, default_value = "")]
        keterangan: String,
        /// Hapus hukuman dengan ID ini
        #[arg(long, value_name = "ID", conflicts_with = "kategori")]
        hapus: Option<i64>,
    },
    /// Koreksi NKP (−5 s.d. 5, dengan alasan) dan JF substansi seorang pegawai pada suatu tahun (KMK 127)
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Koreksi {
        #[arg(long)]
        tahun: i32,
        #[arg(long)]
        nip: String,
        /// Nilai koreksi, mis. "-2,5"; "" menghapusnya; tanpa opsi ini koreksi tersimpan tetap
        #[arg(long, allow_hyphen_values = true)]
        nilai: Option<String>,
        /// Alasan koreksi (wajib bila ada koreksi)
        #[arg(long)]
        alasan: Option<String>,
        /// Jabatan fungsional substansi: ya atau tidak; tanpa opsi ini tetap seperti tersimpan
        #[arg(long, value_name = "ya|tidak")]
        jf_substansi: Option<String>,
    },
    /// Dialog kinerja individu seorang pegawai dan triwulan yang belum memilikinya
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Dialog {
        #[arg(long)]
        tahun: i32,
        #[arg(long)]
        nip: String,
    },
    /// Impor lembar kerja (xlsx, xls, ods): SKP/IKI atau data pegawai
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Import {
        #[command(subcommand)]
        apa: Impor,
    },
    /// Ekspor ke xlsx: SKP (dapat diimpor kembali), rekap nilai, atau template kosong
    #[command(help_template = TEMPLAT, next_help_heading = "Opsi")]
    Export {
        #[command(subcommand)]
        apa: Ekspor,
    },
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
    Bench {
        #[command(subcommand)]
        apa: Bench,
    },
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

/// A year's HKT, 360° or dialog sheet.
#[derive(clap::Args)]
struct ImporCatatanCli {
    berkas: PathBuf,
    #[arg(long)]
    tahun: i32,
    #[command(flatten)]
    opsi: OpsiImporCli,
}

#[derive(Subcommand)]
enum Ekspor {
    /// Lembar SKP dan pegawai satu tahun
    Skp {
        #[arg(long)]
        tahun: i32,
        #[arg(long, value_name = "FILE.xlsx")]
        out: PathBuf,
    },
    /// Indeks capaian dan nilai per pegawai dan IKI
    Rekap {
        #[arg(long)]
        tahun: i32,
        /// Sampai triwulan (bawaan: 4)
        #[arg(long, default_value_t = 4)]
        triwulan: usize,
        #[arg(long, value_name = "FILE.xlsx")]
        out: PathBuf,
    },
    /// Template kosong dengan daftar pilihan
    Template {
        #[arg(long, value_name = "FILE.xlsx")]
        out: PathBuf,
    },
}

/// `kinerja import hkt|perilaku|dialog`: a year's records beside the SKP, with the same rules as the SKP import.
fn impor_catatan(
    db: &mut kinerja::store::Db,
    jenis: &str,
    c: &ImporCatatanCli,
) -> Result<app::impor::LaporanImpor, AppError> {
    app::impor_catatan::impor(
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

fn buka(db: &Option<PathBuf>) -> Result<Db, AppError> {
    // Only the default data folder is created; a `--db` into a folder that does not exist is an error.
    sandi::buka(db.as_deref())
}

/// `--db` for a command that only works on an existing office: a mistyped path is an error, not a new empty
/// database (only `demo` and `import` start one).
fn buka_ada(db: &Option<PathBuf>) -> Result<Db, AppError> {
    if let Some(p) = db
        && !p.exists()
        && p.parent()
            .is_none_or(|d| d.as_os_str().is_empty() || d.is_dir())
    {
        return Err(store::StoreError::DirektoriData {
            path: p.display().to_string(),
            pesan: "berkas basis data ini tidak ada (periksa jalurnya); basis data baru dibuat dengan `kinerja --db PATH demo` atau `import`".into(),
        }
        .into());
    }
    buka(db)
}

/// Benchmarks mean something only in a release build.
fn peringatan_debug(bench: &str) {
    if cfg!(debug_assertions) {
        eprintln!(
            "peringatan: build debug; angka yang berarti didapat dengan `cargo run --release -- bench {bench}`"
        );
    }
}

fn sekarang() -> String {
    Local::now().format("%Y-%m-%dT%H:%M:%S").to_string()
}

fn jalan(cli: Cli) -> Result<i32, AppError> {
    match cli.perintah {
        Perintah::Demo {
            pegawai,
            tahun,
            seed,
            ganti,
        } => {
            let mut db = buka(&cli.db)?;
            let hari_ini = Local::now().date_naive();
            let r = app::demo::buat_demo(
                &mut db,
                &app::demo::OpsiDemo {
                    pegawai,
                    tahun,
                    seed,
                    ganti,
                },
                hari_ini,
                &sekarang(),
            )?;
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
            let db = buka_ada(&cli.db)?;
            let daftar = app::kantor::daftar_pegawai(&db, &cari)?;
            for p in &daftar {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    p.nip, p.nama, p.pangkat_golongan, p.jabatan, p.unit
                );
            }
            eprintln!("{} pegawai", daftar.len());
            Ok(0)
        }
        Perintah::Periksa {
            tahun,
            json,
            ketat,
            hari_ini,
        } => {
            let db = buka_ada(&cli.db)?;
            let temuan = app::periksa::periksa_tahun(
                &db,
                tahun,
                hari_ini.unwrap_or_else(|| Local::now().date_naive()),
            )?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&temuan).unwrap_or_default()
                );
            } else {
                for t in &temuan {
                    println!(
                        "{}\t{}\t{}\t{}",
                        t.kode,
                        t.tingkat.kode(),
                        t.subjek.teks(),
                        t.pesan
                    );
                }
                let e = temuan
                    .iter()
                    .filter(|t| t.tingkat == kinerja::domain::temuan::Tingkat::Error)
                    .count();
                eprintln!("{} temuan ({} error)", temuan.len(), e);
            }
            let ada_error = temuan
                .iter()
                .any(|t| t.tingkat == kinerja::domain::temuan::Tingkat::Error);
            Ok(if ketat && ada_error { 1 } else { 0 })
        }
        Perintah::Profil {
            tahun,
            pakai,
            atur,
            bawaan,
            pagu,
        } => {
            let mut db = buka_ada(&cli.db)?;
            let p = if let Some(r) = pagu {
                app::profil::atur_pagu_dipa(&mut db, tahun, &r, &sekarang())?
            } else if let Some(k) = pakai {
                app::profil::pakai_profil(&mut db, tahun, &k, &sekarang())?
            } else if let Some(a) = atur {
                let (nama, nilai) = a.split_once('=').ok_or_else(|| AppError::Masukan {
                    field: "--atur".into(),
                    pesan: "tulis NAMA=NILAI_JSON".into(),
                })?;
                app::profil::atur_parameter(&mut db, tahun, nama.trim(), Some(nilai), &sekarang())?
            } else if let Some(nama) = bawaan {
                app::profil::atur_parameter(&mut db, tahun, nama.trim(), None, &sekarang())?
            } else {
                app::profil::tampil_profil(&db, tahun)?
            };
            println!(
                "Tahun {}: {} ({})\nDasar: {}\nPagu DIPA: {}",
                p.tahun,
                p.nama,
                p.kode,
                p.dasar_hukum,
                if p.pagu_dipa.is_empty() {
                    "belum dicatat".to_string()
                } else {
                    format!("Rp {}", p.pagu_dipa)
                }
            );
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
        Perintah::SalinTahun { dari, ke, profil } => {
            let mut db = buka_ada(&cli.db)?;
            let profil = match profil {
                Some(p) => Some(
                    kinerja::domain::profil::KodeProfil::dari_kode(&p).ok_or_else(|| {
                        AppError::Masukan {
                            field: "--profil".into(),
                            pesan: format!(
                                "\"{p}\" tidak dikenal (kmk467-2014, kmk300-2022, kmk127-2026)"
                            ),
                        }
                    })?,
                ),
                None => None,
            };
            let h = app::rencana::salin_tahun(&mut db, dari, ke, profil, &sekarang())?;
            println!(
                "Tahun {} dibuat dari {dari} dengan profil {}: {} sasaran strategis, {} IKU/IKI (trajectory kosong; Target/Realisasi Y-1 terisi).",
                h.tahun, h.profil, h.ss, h.iki
            );
            Ok(0)
        }
        Perintah::Libur {
            tahun,
            tambah,
            keterangan,
            hapus,
        } => {
            let mut db = buka_ada(&cli.db)?;
            if let Some(t) = tambah {
                app::profil::tambah_libur(
                    &mut db,
                    &t,
                    keterangan.as_deref().unwrap_or(""),
                    &sekarang(),
                )?;
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
        Perintah::Nilai {
            tahun,
            nip,
            triwulan,
            json,
        } => {
            let db = buka_ada(&cli.db)?;
            let triwulan = match triwulan {
                Some(q) => q,
                None => app::nilai::triwulan_bawaan(&db, tahun)?,
            };
            let n = app::nilai::nilai_satu(&db, tahun, &nip, triwulan)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&n).unwrap_or_default());
            } else {
                let f = |h: &kinerja::domain::penjelasan::Hasil| match h.nilai {
                    Some(v) => format!(
                        "{}{}",
                        kinerja::domain::angka::format_id(v, 2),
                        if h.penjelasan.sementara {
                            " (sementara)"
                        } else {
                            ""
                        }
                    ),
                    None => format!(
                        "tidak dapat dihitung: {}",
                        h.penjelasan.catatan.last().cloned().unwrap_or_default()
                    ),
                };
                println!(
                    "{} ({}) tahun {} s.d. TW {} – profil {}",
                    n.nama, n.nip, n.tahun, n.sampai_triwulan, n.profil
                );
                for i in &n.iki {
                    println!(
                        "  {:<8} indeks {:<28} K3 {:<22} {}",
                        i.kode,
                        f(&i.indeks),
                        f(&i.k3),
                        i.nama
                    );
                }
                println!(
                    "  HKU K3 {}\n  HKT    {}\n  NHK    {}",
                    f(&n.hku_k3),
                    f(&n.nilai_hkt),
                    f(&n.nhk)
                );
                println!(
                    "  Rumus NHK: {} [{}]",
                    n.nhk.penjelasan.rumus, n.nhk.penjelasan.sumber
                );
            }
            Ok(0)
        }
        Perintah::Skor {
            tahun,
            triwulan,
            json,
        } => {
            let db = buka_ada(&cli.db)?;
            let k = app::nilai::skor_kantor(&db, tahun, triwulan)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&k).unwrap_or_default());
                return Ok(0);
            }
            let f = |d: Option<rust_decimal::Decimal>| {
                d.map_or("—".to_string(), |v| {
                    kinerja::domain::angka::format_id(v, 2)
                })
            };
            println!(
                "Tahun {} s.d. TW {} – profil {}\nNKO kantor: {}{}",
                k.tahun,
                k.sampai_triwulan,
                k.profil,
                f(k.nko),
                k.predikat_nko
                    .as_deref()
                    .map(|p| format!(" ({p})"))
                    .unwrap_or_default()
            );
            println!(
                "{:<18} {:<28} {:>8} {:>7} {:>8} {:>8} {:>8}  Predikat",
                "NIP", "Nama", "HKU K3", "HKT", "NHK", "NPK", "NKP"
            );
            for p in &k.pegawai {
                let nama: String = p.nama.chars().take(28).collect();
                println!(
                    "{:<18} {:<28} {:>8} {:>7} {:>8} {:>8} {:>8}  {}{}{}",
                    p.nip,
                    nama,
                    f(p.hku_k3),
                    f(p.hkt),
                    f(p.nhk),
                    f(p.npk),
                    f(p.nkp),
                    p.predikat.as_deref().unwrap_or("—"),
                    if p.pemilik_peta {
                        " [Pimpinan UPK]"
                    } else {
                        ""
                    },
                    if p.sementara { " (sementara)" } else { "" }
                );
            }
            Ok(0)
        }
        Perintah::Pdf { apa } => {
            let mut db = buka_ada(&cli.db)?;
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
                    for s in app::dokumen::daftar_status_kk(&db, tahun, hari_ini)? {
                        let cocok_seksi = seksi
                            .as_ref()
                            .is_none_or(|x| s.unit.to_lowercase().contains(&x.to_lowercase()));
                        let cocok_status = status.as_ref().is_none_or(|x| {
                            let x = x.to_lowercase();
                            s.status_pegawai.to_lowercase() == x
                                || kinerja::domain::model::StatusPegawai::dari_kode(&x)
                                    .is_some_and(|k| k.label() == s.status_pegawai)
                        });
                        if !s.wajib_kk || !cocok_seksi || !cocok_status {
                            continue;
                        }
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
                        let bytes = app::dokumen::gabung(
                            &semua,
                            &format!("Kontrak Kinerja {tahun}"),
                            unix,
                        )?;
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
                    let c = app::dokumen::cetak_addendum(
                        &mut db,
                        tahun,
                        &nip,
                        versi,
                        unix,
                        &sekarang(),
                    )?;
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
        Perintah::Bukti(a) => bukti::bukti(&mut buka_ada(&cli.db)?, a, &sekarang()),
        Perintah::Backup(a) => cadangan::backup(&buka_ada(&cli.db)?, a),
        Perintah::Restore(a) => cadangan::restore(cli.db.as_deref(), a, &sekarang()),
        Perintah::Verify(a) => keutuhan::verify(&buka_ada(&cli.db)?, a),
        Perintah::Sandi(a) => sandi::sandi(&mut buka_ada(&cli.db)?, a, &sekarang()),
        Perintah::VerifyPdf { berkas } => {
            let db = buka_ada(&cli.db)?;
            let bytes = std::fs::read(&berkas).map_err(|e| AppError::Berkas {
                path: berkas.display().to_string(),
                pesan: e.to_string(),
            })?;
            let h = app::dokumen::verifikasi(&db, &bytes)?;
            println!("{}", if h.cocok { "COCOK" } else { "TIDAK COCOK" });
            println!("{}\nSHA-256: {}", h.pesan, h.sha_berkas);
            if let Some(p) = &h.data_berubah {
                println!("PERHATIAN: {p}");
                // Past the lock it is an integrity problem; a signed, unlocked KK may still be reprinted.
                if h.status.as_deref() == Some(kinerja::domain::kk::StatusDokumen::Terkunci.label())
                {
                    return Ok(6);
                }
            }
            Ok(if h.cocok { 0 } else { 1 })
        }
        Perintah::Dokumen { apa } => {
            let mut db = buka_ada(&cli.db)?;
            match apa {
                Dokumen::Daftar { tahun } => {
                    for s in app::dokumen::daftar_status_kk(&db, tahun, Local::now().date_naive())?
                    {
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
                    app::dokumen::tandatangani(
                        &mut db,
                        &id,
                        tanggal,
                        bytes.as_deref(),
                        &sekarang(),
                    )?;
                    println!("{id}: ditandatangani {tanggal}");
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
                        (Some(p), false) => {
                            Some(std::fs::read(&p).map_err(|e| AppError::Berkas {
                                path: p.display().to_string(),
                                pesan: e.to_string(),
                            })?)
                        }
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
        Perintah::Addendum {
            tahun,
            nip,
            ubah,
            alasan,
            sebab,
            tanggal_perubahan,
            tanggal,
        } => {
            let mut db = buka_ada(&cli.db)?;
            let sebab = match (sebab.as_str(), tanggal_perubahan) {
                ("umum", _) => kinerja::domain::validasi::AlasanAddendum::Umum,
                ("kebijakan", _) => kinerja::domain::validasi::AlasanAddendum::Kebijakan,
                ("komposisi", Some(t)) => {
                    kinerja::domain::validasi::AlasanAddendum::KomposisiPegawai {
                        tanggal_perubahan: t,
                    }
                }
                ("komposisi", None) => {
                    return Err(AppError::Masukan {
                        field: "--tanggal-perubahan".into(),
                        pesan: "wajib untuk --sebab komposisi".into(),
                    });
                }
                (x, _) => {
                    return Err(AppError::Masukan {
                        field: "--sebab".into(),
                        pesan: format!("\"{x}\" tidak dikenal (umum, kebijakan, komposisi)"),
                    });
                }
            };
            let mut daftar = Vec::new();
            for u in &ubah {
                let (kiri, target) = u.split_once('=').ok_or_else(|| AppError::Masukan {
                    field: "--ubah".into(),
                    pesan: format!("\"{u}\": tulis KODE:TW=TARGET"),
                })?;
                let (kode, tw) = kiri.rsplit_once(':').ok_or_else(|| AppError::Masukan {
                    field: "--ubah".into(),
                    pesan: format!("\"{u}\": tulis KODE:TW=TARGET"),
                })?;
                let triwulan = tw.trim().parse().map_err(|_| AppError::Masukan {
                    field: "--ubah".into(),
                    pesan: format!("triwulan \"{tw}\" bukan angka"),
                })?;
                daftar.push(app::dokumen::UbahTarget {
                    kode: kode.trim().into(),
                    triwulan,
                    target: target.trim().into(),
                });
            }
            let v = app::dokumen::buat_addendum(
                &mut db,
                tahun,
                &nip,
                sebab,
                &alasan,
                &daftar,
                tanggal.unwrap_or_else(|| Local::now().date_naive()),
                &sekarang(),
            )?;
            println!(
                "Addendum ke-{v} dibuat; cetak dengan: kinerja pdf addendum --tahun {tahun} --nip {nip} --versi {v} --out DIR"
            );
            Ok(0)
        }
        Perintah::Realisasi {
            tahun,
            nip,
            triwulan,
            isi,
        } => {
            let mut db = buka_ada(&cli.db)?;
            let hari_ini = Local::now().date_naive();
            let mut r = app::realisasi::realisasi_pegawai(&db, tahun, &nip, triwulan, hari_ini)?;
            if !isi.is_empty() {
                // Every IKI is sent as shown; the named ones get their new figure (and evidence).
                let mut kirim: Vec<app::realisasi::IsiRealisasi> = r
                    .baris
                    .iter()
                    .map(|b| app::realisasi::IsiRealisasi {
                        id: b.id,
                        realisasi: b.realisasi.clone(),
                        bukti: b.bukti.clone(),
                        // Only the named IKIs change; a cell changed meanwhile by another writer stays theirs.
                        semula: Some((b.realisasi.clone(), b.bukti.clone())),
                    })
                    .collect();
                for x in &isi {
                    let (kode, nilai) = x.split_once('=').ok_or_else(|| AppError::Masukan {
                        field: "--isi".into(),
                        pesan: format!("\"{x}\" bukan KODE=NILAI atau KODE=NILAI|BUKTI"),
                    })?;
                    let i = r
                        .baris
                        .iter()
                        .position(|b| b.kode == kode.trim())
                        .ok_or_else(|| AppError::Masukan {
                            field: "--isi".into(),
                            pesan: format!(
                                "IKU/IKI {} tidak ada pada SKP {nip} tahun {tahun}",
                                kode.trim()
                            ),
                        })?;
                    let (angka, bukti) = match nilai.split_once('|') {
                        Some((a, b)) => (a, Some(b)),
                        None => (nilai, None),
                    };
                    kirim[i].realisasi = angka.trim().into();
                    if let Some(b) = bukti {
                        kirim[i].bukti = b.trim().into();
                    }
                }
                let t = r.triwulan;
                r = app::realisasi::simpan_realisasi(
                    &mut db,
                    tahun,
                    &nip,
                    t,
                    &kirim,
                    hari_ini,
                    &sekarang(),
                )?;
                println!("Realisasi TW {t} {}: {} IKU/IKI berubah.", r.nama, r.diubah);
            }
            println!(
                "{} ({}) realisasi TW {} {tahun}{}",
                r.nama,
                r.nip,
                r.triwulan,
                if r.terkunci { "; KK terkunci" } else { "" }
            );
            for b in &r.baris {
                println!(
                    "  {:<8} target {:>10}  realisasi {:>10}  bukti: {}",
                    b.kode,
                    b.target,
                    if b.realisasi.is_empty() {
                        "-"
                    } else {
                        &b.realisasi
                    },
                    if b.bukti.is_empty() { "-" } else { &b.bukti }
                );
            }
            Ok(0)
        }
        Perintah::Hukdis {
            tahun,
            nip,
            triwulan,
            kategori,
            skor,
            tanggal,
            keterangan,
            hapus,
        } => {
            let mut db = buka_ada(&cli.db)?;
            let hari_ini = Local::now().date_naive();
            let r = if let Some(k) = kategori {
                let f = app::nilai::FormHukdis {
                    nip: nip.clone(),
                    kategori: k,
                    skor_mpjhd: skor.unwrap_or_default(),
                    tanggal: tanggal.unwrap_or_default(),
                    keterangan,
                };
                app::nilai::tambah_hukdis(&mut db, tahun, &f, triwulan, hari_ini, &sekarang())?
            } else if let Some(id) = hapus {
                app::nilai::hapus_hukdis(&mut db, tahun, &nip, id, triwulan, hari_ini, &sekarang())?
            } else {
                app::nilai::rekap_nilai(&db, tahun, triwulan, hari_ini)?
            };
            let p = r
                .pegawai
                .iter()
                .find(|p| p.nip == nip)
                .ok_or_else(|| AppError::Masukan {
                    field: "--nip".into(),
                    pesan: format!("{nip} tidak dinilai pada tahun {tahun}"),
                })?;
            println!(
                "Hukuman disiplin {} ({nip}), nilai pada TW {} {tahun}:",
                p.nama, r.sampai_triwulan
            );
            if p.hukdis.is_empty() {
                println!("  (tidak ada)");
            }
            for h in &p.hukdis {
                println!(
                    "  [{}] {}, skor MPJHD {}, {}{}: {}",
                    h.id,
                    h.kategori,
                    h.skor_mpjhd,
                    h.tanggal,
                    if h.keterangan.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", h.keterangan)
                    },
                    h.nilai_triwulan
                );
            }
            println!("  NKP {}", p.nkp.teks.as_deref().unwrap_or("—"));
            Ok(0)
        }
        Perintah::Koreksi {
            tahun,
            nip,
            nilai,
            alasan,
            jf_substansi,
        } => {
            let mut db = buka_ada(&cli.db)?;
            // Only what is given changes; the rest stays as recorded.
            let mut f = app::nilai::penyesuaian_pegawai(&db, tahun, &nip)?;
            if let Some(n) = nilai {
                f.koreksi = n;
            }
            if let Some(a) = alasan {
                f.alasan_koreksi = a;
            }
            if let Some(j) = jf_substansi {
                f.jf_substansi = match j.trim().to_lowercase().as_str() {
                    "ya" | "y" => true,
                    "tidak" | "t" => false,
                    lain => {
                        return Err(AppError::Masukan {
                            field: "--jf-substansi".into(),
                            pesan: format!("tulis ya atau tidak, bukan \"{lain}\""),
                        });
                    }
                };
            }
            let r = app::nilai::simpan_penyesuaian(
                &mut db,
                tahun,
                &nip,
                &f,
                None,
                Local::now().date_naive(),
                &sekarang(),
            )?;
            if let Some(p) = r.pegawai.iter().find(|p| p.nip == nip) {
                println!(
                    "{} ({nip}): koreksi {}{}, JF substansi {}; NKP {}",
                    p.nama,
                    if p.penyesuaian.koreksi.is_empty() {
                        "0"
                    } else {
                        &p.penyesuaian.koreksi
                    },
                    if p.penyesuaian.alasan_koreksi.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", p.penyesuaian.alasan_koreksi)
                    },
                    if p.penyesuaian.jf_substansi {
                        "ya"
                    } else {
                        "tidak"
                    },
                    p.nkp.teks.as_deref().unwrap_or("—")
                );
            }
            Ok(0)
        }
        Perintah::Hkt { tahun, nip } => {
            let db = buka_ada(&cli.db)?;
            let d = app::hkt::daftar_hkt(&db, tahun, &nip, Local::now().date_naive())?;
            println!(
                "HKT {nip} tahun {tahun}: nilai HKT {}",
                d.nilai_hkt.teks.as_deref().unwrap_or("-")
            );
            for h in &d.hkt {
                println!(
                    "  {} [{}{}] SK {}: target {}, realisasi {}, nilai {}",
                    h.form.judul,
                    h.jenis_label,
                    if h.lingkup_label.is_empty() {
                        String::new()
                    } else {
                        format!(", {}", h.lingkup_label)
                    },
                    if h.form.nomor_sk.is_empty() {
                        "-"
                    } else {
                        &h.form.nomor_sk
                    },
                    if h.form.target.is_empty() {
                        "-"
                    } else {
                        &h.form.target
                    },
                    if h.form.realisasi.is_empty() {
                        "-"
                    } else {
                        &h.form.realisasi
                    },
                    h.nilai.teks.as_deref().unwrap_or("-")
                );
                for t in &h.temuan {
                    println!("    {} {}", t.kode, t.pesan);
                }
            }
            for t in &d.temuan_umum {
                println!("  {} {}", t.kode, t.pesan);
            }
            Ok(0)
        }
        Perintah::Dialog { tahun, nip } => {
            let db = buka_ada(&cli.db)?;
            let d = app::dialog::daftar_dialog(&db, tahun, &nip, Local::now().date_naive())?;
            println!(
                "Dialog kinerja {nip} tahun {tahun}: {} tercatat",
                d.dialog.len()
            );
            for x in &d.dialog {
                println!(
                    "  {} {} ({}, {}) bersama {}: {}",
                    x.form.tanggal,
                    x.triwulan,
                    x.tahap_label,
                    x.sifat_label,
                    if x.form.pihak.is_empty() {
                        "-"
                    } else {
                        &x.form.pihak
                    },
                    x.form.ringkasan
                );
            }
            for t in &d.temuan {
                println!("  {} {}", t.kode, t.pesan);
            }
            Ok(0)
        }
        Perintah::Target {
            tahun,
            nip,
            kode,
            triwulan,
            nilai,
        } => {
            let mut db = buka_ada(&cli.db)?;
            app::dokumen::ubah_target(&mut db, tahun, &nip, &kode, triwulan, &nilai, &sekarang())?;
            println!("Target {kode} TW {triwulan} menjadi {nilai}");
            Ok(0)
        }
        Perintah::Import { apa } => {
            let mut db = buka(&cli.db)?;
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
                Impor::Pegawai { berkas, opsi } => app::impor::impor_pegawai(
                    &mut db,
                    &berkas,
                    &opsi_impor(&opsi, false)?,
                    &sekarang(),
                )?,
                Impor::Hkt(c) => impor_catatan(&mut db, "hkt", &c)?,
                Impor::Perilaku(c) => impor_catatan(&mut db, "perilaku", &c)?,
                Impor::Dialog(c) => impor_catatan(&mut db, "dialog", &c)?,
            };
            Ok(cetak_laporan(&l))
        }
        Perintah::Export { apa } => {
            let db = buka_ada(&cli.db)?;
            let (tabel, out) = match apa {
                Ekspor::Skp { tahun, out } => (app::ekspor::tabel_skp(&db, tahun)?, out),
                Ekspor::Rekap {
                    tahun,
                    triwulan,
                    out,
                } => (
                    app::ekspor::tabel_rekap(&db, tahun, triwulan.clamp(1, 4))?,
                    out,
                ),
                Ekspor::Template { out } => (app::ekspor::tabel_template(), out),
            };
            app::ekspor::tulis(&out, &tabel)?;
            println!(
                "{}: {}",
                out.display(),
                tabel
                    .iter()
                    .map(|t| format!("{} ({} baris)", t.lembar, t.baris.len()))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            Ok(0)
        }
        Perintah::Bench {
            apa: Bench::Impor { baris, ulang },
        } => {
            peringatan_debug("impor");
            let dir = std::env::temp_dir().join(format!("kinerja-bench-{}", std::process::id()));
            std::fs::create_dir_all(&dir).map_err(|e| AppError::Berkas {
                path: dir.display().to_string(),
                pesan: e.to_string(),
            })?;
            let h = app::bench::bench_impor(baris, ulang, &dir);
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
        Perintah::Bench {
            apa: Bench::Pdf { jumlah },
        } => {
            peringatan_debug("pdf");
            let h = app::bench::bench_pdf(jumlah)?;
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
        Perintah::Bench {
            apa:
                Bench::Skor {
                    pegawai,
                    iki,
                    ulang,
                },
        } => {
            peringatan_debug("skor");
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
