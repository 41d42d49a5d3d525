//! The native file dialogs (save, open, folder) starting in the last folder chosen for each kind of file, and
//! opening a written file or its folder with the system's program.
//!
//! Test hook: with `KINERJA_UJI_DIALOG` set to a file's path, no dialog is shown; that file's content answers
//! the next one: `batal` cancels; for a save, a folder (one that exists, or a path without an extension) means
//! "this folder, the suggested name" (a free name, as the real dialog's start would be); anything else is the
//! chosen path (lines for several files). Opening a file or a
//! folder then appends its path to `<that file>.dibuka` instead of starting a program.
use std::path::{Path, PathBuf};

use kinerja::app::umum::{FolderTerakhir, JenisBerkas, jalur_bebas, nama_berkas_aman};
use kinerja::app::{AppError, GalatUi};
use kinerja::store;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

/// The data folder, where the last folders are remembered.
fn folder_data() -> PathBuf {
    store::path_bawaan()
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_default()
}

/// Documents/Kinerja of the user: where every kind of file starts the first time.
fn folder_bawaan(app: &AppHandle) -> PathBuf {
    app.path()
        .document_dir()
        .or_else(|_| app.path().home_dir())
        .unwrap_or_default()
        .join("Kinerja")
}

/// The folder a dialog of this kind starts in: the last one chosen, else Documents/Kinerja.
pub fn folder_awal(app: &AppHandle, jenis: JenisBerkas) -> PathBuf {
    FolderTerakhir::baca(&folder_data()).awal(jenis, &folder_bawaan(app))
}

/// `folder_awal`, made to exist the first time so the dialog can open in it.
fn folder_dialog(app: &AppHandle, jenis: JenisBerkas) -> PathBuf {
    let awal = folder_awal(app, jenis);
    if awal == folder_bawaan(app) {
        let _ = std::fs::create_dir_all(&awal);
    }
    awal
}

/// What this window wrote (files, and the folders of a batch): the only paths "Buka berkas" and "Buka folder"
/// open, so the webview cannot ask the system to start any other program or file.
static DITULIS: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Records a file or folder the app has just written.
pub fn catat_ditulis(p: &Path) {
    if let Ok(mut d) = DITULIS.lock() {
        d.push(p.to_path_buf());
    }
}

fn boleh_dibuka(p: &Path) -> bool {
    DITULIS
        .lock()
        .map(|d| d.iter().any(|x| x == p || x.parent() == Some(p)))
        .unwrap_or(false)
}

fn ingat(jenis: JenisBerkas, folder: &Path) {
    if let Err(e) = FolderTerakhir::ingat(&folder_data(), jenis, folder) {
        eprintln!("folder terakhir tidak tersimpan: {e}");
    }
}

/// The test hook's answer, when the hook is on.
fn jawaban_uji() -> Option<Option<Vec<PathBuf>>> {
    let f = std::env::var_os("KINERJA_UJI_DIALOG")?;
    let teks = std::fs::read_to_string(f).unwrap_or_default();
    let teks = teks.trim();
    Some(if teks.is_empty() || teks == "batal" {
        None
    } else {
        Some(teks.lines().map(|l| PathBuf::from(l.trim())).collect())
    })
}

fn saring(
    d: tauri_plugin_dialog::FileDialogBuilder<tauri::Wry>,
    jenis: JenisBerkas,
) -> tauri_plugin_dialog::FileDialogBuilder<tauri::Wry> {
    match jenis.saringan() {
        (_, []) => d,
        (label, ext) => d.add_filter(label, ext),
    }
}

fn jalur(f: tauri_plugin_dialog::FilePath) -> Option<PathBuf> {
    f.into_path().ok()
}

/// The save dialog for a file of `jenis`, suggesting `usulan` (made safe, and free in the start folder).
pub fn pilih_simpan(app: &AppHandle, jenis: JenisBerkas, usulan: &str) -> Option<PathBuf> {
    let awal = folder_dialog(app, jenis);
    let nama = nama_berkas_aman(usulan);
    let dipilih = match jawaban_uji() {
        Some(j) => j.and_then(|v| v.into_iter().next()).map(|p| {
            if p.is_dir() || p.extension().is_none() {
                jalur_bebas(&p, &nama)
            } else {
                p
            }
        }),
        None => {
            let usul = jalur_bebas(&awal, &nama);
            let mut d = saring(
                app.dialog()
                    .file()
                    .set_title(jenis.judul(true))
                    .set_directory(&awal)
                    .set_file_name(usul.file_name()?.to_string_lossy()),
                jenis,
            );
            if let Some(w) = app.get_webview_window("main") {
                d = d.set_parent(&w);
            }
            d.blocking_save_file().and_then(jalur)
        }
    }?;
    if let Some(dir) = dipilih.parent() {
        ingat(jenis, dir);
    }
    Some(dipilih)
}

/// The folder dialog (a batch of documents).
pub fn pilih_folder(app: &AppHandle, jenis: JenisBerkas) -> Option<PathBuf> {
    let dipilih = match jawaban_uji() {
        Some(j) => j.and_then(|v| v.into_iter().next()),
        None => {
            let mut d = app
                .dialog()
                .file()
                .set_title(jenis.judul(false))
                .set_directory(folder_dialog(app, jenis));
            if let Some(w) = app.get_webview_window("main") {
                d = d.set_parent(&w);
            }
            d.blocking_pick_folder().and_then(jalur)
        }
    }?;
    ingat(jenis, &dipilih);
    Some(dipilih)
}

/// The open dialog: one file, or several with `banyak`. Nothing chosen is an empty list.
pub fn pilih_buka(app: &AppHandle, jenis: JenisBerkas, banyak: bool) -> Vec<PathBuf> {
    let dipilih = match jawaban_uji() {
        Some(j) => j.unwrap_or_default(),
        None => {
            let mut d = saring(
                app.dialog()
                    .file()
                    .set_title(jenis.judul(false))
                    .set_directory(folder_dialog(app, jenis)),
                jenis,
            );
            if let Some(w) = app.get_webview_window("main") {
                d = d.set_parent(&w);
            }
            if banyak {
                d.blocking_pick_files()
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(jalur)
                    .collect()
            } else {
                d.blocking_pick_file().and_then(jalur).into_iter().collect()
            }
        }
    };
    if let Some(dir) = dipilih.first().and_then(|p| p.parent()) {
        ingat(jenis, dir);
    }
    dipilih
}

/// Reads a file the user chose: its name and bytes; an error names the file.
pub fn baca(path: &str) -> Result<(String, Vec<u8>), GalatUi> {
    let p = Path::new(path);
    let isi = std::fs::read(p).map_err(|e| {
        AppError::Berkas {
            path: path.to_string(),
            pesan: store::pesan_io(&e),
        }
        .ke_ui()
    })?;
    let nama = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    Ok((nama, isi))
}

/// Opens `path` (a file, or a folder in the file manager) with the system's program; only what this window
/// wrote, or its folder.
pub fn buka(path: &Path) -> Result<(), GalatUi> {
    if !boleh_dibuka(path) {
        return Err(AppError::Berkas {
            path: path.display().to_string(),
            pesan: "hanya berkas yang baru ditulis aplikasi ini (atau foldernya) yang dapat dibuka dari sini".into(),
        }
        .ke_ui());
    }
    if let Some(f) = std::env::var_os("KINERJA_UJI_DIALOG") {
        use std::io::Write;
        let mut log = PathBuf::from(f).into_os_string();
        log.push(".dibuka");
        let mut w = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .map_err(|e| galat_buka(path, &e))?;
        return writeln!(w, "{}", path.display()).map_err(|e| galat_buka(path, &e));
    }
    open::that_detached(path).map_err(|e| galat_buka(path, &e))
}

fn galat_buka(path: &Path, e: &std::io::Error) -> GalatUi {
    AppError::Berkas {
        path: path.display().to_string(),
        pesan: format!("tidak dapat dibuka: {}", store::pesan_io(e)),
    }
    .ke_ui()
}
