//! Scoring a whole pegawai and office: per-IKI index and K3, NHK, and NKO, with their derivations.
use rust_decimal::Decimal;

use super::capaian::{AturanUkur, HasilKonsolidasi, konsolidasi};
use super::k3::{DataTarget, bobot_kualitas_target, hasil_bobot_kualitas_iku, k3};
use super::model::{Iki, JenisIki, Perspektif, Polarisasi, SkpPegawai};
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
    pub nhk: HasilNhk,
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
    let capaian = match iki.konsolidasi {
        Some(k) => konsolidasi(
            profil,
            &aturan,
            k,
            &iki.target_triwulan,
            &iki.realisasi_triwulan,
            sampai,
        ),
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

/// Scores one pegawai up to a quarter: every IKI, every HKT, then NHK.
pub fn nilai_pegawai(profil: &ProfilAturan, skp: &SkpPegawai, sampai: usize) -> NilaiPegawai {
    let iki: Vec<NilaiIki> = skp
        .iki
        .iter()
        .map(|x| nilai_iki(profil, x, sampai))
        .collect();
    let masuk: Vec<IkiNhk> = iki
        .iter()
        .map(|n| IkiNhk {
            indeks: n.capaian.indeks.nilai,
            k3: n.k3.nilai,
            hari: None,
        })
        .collect();
    let hkt: Vec<Hasil> = skp
        .hkt
        .iter()
        .map(|h| {
            let aturan = AturanUkur::dengan(Polarisasi::Maximize);
            let indeks = match (h.target, h.realisasi) {
                (Some(t), Some(r)) => super::capaian::indeks_capaian(profil, &aturan, t, r).nilai,
                _ => None,
            };
            match indeks {
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
                    Penjelasan::baru("Nilai HKT", profil.kode, "", "SE-17/MK.1/2022"),
                    format!("HKT \"{}\" belum memiliki target dan realisasi.", h.judul),
                ),
            }
        })
        .collect();
    let hkt_nilai: Vec<Decimal> = hkt.iter().filter_map(|h| h.nilai).collect();
    NilaiPegawai {
        nip: skp.nip.clone(),
        nhk: nhk(profil, &masuk, &hkt_nilai),
        iki,
        hkt,
    }
}

/// NKO of the office from the IKUs of the UPK head's SKP (those with a perspektif).
pub fn nko_kantor(profil: &ProfilAturan, iku: &[Iki], sampai: usize) -> Hasil {
    let data: Vec<(Perspektif, Decimal, Option<Decimal>)> = iku
        .iter()
        .filter_map(|x| {
            let p = x.perspektif?;
            let n = nilai_iki(profil, x, sampai);
            Some((p, n.capaian.indeks.nilai?, None))
        })
        .collect();
    nko(profil, &data)
}
