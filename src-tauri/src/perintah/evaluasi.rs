//! Evaluasi: perilaku, KMK 127 adjustments, hukdis, the rekap and a figure's derivation.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::{self, GalatUi};
use tauri::State;

use crate::{Basis, dengan_db};

#[tauri::command]
pub fn simpan_perilaku(
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
pub fn simpan_penyesuaian(
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
pub fn tambah_hukdis(
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
pub fn hapus_hukdis(
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
pub fn rekap_nilai(
    b: State<Basis>,
    tahun: i32,
    sampai: Option<usize>,
) -> Result<app::evaluasi::RekapNilai, GalatUi> {
    dengan_db(&b, |db| {
        app::evaluasi::rekap_nilai(db, tahun, sampai, hari_ini())
    })
}

#[tauri::command]
pub fn rinci_nilai(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    sampai: usize,
) -> Result<app::evaluasi::NilaiPegawaiRinci, GalatUi> {
    dengan_db(&b, |db| app::evaluasi::rinci_nilai(db, tahun, &nip, sampai))
}

/// The office's NKO s.d. each quarter with realisasi, for the trend beside the NKO.
#[tauri::command]
pub fn tren_nko(b: State<Basis>, tahun: i32) -> Result<Vec<app::evaluasi::TitikNko>, GalatUi> {
    dengan_db(&b, |db| app::evaluasi::tren_nko(db, tahun, hari_ini()))
}
