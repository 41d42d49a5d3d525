//! The Evaluasi screen's figures: the same computation as `kinerja nilai`, the office NKO from the head's IKUs,
//! provisional flags carried to the screen, and a year without realisasi shown as not yet computable.
use chrono::NaiveDate;
use kinerja::app::demo::{OpsiDemo, buat_demo};
use kinerja::app::evaluasi::{nilai_satu, rekap_nilai, rinci_nilai};
use kinerja::domain::angka::format_id;
use kinerja::domain::model::TingkatJabatan;
use kinerja::domain::skor::nko_kantor;
use kinerja::store::Db;

fn kantor(tahun: i32) -> Db {
    let mut db = Db::memori().unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 14,
            tahun,
            seed: 5,
            ganti: false,
        },
        NaiveDate::from_ymd_opt(tahun + 1, 1, 15).unwrap(),
        "t",
    )
    .unwrap();
    db
}

/// The demo offices here are made on 15 January of the next year.
fn hari_rekap() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 15).unwrap()
}

fn teks(d: Option<rust_decimal::Decimal>) -> Option<String> {
    d.map(|d| format_id(d, 2))
}

#[test]
fn rekap_sama_dengan_nilai_per_pegawai_dan_nko_dari_pimpinan() {
    let db = kantor(2025);
    let r = rekap_nilai(&db, 2025, None, hari_rekap()).unwrap();
    // The demo records realisasi for all four quarters: the screen opens on TW IV.
    assert_eq!((r.triwulan_terakhir, r.sampai_triwulan), (4, 4));
    assert!(r.profil.starts_with("KMK 300"));
    assert!(!r.pegawai.is_empty());
    let mut ada_sementara = false;
    let (mut tanpa_bukti, mut sel) = (0, 0);
    for p in &r.pegawai {
        let n = nilai_satu(&db, 2025, &p.nip, 4).unwrap();
        assert_eq!(p.nhk.teks, teks(n.nhk.nilai), "{}", p.nip);
        assert_eq!(p.hku_k3.teks, teks(n.hku_k3.nilai), "{}", p.nip);
        assert_eq!(p.hkt.teks, teks(n.nilai_hkt.nilai), "{}", p.nip);
        assert_eq!(p.nhk.sementara, n.nhk.penjelasan.sementara);
        assert_eq!(p.nhk.rumus, n.nhk.penjelasan.rumus);
        assert_eq!(p.jumlah_iki as usize, n.iki.len());
        ada_sementara |= p.nhk.sementara;
        // The demo records every quarter's realisasi and a dialog each quarter, evidence for most realisasi.
        if p.jumlah_iki > 0 {
            assert_eq!(p.realisasi_kosong, 0, "{}", p.nip);
            assert!(p.tanpa_bukti <= p.jumlah_iki * 4, "{}", p.nip);
            assert!(p.tanpa_dialog.is_empty(), "{}", p.nip);
        }
        tanpa_bukti += p.tanpa_bukti;
        sel += p.jumlah_iki * 4;
    }
    // Some realisasi lack evidence, most do not; the count is what the store holds.
    assert!(
        tanpa_bukti > 0 && tanpa_bukti < sel / 2,
        "{tanpa_bukti} of {sel}"
    );
    let bukti = db.bukti_tahun(2025).unwrap();
    let tersimpan: usize = bukti.values().flatten().filter(|b| !b.is_empty()).count();
    assert_eq!(tersimpan as u32 + tanpa_bukti, sel);
    // KMK 300's HKU K3 rests on the spec's default weighting: the screen must be able to say so.
    assert!(ada_sementara);

    let skp = db.muat_skp(2025).unwrap();
    let kepala = skp
        .iter()
        .find(|s| s.tingkat == TingkatJabatan::PemilikPeta)
        .unwrap();
    let profil = kinerja::app::pengaturan::profil_tahun(&db, 2025).unwrap();
    let nko = nko_kantor(&profil, &kepala.iki, 4);
    let tampil = r.nko.as_ref().unwrap();
    assert_eq!(tampil.teks, teks(nko.nilai));
    assert!(tampil.teks.is_some());
    assert_eq!(tampil.masukan.len(), nko.penjelasan.masukan.len());
    assert_eq!(r.pemilik_peta.as_deref(), Some(kepala.nama.as_str()));
    // KMK 300 names a predikat kinerja organisasi without thresholds found: the KMK 127 bands, provisional.
    let harap = kinerja::domain::nilai::predikat_nko(&profil, nko.nilai.unwrap()).label();
    assert_eq!(r.predikat_nko.as_deref(), Some(harap));
    assert!(profil.parameter_sementara().contains(&"predikat_nko"));

    // An earlier quarter is a different, still consistent, evaluation.
    let r1 = rekap_nilai(&db, 2025, Some(1), hari_rekap()).unwrap();
    assert_eq!(r1.sampai_triwulan, 1);
    let p = &r1.pegawai[0];
    assert_eq!(
        p.nhk.teks,
        teks(nilai_satu(&db, 2025, &p.nip, 1).unwrap().nhk.nilai)
    );
}

#[test]
fn rinci_menjelaskan_setiap_iki() {
    let db = kantor(2025);
    let nip = rekap_nilai(&db, 2025, None, hari_rekap()).unwrap().pegawai[1]
        .nip
        .clone();
    let r = rinci_nilai(&db, 2025, &nip, 4).unwrap();
    let n = nilai_satu(&db, 2025, &nip, 4).unwrap();
    assert_eq!(r.iki.len(), n.iki.len());
    for (a, b) in r.iki.iter().zip(&n.iki) {
        assert_eq!(a.kode, b.kode);
        assert_eq!(a.indeks.teks, teks(b.indeks.nilai));
        assert_eq!(a.k3.teks, b.k3.nilai.map(|d| format_id(d, 4)));
        assert_eq!(a.indeks.besaran, b.indeks.penjelasan.besaran);
        assert!(!a.indeks.rumus.is_empty() && !a.indeks.sumber.is_empty());
        assert_eq!(
            a.realisasi.is_some(),
            b.realisasi.is_some(),
            "{}: realisasi shown when there is one",
            a.kode
        );
    }
    assert_eq!(r.nhk.teks, teks(n.nhk.nilai));
    assert!(r.profil.starts_with("KMK 300"));
    assert_eq!(
        rinci_nilai(&db, 2025, &nip, 5).unwrap_err().kode(),
        "MASUKAN_TIDAK_SAH"
    );
}

#[test]
fn kmk127_memberi_predikat_nko() {
    let db = kantor(2026);
    let r = rekap_nilai(&db, 2026, None, hari_rekap()).unwrap();
    assert!(r.profil.starts_with("KMK 127"));
    let nko = r.nko.as_ref().unwrap();
    assert!(nko.teks.is_some());
    assert!(r.predikat_nko.is_some());
}

#[test]
fn tahun_tanpa_realisasi_belum_dapat_dinilai() {
    let mut db = kantor(2025);
    kinerja::app::rencana::salin_tahun(&mut db, 2025, 2026, None, "t").unwrap();
    let r = rekap_nilai(&db, 2026, None, hari_rekap()).unwrap();
    assert_eq!((r.triwulan_terakhir, r.sampai_triwulan), (0, 1));
    for p in r.pegawai.iter().filter(|p| p.jumlah_iki > 0) {
        assert_eq!(p.iki_belum_dinilai, p.jumlah_iki, "{}", p.nip);
        assert_eq!(p.tanpa_dialog, ["I", "II", "III", "IV"], "{}", p.nip);
        assert_eq!(p.tanpa_bukti, 0, "{}", p.nip);
        // Not a made-up zero: no figure, and the reason is in the notes.
        assert_eq!(p.nhk.teks, None, "{}", p.nip);
        assert!(!p.nhk.catatan.is_empty(), "{}", p.nip);
    }
}

/// The GUI's rekap export goes up to the last quarter with realisasi by default (mid-year TW IV would make every
/// NHK not computable), or to the quarter the Evaluasi screen shows.
#[test]
fn ekspor_rekap_sampai_triwulan_terakhir() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::buka(&dir.path().join("k.db")).unwrap();
    buat_demo(
        &mut db,
        &OpsiDemo {
            pegawai: 8,
            tahun: 2025,
            seed: 5,
            ganti: false,
        },
        NaiveDate::from_ymd_opt(2025, 8, 5).unwrap(),
        "t",
    )
    .unwrap();
    let nama = kinerja::app::ekspor::usulan_nama_ekspor(&db, "rekap", 2025, None).unwrap();
    assert_eq!(nama, "Rekap-2025-TWII.xlsx");
    // Into a folder that does not exist yet (the save dialog can name a new one).
    let p = db.path().with_file_name("Rekap baru").join(&nama);
    kinerja::app::ekspor::ekspor_ke(&db, "rekap", 2025, None, &p).unwrap();
    let l = kinerja::xlsx::baca_lembar(&p, Some("Rekap Pegawai"), 1000).unwrap();
    let judul = l
        .baris
        .iter()
        .position(|b| b.iter().any(|c| c.teks() == "NHK"))
        .unwrap();
    let kolom = l.baris[judul]
        .iter()
        .position(|c| c.teks() == "NHK")
        .unwrap();
    let nhk: Vec<String> = l.baris[judul + 1..]
        .iter()
        .map(|b| b.get(kolom).map(|c| c.teks()).unwrap_or_default())
        .collect();
    assert!(
        !nhk.is_empty() && nhk.iter().all(|n| !n.is_empty()),
        "{nhk:?}"
    );
    assert_eq!(
        kinerja::app::ekspor::usulan_nama_ekspor(&db, "rekap", 2025, Some(1)).unwrap(),
        "Rekap-2025-TWI.xlsx"
    );
}

/// NPK from the recorded 360° averages, NKP awal and the predikat quadrant, by the profile's rules; a value
/// out of range or no number is refused by field and nothing is stored.
#[test]
fn perilaku_memberi_npk_nkp_dan_predikat() {
    use kinerja::app::evaluasi::{FormPerilaku, simpan_perilaku};
    let mut db = kantor(2025);
    let r = rekap_nilai(&db, 2025, None, hari_rekap()).unwrap();
    let p = r
        .pegawai
        .iter()
        .find(|p| p.jumlah_iki > 0 && p.nhk.teks.is_some())
        .unwrap();
    assert_eq!(
        (
            p.npk.teks.as_ref(),
            p.nkp.teks.as_ref(),
            p.predikat.as_ref()
        ),
        (None, None, None)
    );
    assert!(
        p.nkp.catatan.iter().any(|c| c.contains("360")),
        "{:?}",
        p.nkp.catatan
    );
    let nip = p.nip.clone();
    let f = FormPerilaku {
        atasan: "110".into(),
        rekan: "105,5".into(),
        bawahan: String::new(),
    };
    let r = simpan_perilaku(&mut db, 2025, &nip, &f, None, hari_rekap(), "t").unwrap();
    let p = r.pegawai.iter().find(|p| p.nip == nip).unwrap();
    assert_eq!(p.perilaku.rekan, "105,5");
    // The same rules as the domain: renormalised 360° weights, then the NKP weights.
    let profil = kinerja::app::pengaturan::profil_tahun(&db, 2025).unwrap();
    let atasan = db.cari_pegawai("").unwrap().iter().any(|x| {
        db.data_pegawai(&x.nip)
            .unwrap()
            .and_then(|d| d.atasan_nip)
            .as_deref()
            == Some(nip.as_str())
    });
    let npk = kinerja::domain::nilai::npk(
        &profil,
        Some(110.into()),
        Some("105.5".parse().unwrap()),
        None,
        atasan,
    );
    assert_eq!(p.npk.teks, teks(npk.nilai));
    let nhk = nilai_satu(&db, 2025, &nip, r.sampai_triwulan as usize)
        .unwrap()
        .nhk
        .nilai
        .unwrap();
    let nkp = kinerja::domain::nilai::nkp_awal(&profil, nhk, npk.nilai.unwrap());
    assert_eq!(p.nkp.teks, teks(nkp.nilai));
    // Built on a provisional NHK (KMK 300's K3 default), so provisional too.
    assert!(p.nhk.sementara && p.nkp.sementara);
    assert!(
        p.predikat
            .as_deref()
            .is_some_and(|t| t.contains("hasil kerja") && t.contains("perilaku")),
        "{:?}",
        p.predikat
    );

    // The rekap sheet carries the same NPK, NKP awal and predikat.
    let rekap = kinerja::app::ekspor::tabel_rekap(&db, 2025, r.sampai_triwulan as usize).unwrap();
    let lembar = rekap.iter().find(|t| t.lembar == "Rekap Pegawai").unwrap();
    let kolom = |n: &str| lembar.kolom.iter().position(|(k, _)| k == n).unwrap();
    let baris = lembar
        .baris
        .iter()
        .find(|b| b[0] == kinerja::xlsx::Nilai::Teks(nip.clone()))
        .unwrap();
    assert_eq!(
        baris[kolom("NPK")],
        kinerja::xlsx::Nilai::Angka(npk.nilai.unwrap().round_dp(2))
    );
    assert_eq!(
        baris[kolom("NKP")],
        kinerja::xlsx::Nilai::Angka(nkp.nilai.unwrap().round_dp(2))
    );
    assert_eq!(
        baris[kolom("Predikat")],
        kinerja::xlsx::Nilai::Teks(p.predikat.clone().unwrap())
    );

    for (salah, field) in [("130", "atasan"), ("abc", "atasan"), ("-1", "atasan")] {
        let g = FormPerilaku {
            atasan: salah.into(),
            ..f.clone()
        };
        let e = simpan_perilaku(&mut db, 2025, &nip, &g, None, hari_rekap(), "t").unwrap_err();
        assert_eq!(e.kode(), "MASUKAN_TIDAK_SAH");
        assert!(e.to_string().contains(field), "{e}");
    }
    assert_eq!(
        db.perilaku_tahun(2025).unwrap()[&nip].atasan,
        Some(rust_decimal::Decimal::from(110))
    );
    // All empty removes the record.
    simpan_perilaku(
        &mut db,
        2025,
        &nip,
        &FormPerilaku::default(),
        None,
        hari_rekap(),
        "t",
    )
    .unwrap();
    assert!(!db.perilaku_tahun(2025).unwrap().contains_key(&nip));
}

/// KMK 127: the NKP is the anchored pipeline with the office NKO (the head is "one level" from it), hukuman
/// disiplin, dampak and koreksi not recorded and said so.
#[test]
fn kmk127_nkp_dijangkarkan_ke_nko() {
    use kinerja::app::evaluasi::{FormPerilaku, simpan_perilaku};
    use kinerja::domain::nilai::{MasukanNkp127, TingkatAnchoring, nkp_127};
    let mut db = kantor(2026);
    let skp = db.muat_skp(2026).unwrap();
    let kepala = skp
        .iter()
        .find(|s| s.tingkat == TingkatJabatan::PemilikPeta)
        .unwrap()
        .nip
        .clone();
    let f = FormPerilaku {
        atasan: "104".into(),
        rekan: "102".into(),
        bawahan: "100".into(),
    };
    let r = simpan_perilaku(&mut db, 2026, &kepala, &f, None, hari_rekap(), "t").unwrap();
    let p = r.pegawai.iter().find(|p| p.nip == kepala).unwrap();
    assert_eq!(p.nkp.besaran, "NKP");
    assert!(
        p.nkp
            .catatan
            .iter()
            .any(|c| c.contains("Hukuman disiplin dan dampak dihitung")),
        "{:?}",
        p.nkp.catatan
    );
    let profil = kinerja::app::pengaturan::profil_tahun(&db, 2026).unwrap();
    let nko = nko_kantor(
        &profil,
        &skp.iter().find(|s| s.nip == kepala).unwrap().iki,
        r.sampai_triwulan as usize,
    );
    let nhk = nilai_satu(&db, 2026, &kepala, r.sampai_triwulan as usize)
        .unwrap()
        .nhk
        .nilai
        .unwrap();
    let npk = kinerja::domain::nilai::npk(
        &profil,
        Some(104.into()),
        Some(102.into()),
        Some(100.into()),
        true,
    );
    let want = nkp_127(
        &profil,
        &MasukanNkp127 {
            nhk,
            // KMK 127: NPK is calibrated (cap 115) before it enters the NKP, like the NHK.
            npk: kinerja::domain::nilai::kalibrasi(&profil, npk.nilai.unwrap())
                .nilai
                .unwrap(),
            nko: nko.nilai.unwrap(),
            tingkat: TingkatAnchoring::Dekat,
            hukdis: 0.into(),
            dampak: 0.into(),
            koreksi: 0.into(),
        },
    );
    assert_eq!(p.nkp.teks, teks(want.nkp.nilai));
    assert!(
        p.predikat
            .as_deref()
            .unwrap()
            .starts_with(want.predikat.label())
    );
}

/// The NKO trend is the NKO the screen shows for each quarter, one point per quarter with realisasi.
#[test]
fn tren_nko_sama_dengan_nko_per_triwulan() {
    let db = kantor(2025);
    let hari = chrono::NaiveDate::from_ymd_opt(2026, 1, 10).unwrap();
    let tren = kinerja::app::evaluasi::tren_nko(&db, 2025, hari).unwrap();
    let terakhir = kinerja::app::evaluasi::rekap_nilai(&db, 2025, None, hari)
        .unwrap()
        .triwulan_terakhir;
    assert_eq!(tren.len() as u32, terakhir);
    assert!(terakhir >= 1);
    for t in &tren {
        let r = kinerja::app::evaluasi::rekap_nilai(&db, 2025, Some(t.triwulan as usize), hari)
            .unwrap();
        assert_eq!(
            t.nko.as_ref().and_then(|n| n.teks.clone()),
            r.nko.and_then(|n| n.teks),
            "TW {}",
            t.triwulan
        );
        assert_eq!(t.predikat, r.predikat_nko);
    }
}

/// The distribution check (#17, spec §6.1): once pegawai have a predikat, the Evaluasi screen and `kinerja skor`
/// give the same counts per predikat and the same verdict against the guide for the unit's predikat (its predikat
/// NKO in the guide's words); all "Baik" in a unit that is "Baik" breaks the guide twice.
#[test]
fn distribusi_predikat_di_layar_dan_skor() {
    use kinerja::app::evaluasi::{FormPerilaku, simpan_perilaku, skor_kantor};
    let mut db = kantor(2025);
    let r = rekap_nilai(&db, 2025, Some(4), hari_rekap()).unwrap();
    assert!(
        r.distribusi.is_none(),
        "no predikat before the 360° ratings"
    );
    let nip: Vec<String> = r
        .pegawai
        .iter()
        .filter(|p| p.jumlah_iki > 0)
        .map(|p| p.nip.clone())
        .collect();
    let f = FormPerilaku {
        atasan: "95".into(),
        rekan: "95".into(),
        bawahan: "95".into(),
    };
    for n in &nip {
        simpan_perilaku(&mut db, 2025, n, &f, None, hari_rekap(), "t").unwrap();
    }
    let r = rekap_nilai(&db, 2025, Some(4), hari_rekap()).unwrap();
    let d = r.distribusi.clone().expect("pegawai now have a predikat");
    let n_predikat = r.pegawai.iter().filter(|p| p.predikat.is_some()).count() as u32;
    assert_eq!(d.jumlah.values().sum::<u32>(), n_predikat);
    assert_eq!(d.jumlah.len(), 5, "every predikat listed, 0 included");
    let unit = kinerja::domain::validasi::PredikatOrganisasi::dari_nko(
        kinerja::domain::model::PredikatNko::dari_kode(r.predikat_nko.as_deref().unwrap()).unwrap(),
    );
    assert_eq!(d.predikat_unit, unit.label());
    assert_eq!(d.sesuai_pedoman, d.pesan.is_empty());
    assert!(d.sementara);
    let k = skor_kantor(&db, 2025, Some(4)).unwrap();
    let dk = k.distribusi.unwrap();
    assert_eq!(
        (&dk.predikat_unit, &dk.jumlah, dk.sesuai_pedoman, &dk.pesan),
        (&d.predikat_unit, &d.jumlah, d.sesuai_pedoman, &d.pesan)
    );
    // In JSON as the issue names it.
    let v = serde_json::to_value(skor_kantor(&db, 2025, Some(4)).unwrap()).unwrap();
    for kunci in ["predikat_unit", "jumlah", "sesuai_pedoman", "pesan"] {
        assert!(v["distribusi"].get(kunci).is_some(), "{kunci}");
    }
}
