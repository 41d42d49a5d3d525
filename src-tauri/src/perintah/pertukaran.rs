//! Spreadsheet import (with its progress events) and export.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::impor::LaporanImpor;
use kinerja::app::umum::JenisBerkas;
use kinerja::app::{self, AppError, GalatUi};
use tauri::{AppHandle, Emitter, State};

use crate::{Basis, berkas, dengan_db};

/// Progress of a running import, sent to the window as the event "impor-kemajuan".
#[derive(Clone, serde::Serialize)]
pub struct Kemajuan {
    selesai: u32,
    total: u32,
}

/// The file last read for a preview: the import that follows it takes these bytes, so what is written is what
/// was previewed even if the file changed on disk in between.
static DIPRATINJAU: std::sync::Mutex<Option<(String, String, Vec<u8>)>> =
    std::sync::Mutex::new(None);

fn berkas_impor(path: &str, uji: bool) -> Result<(String, Vec<u8>), GalatUi> {
    let mut simpan = DIPRATINJAU.lock().unwrap_or_else(|e| e.into_inner());
    match simpan.as_ref() {
        Some((p, nama, isi)) if !uji && p == path => {
            // Changed on disk since the preview (edited in Excel meanwhile): the preview no longer says what
            // would be written, so it is shown again first.
            if berkas::baca(path)
                .map(|(_, kini)| &kini != isi)
                .unwrap_or(true)
            {
                return Err(AppError::Masukan {
                    field: "Berkas".into(),
                    pesan: format!("{nama} berubah sejak pratinjau; pilih berkasnya lagi untuk melihat pratinjau yang baru sebelum mengimpor"),
                }
                .ke_ui());
            }
            Ok((nama.clone(), isi.clone()))
        }
        _ => {
            let (nama, isi) = berkas::baca(path)?;
            *simpan = Some((path.to_string(), nama.clone(), isi.clone()));
            Ok((nama, isi))
        }
    }
}

// async: runs off the main thread so the window keeps painting and receives the progress events.
#[tauri::command(async)]
#[allow(clippy::too_many_arguments)]
pub fn impor_berkas(
    b: State<Basis>,
    window: tauri::Window,
    jenis: String,
    path: String,
    tahun: i32,
    lembar: Option<String>,
    peta: Vec<(String, String)>,
    uji: bool,
    sebagian: bool,
    buat_pegawai: bool,
    kosongkan: Option<bool>,
) -> Result<LaporanImpor, GalatUi> {
    let (nama, isi) = berkas_impor(&path, uji)?;
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

/// Asks where to save (suggesting `SKP-<tahun>.xlsx`, `Rekap-<tahun>-TW<q>.xlsx`, ...) and writes the
/// export there; the path written, or none when the dialog was cancelled.
#[tauri::command(async)]
pub fn ekspor(
    jendela: AppHandle,
    b: State<Basis>,
    apa: String,
    tahun: i32,
    sampai: Option<usize>,
) -> Result<Option<String>, GalatUi> {
    let usul = dengan_db(&b, |db| {
        app::ekspor::usulan_nama_ekspor(db, &apa, tahun, sampai)
    })?;
    let Some(path) = berkas::pilih_simpan(&jendela, JenisBerkas::Ekspor, &usul) else {
        return Ok(None);
    };
    dengan_db(&b, |db| {
        app::ekspor::ekspor_ke(db, &apa, tahun, sampai, &path)
    })?;
    berkas::catat_ditulis(&path);
    Ok(Some(path.display().to_string()))
}
