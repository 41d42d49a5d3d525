//! IKU/IKI of a pegawai: the manual, cascading and trajectory, findings after every change, history.
use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::*;
use crate::app::umum::*;
use crate::domain::kk::{periode_per_tahun, target_aspek};
use crate::domain::model::*;
use crate::domain::profil::KodeProfil;
use crate::store::{Db, RekamIki, kunci_iki};

/// The IKU/IKI form: vocabulary as codes, numbers as the user typed them (Indonesian notation).
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
pub struct FormIki {
    /// 0 for a new IKI.
    #[ts(type = "number")]
    pub id: i64,
    pub nip: String,
    pub kode: String,
    pub nama: String,
    #[ts(type = "number | null")]
    pub ss_id: Option<i64>,
    /// The IKU/IKI of the atasan this one is cascaded from.
    #[ts(type = "number | null")]
    pub induk_id: Option<i64>,
    /// penuh (same IKU and target) or sebagian (target split).
    pub cascading: Option<String>,
    pub jenis: String,
    pub aspek: Option<String>,
    pub kategori: String,
    pub satuan: String,
    pub polarisasi: Option<String>,
    pub konsolidasi: Option<String>,
    pub sifat_tlk: Option<String>,
    pub validitas: Option<String>,
    pub kendali: Option<String>,
    /// "Nilai tertinggi" 120 instead of 100 (the manual's cap).
    pub konversi_120: bool,
    pub r_worst: String,
    /// Angka kredit target, for jabatan fungsional.
    pub ak: String,
    pub target_tahunan: String,
    pub target_y1: String,
    pub realisasi_y1: String,
    pub definisi: String,
    pub tujuan: String,
    pub formula: String,
    pub sumber_data: String,
    pub pic: String,
    pub periode_pelaporan: String,
    pub target_tw: [String; 4],
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct IkiTampil {
    pub form: FormIki,
    pub ss: String,
    pub induk: String,
    /// Targets per aspect as the SKP prints them (KK rules 10-14).
    pub target_skp: [String; 4],
    pub temuan: Vec<TemuanTampil>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct RencanaPegawai {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub tingkat: String,
    pub terkunci: bool,
    pub iki: Vec<IkiTampil>,
    /// Findings about the pegawai as a whole (no IKU named).
    pub temuan: Vec<TemuanTampil>,
    /// Set by a save that changed existing IKIs: how to undo it.
    pub urungkan: Option<Urungan>,
}

pub(super) fn ke_form(x: &RekamIki) -> FormIki {
    FormIki {
        id: x.id,
        nip: x.nip.clone(),
        kode: x.kode.clone(),
        nama: x.nama.clone(),
        ss_id: x.ss_id,
        induk_id: x.induk_id,
        cascading: x.cascading.clone(),
        jenis: x.jenis.clone(),
        aspek: x.aspek.clone(),
        kategori: x.kategori.clone(),
        satuan: x.satuan.clone(),
        polarisasi: x.polarisasi.clone(),
        konsolidasi: x.konsolidasi.clone(),
        sifat_tlk: x.sifat_tlk.clone(),
        validitas: x.validitas.clone(),
        kendali: x.kendali.clone(),
        konversi_120: x.konversi_120,
        r_worst: tampil_desimal(x.r_worst),
        ak: tampil_desimal(x.ak),
        target_tahunan: tampil_desimal(x.target_tahunan),
        target_y1: tampil_desimal(x.target_y1),
        realisasi_y1: tampil_desimal(x.realisasi_y1),
        definisi: x.definisi.clone(),
        tujuan: x.tujuan.clone(),
        formula: x.formula.clone(),
        sumber_data: x.sumber_data.clone(),
        pic: x.pic.clone(),
        periode_pelaporan: x.periode_pelaporan.clone(),
        target_tw: x.target_tw.map(tampil_desimal),
    }
}

/// A pegawai's plan of the year with the findings of the same rules as `kinerja periksa`, placed on the IKI
/// they are about.
pub fn rencana_pegawai(
    db: &Db,
    tahun: i32,
    nip: &str,
    hari_ini: NaiveDate,
) -> Result<RencanaPegawai, AppError> {
    let p = db
        .data_pegawai(nip)?
        .ok_or_else(|| salah("NIP", format!("pegawai {nip} tidak ada")))?;
    let skp = crate::app::umum::skp_pegawai(db, tahun, nip)?;
    let mut temuan: Vec<TemuanTampil> = super::periksa_pegawai(db, tahun, &skp, hari_ini)?
        .into_iter()
        .map(|t| tampil_temuan(t, &p.nama))
        .collect();
    let ss: HashMap<i64, String> = db
        .ss_tahun(tahun)?
        .into_iter()
        .map(|(s, _)| (s.id, format!("{} {}", s.kode, s.nama)))
        .collect();
    let induk: HashMap<i64, String> = db
        .iki_tahun_ringkas(tahun)?
        .into_iter()
        .map(|(id, nip, kode, nama)| (id, format!("{kode} {nama} ({nip})")))
        .collect();
    let mut iki = Vec::new();
    for x in db.iki_pegawai(tahun, nip)? {
        let (milik, sisa): (Vec<_>, Vec<_>) = temuan
            .into_iter()
            .partition(|t| t.kode_iku.as_deref() == Some(x.kode.as_str()));
        temuan = sisa;
        let domain = skp.iki.iter().find(|i| i.kode == x.kode);
        let t = domain
            .map(|d| target_aspek(d, &x.satuan, periode_per_tahun(&x.periode_pelaporan), None));
        iki.push(IkiTampil {
            ss: x
                .ss_id
                .and_then(|s| ss.get(&s).cloned())
                .unwrap_or_default(),
            induk: x
                .induk_id
                .and_then(|s| induk.get(&s).cloned())
                .unwrap_or_default(),
            target_skp: t
                .map(|t| [t.kuantitas, t.kualitas, t.waktu, t.biaya])
                .unwrap_or_default(),
            form: ke_form(&x),
            temuan: milik,
        });
    }
    let tingkat = TingkatJabatan::dari_kode(&p.tingkat)
        .map(|t| t.label().to_string())
        .unwrap_or(p.tingkat.clone());
    Ok(RencanaPegawai {
        terkunci: db.kk_terkunci(tahun, nip)?,
        nip: p.nip,
        nama: p.nama,
        jabatan: p.jabatan,
        tingkat,
        iki,
        temuan,
        urungkan: None,
    })
}

fn kosakata<T>(
    field: &str,
    v: &Option<String>,
    dari: fn(&str) -> Option<T>,
) -> Result<Option<String>, AppError> {
    match v.as_deref().and_then(isi) {
        None => Ok(None),
        Some(k) => match dari(&k) {
            Some(_) => Ok(Some(k)),
            None => Err(salah(field, format!("\"{k}\" tidak dikenal"))),
        },
    }
}

fn tw(field: &str, t: &[String; 4]) -> Result<[Option<Decimal>; 4], AppError> {
    let mut out: [Option<Decimal>; 4] = Default::default();
    for q in 0..4 {
        out[q] = desimal_tidak_negatif(
            &format!("{field} TW {}", crate::domain::capaian::romawi(q + 1)),
            &t[q],
        )?;
    }
    Ok(out)
}

/// Checks a form and turns it into a stored row (realisasi and order kept from `lama`).
/// `lain` is the pegawai's IKIs as stored (for the order of a new one and the unique code).
fn dari_form(
    db: &Db,
    tahun: i32,
    f: &FormIki,
    lama: Option<&RekamIki>,
    lain: &[RekamIki],
) -> Result<RekamIki, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Kode IKU/IKI", &f.kode, T::Kode),
        ("Nama IKU/IKI", &f.nama, T::Kalimat),
        ("Satuan", &f.satuan, T::Label),
        ("Definisi", &f.definisi, T::Uraian),
        ("Tujuan", &f.tujuan, T::Uraian),
        ("Formula", &f.formula, T::Uraian),
        ("Sumber data", &f.sumber_data, T::Uraian),
        ("PIC", &f.pic, T::Nama),
        ("Periode pelaporan", &f.periode_pelaporan, T::Label),
    ])?;
    let kode = isi(&f.kode).ok_or_else(|| salah("Kode IKU/IKI", "wajib diisi"))?;
    let nama = isi(&f.nama).ok_or_else(|| salah("Nama IKU/IKI", "wajib diisi"))?;
    let jenis = kosakata("Jenis", &Some(f.jenis.clone()), JenisIki::dari_kode)?
        .unwrap_or_else(|| "utama".into());
    let kategori = kosakata(
        "Kategori",
        &Some(f.kategori.clone()),
        KategoriIki::dari_kode,
    )?
    .unwrap_or_else(|| "lama".into());
    let konsolidasi = kosakata("Konsolidasi", &f.konsolidasi, Konsolidasi::dari_kode)?;
    let sifat_tlk = if konsolidasi.as_deref() == Some("take_last_known") {
        kosakata("Sifat TLK", &f.sifat_tlk, SifatTlk::dari_kode)?
    } else {
        None
    };
    let cascading = match f.cascading.as_deref().and_then(isi).as_deref() {
        None => None,
        Some(c @ ("penuh" | "sebagian")) => Some(c.to_string()),
        Some(c) => return Err(salah("Cascading", format!("\"{c}\" tidak dikenal"))),
    };
    if cascading.is_some() && f.induk_id.is_none() {
        return Err(salah(
            "IKU induk",
            "pilih IKU atasan yang di-cascade (atau kosongkan jenis cascading)",
        ));
    }
    if let Some(i) = f.induk_id {
        let p = db
            .iki_satu(i)?
            .ok_or_else(|| salah("IKU induk", "tidak ada"))?;
        if p.tahun != tahun || p.nip == f.nip || i == f.id {
            return Err(salah(
                "IKU induk",
                "harus IKU/IKI pegawai lain pada tahun yang sama",
            ));
        }
    }
    if let Some(s) = f.ss_id
        && db.ss_satu(s)?.filter(|s| s.tahun == tahun).is_none()
    {
        return Err(salah("Sasaran strategis", "tidak ada pada tahun ini"));
    }
    let periode = isi(&f.periode_pelaporan).unwrap_or_else(|| "triwulanan".into());
    if !["bulanan", "triwulanan", "semesteran", "tahunan"].contains(&periode.as_str()) {
        return Err(salah(
            "Periode pelaporan",
            "pilih bulanan, triwulanan, semesteran atau tahunan",
        ));
    }
    let urutan_baru = lain.len() as i64 + 1;
    let x = RekamIki {
        id: f.id,
        tahun,
        nip: f.nip.clone(),
        kode,
        nama,
        ss_id: f.ss_id,
        induk_id: f.induk_id,
        cascading,
        jenis,
        aspek: kosakata("Aspek", &f.aspek, Aspek::dari_kode)?,
        kategori,
        satuan: f.satuan.trim().into(),
        polarisasi: kosakata("Polarisasi", &f.polarisasi, Polarisasi::dari_kode)?,
        konsolidasi,
        sifat_tlk,
        validitas: kosakata("Validitas", &f.validitas, Validitas::dari_kode)?,
        kendali: kosakata("Tingkat kendali", &f.kendali, Kendali::dari_kode)?,
        konversi_120: f.konversi_120,
        r_worst: desimal_tidak_negatif("R worst", &f.r_worst)?,
        ak: desimal_tidak_negatif("Angka kredit", &f.ak)?,
        target_tahunan: desimal_tidak_negatif("Target tahunan", &f.target_tahunan)?,
        target_y1: desimal_tidak_negatif("Target Y-1", &f.target_y1)?,
        realisasi_y1: desimal_tidak_negatif("Realisasi Y-1", &f.realisasi_y1)?,
        definisi: f.definisi.trim().into(),
        tujuan: f.tujuan.trim().into(),
        formula: f.formula.trim().into(),
        sumber_data: f.sumber_data.trim().into(),
        pic: f.pic.trim().into(),
        periode_pelaporan: periode,
        urutan: lama.map(|l| l.urutan).unwrap_or(urutan_baru),
        target_tw: tw("Target", &f.target_tw)?,
        realisasi_tw: lama.map(|l| l.realisasi_tw).unwrap_or_default(),
    };
    if lain
        .iter()
        .any(|i| i.id != f.id && i.kode.eq_ignore_ascii_case(&x.kode))
    {
        return Err(salah(
            "Kode IKU/IKI",
            format!("{} sudah ada pada SKP pegawai ini", x.kode),
        ));
    }
    Ok(x)
}

fn cek_terkunci(db: &Db, tahun: i32, nip: &str) -> Result<(), AppError> {
    if db.kk_terkunci(tahun, nip)? {
        return Err(AppError::Terkunci {
            nip: nip.into(),
            tahun,
        });
    }
    Ok(())
}

/// Adds or updates one IKU/IKI (manual, cascading, trajectory). Returns the pegawai's refreshed plan.
pub fn simpan_iki(
    db: &mut Db,
    tahun: i32,
    f: &FormIki,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<RencanaPegawai, AppError> {
    let nip = nip_terdaftar(db, "NIP", &f.nip)?;
    cek_terkunci(db, tahun, &nip)?;
    let lama = if f.id == 0 {
        None
    } else {
        Some(
            db.iki_satu(f.id)?
                .filter(|l| l.nip == nip && l.tahun == tahun)
                .ok_or_else(|| salah("IKU/IKI", "tidak ada"))?,
        )
    };
    let f = FormIki {
        nip: nip.clone(),
        ..f.clone()
    };
    let lain = db.iki_pegawai(tahun, &nip)?;
    let x = dari_form(db, tahun, &f, lama.as_ref(), &lain)?;
    let (_, audit) = db.simpan_iki(&x, waktu)?;
    let mut r = rencana_pegawai(db, tahun, &nip, hari_ini)?;
    // A new IKI is undone by deleting it; an edit can be taken back with "Batalkan".
    if lama.is_some() {
        r.urungkan = Some(Urungan {
            audit_id: vec![audit],
            pesan: format!("Manual {} disimpan.", x.kode),
        });
    }
    Ok(r)
}

/// `simpan_iki` from a screen that sends the form as it showed it (`semula`): fields the user did not touch take
/// the stored value, and a field changed here and elsewhere since is refused as a conflict naming it.
pub fn simpan_iki_dari(
    db: &mut Db,
    tahun: i32,
    f: &FormIki,
    semula: Option<&FormIki>,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<RencanaPegawai, AppError> {
    let f = match semula {
        Some(s) if f.id != 0 => {
            let kini = db
                .iki_satu(f.id)?
                .filter(|l| l.tahun == tahun)
                .ok_or_else(|| AppError::Konflik {
                    field: format!("IKU/IKI {}", s.kode),
                    pesan: "telah dihapus di tempat lain; muat ulang".into(),
                })?;
            crate::app::umum::gabung_tiga(s, f, &ke_form(&kini), &crate::app::umum::label_bidang)?
        }
        _ => f.clone(),
    };
    simpan_iki(db, tahun, &f, hari_ini, waktu)
}

/// One row of the trajectory grid: the IKI and its four quarterly targets as typed.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct BarisTrajectory {
    #[ts(type = "number")]
    pub id: i64,
    pub target_tw: [String; 4],
    /// The four cells as the screen showed them: an untouched cell is not written back, and a cell changed
    /// elsewhere since is a conflict. Without it the grid is saved as typed.
    #[serde(default)]
    #[ts(optional)]
    pub semula: Option<[String; 4]>,
}

/// Saves the whole trajectory grid of a pegawai at once: every cell is checked first, nothing is stored
/// when one is wrong, and the error names the IKU and the quarter.
pub fn simpan_trajectory(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    baris: &[BarisTrajectory],
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<RencanaPegawai, AppError> {
    cek_terkunci(db, tahun, nip)?;
    let semua = db.iki_pegawai(tahun, nip)?;
    let mut ubah = Vec::new();
    for b in baris {
        let lama = semua.iter().find(|i| i.id == b.id).ok_or_else(|| {
            salah(
                "Trajectory",
                format!("IKI {} bukan milik pegawai ini", b.id),
            )
        })?;
        // The same three-way merge as every form: an untouched cell takes the stored value.
        let ketik = match &b.semula {
            None => b.target_tw.clone(),
            Some(semula) => crate::app::umum::gabung_tiga(
                semula,
                &b.target_tw,
                &lama.target_tw.map(tampil_desimal),
                &|jalur| {
                    let q = jalur.trim_matches(['[', ']']).parse::<usize>().unwrap_or(0);
                    format!(
                        "Target {} TW {}",
                        lama.kode,
                        crate::domain::capaian::romawi(q + 1)
                    )
                },
            )?,
        };
        let t = tw(&format!("Target {}", lama.kode), &ketik)?;
        if t != lama.target_tw {
            ubah.push(RekamIki {
                target_tw: t,
                ..lama.clone()
            });
        }
    }
    // One transaction: a grid is saved whole or not at all.
    let audit = db.simpan_iki_semua(&ubah, waktu)?;
    let mut r = rencana_pegawai(db, tahun, nip, hari_ini)?;
    if !audit.is_empty() {
        r.urungkan = Some(Urungan {
            pesan: format!("Trajectory {} IKU/IKI disimpan.", audit.len()),
            audit_id: audit,
        });
    }
    Ok(r)
}

pub fn hapus_iki(db: &mut Db, tahun: i32, id: i64, waktu: &str) -> Result<Urungan, AppError> {
    let x = db
        .iki_satu(id)?
        .filter(|x| x.tahun == tahun)
        .ok_or_else(|| salah("IKU/IKI", "tidak ada"))?;
    cek_terkunci(db, tahun, &x.nip)?;
    let n = db.jumlah_turunan(id)?;
    if n > 0 {
        return Err(salah(
            "IKU/IKI",
            format!(
                "{} di-cascade ke {n} IKI bawahan; hapus atau lepaskan dulu IKI turunannya",
                x.kode
            ),
        ));
    }
    Ok(Urungan {
        audit_id: vec![db.hapus_iki(id, waktu)?],
        pesan: format!("IKU/IKI {} {} dihapus.", x.kode, x.nama),
    })
}

/// The history of one IKU/IKI (its audit rows), newest first.
pub fn riwayat_iki(
    db: &Db,
    tahun: i32,
    nip: &str,
    kode: &str,
) -> Result<Vec<crate::app::umum::Riwayat>, AppError> {
    Ok(db
        .riwayat(&kunci_iki(tahun, nip, kode))?
        .into_iter()
        .filter(|r| r.kunci == kunci_iki(tahun, nip, kode))
        .map(|r| crate::app::umum::kalimat(&r))
        .collect())
}

/// The choices of the planning forms: vocabularies and the year's SS and cascadable IKUs.
#[derive(Debug, Clone, Serialize, TS)]
pub struct PilihanRencana {
    pub perspektif: Vec<(String, String)>,
    pub jenis: Vec<(String, String)>,
    pub aspek: Vec<(String, String)>,
    pub kategori: Vec<(String, String)>,
    pub polarisasi: Vec<(String, String)>,
    pub konsolidasi: Vec<(String, String)>,
    pub sifat_tlk: Vec<(String, String)>,
    pub validitas: Vec<(String, String)>,
    pub kendali: Vec<(String, String)>,
    pub cascading: Vec<(String, String)>,
    pub periode: Vec<(String, String)>,
    /// (id, "kode nama")
    #[ts(type = "Array<[number, string]>")]
    pub ss: Vec<(i64, String)>,
    /// (id, "kode nama (NIP)"), every IKU/IKI of the year that can be cascaded.
    #[ts(type = "Array<[number, string]>")]
    pub induk: Vec<(i64, String)>,
    pub profil: Vec<(String, String)>,
}

macro_rules! daftar {
    ($t:ty) => {
        <$t>::SEMUA
            .iter()
            .map(|v| (v.kode().to_string(), v.label().to_string()))
            .collect()
    };
}

pub fn pilihan_rencana(db: &Db, tahun: i32) -> Result<PilihanRencana, AppError> {
    let pasang = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    Ok(PilihanRencana {
        perspektif: daftar!(Perspektif),
        jenis: daftar!(JenisIki),
        aspek: daftar!(Aspek),
        kategori: daftar!(KategoriIki),
        polarisasi: daftar!(Polarisasi),
        konsolidasi: daftar!(Konsolidasi),
        sifat_tlk: daftar!(SifatTlk),
        validitas: daftar!(Validitas),
        kendali: daftar!(Kendali),
        cascading: pasang(&[
            ("penuh", "Fully cascading (IKU dan target sama)"),
            ("sebagian", "Partially cascading (target dibagi)"),
        ]),
        periode: pasang(&[
            ("triwulanan", "Triwulanan"),
            ("bulanan", "Bulanan"),
            ("semesteran", "Semesteran"),
            ("tahunan", "Tahunan"),
        ]),
        ss: daftar_ss(db, tahun)?
            .into_iter()
            .map(|s| (s.id, format!("{} {}", s.kode, s.nama)))
            .collect(),
        induk: db
            .iki_tahun_ringkas(tahun)?
            .into_iter()
            .map(|(id, nip, kode, nama)| (id, format!("{kode} {nama} ({nip})")))
            .collect(),
        profil: KodeProfil::SEMUA
            .iter()
            .map(|k| (k.kode().to_string(), k.label().to_string()))
            .collect(),
    })
}
