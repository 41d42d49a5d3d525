//! Figures through the whole pipeline (issue "figures right through"): each rule checked where the officer sees it,
//! on an office built through the app's actions, with the expected figure worked out in the test from the inputs
//! the screen shows. `kinerja skor --json` must equal the Evaluasi screen for every pegawai.
use std::process::Command;

use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::evaluasi::{FormPerilaku, nilai_satu, rekap_nilai, simpan_perilaku, skor_kantor};
use kinerja::app::pemantauan::{FormHkt, daftar_hkt, simpan_hkt};
use kinerja::app::{dokumen, pengaturan, rencana};
use kinerja::domain::angka::{bulat, format_id};
use kinerja::domain::model::{Perspektif, TingkatJabatan};
use kinerja::store::Db;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn tgl(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A demo office of `tahun` made on 15 January of the next year (all four quarters realised).
fn kantor(tahun: i32, pegawai: usize) -> Db {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai,
            tahun,
            seed: 5,
            ganti: false,
        },
        hari(tahun),
        "t",
    )
    .unwrap();
    db
}

fn hari(tahun: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(tahun + 1, 1, 15).unwrap()
}

fn nip_kepala(db: &Db, tahun: i32) -> String {
    db.muat_skp(tahun)
        .unwrap()
        .into_iter()
        .find(|s| s.tingkat == TingkatJabatan::PemilikPeta && !s.iki.is_empty())
        .unwrap()
        .nip
}

/// A pegawai with IKIs who is not the head.
fn nip_staf(db: &Db, tahun: i32, ke: usize) -> String {
    db.muat_skp(tahun)
        .unwrap()
        .into_iter()
        .filter(|s| s.tingkat != TingkatJabatan::PemilikPeta && s.iki.len() >= 3)
        .nth(ke)
        .unwrap()
        .nip
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// Reads an Indonesian figure as shown ("97,26") back to a decimal.
fn dari_tampil(s: &str) -> Decimal {
    d(&s.replace('.', "").replace(',', "."))
}

/// Item 1: the Pimpinan UPK's NHK is the office NKO computed from K3-adjusted IKU indices, capped at 120 and
/// provisional, on the Evaluasi screen, in `kinerja nilai` and in `kinerja skor`.
#[test]
fn nhk_pimpinan_adalah_nko_k3() {
    let db = kantor(2025, 14);
    let nip = nip_kepala(&db, 2025);
    let n = nilai_satu(&db, 2025, &nip, 4).unwrap();
    let skp = db.muat_skp(2025).unwrap();
    let kepala = skp.iter().find(|s| s.nip == nip).unwrap();
    // By hand from the per-IKU index and K3 the screen shows: NKC = min(120, IC × K3), mean per perspective,
    // weighted 30/25/25/20 (the profile's provisional perspective weights).
    let bobot = |p: Perspektif| match p {
        Perspektif::Stakeholder => dec!(30),
        Perspektif::Customer => dec!(25),
        Perspektif::InternalProcess => dec!(25),
        Perspektif::LearningGrowth => dec!(20),
    };
    let mut per: std::collections::BTreeMap<Perspektif, Vec<Decimal>> = Default::default();
    for (x, v) in kepala.iki.iter().zip(&n.iki) {
        let nkc = (v.indeks.nilai.unwrap() * v.k3.nilai.unwrap()).min(dec!(120));
        per.entry(x.perspektif.unwrap()).or_default().push(nkc);
    }
    let (mut jumlah, mut w) = (Decimal::ZERO, Decimal::ZERO);
    for (p, v) in &per {
        let rata = v.iter().sum::<Decimal>() / Decimal::from(v.len());
        jumlah += rata * bobot(*p);
        w += bobot(*p);
    }
    let harap = (jumlah / w).min(dec!(120));
    assert_eq!(
        n.nhk.nilai.map(|v| v.round_dp(10)),
        Some(harap.round_dp(10))
    );
    assert!(
        n.nhk.penjelasan.sementara,
        "provisional: domain spec §12 #3"
    );
    assert_eq!(n.nhk.penjelasan.besaran, "NHK Pimpinan UPK");
    // Not the staff formula: HKU K3 capped at 105 plus HKT.
    assert_ne!(n.nhk.nilai, n.hku_k3.nilai);
    // The screen and the office score show the same figure.
    let r = rekap_nilai(&db, 2025, None, hari(2025)).unwrap();
    let baris = r.pegawai.iter().find(|p| p.nip == nip).unwrap();
    assert_eq!(baris.nhk.teks, Some(format_id(harap, 2)));
    let k = skor_kantor(&db, 2025, None).unwrap();
    let s = k.pegawai.iter().find(|p| p.nip == nip).unwrap();
    assert!(s.pemilik_peta && s.sementara);
    assert_eq!(s.nhk.map(|v| v.round_dp(10)), Some(harap.round_dp(10)));
    assert_eq!(k.pegawai.iter().filter(|p| p.pemilik_peta).count(), 1);
}

fn inovasi(nip: &str) -> FormHkt {
    FormHkt {
        id: 0,
        nip: nip.into(),
        judul: "Dasbor monitoring SP2D".into(),
        jenis: "inovasi".into(),
        lingkup: "instansi".into(),
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

/// Items 2 and 3: an HKT that fails the admission rules adds 0 and says why; each HKT is scored with its own
/// polarisasi; without a weight an HKT is not computable and the NHK is HKU K3 with that note.
#[test]
fn hkt_diakui_ditolak_dan_bobot() {
    let mut db = kantor(2025, 10);
    let h = hari(2025);
    // A pegawai of the demo without an HKT.
    let nip = (0..)
        .map(|i| nip_staf(&db, 2025, i))
        .find(|n| db.hkt_tahun(2025, Some(n)).unwrap().is_empty())
        .unwrap();
    let dasar = nilai_satu(&db, 2025, &nip, 4).unwrap();
    let hku = dasar.hku_k3.nilai.unwrap();
    assert_eq!(dasar.nilai_hkt.nilai, Some(Decimal::ZERO));

    // Admitted: index 100 × the demo office's inovasi-instansi weight 0,10 = 10.
    let mut f = inovasi(&nip);
    let dft = simpan_hkt(&mut db, 2025, &f, h, "t").unwrap();
    f.id = dft.hkt[0].form.id;
    let n = nilai_satu(&db, 2025, &nip, 4).unwrap();
    assert_eq!(n.nilai_hkt.nilai, Some(dec!(10)));
    assert_eq!(n.nhk.nilai, Some((hku + dec!(10)).min(dec!(120))));

    // The example: no SK, not selected, implemented in 2023 -> 0, and the derivation names each rule.
    let gagal = FormHkt {
        nomor_sk: String::new(),
        lolos_seleksi: false,
        tanggal_implementasi: "1 Juni 2023".into(),
        ..f.clone()
    };
    let dft = simpan_hkt(&mut db, 2025, &gagal, h, "t").unwrap();
    let n = nilai_satu(&db, 2025, &nip, 4).unwrap();
    assert_eq!(n.hkt[0].nilai, Some(Decimal::ZERO));
    let catatan = n.hkt[0].penjelasan.catatan.join(" | ");
    for kata in ["surat keputusan", "seleksi", "lebih dari satu tahun"] {
        assert!(catatan.contains(kata), "{kata}: {catatan}");
    }
    assert_eq!(n.nilai_hkt.nilai, Some(Decimal::ZERO));
    assert_eq!(n.nhk.nilai, Some(hku));
    // The HKT list on the Realisasi screen shows the same 0 with its findings.
    assert_eq!(dft.hkt[0].nilai.teks.as_deref(), Some("0,00"));
    assert!(dft.hkt[0].temuan.iter().any(|t| t.kode == "HKT-002"));

    // Not approved by the Pengelola Inovasi: refused too (HKT-009).
    let belum = FormHkt {
        disetujui_pengelola: false,
        ..f.clone()
    };
    let dft = simpan_hkt(&mut db, 2025, &belum, h, "t").unwrap();
    assert!(dft.hkt[0].temuan.iter().any(|t| t.kode == "HKT-009"));
    assert_eq!(
        nilai_satu(&db, 2025, &nip, 4).unwrap().nilai_hkt.nilai,
        Some(Decimal::ZERO)
    );

    // A second inovasi in the same lingkup: only the first counts.
    simpan_hkt(&mut db, 2025, &f, h, "t").unwrap();
    let kedua = FormHkt {
        id: 0,
        judul: "Inovasi kedua".into(),
        ..f.clone()
    };
    simpan_hkt(&mut db, 2025, &kedua, h, "t").unwrap();
    let n = nilai_satu(&db, 2025, &nip, 4).unwrap();
    assert_eq!(n.hkt[0].nilai, Some(dec!(10)));
    assert_eq!(n.hkt[1].nilai, Some(Decimal::ZERO));
    assert!(n.hkt[1].penjelasan.catatan[0].contains("lingkup"));
    assert_eq!(n.nilai_hkt.nilai, Some(dec!(10)));

    // Its own polarisasi: a minimize penugasan (target 10, realisasi 8 -> index (2 − 0,8) × 100 = 120) × the
    // penugasan-instansi weight 0,05 = 6.
    let d2 = daftar_hkt(&db, 2025, &nip, h).unwrap();
    kinerja::app::pemantauan::hapus_hkt(&mut db, 2025, &nip, d2.hkt[1].form.id, h, "t").unwrap();
    let tugas = FormHkt {
        id: 0,
        judul: "Penurunan tunggakan LPJ".into(),
        jenis: "penugasan_lain".into(),
        lingkup: "instansi".into(),
        lolos_seleksi: false,
        disetujui_pengelola: false,
        polarisasi: "minimize".into(),
        tanggal_implementasi: String::new(),
        target: "10".into(),
        realisasi: "8".into(),
        ..f.clone()
    };
    simpan_hkt(&mut db, 2025, &tugas, h, "t").unwrap();
    let n = nilai_satu(&db, 2025, &nip, 4).unwrap();
    assert_eq!(n.hkt[1].nilai, Some(dec!(6)));
    assert_eq!(n.nilai_hkt.nilai, Some(dec!(15)), "10 + 6 capped at 15");
    assert_eq!(n.nhk.nilai, Some((hku + dec!(15)).min(dec!(120))));

    // Item 3: the office withdraws its weights (back to the shipped, empty table): no HKT figure, no invented
    // weight, and the NHK is HKU K3 with the note.
    pengaturan::atur_parameter(&mut db, 2025, "bobot_hkt", None, "t").unwrap();
    let n = nilai_satu(&db, 2025, &nip, 4).unwrap();
    assert_eq!(n.hkt[0].nilai, None);
    assert!(
        n.hkt[0].penjelasan.catatan[0].contains("bobot belum ditetapkan"),
        "{:?}",
        n.hkt[0].penjelasan.catatan
    );
    assert_eq!(n.nilai_hkt.nilai, Some(Decimal::ZERO));
    assert!(
        n.nilai_hkt
            .penjelasan
            .catatan
            .iter()
            .any(|c| c.contains("bobot belum ditetapkan"))
    );
    assert_eq!(n.nhk.nilai, Some(hku));
}

/// Item 4 (part): in KMK 127 years the NHK awal has no HKT term, NHK and NPK are calibrated (cap 115) before the
/// NKP, and `nhk_awal` is the figure before kalibrasi.
#[test]
fn kmk127_kalibrasi_tanpa_hkt() {
    let db = kantor(2026, 14);
    let k = skor_kantor(&db, 2026, None).unwrap();
    assert_eq!(k.profil, "kmk127-2026");
    assert!(k.predikat_nko.is_some());
    let kal = |x: Decimal| {
        if x <= dec!(100) {
            x
        } else {
            (dec!(100) + (x.min(dec!(120)) - dec!(100)) * dec!(0.75)).min(dec!(115))
        }
    };
    let mut di_atas_100 = 0;
    for p in &k.pegawai {
        let Some(awal) = p.nhk_awal else { continue };
        assert_eq!(p.hkt, None, "{}: no HKT term in KMK 127", p.nip);
        if !p.pemilik_peta {
            assert_eq!(Some(awal), p.hku_k3, "{}", p.nip);
        }
        assert_eq!(p.nhk, Some(kal(awal)), "{}", p.nip);
        di_atas_100 += (awal > dec!(100)) as usize;
    }
    assert!(di_atas_100 > 0, "the demo has NHK above 100 to calibrate");
}

/// Item 9: ratings are judged on the figure as displayed: an NPK of 100,004 shows "100,00" and is Sesuai.
#[test]
fn rating_dari_angka_yang_tampil() {
    let mut db = kantor(2025, 10);
    let nip = nip_staf(&db, 2025, 0);
    let f = FormPerilaku {
        atasan: "100,004".into(),
        rekan: "100,004".into(),
        bawahan: String::new(),
    };
    let r = simpan_perilaku(&mut db, 2025, &nip, &f, None, hari(2025), "t").unwrap();
    let baris = r.pegawai.iter().find(|p| p.nip == nip).unwrap();
    assert_eq!(baris.npk.teks.as_deref(), Some("100,00"));
    assert!(
        baris
            .predikat
            .as_deref()
            .unwrap()
            .contains("perilaku Sesuai Ekspektasi"),
        "{:?}",
        baris.predikat
    );
    let k = skor_kantor(&db, 2025, None).unwrap();
    let s = k.pegawai.iter().find(|p| p.nip == nip).unwrap();
    assert_eq!(s.npk, Some(dec!(100.004)));
    assert_eq!(s.rating_perilaku.as_deref(), Some("sesuai"));
}

/// Item 7 (part): a signed or locked KK is never reported unsigned (KK-002), and one signed after its deadline
/// is flagged (KK-007).
#[test]
fn kk_bertanda_tangan_tidak_dilaporkan_terlambat() {
    let mut db = kantor(2025, 10);
    let nip = nip_staf(&db, 2025, 0);
    let kode = |db: &Db, nip: &str| -> Vec<&'static str> {
        let skp = kinerja::app::umum::skp_pegawai(db, 2025, nip).unwrap();
        rencana::periksa_pegawai(db, 2025, &skp, tgl("2025-06-01"))
            .unwrap()
            .iter()
            .map(|t| t.kode.kode())
            // The deadline findings (not KK-008, the pagu of a biaya IKI).
            .filter(|k| matches!(*k, "KK-002" | "KK-003" | "KK-007"))
            .collect()
    };
    assert!(kode(&db, &nip).contains(&"KK-002"));
    let c = dokumen::cetak_kk(
        &mut db,
        2025,
        &nip,
        tgl("2025-01-06"),
        tgl("2025-01-10"),
        1_736_121_600,
        "t",
    )
    .unwrap();
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
    dokumen::tandatangani(&mut db, &c.id, tgl("2025-01-20"), None, "t").unwrap();
    dokumen::kunci(&mut db, &c.id, "t").unwrap();
    assert!(kode(&db, &nip).is_empty(), "{:?}", kode(&db, &nip));
    // The CLI's periksa reads the same store.
    let semua = rencana::periksa_tahun(&db, 2025, tgl("2025-06-01")).unwrap();
    assert!(
        !semua
            .iter()
            .any(|t| t.kode.kode() == "KK-002" && t.subjek.nip.as_deref() == Some(nip.as_str()))
    );

    let lain = nip_staf(&db, 2025, 1);
    let c = dokumen::cetak_kk(
        &mut db,
        2025,
        &lain,
        tgl("2025-02-03"),
        tgl("2025-02-03"),
        1_736_121_600,
        "t",
    )
    .unwrap();
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
    dokumen::tandatangani(&mut db, &c.id, tgl("2025-02-05"), None, "t").unwrap();
    assert_eq!(kode(&db, &lain), vec!["KK-007"]);
}

/// `kinerja skor --json` prints the office exactly as the Evaluasi screen shows it.
#[test]
fn kinerja_skor_sama_dengan_layar() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("k.db");
    {
        let mut db = Db::buka(&p).unwrap();
        buat_demo(
            &mut db,
            &OpsiDemo {
                pegawai: 16,
                tahun: 2025,
                seed: 3,
                ganti: false,
            },
            hari(2025),
            "t",
        )
        .unwrap();
        let nip = nip_staf(&db, 2025, 0);
        let f = FormPerilaku {
            atasan: "104".into(),
            rekan: "98,5".into(),
            bawahan: String::new(),
        };
        simpan_perilaku(&mut db, 2025, &nip, &f, None, hari(2025), "t").unwrap();
    }
    for tw in [None, Some(2)] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kinerja"));
        cmd.arg("--db")
            .arg(&p)
            .args(["skor", "--tahun", "2025", "--json"]);
        if let Some(q) = tw {
            cmd.args(["--triwulan", &q.to_string()]);
        }
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let db = Db::buka(&p).unwrap();
        let r = rekap_nilai(&db, 2025, tw, hari(2025)).unwrap();
        assert_eq!(j["tahun"], 2025);
        assert_eq!(j["profil"], "kmk300-2022");
        assert_eq!(j["sampai_triwulan"], r.sampai_triwulan);
        let nko = j["nko"].as_str().unwrap();
        assert!(nko.contains('.') && !nko.contains(','), "{nko}");
        assert_eq!(
            Some(format_id(d(nko), 2)),
            r.nko.as_ref().unwrap().teks,
            "NKO"
        );
        let pg = j["pegawai"].as_array().unwrap();
        assert_eq!(pg.len(), r.pegawai.len());
        let mut ada_npk = false;
        for (a, b) in pg.iter().zip(&r.pegawai) {
            assert_eq!(a["nip"], b.nip.as_str());
            assert_eq!(a["nama"], b.nama.as_str());
            assert!(a["pemilik_peta"].is_boolean());
            for (kunci, layar) in [
                ("hku_k3", &b.hku_k3),
                ("hkt", &b.hkt),
                ("nhk", &b.nhk),
                ("npk", &b.npk),
                ("nkp", &b.nkp),
            ] {
                let v = a[kunci].as_str().map(|s| format_id(d(s), 2));
                assert_eq!(v, layar.teks, "{} {kunci}", b.nip);
            }
            assert_eq!(a["nhk_awal"], a["nhk"], "no kalibrasi in KMK 300");
            let pred = a["predikat"].as_str();
            assert_eq!(pred.is_some(), b.predikat.is_some(), "{} predikat", b.nip);
            if let (Some(p), Some(q)) = (pred, b.predikat.as_deref()) {
                assert!(q.starts_with(p), "{p} / {q}");
                ada_npk = true;
            }
            if let Some(v) = a["nhk"].as_str() {
                assert_eq!(dari_tampil(b.nhk.teks.as_deref().unwrap()), bulat(d(v), 2));
            }
        }
        assert!(ada_npk);
    }
    // The table form names the head.
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("--db")
        .arg(&p)
        .args(["skor", "--tahun", "2025"])
        .output()
        .unwrap();
    let teks = String::from_utf8_lossy(&out.stdout);
    assert!(
        teks.contains("NKO kantor") && teks.contains("[Pimpinan UPK]"),
        "{teks}"
    );
}

/// KMK 127 NKP by hand: NKP awal = 0,75 NHK + 0,25 NPK; hasil = clamp(awal − hukdis − dampak + koreksi, 0, 120);
/// NKP = a·NKO + (1 − a)·hasil with a = 0,5 (one level) / 0,3 (two levels) when hasil ≥ NKO, else 0,1.
fn nkp_tangan(
    nhk: Decimal,
    npk: Decimal,
    nko: Decimal,
    dekat: bool,
    hukdis: Decimal,
    dampak: Decimal,
    koreksi: Decimal,
) -> Decimal {
    let awal = dec!(0.75) * nhk + dec!(0.25) * npk;
    let hasil = (awal - hukdis - dampak + koreksi)
        .max(Decimal::ZERO)
        .min(dec!(120));
    let a = if hasil >= nko {
        if dekat { dec!(0.5) } else { dec!(0.3) }
    } else {
        dec!(0.1)
    };
    a * nko + (Decimal::ONE - a) * hasil
}

/// Item 4: hukuman disiplin, dampak on the atasan, koreksi with its reason and JF substansi are recorded through
/// the app and used in the KMK 127 NKP, as the Evaluasi screen and `kinerja skor` show it.
#[test]
fn kmk127_hukdis_dampak_koreksi_jf_substansi() {
    use kinerja::app::evaluasi::{FormHukdis, FormPenyesuaian, simpan_penyesuaian, tambah_hukdis};
    let mut db = kantor(2026, 14);
    let h = hari(2026);
    let kepala = nip_kepala(&db, 2026);
    let atasan = db.atasan_langsung().unwrap();
    // A pegawai two levels below the head, and their atasan.
    // A pelaksana two levels below the head (not a jabatan fungsional, whose tier is its own), in NIP order so
    // the choice does not depend on a map's order.
    let mut urut: Vec<(&String, &String)> = atasan.iter().collect();
    urut.sort();
    let (staf, ats) = urut
        .into_iter()
        .find(|(b, a)| {
            **a != kepala && atasan.get(*a) == Some(&kepala) && {
                let s = kinerja::app::umum::skp_pegawai(&db, 2026, b).unwrap();
                !s.iki.is_empty() && s.tingkat != kinerja::domain::model::TingkatJabatan::Fungsional
            }
        })
        .map(|(b, a)| (b.clone(), a.clone()))
        .unwrap();
    let f = FormPerilaku {
        atasan: "100".into(),
        rekan: "100".into(),
        bawahan: "100".into(),
    };
    for n in [&staf, &ats] {
        simpan_perilaku(&mut db, 2026, n, &f, None, h, "t").unwrap();
    }
    let baris = |db: &Db, n: &str, q: Option<usize>| {
        let k = skor_kantor(db, 2026, q).unwrap();
        let nko = k.nko.unwrap();
        (k.pegawai.into_iter().find(|p| p.nip == n).unwrap(), nko)
    };
    let (s0, nko) = baris(&db, &staf, None);
    let (a0, _) = baris(&db, &ats, None);
    let z = Decimal::ZERO;
    assert_eq!(
        s0.nkp,
        Some(nkp_tangan(
            s0.nhk.unwrap(),
            s0.npk.unwrap(),
            nko,
            false,
            z,
            z,
            z
        ))
    );

    // Hukdis sedang, MPJHD 38, imposed in TW III: 25% × 38 = 9,5 from TW III; the atasan bears 5% of it.
    let r = tambah_hukdis(
        &mut db,
        2026,
        &FormHukdis {
            nip: staf.clone(),
            kategori: "sedang".into(),
            skor_mpjhd: "38".into(),
            tanggal: "10 Agustus 2026".into(),
            keterangan: "PP 94/2021".into(),
        },
        None,
        h,
        "t",
    )
    .unwrap();
    let tampil = r.pegawai.iter().find(|p| p.nip == staf).unwrap();
    assert_eq!(tampil.hukdis.len(), 1);
    assert_eq!(tampil.hukdis[0].nilai_triwulan, "9,50");
    assert_eq!(tampil.hukdis[0].tanggal, "10 Agustus 2026");
    let (s1, _) = baris(&db, &staf, None);
    let (a1, _) = baris(&db, &ats, None);
    assert_eq!(
        s1.nkp,
        Some(nkp_tangan(
            s1.nhk.unwrap(),
            s1.npk.unwrap(),
            nko,
            false,
            dec!(9.5),
            z,
            z
        ))
    );
    assert!(s1.nkp < s0.nkp);
    assert_eq!(
        a1.nkp,
        Some(nkp_tangan(
            a1.nhk.unwrap(),
            a1.npk.unwrap(),
            nko,
            true,
            z,
            dec!(0.475),
            z
        ))
    );
    assert!(a1.nkp < a0.nkp);
    // Not yet in force at TW II.
    let (s_tw2, nko2) = baris(&db, &staf, Some(2));
    assert_eq!(
        s_tw2.nkp,
        Some(nkp_tangan(
            s_tw2.nhk.unwrap(),
            s_tw2.npk.unwrap(),
            nko2,
            false,
            z,
            z,
            z
        ))
    );

    // Koreksi: outside ±5 or without a reason is refused, naming the field; +3 with a reason is used.
    for (k, alasan, field) in [("7", "sidang TPK", "Koreksi"), ("2", "", "Alasan koreksi")] {
        let e = simpan_penyesuaian(
            &mut db,
            2026,
            &staf,
            &FormPenyesuaian {
                koreksi: k.into(),
                alasan_koreksi: alasan.into(),
                jf_substansi: false,
            },
            None,
            h,
            "t",
        )
        .unwrap_err();
        assert!(e.to_string().contains(field), "{k}: {e}");
    }
    // JF substansi is for a jabatan fungsional only: refused by name for this pelaksana.
    let jf = FormPenyesuaian {
        koreksi: "3".into(),
        alasan_koreksi: "Keputusan sidang TPK".into(),
        jf_substansi: true,
    };
    let e = simpan_penyesuaian(&mut db, 2026, &staf, &jf, None, h, "t").unwrap_err();
    assert!(e.to_string().contains("JF substansi"), "{e}");
    let kor = FormPenyesuaian {
        jf_substansi: false,
        ..jf.clone()
    };
    let r = simpan_penyesuaian(&mut db, 2026, &staf, &kor, None, h, "t").unwrap();
    let tampil = r.pegawai.iter().find(|p| p.nip == staf).unwrap();
    assert_eq!(tampil.penyesuaian.koreksi, "3");
    assert!(
        tampil
            .nkp
            .catatan
            .iter()
            .any(|c| c.contains("Keputusan sidang TPK"))
    );
    let (s2, _) = baris(&db, &staf, None);
    assert_eq!(
        s2.nkp,
        Some(nkp_tangan(
            s2.nhk.unwrap(),
            s2.npk.unwrap(),
            nko,
            false,
            dec!(9.5),
            z,
            dec!(3)
        ))
    );

    // Deleting the hukdis takes it out again.
    let id = tampil.hukdis[0].id;
    kinerja::app::evaluasi::hapus_hukdis(&mut db, 2026, &staf, id, None, h, "t").unwrap();
    let (s3, _) = baris(&db, &staf, None);
    assert_eq!(
        s3.nkp,
        Some(nkp_tangan(
            s3.nhk.unwrap(),
            s3.npk.unwrap(),
            nko,
            false,
            z,
            z,
            dec!(3)
        ))
    );

    // A jabatan fungsional is placed by the flag alone: non-substansi two levels (0,3), substansi one (0,5).
    if let Some(jf_nip) = db
        .muat_skp(2026)
        .unwrap()
        .into_iter()
        .find(|s| {
            s.tingkat == kinerja::domain::model::TingkatJabatan::Fungsional && !s.iki.is_empty()
        })
        .map(|s| s.nip)
    {
        simpan_perilaku(&mut db, 2026, &jf_nip, &f, None, h, "t").unwrap();
        for sub in [false, true] {
            let form = FormPenyesuaian {
                koreksi: String::new(),
                alasan_koreksi: String::new(),
                jf_substansi: sub,
            };
            simpan_penyesuaian(&mut db, 2026, &jf_nip, &form, None, h, "t").unwrap();
            let (p, _) = baris(&db, &jf_nip, None);
            assert_eq!(
                p.nkp,
                Some(nkp_tangan(
                    p.nhk.unwrap(),
                    p.npk.unwrap(),
                    nko,
                    sub,
                    z,
                    z,
                    z
                )),
                "JF substansi {sub}"
            );
        }
    } else {
        panic!("the demo office has a jabatan fungsional");
    }
    // Someone else's id is refused.
    assert!(kinerja::app::evaluasi::hapus_hukdis(&mut db, 2026, &ats, id, None, h, "t").is_err());
}

/// Item 8: under KMK 300 and 127 a pegawai on tugas belajar has an SKP with the tugas-belajar IKIs, an NHK and a
/// predikat; under KMK 467 they make no KK (KK-001).
#[test]
fn tugas_belajar_punya_skp_dan_predikat() {
    use kinerja::domain::model::StatusPegawai;
    let mut db = kantor(2025, 20);
    let h = hari(2025);
    let tb = db
        .muat_skp(2025)
        .unwrap()
        .into_iter()
        .find(|s| s.status == StatusPegawai::TugasBelajar)
        .expect("the demo office has a pegawai on tugas belajar");
    assert_eq!(tb.iki.len(), 3);
    assert!(tb.iki.iter().any(|x| x.nama.contains("evaluasi akademik")));
    assert!(
        tb.iki
            .iter()
            .any(|x| x.nama.contains("ketepatan waktu kelulusan"))
    );
    let kode = |db: &Db| -> Vec<&'static str> {
        let s = kinerja::app::umum::skp_pegawai(db, 2025, &tb.nip).unwrap();
        rencana::periksa_pegawai(db, 2025, &s, tgl("2025-01-06"))
            .unwrap()
            .iter()
            .map(|t| t.kode.kode())
            .collect()
    };
    assert!(!kode(&db).contains(&"KK-001"), "{:?}", kode(&db));
    let f = FormPerilaku {
        atasan: "100".into(),
        rekan: "98".into(),
        bawahan: String::new(),
    };
    simpan_perilaku(&mut db, 2025, &tb.nip, &f, None, h, "t").unwrap();
    let k = skor_kantor(&db, 2025, None).unwrap();
    let p = k.pegawai.iter().find(|p| p.nip == tb.nip).unwrap();
    assert!(p.nhk.is_some() && p.predikat.is_some(), "{p:?}");
    // The same office read under KMK 467: no KK for tugas belajar.
    pengaturan::pakai_profil(&mut db, 2025, "kmk467-2014", "t").unwrap();
    assert!(kode(&db).contains(&"KK-001"));
}
