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
    /// `<NIP>-KK-<tahun>.pdf` (`-ADDENDUM-<n>` for an addendum): the CLI's `--out DIR` naming.
    pub nama_berkas: String,
    /// The same with the pegawai's name after the NIP: what the window suggests and writes.
    pub nama_lengkap: String,
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
        nama_lengkap: nama_lengkap(&baris.nip, &isi.pegawai.nama, &akhiran, baris.tahun),
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

/// A stored document printed again from its stored content, whatever its status (for the reviu package): the same
/// document, ID and content hash; the file's hash is recorded so the copy verifies.
pub fn cetak_tersimpan(
    db: &mut Db,
    id: &str,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<Cetakan, AppError> {
    let ada = db
        .dokumen(id)?
        .ok_or_else(|| crate::app::umum::salah("Dokumen", format!("{id} tidak ada")))?;
    let isi: IsiKk = serde_json::from_str(&ada.isi).map_err(|e| StoreError::DataRusak {
        tempat: format!("dokumen {id}"),
        pesan: e.to_string(),
    })?;
    render_dan_catat(db, ada, &isi, dibuat_unix, waktu, false)
}

/// One PDF holding several printed documents one after another (each keeps its own footer, ID and QR code).
pub fn gabung(cetakan: &[Cetakan], judul: &str, dibuat_unix: i64) -> Result<Vec<u8>, AppError> {
    let semua: Vec<crate::pdf::Halaman> = cetakan
        .iter()
        .flat_map(|c| c.tata.iter().cloned())
        .collect();
    crate::pdf::render(judul, &semua, dibuat_unix).map_err(|e| AppError::Pdf(e.to_string()))
}

/// `<NIP>-<Nama>-<akhiran>-<tahun>.pdf`, the name made safe for every file system.
fn nama_lengkap(nip: &str, nama: &str, akhiran: &str, tahun: i32) -> String {
    crate::app::umum::nama_berkas_aman(&format!("{nip}-{nama}-{akhiran}-{tahun}.pdf"))
}

/// The name the save dialog suggests for a document of `nip`: the KK (or komplemen), or addendum `n`.
pub fn usulan_nama_dokumen(
    db: &Db,
    tahun: i32,
    nip: &str,
    addendum: Option<u32>,
) -> Result<String, AppError> {
    let nama = db
        .data_pegawai(nip)?
        .map(|p| p.nama)
        .ok_or_else(|| AppError::Masukan {
            field: "nip".into(),
            pesan: format!("pegawai {nip} tidak ada"),
        })?;
    let akhiran = match addendum {
        Some(n) => format!("ADDENDUM-{n}"),
        None => "KK".to_string(),
    };
    Ok(nama_lengkap(nip, &nama, &akhiran, tahun))
}

/// Where the window writes a printed document: the file the user chose in the save dialog, or a folder chosen
/// for a batch, where each document takes its full name and a free number rather than overwrite another.
#[derive(Debug, Clone)]
pub enum Tujuan {
    Berkas(std::path::PathBuf),
    Folder(std::path::PathBuf),
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct HasilCetak {
    pub id: String,
    pub path: String,
    pub halaman: u32,
    pub ukuran_kb: u32,
}

pub(super) fn simpan_cetakan(c: &Cetakan, tujuan: &Tujuan) -> Result<HasilCetak, AppError> {
    let path = match tujuan {
        Tujuan::Berkas(p) => p.clone(),
        Tujuan::Folder(d) => crate::app::umum::jalur_bebas(d, &c.nama_lengkap),
    };
    crate::app::umum::tulis_ke(&path, &c.bytes)?;
    Ok(HasilCetak {
        id: c.id.clone(),
        path: path.display().to_string(),
        halaman: c.halaman as u32,
        ukuran_kb: (c.bytes.len() / 1024) as u32,
    })
}

/// GUI action: print one pegawai's KK (or komplemen) to `tujuan`.
pub fn cetak_ke(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    tujuan: &Tujuan,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<HasilCetak, AppError> {
    let c = cetak_kk(db, tahun, nip, hari_ini, hari_ini, dibuat_unix, waktu)?;
    simpan_cetakan(&c, tujuan)
}

/// The Dokumen screen's komplemen: sisa targets from the predecessor (if named), then the PDF to `tujuan`.
#[allow(clippy::too_many_arguments)]
pub fn komplemen_ke(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    pendahulu: Option<&str>,
    tujuan: &Tujuan,
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
    simpan_cetakan(&c, tujuan)
}
