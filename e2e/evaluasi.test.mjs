// End-to-end: the Evaluasi screen of the real app shows the office NKO and every pegawai's NHK, explains a
// figure on demand, changes quarter, and shows the same NHK as `kinerja nilai` on the same database.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { mulaiAplikasi, simpanLayar, AKAR, jawabDialog } from "./sesi.mjs";

let s;
before(async () => {
  s = await mulaiAplikasi();
});
after(async () => {
  await s?.tutup();
});

// The demo office of the current year: realisasi up to the last quarter that has ended.
const tahun = String(new Date().getFullYear());

// A figure of `kinerja nilai --json` (nhk, nilai_hkt, ...) on the app's own database.
function nilaiCli(nip, triwulan, bidang = "nhk") {
  const cli = join(dirname(process.env.APP), "kinerja");
  const keluar = execFileSync(cli, ["--db", join(s.dataDir, "kinerja.db"), "nilai", "--tahun", tahun, "--nip", nip, "--triwulan", String(triwulan), "--json"]);
  const v = JSON.parse(keluar.toString())[bidang].nilai;
  return v === null ? null : Number(v);
}
const nhkCli = (nip, triwulan) => nilaiCli(nip, triwulan, "nhk");

// The screen shows two decimals in Indonesian notation ("98,57", "—" when not computable).
function samaDenganCli(layar, cli) {
  if (cli === null) return assert.equal(layar, "—");
  const n = Number(layar.replace(/\./g, "").replace(",", "."));
  assert.ok(Math.abs(n - cli) <= 0.0051, `screen ${layar}, CLI ${cli}`);
}

test("Evaluasi: NKO and NHK per pegawai, explained on demand, equal to the CLI; another quarter", async () => {
  const b = s.browser;
  await (await b.$("#pilihan-awal")).waitForDisplayed({ timeout: 15000 });
  await (await b.$("#jumlah-pegawai")).setValue("12");
  await (await b.$("#tahun-demo")).setValue(tahun);
  await (await b.$("#buat-contoh")).click();
  await (await b.$("#tabel-pegawai")).waitForDisplayed({ timeout: 20000 });

  await (await b.$('nav button[data-bagian="evaluasi"]')).click();
  const tabel = await b.$("#tabel-evaluasi");
  await tabel.waitForDisplayed({ timeout: 10000 });
  assert.match(await (await b.$("#info-evaluasi")).getText(), /Profil aturan .*Realisasi tercatat sampai TW/);
  assert.match(await (await b.$("#kartu-nko")).getText(), /NKO kantor \(IKU .+\)\s+\d+,\d\d/);
  // The NKO of every quarter with realisasi, the chosen one marked: the same figure as the card's.
  const tren = await b.$$("#tren-nko li");
  assert.ok(tren.length >= 2, `trend points: ${tren.length}`);
  const kini = await (await b.$("#tren-nko li.kini strong")).getText();
  assert.equal(kini, await (await b.$("#kartu-nko .besar .angka")).getText());

  // What is still missing per pegawai: the demo records realisasi and dialogs, not their evidence.
  assert.match(await (await b.$("#ringkas-kelengkapan")).getText(), /\d+ pegawai; \d+ lengkap s\.d\. TW/);
  assert.match(await (await b.$("td[data-kelengkapan]")).getText(), /tanpa bukti/);
  // Who still owes something comes first on request; one unit at a time.
  await (await b.$("#urut-evaluasi")).selectByAttribute("value", "kurang");
  assert.doesNotMatch(await (await b.$("td[data-kelengkapan]")).getText(), /lengkap/);
  const unit = await (await b.$("#unit-evaluasi option:nth-child(2)")).getAttribute("value");
  await (await b.$("#unit-evaluasi")).selectByAttribute("value", unit);
  const sel = await b.$$("#tabel-evaluasi tbody tr[data-nip] td:nth-child(2)");
  assert.ok(sel.length > 0);
  for (const td of sel) assert.equal(await td.getText(), unit);
  await (await b.$("#unit-evaluasi")).selectByAttribute("value", "");
  await (await b.$("#urut-evaluasi")).selectByAttribute("value", "nama");

  const baris = await b.$$("#tabel-evaluasi tbody tr[data-nip]");
  assert.ok(baris.length >= 10, `rows: ${baris.length}`);
  // "Sementara" is said once for the screen, naming the provisional parameters; a figure resting on one has a *.
  assert.equal((await b.$$("#banner-sementara")).length, 1);
  assert.match(await (await b.$("#banner-sementara")).getText(), /sementara.*Pengaturan/s);
  assert.doesNotMatch(await (await b.$("#tabel-evaluasi")).getText(), /sementara/i);
  const nip = await baris[2].getAttribute("data-nip");
  const tw = Number(await (await b.$("#sampai-triwulan")).getValue());
  const nhk = await (await b.$(`tr[data-nip="${nip}"] td:last-child .angka`)).getText();
  samaDenganCli(nhk, nhkCli(nip, tw));

  // "Mengapa?" opens the derivation: formula, inputs, rule profile and source.
  await (await b.$(`button[data-mengapa="nhk-${nip}"]`)).click();
  const pj = await b.$(`div[data-penjelasan="nhk-${nip}"]`);
  await pj.waitForDisplayed({ timeout: 5000 });
  assert.match(await pj.getText(), /NHK[\s\S]*Profil aturan: KMK[\s\S]*Sumber:/);

  // A row opens the pegawai's IKIs with index and K3.
  await (await b.$(`tr[data-nip="${nip}"] td:first-child`)).click();
  const rinci = await b.$("#rinci-nilai");
  await rinci.waitForDisplayed({ timeout: 5000 });
  const iki = await b.$$("#rinci-nilai tr[data-iki]");
  assert.ok(iki.length > 0);
  const kode = await iki[0].getAttribute("data-iki");
  await (await b.$(`button[data-mengapa="indeks-${kode}"]`)).click();
  await (await b.$(`div[data-penjelasan="indeks-${kode}"]`)).waitForDisplayed({ timeout: 5000 });
  await b.pause(400);
  const p = await simpanLayar(b, "evaluasi.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(p, join(AKAR, "docs", "screenshots", "evaluasi.png"));

  // 360° averages give NPK, NKP awal and the predikat; an out-of-range value is refused by name.
  assert.equal(await (await b.$("#rinci-predikat")).getText(), "—");
  await (await b.$("#perilaku-atasan")).setValue("130");
  await (await b.$("#simpan-perilaku")).click();
  await (await b.$("#galat-perilaku")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#galat-perilaku")).getText(), /atasan.*0–120/);
  await (await b.$("#perilaku-atasan")).clearValue();
  await (await b.$("#perilaku-atasan")).setValue("110");
  await (await b.$("#perilaku-rekan")).setValue("105,5");
  await (await b.$("#simpan-perilaku")).click();
  await b.waitUntil(async () => /hasil kerja .* perilaku/.test(await (await b.$("#rinci-predikat")).getText()), { timeout: 5000 });
  await b.execute(() => document.querySelector("#form-perilaku")?.scrollIntoView({ block: "end" }));
  await b.pause(300);
  await simpanLayar(b, "evaluasi-perilaku.png");

  // With a predikat the screen shows the office's spread against the guide, as `kinerja skor --json` has it.
  const sebaran = await b.$("#distribusi");
  await sebaran.waitForDisplayed({ timeout: 5000 });
  const twSkor = Number(await (await b.$("#sampai-triwulan")).getValue());
  const cliSkor = JSON.parse(execFileSync(join(dirname(process.env.APP), "kinerja"), ["--db", join(s.dataDir, "kinerja.db"), "skor", "--tahun", tahun, "--triwulan", String(twSkor), "--json"]).toString());
  assert.ok(cliSkor.distribusi, "skor --json has the distribution");
  for (const [p, n] of Object.entries(cliSkor.distribusi.jumlah)) {
    assert.equal(await (await b.$(`#distribusi [data-predikat="${p}"]`)).getText(), `${p} ${n}`);
  }
  assert.equal(await sebaran.getAttribute("data-sesuai"), String(cliSkor.distribusi.sesuai_pedoman));

  // TW I: a different evaluation, still the CLI's.
  await (await b.$("#sampai-triwulan")).selectByAttribute("value", "1");
  await b.waitUntil(async () => /s\.d\. TW I\./.test(await (await b.$("#info-evaluasi")).getText()), { timeout: 5000 });
  await b.waitUntil(async () => /s\.d\. TW I$/.test(await (await b.$("#rinci-nilai header small")).getText()), { timeout: 5000 });
  const nhk1 = await (await b.$(`tr[data-nip="${nip}"] td:last-child .angka`)).getText();
  samaDenganCli(nhk1, nhkCli(nip, 1));

  // The rekap of what is on screen goes to Excel.
  jawabDialog(s.dataDir, join(s.dataDir, "Rekap"));
  await (await b.$("#ekspor-rekap")).click();
  const info = await b.$("#info-ekspor");
  await info.waitForDisplayed({ timeout: 10000 });
  const path = await (await b.$("#info-ekspor code")).getText();
  assert.match(path, /Rekap-\d{4}-TWI\.xlsx$/);
  assert.ok(existsSync(path), path);
});

test("Realisasi: a wrong number is refused naming the IKU and quarter; a block pasted from Excel is saved with its evidence and reaches Evaluasi", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  await (await b.$("#realisasi-nama")).waitForDisplayed({ timeout: 10000 });
  const pertama = await b.$("#daftar-realisasi button[data-nip]");
  const nip = await pertama.getAttribute("data-nip");
  await pertama.click();
  await b.waitUntil(async () => (await b.$$("#grid-realisasi tr[data-iki]")).length > 1, { timeout: 5000 });
  const baris = await b.$$("#grid-realisasi tr[data-iki]");
  const kode = [await baris[0].getAttribute("data-iki"), await baris[1].getAttribute("data-iki")];
  const tw = Number(await (await b.$("#triwulan-realisasi")).getValue());
  const romawi = ["I", "II", "III", "IV"][tw - 1];

  // A value that is no number: refused with the IKU and quarter named, nothing saved.
  const r0 = await b.$(`tr[data-iki="${kode[0]}"] input.realisasi`);
  const asli = [await r0.getValue(), await (await b.$(`tr[data-iki="${kode[1]}"] input.realisasi`)).getValue()];
  const asliBukti = await (await b.$(`tr[data-iki="${kode[0]}"] input.bukti`)).getValue();
  await r0.clearValue();
  await r0.setValue("12,3,4");
  await (await b.$("#simpan-realisasi")).click();
  const galat = await b.$("#galat-realisasi");
  await galat.waitForDisplayed({ timeout: 5000 });
  assert.match(await galat.getText(), new RegExp(`Realisasi ${kode[0].replace(/\./g, "\\.")} TW ${romawi}`));

  // A 2x2 block from Excel (realisasi, evidence) fills the first two rows from the focused cell.
  await r0.click();
  await b.execute((el) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "1.250\tND-12/WPB/2026\r\n97,5\tLaporan bulanan\r\n");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, r0);
  await b.waitUntil(async () => (await (await b.$(`tr[data-iki="${kode[1]}"] input.bukti`)).getValue()) === "Laporan bulanan", { timeout: 5000 });
  assert.match(await (await b.$("#info-realisasi")).getText(), /4 sel ditempel/);
  await (await b.$("#simpan-realisasi")).click();
  await b.waitUntil(async () => /tersimpan \(2 IKU\/IKI berubah\)/.test(await (await b.$("#info-realisasi")).getText()), { timeout: 5000 });
  assert.equal(await (await b.$("#galat-realisasi")).isExisting(), false);
  await b.execute(() => document.querySelector("main")?.scrollTo(0, 0));
  await b.pause(300);
  const p = await simpanLayar(b, "realisasi.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(p, join(AKAR, "docs", "screenshots", "realisasi.png"));

  // Stored: another pegawai and back shows the saved figures and evidence.
  await (await b.$$("#daftar-realisasi button[data-nip]"))[1].click();
  await b.waitUntil(async () => (await (await b.$("#realisasi-nama")).getText()) !== "", { timeout: 5000 });
  await (await b.$(`#daftar-realisasi button[data-nip="${nip}"]`)).click();
  await b.waitUntil(async () => (await (await b.$(`tr[data-iki="${kode[0]}"] input.realisasi`)).getValue()) === "1.250", { timeout: 5000 });
  assert.equal(await (await b.$(`tr[data-iki="${kode[0]}"] input.bukti`)).getValue(), "ND-12/WPB/2026");
  assert.equal(await (await b.$(`tr[data-iki="${kode[1]}"] input.realisasi`)).getValue(), "97,5");

  // An evidence file attached beside an unsaved edit: the file is listed, the typed cell stays as typed.
  const r1 = await b.$(`tr[data-iki="${kode[1]}"] input.realisasi`);
  await r1.clearValue();
  await r1.setValue("88");
  const fileBukti = join(s.dataDir, "Laporan kegiatan TW.pdf");
  writeFileSync(fileBukti, "%PDF-1.4 laporan kegiatan");
  jawabDialog(s.dataDir, fileBukti);
  await (await b.$(`button[data-lampir="${kode[0]}"]`)).click();
  // (textContent: a long name is shortened on screen with an ellipsis.)
  await b.waitUntil(async () => /Laporan kegiatan TW\.pdf/.test(await (await b.$(`div[data-berkas="${kode[0]}"]`)).getProperty("textContent")), { timeout: 5000 });
  assert.equal(await r1.getValue(), "88", "unsaved typing survives an attachment");
  await simpanLayar(b, "realisasi-bukti.png");
  await (await b.$("#batal-realisasi")).click();
  assert.equal(await r1.getValue(), "97,5");
  const daftarBukti = execFileSync(join(dirname(process.env.APP), "kinerja"), ["--db", join(s.dataDir, "kinerja.db"), "bukti", "--tahun", tahun, "--nip", nip, "--triwulan", String(tw)]).toString();
  assert.match(daftarBukti, /Laporan kegiatan TW\.pdf/);

  // Evaluasi reads the new figures: the pegawai's NHK there is still the CLI's on the same database.
  await (await b.$('nav button[data-bagian="evaluasi"]')).click();
  await (await b.$("#tabel-evaluasi")).waitForDisplayed({ timeout: 10000 });
  await (await b.$("#sampai-triwulan")).selectByAttribute("value", String(tw));
  await b.waitUntil(async () => new RegExp(`s\\.d\\. TW ${romawi}\\.`).test(await (await b.$("#info-evaluasi")).getText()), { timeout: 5000 });
  samaDenganCli(await (await b.$(`tr[data-nip="${nip}"] td:last-child .angka`)).getText(), nhkCli(nip, tw));

  // The save is taken back from the bar: both figures return to what they were.
  await (await b.$("#batalkan-hapus")).click();
  await b.waitUntil(async () => /Realisasi dikembalikan seperti semula/.test(await (await b.$("#bar-urungkan")).getText()), { timeout: 5000 });
  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  await (await b.$("#realisasi-nama")).waitForDisplayed({ timeout: 10000 });
  await (await b.$(`#daftar-realisasi button[data-nip="${nip}"]`)).click();
  await b.waitUntil(async () => (await (await b.$(`tr[data-iki="${kode[0]}"] input.realisasi`)).getValue()) === asli[0], { timeout: 5000 });
  assert.equal(await (await b.$(`tr[data-iki="${kode[1]}"] input.realisasi`)).getValue(), asli[1]);
  assert.equal(await (await b.$(`tr[data-iki="${kode[0]}"] input.bukti`)).getValue(), asliBukti);
  await b.execute(() => document.querySelector('#bar-urungkan button[aria-label="Tutup"]')?.click());
});

test("HKT: an inovasi is refused without a title, saved with its SK and scored, shown in Evaluasi as the CLI's, then deleted after asking", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  await (await b.$("#realisasi-nama")).waitForDisplayed({ timeout: 10000 });
  const tombol = (await b.$$("#daftar-realisasi button[data-nip]"))[5];
  const nip = await tombol.getAttribute("data-nip");
  await tombol.click();
  await b.waitUntil(async () => (await (await b.$("#hkt-pegawai")).isExisting()), { timeout: 5000 });
  const sebelum = (await b.$$("#tabel-hkt tr[data-hkt]")).length;

  await (await b.$("#tambah-hkt")).click();
  await (await b.$("#form-hkt")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#hkt-simpan")).click();
  await (await b.$("#galat-hkt")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#galat-hkt")).getText(), /Judul HKT: wajib diisi/);

  await (await b.$("#hkt-judul")).setValue("Dasbor pemantauan SP2D");
  await (await b.$("#hkt-lingkup")).selectByAttribute("value", "nasional");
  await (await b.$("#hkt-sk")).setValue(`KEP-7/PB/${tahun}`);
  await (await b.$("#hkt-lolos")).click();
  await (await b.$("#hkt-tanggal")).setValue(`15/03/${tahun}`);
  await (await b.$("#hkt-realisasi")).setValue("100");
  // Not yet approved by the Pengelola Inovasi: saved, but refused (HKT-009) and worth 0.
  await (await b.$("#hkt-simpan")).click();
  const ditolak = await b.$('#tabel-hkt tr[data-hkt="Dasbor pemantauan SP2D"]');
  await ditolak.waitForDisplayed({ timeout: 5000 });
  await b.waitUntil(async () => (await ditolak.$$('small[data-kode="HKT-009"]')).length === 1, { timeout: 5000 });
  assert.equal(await (await ditolak.$("td.angka .angka")).getText(), "0,00");
  await (await b.$('button[data-ubah-hkt="Dasbor pemantauan SP2D"]')).click();
  await (await b.$("#form-hkt")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#hkt-disetujui")).click();
  await (await b.$("#hkt-realisasi")).setValue("100");
  await (await b.$("#hkt-simpan")).click();
  const baris = await b.$('#tabel-hkt tr[data-hkt="Dasbor pemantauan SP2D"]');
  await baris.waitForDisplayed({ timeout: 5000 });
  assert.equal((await b.$$("#tabel-hkt tr[data-hkt]")).length, sebelum + 1);
  assert.match(await baris.getText(), /Inovasi · Nasional/);
  // Complete: no finding under it, and a score.
  assert.equal((await baris.$$("small[data-kode]")).length, 0);
  assert.match(await (await baris.$("td.angka .angka")).getText(), /^\d+,\d\d$/);
  await b.execute(() => document.querySelector("#hkt-pegawai")?.scrollIntoView());
  await b.pause(300);
  const p = await simpanLayar(b, "hkt.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(p, join(AKAR, "docs", "screenshots", "hkt.png"));

  // Evaluasi's HKT column is the CLI's HKT term.
  await (await b.$('nav button[data-bagian="evaluasi"]')).click();
  await (await b.$("#tabel-evaluasi")).waitForDisplayed({ timeout: 10000 });
  const tw = Number(await (await b.$("#sampai-triwulan")).getValue());
  const hkt = await (await b.$(`tr[data-nip="${nip}"] td:nth-child(6) .angka`)).getText();
  samaDenganCli(hkt, nilaiCli(nip, tw, "nilai_hkt"));
  assert.notEqual(hkt, "0,00");

  // Deleted after confirming; the pegawai's list is back to what it was.
  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  await (await b.$("#realisasi-nama")).waitForDisplayed({ timeout: 10000 });
  await (await b.$(`#daftar-realisasi button[data-nip="${nip}"]`)).click();
  const hapus = await b.$('button[data-hapus-hkt="Dasbor pemantauan SP2D"]');
  await hapus.waitForDisplayed({ timeout: 5000 });
  await hapus.click();
  await (await b.$("#konfirmasi-ya")).click();
  await b.waitUntil(async () => !(await (await b.$('#tabel-hkt tr[data-hkt="Dasbor pemantauan SP2D"]')).isExisting()), { timeout: 5000 });
  assert.equal((await b.$$("#tabel-hkt tr[data-hkt]")).length, sebelum);
});

test("Dialog kinerja: a quarter without one is flagged after its dialog is deleted, and cleared by recording one", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  await (await b.$("#realisasi-nama")).waitForDisplayed({ timeout: 10000 });
  await (await b.$$("#daftar-realisasi button[data-nip]"))[3].click();
  await b.waitUntil(async () => (await b.$$("#tabel-dialog tr[data-dialog]")).length > 0, { timeout: 5000 });
  assert.equal(await (await b.$('#dialog-kinerja [data-kode="DKI-001"]')).isExisting(), false);

  // The demo's TW III dialog (20 September) goes: TW III is flagged.
  await (await b.$(`button[data-hapus-dialog="20/09/${tahun}"]`)).click();
  await (await b.$("#konfirmasi-ya")).click();
  const temuan = await b.$('#dialog-kinerja [data-kode="DKI-001"]');
  await temuan.waitForDisplayed({ timeout: 5000 });
  assert.match(await temuan.getText(), new RegExp(`TW III ${tahun}`));

  // Taken back from the bar: the dialog returns and so does the clean quarter.
  await b.waitUntil(async () => /dihapus/.test(await (await b.$("#bar-urungkan")).getText()), { timeout: 5000 });
  await (await b.$("#batalkan-hapus")).click();
  await b.waitUntil(async () => /seperti semula/.test(await (await b.$("#bar-urungkan")).getText()), { timeout: 5000 });
  await (await b.$(`#tabel-dialog tr[data-dialog="20/09/${tahun}"]`)).waitForDisplayed({ timeout: 5000 });
  await b.waitUntil(async () => !(await (await b.$('#dialog-kinerja [data-kode="DKI-001"]')).isExisting()), { timeout: 5000 });
  await b.execute(() => document.querySelector('#bar-urungkan button[aria-label="Tutup"]')?.click());

  // Deleted again, then a dialog held in August covers the quarter.
  await (await b.$(`button[data-hapus-dialog="20/09/${tahun}"]`)).click();
  await (await b.$("#konfirmasi-ya")).click();
  await (await b.$('#dialog-kinerja [data-kode="DKI-001"]')).waitForDisplayed({ timeout: 5000 });

  // A date that does not exist is refused by name; a real one clears the finding.
  await (await b.$("#tambah-dialog")).click();
  await (await b.$("#dialog-tanggal")).clearValue();
  await (await b.$("#dialog-tanggal")).setValue(`31/02/${tahun}`);
  await (await b.$("#dialog-ringkasan")).setValue("Capaian TW III dan kendala SP2D dibahas");
  await (await b.$("#dialog-simpan")).click();
  await (await b.$("#galat-dialog")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#galat-dialog")).getText(), /Tanggal dialog/);
  await (await b.$("#dialog-tanggal")).clearValue();
  await (await b.$("#dialog-tanggal")).setValue(`15/08/${tahun}`);
  await (await b.$("#dialog-simpan")).click();
  await (await b.$(`#tabel-dialog tr[data-dialog="15/08/${tahun}"]`)).waitForDisplayed({ timeout: 5000 });
  await b.waitUntil(async () => !(await (await b.$('#dialog-kinerja [data-kode="DKI-001"]')).isExisting()), { timeout: 5000 });
  await b.execute(() => document.querySelector("#hkt-pegawai")?.scrollIntoView());
  await b.pause(300);
  const p = await simpanLayar(b, "dialog-kinerja.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(p, join(AKAR, "docs", "screenshots", "dialog-kinerja.png"));
});

// `kinerja skor --json` on the app's own database: the office as the Evaluasi screen computes it.
function skorCli(triwulan) {
  const cli = join(dirname(process.env.APP), "kinerja");
  const keluar = execFileSync(cli, ["--db", join(s.dataDir, "kinerja.db"), "skor", "--tahun", tahun, "--triwulan", String(triwulan), "--json"]);
  return JSON.parse(keluar.toString());
}

test("KMK 127 NKP: a hukuman disiplin and a koreksi are recorded on Evaluasi, refused by field when wrong, and the NKP shown is kinerja skor's", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="evaluasi"]')).click();
  await (await b.$("#tabel-evaluasi")).waitForDisplayed({ timeout: 10000 });
  const tw = Number(await (await b.$("#sampai-triwulan")).getValue());
  const baris = await b.$$("#tabel-evaluasi tbody tr[data-nip]");
  const nip = await baris[3].getAttribute("data-nip");
  await (await b.$(`tr[data-nip="${nip}"] td:first-child`)).click();
  await (await b.$("#rinci-nilai")).waitForDisplayed({ timeout: 5000 });
  // An NPK first, so that an NKP exists.
  await (await b.$("#perilaku-atasan")).setValue("104");
  await (await b.$("#perilaku-rekan")).setValue("100");
  await (await b.$("#simpan-perilaku")).click();
  await b.waitUntil(async () => /hasil kerja .* perilaku/.test(await (await b.$("#rinci-predikat")).getText()), { timeout: 5000 });
  const sebelum = skorCli(tw).pegawai.find((p) => p.nip === nip).nkp;
  assert.ok(sebelum !== null);

  // A koreksi without its reason is refused by name.
  await (await b.$("#koreksi")).setValue("2");
  await (await b.$("#simpan-penyesuaian")).click();
  await (await b.$("#galat-nkp")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#galat-nkp")).getText(), /Alasan koreksi/);
  await (await b.$("#koreksi")).clearValue();

  // A hukuman disiplin imposed in the first quarter: heavy, MPJHD 20, still in force (4 quarters).
  await (await b.$("#hukdis-kategori")).selectByAttribute("value", "berat");
  await (await b.$("#hukdis-skor")).setValue("20");
  await (await b.$("#hukdis-tanggal")).setValue(`15/02/${tahun}`);
  await (await b.$("#tambah-hukdis")).click();
  await (await b.$("#hukdis span[data-hukdis]")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#hukdis span[data-hukdis]")).getText(), /Berat.*15 Februari/);
  const cli = skorCli(tw).pegawai.find((p) => p.nip === nip);
  assert.ok(Number(cli.nkp) < Number(sebelum), `NKP ${cli.nkp} after hukdis, ${sebelum} before`);
  await b.waitUntil(async () => {
    const t = await (await b.$("#nilai-nkp .angka")).getText();
    return Math.abs(Number(t.replace(/\./g, "").replace(",", ".").match(/-?\d+(\.\d+)?/)?.[0]) - Number(cli.nkp)) <= 0.0051;
  }, { timeout: 5000, timeoutMsg: "the screen's NKP is kinerja skor's" });
  await b.execute(() => document.querySelector("#form-hukdis")?.scrollIntoView({ block: "end" }));
  await b.pause(300);
  const p = await simpanLayar(b, "evaluasi-hukdis.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(p, join(AKAR, "docs", "screenshots", "evaluasi-hukdis.png"));
});
