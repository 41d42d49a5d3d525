//! Planning workspace through the app actions: SS and IKU/IKI with manual and trajectory, findings that follow
//! the data, all-or-nothing grid saves, undo of deletions, the lock, copying a year, units and mutasi.
use chrono::NaiveDate;
use kinerja::app::AppError;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::kantor::*;
use kinerja::app::rencana::*;
use kinerja::app::umum::pulihkan;
use kinerja::store::Db;

const NIP_BARU: &str = "199001012015021003";

fn hari() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 10).unwrap()
}

/// A 12-pegawai demo office for 2025 plus one new pegawai without any IKI.
fn kantor() -> Db {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 12,
            tahun: 2025,
            seed: 3,
            ganti: false,
        },
        hari(),
        "t",
    )
    .unwrap();
    let atasan = kinerja::app::kantor::daftar_pegawai(&db, "")
        .unwrap()
        .into_iter()
        .next()
        .unwrap()
        .nip;
    simpan_pegawai(
        &mut db,
        &FormPegawai {
            nip: NIP_BARU.into(),
            nama: "Sari Dewi".into(),
            pangkat: String::new(),
            golongan: "II/c".into(),
            jabatan: "Pelaksana Seksi Bank".into(),
            unit: "Seksi Bank".into(),
            nip_atasan: Some(atasan),
            status: "aktif".into(),
            tanggal_mulai: "2020-03-01".into(),
            jenis_jabatan: None,
            jenjang: None,
            kembali_dari: None,
        },
        "t",
    )
    .unwrap();
    db
}

fn iki(kode: &str, tw: [&str; 4]) -> FormIki {
    FormIki {
        nip: NIP_BARU.into(),
        kode: kode.into(),
        nama: format!("Persentase layanan {kode}"),
        jenis: "utama".into(),
        aspek: Some("kualitas".into()),
        kategori: "lama".into(),
        satuan: "%".into(),
        polarisasi: Some("maximize".into()),
        konsolidasi: Some("average".into()),
        validitas: Some("exact".into()),
        kendali: Some("moderate".into()),
        target_tahunan: "95".into(),
        target_y1: "90".into(),
        realisasi_y1: "92,5".into(),
        periode_pelaporan: "triwulanan".into(),
        target_tw: tw.map(str::to_string),
        ..FormIki::default()
    }
}

fn kode_temuan(r: &RencanaPegawai) -> Vec<String> {
    r.temuan
        .iter()
        .chain(r.iki.iter().flat_map(|i| i.temuan.iter()))
        .map(|t| t.kode.clone())
        .collect()
}

fn field(e: AppError) -> String {
    match e {
        AppError::Masukan { field, .. } => field,
        lain => panic!("bukan galat masukan: {lain}"),
    }
}

#[test]
fn ss_dibuat_ganda_ditolak_dan_hapus_dapat_dibatalkan() {
    let mut db = kantor();
    let awal = peta_strategi(&db, 2025, hari()).unwrap().len();
    let f = FormSs {
        id: 0,
        kode: "SS-9".into(),
        nama: "Layanan perbendaharaan yang andal".into(),
        perspektif: "customer".into(),
    };
    let v = simpan_ss(&mut db, 2025, &f, hari(), "t").unwrap();
    assert_eq!(v.len(), awal + 1);
    let ss = v.iter().find(|s| s.kode == "SS-9").unwrap();
    assert_eq!(ss.perspektif_label, "Customer");
    // Same code again, an unknown perspective, an empty name: refused, each naming its field.
    assert_eq!(
        field(simpan_ss(&mut db, 2025, &f, hari(), "t").unwrap_err()),
        "Kode SS"
    );
    let salah = FormSs {
        perspektif: "keuangan".into(),
        kode: "SS-10".into(),
        ..f.clone()
    };
    assert_eq!(
        field(simpan_ss(&mut db, 2025, &salah, hari(), "t").unwrap_err()),
        "Perspektif"
    );
    let kosong = FormSs {
        nama: " ".into(),
        kode: "SS-10".into(),
        ..f.clone()
    };
    assert_eq!(
        field(simpan_ss(&mut db, 2025, &kosong, hari(), "t").unwrap_err()),
        "Nama SS"
    );
    assert_eq!(peta_strategi(&db, 2025, hari()).unwrap().len(), awal + 1);

    // An SS measured by an IKU cannot be deleted; an unused one can, and the deletion can be undone.
    let dipakai = peta_strategi(&db, 2025, hari())
        .unwrap()
        .into_iter()
        .find(|s| s.jumlah_iku > 0)
        .unwrap();
    assert_eq!(
        field(hapus_ss(&mut db, 2025, dipakai.id, "t").unwrap_err()),
        "Sasaran strategis"
    );
    let h = hapus_ss(&mut db, 2025, ss.id, "t").unwrap();
    assert_eq!(peta_strategi(&db, 2025, hari()).unwrap().len(), awal);
    pulihkan(&mut db, &h.audit_id, "t").unwrap();
    let kembali = peta_strategi(&db, 2025, hari()).unwrap();
    assert!(kembali.iter().any(|s| s.id == ss.id && s.nama == ss.nama));
    // Undoing twice does not duplicate: the row with that id exists.
    assert!(pulihkan(&mut db, &h.audit_id, "t").is_err());
}

#[test]
fn iku_dengan_manual_dan_temuan_yang_muncul_lalu_hilang() {
    let mut db = kantor();
    let r = rencana_pegawai(&db, 2025, NIP_BARU, hari()).unwrap();
    assert!(
        kode_temuan(&r).contains(&"KK-004".to_string()),
        "{:?}",
        kode_temuan(&r)
    );

    let ss = peta_strategi(&db, 2025, hari()).unwrap()[0].id;
    let r = simpan_iki(
        &mut db,
        2025,
        &FormIki {
            ss_id: Some(ss),
            ..iki("1.1", ["", "", "", ""])
        },
        hari(),
        "t",
    )
    .unwrap();
    assert!(!kode_temuan(&r).contains(&"KK-004".to_string()));
    let baris = &r.iki[0];
    // The finding sits on the IKI it is about.
    assert!(
        baris.temuan.iter().any(|t| t.kode == "IKU-009"),
        "{:?}",
        baris.temuan
    );
    assert_eq!(baris.form.realisasi_y1, "92,5");
    assert_eq!(baris.target_skp[1], "95%");

    // Fill the trajectory in Indonesian notation: the finding disappears.
    let r = simpan_trajectory(
        &mut db,
        2025,
        NIP_BARU,
        &[BarisTrajectory {
            id: baris.form.id,
            target_tw: ["93".into(), "94,5".into(), "95".into(), "97,5".into()],
            semula: None,
        }],
        hari(),
        "t",
    )
    .unwrap();
    assert!(
        r.iki[0].temuan.iter().all(|t| t.kode != "IKU-009"),
        "{:?}",
        r.iki[0].temuan
    );
    assert_eq!(
        r.iki[0].form.target_tw,
        ["93", "94,5", "95", "97,5"].map(str::to_string)
    );

    // The headless check reports the same findings as the screen.
    let mut layar: Vec<String> = kode_temuan(&r);
    let mut cli: Vec<String> = periksa_tahun(&db, 2025, hari())
        .unwrap()
        .into_iter()
        .filter(|t| t.subjek.nip.as_deref() == Some(NIP_BARU))
        .map(|t| t.kode.to_string())
        .collect();
    layar.sort();
    cli.sort();
    assert_eq!(layar, cli);

    // Removing the manual's polarisasi brings IKU-006 back on that IKI.
    let mut f = r.iki[0].form.clone();
    f.polarisasi = None;
    let r = simpan_iki(&mut db, 2025, &f, hari(), "t").unwrap();
    assert!(r.iki[0].temuan.iter().any(|t| t.kode == "IKU-006"));

    // The IKI's history has both versions.
    let h = riwayat_iki(&db, 2025, NIP_BARU, "1.1").unwrap();
    assert!(h.len() >= 3, "{h:?}");
}

#[test]
fn isian_salah_ditolak_utuh_dengan_nama_kolom() {
    let mut db = kantor();
    let r = simpan_iki(
        &mut db,
        2025,
        &iki("1.1", ["90", "91", "92", "95"]),
        hari(),
        "t",
    )
    .unwrap();
    let id = r.iki[0].form.id;
    // "1.234" alone is read the Indonesian way; an unreadable cell names the IKU and the quarter.
    let e = simpan_trajectory(
        &mut db,
        2025,
        NIP_BARU,
        &[BarisTrajectory {
            id,
            target_tw: ["1".into(), "2".into(), "tiga".into(), "4".into()],
            semula: None,
        }],
        hari(),
        "t",
    )
    .unwrap_err();
    assert_eq!(field(e), "Target 1.1 TW III");
    let tetap = rencana_pegawai(&db, 2025, NIP_BARU, hari()).unwrap();
    assert_eq!(
        tetap.iki[0].form.target_tw,
        ["90", "91", "92", "95"].map(str::to_string)
    );

    let e = simpan_iki(
        &mut db,
        2025,
        &FormIki {
            polarisasi: Some("naik".into()),
            ..iki("1.2", ["", "", "", ""])
        },
        hari(),
        "t",
    )
    .unwrap_err();
    assert_eq!(field(e), "Polarisasi");
    let e = simpan_iki(&mut db, 2025, &iki("1.1", ["", "", "", ""]), hari(), "t").unwrap_err();
    assert_eq!(field(e), "Kode IKU/IKI");
    let e = simpan_iki(
        &mut db,
        2025,
        &FormIki {
            cascading: Some("penuh".into()),
            ..iki("1.3", ["", "", "", ""])
        },
        hari(),
        "t",
    )
    .unwrap_err();
    assert_eq!(field(e), "IKU induk");
    assert_eq!(
        rencana_pegawai(&db, 2025, NIP_BARU, hari())
            .unwrap()
            .iki
            .len(),
        1
    );
}

#[test]
fn cascading_hapus_dan_batalkan() {
    let mut db = kantor();
    let pilihan = pilihan_rencana(&db, 2025).unwrap();
    let (induk, _) = pilihan.induk[0].clone();
    let r = simpan_iki(
        &mut db,
        2025,
        &FormIki {
            induk_id: Some(induk),
            cascading: Some("sebagian".into()),
            ..iki("2.1", ["1.234,5", "", "", ""])
        },
        hari(),
        "t",
    )
    .unwrap();
    let x = &r.iki[0];
    assert!(!x.induk.is_empty());
    assert_eq!(x.form.target_tw[0], "1.234,5");
    // The parent cannot be deleted while something is cascaded from it.
    assert_eq!(
        field(hapus_iki(&mut db, 2025, induk, "t").unwrap_err()),
        "IKU/IKI"
    );
    let h = hapus_iki(&mut db, 2025, x.form.id, "t").unwrap();
    assert!(
        rencana_pegawai(&db, 2025, NIP_BARU, hari())
            .unwrap()
            .iki
            .is_empty()
    );
    pulihkan(&mut db, &h.audit_id, "t").unwrap();
    let r = rencana_pegawai(&db, 2025, NIP_BARU, hari()).unwrap();
    assert_eq!(r.iki[0].form.target_tw[0], "1.234,5");
    assert_eq!(r.iki[0].form.induk_id, Some(induk));
}

#[test]
fn kk_terkunci_menolak_perubahan_target() {
    let mut db = kantor();
    let nip = kinerja::app::dokumen::daftar_status_kk(&db, 2025, hari())
        .unwrap()
        .into_iter()
        .find(|k| k.wajib_kk && k.penghalang.is_empty())
        .unwrap()
        .nip;
    let cetak =
        kinerja::app::dokumen::cetak_kk(&mut db, 2025, &nip, hari(), hari(), 0, "t").unwrap();
    kinerja::app::dokumen::catat_reviu(
        &mut db,
        &cetak.id,
        &kinerja::app::dokumen::FormReviu {
            tanggal: "2025-01-02".into(),
            peninjau: "Pengelola Kinerja Kanwil".into(),
            rekomendasi: "terima".into(),
            catatan: String::new(),
        },
        "t",
    )
    .unwrap();
    kinerja::app::dokumen::tandatangani(&mut db, &cetak.id, hari(), None, "t").unwrap();
    kinerja::app::dokumen::kunci(&mut db, &cetak.id, "t").unwrap();
    let r = rencana_pegawai(&db, 2025, &nip, hari()).unwrap();
    assert!(r.terkunci);
    let mut f = r.iki[0].form.clone();
    f.target_tw[3] = "1".into();
    let e = simpan_iki(&mut db, 2025, &f, hari(), "t").unwrap_err();
    assert_eq!(e.kode(), "KK_TERKUNCI");
    assert_eq!(
        hapus_iki(&mut db, 2025, f.id, "t").unwrap_err().kode(),
        "KK_TERKUNCI"
    );
}

#[test]
fn salin_tahun_menyimpan_y1_dan_cascading() {
    let mut db = kantor();
    let asal = db.muat_skp(2025).unwrap();
    let h = salin_tahun(&mut db, 2025, 2026, None, "t").unwrap();
    assert_eq!(h.profil, "kmk127-2026");
    assert_eq!(h.iki, asal.iter().map(|s| s.iki.len()).sum::<usize>());
    assert_eq!(h.ss, peta_strategi(&db, 2025, hari()).unwrap().len());
    assert_eq!(peta_strategi(&db, 2026, hari()).unwrap().len(), h.ss);
    let baru = db.muat_skp(2026).unwrap();
    let (a, b) = (
        &asal[0].iki[0],
        &baru.iter().find(|s| s.nip == asal[0].nip).unwrap().iki[0],
    );
    assert_eq!(a.kode, b.kode);
    assert_eq!(b.target_y1, a.target_tahunan);
    assert!(b.target_triwulan.iter().all(Option::is_none));
    // Cascading links point at the new year's IKUs.
    let semua25 = db.iki_tahun_ringkas(2025).unwrap().len();
    let turunan = |t: i32| -> usize {
        db.iki_tahun_ringkas(t)
            .unwrap()
            .iter()
            .filter(|(id, ..)| db.iki_satu(*id).unwrap().unwrap().induk_id.is_some())
            .count()
    };
    assert_eq!(turunan(2026), turunan(2025));
    for (id, ..) in db.iki_tahun_ringkas(2026).unwrap() {
        if let Some(p) = db.iki_satu(id).unwrap().unwrap().induk_id {
            assert_eq!(db.iki_satu(p).unwrap().unwrap().tahun, 2026);
        }
    }
    assert!(semua25 > 0);
    assert_eq!(
        field(salin_tahun(&mut db, 2025, 2026, None, "t").unwrap_err()),
        "Tahun tujuan"
    );
}

#[test]
fn pohon_unit_kop_surat_dan_mutasi() {
    let mut db = kantor();
    let unit = daftar_unit(&db).unwrap();
    assert_eq!(unit[0].kedalaman, 0);
    let akar = unit[0].id;
    let u = simpan_unit(
        &mut db,
        &FormUnit {
            id: 0,
            induk_id: Some(akar),
            nama: "Subbagian Kepatuhan".into(),
            jenis: "subbagian".into(),
            kepala_nip: None,
        },
        "t",
    )
    .unwrap();
    let baru = u.iter().find(|x| x.nama == "Subbagian Kepatuhan").unwrap();
    assert_eq!(baru.kedalaman, 1);
    // The office cannot be moved under its own child.
    let e = simpan_unit(
        &mut db,
        &FormUnit {
            id: akar,
            induk_id: Some(baru.id),
            nama: unit[0].nama.clone(),
            jenis: "kantor".into(),
            kepala_nip: None,
        },
        "t",
    )
    .unwrap_err();
    assert_eq!(field(e), "Unit induk");
    let penuh = u
        .iter()
        .find(|x| x.jumlah_pegawai > 0 && x.kedalaman > 0)
        .unwrap();
    assert_eq!(
        field(hapus_unit(&mut db, penuh.id, "t").unwrap_err()),
        "Unit"
    );
    let h = hapus_unit(&mut db, baru.id, "t").unwrap();
    pulihkan(&mut db, &h.audit_id, "t").unwrap();
    assert!(daftar_unit(&db).unwrap().iter().any(|x| x.id == baru.id));

    let mut k = kinerja::app::kantor::kantor(&db).unwrap();
    k.alamat = "Jl. Merdeka No. 1".into();
    k.atasan_kepala_nip = "1980".into();
    assert_eq!(
        field(simpan_kantor(&mut db, &k, "t").unwrap_err()),
        "NIP atasan kepala kantor"
    );
    k.atasan_kepala_nip = String::new();
    assert_eq!(
        simpan_kantor(&mut db, &k, "t").unwrap().alamat,
        "Jl. Merdeka No. 1"
    );

    // Plt, then a move inside the office: the old period ends the day before, nothing is overwritten.
    let plt = PeriodeJabatan {
        id: 0,
        jenis: "plt".into(),
        jabatan: "Plt. Kepala Seksi Bank".into(),
        unit: "Seksi Bank".into(),
        mulai: "2025-02-01".into(),
        selesai: Some("2025-01-01".into()),
        nomor_sk: "KEP-1/2025".into(),
        keterangan: String::new(),
    };
    assert_eq!(
        field(tambah_plt(&mut db, NIP_BARU, &plt, "t").unwrap_err()),
        "Tanggal selesai"
    );
    let p = tambah_plt(
        &mut db,
        NIP_BARU,
        &PeriodeJabatan {
            selesai: Some("2025-04-30".into()),
            ..plt
        },
        "t",
    )
    .unwrap();
    assert_eq!(p.len(), 1);
    let p = mutasi(
        &mut db,
        NIP_BARU,
        &FormMutasi {
            tanggal: "2025-07-01".into(),
            jenis: "pindah".into(),
            jabatan_baru: "Pelaksana Subbagian Kepatuhan".into(),
            unit_baru: "Subbagian Kepatuhan".into(),
            nomor_sk: "KEP-9/2025".into(),
        },
        "t",
    )
    .unwrap();
    let definitif: Vec<_> = p.iter().filter(|x| x.jenis == "definitif").collect();
    assert_eq!(definitif.len(), 2);
    assert_eq!(definitif[0].selesai.as_deref(), Some("2025-06-30"));
    assert_eq!(definitif[0].jabatan, "Pelaksana Seksi Bank");
    assert_eq!(definitif[1].mulai, "2025-07-01");
    let form = kinerja::app::kantor::form_pegawai(&db, NIP_BARU).unwrap();
    assert_eq!(form.unit, "Subbagian Kepatuhan");
}

#[test]
fn matriks_cascading_dan_temuan_sama_dengan_periksa() {
    let mut db = kantor();
    let m = matriks_cascading(&db, 2025).unwrap();
    // The demo head's IKUs are carried fully by the unit heads.
    let dibawa: Vec<_> = m.iter().filter(|b| !b.turunan.is_empty()).collect();
    assert!(!dibawa.is_empty());
    assert!(
        dibawa
            .iter()
            .flat_map(|b| &b.turunan)
            .all(|t| t.jenis == "penuh")
    );
    assert!(
        m.iter().all(|b| b.temuan.is_empty()),
        "demo targets equal their parents"
    );

    // A unit head changes a fully cascaded target: IKU-013 on their IKI, in the matrix, the plan and periksa.
    let t = dibawa[0].turunan[0].clone();
    let r = rencana_pegawai(&db, 2025, &t.nip, hari()).unwrap();
    let mut f = r
        .iki
        .iter()
        .find(|i| i.form.kode == t.kode)
        .unwrap()
        .form
        .clone();
    f.target_tahunan = "1".into();
    let r = simpan_iki(&mut db, 2025, &f, hari(), "t").unwrap();
    let baris = r.iki.iter().find(|i| i.form.kode == t.kode).unwrap();
    assert!(
        baris.temuan.iter().any(|x| x.kode == "IKU-013"),
        "{:?}",
        baris.temuan
    );
    assert!(
        periksa_tahun(&db, 2025, hari())
            .unwrap()
            .iter()
            .any(|x| x.kode.kode() == "IKU-013" && x.subjek.nip.as_deref() == Some(t.nip.as_str()))
    );
    let m = matriks_cascading(&db, 2025).unwrap();
    assert!(
        m.iter()
            .any(|b| b.temuan.iter().any(|x| x.kode == "IKU-013"))
    );

    // Partially cascading into two pegawai: 12 laporan split 4 + 4 is flagged on the parent, 4 + 8 is not.
    let induk_form = FormIki {
        satuan: "laporan".into(),
        target_tahunan: "12".into(),
        ..iki("7.1", ["3", "3", "3", "3"])
    };
    let r = simpan_iki(
        &mut db,
        2025,
        &FormIki {
            konsolidasi: Some("sum".into()),
            ..induk_form
        },
        hari(),
        "t",
    )
    .unwrap();
    let induk = r.iki[0].form.id;
    let lain = kinerja::app::kantor::daftar_pegawai(&db, "").unwrap();
    let (a, b) = (&lain[1].nip, &lain[2].nip);
    let anak = |nip: &str, target: &str| FormIki {
        nip: nip.into(),
        induk_id: Some(induk),
        cascading: Some("sebagian".into()),
        satuan: "laporan".into(),
        target_tahunan: target.into(),
        ..iki("7.1.1", ["1", "1", "1", "1"])
    };
    simpan_iki(&mut db, 2025, &anak(a, "4"), hari(), "t").unwrap();
    simpan_iki(&mut db, 2025, &anak(b, "4"), hari(), "t").unwrap();
    let r = rencana_pegawai(&db, 2025, NIP_BARU, hari()).unwrap();
    assert!(
        r.iki[0].temuan.iter().any(|x| x.kode == "IKU-014"),
        "{:?}",
        r.iki[0].temuan
    );
    let id_b = rencana_pegawai(&db, 2025, b, hari())
        .unwrap()
        .iki
        .into_iter()
        .find(|i| i.form.kode == "7.1.1")
        .unwrap()
        .form;
    simpan_iki(
        &mut db,
        2025,
        &FormIki {
            target_tahunan: "8".into(),
            ..id_b
        },
        hari(),
        "t",
    )
    .unwrap();
    let r = rencana_pegawai(&db, 2025, NIP_BARU, hari()).unwrap();
    assert!(r.iki[0].temuan.iter().all(|x| x.kode != "IKU-014"));
}

#[test]
fn jabatan_fungsional_dengan_jenjang_dan_angka_kredit_tercetak() {
    let mut db = kantor();
    let mut f = kinerja::app::kantor::form_pegawai(&db, NIP_BARU).unwrap();
    f.jabatan = "Pranata Keuangan APBN".into();
    f.jenis_jabatan = Some("fungsional".into());
    f.jenjang = None;
    assert_eq!(
        field(simpan_pegawai(&mut db, &f, "t").unwrap_err()),
        "Jenjang"
    );
    f.jenjang = Some("Ahli".into());
    assert_eq!(
        field(simpan_pegawai(&mut db, &f, "t").unwrap_err()),
        "Jenjang"
    );
    f.jenjang = Some("Mahir".into());
    simpan_pegawai(&mut db, &f, "t").unwrap();
    let g = kinerja::app::kantor::form_pegawai(&db, NIP_BARU).unwrap();
    assert_eq!(
        (g.jenis_jabatan.as_deref(), g.jenjang.as_deref()),
        (Some("fungsional"), Some("Mahir"))
    );
    let r = rencana_pegawai(&db, 2025, NIP_BARU, hari()).unwrap();
    assert_eq!(r.tingkat, "Fungsional");

    let r = simpan_iki(
        &mut db,
        2025,
        &FormIki {
            ak: "12,5".into(),
            ..iki("1.1", ["90", "91", "92", "95"])
        },
        hari(),
        "t",
    )
    .unwrap();
    assert_eq!(r.iki[0].form.ak, "12,5");
    let isi = kinerja::app::dokumen::isi_kk(
        &db,
        2025,
        NIP_BARU,
        kinerja::domain::kk::JenisDokumen::Kk,
        hari(),
        hari(),
    )
    .unwrap();
    assert_eq!(isi.skp[0].ak, "12,5");
}

#[test]
fn tahun_baru_dengan_profil_bawaan() {
    let mut db = Db::memori().unwrap();
    assert_eq!(buat_tahun(&mut db, 2025, None, "t").unwrap(), "kmk300-2022");
    assert_eq!(buat_tahun(&mut db, 2026, None, "t").unwrap(), "kmk127-2026");
    assert_eq!(
        field(buat_tahun(&mut db, 2026, None, "t").unwrap_err()),
        "Tahun"
    );
    assert_eq!(
        field(buat_tahun(&mut db, 1999, None, "t").unwrap_err()),
        "Tahun"
    );
    // An SS can be added to the new, empty year; a year that does not exist is refused.
    let f = FormSs {
        id: 0,
        kode: "SS-1".into(),
        nama: "Sasaran".into(),
        perspektif: "stakeholder".into(),
    };
    assert_eq!(simpan_ss(&mut db, 2025, &f, hari(), "t").unwrap().len(), 1);
    assert_eq!(
        simpan_ss(&mut db, 2030, &f, hari(), "t")
            .unwrap_err()
            .kode(),
        "TAHUN_TIDAK_ADA"
    );
}

#[test]
fn temuan_ss_tampil_di_peta() {
    let mut db = kantor();
    let f = FormSs {
        id: 0,
        kode: "SS-9".into(),
        nama: "Kepatuhan internal".into(),
        perspektif: "internal_process".into(),
    };
    let ss = simpan_ss(&mut db, 2025, &f, hari(), "t")
        .unwrap()
        .into_iter()
        .find(|s| s.kode == "SS-9")
        .unwrap();
    assert!(ss.temuan.is_empty());
    // The SS rules apply to the pemilik peta strategi's own IKUs.
    let kepala = db
        .cari_pegawai("")
        .unwrap()
        .into_iter()
        .find(|p| p.tingkat == "pemilik_peta")
        .unwrap();
    let x = FormIki {
        nip: kepala.nip.clone(),
        ss_id: Some(ss.id),
        validitas: Some("activity".into()),
        kendali: Some("high".into()),
        ..iki("9.1", ["1", "1", "1", "1"])
    };
    simpan_iki(&mut db, 2025, &x, hari(), "t").unwrap();
    let peta = peta_strategi(&db, 2025, hari()).unwrap();
    let ss = peta.iter().find(|s| s.kode == "SS-9").unwrap();
    assert!(
        ss.temuan
            .iter()
            .any(|t| t.kode == "IKU-004" && t.nama.as_deref() == Some(kepala.nama.as_str())),
        "{:?}",
        ss.temuan
    );
}

#[test]
fn katalog_menyebut_isi_manual_yang_kurang() {
    let mut db = kantor();
    let r = simpan_iki(
        &mut db,
        2025,
        &iki("1.1", ["90", "91", "92", "95"]),
        hari(),
        "t",
    )
    .unwrap();
    let baris = |db: &Db| {
        katalog_iku(db, 2025)
            .unwrap()
            .into_iter()
            .find(|b| b.form.nip == NIP_BARU)
            .unwrap()
    };
    let b = baris(&db);
    assert_eq!(b.pegawai, "Sari Dewi");
    assert_eq!(b.kurang, ["definisi", "formula", "sumber data"]);
    let f = FormIki {
        definisi: "Persentase layanan selesai tepat waktu".into(),
        formula: "selesai tepat waktu / seluruh layanan × 100%".into(),
        sumber_data: "Aplikasi SAKTI".into(),
        ..r.iki[0].form.clone()
    };
    simpan_iki(&mut db, 2025, &f, hari(), "t").unwrap();
    assert!(baris(&db).kurang.is_empty());
    // The demo office's own IKUs come with their manuals.
    assert!(
        katalog_iku(&db, 2025)
            .unwrap()
            .iter()
            .filter(|b| b.form.nip != NIP_BARU)
            .all(|b| b.kurang.is_empty())
    );
    // Every IKU of the year is listed once.
    assert_eq!(
        katalog_iku(&db, 2025).unwrap().len(),
        db.iki_tahun_ringkas(2025).unwrap().len()
    );
}

#[test]
fn pegawai_yang_keluar_tidak_disalin_ke_tahun_baru() {
    let mut db = kantor();
    simpan_iki(
        &mut db,
        2025,
        &iki("1.1", ["90", "91", "92", "95"]),
        hari(),
        "t",
    )
    .unwrap();
    let keluar = FormMutasi {
        tanggal: "2025-10-01".into(),
        jenis: "keluar".into(),
        jabatan_baru: String::new(),
        unit_baru: String::new(),
        nomor_sk: "KEP-12/2025".into(),
    };
    mutasi(&mut db, NIP_BARU, &keluar, "t").unwrap();
    let lain = kinerja::app::kantor::daftar_pegawai(&db, "").unwrap();
    assert_eq!(
        lain.iter()
            .find(|p| p.nip == NIP_BARU)
            .unwrap()
            .keluar
            .as_deref(),
        Some("2025-10-01")
    );
    salin_tahun(&mut db, 2025, 2026, None, "t").unwrap();
    assert!(db.iki_pegawai(2026, NIP_BARU).unwrap().is_empty());
    assert!(!db.iki_pegawai(2026, &lain[0].nip).unwrap().is_empty());
}

#[test]
fn simpan_trajectory_dan_manual_dapat_dibatalkan() {
    let mut db = kantor();
    let r = simpan_iki(
        &mut db,
        2025,
        &iki("1.1", ["90", "91", "92", "95"]),
        hari(),
        "t",
    )
    .unwrap();
    assert!(r.urungkan.is_none(), "a new IKI is undone by deleting it");
    let r = simpan_iki(
        &mut db,
        2025,
        &iki("1.2", ["1", "2", "3", "4"]),
        hari(),
        "t",
    )
    .unwrap();
    let (a, b) = (r.iki[0].form.id, r.iki[1].form.id);
    // A pasted block over both rows, saved at once, then taken back at once.
    let r = simpan_trajectory(
        &mut db,
        2025,
        NIP_BARU,
        &[
            BarisTrajectory {
                id: a,
                target_tw: ["9".into(), "9".into(), "9".into(), "9".into()],
                semula: None,
            },
            BarisTrajectory {
                id: b,
                target_tw: ["8".into(), "8".into(), "8".into(), "8".into()],
                semula: None,
            },
        ],
        hari(),
        "t",
    )
    .unwrap();
    let u = r.urungkan.unwrap();
    assert_eq!(u.audit_id.len(), 2);
    pulihkan(&mut db, &u.audit_id, "t").unwrap();
    let r = rencana_pegawai(&db, 2025, NIP_BARU, hari()).unwrap();
    assert_eq!(
        r.iki[0].form.target_tw,
        ["90", "91", "92", "95"].map(str::to_string)
    );
    assert_eq!(
        r.iki[1].form.target_tw,
        ["1", "2", "3", "4"].map(str::to_string)
    );

    // A manual edit, taken back.
    let f = FormIki {
        definisi: "baru".into(),
        polarisasi: Some("minimize".into()),
        ..r.iki[0].form.clone()
    };
    let u = simpan_iki(&mut db, 2025, &f, hari(), "t")
        .unwrap()
        .urungkan
        .unwrap();
    pulihkan(&mut db, &u.audit_id, "t").unwrap();
    let r = rencana_pegawai(&db, 2025, NIP_BARU, hari()).unwrap();
    assert_eq!(r.iki[0].form.polarisasi.as_deref(), Some("maximize"));
    assert_eq!(r.iki[0].form.definisi, "");
}
