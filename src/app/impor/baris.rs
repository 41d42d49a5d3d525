//! Reading the rows of a mapped sheet: every cell by its column's kind, every problem located.
use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::*;
use crate::app::umum::*;
use crate::domain::batas::{periksa_tanggal, periksa_teks, periksa_tidak_negatif};
use crate::domain::model::*;
use crate::xlsx::{Lembar, Sel, huruf_kolom};
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
