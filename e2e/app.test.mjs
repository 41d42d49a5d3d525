// End-to-end: the real Kinerja binary under Xvfb, driven through tauri-driver + WebKitWebDriver.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mulaiAplikasi, simpanLayar, AKAR, jawabDialog, yangDibuka } from "./sesi.mjs";

let s;
before(async () => {
  s = await mulaiAplikasi();
});
after(async () => {
  await s?.tutup();
});

test("first start: demo office, then the pegawai list with every pegawai and a working search", async () => {
  const b = s.browser;
  const dialog = await b.$("#pilihan-awal");
  await dialog.waitForDisplayed({ timeout: 15000 });
  assert.match(await dialog.getText(), /Buat kantor contoh/);
  assert.match(await dialog.getText(), /Mulai dengan data kosong/);
  await (await b.$("#jumlah-pegawai")).setValue("40");
  await (await b.$("#tahun-demo")).setValue("2025");
  await (await b.$("#buat-contoh")).click();

  const tabel = await b.$("#tabel-pegawai");
  await tabel.waitForDisplayed({ timeout: 20000 });
  await b.waitUntil(async () => (await b.$$("#tabel-pegawai tbody tr")).length === 40, {
    timeout: 10000,
    timeoutMsg: "the list should show the 40 demo pegawai",
  });
  assert.equal(await (await b.$("#jumlah-hasil")).getText(), "40 pegawai");
  const pertama = await (await b.$("#tabel-pegawai tbody tr")).getProperty("textContent");
  assert.match(pertama, /Kepala Kantor Pelayanan Perbendaharaan Negara/);
  assert.match(pertama, /\d{8} \d{6} [12] \d{3}/, "NIP printed in its four parts");

  // The navigation has every section of the officer's year.
  const nav = await (await b.$("nav")).getText();
  for (const label of ["Kantor & Pegawai", "Perencanaan", "Dokumen", "Realisasi", "Pemantauan", "Evaluasi", "Impor/Ekspor", "Pengaturan"]) {
    assert.ok(nav.includes(label), `nav has ${label}`);
  }

  // WebKitGTK snapshots the last composited frame: give it a moment to paint the table.
  await b.pause(1500);
  const layar = await simpanLayar(b, "pegawai.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(layar, join(AKAR, "docs", "screenshots", "pegawai.png"));

  // Search by NIP prefix of the head narrows the list; a nonsense query empties it with a message.
  const nipKepala = (await (await b.$("#tabel-pegawai tbody tr td.nip")).getProperty("textContent")).replaceAll(" ", "");
  await (await b.$("#cari-pegawai")).setValue(nipKepala);
  await b.waitUntil(async () => (await b.$$("#tabel-pegawai tbody tr")).length === 1, { timeout: 5000 });
  await (await b.$("#cari-pegawai")).setValue("zzzz-tidak-ada");
  await b.waitUntil(async () => (await (await b.$("#tabel-pegawai tbody")).getProperty("textContent")).includes("Tidak ada pegawai yang cocok"), { timeout: 5000 });

  assert.ok(existsSync(join(s.dataDir, "kinerja.db")), "the database lives in KINERJA_DATA_DIR");

  // Every row is one line high at 1366x768, so a screenful holds many more pegawai than three-line rows did.
  await (await b.$("#cari-pegawai")).click();
  await b.keys(["Control", "a"]);
  await b.keys(["Backspace"]);
  await b.waitUntil(async () => (await b.$$("#tabel-pegawai tbody tr")).length === 40, { timeout: 5000 });
  const tinggi = await b.execute(() => Array.from(document.querySelectorAll("#tabel-pegawai tbody tr")).map((r) => r.getBoundingClientRect().height));
  assert.ok(Math.max(...tinggi) < 40, `one-line rows: ${Math.max(...tinggi)} px`);

  // The keyboard: Tab from the last filter reaches the table, the arrows move, Enter opens the pegawai, Esc closes.
  await (await b.$("#saring-jabatan")).click();
  await b.keys("Escape");
  await b.keys("Tab");
  const fokus = () => b.execute(() => document.activeElement?.getAttribute("data-kunci"));
  const nipBaris = await b.execute(() => Array.from(document.querySelectorAll("#tabel-pegawai tbody tr")).map((r) => r.getAttribute("data-nip")));
  assert.equal(await fokus(), nipBaris[0], "Tab reaches the first row");
  await b.keys(["ArrowDown"]);
  await b.keys(["ArrowDown"]);
  assert.equal(await fokus(), nipBaris[2]);
  await b.keys(["ArrowUp"]);
  assert.equal(await fokus(), nipBaris[1]);
  await b.keys(["Enter"]);
  await (await b.$("#form-pegawai")).waitForDisplayed({ timeout: 5000 });
  await b.waitUntil(async () => (await (await b.$("#f-nip")).getValue()) === nipBaris[1], { timeout: 5000 });
  await b.keys(["Escape"]);
  await (await b.$("#form-pegawai")).waitForDisplayed({ reverse: true, timeout: 5000 });
});

test("Pengaturan: provisional parameters are flagged, a bad value is refused with a message, a good one is saved", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="pengaturan"]')).click();
  const tabel = await b.$("#tabel-parameter");
  await tabel.waitForDisplayed({ timeout: 10000 });
  assert.match(await (await b.$("#info-sementara")).getText(), /parameter masih sementara/);
  // The year's holidays come from the SKB the app ships, cited; the demo office already has them all.
  await b.waitUntil(async () => /Nomor 1017 Tahun 2024.*Semua 27 harinya sudah ada/s.test(await (await b.$("#sumber-libur")).getText()), { timeout: 5000 });
  assert.match(await (await b.$("#tabel-libur")).getText(), /Cuti bersama Idulfitri 1446 Hijriah/);
  const baris = await b.$('tr[data-parameter="batas_hkt"]');
  assert.match(await baris.getText(), /Terverifikasi/);

  // Each part of a parameter has its own field, read the Indonesian way; an error names the field.
  await (await baris.$("button=Ubah")).click();
  const isian = await baris.$('input[data-isian="0"]');
  await isian.setValue("dua belas");
  await (await baris.$("button=Simpan")).click();
  const galat = await b.$("#galat-pengaturan");
  await galat.waitForDisplayed({ timeout: 5000 });
  assert.match(await galat.getText(), /Nilai maksimal HKT.*bukan angka/);

  await isian.setValue("12,5");
  await (await baris.$("button=Simpan")).click();
  await b.waitUntil(async () => (await (await b.$('tr[data-parameter="batas_hkt"]')).getText()).includes("Diatur kantor"), { timeout: 5000 });
  assert.match(await (await b.$('tr[data-parameter="batas_hkt"]')).getText(), /12,5/);
  assert.doesNotMatch(await (await b.$("#tabel-parameter")).getText(), /[{}\[\]]/, "no JSON on the screen");

  // A weight table: one field per perspective.
  const bobot = await b.$('tr[data-parameter="bobot_perspektif"]');
  await (await bobot.$("button=Ubah")).click();
  assert.equal((await bobot.$$("input[data-isian]")).length, 4);
  await (await bobot.$("button=Batal")).click();

  // Dates are typed in Indonesian order whatever the system locale.
  await (await b.$("#libur-tanggal")).setValue("31/03/2025");
  await (await b.$("#libur-keterangan")).setValue("Idul Fitri 1446 H");
  await (await b.$("#libur-tambah")).click();
  await b.waitUntil(async () => (await (await b.$("#tabel-libur")).getText()).includes("Idul Fitri 1446 H"), { timeout: 5000 });
  assert.match(await (await b.$("#tabel-libur")).getText(), /31 Maret 2025/);

  await b.execute(() => document.querySelector("main")?.scrollTo(0, 0));
  await b.pause(1000);
  const layar = await simpanLayar(b, "pengaturan.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(layar, join(AKAR, "docs", "screenshots", "pengaturan.png"));
});

test("Dokumen: print every KK into a chosen folder with a progress bar, print one again without overwriting, sign and lock one, verify a printed file", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="dokumen"]')).click();
  await (await b.$("#tabel-kk")).waitForDisplayed({ timeout: 10000 });
  await b.waitUntil(async () => (await b.$$("#tabel-kk tbody tr")).length === 40, { timeout: 10000 });
  // A cancelled folder dialog prints nothing.
  jawabDialog(s.dataDir, "batal");
  await (await b.$("#cetak-semua")).click();
  await b.pause(500);
  assert.equal(await (await b.$("#kemajuan")).isExisting(), false, "nothing printed after Batal");
  // The folder the user picks in the dialog receives <NIP>-<Nama>-KK-2025.pdf for each pegawai.
  const folder = join(s.dataDir, "Dokumen saya", "KK 2025");
  jawabDialog(s.dataDir, folder);
  await (await b.$("#cetak-semua")).click();
  await b.waitUntil(async () => (await (await b.$("#hasil-cetak")).isExisting()) && (await (await b.$("#hasil-cetak")).getText()).includes("Kontrak Kinerja dicetak"), {
    timeout: 60000,
    timeoutMsg: "batch print should finish",
  });
  const kemajuan = await (await b.$("#kemajuan")).getText();
  const [selesai, total] = kemajuan.split("/").map((x) => Number(x.trim()));
  assert.ok(total >= 30 && selesai === total, kemajuan);
  assert.equal(await (await b.$("#hasil-cetak code")).getText(), folder);
  // The next dialog of this kind starts where the last one ended.
  assert.equal(await (await b.$("#folder-dokumen")).getText(), folder);

  const berkas = readdirSync(folder).filter((f) => f.endsWith("-KK-2025.pdf"));
  assert.equal(berkas.length, total, "one PDF per pegawai who must make a KK");
  for (const f of berkas) assert.match(f, /^\d{18}-[^-].*-KK-2025\.pdf$/, "the name carries the NIP and the name");

  // One KK printed again through the save dialog into the same folder: a new file beside the first, never over it.
  const kedua = await b.$$("#tabel-kk tbody tr");
  const nip2 = await kedua[1].getAttribute("data-nip");
  const pertama = berkas.find((f) => f.startsWith(`${nip2}-`));
  const sebelum = statSync(join(folder, pertama)).mtimeMs;
  await (await kedua[1].$("button=Cetak…")).click();
  await b.waitUntil(async () => (await (await b.$("#hasil-cetak")).getText()).includes("dicetak (") , { timeout: 10000 });
  const baru = await (await b.$("#hasil-cetak code")).getText();
  assert.equal(baru, join(folder, pertama.replace(".pdf", " (2).pdf")));
  assert.ok(existsSync(baru));
  assert.equal(statSync(join(folder, pertama)).mtimeMs, sebelum, "the first file is untouched");
  await (await b.$("#hasil-cetak .buka-folder")).click();
  await (await b.$("#hasil-cetak .buka-berkas")).click();
  await b.waitUntil(async () => yangDibuka(s.dataDir).length === 2, { timeout: 5000 });
  assert.deepEqual(yangDibuka(s.dataDir), [folder, baru]);

  // Sign and lock the head's KK (first row).
  const baris = await b.$("#tabel-kk tbody tr");
  const nip = await baris.getAttribute("data-nip");
  assert.match(await baris.getText(), /Dicetak/);
  // A concept is signed only once its reviu recommends it: refused (tolak) it stays unsigned, accepted it may be.
  assert.equal(await (await baris.$("button=Ditandatangani…")).isEnabled(), false, "no reviu yet");
  const reviu = async (rekomendasi, catatan) => {
    await (await b.$(`tr[data-nip="${nip}"] button[data-reviu-buka]`)).click();
    await (await b.$("#form-reviu")).waitForDisplayed({ timeout: 5000 });
    await (await b.$("#reviu-peninjau")).setValue("Rina, Pengelola Kinerja Kanwil");
    await (await b.$("#reviu-rekomendasi")).selectByAttribute("value", rekomendasi);
    if (catatan !== null) await (await b.$("#reviu-catatan")).setValue(catatan);
    await (await b.$("#reviu-simpan")).click();
  };
  await reviu("tolak", null);
  const beside = await b.$("#reviu-catatan + .pesan-isian");
  await beside.waitForDisplayed({ timeout: 5000 });
  assert.match(await beside.getText(), /Catatan reviu: wajib diisi/);
  await (await b.$("#reviu-catatan")).setValue("Target TW IV terlalu rendah");
  await (await b.$("#reviu-simpan")).click();
  await (await b.$("#form-reviu")).waitForDisplayed({ reverse: true, timeout: 5000 });
  await b.waitUntil(async () => /tolak/i.test(await (await b.$(`[data-halangan-reviu="${nip}"]`)).getText()), { timeout: 5000 });
  assert.equal(await (await (await b.$(`tr[data-nip="${nip}"]`)).$("button=Ditandatangani…")).isEnabled(), false);
  await reviu("terima", null);
  await (await b.$("#form-reviu")).waitForDisplayed({ reverse: true, timeout: 5000 });
  await b.waitUntil(async () => (await (await (await b.$(`tr[data-nip="${nip}"]`)).$("button=Ditandatangani…")).isEnabled()), { timeout: 5000 });
  assert.match(await (await b.$(`[data-reviu="${nip}"]`)).getText(), /Reviu: Terima · .* · Rina/);
  // Signing asks for the date and takes the scan of the signed copy.
  await (await (await b.$(`tr[data-nip="${nip}"]`)).$("button=Ditandatangani…")).click();
  await (await b.$("#form-ttd")).waitForDisplayed({ timeout: 5000 });
  const scan = join(s.dataDir, "pindaian.pdf");
  writeFileSync(scan, "%PDF-1.4 pindaian lembar bertanda tangan");
  jawabDialog(s.dataDir, scan);
  await (await b.$("#ttd-scan")).click();
  await b.waitUntil(async () => (await (await b.$("#form-ttd")).getText()).includes("pindaian.pdf"), { timeout: 5000 });
  await (await b.$("#ttd-simpan")).click();
  await b.waitUntil(async () => (await (await b.$(`tr[data-nip="${nip}"]`)).getText()).includes("Ditandatangani"), { timeout: 5000 });
  await (await (await b.$(`tr[data-nip="${nip}"]`)).$("button=Kunci…")).click();
  await (await b.$("#konfirmasi")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#konfirmasi")).getText(), /tidak dapat dibatalkan/);
  await (await b.$("#konfirmasi-ya")).click();
  await b.waitUntil(async () => (await (await b.$(`tr[data-nip="${nip}"]`)).getText()).includes("Terkunci"), { timeout: 5000 });
  // The second signed copy goes to the pengelola kinerja above; its hand-over is recorded.
  await (await b.$(`button[data-serah="${nip}"]`)).click();
  await (await b.$("#form-serah")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#serah-kepada")).setValue("Pengelola Kinerja Kanwil");
  await (await b.$("#serah-simpan")).click();
  await b.waitUntil(async () => /Rangkap kedua diserahkan .* kepada Pengelola Kinerja Kanwil/.test(await (await b.$(`tr[data-nip="${nip}"]`)).getText()), { timeout: 5000 });

  // Verify: the printed file matches.
  const pdf = join(folder, berkas.find((f) => f.startsWith(`${nip}-`)));
  jawabDialog(s.dataDir, pdf);
  await (await b.$("#berkas-verifikasi")).click();
  const hasil = await b.$("#hasil-verifikasi");
  await hasil.waitForDisplayed({ timeout: 5000 });
  assert.match(await hasil.getText(), /^COCOK/);

  await b.execute(() => document.querySelector("main")?.scrollTo(0, 0));
  await b.pause(1000);
  const layar = await simpanLayar(b, "dokumen.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(layar, join(AKAR, "docs", "screenshots", "dokumen.png"));
});

test("Impor/Ekspor: export the SKP where the save dialog says (twice, nothing overwritten), import it back through the wizard, refuse a corrupt file", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="impor"]')).click();
  const keluar = join(s.dataDir, "Ekspor saya");
  jawabDialog(s.dataDir, keluar);
  await (await b.$("#ekspor-skp")).click();
  const hasil = await b.$("#hasil-ekspor");
  await hasil.waitForDisplayed({ timeout: 10000 });
  const path = await (await b.$("#hasil-ekspor code")).getText();
  assert.equal(path, join(keluar, "SKP-2025.xlsx"));
  assert.ok(existsSync(path), path);
  const isiPertama = readFileSync(path);
  await (await b.$("#ekspor-skp")).click();
  await b.waitUntil(async () => (await (await b.$("#hasil-ekspor code")).getText()).endsWith("SKP-2025 (2).xlsx"), { timeout: 10000 });
  assert.ok(existsSync(join(keluar, "SKP-2025 (2).xlsx")));
  assert.deepEqual(readFileSync(path), isiPertama, "the first export is untouched");

  jawabDialog(s.dataDir, path);
  await (await b.$("#berkas-impor")).click();
  const laporan = await b.$("#laporan-impor");
  await laporan.waitForDisplayed({ timeout: 20000 });
  const teks = await laporan.getText();
  assert.match(teks, /Kode IKU/);
  // The head's KK was locked in the Dokumen test; the unchanged export still imports back whole: a locked KK takes
  // realisasi and evidence, and none of its targets changed.
  assert.equal(await (await b.$("#daftar-galat")).isExisting(), false);
  assert.equal(await (await b.$("#impor-semua")).isEnabled(), true);
  // The preview says what will change: the app's own export changes nothing.
  assert.match(await (await b.$("#ringkas-perubahan")).getText(), /0 isian pada IKI yang ada · 0 IKI baru · \d+ baris tanpa perubahan/);
  await (await b.$("#impor-semua")).click();
  const ok = await b.$("#hasil-impor");
  await ok.waitForDisplayed({ timeout: 20000 });
  assert.match(await ok.getText(), /Tersimpan: 0 baru, 0 diperbarui/);
  await b.pause(800);
  const layar = await simpanLayar(b, "impor.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(layar, join(AKAR, "docs", "screenshots", "impor.png"));

  const rusak = join(s.dataDir, "rusak.xlsx");
  writeFileSync(rusak, "NIP;Kode IKU\n1;2\n");
  jawabDialog(s.dataDir, rusak);
  await (await b.$("#berkas-impor")).click();
  const g = await b.$("#galat-impor");
  await g.waitForDisplayed({ timeout: 10000 });
  assert.match(await g.getText(), /tidak dapat dibuka/);
});

test("Pegawai: an invalid NIP is refused naming the wrong part, a valid one is saved; Siap cetak? shows what blocks its KK", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="pegawai"]')).click();
  await (await b.$("#tambah-pegawai")).click();
  await (await b.$("#form-pegawai")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#f-nip")).setValue("199001012015033001");
  await (await b.$("#f-nama")).setValue("Rudi Hartono, S.E.");
  await (await b.$("#f-jabatan")).setValue("Pelaksana Seksi Bank");
  await (await b.$("#f-unit")).setValue("Seksi Bank");
  await (await b.$("#f-simpan")).click();
  // The error stands beside the field it names: NIP is marked, focused, and its reason follows it.
  const beside = await b.$("#f-nip + .pesan-isian");
  await beside.waitForDisplayed({ timeout: 5000 });
  assert.match(await beside.getText(), /NIP.*jenis kelamin/);
  assert.equal(await (await b.$("#f-nip")).getAttribute("aria-invalid"), "true");
  assert.equal(await b.execute(() => document.activeElement?.id), "f-nip");
  assert.equal(await (await b.$("#galat-pegawai")).isDisplayed(), false, "not repeated at the top");
  await simpanLayar(b, "galat-di-isian.png");

  await (await b.$("#f-nip")).setValue("199001012015031001");
  await (await b.$("#f-simpan")).click();
  await (await b.$("#form-pegawai")).waitForDisplayed({ reverse: true, timeout: 5000 });
  await (await b.$("#cari-pegawai")).setValue("Rudi Hartono");
  await b.waitUntil(async () => (await b.$$("#tabel-pegawai tbody tr")).length === 1, { timeout: 5000 });
  assert.match(await (await b.$("#tabel-pegawai tbody tr")).getProperty("textContent"), /19900101 201503 1 001/);

  await (await b.$('nav button[data-bagian="perencanaan"]')).click();
  await (await b.$('button[data-tab="siap"]')).click();
  const baris = await b.$('#tabel-temuan tr[data-nip="199001012015031001"][data-kode="KK-004"]');
  await baris.waitForDisplayed({ timeout: 10000 });
  assert.match(await baris.getText(), /belum memiliki IKI/);
  assert.match(await (await b.$("#ringkas-siap")).getText(), /belum dapat dicetak/);
  await b.pause(800);
  const layar = await simpanLayar(b, "siap-cetak.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(layar, join(AKAR, "docs", "screenshots", "siap-cetak.png"));
  // A row leads to the SKP of its pegawai, where the finding is fixed.
  await (await baris.$("button[data-buka]")).click();
  await b.waitUntil(async () => /Rudi Hartono/.test(await (await b.$("#skp-nama")).getText()), { timeout: 10000 });
  assert.equal(await (await b.$('button[data-tab="skp"]')).getAttribute("aria-selected"), "true");
});

test("Pegawai: a mistyped NIP is corrected from the form; a wrong one is refused beside its field", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="pegawai"]')).click();
  await (await b.$("#cari-pegawai")).setValue("Rudi Hartono");
  await b.waitUntil(async () => (await b.$$("#tabel-pegawai tbody tr[data-kunci]")).length === 1, { timeout: 5000 });
  await (await b.$("#tabel-pegawai tbody tr[data-kunci] td")).click();
  await (await b.$("#form-pegawai")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#f-koreksi-nip")).click();
  await (await b.$("#f-nip-baru")).setValue("199001012015031");
  await (await b.$("#f-simpan-nip")).click();
  // It asks first, saying what will change.
  await (await b.$("#konfirmasi")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#konfirmasi")).getText(), /riwayat/);
  await (await b.$("#konfirmasi-ya")).click();
  const beside = await b.$("#f-nip-baru + .pesan-isian");
  await beside.waitForDisplayed({ timeout: 5000 });
  assert.match(await beside.getText(), /NIP baru/);
  await (await b.$("#f-nip-baru")).setValue("19900101 201503 1 005");
  await (await b.$("#f-simpan-nip")).click();
  await (await b.$("#konfirmasi-ya")).click();
  await (await b.$("#form-pegawai")).waitForDisplayed({ reverse: true, timeout: 5000 });
  await b.waitUntil(async () => /19900101 201503 1 005/.test(await (await b.$("#tabel-pegawai tbody")).getProperty("textContent")), { timeout: 5000 });
  // The history says what happened, under the new NIP.
  await (await b.$("#tabel-pegawai tbody tr[data-kunci] td")).click();
  await (await b.$("#form-pegawai")).waitForDisplayed({ timeout: 5000 });
  await b.waitUntil(async () => (await (await b.$("#riwayat-pegawai")).isExisting()) && /dikoreksi: NIP 19900101 201503 1 001 menjadi 19900101 201503 1 005/.test(await (await b.$("#riwayat-pegawai")).getProperty("textContent")), { timeout: 5000 });
  await b.keys(["Escape"]);
});
