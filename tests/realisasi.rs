//! Recording a quarter's realisasi with evidence through the app actions: Indonesian numbers, all-or-nothing
//! saves naming the IKU and quarter, the figure reaching the scores, and a locked KK still taking realisasi.
use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::evaluasi::rinci_nilai;
use kinerja::app::realisasi::{
    IsiRealisasi, realisasi_pegawai, simpan_realisasi, triwulan_berjalan,
};
use kinerja::store::Db;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn kantor() -> Db {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 10,
            tahun: 2025,
            seed: 4,
            ganti: false,
        },
        tgl("2025-08-05"),
        "t",
    )
    .unwrap();
    db
}

/// A pegawai with at least two IKIs who can be printed and locked.
fn pegawai(db: &Db) -> String {
    kinerja::app::dokumen::daftar_status_kk(db, 2025, tgl("2025-01-20"))
        .unwrap()
        .into_iter()
        .find(|k| {
            k.wajib_kk
                && k.penghalang.is_empty()
                && db.iki_pegawai(2025, &k.nip).unwrap().len() >= 2
        })
        .unwrap()
        .nip
}

fn isi(r: &kinerja::app::realisasi::RealisasiPegawai) -> Vec<IsiRealisasi> {
    r.baris
        .iter()
        .map(|b| IsiRealisasi {
            id: b.id,
            realisasi: b.realisasi.clone(),
            bukti: b.bukti.clone(),
            semula: None,
        })
        .collect()
}

#[test]
fn triwulan_yang_baru_berakhir() {
    for (hari, q) in [
        ("2024-12-01", 1),
        ("2025-02-10", 1),
        ("2025-04-05", 1),
        ("2025-07-01", 2),
        ("2025-10-20", 3),
        ("2025-12-31", 3),
        ("2026-01-05", 4),
    ] {
        assert_eq!(triwulan_berjalan(2025, tgl(hari)), q, "{hari}");
    }
}

#[test]
fn realisasi_dan_bukti_tersimpan_dan_masuk_ke_nilai() {
    let mut db = kantor();
    let nip = pegawai(&db);
    let hari = tgl("2025-08-05");
    // Without a quarter: the one that has just ended (TW II on 5 August).
    let r = realisasi_pegawai(&db, 2025, &nip, None, hari).unwrap();
    assert_eq!((r.triwulan, r.triwulan_berjalan, r.diubah), (2, 2, 0));
    let konsolidasi = |db: &Db| {
        let n = rinci_nilai(db, 2025, &nip, 2).unwrap();
        let v = n
            .iki
            .iter()
            .find(|v| v.kode == r.baris[0].kode)
            .unwrap()
            .clone();
        (
            v.realisasi,
            v.indeks
                .masukan
                .clone()
                .into_iter()
                .map(|m| m.nilai)
                .collect::<Vec<_>>(),
        )
    };
    let semula = konsolidasi(&db);
    let mut kirim = isi(&r);
    kirim[0].realisasi = "1.234,5".into();
    kirim[0].bukti = "  ND-77/WPB.12/KP.01/2025 ".into();
    let s = simpan_realisasi(&mut db, 2025, &nip, 2, &kirim, hari, "t").unwrap();
    assert_eq!(s.diubah, 1);
    assert_eq!(s.baris[0].realisasi, "1.234,5");
    assert_eq!(s.baris[0].bukti, "ND-77/WPB.12/KP.01/2025");
    assert_eq!(s.baris[0].realisasi_tw[1], "1.234,5");
    let skp = db.muat_skp_pegawai(2025, &nip).unwrap().unwrap();
    let kode = &s.baris[0].kode;
    let x = skp.iki.iter().find(|x| &x.kode == kode).unwrap();
    assert_eq!(x.realisasi_triwulan[1], Some("1234.5".parse().unwrap()));
    // The scores read the stored figure: the consolidated realisasi up to TW II and the index's inputs move.
    let kini = konsolidasi(&db);
    assert_ne!(kini.0, semula.0);
    assert_ne!(kini.1, semula.1);
    // The save can be taken back from the "Batalkan" bar: the cell returns to what it was.
    let sebelum_simpan = r.baris[0].clone();
    let u = s.urungkan.clone().unwrap();
    assert_eq!(u.audit_id.len(), 1);
    kinerja::app::umum::pulihkan(&mut db, &u.audit_id, "t").unwrap();
    let b = realisasi_pegawai(&db, 2025, &nip, Some(2), hari)
        .unwrap()
        .baris[0]
        .clone();
    assert_eq!(
        (b.realisasi, b.bukti),
        (sebelum_simpan.realisasi, sebelum_simpan.bukti)
    );
    // Back to the saved state for the rest of the test.
    simpan_realisasi(&mut db, 2025, &nip, 2, &kirim, hari, "t").unwrap();
    // The same grid again changes nothing.
    let lagi = simpan_realisasi(&mut db, 2025, &nip, 2, &isi(&s), hari, "t").unwrap();
    assert_eq!(lagi.diubah, 0);
    // Clearing a realisasi is allowed and stored as empty, not zero.
    let mut hapus = isi(&s);
    hapus[0].realisasi = String::new();
    let h = simpan_realisasi(&mut db, 2025, &nip, 2, &hapus, hari, "t").unwrap();
    assert_eq!(h.baris[0].realisasi, "");
    let skp = db.muat_skp_pegawai(2025, &nip).unwrap().unwrap();
    assert_eq!(
        skp.iki
            .iter()
            .find(|x| &x.kode == kode)
            .unwrap()
            .realisasi_triwulan[1],
        None
    );
}

#[test]
fn satu_sel_salah_tidak_menyimpan_apa_pun() {
    let mut db = kantor();
    let nip = pegawai(&db);
    let hari = tgl("2025-08-05");
    let r = realisasi_pegawai(&db, 2025, &nip, Some(3), hari).unwrap();
    let sebelum = format!("{:?}", db.muat_skp_pegawai(2025, &nip).unwrap());
    let mut kirim = isi(&r);
    kirim[0].realisasi = "88".into();
    kirim[1].realisasi = "12,3,4".into();
    let e = simpan_realisasi(&mut db, 2025, &nip, 3, &kirim, hari, "t").unwrap_err();
    assert_eq!(e.kode(), "MASUKAN_TIDAK_SAH");
    let pesan = e.to_string();
    assert!(
        pesan.contains(&format!("Realisasi {} TW III", r.baris[1].kode)),
        "{pesan}"
    );
    assert_eq!(
        format!("{:?}", db.muat_skp_pegawai(2025, &nip).unwrap()),
        sebelum
    );

    // An IKI of someone else is refused too.
    let lain = db
        .cari_pegawai("")
        .unwrap()
        .into_iter()
        .map(|p| p.nip)
        .find(|n| n != &nip && !db.iki_pegawai(2025, n).unwrap().is_empty())
        .unwrap();
    let asing = db.iki_pegawai(2025, &lain).unwrap()[0].id;
    let e = simpan_realisasi(
        &mut db,
        2025,
        &nip,
        3,
        &[IsiRealisasi {
            id: asing,
            realisasi: "1".into(),
            bukti: String::new(),
            semula: None,
        }],
        hari,
        "t",
    )
    .unwrap_err();
    assert_eq!(e.kode(), "MASUKAN_TIDAK_SAH");
    assert_eq!(
        realisasi_pegawai(&db, 2025, &nip, Some(5), hari)
            .unwrap_err()
            .kode(),
        "MASUKAN_TIDAK_SAH"
    );
}

#[test]
fn kk_terkunci_tetap_menerima_realisasi() {
    let mut db = kantor();
    let nip = pegawai(&db);
    let hari = tgl("2025-01-20");
    let c = kinerja::app::dokumen::cetak_kk(&mut db, 2025, &nip, hari, hari, 0, "t").unwrap();
    kinerja::app::dokumen::catat_reviu(
        &mut db,
        &c.id,
        &kinerja::app::dokumen::FormReviu {
            tanggal: "2025-01-02".into(),
            peninjau: "Pengelola Kinerja Kanwil".into(),
            rekomendasi: "terima".into(),
            catatan: String::new(),
        },
        "t",
    )
    .unwrap();
    kinerja::app::dokumen::tandatangani(&mut db, &c.id, hari, None, "t").unwrap();
    kinerja::app::dokumen::kunci(&mut db, &c.id, "t").unwrap();
    let r = realisasi_pegawai(&db, 2025, &nip, Some(4), tgl("2026-01-10")).unwrap();
    assert!(r.terkunci);
    let mut kirim = isi(&r);
    kirim[0].realisasi = "7".into();
    kirim[0].bukti = "Laporan TW IV".into();
    let s = simpan_realisasi(&mut db, 2025, &nip, 4, &kirim, tgl("2026-01-10"), "t").unwrap();
    assert_eq!((s.diubah, s.baris[0].realisasi.as_str()), (1, "7"));
    // TW IV was empty: taking the save back empties it again, even on a locked KK.
    let u = s.urungkan.clone().unwrap();
    kinerja::app::umum::pulihkan(&mut db, &u.audit_id, "t").unwrap();
    let b = realisasi_pegawai(&db, 2025, &nip, Some(4), tgl("2026-01-10"))
        .unwrap()
        .baris[0]
        .clone();
    assert_eq!((b.realisasi.as_str(), b.bukti.as_str()), ("", ""));
    assert_eq!(
        s.tanpa_bukti as usize,
        s.baris
            .iter()
            .filter(|b| !b.realisasi.is_empty() && b.bukti.is_empty())
            .count()
    );
}

/// The SKP sheet carries evidence: a sheet without the evidence columns leaves the stored evidence alone, a
/// sheet with them is the truth (an emptied cell clears it).
#[test]
fn impor_tanpa_kolom_bukti_tidak_menghapus_bukti() {
    use kinerja::app::{ekspor, impor};
    let mut db = kantor();
    let nip = pegawai(&db);
    let hari = tgl("2025-08-05");
    let r = realisasi_pegawai(&db, 2025, &nip, Some(1), hari).unwrap();
    let mut kirim = isi(&r);
    kirim[0].bukti = "Laporan TW I".into();
    simpan_realisasi(&mut db, 2025, &nip, 1, &kirim, hari, "t").unwrap();
    let kunci = (nip.clone(), r.baris[0].kode.clone());
    let dir = tempfile::tempdir().unwrap();
    let impor_dari = |db: &mut Db, tabel: &[kinerja::xlsx::Tabel], nama: &str, kosongkan: bool| {
        let p = dir.path().join(nama);
        ekspor::tulis(&p, tabel).unwrap();
        let opsi = impor::OpsiImpor {
            lembar: Some("SKP".into()),
            kosongkan,
            ..Default::default()
        };
        let l = impor::impor_skp(db, &p, 2025, &opsi, "t").unwrap();
        assert!(l.ditulis && l.galat.is_empty(), "{:?}", l.galat);
    };
    // Without the four evidence columns.
    let mut tabel = ekspor::tabel_skp(&db, 2025).unwrap();
    let n = tabel[0].kolom.len();
    tabel[0].kolom.truncate(n - 4);
    for b in &mut tabel[0].baris {
        b.truncate(n - 4);
    }
    impor_dari(&mut db, &tabel, "tanpa.xlsx", false);
    assert_eq!(db.bukti_tahun(2025).unwrap()[&kunci][0], "Laporan TW I");
    // With them, TW I emptied for that IKI.
    let mut tabel = ekspor::tabel_skp(&db, 2025).unwrap();
    let baris = tabel[0]
        .baris
        .iter_mut()
        .find(|b| {
            matches!(&b[0], kinerja::xlsx::Nilai::Teks(t) if t == &nip)
                && matches!(&b[5], kinerja::xlsx::Nilai::Teks(t) if t == &kunci.1)
        })
        .unwrap();
    baris[n - 4] = kinerja::xlsx::Nilai::Kosong;
    // An empty cell keeps the stored evidence, like every empty cell; "kosongkan sel kosong" clears it.
    impor_dari(&mut db, &tabel, "dengan.xlsx", false);
    assert_eq!(db.bukti_tahun(2025).unwrap()[&kunci][0], "Laporan TW I");
    impor_dari(&mut db, &tabel, "kosongkan.xlsx", true);
    assert!(
        db.bukti_tahun(2025)
            .unwrap()
            .get(&kunci)
            .is_none_or(|b| b[0].is_empty())
    );
}

/// `kinerja realisasi` shows a quarter and changes named IKIs (with evidence) through the same action.
#[test]
fn cli_realisasi() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    {
        let mut db = Db::buka(&path).unwrap();
        buat_demo(
            &mut db,
            &OpsiDemo {
                pegawai: 8,
                tahun: 2025,
                seed: 4,
                ganti: false,
            },
            tgl("2025-08-05"),
            "t",
        )
        .unwrap();
    }
    let db = Db::buka(&path).unwrap();
    let nip = pegawai(&db);
    let kode = db.iki_pegawai(2025, &nip).unwrap()[0].kode.clone();
    drop(db);
    let jalankan = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kinerja"))
            .arg("--db")
            .arg(&path)
            .args(args)
            .output()
            .unwrap()
    };
    let isi = format!("{kode}=1.234,5|ND-9/2025");
    let out = jalankan(&[
        "realisasi",
        "--tahun",
        "2025",
        "--nip",
        &nip,
        "--triwulan",
        "2",
        "--isi",
        &isi,
    ]);
    let teks = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{teks} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(teks.contains("1 IKU/IKI berubah"), "{teks}");
    assert!(
        teks.contains("1.234,5") && teks.contains("ND-9/2025"),
        "{teks}"
    );
    let db = Db::buka(&path).unwrap();
    let r = realisasi_pegawai(&db, 2025, &nip, Some(2), tgl("2025-08-05")).unwrap();
    assert_eq!(
        (r.baris[0].realisasi.as_str(), r.baris[0].bukti.as_str()),
        ("1.234,5", "ND-9/2025")
    );
    drop(db);
    // A code that is not on the SKP, or a figure that is no number: refused, exit 2, nothing changed.
    for isi in ["XX=1", &format!("{kode}=12,3,4")] {
        let out = jalankan(&[
            "realisasi",
            "--tahun",
            "2025",
            "--nip",
            &nip,
            "--triwulan",
            "2",
            "--isi",
            isi,
        ]);
        assert_eq!(out.status.code(), Some(2), "{isi}");
    }
    let db = Db::buka(&path).unwrap();
    let r = realisasi_pegawai(&db, 2025, &nip, Some(2), tgl("2025-08-05")).unwrap();
    assert_eq!(r.baris[0].realisasi, "1.234,5");
}

/// Two screens (or the screen and the CLI) open the same quarter. Each writes only the cells its user changed: the
/// second save keeps the first one's figure, and a cell both changed is a conflict named by its IKU, nothing lost.
#[test]
fn dua_layar_tidak_saling_menimpa() {
    let mut db = kantor();
    let nip = pegawai(&db);
    let hari = tgl("2025-08-05");
    let a = realisasi_pegawai(&db, 2025, &nip, Some(2), hari).unwrap();
    let b = a.clone();
    let muat = |r: &kinerja::app::realisasi::RealisasiPegawai, ubah: &[(usize, &str)]| {
        r.baris
            .iter()
            .enumerate()
            .map(|(i, x)| IsiRealisasi {
                id: x.id,
                realisasi: ubah
                    .iter()
                    .find(|(j, _)| *j == i)
                    .map(|(_, v)| v.to_string())
                    .unwrap_or_else(|| x.realisasi.clone()),
                bukti: x.bukti.clone(),
                semula: Some((x.realisasi.clone(), x.bukti.clone())),
            })
            .collect::<Vec<_>>()
    };
    // Screen A changes the first IKI; screen B, loaded before that, the second.
    simpan_realisasi(&mut db, 2025, &nip, 2, &muat(&a, &[(0, "11,5")]), hari, "t").unwrap();
    let r = simpan_realisasi(&mut db, 2025, &nip, 2, &muat(&b, &[(1, "22,5")]), hari, "t").unwrap();
    assert_eq!(r.baris[0].realisasi, "11,5", "A's change is kept");
    assert_eq!(r.baris[1].realisasi, "22,5");
    assert_eq!(r.diubah, 1, "B wrote only its own cell");
    // B now also changes the first IKI from what it saw before A's save: refused, named, nothing written.
    let sebelum = realisasi_pegawai(&db, 2025, &nip, Some(2), hari).unwrap();
    let e = simpan_realisasi(
        &mut db,
        2025,
        &nip,
        2,
        &muat(&b, &[(0, "99"), (1, "23")]),
        hari,
        "t",
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.contains(&format!("Realisasi {}", a.baris[0].kode))
            && e.contains("diubah di tempat lain"),
        "{e}"
    );
    let sesudah = realisasi_pegawai(&db, 2025, &nip, Some(2), hari).unwrap();
    assert_eq!(
        sesudah
            .baris
            .iter()
            .map(|x| &x.realisasi)
            .collect::<Vec<_>>(),
        sebelum
            .baris
            .iter()
            .map(|x| &x.realisasi)
            .collect::<Vec<_>>()
    );
}
