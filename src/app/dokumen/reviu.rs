//! Reviu before signature and the hand-over of the second signed copy: the pengelola kinerja one level up
//! recommends terima, tolak or terima sebagian on the concept as printed; only an accepted concept is signed, and
//! the second signed copy goes to that pengelola (seed 004).
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::salah;
use crate::domain::kk::{HalanganReviu, StatusDokumen, syarat_reviu, tanggal_indonesia};
use crate::domain::model::Rekomendasi;
use crate::store::{Db, RekamReviu, RekamSerah};

/// The reviu form as the screen sends it; the date as typed.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FormReviu {
    pub tanggal: String,
    /// Who reviewed (the pengelola kinerja one level up).
    pub peninjau: String,
    /// terima / terima_sebagian / tolak.
    pub rekomendasi: String,
    pub catatan: String,
}

/// A document's last reviu and the hand-over of its second copy, in words.
#[derive(Debug, Clone, Default, Serialize, TS)]
pub struct RingkasReviu {
    /// "Terima · 12 Januari 2026 · Bu Rina" or None.
    pub reviu: Option<String>,
    /// What still keeps the document from being signed for want of its reviu (None: it may be signed).
    pub halangan: Option<String>,
    /// The same in two or three words, for a table row ("Menunggu reviu").
    pub halangan_singkat: Option<String>,
    /// "Diserahkan 25 Januari 2026 kepada ..." or None.
    pub serah: Option<String>,
}

fn singkat(h: HalanganReviu) -> &'static str {
    match h {
        HalanganReviu::BelumDireviu => "Menunggu reviu",
        HalanganReviu::IsiBerubah => "Perlu reviu ulang",
        HalanganReviu::Ditolak => "Ditolak reviu",
    }
}

fn pesan_halangan(h: HalanganReviu) -> &'static str {
    match h {
        HalanganReviu::BelumDireviu => {
            "belum ada rekomendasi reviu pengelola kinerja atasan; catat hasil reviunya dulu"
        }
        HalanganReviu::IsiBerubah => {
            "dicetak ulang dengan isi lain sesudah direviu; isi yang baru perlu direviu lagi"
        }
        HalanganReviu::Ditolak => {
            "rekomendasi reviu: tolak; perbaiki konsepnya, cetak ulang, lalu catat reviu yang baru"
        }
    }
}

/// The hash a reviu is of: the document's content without its print date, so that printing the same concept again
/// on another day keeps its reviu, and any other change needs a new one.
fn sha_konsep(isi: &str) -> String {
    let tanpa_tanggal = match serde_json::from_str::<serde_json::Value>(isi) {
        Ok(serde_json::Value::Object(mut o)) => {
            o.remove("tanggal");
            serde_json::Value::Object(o).to_string()
        }
        _ => isi.to_string(),
    };
    crate::store::sha256_hex(tanpa_tanggal.as_bytes())
}

/// The reviu state of document `id` as it is now.
pub fn ringkas_reviu(db: &Db, id: &str) -> Result<RingkasReviu, AppError> {
    let Some(d) = db.dokumen(id)? else {
        return Ok(RingkasReviu::default());
    };
    let terakhir = db.reviu_dokumen(id)?.pop();
    let r = terakhir.as_ref().and_then(|r| {
        Rekomendasi::dari_kode(&r.rekomendasi).map(|k| (k, r.sha_isi == sha_konsep(&d.isi)))
    });
    // A signed document was reviewed (or signed before reviews were recorded): nothing to ask of it.
    let halangan = (d.status < StatusDokumen::Ditandatangani)
        .then(|| syarat_reviu(r).err())
        .flatten();
    Ok(RingkasReviu {
        reviu: terakhir.as_ref().map(|r| {
            format!(
                "{} · {} · {}",
                Rekomendasi::dari_kode(&r.rekomendasi)
                    .map(|k| k.label())
                    .unwrap_or(&r.rekomendasi),
                crate::app::umum::iso_ke_tampil(&r.tanggal),
                r.peninjau
            )
        }),
        halangan: halangan.map(|h| pesan_halangan(h).to_string()),
        halangan_singkat: halangan.map(|h| singkat(h).to_string()),
        serah: db.serah_salinan(id)?.map(|s| {
            format!(
                "Rangkap kedua diserahkan {} kepada {}",
                crate::app::umum::iso_ke_tampil(&s.tanggal),
                s.kepada
            )
        }),
    })
}

/// The signature's precondition, for `tandatangani`: an accepting reviu of this concept, not dated after the
/// signature.
pub(super) fn boleh_ditandatangani(db: &Db, id: &str, tanggal: NaiveDate) -> Result<(), AppError> {
    if let Some(p) = ringkas_reviu(db, id)?.halangan {
        return Err(salah("Reviu", p));
    }
    if let Some(r) = db.reviu_dokumen(id)?.pop()
        && let Ok(t) = NaiveDate::parse_from_str(&r.tanggal, "%Y-%m-%d")
        && tanggal < t
    {
        return Err(salah(
            "Tanggal tanda tangan",
            format!("sebelum tanggal reviu ({})", tanggal_indonesia(t)),
        ));
    }
    Ok(())
}

/// Records the reviewer's recommendation on the document as printed now; checked whole, field by field.
pub fn catat_reviu(
    db: &mut Db,
    id: &str,
    f: &FormReviu,
    waktu: &str,
) -> Result<RingkasReviu, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Peninjau", &f.peninjau, T::Nama),
        ("Catatan reviu", &f.catatan, T::Uraian),
    ])?;
    let d = db
        .dokumen(id)?
        .ok_or_else(|| salah("Dokumen", format!("{id} tidak ada")))?;
    if d.status >= StatusDokumen::Ditandatangani {
        return Err(salah(
            "Dokumen",
            format!("{id} sudah ditandatangani; reviu dicatat sebelum penandatanganan"),
        ));
    }
    let tanggal = crate::app::umum::tanggal_isian("Tanggal reviu", &f.tanggal)?;
    crate::app::umum::tanggal_wajar("Tanggal reviu", tanggal, waktu)?;
    if f.peninjau.trim().is_empty() {
        return Err(salah(
            "Peninjau",
            "wajib diisi: pengelola kinerja atasan yang mereviu",
        ));
    }
    let rekomendasi = Rekomendasi::dari_kode(&f.rekomendasi)
        .ok_or_else(|| salah("Rekomendasi", "pilih terima, terima sebagian, atau tolak"))?;
    if rekomendasi != Rekomendasi::Terima && f.catatan.trim().is_empty() {
        return Err(salah(
            "Catatan reviu",
            "wajib diisi untuk tolak atau terima sebagian: apa yang ditolak dan mengapa",
        ));
    }
    db.simpan_reviu(
        &RekamReviu {
            id: 0,
            dokumen_id: id.into(),
            sha_isi: sha_konsep(&d.isi),
            tanggal: tanggal.format("%Y-%m-%d").to_string(),
            peninjau: f.peninjau.trim().into(),
            rekomendasi: rekomendasi.kode().into(),
            catatan: f.catatan.trim().into(),
        },
        waktu,
    )?;
    ringkas_reviu(db, id)
}

/// Records the hand-over of the second signed copy to the pengelola kinerja one level up.
pub fn catat_serah(
    db: &mut Db,
    id: &str,
    tanggal: &str,
    kepada: &str,
    catatan: &str,
    waktu: &str,
) -> Result<RingkasReviu, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Diserahkan kepada", kepada, T::Nama),
        ("Catatan", catatan, T::Uraian),
    ])?;
    let d = db
        .dokumen(id)?
        .ok_or_else(|| salah("Dokumen", format!("{id} tidak ada")))?;
    if d.status < StatusDokumen::Ditandatangani {
        return Err(salah("Dokumen", format!("{id} belum ditandatangani")));
    }
    let t = crate::app::umum::tanggal_isian("Tanggal penyerahan", tanggal)?;
    crate::app::umum::tanggal_wajar("Tanggal penyerahan", t, waktu)?;
    if let Some(ttd) = d
        .ditandatangani
        .as_deref()
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        && t < ttd
    {
        return Err(salah(
            "Tanggal penyerahan",
            format!("sebelum tanggal tanda tangan ({})", tanggal_indonesia(ttd)),
        ));
    }
    if kepada.trim().is_empty() {
        return Err(salah("Diserahkan kepada", "wajib diisi"));
    }
    db.simpan_serah(
        &RekamSerah {
            dokumen_id: id.into(),
            tanggal: t.format("%Y-%m-%d").to_string(),
            kepada: kepada.trim().into(),
            catatan: catatan.trim().into(),
        },
        waktu,
    )?;
    ringkas_reviu(db, id)
}
