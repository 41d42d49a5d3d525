//! Reviu readiness for the pengelola kinerja one level up: what the reviu manajemen kinerja samples in a year
//! (seed 003: the reviu by the level above, by sampling; it also supports the LAKIN), each item complete or with
//! what is missing, by name.
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::app::AppError;
use crate::domain::kk::StatusDokumen;
use crate::domain::temuan::KodeTemuan as K;
use crate::store::Db;

/// One item of the checklist: what is looked at, and what is still missing (empty: complete).
#[derive(Debug, Clone, Serialize, TS)]
pub struct ButirKesiapan {
    pub apa: String,
    /// Where the rule comes from, in words.
    pub dasar: String,
    pub kurang: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct KesiapanReviu {
    pub tahun: i32,
    pub butir: Vec<ButirKesiapan>,
    /// Every item complete.
    pub lengkap: bool,
}

fn butir(apa: &str, dasar: &str, kurang: Vec<String>) -> ButirKesiapan {
    ButirKesiapan {
        apa: apa.into(),
        dasar: dasar.into(),
        kurang,
    }
}

/// Every finding of a year: the plan's (`rencana::periksa_tahun`, as "Siap cetak?" shows them) and the
/// pelaksanaan's (IS-001, RSK-001, RSK-002). `kinerja periksa` lists these.
pub fn periksa_semua(
    db: &Db,
    tahun: i32,
    hari_ini: NaiveDate,
) -> Result<Vec<crate::domain::temuan::Temuan>, AppError> {
    let mut out = crate::app::rencana::periksa_tahun(db, tahun, hari_ini)?;
    out.extend(super::temuan_inisiatif(db, tahun, hari_ini)?);
    out.extend(super::temuan_risiko(db, tahun, hari_ini)?);
    Ok(out)
}

/// The checklist of `tahun` on `hari_ini`.
pub fn kesiapan_reviu(db: &Db, tahun: i32, hari_ini: NaiveDate) -> Result<KesiapanReviu, AppError> {
    let temuan = periksa_semua(db, tahun, hari_ini)?;
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let dari = |kode: &[K]| -> Vec<String> {
        temuan
            .iter()
            .filter(|t| kode.contains(&t.kode))
            .map(|t| {
                let siapa = t.subjek.nip.as_ref().and_then(|n| nama.get(n)).cloned();
                match siapa {
                    Some(n) => format!("{n}: {}", t.pesan),
                    None => t.pesan.clone(),
                }
            })
            .collect()
    };
    let kk = crate::app::dokumen::daftar_status_kk(db, tahun, hari_ini)?;
    let belum_kunci: Vec<String> = kk
        .iter()
        .filter(|k| k.wajib_kk && k.status.as_deref() != Some(StatusDokumen::Terkunci.label()))
        .map(|k| {
            let keadaan = match k.status.as_deref() {
                None => "belum dicetak",
                Some(s) if s == StatusDokumen::Ditandatangani.label() => {
                    "ditandatangani, belum dikunci"
                }
                Some(_) => "dicetak, belum ditandatangani",
            };
            format!("{}: {keadaan}", k.nama)
        })
        .collect();
    let ada_ttd = kk.iter().any(|k| {
        k.wajib_kk
            && matches!(k.status.as_deref(), Some(s) if s == StatusDokumen::Ditandatangani.label() || s == StatusDokumen::Terkunci.label())
    });
    let mut belum_serah: Vec<String> = kk
        .iter()
        .filter(|k| {
            k.wajib_kk
                && k.reviu.serah.is_none()
                && matches!(k.status.as_deref(), Some(s) if s == StatusDokumen::Ditandatangani.label() || s == StatusDokumen::Terkunci.label())
        })
        .map(|k| k.nama.clone())
        .collect();
    // Nothing signed yet means no second copy to hand over yet, not a complete item.
    if !ada_ttd && kk.iter().any(|k| k.wajib_kk) {
        belum_serah.push("Belum ada KK bertanda tangan".into());
    }
    // The milestones and the risks' monitoring are complete only when there is something to check.
    let mut tonggak = dari(&[K::TonggakTerlambat]);
    if db.inisiatif_tahun(tahun)?.is_empty() {
        tonggak.push("Belum ada inisiatif strategis tercatat".into());
    }
    let risiko = db.risiko_tahun(tahun)?;
    let mut mitigasi = dari(&[K::MitigasiTerlambat, K::RisikoTanpaPantauan]);
    if risiko.is_empty() {
        mitigasi.push("Belum ada risiko tercatat".into());
    }
    mitigasi.extend(
        risiko
            .iter()
            .filter(|r| r.batas.is_empty())
            .map(|r| format!("Risiko {}: batas waktu mitigasi belum diisi", r.kode)),
    );
    mitigasi.extend(
        risiko
            .iter()
            .filter(|r| r.mitigasi.trim().is_empty())
            .map(|r| format!("Risiko {}: rencana mitigasi belum diisi", r.kode)),
    );
    // Each realisasi with its evidence: a note of where the data dukung is, or a file.
    let bukti = db.bukti_tahun(tahun)?;
    let berkas = db.berkas_bukti_tahun(tahun)?;
    let mut tanpa_bukti = Vec::new();
    for s in db.muat_skp(tahun)? {
        for x in &s.iki {
            let b = bukti.get(&(s.nip.clone(), x.kode.clone()));
            for q in 0..4 {
                if x.realisasi_triwulan[q].is_some()
                    && b.is_none_or(|b| b[q].trim().is_empty())
                    && !berkas.contains(&(s.nip.clone(), x.kode.clone(), q as u8 + 1))
                {
                    tanpa_bukti.push(format!(
                        "{}: {} TW {}",
                        s.nama,
                        x.kode,
                        crate::domain::capaian::romawi(q + 1)
                    ));
                }
            }
        }
    }
    let butir = vec![
        butir(
            "Kontrak Kinerja setiap pegawai yang wajib ditandatangani dan dikunci",
            "KMK 467/KMK.01/2014 (penetapan KK); KMK 300/KMK.01/2022",
            belum_kunci,
        ),
        butir(
            "Rangkap kedua KK bertanda tangan disampaikan kepada pengelola kinerja atasan",
            "KMK 467/KMK.01/2014 (rangkap kedua)",
            belum_serah,
        ),
        butir(
            "Manual IKU lengkap",
            "KMK 467/KMK.01/2014 (penetapan Manual IKU)",
            dari(&[K::ManualBelumLengkap]),
        ),
        butir(
            "Matriks cascading sejalan dengan IKU induk",
            "KMK 467/KMK.01/2014 (matriks cascading dan alignment)",
            dari(&[K::TargetCascadingPenuhBeda, K::JumlahCascadingSebagianBeda]),
        ),
        butir(
            "Dialog kinerja individu setiap triwulan",
            "KMK 300/KMK.01/2022 (pembinaan kinerja)",
            dari(&[K::DkiTriwulanKosong]),
        ),
        butir(
            "Dialog Kinerja Organisasi setiap triwulan",
            "KMK 300/KMK.01/2022 (forum DKO paling sedikit setiap triwulan)",
            dari(&[K::DkoTriwulanKosong]),
        ),
        butir(
            "Tonggak inisiatif strategis setiap triwulan yang berakhir",
            "KMK 300/KMK.01/2022 (pelaksanaan inisiatif strategis)",
            tonggak,
        ),
        butir(
            "Rencana mitigasi risiko dipantau dan tepat waktu",
            "KMK 300/KMK.01/2022 (rencana mitigasi risiko); bentuk register menurut KMK 577/KMK.01/2019 (sementara)",
            mitigasi,
        ),
        butir(
            "Bukti dukung setiap realisasi",
            "KMK 300/KMK.01/2022 (realisasi dilaporkan dengan data dukung)",
            tanpa_bukti,
        ),
        butir(
            "HKT dengan surat keputusan atau surat penugasan",
            "SE-17/MK.1/2022 (HKT)",
            dari(&[K::HktTanpaSk]),
        ),
    ];
    Ok(KesiapanReviu {
        tahun,
        lengkap: butir.iter().all(|b| b.kurang.is_empty()),
        butir,
    })
}
