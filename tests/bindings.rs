//! The TypeScript bindings in ui/src/lib/bindings are generated from the Rust types; this test fails when stale.
//! Regenerate with `KINERJA_TULIS_BINDINGS=1 cargo test --test bindings` (or `make bindings`).
use kinerja::app::GalatUi;
use kinerja::app::dokumen::{
    BarisAddendumForm, FormReviu, HasilCetak, HasilVerifikasi, RingkasReviu, StatusKk, TeksDokumen,
};
use kinerja::app::evaluasi::{DaftarPemanfaatan, FormPemanfaatan, PemanfaatanTampil};
use kinerja::app::evaluasi::{
    FormHukdis, FormPenyesuaian, FormPerilaku, HukdisTampil, NilaiIkiRinci, NilaiPegawaiRinci,
    NilaiPegawaiRingkas, RekapNilai, TitikNko,
};
use kinerja::app::impor::PerubahanImpor;
use kinerja::app::impor::{GalatSel, LaporanImpor, PetaKolom};
use kinerja::app::kantor::{FormKantor, FormMutasi, FormUnit, PeriodeJabatan, UnitTampil};
use kinerja::app::kantor::{FormPegawai, PegawaiRingkas, PilihanForm, StatusAwal, TahunRingkas};
use kinerja::app::keamanan::{ButirKeutuhan, JenisKeutuhan, LaporanKeutuhan};
use kinerja::app::keamanan::{HasilPulih, RingkasCadangan};
use kinerja::app::keamanan::{HasilSandi, StatusEnkripsi};
use kinerja::app::laporan::{
    AksiLaporan, DkoLaporan, IkuLaporan, IsLaporan, LaporanTriwulan, RisikoLaporan,
};
use kinerja::app::laporan::{DaftarDeviasi, DeviasiIku, FormDeviasi, HasilPaket};
use kinerja::app::pemantauan::{AksiTerbuka, DaftarDko, DkoTampil, FormAksi, FormDko};
use kinerja::app::pemantauan::{ButirKesiapan, KesiapanReviu};
use kinerja::app::pemantauan::{DaftarDialog, DialogTampil, FormDialog};
use kinerja::app::pemantauan::{DaftarHkt, FormHkt, HktTampil};
use kinerja::app::pemantauan::{
    DaftarInisiatif, DaftarRisiko, FormInisiatif, FormPantauRisiko, FormRisiko, FormTonggak,
    InisiatifTampil, LevelTampil, PantauTampil, RisikoTampil, TonggakTampil,
};
use kinerja::app::pemantauan::{DaftarPembinaan, FormPembinaan, PembinaanTampil};
use kinerja::app::pengaturan::{
    IsianParameter, Libur, LiburSkbTampil, ParameterTampil, ProfilTampil,
};
use kinerja::app::realisasi::{BarisRealisasi, BerkasTampil, IsiRealisasi, RealisasiPegawai};
use kinerja::app::rencana::{
    BarisCascading, BarisKatalog, BarisTrajectory, FormIki, FormSs, HasilSalin, IkiTampil,
    PilihanRencana, RencanaPegawai, SsTampil, TurunanCascading,
};
use kinerja::app::umum::IsianGalat;
use kinerja::app::umum::JenisBerkas;
use kinerja::app::umum::Riwayat;
use kinerja::app::umum::TemuanTampil;
use kinerja::app::umum::Urungan;
use kinerja::app::umum::{AngkaTampil, MasukanTampil};
use ts_rs::{Config, TS};

fn cek<T: TS + 'static>(salah: &mut Vec<String>) {
    let cfg = Config::new();
    let teks = T::export_to_string(&cfg).expect("ts-rs export");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("ui/src/lib/bindings")
        .join(format!("{}.ts", T::name(&cfg)));
    if std::env::var_os("KINERJA_TULIS_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &teks).unwrap();
    } else if std::fs::read_to_string(&path).ok().as_deref() != Some(teks.as_str()) {
        salah.push(path.display().to_string());
    }
}

#[test]
fn bindings_segar() {
    let mut salah = Vec::new();
    cek::<GalatUi>(&mut salah);
    cek::<IsianGalat>(&mut salah);
    cek::<StatusAwal>(&mut salah);
    cek::<TahunRingkas>(&mut salah);
    cek::<PegawaiRingkas>(&mut salah);
    cek::<ProfilTampil>(&mut salah);
    cek::<ParameterTampil>(&mut salah);
    cek::<IsianParameter>(&mut salah);
    cek::<Libur>(&mut salah);
    cek::<LiburSkbTampil>(&mut salah);
    cek::<StatusKk>(&mut salah);
    cek::<RingkasReviu>(&mut salah);
    cek::<FormReviu>(&mut salah);
    cek::<HasilCetak>(&mut salah);
    cek::<JenisBerkas>(&mut salah);
    cek::<HasilVerifikasi>(&mut salah);
    cek::<HasilPulih>(&mut salah);
    cek::<PerubahanImpor>(&mut salah);
    cek::<BerkasTampil>(&mut salah);
    cek::<RingkasCadangan>(&mut salah);
    cek::<HasilSandi>(&mut salah);
    cek::<StatusEnkripsi>(&mut salah);
    cek::<ButirKeutuhan>(&mut salah);
    cek::<JenisKeutuhan>(&mut salah);
    cek::<LaporanKeutuhan>(&mut salah);
    cek::<TeksDokumen>(&mut salah);
    cek::<LaporanImpor>(&mut salah);
    cek::<PetaKolom>(&mut salah);
    cek::<GalatSel>(&mut salah);
    cek::<FormPegawai>(&mut salah);
    cek::<Riwayat>(&mut salah);
    cek::<PilihanForm>(&mut salah);
    cek::<TemuanTampil>(&mut salah);
    cek::<BarisAddendumForm>(&mut salah);
    cek::<FormKantor>(&mut salah);
    cek::<UnitTampil>(&mut salah);
    cek::<FormUnit>(&mut salah);
    cek::<Urungan>(&mut salah);
    cek::<SsTampil>(&mut salah);
    cek::<kinerja::app::rencana::InisiatifPeta>(&mut salah);
    cek::<FormSs>(&mut salah);
    cek::<FormIki>(&mut salah);
    cek::<IkiTampil>(&mut salah);
    cek::<RencanaPegawai>(&mut salah);
    cek::<BarisTrajectory>(&mut salah);
    cek::<PilihanRencana>(&mut salah);
    cek::<HasilSalin>(&mut salah);
    cek::<MasukanTampil>(&mut salah);
    cek::<FormPerilaku>(&mut salah);
    cek::<FormPenyesuaian>(&mut salah);
    cek::<FormHukdis>(&mut salah);
    cek::<HukdisTampil>(&mut salah);
    cek::<AngkaTampil>(&mut salah);
    cek::<NilaiPegawaiRingkas>(&mut salah);
    cek::<RekapNilai>(&mut salah);
    cek::<TitikNko>(&mut salah);
    cek::<NilaiIkiRinci>(&mut salah);
    cek::<NilaiPegawaiRinci>(&mut salah);
    cek::<BarisRealisasi>(&mut salah);
    cek::<RealisasiPegawai>(&mut salah);
    cek::<IsiRealisasi>(&mut salah);
    cek::<FormHkt>(&mut salah);
    cek::<HktTampil>(&mut salah);
    cek::<DaftarHkt>(&mut salah);
    cek::<FormDialog>(&mut salah);
    cek::<DialogTampil>(&mut salah);
    cek::<DaftarDialog>(&mut salah);
    cek::<DaftarDko>(&mut salah);
    cek::<DaftarPembinaan>(&mut salah);
    cek::<FormPembinaan>(&mut salah);
    cek::<PembinaanTampil>(&mut salah);
    cek::<DaftarInisiatif>(&mut salah);
    cek::<FormInisiatif>(&mut salah);
    cek::<FormTonggak>(&mut salah);
    cek::<InisiatifTampil>(&mut salah);
    cek::<TonggakTampil>(&mut salah);
    cek::<DaftarRisiko>(&mut salah);
    cek::<FormRisiko>(&mut salah);
    cek::<FormPantauRisiko>(&mut salah);
    cek::<RisikoTampil>(&mut salah);
    cek::<PantauTampil>(&mut salah);
    cek::<LevelTampil>(&mut salah);
    cek::<DaftarPemanfaatan>(&mut salah);
    cek::<FormPemanfaatan>(&mut salah);
    cek::<PemanfaatanTampil>(&mut salah);
    cek::<LaporanTriwulan>(&mut salah);
    cek::<IkuLaporan>(&mut salah);
    cek::<IsLaporan>(&mut salah);
    cek::<RisikoLaporan>(&mut salah);
    cek::<DkoLaporan>(&mut salah);
    cek::<AksiLaporan>(&mut salah);
    cek::<HasilPaket>(&mut salah);
    cek::<kinerja::app::evaluasi::Distribusi>(&mut salah);
    cek::<kinerja::app::dokumen::StatusAddendum>(&mut salah);
    cek::<DaftarDeviasi>(&mut salah);
    cek::<DeviasiIku>(&mut salah);
    cek::<FormDeviasi>(&mut salah);
    cek::<KesiapanReviu>(&mut salah);
    cek::<ButirKesiapan>(&mut salah);
    cek::<DkoTampil>(&mut salah);
    cek::<FormDko>(&mut salah);
    cek::<FormAksi>(&mut salah);
    cek::<AksiTerbuka>(&mut salah);
    cek::<PeriodeJabatan>(&mut salah);
    cek::<FormMutasi>(&mut salah);
    cek::<BarisCascading>(&mut salah);
    cek::<BarisKatalog>(&mut salah);
    cek::<TurunanCascading>(&mut salah);
    assert!(
        salah.is_empty(),
        "bindings usang, jalankan `make bindings`: {salah:?}"
    );
}
