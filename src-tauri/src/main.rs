//! Kinerja desktop shell: opens the database, exposes the app actions as Tauri commands, nothing more.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::Mutex;

use chrono_now::{hari_ini, sekarang};
use kinerja::app::dokumen::{
    BarisAddendumForm, HasilCetak, HasilVerifikasi, StatusKk, TeksDokumen,
};
use kinerja::app::impor::LaporanImpor;
use kinerja::app::kantor::{FormKantor, FormMutasi, FormUnit, PeriodeJabatan, UnitTampil};
use kinerja::app::kantor::{FormPegawai, PegawaiRingkas, PilihanForm, Riwayat, StatusAwal};
use kinerja::app::keamanan::LaporanKeutuhan;
use kinerja::app::keamanan::{HasilPulih, RingkasCadangan};
use kinerja::app::pengaturan::{Libur, ProfilTampil};
use kinerja::app::rencana::{
    BarisCascading, BarisKatalog, BarisTrajectory, FormIki, FormSs, HasilSalin, PilihanRencana,
    RencanaPegawai, SsTampil,
};
use kinerja::app::umum::TemuanTampil;
use kinerja::app::umum::Urungan;
use kinerja::app::{self, AppError, GalatUi};
use kinerja::store::{self, Db};
use tauri::{Emitter, State};

/// The open database, or why it could not be opened (shown in the window instead of crashing; PERLU_SANDI until
/// the password of an encrypted database is given).
struct Basis(Mutex<Result<Db, GalatUi>>);

mod chrono_now {
    //! The shell is where the clock is read; the core takes dates as parameters.
    pub fn hari_ini() -> chrono::NaiveDate {
        chrono::Local::now().date_naive()
    }
    pub fn sekarang() -> String {
        chrono::Local::now().format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

/// The database's lock was left by a command that panicked.
fn kunci_rusak() -> GalatUi {
    GalatUi {
        kode: "KUNCI".into(),
        pesan: "Basis data sedang dipakai proses lain yang gagal; mulai ulang aplikasi.".into(),
    }
}

fn dengan_db<T>(
    b: &State<Basis>,
    f: impl FnOnce(&mut Db) -> Result<T, AppError>,
) -> Result<T, GalatUi> {
    let mut g = b.0.lock().map_err(|_| kunci_rusak())?;
    let db = g.as_mut().map_err(|e| e.clone())?;
    f(db).map_err(|e| e.ke_ui())
}

/// Opens the encrypted database with the password typed at the start screen. A wrong password waits a moment
/// (on top of SQLCipher's key stretching) and leaves the screen as it was.
#[tauri::command]
fn buka_dengan_sandi(b: State<Basis>, sandi: String) -> Result<StatusAwal, GalatUi> {
    let mut g = b.0.lock().map_err(|_| kunci_rusak())?;
    if g.is_err() {
        match store::buka_bawaan_dengan(Some(store::Sandi::baru(sandi))) {
            Ok(db) => {
                // The backup at start waited for the password.
                if let Err(e) =
                    app::keamanan::cadangan_otomatis(&db, chrono::Local::now().naive_local(), false)
                {
                    eprintln!("cadangan otomatis gagal: {e}");
                }
                *g = Ok(db);
            }
            Err(e) => {
                std::thread::sleep(std::time::Duration::from_millis(700));
                return Err(AppError::from(e).ke_ui());
            }
        }
    }
    let db = g.as_mut().map_err(|e| e.clone())?;
    app::kantor::status_awal(db).map_err(|e| e.ke_ui())
}

#[tauri::command]
fn status_enkripsi(b: State<Basis>) -> Result<app::keamanan::StatusEnkripsi, GalatUi> {
    dengan_db(&b, |db| Ok(app::keamanan::status(db)))
}

#[tauri::command]
fn atur_sandi(
    b: State<Basis>,
    sekarang_sandi: Option<String>,
    baru: Option<String>,
    ulang: Option<String>,
) -> Result<app::keamanan::HasilSandi, GalatUi> {
    dengan_db(&b, |db| {
        app::keamanan::atur_sandi(
            db,
            sekarang_sandi.as_deref(),
            baru.as_deref(),
            ulang.as_deref(),
            &sekarang(),
        )
    })
}

#[tauri::command]
fn status_awal(b: State<Basis>) -> Result<StatusAwal, GalatUi> {
    dengan_db(&b, |db| app::kantor::status_awal(db))
}

#[tauri::command]
fn buat_kantor_contoh(b: State<Basis>, pegawai: usize, tahun: i32) -> Result<StatusAwal, GalatUi> {
    dengan_db(&b, |db| {
        let opsi = app::demo::OpsiDemo {
            pegawai,
            tahun,
            seed: 1,
            ganti: false,
        };
        app::demo::buat_demo(db, &opsi, hari_ini(), &sekarang())?;
        app::kantor::tandai_awal_demo(db, &sekarang())?;
        app::kantor::status_awal(db)
    })
}

#[tauri::command]
fn mulai_kosong(b: State<Basis>) -> Result<StatusAwal, GalatUi> {
    dengan_db(&b, |db| app::kantor::mulai_kosong(db, &sekarang()))
}

#[tauri::command]
fn daftar_pegawai(b: State<Basis>, cari: String) -> Result<Vec<PegawaiRingkas>, GalatUi> {
    dengan_db(&b, |db| app::kantor::daftar_pegawai(db, &cari))
}

#[tauri::command]
fn tampil_profil(b: State<Basis>, tahun: i32) -> Result<ProfilTampil, GalatUi> {
    dengan_db(&b, |db| app::pengaturan::tampil_profil(db, tahun))
}

#[tauri::command]
fn pakai_profil(b: State<Basis>, tahun: i32, kode: String) -> Result<ProfilTampil, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::pakai_profil(db, tahun, &kode, &sekarang())
    })
}

#[tauri::command]
fn atur_pagu_dipa(b: State<Basis>, tahun: i32, pagu: String) -> Result<ProfilTampil, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::atur_pagu_dipa(db, tahun, &pagu, &sekarang())
    })
}

#[tauri::command]
fn atur_parameter(
    b: State<Basis>,
    tahun: i32,
    nama: String,
    nilai: Option<String>,
) -> Result<ProfilTampil, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::atur_parameter(db, tahun, &nama, nilai.as_deref(), &sekarang())
    })
}

#[tauri::command]
fn daftar_libur(b: State<Basis>, tahun: i32) -> Result<Vec<Libur>, GalatUi> {
    dengan_db(&b, |db| app::pengaturan::daftar_libur(db, tahun))
}

#[tauri::command]
fn tambah_libur(
    b: State<Basis>,
    tahun: i32,
    tanggal: String,
    keterangan: String,
) -> Result<Vec<Libur>, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::tambah_libur(db, &tanggal, &keterangan, &sekarang())?;
        app::pengaturan::daftar_libur(db, tahun)
    })
}

#[tauri::command]
fn hapus_libur(b: State<Basis>, tahun: i32, tanggal: String) -> Result<Vec<Libur>, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::hapus_libur(db, &tanggal, &sekarang())?;
        app::pengaturan::daftar_libur(db, tahun)
    })
}

#[tauri::command]
fn daftar_kk(b: State<Basis>, tahun: i32) -> Result<Vec<StatusKk>, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::daftar_status_kk(db, tahun, hari_ini())
    })
}

#[tauri::command]
fn cetak_kk(b: State<Basis>, tahun: i32, nip: String) -> Result<HasilCetak, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::cetak_ke_folder(
            db,
            tahun,
            &nip,
            hari_ini(),
            chrono::Local::now().timestamp(),
            &sekarang(),
        )
    })
}

#[tauri::command]
fn cetak_komplemen(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    pendahulu: Option<String>,
) -> Result<HasilCetak, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::komplemen_ke_folder(
            db,
            tahun,
            &nip,
            pendahulu.as_deref(),
            hari_ini(),
            chrono::Local::now().timestamp(),
            &sekarang(),
        )
    })
}

#[tauri::command]
fn tandatangani_kk(
    b: State<Basis>,
    id: String,
    tanggal: String,
    scan: Option<Vec<u8>>,
) -> Result<(), GalatUi> {
    dengan_db(&b, |db| {
        let t = chrono::NaiveDate::parse_from_str(&tanggal, "%Y-%m-%d").map_err(|_| {
            AppError::Masukan {
                field: "tanggal".into(),
                pesan: format!("harus YYYY-MM-DD, bukan \"{tanggal}\""),
            }
        })?;
        app::dokumen::tandatangani(db, &id, t, scan.as_deref(), &sekarang())
    })
}

#[tauri::command]
fn lampirkan_pindaian(b: State<Basis>, id: String, isi: Vec<u8>) -> Result<(), GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::lampirkan_pindaian(db, &id, &isi, &sekarang())
    })
}

#[tauri::command]
fn kunci_kk(b: State<Basis>, id: String) -> Result<(), GalatUi> {
    dengan_db(&b, |db| app::dokumen::kunci(db, &id, &sekarang()))
}

#[tauri::command]
fn verifikasi_pdf(b: State<Basis>, isi: Vec<u8>) -> Result<HasilVerifikasi, GalatUi> {
    dengan_db(&b, |db| app::dokumen::verifikasi(db, &isi))
}

#[tauri::command]
fn folder_dokumen(b: State<Basis>, tahun: i32) -> Result<String, GalatUi> {
    dengan_db(&b, |db| {
        Ok(app::dokumen::folder_dokumen(db, tahun)
            .display()
            .to_string())
    })
}

#[tauri::command]
fn teks_dokumen(b: State<Basis>) -> Result<TeksDokumen, GalatUi> {
    dengan_db(&b, |db| app::dokumen::teks_dokumen(db))
}

#[tauri::command]
fn atur_teks_dokumen(
    b: State<Basis>,
    pernyataan: String,
    pola_nomor: String,
) -> Result<TeksDokumen, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::atur_teks_dokumen(db, &pernyataan, &pola_nomor, &sekarang())
    })
}

#[tauri::command]
fn atur_logo(b: State<Basis>, png: Option<Vec<u8>>) -> Result<TeksDokumen, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::atur_logo(db, png.as_deref(), &sekarang())
    })
}

/// Progress of a running import, sent to the window as the event "impor-kemajuan".
#[derive(Clone, serde::Serialize)]
struct Kemajuan {
    selesai: u32,
    total: u32,
}

// async: runs off the main thread so the window keeps painting and receives the progress events.
#[tauri::command(async)]
#[allow(clippy::too_many_arguments)]
fn impor_berkas(
    b: State<Basis>,
    window: tauri::Window,
    jenis: String,
    nama: String,
    isi: Vec<u8>,
    tahun: i32,
    lembar: Option<String>,
    peta: Vec<(String, String)>,
    uji: bool,
    sebagian: bool,
    buat_pegawai: bool,
    kosongkan: Option<bool>,
) -> Result<LaporanImpor, GalatUi> {
    dengan_db(&b, |db| {
        let opsi = app::impor::OpsiImpor {
            lembar,
            uji,
            sebagian,
            buat_pegawai,
            peta,
            kosongkan: kosongkan.unwrap_or(false),
        };
        let lapor = |selesai, total| {
            let _ = window.emit("impor-kemajuan", Kemajuan { selesai, total });
        };
        app::impor::impor_dari_gui(
            db,
            &jenis,
            &nama,
            &isi,
            tahun,
            &opsi,
            hari_ini(),
            &sekarang(),
            &lapor,
        )
    })
}

#[tauri::command]
fn ekspor(
    b: State<Basis>,
    apa: String,
    tahun: i32,
    sampai: Option<usize>,
) -> Result<String, GalatUi> {
    dengan_db(&b, |db| {
        app::ekspor::ekspor_ke_folder(db, &apa, tahun, sampai)
    })
}

#[tauri::command]
fn simpan_pegawai(
    b: State<Basis>,
    form: FormPegawai,
    semula: Option<FormPegawai>,
) -> Result<PegawaiRingkas, GalatUi> {
    dengan_db(&b, |db| {
        app::kantor::simpan_pegawai_dari(db, &form, semula.as_ref(), &sekarang())
    })
}

#[tauri::command]
fn form_pegawai(b: State<Basis>, nip: String) -> Result<FormPegawai, GalatUi> {
    dengan_db(&b, |db| app::kantor::form_pegawai(db, &nip))
}

#[tauri::command]
fn riwayat_pegawai(b: State<Basis>, nip: String) -> Result<Vec<Riwayat>, GalatUi> {
    dengan_db(&b, |db| app::kantor::riwayat_pegawai(db, &nip))
}

#[tauri::command]
fn pilihan_form(b: State<Basis>) -> Result<PilihanForm, GalatUi> {
    dengan_db(&b, |db| app::kantor::pilihan_form(db))
}

#[tauri::command]
fn data_kantor(b: State<Basis>) -> Result<FormKantor, GalatUi> {
    dengan_db(&b, |db| app::kantor::kantor(db))
}

#[tauri::command]
fn simpan_kantor(
    b: State<Basis>,
    form: FormKantor,
    semula: Option<FormKantor>,
) -> Result<FormKantor, GalatUi> {
    dengan_db(&b, |db| {
        app::kantor::simpan_kantor_dari(db, &form, semula.as_ref(), &sekarang())
    })
}

#[tauri::command]
fn daftar_unit(b: State<Basis>) -> Result<Vec<UnitTampil>, GalatUi> {
    dengan_db(&b, |db| app::kantor::daftar_unit(db))
}

#[tauri::command]
fn simpan_unit(
    b: State<Basis>,
    form: FormUnit,
    semula: Option<FormUnit>,
) -> Result<Vec<UnitTampil>, GalatUi> {
    dengan_db(&b, |db| {
        app::kantor::simpan_unit_dari(db, &form, semula.as_ref(), &sekarang())
    })
}

#[tauri::command]
fn hapus_unit(b: State<Basis>, id: i64) -> Result<Urungan, GalatUi> {
    dengan_db(&b, |db| app::kantor::hapus_unit(db, id, &sekarang()))
}

#[tauri::command]
fn pulihkan(b: State<Basis>, audit_id: Vec<i64>) -> Result<String, GalatUi> {
    dengan_db(&b, |db| app::umum::pulihkan(db, &audit_id, &sekarang()))
}

#[tauri::command]
fn peta_strategi(b: State<Basis>, tahun: i32) -> Result<Vec<SsTampil>, GalatUi> {
    dengan_db(&b, |db| app::rencana::peta_strategi(db, tahun, hari_ini()))
}

#[tauri::command]
fn simpan_ss(
    b: State<Basis>,
    tahun: i32,
    form: FormSs,
    semula: Option<FormSs>,
) -> Result<Vec<SsTampil>, GalatUi> {
    dengan_db(&b, |db| {
        app::rencana::simpan_ss_dari(db, tahun, &form, semula.as_ref(), hari_ini(), &sekarang())
    })
}

#[tauri::command]
fn hapus_ss(b: State<Basis>, tahun: i32, id: i64) -> Result<Urungan, GalatUi> {
    dengan_db(&b, |db| app::rencana::hapus_ss(db, tahun, id, &sekarang()))
}

#[tauri::command]
fn pilihan_rencana(b: State<Basis>, tahun: i32) -> Result<PilihanRencana, GalatUi> {
    dengan_db(&b, |db| app::rencana::pilihan_rencana(db, tahun))
}

#[tauri::command]
fn rencana_pegawai(b: State<Basis>, tahun: i32, nip: String) -> Result<RencanaPegawai, GalatUi> {
    dengan_db(&b, |db| {
        app::rencana::rencana_pegawai(db, tahun, &nip, hari_ini())
    })
}

#[tauri::command]
fn simpan_iki(
    b: State<Basis>,
    tahun: i32,
    form: FormIki,
    semula: Option<FormIki>,
) -> Result<RencanaPegawai, GalatUi> {
    dengan_db(&b, |db| {
        app::rencana::simpan_iki_dari(db, tahun, &form, semula.as_ref(), hari_ini(), &sekarang())
    })
}

#[tauri::command]
fn simpan_trajectory(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    baris: Vec<BarisTrajectory>,
) -> Result<RencanaPegawai, GalatUi> {
    dengan_db(&b, |db| {
        app::rencana::simpan_trajectory(db, tahun, &nip, &baris, hari_ini(), &sekarang())
    })
}

#[tauri::command]
fn hapus_iki(b: State<Basis>, tahun: i32, id: i64) -> Result<Urungan, GalatUi> {
    dengan_db(&b, |db| app::rencana::hapus_iki(db, tahun, id, &sekarang()))
}

#[tauri::command]
fn riwayat_iki(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    kode: String,
) -> Result<Vec<Riwayat>, GalatUi> {
    dengan_db(&b, |db| app::rencana::riwayat_iki(db, tahun, &nip, &kode))
}

#[tauri::command]
fn buat_tahun(b: State<Basis>, tahun: i32, profil: Option<String>) -> Result<StatusAwal, GalatUi> {
    dengan_db(&b, |db| {
        let profil = profil_dari(profil)?;
        app::rencana::buat_tahun(db, tahun, profil, &sekarang())?;
        app::kantor::status_awal(db)
    })
}

/// A profile code chosen in the UI (None: the year's default).
fn profil_dari(p: Option<String>) -> Result<Option<kinerja::domain::profil::KodeProfil>, AppError> {
    match p.filter(|p| !p.is_empty()) {
        Some(p) => kinerja::domain::profil::KodeProfil::dari_kode(&p)
            .map(Some)
            .ok_or_else(|| AppError::Masukan {
                field: "Profil".into(),
                pesan: format!("\"{p}\" tidak dikenal"),
            }),
        None => Ok(None),
    }
}

#[tauri::command]
fn katalog_iku(b: State<Basis>, tahun: i32) -> Result<Vec<BarisKatalog>, GalatUi> {
    dengan_db(&b, |db| app::rencana::katalog_iku(db, tahun))
}

#[tauri::command]
fn realisasi_pegawai(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    triwulan: Option<u8>,
) -> Result<app::realisasi::RealisasiPegawai, GalatUi> {
    dengan_db(&b, |db| {
        app::realisasi::realisasi_pegawai(db, tahun, &nip, triwulan, hari_ini())
    })
}

#[tauri::command]
fn simpan_realisasi(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    triwulan: u8,
    isi: Vec<app::realisasi::IsiRealisasi>,
) -> Result<app::realisasi::RealisasiPegawai, GalatUi> {
    dengan_db(&b, |db| {
        app::realisasi::simpan_realisasi(db, tahun, &nip, triwulan, &isi, hari_ini(), &sekarang())
    })
}

#[tauri::command]
fn daftar_hkt(
    b: State<Basis>,
    tahun: i32,
    nip: String,
) -> Result<app::pemantauan::DaftarHkt, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::daftar_hkt(db, tahun, &nip, hari_ini())
    })
}

#[tauri::command]
fn simpan_hkt(
    b: State<Basis>,
    tahun: i32,
    form: app::pemantauan::FormHkt,
    semula: Option<app::pemantauan::FormHkt>,
) -> Result<app::pemantauan::DaftarHkt, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::simpan_hkt_dari(db, tahun, &form, semula.as_ref(), hari_ini(), &sekarang())
    })
}

#[tauri::command]
fn hapus_hkt(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    id: i64,
) -> Result<app::pemantauan::DaftarHkt, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::hapus_hkt(db, tahun, &nip, id, hari_ini(), &sekarang())
    })
}

#[tauri::command]
fn daftar_dialog(
    b: State<Basis>,
    tahun: i32,
    nip: String,
) -> Result<app::pemantauan::DaftarDialog, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::daftar_dialog(db, tahun, &nip, hari_ini())
    })
}

#[tauri::command]
fn simpan_dialog(
    b: State<Basis>,
    tahun: i32,
    form: app::pemantauan::FormDialog,
    semula: Option<app::pemantauan::FormDialog>,
) -> Result<app::pemantauan::DaftarDialog, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::simpan_dialog_dari(
            db,
            tahun,
            &form,
            semula.as_ref(),
            hari_ini(),
            &sekarang(),
        )
    })
}

#[tauri::command]
fn hapus_dialog(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    id: i64,
) -> Result<app::pemantauan::DaftarDialog, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::hapus_dialog(db, tahun, &nip, id, hari_ini(), &sekarang())
    })
}

#[tauri::command]
fn simpan_perilaku(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    form: app::evaluasi::FormPerilaku,
    semula: Option<app::evaluasi::FormPerilaku>,
    sampai: Option<usize>,
) -> Result<app::evaluasi::RekapNilai, GalatUi> {
    dengan_db(&b, |db| {
        app::evaluasi::simpan_perilaku_dari(
            db,
            tahun,
            &nip,
            &form,
            semula.as_ref(),
            sampai,
            hari_ini(),
            &sekarang(),
        )
    })
}

#[tauri::command]
fn simpan_penyesuaian(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    form: app::evaluasi::FormPenyesuaian,
    semula: Option<app::evaluasi::FormPenyesuaian>,
    sampai: Option<usize>,
) -> Result<app::evaluasi::RekapNilai, GalatUi> {
    dengan_db(&b, |db| {
        app::evaluasi::simpan_penyesuaian_dari(
            db,
            tahun,
            &nip,
            &form,
            semula.as_ref(),
            sampai,
            hari_ini(),
            &sekarang(),
        )
    })
}

#[tauri::command]
fn tambah_hukdis(
    b: State<Basis>,
    tahun: i32,
    form: app::evaluasi::FormHukdis,
    sampai: Option<usize>,
) -> Result<app::evaluasi::RekapNilai, GalatUi> {
    dengan_db(&b, |db| {
        app::evaluasi::tambah_hukdis(db, tahun, &form, sampai, hari_ini(), &sekarang())
    })
}

#[tauri::command]
fn hapus_hukdis(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    id: i64,
    sampai: Option<usize>,
) -> Result<app::evaluasi::RekapNilai, GalatUi> {
    dengan_db(&b, |db| {
        app::evaluasi::hapus_hukdis(db, tahun, &nip, id, sampai, hari_ini(), &sekarang())
    })
}

#[tauri::command]
fn rekap_nilai(
    b: State<Basis>,
    tahun: i32,
    sampai: Option<usize>,
) -> Result<app::evaluasi::RekapNilai, GalatUi> {
    dengan_db(&b, |db| {
        app::evaluasi::rekap_nilai(db, tahun, sampai, hari_ini())
    })
}

#[tauri::command]
fn rinci_nilai(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    sampai: usize,
) -> Result<app::evaluasi::NilaiPegawaiRinci, GalatUi> {
    dengan_db(&b, |db| app::evaluasi::rinci_nilai(db, tahun, &nip, sampai))
}

#[tauri::command]
fn matriks_cascading(b: State<Basis>, tahun: i32) -> Result<Vec<BarisCascading>, GalatUi> {
    dengan_db(&b, |db| app::rencana::matriks_cascading(db, tahun))
}

#[tauri::command]
fn salin_tahun(
    b: State<Basis>,
    dari: i32,
    ke: i32,
    profil: Option<String>,
) -> Result<HasilSalin, GalatUi> {
    dengan_db(&b, |db| {
        let profil = profil_dari(profil)?;
        app::rencana::salin_tahun(db, dari, ke, profil, &sekarang())
    })
}

#[tauri::command]
fn periode_jabatan(b: State<Basis>, nip: String) -> Result<Vec<PeriodeJabatan>, GalatUi> {
    dengan_db(&b, |db| app::kantor::periode_jabatan(db, &nip))
}

#[tauri::command]
fn tambah_plt(
    b: State<Basis>,
    nip: String,
    periode: PeriodeJabatan,
) -> Result<Vec<PeriodeJabatan>, GalatUi> {
    dengan_db(&b, |db| {
        app::kantor::tambah_plt(db, &nip, &periode, &sekarang())
    })
}

#[tauri::command]
fn mutasi(b: State<Basis>, nip: String, form: FormMutasi) -> Result<Vec<PeriodeJabatan>, GalatUi> {
    dengan_db(&b, |db| app::kantor::mutasi(db, &nip, &form, &sekarang()))
}

#[tauri::command]
fn siap_cetak(b: State<Basis>, tahun: i32) -> Result<Vec<TemuanTampil>, GalatUi> {
    dengan_db(&b, |db| app::rencana::siap_cetak(db, tahun, hari_ini()))
}

#[tauri::command]
fn form_addendum(
    b: State<Basis>,
    tahun: i32,
    nip: String,
) -> Result<Vec<BarisAddendumForm>, GalatUi> {
    dengan_db(&b, |db| app::dokumen::form_addendum(db, tahun, &nip))
}

/// One change from the addendum form: IKU code, quarter (1-4), new target as typed.
#[derive(serde::Deserialize)]
struct Ubah {
    kode: String,
    triwulan: u32,
    target: String,
}

#[tauri::command]
#[allow(clippy::too_many_arguments)]
fn buat_addendum(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    sebab: String,
    tanggal_perubahan: Option<String>,
    uraian: String,
    ubah: Vec<Ubah>,
) -> Result<HasilCetak, GalatUi> {
    dengan_db(&b, |db| {
        let tp =
            match tanggal_perubahan.as_deref().filter(|s| !s.is_empty()) {
                Some(t) => Some(chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(
                    |_| AppError::Masukan {
                        field: "tanggal perubahan".into(),
                        pesan: format!("harus YYYY-MM-DD, bukan \"{t}\""),
                    },
                )?),
                None => None,
            };
        let ubah: Vec<app::dokumen::UbahTarget> = ubah
            .into_iter()
            .map(|u| app::dokumen::UbahTarget {
                kode: u.kode,
                triwulan: u.triwulan,
                target: u.target,
            })
            .collect();
        app::dokumen::addendum_ke_folder(
            db,
            tahun,
            &nip,
            &sebab,
            tp,
            &uraian,
            &ubah,
            hari_ini(),
            chrono::Local::now().timestamp(),
            &sekarang(),
        )
    })
}

#[tauri::command]
fn lampirkan_bukti(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    iki_id: i64,
    triwulan: u8,
    nama: String,
    isi: Vec<u8>,
) -> Result<app::realisasi::RealisasiPegawai, GalatUi> {
    dengan_db(&b, |db| {
        app::realisasi::lampirkan_bukti(
            db,
            tahun,
            &nip,
            iki_id,
            triwulan,
            &nama,
            &isi,
            hari_ini(),
            &sekarang(),
        )
    })
}

#[tauri::command]
fn hapus_bukti(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    id: i64,
    triwulan: u8,
) -> Result<app::realisasi::RealisasiPegawai, GalatUi> {
    dengan_db(&b, |db| {
        app::realisasi::hapus_bukti(db, tahun, &nip, id, triwulan, hari_ini(), &sekarang())
    })
}

/// A copy of an evidence file in `<data folder>/ekspor/bukti/<NIP>`; the path is shown to the user.
#[tauri::command]
fn salin_bukti(b: State<Basis>, tahun: i32, nip: String, id: i64) -> Result<String, GalatUi> {
    dengan_db(&b, |db| {
        let folder = db
            .path()
            .parent()
            .map(|d| d.join("ekspor").join("bukti").join(&nip))
            .unwrap_or_default();
        Ok(app::realisasi::salin_bukti(db, tahun, &nip, id, &folder)?
            .display()
            .to_string())
    })
}

#[tauri::command]
fn periksa_keutuhan(b: State<Basis>) -> Result<LaporanKeutuhan, GalatUi> {
    dengan_db(&b, |db| {
        // The window may have been open while another program changed the file: repair and report it now.
        db.pulihkan_pemicu_sekarang()?;
        app::keamanan::periksa_keutuhan(db)
    })
}

#[tauri::command]
fn daftar_cadangan(b: State<Basis>) -> Result<(String, usize, Vec<RingkasCadangan>), GalatUi> {
    dengan_db(&b, |db| {
        Ok((
            app::keamanan::folder_cadangan(db)?.display().to_string(),
            app::keamanan::jumlah_simpan(db)?,
            app::keamanan::daftar_cadangan(db)?,
        ))
    })
}

#[tauri::command]
fn buat_cadangan(b: State<Basis>) -> Result<RingkasCadangan, GalatUi> {
    dengan_db(&b, |db| {
        app::keamanan::cadangan_manual(db, chrono::Local::now().naive_local())
    })
}

#[tauri::command]
fn atur_jumlah_cadangan(b: State<Basis>, teks: String) -> Result<usize, GalatUi> {
    dengan_db(&b, |db| {
        app::keamanan::atur_jumlah_simpan(db, &teks, &sekarang())
    })
}

/// Restores from a backup in the list (by its path) or from a file the user picked (its bytes, written to the
/// backup folder first so the check and the restore read the same file).
#[tauri::command]
fn pulihkan_cadangan(
    b: State<Basis>,
    path: Option<String>,
    isi: Option<Vec<u8>>,
    sandi_cadangan: Option<String>,
) -> Result<HasilPulih, GalatUi> {
    dengan_db(&b, |db| {
        let mut dipilih = None;
        let sumber = match (path, isi) {
            (Some(p), _) => std::path::PathBuf::from(p),
            (None, Some(isi)) => {
                // Hidden and temporary by name: swept away if a kill leaves it (it may be a plain copy).
                let p = app::keamanan::folder_cadangan(db)?.join(format!(
                    ".dipilih-{}.sementara",
                    chrono::Local::now().format("%Y%m%d-%H%M%S")
                ));
                std::fs::write(&p, isi).map_err(|e| AppError::Berkas {
                    path: p.display().to_string(),
                    pesan: store::pesan_io(&e),
                })?;
                dipilih = Some(p.clone());
                p
            }
            (None, None) => {
                return Err(AppError::Masukan {
                    field: "berkas cadangan".into(),
                    pesan: "pilih berkas cadangan".into(),
                });
            }
        };
        let sandi = sandi_cadangan
            .filter(|s| !s.is_empty())
            .map(store::Sandi::baru);
        let hasil = app::keamanan::pulihkan(
            db,
            &sumber,
            sandi.as_ref(),
            chrono::Local::now().naive_local(),
            &sekarang(),
        );
        // The picked file's copy served the check and the restore; it is not a backup of this office.
        if let Some(p) = dipilih {
            let _ = std::fs::remove_file(p);
        }
        hasil
    })
}

/// The automatic backup: at start, then checked every hour (one a day, the newest N kept). A failure is
/// printed, never fatal: the user's work goes on.
fn cadangan_berkala(basis: &Basis) {
    if let Ok(g) = basis.0.lock()
        && let Ok(db) = g.as_ref()
        && let Err(e) =
            app::keamanan::cadangan_otomatis(db, chrono::Local::now().naive_local(), false)
    {
        eprintln!("cadangan otomatis gagal: {e}");
    }
}

fn buka_basis() -> Basis {
    let hasil = store::buka_bawaan().map_err(|e| AppError::from(e).ke_ui());
    Basis(Mutex::new(hasil))
}

/// One window per data folder: a second start shows the first window and ends (see store::kunci_jendela).
fn satu_jendela() -> Option<store::KunciJendela> {
    let dir = store::path_bawaan().ok()?.parent()?.to_path_buf();
    std::fs::create_dir_all(&dir).ok()?;
    match store::kunci_jendela(&dir) {
        Ok(Some(k)) => Some(k),
        Ok(None) => {
            eprintln!("Kinerja sudah terbuka untuk folder data ini; jendelanya ditampilkan.");
            std::process::exit(0);
        }
        Err(e) => {
            eprintln!("kunci jendela tidak dapat dipasang: {e}");
            None
        }
    }
}

fn main() {
    let kunci = satu_jendela();
    tauri::Builder::default()
        .manage(buka_basis())
        .setup(move |app| {
            use tauri::Manager;
            if let Some(kunci) = kunci {
                let h = app.handle().clone();
                std::thread::spawn(move || {
                    loop {
                        std::thread::sleep(std::time::Duration::from_millis(400));
                        if kunci.diminta_tampil()
                            && let Some(w) = h.get_webview_window("main")
                        {
                            let _ = w.unminimize();
                            let _ = w.show();
                            let _ = w.set_focus();
                            eprintln!("jendela ditampilkan atas permintaan instans kedua");
                        }
                    }
                });
            }
            let h = app.handle().clone();
            std::thread::spawn(move || {
                loop {
                    cadangan_berkala(&h.state::<Basis>());
                    std::thread::sleep(std::time::Duration::from_secs(3600));
                }
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            rekap_nilai,
            periksa_keutuhan,
            lampirkan_pindaian,
            lampirkan_bukti,
            hapus_bukti,
            salin_bukti,
            daftar_cadangan,
            buat_cadangan,
            atur_jumlah_cadangan,
            pulihkan_cadangan,
            buka_dengan_sandi,
            status_enkripsi,
            atur_sandi,
            rinci_nilai,
            simpan_perilaku,
            simpan_penyesuaian,
            tambah_hukdis,
            hapus_hukdis,
            realisasi_pegawai,
            simpan_realisasi,
            daftar_hkt,
            simpan_hkt,
            hapus_hkt,
            daftar_dialog,
            simpan_dialog,
            hapus_dialog,
            status_awal,
            buat_kantor_contoh,
            mulai_kosong,
            daftar_pegawai,
            tampil_profil,
            pakai_profil,
            atur_parameter,
            atur_pagu_dipa,
            daftar_libur,
            tambah_libur,
            hapus_libur,
            daftar_kk,
            cetak_kk,
            cetak_komplemen,
            tandatangani_kk,
            kunci_kk,
            verifikasi_pdf,
            folder_dokumen,
            teks_dokumen,
            atur_teks_dokumen,
            atur_logo,
            impor_berkas,
            ekspor,
            simpan_pegawai,
            form_pegawai,
            riwayat_pegawai,
            pilihan_form,
            siap_cetak,
            form_addendum,
            buat_addendum,
            data_kantor,
            simpan_kantor,
            daftar_unit,
            simpan_unit,
            hapus_unit,
            pulihkan,
            peta_strategi,
            simpan_ss,
            hapus_ss,
            pilihan_rencana,
            rencana_pegawai,
            simpan_iki,
            simpan_trajectory,
            hapus_iki,
            riwayat_iki,
            salin_tahun,
            matriks_cascading,
            katalog_iku,
            buat_tahun,
            periode_jabatan,
            tambah_plt,
            mutasi
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("galat: aplikasi tidak dapat dijalankan: {e}");
            std::process::exit(1);
        });
}
