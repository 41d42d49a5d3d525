//! Dialog Kinerja Organisasi through the app's actions: the demo office's forums, a quarter without one found
//! (DKO-001) by the screen and by `kinerja periksa`, the form refused field by field, rencana aksi followed up,
//! a deletion taken back, and the notulen printed.
use std::process::Command;

use chrono::NaiveDate;
use kinerja::app::AppError;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::pemantauan::{
    FormAksi, FormDko, daftar_dko, hapus_dko, notulen_dko, simpan_dko, ubah_aksi,
};
use kinerja::store::Db;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn kantor(hari_ini: &str) -> Db {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 14,
            tahun: 2026,
            seed: 7,
            ganti: false,
        },
        tgl(hari_ini),
        "t",
    )
    .unwrap();
    db
}

fn field(r: Result<impl std::fmt::Debug, AppError>) -> String {
    match r {
        Err(AppError::Masukan { field, .. }) => field,
        r => panic!("{r:?}"),
    }
}

fn kode_periksa(db: &Db, hari_ini: &str) -> Vec<String> {
    kinerja::app::rencana::periksa_tahun(db, 2026, tgl(hari_ini))
        .unwrap()
        .iter()
        .filter(|t| t.kode.kode() == "DKO-001")
        .map(|t| t.subjek.teks())
        .collect()
}

#[test]
fn dko_setahun() {
    let hari = "2026-10-20";
    let mut db = kantor(hari);
    let d = daftar_dko(&db, 2026, tgl(hari)).unwrap();
    // Three quarters have ended and the demo held a DKO after each.
    assert_eq!(d.dko.len(), 3);
    assert!(d.temuan.is_empty() && kode_periksa(&db, hari).is_empty());
    assert_eq!(d.triwulan_bawaan, 3);
    let kepala = d.pimpinan_bawaan.clone().expect("the head chairs");
    assert_eq!(d.dko[0].form.pimpinan_nip.as_deref(), Some(kepala.as_str()));
    assert_eq!(d.dko[1].tanggal, "10 Juli 2026");
    // Only the latest forum's rencana aksi are still open.
    assert_eq!(d.aksi_terbuka.len(), 2);
    assert!(d.aksi_terbuka.iter().all(|a| a.dari.starts_with("TW III")));

    // Deleting TW II's DKO: the screen and `kinerja periksa` find the quarter, and the deletion can be undone.
    let tw2 = d.dko.iter().find(|x| x.form.triwulan == 2).unwrap().form.id;
    let d = hapus_dko(&mut db, 2026, tw2, tgl(hari), "t").unwrap();
    assert_eq!(d.temuan.len(), 1);
    assert!(
        d.temuan[0].pesan.contains("TW II 2026"),
        "{}",
        d.temuan[0].pesan
    );
    assert_eq!(kode_periksa(&db, hari), ["DKO TW II 2026"]);
    // A new forum is proposed for the quarter that lacks one.
    assert_eq!(d.triwulan_bawaan, 2);
    let u = d.urungkan.expect("undoable");
    kinerja::app::umum::pulihkan(&mut db, &u.audit_id, "t").unwrap();
    assert!(kode_periksa(&db, hari).is_empty());

    // A new forum is checked whole; each refusal names its field, and nothing is stored.
    let pegawai = kinerja::app::kantor::daftar_pegawai(&db, "").unwrap();
    let baru = FormDko {
        id: 0,
        triwulan: 3,
        tanggal: "15/10/2026".into(),
        tempat: "Aula".into(),
        pimpinan_nip: Some(kepala.clone()),
        peserta: pegawai.iter().take(5).map(|p| p.nip.clone()).collect(),
        pembahasan: "Capaian IKU TW III".into(),
        masalah: String::new(),
        keputusan: "Percepat rekonsiliasi".into(),
        risiko: String::new(),
        rencana_aksi: vec![FormAksi {
            uraian: "Rapat koordinasi satker".into(),
            pic_nip: Some(pegawai[1].nip.clone()),
            batas: "30 November 2026".into(),
            status: "belum".into(),
            tindak_lanjut: String::new(),
        }],
        notulis: "Rina".into(),
    };
    let salah = |ubah: &dyn Fn(&mut FormDko), db: &mut Db| {
        let mut f = baru.clone();
        ubah(&mut f);
        field(simpan_dko(db, 2026, &f, tgl(hari), "t"))
    };
    assert_eq!(salah(&|f| f.pembahasan = " ".into(), &mut db), "Pembahasan");
    assert_eq!(
        salah(&|f| f.tanggal = "31/02/2026".into(), &mut db),
        "Tanggal DKO"
    );
    assert_eq!(
        salah(&|f| f.tanggal = "25/10/2026".into(), &mut db),
        "Tanggal DKO"
    );
    assert_eq!(
        salah(&|f| f.tanggal = "01/06/2026".into(), &mut db),
        "Tanggal DKO"
    );
    assert_eq!(salah(&|f| f.triwulan = 5, &mut db), "Triwulan");
    assert_eq!(
        salah(&|f| f.peserta.push("199001012015031999".into()), &mut db),
        "Peserta"
    );
    assert_eq!(
        salah(&|f| f.rencana_aksi[0].uraian = String::new(), &mut db),
        "Uraian rencana aksi 1"
    );
    assert_eq!(
        salah(&|f| f.rencana_aksi[0].batas = "besok".into(), &mut db),
        "Batas waktu rencana aksi 1"
    );
    assert_eq!(
        salah(&|f| f.rencana_aksi[0].status = "tunda".into(), &mut db),
        "Status rencana aksi 1"
    );
    assert_eq!(daftar_dko(&db, 2026, tgl(hari)).unwrap().dko.len(), 3);

    let d = simpan_dko(&mut db, 2026, &baru, tgl(hari), "t").unwrap();
    assert_eq!(d.dko.len(), 4);
    let ini = d.dko.iter().find(|x| x.form.tempat == "Aula").unwrap();
    assert_eq!(ini.form.rencana_aksi[0].batas, "30/11/2026");
    assert_eq!(d.aksi_terbuka.len(), 3);
    // Following up a rencana aksi from the open list.
    let a = d
        .aksi_terbuka
        .iter()
        .find(|a| a.uraian == "Rapat koordinasi satker")
        .unwrap();
    // Found by its place and its text: another action's text is refused.
    assert!(matches!(
        ubah_aksi(
            &mut db,
            2026,
            a.dko_id,
            a.urutan,
            "lain",
            "selesai",
            "",
            tgl(hari),
            "t"
        ),
        Err(AppError::Konflik { .. })
    ));
    let d = ubah_aksi(
        &mut db,
        2026,
        a.dko_id,
        a.urutan,
        &a.uraian.clone(),
        "selesai",
        "Dilaksanakan 2 November",
        tgl(hari),
        "t",
    )
    .unwrap();
    let tl = daftar_dko(&db, 2026, tgl(hari)).unwrap();
    let kini = tl.dko.iter().find(|x| x.form.tempat == "Aula").unwrap();
    assert_eq!(
        kini.form.rencana_aksi[0].tindak_lanjut,
        "Dilaksanakan 2 November"
    );
    assert_eq!(d.aksi_terbuka.len(), 2);
    assert!(d.urungkan.is_some());

    // The notulen: a PDF with the forum, the rencana aksi and the attendance list.
    let (nama, pdf) = notulen_dko(&db, 2026, ini.form.id, 0).unwrap();
    assert_eq!(nama, "Notulen-DKO-2026-TWIII.pdf");
    assert!(pdf.starts_with(b"%PDF"));
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(&nama);
    std::fs::write(&p, &pdf).unwrap();
    let o = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&p)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, dipasang oleh make) harus ada");
    let teks = String::from_utf8_lossy(&o.stdout);
    for kata in [
        "NOTULEN DIALOG KINERJA ORGANISASI",
        "Triwulan III Tahun 2026",
        "Kamis, 15 Oktober 2026",
        "Rapat koordinasi satker",
        "Daftar hadir",
        "Notulis,",
    ] {
        assert!(teks.contains(kata), "notulen tanpa \"{kata}\":\n{teks}");
    }
}

/// A year without any DKO: every ended quarter is a finding, none before the first quarter ends.
#[test]
fn tanpa_dko() {
    let hari = "2026-07-05";
    let mut db = kantor(hari);
    let d = daftar_dko(&db, 2026, tgl(hari)).unwrap();
    assert_eq!(d.dko.len(), 1, "TW II's forum is due on 10 Juli");
    // TW II ended on 30 Juni: its forum is looked for from 1 Agustus.
    assert!(kode_periksa(&db, hari).is_empty());
    assert_eq!(kode_periksa(&db, "2026-08-01"), ["DKO TW II 2026"]);
    let id = d.dko[0].form.id;
    hapus_dko(&mut db, 2026, id, tgl(hari), "t").unwrap();
    assert_eq!(kode_periksa(&db, hari), ["DKO TW I 2026"]);
    assert_eq!(
        kode_periksa(&db, "2026-08-01"),
        ["DKO TW I 2026", "DKO TW II 2026"]
    );
    assert!(kode_periksa(&db, "2026-04-30").is_empty());
}

/// A corrected NIP follows into the DKO: its chair, attendance list and rencana aksi owners.
#[test]
fn koreksi_nip_sampai_ke_dko() {
    let hari = "2026-10-20";
    let mut db = kantor(hari);
    let d = daftar_dko(&db, 2026, tgl(hari)).unwrap();
    let kepala = d.pimpinan_bawaan.clone().unwrap();
    let pic = d.dko[0].form.rencana_aksi[0].pic_nip.clone().unwrap();
    let ganti = |n: &str| {
        format!(
            "{}{}",
            &n[..15],
            if &n[15..] == "009" { "008" } else { "009" }
        )
    };
    for lama in [&kepala, &pic] {
        kinerja::app::kantor::ganti_nip(&mut db, lama, &ganti(lama), "t").unwrap();
    }
    let d = daftar_dko(&db, 2026, tgl(hari)).unwrap();
    for x in &d.dko {
        assert_eq!(
            x.form.pimpinan_nip.as_deref(),
            Some(ganti(&kepala).as_str())
        );
        assert!(x.form.peserta.contains(&ganti(&kepala)) && !x.form.peserta.contains(&kepala));
        assert!(
            !x.form
                .rencana_aksi
                .iter()
                .any(|a| a.pic_nip.as_deref() == Some(pic.as_str()))
        );
    }
    assert_eq!(d.dko[0].form.rencana_aksi[0].pic_nip, Some(ganti(&pic)));
    assert!(kinerja::app::keamanan::periksa_keutuhan(&db).unwrap().utuh);
}

/// Replacing the whole office (the import of a new office over the old one) clears its DKO and reviews too.
#[test]
fn ganti_kantor_menghapus_dko() {
    let hari = "2026-10-20";
    let mut db = kantor(hari);
    assert!(!daftar_dko(&db, 2026, tgl(hari)).unwrap().dko.is_empty());
    let data = kinerja::app::demo::bangun(
        &OpsiDemo {
            pegawai: 6,
            tahun: 2026,
            seed: 9,
            ganti: true,
        },
        tgl(hari),
    )
    .unwrap();
    assert!(db.tulis_kantor(&data, true, "t").unwrap());
    assert!(daftar_dko(&db, 2026, tgl(hari)).unwrap().dko.is_empty());
}

/// Reviu readiness: each item names what is missing by pegawai; a KK signed, locked and handed over leaves the
/// lists; `kinerja reviu --json` gives the same checklist and exits 0.
#[test]
fn kesiapan_reviu_tahunan() {
    use kinerja::app::dokumen::{self, FormReviu};
    use kinerja::app::pemantauan::kesiapan_reviu;
    let hari = tgl("2026-10-20");
    let mut db = kantor("2026-10-20");
    let k = kesiapan_reviu(&db, 2026, hari).unwrap();
    assert!(!k.lengkap);
    assert_eq!(k.butir.len(), 10);
    let kk = &k.butir[0];
    assert!(
        kk.kurang.iter().all(|x| x.ends_with("belum dicetak")),
        "{:?}",
        kk.kurang
    );
    let n = kk.kurang.len();
    // The DKO and DKI items, the milestones and the risks' monitoring are complete in the demo office.
    for i in [4, 5, 6, 7] {
        assert!(k.butir[i].kurang.is_empty(), "{:?}", k.butir[i]);
    }

    let s = dokumen::daftar_status_kk(&db, 2026, hari)
        .unwrap()
        .into_iter()
        .find(|s| s.wajib_kk && s.penghalang.is_empty() && !s.komplemen)
        .unwrap();
    let c = dokumen::cetak_kk(
        &mut db,
        2026,
        &s.nip,
        tgl("2026-01-05"),
        tgl("2026-01-05"),
        0,
        "t",
    )
    .unwrap();
    dokumen::catat_reviu(
        &mut db,
        &c.id,
        &FormReviu {
            tanggal: "06/01/2026".into(),
            peninjau: "Kanwil".into(),
            rekomendasi: "terima".into(),
            catatan: String::new(),
        },
        "t",
    )
    .unwrap();
    dokumen::tandatangani(&mut db, &c.id, tgl("2026-01-07"), None, "t").unwrap();
    let k = kesiapan_reviu(&db, 2026, hari).unwrap();
    assert!(
        k.butir[1].kurang.contains(&s.nama),
        "signed, not handed over yet"
    );
    dokumen::kunci(&mut db, &c.id, "t").unwrap();
    dokumen::catat_serah(
        &mut db,
        &c.id,
        "08/01/2026",
        "Pengelola Kinerja Kanwil",
        "",
        "t",
    )
    .unwrap();
    let k = kesiapan_reviu(&db, 2026, hari).unwrap();
    assert_eq!(k.butir[0].kurang.len(), n - 1);
    assert!(k.butir[1].kurang.is_empty());

    // Through the CLI, on a database file.
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kinerja"))
            .arg("--db")
            .arg(&p)
            .args(args)
            .output()
            .unwrap()
    };
    assert!(
        run(&["demo", "--pegawai", "8", "--tahun", "2025"])
            .status
            .success()
    );
    let o = run(&["reviu", "--tahun", "2025", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["tahun"], 2025);
    assert_eq!(v["butir"].as_array().unwrap().len(), 10);
    assert_eq!(v["lengkap"], false);
    let teks = String::from_utf8(run(&["reviu", "--tahun", "2025"]).stdout).unwrap();
    assert!(
        teks.contains("Kesiapan reviu manajemen kinerja tahun 2025"),
        "{teks}"
    );
}
