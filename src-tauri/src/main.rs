//! Kinerja desktop shell: opens the database, exposes the app actions as Tauri commands, nothing more.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::Mutex;

use kinerja::app::{self, AppError, GalatUi};
use kinerja::store::{self, Db};
use tauri::State;

mod berkas;
mod perintah;

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
        isian: None,
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
        .plugin(tauri_plugin_dialog::init())
        // The window comes back at the size and place it was closed at (maximised the first time).
        .plugin(tauri_plugin_window_state::Builder::default().build())
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
            perintah::evaluasi::rekap_nilai,
            perintah::evaluasi::tren_nko,
            perintah::keamanan::periksa_keutuhan,
            perintah::dokumen::lampirkan_pindaian,
            perintah::realisasi::lampirkan_bukti,
            perintah::realisasi::hapus_bukti,
            perintah::realisasi::salin_bukti,
            perintah::keamanan::daftar_cadangan,
            perintah::keamanan::buat_cadangan,
            perintah::keamanan::atur_jumlah_cadangan,
            perintah::keamanan::pulihkan_cadangan,
            perintah::keamanan::buka_dengan_sandi,
            perintah::keamanan::status_enkripsi,
            perintah::keamanan::atur_sandi,
            perintah::evaluasi::rinci_nilai,
            perintah::evaluasi::simpan_perilaku,
            perintah::evaluasi::simpan_penyesuaian,
            perintah::evaluasi::tambah_hukdis,
            perintah::evaluasi::hapus_hukdis,
            perintah::realisasi::realisasi_pegawai,
            perintah::realisasi::simpan_realisasi,
            perintah::pemantauan::daftar_hkt,
            perintah::pemantauan::simpan_hkt,
            perintah::pemantauan::hapus_hkt,
            perintah::pemantauan::daftar_dialog,
            perintah::pemantauan::simpan_dialog,
            perintah::pemantauan::hapus_dialog,
            perintah::pemantauan::daftar_dko,
            perintah::pemantauan::simpan_dko,
            perintah::pemantauan::hapus_dko,
            perintah::pemantauan::ubah_aksi,
            perintah::pemantauan::cetak_notulen,
            perintah::pemantauan::daftar_pembinaan,
            perintah::pemantauan::simpan_pembinaan,
            perintah::pemantauan::hapus_pembinaan,
            perintah::pemantauan::buka_rahasia,
            perintah::pelaksanaan::daftar_inisiatif,
            perintah::pelaksanaan::simpan_inisiatif,
            perintah::pelaksanaan::hapus_inisiatif,
            perintah::pelaksanaan::daftar_risiko,
            perintah::pelaksanaan::simpan_risiko,
            perintah::pelaksanaan::hapus_risiko,
            perintah::pelaksanaan::daftar_pemanfaatan,
            perintah::pelaksanaan::simpan_pemanfaatan,
            perintah::pelaksanaan::hapus_pemanfaatan,
            perintah::pelaksanaan::cetak_laporan_triwulan,
            perintah::pelaksanaan::kesiapan_reviu,
            perintah::pelaksanaan::daftar_deviasi,
            perintah::pelaksanaan::simpan_deviasi,
            perintah::pelaksanaan::cetak_paket_reviu,
            perintah::kantor::status_awal,
            perintah::kantor::buat_kantor_contoh,
            perintah::kantor::mulai_kosong,
            perintah::kantor::daftar_pegawai,
            perintah::pengaturan::tampil_profil,
            perintah::pengaturan::pakai_profil,
            perintah::pengaturan::atur_parameter,
            perintah::pengaturan::atur_parameter_isian,
            perintah::pengaturan::atur_pagu_dipa,
            perintah::pengaturan::daftar_libur,
            perintah::pengaturan::tambah_libur,
            perintah::pengaturan::libur_skb,
            perintah::pengaturan::isi_libur_skb,
            perintah::pengaturan::hapus_libur,
            perintah::dokumen::daftar_kk,
            perintah::dokumen::cetak_kk,
            perintah::dokumen::cetak_komplemen,
            perintah::dokumen::tandatangani_kk,
            perintah::dokumen::kunci_kk,
            perintah::dokumen::catat_reviu,
            perintah::dokumen::catat_serah,
            perintah::dokumen::verifikasi_pdf,
            perintah::berkas::pilih_berkas,
            perintah::berkas::pilih_folder,
            perintah::berkas::folder_awal,
            perintah::berkas::buka_berkas,
            perintah::berkas::buka_folder,
            perintah::dokumen::teks_dokumen,
            perintah::dokumen::atur_teks_dokumen,
            perintah::dokumen::atur_logo,
            perintah::pertukaran::impor_berkas,
            perintah::pertukaran::ekspor,
            perintah::kantor::simpan_pegawai,
            perintah::kantor::form_pegawai,
            perintah::kantor::riwayat_pegawai,
            perintah::kantor::ganti_nip,
            perintah::kantor::pilihan_form,
            perintah::rencana::siap_cetak,
            perintah::dokumen::form_addendum,
            perintah::dokumen::buat_addendum,
            perintah::kantor::data_kantor,
            perintah::kantor::simpan_kantor,
            perintah::kantor::daftar_unit,
            perintah::kantor::simpan_unit,
            perintah::kantor::hapus_unit,
            perintah::kantor::pulihkan,
            perintah::rencana::peta_strategi,
            perintah::rencana::simpan_ss,
            perintah::rencana::hapus_ss,
            perintah::rencana::pilihan_rencana,
            perintah::rencana::rencana_pegawai,
            perintah::rencana::simpan_iki,
            perintah::rencana::simpan_trajectory,
            perintah::rencana::hapus_iki,
            perintah::rencana::riwayat_iki,
            perintah::rencana::salin_tahun,
            perintah::rencana::matriks_cascading,
            perintah::rencana::katalog_iku,
            perintah::rencana::buat_tahun,
            perintah::kantor::periode_jabatan,
            perintah::kantor::tambah_plt,
            perintah::kantor::mutasi
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("galat: aplikasi tidak dapat dijalankan: {e}");
            std::process::exit(1);
        });
}
