//! Rule-profile settings of a year: which profile it uses, the office's own parameter values, the holiday calendar.
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::domain::kalender::KalenderLibur;
use crate::domain::profil::{KodeProfil, ProfilAturan, StatusParameter};
use crate::store::Db;

/// The profile of a year with the office's own parameter values applied.
pub fn profil_tahun(db: &Db, tahun: i32) -> Result<ProfilAturan, AppError> {
    let kode = db
        .profil_tahun(tahun)?
        .ok_or(AppError::TahunTidakAda(tahun))?;
    profil_dengan_ubahan(db, kode)
}

pub fn profil_dengan_ubahan(db: &Db, kode: KodeProfil) -> Result<ProfilAturan, AppError> {
    let mut p = ProfilAturan::bawaan(kode);
    for (nama, teks) in db.parameter_profil(kode)? {
        let nilai: serde_json::Value =
            serde_json::from_str(&teks).map_err(|e| AppError::Masukan {
                field: format!("parameter {nama}"),
                pesan: e.to_string(),
            })?;
        p.ubah_parameter(&nama, nilai)
            .map_err(|e| AppError::Masukan {
                field: format!("parameter {nama}"),
                pesan: e.to_string(),
            })?;
    }
    Ok(p)
}

pub fn kalender(db: &Db) -> Result<KalenderLibur, AppError> {
    Ok(KalenderLibur::dari_tanggal(db.libur()?))
}

/// A parameter's name as the officer reads it (Pengaturan, and the field named by an error).
pub fn label_parameter(nama: &str) -> &str {
    match nama {
        "indeks_min" => "Batas bawah indeks capaian",
        "indeks_max" => "Batas atas indeks capaian",
        "skala_stabilize" => "Skala konversi stabilize (capaian → indeks)",
        "target_rentang" => "Target rentang: batas atas/bawah sesuai sisi realisasi",
        "batas_hku" => "Nilai maksimal HKU K3",
        "batas_hkt" => "Nilai maksimal HKT",
        "batas_nhk" => "Nilai maksimal NHK",
        "hkt_dalam_nhk" => "NHK memuat nilai HKT",
        "nhk_pimpinan_dari_nko" => "NHK Pimpinan UPK = NKO (indeks IKU disesuaikan K3)",
        "hku_berbobot_k3" => "HKU dibobot dengan K3 (Tabel 35/36 KMK 127)",
        "bobot_hkt" => "Bobot HKT per jenis dan lingkup",
        "bobot_perspektif" => "Bobot perspektif NKO (%)",
        "bobot_npk_dengan_bawahan" => "Bobot penilai NPK (dengan bawahan)",
        "bobot_npk_tanpa_bawahan" => "Bobot penilai NPK (tanpa bawahan)",
        "rating_di_atas" => "Rating Di Atas Ekspektasi bila nilai lebih dari",
        "rating_sesuai" => "Rating Sesuai Ekspektasi bila nilai paling sedikit",
        "rating_dibulatkan" => "Rating dinilai dari angka yang ditampilkan (2 desimal)",
        "predikat_nko" => "Batas predikat NKO (Sangat Baik, Baik, Cukup, Kurang)",
        "bobot_nkp_nhk" => "Bobot NHK dalam NKP",
        "kalibrasi" => "Batas kalibrasi",
        "kalibrasi_faktor" => "Faktor kalibrasi di atas 100",
        "anchoring_nko" => "Penjangkaran NKP ke NKO",
        "skp_tugas_belajar" => "Pegawai tugas belajar menyusun SKP dan mendapat predikat",
        "pembulatan_antara" => "Bulatkan nilai antara ke 2 desimal",
        "batas_jumlah" => "Batas jumlah IKU/IKI per tingkat jabatan",
        "tenggat" => "Tenggat Kontrak Kinerja (hari, bulan)",
        "terverifikasi" => "Terverifikasi",
        "bawaan_sementara" => "Sementara",
        "diatur_pengguna" => "Diatur kantor",
        lain => lain,
    }
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ParameterTampil {
    pub nama: String,
    /// The name as people read it.
    pub label: String,
    /// The value as JSON text (decimals as strings): what `kinerja profil` prints and `--atur` takes.
    pub nilai: String,
    /// The value in one line of words and Indonesian numbers, for the table.
    pub ringkas: String,
    /// Its parts as Pengaturan edits them.
    pub isian: Vec<super::IsianParameter>,
    /// "terverifikasi", "bawaan_sementara" or "diatur_pengguna".
    pub status: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ProfilTampil {
    pub tahun: i32,
    pub kode: String,
    pub nama: String,
    pub dasar_hukum: String,
    pub parameter: Vec<ParameterTampil>,
    /// The year's pagu DIPA as the officer types it ("1.250.000.000"), empty when not recorded.
    pub pagu_dipa: String,
}

pub fn tampil_profil(db: &Db, tahun: i32) -> Result<ProfilTampil, AppError> {
    let p = profil_tahun(db, tahun)?;
    Ok(ProfilTampil {
        tahun,
        kode: p.kode.kode().into(),
        nama: p.nama.clone(),
        dasar_hukum: p.dasar_hukum.clone(),
        pagu_dipa: db
            .pagu_dipa(tahun)?
            .map(crate::domain::angka::teks_id)
            .unwrap_or_default(),
        parameter: p
            .parameter_json()
            .into_iter()
            .map(|(nama, nilai, status)| {
                let label = label_parameter(&nama).to_string();
                let isian = super::isian(&nama, &label, &nilai);
                ParameterTampil {
                    ringkas: super::ringkas(&isian),
                    isian,
                    label,
                    nama,
                    nilai: nilai.to_string(),
                    status: match status {
                        StatusParameter::Terverifikasi => "terverifikasi",
                        StatusParameter::BawaanSementara => "bawaan_sementara",
                        StatusParameter::DiaturPengguna => "diatur_pengguna",
                    }
                    .into(),
                }
            })
            .collect(),
    })
}

pub fn pakai_profil(
    db: &mut Db,
    tahun: i32,
    kode: &str,
    waktu: &str,
) -> Result<ProfilTampil, AppError> {
    let k = KodeProfil::dari_kode(kode).ok_or_else(|| AppError::Masukan {
        field: "profil".into(),
        pesan: format!(
            "\"{kode}\" tidak dikenal (pilihan: {})",
            KodeProfil::SEMUA.map(|k| k.kode()).join(", ")
        ),
    })?;
    if !(2014..=2100).contains(&tahun) {
        return Err(AppError::Masukan {
            field: "tahun".into(),
            pesan: format!("tahun harus 2014..2100, bukan {tahun}"),
        });
    }
    db.atur_profil_tahun(tahun, k, waktu)?;
    tampil_profil(db, tahun)
}

/// Sets one parameter of the year's profile from its parts as typed in Pengaturan (see `isian`); an error names
/// the part.
pub fn atur_parameter_isian(
    db: &mut Db,
    tahun: i32,
    nama: &str,
    ketik: &[super::IsianParameter],
    waktu: &str,
) -> Result<ProfilTampil, AppError> {
    let p = profil_tahun(db, tahun)?;
    let (_, nilai, _) = p
        .parameter_json()
        .into_iter()
        .find(|(n, _, _)| n == nama)
        .ok_or_else(|| {
            crate::app::umum::salah("parameter", format!("parameter \"{nama}\" tidak dikenal"))
        })?;
    let baru = super::terapkan(nama, label_parameter(nama), &nilai, ketik)?;
    atur_parameter(db, tahun, nama, Some(&baru.to_string()), waktu)
}

/// Sets (or with `None` returns to the default) one parameter of the year's profile; the value is checked
/// against the profile before anything is stored.
pub fn atur_parameter(
    db: &mut Db,
    tahun: i32,
    nama: &str,
    nilai_json: Option<&str>,
    waktu: &str,
) -> Result<ProfilTampil, AppError> {
    let mut p = profil_tahun(db, tahun)?;
    if let Some(teks) = nilai_json {
        let v: serde_json::Value = serde_json::from_str(teks).map_err(|e| AppError::Masukan {
            field: format!("parameter {nama}"),
            pesan: format!("bukan JSON yang sah: {e}"),
        })?;
        p.ubah_parameter(nama, v.clone())
            .map_err(|e| AppError::Masukan {
                field: format!("parameter {nama}"),
                pesan: e.to_string(),
            })?;
        db.atur_parameter_profil(p.kode, nama, Some(&v.to_string()), waktu)?;
    } else {
        if !p.parameter_json().iter().any(|(n, _, _)| n == nama) {
            return Err(AppError::Masukan {
                field: "parameter".into(),
                pesan: format!("parameter \"{nama}\" tidak dikenal"),
            });
        }
        db.atur_parameter_profil(p.kode, nama, None, waktu)?;
    }
    tampil_profil(db, tahun)
}

/// Records the year's pagu DIPA (rupiah, typed the Indonesian way: "Rp 1.250.000.000"; empty clears it). The
/// biaya aspect of the SKP prints it (seed 004 rules 13-14).
pub fn atur_pagu_dipa(
    db: &mut Db,
    tahun: i32,
    teks: &str,
    waktu: &str,
) -> Result<ProfilTampil, AppError> {
    let v = crate::app::umum::desimal_tidak_negatif("Pagu DIPA", teks)?;
    if let Some(d) = v
        && (d <= rust_decimal::Decimal::ZERO || !d.fract().is_zero())
    {
        return Err(crate::app::umum::salah(
            "Pagu DIPA",
            "harus rupiah bulat lebih dari 0",
        ));
    }
    if !db.atur_pagu_dipa(tahun, v, waktu)? {
        return Err(AppError::TahunTidakAda(tahun));
    }
    tampil_profil(db, tahun)
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Libur {
    /// ISO, as the screen sends it back to remove the day.
    pub tanggal: String,
    /// "Senin, 31 Maret 2025".
    pub tampil: String,
    pub keterangan: String,
}

pub fn daftar_libur(db: &Db, tahun: i32) -> Result<Vec<Libur>, AppError> {
    Ok(db
        .daftar_libur(tahun)?
        .into_iter()
        .map(|(t, k)| Libur {
            tanggal: t.format("%Y-%m-%d").to_string(),
            tampil: crate::app::umum::hari_tanggal(t),
            keterangan: k,
        })
        .collect())
}

fn tanggal(s: &str) -> Result<NaiveDate, AppError> {
    crate::app::umum::tanggal_isian("Tanggal libur", s)
}

pub fn tambah_libur(db: &mut Db, tgl: &str, keterangan: &str, waktu: &str) -> Result<(), AppError> {
    let t = tanggal(tgl)?;
    if keterangan.trim().is_empty() {
        return Err(AppError::Masukan {
            field: "keterangan".into(),
            pesan: "nama hari libur wajib diisi".into(),
        });
    }
    Ok(db.atur_libur(t, Some(keterangan.trim()), waktu)?)
}

pub fn hapus_libur(db: &mut Db, tgl: &str, waktu: &str) -> Result<(), AppError> {
    Ok(db.atur_libur(tanggal(tgl)?, None, waktu)?)
}

/// The SKB a year's holidays can be filled from, and what filling it did.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LiburSkbTampil {
    /// The SKB's citation.
    pub sumber: String,
    /// Days of the SKB.
    pub jumlah: u32,
    /// Of those, days not in the calendar yet (what "Isi dari SKB" adds).
    pub belum_ada: u32,
}

fn libur_skb_tahun(tahun: i32) -> Option<(String, Vec<(NaiveDate, String)>)> {
    use crate::domain::libur_skb::{LiburSkb, libur_skb};
    let s = libur_skb(tahun)?;
    Some((
        s.sumber.to_string(),
        s.hari
            .iter()
            .map(|&(t, j, n)| (t, LiburSkb::keterangan(j, n)))
            .collect(),
    ))
}

/// The shipped SKB of `tahun` beside the calendar as it is; None for a year the app has no SKB of.
pub fn libur_skb(db: &Db, tahun: i32) -> Result<Option<LiburSkbTampil>, AppError> {
    let Some((sumber, hari)) = libur_skb_tahun(tahun) else {
        return Ok(None);
    };
    let ada: std::collections::BTreeSet<NaiveDate> = db
        .daftar_libur(tahun)?
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    Ok(Some(LiburSkbTampil {
        sumber,
        jumlah: hari.len() as u32,
        belum_ada: hari.iter().filter(|(t, _)| !ada.contains(t)).count() as u32,
    }))
}

/// Fills the calendar of `tahun` with the libur nasional and cuti bersama of its SKB: adds the days it lacks,
/// leaves every day already there as the office keeps it. How many days were added.
pub fn isi_libur_skb(db: &mut Db, tahun: i32, waktu: &str) -> Result<u32, AppError> {
    let (_, hari) = libur_skb_tahun(tahun).ok_or_else(|| AppError::Masukan {
        field: "Tahun".into(),
        pesan: format!("daftar libur SKB tahun {tahun} tidak tersedia di aplikasi; isi hari liburnya satu per satu"),
    })?;
    Ok(db.tambah_libur_baru(&hari, waktu)? as u32)
}
