//! Has the data behind a signed document changed? The stored IKIs now against what the document printed,
//! with every later addendum applied; used by `verify-pdf` and by the integrity check.
use crate::app::AppError;
use crate::domain::kk::{IsiKk, JenisDokumen, StatusDokumen};
use crate::store::{BarisDokumen, Db, sha256_hex};

/// For a signed or locked KK (or komplemen): what the data behind it says now, against what it said when signed
/// with every later addendum applied. None when they agree. Built from the stored IKIs directly, not through the
/// print checks, so a later change of status, atasan or profile is not taken for a change of the contract.
pub fn data_berubah(
    db: &Db,
    d: &BarisDokumen,
    semua_tahun_ini: &[BarisDokumen],
) -> Result<Option<String>, AppError> {
    let tunjuk = format!("{} NIP {} tahun {}", d.id, d.nip, d.tahun);
    let dasar: IsiKk = match serde_json::from_str(&d.isi) {
        Ok(i) => i,
        Err(_) => {
            return Ok(Some(format!(
                "Isi tersimpan dokumen {tunjuk} tidak dapat dibaca: diubah di luar aplikasi."
            )));
        }
    };
    // The latest addendum of this pegawai carries the whole trajectory after its change; only an addendum the
    // app made (its audit row exists) counts.
    let mut addenda: Vec<&BarisDokumen> = semua_tahun_ini
        .iter()
        .filter(|a| a.nip == d.nip && a.jenis == JenisDokumen::Addendum)
        .collect();
    addenda.sort_by_key(|a| a.versi);
    let mut harapan = dasar.trajectory.clone();
    for a in addenda {
        if !db.ada_audit("dokumen", &a.id, "addendum")? {
            return Ok(Some(format!(
                "Addendum {} tidak tercatat di riwayat perubahan: dibuat di luar aplikasi; perubahan target {} tidak diakui.",
                a.id, tunjuk
            )));
        }
        match serde_json::from_str::<IsiKk>(&a.isi) {
            Ok(i) if sha256_hex(a.isi.as_bytes()) == a.sha_isi => harapan = i.trajectory,
            _ => {
                return Ok(Some(format!(
                    "Isi tersimpan addendum {} tidak sesuai hash-nya: diubah di luar aplikasi.",
                    a.id
                )));
            }
        }
    }
    let skp = match crate::app::umum::skp_pegawai(db, d.tahun, &d.nip) {
        Ok(s) => s,
        Err(e) => {
            return Ok(Some(format!(
                "Dokumen {tunjuk} tidak dapat dibandingkan dengan data sekarang: {e}"
            )));
        }
    };
    let cetak = db.iki_cetak(d.tahun, &d.nip)?;
    let sekarang: Vec<_> = skp
        .iki
        .iter()
        .map(|x| {
            let satuan = cetak
                .iter()
                .find(|c| c.kode == x.kode)
                .map(|c| c.satuan.as_str())
                .unwrap_or("");
            super::baris_trajectory(x, satuan)
        })
        .collect();
    let keadaan = if d.status == StatusDokumen::Terkunci {
        "dikunci"
    } else {
        "ditandatangani"
    };
    let tunjuk = format!("{} {} NIP {} tahun {}", d.id, dasar.nama(), d.nip, d.tahun);
    for lama in &dasar.skp {
        if !sekarang.iter().any(|s| s.kode == lama.kode) {
            return Ok(Some(format!(
                "Data di balik dokumen {tunjuk} berubah sesudah {keadaan}: {} {} tidak ada lagi.",
                lama.kode, lama.nama
            )));
        }
    }
    for s in &sekarang {
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
        let Some(n) = sekarang.iter().find(|t| t.kode == h.kode) else {
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
