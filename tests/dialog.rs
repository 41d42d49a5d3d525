//! Dialog kinerja individu through the app actions: recorded, read into the SKP, a quarter without one flagged
//! (DKI-001, a warning that never blocks the KK) until a dialog is recorded, and the form checked whole.
use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::pemantauan::{FormDialog, daftar_dialog, hapus_dialog, simpan_dialog};
use kinerja::store::Db;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn hari() -> NaiveDate {
    tgl("2025-08-05")
}

fn kantor() -> Db {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 9,
            tahun: 2025,
            seed: 6,
            ganti: false,
        },
        hari(),
        "t",
    )
    .unwrap();
    db
}

fn pegawai(db: &Db) -> String {
    db.cari_pegawai("")
        .unwrap()
        .into_iter()
        .map(|p| p.nip)
        .find(|n| !db.iki_pegawai(2025, n).unwrap().is_empty())
        .unwrap()
}

fn form(nip: &str, tanggal: &str) -> FormDialog {
    FormDialog {
        id: 0,
        nip: nip.into(),
        tanggal: tanggal.into(),
        tahap: "pelaksanaan".into(),
        sifat: "insidental".into(),
        pihak: "Kepala Seksi".into(),
        ringkasan: "Realisasi SP2D di bawah target; penyebab dan langkah dibahas.".into(),
        tindak_lanjut: "Piket layanan sore".into(),
        pembinaan: "coaching".into(),
    }
}

#[test]
fn triwulan_tanpa_dialog_ditandai_sampai_dicatat() {
    let mut db = kantor();
    // The demo holds a dialog every quarter that has ended: no DKI-001 anywhere.
    let siap = kinerja::app::rencana::siap_cetak(&db, 2025, hari()).unwrap();
    assert!(siap.iter().all(|t| t.kode != "DKI-001"), "{siap:?}");
    let nip = pegawai(&db);
    let d = daftar_dialog(&db, 2025, &nip, hari()).unwrap();
    assert_eq!(d.dialog.len(), 2);
    assert!(d.temuan.is_empty());
    let skp = db.muat_skp_pegawai(2025, &nip).unwrap().unwrap();
    assert_eq!(
        skp.dialog_kinerja,
        vec![tgl("2025-03-20"), tgl("2025-06-20")]
    );

    // Without TW II's dialog the quarter is flagged, as a warning that does not hold the KK back.
    let tw2 = d
        .dialog
        .iter()
        .find(|x| x.triwulan == "TW II")
        .unwrap()
        .form
        .id;
    let d = hapus_dialog(&mut db, 2025, &nip, tw2, hari(), "t").unwrap();
    assert_eq!(d.temuan.len(), 1);
    assert!(
        d.temuan[0].pesan.contains("TW II 2025"),
        "{}",
        d.temuan[0].pesan
    );
    assert!(!d.temuan[0].menghalangi);
    let siap = kinerja::app::rencana::siap_cetak(&db, 2025, hari()).unwrap();
    assert_eq!(siap.iter().filter(|t| t.kode == "DKI-001").count(), 1);

    // An incidental dialog in May covers the quarter.
    let d = simpan_dialog(&mut db, 2025, &form(&nip, "10 Mei 2025"), hari(), "t").unwrap();
    assert!(d.temuan.is_empty());
    let baru = d
        .dialog
        .iter()
        .find(|x| x.form.tanggal == "10/05/2025")
        .unwrap();
    assert_eq!(
        (baru.triwulan.as_str(), baru.sifat_label.as_str()),
        ("TW II", "Insidental")
    );

    // Changing its date out of the quarter brings the finding back.
    let mut ubah = baru.form.clone();
    ubah.tanggal = "2025-07-01".into();
    let d = simpan_dialog(&mut db, 2025, &ubah, hari(), "t").unwrap();
    assert_eq!(d.temuan.len(), 1);
    assert_eq!(d.dialog.len(), 2);
}

#[test]
fn formulir_dialog_salah_tidak_menyimpan_apa_pun() {
    let mut db = kantor();
    let nip = pegawai(&db);
    let cases: [(FormDialog, &str); 6] = [
        (form(&nip, ""), "Tanggal dialog: wajib diisi"),
        (form(&nip, "31/02/2025"), "Tanggal dialog"),
        (form(&nip, "12/12/2024"), "bukan tahun 2025"),
        (form(&nip, "01/09/2025"), "belum terjadi"),
        (
            FormDialog {
                ringkasan: " ".into(),
                ..form(&nip, "01/07/2025")
            },
            "Ringkasan: wajib diisi",
        ),
        (
            FormDialog {
                tahap: "rapat".into(),
                ..form(&nip, "01/07/2025")
            },
            "Tahap",
        ),
    ];
    let sebelum = db.dialog_tahun(2025, None).unwrap();
    for (f, pesan) in cases {
        let e = simpan_dialog(&mut db, 2025, &f, hari(), "t").unwrap_err();
        assert_eq!(e.kode(), "MASUKAN_TIDAK_SAH");
        assert!(e.to_string().contains(pesan), "{pesan}: {e}");
    }
    assert_eq!(db.dialog_tahun(2025, None).unwrap(), sebelum);
    // Someone else's dialog is not this pegawai's to change.
    let lain = sebelum.iter().find(|d| d.nip != nip).unwrap();
    assert_eq!(
        hapus_dialog(&mut db, 2025, &nip, lain.id, hari(), "t")
            .unwrap_err()
            .kode(),
        "MASUKAN_TIDAK_SAH"
    );
}

/// A deleted dialog comes back from the "Batalkan" bar, and DKI-001 goes away again.
#[test]
fn dialog_dihapus_dapat_dibatalkan() {
    let mut db = kantor();
    let nip = pegawai(&db);
    let d = daftar_dialog(&db, 2025, &nip, hari()).unwrap();
    let tw1 = d.dialog[0].form.clone();
    let h = hapus_dialog(&mut db, 2025, &nip, tw1.id, hari(), "t").unwrap();
    assert_eq!(h.temuan.len(), 1);
    let pesan = kinerja::app::umum::pulihkan(&mut db, &h.urungkan.unwrap().audit_id, "t").unwrap();
    assert!(pesan.starts_with("Catatan dialog"), "{pesan}");
    let d = daftar_dialog(&db, 2025, &nip, hari()).unwrap();
    assert!(d.temuan.is_empty());
    assert_eq!(d.dialog[0].form.id, tw1.id);
    assert_eq!(d.dialog[0].form.ringkasan, tw1.ringkasan);
    // Undoing a change puts the old text back.
    let mut ubah = tw1.clone();
    ubah.ringkasan = "Diubah".into();
    let u = simpan_dialog(&mut db, 2025, &ubah, hari(), "t")
        .unwrap()
        .urungkan
        .unwrap();
    kinerja::app::umum::pulihkan(&mut db, &u.audit_id, "t").unwrap();
    assert_eq!(
        daftar_dialog(&db, 2025, &nip, hari()).unwrap().dialog[0]
            .form
            .ringkasan,
        tw1.ringkasan
    );
}

/// `kinerja dialog` and `kinerja hkt` list what the screen shows, with the findings.
#[test]
fn cli_dialog_dan_hkt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let nip = {
        let mut db = Db::buka(&path).unwrap();
        buat_demo(
            &mut db,
            &OpsiDemo {
                pegawai: 9,
                tahun: 2025,
                seed: 6,
                ganti: false,
            },
            hari(),
            "t",
        )
        .unwrap();
        let nip = pegawai(&db);
        let tw1 = daftar_dialog(&db, 2025, &nip, hari()).unwrap().dialog[0]
            .form
            .id;
        hapus_dialog(&mut db, 2025, &nip, tw1, hari(), "t").unwrap();
        nip
    };
    let jalankan = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_kinerja"))
            .arg("--db")
            .arg(&path)
            .args(args)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    // The CLI runs today, after 2025: TW I (its dialog deleted), III and IV have none.
    let teks = jalankan(&["dialog", "--tahun", "2025", "--nip", &nip]);
    assert!(teks.contains(": 1 tercatat"), "{teks}");
    for tw in ["TW I 2025", "TW III 2025", "TW IV 2025"] {
        assert!(teks.contains(tw), "{tw}: {teks}");
    }
    assert!(!teks.contains("TW II 2025"), "{teks}");
    let db = Db::buka(&path).unwrap();
    let punya = db.hkt_tahun(2025, None).unwrap()[0].nip.clone();
    drop(db);
    let teks = jalankan(&["hkt", "--tahun", "2025", "--nip", &punya]);
    assert!(teks.contains("nilai HKT") && teks.contains("SK "), "{teks}");
}
