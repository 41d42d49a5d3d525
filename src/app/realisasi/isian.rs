//! Realisasi: a pegawai's realisasi of one quarter with its evidence, checked whole and saved at once.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::umum::*;
use crate::domain::capaian::romawi;
use crate::domain::model::{Konsolidasi, Polarisasi};
use crate::store::{Db, IsiTriwulan};
use rust_decimal::Decimal;

/// One IKI on the Realisasi screen.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BarisRealisasi {
    #[ts(type = "number")]
    pub id: i64,
    pub kode: String,
    pub nama: String,
    pub satuan: String,
    pub polarisasi: String,
    pub konsolidasi: String,
    /// The quarter's target, as the user reads it ("1.234,5"; empty when none).
    pub target: String,
    pub realisasi: String,
    pub bukti: String,
    /// Realisasi of TW I..IV, for context.
    pub realisasi_tw: [String; 4],
    /// Files attached as evidence to this quarter.
    pub berkas: Vec<BerkasTampil>,
}

/// An evidence file as the user sees it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BerkasTampil {
    #[ts(type = "number")]
    pub id: i64,
    pub nama: String,
    /// "120 KB", "1,4 MB".
    pub ukuran: String,
    /// "20 Januari 2025".
    pub ditambahkan: String,
    /// The first 12 hex digits of its SHA-256.
    pub sidik: String,
}

/// The largest evidence file accepted.
pub const MAKS_BERKAS_BUKTI: usize = 20 * 1024 * 1024;

fn ukuran_tampil(b: i64) -> String {
    if b >= 1024 * 1024 {
        let mb = Decimal::from(b) / Decimal::from(1024 * 1024);
        format!("{} MB", crate::domain::angka::format_id(mb, 1))
    } else {
        format!("{} KB", (b + 1023) / 1024)
    }
}

fn berkas_tampil(b: &crate::store::BerkasBukti) -> BerkasTampil {
    BerkasTampil {
        id: b.id,
        nama: b.nama.clone(),
        ukuran: ukuran_tampil(b.ukuran),
        ditambahkan: b
            .ditambahkan
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map(crate::domain::kk::tanggal_indonesia)
            .unwrap_or_else(|| b.ditambahkan.clone()),
        sidik: b.sha256.chars().take(12).collect(),
    }
}

/// Attaches a file the user picked to an IKI's quarter: the IKI must be the pegawai's of that year; empty files,
/// files over 20 MB and unusable names are refused. A locked KK still takes evidence, like realisasi.
pub fn lampirkan_bukti(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    iki_id: i64,
    triwulan: u8,
    nama: &str,
    isi: &[u8],
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<RealisasiPegawai, AppError> {
    cek_triwulan(triwulan as usize)?;
    let iki = db.iki_pegawai(tahun, nip)?;
    let Some(x) = iki.iter().find(|i| i.id == iki_id) else {
        return Err(salah(
            "Berkas bukti",
            format!("IKU/IKI {iki_id} bukan milik pegawai ini pada tahun {tahun}"),
        ));
    };
    let field = format!("Berkas bukti {} TW {}", x.kode, romawi(triwulan as usize));
    // Only the file's own name, whatever path a browser or the CLI passed.
    let nama = nama
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("")
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string();
    if nama.is_empty() {
        return Err(salah(&field, "nama berkas kosong"));
    }
    crate::app::umum::batas_teks(&[(&field, &nama, crate::domain::batas::JenisTeks::Nama)])?;
    if isi.is_empty() {
        return Err(salah(&field, format!("berkas {nama} kosong (0 bita)")));
    }
    if isi.len() > MAKS_BERKAS_BUKTI {
        return Err(salah(
            &field,
            format!(
                "berkas {nama} {} melebihi batas {}; perkecil (mis. pindai ulang dengan resolusi lebih rendah)",
                ukuran_tampil(isi.len() as i64),
                ukuran_tampil(MAKS_BERKAS_BUKTI as i64)
            ),
        ));
    }
    db.lampirkan_bukti(iki_id, triwulan, &nama, isi, waktu)?;
    realisasi_pegawai(db, tahun, nip, Some(triwulan), hari_ini)
}

/// Removes one attached file of the pegawai (audited).
pub fn hapus_bukti(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    id: i64,
    triwulan: u8,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<RealisasiPegawai, AppError> {
    if !db
        .daftar_bukti_berkas(tahun, nip)?
        .iter()
        .any(|b| b.id == id)
    {
        return Err(salah(
            "Berkas bukti",
            "tidak ada pada pegawai ini (mungkin sudah dihapus di tempat lain)",
        ));
    }
    db.hapus_bukti(id, waktu)?;
    realisasi_pegawai(db, tahun, nip, Some(triwulan), hari_ini)
}

/// Writes a copy of an attached file into `folder` under its own name (never over another file: "nama (2).pdf").
pub fn salin_bukti(
    db: &Db,
    tahun: i32,
    nip: &str,
    id: i64,
    folder: &std::path::Path,
) -> Result<std::path::PathBuf, AppError> {
    let (nama, isi) = isi_bukti(db, tahun, nip, id)?;
    let galat = |p: &std::path::Path, e: std::io::Error| AppError::Berkas {
        path: p.display().to_string(),
        pesan: crate::store::pesan_io(&e),
    };
    std::fs::create_dir_all(folder).map_err(|e| galat(folder, e))?;
    let (dasar, ekst) = match nama.rsplit_once('.') {
        Some((d, e)) if !d.is_empty() => (d.to_string(), format!(".{e}")),
        _ => (nama.clone(), String::new()),
    };
    // create_new: never over a file that appears between the check and the write either.
    let mut n = 1;
    loop {
        let p = if n == 1 {
            folder.join(&nama)
        } else {
            folder.join(format!("{dasar} ({n}){ekst}"))
        };
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&p)
        {
            Ok(mut f) => {
                use std::io::Write;
                f.write_all(&isi).map_err(|e| galat(&p, e))?;
                return Ok(p);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
            Err(e) => return Err(galat(&p, e)),
        }
    }
}

/// An attached file's name and bytes, checked against its hash before they are handed out.
pub fn isi_bukti(db: &Db, tahun: i32, nip: &str, id: i64) -> Result<(String, Vec<u8>), AppError> {
    let (b, isi) = db
        .isi_bukti(id)?
        .filter(|(b, _)| {
            db.daftar_bukti_berkas(tahun, nip)
                .map(|d| d.iter().any(|x| x.id == b.id))
                .unwrap_or(false)
        })
        .ok_or_else(|| salah("Berkas bukti", "tidak ada pada pegawai ini"))?;
    if crate::store::sha256_hex(&isi) != b.sha256 {
        return Err(AppError::Store(crate::store::StoreError::DataRusak {
            tempat: format!("berkas bukti {}", b.nama),
            pesan: "isinya tidak sesuai lagi dengan hash-nya".into(),
        }));
    }
    Ok((b.nama, isi))
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct RealisasiPegawai {
    pub tahun: i32,
    pub nip: String,
    pub nama: String,
    pub triwulan: u8,
    /// The last quarter that has ended on the given day: the one usually being recorded.
    pub triwulan_berjalan: u8,
    /// Targets are locked, realisasi stays editable.
    pub terkunci: bool,
    pub baris: Vec<BarisRealisasi>,
    /// IKIs with a realisasi but no evidence.
    pub tanpa_bukti: u32,
    /// Cells changed by the save that returned this (0 when only loaded).
    pub diubah: u32,
    /// Set after a save that changed something: what the "Batalkan" bar undoes.
    pub urungkan: Option<crate::app::umum::Urungan>,
}

/// What the screen sends back for one IKI.
#[derive(Debug, Clone, Deserialize, TS)]
pub struct IsiRealisasi {
    #[ts(type = "number")]
    pub id: i64,
    pub realisasi: String,
    pub bukti: String,
    /// What the screen showed when it was loaded (realisasi and bukti as displayed): a cell the user left as it
    /// was is not written back, and one changed elsewhere in the meantime is a conflict, never silently lost.
    #[serde(default)]
    pub semula: Option<(String, String)>,
}

/// The last quarter of `tahun` that has ended by `hari_ini` (TW I before the first one ends).
pub fn triwulan_berjalan(tahun: i32, hari_ini: NaiveDate) -> u8 {
    crate::domain::kalender::triwulan_lewat(tahun, hari_ini).max(1) as u8
}

/// A stored vocabulary code as its label (the code itself if unknown, empty when none).
fn label<T: Copy>(
    kode: Option<&str>,
    dari: fn(&str) -> Option<T>,
    label: fn(T) -> &'static str,
) -> String {
    kode.map(|k| dari(k).map(label).unwrap_or(k).to_string())
        .unwrap_or_default()
}

/// The Realisasi screen for one pegawai and quarter (without one: the quarter that has just ended).
pub fn realisasi_pegawai(
    db: &Db,
    tahun: i32,
    nip: &str,
    triwulan: Option<u8>,
    hari_ini: NaiveDate,
) -> Result<RealisasiPegawai, AppError> {
    let berjalan = triwulan_berjalan(tahun, hari_ini);
    let q = triwulan.unwrap_or(berjalan);
    cek_triwulan(q as usize)?;
    let pegawai = crate::app::umum::skp_pegawai(db, tahun, nip)?;
    let iki = db.iki_pegawai(tahun, nip)?;
    let bukti = db.bukti_triwulan(tahun, nip, q)?;
    let berkas = db.daftar_bukti_berkas(tahun, nip)?;
    let i = q as usize - 1;
    let baris: Vec<BarisRealisasi> = iki
        .iter()
        .map(|x| BarisRealisasi {
            id: x.id,
            kode: x.kode.clone(),
            nama: x.nama.clone(),
            satuan: x.satuan.clone(),
            polarisasi: label(
                x.polarisasi.as_deref(),
                Polarisasi::dari_kode,
                Polarisasi::label,
            ),
            konsolidasi: label(
                x.konsolidasi.as_deref(),
                Konsolidasi::dari_kode,
                Konsolidasi::label,
            ),
            target: tampil_desimal(x.target_tw[i]),
            realisasi: tampil_desimal(x.realisasi_tw[i]),
            bukti: bukti.get(&x.id).cloned().unwrap_or_default(),
            realisasi_tw: std::array::from_fn(|k| tampil_desimal(x.realisasi_tw[k])),
            berkas: berkas
                .iter()
                .filter(|b| b.iki_id == x.id && b.triwulan == q)
                .map(berkas_tampil)
                .collect(),
        })
        .collect();
    Ok(RealisasiPegawai {
        tahun,
        nip: nip.to_string(),
        nama: pegawai.nama,
        triwulan: q,
        triwulan_berjalan: berjalan,
        terkunci: db.kk_terkunci(tahun, nip)?,
        tanpa_bukti: baris
            .iter()
            .filter(|b| !b.realisasi.is_empty() && b.bukti.trim().is_empty() && b.berkas.is_empty())
            .count() as u32,
        baris,
        diubah: 0,
        urungkan: None,
    })
}

/// Saves a quarter's realisasi and evidence for a pegawai: every cell is read first (Indonesian numbers), an
/// unreadable one is refused naming the IKU and the quarter, and nothing is stored unless all are valid.
pub fn simpan_realisasi(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    triwulan: u8,
    isi: &[IsiRealisasi],
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<RealisasiPegawai, AppError> {
    cek_triwulan(triwulan as usize)?;
    let iki = db.iki_pegawai(tahun, nip)?;
    // What is stored now, as the screen displays it: the base of the concurrency check.
    let kini = realisasi_pegawai(db, tahun, nip, Some(triwulan), hari_ini)?;
    let mut tulis = Vec::with_capacity(isi.len());
    for x in isi {
        if let Some((sr, sb)) = &x.semula {
            let sekarang = kini
                .baris
                .iter()
                .find(|b| b.id == x.id)
                .map(|b| (b.realisasi.clone(), b.bukti.clone()))
                .unwrap_or_default();
            let diubah_pengguna = (&x.realisasi, &x.bukti) != (sr, sb);
            if (&sekarang.0, &sekarang.1) != (sr, sb) {
                if !diubah_pengguna {
                    // Unchanged here, changed elsewhere: the other change stands.
                    continue;
                }
                let kode = iki
                    .iter()
                    .find(|i| i.id == x.id)
                    .map(|i| i.kode.clone())
                    .unwrap_or_default();
                return Err(AppError::Konflik {
                    field: format!("Realisasi {kode} TW {}", romawi(triwulan as usize)),
                    pesan: format!(
                        "data telah diubah di tempat lain (sekarang \"{}\"), muat ulang lalu ulangi perubahan Anda",
                        sekarang.0
                    ),
                });
            }
            if !diubah_pengguna {
                continue;
            }
        }
        let Some(rekam) = iki.iter().find(|i| i.id == x.id) else {
            return Err(AppError::Masukan {
                field: "Realisasi".into(),
                pesan: format!(
                    "IKU/IKI {} bukan milik pegawai ini pada tahun {tahun}",
                    x.id
                ),
            });
        };
        let field = format!("Realisasi {} TW {}", rekam.kode, romawi(triwulan as usize));
        let realisasi = desimal_tidak_negatif(&field, &x.realisasi)?;
        crate::app::umum::batas_teks(&[(
            &format!("Bukti {} TW {}", rekam.kode, romawi(triwulan as usize)),
            &x.bukti,
            crate::domain::batas::JenisTeks::Kalimat,
        )])?;
        tulis.push(IsiTriwulan {
            iki_id: x.id,
            kode: &rekam.kode,
            realisasi,
            bukti: &x.bukti,
        });
    }
    let audit = db.simpan_realisasi(tahun, nip, triwulan, &tulis, waktu)?;
    let mut r = realisasi_pegawai(db, tahun, nip, Some(triwulan), hari_ini)?;
    r.diubah = audit.len() as u32;
    if !audit.is_empty() {
        r.urungkan = Some(crate::app::umum::Urungan {
            pesan: format!(
                "Realisasi TW {} {}: {} IKU/IKI disimpan.",
                romawi(triwulan as usize),
                r.nama,
                audit.len()
            ),
            audit_id: audit,
        });
    }
    Ok(r)
}
