//! Planning: peta strategi, IKU/IKI, trajectory, catalogue, cascading, years, "Siap cetak?".
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::kantor::StatusAwal;
use kinerja::app::rencana::{
    BarisCascading, BarisKatalog, BarisTrajectory, FormIki, FormSs, HasilSalin, PilihanRencana,
    RencanaPegawai, SsTampil,
};
use kinerja::app::umum::Riwayat;
use kinerja::app::umum::TemuanTampil;
use kinerja::app::umum::Urungan;
use kinerja::app::{self, AppError, GalatUi};
use tauri::State;

use crate::{Basis, dengan_db};

#[tauri::command]
pub fn peta_strategi(b: State<Basis>, tahun: i32) -> Result<Vec<SsTampil>, GalatUi> {
    dengan_db(&b, |db| app::rencana::peta_strategi(db, tahun, hari_ini()))
}

#[tauri::command]
pub fn simpan_ss(
    b: State<Basis>,
    tahun: i32,
    form: FormSs,
    semula: Option<FormSs>,
) -> Result<Vec<SsTampil>, GalatUi> {
    dengan_db(&b, |db| {
        app::rencana::simpan_ss_dari(db, tahun, &form, semula.as_ref(), hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn hapus_ss(b: State<Basis>, tahun: i32, id: i64) -> Result<Urungan, GalatUi> {
    dengan_db(&b, |db| app::rencana::hapus_ss(db, tahun, id, &sekarang()))
}

#[tauri::command]
pub fn pilihan_rencana(b: State<Basis>, tahun: i32) -> Result<PilihanRencana, GalatUi> {
    dengan_db(&b, |db| app::rencana::pilihan_rencana(db, tahun))
}

#[tauri::command]
pub fn rencana_pegawai(
    b: State<Basis>,
    tahun: i32,
    nip: String,
) -> Result<RencanaPegawai, GalatUi> {
    dengan_db(&b, |db| {
        app::rencana::rencana_pegawai(db, tahun, &nip, hari_ini())
    })
}

#[tauri::command]
pub fn simpan_iki(
    b: State<Basis>,
    tahun: i32,
    form: FormIki,
    semula: Option<FormIki>,
) -> Result<RencanaPegawai, GalatUi> {
    dengan_db(&b, |db| {
        app::rencana::simpan_iki_dari(db, tahun, &form, semula.as_ref(), hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn simpan_trajectory(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    baris: Vec<BarisTrajectory>,
) -> Result<RencanaPegawai, GalatUi> {
    dengan_db(&b, |db| {
        app::rencana::simpan_trajectory(db, tahun, &nip, &baris, hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn hapus_iki(b: State<Basis>, tahun: i32, id: i64) -> Result<Urungan, GalatUi> {
    dengan_db(&b, |db| app::rencana::hapus_iki(db, tahun, id, &sekarang()))
}

#[tauri::command]
pub fn riwayat_iki(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    kode: String,
) -> Result<Vec<Riwayat>, GalatUi> {
    dengan_db(&b, |db| app::rencana::riwayat_iki(db, tahun, &nip, &kode))
}

#[tauri::command]
pub fn buat_tahun(
    b: State<Basis>,
    tahun: i32,
    profil: Option<String>,
) -> Result<StatusAwal, GalatUi> {
    dengan_db(&b, |db| {
        let profil = profil_dari(profil)?;
        app::rencana::buat_tahun(db, tahun, profil, &sekarang())?;
        app::kantor::status_awal(db)
    })
}

/// A profile code chosen in the UI (None: the year's default).
pub fn profil_dari(
    p: Option<String>,
) -> Result<Option<kinerja::domain::profil::KodeProfil>, AppError> {
    match p.filter(|p| !p.is_empty()) {
        Some(p) => kinerja::domain::profil::KodeProfil::dari_kode(&p)
            .map(Some)
            .ok_or_else(|| AppError::Masukan {
                field: "Profil".into(),
                pesan: format!("\"{p}\" tidak dikenal"),
            }),
        None => Ok(None),
    }
}

#[tauri::command]
pub fn katalog_iku(b: State<Basis>, tahun: i32) -> Result<Vec<BarisKatalog>, GalatUi> {
    dengan_db(&b, |db| app::rencana::katalog_iku(db, tahun))
}

#[tauri::command]
pub fn matriks_cascading(b: State<Basis>, tahun: i32) -> Result<Vec<BarisCascading>, GalatUi> {
    dengan_db(&b, |db| app::rencana::matriks_cascading(db, tahun))
}

#[tauri::command]
pub fn salin_tahun(
    b: State<Basis>,
    dari: i32,
    ke: i32,
    profil: Option<String>,
) -> Result<HasilSalin, GalatUi> {
    dengan_db(&b, |db| {
        let profil = profil_dari(profil)?;
        app::rencana::salin_tahun(db, dari, ke, profil, &sekarang())
    })
}

#[tauri::command]
pub fn siap_cetak(b: State<Basis>, tahun: i32) -> Result<Vec<TemuanTampil>, GalatUi> {
    dengan_db(&b, |db| app::rencana::siap_cetak(db, tahun, hari_ini()))
}
