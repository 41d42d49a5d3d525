//! HKT and dialog kinerja.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::{self, GalatUi};
use tauri::State;

use crate::{Basis, dengan_db};

#[tauri::command]
pub fn daftar_hkt(
    b: State<Basis>,
    tahun: i32,
    nip: String,
) -> Result<app::pemantauan::DaftarHkt, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::daftar_hkt(db, tahun, &nip, hari_ini())
    })
}

#[tauri::command]
pub fn simpan_hkt(
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
pub fn hapus_hkt(
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
pub fn daftar_dialog(
    b: State<Basis>,
    tahun: i32,
    nip: String,
) -> Result<app::pemantauan::DaftarDialog, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::daftar_dialog(db, tahun, &nip, hari_ini())
    })
}

#[tauri::command]
pub fn simpan_dialog(
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
pub fn hapus_dialog(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    id: i64,
) -> Result<app::pemantauan::DaftarDialog, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::hapus_dialog(db, tahun, &nip, id, hari_ini(), &sekarang())
    })
}
