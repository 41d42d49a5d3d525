//! A rule-profile parameter edited without JSON: its value is shown as labelled fields (an Indonesian number, ya or
//! tidak), one per part (each perspective's weight, each band's bound, each deadline's day and month), and the
//! fields typed are put back into the parameter's own shape, so the profile checks it exactly as before.
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;

use crate::app::AppError;
use crate::app::umum::{desimal_masukan, salah};
use crate::domain::angka::teks_id;

/// One editable part of a parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct IsianParameter {
    /// Where the part sits in the parameter (object keys and array positions), as the screen sends it back.
    pub jalur: Vec<String>,
    /// How the officer reads it: "Bobot perspektif NKO — Stakeholder".
    pub label: String,
    /// angka, angka_bulat, ya_tidak, or angka_boleh_kosong (empty means "none").
    pub jenis: String,
    /// Indonesian text ("0,75"), or "ya"/"tidak".
    pub nilai: String,
}

fn label_kunci(k: &str) -> String {
    match k {
        "stakeholder" => "Stakeholder".into(),
        "customer" => "Customer".into(),
        "internal_process" => "Internal process".into(),
        "learning_growth" => "Learning & growth".into(),
        "atasan" => "Atasan".into(),
        "rekan" => "Rekan kerja".into(),
        "bawahan" => "Bawahan".into(),
        "pemilik_peta" => "Pemilik peta strategi".into(),
        "pengawas" => "Pengawas".into(),
        "pelaksana" => "Pelaksana".into(),
        "fungsional" => "Fungsional".into(),
        "per_ss" => "IKU per sasaran strategis".into(),
        "batas_kk" => "Batas penetapan KK".into(),
        "batas_akhir_komplemen" => "Batas akhir KK komplemen".into(),
        "batas_addendum" => "Batas addendum".into(),
        "batas_addendum_kebijakan" => "Batas addendum karena kebijakan".into(),
        "hari_kembali_bertugas" => "Hari sejak kembali bertugas".into(),
        "hari_kerja_cpns_komplemen" => "Hari kerja KK komplemen CPNS".into(),
        "hari_addendum_komposisi" => "Hari addendum perubahan komposisi".into(),
        lain => {
            let t = lain.replace('_', " ");
            let mut c = t.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        }
    }
}

/// The names of the positions of a pair or a fixed list, by parameter and by the key above it.
fn label_posisi(nama: &str, induk: Option<&str>, i: usize, n: usize) -> String {
    let pasangan = |a: &str, b: &str| if i == 0 { a } else { b }.to_string();
    match (nama, induk, n) {
        ("predikat_nko", _, 4) => [
            "Sangat Baik mulai",
            "Baik mulai",
            "Cukup mulai",
            "Kurang mulai",
        ][i]
            .into(),
        ("batas_jumlah", _, 2) => pasangan("paling sedikit", "paling banyak"),
        ("tenggat", _, 2) => pasangan("tanggal", "bulan"),
        ("skala_stabilize", Some(_), 2) => pasangan("capaian", "indeks"),
        ("skala_stabilize", None, _) => format!("titik {}", i + 1),
        _ => format!("ke-{}", i + 1),
    }
}

/// The editable parts of a parameter's value.
pub fn isian(nama: &str, judul: &str, nilai: &Value) -> Vec<IsianParameter> {
    let mut out = Vec::new();
    fn jalan(
        nama: &str,
        v: &Value,
        jalur: &mut Vec<String>,
        label: &mut Vec<String>,
        out: &mut Vec<IsianParameter>,
    ) {
        let isi = |jenis: &str, nilai: String, jalur: &[String], label: &[String]| IsianParameter {
            jalur: jalur.to_vec(),
            label: label.join(" — "),
            jenis: jenis.into(),
            nilai,
        };
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    jalur.push(k.clone());
                    label.push(label_kunci(k));
                    jalan(nama, x, jalur, label, out);
                    jalur.pop();
                    label.pop();
                }
            }
            Value::Array(a) => {
                let induk = jalur
                    .last()
                    .filter(|k| k.parse::<usize>().is_ok())
                    .map(|_| "titik");
                for (i, x) in a.iter().enumerate() {
                    jalur.push(i.to_string());
                    label.push(label_posisi(nama, induk, i, a.len()));
                    jalan(nama, x, jalur, label, out);
                    jalur.pop();
                    label.pop();
                }
            }
            Value::Bool(b) => out.push(isi(
                "ya_tidak",
                if *b { "ya" } else { "tidak" }.into(),
                jalur,
                label,
            )),
            Value::Number(n) if n.is_u64() => {
                out.push(isi("angka_bulat", n.to_string(), jalur, label))
            }
            Value::Number(n) => out.push(isi(
                "angka",
                n.to_string()
                    .parse::<Decimal>()
                    .map(teks_id)
                    .unwrap_or_default(),
                jalur,
                label,
            )),
            Value::String(s) => out.push(isi(
                if nama == "kalibrasi" {
                    "angka_boleh_kosong"
                } else {
                    "angka"
                },
                s.parse::<Decimal>()
                    .map(teks_id)
                    .unwrap_or_else(|_| s.clone()),
                jalur,
                label,
            )),
            Value::Null => out.push(isi("angka_boleh_kosong", String::new(), jalur, label)),
        }
    }
    jalan(
        nama,
        nilai,
        &mut Vec::new(),
        &mut vec![judul.to_string()],
        &mut out,
    );
    out
}

/// The value as one line for the table: "Stakeholder 25; Customer 25; …".
pub fn ringkas(isian: &[IsianParameter]) -> String {
    isian
        .iter()
        .map(|i| {
            let label = i.label.split(" — ").skip(1).collect::<Vec<_>>().join(" ");
            let nilai = if i.nilai.is_empty() {
                "tidak ada"
            } else {
                &i.nilai
            };
            if label.is_empty() {
                nilai.to_string()
            } else {
                format!("{label} {nilai}")
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Puts typed parts back into the parameter's value; every part is read the Indonesian way and an error names its
/// label. Parts not sent keep their value.
pub fn terapkan(
    nama: &str,
    judul: &str,
    nilai: &Value,
    ketik: &[IsianParameter],
) -> Result<Value, AppError> {
    let mut v = nilai.clone();
    let asal = isian(nama, judul, nilai);
    for k in ketik {
        let Some(a) = asal.iter().find(|a| a.jalur == k.jalur) else {
            return Err(salah(&k.label, "bagian parameter ini tidak dikenal"));
        };
        let baru = match a.jenis.as_str() {
            "ya_tidak" => match k.nilai.trim() {
                "ya" => Value::Bool(true),
                "tidak" => Value::Bool(false),
                x => return Err(salah(&a.label, format!("\"{x}\" bukan ya atau tidak"))),
            },
            "angka_bulat" => {
                let d = desimal_masukan(&a.label, &k.nilai)?
                    .ok_or_else(|| salah(&a.label, "wajib diisi"))?;
                if !d.fract().is_zero() || d.is_sign_negative() || d > Decimal::from(u32::MAX) {
                    return Err(salah(
                        &a.label,
                        format!("{} bukan bilangan bulat tidak negatif", teks_id(d)),
                    ));
                }
                Value::from(u64::try_from(d.trunc().mantissa()).unwrap_or_default())
            }
            jenis => match desimal_masukan(&a.label, &k.nilai)? {
                Some(d) => Value::String(d.normalize().to_string()),
                None if jenis == "angka_boleh_kosong" => Value::Null,
                None => return Err(salah(&a.label, "wajib diisi")),
            },
        };
        let mut tempat = &mut v;
        for j in &a.jalur {
            tempat = match tempat {
                Value::Object(m) => m.get_mut(j),
                Value::Array(x) => j.parse::<usize>().ok().and_then(|i| x.get_mut(i)),
                _ => None,
            }
            .ok_or_else(|| salah(&a.label, "bagian parameter ini tidak dikenal"))?;
        }
        *tempat = baru;
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bagian_parameter_dan_kembali() {
        let v = json!({"stakeholder": "25", "customer": "25", "internal_process": "25", "learning_growth": "25"});
        let i = isian("bobot_perspektif", "Bobot perspektif NKO (%)", &v);
        assert_eq!(i.len(), 4);
        assert_eq!(i[0].label, "Bobot perspektif NKO (%) — Customer");
        assert_eq!(
            ringkas(&i),
            "Customer 25; Internal process 25; Learning & growth 25; Stakeholder 25"
        );
        // Sent back untouched: the same value.
        assert_eq!(terapkan("bobot_perspektif", "B", &v, &i).unwrap(), v);
        // A decimal comma, a bad value named by its label.
        let mut k = i.clone();
        k[0].nilai = "27,5".into();
        assert_eq!(
            terapkan("bobot_perspektif", "B", &v, &k).unwrap()["customer"],
            json!("27.5")
        );
        k[0].nilai = "dua".into();
        let e = terapkan("bobot_perspektif", "Bobot perspektif NKO (%)", &v, &k).unwrap_err();
        assert!(
            e.to_string()
                .contains("Bobot perspektif NKO (%) — Customer"),
            "{e}"
        );
    }

    #[test]
    fn pasangan_tanggal_bulan_dan_bilangan_bulat() {
        let v = json!({"batas_kk": [31, 1], "hari_kembali_bertugas": 30});
        let i = isian("tenggat", "Tenggat", &v);
        let labels: Vec<&str> = i.iter().map(|x| x.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Tenggat — Batas penetapan KK — tanggal",
                "Tenggat — Batas penetapan KK — bulan",
                "Tenggat — Hari sejak kembali bertugas"
            ]
        );
        let mut k = i.clone();
        k[0].nilai = "28".into();
        assert_eq!(
            terapkan("tenggat", "Tenggat", &v, &k).unwrap()["batas_kk"],
            json!([28, 1])
        );
        k[0].nilai = "28,5".into();
        assert!(terapkan("tenggat", "Tenggat", &v, &k).is_err());
    }

    #[test]
    fn ya_tidak_dan_boleh_kosong() {
        let i = isian("anchoring_nko", "Penjangkaran", &json!(false));
        assert_eq!(
            (i[0].jenis.as_str(), i[0].nilai.as_str()),
            ("ya_tidak", "tidak")
        );
        let mut k = i.clone();
        k[0].nilai = "ya".into();
        assert_eq!(
            terapkan("anchoring_nko", "P", &json!(false), &k).unwrap(),
            json!(true)
        );
        let i = isian("kalibrasi", "Batas kalibrasi", &Value::Null);
        assert_eq!(i[0].jenis, "angka_boleh_kosong");
        let mut k = i.clone();
        k[0].nilai = "110".into();
        assert_eq!(
            terapkan("kalibrasi", "K", &Value::Null, &k).unwrap(),
            json!("110")
        );
        let i = isian("kalibrasi", "K", &json!("110"));
        let mut k = i.clone();
        k[0].nilai = String::new();
        assert_eq!(
            terapkan("kalibrasi", "K", &json!("110"), &k).unwrap(),
            Value::Null
        );
    }
}
