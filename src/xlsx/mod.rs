//! Spreadsheet adapter (the only user of calamine and rust_xlsxwriter): workbooks in (xlsx, xls, ods) as a
//! neutral grid of cells, and formatted tables out.
use std::path::Path;

mod ods;
mod xls;

use calamine::{Data, DataType, Reader, SheetVisible, open_workbook_auto};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_xlsxwriter::{DataValidation, Format, FormatAlign, Workbook, XlsxError};

#[derive(Debug, thiserror::Error)]
pub enum GalatXlsx {
    #[error("berkas tidak dapat dibuka sebagai lembar kerja: {0}")]
    Buka(String),
    #[error("lembar \"{0}\" tidak ada")]
    LembarTidakAda(String),
    #[error("lembar \"{lembar}\" tidak dapat dibaca: {pesan}")]
    Lembar { lembar: String, pesan: String },
    #[error("berkas tidak dapat ditulis: {0}")]
    Tulis(String),
}

/// The spreadsheet libraries speak English; the user is told what happened in Indonesian (the library's words
/// are kept out of the message).
fn indonesia(e: impl std::fmt::Display) -> String {
    let t = e.to_string();
    let l = t.to_lowercase();
    if l.contains("password") || l.contains("encrypt") {
        "berkas dilindungi kata sandi; buka di Excel lalu simpan tanpa kata sandi".into()
    } else if l.contains("zip") || l.contains("eocd") || l.contains("archive") {
        "isi berkas rusak atau terpotong (arsip ZIP tidak utuh); salin ulang berkasnya atau simpan ulang dari Excel".into()
    } else if l.contains("xml") {
        "isi berkas rusak (XML tidak sah); simpan ulang dari Excel".into()
    } else if l.contains("cfb") || l.contains("xls") && l.contains("invalid") {
        "berkas .xls rusak; simpan ulang dari Excel sebagai .xlsx".into()
    } else if l.contains("extension") || l.contains("unrecognized") || l.contains("cannot detect") {
        "bukan lembar kerja yang dikenali (xlsx, xls, atau ods)".into()
    } else if l.contains("no such file") || l.contains("not found") && l.contains("os error") {
        "berkas tidak ada".into()
    } else if l.contains("permission denied") {
        "tidak ada izin membaca berkas ini".into()
    } else if l.contains("os error") || l.contains("i/o") || l.contains("io error") {
        "berkas tidak dapat dibaca dari disk".into()
    } else {
        "format berkas tidak dikenali atau isinya rusak".into()
    }
}

impl From<XlsxError> for GalatXlsx {
    fn from(e: XlsxError) -> Self {
        GalatXlsx::Tulis(indonesia(e))
    }
}

/// One cell as read. Numbers stay f64 here (that is what the file holds); the importer turns them into
/// decimals with the column's rules.
#[derive(Debug, Clone, PartialEq)]
pub enum Sel {
    Kosong,
    Teks(String),
    Angka(f64),
    Tanggal(NaiveDate),
    Bool(bool),
    Galat(String),
}

impl Sel {
    pub fn kosong(&self) -> bool {
        match self {
            Sel::Kosong => true,
            Sel::Teks(t) => t.trim().is_empty(),
            _ => false,
        }
    }
    /// The cell as text (numbers without a trailing .0), for headers and labels.
    pub fn teks(&self) -> String {
        match self {
            Sel::Kosong => String::new(),
            Sel::Teks(t) => t.trim().to_string(),
            Sel::Angka(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
            Sel::Angka(f) => f.to_string(),
            Sel::Tanggal(d) => d.format("%Y-%m-%d").to_string(),
            Sel::Bool(b) => b.to_string(),
            Sel::Galat(e) => e.clone(),
        }
    }
}

/// A sheet: its rows from the first row of the file (row index 0 = Excel row 1, column 0 = column A).
#[derive(Debug, Clone)]
pub struct Lembar {
    pub nama: String,
    pub tersembunyi: bool,
    pub baris: Vec<Vec<Sel>>,
}

/// Excel column letters: 0 -> A, 26 -> AA.
pub fn huruf_kolom(mut c: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

fn ke_sel(d: &Data) -> Sel {
    match d {
        Data::Empty => Sel::Kosong,
        Data::String(s) => Sel::Teks(s.clone()),
        Data::Float(f) => Sel::Angka(*f),
        Data::Int(i) => Sel::Angka(*i as f64),
        Data::Bool(b) => Sel::Bool(*b),
        Data::DateTime(_) | Data::DateTimeIso(_) => d
            .as_date()
            .map(Sel::Tanggal)
            .unwrap_or_else(|| Sel::Teks(d.to_string())),
        Data::DurationIso(s) => Sel::Teks(s.clone()),
        Data::Error(e) => Sel::Galat(format!("galat rumus {e}")),
    }
}

/// An open workbook: opened (and its shared strings parsed) once, sheets read on demand.
pub struct Buku {
    wb: calamine::Sheets<std::io::BufReader<std::fs::File>>,
    /// Sheet names with "hidden", in file order.
    pub lembar: Vec<(String, bool)>,
}

pub fn buka(path: &Path) -> Result<Buku, GalatXlsx> {
    if path.is_dir() {
        return Err(GalatXlsx::Buka("ini sebuah folder, bukan berkas".into()));
    }
    if !path.exists() {
        return Err(GalatXlsx::Buka("berkas tidak ada".into()));
    }
    // calamine builds every sheet of an .ods (on open) and of an .xls (on read) as a dense grid: measured first.
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ods"))
    {
        ods::periksa(path, BARIS_EXCEL)?;
    }
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xls"))
    {
        xls::periksa(path)?;
    }
    let wb = open_workbook_auto(path).map_err(|e| GalatXlsx::Buka(indonesia(e)))?;
    let lembar = wb
        .sheets_metadata()
        .iter()
        .map(|m| (m.name.clone(), m.visible != SheetVisible::Visible))
        .collect();
    Ok(Buku { wb, lembar })
}

/// The sheet names with their visibility, in file order.
pub fn daftar_lembar(path: &Path) -> Result<Vec<(String, bool)>, GalatXlsx> {
    Ok(buka(path)?.lembar)
}

/// Reads one sheet (or, without a name, the first visible one). `maks_baris` bounds memory on hostile files.
pub fn baca_lembar(
    path: &Path,
    nama: Option<&str>,
    maks_baris: usize,
) -> Result<Lembar, GalatXlsx> {
    buka(path)?.baca(nama, maks_baris)
}

/// Only calamine's own read of a sheet into its cell grid, nothing converted: the baseline of `bench impor`.
/// Returns the number of cells.
pub fn baca_calamine(path: &Path, nama: &str) -> Result<usize, GalatXlsx> {
    let mut wb = open_workbook_auto(path).map_err(|e| GalatXlsx::Buka(indonesia(e)))?;
    let range = wb.worksheet_range(nama).map_err(|e| GalatXlsx::Lembar {
        lembar: nama.into(),
        pesan: indonesia(e),
    })?;
    Ok(range.get_size().0 * range.get_size().1)
}

impl Buku {
    pub fn baca(&mut self, nama: Option<&str>, maks_baris: usize) -> Result<Lembar, GalatXlsx> {
        let meta = &self.lembar;
        let (nama, tersembunyi) = match nama {
            Some(n) => meta
                .iter()
                .find(|(m, _)| m == n)
                .cloned()
                .ok_or_else(|| GalatXlsx::LembarTidakAda(n.into()))?,
            None => meta
                .iter()
                .find(|(_, h)| !h)
                .or(meta.first())
                .cloned()
                .ok_or_else(|| GalatXlsx::Buka("tidak ada lembar".into()))?,
        };
        // xlsx is read cell by cell: a far-away cell in a tiny file never makes a dense grid of its bounding box.
        if let calamine::Sheets::Xlsx(x) = &mut self.wb {
            return baca_xlsx(x, nama, tersembunyi, maks_baris);
        }
        let range = self
            .wb
            .worksheet_range(&nama)
            .map_err(|e| GalatXlsx::Lembar {
                lembar: nama.clone(),
                pesan: indonesia(e),
            })?;
        let (r0, c0) = range
            .start()
            .map(|(r, c)| (r as usize, c as usize))
            .unwrap_or((0, 0));
        let mut baris: Vec<Vec<Sel>> = vec![Vec::new(); r0.min(maks_baris)];
        for (i, row) in range.rows().enumerate() {
            if r0 + i >= maks_baris {
                return Err(GalatXlsx::Lembar {
                    lembar: nama,
                    pesan: format!("lebih dari {maks_baris} baris"),
                });
            }
            let mut v = vec![Sel::Kosong; c0];
            v.extend(row.iter().map(ke_sel));
            while v.last().is_some_and(Sel::kosong) {
                v.pop();
            }
            baris.push(v);
        }
        while baris.last().is_some_and(|b| b.iter().all(Sel::kosong)) {
            baris.pop();
        }
        Ok(Lembar {
            nama,
            tersembunyi,
            baris,
        })
    }
}

/// Cells one sheet may hold (a 10,000-row SKP sheet has about 300,000): the bound on memory for hostile files.
pub const MAKS_SEL: usize = 5_000_000;
/// Rows of a sheet in Excel and LibreOffice.
const BARIS_EXCEL: usize = 1_048_576;

fn baca_xlsx(
    x: &mut calamine::Xlsx<std::io::BufReader<std::fs::File>>,
    nama: String,
    tersembunyi: bool,
    maks_baris: usize,
) -> Result<Lembar, GalatXlsx> {
    let salah = |pesan: String| GalatXlsx::Lembar {
        lembar: nama.clone(),
        pesan,
    };
    let mut rd = x
        .worksheet_cells_reader(&nama)
        .map_err(|e| salah(indonesia(e)))?;
    let mut baris: Vec<Vec<Sel>> = Vec::new();
    let mut sel = 0usize;
    // One pass over the sheet with each cell's formula, if any: a formula without a stored (cached) value would
    // otherwise read as an empty cell.
    while let Some(c) = rd
        .next_cell_with_formula_metadata()
        .map_err(|e| salah(indonesia(e)))?
    {
        let d: Data = c.value.clone().into();
        let tanpa_nilai = d.is_empty() && c.formula.is_some();
        if d.is_empty() && !tanpa_nilai {
            continue;
        }
        let (r, k) = c.pos;
        let (r, k) = (r as usize, k as usize);
        if r >= maks_baris {
            return Err(salah(format!(
                "lebih dari {maks_baris} baris (sel {}{})",
                huruf_kolom(k),
                r + 1
            )));
        }
        if baris.len() <= r {
            baris.resize(r + 1, Vec::new());
        }
        let row = &mut baris[r];
        if row.len() <= k {
            sel += k + 1 - row.len();
            if sel > MAKS_SEL {
                return Err(salah(format!(
                    "terlalu besar: lebih dari {MAKS_SEL} sel (sel {}{} sangat jauh dari data lain)",
                    huruf_kolom(k),
                    r + 1
                )));
            }
            row.resize(k + 1, Sel::Kosong);
        }
        row[k] = if tanpa_nilai {
            Sel::Galat(
                "rumus tanpa nilai tersimpan (buka berkas di Excel lalu simpan ulang agar rumusnya dihitung)"
                    .into(),
            )
        } else {
            ke_sel(&d)
        };
    }
    while baris.last().is_some_and(|b| b.iter().all(Sel::kosong)) {
        baris.pop();
    }
    Ok(Lembar {
        nama,
        tersembunyi,
        baris,
    })
}

/// A value to write.
#[derive(Debug, Clone, PartialEq)]
pub enum Nilai {
    Kosong,
    Teks(String),
    Angka(Decimal),
}

/// A formatted table on its own sheet.
#[derive(Debug, Clone)]
pub struct Tabel {
    pub lembar: String,
    /// Title lines above the header (office, year).
    pub judul: Vec<String>,
    pub kolom: Vec<(String, f64)>,
    pub baris: Vec<Vec<Nilai>>,
    /// Drop-down lists: (column index, allowed values).
    pub pilihan: Vec<(u16, Vec<String>)>,
    /// Number format per column index, e.g. "#,##0.00".
    pub format_angka: Vec<(u16, String)>,
}

pub fn tulis(path: &Path, tabel: &[Tabel]) -> Result<(), GalatXlsx> {
    buku_dari(tabel)?.save(path)?;
    Ok(())
}

/// The same workbook as bytes (for an archive).
pub fn tulis_buffer(tabel: &[Tabel]) -> Result<Vec<u8>, GalatXlsx> {
    Ok(buku_dari(tabel)?.save_to_buffer()?)
}

fn buku_dari(tabel: &[Tabel]) -> Result<Workbook, GalatXlsx> {
    let mut wb = Workbook::new();
    let tebal = Format::new()
        .set_bold()
        .set_background_color(0xDCE6F1)
        .set_border(rust_xlsxwriter::FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::Center);
    let judul = Format::new().set_bold().set_font_size(12);
    for t in tabel {
        let ws = wb.add_worksheet();
        ws.set_name(&t.lembar)?;
        let r0 = t.judul.len() as u32 + if t.judul.is_empty() { 0 } else { 1 };
        for (i, j) in t.judul.iter().enumerate() {
            ws.write_string_with_format(i as u32, 0, j, &judul)?;
        }
        for (c, (nama, lebar)) in t.kolom.iter().enumerate() {
            ws.write_string_with_format(r0, c as u16, nama, &tebal)?;
            ws.set_column_width(c as u16, *lebar)?;
        }
        ws.set_freeze_panes(r0 + 1, 0)?;
        let fmt: Vec<(u16, Format)> = t
            .format_angka
            .iter()
            .map(|(c, f)| (*c, Format::new().set_num_format(f)))
            .collect();
        for (i, b) in t.baris.iter().enumerate() {
            let r = r0 + 1 + i as u32;
            for (c, v) in b.iter().enumerate() {
                let c = c as u16;
                match v {
                    Nilai::Kosong => {}
                    Nilai::Teks(s) => {
                        ws.write_string(r, c, s)?;
                    }
                    Nilai::Angka(d) => match fmt.iter().find(|(k, _)| *k == c) {
                        Some((_, f)) => {
                            ws.write_with_format(r, c, *d, f)?;
                        }
                        None => {
                            ws.write(r, c, *d)?;
                        }
                    },
                }
            }
        }
        let akhir = r0 + 1 + (t.baris.len() as u32).max(500);
        for (c, daftar) in &t.pilihan {
            let v = DataValidation::new()
                .allow_list_strings(&daftar.iter().map(String::as_str).collect::<Vec<_>>())?;
            ws.add_data_validation(r0 + 1, *c, akhir, *c, &v)?;
        }
    }
    Ok(wb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huruf() {
        assert_eq!(
            [
                huruf_kolom(0),
                huruf_kolom(25),
                huruf_kolom(26),
                huruf_kolom(27),
                huruf_kolom(701),
                huruf_kolom(702)
            ],
            ["A", "Z", "AA", "AB", "ZZ", "AAA"]
        );
    }
}
