//! PDF adapter (the only user of printpdf): a small layout model of A4 pages, text wrapping, tables that break
//! across pages with repeated headers, QR codes, and rendering to PDF bytes with subset DejaVu fonts.
mod bersama;
pub mod kk;
pub mod laporan;
pub mod notulen;

pub use bersama::{blok_tanda_tangan, kop};

use std::sync::OnceLock;

use printpdf::{
    Color, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, RawImage, Rect, Rgb, TextItem, XObjectTransform,
};

/// Checks that bytes are a PNG printpdf can embed; returns (width, height) in pixels.
pub fn ukuran_gambar(png: &[u8]) -> Result<(usize, usize), PdfError> {
    if !png.starts_with(b"\x89PNG") {
        return Err(PdfError::Gambar("bukan berkas PNG".into()));
    }
    let img = RawImage::decode_from_bytes(png, &mut Vec::new()).map_err(PdfError::Gambar)?;
    Ok((img.width, img.height))
}

const REGULER: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const TEBAL: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

pub const LEBAR_A4: f32 = 210.0;
pub const TINGGI_A4: f32 = 297.0;

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("font bawaan tidak dapat dibaca")]
    Font,
    #[error("kode QR tidak dapat dibuat: {0}")]
    Qr(String),
    #[error("gambar logo tidak dapat dipakai: {0}")]
    Gambar(String),
}

/// The two fonts, parsed once per process (parsing is the expensive part of a PDF).
pub struct Fonta {
    reguler: ParsedFont,
    tebal: ParsedFont,
}

pub fn fonta() -> Result<&'static Fonta, PdfError> {
    static F: OnceLock<Option<Fonta>> = OnceLock::new();
    F.get_or_init(|| {
        let mut w = Vec::new();
        Some(Fonta {
            reguler: ParsedFont::from_bytes(REGULER, 0, &mut w)?,
            tebal: ParsedFont::from_bytes(TEBAL, 0, &mut w)?,
        })
    })
    .as_ref()
    .ok_or(PdfError::Font)
}

impl Fonta {
    /// Width of a text in mm at `ukuran` pt.
    pub fn lebar(&self, teks: &str, ukuran: f32, tebal: bool) -> f32 {
        let f = if tebal { &self.tebal } else { &self.reguler };
        let upem = f.font_metrics.units_per_em.max(1) as f32;
        let unit: u32 = teks
            .chars()
            .map(|c| {
                f.lookup_glyph_index(c as u32)
                    .map(|g| f.get_horizontal_advance(g) as u32)
                    .unwrap_or(600)
            })
            .sum();
        unit as f32 / upem * ukuran * 25.4 / 72.0
    }

    /// Greedy word wrap to `lebar` mm; a word longer than a line is split by characters.
    pub fn bungkus(&self, teks: &str, ukuran: f32, tebal: bool, lebar: f32) -> Vec<String> {
        let mut out = Vec::new();
        for para in teks.split('\n') {
            let mut baris = String::new();
            for kata in para.split_whitespace() {
                let calon = if baris.is_empty() {
                    kata.to_string()
                } else {
                    format!("{baris} {kata}")
                };
                if self.lebar(&calon, ukuran, tebal) <= lebar {
                    baris = calon;
                    continue;
                }
                if !baris.is_empty() {
                    out.push(std::mem::take(&mut baris));
                }
                let mut potong = String::new();
                for c in kata.chars() {
                    potong.push(c);
                    if self.lebar(&potong, ukuran, tebal) > lebar && potong.chars().count() > 1 {
                        potong.pop();
                        out.push(std::mem::take(&mut potong));
                        potong.push(c);
                    }
                }
                baris = potong;
            }
            out.push(baris);
        }
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Rata {
    Kiri,
    Tengah,
    Kanan,
}

/// One thing drawn on a page; coordinates in mm from the top-left corner, text by its baseline.
#[derive(Debug, Clone, PartialEq)]
pub enum Elemen {
    Teks {
        x: f32,
        y: f32,
        ukuran: f32,
        tebal: bool,
        teks: String,
    },
    Garis {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        tebal: f32,
    },
    Kotak {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        isi: Option<(f32, f32, f32)>,
        garis: bool,
    },
    Qr {
        x: f32,
        y: f32,
        sisi: f32,
        modul: Vec<Vec<bool>>,
    },
    /// A PNG (the office logo) scaled to `w` mm wide.
    Gambar {
        x: f32,
        y: f32,
        w: f32,
        png: std::sync::Arc<Vec<u8>>,
    },
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Halaman {
    pub elemen: Vec<Elemen>,
}

impl Halaman {
    /// All text on the page in drawing order (what tests and "Siap cetak?" previews read).
    pub fn teks(&self) -> Vec<&str> {
        self.elemen
            .iter()
            .filter_map(|e| {
                if let Elemen::Teks { teks, .. } = e {
                    Some(teks.as_str())
                } else {
                    None
                }
            })
            .collect()
    }
}

/// A column of a table: header, width in mm, alignment.
#[derive(Debug, Clone)]
pub struct Kolom {
    pub judul: String,
    pub lebar: f32,
    pub rata: Rata,
}

pub fn kolom(judul: &str, lebar: f32, rata: Rata) -> Kolom {
    Kolom {
        judul: judul.into(),
        lebar,
        rata,
    }
}

/// Lays out pages top to bottom with a cursor; starts a new page when the next block does not fit.
/// Padding inside a table cell (mm).
const PAD_SEL: f32 = 1.5;

pub struct Penyusun<'f> {
    pub f: &'f Fonta,
    pub halaman: Vec<Halaman>,
    pub y: f32,
    pub kiri: f32,
    pub kanan: f32,
    pub atas: f32,
    /// Lowest y for content; the footer (page number, QR) lives below it.
    pub bawah: f32,
}

const LEADING: f32 = 1.35;

fn pt_ke_mm(pt: f32) -> f32 {
    pt * 25.4 / 72.0
}

impl<'f> Penyusun<'f> {
    pub fn baru(f: &'f Fonta) -> Self {
        Penyusun {
            f,
            halaman: vec![Halaman::default()],
            y: 20.0,
            kiri: 20.0,
            kanan: LEBAR_A4 - 20.0,
            atas: 20.0,
            bawah: TINGGI_A4 - 30.0,
        }
    }
    pub fn lebar_isi(&self) -> f32 {
        self.kanan - self.kiri
    }
    fn hal(&mut self) -> &mut Halaman {
        self.halaman.last_mut().expect("there is always a page")
    }
    pub fn halaman_baru(&mut self) {
        self.halaman.push(Halaman::default());
        self.y = self.atas;
    }
    /// Starts a new page unless `tinggi` mm still fit.
    pub fn pastikan(&mut self, tinggi: f32) {
        if self.y + tinggi > self.bawah {
            self.halaman_baru();
        }
    }
    pub fn teks_di(
        &mut self,
        x: f32,
        y: f32,
        teks: &str,
        ukuran: f32,
        tebal: bool,
        rata: Rata,
        lebar: f32,
    ) {
        let w = self.f.lebar(teks, ukuran, tebal);
        let x = match rata {
            Rata::Kiri => x,
            Rata::Tengah => x + (lebar - w) / 2.0,
            Rata::Kanan => x + lebar - w,
        };
        self.hal().elemen.push(Elemen::Teks {
            x,
            y,
            ukuran,
            tebal,
            teks: teks.into(),
        });
    }
    pub fn garis(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, tebal: f32) {
        self.hal().elemen.push(Elemen::Garis {
            x1,
            y1,
            x2,
            y2,
            tebal,
        });
    }
    pub fn kotak(
        &mut self,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        isi: Option<(f32, f32, f32)>,
        garis: bool,
    ) {
        self.hal().elemen.push(Elemen::Kotak {
            x,
            y,
            w,
            h,
            isi,
            garis,
        });
    }
    /// A wrapped paragraph at the cursor, across pages if needed.
    pub fn paragraf(&mut self, teks: &str, ukuran: f32, tebal: bool, rata: Rata) {
        let tinggi = pt_ke_mm(ukuran) * LEADING;
        let lebar = self.lebar_isi();
        for b in self.f.bungkus(teks, ukuran, tebal, lebar) {
            self.pastikan(tinggi);
            self.y += tinggi;
            let (x, y) = (self.kiri, self.y - tinggi * 0.25);
            self.teks_di(x, y, &b, ukuran, tebal, rata, lebar);
        }
    }
    pub fn spasi(&mut self, mm: f32) {
        self.y += mm;
    }
    /// Label: value rows ("Nama : ...") with the value wrapped.
    pub fn isian(&mut self, x: f32, lebar_label: f32, baris: &[(&str, String)], ukuran: f32) {
        let tinggi = pt_ke_mm(ukuran) * LEADING;
        let lebar_nilai = self.kanan - x - lebar_label - 4.0;
        for (label, nilai) in baris {
            let potong = self.f.bungkus(nilai, ukuran, false, lebar_nilai);
            self.pastikan(tinggi * potong.len() as f32);
            self.y += tinggi;
            let y = self.y - tinggi * 0.25;
            self.teks_di(x, y, label, ukuran, false, Rata::Kiri, lebar_label);
            self.teks_di(x + lebar_label, y, ":", ukuran, false, Rata::Kiri, 4.0);
            for (i, p) in potong.iter().enumerate() {
                if i > 0 {
                    self.y += tinggi;
                }
                let y = self.y - tinggi * 0.25;
                self.teks_di(
                    x + lebar_label + 4.0,
                    y,
                    p,
                    ukuran,
                    false,
                    Rata::Kiri,
                    lebar_nilai,
                );
            }
        }
    }

    /// Each cell's text wrapped to its column (header cells a little smaller, so that words like "Kuantitas/" fit).
    fn bungkus_baris(
        &self,
        kolom: &[Kolom],
        sel: &[String],
        ukuran: f32,
        tebal: bool,
    ) -> Vec<Vec<String>> {
        let ukuran = if tebal { ukuran * 0.9 } else { ukuran };
        kolom
            .iter()
            .zip(sel)
            .map(|(k, s)| self.f.bungkus(s, ukuran, tebal, k.lebar - 2.0 * PAD_SEL))
            .collect()
    }

    fn tinggi_baris_terbungkus(potong: &[Vec<String>], ukuran: f32, tebal: bool) -> f32 {
        let ukuran = if tebal { ukuran * 0.9 } else { ukuran };
        let n = potong.iter().map(Vec::len).max().unwrap_or(1).max(1);
        n as f32 * pt_ke_mm(ukuran) * LEADING + 2.0 * PAD_SEL
    }

    fn baris_tabel(
        &mut self,
        kolom: &[Kolom],
        potong: &[Vec<String>],
        ukuran: f32,
        tebal: bool,
        isi: Option<(f32, f32, f32)>,
    ) {
        let h = Self::tinggi_baris_terbungkus(potong, ukuran, tebal);
        let ukuran = if tebal { ukuran * 0.9 } else { ukuran };
        let tinggi_baris = pt_ke_mm(ukuran) * LEADING;
        let y0 = self.y;
        let mut x = self.kiri;
        if isi.is_some() {
            let w: f32 = kolom.iter().map(|k| k.lebar).sum();
            self.kotak(x, y0, w, h, isi, false);
        }
        for (k, p) in kolom.iter().zip(potong) {
            for (i, t) in p.iter().enumerate() {
                let y = y0 + PAD_SEL + (i as f32 + 1.0) * tinggi_baris - tinggi_baris * 0.25;
                self.teks_di(
                    x + PAD_SEL,
                    y,
                    t,
                    ukuran,
                    tebal,
                    k.rata,
                    k.lebar - 2.0 * PAD_SEL,
                );
            }
            self.kotak(x, y0, k.lebar, h, None, true);
            x += k.lebar;
        }
        self.y = y0 + h;
    }

    /// A bordered table; when a row does not fit, the page breaks and the header is drawn again. A row taller than
    /// what is left of a page continues on the next one (after the header), so no text is lost.
    pub fn tabel(&mut self, kolom: &[Kolom], baris: &[Vec<String>], ukuran: f32) {
        let judul: Vec<String> = kolom.iter().map(|k| k.judul.clone()).collect();
        let judul = self.bungkus_baris(kolom, &judul, ukuran, true);
        let abu = Some((0.88, 0.91, 0.95));
        let h_judul = Self::tinggi_baris_terbungkus(&judul, ukuran, true);
        let tinggi_baris = pt_ke_mm(ukuran) * LEADING;
        let pertama = baris
            .first()
            .map(|b| {
                Self::tinggi_baris_terbungkus(
                    &self.bungkus_baris(kolom, b, ukuran, false),
                    ukuran,
                    false,
                )
            })
            .unwrap_or(0.0)
            .min(4.0 * tinggi_baris + 2.0 * PAD_SEL);
        self.pastikan(h_judul + pertama);
        self.baris_tabel(kolom, &judul, ukuran, true, abu);
        for b in baris {
            let mut potong = self.bungkus_baris(kolom, b, ukuran, false);
            loop {
                let h = Self::tinggi_baris_terbungkus(&potong, ukuran, false);
                if self.y + h <= self.bawah {
                    self.baris_tabel(kolom, &potong, ukuran, false, None);
                    break;
                }
                // The lines that fit on this page; the rest continue on the next.
                let muat = ((self.bawah - self.y - 2.0 * PAD_SEL) / tinggi_baris).floor();
                if muat < 3.0 {
                    self.halaman_baru();
                    self.baris_tabel(kolom, &judul, ukuran, true, abu);
                    if self.y + h <= self.bawah {
                        continue;
                    }
                }
                let muat = (((self.bawah - self.y - 2.0 * PAD_SEL) / tinggi_baris).floor()
                    as usize)
                    .max(1);
                let sisa: Vec<Vec<String>> = potong
                    .iter_mut()
                    .map(|p| {
                        if p.len() > muat {
                            p.split_off(muat)
                        } else {
                            Vec::new()
                        }
                    })
                    .collect();
                self.baris_tabel(kolom, &potong, ukuran, false, None);
                potong = sisa;
                if potong.iter().all(Vec::is_empty) {
                    break;
                }
                self.halaman_baru();
                self.baris_tabel(kolom, &judul, ukuran, true, abu);
            }
        }
    }

    /// Footer of every page: "Halaman x dari y", the document ID, and a QR code of `qr` (a document in the
    /// register; none for a record such as a DKO's notulen, which the register does not hold).
    pub fn kaki(&mut self, id: &str, qr: Option<&str>) -> Result<(), PdfError> {
        let modul = match qr {
            Some(qr) => {
                let code =
                    qrcode::QrCode::with_error_correction_level(qr.as_bytes(), qrcode::EcLevel::M)
                        .map_err(|e| PdfError::Qr(e.to_string()))?;
                let w = code.width();
                let warna = code.to_colors();
                Some(
                    (0..w)
                        .map(|r| {
                            (0..w)
                                .map(|c| warna[r * w + c] == qrcode::Color::Dark)
                                .collect::<Vec<bool>>()
                        })
                        .collect::<Vec<_>>(),
                )
            }
            None => None,
        };
        let total = self.halaman.len();
        let f = self.f;
        for (i, h) in self.halaman.iter_mut().enumerate() {
            let y = TINGGI_A4 - 12.0;
            let teks = format!("Halaman {} dari {}", i + 1, total);
            let lebar = f.lebar(&teks, 8.0, false);
            h.elemen.push(Elemen::Teks {
                x: (LEBAR_A4 - lebar) / 2.0,
                y,
                ukuran: 8.0,
                tebal: false,
                teks,
            });
            h.elemen.push(Elemen::Teks {
                x: 20.0,
                y,
                ukuran: 7.0,
                tebal: false,
                teks: format!("ID dokumen: {id}"),
            });
            if let Some(modul) = &modul {
                h.elemen.push(Elemen::Qr {
                    x: LEBAR_A4 - 20.0 - 18.0,
                    y: TINGGI_A4 - 26.0,
                    sisi: 18.0,
                    modul: modul.clone(),
                });
            }
        }
        Ok(())
    }
}

fn warna(r: f32, g: f32, b: f32) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

fn titik(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt::from(Mm(x)),
            y: Pt::from(Mm(TINGGI_A4 - y)),
        },
        bezier: false,
    }
}

fn persegi(x: f32, y: f32, w: f32, h: f32, mode: PaintMode) -> Op {
    Op::DrawRectangle {
        rectangle: Rect {
            x: Pt::from(Mm(x)),
            y: Pt::from(Mm(TINGGI_A4 - y - h)),
            width: Pt::from(Mm(w)),
            height: Pt::from(Mm(h)),
            mode: Some(mode),
            winding_order: None,
        },
    }
}

/// Renders the layout to PDF bytes. `dibuat` (unix seconds) becomes the document's creation date.
pub fn render(judul: &str, halaman: &[Halaman], dibuat: i64) -> Result<Vec<u8>, PdfError> {
    let f = fonta()?;
    let mut doc = PdfDocument::new(judul);
    if let Ok(t) = printpdf::OffsetDateTime::from_unix_timestamp(dibuat) {
        doc.metadata.info.creation_date = t;
        doc.metadata.info.modification_date = t;
        doc.metadata.info.metadata_date = t;
    }
    doc.metadata.info.producer = "Kinerja".into();
    let reg = doc.add_font(&f.reguler);
    let bold = doc.add_font(&f.tebal);
    let mut pages = Vec::with_capacity(halaman.len());
    for h in halaman {
        let mut ops = vec![Op::SetOutlineColor {
            col: warna(0.0, 0.0, 0.0),
        }];
        for e in &h.elemen {
            match e {
                Elemen::Kotak {
                    x,
                    y,
                    w,
                    h,
                    isi,
                    garis,
                } => {
                    if let Some((r, g, b)) = isi {
                        ops.push(Op::SetFillColor {
                            col: warna(*r, *g, *b),
                        });
                        ops.push(persegi(*x, *y, *w, *h, PaintMode::Fill));
                    }
                    if *garis {
                        ops.push(Op::SetOutlineThickness { pt: Pt(0.5) });
                        ops.push(persegi(*x, *y, *w, *h, PaintMode::Stroke));
                    }
                }
                Elemen::Garis {
                    x1,
                    y1,
                    x2,
                    y2,
                    tebal,
                } => {
                    ops.push(Op::SetOutlineThickness { pt: Pt(*tebal) });
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![titik(*x1, *y1), titik(*x2, *y2)],
                            is_closed: false,
                        },
                    });
                }
                Elemen::Qr { x, y, sisi, modul } => {
                    let n = modul.len().max(1) as f32;
                    let m = sisi / n;
                    ops.push(Op::SetFillColor {
                        col: warna(0.0, 0.0, 0.0),
                    });
                    // One rectangle per horizontal run of dark modules keeps the page small.
                    for (r, baris) in modul.iter().enumerate() {
                        let mut c = 0;
                        while c < baris.len() {
                            if baris[c] {
                                let awal = c;
                                while c < baris.len() && baris[c] {
                                    c += 1;
                                }
                                ops.push(persegi(
                                    x + awal as f32 * m,
                                    y + r as f32 * m,
                                    (c - awal) as f32 * m,
                                    m,
                                    PaintMode::Fill,
                                ));
                            } else {
                                c += 1;
                            }
                        }
                    }
                }
                Elemen::Gambar { x, y, w, png } => {
                    // A logo that cannot be decoded is left out rather than failing the whole document;
                    // it was validated when the office stored it.
                    if let Ok(img) = RawImage::decode_from_bytes(png, &mut Vec::new()) {
                        let (pw, ph) = (img.width.max(1) as f32, img.height as f32);
                        let dpi = pw / (w / 25.4);
                        let h = ph / dpi * 25.4;
                        let id = doc.add_image(&img);
                        ops.push(Op::UseXobject {
                            id,
                            transform: XObjectTransform {
                                translate_x: Some(Pt::from(Mm(*x))),
                                translate_y: Some(Pt::from(Mm(TINGGI_A4 - y - h))),
                                dpi: Some(dpi),
                                ..Default::default()
                            },
                        });
                    }
                }
                Elemen::Teks { .. } => {}
            }
        }
        ops.push(Op::SetFillColor {
            col: warna(0.0, 0.0, 0.0),
        });
        for e in &h.elemen {
            if let Elemen::Teks {
                x,
                y,
                ukuran,
                tebal,
                teks,
            } = e
            {
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(if *tebal { bold.clone() } else { reg.clone() }),
                    size: Pt(*ukuran),
                });
                ops.push(Op::SetTextCursor {
                    pos: Point {
                        x: Pt::from(Mm(*x)),
                        y: Pt::from(Mm(TINGGI_A4 - y)),
                    },
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(teks.clone())],
                });
                ops.push(Op::EndTextSection);
            }
        }
        pages.push(PdfPage::new(Mm(LEBAR_A4), Mm(TINGGI_A4), ops));
    }
    let mut warn = Vec::new();
    Ok(doc
        .with_pages(pages)
        .save(&PdfSaveOptions::default(), &mut warn))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lebar_dan_bungkus() {
        let f = fonta().unwrap();
        let a = f.lebar("Kinerja", 10.0, false);
        assert!(a > 10.0 && a < 20.0, "{a}");
        assert!(f.lebar("Kinerja", 10.0, true) > a);
        let b = f.bungkus(
            "Persentase penyerapan anggaran satker mitra yang sangat panjang sekali",
            9.0,
            false,
            40.0,
        );
        assert!(b.len() > 1);
        assert!(
            b.iter().all(|x| f.lebar(x, 9.0, false) <= 40.0 + 0.01),
            "{b:?}"
        );
        let panjang = "A".repeat(300);
        let c = f.bungkus(&panjang, 9.0, false, 30.0);
        assert!(c.len() > 5 && c.concat() == panjang);
    }

    #[test]
    fn sel_lebih_tinggi_dari_halaman_berlanjut() {
        let f = fonta().unwrap();
        let mut p = Penyusun::baru(f);
        p.y = 200.0;
        let kol = [
            kolom("Kode", 20.0, Rata::Kiri),
            kolom("Penjelasan", 40.0, Rata::Kiri),
        ];
        // About 4000 characters in a 40 mm column: several pages tall.
        let panjang: String = (1..=400).map(|i| format!("kata{i} ")).collect();
        p.tabel(&kol, &[vec!["1.1".into(), panjang.clone()]], 8.0);
        assert!(p.halaman.len() >= 3, "{} pages", p.halaman.len());
        let semua: Vec<String> = p
            .halaman
            .iter()
            .flat_map(|h| h.teks().into_iter().map(String::from).collect::<Vec<_>>())
            .collect();
        let gabung = semua.join(" ");
        for i in [1, 200, 400] {
            assert!(gabung.contains(&format!("kata{i}")), "kata{i} is printed");
        }
        for h in &p.halaman {
            assert!(h.teks().contains(&"Penjelasan"), "header on every page");
            for e in &h.elemen {
                if let Elemen::Teks { y, .. } = e {
                    assert!(*y <= p.bawah + 0.01, "no text below the content area");
                }
            }
        }
    }

    #[test]
    fn tabel_pindah_halaman_dengan_judul_ulang() {
        let f = fonta().unwrap();
        let mut p = Penyusun::baru(f);
        let kol = [
            kolom("No", 10.0, Rata::Tengah),
            kolom("Uraian", 120.0, Rata::Kiri),
            kolom("Target", 40.0, Rata::Kanan),
        ];
        let baris: Vec<Vec<String>> = (1..=80)
            .map(|i| vec![i.to_string(), format!("Indikator nomor {i}"), "100%".into()])
            .collect();
        p.tabel(&kol, &baris, 9.0);
        assert!(p.halaman.len() >= 2);
        for h in &p.halaman {
            assert!(
                h.teks().contains(&"Uraian"),
                "header repeated on every page"
            );
            for e in &h.elemen {
                if let Elemen::Teks { y, .. } = e {
                    assert!(*y <= p.bawah + 0.01, "no text below the content area");
                }
            }
        }
        p.kaki("ID-1", Some("KINERJA|ID-1|abc")).unwrap();
        let n = p.halaman.len();
        assert!(
            p.halaman[n - 1]
                .teks()
                .contains(&format!("Halaman {n} dari {n}").as_str())
        );
        let bytes = render("uji", &p.halaman, 1_735_689_600).unwrap();
        assert!(bytes.starts_with(b"%PDF"));
    }
}
