//! "Mengapa nilai ini?": a pegawai's scores up to a quarter, each with its derivation.
use serde::Serialize;

use super::AppError;
use crate::domain::penjelasan::Hasil;
use crate::domain::skor::nilai_pegawai;
use crate::store::Db;

#[derive(Debug, Clone, Serialize)]
pub struct NilaiIkiTampil {
    pub kode: String,
    pub nama: String,
    pub indeks: Hasil,
    pub k3: Hasil,
}

#[derive(Debug, Clone, Serialize)]
pub struct NilaiPegawaiTampil {
    pub nip: String,
    pub nama: String,
    pub tahun: i32,
    pub sampai_triwulan: usize,
    pub profil: String,
    pub iki: Vec<NilaiIkiTampil>,
    pub hkt: Vec<Hasil>,
    pub hku_k3: Hasil,
    pub nilai_hkt: Hasil,
    pub nhk: Hasil,
}

pub fn nilai_satu(
    db: &Db,
    tahun: i32,
    nip: &str,
    sampai: usize,
) -> Result<NilaiPegawaiTampil, AppError> {
    if !(1..=4).contains(&sampai) {
        return Err(AppError::Masukan {
            field: "triwulan".into(),
            pesan: format!("harus 1..4, bukan {sampai}"),
        });
    }
    let profil = super::profil::profil_tahun(db, tahun)?;
    let skp = super::kantor::skp_pegawai(db, tahun, nip)?;
    let n = nilai_pegawai(&profil, &skp, sampai);
    Ok(NilaiPegawaiTampil {
        nip: skp.nip.clone(),
        nama: skp.nama.clone(),
        tahun,
        sampai_triwulan: sampai,
        profil: profil.kode.kode().into(),
        iki: n
            .iki
            .into_iter()
            .zip(&skp.iki)
            .map(|(v, i)| NilaiIkiTampil {
                kode: v.kode,
                nama: i.nama.clone(),
                indeks: v.capaian.indeks,
                k3: v.k3,
            })
            .collect(),
        hkt: n.hkt,
        hku_k3: n.nhk.hku_k3,
        nilai_hkt: n.nhk.hkt,
        nhk: n.nhk.nhk,
    })
}
