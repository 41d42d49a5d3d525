//! The notulen of a Dialog Kinerja Organisasi, printed for signature: the forum, what was discussed and decided,
//! the rencana aksi agreed, the signatures of the notulis and the chair, and the attendance list.
use super::{Fonta, Halaman, PdfError, Penyusun, Rata, kolom};

const TEKS: f32 = 10.0;
const KECIL: f32 = 8.5;

/// Everything the notulen shows, already in words (dates as "20 Januari 2026", names with their NIP).
#[derive(Debug, Clone, Default)]
pub struct IsiNotulen {
    pub induk: String,
    pub kantor: String,
    pub alamat: String,
    /// "Triwulan I Tahun 2026".
    pub periode: String,
    /// (label, value): Hari/tanggal, Tempat, Pimpinan rapat, Notulis, Peserta.
    pub keterangan: Vec<(String, String)>,
    /// (heading, text) of each part that has text: Pembahasan, Permasalahan, Keputusan, Risiko.
    pub bagian: Vec<(String, String)>,
    /// Rencana aksi rows: uraian, PIC, batas waktu, status.
    pub aksi: Vec<[String; 4]>,
    /// "Kota Contoh, 20 Januari 2026".
    pub tempat_tanggal: String,
    /// Chair: jabatan, nama, NIP.
    pub pimpinan: (String, String, String),
    pub notulis: String,
    /// Attendance: nama, jabatan.
    pub hadir: Vec<(String, String)>,
}

fn subjudul(p: &mut Penyusun, teks: &str) {
    p.pastikan(12.0);
    p.spasi(3.0);
    p.paragraf(teks, TEKS, true, Rata::Kiri);
    p.spasi(1.0);
}

fn tanda_tangan(p: &mut Penyusun, isi: &IsiNotulen) {
    p.pastikan(48.0);
    p.spasi(8.0);
    let setengah = p.lebar_isi() / 2.0;
    let (kiri, kanan) = (p.kiri, p.kiri + setengah);
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
    let a = super::blok_tanda_tangan(
        p,
        kiri,
        y0 + 6.0,
        setengah,
        "Notulis,",
        &isi.notulis,
        "",
        TEKS,
    );
    let (jabatan, nama, nip) = &isi.pimpinan;
    let peran = if jabatan.is_empty() {
        "Pimpinan rapat,".to_string()
    } else {
        format!("{jabatan},")
    };
    let b = super::blok_tanda_tangan(p, kanan, y0 + 6.0, setengah, &peran, nama, nip, TEKS);
    p.y = a.max(b) + 4.0;
}

/// Lays out the notulen; `id` names it in every page's footer.
pub fn susun(
    f: &Fonta,
    isi: &IsiNotulen,
    logo: Option<&std::sync::Arc<Vec<u8>>>,
    id: &str,
) -> Result<Vec<Halaman>, PdfError> {
    let mut p = Penyusun::baru(f);
    super::kop(&mut p, &isi.induk, &isi.kantor, &isi.alamat, logo);
    p.paragraf(
        "NOTULEN DIALOG KINERJA ORGANISASI",
        12.0,
        true,
        Rata::Tengah,
    );
    p.paragraf(&isi.periode, TEKS, false, Rata::Tengah);
    p.spasi(4.0);
    let ket: Vec<(&str, String)> = isi
        .keterangan
        .iter()
        .map(|(l, v)| (l.as_str(), v.clone()))
        .collect();
    let x = p.kiri;
    p.isian(x, 34.0, &ket, TEKS);
    for (judul, teks) in &isi.bagian {
        subjudul(&mut p, judul);
        for alinea in teks.lines().filter(|l| !l.trim().is_empty()) {
            p.paragraf(alinea.trim(), TEKS, false, Rata::Kiri);
        }
    }
    subjudul(&mut p, "Rencana aksi");
    if isi.aksi.is_empty() {
        p.paragraf("Tidak ada rencana aksi baru.", TEKS, false, Rata::Kiri);
    } else {
        let kol = [
            kolom("No", 8.0, Rata::Tengah),
            kolom("Rencana aksi", 78.0, Rata::Kiri),
            kolom("Penanggung jawab", 40.0, Rata::Kiri),
            kolom("Batas waktu", 22.0, Rata::Kiri),
            kolom("Status", 22.0, Rata::Kiri),
        ];
        let baris: Vec<Vec<String>> = isi
            .aksi
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mut b = vec![(i + 1).to_string()];
                b.extend(a.iter().cloned());
                b
            })
            .collect();
        p.tabel(&kol, &baris, KECIL);
    }
    tanda_tangan(&mut p, isi);
    // The attendance list, signed by each participant on paper.
    p.pastikan(30.0);
    subjudul(&mut p, "Daftar hadir");
    let kol = [
        kolom("No", 8.0, Rata::Tengah),
        kolom("Nama", 62.0, Rata::Kiri),
        kolom("Jabatan", 70.0, Rata::Kiri),
        kolom("Tanda tangan", 30.0, Rata::Kiri),
    ];
    let baris: Vec<Vec<String>> = isi
        .hadir
        .iter()
        .enumerate()
        .map(|(i, (n, j))| vec![(i + 1).to_string(), n.clone(), j.clone(), String::new()])
        .collect();
    p.tabel(&kol, &baris, KECIL);
    p.kaki(id, None)?;
    Ok(p.halaman)
}
