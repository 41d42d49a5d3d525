//! Spreadsheet import of a year's records beside the SKP: hasil kerja tambahan, nilai perilaku (360°) and dialog
//! kinerja. The SKP import's rules hold: the header is found by synonyms, numbers are read per column the
//! Indonesian way, every problem names its sheet, row and column, and the rows are written in one transaction
//! (all or nothing unless the user asks for the valid rows only). Each row goes through the very check the screen's
//! form uses, so a sheet can store nothing the form would refuse; re-importing updates instead of duplicating.
use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::angka::teks_id;
use crate::domain::batas::periksa_teks;
use crate::domain::model::{JenisHkt, Lingkup, PemilikKinerja, Polarisasi, SifatDki, TahapDki};
use crate::store::Db;
use crate::xlsx::Sel;

use super::*;
use crate::app::umum::*;

const JENIS_HKT: &[(&str, JenisHkt)] = &[
    ("inovasi", JenisHkt::Inovasi),
    ("squad team", JenisHkt::SquadTeam),
    ("squad", JenisHkt::SquadTeam),
    ("tim squad", JenisHkt::SquadTeam),
    ("penugasan lain", JenisHkt::PenugasanLain),
    ("penugasan", JenisHkt::PenugasanLain),
    ("penugasan lainnya", JenisHkt::PenugasanLain),
];
const LINGKUP: &[(&str, Lingkup)] = &[
    ("tim kerja", Lingkup::TimKerja),
    ("unit eselon iv", Lingkup::TimKerja),
    ("unit kerja", Lingkup::UnitKerja),
    ("unit", Lingkup::UnitKerja),
    ("instansi", Lingkup::Instansi),
    ("kemenkeu", Lingkup::Instansi),
    ("kementerian", Lingkup::Instansi),
    ("nasional", Lingkup::Nasional),
];
const PEMILIK: &[(&str, PemilikKinerja)] = &[
    ("menteri", PemilikKinerja::Menteri),
    ("menteri wakil menteri", PemilikKinerja::Menteri),
    ("wakil menteri", PemilikKinerja::Menteri),
    ("pptm", PemilikKinerja::Pptm),
    ("pptp", PemilikKinerja::Pptp),
];
const POLARISASI: &[(&str, Polarisasi)] = &[
    ("maximize", Polarisasi::Maximize),
    ("max", Polarisasi::Maximize),
    ("maksimal", Polarisasi::Maximize),
    ("minimize", Polarisasi::Minimize),
    ("min", Polarisasi::Minimize),
    ("minimal", Polarisasi::Minimize),
    ("stabilize", Polarisasi::Stabilize),
    ("stabil", Polarisasi::Stabilize),
];
const TAHAP: &[(&str, TahapDki)] = &[
    ("perencanaan", TahapDki::Perencanaan),
    ("pelaksanaan", TahapDki::Pelaksanaan),
    ("evaluasi", TahapDki::Evaluasi),
    ("tindak lanjut", TahapDki::TindakLanjut),
];
const SIFAT: &[(&str, SifatDki)] = &[
    ("periodik", SifatDki::Periodik),
    ("berkala", SifatDki::Periodik),
    ("insidental", SifatDki::Insidental),
];
const YA: &[(&str, bool)] = &[
    ("ya", true),
    ("y", true),
    ("v", true),
    ("true", true),
    ("1", true),
    ("sudah", true),
    ("lolos", true),
    ("tidak", false),
    ("t", false),
    ("false", false),
    ("0", false),
    ("belum", false),
];

/// `kinerja import hkt|perilaku|dialog` and the wizard: `jenis` is "hkt", "perilaku" or "dialog".
pub fn impor_catatan(
    db: &mut Db,
    jenis: &str,
    path: &std::path::Path,
    tahun: i32,
    opsi: &OpsiImpor,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<LaporanImpor, AppError> {
    let jenis = match jenis {
        "hkt" => JenisImpor::Hkt,
        "perilaku" => JenisImpor::Perilaku,
        "dialog" => JenisImpor::Dialog,
        j => {
            return Err(crate::app::umum::salah(
                "jenis",
                format!("\"{j}\" bukan hkt, perilaku, atau dialog"),
            ));
        }
    };
    db.profil_tahun(tahun)?
        .ok_or(AppError::TahunTidakAda(tahun))?;
    let (lembar, peta, tersedia) = siapkan(db, path, jenis, opsi, waktu)?;
    let mut lap = laporan_dasar(&lembar, &peta, tersedia, jenis);
    let k = Kolom {
        lembar: &lembar,
        peta: &peta,
    };
    let wajib: &[Bidang] = match jenis {
        JenisImpor::Hkt => &[Bidang::Nip, Bidang::Judul],
        JenisImpor::Perilaku => &[Bidang::Nip],
        _ => &[Bidang::Nip, Bidang::Tanggal, Bidang::Tahap],
    };
    for b in wajib {
        if k.col(*b).is_none() {
            lap.galat.push(GalatSel {
                lembar: lembar.nama.clone(),
                baris: peta.baris_judul as u32 + 1,
                kolom: String::new(),
                pesan: format!("kolom {} tidak ditemukan di baris judul", b.label()),
            });
        }
    }
    if !lap.galat.is_empty() {
        return Ok(lap);
    }
    let mut baca = Pembaca::baru(&k, &mut lap.galat, opsi.kosongkan);
    let terdaftar: std::collections::HashSet<String> = db.nip_tersimpan()?.into_iter().collect();
    let nip_baris = |k: &Kolom, r: usize, g: &mut Vec<GalatSel>| -> Option<String> {
        match nip(k.sel(r, Bidang::Nip)) {
            Ok(Some(n)) if terdaftar.contains(&n) => Some(n),
            Ok(Some(n)) => {
                g.push(k.galat(
                    r,
                    Bidang::Nip,
                    format!("{n} belum terdaftar sebagai pegawai"),
                ));
                None
            }
            Ok(None) => {
                g.push(k.galat(r, Bidang::Nip, "wajib diisi"));
                None
            }
            Err(e) => {
                g.push(k.galat(r, Bidang::Nip, e.0));
                None
            }
        }
    };
    match jenis {
        JenisImpor::Hkt => {
            // A row for a stored HKT changes only what the sheet carries (an absent column, and an empty cell
            // unless kosongkan, keep the stored value); a new one starts from the empty form.
            let ada: HashMap<(String, String), crate::app::pemantauan::FormHkt> = db
                .hkt_tahun(tahun, None)?
                .into_iter()
                .map(|h| {
                    (
                        (h.nip.clone(), normal(&h.judul)),
                        crate::app::pemantauan::ke_form(&h),
                    )
                })
                .collect();
            let mut dilihat: HashMap<(String, String), u32> = HashMap::new();
            let mut rs = Vec::new();
            for r in k.data() {
                lap.baris_data += 1;
                let n0 = baca.g.len();
                let Some(n) = nip_baris(&k, r, baca.g) else {
                    continue;
                };
                let judul = baca.teks(r, Bidang::Judul, "").trim().to_string();
                let kunci = (n.clone(), normal(&judul));
                if let Some(r0) = baris_sebelumnya(&mut dilihat, &kunci, r) {
                    baca.g.push(k.galat(
                        r,
                        Bidang::Judul,
                        format!("HKT yang sama dengan baris {r0} untuk pegawai ini"),
                    ));
                    continue;
                }
                let lama = ada
                    .get(&kunci)
                    .cloned()
                    .unwrap_or(crate::app::pemantauan::FormHkt {
                        id: 0,
                        nip: n.clone(),
                        judul: judul.clone(),
                        jenis: String::new(),
                        lingkup: String::new(),
                        penuh_waktu: false,
                        pemilik_kinerja: String::new(),
                        nomor_sk: String::new(),
                        lolos_seleksi: false,
                        disetujui_pengelola: false,
                        polarisasi: String::new(),
                        tanggal_implementasi: String::new(),
                        tahun_dinilai: String::new(),
                        target: String::new(),
                        realisasi: String::new(),
                    });
                let f = crate::app::pemantauan::FormHkt {
                    id: lama.id,
                    nip: n,
                    judul: if judul.is_empty() {
                        lama.judul.clone()
                    } else {
                        judul
                    },
                    jenis: baca.kata(r, Bidang::Jenis, JENIS_HKT, |v| v.kode(), &lama.jenis),
                    lingkup: baca.kata(r, Bidang::Lingkup, LINGKUP, |v| v.kode(), &lama.lingkup),
                    penuh_waktu: baca.ya(r, Bidang::PenuhWaktu, lama.penuh_waktu),
                    pemilik_kinerja: baca.kata(
                        r,
                        Bidang::PemilikKinerja,
                        PEMILIK,
                        |v| v.kode(),
                        &lama.pemilik_kinerja,
                    ),
                    nomor_sk: baca
                        .teks(r, Bidang::NomorSk, &lama.nomor_sk)
                        .trim()
                        .to_string(),
                    lolos_seleksi: baca.ya(r, Bidang::LolosSeleksi, lama.lolos_seleksi),
                    disetujui_pengelola: baca.ya(r, Bidang::Disetujui, lama.disetujui_pengelola),
                    polarisasi: baca.kata(
                        r,
                        Bidang::Polarisasi,
                        POLARISASI,
                        |v| v.kode(),
                        &lama.polarisasi,
                    ),
                    tanggal_implementasi: baca.tanggal(
                        r,
                        Bidang::TanggalImplementasi,
                        &lama.tanggal_implementasi,
                    ),
                    tahun_dinilai: baca.teks_angka(r, Bidang::TahunDinilai, &lama.tahun_dinilai),
                    target: baca.angka(r, Bidang::Target, &lama.target),
                    realisasi: baca.angka(r, Bidang::Realisasi, &lama.realisasi),
                };
                if baca.g.len() > n0 {
                    continue;
                }
                match crate::app::pemantauan::baca_form_hkt(tahun, &f) {
                    Ok(h) => {
                        lap.pratinjau.push(vec![
                            (r + 1).to_string(),
                            h.nip.clone(),
                            h.judul.clone(),
                            f.jenis.clone(),
                            f.target.clone(),
                            f.realisasi.clone(),
                        ]);
                        rs.push(h);
                    }
                    Err(e) => baca.g.push(galat_form(&k, r, &e)),
                }
            }
            selesai(&mut lap, opsi, rs.len(), || Ok(db.impor_hkt(&rs, waktu)?))?;
        }
        JenisImpor::Perilaku => {
            let tersimpan = db.perilaku_tahun(tahun)?;
            let tampil = |v: &Option<rust_decimal::Decimal>| crate::app::umum::tampil_desimal(*v);
            let mut dilihat: HashMap<String, u32> = HashMap::new();
            let mut rs = Vec::new();
            for r in k.data() {
                lap.baris_data += 1;
                let n0 = baca.g.len();
                let Some(n) = nip_baris(&k, r, baca.g) else {
                    continue;
                };
                if let Some(r0) = baris_sebelumnya(&mut dilihat, &n, r) {
                    baca.g.push(k.galat(
                        r,
                        Bidang::Nip,
                        format!("pegawai yang sama dengan baris {r0}"),
                    ));
                    continue;
                }
                let lama = tersimpan.get(&n).cloned().unwrap_or_default();
                let f = crate::app::evaluasi::FormPerilaku {
                    atasan: baca.angka(r, Bidang::NilaiAtasan, &tampil(&lama.atasan)),
                    rekan: baca.angka(r, Bidang::NilaiRekan, &tampil(&lama.rekan)),
                    bawahan: baca.angka(r, Bidang::NilaiBawahan, &tampil(&lama.bawahan)),
                };
                if baca.g.len() > n0 {
                    continue;
                }
                match crate::app::evaluasi::baca_perilaku(&f) {
                    Ok(p) => {
                        lap.pratinjau.push(vec![
                            (r + 1).to_string(),
                            n.clone(),
                            f.atasan.clone(),
                            f.rekan.clone(),
                            f.bawahan.clone(),
                        ]);
                        rs.push((n, p));
                    }
                    Err(e) => baca.g.push(galat_form(&k, r, &e)),
                }
            }
            selesai(&mut lap, opsi, rs.len(), || {
                Ok(db.impor_perilaku(tahun, &rs, waktu)?)
            })?;
        }
        _ => {
            // The stored dialogs as forms, keyed by the sheet's own spelling of date (ISO) and stage code.
            let ada_dialog: HashMap<(String, String, String), crate::app::pemantauan::FormDialog> =
                db.dialog_tahun(tahun, None)?
                    .iter()
                    .map(|d| {
                        (
                            (d.nip.clone(), d.tanggal.clone(), d.tahap.clone()),
                            crate::app::pemantauan::ke_tampil(d).form,
                        )
                    })
                    .collect();
            let mut dilihat: HashMap<(String, String, String), u32> = HashMap::new();
            let mut rs = Vec::new();
            for r in k.data() {
                lap.baris_data += 1;
                let n0 = baca.g.len();
                let Some(n) = nip_baris(&k, r, baca.g) else {
                    continue;
                };
                // The dialog a row means: NIP, date and stage; a stored one keeps what the sheet does not carry.
                let tanggal = baca.tanggal(r, Bidang::Tanggal, "");
                let tahap = baca.kata(r, Bidang::Tahap, TAHAP, |v| v.kode(), "");
                let lama = ada_dialog
                    .get(&(n.clone(), tanggal.clone(), tahap.clone()))
                    .cloned();
                let kosong = String::new();
                let l = lama.as_ref();
                let f = crate::app::pemantauan::FormDialog {
                    id: l.map(|d| d.id).unwrap_or(0),
                    nip: n,
                    tanggal,
                    tahap,
                    sifat: baca.kata(
                        r,
                        Bidang::Sifat,
                        SIFAT,
                        |v| v.kode(),
                        l.map(|d| &d.sifat).unwrap_or(&kosong),
                    ),
                    pihak: baca
                        .teks(r, Bidang::Pihak, l.map(|d| &d.pihak).unwrap_or(&kosong))
                        .trim()
                        .to_string(),
                    ringkasan: baca
                        .teks(
                            r,
                            Bidang::Ringkasan,
                            l.map(|d| &d.ringkasan).unwrap_or(&kosong),
                        )
                        .trim()
                        .to_string(),
                    tindak_lanjut: baca
                        .teks(
                            r,
                            Bidang::TindakLanjut,
                            l.map(|d| &d.tindak_lanjut).unwrap_or(&kosong),
                        )
                        .trim()
                        .to_string(),
                    pembinaan: baca
                        .teks(
                            r,
                            Bidang::Pembinaan,
                            l.map(|d| &d.pembinaan).unwrap_or(&kosong),
                        )
                        .trim()
                        .to_string(),
                };
                if f.sifat.is_empty() {
                    baca.g.push(if k.col(Bidang::Sifat).is_some() {
                        k.galat(r, Bidang::Sifat, "wajib diisi (Periodik atau Insidental)")
                    } else {
                        GalatSel {
                            lembar: k.lembar.nama.clone(),
                            baris: r as u32 + 1,
                            kolom: String::new(),
                            pesan: "Sifat: kolom tidak ada; dialog baru memerlukan sifat (Periodik atau Insidental)".into(),
                        }
                    });
                }
                if baca.g.len() > n0 {
                    continue;
                }
                match crate::app::pemantauan::baca_form_dialog(tahun, &f, hari_ini) {
                    Ok(d) => {
                        let kunci = (d.nip.clone(), d.tanggal.clone(), d.tahap.clone());
                        if let Some(r0) = baris_sebelumnya(&mut dilihat, &kunci, r) {
                            baca.g.push(k.galat(
                                r,
                                Bidang::Tanggal,
                                format!(
                                    "dialog yang sama (pegawai, tanggal, tahap) dengan baris {r0}"
                                ),
                            ));
                            continue;
                        }
                        lap.pratinjau.push(vec![
                            (r + 1).to_string(),
                            d.nip.clone(),
                            f.tanggal.clone(),
                            d.tahap.clone(),
                            d.ringkasan.chars().take(60).collect(),
                        ]);
                        rs.push(d);
                    }
                    Err(e) => baca.g.push(galat_form(&k, r, &e)),
                }
            }
            selesai(
                &mut lap,
                opsi,
                rs.len(),
                || Ok(db.impor_dialog(&rs, waktu)?),
            )?;
        }
    }
    lap.galat.sort_by_key(|g| (g.baris, g.kolom.clone()));
    lap.baris_valid = lap.pratinjau.len() as u32;
    lap.pratinjau.truncate(20);
    Ok(lap)
}

/// The Excel row (1-based) where `kunci` appeared before in this sheet; otherwise row `r` (0-based) takes it.
fn baris_sebelumnya<K: std::hash::Hash + Eq + Clone>(
    dilihat: &mut HashMap<K, u32>,
    kunci: &K,
    r: usize,
) -> Option<u32> {
    match dilihat.get(kunci) {
        Some(r0) => Some(*r0),
        None => {
            dilihat.insert(kunci.clone(), r as u32 + 1);
            None
        }
    }
}

/// Writes when the run is not a dry run, something is valid, and either nothing failed or the user asked for the
/// valid rows only.
fn selesai(
    lap: &mut LaporanImpor,
    opsi: &OpsiImpor,
    valid: usize,
    tulis: impl FnOnce() -> Result<(usize, usize), AppError>,
) -> Result<(), AppError> {
    if opsi.uji || valid == 0 || (!lap.galat.is_empty() && !opsi.sebagian) {
        return Ok(());
    }
    let (baru, ubah) = tulis()?;
    lap.baru = baru as u32;
    lap.diperbarui = ubah as u32;
    lap.ditulis = true;
    Ok(())
}

/// A form check's error placed on the column of the field it names.
fn galat_form(k: &Kolom, r: usize, e: &AppError) -> GalatSel {
    let (field, pesan) = match e {
        AppError::Masukan { field, pesan } => (field.as_str(), pesan.clone()),
        lain => ("", lain.to_string()),
    };
    let b = match field {
        "Judul HKT" => Some(Bidang::Judul),
        "Jenis HKT" => Some(Bidang::Jenis),
        "Lingkup" => Some(Bidang::Lingkup),
        "Pemilik kinerja" => Some(Bidang::PemilikKinerja),
        "Polarisasi" => Some(Bidang::Polarisasi),
        "Tanggal implementasi" => Some(Bidang::TanggalImplementasi),
        "Tahun sudah dinilai" => Some(Bidang::TahunDinilai),
        "Target HKT" => Some(Bidang::Target),
        "Realisasi HKT" => Some(Bidang::Realisasi),
        "Nilai perilaku atasan" => Some(Bidang::NilaiAtasan),
        "Nilai perilaku rekan kerja" => Some(Bidang::NilaiRekan),
        "Nilai perilaku bawahan" => Some(Bidang::NilaiBawahan),
        "Tanggal dialog" => Some(Bidang::Tanggal),
        "Tahap" => Some(Bidang::Tahap),
        "Sifat" => Some(Bidang::Sifat),
        "Ringkasan" => Some(Bidang::Ringkasan),
        "Tindak lanjut" => Some(Bidang::TindakLanjut),
        "Pembinaan" => Some(Bidang::Pembinaan),
        _ => None,
    };
    match b.filter(|b| k.col(*b).is_some()) {
        Some(b) => k.galat(r, b, pesan),
        None => GalatSel {
            lembar: k.lembar.nama.clone(),
            baris: r as u32 + 1,
            kolom: String::new(),
            pesan: if field.is_empty() {
                pesan
            } else {
                format!("{field}: {pesan}")
            },
        },
    }
}

/// Reads cells into the form's text: vocabulary through synonyms, numbers by their column's convention (written
/// back the Indonesian way the form reads), dates from Excel dates or typed text. A column the sheet lacks, and
/// an empty cell unless kosongkan, give `lama` (the stored value; empty for a new record). Problems go to `g`.
struct Pembaca<'a, 'k> {
    k: &'k Kolom<'k>,
    g: &'a mut Vec<GalatSel>,
    lokal: HashMap<Bidang, Lokal>,
    kosongkan: bool,
}

impl<'a, 'k> Pembaca<'a, 'k> {
    fn baru(k: &'k Kolom<'k>, g: &'a mut Vec<GalatSel>, kosongkan: bool) -> Self {
        let mut lokal = HashMap::new();
        for b in [
            Bidang::Target,
            Bidang::Realisasi,
            Bidang::NilaiAtasan,
            Bidang::NilaiRekan,
            Bidang::NilaiBawahan,
        ] {
            let Some(c) = k.col(b) else { continue };
            let sel: Vec<(u32, &Sel)> = k
                .data()
                .filter_map(|r| k.lembar.baris[r].get(c).map(|s| (r as u32 + 1, s)))
                .collect();
            match lokal_kolom(&sel) {
                Ok(l) => {
                    lokal.insert(b, l);
                }
                Err(e) => g.push(GalatSel {
                    lembar: k.lembar.nama.clone(),
                    baris: k.peta.baris_judul as u32 + 1,
                    kolom: crate::xlsx::huruf_kolom(c),
                    pesan: format!("{}: {}", b.label(), e.0),
                }),
            }
        }
        Pembaca {
            k,
            g,
            lokal,
            kosongkan,
        }
    }

    /// The cell when the sheet gives one; None when the stored value stays (absent column, or an empty cell
    /// without kosongkan). A formula error in the cell is reported.
    fn sel(&mut self, r: usize, b: Bidang) -> Option<&'k Sel> {
        self.k.col(b)?;
        let sel = self.k.sel(r, b);
        match sel {
            Sel::Galat(e) => {
                self.g.push(self.k.galat(r, b, format!("sel berisi {e}")));
                None
            }
            Sel::Teks(t) if periksa_teks(t.trim(), b.jenis_teks()).is_some() => {
                let p = periksa_teks(t.trim(), b.jenis_teks()).unwrap_or_default();
                self.g.push(self.k.galat(r, b, p));
                None
            }
            s if s.kosong() && !self.kosongkan => None,
            s => Some(s),
        }
    }

    fn teks(&mut self, r: usize, b: Bidang, lama: &str) -> String {
        match self.sel(r, b) {
            Some(s) => s.teks(),
            None => lama.to_string(),
        }
    }

    fn kata<T: Copy>(
        &mut self,
        r: usize,
        b: Bidang,
        tabel: &[(&str, T)],
        kode: fn(T) -> &'static str,
        lama: &str,
    ) -> String {
        let Some(sel) = self.sel(r, b) else {
            return lama.to_string();
        };
        match kosakata(sel, tabel, || b.label().to_lowercase()) {
            Ok(v) => v.map(kode).unwrap_or_default().to_string(),
            Err(e) => {
                self.g.push(self.k.galat(r, b, e.0));
                String::new()
            }
        }
    }

    fn ya(&mut self, r: usize, b: Bidang, lama: bool) -> bool {
        let Some(sel) = self.sel(r, b) else {
            return lama;
        };
        match kosakata(sel, YA, || "isian (Ya/Tidak)".into()) {
            Ok(v) => v.unwrap_or(false),
            Err(e) => {
                self.g.push(self.k.galat(r, b, e.0));
                false
            }
        }
    }

    fn angka(&mut self, r: usize, b: Bidang, lama: &str) -> String {
        let Some(sel) = self.sel(r, b) else {
            return lama.to_string();
        };
        let lokal = self.lokal.get(&b).copied().unwrap_or(Lokal::Bebas);
        match angka(sel, lokal) {
            Ok(v) => v
                .map(|d: Decimal| teks_id(d.normalize()))
                .unwrap_or_default(),
            Err(e) => {
                self.g.push(self.k.galat(r, b, e.0));
                String::new()
            }
        }
    }

    /// Whole numbers listed in one cell ("2024, 2025"), as text the form reads.
    fn teks_angka(&mut self, r: usize, b: Bidang, lama: &str) -> String {
        match self.sel(r, b) {
            Some(Sel::Angka(x)) if x.fract() == 0.0 => format!("{}", *x as i64),
            Some(s) => s.teks().trim().to_string(),
            None => lama.to_string(),
        }
    }

    fn tanggal(&mut self, r: usize, b: Bidang, lama: &str) -> String {
        let Some(sel) = self.sel(r, b) else {
            return lama.to_string();
        };
        match tanggal(sel) {
            Ok(v) => v
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            Err(e) => {
                self.g.push(self.k.galat(r, b, e.0));
                String::new()
            }
        }
    }
}
