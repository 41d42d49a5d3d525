//! The rule profile of a year, its parameters, pagu DIPA and holidays.
use crate::chrono_now::sekarang;
use kinerja::app::pengaturan::{Libur, LiburSkbTampil, ProfilTampil};
use kinerja::app::{self, GalatUi};
use tauri::State;

use crate::{Basis, dengan_db};

#[tauri::command]
pub fn tampil_profil(b: State<Basis>, tahun: i32) -> Result<ProfilTampil, GalatUi> {
    dengan_db(&b, |db| app::pengaturan::tampil_profil(db, tahun))
}

#[tauri::command]
pub fn pakai_profil(b: State<Basis>, tahun: i32, kode: String) -> Result<ProfilTampil, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::pakai_profil(db, tahun, &kode, &sekarang())
    })
}

#[tauri::command]
pub fn atur_pagu_dipa(b: State<Basis>, tahun: i32, pagu: String) -> Result<ProfilTampil, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::atur_pagu_dipa(db, tahun, &pagu, &sekarang())
    })
}

#[tauri::command]
pub fn atur_parameter(
    b: State<Basis>,
    tahun: i32,
    nama: String,
    nilai: Option<String>,
) -> Result<ProfilTampil, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::atur_parameter(db, tahun, &nama, nilai.as_deref(), &sekarang())
    })
}

/// Pengaturan's controls: a parameter set from its parts as typed.
#[tauri::command]
pub fn atur_parameter_isian(
    b: State<Basis>,
    tahun: i32,
    nama: String,
    isian: Vec<app::pengaturan::IsianParameter>,
) -> Result<ProfilTampil, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::atur_parameter_isian(db, tahun, &nama, &isian, &sekarang())
    })
}

#[tauri::command]
pub fn daftar_libur(b: State<Basis>, tahun: i32) -> Result<Vec<Libur>, GalatUi> {
    dengan_db(&b, |db| app::pengaturan::daftar_libur(db, tahun))
}

/// The SKB the year's holidays can be filled from (None for a year the app has none of).
#[tauri::command]
pub fn libur_skb(b: State<Basis>, tahun: i32) -> Result<Option<LiburSkbTampil>, GalatUi> {
    dengan_db(&b, |db| app::pengaturan::libur_skb(db, tahun))
}

#[tauri::command]
pub fn isi_libur_skb(b: State<Basis>, tahun: i32) -> Result<Vec<Libur>, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::isi_libur_skb(db, tahun, &sekarang())?;
        app::pengaturan::daftar_libur(db, tahun)
    })
}

#[tauri::command]
pub fn tambah_libur(
    b: State<Basis>,
    tahun: i32,
    tanggal: String,
    keterangan: String,
) -> Result<Vec<Libur>, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::tambah_libur(db, &tanggal, &keterangan, &sekarang())?;
        app::pengaturan::daftar_libur(db, tahun)
    })
}

#[tauri::command]
pub fn hapus_libur(b: State<Basis>, tahun: i32, tanggal: String) -> Result<Vec<Libur>, GalatUi> {
    dengan_db(&b, |db| {
        app::pengaturan::hapus_libur(db, &tanggal, &sekarang())?;
        app::pengaturan::daftar_libur(db, tahun)
    })
}
