//! Kontrak Kinerja documents end to end: content, layout quality, fonts, lock, addendum, komplemen, verification.
use std::process::Command;

use chrono::NaiveDate;
use kinerja::app::AppError;
use kinerja::app::demo::{OpsiDemo, bangun};
use kinerja::app::dokumen::{self, UbahTarget};
use kinerja::domain::model::StatusPegawai;
use kinerja::domain::validasi::AlasanAddendum;
use kinerja::store::{DataKantor, Db};

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The demo office on 1 Agustus 2025 (TW I-II realised), optionally modified before it is written.
fn kantor(ubah: impl FnOnce(&mut DataKantor)) -> Db {
    let mut d = bangun(
        &OpsiDemo {
            pegawai: 40,
            tahun: 2025,
            seed: 11,
            ganti: false,
        },
        tgl("2025-08-01"),
    )
    .unwrap();
    ubah(&mut d);
    let mut db = Db::memori().unwrap();
    assert!(db.tulis_kantor(&d, false, "t").unwrap());
    db
}

fn nip_dengan(db: &Db, f: impl Fn(&kinerja::domain::model::SkpPegawai) -> bool) -> String {
    db.muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| f(s))
        .expect("pegawai seperti itu ada")
        .nip
}

fn kepala(db: &Db) -> String {
    nip_dengan(db, |s| {
        s.tingkat == kinerja::domain::model::TingkatJabatan::PemilikPeta
    })
}

fn pelaksana(db: &Db) -> String {
    nip_dengan(db, |s| {
        s.status == StatusPegawai::Aktif
            && s.tingkat == kinerja::domain::model::TingkatJabatan::Pelaksana
            && s.iki.len() >= 3
    })
}

fn cetak(db: &mut Db, nip: &str) -> dokumen::Cetakan {
    dokumen::cetak_kk(
        db,
        2025,
        nip,
        tgl("2025-01-06"),
        tgl("2025-01-10"),
        1_736_121_600,
        "2025-01-06T09:00:00",
    )
    .unwrap()
}

#[test]
fn kk_kepala_kantor_lengkap() {
    let mut db = kantor(|_| {});
    let nip = kepala(&db);
    let c = cetak(&mut db, &nip);
    for kata in [
        "PERJANJIAN KINERJA TAHUN 2025",
        "KPPN CONTOH KINERJA",
        "PETA STRATEGI",
        "Stakeholder",
        "SASARAN KINERJA PEGAWAI",
        "I. PEJABAT PENILAI",
        "II. PNS YANG DINILAI",
        "III. KEGIATAN TUGAS JABATAN",
        "LAMPIRAN I PERJANJIAN KINERJA",
        "LAMPIRAN II PERJANJIAN KINERJA",
        "Pendampingan satker mitra",
        "6 Januari 2025",
        "Halaman 1 dari",
        "Kepala Kantor Wilayah",
    ] {
        assert!(c.teks.contains(kata), "tidak ada \"{kata}\"");
    }
    assert!(c.halaman >= 4);
    assert!(c.bytes.len() <= 80 * 1024, "{} bytes", c.bytes.len());
    // Reprinting an unsigned KK keeps its number and ID.
    let c2 = cetak(&mut db, &nip);
    assert_eq!(c2.id, c.id);
}

#[test]
fn semua_kk_kantor_tanpa_tumpang_tindih() {
    let mut db = kantor(|_| {});
    let f = kinerja::pdf::fonta().unwrap();
    let daftar = dokumen::daftar_status_kk(&db, 2025, tgl("2025-01-10")).unwrap();
    let mut n = 0;
    for s in daftar.iter().filter(|s| s.wajib_kk) {
        let c = dokumen::cetak_kk(
            &mut db,
            2025,
            &s.nip,
            tgl("2025-01-06"),
            tgl("2025-01-10"),
            0,
            "t",
        )
        .unwrap_or_else(|e| panic!("{}: {e}", s.nip));
        assert!(c.teks.contains(&s.nama), "{}", s.nip);
        let isi: kinerja::domain::kk::IsiKk =
            serde_json::from_str(&db.dokumen(&c.id).unwrap().unwrap().isi).unwrap();
        let h = kinerja::pdf::kk::susun(f, &isi, None, &c.id, "q").unwrap();
        let t = kinerja::pdf::kk::tumpang_tindih(f, &h);
        assert!(t.is_empty(), "{}: {t:?}", s.nip);
        n += 1;
    }
    assert!(n >= 35, "{n}");
    // Under KMK 467 the tugas belajar pegawai makes no KK and is refused with the reason (KMK 300: an SKP, printed
    // above).
    let tb = nip_dengan(&db, |s| s.status == StatusPegawai::TugasBelajar);
    assert!(daftar.iter().any(|s| s.nip == tb && s.wajib_kk));
    kinerja::app::pengaturan::pakai_profil(&mut db, 2025, "kmk467-2014", "t").unwrap();
    match dokumen::cetak_kk(
        &mut db,
        2025,
        &tb,
        tgl("2025-01-06"),
        tgl("2025-01-10"),
        0,
        "t",
    ) {
        Err(AppError::TidakSiapCetak { alasan, .. }) => {
            assert!(alasan[0].contains("tugas belajar"), "{alasan:?}")
        }
        other => panic!("{:?}", other.map(|c| c.id)),
    }
}

#[test]
fn teks_panjang_dibungkus_dan_data_kurang_menghalangi() {
    let mut db = kantor(|d| {
        // A very long IKI name, a pegawai without IKI and one without atasan.
        d.iki[12].iki.nama = "Persentase penyelesaian dokumen pertanggungjawaban ".repeat(8);
        let tanpa_iki = d.pegawai[8].nip.clone();
        d.iki.retain(|i| i.nip != tanpa_iki);
        d.pegawai[9].atasan_nip = None;
    });
    let f = kinerja::pdf::fonta().unwrap();
    let panjang = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| s.iki.iter().any(|i| i.nama.len() > 300))
        .unwrap()
        .nip;
    let c = cetak(&mut db, &panjang);
    let isi: kinerja::domain::kk::IsiKk =
        serde_json::from_str(&db.dokumen(&c.id).unwrap().unwrap().isi).unwrap();
    assert!(
        kinerja::pdf::kk::tumpang_tindih(
            f,
            &kinerja::pdf::kk::susun(f, &isi, None, &c.id, "q").unwrap()
        )
        .is_empty()
    );
    let skp = db.muat_skp(2025).unwrap();
    let tanpa_iki = skp
        .iter()
        .find(|s| s.iki.is_empty() && s.status == StatusPegawai::Aktif)
        .unwrap()
        .nip
        .clone();
    let e = dokumen::cetak_kk(
        &mut db,
        2025,
        &tanpa_iki,
        tgl("2025-01-06"),
        tgl("2025-01-10"),
        0,
        "t",
    )
    .unwrap_err();
    assert!(e.to_string().contains("KK-004"), "{e}");
    let tanpa_atasan = skp.iter().find(|s| !s.punya_atasan).unwrap().nip.clone();
    let e = dokumen::cetak_kk(
        &mut db,
        2025,
        &tanpa_atasan,
        tgl("2025-01-06"),
        tgl("2025-01-10"),
        0,
        "t",
    )
    .unwrap_err();
    assert!(
        e.to_string().contains("KK-005") && e.kode() == "TIDAK_SIAP_CETAK",
        "{e}"
    );
}

#[test]
fn alur_tanda_tangan_kunci_dan_addendum() {
    let mut db = kantor(|_| {});
    let nip = pelaksana(&db);
    let kode = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| s.nip == nip)
        .unwrap()
        .iki[0]
        .kode
        .clone();
    let c = cetak(&mut db, &nip);
    // Before signing the plan can still change.
    dokumen::ubah_target(&mut db, 2025, &nip, &kode, 4, "101", "t").unwrap();
    assert!(
        dokumen::kunci(&mut db, &c.id, "t").is_err(),
        "cannot lock before signing"
    );
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
    dokumen::tandatangani(&mut db, &c.id, tgl("2025-01-20"), Some(b"pindaian"), "t").unwrap();
    dokumen::kunci(&mut db, &c.id, "t").unwrap();
    let d = db.dokumen(&c.id).unwrap().unwrap();
    assert_eq!(
        d.sha_scan.as_deref(),
        Some(dokumen::sha256_hex(b"pindaian").as_str())
    );
    // Locked: a direct edit is refused with a clear message and changes nothing.
    let sebelum = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| s.nip == nip)
        .unwrap();
    let e = dokumen::ubah_target(&mut db, 2025, &nip, &kode, 4, "90", "t").unwrap_err();
    assert!(
        matches!(e, AppError::Terkunci { .. }) && e.to_string().contains("addendum"),
        "{e}"
    );
    assert_eq!(
        db.muat_skp(2025)
            .unwrap()
            .into_iter()
            .find(|s| s.nip == nip)
            .unwrap(),
        sebelum
    );
    // A reprint of the locked KK is the stored document.
    let ulang = cetak(&mut db, &nip);
    assert!(ulang.teks.contains("SASARAN KINERJA PEGAWAI"));

    // Addendum: a realised quarter cannot change; the deadline of the reason applies; then it goes through.
    let ubah = |tw, t: &str| {
        vec![UbahTarget {
            kode: kode.clone(),
            triwulan: tw,
            target: t.into(),
        }]
    };
    let e = dokumen::buat_addendum(
        &mut db,
        2025,
        &nip,
        AlasanAddendum::Umum,
        "Perubahan DIPA",
        &ubah(1, "50"),
        tgl("2025-07-10"),
        "t",
    )
    .unwrap_err();
    assert!(e.to_string().contains("sudah direalisasikan"), "{e}");
    let e = dokumen::buat_addendum(
        &mut db,
        2025,
        &nip,
        AlasanAddendum::Umum,
        "Perubahan DIPA",
        &ubah(3, "50"),
        tgl("2025-07-25"),
        "t",
    )
    .unwrap_err();
    assert!(e.to_string().contains("20-07-2025"), "{e}");
    let v = dokumen::buat_addendum(
        &mut db,
        2025,
        &nip,
        AlasanAddendum::Kebijakan,
        "Arahan Menteri Keuangan",
        &ubah(3, "1.234,5"),
        tgl("2025-08-15"),
        "t",
    )
    .unwrap();
    assert_eq!(v, 1);
    let setelah = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| s.nip == nip)
        .unwrap();
    let iki = setelah.iki.iter().find(|i| i.kode == kode).unwrap();
    assert_eq!(
        iki.target_triwulan[2].map(|d| d.to_string()),
        Some("1234.5".into())
    );
    assert_eq!(
        iki.target_triwulan[0],
        sebelum
            .iki
            .iter()
            .find(|i| i.kode == kode)
            .unwrap()
            .target_triwulan[0],
        "past targets untouched"
    );
    let a = dokumen::cetak_addendum(&mut db, 2025, &nip, 1, 0, "t").unwrap();
    // The Dokumen screen lists the addendum on its own, printed and waiting for its reviu.
    let baris = dokumen::daftar_status_kk(&db, 2025, tgl("2025-08-15"))
        .unwrap()
        .into_iter()
        .find(|s| s.nip == nip)
        .unwrap();
    assert_eq!(baris.addendum, 1);
    let add = &baris.daftar_addendum[0];
    assert_eq!((add.versi, add.status.as_str()), (1, "Dicetak"));
    assert!(add.reviu.halangan.is_some(), "signed only after its reviu");
    // Cell text wraps inside narrow columns: compare with line breaks as spaces.
    let teks = a.teks.replace('\n', " ");
    for kata in [
        "ADDENDUM SASARAN KINERJA PEGAWAI TAHUN 2025",
        "Addendum ke-1",
        "Semula",
        "Menjadi",
        "1.234,50",
        "Arahan Menteri Keuangan",
        "LAMPIRAN I",
    ] {
        assert!(teks.contains(kata), "addendum tanpa \"{kata}\"");
    }
    assert_eq!(
        dokumen::buat_addendum(
            &mut db,
            2025,
            &nip,
            AlasanAddendum::Kebijakan,
            "Lagi",
            &ubah(4, "2"),
            tgl("2025-09-01"),
            "t"
        )
        .unwrap(),
        2
    );
    // Still locked for ordinary edits after the addendum.
    assert!(matches!(
        dokumen::ubah_target(&mut db, 2025, &nip, &kode, 4, "3", "t"),
        Err(AppError::Terkunci { .. })
    ));
}

#[test]
fn verifikasi_berkas() {
    let mut db = kantor(|_| {});
    let nip = pelaksana(&db);
    let c = cetak(&mut db, &nip);
    let ok = dokumen::verifikasi(&db, &c.bytes).unwrap();
    assert!(
        ok.cocok && ok.id.as_deref() == Some(c.id.as_str()),
        "{}",
        ok.pesan
    );
    let mut ubah = c.bytes.clone();
    let i = ubah.len() / 2;
    ubah[i] ^= 1;
    let no = dokumen::verifikasi(&db, &ubah).unwrap();
    assert!(!no.cocok && no.id.is_none());
    assert!(!dokumen::verifikasi(&db, b"bukan pdf").unwrap().cocok);
}

/// The demo's mutasi pegawai (from 1 Juli) and a predecessor: an active pegawai holding the same IKI codes.
fn mutasi_dan_pendahulu(
    db: &Db,
) -> (
    kinerja::domain::model::SkpPegawai,
    kinerja::domain::model::SkpPegawai,
) {
    let skp = db.muat_skp(2025).unwrap();
    let baru = skp
        .iter()
        .find(|s| s.status == StatusPegawai::Mutasi)
        .expect("demo has a mutasi pegawai")
        .clone();
    let lama = skp
        .iter()
        .find(|s| {
            s.status == StatusPegawai::Aktif
                && s.nip != baru.nip
                && baru
                    .iki
                    .iter()
                    .all(|i| s.iki.iter().any(|j| j.kode == i.kode))
        })
        .unwrap()
        .clone();
    (baru, lama)
}

#[test]
fn komplemen_dengan_sisa_target() {
    let mut db = kantor(|_| {});
    let (baru, lama) = mutasi_dan_pendahulu(&db);
    let c = dokumen::cetak_komplemen(
        &mut db,
        2025,
        &baru.nip,
        Some(&lama.nip),
        tgl("2025-07-08"),
        tgl("2025-07-08"),
        0,
        "t",
    )
    .unwrap();
    assert!(
        c.teks
            .contains("SASARAN KINERJA PEGAWAI KOMPLEMEN TAHUN 2025")
            && c.teks.contains("sisa target"),
        "{}",
        &c.teks[..400]
    );
    let sesudah = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| s.nip == baru.nip)
        .unwrap();
    let profil = kinerja::domain::profil::ProfilAturan::bawaan(
        kinerja::domain::profil::KodeProfil::Kmk300_2022,
    );
    for x in &sesudah.iki {
        let asal = lama.iki.iter().find(|i| i.kode == x.kode).unwrap();
        let t: Vec<_> = asal.target_triwulan.iter().map(|t| t.unwrap()).collect();
        let r: Vec<_> = asal.realisasi_triwulan[..2]
            .iter()
            .flatten()
            .copied()
            .collect();
        let k = asal.konsolidasi.unwrap();
        let sd = kinerja::domain::capaian::gabung(
            if k == kinerja::domain::model::Konsolidasi::TakeLastKnown {
                k
            } else {
                kinerja::domain::model::Konsolidasi::Sum
            },
            &r,
        )
        .unwrap();
        let s = kinerja::domain::capaian::sisa_target(
            &profil,
            k,
            asal.sifat_tlk,
            &[t[0], t[1], t[2], t[3]],
            sd,
            2,
        )
        .unwrap();
        assert_eq!(x.target_triwulan[2..], s.target_triwulan[2..], "{}", x.kode);
        // The quarters before the hand-over are the predecessor's: no target of the newcomer's there, and Target Y
        // is the sisa target.
        assert_eq!(x.target_triwulan[..2], [None, None], "{}", x.kode);
        assert_eq!(x.target_tahunan, Some(s.target_tahunan), "{}", x.kode);
        let progres = k == kinerja::domain::model::Konsolidasi::TakeLastKnown
            && asal.sifat_tlk == Some(kinerja::domain::model::SifatTlk::Progress);
        // Measured from the base the target was cut from: max(realisasi, target at hand-over) (seed 004).
        assert_eq!(
            x.realisasi_serah_terima,
            progres.then_some(sd.max(t[1])),
            "{}",
            x.kode
        );
    }
    // The SKP page prints the komplemen's period and its Target Y.
    assert!(
        c.teks.contains("Periode 1 Juli 2025 s.d. 31 Desember 2025"),
        "{}",
        &c.teks[..600]
    );
    // A take-last-known progress IKU (e.g. penyerapan DIPA): the newcomer's TW III realisasi is the office's
    // cumulative figure; the index counts what was achieved after the hand-over: (R − R_serah_terima) / T × 100.
    if let Some(x) = sesudah
        .iki
        .iter()
        .find(|x| x.realisasi_serah_terima.is_some())
    {
        let sd = x.realisasi_serah_terima.unwrap();
        let t3 = x.target_triwulan[2].unwrap();
        // 90% of the sisa target achieved since the hand-over.
        let r3 = sd + t3 * rust_decimal_macros::dec!(0.9);
        let rp = kinerja::app::realisasi::realisasi_pegawai(
            &db,
            2025,
            &baru.nip,
            Some(3),
            tgl("2025-10-10"),
        )
        .unwrap();
        let isi: Vec<_> = rp
            .baris
            .iter()
            .map(|b| kinerja::app::realisasi::IsiRealisasi {
                id: b.id,
                realisasi: if b.kode == x.kode {
                    kinerja::domain::angka::teks_id(r3)
                } else {
                    b.realisasi.clone()
                },
                bukti: b.bukti.clone(),
                semula: None,
            })
            .collect();
        kinerja::app::realisasi::simpan_realisasi(
            &mut db,
            2025,
            &baru.nip,
            3,
            &isi,
            tgl("2025-10-10"),
            "t",
        )
        .unwrap();
        let n = kinerja::app::evaluasi::nilai_satu(&db, 2025, &baru.nip, 3).unwrap();
        let v = n.iki.iter().find(|v| v.kode == x.kode).unwrap();
        assert_eq!(
            v.indeks.nilai,
            Some(rust_decimal_macros::dec!(90)),
            "{}",
            x.kode
        );
        assert!(
            v.indeks
                .penjelasan
                .catatan
                .iter()
                .any(|c| c.contains("serah terima"))
        );
    } else {
        panic!("the demo's mutasi pegawai carries a take-last-known progress IKU");
    }
    let e = dokumen::cetak_komplemen(
        &mut db,
        2025,
        &lama.nip,
        None,
        tgl("2025-07-08"),
        tgl("2025-07-08"),
        0,
        "t",
    )
    .unwrap_err();
    assert!(e.to_string().contains("komplemen"), "{e}");
}

/// The real PDF through poppler: text, embedded subset fonts, page count; and the CLI round trip.
#[test]
fn pdf_asli_lewat_poppler_dan_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let out = dir.path().join("pdf");
    let k = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kinerja"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .output()
            .unwrap()
    };
    assert!(
        k(&["demo", "--pegawai", "12", "--tahun", "2025"])
            .status
            .success()
    );
    let o = k(&[
        "pdf",
        "kk",
        "--tahun",
        "2025",
        "--semua",
        "--out",
        out.to_str().unwrap(),
        "--tanggal",
        "2025-01-06",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let berkas: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert!(berkas.len() >= 10, "{berkas:?}");
    assert!(berkas.iter().all(|p| {
        p.file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .ends_with("-KK-2025.pdf")
    }));
    let contoh = berkas
        .iter()
        .max_by_key(|p| std::fs::metadata(p).unwrap().len())
        .unwrap();
    let poppler = |prog: &str, args: &[&str]| {
        let o = Command::new(prog)
            .args(args)
            .arg(contoh)
            .arg("-")
            .output()
            .unwrap_or_else(|e| {
                panic!("{prog} (poppler-utils, dipasang oleh make) harus ada: {e}")
            });
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let teks = poppler("pdftotext", &["-layout"]);
    for kata in [
        "PERJANJIAN KINERJA TAHUN 2025",
        "I. PEJABAT PENILAI",
        "II. PNS YANG DINILAI",
        "III. KEGIATAN TUGAS JABATAN",
        "LAMPIRAN I PERJANJIAN KINERJA",
        "Halaman 1 dari",
    ] {
        assert!(teks.contains(kata), "pdftotext tanpa \"{kata}\"");
    }
    let fonts = Command::new("pdffonts").arg(contoh).output().unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(
        fonts.contains("DejaVuSans") && fonts.lines().skip(2).all(|l| l.contains(" yes yes ")),
        "{fonts}"
    );
    let info = Command::new("pdfinfo").arg(contoh).output().unwrap();
    let halaman = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse::<usize>()
        .unwrap();
    assert!(halaman >= 3);
    assert!(teks.contains(&format!("Halaman {halaman} dari {halaman}")));
    // A filtered batch: only the pegawai of one unit.
    let out_bank = dir.path().join("bank");
    let o = k(&[
        "pdf",
        "kk",
        "--tahun",
        "2025",
        "--semua",
        "--seksi",
        "bank",
        "--out",
        out_bank.to_str().unwrap(),
        "--tanggal",
        "2025-01-06",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let n_bank = std::fs::read_dir(&out_bank).unwrap().count();
    assert!(
        n_bank >= 1 && n_bank < berkas.len(),
        "{n_bank} of {}",
        berkas.len()
    );
    // verify-pdf: the original matches (exit 0), a one-byte change does not (exit 1).
    let o = k(&["verify-pdf", contoh.to_str().unwrap()]);
    assert!(o.status.success() && String::from_utf8_lossy(&o.stdout).starts_with("COCOK"));
    let mut b = std::fs::read(contoh).unwrap();
    let n = b.len() - 10;
    b[n] ^= 0x20;
    let salinan = dir.path().join("ubah.pdf");
    std::fs::write(&salinan, b).unwrap();
    let o = k(&["verify-pdf", salinan.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("TIDAK COCOK"));
}

#[test]
fn teks_pernyataan_pola_nomor_dan_logo() {
    let mut db = kantor(|_| {});
    let e = dokumen::atur_teks_dokumen(&mut db, "pendek", "{jenis}/{tahun}", "t").unwrap_err();
    assert!(e.to_string().contains("pernyataan"), "{e}");
    let e = dokumen::atur_teks_dokumen(
        &mut db,
        "Saya, {nama}, sanggup mencapai target kinerja tahun {tahun} di {kantor}.",
        "{jenis}/{tahun}",
        "t",
    )
    .unwrap_err();
    assert!(e.to_string().contains("{no}"), "{e}");
    dokumen::atur_teks_dokumen(
        &mut db,
        "Saya, {nama}, sanggup mencapai target kinerja tahun {tahun} di {kantor}.",
        "{jenis}-{no}/WPB.12/{tahun}",
        "t",
    )
    .unwrap();
    assert!(matches!(
        dokumen::atur_logo(&mut db, Some(b"GIF89a bukan png"), "t"),
        Err(AppError::Masukan { .. })
    ));
    let logo = include_bytes!("../src-tauri/icons/128x128.png");
    assert!(
        dokumen::atur_logo(&mut db, Some(logo), "t")
            .unwrap()
            .ada_logo
    );
    let nip = kepala(&db);
    let c = cetak(&mut db, &nip);
    let teks = c.teks.replace('\n', " ");
    assert!(
        teks.contains("sanggup mencapai target kinerja tahun 2025 di KPPN Contoh Kinerja"),
        "{}",
        &teks[..600]
    );
    assert!(teks.contains("KK-001/WPB.12/2025"));
    assert!(
        c.tata[0]
            .elemen
            .iter()
            .any(|e| matches!(e, kinerja::pdf::Elemen::Gambar { .. })),
        "logo on the letterhead"
    );
    assert!(kinerja::pdf::kk::tumpang_tindih(kinerja::pdf::fonta().unwrap(), &c.tata).is_empty());
    assert!(c.bytes.len() <= 80 * 1024, "{}", c.bytes.len());
}

/// Names follow the year's profile (domain spec §7.1, seed 003): Perjanjian Kinerja for the Pimpinan UPK and
/// Sasaran Kinerja Pegawai for the others under KMK 300/127, Kontrak Kinerja under KMK 467; file names unchanged.
#[test]
fn nama_dokumen_menurut_profil() {
    let mut db = kantor(|_| {});
    let staf = pelaksana(&db);
    let c = cetak(&mut db, &staf);
    assert!(
        c.teks.contains("SASARAN KINERJA PEGAWAI TAHUN 2025"),
        "{}",
        &c.teks[..300]
    );
    assert!(
        c.teks
            .replace('\n', " ")
            .contains("Pegawai yang Membuat Sasaran Kinerja Pegawai")
    );
    assert!(!c.teks.contains("KONTRAK KINERJA"));
    assert!(c.nama_berkas.ends_with("-KK-2025.pdf"), "{}", c.nama_berkas);
    kinerja::app::pengaturan::pakai_profil(&mut db, 2025, "kmk467-2014", "t").unwrap();
    let k = kepala(&db);
    let c = cetak(&mut db, &k);
    assert!(
        c.teks.contains("KONTRAK KINERJA TAHUN 2025"),
        "{}",
        &c.teks[..300]
    );
    assert!(c.teks.contains("LAMPIRAN I KONTRAK KINERJA"));
}

/// Seed 004 rules 13-14: the year's pagu DIPA, typed the Indonesian way, is printed in the biaya column of an IKI
/// with the biaya aspect; until it is recorded such an IKI has KK-008 and the column keeps the annual target.
#[test]
fn pagu_dipa_dicetak_pada_aspek_biaya() {
    let mut db = kantor(|_| {});
    let k = kepala(&db);
    let skp = kinerja::app::umum::skp_pegawai(&db, 2025, &k).unwrap();
    assert!(
        skp.iki
            .iter()
            .any(|x| x.aspek == Some(kinerja::domain::model::Aspek::Biaya))
    );
    let kode = |db: &Db| -> Vec<&'static str> {
        kinerja::app::rencana::periksa_pegawai(db, 2025, &skp, tgl("2025-01-06"))
            .unwrap()
            .iter()
            .map(|t| t.kode.kode())
            .collect()
    };
    assert!(kode(&db).contains(&"KK-008"));
    for (salah, kata) in [
        ("satu miliar", "Pagu DIPA"),
        ("0", "lebih dari 0"),
        ("1.250.000.000,5", "bulat"),
    ] {
        let e = kinerja::app::pengaturan::atur_pagu_dipa(&mut db, 2025, salah, "t").unwrap_err();
        assert!(e.to_string().contains(kata), "{salah}: {e}");
    }
    let p =
        kinerja::app::pengaturan::atur_pagu_dipa(&mut db, 2025, "Rp 1.250.000.000", "t").unwrap();
    assert_eq!(p.pagu_dipa, "1.250.000.000");
    assert!(!kode(&db).contains(&"KK-008"));
    let c = cetak(&mut db, &k);
    // The figure is never broken inside the narrow biaya column.
    assert!(c.teks.contains("1.250.000.000"), "{}", c.teks);
    assert!(c.teks.replace('\n', " ").contains("Rp 1.250.000.000"));
    // Cleared again with an empty value.
    let p = kinerja::app::pengaturan::atur_pagu_dipa(&mut db, 2025, "", "t").unwrap();
    assert_eq!(p.pagu_dipa, "");
    assert!(kode(&db).contains(&"KK-008"));
}

/// A komplemen that may not be made writes nothing: a newcomer who started after 18 Oktober continues the
/// predecessor's KK (seed 004), and a predecessor's missing realisasi is not taken as zero.
#[test]
fn komplemen_ditolak_tidak_mengubah_target() {
    let mut db = kantor(|d| {
        for p in d.pegawai.iter_mut() {
            if p.status == StatusPegawai::Mutasi {
                p.tanggal_mulai = tgl("2025-10-20");
            }
        }
    });
    let (baru, lama) = mutasi_dan_pendahulu(&db);
    let e = dokumen::cetak_komplemen(
        &mut db,
        2025,
        &baru.nip,
        Some(&lama.nip),
        tgl("2025-10-21"),
        tgl("2025-10-21"),
        0,
        "t",
    )
    .unwrap_err();
    assert!(e.to_string().contains("18 Oktober"), "{e}");
    let sesudah = db.muat_skp_pegawai(2025, &baru.nip).unwrap().unwrap();
    assert_eq!(sesudah.iki, baru.iki, "nothing written");
}

/// The window's print: the save dialog suggests `<NIP>-<Nama>-KK-<tahun>.pdf`; a batch into a folder takes the
/// same names and a free number instead of overwriting a file already there; a chosen file is written as is.
#[test]
fn cetak_ke_folder_dan_berkas_pilihan() {
    let mut db = kantor(|_| {});
    let nip = pelaksana(&db);
    let nama = db.data_pegawai(&nip).unwrap().unwrap().nama;
    let usul = dokumen::usulan_nama_dokumen(&db, 2025, &nip, None).unwrap();
    assert_eq!(
        usul,
        kinerja::app::umum::nama_berkas_aman(&format!("{nip}-{nama}-KK-2025.pdf"))
    );
    assert!(usul.starts_with(&format!("{nip}-")) && usul.ends_with("-KK-2025.pdf"));
    assert_eq!(
        dokumen::usulan_nama_dokumen(&db, 2025, &nip, Some(1)).unwrap(),
        usul.replace("-KK-", "-ADDENDUM-1-")
    );

    let dir = tempfile::tempdir().unwrap();
    let folder = dokumen::Tujuan::Folder(dir.path().join("KK 2025"));
    let cetak_ke = |db: &mut Db, t: &dokumen::Tujuan| {
        dokumen::cetak_ke(db, 2025, &nip, t, tgl("2025-01-06"), 1_736_121_600, "t").unwrap()
    };
    let a = cetak_ke(&mut db, &folder);
    let b = cetak_ke(&mut db, &folder);
    assert_eq!(
        a.path,
        dir.path().join("KK 2025").join(&usul).display().to_string()
    );
    assert_eq!(
        b.path,
        dir.path()
            .join("KK 2025")
            .join(usul.replace(".pdf", " (2).pdf"))
            .display()
            .to_string()
    );
    let isi_a = std::fs::read(&a.path).unwrap();
    assert!(isi_a.starts_with(b"%PDF"));
    let pilihan = dir.path().join("pilihan saya.pdf");
    let c = cetak_ke(&mut db, &dokumen::Tujuan::Berkas(pilihan.clone()));
    assert_eq!(c.path, pilihan.display().to_string());
    assert!(
        dokumen::verifikasi(&db, &std::fs::read(&pilihan).unwrap())
            .unwrap()
            .cocok
    );
    assert!(
        dokumen::usulan_nama_dokumen(&db, 2025, "199999999999999999", None).is_err(),
        "an unknown NIP has no name to suggest"
    );
}

/// Seed 004: a concept is signed only once the pengelola kinerja one level up recommended it (terima or terima
/// sebagian) as printed; tolak, or a reprint with other content, keeps it unsigned; the second signed copy's
/// hand-over is recorded after the signature.
#[test]
fn reviu_sebelum_tanda_tangan() {
    use kinerja::app::dokumen::{FormReviu, catat_reviu, catat_serah, ringkas_reviu};
    let mut db = kantor(|_| {});
    let nip = pelaksana(&db);
    let c = cetak(&mut db, &nip);
    let form = |r: &str, catatan: &str| FormReviu {
        tanggal: "14/01/2025".into(),
        peninjau: "Rina, Pengelola Kinerja Kanwil".into(),
        rekomendasi: r.into(),
        catatan: catatan.into(),
    };
    let ttd = |db: &mut Db| dokumen::tandatangani(db, &c.id, tgl("2025-01-20"), None, "t");
    let field = |r: Result<_, AppError>| match r {
        Err(AppError::Masukan { field, pesan }) => (field, pesan),
        r => panic!("{r:?}"),
    };
    let (f, p) = field(ttd(&mut db).map(|_| ()));
    assert_eq!(f, "Reviu");
    assert!(p.contains("belum ada rekomendasi"), "{p}");
    assert_eq!(
        ringkas_reviu(&db, &c.id).unwrap().halangan.as_deref(),
        Some(p.as_str())
    );
    // Tolak and terima sebagian need their reasons; each refusal names its field.
    assert_eq!(
        field(catat_reviu(&mut db, &c.id, &form("tolak", ""), "t").map(|_| ())).0,
        "Catatan reviu"
    );
    assert_eq!(
        field(catat_reviu(&mut db, &c.id, &form("setuju", ""), "t").map(|_| ())).0,
        "Rekomendasi"
    );
    let mut tanpa = form("terima", "");
    tanpa.peninjau = " ".into();
    assert_eq!(
        field(catat_reviu(&mut db, &c.id, &tanpa, "t").map(|_| ())).0,
        "Peninjau"
    );
    catat_reviu(
        &mut db,
        &c.id,
        &form("tolak", "Target TW III terlalu rendah"),
        "t",
    )
    .unwrap();
    assert!(field(ttd(&mut db).map(|_| ())).1.contains("tolak"));
    // Accepted: the concept may be signed; the summary says by whom and when.
    let r = catat_reviu(
        &mut db,
        &c.id,
        &form("terima_sebagian", "TW IV disesuaikan"),
        "t",
    )
    .unwrap();
    assert_eq!(r.halangan, None);
    assert!(
        r.reviu
            .as_deref()
            .unwrap()
            .starts_with("Terima sebagian · 14 Januari 2025 · Rina")
    );
    // The hand-over waits for the signature.
    assert_eq!(
        field(catat_serah(&mut db, &c.id, "25/01/2025", "Kanwil", "", "t").map(|_| ())).0,
        "Dokumen"
    );
    ttd(&mut db).unwrap();
    let r = catat_serah(
        &mut db,
        &c.id,
        "25/01/2025",
        "Pengelola Kinerja Kanwil",
        "",
        "t",
    )
    .unwrap();
    assert_eq!(
        r.serah.as_deref(),
        Some("Rangkap kedua diserahkan 25 Januari 2025 kepada Pengelola Kinerja Kanwil")
    );
    assert_eq!(
        field(catat_reviu(&mut db, &c.id, &form("terima", ""), "t").map(|_| ())).0,
        "Dokumen"
    );

    // Another pegawai's concept reviewed, then printed again with other content: reviewed again before signing.
    let lain = kepala(&db);
    let c2 = cetak(&mut db, &lain);
    catat_reviu(&mut db, &c2.id, &form("terima", ""), "t").unwrap();
    let kode = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| s.nip == lain)
        .unwrap()
        .iki[0]
        .kode
        .clone();
    dokumen::ubah_target(&mut db, 2025, &lain, &kode, 4, "101", "t").unwrap();
    let c3 = cetak(&mut db, &lain);
    assert_eq!(c3.id, c2.id);
    let h = ringkas_reviu(&db, &c2.id).unwrap().halangan;
    assert!(
        h.as_deref().is_some_and(|h| h.contains("isi lain")),
        "{h:?}"
    );
}
