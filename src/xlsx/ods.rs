//! A look at an OpenDocument spreadsheet before calamine reads it. calamine builds every sheet of an .ods as a
//! dense grid when the workbook is opened, and a few bytes of `number-columns-repeated` make that grid billions
//! of cells (a 2 KB file took 3 GB). Here `content.xml` is streamed once, in bounded memory, and the grid each
//! sheet would need (from its first to its last non-empty cell) is measured first.
use std::io::{BufReader, Read};
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{GalatXlsx, MAKS_SEL, huruf_kolom};

/// `content.xml` larger than this (unpacked) is refused: a 10,000-row SKP sheet is about 20 MB.
const MAKS_ISI: u64 = 512 * 1024 * 1024;

fn atribut(e: &BytesStart<'_>, nama: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == nama)
        .map(|a| a.value.to_string())
}

fn ulang(e: &BytesStart<'_>, nama: &str) -> u64 {
    atribut(e, nama)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

/// The extent of one sheet's non-empty cells, 0-based and inclusive.
#[derive(Default)]
struct Luas {
    baris: Option<(u64, u64)>,
    kolom: Option<(u64, u64)>,
}

impl Luas {
    fn sel(&self) -> u64 {
        match (self.baris, self.kolom) {
            (Some((b0, b1)), Some((k0, k1))) => (b1 - b0 + 1).saturating_mul(k1 - k0 + 1),
            _ => 0,
        }
    }
}

/// Refuses an .ods whose sheets would need more than [`MAKS_SEL`] cells, or more than `maks_baris` rows, naming
/// the sheet and the far cell; anything unreadable is left for calamine to report.
pub(super) fn periksa(path: &Path, maks_baris: usize) -> Result<(), GalatXlsx> {
    let Ok(f) = std::fs::File::open(path) else {
        return Ok(());
    };
    let Ok(mut zip) = zip::ZipArchive::new(BufReader::new(f)) else {
        return Ok(());
    };
    let Ok(isi) = zip.by_name("content.xml") else {
        return Ok(());
    };
    if isi.size() > MAKS_ISI {
        return Err(GalatXlsx::Buka(format!(
            "isi lembar kerja terlalu besar ({} MB setelah dibuka)",
            isi.size() / (1024 * 1024)
        )));
    }
    let mut rd = Reader::from_reader(BufReader::new(isi.take(MAKS_ISI)));
    let mut buf = Vec::new();
    let mut lembar = String::new();
    let mut luas = Luas::default();
    // Position of the row being read and, within it, of the next cell; the row's last non-empty column.
    let (mut baris, mut kolom) = (0u64, 0u64);
    let mut ulang_baris = 1u64;
    let mut isi_baris: Option<(u64, u64)> = None;
    loop {
        let ev = match rd.read_event_into(&mut buf) {
            Ok(ev) => ev,
            Err(_) => return Ok(()),
        };
        match ev {
            Event::Eof => return Ok(()),
            Event::Start(e) | Event::Empty(e)
                if e.name().as_ref() == "table:table" && lembar.is_empty() =>
            {
                lembar = atribut(&e, "table:name").unwrap_or_default();
                luas = Luas::default();
                baris = 0;
            }
            Event::Start(ref e) | Event::Empty(ref e) if e.name().as_ref() == "table:table-row" => {
                ulang_baris = ulang(e, "table:number-rows-repeated");
                kolom = 0;
                isi_baris = None;
                if matches!(ev, Event::Empty(_)) {
                    baris = baris.saturating_add(ulang_baris);
                }
            }
            Event::Start(ref e) | Event::Empty(ref e)
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                let n = ulang(e, "table:number-columns-repeated");
                // A cell with a value, or with content inside it, counts; an empty placeholder does not.
                let berisi =
                    atribut(e, "office:value-type").is_some() || matches!(ev, Event::Start(_));
                if berisi {
                    let akhir = kolom.saturating_add(n - 1);
                    isi_baris = Some(match isi_baris {
                        Some((a, _)) => (a, akhir),
                        None => (kolom, akhir),
                    });
                }
                kolom = kolom.saturating_add(n);
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if let Some((k0, k1)) = isi_baris.take() {
                    let akhir = baris.saturating_add(ulang_baris - 1);
                    luas.baris = Some(luas.baris.map_or((baris, akhir), |(a, _)| (a, akhir)));
                    luas.kolom = Some(luas.kolom.map_or((k0, k1), |(a, b)| (a.min(k0), b.max(k1))));
                    let (kb, kk) = (akhir, luas.kolom.map_or(0, |k| k.1));
                    let jauh = || format!("{}{}", huruf_kolom(kk as usize), kb.saturating_add(1));
                    if kb >= maks_baris as u64 {
                        return Err(GalatXlsx::Lembar {
                            lembar: lembar.clone(),
                            pesan: format!("lebih dari {maks_baris} baris (sel {})", jauh()),
                        });
                    }
                    if luas.sel() > MAKS_SEL as u64 {
                        return Err(GalatXlsx::Lembar {
                            lembar: lembar.clone(),
                            pesan: format!(
                                "terlalu besar: lebih dari {MAKS_SEL} sel (sel {} sangat jauh dari data lain)",
                                jauh()
                            ),
                        });
                    }
                }
                baris = baris.saturating_add(ulang_baris);
            }
            Event::End(e) if e.name().as_ref() == "table:table" => lembar.clear(),
            _ => {}
        }
        buf.clear();
    }
}
