//! Dialog kinerja individu: a pegawai's dialogs of the year, the form (checked whole), deletion, and the
//! quarters still without one (DKI-001).
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::TemuanTampil;
use crate::app::umum::Urungan;
use crate::app::umum::salah;
use crate::domain::model::{SifatDki, TahapDki};
use crate::store::{Db, RekamDialog};

/// The dialog form as the screen sends it; the date as typed.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FormDialog {
    #[ts(type = "number")]
    pub id: i64,
    pub nip: String,
    /// "20/03/2026", "20 Maret 2026" or "2026-03-20".
    pub tanggal: String,
    pub tahap: String,
    pub sifat: String,
    pub pihak: String,
    pub ringkasan: String,
    pub tindak_lanjut: String,
    pub pembinaan: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DialogTampil {
    pub form: FormDialog,
    pub triwulan: String,
    pub tahap_label: String,
    pub sifat_label: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DaftarDialog {
    /// Set after a change or a deletion: what the "Batalkan" bar undoes.
    pub urungkan: Option<Urungan>,
    pub tahun: i32,
    pub nip: String,
    pub dialog: Vec<DialogTampil>,
    /// DKI-001 for this pegawai: quarters that have ended without a dialog.
    pub temuan: Vec<TemuanTampil>,
    /// The atasan langsung's name, proposed for a new dialog.
    pub pihak_bawaan: String,
    pub pilihan_tahap: Vec<(String, String)>,
    pub pilihan_sifat: Vec<(String, String)>,
}

pub(crate) fn ke_tampil(d: &RekamDialog) -> DialogTampil {
    let tanggal = NaiveDate::parse_from_str(&d.tanggal, "%Y-%m-%d").ok();
    DialogTampil {
        form: FormDialog {
            id: d.id,
            nip: d.nip.clone(),
            tanggal: tanggal
                .map(|t| t.format("%d/%m/%Y").to_string())
                .unwrap_or_else(|| d.tanggal.clone()),
            tahap: d.tahap.clone(),
            sifat: d.sifat.clone(),
            pihak: d.pihak.clone(),
            ringkasan: d.ringkasan.clone(),
            tindak_lanjut: d.tindak_lanjut.clone(),
            pembinaan: d.pembinaan.clone(),
        },
        triwulan: tanggal
            .map(|t| {
                format!(
                    "TW {}",
                    crate::domain::capaian::romawi(t.month0() as usize / 3 + 1)
                )
            })
            .unwrap_or_default(),
        tahap_label: TahapDki::dari_kode(&d.tahap)
            .map(|t| t.label())
            .unwrap_or_default()
            .into(),
        sifat_label: SifatDki::dari_kode(&d.sifat)
            .map(|t| t.label())
            .unwrap_or_default()
            .into(),
    }
}

/// Every field checked before anything is stored; an error names the field.
pub(crate) fn baca_form_dialog(
    tahun: i32,
    f: &FormDialog,
    hari_ini: NaiveDate,
) -> Result<RekamDialog, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Pihak", &f.pihak, T::Nama),
        ("Ringkasan", &f.ringkasan, T::Uraian),
        ("Tindak lanjut", &f.tindak_lanjut, T::Uraian),
        ("Pembinaan", &f.pembinaan, T::Uraian),
    ])?;
    let tanggal = crate::app::umum::tanggal_masukan("Tanggal dialog", &f.tanggal)?
        .ok_or_else(|| salah("Tanggal dialog", "wajib diisi"))?;
    if tanggal.year() != tahun {
        return Err(salah(
            "Tanggal dialog",
            format!("{} bukan tahun {tahun}", tanggal.format("%d/%m/%Y")),
        ));
    }
    if tanggal > hari_ini {
        return Err(salah(
            "Tanggal dialog",
            format!("{} belum terjadi", tanggal.format("%d/%m/%Y")),
        ));
    }
    let tahap = TahapDki::dari_kode(&f.tahap)
        .ok_or_else(|| salah("Tahap", format!("\"{}\" tidak dikenal", f.tahap)))?;
    let sifat = SifatDki::dari_kode(&f.sifat)
        .ok_or_else(|| salah("Sifat", format!("\"{}\" tidak dikenal", f.sifat)))?;
    let ringkasan = f.ringkasan.trim();
    if ringkasan.is_empty() {
        return Err(salah("Ringkasan", "wajib diisi: apa yang dibahas"));
    }
    for (field, isi) in [
        ("Ringkasan", ringkasan),
        ("Tindak lanjut", f.tindak_lanjut.trim()),
        ("Pembinaan", f.pembinaan.trim()),
    ] {
        if isi.chars().count() > 2000 {
            return Err(salah(
                field,
                "terlalu panjang (paling banyak 2.000 karakter)",
            ));
        }
    }
    Ok(RekamDialog {
        id: f.id,
        tahun,
        nip: f.nip.clone(),
        tanggal: tanggal.format("%Y-%m-%d").to_string(),
        tahap: tahap.kode().into(),
        sifat: sifat.kode().into(),
        pihak: f.pihak.trim().into(),
        ringkasan: ringkasan.into(),
        tindak_lanjut: f.tindak_lanjut.trim().into(),
        pembinaan: f.pembinaan.trim().into(),
    })
}

/// A pegawai's dialogs of the year with the quarters still lacking one.
pub fn daftar_dialog(
    db: &Db,
    tahun: i32,
    nip: &str,
    hari_ini: NaiveDate,
) -> Result<DaftarDialog, AppError> {
    let skp = crate::app::umum::skp_pegawai(db, tahun, nip)?;
    let temuan = crate::app::rencana::periksa_pegawai(db, tahun, &skp, hari_ini)?
        .into_iter()
        .filter(|t| t.kode == crate::domain::temuan::KodeTemuan::DkiTriwulanKosong)
        .map(|t| crate::app::umum::tampil_temuan(t, &skp.nama))
        .collect();
    let pihak_bawaan = crate::app::kantor::daftar_pegawai(db, nip)?
        .into_iter()
        .find(|p| p.nip == nip)
        .and_then(|p| p.atasan)
        .unwrap_or_default();
    Ok(DaftarDialog {
        urungkan: None,
        tahun,
        nip: nip.into(),
        dialog: db
            .dialog_tahun(tahun, Some(nip))?
            .iter()
            .map(ke_tampil)
            .collect(),
        temuan,
        pihak_bawaan,
        pilihan_tahap: TahapDki::SEMUA
            .iter()
            .map(|t| (t.kode().into(), t.label().into()))
            .collect(),
        pilihan_sifat: SifatDki::SEMUA
            .iter()
            .map(|t| (t.kode().into(), t.label().into()))
            .collect(),
    })
}

/// The stored dialog `id`, if it is this pegawai's in this year; an edit or deletion may touch nothing else.
fn milik(db: &Db, tahun: i32, nip: &str, id: i64) -> Result<RekamDialog, AppError> {
    db.dialog_tahun(tahun, Some(nip))?
        .into_iter()
        .find(|x| x.id == id)
        .ok_or_else(|| {
            salah(
                "Dialog",
                format!("dialog {id} bukan milik pegawai ini pada tahun {tahun}"),
            )
        })
}

/// `simpan_dialog` from a screen that sends the form as it showed it: see `rencana::simpan_iki_dari`.
pub fn simpan_dialog_dari(
    db: &mut Db,
    tahun: i32,
    f: &FormDialog,
    semula: Option<&FormDialog>,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarDialog, AppError> {
    let f = match semula {
        Some(s) if f.id != 0 => {
            let kini = db
                .dialog_tahun(tahun, Some(&s.nip))?
                .into_iter()
                .find(|d| d.id == f.id)
                .ok_or_else(|| AppError::Konflik {
                    field: format!("Dialog tanggal {}", s.tanggal),
                    pesan: "telah dihapus di tempat lain; muat ulang".into(),
                })?;
            crate::app::umum::gabung_tiga(
                s,
                f,
                &ke_tampil(&kini).form,
                &crate::app::umum::label_bidang,
            )?
        }
        _ => f.clone(),
    };
    simpan_dialog(db, tahun, &f, hari_ini, waktu)
}

pub fn simpan_dialog(
    db: &mut Db,
    tahun: i32,
    f: &FormDialog,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarDialog, AppError> {
    let d = baca_form_dialog(tahun, f, hari_ini)?;
    crate::app::umum::skp_pegawai(db, tahun, &d.nip)?;
    if d.id != 0 {
        milik(db, tahun, &d.nip, d.id)?;
    }
    let (_, audit) = db.simpan_dialog(&d, waktu)?;
    let mut out = daftar_dialog(db, tahun, &d.nip, hari_ini)?;
    // A change can be taken back; a new record is simply deleted.
    if d.id != 0 {
        out.urungkan = Some(Urungan {
            audit_id: vec![audit],
            pesan: format!("Catatan dialog {} diubah.", f.tanggal.trim()),
        });
    }
    Ok(out)
}

pub fn hapus_dialog(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    id: i64,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarDialog, AppError> {
    let lama = milik(db, tahun, nip, id)?;
    let audit = db.hapus_dialog(id, waktu)?;
    let mut out = daftar_dialog(db, tahun, nip, hari_ini)?;
    out.urungkan = Some(Urungan {
        audit_id: vec![audit],
        pesan: format!("Catatan dialog {} dihapus.", ke_tampil(&lama).form.tanggal),
    });
    Ok(out)
}
