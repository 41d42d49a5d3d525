//! "Periksa keutuhan data" (`kinerja verify`): SQLite's own checks, the audit chain, the lock triggers, and every
//! signed or locked document against the data behind it now.
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::AppError;
use super::dokumen::{id_dokumen, isi_kk, sha256_hex};
use crate::domain::kk::{IsiKk, JenisDokumen, StatusDokumen};
use crate::store::{BarisDokumen, Db, StoreError};

/// What one finding of the check is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum JenisKeutuhan {
    /// SQLite's integrity_check.
    Integritas,
    /// A row pointing at a row that does not exist.
    KunciAsing,
    /// The audit hash chain.
    Audit,
    /// A lock or audit trigger was missing or altered (re-created on open).
    Pemicu,
    /// A signed or locked document against its stored hash and the data behind it.
    Dokumen,
    /// A stored scan against its hash.
    Berkas,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ButirKeutuhan {
    pub jenis: JenisKeutuhan,
    /// An error breaks the data's integrity; otherwise a warning (something to look at).
    pub galat: bool,
    pub pesan: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct LaporanKeutuhan {
    /// No errors.
    pub utuh: bool,
    pub butir: Vec<ButirKeutuhan>,
    pub audit_diperiksa: usize,
    pub dokumen_diperiksa: usize,
    /// One line per check that passed, for the user to see what was looked at.
    pub lulus: Vec<String>,
}

fn butir(jenis: JenisKeutuhan, galat: bool, pesan: String) -> ButirKeutuhan {
    ButirKeutuhan {
        jenis,
        galat,
        pesan,
    }
}

pub fn periksa_keutuhan(db: &Db, hari_ini: NaiveDate) -> Result<LaporanKeutuhan, AppError> {
    let k = db.periksa_basis_data()?;
    let mut b = Vec::new();
    let mut lulus = Vec::new();
    for s in &k.integritas {
        b.push(butir(
            JenisKeutuhan::Integritas,
            true,
            format!("Pemeriksaan SQLite: {s}"),
        ));
    }
    if k.integritas.is_empty() {
        lulus.push("Struktur berkas basis data utuh (integrity_check).".into());
    }
    for (tabel, id, induk) in &k.kunci_asing {
        b.push(butir(
            JenisKeutuhan::KunciAsing,
            true,
            format!("Baris {id} tabel {tabel} menunjuk ke data {induk} yang tidak ada."),
        ));
    }
    if k.kunci_asing.is_empty() {
        lulus.push("Setiap rujukan antardata menunjuk data yang ada (foreign_key_check).".into());
    }
    match &k.audit_putus {
        Some((id, sebab)) => b.push(butir(
            JenisKeutuhan::Audit,
            true,
            format!(
                "Rantai riwayat perubahan putus pada baris audit {id}: {sebab}. Riwayat sebelum baris itu utuh."
            ),
        )),
        None => lulus.push(format!(
            "Rantai hash riwayat perubahan utuh ({} baris).",
            k.audit_diperiksa
        )),
    }
    for nama in &k.pemicu_dipulihkan {
        b.push(butir(
            JenisKeutuhan::Pemicu,
            true,
            format!(
                "Pengaman basis data \"{nama}\" hilang atau diubah di luar aplikasi; telah dibuat ulang saat berkas dibuka. Periksa dokumen terkunci di bawah."
            ),
        ));
    }
    for (waktu, nama) in &k.riwayat_pemulihan {
        if !k.pemicu_dipulihkan.contains(nama) {
            b.push(butir(
                JenisKeutuhan::Pemicu,
                false,
                format!(
                    "Pengaman basis data \"{nama}\" pernah hilang atau diubah di luar aplikasi dan dibuat ulang pada {waktu}."
                ),
            ));
        }
    }
    if k.pemicu_dipulihkan.is_empty() {
        lulus.push("Pengaman kunci Kontrak Kinerja dan riwayat perubahan terpasang.".into());
    }
    for (id, tercatat, nyata) in db.scan_tidak_cocok()? {
        let pesan = if nyata.is_empty() {
            format!("Pindaian dokumen {id} hilang (tercatat hash {tercatat}).")
        } else {
            format!(
                "Pindaian dokumen {id} berubah sesudah disimpan (hash {nyata}, tercatat {tercatat})."
            )
        };
        b.push(butir(JenisKeutuhan::Berkas, true, pesan));
    }
    for (sha, nyata) in db.berkas_tidak_cocok()? {
        b.push(butir(
            JenisKeutuhan::Berkas,
            true,
            format!("Berkas bukti dengan hash {sha} berubah sesudah disimpan (sekarang {nyata})."),
        ));
    }
    if !b.iter().any(|x| x.jenis == JenisKeutuhan::Berkas) {
        lulus.push("Setiap pindaian dan berkas bukti sesuai dengan hash-nya.".into());
    }
    let mut dokumen_diperiksa = 0;
    for (tahun, _) in db.daftar_tahun()? {
        let semua = db.daftar_dokumen(tahun)?;
        for d in semua
            .iter()
            .filter(|d| d.status >= StatusDokumen::Ditandatangani)
        {
            dokumen_diperiksa += 1;
            if sha256_hex(d.isi.as_bytes()) != d.sha_isi {
                b.push(butir(
                    JenisKeutuhan::Dokumen,
                    true,
                    format!(
                        "Isi tersimpan dokumen {} tidak sesuai lagi dengan hash yang tercetak pada QR-nya: diubah di luar aplikasi.",
                        d.id
                    ),
                ));
                continue;
            }
            if d.jenis == JenisDokumen::Addendum {
                continue;
            }
            if let Some(p) = data_berubah(db, d, &semua, hari_ini)? {
                b.push(butir(
                    JenisKeutuhan::Dokumen,
                    d.status == StatusDokumen::Terkunci,
                    p,
                ));
            }
        }
    }
    if !b.iter().any(|x| x.jenis == JenisKeutuhan::Dokumen) {
        lulus.push(format!(
            "{dokumen_diperiksa} dokumen yang ditandatangani atau dikunci sesuai dengan data sekarang."
        ));
    }
    Ok(LaporanKeutuhan {
        utuh: !b.iter().any(|x| x.galat),
        butir: b,
        audit_diperiksa: k.audit_diperiksa,
        dokumen_diperiksa,
        lulus,
    })
}

/// For a signed or locked KK (or komplemen): what the data behind it says now, against what it said when signed
/// with every later addendum applied. None when they agree.
pub fn data_berubah(
    db: &Db,
    d: &BarisDokumen,
    semua_tahun_ini: &[BarisDokumen],
    hari_ini: NaiveDate,
) -> Result<Option<String>, AppError> {
    let rusak = |e: serde_json::Error| StoreError::DataRusak {
        tempat: format!("dokumen {}", d.id),
        pesan: e.to_string(),
    };
    let dasar: IsiKk = serde_json::from_str(&d.isi).map_err(rusak)?;
    // The latest addendum of this pegawai carries the whole trajectory after its change.
    let harapan = match semua_tahun_ini
        .iter()
        .filter(|a| a.nip == d.nip && a.jenis == JenisDokumen::Addendum)
        .max_by_key(|a| a.versi)
    {
        Some(a) => {
            serde_json::from_str::<IsiKk>(&a.isi)
                .map_err(rusak)?
                .trajectory
        }
        None => dasar.trajectory.clone(),
    };
    let sekarang = match isi_kk(db, d.tahun, &d.nip, d.jenis, hari_ini, hari_ini) {
        Ok(isi) => isi,
        Err(e) => {
            return Ok(Some(format!(
                "Dokumen {} ({} {}) tidak dapat dibandingkan dengan data sekarang: {e}",
                d.id,
                dasar.nama(),
                d.nip
            )));
        }
    };
    let keadaan = if d.status == StatusDokumen::Terkunci {
        "dikunci"
    } else {
        "ditandatangani"
    };
    let tunjuk = format!("{} {} NIP {} tahun {}", d.id, dasar.nama(), d.nip, d.tahun);
    for lama in &dasar.skp {
        if !sekarang.skp.iter().any(|s| s.kode == lama.kode) {
            return Ok(Some(format!(
                "Data di balik dokumen {tunjuk} berubah sesudah {keadaan}: {} {} tidak ada lagi.",
                lama.kode, lama.nama
            )));
        }
    }
    for s in &sekarang.skp {
        match dasar.skp.iter().find(|l| l.kode == s.kode) {
            None => {
                return Ok(Some(format!(
                    "Data di balik dokumen {tunjuk} berubah sesudah {keadaan}: {} {} ditambahkan.",
                    s.kode, s.nama
                )));
            }
            Some(l) if l.nama != s.nama => {
                return Ok(Some(format!(
                    "Data di balik dokumen {tunjuk} berubah sesudah {keadaan}: nama {} \"{}\" menjadi \"{}\".",
                    s.kode, l.nama, s.nama
                )));
            }
            _ => {}
        }
    }
    for h in &harapan {
        let Some(n) = sekarang.trajectory.iter().find(|t| t.kode == h.kode) else {
            continue;
        };
        for q in 0..4 {
            if h.triwulan[q] != n.triwulan[q] {
                return Ok(Some(format!(
                    "Data di balik dokumen {tunjuk} berubah sesudah {keadaan}: target {} TW {} tertulis {}, sekarang {}{}.",
                    h.kode,
                    crate::domain::capaian::romawi(q + 1),
                    h.triwulan[q],
                    n.triwulan[q],
                    if keadaan == "dikunci" {
                        " (perubahan sesudah dikunci hanya sah melalui addendum)"
                    } else {
                        "; cetak ulang dan tandatangani lagi, atau kembalikan targetnya"
                    }
                )));
            }
        }
    }
    Ok(None)
}

/// The KK or komplemen of a pegawai, if printed.
pub fn kk_pegawai(db: &Db, tahun: i32, nip: &str) -> Result<Option<BarisDokumen>, AppError> {
    for j in [JenisDokumen::Kk, JenisDokumen::Komplemen] {
        if let Some(d) = db.dokumen(&id_dokumen(j, tahun, nip, 0))? {
            return Ok(Some(d));
        }
    }
    Ok(None)
}
