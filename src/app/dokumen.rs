//! Kontrak Kinerja documents: build the content, print the PDF with its hashes, verify a file, record signing
//! and lock, edit targets (refused once locked), addendum and komplemen.
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use ts_rs::TS;

use super::AppError;
use crate::domain::angka::format_id;
use crate::domain::capaian::sisa_target;
use crate::domain::kewajiban::{JenisKk, kewajiban_kk};
use crate::domain::kk::*;
use crate::domain::model::{Konsolidasi, Perspektif, StatusPegawai};
use crate::domain::nip::Nip;
use crate::domain::temuan::{KodeTemuan as K, Temuan};
use crate::domain::validasi::{AlasanAddendum, periksa_addendum, periksa_skp};
use crate::store::{BarisDokumen, Db, StoreError};

pub use crate::store::sha256_hex;

fn kunci_pengaturan(db: &Db, kunci: &str, bawaan: &str) -> Result<String, AppError> {
    Ok(db.pengaturan(kunci)?.unwrap_or_else(|| bawaan.to_string()))
}

/// Findings that block printing: errors, except deadlines (a late KK must still be printable).
pub fn menghalangi(t: &Temuan) -> bool {
    t.jenis.menghalangi_cetak()
}

fn format_nip(nip: &str) -> String {
    Nip::parse(nip)
        .map(|n| n.berformat())
        .unwrap_or_else(|_| nip.to_string())
}

fn angka(d: Option<Decimal>, satuan: &str) -> String {
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
        triwulan: x.target_triwulan.map(|t| angka(t, satuan)),
        tahunan: angka(
            x.target_tahunan.or_else(|| {
                x.konsolidasi.and_then(|k| {
                    crate::domain::capaian::gabung(
                        k,
                        &x.target_triwulan
                            .iter()
                            .flatten()
                            .copied()
                            .collect::<Vec<_>>(),
                    )
                })
            }),
            satuan,
        ),
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
    let profil = super::profil::profil_tahun(db, tahun)?;
    let kalender = super::profil::kalender(db)?;
    let skp = super::kantor::skp_pegawai(db, tahun, nip)?;
    let kew = crate::domain::kewajiban::kewajiban_kk_pegawai(&profil, tahun, &skp, &kalender);
    let mut alasan: Vec<String> = periksa_skp(&profil, tahun, hari_ini, &kalender, &skp)
        .iter()
        .filter(|t| menghalangi(t))
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
                .and_then(|c| c.ak.as_deref())
                .and_then(|a| a.parse::<Decimal>().ok())
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
        db.daftar_inisiatif(tahun)?
            .into_iter()
            .map(|(kode, nama, ss, keterangan)| BarisInisiatif {
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

/// A printed document: its ID, a suggested file name, the bytes, and what it printed.
#[derive(Debug, Clone)]
pub struct Cetakan {
    pub id: String,
    pub nama_berkas: String,
    pub bytes: Vec<u8>,
    pub halaman: usize,
    pub teks: String,
    pub sha_berkas: String,
    /// The laid-out pages, for merging several documents into one file.
    pub tata: Vec<crate::pdf::Halaman>,
}

pub fn id_dokumen(jenis: JenisDokumen, tahun: i32, nip: &str, versi: u32) -> String {
    format!("{}-{tahun}-{nip}-{versi}", jenis.singkat())
}

/// Renders `isi` with its ID and content hash in every page's QR code, records the file's hash.
fn render_dan_catat(
    db: &mut Db,
    mut baris: BarisDokumen,
    isi: &IsiKk,
    dibuat_unix: i64,
    waktu: &str,
    simpan: bool,
) -> Result<Cetakan, AppError> {
    let kanon = serde_json::to_string(isi).map_err(|e| AppError::Masukan {
        field: "isi".into(),
        pesan: e.to_string(),
    })?;
    let sha_isi = sha256_hex(kanon.as_bytes());
    let f = crate::pdf::fonta().map_err(|e| AppError::Pdf(e.to_string()))?;
    let qr = format!("KINERJA|{}|{}", baris.id, sha_isi);
    let logo = db.data_kantor()?.logo.map(std::sync::Arc::new);
    let halaman = crate::pdf::kk::susun(f, isi, logo.as_ref(), &baris.id, &qr)
        .map_err(|e| AppError::Pdf(e.to_string()))?;
    let bytes = crate::pdf::render(
        &format!("{} {} {}", isi.nama(), isi.tahun, isi.pegawai.nama),
        &halaman,
        dibuat_unix,
    )
    .map_err(|e| AppError::Pdf(e.to_string()))?;
    let sha_berkas = sha256_hex(&bytes);
    baris.isi = kanon;
    baris.sha_isi = sha_isi.clone();
    if simpan {
        db.simpan_dokumen(&baris, waktu)?;
    }
    db.catat_berkas(&sha_berkas, &baris.id, &sha_isi, waktu)?;
    let akhiran = match isi.jenis {
        JenisDokumen::Kk | JenisDokumen::Komplemen => "KK".to_string(),
        JenisDokumen::Addendum => format!("ADDENDUM-{}", baris.versi),
    };
    Ok(Cetakan {
        nama_berkas: format!("{}-{akhiran}-{}.pdf", baris.nip, baris.tahun),
        id: baris.id,
        halaman: halaman.len(),
        teks: crate::pdf::kk::semua_teks(&halaman),
        bytes,
        sha_berkas,
        tata: halaman,
    })
}

/// Prints the KK (or the komplemen, for a pegawai who starts mid-year) of one pegawai. A signed or locked
/// document is printed again from its stored content, so a reprint is the same document.
pub fn cetak_kk(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    tanggal: NaiveDate,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<Cetakan, AppError> {
    let profil = super::profil::profil_tahun(db, tahun)?;
    let kalender = super::profil::kalender(db)?;
    let jenis = match db.muat_skp(tahun)?.iter().find(|s| s.nip == nip) {
        Some(s)
            if kewajiban_kk(&profil, tahun, s.status, s.tanggal_mulai, &kalender).jenis
                == JenisKk::Komplemen =>
        {
            JenisDokumen::Komplemen
        }
        _ => JenisDokumen::Kk,
    };
    let id = id_dokumen(jenis, tahun, nip, 0);
    if let Some(ada) = db.dokumen(&id)?
        && ada.status >= StatusDokumen::Ditandatangani
    {
        let isi: IsiKk = serde_json::from_str(&ada.isi).map_err(|e| StoreError::DataRusak {
            tempat: format!("dokumen {id}"),
            pesan: e.to_string(),
        })?;
        return render_dan_catat(db, ada, &isi, dibuat_unix, waktu, false);
    }
    let mut isi = isi_kk(db, tahun, nip, jenis, tanggal, hari_ini)?;
    let lama = db.dokumen(&id)?;
    let nomor = match &lama {
        Some(d) => d.nomor.clone(),
        None => {
            let urut = db.daftar_dokumen(tahun)?.len() as u32 + 1;
            nomor_dokumen(
                &kunci_pengaturan(db, "pola_nomor", "{jenis}-{no}/KIN/{tahun}")?,
                urut,
                nip,
                tahun,
                jenis,
                0,
            )
        }
    };
    isi.nomor = nomor.clone();
    let baris = BarisDokumen {
        id,
        tahun,
        nip: nip.into(),
        jenis,
        versi: 0,
        nomor,
        status: StatusDokumen::Dicetak,
        isi: String::new(),
        sha_isi: String::new(),
        alasan: String::new(),
        dibuat: lama
            .as_ref()
            .map(|d| d.dibuat.clone())
            .unwrap_or_else(|| waktu.to_string()),
        dicetak: Some(waktu.into()),
        ditandatangani: None,
        dikunci: None,
        sha_scan: None,
    };
    render_dan_catat(db, baris, &isi, dibuat_unix, waktu, true)
}

/// Result of checking a file against the stored documents.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HasilVerifikasi {
    pub cocok: bool,
    pub sha_berkas: String,
    pub id: Option<String>,
    pub nip: Option<String>,
    pub jenis: Option<String>,
    pub tahun: Option<i32>,
    pub status: Option<String>,
    pub dicetak: Option<String>,
    pub pesan: String,
    /// The file matches, but the data behind the signed or locked document has changed since (what changed).
    pub data_berubah: Option<String>,
}

/// Checks a file by its exact bytes against every file this database printed; for a signed or locked document
/// it also says whether the data behind it has changed since.
pub fn verifikasi(db: &Db, bytes: &[u8]) -> Result<HasilVerifikasi, AppError> {
    let sha = sha256_hex(bytes);
    Ok(match db.dokumen_berkas(&sha)? {
        Some((d, _sha_isi, dibuat)) => HasilVerifikasi {
            data_berubah: match db.dokumen(&d.id)? {
                Some(kini)
                    if kini.status >= StatusDokumen::Ditandatangani
                        && kini.jenis != JenisDokumen::Addendum =>
                {
                    let semua = db.daftar_dokumen(kini.tahun)?;
                    super::keutuhan::data_berubah(db, &kini, &semua)?
                }
                _ => None,
            },
            cocok: true,
            pesan: format!("Berkas sama persis dengan dokumen {} ({} tahun {}, NIP {}), dicetak {}; status sekarang {}.", d.id, d.jenis.judul(), d.tahun, d.nip, super::keutuhan::waktu_tampil(&dibuat), d.status.label()),
            id: Some(d.id),
            nip: Some(d.nip),
            jenis: Some(d.jenis.kode().into()),
            tahun: Some(d.tahun),
            status: Some(d.status.label().into()),
            dicetak: Some(dibuat),
            sha_berkas: sha,
        },
        None => HasilVerifikasi {
            cocok: false,
            pesan: "Berkas TIDAK cocok dengan dokumen mana pun yang dicetak aplikasi ini (isinya berbeda walau hanya satu bita, atau bukan dari basis data ini).".into(),
            sha_berkas: sha,
            id: None,
            nip: None,
            jenis: None,
            tahun: None,
            status: None,
            dicetak: None,
            data_berubah: None,
        },
    })
}

fn dokumen_ada(db: &Db, id: &str) -> Result<BarisDokumen, AppError> {
    db.dokumen(id)?.ok_or_else(|| AppError::Masukan {
        field: "id".into(),
        pesan: format!("dokumen {id} tidak ada"),
    })
}

/// Records the wet-ink signature (date, optional scan of the signed copy, stored with its hash).
pub fn tandatangani(
    db: &mut Db,
    id: &str,
    tanggal: NaiveDate,
    scan: Option<&[u8]>,
    waktu: &str,
) -> Result<(), AppError> {
    let d = dokumen_ada(db, id)?;
    transisi(d.status, StatusDokumen::Ditandatangani).map_err(|e| AppError::Masukan {
        field: "status".into(),
        pesan: e.to_string(),
    })?;
    if let Some(s) = scan {
        cek_pindaian(s)?;
    }
    super::error::tanggal_wajar("Tanggal tanda tangan", tanggal, waktu)?;
    let sha = scan.map(sha256_hex);
    db.ubah_status_dokumen(
        id,
        StatusDokumen::Ditandatangani,
        &tanggal.format("%Y-%m-%d").to_string(),
        scan.zip(sha.as_deref()),
        waktu,
    )?;
    Ok(())
}

fn cek_pindaian(isi: &[u8]) -> Result<(), AppError> {
    if isi.is_empty() {
        return Err(super::error::salah("Pindaian", "berkas kosong (0 bita)"));
    }
    if isi.len() > super::realisasi::MAKS_BERKAS_BUKTI {
        return Err(super::error::salah(
            "Pindaian",
            "lebih dari 20 MB; pindai ulang dengan resolusi lebih rendah",
        ));
    }
    Ok(())
}

/// Attaches the scan of the signed copy to a signed or locked document that was recorded without one. A scan
/// once stored is not replaced: it is the evidence of what was signed.
pub fn lampirkan_pindaian(db: &mut Db, id: &str, isi: &[u8], waktu: &str) -> Result<(), AppError> {
    let d = dokumen_ada(db, id)?;
    if d.status < StatusDokumen::Ditandatangani {
        return Err(super::error::salah(
            "Pindaian",
            format!("dokumen {id} belum ditandatangani"),
        ));
    }
    cek_pindaian(isi)?;
    if !db.simpan_pindaian(id, isi, &sha256_hex(isi), waktu)? {
        return Err(super::error::salah(
            "Pindaian",
            format!(
                "dokumen {id} sudah memiliki pindaian; pindaian dokumen bertanda tangan tidak diganti"
            ),
        ));
    }
    Ok(())
}

pub fn kunci(db: &mut Db, id: &str, waktu: &str) -> Result<(), AppError> {
    let d = dokumen_ada(db, id)?;
    transisi(d.status, StatusDokumen::Terkunci).map_err(|e| AppError::Masukan {
        field: "status".into(),
        pesan: e.to_string(),
    })?;
    db.ubah_status_dokumen(id, StatusDokumen::Terkunci, waktu, None, waktu)?;
    Ok(())
}

/// A target typed in a form or the CLI: the same Indonesian reading as every other number, required, not negative.
fn parse_angka(teks: &str, field: &str) -> Result<Decimal, AppError> {
    super::rencana::angka_tidak_negatif(field, teks)?
        .and_then(|t| t.parse::<Decimal>().ok())
        .ok_or_else(|| AppError::Masukan {
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
    match db.ubah_target(
        tahun,
        nip,
        kode,
        triwulan,
        Some(&v.normalize().to_string()),
        waktu,
    ) {
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
    let profil = super::profil::profil_tahun(db, tahun)?;
    let skp = super::kantor::skp_pegawai(db, tahun, nip)?;
    if let Some(t) = periksa_addendum(&profil, tahun, nip, skp.tingkat, alasan, tanggal)
        .into_iter()
        .next()
    {
        return Err(AppError::Masukan {
            field: if t.jenis == K::AddendumKomposisiBukanPelaksana {
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
        terapkan.push((u.kode.clone(), u.triwulan, baru.normalize().to_string()));
    }
    let versi = db.versi_addendum_berikut(tahun, nip)?;
    // The printed addendum shows the trajectory after the change.
    let mut setelah = skp.clone();
    for (kode, tw, t) in &terapkan {
        if let Some(i) = setelah.iki.iter_mut().find(|i| &i.kode == kode) {
            i.target_triwulan[(*tw - 1) as usize] = t.parse().ok();
            i.target_tahunan = i.konsolidasi.and_then(|k| {
                crate::domain::capaian::gabung(
                    k,
                    &i.target_triwulan
                        .iter()
                        .flatten()
                        .copied()
                        .collect::<Vec<_>>(),
                )
            });
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
                triwulan: i.target_triwulan.map(|t| angka(t, &b.satuan)),
                tahunan: angka(i.target_tahunan, &b.satuan),
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
    let profil = super::profil::profil_tahun(db, tahun)?;
    // Nothing is written for a newcomer who makes no komplemen (e.g. started after 18 Oktober) or whose plan
    // still has what blocks printing: the same checks as the print, before the sisa targets are stored.
    {
        let kalender = super::profil::kalender(db)?;
        let kew = crate::domain::kewajiban::kewajiban_kk_pegawai(&profil, tahun, &baru, &kalender);
        if !kew.wajib_kk || kew.jenis != JenisKk::Komplemen {
            return Err(AppError::TidakSiapCetak {
                nip: nip.into(),
                alasan: vec![format!("{}: {}", baru.nama, kew.penjelasan.rumus)],
            });
        }
        let alasan: Vec<String> = periksa_skp(&profil, tahun, hari_ini, &kalender, &baru)
            .iter()
            .filter(|t| menghalangi(t) && t.jenis != K::TrajectoryKosong)
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
            let teks = |d: Decimal| d.normalize().to_string();
            let progres = k == Konsolidasi::TakeLastKnown
                && asal.sifat_tlk == Some(crate::domain::model::SifatTlk::Progress);
            terapkan.push(crate::store::IkiKomplemen {
                kode: x.kode.clone(),
                target_triwulan: s.target_triwulan.map(|v| v.map(teks)),
                target_tahunan: Some(teks(s.target_tahunan)),
                // The same base the sisa target was cut from: max(realisasi, target at hand-over), so target and
                // realisasi are measured from one point.
                realisasi_serah_terima: (progres && terakhir > 0)
                    .then(|| teks(sd.max(t4[terakhir - 1]))),
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

/// A row of the Dokumen screen: a pegawai with their KK status.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StatusKk {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    /// Seksi/subbagian, for printing one unit's KKs.
    pub unit: String,
    /// Status kepegawaian label (Aktif, CPNS, ...), for filtering.
    pub status_pegawai: String,
    pub wajib_kk: bool,
    pub id: Option<String>,
    pub jenis: Option<String>,
    pub status: Option<String>,
    pub addendum: u32,
    /// A newcomer mid-year (mutasi, kembali bertugas) whose KK is a komplemen with sisa targets.
    pub komplemen: bool,
    pub penghalang: Vec<String>,
    /// The scan of the signed copy is stored.
    pub ada_pindaian: bool,
}

pub fn daftar_status_kk(
    db: &Db,
    tahun: i32,
    hari_ini: NaiveDate,
) -> Result<Vec<StatusKk>, AppError> {
    let profil = super::profil::profil_tahun(db, tahun)?;
    let kalender = super::profil::kalender(db)?;
    let dok = db.daftar_dokumen(tahun)?;
    let pegawai = super::kantor::daftar_pegawai(db, "")?;
    let skp = db.muat_skp(tahun)?;
    Ok(pegawai
        .into_iter()
        .filter_map(|p| {
            let s = skp.iter().find(|s| s.nip == p.nip)?;
            let kew = crate::domain::kewajiban::kewajiban_kk_pegawai(&profil, tahun, s, &kalender);
            let kk = dok
                .iter()
                .find(|d| d.nip == p.nip && d.jenis != JenisDokumen::Addendum);
            Some(StatusKk {
                unit: p.unit.clone(),
                status_pegawai: p.status.clone(),
                wajib_kk: kew.wajib_kk,
                id: kk.map(|d| d.id.clone()),
                jenis: kk.map(|d| d.jenis.kode().into()),
                status: kk.map(|d| d.status.label().into()),
                ada_pindaian: kk.is_some_and(|d| d.sha_scan.is_some()),
                addendum: dok
                    .iter()
                    .filter(|d| d.nip == p.nip && d.jenis == JenisDokumen::Addendum)
                    .count() as u32,
                komplemen: kew.wajib_kk && kew.jenis == JenisKk::Komplemen,
                penghalang: periksa_skp(&profil, tahun, hari_ini, &kalender, s)
                    .iter()
                    .filter(|t| menghalangi(t))
                    .map(|t| format!("{} {}", t.kode, t.pesan))
                    .collect(),
                nip: p.nip,
                nama: p.nama,
                jabatan: p.jabatan,
            })
        })
        .collect())
}

/// One PDF holding several printed documents one after another (each keeps its own footer, ID and QR code).
pub fn gabung(cetakan: &[Cetakan], judul: &str, dibuat_unix: i64) -> Result<Vec<u8>, AppError> {
    let semua: Vec<crate::pdf::Halaman> = cetakan
        .iter()
        .flat_map(|c| c.tata.iter().cloned())
        .collect();
    crate::pdf::render(judul, &semua, dibuat_unix).map_err(|e| AppError::Pdf(e.to_string()))
}

/// Where the GUI writes printed documents: `<data dir>/dokumen/<tahun>/`.
pub fn folder_dokumen(db: &Db, tahun: i32) -> std::path::PathBuf {
    db.path()
        .parent()
        .map(|p| p.to_path_buf())
        .unwrap_or_default()
        .join("dokumen")
        .join(tahun.to_string())
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct HasilCetak {
    pub id: String,
    pub path: String,
    pub halaman: u32,
    pub ukuran_kb: u32,
}

fn tulis_berkas(dir: &std::path::Path, nama: &str, bytes: &[u8]) -> Result<String, AppError> {
    std::fs::create_dir_all(dir).map_err(|e| AppError::Berkas {
        path: dir.display().to_string(),
        pesan: e.to_string(),
    })?;
    let p = dir.join(nama);
    std::fs::write(&p, bytes).map_err(|e| AppError::Berkas {
        path: p.display().to_string(),
        pesan: e.to_string(),
    })?;
    Ok(p.display().to_string())
}

/// GUI action: print one pegawai's KK into the documents folder.
pub fn cetak_ke_folder(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<HasilCetak, AppError> {
    let c = cetak_kk(db, tahun, nip, hari_ini, hari_ini, dibuat_unix, waktu)?;
    let path = tulis_berkas(&folder_dokumen(db, tahun), &c.nama_berkas, &c.bytes)?;
    Ok(HasilCetak {
        id: c.id,
        path,
        halaman: c.halaman as u32,
        ukuran_kb: (c.bytes.len() / 1024) as u32,
    })
}

/// The Dokumen screen's komplemen: sisa targets from the predecessor (if named), then the PDF into the year's
/// folder.
pub fn komplemen_ke_folder(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    pendahulu: Option<&str>,
    hari_ini: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<HasilCetak, AppError> {
    let c = cetak_komplemen(
        db,
        tahun,
        nip,
        pendahulu.filter(|p| !p.trim().is_empty()),
        hari_ini,
        hari_ini,
        dibuat_unix,
        waktu,
    )?;
    let path = tulis_berkas(&folder_dokumen(db, tahun), &c.nama_berkas, &c.bytes)?;
    Ok(HasilCetak {
        id: c.id,
        path,
        halaman: c.halaman as u32,
        ukuran_kb: (c.bytes.len() / 1024) as u32,
    })
}

/// The editable texts of documents: the pledge and the number pattern.
#[derive(Debug, Clone, Serialize, TS)]
pub struct TeksDokumen {
    pub pernyataan: String,
    pub pola_nomor: String,
    pub ada_logo: bool,
}

pub const POLA_NOMOR_BAWAAN: &str = "{jenis}-{no}/KIN/{tahun}";

pub fn teks_dokumen(db: &Db) -> Result<TeksDokumen, AppError> {
    Ok(TeksDokumen {
        pernyataan: kunci_pengaturan(db, "pernyataan_kk", PERNYATAAN_BAWAAN)?,
        pola_nomor: kunci_pengaturan(db, "pola_nomor", POLA_NOMOR_BAWAAN)?,
        ada_logo: db.data_kantor()?.logo.is_some(),
    })
}

pub fn atur_teks_dokumen(
    db: &mut Db,
    pernyataan: &str,
    pola_nomor: &str,
    waktu: &str,
) -> Result<TeksDokumen, AppError> {
    if pernyataan.trim().len() < 20 {
        return Err(AppError::Masukan {
            field: "pernyataan kesanggupan".into(),
            pesan: "teks terlalu pendek (paling sedikit 20 karakter)".into(),
        });
    }
    if !pola_nomor.contains("{no}") {
        return Err(AppError::Masukan {
            field: "pola nomor".into(),
            pesan: "harus memuat {no} (nomor urut); boleh juga {jenis}, {tahun}, {nip}, {versi}"
                .into(),
        });
    }
    db.atur_pengaturan("pernyataan_kk", pernyataan.trim(), waktu)?;
    db.atur_pengaturan("pola_nomor", pola_nomor.trim(), waktu)?;
    teks_dokumen(db)
}

/// Stores the office logo (PNG) used on every document's letterhead; `None` removes it.
pub fn atur_logo(db: &mut Db, png: Option<&[u8]>, waktu: &str) -> Result<TeksDokumen, AppError> {
    if let Some(b) = png {
        if b.len() > 2 * 1024 * 1024 {
            return Err(AppError::Masukan {
                field: "logo".into(),
                pesan: "berkas lebih dari 2 MB; perkecil gambarnya".into(),
            });
        }
        crate::pdf::ukuran_gambar(b).map_err(|e| AppError::Masukan {
            field: "logo".into(),
            pesan: e.to_string(),
        })?;
    }
    db.atur_logo(png, waktu)?;
    teks_dokumen(db)
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
    let skp = super::kantor::skp_pegawai(db, tahun, nip)?;
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

/// GUI: create addendum n from the form and print it into the documents folder.
#[allow(clippy::too_many_arguments)]
pub fn addendum_ke_folder(
    db: &mut Db,
    tahun: i32,
    nip: &str,
    sebab: &str,
    tanggal_perubahan: Option<NaiveDate>,
    uraian: &str,
    ubah: &[UbahTarget],
    tanggal: NaiveDate,
    dibuat_unix: i64,
    waktu: &str,
) -> Result<HasilCetak, AppError> {
    let alasan = match (sebab, tanggal_perubahan) {
        ("umum", _) => AlasanAddendum::Umum,
        ("kebijakan", _) => AlasanAddendum::Kebijakan,
        ("komposisi", Some(t)) => AlasanAddendum::KomposisiPegawai {
            tanggal_perubahan: t,
        },
        ("komposisi", None) => {
            return Err(AppError::Masukan {
                field: "tanggal perubahan komposisi".into(),
                pesan: "wajib diisi".into(),
            });
        }
        (x, _) => {
            return Err(AppError::Masukan {
                field: "sebab".into(),
                pesan: format!("\"{x}\" tidak dikenal"),
            });
        }
    };
    let versi = buat_addendum(db, tahun, nip, alasan, uraian, ubah, tanggal, waktu)?;
    let c = cetak_addendum(db, tahun, nip, versi, dibuat_unix, waktu)?;
    let path = tulis_berkas(&folder_dokumen(db, tahun), &c.nama_berkas, &c.bytes)?;
    Ok(HasilCetak {
        id: c.id,
        path,
        halaman: c.halaman as u32,
        ukuran_kb: (c.bytes.len() / 1024) as u32,
    })
}
