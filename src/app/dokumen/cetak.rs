//! Printing: the PDF with its ID and hashes, recorded in the document register; files in the year's folder.
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::*;
use crate::app::AppError;
use crate::domain::kewajiban::{JenisKk, kewajiban_kk};
use crate::domain::kk::*;
use crate::store::{BarisDokumen, Db, StoreError};
/// A printed document: its ID, a suggested file name, the bytes, and what it printed.
#[derive(Debug, Clone)]
pub struct Cetakan {
    pub id: String,
    pub nama_berkas: String,
    pub bytes: Vec<u8>,
    pub halaman: usize,
    pub teks: String,
    pub sha_berkas: String,
    /// The laid-out pages, for merging several documents into one file.
    pub tata: Vec<crate::pdf::Halaman>,
}

pub fn id_dokumen(jenis: JenisDokumen, tahun: i32, nip: &str, versi: u32) -> String {
    format!("{}-{tahun}-{nip}-{versi}", jenis.singkat())
}

/// Renders `isi` with its ID and content hash in every page's QR code, records the file's hash.
pub(super) fn render_dan_catat(
    db: &mut Db,
    mut baris: BarisDokumen,
    isi: &IsiKk,
    dibuat_unix: i64,
    waktu: &str,
    simpan: bool,
) -> Result<Cetakan, AppError> {
    let kanon = serde_json::to_string(isi).map_err(|e| AppError::Masukan {
        field: "isi".into(),
        pesan: e.to_string(),
    })?;
    let sha_isi = sha256_hex(kanon.as_bytes());
    let f = crate::pdf::fonta().map_err(|e| AppError::Pdf(e.to_string()))?;
    let qr = format!("KINERJA|{}|{}", baris.id, sha_isi);
    let logo = db.data_kantor()?.logo.map(std::sync::Arc::new);
    let halaman = crate::pdf::kk::susun(f, isi, logo.as_ref(), &baris.id, &qr)
        .map_err(|e| AppError::Pdf(e.to_string()))?;
    let bytes = crate::pdf::render(
        &format!("{} {} {}", isi.nama(), isi.tahun, isi.pegawai.nama),
        &halaman,
        dibuat_unix,
    )
    .map_err(|e| AppError::Pdf(e.to_string()))?;
    let sha_berkas = sha256_hex(&bytes);
    baris.isi = kanon;
    baris.sha_isi = sha_isi.clone();
    if simpan {
        db.simpan_dokumen(&baris, waktu)?;
    }
    db.catat_berkas(&sha_berkas, &baris.id, &sha_isi, waktu)?;
    let akhiran = match isi.jenis {
        JenisDokumen::Kk | JenisDokumen::Komplemen => "KK".to_string(),
        JenisDokumen::Addendum => format!("ADDENDUM-{}", baris.versi),
    };
    Ok(Cetakan {
        nama_berkas: format!("{}-{akhiran}-{}.pdf", baris.nip, baris.tahun),
        id: baris.id,
        halaman: halaman.len(),
        teks: crate::pdf::kk::semua_teks(&halaman),
        bytes,
        sha_berkas,
        tata: halaman,
    })
}

/// Prints the KK (or the komplemen, for a pegawai who starts mid-year) of one pegawai. A signed or locked
/// document is printed again from its stored content, so a reprint is the same document.
pub fn cetak_kk(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    tanggal: NaiveDate,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<Cetakan, AppError> {
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let kalender = crate::app::pengaturan::kalender(db)?;
    let jenis = match db.muat_skp(tahun)?.iter().find(|s| s.nip == nip) {
        Some(s)
            if kewajiban_kk(&profil, tahun, s.status, s.tanggal_mulai, &kalender).jenis
                == JenisKk::Komplemen =>
        {
            JenisDokumen::Komplemen
        }
        _ => JenisDokumen::Kk,
    };
    let id = id_dokumen(jenis, tahun, nip, 0);
    if let Some(ada) = db.dokumen(&id)?
        && ada.status >= StatusDokumen::Ditandatangani
    {
        let isi: IsiKk = serde_json::from_str(&ada.isi).map_err(|e| StoreError::DataRusak {
            tempat: format!("dokumen {id}"),
            pesan: e.to_string(),
        })?;
        return render_dan_catat(db, ada, &isi, dibuat_unix, waktu, false);
    }
    let mut isi = isi_kk(db, tahun, nip, jenis, tanggal, hari_ini)?;
    let lama = db.dokumen(&id)?;
    let nomor = match &lama {
        Some(d) => d.nomor.clone(),
        None => {
            let urut = db.daftar_dokumen(tahun)?.len() as u32 + 1;
            nomor_dokumen(
                &kunci_pengaturan(db, "pola_nomor", "{jenis}-{no}/KIN/{tahun}")?,
                urut,
                nip,
                tahun,
                jenis,
                0,
            )
        }
    };
    isi.nomor = nomor.clone();
    let baris = BarisDokumen {
        id,
        tahun,
        nip: nip.into(),
        jenis,
        versi: 0,
        nomor,
        status: StatusDokumen::Dicetak,
        isi: String::new(),
        sha_isi: String::new(),
        alasan: String::new(),
        dibuat: lama
            .as_ref()
            .map(|d| d.dibuat.clone())
            .unwrap_or_else(|| waktu.to_string()),
        dicetak: Some(waktu.into()),
        ditandatangani: None,
        dikunci: None,
        sha_scan: None,
    };
    render_dan_catat(db, baris, &isi, dibuat_unix, waktu, true)
}

/// One PDF holding several printed documents one after another (each keeps its own footer, ID and QR code).
pub fn gabung(cetakan: &[Cetakan], judul: &str, dibuat_unix: i64) -> Result<Vec<u8>, AppError> {
    let semua: Vec<crate::pdf::Halaman> = cetakan
        .iter()
        .flat_map(|c| c.tata.iter().cloned())
        .collect();
    crate::pdf::render(judul, &semua, dibuat_unix).map_err(|e| AppError::Pdf(e.to_string()))
}

/// Where the GUI writes printed documents: `<data dir>/dokumen/<tahun>/`.
pub fn folder_dokumen(db: &Db, tahun: i32) -> std::path::PathBuf {
    db.path()
        .parent()
        .map(|p| p.to_path_buf())
        .unwrap_or_default()
        .join("dokumen")
        .join(tahun.to_string())
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct HasilCetak {
    pub id: String,
    pub path: String,
    pub halaman: u32,
    pub ukuran_kb: u32,
}

pub(super) fn tulis_berkas(
    dir: &std::path::Path,
    nama: &str,
    bytes: &[u8],
) -> Result<String, AppError> {
    std::fs::create_dir_all(dir).map_err(|e| AppError::Berkas {
        path: dir.display().to_string(),
        pesan: e.to_string(),
    })?;
    let p = dir.join(nama);
    std::fs::write(&p, bytes).map_err(|e| AppError::Berkas {
        path: p.display().to_string(),
        pesan: e.to_string(),
    })?;
    Ok(p.display().to_string())
}

/// GUI action: print one pegawai's KK into the documents folder.
pub fn cetak_ke_folder(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<HasilCetak, AppError> {
    let c = cetak_kk(db, tahun, nip, hari_ini, hari_ini, dibuat_unix, waktu)?;
    let path = tulis_berkas(&folder_dokumen(db, tahun), &c.nama_berkas, &c.bytes)?;
    Ok(HasilCetak {
        id: c.id,
        path,
        halaman: c.halaman as u32,
        ukuran_kb: (c.bytes.len() / 1024) as u32,
    })
}

/// The Dokumen screen's komplemen: sisa targets from the predecessor (if named), then the PDF into the year's
/// folder.
pub fn komplemen_ke_folder(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    pendahulu: Option<&str>,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<HasilCetak, AppError> {
    let c = cetak_komplemen(
        db,
        tahun,
        nip,
        pendahulu.filter(|p| !p.trim().is_empty()),
        hari_ini,
        hari_ini,
        dibuat_unix,
        waktu,
    )?;
    let path = tulis_berkas(&folder_dokumen(db, tahun), &c.nama_berkas, &c.bytes)?;
    Ok(HasilCetak {
        id: c.id,
        path,
        halaman: c.halaman as u32,
        ukuran_kb: (c.bytes.len() / 1024) as u32,
    })
}
