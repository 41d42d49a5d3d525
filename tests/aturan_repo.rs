//! Repository rules as tests: a pure domain (no IO, clock, SQLite, Tauri, floats), no skipped tests.
use std::path::{Path, PathBuf};

fn berkas(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            if !p.ends_with("node_modules") && !p.ends_with("target") {
                berkas(&p, ext, out);
            }
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

fn akar() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn domain_murni() {
    let mut fs = Vec::new();
    berkas(&akar().join("src/domain"), "rs", &mut fs);
    assert!(fs.len() > 5);
    let terlarang = [
        "std::fs",
        "std::net",
        "std::env",
        "std::process",
        "std::io",
        "rusqlite",
        "tauri",
        "Local::now",
        "Utc::now",
        "SystemTime",
        "Instant",
        "calamine",
        "printpdf",
        "crate::store",
        "crate::app",
        "f64",
        "f32",
    ];
    for f in fs {
        let isi = std::fs::read_to_string(&f).unwrap();
        for (n, baris) in isi.lines().enumerate() {
            for t in terlarang {
                assert!(
                    !baris.contains(t),
                    "{}:{}: domain tidak boleh memakai {t}",
                    f.display(),
                    n + 1
                );
            }
        }
    }
}

#[test]
fn tidak_ada_uji_yang_dilewati() {
    let mut fs = Vec::new();
    for d in ["src", "src-tauri/src", "tests"] {
        berkas(&akar().join(d), "rs", &mut fs);
    }
    let pola = ["#[ignore", "#[should_panic", "todo!(", "unimplemented!("];
    for f in fs {
        if f.ends_with("aturan_repo.rs") {
            continue;
        }
        let isi = std::fs::read_to_string(&f).unwrap();
        for p in pola {
            assert!(!isi.contains(p), "{} memuat {p}", f.display());
        }
    }
    let mut js = Vec::new();
    for d in ["ui/src", "e2e"] {
        let p = akar().join(d);
        if p.exists() {
            berkas(&p, "ts", &mut js);
            berkas(&p, "mjs", &mut js);
        }
    }
    for f in js {
        let isi = std::fs::read_to_string(&f).unwrap();
        for p in [
            ".skip(",
            ".todo(",
            "{ skip:",
            "test.only",
            "it.only",
            "describe.only",
        ] {
            assert!(!isi.contains(p), "{} memuat {p}", f.display());
        }
    }
}

#[test]
fn hanya_store_memakai_rusqlite() {
    let mut fs = Vec::new();
    berkas(&akar().join("src"), "rs", &mut fs);
    berkas(&akar().join("src-tauri/src"), "rs", &mut fs);
    for f in fs {
        let s = f.to_string_lossy();
        if s.contains("/src/store/") {
            continue;
        }
        let isi = std::fs::read_to_string(&f).unwrap();
        assert!(
            !isi.contains("rusqlite"),
            "{} memakai rusqlite di luar store",
            f.display()
        );
    }
}

/// The repository stands on its own: nothing that builds or tests it reads the folder beside it.
#[test]
fn tidak_membaca_folder_shared() {
    let mut fs = Vec::new();
    for (d, ext) in [
        ("src", "rs"),
        ("src-tauri/src", "rs"),
        ("tests", "rs"),
        ("e2e", "mjs"),
        ("ui/src", "ts"),
        ("scripts", "sh"),
    ] {
        let p = akar().join(d);
        if p.exists() {
            berkas(&p, ext, &mut fs);
        }
    }
    fs.push(akar().join("Makefile"));
    fs.push(akar().join(".ci/run"));
    // Spelled in two pieces so that this file does not name the folder it forbids.
    let folder = ["..", "shared"].join("/");
    for f in fs {
        let isi = std::fs::read_to_string(&f).unwrap();
        assert!(
            !isi.contains(&folder),
            "{} membaca {folder}: salin yang dibutuhkan ke repositori",
            f.display()
        );
    }
}

/// Every write transaction of the store begins IMMEDIATE: it takes the write lock (waiting on the busy timeout)
/// before it reads what it will change, so two writers never lose each other's update.
#[test]
fn transaksi_tulis_immediate() {
    let mut fs = Vec::new();
    berkas(&akar().join("src/store"), "rs", &mut fs);
    for f in fs {
        let isi = std::fs::read_to_string(&f).unwrap();
        assert!(
            !isi.contains(".transaction()"),
            "{}: pakai transaction_with_behavior(Immediate)",
            f.display()
        );
    }
}

/// People see citations of regulations, never the project's own spec files or seed numbers: no string literal in
/// the code that reaches the user names them.
#[test]
fn tidak_ada_rujukan_internal_untuk_pengguna() {
    let mut fs = Vec::new();
    for d in [
        "src/domain",
        "src/app",
        "src/bin",
        "src/pdf",
        "src-tauri/src",
    ] {
        berkas(&akar().join(d), "rs", &mut fs);
    }
    for f in fs {
        let isi = std::fs::read_to_string(&f).unwrap();
        for (n, baris) in isi.lines().enumerate() {
            let kode = baris.split("//").next().unwrap_or("");
            for kata in ["shared/domain.md", "seed 00", "domain.md §"] {
                assert!(
                    !(kode.contains('"') && kode.contains(kata)),
                    "{}:{}: teks untuk pengguna menyebut {kata}",
                    f.display(),
                    n + 1
                );
            }
        }
    }
}

/// The window runs only the app's own bundled code: the CSP allows nothing from outside (no remote hosts, no
/// eval, no inline scripts), and the window's capabilities grant only Tauri's core set (no file system, shell,
/// or HTTP plugin permissions; files reach Rust as bytes the user picked). Beyond it only `destroy` of its own window:
/// closing with unsaved work is stopped, asked about, and then the window is closed by the app.
#[test]
fn csp_dan_izin_jendela_sempit() {
    let conf: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(akar().join("src-tauri/tauri.conf.json")).unwrap(),
    )
    .unwrap();
    let csp = conf["app"]["security"]["csp"]
        .as_str()
        .expect("CSP wajib ada");
    let arahan: Vec<(&str, Vec<&str>)> = csp
        .split(';')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(|a| {
            let mut b = a.split_whitespace();
            (b.next().unwrap(), b.collect())
        })
        .collect();
    let default = arahan
        .iter()
        .find(|(n, _)| *n == "default-src")
        .expect("default-src");
    assert_eq!(default.1, vec!["'self'"], "{csp}");
    for (nama, sumber) in &arahan {
        for s in sumber {
            assert!(
                !s.contains("http:")
                    && !s.contains("https:")
                    && !s.contains('*')
                    && *s != "'unsafe-eval'",
                "CSP {nama} mengizinkan {s}: {csp}"
            );
            if *s == "'unsafe-inline'" {
                assert_eq!(*nama, "style-src", "inline hanya untuk gaya: {csp}");
            }
        }
    }
    assert!(
        !arahan.iter().any(|(n, _)| *n == "script-src"),
        "script-src jatuh ke default-src 'self': {csp}"
    );
    assert!(
        conf["app"]["security"]["dangerousDisableAssetCspModification"].is_null()
            && conf["app"]["withGlobalTauri"].as_bool() != Some(true),
        "pengaman bawaan Tauri tidak dimatikan"
    );
    let mut izin = Vec::new();
    let mut fs = Vec::new();
    berkas(&akar().join("src-tauri/capabilities"), "json", &mut fs);
    assert!(!fs.is_empty());
    for f in fs {
        let c: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        assert_eq!(c["windows"], serde_json::json!(["main"]), "{}", f.display());
        assert!(
            c["remote"].is_null(),
            "{}: tidak ada URL jarak jauh",
            f.display()
        );
        for p in c["permissions"].as_array().unwrap() {
            izin.push(p.as_str().unwrap_or("(objek)").to_string());
        }
    }
    assert_eq!(
        izin,
        vec![
            "core:default".to_string(),
            "core:window:allow-destroy".to_string()
        ],
        "izin jendela: {izin:?}"
    );
}

/// The UI talks to Tauri through one module: `ui/src/lib/api.ts` is the only importer of `@tauri-apps/api`.
#[test]
fn hanya_api_ts_memakai_tauri() {
    let mut fs = Vec::new();
    for ext in ["ts", "svelte"] {
        berkas(&akar().join("ui/src"), ext, &mut fs);
    }
    assert!(fs.len() > 10);
    let pelanggar: Vec<String> = fs
        .iter()
        .filter(|f| !f.ends_with("lib/api.ts"))
        .filter(|f| std::fs::read_to_string(f).unwrap().contains("@tauri-apps/"))
        .map(|f| f.display().to_string())
        .collect();
    assert!(pelanggar.is_empty(), "{pelanggar:?}");
}

/// The capabilities of `src/app` from the bottom up: each may use only the shared core (`umum`) and the capabilities
/// before it, through what their `mod.rs` offers. ARCHITECTURE.md lists the same order.
const KAPABILITAS: [&str; 14] = [
    "umum",
    "kantor",
    "pengaturan",
    "rencana",
    "realisasi",
    "dokumen",
    "pemantauan",
    "evaluasi",
    "impor",
    "ekspor",
    "laporan",
    "keamanan",
    "demo",
    "alat",
];

/// The modules a source file names through `prefix` (`crate::app::x`, `super::x`, `crate::store::x`), skipping
/// comments.
fn modul_dirujuk(isi: &str, prefix: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for baris in isi.lines() {
        let kode = baris.split("//").next().unwrap_or("");
        let mut sisa = kode;
        while let Some(i) = sisa.find(prefix) {
            sisa = &sisa[i + prefix.len()..];
            // `prefix{a, b::c}` names a and b.
            let daftar = match sisa.strip_prefix('{') {
                Some(s) => s.split('}').next().unwrap_or("").split(',').collect(),
                None => vec![sisa],
            };
            for d in daftar {
                let nama: String = d
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                    .collect();
                if !nama.is_empty() && nama != "self" {
                    out.insert(nama);
                }
            }
        }
    }
    out
}

#[test]
fn kapabilitas_app_berlapis() {
    let app = akar().join("src/app");
    let mut folder: Vec<String> = std::fs::read_dir(&app)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folder.sort();
    let mut dikenal: Vec<String> = KAPABILITAS.iter().map(|s| s.to_string()).collect();
    dikenal.sort();
    assert_eq!(
        folder, dikenal,
        "setiap folder src/app adalah satu kapabilitas yang terdaftar urutannya di KAPABILITAS dan ARCHITECTURE.md"
    );
    let sisa: Vec<_> = std::fs::read_dir(&app)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs") && n != "mod.rs")
        .collect();
    assert!(sisa.is_empty(), "berkas lepas di src/app: {sisa:?}");
    let peringkat = |k: &str| KAPABILITAS.iter().position(|x| *x == k);
    for (i, kap) in KAPABILITAS.iter().enumerate() {
        let mut fs = Vec::new();
        berkas(&app.join(kap), "rs", &mut fs);
        for f in fs {
            let isi = std::fs::read_to_string(&f).unwrap();
            for m in modul_dirujuk(&isi, "crate::app::") {
                let Some(j) = peringkat(&m) else { continue };
                assert!(
                    j < i || m == *kap,
                    "{}: kapabilitas {kap} tidak boleh memakai {m} (urutan: {})",
                    f.display(),
                    KAPABILITAS.join(" < ")
                );
            }
            if f.ends_with("mod.rs") && *kap != "umum" {
                assert!(
                    !isi.lines().any(|l| l.trim_start().starts_with("pub mod ")),
                    "{}: berkas sebuah kapabilitas privat; yang boleh dipakai lain ditawarkan dengan `pub use`",
                    f.display()
                );
            }
        }
    }
}

/// The store's modules name each other without a cycle (the audit path lives in `store/audit.rs`, which the
/// writers use and which uses none of them).
#[test]
fn modul_store_tanpa_siklus() {
    let dir = akar().join("src/store");
    let mut graf: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let p = e.path();
        let nama = p.file_stem().unwrap().to_string_lossy().into_owned();
        if p.extension().is_none_or(|x| x != "rs") || nama == "mod" {
            continue;
        }
        let isi = std::fs::read_to_string(&p).unwrap();
        let mut ke = modul_dirujuk(&isi, "super::");
        ke.extend(modul_dirujuk(&isi, "crate::store::"));
        ke.retain(|m| m != &nama && dir.join(format!("{m}.rs")).exists());
        graf.insert(nama, ke);
    }
    // Depth-first search for a back edge.
    fn kunjungi(
        n: &str,
        graf: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        jalur: &mut Vec<String>,
        selesai: &mut std::collections::BTreeSet<String>,
    ) {
        if selesai.contains(n) {
            return;
        }
        if let Some(i) = jalur.iter().position(|x| x == n) {
            panic!(
                "siklus impor di src/store: {} -> {n}",
                jalur[i..].join(" -> ")
            );
        }
        jalur.push(n.to_string());
        for m in graf.get(n).into_iter().flatten() {
            kunjungi(m, graf, jalur, selesai);
        }
        jalur.pop();
        selesai.insert(n.to_string());
    }
    let mut selesai = Default::default();
    for n in graf.keys() {
        kunjungi(n, &graf, &mut Vec::new(), &mut selesai);
    }
}

/// No source file mixes concerns into one long file: 800 lines at most, the demo office's data tables aside.
#[test]
fn tidak_ada_berkas_sumber_raksasa() {
    let mut fs = Vec::new();
    for d in ["src", "src-tauri/src"] {
        berkas(&akar().join(d), "rs", &mut fs);
    }
    let kecuali = [akar().join("src/app/demo/kantor_contoh.rs")];
    for f in fs {
        if kecuali.contains(&f) {
            continue;
        }
        let n = std::fs::read_to_string(&f).unwrap().lines().count();
        assert!(
            n <= 800,
            "{}: {n} baris; pecah menurut urusannya",
            f.display()
        );
    }
}

/// Rules act on findings through `KodeTemuan`, never through their code text: outside the catalogue and tests no
/// source names a finding code ("KK-002") as a string.
#[test]
fn kode_temuan_bukan_teks() {
    let mut fs = Vec::new();
    for d in ["src", "src-tauri/src"] {
        berkas(&akar().join(d), "rs", &mut fs);
    }
    let awalan = ["IKU-", "HKT-", "KK-", "DKI-", "NKO-", "NIL-"];
    for f in fs {
        let nama = f.file_name().unwrap().to_string_lossy().into_owned();
        if f.ends_with("src/domain/temuan.rs") || nama.starts_with("tests") {
            continue;
        }
        let isi = std::fs::read_to_string(&f).unwrap();
        let kode = isi.split("#[cfg(test)]").next().unwrap_or("");
        for (n, baris) in kode.lines().enumerate() {
            for a in awalan {
                let pola = format!("\"{a}");
                if let Some(i) = baris.find(&pola) {
                    let sisa = &baris[i + pola.len()..];
                    let angka = sisa.chars().take_while(|c| c.is_ascii_digit()).count();
                    assert!(
                        angka != 3 || sisa.chars().nth(3) != Some('"'),
                        "{}:{}: kode temuan sebagai teks; pakai KodeTemuan",
                        f.display(),
                        n + 1
                    );
                }
            }
        }
    }
}
