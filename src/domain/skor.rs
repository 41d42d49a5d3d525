//! Scoring a whole pegawai and office: per-IKI index and K3, NHK, and NKO, with their derivations.
use rust_decimal::Decimal;

use super::capaian::{AturanUkur, HasilKonsolidasi, konsolidasi};
use super::k3::{DataTarget, bobot_kualitas_target, hasil_bobot_kualitas_iku, k3};
use super::model::{Iki, JenisIki, Perspektif, Polarisasi, SkpPegawai, TingkatJabatan};
use rust_decimal_macros::dec;

use super::nilai::{HasilNhk, Hkt, IkiNhk, nhk, nilai_hkt, nko};
use super::penjelasan::{Hasil, Penjelasan};
use super::profil::ProfilAturan;

#[derive(Debug, Clone, PartialEq)]
pub struct NilaiIki {
    pub kode: String,
    pub capaian: HasilKonsolidasi,
    pub k3: Hasil,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NilaiPegawai {
    pub nip: String,
    pub iki: Vec<NilaiIki>,
    pub hkt: Vec<Hasil>,
    /// HKU K3, HKT and the NHK (awal, before kalibrasi).
    pub nhk: HasilNhk,
    /// The NHK as reported: after the profile's kalibrasi, the same figure where it has none.
    pub nhk_akhir: Hasil,
}

pub fn aturan_ukur(iki: &Iki) -> AturanUkur {
    AturanUkur {
        polarisasi: iki.polarisasi,
        konversi_120: iki.konversi_120,
        r_worst: iki.r_worst,
        skala_stabilize: None,
        target_atas: None,
    }
}

pub fn nilai_iki(profil: &ProfilAturan, iki: &Iki, sampai: usize) -> NilaiIki {
    let aturan = aturan_ukur(iki);
    // KK komplemen, take-last-known progress: the newcomer answers for what was achieved after the hand-over.
    let serah_terima = iki
        .realisasi_serah_terima
        .filter(|_| iki.konsolidasi == Some(super::model::Konsolidasi::TakeLastKnown));
    let realisasi = match serah_terima {
        Some(b) => iki.realisasi_triwulan.map(|r| r.map(|v| v - b)),
        None => iki.realisasi_triwulan,
    };
    let capaian = match iki.konsolidasi {
        Some(k) => {
            let mut c = konsolidasi(profil, &aturan, k, &iki.target_triwulan, &realisasi, sampai);
            if let Some(b) = serah_terima {
                c.indeks.penjelasan.catat(format!(
                    "KK komplemen: realisasi dihitung sejak serah terima, dikurangi realisasi pendahulu {} (KMK 467/KMK.01/2014: sisa target IKU progress pada KK komplemen).",
                    super::angka::teks_id(b)
                ));
            }
            c
        }
        None => HasilKonsolidasi {
            target: None,
            realisasi: None,
            indeks: Hasil::tidak_dapat_dihitung(
                Penjelasan::baru("Indeks capaian", profil.kode, "", "Manual IKU"),
                "Konsolidasi periode belum diisi pada manual IKU.",
            ),
        },
    };
    let bobot_iku = match (iki.validitas, iki.kendali) {
        (Some(v), Some(k)) => hasil_bobot_kualitas_iku(profil, v, k),
        _ => Hasil::tidak_dapat_dihitung(
            Penjelasan::baru("Bobot kualitas IKU", profil.kode, "", "Manual IKU"),
            "Validitas atau tingkat kendali belum diisi.",
        ),
    };
    let target = iki.target_tahunan.or(capaian.target);
    let bobot_target = match (iki.polarisasi, target) {
        (Some(p), Some(t)) => bobot_kualitas_target(
            profil,
            &DataTarget {
                polarisasi: p,
                kategori: iki.kategori,
                mandatory: iki.jenis == JenisIki::Mandatory,
                target_ditetapkan: false,
                target: t,
                target_y1: iki.target_y1,
                realisasi_y1: iki.realisasi_y1,
            },
        ),
        _ => Hasil::tidak_dapat_dihitung(
            Penjelasan::baru("Bobot kualitas target", profil.kode, "", "Manual IKU"),
            "Polarisasi atau target belum diisi.",
        ),
    };
    NilaiIki {
        kode: iki.kode.clone(),
        k3: k3(profil, &bobot_iku, &bobot_target),
        capaian,
    }
}

/// One HKT scored: admitted (seed 000) or not, with its own polarisasi (seed 001), weighted by the profile's bobot.
/// A refused HKT is 0 with the rules that refused it; an HKT without weight or realisasi is not computable.
fn nilai_satu_hkt(
    profil: &ProfilAturan,
    h: &super::model::HktPegawai,
    ditolak: &[String],
) -> Hasil {
    let besaran = format!("HKT \"{}\"", h.judul);
    if !ditolak.is_empty() {
        let mut pj = Penjelasan::baru(
            &besaran,
            profil.kode,
            "HKT yang tidak memenuhi ketentuan bernilai 0",
            "KMK 300/KMK.01/2022 dan SE-17/MK.1/2022: syarat HKT (inovasi: seleksi KIKK/Katalog, persetujuan Pengelola Inovasi, implementasi ≤ 1 tahun; SK/surat penugasan)",
        )
        .masukan("Jenis", h.jenis.label());
        for alasan in ditolak {
            pj.catat(format!("Tidak diakui: {alasan}"));
        }
        return Hasil::ada(Decimal::ZERO, pj);
    }
    let polarisasi = h.polarisasi.unwrap_or(Polarisasi::Maximize);
    let aturan = AturanUkur::dengan(polarisasi);
    let indeks = match (h.target, h.realisasi) {
        (Some(t), Some(r)) => super::capaian::indeks_capaian(profil, &aturan, t, r).nilai,
        _ => None,
    };
    let mut hasil = match indeks {
        Some(i) => nilai_hkt(
            profil,
            &Hkt {
                jenis: h.jenis,
                lingkup: h.lingkup,
                penuh_waktu: h.penuh_waktu,
                pemilik_kinerja: h.pemilik_kinerja,
                indeks: i,
            },
        ),
        None => Hasil::tidak_dapat_dihitung(
            Penjelasan::baru(&besaran, profil.kode, "", "SE-17/MK.1/2022"),
            "Belum memiliki target dan realisasi, atau indeksnya tidak dapat dihitung.",
        ),
    };
    hasil.penjelasan.besaran = besaran;
    hasil.penjelasan.masukan.insert(
        0,
        super::penjelasan::Masukan {
            nama: "Polarisasi".into(),
            nilai: polarisasi.label().into(),
        },
    );
    hasil
}

/// Scores one pegawai up to a quarter of `tahun`: every IKI, every HKT, then NHK. IKIs marked Tambahan are HKT,
/// not HKU: they are listed among the HKT and count only once recorded as one (kind, scope, SK).
/// The Pimpinan UPK's NHK is the office NKO with K3-adjusted IKU indices (`nhk_pimpinan`).
pub fn nilai_pegawai(
    profil: &ProfilAturan,
    tahun: i32,
    skp: &SkpPegawai,
    sampai: usize,
) -> NilaiPegawai {
    let iki: Vec<NilaiIki> = skp
        .iki
        .iter()
        .map(|x| nilai_iki(profil, x, sampai))
        .collect();
    let masuk: Vec<IkiNhk> = iki
        .iter()
        .zip(&skp.iki)
        .filter(|(_, x)| x.jenis != JenisIki::Tambahan)
        .map(|(n, _)| IkiNhk {
            indeks: n.capaian.indeks.nilai,
            k3: n.k3.nilai,
            hari: None,
        })
        .collect();
    let pengakuan = super::validasi::pengakuan_hkt(tahun, skp);
    let mut hkt: Vec<Hasil> = skp
        .hkt
        .iter()
        .zip(&pengakuan.ditolak)
        .map(|(h, d)| nilai_satu_hkt(profil, h, d))
        .collect();
    for x in skp.iki.iter().filter(|x| x.jenis == JenisIki::Tambahan) {
        hkt.push(Hasil::tidak_dapat_dihitung(
            Penjelasan::baru(
                &format!("IKI tambahan {}", x.kode),
                profil.kode,
                "",
                "SE-17/MK.1/2022: hasil kerja tambahan dinilai menurut jenis dan lingkupnya",
            ),
            "IKI bertanda Tambahan adalah HKT, bukan HKU: catat sebagai HKT (jenis, lingkup, SK) agar dapat dinilai.",
        ));
    }
    let mut hasil = nhk(profil, &masuk, &hkt);
    if skp.tingkat == TingkatJabatan::PemilikPeta && profil.parameter.nhk_pimpinan_dari_nko.nilai {
        hasil.nhk = nhk_pimpinan(profil, &skp.iki, &iki);
        let mut pj = Penjelasan::baru(
            "HKT",
            profil.kode,
            "NHK Pimpinan UPK = NKO K3; HKT tidak dijumlahkan",
            "KMK 300/KMK.01/2022 (NKO K3 Pimpinan UPK; bawaan sementara)",
        );
        pj.sementara = hasil.nhk.penjelasan.sementara;
        hasil.hkt = Hasil::tidak_dapat_dihitung(
            pj,
            "NHK Pimpinan UPK diambil dari NKO kantor: HKT tidak dijumlahkan.",
        );
    }
    let nhk_akhir = kalibrasi_hasil(profil, "NHK", &hasil.nhk);
    NilaiPegawai {
        nip: skp.nip.clone(),
        nhk: hasil,
        nhk_akhir,
        iki,
        hkt,
    }
}

/// A figure after the profile's kalibrasi (KMK 127: above 100 compressed so that 120 maps to 115, for JPT Pratama,
/// Administrator, Pengawas, JF and Pelaksana: everyone in a kantor vertikal). Unchanged where the profile has none.
pub fn kalibrasi_hasil(profil: &ProfilAturan, nama: &str, h: &Hasil) -> Hasil {
    if profil.parameter.kalibrasi.nilai.is_none() {
        return h.clone();
    }
    let Some(v) = h.nilai else {
        return h.clone();
    };
    let mut k = super::nilai::kalibrasi(profil, v);
    k.penjelasan.besaran = format!("{nama} (setelah kalibrasi)");
    k.penjelasan.masukan.insert(
        0,
        super::penjelasan::Masukan {
            nama: format!("{nama} awal"),
            nilai: super::angka::format_id(v, 2),
        },
    );
    if h.penjelasan.sementara {
        k.penjelasan
            .sementara_karena(format!("{nama} awal yang dikalibrasi masih sementara."));
    }
    k
}

/// NHK of the Pimpinan UPK (owner of the peta strategi): the office NKO computed from K3-adjusted IKU indices
/// (NKC = min(120, IC × K3)), capped at 120. KMK 300 calls it "NKO K3"; its formula is not
/// readable, so the figure is provisional.
pub fn nhk_pimpinan(profil: &ProfilAturan, iku: &[Iki], nilai: &[NilaiIki]) -> Hasil {
    let mut dilewati = Vec::new();
    let data: Vec<(Perspektif, Decimal, Option<Decimal>)> = iku
        .iter()
        .zip(nilai)
        .filter(|(x, _)| x.jenis != JenisIki::Tambahan)
        .filter_map(|(x, n)| {
            let p = x.perspektif?;
            match (n.capaian.indeks.nilai, n.k3.nilai) {
                (Some(ic), Some(k3)) => Some((p, (ic * k3).min(dec!(120)), None)),
                _ => {
                    dilewati.push(x.kode.clone());
                    None
                }
            }
        })
        .collect();
    let mut h = nko(profil, &data);
    let pj = &mut h.penjelasan;
    pj.besaran = "NHK Pimpinan UPK".into();
    pj.rumus = "NKC = min(120, IC × K3) per IKU; NHK = NKO dari NKC (nilai perspektif × bobot perspektif), maks. 120".into();
    pj.sumber =
        "KMK 300/KMK.01/2022: NHK Pimpinan UPK dari NKO K3 (teks tidak terbaca; bawaan sementara)"
            .into();
    if !dilewati.is_empty() {
        pj.catat(format!(
            "IKU tanpa indeks atau K3 tidak ikut dihitung: {}.",
            dilewati.join(", ")
        ));
    }
    if profil.parameter.nhk_pimpinan_dari_nko.sementara_p() {
        pj.sementara_karena(
            "Rumus NHK Pimpinan UPK (\"NKO K3\") tidak terbaca dari KMK 300; dipakai NKO dengan indeks disesuaikan K3.",
        );
    }
    if let Some(v) = h.nilai {
        h.nilai = Some(v.min(profil.parameter.batas_nhk.nilai));
    }
    h
}

/// NKO of the office from the IKUs of the UPK head's SKP (those with a perspektif).
pub fn nko_kantor(profil: &ProfilAturan, iku: &[Iki], sampai: usize) -> Hasil {
    let data: Vec<(Perspektif, Decimal, Option<Decimal>)> = iku
        .iter()
        .filter(|x| x.jenis != JenisIki::Tambahan)
        .filter_map(|x| {
            let p = x.perspektif?;
            let n = nilai_iki(profil, x, sampai);
            Some((p, n.capaian.indeks.nilai?, None))
        })
        .collect();
    nko(profil, &data)
}
