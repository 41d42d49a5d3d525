//! Pemanfaatan hasil evaluasi kinerja (KMK 300/KMK.01/2022, seed 003): penghargaan (priority for the succession
//! pool, for competency development, or another) and sanksi (teguran or pengalihan penugasan, KMK 127's consequences
//! of not meeting expectations, or another as the regulations provide) given to a
//! pegawai for an evaluation period. Each record keeps the predikat of that period as the Evaluasi screen computed
//! it when the record was made, so a later change of a figure does not rewrite why it was given.
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::{Urungan, iso_ke_isian, iso_ke_tampil, salah};
use crate::domain::model::{BentukPemanfaatan, JenisPemanfaatan};
use crate::store::{Db, RekamPemanfaatan};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FormPemanfaatan {
    #[ts(type = "number")]
    pub id: i64,
    pub nip: String,
    /// 1-4, or 0 for the year.
    pub triwulan: u8,
    pub bentuk: String,
    pub tanggal: String,
    pub uraian: String,
    pub dasar: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PemanfaatanTampil {
    #[ts(type = "number")]
    pub id: i64,
    pub nip: String,
    pub nama: String,
    /// "TW II 2026" or "Tahun 2026".
    pub periode: String,
    /// "Penghargaan" / "Sanksi".
    pub jenis: String,
    pub bentuk: String,
    pub tanggal: String,
    pub uraian: String,
    pub dasar: String,
    /// The predikat of the period when recorded, "belum dihitung" when the rules could not compute it then (e.g.
    /// the perilaku ratings were not in yet).
    pub predikat: String,
    pub form: FormPemanfaatan,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DaftarPemanfaatan {
    pub urungkan: Option<Urungan>,
    pub tahun: i32,
    pub catatan: Vec<PemanfaatanTampil>,
    pub jumlah_penghargaan: u32,
    pub jumlah_sanksi: u32,
    /// (kode, label, jenis kode).
    pub pilihan_bentuk: Vec<(String, String, String)>,
}

pub(crate) fn periode_label(tahun: i32, triwulan: u8) -> String {
    if triwulan == 0 {
        format!("Tahun {tahun}")
    } else {
        format!(
            "TW {} {tahun}",
            crate::domain::capaian::romawi(triwulan.into())
        )
    }
}

pub fn daftar_pemanfaatan(db: &Db, tahun: i32) -> Result<DaftarPemanfaatan, AppError> {
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let semua = db.pemanfaatan_tahun(tahun)?;
    let jumlah = |j: JenisPemanfaatan| semua.iter().filter(|r| r.jenis == j.kode()).count() as u32;
    Ok(DaftarPemanfaatan {
        urungkan: None,
        tahun,
        jumlah_penghargaan: jumlah(JenisPemanfaatan::Penghargaan),
        jumlah_sanksi: jumlah(JenisPemanfaatan::Sanksi),
        catatan: semua
            .iter()
            .map(|r| PemanfaatanTampil {
                id: r.id,
                nip: r.nip.clone(),
                nama: nama.get(&r.nip).cloned().unwrap_or_else(|| r.nip.clone()),
                periode: periode_label(tahun, r.triwulan),
                jenis: JenisPemanfaatan::dari_kode(&r.jenis)
                    .map(|j| j.label())
                    .unwrap_or(&r.jenis)
                    .into(),
                bentuk: BentukPemanfaatan::dari_kode(&r.bentuk)
                    .map(|j| j.label())
                    .unwrap_or(&r.bentuk)
                    .into(),
                tanggal: iso_ke_tampil(&r.tanggal),
                uraian: r.uraian.clone(),
                dasar: r.dasar.clone(),
                predikat: if r.predikat.is_empty() {
                    "belum dihitung".into()
                } else {
                    r.predikat.clone()
                },
                form: FormPemanfaatan {
                    id: r.id,
                    nip: r.nip.clone(),
                    triwulan: r.triwulan,
                    bentuk: r.bentuk.clone(),
                    tanggal: iso_ke_isian(&r.tanggal),
                    uraian: r.uraian.clone(),
                    dasar: r.dasar.clone(),
                },
            })
            .collect(),
        pilihan_bentuk: BentukPemanfaatan::SEMUA
            .iter()
            .map(|b| (b.kode().into(), b.label().into(), b.jenis().kode().into()))
            .collect(),
    })
}

fn baca_form(
    db: &Db,
    tahun: i32,
    f: &FormPemanfaatan,
    hari_ini: NaiveDate,
) -> Result<RekamPemanfaatan, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Uraian", &f.uraian, T::Uraian),
        ("Dasar", &f.dasar, T::Label),
    ])?;
    if !crate::app::kantor::nama_pegawai(db)?.contains_key(&f.nip) {
        return Err(salah("Pegawai", format!("pegawai {} tidak ada", f.nip)));
    }
    if f.triwulan > 4 {
        return Err(salah("Periode", "pilih TW I sampai TW IV atau tahunan"));
    }
    let bentuk = BentukPemanfaatan::dari_kode(&f.bentuk)
        .ok_or_else(|| salah("Bentuk", format!("\"{}\" tidak dikenal", f.bentuk)))?;
    let tanggal = crate::app::umum::tanggal_isian("Tanggal", &f.tanggal)?;
    if tanggal > hari_ini {
        return Err(salah(
            "Tanggal",
            format!("{} belum terjadi", tanggal.format("%d/%m/%Y")),
        ));
    }
    // Given for the period after its evaluation: not before the year (or the quarter) began.
    let mulai = NaiveDate::from_ymd_opt(tahun, 3 * u32::from(f.triwulan.max(1)) - 2, 1)
        .ok_or_else(|| salah("Periode", "tidak dikenal"))?;
    if tanggal < mulai || tanggal.year() > tahun + 1 {
        return Err(salah(
            "Tanggal",
            format!(
                "{}: untuk {} tanggalnya antara {} dan 31 Desember {}",
                tanggal.format("%d/%m/%Y"),
                periode_label(tahun, f.triwulan),
                crate::domain::kk::tanggal_indonesia(mulai),
                tahun + 1
            ),
        ));
    }
    // The predikat of that period as the Evaluasi screen shows it now; a period whose realisasi is not complete
    // has no predikat to give a penghargaan or a sanksi on.
    let sampai = if f.triwulan == 0 { 4 } else { f.triwulan };
    let skp = db.muat_skp(tahun)?;
    let lengkap = crate::domain::triwulan::triwulan_lengkap(&skp);
    if u32::from(sampai) > lengkap {
        return Err(salah(
            "Periode",
            format!(
                "realisasi {} belum lengkap, jadi belum ada predikatnya; pilih periode yang sudah dievaluasi",
                if f.triwulan == 0 {
                    format!("TW IV {tahun}")
                } else {
                    periode_label(tahun, f.triwulan)
                }
            ),
        ));
    }
    let predikat = super::skor_kantor(db, tahun, Some(sampai.into()))?
        .pegawai
        .into_iter()
        .find(|p| p.nip == f.nip)
        .and_then(|p| p.predikat)
        .unwrap_or_default();
    Ok(RekamPemanfaatan {
        id: f.id,
        tahun,
        nip: f.nip.clone(),
        triwulan: f.triwulan,
        jenis: bentuk.jenis().kode().into(),
        bentuk: bentuk.kode().into(),
        tanggal: tanggal.format("%Y-%m-%d").to_string(),
        uraian: f.uraian.trim().into(),
        dasar: f.dasar.trim().into(),
        predikat,
    })
}

pub fn simpan_pemanfaatan(
    db: &mut Db,
    tahun: i32,
    f: &FormPemanfaatan,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarPemanfaatan, AppError> {
    crate::app::pengaturan::profil_tahun(db, tahun)?;
    let mut r = baca_form(db, tahun, f, hari_ini)?;
    if r.id != 0 {
        let lama = milik(db, tahun, r.id)?;
        // The predikat recorded stays what it was unless the pegawai or the period changed.
        if lama.nip == r.nip && lama.triwulan == r.triwulan {
            r.predikat = lama.predikat;
        }
    }
    let (_, audit) = db.simpan_pemanfaatan(&r, waktu)?;
    let mut out = daftar_pemanfaatan(db, tahun)?;
    if r.id != 0 {
        out.urungkan = Some(Urungan {
            audit_id: vec![audit],
            pesan: "Catatan penghargaan/sanksi diubah.".into(),
        });
    }
    Ok(out)
}

pub fn hapus_pemanfaatan(
    db: &mut Db,
    tahun: i32,
    id: i64,
    waktu: &str,
) -> Result<DaftarPemanfaatan, AppError> {
    milik(db, tahun, id)?;
    let audit = db.hapus_pemanfaatan(id, waktu)?;
    let mut out = daftar_pemanfaatan(db, tahun)?;
    out.urungkan = Some(Urungan {
        audit_id: vec![audit],
        pesan: "Catatan penghargaan/sanksi dihapus.".into(),
    });
    Ok(out)
}

fn milik(db: &Db, tahun: i32, id: i64) -> Result<RekamPemanfaatan, AppError> {
    db.pemanfaatan_tahun(tahun)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| {
            salah(
                "Penghargaan/sanksi",
                format!("{id} tidak ada pada tahun {tahun}"),
            )
        })
}
