//! "Periksa keutuhan data" (`kinerja verify`): SQLite's own checks, the audit chain, the lock triggers, and every
//! signed or locked document against the data behind it now.
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::app::dokumen::{data_berubah, sha256_hex};
use crate::app::umum::waktu_tampil;
use crate::domain::kk::{JenisDokumen, StatusDokumen};
use crate::store::Db;

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

pub fn periksa_keutuhan(db: &Db) -> Result<LaporanKeutuhan, AppError> {
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
    // The newest rows of the chain can be cut off together with their links from inside the file; the newest
    // backup of the same history still holds them.
    if k.audit_putus.is_none()
        && let Some((c, id, hash)) = super::cadangan_pembanding(db)?
    {
        if db.rantai_memuat(id, &hash)? {
            lulus.push(format!(
                "Riwayat perubahan memuat seluruh riwayat cadangan {} (sampai baris {id}).",
                c.nama
            ));
        } else {
            b.push(butir(
                JenisKeutuhan::Audit,
                true,
                format!(
                    "Riwayat perubahan tidak lagi memuat baris audit {id} seperti di cadangan {} ({}): baris terakhir riwayat telah dihapus atau diubah di luar aplikasi.",
                    c.nama, c.perubahan_terakhir
                ),
            ));
        }
    }
    for nama in &k.pemicu_dipulihkan {
        b.push(butir(
            JenisKeutuhan::Pemicu,
            true,
            format!(
                "Pemicu pengaman basis data \"{nama}\" hilang, diubah, atau ditambahkan di luar aplikasi; telah dipulihkan saat berkas dibuka. Periksa dokumen terkunci di bawah."
            ),
        ));
    }
    for (waktu, nama) in &k.riwayat_pemulihan {
        if nama.contains('/') {
            b.push(butir(
                JenisKeutuhan::Pemicu,
                false,
                format!(
                    "Izin ubah target KK terkunci ({nama}) pernah tertinggal di luar transaksi addendum dan dihapus pada {}.",
                    waktu_tampil(waktu)
                ),
            ));
        } else if !k.pemicu_dipulihkan.contains(nama) {
            b.push(butir(
                JenisKeutuhan::Pemicu,
                false,
                format!(
                    "Pemicu pengaman basis data \"{nama}\" pernah hilang, diubah, atau ditambahkan di luar aplikasi dan dipulihkan pada {}.",
                    waktu_tampil(waktu)
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
    for (id, tercatat, kini) in db.status_tidak_sesuai_audit()? {
        b.push(butir(
            JenisKeutuhan::Dokumen,
            true,
            match kini {
                Some(k) => format!(
                    "Status dokumen {id} sekarang \"{k}\", padahal riwayat perubahan mencatat \"{tercatat}\": diubah di luar aplikasi (kunci atau tanda tangan dibatalkan)."
                ),
                None => format!(
                    "Dokumen {id} (tercatat \"{tercatat}\" di riwayat perubahan) tidak ada lagi: dihapus di luar aplikasi."
                ),
            },
        ));
    }
    for (tahun, nip) in db.izin_tertinggal()? {
        b.push(butir(
            JenisKeutuhan::Pemicu,
            true,
            format!(
                "Izin ubah target KK terkunci NIP {nip} tahun {tahun} tertinggal di luar transaksi addendum: dibuat di luar aplikasi; dihapus saat berkas dibuka berikutnya."
            ),
        ));
    }
    for id in db.pindaian_tanpa_jejak()? {
        b.push(butir(
            JenisKeutuhan::Berkas,
            true,
            format!("Pindaian dokumen {id} bukan yang tercatat di riwayat perubahan: diganti di luar aplikasi."),
        ));
    }
    for (id, nama) in db.bukti_tanpa_jejak()? {
        b.push(butir(
            JenisKeutuhan::Berkas,
            true,
            format!("Berkas bukti {nama} (nomor {id}) bukan yang tercatat di riwayat perubahan: diganti di luar aplikasi."),
        ));
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
            if let Some(p) = data_berubah(db, d, &semua)? {
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
