//! The office: first start, pegawai, letterhead and units, Plt/Plh and mutasi, undo.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::kantor::{FormKantor, FormMutasi, FormUnit, PeriodeJabatan, UnitTampil};
use kinerja::app::kantor::{FormPegawai, PegawaiRingkas, PilihanForm, StatusAwal};
use kinerja::app::umum::Riwayat;
use kinerja::app::umum::Urungan;
use kinerja::app::{self, GalatUi};
use tauri::State;

use crate::{Basis, dengan_db};

#[tauri::command]
pub fn status_awal(b: State<Basis>) -> Result<StatusAwal, GalatUi> {
    dengan_db(&b, |db| app::kantor::status_awal(db))
}

#[tauri::command]
pub fn buat_kantor_contoh(
    b: State<Basis>,
    pegawai: usize,
    tahun: i32,
) -> Result<StatusAwal, GalatUi> {
    dengan_db(&b, |db| {
        let opsi = app::demo::OpsiDemo {
            pegawai,
            tahun,
            seed: 1,
            ganti: false,
        };
        app::demo::buat_demo(db, &opsi, hari_ini(), &sekarang())?;
        app::kantor::tandai_awal_demo(db, &sekarang())?;
        app::kantor::status_awal(db)
    })
}

#[tauri::command]
pub fn mulai_kosong(b: State<Basis>) -> Result<StatusAwal, GalatUi> {
    dengan_db(&b, |db| app::kantor::mulai_kosong(db, &sekarang()))
}

#[tauri::command]
pub fn daftar_pegawai(b: State<Basis>, cari: String) -> Result<Vec<PegawaiRingkas>, GalatUi> {
    dengan_db(&b, |db| app::kantor::daftar_pegawai(db, &cari))
}

#[tauri::command]
pub fn simpan_pegawai(
    b: State<Basis>,
    form: FormPegawai,
    semula: Option<FormPegawai>,
) -> Result<PegawaiRingkas, GalatUi> {
    dengan_db(&b, |db| {
        app::kantor::simpan_pegawai_dari(db, &form, semula.as_ref(), &sekarang())
    })
}

#[tauri::command]
pub fn form_pegawai(b: State<Basis>, nip: String) -> Result<FormPegawai, GalatUi> {
    dengan_db(&b, |db| app::kantor::form_pegawai(db, &nip))
}

/// Corrects a mistyped NIP; the NIP now in force.
#[tauri::command]
pub fn ganti_nip(b: State<Basis>, lama: String, baru: String) -> Result<String, GalatUi> {
    dengan_db(&b, |db| {
        app::kantor::ganti_nip(db, &lama, &baru, &sekarang())
    })
}

#[tauri::command]
pub fn riwayat_pegawai(b: State<Basis>, nip: String) -> Result<Vec<Riwayat>, GalatUi> {
    dengan_db(&b, |db| app::kantor::riwayat_pegawai(db, &nip))
}

#[tauri::command]
pub fn pilihan_form(b: State<Basis>) -> Result<PilihanForm, GalatUi> {
    dengan_db(&b, |db| app::kantor::pilihan_form(db))
}

#[tauri::command]
pub fn data_kantor(b: State<Basis>) -> Result<FormKantor, GalatUi> {
    dengan_db(&b, |db| app::kantor::kantor(db))
}

#[tauri::command]
pub fn simpan_kantor(
    b: State<Basis>,
    form: FormKantor,
    semula: Option<FormKantor>,
) -> Result<FormKantor, GalatUi> {
    dengan_db(&b, |db| {
        app::kantor::simpan_kantor_dari(db, &form, semula.as_ref(), &sekarang())
    })
}

#[tauri::command]
pub fn daftar_unit(b: State<Basis>) -> Result<Vec<UnitTampil>, GalatUi> {
    dengan_db(&b, |db| app::kantor::daftar_unit(db))
}

#[tauri::command]
pub fn simpan_unit(
    b: State<Basis>,
    form: FormUnit,
    semula: Option<FormUnit>,
) -> Result<Vec<UnitTampil>, GalatUi> {
    dengan_db(&b, |db| {
        app::kantor::simpan_unit_dari(db, &form, semula.as_ref(), &sekarang())
    })
}

#[tauri::command]
pub fn hapus_unit(b: State<Basis>, id: i64) -> Result<Urungan, GalatUi> {
    dengan_db(&b, |db| app::kantor::hapus_unit(db, id, &sekarang()))
}

#[tauri::command]
pub fn pulihkan(b: State<Basis>, audit_id: Vec<i64>) -> Result<String, GalatUi> {
    dengan_db(&b, |db| app::umum::pulihkan(db, &audit_id, &sekarang()))
}

#[tauri::command]
pub fn periode_jabatan(b: State<Basis>, nip: String) -> Result<Vec<PeriodeJabatan>, GalatUi> {
    dengan_db(&b, |db| app::kantor::periode_jabatan(db, &nip))
}

#[tauri::command]
pub fn tambah_plt(
    b: State<Basis>,
    nip: String,
    periode: PeriodeJabatan,
) -> Result<Vec<PeriodeJabatan>, GalatUi> {
    dengan_db(&b, |db| {
        app::kantor::tambah_plt(db, &nip, &periode, &sekarang())
    })
}

#[tauri::command]
pub fn mutasi(
    b: State<Basis>,
    nip: String,
    form: FormMutasi,
) -> Result<Vec<PeriodeJabatan>, GalatUi> {
    dengan_db(&b, |db| app::kantor::mutasi(db, &nip, &form, &sekarang()))
}
