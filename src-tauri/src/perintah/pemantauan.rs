//! HKT, dialog kinerja individu, and the Dialog Kinerja Organisasi with its notulen.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::pemantauan::{
    DaftarDko, DaftarPembinaan, FormDko, FormPembinaan, PembinaanTampil,
};
use kinerja::app::umum::JenisBerkas;
use kinerja::app::{self, GalatUi};
use tauri::{AppHandle, State};

use crate::{Basis, berkas, dengan_db};

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

#[tauri::command]
pub fn daftar_dko(b: State<Basis>, tahun: i32) -> Result<DaftarDko, GalatUi> {
    dengan_db(&b, |db| app::pemantauan::daftar_dko(db, tahun, hari_ini()))
}

#[tauri::command]
pub fn simpan_dko(
    b: State<Basis>,
    tahun: i32,
    form: FormDko,
    semula: Option<FormDko>,
) -> Result<DaftarDko, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::simpan_dko_dari(db, tahun, &form, semula.as_ref(), hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn hapus_dko(b: State<Basis>, tahun: i32, id: i64) -> Result<DaftarDko, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::hapus_dko(db, tahun, id, hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn ubah_aksi(
    b: State<Basis>,
    tahun: i32,
    dko_id: i64,
    urutan: u32,
    uraian: String,
    status: String,
    tindak_lanjut: String,
) -> Result<DaftarDko, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::ubah_aksi(
            db,
            tahun,
            dko_id,
            urutan,
            &uraian,
            &status,
            &tindak_lanjut,
            hari_ini(),
            &sekarang(),
        )
    })
}

/// The notulen of a DKO, saved where the save dialog says; the path written, none when cancelled.
#[tauri::command(async)]
pub fn cetak_notulen(
    jendela: AppHandle,
    b: State<Basis>,
    tahun: i32,
    id: i64,
) -> Result<Option<String>, GalatUi> {
    let (nama, pdf) = dengan_db(&b, |db| {
        app::pemantauan::notulen_dko(db, tahun, id, chrono::Local::now().timestamp())
    })?;
    let Some(p) = berkas::pilih_simpan(&jendela, JenisBerkas::Notulen, &nama) else {
        return Ok(None);
    };
    app::umum::tulis_ke(&p, &pdf).map_err(|e| e.ke_ui())?;
    berkas::catat_ditulis(&p);
    Ok(Some(p.display().to_string()))
}

#[tauri::command]
pub fn daftar_pembinaan(b: State<Basis>, tahun: i32) -> Result<DaftarPembinaan, GalatUi> {
    dengan_db(&b, |db| app::pemantauan::daftar_pembinaan(db, tahun, None))
}

#[tauri::command]
pub fn simpan_pembinaan(
    b: State<Basis>,
    tahun: i32,
    form: FormPembinaan,
) -> Result<DaftarPembinaan, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::simpan_pembinaan(db, tahun, &form, hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn hapus_pembinaan(b: State<Basis>, tahun: i32, id: i64) -> Result<DaftarPembinaan, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::hapus_pembinaan(db, tahun, id, &sekarang())
    })
}

/// Shows a confidential record on purpose; the opening is recorded in the history.
#[tauri::command]
pub fn buka_rahasia(b: State<Basis>, tahun: i32, id: i64) -> Result<PembinaanTampil, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::buka_rahasia(db, tahun, id, &sekarang())
    })
}
