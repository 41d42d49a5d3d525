//! What every printed document shares: the letterhead and the signature block.
use super::{Elemen, Penyusun, Rata};

/// A signature block centred in a column `lebar` wide from `x`, starting at `y`: the role (wrapped), room for the
/// wet-ink signature, the name in bold (dots when unknown) and the NIP. Returns the y below it.
#[allow(clippy::too_many_arguments)]
pub fn blok_tanda_tangan(
    p: &mut Penyusun,
    x: f32,
    y: f32,
    lebar: f32,
    peran: &str,
    nama: &str,
    nip: &str,
    ukuran: f32,
) -> f32 {
    let mut y = y;
    for baris in p.f.bungkus(peran, ukuran, false, lebar - 6.0) {
        p.teks_di(x, y, &baris, ukuran, false, Rata::Tengah, lebar);
        y += 4.6;
    }
    y += 22.0;
    let nama = if nama.is_empty() {
        "(....................................)"
    } else {
        nama
    };
    p.teks_di(x, y, nama, ukuran, true, Rata::Tengah, lebar);
    y += 4.6;
    if !nip.is_empty() {
        p.teks_di(
            x,
            y,
            &format!("NIP {nip}"),
            ukuran,
            false,
            Rata::Tengah,
            lebar,
        );
        y += 4.6;
    }
    y
}

/// The letterhead: the ministry, the parent office, the office and its address, centred (beside the logo when there
/// is one), over a double rule.
pub fn kop(
    p: &mut Penyusun,
    induk: &str,
    kantor: &str,
    alamat: &str,
    logo: Option<&std::sync::Arc<Vec<u8>>>,
) {
    // With a logo at the left the text block narrows symmetrically so it stays centred on the page.
    let sisih = if logo.is_some() { 24.0 } else { 0.0 };
    let lebar = p.lebar_isi() - 2.0 * sisih;
    let kiri = p.kiri + sisih;
    p.y = 14.0;
    if let Some(png) = logo {
        let x = p.kiri;
        if let Some(h) = p.halaman.last_mut() {
            h.elemen.push(Elemen::Gambar {
                x,
                y: 12.0,
                w: 20.0,
                png: png.clone(),
            })
        }
    }
    for (t, u, b) in [
        ("KEMENTERIAN KEUANGAN REPUBLIK INDONESIA", 10.0, true),
        (induk.to_uppercase().as_str(), 9.0, true),
        (kantor.to_uppercase().as_str(), 11.0, true),
        (alamat, 8.0, false),
    ] {
        if t.trim().is_empty() {
            continue;
        }
        for baris in p.f.bungkus(t, u, b, lebar) {
            p.y += u * 0.36 * 1.3;
            let y = p.y;
            p.teks_di(kiri, y, &baris, u, b, Rata::Tengah, lebar);
        }
    }
    p.y += 2.0;
    p.y = p.y.max(if logo.is_some() { 34.0 } else { 0.0 });
    let (y, kiri, kanan) = (p.y, p.kiri, p.kanan);
    p.garis(kiri, y, kanan, y, 1.6);
    p.garis(kiri, y + 0.9, kanan, y + 0.9, 0.5);
    p.y += 6.0;
}
