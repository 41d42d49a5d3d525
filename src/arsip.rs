//! The only writer of zip archives (the reviu package): named entries, deflated, written to a temporary file beside
//! the target and renamed into place, so a failed write never leaves half an archive under the chosen name.
use std::io::Write;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct GalatArsip(String);

/// Writes `isi` (entry name with '/' as separator, bytes) as a zip archive at `path`, each entry dated `waktu`
/// (local time, as a file manager shows it).
pub fn tulis_zip(
    path: &Path,
    isi: &[(String, Vec<u8>)],
    waktu: chrono::NaiveDateTime,
) -> Result<(), GalatArsip> {
    use chrono::{Datelike, Timelike};
    let galat = |e: &dyn std::fmt::Display| GalatArsip(e.to_string());
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| galat(&e))?;
    let sementara = dir.join(format!(
        ".{}.sementara",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    ));
    let hasil = (|| -> Result<(), GalatArsip> {
        let f = std::fs::File::create(&sementara).map_err(|e| galat(&e))?;
        let mut z = zip::ZipWriter::new(std::io::BufWriter::new(f));
        let tanggal = zip::DateTime::from_date_and_time(
            u16::try_from(waktu.year()).unwrap_or(1980),
            waktu.month() as u8,
            waktu.day() as u8,
            waktu.hour() as u8,
            waktu.minute() as u8,
            waktu.second() as u8,
        )
        .unwrap_or_default();
        let opsi = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(tanggal);
        for (nama, bytes) in isi {
            z.start_file(nama.as_str(), opsi).map_err(|e| galat(&e))?;
            z.write_all(bytes).map_err(|e| galat(&e))?;
        }
        let mut w = z.finish().map_err(|e| galat(&e))?;
        w.flush().map_err(|e| galat(&e))?;
        Ok(())
    })();
    match hasil {
        Ok(()) => std::fs::rename(&sementara, path).map_err(|e| galat(&e)),
        Err(e) => {
            let _ = std::fs::remove_file(&sementara);
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tulis_dan_baca_kembali() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("paket.zip");
        super::tulis_zip(
            &p,
            &[
                ("00-Indeks.pdf".into(), b"%PDF-1.7 uji".to_vec()),
                ("Dokumen/a.pdf".into(), vec![7; 5000]),
            ],
            chrono::NaiveDate::from_ymd_opt(2026, 7, 20)
                .unwrap()
                .and_hms_opt(9, 30, 0)
                .unwrap(),
        )
        .unwrap();
        let mut z = zip::ZipArchive::new(std::fs::File::open(&p).unwrap()).unwrap();
        assert_eq!(z.len(), 2);
        let mut isi = Vec::new();
        std::io::Read::read_to_end(&mut z.by_name("Dokumen/a.pdf").unwrap(), &mut isi).unwrap();
        assert_eq!(isi, vec![7; 5000]);
        let t = z.by_index(0).unwrap().last_modified().unwrap();
        assert_eq!((t.year(), t.month(), t.day(), t.hour()), (2026, 7, 20, 9));
        assert!(!dir.path().join(".paket.zip.sementara").exists());
    }
}
