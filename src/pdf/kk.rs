//! Composition of a Kontrak Kinerja, addendum or komplemen (KMK 467 Anak Lampiran IV layout) from `IsiKk`.
use super::{Elemen, Fonta, Halaman, LEBAR_A4, PdfError, Penyusun, Rata, kolom};
use crate::domain::kk::{IsiKk, JenisDokumen, Pihak};
use crate::domain::model::Perspektif;

const TEKS: f32 = 10.0;
const KECIL: f32 = 8.5;

fn kop(p: &mut Penyusun, isi: &IsiKk, logo: Option<&std::sync::Arc<Vec<u8>>>) {
    super::kop(p, &isi.induk, &isi.kantor, &isi.alamat, logo);
}

fn judul(p: &mut Penyusun, teks: &str, sub: &str) {
    p.paragraf(teks, 12.0, true, Rata::Tengah);
    if !sub.is_empty() {
        p.paragraf(sub, TEKS, false, Rata::Tengah);
    }
    p.spasi(4.0);
}

/// Two signature blocks side by side: the atasan (left) and the pegawai (right).
fn tanda_tangan(p: &mut Penyusun, isi: &IsiKk) {
    p.pastikan(52.0);
    p.spasi(6.0);
    let setengah = p.lebar_isi() / 2.0;
    let (kiri, kanan) = (p.kiri, p.kiri + setengah);
    let y0 = p.y;
    p.teks_di(
        kanan,
        y0,
        &format!("{}, {}", isi.tempat, isi.tanggal),
        TEKS,
        false,
        Rata::Tengah,
        setengah,
    );
    let blok = |p: &mut Penyusun, x: f32, peran: &str, s: &Pihak| {
        let mut y = y0 + 6.0;
        for baris in p.f.bungkus(peran, TEKS, false, setengah - 6.0) {
            p.teks_di(x, y, &baris, TEKS, false, Rata::Tengah, setengah);
            y += 4.6;
        }
        for baris in p.f.bungkus(&s.jabatan, TEKS, false, setengah - 6.0) {
            p.teks_di(x, y, &baris, TEKS, false, Rata::Tengah, setengah);
            y += 4.6;
        }
        y += 22.0;
        let nama = if s.nama.is_empty() {
            "(....................................)".to_string()
        } else {
            s.nama.clone()
        };
        p.teks_di(x, y, &nama, TEKS, true, Rata::Tengah, setengah);
        let w = p.f.lebar(&nama, TEKS, true);
        p.garis(
            x + (setengah - w) / 2.0,
            y + 0.8,
            x + (setengah + w) / 2.0,
            y + 0.8,
            0.4,
        );
        y += 4.6;
        p.teks_di(
            x,
            y,
            &format!("NIP {}", if s.nip.is_empty() { "-" } else { &s.nip }),
            TEKS,
            false,
            Rata::Tengah,
            setengah,
        );
        y
    };
    let a = blok(
        p,
        kiri,
        "Pejabat Penilai / Atasan Langsung,",
        &isi.penilai.clone(),
    );
    let b = blok(
        p,
        kanan,
        &format!("Pegawai yang Membuat {},", isi.nama_pokok()),
        &isi.pegawai.clone(),
    );
    p.y = a.max(b) + 4.0;
}

fn pihak(p: &mut Penyusun, judul: &str, s: &Pihak) {
    p.pastikan(30.0);
    p.paragraf(judul, TEKS, true, Rata::Kiri);
    let x = p.kiri + 4.0;
    p.isian(
        x,
        38.0,
        &[
            ("Nama", s.nama.clone()),
            ("NIP", s.nip.clone()),
            ("Pangkat/Golongan", s.pangkat.clone()),
            ("Jabatan", s.jabatan.clone()),
            ("Unit Kerja", s.unit_kerja.clone()),
        ],
        TEKS,
    );
    p.spasi(3.0);
}

/// The peta strategi drawn as four perspective bands with SS boxes.
fn peta(p: &mut Penyusun, isi: &IsiKk) {
    let tinggi_band = 26.0;
    p.pastikan(tinggi_band * 4.0 + 12.0);
    p.paragraf(
        &format!(
            "PETA STRATEGI {} TAHUN {}",
            isi.kantor.to_uppercase(),
            isi.tahun
        ),
        TEKS,
        true,
        Rata::Tengah,
    );
    p.spasi(2.0);
    let (kiri, lebar) = (p.kiri, p.lebar_isi());
    let label_w = 30.0;
    for (i, per) in Perspektif::SEMUA.iter().enumerate() {
        let y = p.y;
        let warna = [
            (0.86, 0.91, 0.97),
            (0.90, 0.95, 0.90),
            (0.99, 0.95, 0.86),
            (0.95, 0.91, 0.97),
        ][i % 4];
        p.kotak(kiri, y, lebar, tinggi_band, Some(warna), true);
        for (j, b) in
            p.f.bungkus(per.label(), KECIL, true, label_w - 3.0)
                .iter()
                .enumerate()
        {
            p.teks_di(
                kiri + 1.5,
                y + 6.0 + j as f32 * 4.0,
                b,
                KECIL,
                true,
                Rata::Kiri,
                label_w,
            );
        }
        let ss: Vec<_> = isi.peta.iter().filter(|s| s.perspektif == *per).collect();
        if !ss.is_empty() {
            let ruang = lebar - label_w - 4.0;
            let w = (ruang - 4.0 * (ss.len() as f32 - 1.0)) / ss.len() as f32;
            for (k, s) in ss.iter().enumerate() {
                let x = kiri + label_w + 2.0 + k as f32 * (w + 4.0);
                p.kotak(
                    x,
                    y + 3.0,
                    w,
                    tinggi_band - 6.0,
                    Some((1.0, 1.0, 1.0)),
                    true,
                );
                let baris =
                    p.f.bungkus(&format!("{} {}", s.kode, s.nama), KECIL, false, w - 3.0);
                for (j, b) in baris.iter().take(4).enumerate() {
                    p.teks_di(
                        x,
                        y + 8.0 + j as f32 * 3.9,
                        b,
                        KECIL,
                        false,
                        Rata::Tengah,
                        w,
                    );
                }
            }
        }
        p.y = y + tinggi_band;
    }
    p.spasi(4.0);
}

fn halaman_skp(p: &mut Penyusun, isi: &IsiKk) {
    p.halaman_baru();
    judul(
        p,
        // KMK 467's component is the Sasaran Kerja Pegawai; under KMK 300/127 the SKP is the Sasaran Kinerja Pegawai.
        if isi.nama_pokok() == "Kontrak Kinerja" {
            "SASARAN KERJA PEGAWAI"
        } else {
            "SASARAN KINERJA PEGAWAI"
        },
        &if isi.periode.is_empty() {
            format!("Periode 1 Januari s.d. 31 Desember {}", isi.tahun)
        } else {
            format!("Periode {}", isi.periode)
        },
    );
    pihak(p, "I. PEJABAT PENILAI", &isi.penilai);
    pihak(p, "II. PNS YANG DINILAI", &isi.pegawai);
    p.paragraf("III. KEGIATAN TUGAS JABATAN", TEKS, true, Rata::Kiri);
    p.spasi(1.5);
    let kol = [
        kolom("No", 8.0, Rata::Tengah),
        kolom("Sasaran Strategis", 27.0, Rata::Kiri),
        kolom("Kode", 13.0, Rata::Kiri),
        kolom("Nama IKU/IKI", 36.0, Rata::Kiri),
        kolom("AK", 9.0, Rata::Tengah),
        kolom("Kuantitas/ Output", 19.0, Rata::Tengah),
        kolom("Kualitas/ Mutu", 16.0, Rata::Tengah),
        kolom("Waktu", 15.0, Rata::Tengah),
        // Wide enough for a pagu DIPA in the billions on one line (seed 004 rule 14).
        kolom("Biaya", 27.0, Rata::Tengah),
    ];
    let baris: Vec<Vec<String>> = isi
        .skp
        .iter()
        .enumerate()
        .map(|(i, b)| {
            vec![
                (i + 1).to_string(),
                b.ss.clone(),
                b.kode.clone(),
                b.nama.clone(),
                b.ak.clone(),
                b.target.kuantitas.clone(),
                b.target.kualitas.clone(),
                b.target.waktu.clone(),
                b.target.biaya.clone(),
            ]
        })
        .collect();
    p.tabel(&kol, &baris, KECIL);
    tanda_tangan(p, isi);
}

fn lampiran_trajectory(p: &mut Penyusun, isi: &IsiKk) {
    p.halaman_baru();
    judul(
        p,
        &format!("LAMPIRAN I {}", isi.nama_pokok().to_uppercase()),
        &format!("Trajectory Target IKU Tahun {}", isi.tahun),
    );
    p.isian(
        p.kiri,
        30.0,
        &[
            ("Nama", isi.pegawai.nama.clone()),
            ("Jabatan", isi.pegawai.jabatan.clone()),
        ],
        TEKS,
    );
    p.spasi(3.0);
    let kol = [
        kolom("No", 8.0, Rata::Tengah),
        kolom("Kode", 12.0, Rata::Kiri),
        kolom("Nama IKU/IKI", 54.0, Rata::Kiri),
        kolom("Satuan", 16.0, Rata::Tengah),
        kolom("TW I", 16.0, Rata::Kanan),
        kolom("TW II", 16.0, Rata::Kanan),
        kolom("TW III", 16.0, Rata::Kanan),
        kolom("TW IV", 16.0, Rata::Kanan),
        kolom("Y", 16.0, Rata::Kanan),
    ];
    let baris: Vec<Vec<String>> = isi
        .trajectory
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut v = vec![
                (i + 1).to_string(),
                t.kode.clone(),
                t.nama.clone(),
                t.satuan.clone(),
            ];
            v.extend(t.triwulan.iter().cloned());
            v.push(t.tahunan.clone());
            v
        })
        .collect();
    p.tabel(&kol, &baris, KECIL);
}

fn lampiran_inisiatif(p: &mut Penyusun, isi: &IsiKk) {
    p.halaman_baru();
    judul(
        p,
        &format!("LAMPIRAN II {}", isi.nama_pokok().to_uppercase()),
        &format!("Inisiatif Strategis Tahun {}", isi.tahun),
    );
    // With milestones the last column is the plan per quarter; without, the keterangan.
    let tonggak = isi.inisiatif.iter().any(|b| !b.tonggak.is_empty());
    let kol = if tonggak {
        [
            kolom("No", 8.0, Rata::Tengah),
            kolom("Kode", 14.0, Rata::Kiri),
            kolom("Inisiatif Strategis", 52.0, Rata::Kiri),
            kolom("Sasaran Strategis", 38.0, Rata::Kiri),
            kolom("Tonggak per triwulan", 58.0, Rata::Kiri),
        ]
    } else {
        [
            kolom("No", 8.0, Rata::Tengah),
            kolom("Kode", 16.0, Rata::Kiri),
            kolom("Inisiatif Strategis", 70.0, Rata::Kiri),
            kolom("Sasaran Strategis", 46.0, Rata::Kiri),
            kolom("Keterangan", 30.0, Rata::Kiri),
        ]
    };
    let baris: Vec<Vec<String>> = isi
        .inisiatif
        .iter()
        .enumerate()
        .map(|(i, b)| {
            vec![
                (i + 1).to_string(),
                b.kode.clone(),
                b.nama.clone(),
                b.ss.clone(),
                if tonggak {
                    b.tonggak.clone()
                } else {
                    b.keterangan.clone()
                },
            ]
        })
        .collect();
    p.tabel(&kol, &baris, KECIL);
}

fn isi_pernyataan(isi: &IsiKk) -> String {
    isi.pernyataan
        .replace("{nama}", &isi.pegawai.nama)
        .replace("{jabatan}", &isi.pegawai.jabatan)
        .replace("{tahun}", &isi.tahun.to_string())
        .replace("{kantor}", &isi.kantor)
}

/// Lays out the whole document; `id` and `qr` go into every page's footer.
pub fn susun(
    f: &Fonta,
    isi: &IsiKk,
    logo: Option<&std::sync::Arc<Vec<u8>>>,
    id: &str,
    qr: &str,
) -> Result<Vec<Halaman>, PdfError> {
    let mut p = Penyusun::baru(f);
    kop(&mut p, isi, logo);
    let sub = match isi.jenis {
        JenisDokumen::Addendum => format!("Nomor {} (Addendum ke-{})", isi.nomor, isi.versi),
        _ => format!("Nomor {}", isi.nomor),
    };
    judul(
        &mut p,
        &format!("{} TAHUN {}", isi.nama().to_uppercase(), isi.tahun),
        &sub,
    );
    match isi.jenis {
        JenisDokumen::Addendum => {
            p.paragraf(
                &format!(
                    "{} {} NIP {} tahun {} diubah sebagai berikut. Target dan indeks capaian periode yang telah direalisasikan tidak berubah.",
                    isi.nama_pokok(), isi.pegawai.nama, isi.pegawai.nip, isi.tahun
                ),
                TEKS,
                false,
                Rata::Kiri,
            );
            p.spasi(3.0);
            let kol = [
                kolom("No", 8.0, Rata::Tengah),
                kolom("Butir yang diubah", 50.0, Rata::Kiri),
                kolom("Semula", 38.0, Rata::Kiri),
                kolom("Menjadi", 38.0, Rata::Kiri),
                kolom("Alasan", 36.0, Rata::Kiri),
            ];
            let baris: Vec<Vec<String>> = isi
                .perubahan
                .iter()
                .enumerate()
                .map(|(i, b)| {
                    vec![
                        (i + 1).to_string(),
                        b.item.clone(),
                        b.sebelum.clone(),
                        b.sesudah.clone(),
                        b.alasan.clone(),
                    ]
                })
                .collect();
            p.tabel(&kol, &baris, KECIL);
            tanda_tangan(&mut p, isi);
            if !isi.trajectory.is_empty() {
                lampiran_trajectory(&mut p, isi);
            }
        }
        _ => {
            p.paragraf(&isi_pernyataan(isi), TEKS, false, Rata::Kiri);
            if !isi.catatan.is_empty() {
                p.spasi(2.0);
                p.paragraf(&isi.catatan, KECIL, false, Rata::Kiri);
            }
            tanda_tangan(&mut p, isi);
            if !isi.peta.is_empty() {
                peta(&mut p, isi);
            }
            halaman_skp(&mut p, isi);
            lampiran_trajectory(&mut p, isi);
            if !isi.peta.is_empty() {
                lampiran_inisiatif(&mut p, isi);
            }
        }
    }
    p.kaki(id, Some(qr))?;
    Ok(p.halaman)
}

/// Every text on every page, for checks and previews.
pub fn semua_teks(h: &[Halaman]) -> String {
    h.iter()
        .map(|x| x.teks().join("\n"))
        .collect::<Vec<_>>()
        .join("\n\u{c}\n")
}

/// No two text items on one page overlap (same line and intersecting horizontally).
pub fn tumpang_tindih(f: &Fonta, h: &[Halaman]) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    for (n, hal) in h.iter().enumerate() {
        let items: Vec<(f32, f32, f32, &str)> = hal
            .elemen
            .iter()
            .filter_map(|e| {
                if let Elemen::Teks {
                    x,
                    y,
                    ukuran,
                    tebal,
                    teks,
                } = e
                {
                    Some((*x, *x + f.lebar(teks, *ukuran, *tebal), *y, teks.as_str()))
                } else {
                    None
                }
            })
            .collect();
        for (i, a) in items.iter().enumerate() {
            for b in &items[i + 1..] {
                if (a.2 - b.2).abs() < 2.0 && a.0 < b.1 - 0.3 && b.0 < a.1 - 0.3 {
                    out.push((n + 1, a.3.to_string(), b.3.to_string()));
                }
            }
            if a.1 > BATAS_KANAN {
                out.push((n + 1, a.3.to_string(), "(melewati margin kanan)".into()));
            }
        }
        for e in &hal.elemen {
            if let Elemen::Kotak { x, w, .. } = e
                && x + w > BATAS_KANAN
            {
                out.push((
                    n + 1,
                    format!("kotak di x={x:.1} lebar {w:.1}"),
                    "(melewati margin kanan)".into(),
                ));
            }
        }
    }
    out
}

/// The right margin (20 mm) with 1 mm tolerance.
const BATAS_KANAN: f32 = LEBAR_A4 - 19.0;
