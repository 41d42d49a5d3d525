//! The file dialogs and opening files, for the screens that pick a file before an action.
use kinerja::app::GalatUi;
use kinerja::app::umum::JenisBerkas;
use tauri::AppHandle;

use crate::berkas;

/// The open dialog; the chosen paths (none when cancelled).
#[tauri::command(async)]
pub fn pilih_berkas(app: AppHandle, jenis: JenisBerkas, banyak: bool) -> Vec<String> {
    berkas::pilih_buka(&app, jenis, banyak)
        .into_iter()
        .map(|p| p.display().to_string())
        .collect()
}

/// The folder dialog; the chosen folder (none when cancelled).
#[tauri::command(async)]
pub fn pilih_folder(app: AppHandle, jenis: JenisBerkas) -> Option<String> {
    berkas::pilih_folder(&app, jenis).map(|p| p.display().to_string())
}

/// Where the next dialog of this kind starts: the last folder chosen, or Documents/Kinerja.
#[tauri::command]
pub fn folder_awal(app: AppHandle, jenis: JenisBerkas) -> String {
    berkas::folder_awal(&app, jenis).display().to_string()
}

/// Opens a written file with its program.
#[tauri::command]
pub fn buka_berkas(path: String) -> Result<(), GalatUi> {
    berkas::buka(std::path::Path::new(&path))
}

/// Opens the folder of a written file (or the folder itself) in the file manager.
#[tauri::command]
pub fn buka_folder(path: String) -> Result<(), GalatUi> {
    let p = std::path::Path::new(&path);
    berkas::buka(if p.is_dir() {
        p
    } else {
        p.parent().unwrap_or(p)
    })
}
