//! Office actions: first-start state, the choice between demo and empty, and the pegawai list and form.
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::salah;
use crate::domain::model::GOLONGAN;
use crate::store::Db;

const KUNCI_AWAL: &str = "awal_dipilih";

/// What the UI needs at start: whether to show the first-start dialog, and which office is open.
#[derive(Debug, Clone, Serialize, TS)]

pub struct StatusAwal {
    pub perlu_pilihan_awal: bool,
    pub nama_kantor: Option<String>,
    pub tahun: Vec<TahunRingkas>,
    pub lokasi_data: String,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct TahunRingkas {
    pub tahun: i32,
    pub profil: String,
}

#[derive(Debug, Clone, Serialize, TS)]

pub struct PegawaiRingkas {
    pub nip: String,
    pub nip_berformat: String,
    pub nama: String,
    pub pangkat_golongan: String,
    pub jabatan: String,
    pub unit: String,
    pub atasan: Option<String>,
    pub status: String,
    /// Struktural, Pelaksana or Fungsional.
    pub jenis_jabatan: String,
    /// The date the pegawai left the office (mutasi keluar), if they did.
    pub keluar: Option<String>,
}

pub fn status_awal(db: &Db) -> Result<StatusAwal, AppError> {
    let kosong = db.kosong()?;
    let dipilih = db.pengaturan(KUNCI_AWAL)?.is_some();
    Ok(StatusAwal {
        perlu_pilihan_awal: kosong && !dipilih,
        nama_kantor: db.nama_kantor()?,
        tahun: db
            .daftar_tahun()?
            .into_iter()
            .map(|(tahun, profil)| TahunRingkas { tahun, profil })
            .collect(),
        lokasi_data: db.path().display().to_string(),
    })
}

/// "Mulai dengan data kosong": remembered, so the dialog is not shown again.
pub fn mulai_kosong(db: &mut Db, waktu: &str) -> Result<StatusAwal, AppError> {
    db.atur_pengaturan(KUNCI_AWAL, "kosong", waktu)?;
    status_awal(db)
}

pub fn tandai_awal_demo(db: &mut Db, waktu: &str) -> Result<(), AppError> {
    db.atur_pengaturan(KUNCI_AWAL, "demo", waktu)?;
    Ok(())
}

pub fn daftar_pegawai(db: &Db, cari: &str) -> Result<Vec<PegawaiRingkas>, AppError> {
    Ok(db
        .cari_pegawai(cari)?
        .into_iter()
        .map(|b| PegawaiRingkas {
            nip_berformat: crate::domain::nip::Nip::parse(&b.nip)
                .map(|n| n.berformat())
                .unwrap_or_else(|_| b.nip.clone()),
            pangkat_golongan: if b.golongan.is_empty() {
                b.pangkat.clone()
            } else {
                format!("{}, {}", b.pangkat, b.golongan)
            },
            status: crate::domain::model::StatusPegawai::dari_kode(&b.status)
                .map(|s| s.label().to_string())
                .unwrap_or(b.status.clone()),
            jenis_jabatan: crate::domain::model::JenisJabatan::dari_kode(&b.jenis_jabatan)
                .map(|j| j.label().to_string())
                .unwrap_or(b.jenis_jabatan.clone()),
            keluar: b.tanggal_selesai,
            nip: b.nip,
            nama: b.nama,
            jabatan: b.jabatan,
            unit: b.unit,
            atasan: b.atasan_nama,
        })
        .collect())
}

/// The pegawai form (add or edit). Every field is checked before anything is stored.
#[derive(Debug, Clone, serde::Deserialize, Serialize, TS)]
pub struct FormPegawai {
    pub nip: String,
    pub nama: String,
    pub pangkat: String,
    pub golongan: String,
    pub jabatan: String,
    pub unit: String,
    pub nip_atasan: Option<String>,
    /// Code: aktif, cpns, mutasi, kembali_bertugas, tugas_belajar, harian, cltn.
    pub status: String,
    /// As typed ("01/03/2015") or as shown (ISO).
    pub tanggal_mulai: String,
    /// struktural, pelaksana or fungsional; empty: decided from the jabatan's name.
    pub jenis_jabatan: Option<String>,
    /// Jenjang of a jabatan fungsional (Pertama, Muda, Madya, Utama, Terampil, Mahir, Penyelia).
    pub jenjang: Option<String>,
    /// Status kembali bertugas: "cuti" or "penugasan" (tugas belajar/diperbantukan/dipekerjakan this year).
    pub kembali_dari: Option<String>,
}

/// Jenjang of the jabatan fungsional (keahlian and keterampilan).
pub const JENJANG: [&str; 8] = [
    "Pemula", "Terampil", "Mahir", "Penyelia", "Pertama", "Muda", "Madya", "Utama",
];

/// `simpan_pegawai` from a screen that sends the form as it showed it: see `rencana::simpan_iki_dari`.
pub fn simpan_pegawai_dari(
    db: &mut Db,
    f: &FormPegawai,
    semula: Option<&FormPegawai>,
    waktu: &str,
) -> Result<PegawaiRingkas, AppError> {
    let f = match semula {
        Some(s) if db.data_pegawai(&s.nip)?.is_some() => {
            let kini = form_pegawai(db, &s.nip)?;
            crate::app::umum::gabung_tiga(s, f, &kini, &crate::app::umum::label_bidang)?
        }
        _ => f.clone(),
    };
    simpan_pegawai(db, &f, waktu)
}

pub fn simpan_pegawai(
    db: &mut Db,
    f: &FormPegawai,
    waktu: &str,
) -> Result<PegawaiRingkas, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Nama", &f.nama, T::Nama),
        ("Jabatan", &f.jabatan, T::Nama),
        ("Pangkat", &f.pangkat, T::Label),
        ("Unit", &f.unit, T::Nama),
        ("NIP", &f.nip, T::Label),
    ])?;
    let nip = crate::domain::nip::Nip::parse(&f.nip).map_err(|e| salah("NIP", e.to_string()))?;
    if f.nama.trim().chars().count() < 2 {
        return Err(salah("Nama", "wajib diisi"));
    }
    if f.jabatan.trim().is_empty() {
        return Err(salah("Jabatan", "wajib diisi"));
    }
    let pangkat = GOLONGAN
        .iter()
        .find(|(g, _)| *g == f.golongan.trim())
        .ok_or_else(|| {
            salah(
                "Golongan",
                format!(
                    "\"{}\" tidak ada dalam daftar (I/a sampai IV/e)",
                    f.golongan
                ),
            )
        })?
        .1;
    let status = crate::domain::model::StatusPegawai::dari_kode(&f.status)
        .ok_or_else(|| salah("Status", format!("\"{}\" tidak dikenal", f.status)))?;
    let mulai = crate::app::umum::tanggal_isian("Tanggal mulai", &f.tanggal_mulai)?;
    crate::app::umum::tanggal_wajar("Tanggal mulai", mulai, waktu)?;
    // Only a return to work has a reason; any other status clears it.
    let kembali_dari = match (
        status,
        f.kembali_dari
            .as_deref()
            .map(str::trim)
            .filter(|k| !k.is_empty()),
    ) {
        (crate::domain::model::StatusPegawai::KembaliBertugas, Some(k)) => Some(
            crate::domain::model::AsalKembali::dari_kode(k)
                .ok_or_else(|| salah("Kembali dari", format!("\"{k}\" tidak dikenal")))?,
        ),
        _ => None,
    };
    if mulai < nip.tanggal_lahir() {
        return Err(salah("Tanggal mulai", "sebelum tanggal lahir pada NIP"));
    }
    let atasan = match f
        .nip_atasan
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(a) => {
            let a = crate::domain::nip::Nip::parse(a)
                .map_err(|e| salah("NIP atasan", e.to_string()))?;
            if a == nip {
                return Err(salah("NIP atasan", "tidak boleh NIP pegawai itu sendiri"));
            }
            if db.data_pegawai(a.as_str())?.is_none() {
                return Err(salah(
                    "NIP atasan",
                    format!("{a} belum terdaftar sebagai pegawai"),
                ));
            }
            Some(a.to_string())
        }
        None => None,
    };
    let (tebakan, tingkat_tebakan) = crate::domain::jabatan::klasifikasi_jabatan(&f.jabatan);
    let jenis_jabatan = match f
        .jenis_jabatan
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(k) => crate::domain::model::JenisJabatan::dari_kode(k)
            .ok_or_else(|| salah("Jenis jabatan", format!("\"{k}\" tidak dikenal")))?,
        None => tebakan,
    };
    use crate::domain::model::{JenisJabatan, TingkatJabatan};
    // The level for the IKI limits follows the chosen kind; a structural title keeps its detected level.
    let tingkat = match jenis_jabatan {
        JenisJabatan::Fungsional => TingkatJabatan::Fungsional,
        JenisJabatan::Pelaksana => TingkatJabatan::Pelaksana,
        JenisJabatan::Struktural if tebakan == JenisJabatan::Struktural => tingkat_tebakan,
        JenisJabatan::Struktural => TingkatJabatan::Pengawas,
    };
    let jenjang = f
        .jenjang
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    if jenis_jabatan == JenisJabatan::Fungsional {
        match jenjang {
            None => return Err(salah("Jenjang", "wajib diisi untuk jabatan fungsional")),
            Some(j) if !JENJANG.contains(&j) => {
                return Err(salah(
                    "Jenjang",
                    format!("\"{j}\" tidak dikenal ({})", JENJANG.join(", ")),
                ));
            }
            _ => {}
        }
    }
    let t = mulai.format("%Y-%m-%d").to_string();
    db.simpan_pegawai(
        &crate::store::PegawaiMasuk {
            nip: nip.as_str(),
            nama: f.nama.trim(),
            pangkat: if f.pangkat.trim().is_empty() {
                pangkat
            } else {
                f.pangkat.trim()
            },
            golongan: f.golongan.trim(),
            jabatan: f.jabatan.trim(),
            jenis_jabatan,
            tingkat,
            jenjang: if jenis_jabatan == JenisJabatan::Fungsional {
                jenjang
            } else {
                Some("")
            },
            unit: &f.unit,
            atasan: atasan.as_deref(),
            status,
            tanggal_mulai: &t,
            kembali_dari,
        },
        waktu,
    )?;
    daftar_pegawai(db, nip.as_str())?
        .into_iter()
        .find(|p| p.nip == nip.as_str())
        .ok_or_else(|| salah("NIP", "tidak tersimpan"))
}

pub fn form_pegawai(db: &Db, nip: &str) -> Result<FormPegawai, AppError> {
    let p = db
        .data_pegawai(nip)?
        .ok_or_else(|| salah("NIP", format!("pegawai {nip} tidak ada")))?;
    Ok(FormPegawai {
        nip: p.nip,
        nama: p.nama,
        pangkat: p.pangkat,
        golongan: p.golongan,
        jabatan: p.jabatan,
        unit: p.unit,
        nip_atasan: p.atasan_nip,
        status: p.status,
        tanggal_mulai: p.tanggal_mulai,
        jenis_jabatan: Some(p.jenis_jabatan),
        jenjang: p.jenjang.filter(|j| !j.is_empty()),
        kembali_dari: p.kembali_dari,
    })
}

/// The change history of a pegawai (their record, targets, documents), newest first.
/// Names by NIP of every pegawai of the office, those who left included (an old record still names them).
pub fn nama_pegawai(db: &Db) -> Result<std::collections::HashMap<String, String>, AppError> {
    Ok(daftar_pegawai(db, "")?
        .into_iter()
        .map(|p| (p.nip, p.nama))
        .collect())
}

/// The pegawai's history, including what was recorded under a NIP later corrected, newest first.
pub fn riwayat_pegawai(db: &Db, nip: &str) -> Result<Vec<crate::app::umum::Riwayat>, AppError> {
    let mut baris = db.riwayat(nip)?;
    for lama in db.nip_sebelumnya(nip)? {
        baris.extend(db.riwayat(&lama)?);
    }
    // One history, newest first, whichever NIP each line was recorded under.
    baris.sort_by(|a, b| b.waktu.cmp(&a.waktu));
    Ok(baris.iter().map(crate::app::umum::kalimat).collect())
}

/// Corrects a mistyped NIP: the pegawai, their SKP, realisasi, HKT, dialogs, scores, periods and every reference to
/// them (atasan, kepala unit, pengelola kinerja) take the new one in one step, and the history records it. Refused
/// once a document of the pegawai exists (its ID and printed pages carry the NIP it was made with).
pub fn ganti_nip(db: &mut Db, lama: &str, baru: &str, waktu: &str) -> Result<String, AppError> {
    use crate::store::HasilGantiNip as H;
    let baru = crate::domain::nip::Nip::parse(baru)
        .map_err(|e| salah("NIP baru", e.to_string()))?
        .to_string();
    if baru == lama {
        return Err(salah("NIP baru", "sama dengan NIP sekarang"));
    }
    match db.ganti_nip(lama, &baru, waktu)? {
        H::Diganti => Ok(baru),
        H::LamaTidakAda => Err(salah("NIP", format!("pegawai {lama} tidak ada"))),
        H::BaruSudahAda => Err(salah(
            "NIP baru",
            format!("{baru} sudah dipakai pegawai lain"),
        )),
        H::AdaDokumen(n) => Err(salah(
            "NIP baru",
            format!(
                "pegawai ini sudah memiliki {n} dokumen (Kontrak Kinerja/addendum) dengan NIP lama; NIP hanya dapat dikoreksi sebelum dokumen pertamanya dicetak"
            ),
        )),
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PilihanForm {
    pub golongan: Vec<(String, String)>,
    pub jenis_jabatan: Vec<(String, String)>,
    pub jenjang: Vec<String>,
    pub unit: Vec<String>,
    pub status: Vec<(String, String)>,
    /// Why a pegawai returned to work (status kembali bertugas).
    pub kembali_dari: Vec<(String, String)>,
}

pub fn pilihan_form(db: &Db) -> Result<PilihanForm, AppError> {
    Ok(PilihanForm {
        golongan: GOLONGAN
            .iter()
            .map(|(g, p)| (g.to_string(), p.to_string()))
            .collect(),
        unit: db.daftar_unit()?,
        jenis_jabatan: crate::domain::model::JenisJabatan::SEMUA
            .iter()
            .map(|s| (s.kode().to_string(), s.label().to_string()))
            .collect(),
        jenjang: JENJANG.iter().map(|s| s.to_string()).collect(),
        kembali_dari: crate::domain::model::AsalKembali::SEMUA
            .iter()
            .map(|s| (s.kode().to_string(), s.label().to_string()))
            .collect(),
        status: crate::domain::model::StatusPegawai::SEMUA
            .iter()
            .map(|s| (s.kode().to_string(), s.label().to_string()))
            .collect(),
    })
}
