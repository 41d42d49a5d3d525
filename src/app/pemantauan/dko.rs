//! Dialog Kinerja Organisasi: the forums of a year (who chaired and attended, what was discussed and decided, the
//! risks, the rencana aksi with their owner, due date and status), the form checked whole, deletion, the
//! quarters still without one (DKO-001), the rencana aksi still open for the next forum, and the notulen PDF.
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::{TemuanTampil, Urungan, iso_ke_isian, iso_ke_tampil, salah};
use crate::domain::capaian::romawi;
use crate::domain::kk::tanggal_indonesia;
use crate::domain::model::{StatusAksi, TingkatJabatan};
use crate::store::{Db, RekamAksi, RekamDko};

/// One rencana aksi as the form sends it; the due date as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FormAksi {
    pub uraian: String,
    pub pic_nip: Option<String>,
    /// "30/06/2026", "30 Juni 2026", "2026-06-30" or empty.
    pub batas: String,
    pub status: String,
    pub tindak_lanjut: String,
}

/// The DKO form as the screen sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FormDko {
    #[ts(type = "number")]
    pub id: i64,
    /// The quarter whose performance the forum discusses (1-4).
    pub triwulan: u8,
    /// "20/04/2026", "20 April 2026" or "2026-04-20".
    pub tanggal: String,
    pub tempat: String,
    pub pimpinan_nip: Option<String>,
    pub peserta: Vec<String>,
    pub pembahasan: String,
    pub masalah: String,
    pub keputusan: String,
    pub risiko: String,
    pub rencana_aksi: Vec<FormAksi>,
    pub notulis: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DkoTampil {
    pub form: FormDko,
    /// "TW I".
    pub triwulan: String,
    /// "20 April 2026".
    pub tanggal: String,
    pub pimpinan: String,
    pub jumlah_peserta: u32,
    /// Rencana aksi not yet selesai or batal.
    pub aksi_terbuka: u32,
}

/// A rencana aksi still open, for the next forum to follow up.
#[derive(Debug, Clone, Serialize, TS)]
pub struct AksiTerbuka {
    #[ts(type = "number")]
    pub dko_id: i64,
    /// Its place in the DKO's list (0-based), to update it there.
    pub urutan: u32,
    /// "TW I · 20 April 2026".
    pub dari: String,
    pub uraian: String,
    pub pic: String,
    /// "30 Juni 2026", or empty.
    pub batas: String,
    pub status: String,
    /// Its status code and follow-up as stored, for the row's fields.
    pub kode_status: String,
    pub tindak_lanjut: String,
    pub lewat_batas: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DaftarDko {
    /// Set after a change or a deletion: what the "Batalkan" bar undoes.
    pub urungkan: Option<Urungan>,
    pub tahun: i32,
    pub dko: Vec<DkoTampil>,
    /// DKO-001: quarters that have ended without a DKO.
    pub temuan: Vec<TemuanTampil>,
    pub aksi_terbuka: Vec<AksiTerbuka>,
    /// The head of the office (owner of the peta strategi), proposed as chair of a new DKO.
    pub pimpinan_bawaan: Option<String>,
    /// The quarter a new DKO is most likely about: the earliest ended one without a forum, else the last one that
    /// has ended (1 before any has).
    pub triwulan_bawaan: u8,
    pub pilihan_status: Vec<(String, String)>,
}

fn ke_form(d: &RekamDko) -> FormDko {
    FormDko {
        id: d.id,
        triwulan: d.triwulan,
        tanggal: iso_ke_isian(&d.tanggal),
        tempat: d.tempat.clone(),
        pimpinan_nip: d.pimpinan_nip.clone(),
        peserta: d.peserta.clone(),
        pembahasan: d.pembahasan.clone(),
        masalah: d.masalah.clone(),
        keputusan: d.keputusan.clone(),
        risiko: d.risiko.clone(),
        rencana_aksi: d
            .rencana_aksi
            .iter()
            .map(|a| FormAksi {
                uraian: a.uraian.clone(),
                pic_nip: a.pic_nip.clone(),
                batas: iso_ke_isian(&a.batas),
                status: a.status.clone(),
                tindak_lanjut: a.tindak_lanjut.clone(),
            })
            .collect(),
        notulis: d.notulis.clone(),
    }
}

fn terbuka(a: &RekamAksi) -> bool {
    !matches!(
        StatusAksi::dari_kode(&a.status),
        Some(StatusAksi::Selesai | StatusAksi::Batal)
    )
}

/// Every field checked before anything is stored; an error names the field (a rencana aksi by its number).
pub(crate) fn baca_form_dko(
    tahun: i32,
    f: &FormDko,
    ada_pegawai: &dyn Fn(&str) -> bool,
    hari_ini: NaiveDate,
) -> Result<RekamDko, AppError> {
    use crate::domain::batas::JenisTeks as T;
    crate::app::umum::batas_teks(&[
        ("Tempat", &f.tempat, T::Nama),
        ("Pembahasan", &f.pembahasan, T::Uraian),
        ("Permasalahan", &f.masalah, T::Uraian),
        ("Keputusan", &f.keputusan, T::Uraian),
        ("Risiko", &f.risiko, T::Uraian),
        ("Notulis", &f.notulis, T::Nama),
    ])?;
    if !(1..=4).contains(&f.triwulan) {
        return Err(salah("Triwulan", "pilih TW I sampai TW IV"));
    }
    let tanggal = crate::app::umum::tanggal_masukan("Tanggal DKO", &f.tanggal)?
        .ok_or_else(|| salah("Tanggal DKO", "wajib diisi"))?;
    let awal_tw = NaiveDate::from_ymd_opt(tahun, 3 * (f.triwulan as u32 - 1) + 1, 1)
        .expect("the first day of a quarter exists");
    if tanggal < awal_tw {
        return Err(salah(
            "Tanggal DKO",
            format!(
                "{} sebelum TW {} {tahun} dimulai",
                tanggal.format("%d/%m/%Y"),
                romawi(f.triwulan as usize)
            ),
        ));
    }
    if tanggal.year() > tahun + 1 {
        return Err(salah(
            "Tanggal DKO",
            format!(
                "{} lebih dari setahun sesudah tahun {tahun}",
                tanggal.format("%d/%m/%Y")
            ),
        ));
    }
    if tanggal > hari_ini {
        return Err(salah(
            "Tanggal DKO",
            format!("{} belum terjadi", tanggal.format("%d/%m/%Y")),
        ));
    }
    if f.pembahasan.trim().is_empty() {
        return Err(salah(
            "Pembahasan",
            "wajib diisi: capaian IKU dan inisiatif strategis yang dibahas",
        ));
    }
    if let Some(p) = f.pimpinan_nip.as_deref().filter(|p| !p.is_empty())
        && !ada_pegawai(p)
    {
        return Err(salah("Pimpinan", format!("pegawai {p} tidak ada")));
    }
    let mut peserta: Vec<String> = Vec::new();
    for n in &f.peserta {
        if !ada_pegawai(n) {
            return Err(salah("Peserta", format!("pegawai {n} tidak ada")));
        }
        if !peserta.contains(n) {
            peserta.push(n.clone());
        }
    }
    let mut aksi = Vec::new();
    for (i, a) in f.rencana_aksi.iter().enumerate() {
        let no = i + 1;
        let field = |b: &str| format!("{b} rencana aksi {no}");
        crate::app::umum::batas_teks(&[
            (&field("Uraian"), &a.uraian, T::Uraian),
            (&field("Tindak lanjut"), &a.tindak_lanjut, T::Uraian),
        ])?;
        let uraian = a.uraian.trim();
        if uraian.is_empty() {
            return Err(salah(&field("Uraian"), "wajib diisi (atau hapus barisnya)"));
        }
        let pic = a.pic_nip.clone().filter(|p| !p.is_empty());
        if let Some(p) = &pic
            && !ada_pegawai(p)
        {
            return Err(salah(
                &field("Penanggung jawab"),
                format!("pegawai {p} tidak ada"),
            ));
        }
        let batas = crate::app::umum::tanggal_masukan(&field("Batas waktu"), &a.batas)?;
        let status = StatusAksi::dari_kode(&a.status)
            .ok_or_else(|| salah(&field("Status"), format!("\"{}\" tidak dikenal", a.status)))?;
        aksi.push(RekamAksi {
            uraian: uraian.into(),
            pic_nip: pic,
            batas: batas
                .map(|t| t.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            status: status.kode().into(),
            tindak_lanjut: a.tindak_lanjut.trim().into(),
        });
    }
    Ok(RekamDko {
        id: f.id,
        tahun,
        triwulan: f.triwulan,
        tanggal: tanggal.format("%Y-%m-%d").to_string(),
        tempat: f.tempat.trim().into(),
        pimpinan_nip: f.pimpinan_nip.clone().filter(|p| !p.is_empty()),
        peserta,
        pembahasan: f.pembahasan.trim().into(),
        masalah: f.masalah.trim().into(),
        keputusan: f.keputusan.trim().into(),
        risiko: f.risiko.trim().into(),
        rencana_aksi: aksi,
        notulis: f.notulis.trim().into(),
    })
}

/// The DKO-001 findings of a year (for `kinerja periksa` and the screen).
pub fn temuan_dko(
    db: &Db,
    tahun: i32,
    hari_ini: NaiveDate,
) -> Result<Vec<crate::domain::temuan::Temuan>, AppError> {
    let tw: Vec<u8> = db.dko_tahun(tahun)?.iter().map(|d| d.triwulan).collect();
    Ok(crate::domain::validasi::periksa_dko(tahun, hari_ini, &tw))
}

/// The DKO of a year with the quarters still lacking one and the rencana aksi still open.
pub fn daftar_dko(db: &Db, tahun: i32, hari_ini: NaiveDate) -> Result<DaftarDko, AppError> {
    let semua = db.dko_tahun(tahun)?;
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let nama_dari = |n: &Option<String>| {
        n.as_ref()
            .map(|n| nama.get(n).cloned().unwrap_or_else(|| n.clone()))
            .unwrap_or_default()
    };
    let dko = semua
        .iter()
        .map(|d| DkoTampil {
            form: ke_form(d),
            triwulan: format!("TW {}", romawi(d.triwulan as usize)),
            tanggal: iso_ke_tampil(&d.tanggal),
            pimpinan: nama_dari(&d.pimpinan_nip),
            jumlah_peserta: d.peserta.len() as u32,
            aksi_terbuka: d.rencana_aksi.iter().filter(|a| terbuka(a)).count() as u32,
        })
        .collect();
    let aksi_terbuka = semua
        .iter()
        .flat_map(|d| {
            d.rencana_aksi
                .iter()
                .enumerate()
                .filter(|(_, a)| terbuka(a))
                .map(move |(i, a)| (d, i, a))
        })
        .map(|(d, i, a)| AksiTerbuka {
            dko_id: d.id,
            urutan: i as u32,
            dari: format!(
                "TW {} · {}",
                romawi(d.triwulan as usize),
                iso_ke_tampil(&d.tanggal)
            ),
            uraian: a.uraian.clone(),
            pic: nama_dari(&a.pic_nip),
            batas: iso_ke_tampil(&a.batas),
            status: StatusAksi::dari_kode(&a.status)
                .map(|s| s.label())
                .unwrap_or_default()
                .into(),
            kode_status: a.status.clone(),
            tindak_lanjut: a.tindak_lanjut.clone(),
            lewat_batas: NaiveDate::parse_from_str(&a.batas, "%Y-%m-%d")
                .is_ok_and(|b| b < hari_ini),
        })
        .collect();
    let temuan = temuan_dko(db, tahun, hari_ini)?
        .into_iter()
        .map(|t| crate::app::umum::tampil_temuan(t, ""))
        .collect();
    let pimpinan_bawaan = db
        .muat_skp(tahun)?
        .into_iter()
        .find(|s| s.tingkat == TingkatJabatan::PemilikPeta)
        .map(|s| s.nip);
    Ok(DaftarDko {
        urungkan: None,
        tahun,
        dko,
        temuan,
        aksi_terbuka,
        pimpinan_bawaan,
        triwulan_bawaan: {
            // The earliest ended quarter still without a forum about it; else the last ended one.
            let lewat = crate::domain::kalender::triwulan_lewat(tahun, hari_ini).clamp(1, 4) as u8;
            (1..=lewat)
                .find(|q| !semua.iter().any(|d| d.triwulan == *q))
                .unwrap_or(lewat)
        },
        pilihan_status: StatusAksi::SEMUA
            .iter()
            .map(|s| (s.kode().into(), s.label().into()))
            .collect(),
    })
}

fn milik(db: &Db, tahun: i32, id: i64) -> Result<RekamDko, AppError> {
    db.dko_tahun(tahun)?
        .into_iter()
        .find(|d| d.id == id)
        .ok_or_else(|| salah("DKO", format!("DKO {id} tidak ada pada tahun {tahun}")))
}

/// `simpan_dko` from a screen that sends the form as it showed it: a field changed elsewhere since is not
/// overwritten (see `rencana::simpan_iki_dari`).
pub fn simpan_dko_dari(
    db: &mut Db,
    tahun: i32,
    f: &FormDko,
    semula: Option<&FormDko>,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarDko, AppError> {
    let f = match semula {
        Some(s) if f.id != 0 => {
            let kini = db
                .dko_tahun(tahun)?
                .into_iter()
                .find(|d| d.id == f.id)
                .ok_or_else(|| AppError::Konflik {
                    field: format!("DKO tanggal {}", s.tanggal),
                    pesan: "telah dihapus di tempat lain; muat ulang".into(),
                })?;
            crate::app::umum::gabung_tiga(s, f, &ke_form(&kini), &crate::app::umum::label_bidang)?
        }
        _ => f.clone(),
    };
    simpan_dko(db, tahun, &f, hari_ini, waktu)
}

pub fn simpan_dko(
    db: &mut Db,
    tahun: i32,
    f: &FormDko,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarDko, AppError> {
    let nama = crate::app::kantor::nama_pegawai(db)?;
    let d = baca_form_dko(tahun, f, &|n| nama.contains_key(n), hari_ini)?;
    crate::app::pengaturan::profil_tahun(db, tahun)?;
    if d.id != 0 {
        milik(db, tahun, d.id)?;
    }
    let (_, audit) = db.simpan_dko(&d, waktu)?;
    let mut out = daftar_dko(db, tahun, hari_ini)?;
    if d.id != 0 {
        out.urungkan = Some(Urungan {
            audit_id: vec![audit],
            pesan: format!("Catatan DKO {} diubah.", iso_ke_tampil(&d.tanggal)),
        });
    }
    Ok(out)
}

/// Changes the status and follow-up of one rencana aksi (from the list of open ones), audited as a change of its DKO.
#[allow(clippy::too_many_arguments)]
pub fn ubah_aksi(
    db: &mut Db,
    tahun: i32,
    dko_id: i64,
    urutan: u32,
    uraian: &str,
    status: &str,
    tindak_lanjut: &str,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarDko, AppError> {
    let d = milik(db, tahun, dko_id)?;
    let mut f = ke_form(&d);
    // Its place and its text: a list changed in another window meanwhile does not update another action.
    let a = f
        .rencana_aksi
        .get_mut(urutan as usize)
        .filter(|a| a.uraian == uraian)
        .ok_or_else(|| AppError::Konflik {
            field: "Rencana aksi".into(),
            pesan: "telah diubah di tempat lain; muat ulang".into(),
        })?;
    a.status = status.into();
    a.tindak_lanjut = tindak_lanjut.into();
    simpan_dko(db, tahun, &f, hari_ini, waktu)
}

pub fn hapus_dko(
    db: &mut Db,
    tahun: i32,
    id: i64,
    hari_ini: NaiveDate,
    waktu: &str,
) -> Result<DaftarDko, AppError> {
    let lama = milik(db, tahun, id)?;
    let audit = db.hapus_dko(id, waktu)?;
    let mut out = daftar_dko(db, tahun, hari_ini)?;
    out.urungkan = Some(Urungan {
        audit_id: vec![audit],
        pesan: format!("Catatan DKO {} dihapus.", iso_ke_tampil(&lama.tanggal)),
    });
    Ok(out)
}

/// The notulen of DKO `id` as PDF bytes, with the name the save dialog suggests.
pub fn notulen_dko(
    db: &Db,
    tahun: i32,
    id: i64,
    dibuat_unix: i64,
) -> Result<(String, Vec<u8>), AppError> {
    let d = milik(db, tahun, id)?;
    let kantor = db.data_kantor()?;
    let pegawai: HashMap<String, crate::app::kantor::PegawaiRingkas> =
        crate::app::kantor::daftar_pegawai(db, "")?
            .into_iter()
            .map(|p| (p.nip.clone(), p))
            .collect();
    let nama = |n: &Option<String>| {
        n.as_ref()
            .map(|n| {
                pegawai
                    .get(n)
                    .map(|p| p.nama.clone())
                    .unwrap_or_else(|| n.clone())
            })
            .unwrap_or_default()
    };
    let tanggal = NaiveDate::parse_from_str(&d.tanggal, "%Y-%m-%d").ok();
    let hari = tanggal
        .map(crate::app::umum::hari_tanggal)
        .unwrap_or_else(|| d.tanggal.clone());
    let pimpinan = d.pimpinan_nip.as_ref().and_then(|n| pegawai.get(n));
    let tw = romawi(d.triwulan as usize);
    let isi = crate::pdf::notulen::IsiNotulen {
        induk: kantor.induk.clone(),
        kantor: kantor.nama.clone(),
        alamat: kantor.alamat.clone(),
        periode: format!("Triwulan {tw} Tahun {tahun}"),
        keterangan: vec![
            ("Hari, tanggal".into(), hari),
            ("Tempat".into(), d.tempat.clone()),
            ("Pimpinan rapat".into(), nama(&d.pimpinan_nip)),
            ("Notulis".into(), d.notulis.clone()),
            (
                "Peserta".into(),
                format!("{} orang (daftar hadir terlampir)", d.peserta.len()),
            ),
        ],
        bagian: [
            (
                "Pembahasan capaian kinerja dan inisiatif strategis",
                &d.pembahasan,
            ),
            ("Permasalahan", &d.masalah),
            ("Keputusan", &d.keputusan),
            ("Risiko dan mitigasinya", &d.risiko),
        ]
        .into_iter()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(j, t)| (j.to_string(), t.clone()))
        .collect(),
        aksi: d
            .rencana_aksi
            .iter()
            .map(|a| {
                [
                    a.uraian.clone(),
                    nama(&a.pic_nip),
                    iso_ke_tampil(&a.batas),
                    StatusAksi::dari_kode(&a.status)
                        .map(|s| s.label())
                        .unwrap_or_default()
                        .into(),
                ]
            })
            .collect(),
        tempat_tanggal: format!(
            "{}, {}",
            kantor.kota,
            tanggal.map(tanggal_indonesia).unwrap_or_default()
        ),
        pimpinan: (
            pimpinan.map(|p| p.jabatan.clone()).unwrap_or_default(),
            pimpinan.map(|p| p.nama.clone()).unwrap_or_default(),
            pimpinan
                .map(|p| p.nip_berformat.clone())
                .unwrap_or_default(),
        ),
        notulis: d.notulis.clone(),
        hadir: d
            .peserta
            .iter()
            .map(|n| match pegawai.get(n) {
                Some(p) => (p.nama.clone(), p.jabatan.clone()),
                None => (n.clone(), String::new()),
            })
            .collect(),
    };
    let f = crate::pdf::fonta().map_err(|e| AppError::Pdf(e.to_string()))?;
    let logo = kantor.logo.map(std::sync::Arc::new);
    let id_dok = format!("DKO-{tahun}-TW{}-{}", d.triwulan, d.id);
    let halaman = crate::pdf::notulen::susun(f, &isi, logo.as_ref(), &id_dok)
        .map_err(|e| AppError::Pdf(e.to_string()))?;
    let bytes = crate::pdf::render(
        &format!("Notulen DKO TW {tw} {tahun} {}", kantor.nama),
        &halaman,
        dibuat_unix,
    )
    .map_err(|e| AppError::Pdf(e.to_string()))?;
    Ok((format!("Notulen-DKO-{tahun}-TW{tw}.pdf"), bytes))
}
