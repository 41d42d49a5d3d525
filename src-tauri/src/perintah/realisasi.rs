//! Realisasi of a quarter and its evidence files.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::{self, GalatUi};
use tauri::State;

use crate::{Basis, dengan_db};

#[tauri::command]
pub fn realisasi_pegawai(
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
pub fn simpan_realisasi(
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
pub fn lampirkan_bukti(
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
pub fn hapus_bukti(
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
pub fn salin_bukti(b: State<Basis>, tahun: i32, nip: String, id: i64) -> Result<String, GalatUi> {
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
