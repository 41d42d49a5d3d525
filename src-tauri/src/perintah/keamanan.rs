//! Opening an encrypted database, the password, the integrity check, backups and restore.
use crate::chrono_now::sekarang;
use kinerja::app::kantor::StatusAwal;
use kinerja::app::keamanan::LaporanKeutuhan;
use kinerja::app::keamanan::{HasilPulih, RingkasCadangan};
use kinerja::app::{self, AppError, GalatUi};
use kinerja::store::{self};
use tauri::State;

use crate::{Basis, dengan_db, kunci_rusak};

/// Opens the encrypted database with the password typed at the start screen. A wrong password waits a moment
/// (on top of SQLCipher's key stretching) and leaves the screen as it was.
#[tauri::command]
pub fn buka_dengan_sandi(b: State<Basis>, sandi: String) -> Result<StatusAwal, GalatUi> {
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
pub fn status_enkripsi(b: State<Basis>) -> Result<app::keamanan::StatusEnkripsi, GalatUi> {
    dengan_db(&b, |db| Ok(app::keamanan::status(db)))
}

#[tauri::command]
pub fn atur_sandi(
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
pub fn periksa_keutuhan(b: State<Basis>) -> Result<LaporanKeutuhan, GalatUi> {
    dengan_db(&b, |db| {
        // The window may have been open while another program changed the file: repair and report it now.
        db.pulihkan_pemicu_sekarang()?;
        app::keamanan::periksa_keutuhan(db)
    })
}

#[tauri::command]
pub fn daftar_cadangan(b: State<Basis>) -> Result<(String, usize, Vec<RingkasCadangan>), GalatUi> {
    dengan_db(&b, |db| {
        Ok((
            app::keamanan::folder_cadangan(db)?.display().to_string(),
            app::keamanan::jumlah_simpan(db)?,
            app::keamanan::daftar_cadangan(db)?,
        ))
    })
}

#[tauri::command]
pub fn buat_cadangan(b: State<Basis>) -> Result<RingkasCadangan, GalatUi> {
    dengan_db(&b, |db| {
        app::keamanan::cadangan_manual(db, chrono::Local::now().naive_local())
    })
}

#[tauri::command]
pub fn atur_jumlah_cadangan(b: State<Basis>, teks: String) -> Result<usize, GalatUi> {
    dengan_db(&b, |db| {
        app::keamanan::atur_jumlah_simpan(db, &teks, &sekarang())
    })
}

/// Restores from a backup in the list or from a file picked through the open dialog (its path, either way).
#[tauri::command]
pub fn pulihkan_cadangan(
    b: State<Basis>,
    path: String,
    sandi_cadangan: Option<String>,
) -> Result<HasilPulih, GalatUi> {
    dengan_db(&b, |db| {
        let sumber = std::path::PathBuf::from(path);
        let sandi = sandi_cadangan
            .filter(|s| !s.is_empty())
            .map(store::Sandi::baru);
        app::keamanan::pulihkan(
            db,
            &sumber,
            sandi.as_ref(),
            chrono::Local::now().naive_local(),
            &sekarang(),
        )
    })
}
