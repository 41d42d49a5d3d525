//! The content of a Kontrak Kinerja: what it prints, from the SKP, the profile and the letter settings.
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::app::AppError;
use crate::domain::kewajiban::JenisKk;
use crate::domain::kk::*;
use crate::domain::model::Perspektif;
use crate::domain::nip::Nip;
use crate::domain::validasi::periksa_skp;
use crate::store::Db;
pub(super) fn kunci_pengaturan(db: &Db, kunci: &str, bawaan: &str) -> Result<String, AppError> {
    Ok(db.pengaturan(kunci)?.unwrap_or_else(|| bawaan.to_string()))
}

pub(super) fn format_nip(nip: &str) -> String {
    Nip::parse(nip)
        .map(|n| n.berformat())
        .unwrap_or_else(|_| nip.to_string())
}

pub(super) fn teks_angka(d: Option<Decimal>, satuan: &str) -> String {
    match d {
        Some(v) => {
            let s = angka_satuan(v, "");
            if satuan == "%" { format!("{s}%") } else { s }
        }
        None => "-".into(),
    }
}

/// One IKI's row of the trajectory as a KK prints it (quarterly targets and the annual one, in the IKI's unit).
pub(crate) fn baris_trajectory(x: &crate::domain::model::Iki, satuan: &str) -> BarisTrajectory {
    BarisTrajectory {
        kode: x.kode.clone(),
        nama: x.nama.clone(),
        satuan: satuan.to_string(),
        triwulan: x.target_triwulan.map(|t| teks_angka(t, satuan)),
        tahunan: teks_angka(crate::domain::capaian::target_tahunan(x), satuan),
    }
}

/// The content of one pegawai's KK (or komplemen / the base of an addendum), from the database.
pub fn isi_kk(
    db: &Db,
    tahun: i32,
    nip: &str,
    jenis: JenisDokumen,
    tanggal: NaiveDate,
    hari_ini: NaiveDate,
) -> Result<IsiKk, AppError> {
    let p = db.data_pegawai(nip)?.ok_or_else(|| AppError::Masukan {
        field: "nip".into(),
        pesan: format!("pegawai {nip} tidak ada"),
    })?;
    let kantor = db.data_kantor()?;
    if kantor.nama.trim().is_empty() {
        return Err(AppError::TidakSiapCetak {
            nip: nip.into(),
            alasan: vec![
                "Kop surat belum lengkap: nama kantor belum diisi (Kantor & Pegawai).".into(),
            ],
        });
    }
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let kalender = crate::app::pengaturan::kalender(db)?;
    let skp = crate::app::umum::skp_pegawai(db, tahun, nip)?;
    let kew = crate::domain::kewajiban::kewajiban_kk_pegawai(&profil, tahun, &skp, &kalender);
    let mut alasan: Vec<String> = periksa_skp(&profil, tahun, hari_ini, &kalender, &skp)
        .iter()
        .filter(|t| t.kode.menghalangi_cetak())
        .map(|t| format!("{} {}", t.kode, t.pesan))
        .collect();
    if !kew.wajib_kk && jenis != JenisDokumen::Addendum {
        alasan.insert(0, format!("{}: {}", skp.nama, kew.penjelasan.rumus));
    }
    if !alasan.is_empty() {
        return Err(AppError::TidakSiapCetak {
            nip: nip.into(),
            alasan,
        });
    }
    let penilai = match &p.atasan_nip {
        Some(a) => {
            let x = db.data_pegawai(a)?.ok_or_else(|| AppError::Masukan {
                field: "atasan".into(),
                pesan: format!("atasan {a} tidak ada"),
            })?;
            Pihak {
                nama: x.nama,
                nip: format_nip(&x.nip),
                pangkat: format!("{}, {}", x.pangkat, x.golongan),
                jabatan: x.jabatan,
                unit_kerja: kantor.nama.clone(),
            }
        }
        None => {
            let (nama, nip_a, pangkat, jabatan) = kantor.atasan_kepala.clone();
            Pihak {
                nama,
                nip: format_nip(&nip_a),
                pangkat,
                jabatan,
                unit_kerja: kantor.induk.clone(),
            }
        }
    };
    let pegawai = Pihak {
        nama: p.nama.clone(),
        nip: format_nip(&p.nip),
        pangkat: format!("{}, {}", p.pangkat, p.golongan),
        jabatan: p.jabatan.clone(),
        unit_kerja: kantor.nama.clone(),
    };
    let cetak = db.iki_cetak(tahun, nip)?;
    let pagu = db.pagu_dipa(tahun)?;
    let mut baris_skp = Vec::new();
    let mut trajectory = Vec::new();
    for x in &skp.iki {
        let c = cetak.iter().find(|c| c.kode == x.kode);
        let satuan = c.map(|c| c.satuan.as_str()).unwrap_or("");
        let periode = crate::domain::kk::periode_per_tahun(
            c.map(|c| c.periode_pelaporan.as_str()).unwrap_or(""),
        );
        // A komplemen answers for the quarters from the hand-over only.
        let periode = if jenis == JenisDokumen::Komplemen && periode == 4 {
            x.target_triwulan
                .iter()
                .filter(|t| t.is_some())
                .count()
                .max(1) as u32
        } else {
            periode
        };
        baris_skp.push(BarisSkp {
            ss: c
                .and_then(|c| c.ss_nama.clone())
                .unwrap_or_else(|| "Pelaksanaan Tugas Non-Sasaran Strategis".into()),
            kode: x.kode.clone(),
            nama: x.nama.clone(),
            ak: c
                .and_then(|c| c.ak)
                .map(crate::domain::angka::teks_id)
                .unwrap_or_default(),
            // Seed 004 rules 13-14: the biaya aspect carries the year's pagu DIPA.
            target: target_aspek(
                x,
                satuan,
                periode,
                pagu.filter(|_| x.aspek == Some(crate::domain::model::Aspek::Biaya)),
            ),
        });
        trajectory.push(baris_trajectory(x, satuan));
    }
    let pemilik = p.tingkat == "pemilik_peta";
    let peta = if pemilik {
        db.daftar_ss(tahun)?
            .into_iter()
            .filter_map(|(kode, nama, per)| {
                Some(SsPeta {
                    kode,
                    nama,
                    perspektif: Perspektif::dari_kode(&per)?,
                })
            })
            .collect()
    } else {
        vec![]
    };
    let inisiatif = if pemilik {
        let rencana = db.inisiatif_tahun(tahun)?;
        db.daftar_inisiatif(tahun)?
            .into_iter()
            .map(|(kode, nama, ss, keterangan)| BarisInisiatif {
                tonggak: rencana
                    .iter()
                    .find(|r| r.kode == kode)
                    .map(|r| {
                        r.tonggak
                            .iter()
                            .map(|t| {
                                format!(
                                    "TW {}: {}",
                                    crate::domain::capaian::romawi(t.triwulan.into()),
                                    t.uraian
                                )
                            })
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                    .unwrap_or_default(),
                kode,
                nama,
                ss,
                keterangan,
            })
            .collect()
    } else {
        vec![]
    };
    let komplemen = jenis == JenisDokumen::Komplemen || kew.jenis == JenisKk::Komplemen;
    // A komplemen runs from the day the newcomer starts to 31 Desember (seed 004).
    let mulai = NaiveDate::parse_from_str(&p.tanggal_mulai, "%Y-%m-%d")
        .ok()
        .filter(|m| komplemen && chrono::Datelike::year(m) == tahun);
    let periode = format!(
        "{} s.d. 31 Desember {tahun}",
        mulai
            .map(tanggal_indonesia)
            .unwrap_or_else(|| format!("1 Januari {tahun}"))
    );
    let catatan = if komplemen {
        format!(
            "{}: {} mulai bertugas pada jabatan ini tanggal {}. Target adalah sisa target yang menjadi tanggung jawabnya, dihitung dari trajectory dan realisasi pemegang jabatan sebelumnya.",
            JenisDokumen::Komplemen.nama_dokumen(profil.kode, pemilik),
            p.nama,
            NaiveDate::parse_from_str(&p.tanggal_mulai, "%Y-%m-%d")
                .map(tanggal_indonesia)
                .unwrap_or(p.tanggal_mulai.clone())
        )
    } else {
        String::new()
    };
    Ok(IsiKk {
        jenis,
        versi: 0,
        tahun,
        nomor: String::new(),
        kantor: kantor.nama.clone(),
        alamat: [kantor.alamat.as_str(), kantor.kota.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", "),
        induk: kantor.induk.clone(),
        tempat: if kantor.kota.is_empty() {
            kantor.nama.clone()
        } else {
            kantor.kota.clone()
        },
        tanggal: tanggal_indonesia(tanggal),
        pegawai,
        penilai,
        pernyataan: kunci_pengaturan(db, "pernyataan_kk", PERNYATAAN_BAWAAN)?,
        peta,
        skp: baris_skp,
        trajectory,
        inisiatif,
        perubahan: vec![],
        catatan,
        nama_dokumen: jenis.nama_dokumen(profil.kode, pemilik).to_string(),
        periode,
    })
}
