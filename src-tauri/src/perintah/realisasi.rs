//! Realisasi of a quarter and its evidence files.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::umum::JenisBerkas;
use kinerja::app::{self, GalatUi};
use tauri::{AppHandle, State};

use crate::{Basis, berkas, dengan_db};

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
    path: String,
) -> Result<app::realisasi::RealisasiPegawai, GalatUi> {
    let (nama, isi) = berkas::baca(&path)?;
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
/// Saves a copy of an attached file where the save dialog says (its own name suggested); none when cancelled.
#[tauri::command(async)]
pub fn salin_bukti(
    jendela: AppHandle,
    b: State<Basis>,
    tahun: i32,
    nip: String,
    id: i64,
) -> Result<Option<String>, GalatUi> {
    let (nama, isi) = dengan_db(&b, |db| app::realisasi::isi_bukti(db, tahun, &nip, id))?;
    let Some(p) = berkas::pilih_simpan(&jendela, JenisBerkas::Bukti, &nama) else {
        return Ok(None);
    };
    app::umum::tulis_ke(&p, &isi).map_err(|e| e.ke_ui())?;
    berkas::catat_ditulis(&p);
    Ok(Some(p.display().to_string()))
}
