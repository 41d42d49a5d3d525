//! What an SKP import will change, field by field (before → after), from the stored IKIs and the sheet's rows,
//! following the same rule as the writer: an absent column, and an empty cell unless "kosongkan", change nothing.
use std::collections::HashMap;

use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use crate::domain::angka::format_id;
use crate::domain::model::Iki;

/// One field of one row that the import changes.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PerubahanImpor {
    pub baris: u32,
    pub nip: String,
    pub kode: String,
    pub bidang: String,
    pub sebelum: String,
    pub sesudah: String,
}

/// The preview keeps this many changes; the count says how many there are in all.
pub const MAKS_PRATINJAU_PERUBAHAN: usize = 500;
use super::*;

fn angka(d: Option<Decimal>) -> String {
    d.map(|d| format_id(d, if d.fract().is_zero() { 0 } else { 2 }))
        .unwrap_or_else(|| "kosong".into())
}

fn teks(s: Option<&str>) -> String {
    match s {
        Some(t) if !t.trim().is_empty() => t.to_string(),
        _ => "kosong".into(),
    }
}

/// The changes of one row against the stored IKI. `ada(b)`: the sheet has that column.
pub fn perubahan_baris(
    x: &BarisSkp,
    lama: &Iki,
    bukti_lama: &[String; 4],
    satuan_lama: Option<&str>,
    ada: &dyn Fn(Bidang) -> bool,
    kosongkan: bool,
) -> Vec<PerubahanImpor> {
    let mut v: Vec<(Bidang, String, String)> = Vec::new();
    let dec = |d: Option<Decimal>| d.map(|d| d.normalize().to_string());
    let tampil_dec = |s: Option<&str>| angka(s.and_then(|t| t.parse().ok()));
    if !x.iki.nama.is_empty() && x.iki.nama != lama.nama {
        v.push((Bidang::NamaIku, lama.nama.clone(), x.iki.nama.clone()));
    }
    if x.jenis_ada && x.iki.jenis != lama.jenis {
        v.push((
            Bidang::Jenis,
            lama.jenis.label().to_string(),
            x.iki.jenis.label().to_string(),
        ));
    }
    // (field, what the row gives, what is stored, how it is shown).
    let mut isian: Vec<(Bidang, Option<String>, Option<String>, bool)> = vec![
        (
            Bidang::KodeSs,
            x.ss.as_ref().map(|s| s.0.clone()),
            lama.kode_ss.clone(),
            false,
        ),
        (
            Bidang::Satuan,
            Some(x.satuan.clone()).filter(|s| !s.trim().is_empty()),
            satuan_lama
                .map(str::to_string)
                .filter(|s| !s.trim().is_empty()),
            false,
        ),
        (
            Bidang::Aspek,
            x.iki.aspek.map(|v| v.label().to_string()),
            lama.aspek.map(|v| v.label().to_string()),
            false,
        ),
        (
            Bidang::Polarisasi,
            x.iki.polarisasi.map(|v| v.label().to_string()),
            lama.polarisasi.map(|v| v.label().to_string()),
            false,
        ),
        (
            Bidang::Konsolidasi,
            x.iki.konsolidasi.map(|v| v.label().to_string()),
            lama.konsolidasi.map(|v| v.label().to_string()),
            false,
        ),
        (
            Bidang::Validitas,
            x.iki.validitas.map(|v| v.label().to_string()),
            lama.validitas.map(|v| v.label().to_string()),
            false,
        ),
        (
            Bidang::Kendali,
            x.iki.kendali.map(|v| v.label().to_string()),
            lama.kendali.map(|v| v.label().to_string()),
            false,
        ),
    ];
    for q in 0..4 {
        isian.push((
            Bidang::TargetTw(q as u8 + 1),
            dec(x.iki.target_triwulan[q]),
            dec(lama.target_triwulan[q]),
            true,
        ));
    }
    isian.push((
        Bidang::TargetTahunan,
        dec(x.iki.target_tahunan),
        dec(lama.target_tahunan),
        true,
    ));
    isian.push((
        Bidang::TargetY1,
        dec(x.iki.target_y1),
        dec(lama.target_y1),
        true,
    ));
    isian.push((
        Bidang::RealisasiY1,
        dec(x.iki.realisasi_y1),
        dec(lama.realisasi_y1),
        true,
    ));
    for (q, lama_bukti) in bukti_lama.iter().enumerate() {
        isian.push((
            Bidang::RealisasiTw(q as u8 + 1),
            dec(x.iki.realisasi_triwulan[q]),
            dec(lama.realisasi_triwulan[q]),
            true,
        ));
        isian.push((
            Bidang::BuktiTw(q as u8 + 1),
            x.bukti[q].clone().filter(|t| !t.trim().is_empty()),
            Some(lama_bukti.clone()).filter(|t| !t.trim().is_empty()),
            false,
        ));
    }
    for (b, baru, simpan, angka) in isian {
        if !ada(b) {
            continue;
        }
        let tampil = |s: Option<&str>| if angka { tampil_dec(s) } else { teks(s) };
        // A value the row gives replaces a different stored one; an empty cell clears only with kosongkan.
        match baru {
            Some(n) if Some(&n) != simpan.as_ref() => {
                v.push((b, tampil(simpan.as_deref()), tampil(Some(&n))))
            }
            None if kosongkan && simpan.is_some() => {
                v.push((b, tampil(simpan.as_deref()), "kosong".into()))
            }
            _ => {}
        }
    }
    v.into_iter()
        .map(|(b, sebelum, sesudah)| PerubahanImpor {
            baris: x.baris,
            nip: x.nip.clone(),
            kode: x.iki.kode.clone(),
            bidang: b.label(),
            sebelum,
            sesudah,
        })
        .collect()
}

/// Every change of the import, the rows that change something, and the rows that change nothing.
pub fn perubahan_impor(
    baris: &[BarisSkp],
    tersimpan: &HashMap<(String, String), Iki>,
    bukti: &HashMap<(String, String), [String; 4]>,
    satuan: &HashMap<(String, String), String>,
    terkunci: &std::collections::HashSet<String>,
    ada: &dyn Fn(Bidang) -> bool,
    kosongkan: bool,
) -> (Vec<PerubahanImpor>, usize, u32, u32) {
    let kosong: [String; 4] = Default::default();
    let (mut semua, mut jumlah, mut berubah, mut sama) = (Vec::new(), 0usize, 0u32, 0u32);
    for x in baris {
        let k = (x.nip.clone(), x.iki.kode.clone());
        let Some(lama) = tersimpan.get(&k) else {
            continue;
        };
        let mut p = perubahan_baris(
            x,
            lama,
            bukti.get(&k).unwrap_or(&kosong),
            satuan.get(&k).map(String::as_str),
            ada,
            kosongkan,
        );
        // A locked KK takes only realisasi and evidence from a sheet: nothing else is written, so nothing else
        // is shown as a change.
        if terkunci.contains(&x.nip) {
            p.retain(|c| c.bidang.starts_with("Realisasi TW") || c.bidang.starts_with("Bukti TW"));
        }
        if p.is_empty() {
            sama += 1;
        } else {
            berubah += 1;
            jumlah += p.len();
            let sisa = MAKS_PRATINJAU_PERUBAHAN.saturating_sub(semua.len());
            semua.extend(p.into_iter().take(sisa));
        }
    }
    (semua, jumlah, berubah, sama)
}
