//! Files the user chooses: names that every file system takes, a free name instead of an overwrite, and the last
//! folder chosen for each kind of file (remembered per user, beside the database).
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::AppError;

/// The kinds of file the window asks for; each remembers its own last folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum JenisBerkas {
    /// Spreadsheets written by Ekspor and Evaluasi.
    Ekspor,
    /// Spreadsheets read by Impor.
    Impor,
    /// Printed documents (KK, komplemen, addendum).
    Dokumen,
    /// The notulen of a Dialog Kinerja Organisasi.
    Notulen,
    /// Reports for the level above (PDF with its workbook).
    Laporan,
    /// The reviu package (zip).
    Paket,
    /// A printed PDF whose authenticity is checked.
    Verifikasi,
    /// Scans of signed documents.
    Pindaian,
    /// Evidence of realisasi (any kind of file) and the copies saved from it.
    Bukti,
    /// The office's logo.
    Logo,
    /// A backup to restore.
    Cadangan,
}

impl JenisBerkas {
    /// What the open dialog offers: a description and the extensions (without the dot; none: every file).
    pub fn saringan(self) -> (&'static str, &'static [&'static str]) {
        match self {
            JenisBerkas::Ekspor | JenisBerkas::Impor => {
                ("Lembar kerja", &["xlsx", "xls", "xlsm", "ods"])
            }
            JenisBerkas::Dokumen | JenisBerkas::Notulen | JenisBerkas::Verifikasi => {
                ("Dokumen PDF", &["pdf"])
            }
            JenisBerkas::Laporan => ("Laporan PDF", &["pdf"]),
            JenisBerkas::Paket => ("Arsip zip", &["zip"]),
            JenisBerkas::Pindaian => ("PDF atau gambar", &["pdf", "jpg", "jpeg", "png"]),
            JenisBerkas::Bukti => ("Semua berkas", &[]),
            JenisBerkas::Logo => ("Gambar PNG", &["png"]),
            JenisBerkas::Cadangan => ("Cadangan basis data", &["db", "sqlite", "kinerja"]),
        }
    }

    /// The dialog's title.
    pub fn judul(self, simpan: bool) -> &'static str {
        match (self, simpan) {
            (JenisBerkas::Ekspor, _) => "Simpan lembar kerja",
            (JenisBerkas::Dokumen, true) => "Simpan dokumen PDF",
            (JenisBerkas::Dokumen, false) => "Pilih folder untuk dokumen PDF",
            (JenisBerkas::Notulen, _) => "Simpan notulen DKO",
            (JenisBerkas::Laporan, _) => "Simpan laporan",
            (JenisBerkas::Paket, _) => "Simpan paket reviu",
            (JenisBerkas::Impor, _) => "Pilih lembar kerja untuk diimpor",
            (JenisBerkas::Verifikasi, _) => "Pilih PDF yang diperiksa keasliannya",
            (JenisBerkas::Pindaian, _) => "Pilih pindaian lembar bertanda tangan",
            (JenisBerkas::Bukti, true) => "Simpan salinan berkas bukti",
            (JenisBerkas::Bukti, false) => "Pilih berkas bukti",
            (JenisBerkas::Logo, _) => "Pilih logo kantor (PNG)",
            (JenisBerkas::Cadangan, _) => "Pilih berkas cadangan",
        }
    }
}

/// `teks` made into a file name that Windows, macOS and Linux all take: no `<>:"/\|?*` or control characters,
/// one space between words, no dot or space at the end, at most 80 characters with the extension kept, never a
/// reserved device name.
pub fn nama_berkas_aman(teks: &str) -> String {
    let bersih: String = teks
        .chars()
        .map(|c| {
            if c.is_control() || "<>:\"/\\|?*".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let nama = bersih.split_whitespace().collect::<Vec<_>>().join(" ");
    // The name is shortened, never its extension: "…-KK-2025.pdf" stays a PDF.
    let (stem, ext) = match nama.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && !e.is_empty() && e.len() <= 5 && !e.contains(' ') => {
            (s.to_string(), format!(".{e}"))
        }
        _ => (nama.clone(), String::new()),
    };
    let muat = 80usize.saturating_sub(ext.chars().count());
    let stem: String = if stem.chars().count() > muat {
        stem.chars().take(muat).collect()
    } else {
        stem
    };
    let nama = format!("{}{ext}", stem.trim_end_matches(['.', ' ']))
        .trim_end_matches(['.', ' '])
        .to_string();
    let dasar = nama.split('.').next().unwrap_or("").to_ascii_uppercase();
    let cadangan = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "LPT1", "LPT2", "LPT3",
    ];
    if nama.is_empty() || cadangan.contains(&dasar.as_str()) {
        format!("_{nama}")
    } else {
        nama
    }
}

/// `dir/nama`, or `dir/<stem> (2).<ext>`, `(3)`, ... when that file already exists: nothing is overwritten.
pub fn jalur_bebas(dir: &Path, nama: &str) -> PathBuf {
    let p = dir.join(nama);
    if !p.exists() {
        return p;
    }
    let (stem, ext) = match nama.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s, format!(".{e}")),
        _ => (nama, String::new()),
    };
    (2..)
        .map(|n| dir.join(format!("{stem} ({n}){ext}")))
        .find(|p| !p.exists())
        .expect("some number is free")
}

/// Writes `bytes` to `path`, creating its folder; the error names the file.
pub fn tulis_ke(path: &Path, bytes: &[u8]) -> Result<(), AppError> {
    let galat = |e: std::io::Error| AppError::Berkas {
        path: path.display().to_string(),
        pesan: crate::store::pesan_io(&e),
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(galat)?;
    }
    std::fs::write(path, bytes).map_err(galat)
}

/// The last folder chosen per kind of file, kept in `folder-terakhir.json` in the data folder. A missing or
/// unreadable file means nothing is remembered yet (it holds a preference, not data).
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct FolderTerakhir(BTreeMap<JenisBerkas, PathBuf>);

impl FolderTerakhir {
    fn path(data: &Path) -> PathBuf {
        data.join("folder-terakhir.json")
    }

    pub fn baca(data: &Path) -> FolderTerakhir {
        std::fs::read(Self::path(data))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// The folder to start in: the last one for this kind if it still exists, else `bawaan`.
    pub fn awal(&self, jenis: JenisBerkas, bawaan: &Path) -> PathBuf {
        match self.0.get(&jenis) {
            Some(p) if p.is_dir() => p.clone(),
            _ => bawaan.to_path_buf(),
        }
    }

    /// Remembers `folder` for `jenis` and writes the file.
    pub fn ingat(data: &Path, jenis: JenisBerkas, folder: &Path) -> Result<(), AppError> {
        let mut semua = Self::baca(data);
        semua.0.insert(jenis, folder.to_path_buf());
        let teks = serde_json::to_vec_pretty(&semua).map_err(|e| AppError::Berkas {
            path: Self::path(data).display().to_string(),
            pesan: format!("tidak dapat ditulis ({e})"),
        })?;
        tulis_ke(&Self::path(data), &teks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(masuk: &str, harap: &str) {
        assert_eq!(nama_berkas_aman(masuk), harap, "{masuk:?}");
    }

    #[test]
    fn nama_aman() {
        check("Rudi Hartono, S.E.", "Rudi Hartono, S.E");
        check("Dra. Siti: \"Kepala\" / KPPN*", "Dra. Siti Kepala KPPN");
        check("  banyak   spasi\tdan\nbaris  ", "banyak spasi dan baris");
        check("CON", "_CON");
        check("nul.txt", "_nul.txt");
        check("", "_");
        check(&"a".repeat(100), &"a".repeat(80));
        // A long name with its titles loses characters of the name, never the extension.
        let panjang = "199001012015031001-Dr. Hj. Sri Wahyuningsih Kusumawardhani, S.E., M.Ak.-ADDENDUM-1-2026.pdf";
        let n = nama_berkas_aman(panjang);
        assert!(n.ends_with(".pdf") && n.chars().count() == 80, "{n}");
        check("Rekap-2025-TWII.xlsx", "Rekap-2025-TWII.xlsx");
    }

    #[test]
    fn tidak_menimpa() {
        let dir = std::env::temp_dir().join(format!("kinerja-bebas-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(jalur_bebas(&dir, "A.pdf"), dir.join("A.pdf"));
        std::fs::write(dir.join("A.pdf"), b"1").unwrap();
        assert_eq!(jalur_bebas(&dir, "A.pdf"), dir.join("A (2).pdf"));
        std::fs::write(dir.join("A (2).pdf"), b"2").unwrap();
        assert_eq!(jalur_bebas(&dir, "A.pdf"), dir.join("A (3).pdf"));
        std::fs::write(dir.join("README"), b"3").unwrap();
        assert_eq!(jalur_bebas(&dir, "README"), dir.join("README (2)"));

        assert_eq!(
            FolderTerakhir::baca(&dir).awal(JenisBerkas::Ekspor, &dir.join("x")),
            dir.join("x")
        );
        FolderTerakhir::ingat(&dir, JenisBerkas::Ekspor, &dir).unwrap();
        let f = FolderTerakhir::baca(&dir);
        assert_eq!(f.awal(JenisBerkas::Ekspor, Path::new("/tidak/ada")), dir);
        assert_eq!(
            f.awal(JenisBerkas::Dokumen, Path::new("/lain")),
            PathBuf::from("/lain")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
