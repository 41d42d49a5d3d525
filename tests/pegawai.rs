//! Pegawai form and "Siap cetak?": validation naming the field, history of changes, findings following the data.
use chrono::NaiveDate;
use kinerja::app::AppError;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::kantor::{FormPegawai, form_pegawai, ganti_nip, riwayat_pegawai, simpan_pegawai};
use kinerja::app::rencana::siap_cetak;
use kinerja::store::Db;

fn form(nip: &str, atasan: Option<&str>) -> FormPegawai {
    FormPegawai {
        nip: nip.into(),
        nama: "Rudi Hartono, S.E.".into(),
        pangkat: String::new(),
        golongan: "III/a".into(),
        jabatan: "Pelaksana Seksi Bank".into(),
        unit: "Seksi Bank".into(),
        nip_atasan: atasan.map(str::to_string),
        status: "aktif".into(),
        tanggal_mulai: "2024-01-02".into(),
        jenis_jabatan: None,
        jenjang: None,
        kembali_dari: None,
    }
}

fn pesan(e: AppError) -> String {
    e.to_string()
}

#[test]
fn tambah_ubah_dan_temuan_mengikuti_data() {
    let mut db = Db::memori().unwrap();
    let hari = NaiveDate::from_ymd_opt(2025, 1, 10).unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 12,
            tahun: 2025,
            seed: 2,
            ganti: false,
        },
        hari,
        "t",
    )
    .unwrap();
    for (nip, kata) in [
        ("19900101201503300", "18 digit"),
        ("199001012015033001", "jenis kelamin"),
        ("199002302015031001", "tanggal lahir"),
        ("199001012015131001", "TMT CPNS"),
        ("1.99001E+17", "notasi ilmiah"),
    ] {
        let e = pesan(simpan_pegawai(&mut db, &form(nip, None), "t").unwrap_err());
        assert!(e.contains("NIP") && e.contains(kata), "{nip}: {e}");
    }
    let mut f = form("199001012015031001", None);
    f.golongan = "III/z".into();
    assert!(pesan(simpan_pegawai(&mut db, &f, "t").unwrap_err()).contains("Golongan"));
    assert!(
        pesan(
            simpan_pegawai(
                &mut db,
                &form("199001012015031001", Some("199101012015031001")),
                "t"
            )
            .unwrap_err()
        )
        .contains("belum terdaftar")
    );

    let p = simpan_pegawai(&mut db, &form("199001012015031001", None), "t1").unwrap();
    assert_eq!(
        (p.nama.as_str(), p.pangkat_golongan.as_str()),
        ("Rudi Hartono, S.E.", "Penata Muda, III/a")
    );
    // New pegawai without IKI and without atasan: both block the KK.
    let kode = |db: &Db| {
        siap_cetak(db, 2025, hari)
            .unwrap()
            .into_iter()
            .filter(|t| t.nip.as_deref() == Some("199001012015031001"))
            .map(|t| t.kode)
            .collect::<Vec<_>>()
    };
    let k = kode(&db);
    assert!(
        k.contains(&"KK-004".to_string()) && k.contains(&"KK-005".to_string()),
        "{k:?}"
    );
    // Adding the superior makes KK-005 disappear.
    let kepala_bank = db
        .cari_pegawai("")
        .unwrap()
        .into_iter()
        .find(|b| b.jabatan == "Kepala Seksi Bank")
        .unwrap()
        .nip;
    simpan_pegawai(
        &mut db,
        &form("199001012015031001", Some(&kepala_bank)),
        "t2",
    )
    .unwrap();
    assert!(!kode(&db).contains(&"KK-005".to_string()));
    assert_eq!(
        form_pegawai(&db, "199001012015031001")
            .unwrap()
            .nip_atasan
            .as_deref(),
        Some(kepala_bank.as_str())
    );
    let r = riwayat_pegawai(&db, "199001012015031001").unwrap();
    assert_eq!(r.len(), 2);
    assert!(
        r[0].apa.contains("ubah")
            && r[0].sebelum.contains("atasan -")
            && r[0].sesudah.contains(&kepala_bank),
        "{:?}",
        r[0]
    );
    assert!(r[1].apa.contains("tambah") && r[1].sebelum.is_empty());
    // Blockers come first on the page.
    let semua = siap_cetak(&db, 2025, hari).unwrap();
    let pertama_bukan = semua
        .iter()
        .position(|t| !t.menghalangi)
        .unwrap_or(semua.len());
    assert!(semua[pertama_bukan..].iter().all(|t| !t.menghalangi));
}

/// Seed 004: back from leave, a KK within 15 days; back during the year from tugas belajar, diperbantukan or
/// dipekerjakan, a KK komplemen within 15 working days. The form records which, and the deadline follows.
#[test]
fn kembali_bertugas_cuti_atau_penugasan() {
    use kinerja::domain::kewajiban::{JenisKk, kewajiban_kk_pegawai};
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 12,
            tahun: 2025,
            seed: 2,
            ganti: false,
        },
        NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
        "t",
    )
    .unwrap();
    let nip = "199001012015031001";
    let mut f = form(nip, None);
    f.status = "kembali_bertugas".into();
    // Monday 10 Maret 2025: 15 days is 25 Maret; 15 working days is 9 April, as the demo's calendar holds the 2025
    // SKB (28 Maret cuti bersama Nyepi, 31 Maret-1 April Idulfitri, 2-4 and 7 April cuti bersama Idulfitri).
    f.tanggal_mulai = "2025-03-10".into();
    f.kembali_dari = Some("liburan".into());
    let e = pesan(simpan_pegawai(&mut db, &f, "t").unwrap_err());
    assert!(e.contains("Kembali dari"), "{e}");
    let profil = kinerja::app::pengaturan::profil_tahun(&db, 2025).unwrap();
    let kal = kinerja::app::pengaturan::kalender(&db).unwrap();
    for (asal, batas, jenis) in [
        (None, "2025-03-25", JenisKk::Komplemen),
        (Some("cuti"), "2025-03-25", JenisKk::Awal),
        (Some("penugasan"), "2025-04-09", JenisKk::Komplemen),
    ] {
        f.kembali_dari = asal.map(str::to_string);
        simpan_pegawai(&mut db, &f, "t").unwrap();
        assert_eq!(
            form_pegawai(&db, nip).unwrap().kembali_dari.as_deref(),
            asal
        );
        let skp = kinerja::app::umum::skp_pegawai(&db, 2025, nip).unwrap();
        let k = kewajiban_kk_pegawai(&profil, 2025, &skp, &kal);
        assert_eq!(
            k.batas.map(|d| d.to_string()).as_deref(),
            Some(batas),
            "{asal:?}"
        );
        assert_eq!(k.jenis, jenis);
    }
    // Another status clears the reason.
    f.status = "aktif".into();
    simpan_pegawai(&mut db, &f, "t").unwrap();
    assert_eq!(form_pegawai(&db, nip).unwrap().kembali_dari, None);
}

/// A mistyped NIP is corrected: the SKP, the atasan reference of the staff and the history follow; a NIP in use,
/// an invalid one and a pegawai with a printed document are refused naming the field, and nothing changes.
#[test]
fn koreksi_nip_diikuti_rujukannya() {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 12,
            tahun: 2025,
            seed: 2,
            ganti: false,
        },
        NaiveDate::from_ymd_opt(2025, 3, 1).unwrap(),
        "t",
    )
    .unwrap();
    let skp = db.muat_skp(2025).unwrap();
    let atasan = |db: &Db, nip: &str| db.data_pegawai(nip).unwrap().unwrap().atasan_nip;
    let bawahan_dari = |db: &Db, nips: &[String], nip: &str| {
        nips.iter()
            .filter(|b| atasan(db, b).as_deref() == Some(nip))
            .count()
    };
    let nips: Vec<String> = skp.iter().map(|s| s.nip.clone()).collect();
    // A head of section with staff under them and IKI of their own.
    let lama = skp
        .iter()
        .find(|s| !s.iki.is_empty() && bawahan_dari(&db, &nips, &s.nip) > 0)
        .expect("an atasan with IKI")
        .nip
        .clone();
    let bawahan = bawahan_dari(&db, &nips, &lama);
    let iki = skp.iter().find(|s| s.nip == lama).unwrap().iki.len();
    let lain = skp.iter().find(|s| s.nip != lama).unwrap().nip.clone();
    let salah_field = |r: Result<String, kinerja::app::AppError>| match r {
        Err(kinerja::app::AppError::Masukan { field, .. }) => field,
        r => panic!("{r:?}"),
    };
    assert_eq!(
        salah_field(ganti_nip(&mut db, &lama, &lain, "t")),
        "NIP baru"
    );
    assert_eq!(
        salah_field(ganti_nip(&mut db, &lama, "12345", "t")),
        "NIP baru"
    );
    assert_eq!(
        salah_field(ganti_nip(&mut db, &lama, &lama, "t")),
        "NIP baru"
    );
    assert_eq!(db.muat_skp(2025).unwrap(), skp, "refusals change nothing");

    // Something recorded under the old NIP before the correction.
    let mut f = form_pegawai(&db, &lama).unwrap();
    f.nama = format!("{} (ubah)", f.nama);
    simpan_pegawai(&mut db, &f, "t").unwrap();

    // Same birth date and TMT, another serial number: typed with the spaces of the printed form.
    let baru = format!(
        "{}{}",
        &lama[..15],
        if &lama[15..] == "009" { "008" } else { "009" }
    );
    let berformat = format!(
        "{} {} {} {}",
        &baru[..8],
        &baru[8..14],
        &baru[14..15],
        &baru[15..]
    );
    assert_eq!(ganti_nip(&mut db, &lama, &berformat, "t").unwrap(), baru);
    let skp2 = db.muat_skp(2025).unwrap();
    assert!(skp2.iter().all(|s| s.nip != lama));
    assert_eq!(skp2.iter().find(|s| s.nip == baru).unwrap().iki.len(), iki);
    let nips2: Vec<String> = skp2.iter().map(|s| s.nip.clone()).collect();
    assert_eq!(bawahan_dari(&db, &nips2, &baru), bawahan);
    let cetak = |n: &str| kinerja::domain::nip::Nip::parse(n).unwrap().berformat();
    let r = riwayat_pegawai(&db, &baru).unwrap();
    assert!(
        r.iter().any(|x| x.apa
            == format!(
                "Data pegawai dikoreksi: NIP {} menjadi {}",
                cetak(&lama),
                cetak(&baru)
            )),
        "{r:?}"
    );
    assert!(
        r.iter().any(|x| x.sesudah.contains("(ubah)")),
        "what was recorded under the old NIP is still shown: {r:?}"
    );
    assert!(kinerja::app::keamanan::periksa_keutuhan(&db).unwrap().utuh);

    // Once a KK is printed the NIP is on paper: refused.
    kinerja::app::dokumen::cetak_kk(
        &mut db,
        2025,
        &baru,
        NaiveDate::from_ymd_opt(2025, 1, 6).unwrap(),
        NaiveDate::from_ymd_opt(2025, 1, 6).unwrap(),
        0,
        "t",
    )
    .unwrap();
    assert_eq!(
        salah_field(ganti_nip(&mut db, &baru, &lama, "t")),
        "NIP baru"
    );
}
