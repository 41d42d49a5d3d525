//! Inisiatif strategis of the office (KMK 300/KMK.01/2022, seed 003: "pelaksanaan inisiatif strategis"): each linked
//! to an SS and an IKU, with an owner and a milestone per quarter (what should be reached, how far it is, the
//! evidence). Its progress is the mean of its milestones' progress (this app's rule: no source weighs them), and
//! a milestone of an ended quarter that is not finished is a finding (IS-001).
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::{TemuanTampil, Urungan, persen_bilangan, persen_tampil, salah};
use crate::domain::model::{StatusTonggak, TingkatJabatan};
use crate::store::{Db, RekamInisiatif, RekamTonggak};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FormTonggak {
    pub triwulan: u8,
    pub uraian: String,
    /// As typed: "75" or "75%".
    pub progres: String,
    pub status: String,
    pub bukti: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FormInisiatif {
    #[ts(type = "number")]
    pub id: i64,
    pub kode: String,
    pub nama: String,
    pub ss_kode: String,
    pub iku_kode: String,
    pub pemilik_nip: Option<String>,
    pub keterangan: String,
    pub tonggak: Vec<FormTonggak>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct TonggakTampil {
    /// "TW II".
    pub triwulan: String,
    pub uraian: String,
    /// "75%".
    pub progres: String,
    pub status: String,
    pub bukti: String,
    /// Its quarter has ended and it is not finished.
    pub terlambat: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct InisiatifTampil {
    #[ts(type = "number")]
    pub id: i64,
    pub kode: String,
    pub nama: String,
    /// "SS.1 Terwujudnya …", or empty.
    pub ss: String,
    /// "IKU.2 Persentase …", or empty.
    pub iku: String,
    pub pemilik: String,
    /// Mean of the milestones' progress, "62,5%"; "-" without milestones.
    pub progres: String,
    /// The same as a whole number 0-100 for the bar.
    pub progres_bilangan: u8,
    pub tonggak: Vec<TonggakTampil>,
    pub form: FormInisiatif,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DaftarInisiatif {
    pub urungkan: Option<Urungan>,
    pub tahun: i32,
    pub inisiatif: Vec<InisiatifTampil>,
    /// IS-001.
    pub temuan: Vec<TemuanTampil>,
    /// (kode, "kode nama") of the year's SS and of the office's IKUs (the head's IKIs).
    pub pilihan_ss: Vec<(String, String)>,
    pub pilihan_iku: Vec<(String, String)>,
    pub pilihan_status: Vec<(String, String)>,
}

/// The owner of the year's peta strategi: the head whose IKIs are the office's IKUs (the same one the Evaluasi
/// screen takes the NKO from; a former head without IKIs is not).
pub fn pemilik_peta(
    db: &Db,
    tahun: i32,
) -> Result<Option<crate::domain::model::SkpPegawai>, AppError> {
    Ok(db
        .muat_skp(tahun)?
        .into_iter()
        .find(|s| s.tingkat == TingkatJabatan::PemilikPeta && !s.iki.is_empty()))
}

/// The office's IKUs as (kode, "kode nama"): the IKIs of the owner of the peta strategi.
pub fn iku_kantor(db: &Db, tahun: i32) -> Result<Vec<(String, String)>, AppError> {
    Ok(pemilik_peta(db, tahun)?
        .map(|s| {
            s.iki
                .into_iter()
                .map(|x| (x.kode.clone(), format!("{} {}", x.kode, x.nama)))
                .collect()
        })
        .unwrap_or_default())
}

pub(crate) fn ss_kantor(db: &Db, tahun: i32) -> Result<Vec<(String, String)>, AppError> {
    Ok(db
        .ss_tahun(tahun)?
        .into_iter()
        .map(|(s, _)| (s.kode.clone(), format!("{} {}", s.kode, s.nama)))
        .collect())
}

fn selesai(t: &RekamTonggak) -> bool {
    t.status == StatusTonggak::Selesai.kode()
}

/// The label of `kode` among (kode, label) choices; the code itself when it is not one of them.
pub(crate) fn label(pilihan: &[(String, String)], kode: &str) -> String {
    pilihan
        .iter()
        .find(|(k, _)| k == kode)
        .map(|(_, l)| l.clone())
        .unwrap_or_else(|| kode.to_string())
}

pub fn daftar_inisiatif(
    db: &Db,
    tahun: i32,
    hari_ini: NaiveDate,
) -> Result<DaftarInisiatif, AppError> {
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let ss = ss_kantor(db, tahun)?;
    let iku = iku_kantor(db, tahun)?;
    let semua = db.inisiatif_tahun(tahun)?;
    let temuan = temuan_inisiatif_dari(tahun, hari_ini, &semua);
    let terlambat = |r: &RekamInisiatif, t: &RekamTonggak| {
        temuan
            .iter()
            .any(|x| x.subjek.teks() == subjek_tonggak(&r.kode, t.triwulan, tahun))
    };
    let inisiatif = semua
        .iter()
        .map(|r| {
            let p = r.progres(4);
            InisiatifTampil {
                id: r.id,
                kode: r.kode.clone(),
                nama: r.nama.clone(),
                ss: if r.ss_kode.is_empty() {
                    String::new()
                } else {
                    label(&ss, &r.ss_kode)
                },
                iku: if r.iku_kode.is_empty() {
                    String::new()
                } else {
                    label(&iku, &r.iku_kode)
                },
                pemilik: r
                    .pemilik_nip
                    .as_ref()
                    .map(|n| nama.get(n).cloned().unwrap_or_else(|| n.clone()))
                    .unwrap_or_default(),
                progres: persen_tampil(p),
                progres_bilangan: persen_bilangan(p),
                tonggak: r
                    .tonggak
                    .iter()
                    .map(|t| TonggakTampil {
                        triwulan: format!(
                            "TW {}",
                            crate::domain::capaian::romawi(t.triwulan.into())
                        ),
                        uraian: t.uraian.clone(),
                        progres: format!("{}%", t.progres),
                        status: StatusTonggak::dari_kode(&t.status)
                            .map(|s| s.label())
                            .unwrap_or(&t.status)
                            .into(),
                        bukti: t.bukti.clone(),
                        terlambat: terlambat(r, t),
                    })
                    .collect(),
                form: ke_form(r),
            }
        })
        .collect();
    Ok(DaftarInisiatif {
        urungkan: None,
        tahun,
        inisiatif,
        temuan: temuan
            .into_iter()
            .map(|t| crate::app::umum::tampil_temuan(t, ""))
            .collect(),
        pilihan_ss: ss,
        pilihan_iku: iku,
        pilihan_status: StatusTonggak::SEMUA
            .iter()
            .map(|s| (s.kode().into(), s.label().into()))
            .collect(),
    })
}

fn subjek_tonggak(kode: &str, q: u8, tahun: i32) -> String {
    format!(
        "{kode} TW {} {tahun}",
        crate::domain::capaian::romawi(q.into())
    )
}

fn temuan_inisiatif_dari(
    tahun: i32,
    hari_ini: NaiveDate,
    semua: &[RekamInisiatif],
) -> Vec<crate::domain::temuan::Temuan> {
    let t: Vec<_> = semua
        .iter()
        .flat_map(|r| {
            r.tonggak
                .iter()
                .map(|t| crate::domain::validasi::TonggakDiperiksa {
                    kode_is: &r.kode,
                    triwulan: t.triwulan,
                    selesai: selesai(t),
                })
        })
        .collect();
    crate::domain::validasi::periksa_tonggak(tahun, hari_ini, &t)
}

/// IS-001 of a year (for `kinerja periksa` and the screen).
pub fn temuan_inisiatif(
    db: &Db,
    tahun: i32,
    hari_ini: NaiveDate,
) -> Result<Vec<crate::domain::temuan::Temuan>, AppError> {
    Ok(temuan_inisiatif_dari(
        tahun,
        hari_ini,
        &db.inisiatif_tahun(tahun)?,
    ))
}

fn ke_form(r: &RekamInisiatif) -> FormInisiatif {
    FormInisiatif {
        id: r.id,
        kode: r.kode.clone(),
        nama: r.nama.clone(),
        ss_kode: r.ss_kode.clone(),
        iku_kode: r.iku_kode.clone(),
        pemilik_nip: r.pemilik_nip.clone(),
        keterangan: r.keterangan.clone(),
        tonggak: r
            .tonggak
            .iter()
            .map(|t| FormTonggak {
                triwulan: t.triwulan,
                uraian: t.uraian.clone(),
                progres: t.progres.to_string(),
                status: t.status.clone(),
                bukti: t.bukti.clone(),
            })
            .collect(),
    }
}

/// A whole percentage 0-100 typed as "75", "75%" or "75,0".
pub(crate) fn baca_persen(field: &str, s: &str) -> Result<u8, AppError> {
    let t = s.trim().trim_end_matches('%').trim();
    if t.is_empty() {
        return Err(salah(field, "wajib diisi (0 sampai 100)"));
    }
    let d = crate::app::umum::desimal_masukan(field, t)?
        .ok_or_else(|| salah(field, "wajib diisi (0 sampai 100)"))?;
    if d < rust_decimal::Decimal::ZERO
        || d > rust_decimal::Decimal::ONE_HUNDRED
        || !d.fract().is_zero()
    {
        return Err(salah(
            field,
            format!("\"{}\" harus bilangan bulat 0 sampai 100", s.trim()),
        ));
    }
    use rust_decimal::prelude::ToPrimitive;
    d.to_u8().ok_or_else(|| {
        salah(
            field,
            format!("\"{}\" harus bilangan bulat 0 sampai 100", s.trim()),
        )
    })
}

fn baca_form(db: &Db, tahun: i32, f: &FormInisiatif) -> Result<RekamInisiatif, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Kode", &f.kode, T::Kode),
        ("Nama inisiatif", &f.nama, T::Uraian),
        ("Keterangan", &f.keterangan, T::Uraian),
    ])?;
    let kode = f.kode.trim();
    if kode.is_empty() {
        return Err(salah("Kode", "wajib diisi (mis. IS.1)"));
    }
    if f.nama.trim().is_empty() {
        return Err(salah("Nama inisiatif", "wajib diisi"));
    }
    let semua = db.inisiatif_tahun(tahun)?;
    if semua.iter().any(|r| r.kode == kode && r.id != f.id) {
        return Err(salah("Kode", format!("{kode} sudah dipakai tahun {tahun}")));
    }
    let ss = f.ss_kode.trim();
    if ss.is_empty() {
        return Err(salah(
            "Sasaran strategis",
            "pilih SS yang didukung inisiatif ini",
        ));
    }
    if !ss_kantor(db, tahun)?.iter().any(|(k, _)| k == ss) {
        return Err(salah(
            "Sasaran strategis",
            format!("{ss} tidak ada pada peta strategi {tahun}"),
        ));
    }
    let iku = f.iku_kode.trim();
    if !iku.is_empty() && !iku_kantor(db, tahun)?.iter().any(|(k, _)| k == iku) {
        return Err(salah(
            "IKU",
            format!("{iku} bukan IKU kantor tahun {tahun}"),
        ));
    }
    let pemilik = f.pemilik_nip.clone().filter(|p| !p.is_empty());
    if let Some(p) = &pemilik
        && !crate::app::kantor::nama_pegawai(db)?.contains_key(p)
    {
        return Err(salah("Penanggung jawab", format!("pegawai {p} tidak ada")));
    }
    let mut tonggak = Vec::new();
    for (i, t) in f.tonggak.iter().enumerate() {
        let no = i + 1;
        // A row left empty is a quarter without a milestone.
        let kosong = t.uraian.trim().is_empty()
            && t.bukti.trim().is_empty()
            && matches!(t.progres.trim().trim_end_matches('%').trim(), "" | "0")
            && t.status == StatusTonggak::Belum.kode();
        if kosong {
            continue;
        }
        let field = |b: &str| format!("{b} tonggak {no}");
        crate::app::umum::batas_teks(&[
            (&field("Uraian"), &t.uraian, T::Uraian),
            (&field("Bukti"), &t.bukti, T::Uraian),
        ])?;
        if !(1..=4).contains(&t.triwulan) {
            return Err(salah(&field("Triwulan"), "pilih TW I sampai TW IV"));
        }
        if t.uraian.trim().is_empty() {
            return Err(salah(
                &field("Uraian"),
                "wajib diisi bila progres, status, atau bukti triwulan ini diisi",
            ));
        }
        let progres = baca_persen(&field("Progres"), &t.progres)?;
        let status = StatusTonggak::dari_kode(&t.status)
            .ok_or_else(|| salah(&field("Status"), format!("\"{}\" tidak dikenal", t.status)))?;
        match status {
            StatusTonggak::Selesai if progres < 100 => {
                return Err(salah(
                    &field("Progres"),
                    "tonggak selesai berarti progres 100%",
                ));
            }
            StatusTonggak::Belum if progres > 0 => {
                return Err(salah(
                    &field("Status"),
                    "progres sudah berjalan: pilih Berjalan, Terlambat, atau Selesai",
                ));
            }
            _ if progres == 100 && status != StatusTonggak::Selesai => {
                return Err(salah(&field("Status"), "progres 100% berarti Selesai"));
            }
            _ => {}
        }
        tonggak.push(RekamTonggak {
            triwulan: t.triwulan,
            uraian: t.uraian.trim().into(),
            progres,
            status: status.kode().into(),
            bukti: t.bukti.trim().into(),
        });
    }
    tonggak.sort_by_key(|t| t.triwulan);
    Ok(RekamInisiatif {
        id: f.id,
        tahun,
        kode: kode.into(),
        nama: f.nama.trim().into(),
        ss_kode: ss.into(),
        iku_kode: iku.into(),
        pemilik_nip: pemilik,
        keterangan: f.keterangan.trim().into(),
        tonggak,
    })
}

pub fn simpan_inisiatif(
    db: &mut Db,
    tahun: i32,
    f: &FormInisiatif,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarInisiatif, AppError> {
    crate::app::pengaturan::profil_tahun(db, tahun)?;
    let r = baca_form(db, tahun, f)?;
    if r.id != 0 {
        milik(db, tahun, r.id)?;
    }
    let (_, audit) = db.simpan_inisiatif(&r, waktu)?;
    let mut out = daftar_inisiatif(db, tahun, hari_ini)?;
    if r.id != 0 {
        out.urungkan = Some(Urungan {
            audit_id: vec![audit],
            pesan: format!("Inisiatif strategis {} diubah.", r.kode),
        });
    }
    Ok(out)
}

pub fn hapus_inisiatif(
    db: &mut Db,
    tahun: i32,
    id: i64,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarInisiatif, AppError> {
    let r = milik(db, tahun, id)?;
    let audit = db.hapus_inisiatif(id, waktu)?;
    let mut out = daftar_inisiatif(db, tahun, hari_ini)?;
    out.urungkan = Some(Urungan {
        audit_id: vec![audit],
        pesan: format!("Inisiatif strategis {} dihapus.", r.kode),
    });
    Ok(out)
}

fn milik(db: &Db, tahun: i32, id: i64) -> Result<RekamInisiatif, AppError> {
    db.inisiatif_tahun(tahun)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| {
            salah(
                "Inisiatif strategis",
                format!("{id} tidak ada pada tahun {tahun}"),
            )
        })
}
