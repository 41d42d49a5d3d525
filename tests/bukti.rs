//! Evidence files attached to realisasi: through the app's actions as the Realisasi screen calls them, and the
//! CLI; stored once per content, counted as evidence on the screen and in Evaluasi, kept by backups, and checked
//! by `kinerja verify`.
use std::process::Command;

use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::keamanan::{JenisKeutuhan, periksa_keutuhan};
use kinerja::app::{dokumen, evaluasi, keamanan, realisasi};
use kinerja::store::{Db, KoneksiUji};

fn hari() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 8, 1).unwrap()
}

fn kantor(p: &std::path::Path) -> (Db, String) {
    let mut db = Db::buka(p).unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 10,
            tahun: 2025,
            seed: 8,
            ganti: false,
        },
        hari(),
        "2025-08-01T08:00:00",
    )
    .unwrap();
    let nip = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| {
            s.iki.len() >= 2 && s.tingkat == kinerja::domain::model::TingkatJabatan::Pelaksana
        })
        .unwrap()
        .nip;
    (db, nip)
}

#[test]
fn lampirkan_tampil_dihitung_dan_dicadangkan() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let (mut db, nip) = kantor(&p);
    let r = realisasi::realisasi_pegawai(&db, 2025, &nip, Some(2), hari()).unwrap();
    let (id1, kode1) = (r.baris[0].id, r.baris[0].kode.clone());
    // Clear the text evidence of the first IKI's TW II, so only the file can stand as its evidence.
    let isi: Vec<_> = r
        .baris
        .iter()
        .map(|b| realisasi::IsiRealisasi {
            id: b.id,
            realisasi: if b.id == id1 {
                "5".into()
            } else {
                b.realisasi.clone()
            },
            bukti: if b.id == id1 {
                String::new()
            } else {
                b.bukti.clone()
            },
            semula: Some((b.realisasi.clone(), b.bukti.clone())),
        })
        .collect();
    let r = realisasi::simpan_realisasi(&mut db, 2025, &nip, 2, &isi, hari(), "t").unwrap();
    let tanpa = r.tanpa_bukti;
    assert!(tanpa >= 1);
    let rekap_tanpa = |db: &Db| {
        evaluasi::rekap_nilai(db, 2025, Some(2), hari())
            .unwrap()
            .pegawai
            .into_iter()
            .find(|x| x.nip == nip)
            .unwrap()
            .tanpa_bukti
    };
    let sebelum = rekap_tanpa(&db);

    let pdf = b"%PDF-1.4 laporan realisasi".to_vec();
    let r = realisasi::lampirkan_bukti(
        &mut db,
        2025,
        &nip,
        id1,
        2,
        "C:\\Users\\x\\Laporan TW2.pdf",
        &pdf,
        hari(),
        "2025-07-05T10:00:00",
    )
    .unwrap();
    let b = &r.baris.iter().find(|b| b.id == id1).unwrap().berkas;
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].nama, "Laporan TW2.pdf", "only the file's own name");
    assert_eq!(b[0].ditambahkan, "5 Juli 2025");
    assert_eq!(r.tanpa_bukti, tanpa - 1, "a file is evidence on the screen");
    assert_eq!(rekap_tanpa(&db), sebelum - 1, "and in Evaluasi");
    // The same content again is the same attachment; other quarters do not show it.
    let r = realisasi::lampirkan_bukti(
        &mut db,
        2025,
        &nip,
        id1,
        2,
        "salinan.pdf",
        &pdf,
        hari(),
        "t",
    )
    .unwrap();
    assert_eq!(
        r.baris.iter().find(|b| b.id == id1).unwrap().berkas.len(),
        1
    );
    let r1 = realisasi::realisasi_pegawai(&db, 2025, &nip, Some(1), hari()).unwrap();
    assert!(r1.baris.iter().all(|b| b.berkas.is_empty()));
    // Refused: empty, too large, another pegawai's IKI; each names the field.
    let e = realisasi::lampirkan_bukti(&mut db, 2025, &nip, id1, 2, "kosong.pdf", b"", hari(), "t")
        .unwrap_err();
    assert!(
        e.to_string()
            .contains(&format!("Berkas bukti {kode1} TW II"))
            && e.to_string().contains("kosong"),
        "{e}"
    );
    let besar = vec![7u8; realisasi::MAKS_BERKAS_BUKTI + 1];
    let e = realisasi::lampirkan_bukti(
        &mut db,
        2025,
        &nip,
        id1,
        2,
        "besar.pdf",
        &besar,
        hari(),
        "t",
    )
    .unwrap_err();
    assert!(e.to_string().contains("melebihi batas 20,0 MB"), "{e}");
    let lain = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| s.nip != nip && !s.iki.is_empty())
        .unwrap();
    let id_lain = db.iki_pegawai(2025, &lain.nip).unwrap()[0].id;
    assert!(
        realisasi::lampirkan_bukti(&mut db, 2025, &nip, id_lain, 2, "x.pdf", b"x", hari(), "t")
            .is_err()
    );

    // A copy out never overwrites.
    let fid = realisasi::realisasi_pegawai(&db, 2025, &nip, Some(2), hari())
        .unwrap()
        .baris[0]
        .berkas[0]
        .id;
    let out = dir.path().join("keluar");
    let a = realisasi::salin_bukti(&db, 2025, &nip, fid, &out).unwrap();
    let b2 = realisasi::salin_bukti(&db, 2025, &nip, fid, &out).unwrap();
    assert_eq!(a.file_name().unwrap(), "Laporan TW2.pdf");
    assert_eq!(b2.file_name().unwrap(), "Laporan TW2 (2).pdf");
    assert_eq!(std::fs::read(&b2).unwrap(), pdf);

    // A backup holds the file; verify checks it.
    let cad = dir.path().join("cadangan.db");
    keamanan::cadangkan(&db, &cad).unwrap();
    let r = realisasi::hapus_bukti(&mut db, 2025, &nip, fid, 2, hari(), "t").unwrap();
    assert!(r.baris[0].berkas.is_empty());
    assert!(
        db.riwayat(&format!("2025/{nip}/{kode1}/TW2"))
            .unwrap()
            .iter()
            .any(|a| a.aksi == "hapus")
    );
    keamanan::pulihkan(
        &mut db,
        &cad,
        None,
        NaiveDate::from_ymd_opt(2025, 8, 2)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap(),
        "t",
    )
    .unwrap();
    let r = realisasi::realisasi_pegawai(&db, 2025, &nip, Some(2), hari()).unwrap();
    assert_eq!(r.baris[0].berkas.len(), 1, "restored with the backup");
    assert!(periksa_keutuhan(&db).unwrap().utuh);
    drop(db);
    KoneksiUji::buka_asing(&p).jalankan("UPDATE berkas SET isi = X'00'");
    let db = Db::buka(&p).unwrap();
    let l = periksa_keutuhan(&db).unwrap();
    assert!(!l.utuh);
    assert!(l.butir.iter().any(|b| b.jenis == JenisKeutuhan::Berkas));
    assert!(
        realisasi::isi_bukti(&db, 2025, &nip, fid).is_err(),
        "a changed file is not handed out"
    );
}

#[test]
fn kk_terkunci_tetap_menerima_berkas_dan_cli() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let (mut db, nip) = kantor(&p);
    let c = dokumen::cetak_kk(&mut db, 2025, &nip, hari(), hari(), 0, "t").unwrap();
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
    dokumen::tandatangani(&mut db, &c.id, hari(), None, "t").unwrap();
    dokumen::kunci(&mut db, &c.id, "t").unwrap();
    // The scan of the signed copy, recorded later from the Dokumen screen: once, never replaced.
    assert!(dokumen::lampirkan_pindaian(&mut db, &c.id, b"", "t").is_err());
    dokumen::lampirkan_pindaian(&mut db, &c.id, b"%PDF pindaian", "t").unwrap();
    let e = dokumen::lampirkan_pindaian(&mut db, &c.id, b"%PDF lain", "t").unwrap_err();
    assert!(e.to_string().contains("tidak diganti"), "{e}");
    assert!(
        dokumen::daftar_status_kk(&db, 2025, hari())
            .unwrap()
            .iter()
            .any(|s| s.nip == nip && s.ada_pindaian)
    );
    assert!(periksa_keutuhan(&db).unwrap().utuh);
    let kode = db.iki_pegawai(2025, &nip).unwrap()[0].kode.clone();
    drop(db);
    let f = dir.path().join("foto kegiatan.jpg");
    std::fs::write(&f, b"\xff\xd8\xff foto").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&p)
        .args([
            "bukti",
            "--tahun",
            "2025",
            "--nip",
            &nip,
            "--triwulan",
            "2",
            "--lampir",
        ])
        .arg(format!("{kode}={}", f.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let teks = String::from_utf8_lossy(&out.stdout);
    assert!(
        teks.contains("foto kegiatan.jpg") && teks.contains(&kode),
        "{teks}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&p)
        .args([
            "bukti",
            "--tahun",
            "2025",
            "--nip",
            &nip,
            "--triwulan",
            "2",
            "--lampir",
        ])
        .arg(format!("{kode}={}", dir.path().display()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("folder"));
}

#[test]
fn hapus_iki_lalu_batalkan_mengembalikan_berkas() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let (mut db, nip) = kantor(&p);
    // An IKI no other IKI is cascaded from (a pelaksana's own).
    let iki = db.iki_pegawai(2025, &nip).unwrap();
    let x = iki
        .iter()
        .find(|x| db.jumlah_turunan(x.id).unwrap() == 0)
        .unwrap()
        .clone();
    realisasi::lampirkan_bukti(
        &mut db,
        2025,
        &nip,
        x.id,
        1,
        "notulen.pdf",
        b"%PDF notulen",
        hari(),
        "t",
    )
    .unwrap();
    let u = kinerja::app::rencana::hapus_iki(&mut db, 2025, x.id, "t").unwrap();
    assert!(
        db.daftar_bukti_berkas(2025, &nip)
            .unwrap()
            .iter()
            .all(|b| b.iki_id != x.id)
    );
    kinerja::app::umum::pulihkan(&mut db, &u.audit_id, "t").unwrap();
    let b = db.daftar_bukti_berkas(2025, &nip).unwrap();
    assert!(
        b.iter()
            .any(|b| b.iki_id == x.id && b.nama == "notulen.pdf" && b.triwulan == 1),
        "{b:?}"
    );
    assert!(periksa_keutuhan(&db).unwrap().utuh);
}

#[test]
fn kode_iki_diganti_berkas_tetap_sah() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let (mut db, nip) = kantor(&p);
    let r = kinerja::app::rencana::rencana_pegawai(&db, 2025, &nip, hari()).unwrap();
    let f = r.iki[0].form.clone();
    realisasi::lampirkan_bukti(
        &mut db,
        2025,
        &nip,
        f.id,
        1,
        "a.pdf",
        b"%PDF a",
        hari(),
        "t",
    )
    .unwrap();
    let mut baru = f.clone();
    baru.kode = format!("{}x", f.kode);
    kinerja::app::rencana::simpan_iki(&mut db, 2025, &baru, hari(), "t").unwrap();
    let l = periksa_keutuhan(&db).unwrap();
    assert!(l.utuh, "{:?}", l.butir);
}

/// A stored figure that no longer reads as a number (written by another tool) is an error naming its column
/// wherever it is read, never an empty cell that the screens and the scores would quietly take as "not yet".
#[test]
fn angka_tersimpan_yang_rusak_adalah_galat_bukan_kosong() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let (db, nip) = kantor(&p);
    drop(db);
    let ubah = |sql: &str| KoneksiUji::buka_asing(&p).jalankan(sql);
    ubah(&format!(
        "UPDATE iki_triwulan SET realisasi = '12,5x' WHERE iki_id = (SELECT min(id) FROM iki WHERE tahun = 2025 AND nip = '{nip}') AND triwulan = 1"
    ));
    let db = Db::buka(&p).unwrap();
    for e in [
        kinerja::app::rencana::rencana_pegawai(&db, 2025, &nip, hari()).unwrap_err(),
        realisasi::realisasi_pegawai(&db, 2025, &nip, Some(1), hari()).unwrap_err(),
        evaluasi::rekap_nilai(&db, 2025, Some(1), hari()).unwrap_err(),
    ] {
        assert_eq!(e.kode(), "DATA_RUSAK", "{e}");
        assert!(e.to_string().contains("12,5x"), "{e}");
    }
    drop(db);
    // The same for a 360° average and a hukuman disiplin's date.
    ubah("UPDATE iki_triwulan SET realisasi = '12.5' WHERE realisasi = '12,5x'");
    ubah(&format!(
        "INSERT INTO nilai_perilaku (tahun, nip, atasan, rekan, bawahan) VALUES (2025, '{nip}', 'sembilan', NULL, NULL)
         ON CONFLICT(tahun, nip) DO UPDATE SET atasan = 'sembilan'"
    ));
    let db = Db::buka(&p).unwrap();
    let e = evaluasi::rekap_nilai(&db, 2025, Some(1), hari()).unwrap_err();
    assert_eq!(e.kode(), "DATA_RUSAK", "{e}");
    assert!(
        e.to_string().contains("atasan") && e.to_string().contains("sembilan"),
        "{e}"
    );
}
