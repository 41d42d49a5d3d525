//! Finding the header of a sheet and mapping its columns by synonyms.
use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use ts_rs::TS;

use crate::app::umum::*;
use crate::domain::batas::JenisTeks;
use crate::xlsx::{Lembar, Sel};

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
