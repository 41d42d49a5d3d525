//! Changes after signing: a target before the lock, addendum and komplemen, and their forms and files.
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::*;
use crate::app::AppError;
use crate::app::umum::salah;
use crate::domain::angka::format_id;
use crate::domain::capaian::sisa_target;
use crate::domain::kewajiban::JenisKk;
use crate::domain::kk::*;
use crate::domain::model::{Konsolidasi, StatusPegawai};
use crate::domain::temuan::KodeTemuan as K;
use crate::domain::validasi::{AlasanAddendum, periksa_addendum, periksa_skp};
use crate::store::{BarisDokumen, Db, StoreError};

/// A target typed in a form or the CLI: the same Indonesian reading as every other number, required, not negative.
fn parse_angka(teks: &str, field: &str) -> Result<Decimal, AppError> {
    crate::app::umum::desimal_tidak_negatif(field, teks)?.ok_or_else(|| AppError::Masukan {
        field: field.into(),
        pesan: "wajib diisi".into(),
    })
}

/// Changes one quarter's target (planning). Refused with a clear message once the KK is locked.
pub fn ubah_target(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    kode: &str,
    triwulan: u32,
    target: &str,
    waktu: &str,
) -> Result<(), AppError> {
    if !(1..=4).contains(&triwulan) {
        return Err(AppError::Masukan {
            field: "triwulan".into(),
            pesan: format!("harus 1..4, bukan {triwulan}"),
        });
    }
    let v = parse_angka(target, "target")?;
    match db.ubah_target(tahun, nip, kode, triwulan, Some(v), waktu) {
        Ok(true) => Ok(()),
        Ok(false) => Err(AppError::Masukan {
            field: "kode".into(),
            pesan: format!("IKU {kode} tidak ada pada SKP {nip} tahun {tahun}"),
        }),
        Err(StoreError::Terkunci) => Err(AppError::Terkunci {
            nip: nip.into(),
            tahun,
        }),
        Err(e) => Err(e.into()),
    }
}

/// One change of an addendum: the IKU code, the quarter, the new target.
#[derive(Debug, Clone)]
pub struct UbahTarget {
    pub kode: String,
    pub triwulan: u32,
    pub target: String,
}

/// Creates addendum `n` of a signed KK: only quarters without realisasi may change, the deadline of the reason
/// applies, then the new targets and the addendum document are stored together.
#[allow(clippy::too_many_arguments)]
pub fn buat_addendum(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    alasan: AlasanAddendum,
    uraian: &str,
    ubah: &[UbahTarget],
    tanggal: NaiveDate,
    waktu: &str,
) -> Result<u32, AppError> {
    if ubah.is_empty() {
        return Err(AppError::Masukan {
            field: "perubahan".into(),
            pesan: "tidak ada target yang diubah".into(),
        });
    }
    if uraian.trim().is_empty() {
        return Err(AppError::Masukan {
            field: "alasan".into(),
            pesan: "alasan addendum wajib diisi".into(),
        });
    }
    let kk = [JenisDokumen::Kk, JenisDokumen::Komplemen]
        .iter()
        .find_map(|j| db.dokumen(&id_dokumen(*j, tahun, nip, 0)).ok().flatten())
        .ok_or_else(|| AppError::Masukan {
            field: "nip".into(),
            pesan: format!("{nip} belum memiliki Kontrak Kinerja tahun {tahun}"),
        })?;
    if kk.status < StatusDokumen::Ditandatangani {
        return Err(AppError::Masukan {
            field: "status".into(),
            pesan: format!(
                "Kontrak Kinerja {} masih {}: ubah targetnya langsung, addendum hanya untuk KK yang sudah ditandatangani",
                kk.id,
                kk.status.label()
            ),
        });
    }
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    let skp = crate::app::umum::skp_pegawai(db, tahun, nip)?;
    if let Some(t) = periksa_addendum(&profil, tahun, nip, skp.tingkat, alasan, tanggal)
        .into_iter()
        .next()
    {
        return Err(AppError::Masukan {
            field: if t.kode == K::AddendumKomposisiBukanPelaksana {
                "sebab addendum".into()
            } else {
                "tanggal".into()
            },
            pesan: t.pesan,
        });
    }
    let mut perubahan = Vec::new();
    let mut terapkan = Vec::new();
    for u in ubah {
        let iki = skp
            .iki
            .iter()
            .find(|i| i.kode == u.kode)
            .ok_or_else(|| AppError::Masukan {
                field: "kode".into(),
                pesan: format!("IKU {} tidak ada pada SKP {nip}", u.kode),
            })?;
        if !(1..=4).contains(&u.triwulan) {
            return Err(AppError::Masukan {
                field: "triwulan".into(),
                pesan: format!("harus 1..4, bukan {}", u.triwulan),
            });
        }
        let q = (u.triwulan - 1) as usize;
        if iki.realisasi_triwulan[q].is_some() {
            return Err(AppError::Masukan {
                field: format!("IKU {} TW {}", u.kode, crate::domain::capaian::romawi(u.triwulan as usize)),
                pesan: "periode ini sudah direalisasikan; addendum tidak mengubah target periode yang telah lewat".into(),
            });
        }
        let baru = parse_angka(&u.target, "target")?;
        perubahan.push(BarisPerubahan {
            item: format!(
                "{} {} – target TW {}",
                iki.kode,
                iki.nama,
                crate::domain::capaian::romawi(u.triwulan as usize)
            ),
            sebelum: iki.target_triwulan[q]
                .map(|v| format_id(v, if v.fract().is_zero() { 0 } else { 2 }))
                .unwrap_or_else(|| "-".into()),
            sesudah: format_id(baru, if baru.fract().is_zero() { 0 } else { 2 }),
            alasan: uraian.trim().into(),
        });
        terapkan.push((u.kode.clone(), u.triwulan, baru));
    }
    let versi = db.versi_addendum_berikut(tahun, nip)?;
    // The printed addendum shows the trajectory after the change.
    let mut setelah = skp.clone();
    for (kode, tw, t) in &terapkan {
        if let Some(i) = setelah.iki.iter_mut().find(|i| &i.kode == kode) {
            i.target_triwulan[(*tw - 1) as usize] = Some(*t);
            // The annual target follows the changed quarters.
            i.target_tahunan = None;
            i.target_tahunan = crate::domain::capaian::target_tahunan(i);
        }
    }
    let dasar: IsiKk = serde_json::from_str(&kk.isi).map_err(|e| StoreError::DataRusak {
        tempat: format!("dokumen {}", kk.id),
        pesan: e.to_string(),
    })?;
    let trajectory = dasar
        .trajectory
        .iter()
        .map(|b| match setelah.iki.iter().find(|i| i.kode == b.kode) {
            Some(i) => BarisTrajectory {
                triwulan: i.target_triwulan.map(|t| teks_angka(t, &b.satuan)),
                tahunan: teks_angka(i.target_tahunan, &b.satuan),
                ..b.clone()
            },
            None => b.clone(),
        })
        .collect();
    let nomor = format!("{}/ADD-{versi}", kk.nomor);
    let nama_dokumen = format!("Addendum {}", dasar.nama_pokok());
    let isi = IsiKk {
        jenis: JenisDokumen::Addendum,
        nama_dokumen,
        versi,
        nomor: nomor.clone(),
        tanggal: tanggal_indonesia(tanggal),
        perubahan,
        trajectory,
        peta: vec![],
        inisiatif: vec![],
        skp: vec![],
        catatan: String::new(),
        ..dasar
    };
    let kanon = serde_json::to_string(&isi).map_err(|e| AppError::Masukan {
        field: "isi".into(),
        pesan: e.to_string(),
    })?;
    let baris = BarisDokumen {
        id: id_dokumen(JenisDokumen::Addendum, tahun, nip, versi),
        tahun,
        nip: nip.into(),
        jenis: JenisDokumen::Addendum,
        versi,
        nomor,
        status: StatusDokumen::Draf,
        sha_isi: sha256_hex(kanon.as_bytes()),
        isi: kanon,
        alasan: uraian.trim().into(),
        dibuat: waktu.into(),
        dicetak: None,
        ditandatangani: None,
        dikunci: None,
        sha_scan: None,
    };
    db.terapkan_addendum(&baris, &terapkan, waktu)?;
    Ok(versi)
}

/// Prints addendum `versi` from its stored content.
pub fn cetak_addendum(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    versi: u32,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<Cetakan, AppError> {
    let mut d = db
        .dokumen_pegawai(tahun, nip, JenisDokumen::Addendum, versi)?
        .ok_or_else(|| AppError::Masukan {
            field: "versi".into(),
            pesan: format!("addendum ke-{versi} {nip} tahun {tahun} tidak ada"),
        })?;
    let isi: IsiKk = serde_json::from_str(&d.isi).map_err(|e| StoreError::DataRusak {
        tempat: format!("dokumen {}", d.id),
        pesan: e.to_string(),
    })?;
    let simpan = d.status == StatusDokumen::Draf;
    if simpan {
        d.status = StatusDokumen::Dicetak;
        d.dicetak = Some(waktu.into());
    }
    render_dan_catat(db, d, &isi, dibuat_unix, waktu, simpan)
}

/// KK komplemen: writes the newcomer's sisa targets, computed from the predecessor's trajectory and
/// realisasi of the same IKU codes, then prints. Without a predecessor the newcomer's own trajectory stands.
pub fn cetak_komplemen(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    pendahulu: Option<&str>,
    tanggal: NaiveDate,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<Cetakan, AppError> {
    let semua = db.muat_skp(tahun)?;
    let baru = semua
        .iter()
        .find(|s| s.nip == nip)
        .ok_or_else(|| AppError::Masukan {
            field: "nip".into(),
            pesan: format!("pegawai {nip} tidak ada"),
        })?
        .clone();
    if !matches!(
        baru.status,
        StatusPegawai::Mutasi | StatusPegawai::KembaliBertugas
    ) {
        return Err(AppError::Masukan {
            field: "nip".into(),
            pesan: format!(
                "{} berstatus {}; KK komplemen untuk pegawai mutasi atau yang kembali bertugas",
                baru.nama,
                baru.status.label()
            ),
        });
    }
    let profil = crate::app::pengaturan::profil_tahun(db, tahun)?;
    // Nothing is written for a newcomer who makes no komplemen (e.g. started after 18 Oktober) or whose plan
    // still has what blocks printing: the same checks as the print, before the sisa targets are stored.
    {
        let kalender = crate::app::pengaturan::kalender(db)?;
        let kew = crate::domain::kewajiban::kewajiban_kk_pegawai(&profil, tahun, &baru, &kalender);
        if !kew.wajib_kk || kew.jenis != JenisKk::Komplemen {
            return Err(AppError::TidakSiapCetak {
                nip: nip.into(),
                alasan: vec![format!("{}: {}", baru.nama, kew.penjelasan.rumus)],
            });
        }
        let alasan: Vec<String> = periksa_skp(&profil, tahun, hari_ini, &kalender, &baru)
            .iter()
            .filter(|t| t.kode.menghalangi_cetak() && t.kode != K::TrajectoryKosong)
            .map(|t| format!("{} {}", t.kode, t.pesan))
            .collect();
        if !alasan.is_empty() {
            return Err(AppError::TidakSiapCetak {
                nip: nip.into(),
                alasan,
            });
        }
    }
    if let Some(pn) = pendahulu {
        let lama = semua
            .iter()
            .find(|s| s.nip == pn)
            .ok_or_else(|| AppError::Masukan {
                field: "pendahulu".into(),
                pesan: format!("pegawai {pn} tidak ada"),
            })?;
        if pn == nip {
            return Err(AppError::Masukan {
                field: "pendahulu".into(),
                pesan: "pendahulu tidak boleh pegawai itu sendiri".into(),
            });
        }
        // The predecessor answers for the quarters before the one the newcomer starts in; a start inside a quarter
        // leaves that quarter (with its blank spot) to the newcomer, whose targets start there (seed 004).
        let terakhir = (chrono::Datelike::month0(&baru.tanggal_mulai) / 3) as usize;
        let mut terapkan = Vec::new();
        for x in &baru.iki {
            let Some(asal) = lama.iki.iter().find(|i| i.kode == x.kode) else {
                continue;
            };
            let (Some(k), Some(t)) = (
                asal.konsolidasi,
                asal.target_triwulan
                    .iter()
                    .copied()
                    .collect::<Option<Vec<_>>>(),
            ) else {
                continue;
            };
            let t4 = [t[0], t[1], t[2], t[3]];
            // The predecessor's realisasi of every quarter they answer for: a gap is not a zero.
            if let Some(q) = (0..terakhir).find(|q| asal.realisasi_triwulan[*q].is_none()) {
                return Err(AppError::Masukan {
                    field: format!("IKU {}", x.kode),
                    pesan: format!(
                        "realisasi TW {} {} pendahulu ({}) belum dicatat: sisa target tidak dapat dihitung",
                        crate::domain::capaian::romawi(q + 1),
                        tahun,
                        lama.nama
                    ),
                });
            }
            let r: Vec<Decimal> = asal.realisasi_triwulan[..terakhir]
                .iter()
                .flatten()
                .copied()
                .collect();
            let sd = crate::domain::capaian::gabung(
                if k == Konsolidasi::TakeLastKnown {
                    k
                } else {
                    Konsolidasi::Sum
                },
                &r,
            )
            .unwrap_or_default();
            let s = sisa_target(&profil, k, asal.sifat_tlk, &t4, sd, terakhir).map_err(|e| {
                AppError::Masukan {
                    field: format!("IKU {}", x.kode),
                    pesan: e.to_string(),
                }
            })?;
            let progres = k == Konsolidasi::TakeLastKnown
                && asal.sifat_tlk == Some(crate::domain::model::SifatTlk::Progress);
            terapkan.push(crate::store::IkiKomplemen {
                kode: x.kode.clone(),
                target_triwulan: s.target_triwulan,
                target_tahunan: Some(s.target_tahunan),
                // The same base the sisa target was cut from: max(realisasi, target at hand-over), so target and
                // realisasi are measured from one point.
                realisasi_serah_terima: (progres && terakhir > 0).then(|| sd.max(t4[terakhir - 1])),
            });
        }
        if terapkan.is_empty() {
            return Err(AppError::Masukan {
                field: "pendahulu".into(),
                pesan: format!(
                    "{} tidak memegang IKU/IKI dengan kode yang sama dengan {}: tidak ada sisa target yang dapat dihitung",
                    lama.nama, baru.nama
                ),
            });
        }
        db.terapkan_komplemen(tahun, nip, &terapkan, waktu)?;
    }
    cetak_kk(db, tahun, nip, tanggal, hari_ini, dibuat_unix, waktu)
}

/// One IKI as the addendum form shows it: quarterly targets, and which quarters are already realised.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BarisAddendumForm {
    pub kode: String,
    pub nama: String,
    pub target: Vec<Option<String>>,
    pub terealisasi: Vec<bool>,
}

pub fn form_addendum(db: &Db, tahun: i32, nip: &str) -> Result<Vec<BarisAddendumForm>, AppError> {
    let skp = crate::app::umum::skp_pegawai(db, tahun, nip)?;
    Ok(skp
        .iki
        .iter()
        .map(|i| BarisAddendumForm {
            kode: i.kode.clone(),
            nama: i.nama.clone(),
            target: i
                .target_triwulan
                .iter()
                .map(|t| t.map(|d| format_id(d, if d.fract().is_zero() { 0 } else { 2 })))
                .collect(),
            terealisasi: i.realisasi_triwulan.iter().map(Option::is_some).collect(),
        })
        .collect())
}

/// Why a typed addendum reason is not one: each face (the form, `kinerja addendum --sebab`) names its own field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SebabAddendumSalah {
    /// "komposisi" without the date the composition of pegawai changed.
    TanggalWajib,
    /// Not umum, kebijakan or komposisi.
    TidakDikenal(String),
}

/// The reason of an addendum as the form and `kinerja addendum --sebab` name it: umum, kebijakan, or komposisi with
/// the date the composition of pegawai changed.
pub fn alasan_addendum(
    sebab: &str,
    tanggal_perubahan: Option<NaiveDate>,
) -> Result<AlasanAddendum, SebabAddendumSalah> {
    match (sebab, tanggal_perubahan) {
        ("umum", _) => Ok(AlasanAddendum::Umum),
        ("kebijakan", _) => Ok(AlasanAddendum::Kebijakan),
        ("komposisi", Some(t)) => Ok(AlasanAddendum::KomposisiPegawai {
            tanggal_perubahan: t,
        }),
        ("komposisi", None) => Err(SebabAddendumSalah::TanggalWajib),
        (x, _) => Err(SebabAddendumSalah::TidakDikenal(x.to_string())),
    }
}

/// GUI: create the next addendum from the form (checked first; nothing is written when it is refused).
#[allow(clippy::too_many_arguments)]
pub fn addendum_dari_form(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    sebab: &str,
    tanggal_perubahan: Option<NaiveDate>,
    uraian: &str,
    ubah: &[UbahTarget],
    tanggal: NaiveDate,
    waktu: &str,
) -> Result<u32, AppError> {
    let alasan = alasan_addendum(sebab, tanggal_perubahan).map_err(|e| match e {
        SebabAddendumSalah::TanggalWajib => salah("tanggal perubahan komposisi", "wajib diisi"),
        SebabAddendumSalah::TidakDikenal(x) => salah("sebab", format!("\"{x}\" tidak dikenal")),
    })?;
    buat_addendum(db, tahun, nip, alasan, uraian, ubah, tanggal, waktu)
}

/// GUI: print addendum `versi` to `tujuan`.
pub fn cetak_addendum_ke(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    versi: u32,
    tujuan: &Tujuan,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<HasilCetak, AppError> {
    let c = cetak_addendum(db, tahun, nip, versi, dibuat_unix, waktu)?;
    simpan_cetakan(&c, tujuan)
}
