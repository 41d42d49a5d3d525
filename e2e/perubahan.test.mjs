// End-to-end: typed work is never dropped without asking. A trajectory cell typed and not saved: leaving the
// screen asks "Simpan perubahan?"; Kembali keeps the value, Buang drops it. A realisasi typed and not saved:
// changing the quarter asks; Simpan saves it. The window fits a 1366x768 screen.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mulaiAplikasi, simpanLayar } from "./sesi.mjs";

let s;
before(async () => {
  s = await mulaiAplikasi();
});
after(async () => {
  await s?.tutup();
});

test("the window fits the office laptop's 1366x768 screen", async () => {
  const b = s.browser;
  await (await b.$("#pilihan-awal")).waitForDisplayed({ timeout: 15000 });
  await (await b.$("#jumlah-pegawai")).setValue("12");
  await (await b.$("#tahun-demo")).setValue("2025");
  await (await b.$("#buat-contoh")).click();
  await (await b.$("#tabel-pegawai")).waitForDisplayed({ timeout: 20000 });
  const [w, h] = await b.execute(() => [window.outerWidth, window.outerHeight]);
  assert.ok(w <= 1366 && h <= 768, `jendela ${w}x${h}`);
  await simpanLayar(b, "jendela-1366x768.png");
});

test("an unsaved trajectory cell: leaving asks; Kembali keeps it, Buang drops it", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="perencanaan"]')).click();
  await (await b.$('button[data-tab="skp"]')).click();
  await (await b.$("#skp-nama")).waitForDisplayed({ timeout: 10000 });
  const sel = await b.$("#grid-trajectory input[data-tw]");
  await sel.waitForDisplayed({ timeout: 5000 });
  const semula = await sel.getValue();
  await sel.setValue("77,7");

  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  const tanya = await b.$("#simpan-perubahan");
  await tanya.waitForDisplayed({ timeout: 5000 });
  assert.match(await tanya.getText(), /belum disimpan: trajectory/);
  await simpanLayar(b, "simpan-perubahan.png");
  await (await b.$("#perubahan-kembali")).click();
  await tanya.waitForDisplayed({ reverse: true, timeout: 5000 });
  assert.equal(await (await b.$("#grid-trajectory input[data-tw]")).getValue(), "77,7", "Kembali keeps the value");
  assert.match(await (await b.$("h1")).getText(), /Perencanaan/);

  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  await tanya.waitForDisplayed({ timeout: 5000 });
  await (await b.$("#perubahan-buang")).click();
  await (await b.$("#grid-realisasi")).waitForDisplayed({ timeout: 10000 });
  await (await b.$('nav button[data-bagian="perencanaan"]')).click();
  await (await b.$('button[data-tab="skp"]')).click();
  await b.waitUntil(async () => (await (await b.$("#grid-trajectory input[data-tw]")).getValue()) === semula, { timeout: 5000 });
});

test("an unsaved realisasi: changing the quarter asks, and Simpan saves it", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  const sel = await b.$('#grid-realisasi input[data-kolom="0"]');
  await sel.waitForDisplayed({ timeout: 10000 });
  const tw = await (await b.$("#triwulan-realisasi")).getValue();
  await sel.setValue("12,5");
  await (await b.$("#triwulan-realisasi")).selectByIndex(tw === "1" ? 1 : 0);
  await (await b.$("#simpan-perubahan")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#perubahan-simpan")).click();
  await (await b.$("#simpan-perubahan")).waitForDisplayed({ reverse: true, timeout: 5000 });
  // Saved, then the other quarter is shown; going back shows the saved value.
  await b.waitUntil(async () => (await (await b.$("#triwulan-realisasi")).getValue()) !== tw, { timeout: 5000 });
  await (await b.$("#triwulan-realisasi")).selectByAttribute("value", tw);
  await b.waitUntil(async () => (await (await b.$('#grid-realisasi input[data-kolom="0"]')).getValue()) === "12,5", { timeout: 5000 });
});

test("a new IKU/IKI typed and not saved: Batal and Esc ask; Kembali (or Esc) keeps the form, Buang closes it", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="perencanaan"]')).click();
  await (await b.$('button[data-tab="skp"]')).click();
  await (await b.$("#tambah-iki")).waitForDisplayed({ timeout: 10000 });
  await (await b.$("#tambah-iki")).click();
  await (await b.$("#form-iki")).waitForDisplayed({ timeout: 5000 });
  // Opened and closed untouched: no question.
  await (await b.$("#iki-batal")).click();
  await (await b.$("#form-iki")).waitForDisplayed({ reverse: true, timeout: 5000 });

  await (await b.$("#tambah-iki")).click();
  await (await b.$("#form-iki")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#iki-nama")).setValue("Persentase dokumen tepat waktu");
  await (await b.$("#iki-batal")).click();
  await (await b.$("#simpan-perubahan")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#simpan-perubahan")).getText(), /IKU\/IKI baru/);
  await (await b.$("#perubahan-kembali")).click();
  assert.equal(await (await b.$("#iki-nama")).getValue(), "Persentase dokumen tepat waktu");
  // Esc on the form asks the same question; Esc on the question is Kembali, and the question goes away.
  await b.keys(["Escape"]);
  await (await b.$("#simpan-perubahan")).waitForDisplayed({ timeout: 5000 });
  await b.keys(["Escape"]);
  await (await b.$("#simpan-perubahan")).waitForDisplayed({ reverse: true, timeout: 5000 });
  await b.pause(300);
  assert.equal(await (await b.$("#simpan-perubahan")).isExisting(), false, "it does not come back");
  assert.equal(await (await b.$("#iki-nama")).getValue(), "Persentase dokumen tepat waktu");
  await (await b.$("#iki-batal")).click();
  await (await b.$("#perubahan-buang")).click();
  await (await b.$("#form-iki")).waitForDisplayed({ reverse: true, timeout: 5000 });
});

test("an HKT typed and not saved: another pegawai asks; Kembali keeps it, Batal then Buang closes it", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  await (await b.$("#tambah-hkt")).waitForDisplayed({ timeout: 10000 });
  const nama = await (await b.$("#realisasi-nama")).getText();
  await (await b.$("#tambah-hkt")).click();
  await (await b.$("#form-hkt")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#hkt-judul")).setValue("Aplikasi antrean daring");
  const lain = await b.$("#daftar-realisasi li:nth-child(2) button");
  await lain.click();
  const tanya = await b.$("#simpan-perubahan");
  await tanya.waitForDisplayed({ timeout: 5000 });
  assert.match(await tanya.getText(), /HKT "Aplikasi antrean daring"/);
  await (await b.$("#perubahan-kembali")).click();
  await tanya.waitForDisplayed({ reverse: true, timeout: 5000 });
  assert.equal(await (await b.$("#realisasi-nama")).getText(), nama, "Kembali stays with the same pegawai");
  assert.equal(await (await b.$("#hkt-judul")).getValue(), "Aplikasi antrean daring");
  await (await b.$("#hkt-batal")).click();
  await tanya.waitForDisplayed({ timeout: 5000 });
  await (await b.$("#perubahan-buang")).click();
  await (await b.$("#form-hkt")).waitForDisplayed({ reverse: true, timeout: 5000 });
});

test("Ctrl+S saves a typed trajectory cell; leaving afterwards does not ask; Esc answers a confirmation with Batal", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="perencanaan"]')).click();
  await (await b.$('button[data-tab="skp"]')).click();
  const sel = await b.$("#grid-trajectory input[data-tw]");
  await sel.waitForDisplayed({ timeout: 10000 });
  await sel.setValue("66,6");
  await b.keys(["Control", "s"]);
  await (await b.$("#info-skp")).waitForDisplayed({ timeout: 5000 });
  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  await (await b.$("#grid-realisasi")).waitForDisplayed({ timeout: 10000 });
  assert.equal(await (await b.$("#simpan-perubahan")).isDisplayed(), false, "nothing left to ask about");
  await (await b.$('nav button[data-bagian="perencanaan"]')).click();
  await (await b.$('button[data-tab="skp"]')).click();
  await b.waitUntil(async () => (await (await b.$("#grid-trajectory input[data-tw]")).getValue()) === "66,6", { timeout: 5000 });

  // A deletion asks; Esc is Batal and nothing is deleted.
  const hapus = await b.$("#grid-trajectory button.hapus");
  assert.ok(await hapus.isEnabled(), "the first pegawai's KK is not locked in the demo");
  const n = (await b.$$("#grid-trajectory tr[data-iki]")).length;
  await hapus.click();
  await (await b.$("#konfirmasi")).waitForDisplayed({ timeout: 5000 });
  await b.keys(["Escape"]);
  await (await b.$("#konfirmasi")).waitForDisplayed({ reverse: true, timeout: 5000 });
  assert.equal((await b.$$("#grid-trajectory tr[data-iki]")).length, n);
});

test("a sasaran strategis typed and not saved: another tab asks; Buang drops it and the tab changes", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="perencanaan"]')).click();
  await (await b.$('button[data-tab="peta"]')).click();
  await (await b.$("button[data-tambah-ss]")).click();
  await (await b.$("#form-ss")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#ss-nama")).setValue("Meningkatnya kualitas layanan");
  await (await b.$('button[data-tab="katalog"]')).click();
  const tanya = await b.$("#simpan-perubahan");
  await tanya.waitForDisplayed({ timeout: 5000 });
  assert.match(await tanya.getText(), /sasaran strategis baru/);
  await (await b.$("#perubahan-buang")).click();
  await b.waitUntil(async () => (await (await b.$('button[data-tab="katalog"]')).getAttribute("aria-selected")) === "true", { timeout: 5000 });
});

test("a 360° value typed on Evaluasi and not saved: another pegawai asks; Kembali keeps it", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="evaluasi"]')).click();
  // A row opens by its cells (WebKitWebDriver does not click a <tr>).
  const sel = await b.$$("#tabel-evaluasi tbody tr.klik[data-nip] td:nth-child(2)");
  await sel[0].waitForDisplayed({ timeout: 10000 });
  await sel[0].click();
  const atasan = await b.$("#perilaku-atasan");
  await atasan.waitForDisplayed({ timeout: 5000 });
  await atasan.setValue("101,5");
  await (await b.$$("#tabel-evaluasi tbody tr.klik[data-nip] td:nth-child(2)"))[1].click();
  const tanya = await b.$("#simpan-perubahan");
  await tanya.waitForDisplayed({ timeout: 5000 });
  assert.match(await tanya.getText(), /nilai perilaku/);
  await (await b.$("#perubahan-kembali")).click();
  await tanya.waitForDisplayed({ reverse: true, timeout: 5000 });
  assert.equal(await (await b.$("#perilaku-atasan")).getValue(), "101,5");
  await (await b.$("#simpan-perilaku")).click();
  await b.waitUntil(async () => (await (await b.$("#perilaku-atasan")).getValue()) === "101,5" && !(await (await b.$("#galat-perilaku")).isExisting()), { timeout: 5000 });
});

test("Panduan: the side bar button and F1 open the screen's guide; Esc closes it", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="realisasi"]')).click();
  await (await b.$("#grid-realisasi")).waitForDisplayed({ timeout: 10000 });
  await (await b.$("#buka-panduan")).click();
  const p = await b.$("#panduan");
  await p.waitForDisplayed({ timeout: 5000 });
  assert.match(await p.getText(), /Panduan: Realisasi/);
  assert.match(await p.getText(), /bukti/);
  await b.keys(["Escape"]);
  await p.waitForDisplayed({ reverse: true, timeout: 5000 });
  await b.keys(["F1"]);
  await p.waitForDisplayed({ timeout: 5000 });
  await (await b.$("#tutup-panduan")).click();
  await p.waitForDisplayed({ reverse: true, timeout: 5000 });
});
