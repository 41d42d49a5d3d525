//! Spreadsheet import: finding the header, mapping columns by synonyms, reading Indonesian numbers and dates
//! per column, validating every row with its location, then writing all rows in one transaction.
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use crate::domain::model::*;
use crate::xlsx::{Lembar, huruf_kolom};

use super::*;
use crate::app::AppError;
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
    pub perubahan: Vec<super::PerubahanImpor>,
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
        let (perubahan, jumlah, berubah, sama) = super::perubahan_impor(
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
    let hari_ini = crate::app::umum::hari_dari_waktu(waktu);
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
            let (jenis_jabatan, tingkat) = crate::domain::jabatan::klasifikasi_jabatan(&x.jabatan);
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
            super::impor_catatan(db, jenis, &path, tahun, opsi, hari_ini, waktu)
        }
        j => Err(AppError::Masukan {
            field: "jenis".into(),
            pesan: format!("\"{j}\" bukan skp, pegawai, hkt, perilaku, atau dialog"),
        }),
    }
}
