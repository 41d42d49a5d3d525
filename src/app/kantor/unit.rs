//! The office's letterhead and its unit tree.
use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::app::umum::*;
use crate::domain::nip::Nip;
use crate::store::{Db, RekamKantor, RekamUnit};

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FormKantor {
    pub nama: String,
    pub alamat: String,
    pub kota: String,
    pub telepon: String,
    pub induk: String,
    pub pengelola_kinerja_nip: Option<String>,
    pub atasan_kepala_nama: String,
    pub atasan_kepala_nip: String,
    pub atasan_kepala_pangkat: String,
    pub atasan_kepala_jabatan: String,
}

pub fn kantor(db: &Db) -> Result<FormKantor, AppError> {
    let k = db.kantor()?;
    Ok(FormKantor {
        nama: k.nama,
        alamat: k.alamat,
        kota: k.kota,
        telepon: k.telepon,
        induk: k.induk,
        pengelola_kinerja_nip: k.pengelola_kinerja_nip,
        atasan_kepala_nama: k.atasan_kepala_nama,
        atasan_kepala_nip: k.atasan_kepala_nip,
        atasan_kepala_pangkat: k.atasan_kepala_pangkat,
        atasan_kepala_jabatan: k.atasan_kepala_jabatan,
    })
}

/// `simpan_kantor` from a screen that sends the form as it showed it: see `simpan_iki_dari`.
pub fn simpan_kantor_dari(
    db: &mut Db,
    f: &FormKantor,
    semula: Option<&FormKantor>,
    waktu: &str,
) -> Result<FormKantor, AppError> {
    let f = match semula {
        Some(s) => {
            crate::app::umum::gabung_tiga(s, f, &kantor(db)?, &crate::app::umum::label_bidang)?
        }
        None => f.clone(),
    };
    simpan_kantor(db, &f, waktu)
}

pub fn simpan_kantor(db: &mut Db, f: &FormKantor, waktu: &str) -> Result<FormKantor, AppError> {
    {
        use crate::domain::batas::JenisTeks as T;
        crate::app::umum::batas_teks(&[
            ("Nama kantor", &f.nama, T::Nama),
            ("Alamat", &f.alamat, T::Kalimat),
            ("Kota", &f.kota, T::Nama),
            ("Telepon", &f.telepon, T::Label),
            ("Kantor induk", &f.induk, T::Nama),
            ("Nama atasan kepala kantor", &f.atasan_kepala_nama, T::Nama),
            (
                "Pangkat atasan kepala kantor",
                &f.atasan_kepala_pangkat,
                T::Label,
            ),
            (
                "Jabatan atasan kepala kantor",
                &f.atasan_kepala_jabatan,
                T::Nama,
            ),
        ])?;
    }
    let nama = isi(&f.nama).ok_or_else(|| salah("Nama kantor", "wajib diisi"))?;
    let pengelola = match f.pengelola_kinerja_nip.as_deref().and_then(isi) {
        Some(n) => Some(nip_terdaftar(db, "Pengelola kinerja", &n)?),
        None => None,
    };
    // The head's pejabat penilai works in the Kanwil, so only the NIP's form is checked.
    let atasan_nip = match isi(&f.atasan_kepala_nip) {
        Some(n) => Nip::parse(&n)
            .map_err(|e| salah("NIP atasan kepala kantor", e.to_string()))?
            .to_string(),
        None => String::new(),
    };
    db.simpan_kantor(
        &RekamKantor {
            nama,
            alamat: f.alamat.trim().into(),
            kota: f.kota.trim().into(),
            telepon: f.telepon.trim().into(),
            induk: f.induk.trim().into(),
            pengelola_kinerja_nip: pengelola,
            atasan_kepala_nama: f.atasan_kepala_nama.trim().into(),
            atasan_kepala_nip: atasan_nip,
            atasan_kepala_pangkat: f.atasan_kepala_pangkat.trim().into(),
            atasan_kepala_jabatan: f.atasan_kepala_jabatan.trim().into(),
        },
        waktu,
    )?;
    kantor(db)
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct UnitTampil {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub induk_id: Option<i64>,
    pub nama: String,
    pub jenis: String,
    pub kepala_nip: Option<String>,
    pub kepala_nama: Option<String>,
    #[ts(type = "number")]
    pub jumlah_pegawai: i64,
    /// Depth in the tree (0 for the office).
    pub kedalaman: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct FormUnit {
    /// 0 for a new unit.
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub induk_id: Option<i64>,
    pub nama: String,
    /// kantor, seksi or subbagian.
    pub jenis: String,
    pub kepala_nip: Option<String>,
}

/// The unit tree, depth-first, each unit after its parent.
pub fn daftar_unit(db: &Db) -> Result<Vec<UnitTampil>, AppError> {
    let semua = db.unit_lengkap()?;
    let nama: HashMap<String, String> = db
        .cari_pegawai("")?
        .into_iter()
        .map(|p| (p.nip, p.nama))
        .collect();
    let mut out = Vec::new();
    // Roots first; a unit whose parent is missing is shown as a root rather than hidden.
    let ada: std::collections::HashSet<i64> = semua.iter().map(|(u, _)| u.id).collect();
    let mut tumpukan: Vec<(i64, u32)> = semua
        .iter()
        .rev()
        .filter(|(u, _)| u.induk_id.is_none_or(|i| !ada.contains(&i)))
        .map(|(u, _)| (u.id, 0))
        .collect();
    let mut dilihat = std::collections::HashSet::new();
    while let Some((id, d)) = tumpukan.pop() {
        if !dilihat.insert(id) {
            continue;
        }
        if let Some((u, n)) = semua.iter().find(|(u, _)| u.id == id) {
            out.push(UnitTampil {
                id: u.id,
                induk_id: u.induk_id,
                nama: u.nama.clone(),
                jenis: u.jenis.clone(),
                kepala_nama: u.kepala_nip.as_ref().and_then(|k| nama.get(k).cloned()),
                kepala_nip: u.kepala_nip.clone(),
                jumlah_pegawai: *n,
                kedalaman: d,
            });
            for (anak, _) in semua.iter().rev().filter(|(a, _)| a.induk_id == Some(id)) {
                tumpukan.push((anak.id, d + 1));
            }
        }
    }
    Ok(out)
}

/// `simpan_unit` from a screen that sends the form as it showed it: see `simpan_iki_dari`.
pub fn simpan_unit_dari(
    db: &mut Db,
    f: &FormUnit,
    semula: Option<&FormUnit>,
    waktu: &str,
) -> Result<Vec<UnitTampil>, AppError> {
    let f = match semula {
        Some(s) if f.id != 0 => {
            let u = daftar_unit(db)?
                .into_iter()
                .find(|u| u.id == f.id)
                .ok_or_else(|| AppError::Konflik {
                    field: format!("Unit {}", s.nama),
                    pesan: "telah dihapus di tempat lain; muat ulang".into(),
                })?;
            let kini = FormUnit {
                id: u.id,
                induk_id: u.induk_id,
                nama: u.nama,
                jenis: u.jenis,
                kepala_nip: u.kepala_nip,
            };
            crate::app::umum::gabung_tiga(s, f, &kini, &crate::app::umum::label_bidang)?
        }
        _ => f.clone(),
    };
    simpan_unit(db, &f, waktu)
}

pub fn simpan_unit(db: &mut Db, f: &FormUnit, waktu: &str) -> Result<Vec<UnitTampil>, AppError> {
    crate::app::umum::batas_teks(&[("Nama unit", &f.nama, crate::domain::batas::JenisTeks::Nama)])?;
    let nama = isi(&f.nama).ok_or_else(|| salah("Nama unit", "wajib diisi"))?;
    if !["kantor", "seksi", "subbagian"].contains(&f.jenis.as_str()) {
        return Err(salah("Jenis unit", "pilih kantor, seksi atau subbagian"));
    }
    let semua = db.unit_lengkap()?;
    if semua
        .iter()
        .any(|(u, _)| u.id != f.id && u.nama.eq_ignore_ascii_case(&nama))
    {
        return Err(salah("Nama unit", format!("\"{nama}\" sudah ada")));
    }
    if let Some(induk) = f.induk_id {
        // Walking up from the chosen parent must never reach the unit itself.
        let mut cek = Some(induk);
        let mut langkah = 0;
        while let Some(c) = cek {
            if c == f.id && f.id != 0 {
                return Err(salah(
                    "Unit induk",
                    "tidak boleh unit itu sendiri atau bawahannya",
                ));
            }
            cek = semua
                .iter()
                .find(|(u, _)| u.id == c)
                .ok_or_else(|| salah("Unit induk", "tidak ada"))?
                .0
                .induk_id;
            langkah += 1;
            if langkah > semua.len() {
                break;
            }
        }
    }
    let kepala = match f.kepala_nip.as_deref().and_then(isi) {
        Some(n) => Some(nip_terdaftar(db, "Kepala unit", &n)?),
        None => None,
    };
    let urutan = semua
        .iter()
        .find(|(u, _)| u.id == f.id)
        .map(|(u, _)| u.urutan)
        .unwrap_or(semua.len() as i64 + 1);
    db.simpan_unit(
        &RekamUnit {
            id: f.id,
            induk_id: f.induk_id,
            nama,
            jenis: f.jenis.clone(),
            kepala_nip: kepala,
            urutan,
        },
        waktu,
    )?;
    daftar_unit(db)
}

pub fn hapus_unit(db: &mut Db, id: i64, waktu: &str) -> Result<Urungan, AppError> {
    let semua = daftar_unit(db)?;
    let u = semua
        .iter()
        .find(|u| u.id == id)
        .ok_or_else(|| salah("Unit", "tidak ada"))?;
    if u.jumlah_pegawai > 0 {
        return Err(salah(
            "Unit",
            format!(
                "{} masih berisi {} pegawai; pindahkan dulu pegawainya",
                u.nama, u.jumlah_pegawai
            ),
        ));
    }
    if semua.iter().any(|a| a.induk_id == Some(id)) {
        return Err(salah(
            "Unit",
            format!("{} masih mempunyai unit bawahan", u.nama),
        ));
    }
    let nama = u.nama.clone();
    Ok(Urungan {
        audit_id: vec![db.hapus_unit(id, waktu)?],
        pesan: format!("Unit {nama} dihapus."),
    })
}
