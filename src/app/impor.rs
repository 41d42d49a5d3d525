//! Spreadsheet import: finding the header, mapping columns by synonyms, reading Indonesian numbers and dates
//! per column, validating every row with its location, then writing all rows in one transaction.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;
use serde::Serialize;
use ts_rs::TS;

use crate::domain::batas::{JenisTeks, periksa_tanggal, periksa_teks, periksa_tidak_negatif};
use crate::domain::model::*;
use crate::domain::nip::Nip;
use crate::xlsx::{Lembar, Sel, huruf_kolom};

/// Which sheet layout is being imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JenisImpor {
    Skp,
    Pegawai,
    /// Hasil kerja tambahan of a year.
    Hkt,
    /// 360° averages per rater group of a year.
    Perilaku,
    /// Dialog kinerja individu of a year.
    Dialog,
}

/// A target field of the import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Bidang {
    Nip,
    NamaPegawai,
    KodeSs,
    NamaSs,
    Perspektif,
    KodeIku,
    NamaIku,
    Jenis,
    Aspek,
    Satuan,
    Polarisasi,
    Konsolidasi,
    Validitas,
    Kendali,
    TargetY1,
    RealisasiY1,
    TargetTw(u8),
    TargetTahunan,
    RealisasiTw(u8),
    /// Evidence of a quarter's realisasi (text: document number, link, where the file is kept).
    BuktiTw(u8),
    Bobot,
    PangkatGolongan,
    Pangkat,
    Golongan,
    Jabatan,
    Unit,
    NipAtasan,
    Status,
    TanggalMulai,
    Judul,
    Lingkup,
    PemilikKinerja,
    PenuhWaktu,
    NomorSk,
    LolosSeleksi,
    Disetujui,
    TanggalImplementasi,
    TahunDinilai,
    Target,
    Realisasi,
    NilaiAtasan,
    NilaiRekan,
    NilaiBawahan,
    Tanggal,
    Tahap,
    Sifat,
    Pihak,
    Ringkasan,
    TindakLanjut,
    Pembinaan,
}

impl Bidang {
    pub fn label(self) -> String {
        match self {
            Bidang::Nip => "NIP".into(),
            Bidang::NamaPegawai => "Nama Pegawai".into(),
            Bidang::KodeSs => "Kode SS".into(),
            Bidang::NamaSs => "Sasaran Strategis".into(),
            Bidang::Perspektif => "Perspektif".into(),
            Bidang::KodeIku => "Kode IKU".into(),
            Bidang::NamaIku => "Nama IKU".into(),
            Bidang::Jenis => "Jenis".into(),
            Bidang::Aspek => "Aspek".into(),
            Bidang::Satuan => "Satuan".into(),
            Bidang::Polarisasi => "Polarisasi".into(),
            Bidang::Konsolidasi => "Konsolidasi".into(),
            Bidang::Validitas => "Validitas".into(),
            Bidang::Kendali => "Kendali".into(),
            Bidang::TargetY1 => "Target Y-1".into(),
            Bidang::RealisasiY1 => "Realisasi Y-1".into(),
            Bidang::TargetTw(q) => {
                format!("Target TW {}", crate::domain::capaian::romawi(q as usize))
            }
            Bidang::TargetTahunan => "Target Tahunan".into(),
            Bidang::RealisasiTw(q) => format!(
                "Realisasi TW {}",
                crate::domain::capaian::romawi(q as usize)
            ),
            Bidang::BuktiTw(q) => {
                format!("Bukti TW {}", crate::domain::capaian::romawi(q as usize))
            }
            Bidang::Bobot => "Bobot".into(),
            Bidang::PangkatGolongan => "Pangkat/Golongan".into(),
            Bidang::Pangkat => "Pangkat".into(),
            Bidang::Golongan => "Golongan".into(),
            Bidang::Jabatan => "Jabatan".into(),
            Bidang::Unit => "Unit/Seksi".into(),
            Bidang::NipAtasan => "NIP Atasan".into(),
            Bidang::Status => "Status".into(),
            Bidang::TanggalMulai => "Tanggal Mulai".into(),
            Bidang::Judul => "Judul".into(),
            Bidang::Lingkup => "Lingkup".into(),
            Bidang::PemilikKinerja => "Pemilik Kinerja".into(),
            Bidang::PenuhWaktu => "Penuh Waktu".into(),
            Bidang::NomorSk => "Nomor SK".into(),
            Bidang::LolosSeleksi => "Lolos Seleksi".into(),
            Bidang::Disetujui => "Disetujui Pengelola Inovasi".into(),
            Bidang::TanggalImplementasi => "Tanggal Implementasi".into(),
            Bidang::TahunDinilai => "Tahun Sudah Dinilai".into(),
            Bidang::Target => "Target".into(),
            Bidang::Realisasi => "Realisasi".into(),
            Bidang::NilaiAtasan => "Atasan".into(),
            Bidang::NilaiRekan => "Rekan".into(),
            Bidang::NilaiBawahan => "Bawahan".into(),
            Bidang::Tanggal => "Tanggal".into(),
            Bidang::Tahap => "Tahap".into(),
            Bidang::Sifat => "Sifat".into(),
            Bidang::Pihak => "Pihak".into(),
            Bidang::Ringkasan => "Ringkasan".into(),
            Bidang::TindakLanjut => "Tindak Lanjut".into(),
            Bidang::Pembinaan => "Pembinaan".into(),
        }
    }
    /// The kind of text the field holds, for its length limit.
    pub fn jenis_teks(self) -> JenisTeks {
        match self {
            Bidang::KodeSs | Bidang::KodeIku => JenisTeks::Kode,
            Bidang::NamaPegawai
            | Bidang::Jabatan
            | Bidang::Unit
            | Bidang::PemilikKinerja
            | Bidang::Pihak => JenisTeks::Nama,
            Bidang::NamaSs | Bidang::NamaIku | Bidang::Judul | Bidang::BuktiTw(_) => {
                JenisTeks::Kalimat
            }
            Bidang::Ringkasan | Bidang::TindakLanjut | Bidang::Pembinaan => JenisTeks::Uraian,
            _ => JenisTeks::Label,
        }
    }
    /// Every field, for mapping pickers and `--peta` by label.
    pub fn semua(jenis: JenisImpor) -> Vec<Bidang> {
        match jenis {
            JenisImpor::Skp => {
                let mut v = vec![
                    Bidang::Nip,
                    Bidang::NamaPegawai,
                    Bidang::KodeSs,
                    Bidang::NamaSs,
                    Bidang::Perspektif,
                    Bidang::KodeIku,
                    Bidang::NamaIku,
                    Bidang::Jenis,
                    Bidang::Aspek,
                    Bidang::Satuan,
                    Bidang::Polarisasi,
                    Bidang::Konsolidasi,
                    Bidang::Validitas,
                    Bidang::Kendali,
                    Bidang::TargetY1,
                    Bidang::RealisasiY1,
                ];
                v.extend((1..=4).map(Bidang::TargetTw));
                v.push(Bidang::TargetTahunan);
                v.extend((1..=4).map(Bidang::RealisasiTw));
                v.extend((1..=4).map(Bidang::BuktiTw));
                v.push(Bidang::Bobot);
                v
            }
            JenisImpor::Pegawai => vec![
                Bidang::Nip,
                Bidang::NamaPegawai,
                Bidang::PangkatGolongan,
                Bidang::Pangkat,
                Bidang::Golongan,
                Bidang::Jabatan,
                Bidang::Unit,
                Bidang::NipAtasan,
                Bidang::Status,
                Bidang::TanggalMulai,
            ],
            JenisImpor::Hkt => vec![
                Bidang::Nip,
                Bidang::NamaPegawai,
                Bidang::Jenis,
                Bidang::Judul,
                Bidang::Lingkup,
                Bidang::PemilikKinerja,
                Bidang::PenuhWaktu,
                Bidang::NomorSk,
                Bidang::LolosSeleksi,
                Bidang::Disetujui,
                Bidang::TanggalImplementasi,
                Bidang::TahunDinilai,
                Bidang::Target,
                Bidang::Realisasi,
                Bidang::Polarisasi,
            ],
            JenisImpor::Perilaku => vec![
                Bidang::Nip,
                Bidang::NamaPegawai,
                Bidang::NilaiAtasan,
                Bidang::NilaiRekan,
                Bidang::NilaiBawahan,
            ],
            JenisImpor::Dialog => vec![
                Bidang::Nip,
                Bidang::NamaPegawai,
                Bidang::Tanggal,
                Bidang::Tahap,
                Bidang::Sifat,
                Bidang::Pihak,
                Bidang::Ringkasan,
                Bidang::TindakLanjut,
                Bidang::Pembinaan,
            ],
        }
    }
}

/// Lower case, punctuation to spaces, spaces collapsed: "Target TW-I (%)" -> "target tw i".
pub fn normal(s: &str) -> String {
    // One pass and one allocation: it runs for every vocabulary cell of a 10,000-row import.
    let mut out = String::with_capacity(s.len());
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("persen"))
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.chars().map(|c| c.to_ascii_lowercase()));
    }
    out
}

fn triwulan_dari(s: &str) -> Option<u8> {
    // "tw i", "tw 1", "triwulan ii", "q3", "trw iv"
    let w: Vec<&str> = s.split_whitespace().collect();
    let angka = |x: &str| match x {
        "i" | "1" => Some(1),
        "ii" | "2" => Some(2),
        "iii" | "3" => Some(3),
        "iv" | "4" => Some(4),
        _ => None,
    };
    for (i, x) in w.iter().enumerate() {
        if matches!(*x, "tw" | "triwulan" | "trw" | "q" | "kuartal")
            && let Some(q) = w.get(i + 1).and_then(|y| angka(y))
        {
            return Some(q);
        }
        for p in ["tw", "q", "trw"] {
            if let Some(rest) = x.strip_prefix(p)
                && let Some(q) = angka(rest)
            {
                return Some(q);
            }
        }
    }
    None
}

/// Recognises a header (already `normal`ised) as a field of the sheet kind.
pub fn kenali(h: &str, jenis: JenisImpor) -> Option<Bidang> {
    if h.is_empty() {
        return None;
    }
    let bersama = match h {
        "nip" | "nip pegawai" | "nip pns" | "nomor induk pegawai" => Some(Bidang::Nip),
        "nama" | "nama pegawai" | "nama pns" | "nama lengkap" => Some(Bidang::NamaPegawai),
        _ => None,
    };
    if bersama.is_some() {
        return bersama;
    }
    match jenis {
        JenisImpor::Pegawai => match h {
            "pangkat golongan" | "pangkat gol" | "pangkat golongan ruang" => {
                Some(Bidang::PangkatGolongan)
            }
            "pangkat" => Some(Bidang::Pangkat),
            "golongan" | "gol" | "golongan ruang" => Some(Bidang::Golongan),
            "jabatan" | "nama jabatan" => Some(Bidang::Jabatan),
            "unit" | "seksi" | "unit seksi" | "unit kerja" | "bagian" | "subbagian seksi" => {
                Some(Bidang::Unit)
            }
            "nip atasan" | "nip atasan langsung" | "atasan" | "atasan langsung" => {
                Some(Bidang::NipAtasan)
            }
            "status" | "status pegawai" => Some(Bidang::Status),
            "tanggal mulai" | "tmt" | "mulai bertugas" | "tmt jabatan" => {
                Some(Bidang::TanggalMulai)
            }
            _ => None,
        },
        JenisImpor::Hkt => match h {
            "jenis" | "jenis hkt" | "bentuk hkt" | "bentuk" => Some(Bidang::Jenis),
            "judul"
            | "judul hkt"
            | "nama hkt"
            | "hkt"
            | "uraian"
            | "hasil kerja tambahan"
            | "nama inovasi"
            | "judul inovasi"
            | "nama kegiatan" => Some(Bidang::Judul),
            "lingkup" | "lingkup hkt" | "lingkup inovasi" | "lingkup penugasan" => {
                Some(Bidang::Lingkup)
            }
            "pemilik kinerja" | "pemilik" => Some(Bidang::PemilikKinerja),
            "penuh waktu" | "full time" => Some(Bidang::PenuhWaktu),
            "nomor sk"
            | "no sk"
            | "sk"
            | "nomor surat"
            | "nomor sk surat penugasan"
            | "surat penugasan"
            | "nomor surat penugasan"
            | "no surat" => Some(Bidang::NomorSk),
            "lolos seleksi"
            | "seleksi"
            | "lolos seleksi eselon i"
            | "katalog inovasi"
            | "lolos seleksi katalog"
            | "terseleksi" => Some(Bidang::LolosSeleksi),
            "disetujui"
            | "disetujui pengelola"
            | "disetujui pengelola inovasi"
            | "persetujuan pengelola inovasi"
            | "persetujuan" => Some(Bidang::Disetujui),
            "tanggal implementasi"
            | "tgl implementasi"
            | "implementasi"
            | "tanggal mulai implementasi" => Some(Bidang::TanggalImplementasi),
            "tahun dinilai" | "sudah dinilai" | "tahun sudah dinilai" | "dinilai pada tahun" => {
                Some(Bidang::TahunDinilai)
            }
            "target" | "target hkt" | "target iki" => Some(Bidang::Target),
            "realisasi" | "realisasi hkt" | "capaian" | "realisasi iki" => Some(Bidang::Realisasi),
            "polarisasi" | "polaritas" => Some(Bidang::Polarisasi),
            _ => None,
        },
        JenisImpor::Perilaku => match h {
            "atasan" | "nilai atasan" | "penilai atasan" | "rata rata atasan"
            | "atasan langsung" => Some(Bidang::NilaiAtasan),
            "rekan" | "rekan kerja" | "nilai rekan" | "nilai rekan kerja" | "rata rata rekan"
            | "penilai rekan" => Some(Bidang::NilaiRekan),
            "bawahan" | "nilai bawahan" | "rata rata bawahan" | "penilai bawahan" => {
                Some(Bidang::NilaiBawahan)
            }
            _ => None,
        },
        JenisImpor::Dialog => match h {
            "tanggal" | "tanggal dialog" | "tgl" | "tgl dialog" => Some(Bidang::Tanggal),
            "tahap" | "tahap dialog" => Some(Bidang::Tahap),
            "sifat" | "sifat dialog" | "jenis dialog" => Some(Bidang::Sifat),
            "pihak" | "dengan" | "bersama" | "atasan ketua tim" => Some(Bidang::Pihak),
            "ringkasan" | "ringkasan dialog" | "hasil dialog" | "pokok bahasan" => {
                Some(Bidang::Ringkasan)
            }
            "tindak lanjut" => Some(Bidang::TindakLanjut),
            "pembinaan" | "bentuk pembinaan" | "coaching mentoring" => Some(Bidang::Pembinaan),
            _ => None,
        },
        JenisImpor::Skp => {
            let realisasi =
                h.starts_with("realisasi") || h.starts_with("real ") || h.starts_with("capaian");
            let bukti =
                h.starts_with("bukti") || h.starts_with("data dukung") || h.starts_with("evidence");
            if let Some(q) = triwulan_dari(h) {
                return Some(if bukti {
                    Bidang::BuktiTw(q)
                } else if realisasi {
                    Bidang::RealisasiTw(q)
                } else {
                    Bidang::TargetTw(q)
                });
            }
            match h {
                "kode ss" | "kode sasaran strategis" | "no ss" | "kode sasaran" => {
                    Some(Bidang::KodeSs)
                }
                "sasaran strategis" | "nama ss" | "ss" | "nama sasaran strategis" => {
                    Some(Bidang::NamaSs)
                }
                "perspektif" => Some(Bidang::Perspektif),
                "kode iku" | "kode iki" | "kode indikator" | "no iku" | "kode" | "kode iku iki" => {
                    Some(Bidang::KodeIku)
                }
                "nama iku"
                | "nama iki"
                | "iku"
                | "iki"
                | "nama indikator"
                | "indikator kinerja"
                | "indikator kinerja utama"
                | "indikator kinerja individu"
                | "nama iku iki"
                | "iku iki" => Some(Bidang::NamaIku),
                "jenis" | "jenis iki" | "jenis iku" => Some(Bidang::Jenis),
                "aspek" | "aspek target" => Some(Bidang::Aspek),
                "satuan" | "satuan pengukuran" => Some(Bidang::Satuan),
                "polarisasi" | "polaritas" => Some(Bidang::Polarisasi),
                "konsolidasi"
                | "konsolidasi periode"
                | "jenis konsolidasi"
                | "jenis konsolidasi periode" => Some(Bidang::Konsolidasi),
                "validitas" => Some(Bidang::Validitas),
                "kendali" | "tingkat kendali" => Some(Bidang::Kendali),
                "target y 1" | "target y1" | "target tahun lalu" => Some(Bidang::TargetY1),
                "realisasi y 1" | "realisasi y1" | "avg realisasi y 1" | "realisasi tahun lalu" => {
                    Some(Bidang::RealisasiY1)
                }
                "target tahunan" | "target y" | "target" | "target tahun" | "target tahun ini" => {
                    Some(Bidang::TargetTahunan)
                }
                "bobot" => Some(Bidang::Bobot),
                _ => None,
            }
        }
    }
}

/// Where the header is and which column holds which field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Peta {
    /// 0-based row index of the (last) header row.
    pub baris_judul: usize,
    pub kolom: Vec<(usize, Bidang, String)>,
}

fn judul_baris(lembar: &Lembar, r: usize, dua: bool) -> Vec<String> {
    let atas = &lembar.baris[r];
    if !dua {
        return atas.iter().map(|s| s.teks()).collect();
    }
    // A parent cell merged over several children keeps its text only in its first column: carry it right.
    let bawah = lembar.baris.get(r + 1).cloned().unwrap_or_default();
    let n = atas.len().max(bawah.len());
    let mut induk = String::new();
    (0..n)
        .map(|c| {
            let a = atas.get(c).map(Sel::teks).unwrap_or_default();
            let b = bawah.get(c).map(Sel::teks).unwrap_or_default();
            if !a.is_empty() {
                induk = a.clone();
            }
            match (a.is_empty(), b.is_empty()) {
                (_, true) => a,
                (true, false) => format!("{induk} {b}"),
                (false, false) => format!("{a} {b}"),
            }
        })
        .collect()
}

/// Finds the header within the first 20 rows: the row (or pair of rows, for a merged two-level header) that
/// names the most fields. `tetap` holds mappings the user fixed before (normalised header -> field).
pub fn deteksi(
    lembar: &Lembar,
    jenis: JenisImpor,
    tetap: &HashMap<String, Bidang>,
) -> Option<Peta> {
    let mut terbaik: Option<(usize, Peta)> = None;
    for r in 0..lembar.baris.len().min(20) {
        for dua in [false, true] {
            if dua && r + 1 >= lembar.baris.len() {
                continue;
            }
            let judul = judul_baris(lembar, r, dua);
            let mut dipakai = HashSet::new();
            let mut kolom = Vec::new();
            for (c, h) in judul.iter().enumerate() {
                let n = normal(h);
                let b = tetap.get(&n).copied().or_else(|| kenali(&n, jenis));
                if let Some(b) = b
                    && dipakai.insert(b)
                {
                    kolom.push((c, b, h.clone()));
                }
            }
            let skor = kolom.len();
            // A sheet of another kind shares NIP, Nama, Jenis, Target...: the kind's own columns must be there.
            let punya = |b: Bidang| kolom.iter().any(|(_, x, _)| *x == b);
            let cukup = match jenis {
                JenisImpor::Hkt => punya(Bidang::Judul),
                JenisImpor::Perilaku => punya(Bidang::NilaiAtasan) || punya(Bidang::NilaiRekan),
                JenisImpor::Dialog => punya(Bidang::Tanggal) && punya(Bidang::Tahap),
                JenisImpor::Skp | JenisImpor::Pegawai => true,
            };
            if cukup && skor >= 3 && terbaik.as_ref().is_none_or(|(s, _)| skor > *s) {
                terbaik = Some((
                    skor,
                    Peta {
                        baris_judul: if dua { r + 1 } else { r },
                        kolom,
                    },
                ));
            }
        }
    }
    terbaik.map(|(_, p)| p)
}

/// A located problem: sheet, Excel row (1-based), column letter, message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct GalatSel {
    pub lembar: String,
    pub baris: u32,
    pub kolom: String,
    pub pesan: String,
}

impl std::fmt::Display for GalatSel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.kolom.is_empty() {
            write!(f, "{}!baris {}: {}", self.lembar, self.baris, self.pesan)
        } else {
            write!(
                f,
                "{}!{}{}: {}",
                self.lembar, self.kolom, self.baris, self.pesan
            )
        }
    }
}

/// Why a cell value (or a mapping fix) is not acceptable; becomes the message of a located `GalatSel`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct GalatNilai(pub String);

impl From<String> for GalatNilai {
    fn from(s: String) -> Self {
        GalatNilai(s)
    }
}

/// The number convention of a column, decided from its unambiguous cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lokal {
    /// 1.234,56
    Indonesia,
    /// 1,234.56
    Inggris,
    /// No text cell decides it (numbers stored as numbers, or plain integers).
    Bebas,
}

fn bersih_angka(t: &str) -> String {
    t.trim()
        .trim_start_matches("Rp")
        .trim_start_matches("rp")
        .replace([' ', '\u{a0}'], "")
        .trim_end_matches('%')
        .to_string()
}

/// Evidence of one text cell: Some(Indonesia/Inggris) when the format tells, None when it does not.
fn bukti(t: &str) -> Option<Lokal> {
    let s = bersih_angka(t);
    let s = s.trim_start_matches('-');
    let (titik, koma) = (s.matches('.').count(), s.matches(',').count());
    match (titik, koma) {
        (0, 0) => None,
        (0, 1) => Some(Lokal::Indonesia),
        (1, 0) => {
            // "1.234" could be either; "1.5" or "12.75" can only be a decimal point.
            let frac = s.split('.').nth(1).unwrap_or("");
            if frac.len() == 3 {
                None
            } else {
                Some(Lokal::Inggris)
            }
        }
        (_, 0) => Some(Lokal::Indonesia),
        (0, _) => Some(Lokal::Inggris),
        _ => {
            if s.rfind(',') > s.rfind('.') {
                Some(Lokal::Indonesia)
            } else {
                Some(Lokal::Inggris)
            }
        }
    }
}

/// Thousands separators only between groups of three digits ("1.234.567"), one decimal separator at most and
/// none of them after it: "12,3,4" is a typing error, not 1234.
fn kelompok_sah(s: &str, ribuan: char, desimal: char) -> bool {
    let s = s.trim_start_matches('-');
    let mut bagian = s.split(desimal);
    let bulat = bagian.next().unwrap_or("");
    let pecahan: Vec<&str> = bagian.collect();
    if pecahan.len() > 1 || pecahan.first().is_some_and(|f| f.contains(ribuan)) {
        return false;
    }
    let kelompok: Vec<&str> = bulat.split(ribuan).collect();
    kelompok.len() == 1
        || ((1..=3).contains(&kelompok[0].len()) && kelompok[1..].iter().all(|k| k.len() == 3))
}

/// Decides a column's convention; conflicting cells are an error naming both rows.
pub fn lokal_kolom(sel: &[(u32, &Sel)]) -> Result<Lokal, GalatNilai> {
    let mut ketemu: Option<(Lokal, u32)> = None;
    for (r, s) in sel {
        if let Sel::Teks(t) = s
            && let Some(l) = bukti(t)
        {
            match ketemu {
                Some((k, r0)) if k != l => {
                    return Err(format!(
                            "format angka bercampur: baris {r0} memakai {k:?}, baris {r} memakai {l:?}; samakan formatnya"
                        ).into());
                }
                None => ketemu = Some((l, *r)),
                _ => {}
            }
        }
    }
    Ok(ketemu.map(|(l, _)| l).unwrap_or(Lokal::Bebas))
}

/// A cell as a decimal under its column's convention. Text with % keeps its percent points ("95,5%" = 95.5).
pub fn angka(sel: &Sel, lokal: Lokal) -> Result<Option<Decimal>, GalatNilai> {
    match sel {
        Sel::Kosong => Ok(None),
        // Whole numbers, most targets, are exact in an f64 below 2^53 and skip the general conversion.
        Sel::Angka(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(Some(Decimal::from(*f as i64))),
        Sel::Angka(f) => Decimal::from_f64(*f)
            .map(|d| Some(d.round_dp(6).normalize()))
            .ok_or_else(|| format!("angka {f} di luar jangkauan").into()),
        Sel::Teks(t) if t.trim().is_empty() || t.trim() == "-" => Ok(None),
        Sel::Teks(t) => {
            let s = bersih_angka(t);
            let salah = || format!("\"{t}\" bukan angka").into();
            let norm = match (lokal, bukti(t)) {
                (_, Some(Lokal::Indonesia)) | (Lokal::Indonesia, None) => {
                    if !kelompok_sah(&s, '.', ',') {
                        return Err(salah());
                    }
                    s.replace('.', "").replace(',', ".")
                }
                (_, Some(Lokal::Inggris)) | (Lokal::Inggris, None) => {
                    if !kelompok_sah(&s, ',', '.') {
                        return Err(salah());
                    }
                    s.replace(',', "")
                }
                (Lokal::Bebas, None) if s.contains('.') => {
                    return Err(format!(
                        "\"{t}\" ambigu (1.234 bisa seribu dua ratus tiga puluh empat atau 1,234); tulis dengan desimal yang jelas"
                    ).into());
                }
                _ => s.clone(),
            };
            Decimal::from_str(&norm)
                .map(|d| Some(d.normalize()))
                .map_err(|_| salah())
        }
        Sel::Bool(_) | Sel::Tanggal(_) => Err(format!("\"{}\" bukan angka", sel.teks()).into()),
        Sel::Galat(e) => Err(format!("sel berisi {e}").into()),
    }
}

const BULAN: [&str; 12] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
];

/// Dates as Excel dates, "31/01/2025", "31-01-2025", "2025-01-31" or "31 Januari 2025".
pub fn tanggal(sel: &Sel) -> Result<Option<NaiveDate>, GalatNilai> {
    match sel {
        Sel::Kosong => Ok(None),
        Sel::Tanggal(d) => Ok(Some(*d)),
        Sel::Teks(t) if t.trim().is_empty() => Ok(None),
        Sel::Teks(t) => {
            let s = t.trim();
            for f in ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y"] {
                if let Ok(d) = NaiveDate::parse_from_str(s, f) {
                    return Ok(Some(d));
                }
            }
            let w: Vec<String> = s.split_whitespace().map(|x| x.to_lowercase()).collect();
            if let [d, m, y] = w.as_slice()
                && let (Ok(d), Some(m), Ok(y)) = (
                    d.parse::<u32>(),
                    BULAN
                        .iter()
                        .position(|b| b == m || (m.len() >= 3 && b.starts_with(m.as_str()))),
                    y.parse::<i32>(),
                )
                && let Some(t) = NaiveDate::from_ymd_opt(y, m as u32 + 1, d)
            {
                return Ok(Some(t));
            }
            Err(format!("\"{t}\" bukan tanggal (contoh: 31/01/2025 atau 31 Januari 2025)").into())
        }
        _ => Err(format!("\"{}\" bukan tanggal", sel.teks()).into()),
    }
}

/// A NIP cell: text of 18 digits. A NIP stored as a number has lost its last digits (Excel keeps 15).
pub fn nip(sel: &Sel) -> Result<Option<String>, GalatNilai> {
    match sel {
        Sel::Kosong => Ok(None),
        Sel::Angka(f) => Err(format!(
            "NIP tersimpan sebagai angka ({f:E}): Excel hanya menyimpan 15 digit sehingga digit terakhir hilang; format kolom sebagai Teks lalu ketik ulang"
        ).into()),
        s => {
            let t = s.teks();
            if t.is_empty() {
                return Ok(None);
            }
            Nip::parse(&t)
                .map(|n| Some(n.to_string()))
                .map_err(|e| GalatNilai(e.to_string()))
        }
    }
}

pub(crate) fn kosakata<T: Copy>(
    sel: &Sel,
    sinonim: &[(&str, T)],
    // The field's name is only needed for an error; building it per cell costs an allocation.
    nama: impl Fn() -> String,
) -> Result<Option<T>, GalatNilai> {
    let t = match sel {
        Sel::Teks(t) => normal(t),
        lain => normal(&lain.teks()),
    };
    if t.is_empty() {
        return Ok(None);
    }
    sinonim
        .iter()
        .find(|(s, _)| *s == t)
        .map(|(_, v)| Some(*v))
        .ok_or_else(|| {
            let contoh: Vec<&str> = sinonim.iter().map(|(s, _)| *s).take(6).collect();
            GalatNilai(format!(
                "{} \"{}\" tidak dikenal (contoh yang dikenal: {})",
                nama(),
                sel.teks(),
                contoh.join(", ")
            ))
        })
}

const POLARISASI: &[(&str, Polarisasi)] = &[
    ("maximize", Polarisasi::Maximize),
    ("max", Polarisasi::Maximize),
    ("maksimal", Polarisasi::Maximize),
    ("maksimalisasi", Polarisasi::Maximize),
    ("maksimum", Polarisasi::Maximize),
    ("maximal", Polarisasi::Maximize),
    ("minimize", Polarisasi::Minimize),
    ("min", Polarisasi::Minimize),
    ("minimal", Polarisasi::Minimize),
    ("minimalisasi", Polarisasi::Minimize),
    ("minimum", Polarisasi::Minimize),
    ("stabilize", Polarisasi::Stabilize),
    ("stabil", Polarisasi::Stabilize),
    ("stabilisasi", Polarisasi::Stabilize),
];
const KONSOLIDASI: &[(&str, Konsolidasi)] = &[
    ("sum", Konsolidasi::Sum),
    ("jumlah", Konsolidasi::Sum),
    ("total", Konsolidasi::Sum),
    ("average", Konsolidasi::Average),
    ("avg", Konsolidasi::Average),
    ("rata rata", Konsolidasi::Average),
    ("ratarata", Konsolidasi::Average),
    ("take last known", Konsolidasi::TakeLastKnown),
    ("take last known value", Konsolidasi::TakeLastKnown),
    ("tlk", Konsolidasi::TakeLastKnown),
    ("tlkv", Konsolidasi::TakeLastKnown),
    ("nilai terakhir", Konsolidasi::TakeLastKnown),
];
const JENIS: &[(&str, JenisIki)] = &[
    ("utama", JenisIki::Utama),
    ("tambahan", JenisIki::Tambahan),
    ("mandatory", JenisIki::Mandatory),
    ("wajib", JenisIki::Mandatory),
];
const ASPEK: &[(&str, Aspek)] = &[
    ("kuantitas", Aspek::Kuantitas),
    ("output", Aspek::Kuantitas),
    ("kuantitas output", Aspek::Kuantitas),
    ("kualitas", Aspek::Kualitas),
    ("mutu", Aspek::Kualitas),
    ("kualitas mutu", Aspek::Kualitas),
    ("waktu", Aspek::Waktu),
    ("biaya", Aspek::Biaya),
];
const VALIDITAS: &[(&str, Validitas)] = &[
    ("exact", Validitas::Exact),
    ("proxy", Validitas::Proxy),
    ("activity", Validitas::Activity),
];
const KENDALI: &[(&str, Kendali)] = &[
    ("low", Kendali::Low),
    ("rendah", Kendali::Low),
    ("moderate", Kendali::Moderate),
    ("sedang", Kendali::Moderate),
    ("medium", Kendali::Moderate),
    ("high", Kendali::High),
    ("tinggi", Kendali::High),
];
const PERSPEKTIF: &[(&str, Perspektif)] = &[
    ("stakeholder", Perspektif::Stakeholder),
    ("stakeholder perspective", Perspektif::Stakeholder),
    ("customer", Perspektif::Customer),
    ("customer perspective", Perspektif::Customer),
    ("pelanggan", Perspektif::Customer),
    ("internal process", Perspektif::InternalProcess),
    ("internal business process", Perspektif::InternalProcess),
    ("proses internal", Perspektif::InternalProcess),
    ("learning and growth", Perspektif::LearningGrowth),
    ("learning growth", Perspektif::LearningGrowth),
    ("pembelajaran dan pertumbuhan", Perspektif::LearningGrowth),
    (
        "penguatan internal dan anggaran",
        Perspektif::LearningGrowth,
    ),
];
const STATUS: &[(&str, StatusPegawai)] = &[
    ("aktif", StatusPegawai::Aktif),
    ("cpns", StatusPegawai::Cpns),
    ("mutasi", StatusPegawai::Mutasi),
    ("mutasi masuk", StatusPegawai::Mutasi),
    ("kembali bertugas", StatusPegawai::KembaliBertugas),
    ("tugas belajar", StatusPegawai::TugasBelajar),
    ("tb", StatusPegawai::TugasBelajar),
    ("harian", StatusPegawai::Harian),
    ("pegawai harian", StatusPegawai::Harian),
    ("cltn", StatusPegawai::Cltn),
];

/// One SKP row ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct BarisSkp {
    pub baris: u32,
    pub nip: String,
    pub nama_pegawai: String,
    pub ss: Option<(String, String, Option<Perspektif>)>,
    pub iki: Iki,
    pub satuan: String,
    /// Evidence per quarter; None where the sheet has no such column (what is stored stays).
    pub bukti: [Option<String>; 4],
    /// The row named the IKI's jenis (an existing IKI keeps its own otherwise).
    pub jenis_ada: bool,
}

/// One pegawai row ready to store.
#[derive(Debug, Clone, PartialEq)]
pub struct BarisPegawai {
    pub baris: u32,
    pub nip: String,
    pub nama: String,
    pub pangkat: String,
    pub golongan: String,
    pub jabatan: String,
    pub unit: String,
    pub nip_atasan: Option<String>,
    pub status: StatusPegawai,
    pub tanggal_mulai: Option<NaiveDate>,
}

/// What reading one sheet gave: the rows that are valid, and every problem with its place.
#[derive(Debug, Clone)]
pub struct Bacaan<T> {
    pub baris: Vec<T>,
    pub galat: Vec<GalatSel>,
    pub catatan: Vec<String>,
    pub baris_data: usize,
}

impl<T> Default for Bacaan<T> {
    fn default() -> Self {
        Bacaan {
            baris: Vec::new(),
            galat: Vec::new(),
            catatan: Vec::new(),
            baris_data: 0,
        }
    }
}

/// A vocabulary cell (polarisasi, konsolidasi, ...) read through its synonym table; a problem is recorded.
fn kata<T: Copy>(
    k: &Kolom,
    r: usize,
    b: Bidang,
    tabel: &[(&str, T)],
    g: &mut Vec<GalatSel>,
) -> Option<T> {
    cek(
        k,
        r,
        b,
        kosakata(k.sel(r, b), tabel, || b.label().to_lowercase()),
        g,
    )
}

/// Keeps a parsed value, or records its problem at (row, field).
fn cek<T>(
    k: &Kolom,
    r: usize,
    b: Bidang,
    h: Result<Option<T>, GalatNilai>,
    g: &mut Vec<GalatSel>,
) -> Option<T> {
    h.map_err(|e| g.push(k.galat(r, b, e))).ok().flatten()
}

pub(crate) struct Kolom<'a> {
    pub lembar: &'a Lembar,
    pub peta: &'a Peta,
}

impl Kolom<'_> {
    pub(crate) fn col(&self, b: Bidang) -> Option<usize> {
        self.peta
            .kolom
            .iter()
            .find(|(_, x, _)| *x == b)
            .map(|(c, _, _)| *c)
    }
    pub(crate) fn sel(&self, r: usize, b: Bidang) -> &Sel {
        static KOSONG: Sel = Sel::Kosong;
        self.col(b)
            .and_then(|c| self.lembar.baris.get(r).and_then(|row| row.get(c)))
            .unwrap_or(&KOSONG)
    }
    pub(crate) fn galat(&self, r: usize, b: Bidang, pesan: impl std::fmt::Display) -> GalatSel {
        GalatSel {
            lembar: self.lembar.nama.clone(),
            baris: r as u32 + 1,
            kolom: self.col(b).map(huruf_kolom).unwrap_or_default(),
            pesan: format!("{}: {pesan}", b.label()),
        }
    }
    /// Every mapped cell of row `r` that no field can take whatever it is: a formula error or a formula without
    /// a stored value, and text longer than its field's limit.
    pub(crate) fn periksa_sel(&self, r: usize, g: &mut Vec<GalatSel>) {
        let Some(row) = self.lembar.baris.get(r) else {
            return;
        };
        for (c, b, _) in &self.peta.kolom {
            match row.get(*c) {
                Some(Sel::Galat(e)) => g.push(self.galat(r, *b, format!("sel berisi {e}"))),
                Some(Sel::Teks(t)) => {
                    if let Some(p) = periksa_teks(t.trim(), b.jenis_teks()) {
                        g.push(self.galat(r, *b, p));
                    }
                }
                _ => {}
            }
        }
    }
    pub(crate) fn data(&self) -> impl Iterator<Item = usize> + '_ {
        (self.peta.baris_judul + 1..self.lembar.baris.len())
            .filter(|r| !self.lembar.baris[*r].iter().all(Sel::kosong))
    }
}

/// Reads an SKP sheet: one row per IKI per pegawai.
pub fn baca_skp(lembar: &Lembar, peta: &Peta) -> Bacaan<BarisSkp> {
    let k = Kolom { lembar, peta };
    let mut out = Bacaan::default();
    // Only the key is required: a sheet of a few columns updates those fields of existing IKIs (a new IKI needs
    // its name and a target, checked where the stored IKIs are known).
    for wajib in [Bidang::Nip, Bidang::KodeIku] {
        if k.col(wajib).is_none() {
            out.galat.push(GalatSel {
                lembar: lembar.nama.clone(),
                baris: peta.baris_judul as u32 + 1,
                kolom: String::new(),
                pesan: format!("kolom {} tidak ditemukan di baris judul", wajib.label()),
            });
        }
    }
    if !out.galat.is_empty() {
        return out;
    }
    let angka_kolom: Vec<Bidang> = [
        Bidang::TargetY1,
        Bidang::RealisasiY1,
        Bidang::TargetTahunan,
        Bidang::Bobot,
    ]
    .into_iter()
    .chain((1..=4).map(Bidang::TargetTw))
    .chain((1..=4).map(Bidang::RealisasiTw))
    .collect();
    let baris_data: Vec<usize> = k.data().collect();
    out.baris_data = baris_data.len();
    // Number convention and percent scale, decided once per column.
    let mut lokal = HashMap::new();
    let mut pecahan = HashSet::new();
    let baris_persen: Vec<usize> = baris_data
        .iter()
        .copied()
        .filter(|r| matches!(k.sel(*r, Bidang::Satuan), Sel::Teks(t) if t.trim() == "%"))
        .collect();
    for b in &angka_kolom {
        if k.col(*b).is_none() {
            continue;
        }
        let sel: Vec<(u32, &Sel)> = baris_data
            .iter()
            .map(|r| (*r as u32 + 1, k.sel(*r, *b)))
            .collect();
        match lokal_kolom(&sel) {
            Ok(l) => {
                lokal.insert(*b, l);
            }
            Err(e) => out.galat.push(GalatSel {
                lembar: lembar.nama.clone(),
                baris: peta.baris_judul as u32 + 1,
                kolom: k.col(*b).map(huruf_kolom).unwrap_or_default(),
                pesan: format!("{}: {e}", b.label()),
            }),
        }
        // A percent column stored as fractions (0,955 for 95,5%) is scaled by 100 for the whole column.
        let persen: Vec<f64> = baris_persen
            .iter()
            .filter_map(|r| {
                if let Sel::Angka(f) = k.sel(*r, *b) {
                    Some(*f)
                } else {
                    None
                }
            })
            .collect();
        if !persen.is_empty()
            && persen.iter().all(|f| (0.0..=1.0).contains(f))
            && persen.iter().any(|f| *f > 0.0 && *f < 1.0)
        {
            pecahan.insert(*b);
            out.catatan.push(format!("Kolom {} ({}) berisi persen sebagai pecahan (0,955 = 95,5%): dikalikan 100 untuk baris bersatuan %.", b.label(), k.col(*b).map(huruf_kolom).unwrap_or_default()));
        }
    }
    let mut kunci = HashMap::new();
    for r in baris_data {
        let mut g = Vec::new();
        k.periksa_sel(r, &mut g);
        let nip_v = cek(&k, r, Bidang::Nip, nip(k.sel(r, Bidang::Nip)), &mut g);
        let kode = k.sel(r, Bidang::KodeIku).teks();
        let nama = k.sel(r, Bidang::NamaIku).teks();
        if nip_v.is_none() && !g.iter().any(|x| x.pesan.starts_with("NIP")) {
            g.push(k.galat(r, Bidang::Nip, "wajib diisi"));
        }
        if kode.is_empty() {
            g.push(k.galat(r, Bidang::KodeIku, "wajib diisi"));
        }
        let satuan_pct = k.sel(r, Bidang::Satuan).teks().trim() == "%";
        let dec = |b: Bidang, g: &mut Vec<GalatSel>| -> Option<Decimal> {
            let l = lokal.get(&b).copied().unwrap_or(Lokal::Bebas);
            let v = angka(k.sel(r, b), l)
                .map_err(|e| g.push(k.galat(r, b, e)))
                .ok()
                .flatten()?;
            if let Some(p) = periksa_tidak_negatif(v) {
                g.push(k.galat(r, b, p));
                return None;
            }
            Some(if pecahan.contains(&b) && satuan_pct {
                (v * Decimal::from(100)).normalize()
            } else {
                v
            })
        };
        let target_tw = [1u8, 2, 3, 4].map(|q| dec(Bidang::TargetTw(q), &mut g));
        let realisasi_tw = [1u8, 2, 3, 4].map(|q| dec(Bidang::RealisasiTw(q), &mut g));
        let target_tahunan = dec(Bidang::TargetTahunan, &mut g);
        let target_y1 = dec(Bidang::TargetY1, &mut g);
        let realisasi_y1 = dec(Bidang::RealisasiY1, &mut g);
        let _ = dec(Bidang::Bobot, &mut g);
        let polarisasi = kata(&k, r, Bidang::Polarisasi, POLARISASI, &mut g);
        let konsolidasi = kata(&k, r, Bidang::Konsolidasi, KONSOLIDASI, &mut g);
        let jenis = kata(&k, r, Bidang::Jenis, JENIS, &mut g);
        let aspek = kata(&k, r, Bidang::Aspek, ASPEK, &mut g);
        let validitas = kata(&k, r, Bidang::Validitas, VALIDITAS, &mut g);
        let kendali = kata(&k, r, Bidang::Kendali, KENDALI, &mut g);
        let perspektif = kata(&k, r, Bidang::Perspektif, PERSPEKTIF, &mut g);
        if let Some(n) = &nip_v
            && !kode.is_empty()
            && let Some(r0) = kunci.insert((n.clone(), kode.clone()), r + 1)
        {
            g.push(k.galat(
                r,
                Bidang::KodeIku,
                format!("{kode} untuk NIP {n} sudah ada di baris {r0}"),
            ));
        }
        let bukti: [Option<String>; 4] = std::array::from_fn(|i| {
            let b = Bidang::BuktiTw(i as u8 + 1);
            k.col(b).map(|_| k.sel(r, b).teks())
        });
        if !g.is_empty() {
            out.galat.extend(g);
            continue;
        }
        let kode_ss = k.sel(r, Bidang::KodeSs).teks();
        let ss = (!kode_ss.is_empty())
            .then(|| (kode_ss.clone(), k.sel(r, Bidang::NamaSs).teks(), perspektif));
        out.baris.push(BarisSkp {
            bukti,
            jenis_ada: jenis.is_some(),
            baris: r as u32 + 1,
            nip: nip_v.unwrap_or_default(),
            nama_pegawai: k.sel(r, Bidang::NamaPegawai).teks(),
            satuan: k.sel(r, Bidang::Satuan).teks(),
            ss,
            iki: Iki {
                kode,
                nama,
                kode_ss: (!kode_ss.is_empty()).then_some(kode_ss),
                perspektif,
                jenis: jenis.unwrap_or(JenisIki::Utama),
                aspek,
                kategori: if target_y1.is_some() || realisasi_y1.is_some() {
                    KategoriIki::Lama
                } else {
                    KategoriIki::BaruTanpaHistoris
                },
                polarisasi,
                konsolidasi,
                sifat_tlk: None,
                validitas,
                kendali,
                konversi_120: false,
                r_worst: None,
                target_triwulan: target_tw,
                realisasi_triwulan: realisasi_tw,
                target_tahunan,
                target_y1,
                realisasi_y1,
                realisasi_serah_terima: None,
            },
        });
    }
    out
}

fn tingkat_dari_jabatan(j: &str) -> (JenisJabatan, TingkatJabatan) {
    let n = normal(j);
    if n.starts_with("kepala kantor") || n.starts_with("kepala kppn") {
        (JenisJabatan::Struktural, TingkatJabatan::PemilikPeta)
    } else if n.starts_with("kepala") {
        (JenisJabatan::Struktural, TingkatJabatan::Pengawas)
    } else if [
        "ahli", "terampil", "mahir", "penyelia", "pranata", "analis", "pertama", "madya",
    ]
    .iter()
    .any(|w| n.split(' ').any(|x| x == *w))
    {
        (JenisJabatan::Fungsional, TingkatJabatan::Fungsional)
    } else {
        (JenisJabatan::Pelaksana, TingkatJabatan::Pelaksana)
    }
}

pub fn klasifikasi_jabatan(j: &str) -> (JenisJabatan, TingkatJabatan) {
    tingkat_dari_jabatan(j)
}

/// Reads a pegawai sheet; superiors may refer to pegawai in the same file or already stored (`nip_ada`).
pub fn baca_pegawai(
    lembar: &Lembar,
    peta: &Peta,
    nip_ada: &HashSet<String>,
    hari_ini: Option<NaiveDate>,
) -> Bacaan<BarisPegawai> {
    let k = Kolom { lembar, peta };
    let mut out = Bacaan::default();
    for wajib in [Bidang::Nip, Bidang::NamaPegawai, Bidang::Jabatan] {
        if k.col(wajib).is_none() {
            out.galat.push(GalatSel {
                lembar: lembar.nama.clone(),
                baris: peta.baris_judul as u32 + 1,
                kolom: String::new(),
                pesan: format!("kolom {} tidak ditemukan di baris judul", wajib.label()),
            });
        }
    }
    if !out.galat.is_empty() {
        return out;
    }
    let baris_data: Vec<usize> = k.data().collect();
    out.baris_data = baris_data.len();
    let di_berkas: HashSet<String> = baris_data
        .iter()
        .filter_map(|r| nip(k.sel(*r, Bidang::Nip)).ok().flatten())
        .collect();
    let mut seen = HashMap::new();
    for r in baris_data {
        let mut g = Vec::new();
        k.periksa_sel(r, &mut g);
        let nip_v = nip(k.sel(r, Bidang::Nip))
            .map_err(|e| g.push(k.galat(r, Bidang::Nip, e)))
            .ok()
            .flatten();
        let nama = k.sel(r, Bidang::NamaPegawai).teks();
        let jabatan = k.sel(r, Bidang::Jabatan).teks();
        if nip_v.is_none() && g.is_empty() {
            g.push(k.galat(r, Bidang::Nip, "wajib diisi"));
        }
        if nama.is_empty() {
            g.push(k.galat(r, Bidang::NamaPegawai, "wajib diisi"));
        }
        if jabatan.is_empty() {
            g.push(k.galat(r, Bidang::Jabatan, "wajib diisi"));
        }
        let atasan = nip(k.sel(r, Bidang::NipAtasan))
            .map_err(|e| g.push(k.galat(r, Bidang::NipAtasan, e)))
            .ok()
            .flatten();
        if let Some(a) = &atasan {
            if !di_berkas.contains(a) && !nip_ada.contains(a) {
                g.push(k.galat(
                    r,
                    Bidang::NipAtasan,
                    format!("{a} tidak ada di berkas ini maupun di data pegawai"),
                ));
            }
            if Some(a) == nip_v.as_ref() {
                g.push(k.galat(
                    r,
                    Bidang::NipAtasan,
                    "tidak boleh sama dengan NIP pegawai itu sendiri",
                ));
            }
        }
        let status = kosakata(k.sel(r, Bidang::Status), STATUS, || "status".into())
            .map_err(|e| g.push(k.galat(r, Bidang::Status, e)))
            .ok()
            .flatten()
            .unwrap_or(StatusPegawai::Aktif);
        let mulai = tanggal(k.sel(r, Bidang::TanggalMulai))
            .map_err(|e| g.push(k.galat(r, Bidang::TanggalMulai, e)))
            .ok()
            .flatten();
        if let (Some(t), Some(h)) = (mulai, hari_ini)
            && let Some(p) = periksa_tanggal(t, h)
        {
            g.push(k.galat(r, Bidang::TanggalMulai, p));
        }
        let (mut pangkat, mut golongan) = (
            k.sel(r, Bidang::Pangkat).teks(),
            k.sel(r, Bidang::Golongan).teks(),
        );
        let pg = k.sel(r, Bidang::PangkatGolongan).teks();
        if !pg.is_empty() {
            // "Penata Muda, III/a" or "Penata Muda (III/a)" or "III/a".
            let bersih = pg.replace(['(', ')'], ",");
            let bagian: Vec<&str> = bersih
                .split(',')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .collect();
            for b in bagian {
                if b.contains('/') {
                    golongan = b.to_string();
                } else {
                    pangkat = b.to_string();
                }
            }
        }
        if let Some(n) = &nip_v
            && let Some(r0) = seen.insert(n.clone(), r + 1)
        {
            g.push(k.galat(r, Bidang::Nip, format!("{n} sudah ada di baris {r0}")));
        }
        if !g.is_empty() {
            out.galat.extend(g);
            continue;
        }
        out.baris.push(BarisPegawai {
            baris: r as u32 + 1,
            nip: nip_v.unwrap_or_default(),
            nama,
            pangkat,
            golongan,
            jabatan,
            unit: k.sel(r, Bidang::Unit).teks(),
            nip_atasan: atasan,
            status,
            tanggal_mulai: mulai,
        });
    }
    out
}

/// Mapping fixes from the user: "header text=Field label" pairs.
pub fn peta_tetap(
    pasangan: &[(String, String)],
    jenis: JenisImpor,
) -> Result<HashMap<String, Bidang>, GalatNilai> {
    let mut out = HashMap::new();
    for (judul, bidang) in pasangan {
        let b = Bidang::semua(jenis)
            .into_iter()
            .find(|b| normal(&b.label()) == normal(bidang))
            .ok_or_else(|| {
                format!(
                    "bidang \"{bidang}\" tidak dikenal (pilihan: {})",
                    Bidang::semua(jenis)
                        .iter()
                        .map(|b| b.label())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
        out.insert(normal(judul), b);
    }
    Ok(out)
}

/// A stable key of a header set, for remembering the user's mapping.
pub fn kunci_judul(lembar: &Lembar, peta: &Peta) -> String {
    let h: Vec<String> = lembar
        .baris
        .get(peta.baris_judul)
        .map(|r| r.iter().map(|s| normal(&s.teks())).collect())
        .unwrap_or_default();
    let b: BTreeMap<usize, String> = h.into_iter().enumerate().collect();
    format!(
        "peta_kolom:{}",
        b.values().cloned().collect::<Vec<_>>().join("|")
    )
}

// ---- Actions ----

use super::AppError;
use crate::store::{Db, PegawaiMasuk, SkpMasuk};

#[derive(Debug, Clone, Default)]
pub struct OpsiImpor {
    pub lembar: Option<String>,
    /// Validate and report only.
    pub uji: bool,
    /// Import the valid rows even when some rows have errors (an explicit choice).
    pub sebagian: bool,
    /// Create pegawai for unknown NIPs (SKP import).
    pub buat_pegawai: bool,
    /// User fixes of the mapping: (header text, field label); remembered for this header set.
    pub peta: Vec<(String, String)>,
    /// An empty cell in a column the sheet carries clears the stored value ("kosongkan sel kosong"); by default
    /// it, like an absent column, leaves what is stored.
    pub kosongkan: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PetaKolom {
    pub kolom: String,
    pub judul: String,
    pub bidang: String,
}

/// The report of an import (also of a dry run): mapping, preview, every located problem, what was written.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LaporanImpor {
    pub lembar: String,
    pub lembar_tersedia: Vec<String>,
    pub baris_judul: u32,
    pub peta: Vec<PetaKolom>,
    pub baris_data: u32,
    pub baris_valid: u32,
    pub galat: Vec<GalatSel>,
    pub catatan: Vec<String>,
    pub pegawai_tidak_dikenal: Vec<String>,
    pub pratinjau: Vec<Vec<String>>,
    pub ditulis: bool,
    pub baru: u32,
    pub diperbarui: u32,
    /// What the import changes in stored rows, field by field (the first 500; `jumlah_perubahan` counts all).
    pub perubahan: Vec<super::impor_beda::PerubahanImpor>,
    pub jumlah_perubahan: u32,
    /// Rows of stored IKIs that change nothing, and rows that are new.
    pub tanpa_perubahan: u32,
    pub baris_baru: u32,
    /// The fields a column can be mapped to, for the wizard's pickers.
    pub bidang_tersedia: Vec<String>,
}

const MAKS_BARIS: usize = 200_000;

fn galat_berkas(path: &std::path::Path, e: crate::xlsx::GalatXlsx) -> AppError {
    AppError::Berkas {
        path: path.display().to_string(),
        pesan: e.to_string(),
    }
}

/// Reads the sheet and finds the header, applying remembered and given mapping fixes.
pub(crate) fn siapkan(
    db: &mut Db,
    path: &std::path::Path,
    jenis: JenisImpor,
    opsi: &OpsiImpor,
    waktu: &str,
) -> Result<(Lembar, Peta, Vec<String>), AppError> {
    let mut buku = crate::xlsx::buka(path).map_err(|e| galat_berkas(path, e))?;
    let daftar = buku.lembar.clone();
    let lembar_tersedia: Vec<String> = daftar
        .iter()
        .map(|(n, h)| {
            if *h {
                format!("{n} (tersembunyi)")
            } else {
                n.clone()
            }
        })
        .collect();
    let diberi = peta_tetap(&opsi.peta, jenis).map_err(|e| AppError::Masukan {
        field: "--peta".into(),
        pesan: e.to_string(),
    })?;
    // Without a sheet name: the first sheet (visible ones first) whose header is recognised; offices often
    // keep a cover or notes sheet in front.
    let lembar = match &opsi.lembar {
        Some(n) => buku
            .baca(Some(n), MAKS_BARIS)
            .map_err(|e| galat_berkas(path, e))?,
        None => {
            let urut: Vec<String> = daftar
                .iter()
                .filter(|(_, h)| !h)
                .chain(daftar.iter().filter(|(_, h)| *h))
                .map(|(n, _)| n.clone())
                .collect();
            let mut pilihan = None;
            for n in &urut {
                if let Ok(l) = buku.baca(Some(n), MAKS_BARIS)
                    && deteksi(&l, jenis, &diberi).is_some()
                {
                    pilihan = Some(l);
                    break;
                }
            }
            match pilihan {
                Some(l) => l,
                None => buku
                    .baca(None, MAKS_BARIS)
                    .map_err(|e| galat_berkas(path, e))?,
            }
        }
    };
    let mut peta = deteksi(&lembar, jenis, &diberi);
    if let Some(p) = &peta {
        let kunci = kunci_judul(&lembar, p);
        if !diberi.is_empty() {
            let simpan: BTreeMap<String, String> =
                diberi.iter().map(|(h, b)| (h.clone(), b.label())).collect();
            db.atur_pengaturan(
                &kunci,
                &serde_json::to_string(&simpan).unwrap_or_default(),
                waktu,
            )?;
        } else if let Some(t) = db.pengaturan(&kunci)? {
            let tersimpan: BTreeMap<String, String> = serde_json::from_str(&t).unwrap_or_default();
            let pasangan: Vec<(String, String)> = tersimpan.into_iter().collect();
            if let Ok(m) = peta_tetap(&pasangan, jenis) {
                peta = deteksi(&lembar, jenis, &m).or(peta);
            }
        }
    }
    let peta = peta.ok_or_else(|| AppError::Masukan {
        field: format!("lembar {}", lembar.nama),
        pesan: format!(
            "baris judul tidak ditemukan dalam 20 baris pertama (perlu paling sedikit tiga kolom yang dikenal, mis. {}); pilih lembar lain atau tetapkan petanya",
            match jenis {
                JenisImpor::Skp => "NIP, Kode IKU, Nama IKU",
                JenisImpor::Pegawai => "NIP, Nama, Jabatan",
                JenisImpor::Hkt => "NIP, Jenis, Judul",
                JenisImpor::Perilaku => "NIP, Atasan, Rekan",
                JenisImpor::Dialog => "NIP, Tanggal, Tahap",
            }
        ),
    })?;
    Ok((lembar, peta, lembar_tersedia))
}

pub(crate) fn laporan_dasar(
    lembar: &Lembar,
    peta: &Peta,
    tersedia: Vec<String>,
    jenis: JenisImpor,
) -> LaporanImpor {
    LaporanImpor {
        bidang_tersedia: Bidang::semua(jenis).iter().map(|b| b.label()).collect(),
        lembar: lembar.nama.clone(),
        lembar_tersedia: tersedia,
        baris_judul: peta.baris_judul as u32 + 1,
        peta: peta
            .kolom
            .iter()
            .map(|(c, b, h)| PetaKolom {
                kolom: huruf_kolom(*c),
                judul: h.clone(),
                bidang: b.label(),
            })
            .collect(),
        baris_data: 0,
        baris_valid: 0,
        galat: vec![],
        catatan: vec![],
        pegawai_tidak_dikenal: vec![],
        pratinjau: vec![],
        ditulis: false,
        baru: 0,
        diperbarui: 0,
        perubahan: vec![],
        jumlah_perubahan: 0,
        tanpa_perubahan: 0,
        baris_baru: 0,
    }
}

fn b_galat(lembar: &str, baris: u32, kolom: String, pesan: String) -> GalatSel {
    GalatSel {
        lembar: lembar.to_string(),
        baris,
        kolom,
        pesan,
    }
}

/// `kinerja import skp` / the import wizard: validate everything, then write all rows in one transaction.
pub fn impor_skp(
    db: &mut Db,
    path: &std::path::Path,
    tahun: i32,
    opsi: &OpsiImpor,
    waktu: &str,
) -> Result<LaporanImpor, AppError> {
    impor_skp_dengan(db, path, tahun, opsi, waktu, &|_, _| {})
}

/// The same, reporting its stage (read, check, store) as (done, of) for a progress bar.
pub fn impor_skp_dengan(
    db: &mut Db,
    path: &std::path::Path,
    tahun: i32,
    opsi: &OpsiImpor,
    waktu: &str,
    kemajuan: &dyn Fn(u32, u32),
) -> Result<LaporanImpor, AppError> {
    kemajuan(0, 3);
    if !(2014..=2100).contains(&tahun) {
        return Err(AppError::Masukan {
            field: "--tahun".into(),
            pesan: format!("tahun harus 2014..2100, bukan {tahun}"),
        });
    }
    let (lembar, peta, tersedia) = siapkan(db, path, JenisImpor::Skp, opsi, waktu)?;
    // A sheet titled for another year (the export writes "SKP dan IKI tahun 2025" above the header) is the wrong
    // sheet or the wrong --tahun: refused before anything is read into that year.
    if let Some((th, r)) = tahun_judul(&lembar, &peta, tahun) {
        return Err(AppError::Masukan {
            field: format!("{}!A{}", lembar.nama, r + 1),
            pesan: format!(
                "lembar ini berjudul tahun {th}, tetapi diimpor ke tahun {tahun}; pilih tahun {th} atau lembar yang benar"
            ),
        });
    }
    let mut lap = laporan_dasar(&lembar, &peta, tersedia, JenisImpor::Skp);
    kemajuan(2, 3);
    let mut b = baca_skp(&lembar, &peta);
    lap.baris_data = b.baris_data as u32;
    lap.catatan.append(&mut b.catatan);
    let dikenal: HashSet<String> = db.nip_tersimpan()?.into_iter().collect();
    let mut tidak: Vec<String> = b
        .baris
        .iter()
        .filter(|x| !dikenal.contains(&x.nip))
        .map(|x| x.nip.clone())
        .collect();
    tidak.sort();
    tidak.dedup();
    lap.pegawai_tidak_dikenal = tidak.clone();
    let col_nip = peta
        .kolom
        .iter()
        .find(|(_, x, _)| *x == Bidang::Nip)
        .map(|(c, _, _)| huruf_kolom(*c))
        .unwrap_or_default();
    let mut valid = Vec::new();
    let terkunci = db.nip_terkunci(tahun)?;
    // The year's stored IKIs: a row for one of them updates only what it carries; a new IKI needs a name and a
    // target; a locked KK takes only realisasi and evidence.
    let tersimpan: HashMap<(String, String), Iki> = db
        .muat_skp(tahun)?
        .into_iter()
        .flat_map(|s| {
            let nip = s.nip;
            s.iki
                .into_iter()
                .map(move |i| ((nip.clone(), i.kode.clone()), i))
        })
        .collect();
    let huruf = |b: Bidang| {
        peta.kolom
            .iter()
            .find(|(_, x, _)| *x == b)
            .map(|(c, _, _)| huruf_kolom(*c))
            .unwrap_or_default()
    };
    for x in b.baris {
        let lama = tersimpan.get(&(x.nip.clone(), x.iki.kode.clone()));
        let salah = |b: Bidang, pesan: String| {
            b_galat(
                &lembar.nama,
                x.baris,
                huruf(b),
                format!("{}: {pesan}", b.label()),
            )
        };
        let mut masalah = Vec::new();
        if lama.is_none() {
            if x.iki.nama.is_empty() {
                masalah.push(salah(Bidang::NamaIku, "wajib diisi untuk IKI baru".into()));
            }
            if x.iki.target_triwulan.iter().all(Option::is_none) && x.iki.target_tahunan.is_none() {
                masalah.push(GalatSel {
                    lembar: lembar.nama.clone(),
                    baris: x.baris,
                    kolom: String::new(),
                    pesan: "IKI baru tanpa target (TW I..IV atau tahunan)".into(),
                });
            }
        }
        if terkunci.contains(&x.nip) {
            match lama {
                None => masalah.push(salah(
                    Bidang::KodeIku,
                    format!(
                        "IKI baru {} tidak dapat ditambahkan: Kontrak Kinerja {} tahun {tahun} sudah terkunci; gunakan addendum",
                        x.iki.kode, x.nip
                    ),
                )),
                Some(l) => {
                    let f = |d: Decimal| crate::domain::angka::teks_id(d);
                    for q in 0..4 {
                        if let Some(t) = x.iki.target_triwulan[q]
                            && l.target_triwulan[q] != Some(t)
                        {
                            masalah.push(salah(
                                Bidang::TargetTw(q as u8 + 1),
                                format!(
                                    "{} → {}: Kontrak Kinerja sudah terkunci; ubah target melalui addendum",
                                    l.target_triwulan[q].map(f).unwrap_or_else(|| "kosong".into()),
                                    f(t)
                                ),
                            ));
                        }
                    }
                    if let Some(t) = x.iki.target_tahunan
                        && l.target_tahunan != Some(t)
                    {
                        masalah.push(salah(
                            Bidang::TargetTahunan,
                            format!(
                                "{} → {}: Kontrak Kinerja sudah terkunci; ubah target melalui addendum",
                                l.target_tahunan.map(f).unwrap_or_else(|| "kosong".into()),
                                f(t)
                            ),
                        ));
                    }
                    let beda = |a: Option<&str>, b: Option<&str>| a.is_some() && a != b;
                    for (bidang, baru, simpan) in [
                        (Bidang::Polarisasi, x.iki.polarisasi.map(|v| v.kode()), l.polarisasi.map(|v| v.kode())),
                        (Bidang::Konsolidasi, x.iki.konsolidasi.map(|v| v.kode()), l.konsolidasi.map(|v| v.kode())),
                        (Bidang::Validitas, x.iki.validitas.map(|v| v.kode()), l.validitas.map(|v| v.kode())),
                        (Bidang::Kendali, x.iki.kendali.map(|v| v.kode()), l.kendali.map(|v| v.kode())),
                        (Bidang::Aspek, x.iki.aspek.map(|v| v.kode()), l.aspek.map(|v| v.kode())),
                    ] {
                        if beda(baru, simpan) {
                            masalah.push(salah(
                                bidang,
                                "berubah, padahal Kontrak Kinerja sudah terkunci; ubah melalui addendum".into(),
                            ));
                        }
                    }
                }
            }
        }
        if !masalah.is_empty() {
            b.galat.extend(masalah);
            continue;
        }
        if !opsi.buat_pegawai && tidak.contains(&x.nip) {
            b.galat.push(GalatSel {
                lembar: lembar.nama.clone(),
                baris: x.baris,
                kolom: col_nip.clone(),
                pesan: format!(
                    "NIP {} tidak dikenal; impor data pegawai dahulu atau pilih buat pegawai baru",
                    x.nip
                ),
            });
            continue;
        }
        valid.push(x);
    }
    // An empty evidence cell keeps what is stored, like every other empty cell, unless "kosongkan".
    if !opsi.kosongkan {
        for x in &mut valid {
            for b in &mut x.bukti {
                if b.as_deref().is_some_and(|t| t.trim().is_empty()) {
                    *b = None;
                }
            }
        }
    }
    b.galat.sort_by_key(|g| (g.baris, g.kolom.clone()));
    lap.galat = b.galat;
    lap.baris_valid = valid.len() as u32;
    lap.pratinjau = valid
        .iter()
        .take(20)
        .map(|x| {
            let f = |d: Option<Decimal>| {
                d.map(|d| {
                    crate::domain::angka::format_id(d, if d.fract().is_zero() { 0 } else { 2 })
                })
                .unwrap_or_default()
            };
            vec![
                x.baris.to_string(),
                x.nip.clone(),
                x.iki.kode.clone(),
                x.iki.nama.clone(),
                x.iki
                    .polarisasi
                    .map(|p| p.label().to_string())
                    .unwrap_or_default(),
                f(x.iki.target_triwulan[0]),
                f(x.iki.target_triwulan[1]),
                f(x.iki.target_triwulan[2]),
                f(x.iki.target_triwulan[3]),
            ]
        })
        .collect();
    {
        let ada = |b: Bidang| peta.kolom.iter().any(|(_, x, _)| *x == b);
        let bukti = db.bukti_tahun(tahun)?;
        let satuan = db.satuan_tahun(tahun)?;
        let (perubahan, jumlah, berubah, sama) = super::impor_beda::perubahan_impor(
            &valid,
            &tersimpan,
            &bukti,
            &satuan,
            &terkunci,
            &ada,
            opsi.kosongkan,
        );
        lap.perubahan = perubahan;
        lap.jumlah_perubahan = jumlah as u32;
        lap.tanpa_perubahan = sama;
        lap.baris_baru = valid.len() as u32 - berubah - sama;
    }
    if opsi.uji || valid.is_empty() || (!lap.galat.is_empty() && !opsi.sebagian) {
        return Ok(lap);
    }
    let profil = db
        .profil_tahun(tahun)?
        .unwrap_or(crate::domain::profil::KodeProfil::bawaan_tahun(tahun));
    let masuk: Vec<SkpMasuk> = valid
        .iter()
        .map(|x| SkpMasuk {
            jenis_ada: x.jenis_ada,
            // The sheet has no Kategori column: a stored IKI keeps its own; a new one takes it from Y-1.
            kategori_ada: false,
            nip: &x.nip,
            ss: x.ss.as_ref().map(|(k, n, p)| (k.as_str(), n.as_str(), *p)),
            iki: &x.iki,
            satuan: &x.satuan,
            bukti: &x.bukti,
        })
        .collect();
    let baru_pegawai: Vec<(String, String)> = if opsi.buat_pegawai {
        tidak
            .iter()
            .map(|n| {
                (
                    n.clone(),
                    valid
                        .iter()
                        .find(|x| &x.nip == n)
                        .map(|x| x.nama_pegawai.clone())
                        .unwrap_or_default(),
                )
            })
            .collect()
    } else {
        vec![]
    };
    let ringkas = format!(
        "{}: {} baris dari lembar {}",
        path.display(),
        valid.len(),
        lembar.nama
    );
    kemajuan(3, 3);
    let ada = |b: Bidang| peta.kolom.iter().any(|(_, x, _)| *x == b);
    let hadir = crate::store::KolomHadir {
        kosongkan: opsi.kosongkan,
        ss: ada(Bidang::KodeSs),
        aspek: ada(Bidang::Aspek),
        satuan: ada(Bidang::Satuan),
        polarisasi: ada(Bidang::Polarisasi),
        konsolidasi: ada(Bidang::Konsolidasi),
        validitas: ada(Bidang::Validitas),
        kendali: ada(Bidang::Kendali),
        target_tahunan: ada(Bidang::TargetTahunan),
        target_y1: ada(Bidang::TargetY1),
        realisasi_y1: ada(Bidang::RealisasiY1),
        target_tw: std::array::from_fn(|q| ada(Bidang::TargetTw(q as u8 + 1))),
        realisasi_tw: std::array::from_fn(|q| ada(Bidang::RealisasiTw(q as u8 + 1))),
    };
    let (baru, ubah) = db.impor_skp(
        tahun,
        profil,
        &masuk,
        &baru_pegawai,
        &hadir,
        &ringkas,
        waktu,
    )?;
    lap.ditulis = true;
    lap.baru = baru as u32;
    // A stored IKI whose row changes nothing is not "updated": the count is of rows that change something.
    let _ = ubah;
    lap.diperbarui = lap.baris_valid - lap.baris_baru - lap.tanpa_perubahan;
    drop(masuk);
    // The sheet and its rows are a few hundred thousand small allocations for a large workbook; freeing
    // them does not need to hold up the report.
    std::thread::spawn(move || drop((lembar, valid)));
    Ok(lap)
}

/// The year a sheet's title rows name, when it is not `tahun`: the rows above the header (a two-level header's
/// upper row excluded) are read for "tahun NNNN". A sheet that names `tahun` anywhere, a period ("tahun 2025-2029")
/// and a regulation ("Nomor 6 Tahun 2022") say nothing against it. Returns the year and its row.
fn tahun_judul(lembar: &Lembar, peta: &Peta, tahun: i32) -> Option<(i32, usize)> {
    let mut lain = None;
    for r in 0..peta.baris_judul.saturating_sub(1).min(lembar.baris.len()) {
        for sel in &lembar.baris[r] {
            let t = sel.teks().to_lowercase();
            let mut dari = 0;
            while let Some(i) = t[dari..].find("tahun ") {
                let awal = dari + i;
                dari = awal + 6;
                let sisa = &t[dari..];
                let angka: String = sisa.chars().take_while(char::is_ascii_digit).collect();
                let mut lanjut = sisa[angka.len()..].trim_start().chars();
                let rentang = matches!(lanjut.next(), Some('-' | '/' | '–'))
                    && lanjut
                        .as_str()
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit());
                let sebelum = &t[..awal];
                let peraturan = sebelum
                    .rsplit_once("nomor")
                    .is_some_and(|(_, antara)| antara.len() < 24);
                match angka.parse::<i32>() {
                    Ok(th) if angka.len() == 4 && th == tahun => return None,
                    Ok(th) if angka.len() == 4 && !rentang && !peraturan && lain.is_none() => {
                        lain = Some((th, r))
                    }
                    _ => {}
                }
            }
        }
    }
    lain
}

/// `kinerja import pegawai`: the same rules for the pegawai sheet.
pub fn impor_pegawai(
    db: &mut Db,
    path: &std::path::Path,
    opsi: &OpsiImpor,
    waktu: &str,
) -> Result<LaporanImpor, AppError> {
    impor_pegawai_dengan(db, path, opsi, waktu, &|_, _| {})
}

pub fn impor_pegawai_dengan(
    db: &mut Db,
    path: &std::path::Path,
    opsi: &OpsiImpor,
    waktu: &str,
    kemajuan: &dyn Fn(u32, u32),
) -> Result<LaporanImpor, AppError> {
    kemajuan(0, 3);
    let (lembar, peta, tersedia) = siapkan(db, path, JenisImpor::Pegawai, opsi, waktu)?;
    let mut lap = laporan_dasar(&lembar, &peta, tersedia, JenisImpor::Pegawai);
    kemajuan(2, 3);
    let ada: HashSet<String> = db.nip_tersimpan()?.into_iter().collect();
    // The action's own time bounds the dates a sheet may carry.
    let hari_ini = super::error::hari_dari_waktu(waktu);
    let mut b = baca_pegawai(&lembar, &peta, &ada, hari_ini);
    lap.baris_data = b.baris_data as u32;
    lap.catatan.append(&mut b.catatan);
    lap.galat = b.galat;
    lap.baris_valid = b.baris.len() as u32;
    lap.pratinjau = b
        .baris
        .iter()
        .take(20)
        .map(|x| {
            vec![
                x.baris.to_string(),
                x.nip.clone(),
                x.nama.clone(),
                format!("{} {}", x.pangkat, x.golongan),
                x.jabatan.clone(),
                x.unit.clone(),
                x.status.label().into(),
            ]
        })
        .collect();
    if opsi.uji || b.baris.is_empty() || (!lap.galat.is_empty() && !opsi.sebagian) {
        return Ok(lap);
    }
    // With a partial import, a superior whose own row was refused must already exist.
    let di_impor: HashSet<&str> = b.baris.iter().map(|x| x.nip.as_str()).collect();
    let tahun_lalu = |x: &BarisPegawai| {
        x.tanggal_mulai
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_else(|| "2000-01-01".into())
    };
    let mulai: Vec<String> = b.baris.iter().map(tahun_lalu).collect();
    let masuk: Vec<PegawaiMasuk> = b
        .baris
        .iter()
        .zip(&mulai)
        .map(|(x, m)| {
            let (jenis_jabatan, tingkat) = klasifikasi_jabatan(&x.jabatan);
            PegawaiMasuk {
                nip: &x.nip,
                nama: &x.nama,
                pangkat: &x.pangkat,
                golongan: &x.golongan,
                jabatan: &x.jabatan,
                jenis_jabatan,
                tingkat,
                jenjang: None,
                unit: &x.unit,
                atasan: x
                    .nip_atasan
                    .as_deref()
                    .filter(|a| di_impor.contains(a) || ada.contains(*a)),
                status: x.status,
                tanggal_mulai: m,
                kembali_dari: None,
            }
        })
        .collect();
    let ringkas = format!(
        "{}: {} pegawai dari lembar {}",
        path.display(),
        masuk.len(),
        lembar.nama
    );
    kemajuan(3, 3);
    let (baru, ubah) = db.impor_pegawai(&masuk, &ringkas, waktu)?;
    lap.ditulis = true;
    lap.baru = baru as u32;
    lap.diperbarui = ubah as u32;
    Ok(lap)
}

/// GUI: the wizard sends the chosen file's bytes; they are kept under `<data dir>/impor/` for the run.
#[allow(clippy::too_many_arguments)]
pub fn impor_dari_gui(
    db: &mut Db,
    jenis: &str,
    nama_berkas: &str,
    isi: &[u8],
    tahun: i32,
    opsi: &OpsiImpor,
    hari_ini: NaiveDate,
    waktu: &str,
    kemajuan: &dyn Fn(u32, u32),
) -> Result<LaporanImpor, AppError> {
    let dir = db
        .path()
        .parent()
        .map(|p| p.to_path_buf())
        .unwrap_or_default()
        .join("impor");
    std::fs::create_dir_all(&dir).map_err(|e| AppError::Berkas {
        path: dir.display().to_string(),
        pesan: e.to_string(),
    })?;
    // Keep only the file name's own characters: the name comes from the user's disk.
    let aman: String = nama_berkas
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ' '))
        .collect();
    let path = dir.join(if aman.trim().is_empty() {
        "berkas.xlsx".to_string()
    } else {
        aman
    });
    std::fs::write(&path, isi).map_err(|e| AppError::Berkas {
        path: path.display().to_string(),
        pesan: e.to_string(),
    })?;
    match jenis {
        "skp" => impor_skp_dengan(db, &path, tahun, opsi, waktu, kemajuan),
        "pegawai" => impor_pegawai_dengan(db, &path, opsi, waktu, kemajuan),
        "hkt" | "perilaku" | "dialog" => {
            super::impor_catatan::impor(db, jenis, &path, tahun, opsi, hari_ini, waktu)
        }
        j => Err(AppError::Masukan {
            field: "jenis".into(),
            pesan: format!("\"{j}\" bukan skp, pegawai, hkt, perilaku, atau dialog"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_menyamakan_judul_dan_kata() {
        let cases = [
            ("Take Last Known", "take last known"),
            ("  Target (persen)  TW-I ", "target tw i"),
            ("NIP_Pegawai", "nip pegawai"),
            ("Rata-rata", "rata rata"),
            ("PERSEN", ""),
            ("Satuan\u{a0}Ukur", "satuan ukur"),
            ("", ""),
        ];
        for (masuk, keluar) in cases {
            assert_eq!(normal(masuk), keluar, "{masuk:?}");
        }
    }

    /// Text cells under a column convention: the value, or None for an error.
    #[test]
    fn angka_teks_dan_kelompok_ribuan() {
        use Lokal::*;
        let check = |t: &str, l: Lokal, want: Option<&str>| {
            let got = angka(&Sel::Teks(t.into()), l)
                .ok()
                .map(|d| d.map(|d| d.to_string()).unwrap_or_default());
            assert_eq!(got.as_deref(), want, "{t:?} {l:?}");
        };
        check("1.234,5", Indonesia, Some("1234.5"));
        check("1.234.567", Indonesia, Some("1234567"));
        check("95,5%", Indonesia, Some("95.5"));
        check("Rp 1.250.000", Indonesia, Some("1250000"));
        check("-2,25", Indonesia, Some("-2.25"));
        check("1,234.5", Inggris, Some("1234.5"));
        check("1234", Bebas, Some("1234"));
        check("", Indonesia, Some(""));
        // Typing errors are errors, never a guessed number.
        check("12,3,4", Indonesia, None);
        check("12,3,4", Inggris, None);
        check("1.23.456", Indonesia, None);
        check("1.2345.678", Indonesia, None);
        check("1,5,0", Bebas, None);
        check("1.234,5,6", Indonesia, None);
        check("1,234.5.6", Inggris, None);
        check("1.234", Bebas, None);
        check("abc", Indonesia, None);
    }

    /// Header text -> field, for the quarter columns (evidence beside target and realisasi).
    #[test]
    fn kolom_triwulan_dan_bukti() {
        let check = |h: &str, want: Option<Bidang>| {
            assert_eq!(kenali(&normal(h), JenisImpor::Skp), want, "{h:?}");
        };
        check("TW I", Some(Bidang::TargetTw(1)));
        check("Target Q2", Some(Bidang::TargetTw(2)));
        check("Realisasi Triwulan III", Some(Bidang::RealisasiTw(3)));
        check("Bukti TW IV", Some(Bidang::BuktiTw(4)));
        check("Data Dukung Triwulan II", Some(Bidang::BuktiTw(2)));
        check("Evidence Q1", Some(Bidang::BuktiTw(1)));
        check("Bukti", None);
    }
}
