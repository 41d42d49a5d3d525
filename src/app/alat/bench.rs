//! `kinerja bench skor`: times scoring a whole office (every IKI, K3, NHK, NKO and findings) in memory.
use std::time::Instant;

use chrono::NaiveDate;

use crate::app::AppError;
use crate::app::demo::{OpsiDemo, bangun};
use crate::domain::kalender::KalenderLibur;
use crate::domain::model::{SkpPegawai, TingkatJabatan};
use crate::domain::profil::ProfilAturan;
use crate::domain::skor::{nilai_pegawai, nko_kantor};
use crate::domain::validasi::periksa_skp;
use crate::store::DataKantor;

pub struct HasilBench {
    pub pegawai: usize,
    pub iki: usize,
    pub ulang: u32,
    pub rata_ms: f64,
    pub terbaik_ms: f64,
}

/// The demo office as the rules see it; every pegawai's IKI list is cycled up to `iki_per_pegawai`.
fn ke_skp(d: &DataKantor, iki_per_pegawai: usize) -> Vec<SkpPegawai> {
    d.pegawai
        .iter()
        .map(|p| SkpPegawai {
            nip: p.nip.clone(),
            nama: p.nama.clone(),
            tingkat: p.tingkat,
            status: p.status,
            tanggal_mulai: p.tanggal_mulai,
            punya_atasan: p.atasan_nip.is_some(),
            kk_ditandatangani: None,
            kembali_dari: None,
            iki: {
                let milik: Vec<_> = d
                    .iki
                    .iter()
                    .filter(|i| i.nip == p.nip)
                    .map(|i| i.iki.clone())
                    .collect();
                (0..if milik.is_empty() {
                    0
                } else {
                    iki_per_pegawai.max(milik.len())
                })
                    .map(|k| {
                        let mut x = milik[k % milik.len()].clone();
                        if k >= milik.len() {
                            x.kode = format!("{}-{k}", x.kode);
                        }
                        x
                    })
                    .collect()
            },
            hkt: vec![],
            dialog_kinerja: vec![],
        })
        .collect()
}

/// One full scoring pass: every pegawai to Q4, NKO of the head's IKUs, and every finding.
fn satu_putaran(
    profil: &ProfilAturan,
    tahun: i32,
    hari_ini: NaiveDate,
    kal: &KalenderLibur,
    skp: &[SkpPegawai],
) -> usize {
    let mut n = 0;
    for s in skp {
        let v = nilai_pegawai(profil, tahun, s, 4);
        n += v.iki.len() + periksa_skp(profil, tahun, hari_ini, kal, s).len();
        if s.tingkat == TingkatJabatan::PemilikPeta {
            n += nko_kantor(profil, &s.iki, 4).nilai.is_some() as usize;
        }
    }
    n
}

pub fn bench_skor(
    pegawai: usize,
    iki_per_pegawai: usize,
    ulang: u32,
    tahun: i32,
) -> Result<HasilBench, AppError> {
    let hari_ini = NaiveDate::from_ymd_opt(tahun + 1, 1, 15).unwrap_or_default();
    let data = bangun(
        &OpsiDemo {
            pegawai,
            tahun,
            seed: 7,
            ganti: true,
        },
        hari_ini,
    )?;
    let skp = ke_skp(&data, iki_per_pegawai);
    let profil = ProfilAturan::bawaan(data.profil);
    let kal = KalenderLibur::dari_tanggal(data.libur.iter().map(|(d, _)| *d));
    let iki = skp.iter().map(|s| s.iki.len()).sum();
    let ulang = ulang.max(1);
    let mut waktu = Vec::new();
    let mut cek = 0;
    for _ in 0..ulang {
        let t0 = Instant::now();
        cek += satu_putaran(&profil, tahun, hari_ini, &kal, &skp);
        waktu.push(t0.elapsed().as_secs_f64() * 1000.0);
    }
    std::hint::black_box(cek);
    let rata = waktu.iter().sum::<f64>() / waktu.len() as f64;
    let terbaik = waktu.iter().copied().fold(f64::INFINITY, f64::min);
    Ok(HasilBench {
        pegawai: skp.len(),
        iki,
        ulang,
        rata_ms: rata,
        terbaik_ms: terbaik,
    })
}

pub struct HasilBenchPdf {
    pub dokumen: usize,
    pub satu_ms: f64,
    pub paralel_ms: f64,
    pub utas: usize,
    pub rata_kb: f64,
    pub maks_kb: f64,
}

/// Renders the KK of every pegawai of a demo office: once on one thread, once spread over all cores.
pub fn bench_pdf(jumlah: usize) -> Result<HasilBenchPdf, AppError> {
    use crate::app::dokumen::id_dokumen;
    use crate::domain::kk::JenisDokumen;
    let hari = NaiveDate::from_ymd_opt(2025, 1, 10).unwrap_or_default();
    let mut db = crate::store::Db::memori()?;
    // Enough pegawai that `jumlah` of them must make a KK (tugas belajar and the like make none).
    crate::app::demo::buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: jumlah + jumlah / 10 + 2,
            tahun: 2025,
            seed: 5,
            ganti: false,
        },
        hari,
        "bench",
    )?;
    let mut isi = Vec::new();
    for s in crate::app::dokumen::daftar_status_kk(&db, 2025, hari)?
        .into_iter()
        .filter(|s| s.wajib_kk && s.penghalang.is_empty())
        .take(jumlah)
    {
        let jenis = if s.jenis.as_deref() == Some("komplemen") {
            JenisDokumen::Komplemen
        } else {
            JenisDokumen::Kk
        };
        let x = crate::app::dokumen::isi_kk(&db, 2025, &s.nip, jenis, hari, hari)?;
        isi.push((id_dokumen(jenis, 2025, &s.nip, 0), x));
    }
    let f = crate::pdf::fonta().map_err(|e| AppError::Pdf(e.to_string()))?;
    let satu = |(id, x): &(String, crate::domain::kk::IsiKk)| -> Result<usize, AppError> {
        let h = crate::pdf::kk::susun(f, x, None, id, &format!("KINERJA|{id}|bench"))
            .map_err(|e| AppError::Pdf(e.to_string()))?;
        Ok(crate::pdf::render(id, &h, 0)
            .map_err(|e| AppError::Pdf(e.to_string()))?
            .len())
    };
    let t0 = Instant::now();
    let ukuran: Vec<usize> = isi.iter().map(satu).collect::<Result<_, _>>()?;
    let satu_ms = t0.elapsed().as_secs_f64() * 1000.0;
    let utas = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let t1 = Instant::now();
    let potong = isi.len().div_ceil(utas).max(1);
    let hasil: Vec<Result<Vec<usize>, AppError>> = std::thread::scope(|sc| {
        let kerja: Vec<_> = isi
            .chunks(potong)
            .map(|c| sc.spawn(move || c.iter().map(satu).collect::<Result<Vec<_>, _>>()))
            .collect();
        kerja
            .into_iter()
            .map(|k| {
                k.join()
                    .unwrap_or_else(|_| Err(AppError::Pdf("utas gagal".into())))
            })
            .collect()
    });
    for h in hasil {
        h?;
    }
    let paralel_ms = t1.elapsed().as_secs_f64() * 1000.0;
    let n = ukuran.len().max(1);
    Ok(HasilBenchPdf {
        dokumen: ukuran.len(),
        satu_ms,
        paralel_ms,
        utas,
        rata_kb: ukuran.iter().sum::<usize>() as f64 / n as f64 / 1024.0,
        maks_kb: ukuran.iter().copied().max().unwrap_or(0) as f64 / 1024.0,
    })
}

pub struct HasilBenchImpor {
    pub baris: usize,
    /// Rounds measured; the figures are their medians.
    pub ulang: usize,
    /// calamine alone: the sheet into its own cell grid.
    pub calamine_ms: f64,
    /// The importer's read: calamine plus the conversion into `xlsx::Sel` cells.
    pub baca_ms: f64,
    /// Read + map + validate, nothing written (a dry run).
    pub uji_ms: f64,
    pub impor_ms: f64,
    pub ditulis: usize,
}

/// Writes a `baris`-row SKP workbook for a demo office, then times a raw read of it against the whole import
/// (read + map + validate + one transaction into a database file). Each of `ulang` rounds imports into a fresh
/// copy of the same database; the medians are reported, because one round on a shared 2-core machine is noise.
/// The import benchmark's material, also used by the crash tests: `bench-impor.db` (a demo office sized for
/// `baris` IKIs) and `bench-impor.xlsx` (an SKP sheet of `baris` rows, one new IKI each) in `dir`.
pub fn siapkan_impor(
    baris: usize,
    dir: &std::path::Path,
) -> Result<(std::path::PathBuf, std::path::PathBuf), AppError> {
    use crate::xlsx::{Nilai, Tabel};
    let pegawai = baris.div_ceil(8).max(6);
    let hari = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap_or_default();
    let mut db = crate::store::Db::buka(&dir.join("bench-impor.db"))?;
    crate::app::demo::buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai,
            tahun: 2025,
            seed: 9,
            ganti: true,
        },
        hari,
        "bench",
    )?;
    let nip: Vec<String> = db.cari_pegawai("")?.into_iter().map(|p| p.nip).collect();
    let mut rows = Vec::with_capacity(baris);
    for i in 0..baris {
        let n = &nip[i % nip.len()];
        let d = |x: i64| Nilai::Angka(rust_decimal::Decimal::from(x));
        let mut r = vec![
            Nilai::Teks(n.clone()),
            Nilai::Kosong,
            Nilai::Kosong,
            Nilai::Kosong,
            Nilai::Kosong,
            Nilai::Teks(format!("B{}", i / nip.len() + 1)),
            Nilai::Teks(format!("Indikator uji nomor {i}")),
            Nilai::Teks("Utama".into()),
            Nilai::Teks("Kuantitas".into()),
            Nilai::Teks("dokumen".into()),
            Nilai::Teks("Maximize".into()),
            Nilai::Teks("Sum".into()),
            Nilai::Teks("Proxy".into()),
            Nilai::Teks("Moderate".into()),
            d(90),
            Nilai::Teks("1.234,5".into()),
        ];
        r.extend([
            d(10),
            d(20),
            d(30),
            d(40),
            d(100),
            d(9),
            d(21),
            Nilai::Kosong,
            Nilai::Kosong,
        ]);
        // Evidence columns stay empty, as in most workbooks offices send.
        r.extend(std::iter::repeat_n(Nilai::Kosong, 4));
        rows.push(r);
    }
    let tabel = Tabel {
        lembar: "SKP".into(),
        judul: vec!["Benchmark impor".into()],
        kolom: crate::app::ekspor::KOLOM_SKP
            .iter()
            .map(|(n, w)| (n.to_string(), *w))
            .collect(),
        baris: rows,
        pilihan: vec![],
        format_angka: vec![],
    };
    let path = dir.join("bench-impor.xlsx");
    crate::app::ekspor::tulis(&path, &[tabel])?;
    drop(db);
    Ok((dir.join("bench-impor.db"), path))
}

pub fn bench_impor(
    baris: usize,
    ulang: usize,
    dir: &std::path::Path,
) -> Result<HasilBenchImpor, AppError> {
    let (asal, path) = siapkan_impor(baris, dir)?;
    let berkas = |e: std::io::Error| AppError::Berkas {
        path: asal.display().to_string(),
        pesan: e.to_string(),
    };
    let (mut mentah, mut baca, mut uji, mut impor) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut ditulis = 0;
    for i in 0..ulang.max(1) {
        let salinan = dir.join(format!("bench-impor-{i}.db"));
        std::fs::copy(&asal, &salinan).map_err(berkas)?;
        let mut db = crate::store::Db::buka(&salinan)?;
        let galat_berkas = |e: crate::xlsx::GalatXlsx| AppError::Berkas {
            path: path.display().to_string(),
            pesan: e.to_string(),
        };
        let tm = Instant::now();
        std::hint::black_box(crate::xlsx::baca_calamine(&path, "SKP").map_err(galat_berkas)?);
        mentah.push(tm.elapsed().as_secs_f64() * 1000.0);
        let t0 = Instant::now();
        let lembar = crate::xlsx::baca_lembar(&path, Some("SKP"), 1_100_000).map_err(|e| {
            AppError::Berkas {
                path: path.display().to_string(),
                pesan: e.to_string(),
            }
        })?;
        baca.push(t0.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(lembar.baris.len());
        let t_uji = Instant::now();
        crate::app::impor::impor_skp(
            &mut db,
            &path,
            2025,
            &crate::app::impor::OpsiImpor {
                lembar: Some("SKP".into()),
                uji: true,
                ..Default::default()
            },
            "bench",
        )?;
        uji.push(t_uji.elapsed().as_secs_f64() * 1000.0);
        let t1 = Instant::now();
        let l = crate::app::impor::impor_skp(
            &mut db,
            &path,
            2025,
            &crate::app::impor::OpsiImpor {
                lembar: Some("SKP".into()),
                ..Default::default()
            },
            "bench",
        )?;
        impor.push(t1.elapsed().as_secs_f64() * 1000.0);
        if !l.galat.is_empty() {
            return Err(AppError::Masukan {
                field: "bench".into(),
                pesan: format!("{} galat, mis. {}", l.galat.len(), l.galat[0]),
            });
        }
        ditulis = (l.baru + l.diperbarui) as usize;
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    Ok(HasilBenchImpor {
        baris,
        ulang: baca.len(),
        calamine_ms: median(&mut mentah),
        baca_ms: median(&mut baca),
        uji_ms: median(&mut uji),
        impor_ms: median(&mut impor),
        ditulis,
    })
}
