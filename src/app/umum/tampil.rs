//! How figures and findings are shown: decimals in Indonesian notation, a computed figure with its derivation,
//! a finding with whether it blocks printing.
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use crate::domain::angka::{format_id, teks_id};
use crate::domain::penjelasan::Hasil;

/// A decimal as the user reads and types it (1234.5 → "1.234,5"; None → "").
pub fn tampil_desimal(d: Option<Decimal>) -> String {
    d.map(teks_id).unwrap_or_default()
}

/// A percentage as shown: "62,5%" (one decimal at most); "-" when there is none.
pub fn persen_tampil(d: Option<Decimal>) -> String {
    d.map_or("-".into(), |d| {
        format!(
            "{}%",
            crate::domain::angka::teks_id(crate::domain::angka::bulat(d, 1))
        )
    })
}

/// The same as a whole number 0-100 for a progress bar (0 when there is none).
pub fn persen_bilangan(d: Option<Decimal>) -> u8 {
    d.and_then(|d| rust_decimal::prelude::ToPrimitive::to_u8(&d.round()))
        .unwrap_or(0)
}

/// One input of a derivation, as shown.
#[derive(Debug, Clone, Serialize, TS)]
pub struct MasukanTampil {
    pub nama: String,
    pub nilai: String,
}

/// A computed figure for the screen: the number in Indonesian notation (None when the rules say it cannot be
/// computed) with everything "Mengapa nilai ini?" shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AngkaTampil {
    pub teks: Option<String>,
    pub besaran: String,
    pub rumus: String,
    pub masukan: Vec<MasukanTampil>,
    /// The rule profile's label.
    pub profil: String,
    pub sumber: String,
    /// Rests on a default the regulation text did not confirm: shown as provisional.
    pub sementara: bool,
    pub catatan: Vec<String>,
}

impl AngkaTampil {
    pub(crate) fn dari(h: &Hasil, desimal: u32) -> AngkaTampil {
        let p = &h.penjelasan;
        AngkaTampil {
            teks: h.nilai.map(|d| format_id(d, desimal)),
            besaran: p.besaran.clone(),
            rumus: p.rumus.clone(),
            masukan: p
                .masukan
                .iter()
                .map(|m| MasukanTampil {
                    nama: m.nama.clone(),
                    nilai: m.nilai.clone(),
                })
                .collect(),
            profil: p.profil.label().into(),
            sumber: p.sumber.clone(),
            sementara: p.sementara,
            catatan: p.catatan.clone(),
        }
    }
}

/// A finding as the "Siap cetak?" page shows it.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct TemuanTampil {
    pub kode: String,
    pub tingkat: String,
    pub nip: Option<String>,
    pub nama: Option<String>,
    pub kode_iku: Option<String>,
    pub subjek: String,
    pub pesan: String,
    /// True when it blocks printing the Kontrak Kinerja.
    pub menghalangi: bool,
}

pub(crate) fn tampil_temuan(t: crate::domain::temuan::Temuan, nama: &str) -> TemuanTampil {
    TemuanTampil {
        menghalangi: t.kode.menghalangi_cetak(),
        kode: t.kode.kode().into(),
        tingkat: t.tingkat.kode().into(),
        nama: Some(nama.to_string()),
        nip: t.subjek.nip.clone(),
        kode_iku: t.subjek.kode_iku.clone(),
        subjek: t.subjek.teks(),
        pesan: t.pesan,
    }
}

/// A stored ISO date as a form shows it back: "2026-04-20" as "20/04/2026" (any other text as it is).
pub fn iso_ke_isian(s: &str) -> String {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(|t| t.format("%d/%m/%Y").to_string())
        .unwrap_or_else(|_| s.to_string())
}

/// A stored ISO date as people read it: "2026-04-20" as "20 April 2026" (any other text as it is).
pub fn iso_ke_tampil(s: &str) -> String {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(crate::domain::kk::tanggal_indonesia)
        .unwrap_or_else(|_| s.to_string())
}

/// A date with its day, as a calendar says it: "Senin, 31 Maret 2025" (whatever the system locale).
pub fn hari_tanggal(t: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let hari = [
        "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
    ][t.weekday().num_days_from_monday() as usize];
    format!("{hari}, {}", crate::domain::kk::tanggal_indonesia(t))
}

/// "2026-12-02T00:41:16" as "2 Desember 2026 00.41".
pub(crate) fn waktu_tampil(w: &str) -> String {
    chrono::NaiveDateTime::parse_from_str(w, "%Y-%m-%dT%H:%M:%S")
        .map(|t| {
            format!(
                "{} {}",
                crate::domain::kk::tanggal_indonesia(t.date()),
                t.format("%H.%M")
            )
        })
        .unwrap_or_else(|_| w.to_string())
}
