//! Two edits at once: a screen opened before another window (or the CLI) saved keeps that other change for every
//! field the user did not touch, and refuses, naming the field, when both changed the same one. Through the
//! app's actions, as the screens call them.
use chrono::NaiveDate;
use kinerja::app::AppError;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::{kantor, pemantauan, rencana};
use kinerja::store::Db;

fn hari() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 8, 1).unwrap()
}

fn kantor_contoh() -> (Db, String) {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 10,
            tahun: 2025,
            seed: 4,
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

fn konflik(e: AppError, field: &str) {
    match &e {
        AppError::Konflik { field: f, pesan } => {
            assert!(f.contains(field), "{f}");
            assert!(pesan.contains("diubah di tempat lain"), "{pesan}");
        }
        _ => panic!("bukan konflik: {e}"),
    }
    assert_eq!(e.exit_code(), 5);
    assert_eq!(e.kode(), "KONFLIK");
}

#[test]
fn manual_iki_dua_jendela() {
    let (mut db, nip) = kantor_contoh();
    let r = rencana::rencana_pegawai(&db, 2025, &nip, hari()).unwrap();
    let semula = r.iki[0].form.clone();
    // Another window changes the name.
    let mut lain = semula.clone();
    lain.nama = "Nama dari jendela lain".into();
    rencana::simpan_iki_dari(&mut db, 2025, &lain, Some(&semula), hari(), "t").unwrap();
    // This window, opened before, changes only the definition: the other name stays.
    let mut ini = semula.clone();
    ini.definisi = "Definisi dari jendela ini".into();
    let r = rencana::simpan_iki_dari(&mut db, 2025, &ini, Some(&semula), hari(), "t").unwrap();
    let f = &r.iki.iter().find(|x| x.form.id == semula.id).unwrap().form;
    assert_eq!(f.nama, "Nama dari jendela lain");
    assert_eq!(f.definisi, "Definisi dari jendela ini");
    // Both changed the name differently: refused, nothing written.
    let mut ini = semula.clone();
    ini.nama = "Nama lain lagi".into();
    konflik(
        rencana::simpan_iki_dari(&mut db, 2025, &ini, Some(&semula), hari(), "t").unwrap_err(),
        "Nama",
    );
    let r = rencana::rencana_pegawai(&db, 2025, &nip, hari()).unwrap();
    assert_eq!(
        r.iki
            .iter()
            .find(|x| x.form.id == semula.id)
            .unwrap()
            .form
            .nama,
        "Nama dari jendela lain"
    );
}

#[test]
fn trajectory_dua_jendela() {
    let (mut db, nip) = kantor_contoh();
    let r = rencana::rencana_pegawai(&db, 2025, &nip, hari()).unwrap();
    let awal: Vec<[String; 4]> = r.iki.iter().map(|x| x.form.target_tw.clone()).collect();
    let baris = |tw: &[[String; 4]]| -> Vec<rencana::BarisTrajectory> {
        r.iki
            .iter()
            .zip(tw)
            .zip(&awal)
            .map(|((x, t), s)| rencana::BarisTrajectory {
                id: x.form.id,
                target_tw: t.clone(),
                semula: Some(s.clone()),
            })
            .collect()
    };
    // Elsewhere: TW IV of the first IKI. Here: TW III of the first and TW I of the second.
    let mut lain = awal.clone();
    lain[0][3] = "77".into();
    rencana::simpan_trajectory(&mut db, 2025, &nip, &baris(&lain), hari(), "t").unwrap();
    let mut ini = awal.clone();
    ini[0][2] = "66".into();
    ini[1][0] = "11".into();
    let r2 = rencana::simpan_trajectory(&mut db, 2025, &nip, &baris(&ini), hari(), "t").unwrap();
    assert_eq!(
        r2.iki[0].form.target_tw[3], "77",
        "perubahan jendela lain tetap"
    );
    assert_eq!(r2.iki[0].form.target_tw[2], "66");
    assert_eq!(r2.iki[1].form.target_tw[0], "11");
    // Here TW IV too, differently: refused naming the IKI and quarter.
    let mut ini = awal.clone();
    ini[0][3] = "88".into();
    let kode = r.iki[0].form.kode.clone();
    konflik(
        rencana::simpan_trajectory(&mut db, 2025, &nip, &baris(&ini), hari(), "t").unwrap_err(),
        &format!("Target {kode} TW IV"),
    );
}

#[test]
fn hkt_dialog_dan_pegawai_dua_jendela() {
    let (mut db, nip) = kantor_contoh();
    // HKT.
    let mut f = pemantauan::daftar_hkt(&db, 2025, &nip, hari()).unwrap();
    if f.hkt.is_empty() {
        let baru = pemantauan::FormHkt {
            id: 0,
            nip: nip.clone(),
            judul: "Inovasi uji".into(),
            jenis: "inovasi".into(),
            lingkup: "unit_kerja".into(),
            penuh_waktu: false,
            pemilik_kinerja: String::new(),
            nomor_sk: "SK-1".into(),
            lolos_seleksi: true,
            disetujui_pengelola: true,
            polarisasi: String::new(),
            tanggal_implementasi: "2025-03-01".into(),
            tahun_dinilai: String::new(),
            target: "100".into(),
            realisasi: "90".into(),
        };
        f = pemantauan::simpan_hkt(&mut db, 2025, &baru, hari(), "t").unwrap();
    }
    let semula = f.hkt[0].form.clone();
    let mut lain = semula.clone();
    lain.realisasi = "95".into();
    pemantauan::simpan_hkt_dari(&mut db, 2025, &lain, Some(&semula), hari(), "t").unwrap();
    let mut ini = semula.clone();
    ini.nomor_sk = "SK-baru".into();
    let d = pemantauan::simpan_hkt_dari(&mut db, 2025, &ini, Some(&semula), hari(), "t").unwrap();
    let h = &d.hkt.iter().find(|h| h.form.id == semula.id).unwrap().form;
    assert_eq!(
        (h.realisasi.as_str(), h.nomor_sk.as_str()),
        ("95", "SK-baru")
    );
    let mut ini = semula.clone();
    ini.realisasi = "70".into();
    konflik(
        pemantauan::simpan_hkt_dari(&mut db, 2025, &ini, Some(&semula), hari(), "t").unwrap_err(),
        "Realisasi",
    );

    // Dialog.
    let d = pemantauan::daftar_dialog(&db, 2025, &nip, hari()).unwrap();
    let semula = d.dialog[0].form.clone();
    let mut lain = semula.clone();
    lain.ringkasan = "Ringkasan lain".into();
    pemantauan::simpan_dialog_dari(&mut db, 2025, &lain, Some(&semula), hari(), "t").unwrap();
    let mut ini = semula.clone();
    ini.tindak_lanjut = "Tindak lanjut ini".into();
    let d =
        pemantauan::simpan_dialog_dari(&mut db, 2025, &ini, Some(&semula), hari(), "t").unwrap();
    let x = &d
        .dialog
        .iter()
        .find(|x| x.form.id == semula.id)
        .unwrap()
        .form;
    assert_eq!(
        (x.ringkasan.as_str(), x.tindak_lanjut.as_str()),
        ("Ringkasan lain", "Tindak lanjut ini")
    );
    let mut ini = semula.clone();
    ini.ringkasan = "Ringkasan ini".into();
    konflik(
        pemantauan::simpan_dialog_dari(&mut db, 2025, &ini, Some(&semula), hari(), "t")
            .unwrap_err(),
        "Ringkasan",
    );
    // Deleted elsewhere: said so.
    pemantauan::hapus_dialog(&mut db, 2025, &nip, semula.id, hari(), "t").unwrap();
    let e = pemantauan::simpan_dialog_dari(&mut db, 2025, &ini, Some(&semula), hari(), "t")
        .unwrap_err();
    assert!(e.to_string().contains("dihapus di tempat lain"), "{e}");

    // Pegawai.
    let semula = kantor::form_pegawai(&db, &nip).unwrap();
    let mut lain = semula.clone();
    lain.unit = String::new();
    lain.jabatan = "Jabatan dari CLI".into();
    kantor::simpan_pegawai(&mut db, &lain, "2025-08-01T08:00:00").unwrap();
    let mut ini = semula.clone();
    ini.nama = "Nama Diperbaiki".into();
    kantor::simpan_pegawai_dari(&mut db, &ini, Some(&semula), "2025-08-01T08:00:00").unwrap();
    let f = kantor::form_pegawai(&db, &nip).unwrap();
    assert_eq!(
        (f.nama.as_str(), f.jabatan.as_str()),
        ("Nama Diperbaiki", "Jabatan dari CLI")
    );
    let mut ini = semula.clone();
    ini.jabatan = "Jabatan ini".into();
    konflik(
        kantor::simpan_pegawai_dari(&mut db, &ini, Some(&semula), "2025-08-01T08:00:00")
            .unwrap_err(),
        "Jabatan",
    );
}

#[test]
fn kantor_ss_unit_perilaku_dan_koreksi_dua_jendela() {
    let (mut db, nip) = kantor_contoh();
    // Letterhead: another window changes the address, this one the phone.
    let semula = kantor::kantor(&db).unwrap();
    let mut lain = semula.clone();
    lain.alamat = "Jl. Lain No. 2".into();
    kantor::simpan_kantor_dari(&mut db, &lain, Some(&semula), "t").unwrap();
    let mut ini = semula.clone();
    ini.telepon = "(0361) 123".into();
    let k = kantor::simpan_kantor_dari(&mut db, &ini, Some(&semula), "t").unwrap();
    assert_eq!(
        (k.alamat.as_str(), k.telepon.as_str()),
        ("Jl. Lain No. 2", "(0361) 123")
    );
    let mut ini = semula.clone();
    ini.alamat = "Jl. Ini".into();
    konflik(
        kantor::simpan_kantor_dari(&mut db, &ini, Some(&semula), "t").unwrap_err(),
        "Alamat",
    );

    // A unit.
    let u = kantor::daftar_unit(&db)
        .unwrap()
        .into_iter()
        .find(|u| u.jenis == "seksi")
        .unwrap();
    let semula = kantor::FormUnit {
        id: u.id,
        induk_id: u.induk_id,
        nama: u.nama.clone(),
        jenis: u.jenis.clone(),
        kepala_nip: u.kepala_nip.clone(),
    };
    let mut lain = semula.clone();
    lain.nama = "Seksi Lain".into();
    kantor::simpan_unit_dari(&mut db, &lain, Some(&semula), "t").unwrap();
    let mut ini = semula.clone();
    ini.nama = "Seksi Ini".into();
    konflik(
        kantor::simpan_unit_dari(&mut db, &ini, Some(&semula), "t").unwrap_err(),
        "Nama",
    );

    // An SS.
    let s = rencana::peta_strategi(&db, 2025, hari()).unwrap().remove(0);
    let semula = rencana::FormSs {
        id: s.id,
        kode: s.kode.clone(),
        nama: s.nama.clone(),
        perspektif: s.perspektif.clone(),
    };
    let mut lain = semula.clone();
    lain.nama = "SS dari jendela lain".into();
    rencana::simpan_ss_dari(&mut db, 2025, &lain, Some(&semula), hari(), "t").unwrap();
    let mut ini = semula.clone();
    ini.nama = "SS dari jendela ini".into();
    konflik(
        rencana::simpan_ss_dari(&mut db, 2025, &ini, Some(&semula), hari(), "t").unwrap_err(),
        "Nama",
    );

    // 360° averages and the NKP correction on the Evaluasi screen.
    use kinerja::app::evaluasi::{self, FormPenyesuaian, FormPerilaku};
    let kosong = FormPerilaku {
        atasan: String::new(),
        rekan: String::new(),
        bawahan: String::new(),
    };
    let mut lain = kosong.clone();
    lain.rekan = "100".into();
    evaluasi::simpan_perilaku_dari(
        &mut db,
        2025,
        &nip,
        &lain,
        Some(&kosong),
        Some(2),
        hari(),
        "t",
    )
    .unwrap();
    let mut ini = kosong.clone();
    ini.atasan = "110".into();
    let r = evaluasi::simpan_perilaku_dari(
        &mut db,
        2025,
        &nip,
        &ini,
        Some(&kosong),
        Some(2),
        hari(),
        "t",
    )
    .unwrap();
    let p = &r.pegawai.iter().find(|p| p.nip == nip).unwrap().perilaku;
    assert_eq!((p.atasan.as_str(), p.rekan.as_str()), ("110", "100"));
    let mut ini = kosong.clone();
    ini.rekan = "90".into();
    konflik(
        evaluasi::simpan_perilaku_dari(
            &mut db,
            2025,
            &nip,
            &ini,
            Some(&kosong),
            Some(2),
            hari(),
            "t",
        )
        .unwrap_err(),
        "Rekan",
    );
    let kosong = FormPenyesuaian {
        koreksi: String::new(),
        alasan_koreksi: String::new(),
        jf_substansi: false,
    };
    let mut lain = kosong.clone();
    lain.koreksi = "2".into();
    lain.alasan_koreksi = "Sidang".into();
    evaluasi::simpan_penyesuaian_dari(
        &mut db,
        2025,
        &nip,
        &lain,
        Some(&kosong),
        Some(2),
        hari(),
        "t",
    )
    .unwrap();
    let mut ini = kosong.clone();
    ini.koreksi = "-1".into();
    ini.alasan_koreksi = "Lain".into();
    konflik(
        evaluasi::simpan_penyesuaian_dari(
            &mut db,
            2025,
            &nip,
            &ini,
            Some(&kosong),
            Some(2),
            hari(),
            "t",
        )
        .unwrap_err(),
        "koreksi",
    );
}
