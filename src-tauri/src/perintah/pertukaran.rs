//! Spreadsheet import (with its progress events) and export.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::impor::LaporanImpor;
use kinerja::app::{self, GalatUi};
use tauri::{Emitter, State};

use crate::{Basis, dengan_db};

/// Progress of a running import, sent to the window as the event "impor-kemajuan".
#[derive(Clone, serde::Serialize)]
pub struct Kemajuan {
    selesai: u32,
    total: u32,
}

// async: runs off the main thread so the window keeps painting and receives the progress events.
#[tauri::command(async)]
#[allow(clippy::too_many_arguments)]
pub fn impor_berkas(
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
pub fn ekspor(
    b: State<Basis>,
    apa: String,
    tahun: i32,
    sampai: Option<usize>,
) -> Result<String, GalatUi> {
    dengan_db(&b, |db| {
        app::ekspor::ekspor_ke_folder(db, &apa, tahun, sampai)
    })
}
