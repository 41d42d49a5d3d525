//! Kontrak Kinerja documents: print, sign, lock, verify, letter settings, addendum and komplemen.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::dokumen::{
    BarisAddendumForm, HasilCetak, HasilVerifikasi, StatusKk, TeksDokumen,
};
use kinerja::app::{self, GalatUi};
use tauri::State;

use crate::{Basis, dengan_db};

#[tauri::command]
pub fn daftar_kk(b: State<Basis>, tahun: i32) -> Result<Vec<StatusKk>, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::daftar_status_kk(db, tahun, hari_ini())
    })
}

#[tauri::command]
pub fn cetak_kk(b: State<Basis>, tahun: i32, nip: String) -> Result<HasilCetak, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::cetak_ke_folder(
            db,
            tahun,
            &nip,
            hari_ini(),
            chrono::Local::now().timestamp(),
            &sekarang(),
        )
    })
}

#[tauri::command]
pub fn cetak_komplemen(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    pendahulu: Option<String>,
) -> Result<HasilCetak, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::komplemen_ke_folder(
            db,
            tahun,
            &nip,
            pendahulu.as_deref(),
            hari_ini(),
            chrono::Local::now().timestamp(),
            &sekarang(),
        )
    })
}

#[tauri::command]
pub fn tandatangani_kk(
    b: State<Basis>,
    id: String,
    tanggal: String,
    scan: Option<Vec<u8>>,
) -> Result<(), GalatUi> {
    dengan_db(&b, |db| {
        let t = app::umum::tanggal_isian("Tanggal tanda tangan", &tanggal)?;
        app::dokumen::tandatangani(db, &id, t, scan.as_deref(), &sekarang())
    })
}

#[tauri::command]
pub fn lampirkan_pindaian(b: State<Basis>, id: String, isi: Vec<u8>) -> Result<(), GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::lampirkan_pindaian(db, &id, &isi, &sekarang())
    })
}

#[tauri::command]
pub fn kunci_kk(b: State<Basis>, id: String) -> Result<(), GalatUi> {
    dengan_db(&b, |db| app::dokumen::kunci(db, &id, &sekarang()))
}

#[tauri::command]
pub fn verifikasi_pdf(b: State<Basis>, isi: Vec<u8>) -> Result<HasilVerifikasi, GalatUi> {
    dengan_db(&b, |db| app::dokumen::verifikasi(db, &isi))
}

#[tauri::command]
pub fn folder_dokumen(b: State<Basis>, tahun: i32) -> Result<String, GalatUi> {
    dengan_db(&b, |db| {
        Ok(app::dokumen::folder_dokumen(db, tahun)
            .display()
            .to_string())
    })
}

#[tauri::command]
pub fn teks_dokumen(b: State<Basis>) -> Result<TeksDokumen, GalatUi> {
    dengan_db(&b, |db| app::dokumen::teks_dokumen(db))
}

#[tauri::command]
pub fn atur_teks_dokumen(
    b: State<Basis>,
    pernyataan: String,
    pola_nomor: String,
) -> Result<TeksDokumen, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::atur_teks_dokumen(db, &pernyataan, &pola_nomor, &sekarang())
    })
}

#[tauri::command]
pub fn atur_logo(b: State<Basis>, png: Option<Vec<u8>>) -> Result<TeksDokumen, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::atur_logo(db, png.as_deref(), &sekarang())
    })
}

#[tauri::command]
pub fn form_addendum(
    b: State<Basis>,
    tahun: i32,
    nip: String,
) -> Result<Vec<BarisAddendumForm>, GalatUi> {
    dengan_db(&b, |db| app::dokumen::form_addendum(db, tahun, &nip))
}

/// One change from the addendum form: IKU code, quarter (1-4), new target as typed.
#[derive(serde::Deserialize)]
pub struct Ubah {
    kode: String,
    triwulan: u32,
    target: String,
}

#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub fn buat_addendum(
    b: State<Basis>,
    tahun: i32,
    nip: String,
    sebab: String,
    tanggal_perubahan: Option<String>,
    uraian: String,
    ubah: Vec<Ubah>,
) -> Result<HasilCetak, GalatUi> {
    dengan_db(&b, |db| {
        let tp = app::umum::tanggal_masukan(
            "Tanggal perubahan komposisi",
            tanggal_perubahan.as_deref().unwrap_or(""),
        )?;
        let ubah: Vec<app::dokumen::UbahTarget> = ubah
            .into_iter()
            .map(|u| app::dokumen::UbahTarget {
                kode: u.kode,
                triwulan: u.triwulan,
                target: u.target,
            })
            .collect();
        app::dokumen::addendum_ke_folder(
            db,
            tahun,
            &nip,
            &sebab,
            tp,
            &uraian,
            &ubah,
            hari_ini(),
            chrono::Local::now().timestamp(),
            &sekarang(),
        )
    })
}
