//! The change history as people read it: one sentence per audit row ("Realisasi TW III IKU 1.2 diubah: realisasi
//! 84,55 menjadi 97,5"), never the audit's JSON snapshots or table names.
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

use super::waktu_tampil;
use crate::domain::angka::teks_id;
use crate::store::BarisAudit;

/// One change as the history lists show it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Riwayat {
    /// "2 Desember 2026 09.41".
    pub waktu: String,
    /// The sentence: what, which, and how it changed.
    pub apa: String,
    /// Plain values before and after where the sentence does not already say them (empty otherwise).
    pub sebelum: String,
    pub sesudah: String,
}

fn entitas(e: &str) -> String {
    match e {
        "iki" => "IKU/IKI",
        "iki_triwulan" => "Triwulan",
        "ss" => "Sasaran strategis",
        "unit" => "Unit",
        "hkt" => "HKT",
        "dialog_kinerja" => "Dialog kinerja",
        "dko" => "Dialog Kinerja Organisasi",
        "pembinaan" => "Catatan pembinaan",
        "reviu_dokumen" => "Reviu dokumen",
        "serah_salinan" => "Penyerahan rangkap kedua",
        "pegawai" => "Data pegawai",
        "periode_jabatan" => "Periode jabatan",
        "dokumen" => "Dokumen",
        "berkas_dokumen" => "Berkas dokumen",
        "nilai_perilaku" => "Nilai perilaku",
        "penyesuaian_nkp" => "Koreksi NKP",
        "hukdis" => "Hukuman disiplin",
        "bukti_berkas" => "Berkas bukti",
        "parameter_profil" => "Parameter profil",
        "pengaturan" => "Pengaturan",
        "kantor" => "Data kantor",
        "tahun" => "Tahun",
        "libur" => "Hari libur",
        lain => return lain.replace('_', " "),
    }
    .to_string()
}

fn aksi(a: &str) -> String {
    match a {
        "tambah" | "buat" => "ditambahkan",
        "ubah" | "ubah_target" | "ubah_realisasi" | "ubah_pagu_dipa" => "diubah",
        "hapus" => "dihapus",
        "pulihkan" => "dikembalikan (Batalkan)",
        "lampir" => "dilampirkan",
        "lepas" => "dilepas",
        "ikut_terhapus" => "ikut terhapus",
        "tandatangani" => "ditandai ditandatangani",
        "kunci" => "dikunci",
        "addendum" => "diubah oleh addendum",
        "komplemen" => "diubah oleh KK komplemen",
        "impor" => "diimpor",
        "cetak" => "dicetak",
        "ganti_nip" => "dikoreksi",
        "buka_rahasia" => "dibuka (isi rahasia ditampilkan)",
        lain => return lain.replace('_', " "),
    }
    .to_string()
}

/// Which one, from the audit key: "2026/NIP/1.2/TW3" is "IKU 1.2 TW III", "2026/NIP/1.2" is "1.2".
fn subjek(entitas: &str, kunci: &str) -> String {
    let bagian: Vec<&str> = kunci.split('/').collect();
    match (entitas, bagian.as_slice()) {
        ("iki_triwulan" | "bukti_berkas", [_, _, kode @ .., tw]) if tw.starts_with("TW") => {
            let q = tw[2..].parse::<usize>().unwrap_or(0);
            let romawi = if (1..=4).contains(&q) {
                crate::domain::capaian::romawi(q).to_string()
            } else {
                tw[2..].to_string()
            };
            format!("TW {romawi} IKU {}", kode.join("/"))
        }
        ("iki", [_, _, kode @ ..]) if !kode.is_empty() => kode.join("/"),
        _ => String::new(),
    }
}

fn nama_bidang(k: &str) -> String {
    match k {
        "target_tw" => "target triwulan".into(),
        "realisasi_tw" => "realisasi triwulan".into(),
        "target_y1" => "target Y-1".into(),
        "realisasi_y1" => "realisasi Y-1".into(),
        "r_worst" => "R worst".into(),
        "ak" => "angka kredit".into(),
        "nip_atasan" | "atasan_nip" => "atasan".into(),
        "skor_mpjhd" => "skor MPJHD".into(),
        "nip" => "NIP".into(),
        lain => lain.replace('_', " "),
    }
}

/// A field's value: a NIP in its printed four parts (never as a number), anything else by `nilai`.
fn nilai_bidang(k: &str, v: &Value) -> String {
    match v {
        Value::String(s) if k.contains("nip") => crate::domain::nip::Nip::parse(s)
            .map(|n| n.berformat())
            .unwrap_or_else(|_| s.clone()),
        _ => nilai(v),
    }
}

/// A JSON value as the user reads it: decimals with a comma, dates as written by people, nothing as "kosong".
fn nilai(v: &Value) -> String {
    match v {
        Value::Null => "kosong".into(),
        Value::Bool(b) => if *b { "ya" } else { "tidak" }.into(),
        Value::Number(n) => n
            .to_string()
            .parse::<Decimal>()
            .map(teks_id)
            .unwrap_or_else(|_| n.to_string()),
        Value::String(s) => match (
            s.parse::<Decimal>(),
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d"),
        ) {
            (Ok(d), _) => teks_id(d),
            (_, Ok(t)) => crate::domain::kk::tanggal_indonesia(t),
            _ if s.is_empty() => "kosong".into(),
            _ => {
                let pendek: String = s.chars().take(60).collect();
                if pendek.len() < s.len() {
                    format!("\"{pendek}…\"")
                } else {
                    format!("\"{s}\"")
                }
            }
        },
        Value::Array(a) => a.iter().map(nilai).collect::<Vec<_>>().join(" / "),
        Value::Object(_) => "…".into(),
    }
}

/// What names a record in a sentence: its title, name or date.
fn nama_rekam(o: &serde_json::Map<String, Value>) -> Option<String> {
    ["judul", "nama", "kode", "tanggal"]
        .iter()
        .find_map(|k| o.get(*k).filter(|v| !v.is_null()).map(nilai))
}

/// One audit row as a sentence.
pub fn kalimat(b: &BarisAudit) -> Riwayat {
    let ent = entitas(&b.entitas);
    let sub = subjek(&b.entitas, &b.kunci);
    let objek = |s: &Option<String>| -> Option<serde_json::Map<String, Value>> {
        match s.as_deref().map(serde_json::from_str::<Value>) {
            Some(Ok(Value::Object(o))) => Some(o),
            _ => None,
        }
    };
    let (lama, baru) = (objek(&b.sebelum), objek(&b.sesudah));
    // Konseling is confidential: its history says that it was recorded, changed or opened, never what it holds.
    let rahasia = |o: &Option<serde_json::Map<String, Value>>| {
        o.as_ref()
            .is_some_and(|o| o.get("rahasia") == Some(&Value::Bool(true)))
    };
    if b.entitas == "pembinaan" && (rahasia(&lama) || rahasia(&baru) || b.aksi == "buka_rahasia") {
        return Riwayat {
            waktu: waktu_tampil(&b.waktu),
            apa: format!("Catatan konseling (rahasia) {}", aksi(&b.aksi)),
            sebelum: String::new(),
            sesudah: String::new(),
        };
    }
    let mut apa = [ent.as_str(), sub.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    // A content hash (a printed document's SHA-256) says nothing to a person: not shown.
    let polos = |s: &Option<String>| {
        let s = s.clone().unwrap_or_default();
        if s.len() == 64 && s.chars().all(|c| c.is_ascii_hexdigit()) {
            String::new()
        } else {
            s
        }
    };
    let (mut sebelum, mut sesudah) = (polos(&b.sebelum), polos(&b.sesudah));
    match (&lama, &baru) {
        (Some(l), Some(n)) => {
            let beda: Vec<String> = n
                .iter()
                .filter(|(k, v)| k.as_str() != "id" && l.get(k.as_str()) != Some(v))
                .map(|(k, v)| {
                    format!(
                        "{} {} menjadi {}",
                        nama_bidang(k),
                        l.get(k.as_str())
                            .map(|x| nilai_bidang(k, x))
                            .unwrap_or_else(|| "kosong".into()),
                        nilai_bidang(k, v)
                    )
                })
                .collect();
            if let Some(n) = sub.is_empty().then(|| nama_rekam(n)).flatten() {
                apa = format!("{apa} {n}");
            }
            apa = format!("{apa} {}", aksi(&b.aksi));
            if !beda.is_empty() {
                apa = format!("{apa}: {}", beda.join("; "));
            }
            (sebelum, sesudah) = (String::new(), String::new());
        }
        (Some(o), None) | (None, Some(o)) => {
            if let Some(n) = sub.is_empty().then(|| nama_rekam(o)).flatten() {
                apa = format!("{apa} {n}");
            }
            apa = format!("{apa} {}", aksi(&b.aksi));
            (sebelum, sesudah) = (String::new(), String::new());
        }
        (None, None) => {
            apa = format!("{apa} {}", aksi(&b.aksi));
            // A plain value (a target, a file, a setting): said in the sentence when it is a number.
            let angka = |s: &str| s.parse::<Decimal>().ok().map(teks_id);
            if let (Some(l), Some(n)) = (angka(&sebelum), angka(&sesudah)) {
                apa = format!("{apa} dari {l} menjadi {n}");
                (sebelum, sesudah) = (String::new(), String::new());
            } else if let (true, Some(n)) = (sebelum.is_empty(), angka(&sesudah)) {
                apa = format!("{apa} menjadi {n}");
                sesudah = String::new();
            }
        }
    }
    Riwayat {
        waktu: waktu_tampil(&b.waktu),
        apa: apa.trim().to_string(),
        sebelum,
        sesudah,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(
        entitas: &str,
        kunci: &str,
        aksi: &str,
        sebelum: Option<&str>,
        sesudah: Option<&str>,
        apa: &str,
    ) {
        let r = kalimat(&BarisAudit {
            waktu: "2026-02-12T10:15:00".into(),
            entitas: entitas.into(),
            kunci: kunci.into(),
            aksi: aksi.into(),
            sebelum: sebelum.map(Into::into),
            sesudah: sesudah.map(Into::into),
        });
        assert_eq!(r.apa, apa);
        assert_eq!(r.waktu, "12 Februari 2026 10.15");
        assert!(
            !r.apa.contains('{') && !r.sebelum.contains('{') && !r.sesudah.contains('{'),
            "{r:?}"
        );
    }

    #[test]
    fn riwayat_sebagai_kalimat() {
        check(
            "iki_triwulan",
            "2026/197412091995121885/1.2/TW3",
            "ubah_target",
            Some("75"),
            Some("80"),
            "Triwulan TW III IKU 1.2 diubah dari 75 menjadi 80",
        );
        check(
            "iki_triwulan",
            "2026/197412091995121885/1.2/TW3",
            "ubah_realisasi",
            Some(r#"{"realisasi":"84.55","bukti":"Laporan capaian"}"#),
            Some(r#"{"realisasi":"97.5","bukti":"Laporan capaian"}"#),
            "Triwulan TW III IKU 1.2 diubah: realisasi 84,55 menjadi 97,5",
        );
        check(
            "hkt",
            "2026/199407202015032211/3",
            "tambah",
            None,
            Some(r#"{"id":3,"judul":"Dasbor pemantauan SP2D","target":"100"}"#),
            "HKT \"Dasbor pemantauan SP2D\" ditambahkan",
        );
        check(
            "iki",
            "2026/199407202015032211/U1.2",
            "ubah",
            Some(
                r#"{"id":7,"nama":"Persentase","target_tahunan":"90","target_tw":["20",null,null,null]}"#,
            ),
            Some(
                r#"{"id":7,"nama":"Persentase","target_tahunan":"95","target_tw":["20","45",null,null]}"#,
            ),
            "IKU/IKI U1.2 diubah: target tahunan 90 menjadi 95; target triwulan 20 / kosong / kosong / kosong menjadi 20 / 45 / kosong / kosong",
        );
        check(
            "dialog_kinerja",
            "2026/198703152008121384/21",
            "hapus",
            Some(r#"{"id":21,"tanggal":"2026-09-20","ringkasan":"x"}"#),
            None,
            "Dialog kinerja 20 September 2026 dihapus",
        );
    }
}
