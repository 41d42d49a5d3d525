//! The regulation vectors (tests/vektor/, copied unchanged from the project's shared vectors) through the real
//! `kinerja calc` binary; any mismatch fails.
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn kinerja() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kinerja"))
}

fn cocok(expect: &Value, actual: &Value, jalur: &str, salah: &mut Vec<String>) {
    match (expect, actual) {
        (Value::Number(e), Value::Number(a)) => {
            let (e, a) = (
                e.as_f64().unwrap_or(f64::NAN),
                a.as_f64().unwrap_or(f64::NAN),
            );
            if (e - a).abs() > 0.005 + 1e-9 {
                salah.push(format!("{jalur}: diharapkan {e}, didapat {a}"));
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (x, y)) in e.iter().zip(a).enumerate() {
                cocok(x, y, &format!("{jalur}[{i}]"), salah);
            }
        }
        (Value::Object(e), Value::Object(a)) => {
            for (k, x) in e {
                match a.get(k) {
                    Some(y) => cocok(x, y, &format!("{jalur}.{k}"), salah),
                    None => salah.push(format!("{jalur}.{k}: tidak ada di hasil")),
                }
            }
        }
        (e, a) if e == a => {}
        (e, a) => salah.push(format!("{jalur}: diharapkan {e}, didapat {a}")),
    }
}

/// Runs a vector file through the CLI and returns the list of mismatches.
fn periksa_berkas(path: &Path) -> (usize, Vec<String>) {
    let out = kinerja()
        .args(["calc", "--vectors"])
        .arg(path)
        .output()
        .expect("kinerja calc berjalan");
    assert!(
        out.status.success(),
        "calc gagal: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hasil: Value = serde_json::from_slice(&out.stdout).expect("keluaran JSON");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let vectors = doc["vectors"].as_array().unwrap();
    let results = hasil["results"].as_array().unwrap();
    assert_eq!(vectors.len(), results.len());
    let mut salah = Vec::new();
    for (v, r) in vectors.iter().zip(results) {
        let id = v["id"].as_str().unwrap();
        assert_eq!(r["id"], v["id"]);
        match r.get("actual") {
            Some(a) => cocok(&v["expect"], a, id, &mut salah),
            None => salah.push(format!("{id}: galat {}", r["error"])),
        }
    }
    (vectors.len(), salah)
}

fn folder_vektor() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vektor")
}

#[test]
fn semua_vektor_bersama_lolos() {
    let dir = folder_vektor();
    let mut berkas: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("folder vektor {} harus ada: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    berkas.sort();
    assert!(
        berkas.iter().any(|p| p.ends_with("regulasi.json")),
        "regulasi.json harus ada"
    );
    let mut total = 0;
    for b in &berkas {
        let (n, salah) = periksa_berkas(b);
        total += n;
        assert!(
            salah.is_empty(),
            "{}: {} tidak cocok:\n{}",
            b.display(),
            salah.len(),
            salah.join("\n")
        );
    }
    assert!(total >= 60, "hanya {total} vektor dibaca");
}

#[test]
fn vektor_sendiri_dan_kind_tidak_dikenal() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("v.json");
    std::fs::write(
        &p,
        r#"{"format":"kinerja-vectors/1","vectors":[
          {"id":"a","kind":"indeks_capaian","profil":"kmk127-2026","input":{"polarisasi":"maximize","target":-10,"realisasi":-5},"expect":{"indeks":120}},
          {"id":"b","kind":"tidak_ada","profil":"kmk300-2022","input":{},"expect":{}},
          {"id":"c","kind":"indeks_capaian","profil":"kmk300-2022","input":{"polarisasi":"sideways","target":1,"realisasi":1},"expect":{}},
          {"id":"d","kind":"konsolidasi","profil":"kmk300-2022","input":{"konsolidasi":"sum","polarisasi":"maximize","target_triwulan":[1,2],"realisasi_triwulan":[1,2,3,4],"sampai_triwulan":2},"expect":{}},
          {"id":"e","kind":"nhk","profil":"kmk300-2022","input":{"iki":[{"indeks":100,"k3":0}],"hkt":[]},"expect":{"nhk":null}},
          {"id":"f","kind":"indeks_capaian","profil":"kmk300-2022","input":{"polarisasi":"stabilize","target":50,"realisasi":45,"skala_stabilize":[[0,0],[80,90],[100,110]]},"expect":{"indeks":100}}
        ]}"#,
    )
    .unwrap();
    let out = kinerja()
        .args(["calc", "--vectors"])
        .arg(&p)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = v["results"].as_array().unwrap();
    assert_eq!(r[0]["actual"]["indeks"], 120);
    assert!(
        r[1]["error"]
            .as_str()
            .unwrap()
            .contains("kind tidak dikenal")
    );
    assert!(r[2]["error"].as_str().unwrap().contains("polarisasi"));
    assert!(r[3]["error"].as_str().unwrap().contains("target_triwulan"));
    assert_eq!(
        r[4]["actual"]["nhk"],
        Value::Null,
        "K3 0 must not give a made-up number"
    );
    assert_eq!(r[5]["actual"]["indeks"], 100);
}

#[test]
fn berkas_rusak_gagal_dengan_pesan() {
    let dir = tempfile::tempdir().unwrap();
    for (nama, isi, kata) in [
        ("bukan.json", "{ini bukan json", "bukan JSON"),
        (
            "format.json",
            r#"{"format":"lain/2","vectors":[]}"#,
            "Format vektor",
        ),
        ("tanpa.json", r#"{"vectors":[]}"#, "format"),
    ] {
        let p = dir.path().join(nama);
        std::fs::write(&p, isi).unwrap();
        let out = kinerja()
            .args(["calc", "--vectors"])
            .arg(&p)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{nama}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(kata) && err.lines().count() == 1,
            "{nama}: {err}"
        );
    }
    let out = kinerja()
        .args(["calc", "--vectors", "/tidak/ada.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
