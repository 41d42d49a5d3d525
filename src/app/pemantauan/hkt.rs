//! Hasil kerja tambahan of a pegawai's year: the form (checked whole), the list with each HKT's score and
//! findings, and deletion.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::umum::*;
use crate::domain::model::{JenisHkt, Lingkup, PemilikKinerja, Polarisasi};
use crate::store::{Db, RekamHkt};

/// The HKT form as the screen sends it: numbers and dates as typed.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FormHkt {
    #[ts(type = "number")]
    pub id: i64,
    pub nip: String,
    pub judul: String,
    /// inovasi | squad_team | penugasan_lain
    pub jenis: String,
    /// tim_kerja | unit_kerja | instansi | nasional, or empty.
    pub lingkup: String,
    pub penuh_waktu: bool,
    /// menteri | pptm | pptp, or empty.
    pub pemilik_kinerja: String,
    pub nomor_sk: String,
    pub lolos_seleksi: bool,
    /// Inovasi: approved by the unit's Pengelola Inovasi.
    pub disetujui_pengelola: bool,
    /// maximize | minimize | stabilize, or empty (maximize).
    pub polarisasi: String,
    /// "15/03/2026", "15 Maret 2026" or "2026-03-15"; empty when none.
    pub tanggal_implementasi: String,
    /// Years in which this inovasi was already scored, e.g. "2025".
    pub tahun_dinilai: String,
    pub target: String,
    pub realisasi: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct HktTampil {
    pub form: FormHkt,
    pub jenis_label: String,
    pub lingkup_label: String,
    pub nilai: AngkaTampil,
    pub temuan: Vec<TemuanTampil>,
}

/// The HKT section of a pegawai: every HKT with its score, findings not tied to one HKT, and the vocabularies.
#[derive(Debug, Clone, Serialize, TS)]
pub struct DaftarHkt {
    /// Set after a change or a deletion: what the "Batalkan" bar undoes.
    pub urungkan: Option<Urungan>,
    pub tahun: i32,
    pub nip: String,
    pub hkt: Vec<HktTampil>,
    /// The HKT term of the NHK (capped by the profile).
    pub nilai_hkt: AngkaTampil,
    pub temuan_umum: Vec<TemuanTampil>,
    /// (code, label) pairs for the form's lists.
    pub pilihan_jenis: Vec<(String, String)>,
    pub pilihan_lingkup: Vec<(String, String)>,
    pub pilihan_pemilik: Vec<(String, String)>,
}

fn pilihan<T: Copy>(
    semua: &[T],
    kode: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    semua
        .iter()
        .map(|v| (kode(*v).to_string(), label(*v).to_string()))
        .collect()
}

pub(crate) fn ke_form(h: &RekamHkt) -> FormHkt {
    FormHkt {
        id: h.id,
        nip: h.nip.clone(),
        judul: h.judul.clone(),
        jenis: h.jenis.clone(),
        lingkup: h.lingkup.clone().unwrap_or_default(),
        penuh_waktu: h.penuh_waktu,
        pemilik_kinerja: h.pemilik_kinerja.clone().unwrap_or_default(),
        nomor_sk: h.nomor_sk.clone().unwrap_or_default(),
        lolos_seleksi: h.lolos_seleksi,
        disetujui_pengelola: h.disetujui_pengelola,
        polarisasi: h.polarisasi.clone().unwrap_or_default(),
        tanggal_implementasi: h
            .tanggal_implementasi
            .map(|d| d.format("%d/%m/%Y").to_string())
            .unwrap_or_default(),
        tahun_dinilai: h
            .tahun_dinilai
            .iter()
            .map(|y| y.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        target: tampil_desimal(h.target),
        realisasi: tampil_desimal(h.realisasi),
    }
}

/// Every field checked before anything is stored; an error names the field.
pub(crate) fn baca_form_hkt(tahun: i32, f: &FormHkt) -> Result<RekamHkt, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Judul HKT", &f.judul, T::Kalimat),
        ("Pemilik kinerja", &f.pemilik_kinerja, T::Nama),
        ("Nomor SK", &f.nomor_sk, T::Label),
    ])?;
    let judul = f.judul.trim();
    if judul.is_empty() {
        return Err(salah("Judul HKT", "wajib diisi"));
    }
    let jenis = JenisHkt::dari_kode(&f.jenis)
        .ok_or_else(|| salah("Jenis HKT", format!("\"{}\" tidak dikenal", f.jenis)))?;
    let opsional =
        |field: &str, s: &str, sah: fn(&str) -> bool| -> Result<Option<String>, AppError> {
            let s = s.trim();
            if s.is_empty() {
                Ok(None)
            } else if sah(s) {
                Ok(Some(s.to_string()))
            } else {
                Err(salah(field, format!("\"{s}\" tidak dikenal")))
            }
        };
    let lingkup = opsional("Lingkup", &f.lingkup, |s| Lingkup::dari_kode(s).is_some())?;
    let pemilik = opsional("Pemilik kinerja", &f.pemilik_kinerja, |s| {
        PemilikKinerja::dari_kode(s).is_some()
    })?;
    let polarisasi = opsional("Polarisasi", &f.polarisasi, |s| {
        Polarisasi::dari_kode(s).is_some()
    })?;
    let tanggal = tanggal_masukan("Tanggal implementasi", &f.tanggal_implementasi)?;
    if let Some(p) = tanggal.and_then(|t| {
        chrono::NaiveDate::from_ymd_opt(tahun, 12, 31)
            .and_then(|akhir| crate::domain::batas::periksa_tanggal(t, akhir))
    }) {
        return Err(salah("Tanggal implementasi", p));
    }
    let mut tahun_dinilai = Vec::new();
    for t in f
        .tahun_dinilai
        .split([',', ';', ' '])
        .filter(|t| !t.trim().is_empty())
    {
        let y: i32 = t
            .trim()
            .parse()
            .ok()
            .filter(|y| (2000..=2100).contains(y))
            .ok_or_else(|| salah("Tahun sudah dinilai", format!("\"{t}\" bukan tahun")))?;
        tahun_dinilai.push(y);
    }
    tahun_dinilai.sort_unstable();
    tahun_dinilai.dedup();
    Ok(RekamHkt {
        id: f.id,
        tahun,
        nip: f.nip.clone(),
        judul: judul.to_string(),
        jenis: jenis.kode().to_string(),
        lingkup,
        // Full time only means something for a squad team.
        penuh_waktu: f.penuh_waktu && jenis == JenisHkt::SquadTeam,
        pemilik_kinerja: pemilik,
        nomor_sk: Some(f.nomor_sk.trim().to_string()).filter(|s| !s.is_empty()),
        lolos_seleksi: f.lolos_seleksi && jenis == JenisHkt::Inovasi,
        disetujui_pengelola: f.disetujui_pengelola && jenis == JenisHkt::Inovasi,
        polarisasi,
        tanggal_implementasi: tanggal,
        tahun_dinilai,
        target: desimal_tidak_negatif("Target HKT", &f.target)?,
        realisasi: desimal_tidak_negatif("Realisasi HKT", &f.realisasi)?,
    })
}

/// A pegawai's HKTs of a year, each with its score (the same computation as the NHK) and its findings.
pub fn daftar_hkt(
    db: &Db,
    tahun: i32,
    nip: &str,
    hari_ini: NaiveDate,
) -> Result<DaftarHkt, AppError> {
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let skp = crate::app::umum::skp_pegawai(db, tahun, nip)?;
    let rekam = db.hkt_tahun(tahun, Some(nip))?;
    let n = crate::domain::skor::nilai_pegawai(&profil, tahun, &skp, 4);
    let mut temuan: Vec<TemuanTampil> =
        crate::app::rencana::periksa_pegawai(db, tahun, &skp, hari_ini)?
            .into_iter()
            .filter(|t| t.kode.tentang_hkt())
            .map(|t| crate::app::umum::tampil_temuan(t, &skp.nama))
            .collect();
    let hkt = rekam
        .iter()
        .zip(&n.hkt)
        .map(|(h, nilai)| {
            let subjek = format!("HKT {}", h.judul);
            let (milik, lain): (Vec<_>, Vec<_>) =
                temuan.drain(..).partition(|t| t.subjek.ends_with(&subjek));
            temuan = lain;
            HktTampil {
                form: ke_form(h),
                jenis_label: JenisHkt::dari_kode(&h.jenis)
                    .map(|j| j.label())
                    .unwrap_or_default()
                    .to_string(),
                lingkup_label: h
                    .lingkup
                    .as_deref()
                    .and_then(Lingkup::dari_kode)
                    .map(|l| l.label())
                    .or(h
                        .pemilik_kinerja
                        .as_deref()
                        .and_then(PemilikKinerja::dari_kode)
                        .map(|p| p.label()))
                    .unwrap_or_default()
                    .to_string(),
                nilai: AngkaTampil::dari(nilai, 2),
                temuan: milik,
            }
        })
        .collect();
    Ok(DaftarHkt {
        urungkan: None,
        tahun,
        nip: nip.to_string(),
        hkt,
        nilai_hkt: AngkaTampil::dari(&n.nhk.hkt, 2),
        temuan_umum: temuan,
        pilihan_jenis: pilihan(JenisHkt::SEMUA, JenisHkt::kode, JenisHkt::label),
        pilihan_lingkup: pilihan(Lingkup::SEMUA, Lingkup::kode, Lingkup::label),
        pilihan_pemilik: pilihan(
            PemilikKinerja::SEMUA,
            PemilikKinerja::kode,
            PemilikKinerja::label,
        ),
    })
}

/// The stored HKT `id`, if it is this pegawai's in this year; an edit or deletion may touch nothing else.
fn milik(db: &Db, tahun: i32, nip: &str, id: i64) -> Result<RekamHkt, AppError> {
    db.hkt_tahun(tahun, Some(nip))?
        .into_iter()
        .find(|x| x.id == id)
        .ok_or_else(|| {
            salah(
                "HKT",
                format!("HKT {id} bukan milik pegawai ini pada tahun {tahun}"),
            )
        })
}

/// `simpan_hkt` from a screen that sends the form as it showed it: see `rencana::simpan_iki_dari`.
pub fn simpan_hkt_dari(
    db: &mut Db,
    tahun: i32,
    f: &FormHkt,
    semula: Option<&FormHkt>,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarHkt, AppError> {
    let f = match semula {
        Some(s) if f.id != 0 => {
            let kini = db
                .hkt_tahun(tahun, Some(&s.nip))?
                .into_iter()
                .find(|h| h.id == f.id)
                .ok_or_else(|| AppError::Konflik {
                    field: format!("HKT \"{}\"", s.judul),
                    pesan: "telah dihapus di tempat lain; muat ulang".into(),
                })?;
            crate::app::umum::gabung_tiga(s, f, &ke_form(&kini), &crate::app::umum::label_bidang)?
        }
        _ => f.clone(),
    };
    simpan_hkt(db, tahun, &f, hari_ini, waktu)
}

pub fn simpan_hkt(
    db: &mut Db,
    tahun: i32,
    f: &FormHkt,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarHkt, AppError> {
    let h = baca_form_hkt(tahun, f)?;
    crate::app::umum::skp_pegawai(db, tahun, &h.nip)?;
    if h.id != 0 {
        milik(db, tahun, &h.nip, h.id)?;
    }
    let (_, audit) = db.simpan_hkt(&h, waktu)?;
    let mut d = daftar_hkt(db, tahun, &h.nip, hari_ini)?;
    // A change can be taken back; a new HKT is simply deleted.
    if h.id != 0 {
        d.urungkan = Some(Urungan {
            audit_id: vec![audit],
            pesan: format!("HKT \"{}\" diubah.", h.judul),
        });
    }
    Ok(d)
}

pub fn hapus_hkt(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    id: i64,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarHkt, AppError> {
    let h = milik(db, tahun, nip, id)?;
    let audit = db.hapus_hkt(id, waktu)?;
    let mut d = daftar_hkt(db, tahun, nip, hari_ini)?;
    d.urungkan = Some(Urungan {
        audit_id: vec![audit],
        pesan: format!("HKT \"{}\" dihapus.", h.judul),
    });
    Ok(d)
}
