//! Kontrak Kinerja documents: print, sign, lock, verify, letter settings, addendum and komplemen.
use crate::chrono_now::{hari_ini, sekarang};
use kinerja::app::dokumen::{
    BarisAddendumForm, HasilCetak, HasilVerifikasi, StatusKk, TeksDokumen, Tujuan,
};
use kinerja::app::umum::JenisBerkas;
use kinerja::app::{self, GalatUi};
use tauri::{AppHandle, State};

use crate::{Basis, berkas, dengan_db};

/// A printed file, recorded as one "Buka berkas" may open.
fn ditulis(h: HasilCetak) -> HasilCetak {
    berkas::catat_ditulis(std::path::Path::new(&h.path));
    h
}

/// Where a printed document goes: into `folder` (a batch, chosen once), or where the save dialog says, which
/// suggests `<NIP>-<Nama>-KK-<tahun>.pdf` (`ADDENDUM-<n>` for an addendum). None: the dialog was cancelled.
fn tujuan(
    jendela: &AppHandle,
    b: &State<Basis>,
    tahun: i32,
    nip: &str,
    folder: Option<String>,
    addendum: Option<u32>,
) -> Result<Option<Tujuan>, GalatUi> {
    if let Some(f) = folder {
        return Ok(Some(Tujuan::Folder(f.into())));
    }
    let usul = dengan_db(b, |db| {
        app::dokumen::usulan_nama_dokumen(db, tahun, nip, addendum)
    })?;
    Ok(berkas::pilih_simpan(jendela, JenisBerkas::Dokumen, &usul).map(Tujuan::Berkas))
}

#[tauri::command]
pub fn daftar_kk(b: State<Basis>, tahun: i32) -> Result<Vec<StatusKk>, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::daftar_status_kk(db, tahun, hari_ini())
    })
}

// async: the save dialog waits for the user off the main thread (the database is not held meanwhile).
#[tauri::command(async)]
pub fn cetak_kk(
    jendela: AppHandle,
    b: State<Basis>,
    tahun: i32,
    nip: String,
    folder: Option<String>,
) -> Result<Option<HasilCetak>, GalatUi> {
    let Some(tujuan) = tujuan(&jendela, &b, tahun, &nip, folder, None)? else {
        return Ok(None);
    };
    dengan_db(&b, |db| {
        app::dokumen::cetak_ke(
            db,
            tahun,
            &nip,
            &tujuan,
            hari_ini(),
            chrono::Local::now().timestamp(),
            &sekarang(),
        )
        .map(|h| Some(ditulis(h)))
    })
}

#[tauri::command(async)]
pub fn cetak_komplemen(
    jendela: AppHandle,
    b: State<Basis>,
    tahun: i32,
    nip: String,
    pendahulu: Option<String>,
) -> Result<Option<HasilCetak>, GalatUi> {
    let Some(tujuan) = tujuan(&jendela, &b, tahun, &nip, None, None)? else {
        return Ok(None);
    };
    dengan_db(&b, |db| {
        app::dokumen::komplemen_ke(
            db,
            tahun,
            &nip,
            pendahulu.as_deref(),
            &tujuan,
            hari_ini(),
            chrono::Local::now().timestamp(),
            &sekarang(),
        )
        .map(|h| Some(ditulis(h)))
    })
}

/// `scan`: the path of the signed copy's scan, picked through the open dialog.
#[tauri::command]
pub fn tandatangani_kk(
    b: State<Basis>,
    id: String,
    tanggal: String,
    scan: Option<String>,
) -> Result<(), GalatUi> {
    let scan = scan.map(|p| berkas::baca(&p)).transpose()?;
    dengan_db(&b, |db| {
        let t = app::umum::tanggal_isian("Tanggal tanda tangan", &tanggal)?;
        app::dokumen::tandatangani(db, &id, t, scan.as_ref().map(|s| &s.1[..]), &sekarang())
    })
}

#[tauri::command]
pub fn lampirkan_pindaian(b: State<Basis>, id: String, path: String) -> Result<(), GalatUi> {
    let (_, isi) = berkas::baca(&path)?;
    dengan_db(&b, |db| {
        app::dokumen::lampirkan_pindaian(db, &id, &isi, &sekarang())
    })
}

#[tauri::command]
pub fn catat_reviu(
    b: State<Basis>,
    id: String,
    form: app::dokumen::FormReviu,
) -> Result<app::dokumen::RingkasReviu, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::catat_reviu(db, &id, &form, &sekarang())
    })
}

#[tauri::command]
pub fn catat_serah(
    b: State<Basis>,
    id: String,
    tanggal: String,
    kepada: String,
    catatan: String,
) -> Result<app::dokumen::RingkasReviu, GalatUi> {
    dengan_db(&b, |db| {
        app::dokumen::catat_serah(db, &id, &tanggal, &kepada, &catatan, &sekarang())
    })
}

#[tauri::command]
pub fn kunci_kk(b: State<Basis>, id: String) -> Result<(), GalatUi> {
    dengan_db(&b, |db| app::dokumen::kunci(db, &id, &sekarang()))
}

#[tauri::command]
pub fn verifikasi_pdf(b: State<Basis>, path: String) -> Result<HasilVerifikasi, GalatUi> {
    let (_, isi) = berkas::baca(&path)?;
    dengan_db(&b, |db| app::dokumen::verifikasi(db, &isi))
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

/// `path`: the PNG picked through the open dialog; none removes the logo.
#[tauri::command]
pub fn atur_logo(b: State<Basis>, path: Option<String>) -> Result<TeksDokumen, GalatUi> {
    let png = path.map(|p| berkas::baca(&p)).transpose()?;
    dengan_db(&b, |db| {
        app::dokumen::atur_logo(db, png.as_ref().map(|p| &p.1[..]), &sekarang())
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

/// Creates the addendum (refused with the field named, before any dialog), then asks where to save its PDF. The
/// addendum exists once created: a cancelled dialog still prints it, into the last folder of documents.
#[tauri::command(async)]
#[allow(clippy::too_many_arguments)]
pub fn buat_addendum(
    jendela: AppHandle,
    b: State<Basis>,
    tahun: i32,
    nip: String,
    sebab: String,
    tanggal_perubahan: Option<String>,
    uraian: String,
    ubah: Vec<Ubah>,
) -> Result<HasilCetak, GalatUi> {
    let versi = dengan_db(&b, |db| {
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
        app::dokumen::addendum_dari_form(
            db,
            tahun,
            &nip,
            &sebab,
            tp,
            &uraian,
            &ubah,
            hari_ini(),
            &sekarang(),
        )
    })?;
    let tujuan = tujuan(&jendela, &b, tahun, &nip, None, Some(versi))?
        .unwrap_or_else(|| Tujuan::Folder(berkas::folder_awal(&jendela, JenisBerkas::Dokumen)));
    dengan_db(&b, |db| {
        app::dokumen::cetak_addendum_ke(
            db,
            tahun,
            &nip,
            versi,
            &tujuan,
            chrono::Local::now().timestamp(),
            &sekarang(),
        )
        .map(ditulis)
    })
}
