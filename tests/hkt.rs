//! Hasil kerja tambahan through the app actions: stored and read back into the SKP, scored into the NHK,
//! findings on the HKT they concern (never blocking the KK), the form checked whole, edit and delete.
use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::evaluasi::rinci_nilai;
use kinerja::app::pemantauan::{FormHkt, daftar_hkt, hapus_hkt, simpan_hkt};
use kinerja::store::Db;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn hari() -> NaiveDate {
    tgl("2025-10-10")
}

fn kantor() -> (Db, Vec<String>) {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 10,
            tahun: 2025,
            seed: 2,
            ganti: false,
        },
        hari(),
        "t",
    )
    .unwrap();
    let nip = db
        .cari_pegawai("")
        .unwrap()
        .into_iter()
        .map(|p| p.nip)
        .collect();
    (db, nip)
}

fn form(nip: &str) -> FormHkt {
    FormHkt {
        id: 0,
        nip: nip.into(),
        judul: "Dasbor monitoring SP2D".into(),
        jenis: "inovasi".into(),
        lingkup: "nasional".into(),
        penuh_waktu: false,
        pemilik_kinerja: String::new(),
        nomor_sk: "KEP-7/PB/2025".into(),
        lolos_seleksi: true,
        disetujui_pengelola: true,
        polarisasi: String::new(),
        tanggal_implementasi: "15 Maret 2025".into(),
        tahun_dinilai: String::new(),
        target: "100".into(),
        realisasi: "100".into(),
    }
}

/// A pegawai without an HKT in the demo.
fn tanpa_hkt(db: &Db, nip: &[String]) -> String {
    nip.iter()
        .find(|n| {
            // Not the head: the Pimpinan UPK's NHK is the office NKO, without HKT.
            db.hkt_tahun(2025, Some(n)).unwrap().is_empty()
                && !db.iki_pegawai(2025, n).unwrap().is_empty()
                && db.muat_skp_pegawai(2025, n).unwrap().unwrap().tingkat
                    != kinerja::domain::model::TingkatJabatan::PemilikPeta
        })
        .unwrap()
        .clone()
}

#[test]
fn hkt_demo_masuk_ke_nhk() {
    let (db, _) = kantor();
    let semua = db.hkt_tahun(2025, None).unwrap();
    assert_eq!(semua.len(), 2);
    for h in &semua {
        let d = daftar_hkt(&db, 2025, &h.nip, hari()).unwrap();
        assert_eq!(d.hkt.len(), 1);
        assert!(d.hkt[0].temuan.is_empty(), "{:?}", d.hkt[0].temuan);
        assert!(d.hkt[0].nilai.teks.is_some());
        // The screen's HKT term is the NHK's.
        let n = rinci_nilai(&db, 2025, &h.nip, 4).unwrap();
        assert_eq!(n.nilai_hkt.teks, d.nilai_hkt.teks);
        assert_ne!(n.nilai_hkt.teks.as_deref(), Some("0,00"));
        // And the SKP the rules read carries it.
        let skp = db.muat_skp_pegawai(2025, &h.nip).unwrap().unwrap();
        assert_eq!(skp.hkt.len(), 1);
        assert_eq!(skp.hkt[0].judul, h.judul);
    }
}

#[test]
fn hkt_disimpan_dinilai_diubah_dihapus() {
    let (mut db, nip) = kantor();
    let n = tanpa_hkt(&db, &nip);
    // Up to TW III: the last quarter with realisasi on 10 October.
    let sebelum = rinci_nilai(&db, 2025, &n, 3).unwrap();
    assert!(sebelum.nhk.teks.is_some());
    assert_eq!(sebelum.nilai_hkt.teks.as_deref(), Some("0,00"));
    let mut f = form(&n);
    f.tahun_dinilai = "2024".into();
    let d = simpan_hkt(&mut db, 2025, &f, hari(), "t").unwrap();
    assert_eq!(d.hkt.len(), 1);
    let h = &d.hkt[0];
    assert_eq!(h.form.tanggal_implementasi, "15/03/2025");
    assert_eq!(h.form.tahun_dinilai, "2024");
    assert_eq!(h.jenis_label, "Inovasi");
    // Scored last year and national in scope: allowed a second year, so no finding.
    assert!(h.temuan.is_empty(), "{:?}", h.temuan);
    let setelah = rinci_nilai(&db, 2025, &n, 3).unwrap();
    assert_eq!(setelah.nilai_hkt.teks, d.nilai_hkt.teks);
    assert_ne!(setelah.nhk.teks, sebelum.nhk.teks);
    let skp = db.muat_skp_pegawai(2025, &n).unwrap().unwrap();
    assert_eq!(skp.hkt[0].tanggal_implementasi, Some(tgl("2025-03-15")));
    assert_eq!(skp.hkt[0].tahun_dinilai, vec![2024]);

    // Half achieved: a lower score.
    let mut ubah = h.form.clone();
    ubah.realisasi = "50".into();
    let d2 = simpan_hkt(&mut db, 2025, &ubah, hari(), "t").unwrap();
    assert_eq!(d2.hkt.len(), 1);
    assert_ne!(d2.hkt[0].nilai.teks, h.nilai.teks);

    let d3 = hapus_hkt(&mut db, 2025, &n, h.form.id, hari(), "t").unwrap();
    assert!(d3.hkt.is_empty());
    assert_eq!(
        rinci_nilai(&db, 2025, &n, 3).unwrap().nhk.teks,
        sebelum.nhk.teks
    );
}

#[test]
fn temuan_hkt_di_barisnya_dan_tidak_menghalangi_kk() {
    let (mut db, nip) = kantor();
    let n = tanpa_hkt(&db, &nip);
    let mut f = form(&n);
    f.nomor_sk = String::new();
    f.lolos_seleksi = false;
    f.lingkup = "unit_kerja".into();
    simpan_hkt(&mut db, 2025, &f, hari(), "t").unwrap();
    let mut g = form(&n);
    g.judul = "Formulir daring".into();
    g.lingkup = "unit_kerja".into();
    let d = simpan_hkt(&mut db, 2025, &g, hari(), "t").unwrap();
    let pertama = d.hkt.iter().find(|h| h.form.judul == f.judul).unwrap();
    let kode: Vec<&str> = pertama.temuan.iter().map(|t| t.kode.as_str()).collect();
    assert!(
        kode.contains(&"HKT-001") && kode.contains(&"HKT-002"),
        "{kode:?}"
    );
    assert!(
        d.hkt
            .iter()
            .find(|h| h.form.judul == g.judul)
            .unwrap()
            .temuan
            .is_empty()
    );
    // The refused inovasi does not take the scope's one place: the valid one is alone in it.
    assert!(!d.temuan_umum.iter().any(|t| t.kode == "HKT-006"));
    // A second valid inovasi in the same scope concerns the pegawai, not one HKT.
    let mut h = form(&n);
    h.judul = "Rekonsiliasi otomatis".into();
    h.lingkup = "unit_kerja".into();
    let d = simpan_hkt(&mut db, 2025, &h, hari(), "t").unwrap();
    assert!(d.temuan_umum.iter().any(|t| t.kode == "HKT-006"));
    // HKT is not printed in the KK: its findings do not hold the contract back.
    let siap = kinerja::app::rencana::siap_cetak(&db, 2025, hari()).unwrap();
    let hkt: Vec<_> = siap.iter().filter(|t| t.kode.starts_with("HKT-")).collect();
    assert!(!hkt.is_empty());
    assert!(hkt.iter().all(|t| !t.menghalangi));
}

#[test]
fn formulir_salah_tidak_menyimpan_apa_pun() {
    let (mut db, nip) = kantor();
    let n = tanpa_hkt(&db, &nip);
    let cases: [(fn(&mut FormHkt), &str); 6] = [
        (|f| f.judul = "  ".into(), "Judul HKT"),
        (|f| f.jenis = "lomba".into(), "Jenis HKT"),
        (|f| f.lingkup = "dunia".into(), "Lingkup"),
        (
            |f| f.tanggal_implementasi = "32/13/2025".into(),
            "Tanggal implementasi",
        ),
        (|f| f.tahun_dinilai = "20x4".into(), "Tahun sudah dinilai"),
        (|f| f.realisasi = "12,3,4".into(), "Realisasi HKT"),
    ];
    for (rusak, field) in cases {
        let mut f = form(&n);
        rusak(&mut f);
        let e = simpan_hkt(&mut db, 2025, &f, hari(), "t").unwrap_err();
        assert_eq!(e.kode(), "MASUKAN_TIDAK_SAH");
        assert!(e.to_string().contains(field), "{field}: {e}");
        assert!(db.hkt_tahun(2025, Some(&n)).unwrap().is_empty(), "{field}");
    }
    // Someone else's HKT cannot be edited or deleted through this pegawai.
    let lain = db.hkt_tahun(2025, None).unwrap()[0].clone();
    let mut f = form(&n);
    f.id = lain.id;
    assert_eq!(
        simpan_hkt(&mut db, 2025, &f, hari(), "t")
            .unwrap_err()
            .kode(),
        "MASUKAN_TIDAK_SAH"
    );
    assert_eq!(
        hapus_hkt(&mut db, 2025, &n, lain.id, hari(), "t")
            .unwrap_err()
            .kode(),
        "MASUKAN_TIDAK_SAH"
    );
    assert_eq!(db.hkt_tahun(2025, None).unwrap().len(), 2);
}

/// A deleted HKT comes back with its id from the "Batalkan" bar; a change goes back to what it was.
#[test]
fn hkt_dihapus_dan_diubah_dapat_dibatalkan() {
    let (mut db, nip) = kantor();
    let n = tanpa_hkt(&db, &nip);
    let d = simpan_hkt(&mut db, 2025, &form(&n), hari(), "t").unwrap();
    assert!(d.urungkan.is_none(), "a new HKT is undone by deleting it");
    let asli = d.hkt[0].form.clone();
    let mut ubah = asli.clone();
    ubah.realisasi = "40".into();
    let u = simpan_hkt(&mut db, 2025, &ubah, hari(), "t")
        .unwrap()
        .urungkan
        .unwrap();
    kinerja::app::umum::pulihkan(&mut db, &u.audit_id, "t").unwrap();
    let kini = daftar_hkt(&db, 2025, &n, hari()).unwrap();
    assert_eq!(kini.hkt[0].form.realisasi, asli.realisasi);

    let u = hapus_hkt(&mut db, 2025, &n, asli.id, hari(), "t")
        .unwrap()
        .urungkan
        .unwrap();
    assert!(u.pesan.contains("dihapus"));
    let pesan = kinerja::app::umum::pulihkan(&mut db, &u.audit_id, "t").unwrap();
    assert!(pesan.starts_with("HKT"), "{pesan}");
    let kini = daftar_hkt(&db, 2025, &n, hari()).unwrap();
    assert_eq!(kini.hkt.len(), 1);
    assert_eq!(kini.hkt[0].form.id, asli.id);
    assert_eq!(kini.hkt[0].form.judul, asli.judul);
}
