//! A look at an Excel 97-2003 workbook (.xls) before calamine reads it. calamine turns each sheet's cells into a
//! dense grid from the first to the last cell, so a tiny file with one value at IV65536 costs 16.7 million cells.
//! Here the cell records of the workbook stream are walked once (each names its row and column) and a sheet
//! whose grid would pass [`MAKS_SEL`] is refused, naming the far cell. The DIMENSIONS record is not trusted: a
//! hostile file can state a small one.
use std::io::Read;
use std::path::Path;

use super::{GalatXlsx, MAKS_SEL, huruf_kolom};

/// Record types that carry a cell: rw (u16), col (u16) first. MULRK (0x00BD) spans to a last column given in
/// its final two bytes. BLANK and MULBLANK (formatting only) are not read into the grid.
const SEL: [u16; 7] = [0x0203, 0x0204, 0x027E, 0x00FD, 0x0006, 0x0205, 0x00D6];
const MULRK: u16 = 0x00BD;
const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const BOUNDSHEET: u16 = 0x0085;

fn u16_di(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*b.get(i)?, *b.get(i + 1)?]))
}

fn u32_di(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes([
        *b.get(i)?,
        *b.get(i + 1)?,
        *b.get(i + 2)?,
        *b.get(i + 3)?,
    ]))
}

/// The name a BOUNDSHEET record gives its sheet (BIFF8: length, a flag for 16-bit characters, the characters).
fn nama_lembar(d: &[u8]) -> String {
    let n = d.get(6).copied().unwrap_or(0) as usize;
    let lebar = d.get(7).is_some_and(|f| f & 1 == 1);
    let isi = d.get(8..).unwrap_or_default();
    if lebar {
        let v: Vec<u16> = isi
            .chunks_exact(2)
            .take(n)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&v)
    } else {
        isi.iter().take(n).map(|b| *b as char).collect()
    }
}

/// Refuses an .xls whose sheets would need more than [`MAKS_SEL`] cells; anything unreadable is left for
/// calamine to report.
pub(super) fn periksa(path: &Path) -> Result<(), GalatXlsx> {
    let Ok(mut c) = cfb::open(path) else {
        return Ok(());
    };
    let nama = ["Workbook", "Book"].into_iter().find(|n| c.is_stream(n));
    let Some(nama) = nama else { return Ok(()) };
    let mut isi = Vec::new();
    let Ok(mut s) = c.open_stream(nama) else {
        return Ok(());
    };
    if s.read_to_end(&mut isi).is_err() {
        return Ok(());
    }
    let mut lembar: Vec<(u32, String)> = Vec::new();
    // Extent of the current sheet's cells: rows and columns, inclusive.
    let mut luas: Option<(u16, u16, u16, u16)> = None;
    let mut nama_kini = String::new();
    let mut i = 0usize;
    while let (Some(jenis), Some(n)) = (u16_di(&isi, i), u16_di(&isi, i + 2)) {
        let awal = i;
        let d = isi.get(i + 4..i + 4 + n as usize).unwrap_or_default();
        i += 4 + n as usize;
        match jenis {
            BOUNDSHEET => {
                if let Some(pos) = u32_di(d, 0) {
                    lembar.push((pos, nama_lembar(d)));
                }
            }
            BOF => {
                luas = None;
                nama_kini = lembar
                    .iter()
                    .find(|(p, _)| *p as usize == awal)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default();
            }
            EOF => luas = None,
            j if SEL.contains(&j) || j == MULRK => {
                let (Some(r), Some(k0)) = (u16_di(d, 0), u16_di(d, 2)) else {
                    continue;
                };
                let k1 = if j == MULRK {
                    d.len()
                        .checked_sub(2)
                        .and_then(|e| u16_di(d, e))
                        .unwrap_or(k0)
                        .max(k0)
                } else {
                    k0
                };
                let (r0, r1, c0, c1) = luas.unwrap_or((r, r, k0, k1));
                let baru = (r0.min(r), r1.max(r), c0.min(k0), c1.max(k1));
                luas = Some(baru);
                let sel = (baru.1 as usize - baru.0 as usize + 1)
                    * (baru.3 as usize - baru.2 as usize + 1);
                if sel > MAKS_SEL {
                    return Err(GalatXlsx::Lembar {
                        lembar: nama_kini.clone(),
                        pesan: format!(
                            "terlalu besar: lebih dari {MAKS_SEL} sel (sel {}{} sangat jauh dari data lain)",
                            huruf_kolom(if k1 > c1 { k1 } else { k0 } as usize),
                            r as usize + 1
                        ),
                    });
                }
            }
            _ => {}
        }
    }
    Ok(())
}
