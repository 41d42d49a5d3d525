//! Saving a form without losing someone else's change: the screen sends the form as it was shown (`semula`)
//! beside what the user typed; each field the user did not touch takes the stored value, each field they changed
//! is written, and a field both changed differently is refused as a conflict naming it.
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::app::AppError;

/// Empty text and null are the same thing on a form.
fn sama(a: &Value, b: &Value) -> bool {
    let kosong =
        |v: &Value| matches!(v, Value::Null) || v.as_str().is_some_and(|s| s.trim().is_empty());
    if kosong(a) && kosong(b) {
        return true;
    }
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.trim() == y.trim(),
        _ => a == b,
    }
}

fn tampil(v: &Value) -> String {
    match v {
        Value::Null => "kosong".into(),
        Value::String(s) if s.trim().is_empty() => "kosong".into(),
        Value::String(s) => format!("\"{s}\""),
        Value::Bool(true) => "ya".into(),
        Value::Bool(false) => "tidak".into(),
        lain => lain.to_string(),
    }
}

fn gabung_nilai(
    jalur: &str,
    semula: &Value,
    ketik: &Value,
    kini: &Value,
    label: &dyn Fn(&str) -> String,
) -> Result<Value, AppError> {
    if sama(ketik, semula) {
        return Ok(kini.clone());
    }
    if sama(kini, semula) || sama(kini, ketik) {
        return Ok(ketik.clone());
    }
    match (semula, ketik, kini) {
        (Value::Object(s), Value::Object(t), Value::Object(n)) => {
            let mut hasil = serde_json::Map::new();
            for (k, tv) in t {
                let sub = if jalur.is_empty() {
                    k.clone()
                } else {
                    format!("{jalur}.{k}")
                };
                let sv = s.get(k).unwrap_or(&Value::Null);
                let nv = n.get(k).unwrap_or(&Value::Null);
                hasil.insert(k.clone(), gabung_nilai(&sub, sv, tv, nv, label)?);
            }
            Ok(Value::Object(hasil))
        }
        (Value::Array(s), Value::Array(t), Value::Array(n))
            if s.len() == t.len() && t.len() == n.len() =>
        {
            let mut hasil = Vec::with_capacity(t.len());
            for i in 0..t.len() {
                hasil.push(gabung_nilai(
                    &format!("{jalur}[{i}]"),
                    &s[i],
                    &t[i],
                    &n[i],
                    label,
                )?);
            }
            Ok(Value::Array(hasil))
        }
        _ => Err(AppError::Konflik {
            field: label(jalur),
            pesan: format!(
                "data telah diubah di tempat lain (sekarang {}, semula {}), muat ulang lalu ulangi perubahan Anda",
                tampil(kini),
                tampil(semula)
            ),
        }),
    }
}

/// The form to save: `ketik` where the user changed a field since `semula`, the stored `kini` where they did
/// not. `label` turns a field path ("nama", "target_tw[2]") into the name the user sees.
pub fn gabung_tiga<T: Serialize + DeserializeOwned>(
    semula: &T,
    ketik: &T,
    kini: &T,
    label: &dyn Fn(&str) -> String,
) -> Result<T, AppError> {
    let ubah = |v: &T| {
        serde_json::to_value(v).map_err(|e| AppError::Masukan {
            field: "formulir".into(),
            pesan: e.to_string(),
        })
    };
    let hasil = gabung_nilai("", &ubah(semula)?, &ubah(ketik)?, &ubah(kini)?, label)?;
    serde_json::from_value(hasil).map_err(|e| AppError::Masukan {
        field: "formulir".into(),
        pesan: e.to_string(),
    })
}

/// A field path as the user reads it: "target_tw[2]" → "Target TW III", "nama" → "Nama".
pub fn label_bidang(jalur: &str) -> String {
    let (dasar, indeks) = match jalur.split_once('[') {
        Some((d, i)) => (d, i.trim_end_matches(']').parse::<usize>().ok()),
        None => (jalur, None),
    };
    let mut teks = dasar.replace('_', " ");
    if let Some(c) = teks.get(..1) {
        teks = c.to_uppercase() + &teks[1..];
    }
    let teks = match teks.as_str() {
        "Masalah" => "Permasalahan".to_string(),
        _ => teks,
    };
    let teks = teks
        .replace("Target tw", "Target TW")
        .replace("Nip", "NIP")
        .replace(" nip", " NIP")
        .replace(" y1", " Y-1")
        .replace(" sk", " SK");
    match indeks {
        Some(i) => format!("{teks} {}", crate::domain::capaian::romawi(i + 1)),
        None => teks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    struct F {
        nama: String,
        satuan: Option<String>,
        target_tw: [String; 4],
    }

    fn f(nama: &str, satuan: Option<&str>, tw: [&str; 4]) -> F {
        F {
            nama: nama.into(),
            satuan: satuan.map(Into::into),
            target_tw: tw.map(Into::into),
        }
    }

    fn check(semula: F, ketik: F, kini: F, harap: Result<F, &str>) {
        let h = gabung_tiga(&semula, &ketik, &kini, &label_bidang);
        match (h, harap) {
            (Ok(a), Ok(b)) => assert_eq!(a, b),
            (Err(e), Err(k)) => assert!(e.to_string().contains(k), "{e}"),
            (a, b) => panic!("{a:?} bukan {b:?}"),
        }
    }

    #[test]
    fn gabung_tiga_sebagai_data() {
        let s = f("A", Some("%"), ["1", "2", "3", "4"]);
        // Nothing changed anywhere.
        check(s.clone(), s.clone(), s.clone(), Ok(s.clone()));
        // The user changed TW II; elsewhere TW IV and the name changed: both kept.
        check(
            s.clone(),
            f("A", Some("%"), ["1", "9", "3", "4"]),
            f("B", Some("%"), ["1", "2", "3", "8"]),
            Ok(f("B", Some("%"), ["1", "9", "3", "8"])),
        );
        // Both changed TW II differently: refused, naming the quarter.
        check(
            s.clone(),
            f("A", Some("%"), ["1", "9", "3", "4"]),
            f("A", Some("%"), ["1", "7", "3", "4"]),
            Err("Target TW II: data telah diubah di tempat lain (sekarang \"7\", semula \"2\")"),
        );
        // Both made the same change: no conflict.
        check(
            s.clone(),
            f("A", Some("%"), ["1", "9", "3", "4"]),
            f("A", Some("%"), ["1", "9", "3", "4"]),
            Ok(f("A", Some("%"), ["1", "9", "3", "4"])),
        );
        // Empty text and null are the same (the screen sends null for an empty choice).
        check(
            f("A", None, ["1", "2", "3", "4"]),
            f("A", Some(""), ["1", "2", "3", "4"]),
            f("A", Some("unit"), ["1", "2", "3", "4"]),
            Ok(f("A", Some("unit"), ["1", "2", "3", "4"])),
        );
    }
}
