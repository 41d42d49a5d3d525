//! `kinerja calc --vectors`: evaluates a file of worked examples (format kinerja-vectors/1) with the domain rules.
use std::path::Path;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

use crate::app::AppError;
use crate::domain::angka::bulat;
use crate::domain::capaian::{AturanUkur, indeks_capaian, konsolidasi, sisa_target};
use crate::domain::k3::bobot_kualitas_iku;
use crate::domain::kalender::KalenderLibur;
use crate::domain::kewajiban::kewajiban_kk;
use crate::domain::model::{
    Kendali, Konsolidasi, Polarisasi, Rating, SifatTlk, StatusPegawai, Validitas,
};
use crate::domain::nilai::{IkiNhk, kalibrasi, nhk, nkp_awal, predikat, predikat_nko, rating};
use crate::domain::penjelasan::{Hasil, Penjelasan};
use crate::domain::profil::{KodeProfil, ProfilAturan};

pub const FORMAT: &str = "kinerja-vectors/1";

/// Reads and evaluates a vector file; the result is the JSON document the CLI prints.
pub fn hitung_berkas(path: &Path) -> Result<Value, AppError> {
    let teks = std::fs::read_to_string(path).map_err(|e| AppError::Berkas {
        path: path.display().to_string(),
        pesan: e.to_string(),
    })?;
    let doc: Value = serde_json::from_str(&teks).map_err(|e| AppError::Berkas {
        path: path.display().to_string(),
        pesan: format!("bukan JSON yang sah: {e}"),
    })?;
    hitung(&doc)
}

pub fn hitung(doc: &Value) -> Result<Value, AppError> {
    match doc.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(f) => {
            return Err(AppError::FormatVektor(format!(
                "\"{f}\" (yang dikenal: {FORMAT})"
            )));
        }
        None => {
            return Err(AppError::FormatVektor(format!(
                "kunci \"format\" tidak ada (yang dikenal: {FORMAT})"
            )));
        }
    }
    let vectors = doc
        .get("vectors")
        .and_then(Value::as_array)
        .ok_or_else(|| AppError::FormatVektor("kunci \"vectors\" harus berupa daftar".into()))?;
    let results: Vec<Value> = vectors
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let id = v
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| format!("#{}", i + 1));
            match satu(v) {
                Ok(actual) => json!({ "id": id, "actual": actual }),
                Err(e) => json!({ "id": id, "error": e.to_string() }),
            }
        })
        .collect();
    Ok(json!({ "results": results }))
}

/// A vector-level problem: reported as that vector's `error`, never a crash.
type R<T> = Result<T, GalatVektor>;

/// Why one vector cannot be evaluated; printed as that vector's `error`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct GalatVektor(pub String);

impl From<String> for GalatVektor {
    fn from(s: String) -> Self {
        GalatVektor(s)
    }
}

impl From<&str> for GalatVektor {
    fn from(s: &str) -> Self {
        GalatVektor(s.to_string())
    }
}

fn satu(v: &Value) -> R<Value> {
    let kind = v
        .get("kind")
        .and_then(Value::as_str)
        .ok_or("kunci \"kind\" tidak ada")?;
    let profil_kode = v
        .get("profil")
        .and_then(Value::as_str)
        .ok_or("kunci \"profil\" tidak ada")?;
    let kode = KodeProfil::dari_kode(profil_kode)
        .ok_or_else(|| format!("profil tidak dikenal: {profil_kode}"))?;
    let profil = ProfilAturan::bawaan(kode);
    let input = v
        .get("input")
        .and_then(Value::as_object)
        .ok_or("kunci \"input\" harus berupa objek")?;
    let i = Input(input);
    match kind {
        "indeks_capaian" => {
            let aturan = AturanUkur {
                polarisasi: Some(i.kosakata("polarisasi", Polarisasi::dari_kode)?),
                konversi_120: i.opt_bool("konversi_120")?.unwrap_or(false),
                r_worst: i.opt_dec("r_worst")?,
                skala_stabilize: i.opt_skala("skala_stabilize")?,
                target_atas: None,
            };
            let h = indeks_capaian(&profil, &aturan, i.dec("target")?, i.dec("realisasi")?);
            Ok(json!({ "indeks": angka(h.nilai) }))
        }
        "konsolidasi" => {
            let k = i.kosakata("konsolidasi", Konsolidasi::dari_kode)?;
            let aturan = AturanUkur::dengan(i.kosakata("polarisasi", Polarisasi::dari_kode)?);
            let t = i.empat("target_triwulan")?;
            let r = i.empat("realisasi_triwulan")?;
            let sampai = i.bulat("sampai_triwulan", 1, 4)?;
            let h = konsolidasi(&profil, &aturan, k, &t, &r, sampai);
            Ok(
                json!({ "target": angka(h.target), "realisasi": angka(h.realisasi), "indeks": angka(h.indeks.nilai) }),
            )
        }
        "sisa_target" => {
            let k = i.kosakata("konsolidasi", Konsolidasi::dari_kode)?;
            let sifat = match i.0.get("sifat") {
                None | Some(Value::Null) => None,
                Some(_) => Some(i.kosakata("sifat", SifatTlk::dari_kode)?),
            };
            let t4 = i.empat("target_triwulan")?;
            let mut t = [Decimal::ZERO; 4];
            for (q, x) in t4.iter().enumerate() {
                t[q] = x.ok_or_else(|| format!("target_triwulan[{q}] tidak boleh null"))?;
            }
            let s = sisa_target(
                &profil,
                k,
                sifat,
                &t,
                i.dec("realisasi_sampai")?,
                i.bulat("triwulan_terakhir", 0, 3)?,
            )
            .map_err(|e| e.to_string())?;
            let tw: Vec<Value> = s.target_triwulan.iter().map(|x| angka(*x)).collect();
            Ok(json!({ "target_triwulan": tw, "target_tahunan": angka(Some(s.target_tahunan)) }))
        }
        "bobot_kualitas_iku" => {
            let b = bobot_kualitas_iku(
                i.kosakata("validitas", Validitas::dari_kode)?,
                i.kosakata("kendali", Kendali::dari_kode)?,
            );
            Ok(json!({ "bobot": angka(b) }))
        }
        "nhk" => {
            let iki =
                i.0.get("iki")
                    .and_then(Value::as_array)
                    .ok_or("input.iki harus berupa daftar")?;
            let mut masuk = Vec::new();
            for (n, x) in iki.iter().enumerate() {
                let o = x
                    .as_object()
                    .ok_or_else(|| format!("input.iki[{n}] harus berupa objek"))?;
                let xi = Input(o);
                masuk.push(IkiNhk {
                    indeks: Some(xi.dec("indeks")?),
                    k3: Some(xi.dec("k3")?),
                    hari: xi.opt_dec("hari")?,
                });
            }
            // Each HKT as an already weighted value.
            let hkt: Vec<Hasil> = i
                .daftar_dec("hkt")?
                .into_iter()
                .map(|v| Hasil::ada(v, Penjelasan::baru("HKT", profil.kode, "", "")))
                .collect();
            let h = nhk(&profil, &masuk, &hkt);
            Ok(
                json!({ "hku_k3": angka(h.hku_k3.nilai), "hkt": angka(h.hkt.nilai), "nhk": angka(h.nhk.nilai) }),
            )
        }
        "rating" => Ok(json!({ "rating": rating(&profil, i.dec("nilai")?).kode() })),
        "predikat" => {
            let p = predikat(
                i.kosakata("rating_hasil_kerja", Rating::dari_kode)?,
                i.kosakata("rating_perilaku_kerja", Rating::dari_kode)?,
            );
            Ok(json!({ "predikat": p.label() }))
        }
        "predikat_nko" => Ok(json!({ "predikat": predikat_nko(&profil, i.dec("nko")?).label() })),
        "nkp" => {
            Ok(json!({ "nkp_awal": angka(nkp_awal(&profil, i.dec("nhk")?, i.dec("npk")?).nilai) }))
        }
        "kalibrasi" => {
            Ok(json!({ "nilai_kalibrasi": angka(kalibrasi(&profil, i.dec("nilai")?).nilai) }))
        }
        "kewajiban_kk" => {
            let tahun = i.bulat("tahun", 1900, 9999)? as i32;
            let status = i.kosakata("status", StatusPegawai::dari_kode)?;
            let mulai = i.tanggal("tanggal_mulai")?;
            let libur = match i.0.get("libur") {
                None | Some(Value::Null) => Vec::new(),
                Some(Value::Array(a)) => a
                    .iter()
                    .enumerate()
                    .map(|(n, x)| {
                        x.as_str()
                            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
                            .ok_or_else(|| format!("libur[{n}] harus tanggal YYYY-MM-DD").into())
                    })
                    .collect::<R<Vec<_>>>()?,
                Some(_) => return Err("libur harus berupa daftar tanggal".into()),
            };
            let k = kewajiban_kk(
                &profil,
                tahun,
                status,
                mulai,
                &KalenderLibur::dari_tanggal(libur),
            );
            Ok(
                json!({ "wajib_kk": k.wajib_kk, "wajib_skp": k.wajib_skp, "batas": k.batas.map(|d| d.format("%Y-%m-%d").to_string()) }),
            )
        }
        other => Err(format!("kind tidak dikenal: {other}").into()),
    }
}

/// Rounded to 2 decimals (half up) as in the vector files; null stays null.
fn angka(d: Option<Decimal>) -> Value {
    match d {
        Some(d) => serde_json::from_str::<Value>(&bulat(d, 2).normalize().to_string())
            .unwrap_or(Value::Null),
        None => Value::Null,
    }
}

struct Input<'a>(&'a Map<String, Value>);

fn ke_dec(v: &Value, nama: &str) -> R<Decimal> {
    match v {
        Value::Number(n) => {
            let s = n.to_string();
            Decimal::from_str(&s)
                .or_else(|_| Decimal::from_scientific(&s))
                .map_err(|_| format!("{nama}: angka {s} di luar jangkauan").into())
        }
        _ => Err(format!("{nama} harus berupa angka").into()),
    }
}

impl Input<'_> {
    fn ada(&self, k: &str) -> R<&Value> {
        self.0
            .get(k)
            .filter(|v| !v.is_null())
            .ok_or_else(|| format!("input.{k} tidak ada").into())
    }
    fn dec(&self, k: &str) -> R<Decimal> {
        ke_dec(self.ada(k)?, &format!("input.{k}"))
    }
    fn opt_dec(&self, k: &str) -> R<Option<Decimal>> {
        match self.0.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => ke_dec(v, &format!("input.{k}")).map(Some),
        }
    }
    fn opt_bool(&self, k: &str) -> R<Option<bool>> {
        match self.0.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(format!("input.{k} harus true/false").into()),
        }
    }
    fn bulat(&self, k: &str, min: u64, max: u64) -> R<usize> {
        let v = self
            .ada(k)?
            .as_u64()
            .ok_or_else(|| format!("input.{k} harus bilangan bulat"))?;
        if v < min || v > max {
            return Err(format!("input.{k} harus {min}..{max}, bukan {v}").into());
        }
        Ok(v as usize)
    }
    fn kosakata<T>(&self, k: &str, dari: fn(&str) -> Option<T>) -> R<T> {
        let s = self
            .ada(k)?
            .as_str()
            .ok_or_else(|| format!("input.{k} harus teks"))?;
        dari(s).ok_or_else(|| format!("input.{k}: nilai tidak dikenal \"{s}\"").into())
    }
    fn tanggal(&self, k: &str) -> R<NaiveDate> {
        let s = self
            .ada(k)?
            .as_str()
            .ok_or_else(|| format!("input.{k} harus teks tanggal"))?;
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| format!("input.{k}: tanggal harus YYYY-MM-DD, bukan \"{s}\"").into())
    }
    fn empat(&self, k: &str) -> R<[Option<Decimal>; 4]> {
        let a = self
            .ada(k)?
            .as_array()
            .ok_or_else(|| format!("input.{k} harus daftar 4 angka"))?;
        if a.len() != 4 {
            return Err(format!("input.{k} harus berisi 4 nilai, bukan {}", a.len()).into());
        }
        let mut out = [None; 4];
        for (q, x) in a.iter().enumerate() {
            out[q] = if x.is_null() {
                None
            } else {
                Some(ke_dec(x, &format!("input.{k}[{q}]"))?)
            };
        }
        Ok(out)
    }
    fn daftar_dec(&self, k: &str) -> R<Vec<Decimal>> {
        match self.0.get(k) {
            None | Some(Value::Null) => Ok(vec![]),
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(n, x)| ke_dec(x, &format!("input.{k}[{n}]")))
                .collect(),
            Some(_) => Err(format!("input.{k} harus daftar angka").into()),
        }
    }
    fn opt_skala(&self, k: &str) -> R<Option<Vec<(Decimal, Decimal)>>> {
        match self.0.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Array(a)) => a
                .iter()
                .enumerate()
                .map(|(n, p)| match p.as_array().map(Vec::as_slice) {
                    Some([x, y]) => Ok((
                        ke_dec(x, &format!("input.{k}[{n}][0]"))?,
                        ke_dec(y, &format!("input.{k}[{n}][1]"))?,
                    )),
                    _ => Err(format!("input.{k}[{n}] harus pasangan [capaian, indeks]").into()),
                })
                .collect::<R<Vec<_>>>()
                .map(Some),
            Some(_) => Err(format!("input.{k} harus daftar pasangan").into()),
        }
    }
}
