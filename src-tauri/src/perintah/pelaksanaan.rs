//! Inisiatif strategis, the risk register, penghargaan and sanksi, the quarterly report, and the reviu checklist
//! with its package.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::evaluasi::{DaftarPemanfaatan, FormPemanfaatan};
use kinerja::app::pemantauan::{DaftarInisiatif, DaftarRisiko, FormInisiatif, FormRisiko};
use kinerja::app::umum::JenisBerkas;
use kinerja::app::{self, GalatUi};
use tauri::{AppHandle, State};

use crate::{Basis, berkas, dengan_db};

#[tauri::command]
pub fn daftar_inisiatif(b: State<Basis>, tahun: i32) -> Result<DaftarInisiatif, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::daftar_inisiatif(db, tahun, hari_ini())
    })
}

#[tauri::command]
pub fn simpan_inisiatif(
    b: State<Basis>,
    tahun: i32,
    form: FormInisiatif,
) -> Result<DaftarInisiatif, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::simpan_inisiatif(db, tahun, &form, hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn hapus_inisiatif(b: State<Basis>, tahun: i32, id: i64) -> Result<DaftarInisiatif, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::hapus_inisiatif(db, tahun, id, hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn daftar_risiko(b: State<Basis>, tahun: i32) -> Result<DaftarRisiko, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::daftar_risiko(db, tahun, hari_ini())
    })
}

#[tauri::command]
pub fn simpan_risiko(
    b: State<Basis>,
    tahun: i32,
    form: FormRisiko,
) -> Result<DaftarRisiko, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::simpan_risiko(db, tahun, &form, hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn hapus_risiko(b: State<Basis>, tahun: i32, id: i64) -> Result<DaftarRisiko, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::hapus_risiko(db, tahun, id, hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn daftar_pemanfaatan(b: State<Basis>, tahun: i32) -> Result<DaftarPemanfaatan, GalatUi> {
    dengan_db(&b, |db| app::evaluasi::daftar_pemanfaatan(db, tahun))
}

#[tauri::command]
pub fn simpan_pemanfaatan(
    b: State<Basis>,
    tahun: i32,
    form: FormPemanfaatan,
) -> Result<DaftarPemanfaatan, GalatUi> {
    dengan_db(&b, |db| {
        app::evaluasi::simpan_pemanfaatan(db, tahun, &form, hari_ini(), &sekarang())
    })
}

#[tauri::command]
pub fn hapus_pemanfaatan(
    b: State<Basis>,
    tahun: i32,
    id: i64,
) -> Result<DaftarPemanfaatan, GalatUi> {
    dengan_db(&b, |db| {
        app::evaluasi::hapus_pemanfaatan(db, tahun, id, &sekarang())
    })
}

/// The quarterly report: the PDF where the save dialog says and its workbook beside it; the two paths written,
/// none when cancelled.
#[tauri::command(async)]
pub fn cetak_laporan_triwulan(
    jendela: AppHandle,
    b: State<Basis>,
    tahun: i32,
    triwulan: u8,
) -> Result<Option<Vec<String>>, GalatUi> {
    let usul = format!(
        "{}.pdf",
        app::laporan::nama_laporan_triwulan(tahun, triwulan)
    );
    let Some(p) = berkas::pilih_simpan(&jendela, JenisBerkas::Laporan, &usul) else {
        return Ok(None);
    };
    let (pdf, xlsx) = dengan_db(&b, |db| {
        app::laporan::tulis_laporan_triwulan(
            db,
            tahun,
            triwulan,
            &p,
            hari_ini(),
            chrono::Local::now().timestamp(),
        )
    })?;
    berkas::catat_ditulis(&pdf);
    berkas::catat_ditulis(&xlsx);
    Ok(Some(vec![
        pdf.display().to_string(),
        xlsx.display().to_string(),
    ]))
}

#[tauri::command]
pub fn kesiapan_reviu(
    b: State<Basis>,
    tahun: i32,
) -> Result<app::pemantauan::KesiapanReviu, GalatUi> {
    dengan_db(&b, |db| {
        app::pemantauan::kesiapan_reviu(db, tahun, hari_ini())
    })
}

/// The reviu package where the save dialog says; none when cancelled.
#[tauri::command(async)]
pub fn cetak_paket_reviu(
    jendela: AppHandle,
    b: State<Basis>,
    tahun: i32,
) -> Result<Option<app::laporan::HasilPaket>, GalatUi> {
    let usul = app::laporan::nama_paket_reviu(tahun);
    let Some(p) = berkas::pilih_simpan(&jendela, JenisBerkas::Paket, &usul) else {
        return Ok(None);
    };
    let h = dengan_db(&b, |db| {
        app::laporan::tulis_paket_reviu(
            db,
            tahun,
            &p,
            hari_ini(),
            chrono::Local::now().timestamp(),
            &sekarang(),
        )
    })?;
    berkas::catat_ditulis(&p);
    Ok(Some(h))
}

#[tauri::command]
pub fn daftar_deviasi(
    b: State<Basis>,
    tahun: i32,
    triwulan: u8,
) -> Result<app::laporan::DaftarDeviasi, GalatUi> {
    dengan_db(&b, |db| {
        app::laporan::daftar_deviasi(db, tahun, triwulan, hari_ini())
    })
}

#[tauri::command]
pub fn simpan_deviasi(
    b: State<Basis>,
    tahun: i32,
    triwulan: u8,
    isi: Vec<app::laporan::FormDeviasi>,
) -> Result<app::laporan::DaftarDeviasi, GalatUi> {
    dengan_db(&b, |db| {
        app::laporan::simpan_deviasi(db, tahun, triwulan, &isi, hari_ini(), &sekarang())
    })
}
