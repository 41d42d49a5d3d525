//! The findings catalogue in docs/temuan.md and `KodeTemuan` in the code list the same codes, levels and titles.
use kinerja::domain::temuan::KodeTemuan;

#[test]
fn katalog_sejalan_dengan_kode() {
    let doc = include_str!("../docs/temuan.md");
    let mut baris: Vec<(String, String, String)> = doc
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Kode") && !l.starts_with("| ---"))
        .map(|l| {
            let c: Vec<&str> = l.trim_matches('|').split('|').map(str::trim).collect();
            (c[0].to_string(), c[1].to_string(), c[2].to_string())
        })
        .collect();
    let mut kode: Vec<(String, String, String)> = KodeTemuan::SEMUA
        .iter()
        .map(|k| {
            (
                k.kode().to_string(),
                k.tingkat().kode().to_string(),
                k.judul().to_string(),
            )
        })
        .collect();
    baris.sort();
    kode.sort();
    assert_eq!(baris, kode, "docs/temuan.md dan KodeTemuan harus sama");
    let unik: std::collections::HashSet<_> = kode.iter().map(|k| &k.0).collect();
    assert_eq!(unik.len(), kode.len(), "kode temuan unik");
}
