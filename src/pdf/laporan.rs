//! A report for the level above, printed for signature: the letterhead, a title and period, a few key figures,
//! parts each with a table (or a sentence when it is empty), the notes on sources and provisional rules, and the
//! head's signature.
use super::{Fonta, Halaman, Kolom, PdfError, Penyusun, Rata};

const TEKS: f32 = 10.0;
const KECIL: f32 = 8.0;

/// One part of the report: a heading and its table.
#[derive(Debug, Clone)]
pub struct Bagian {
    pub judul: String,
    pub kolom: Vec<Kolom>,
    pub baris: Vec<Vec<String>>,
    /// Said instead of an empty table.
    pub kosong: String,
}

/// Everything the report shows, already in words.
#[derive(Debug, Clone)]
pub struct IsiLaporan {
    pub induk: String,
    pub kantor: String,
    pub alamat: String,
    pub judul: String,
    /// "Triwulan II Tahun 2026".
    pub periode: String,
    /// (label, value) under the title.
    pub ringkasan: Vec<(String, String)>,
    pub bagian: Vec<Bagian>,
    pub catatan: Vec<String>,
    /// "Kota Contoh, 20 Juli 2026".
    pub tempat_tanggal: String,
    /// Who signs: jabatan, nama, NIP.
    pub penanda: (String, String, String),
    /// The role when the jabatan is unknown ("Kepala Kantor").
    pub penanda_label: String,
}

/// Lays out the report; `id` names it in every page's footer.
pub fn susun(
    f: &Fonta,
    isi: &IsiLaporan,
    logo: Option<&std::sync::Arc<Vec<u8>>>,
    id: &str,
) -> Result<Vec<Halaman>, PdfError> {
    let mut p = Penyusun::baru(f);
    super::kop(&mut p, &isi.induk, &isi.kantor, &isi.alamat, logo);
    p.paragraf(&isi.judul, 12.0, true, Rata::Tengah);
    p.paragraf(&isi.periode, TEKS, false, Rata::Tengah);
    p.spasi(4.0);
    let ring: Vec<(&str, String)> = isi
        .ringkasan
        .iter()
        .map(|(l, v)| (l.as_str(), v.clone()))
        .collect();
    let x = p.kiri;
    p.isian(x, 48.0, &ring, TEKS);
    for b in &isi.bagian {
        p.pastikan(20.0);
        p.spasi(4.0);
        p.paragraf(&b.judul, TEKS, true, Rata::Kiri);
        p.spasi(1.0);
        if b.baris.is_empty() {
            p.paragraf(&b.kosong, TEKS, false, Rata::Kiri);
        } else {
            p.tabel(&b.kolom, &b.baris, KECIL);
        }
    }
    if !isi.catatan.is_empty() {
        p.pastikan(16.0);
        p.spasi(4.0);
        p.paragraf("Catatan", KECIL, true, Rata::Kiri);
        for c in &isi.catatan {
            p.paragraf(&format!("- {c}"), KECIL, false, Rata::Kiri);
        }
    }
    p.pastikan(48.0);
    p.spasi(8.0);
    let setengah = p.lebar_isi() / 2.0;
    let kanan = p.kiri + setengah;
    let y0 = p.y;
    p.teks_di(
        kanan,
        y0,
        &isi.tempat_tanggal,
        TEKS,
        false,
        Rata::Tengah,
        setengah,
    );
    let (jabatan, nama, nip) = &isi.penanda;
    let peran = if jabatan.is_empty() {
        format!("{},", isi.penanda_label)
    } else {
        format!("{jabatan},")
    };
    let y = super::blok_tanda_tangan(&mut p, kanan, y0 + 6.0, setengah, &peran, nama, nip, TEKS);
    p.y = y + 4.0;
    p.kaki(id, None)?;
    Ok(p.halaman)
}
