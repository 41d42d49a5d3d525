// End-to-end: plan in the app itself: an SS on the peta strategi, an IKU with its manual, the trajectory pasted
// from Excel, findings following the data, delete and undo, letterhead and units, copying the year forward.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { mulaiAplikasi, simpanLayar, AKAR } from "./sesi.mjs";

let s;
before(async () => {
  s = await mulaiAplikasi();
});
after(async () => {
  await s?.tutup();
});

async function layar(b, nama) {
  // A finished undo message would cover the bottom of the picture.
  await b.execute(() => document.querySelector('#bar-urungkan button[aria-label="Tutup"]')?.click());
  await b.pause(600);
  const p = await simpanLayar(b, nama);
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(p, join(AKAR, "docs", "screenshots", nama));
}

const tahun = String(new Date().getFullYear() + 1);

test("Peta strategi: an SS is added to a perspective, an empty name is refused", async () => {
  const b = s.browser;
  await (await b.$("#pilihan-awal")).waitForDisplayed({ timeout: 15000 });
  await (await b.$("#jumlah-pegawai")).setValue("12");
  await (await b.$("#tahun-demo")).setValue(tahun);
  await (await b.$("#buat-contoh")).click();
  await (await b.$("#tabel-pegawai")).waitForDisplayed({ timeout: 20000 });

  await (await b.$('nav button[data-bagian="perencanaan"]')).click();
  await (await b.$("#peta-strategi")).waitForDisplayed({ timeout: 10000 });
  await (await b.$('button[data-tambah-ss="customer"]')).click();
  await (await b.$("#form-ss")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#ss-kode")).setValue("SS-2.9");
  await (await b.$("#ss-simpan")).click();
  await (await b.$("#galat-ss")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#galat-ss")).getText(), /Nama SS: wajib diisi/);
  await (await b.$("#ss-nama")).setValue("Layanan pencairan dana yang cepat dan akurat");
  await (await b.$("#ss-simpan")).click();
  const kartu = await b.$('div[data-perspektif="customer"] button[data-ss="SS-2.9"]');
  await kartu.waitForDisplayed({ timeout: 5000 });
  assert.match(await kartu.getText(), /0 IKU\/IKI/);
  await layar(b, "peta-strategi.png");
});

test("IKU/IKI: created with its manual, trajectory pasted from Excel, the finding appears then disappears; delete and undo", async () => {
  const b = s.browser;
  await (await b.$('button[data-tab="skp"]')).click();
  await (await b.$("#skp-nama")).waitForDisplayed({ timeout: 10000 });
  await (await b.$("#tambah-iki")).click();
  await (await b.$("#form-iki")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#iki-kode")).setValue("9.1");
  await (await b.$("#iki-nama")).setValue("Persentase SP2D tepat waktu");
  await (await b.$("#iki-ss")).selectByVisibleText("SS-2.9 Layanan pencairan dana yang cepat dan akurat");
  await (await b.$("#iki-aspek")).selectByVisibleText("Waktu");
  await (await b.$("#iki-satuan")).setValue("%");
  await (await b.$("#iki-konsolidasi")).selectByVisibleText("Average");
  await (await b.$("#iki-target")).setValue("9x");
  await (await b.$("#iki-simpan")).click();
  // Refused beside the field it names (its label), which is marked.
  await (await b.$("#iki-target + .pesan-isian")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#iki-target + .pesan-isian")).getText(), /Target tahunan/);
  assert.equal(await (await b.$("#iki-target")).getAttribute("aria-invalid"), "true");
  await (await b.$("#iki-target")).setValue("95");
  await (await b.$("#iki-simpan")).click();
  await (await b.$("#form-iki")).waitForDisplayed({ reverse: true, timeout: 5000 });

  // No trajectory yet: the finding sits under the new IKU's row.
  const temuan = await b.$('tr[data-temuan-iki="9.1"] [data-kode="IKU-009"]');
  await temuan.waitForDisplayed({ timeout: 5000 });

  // Paste a 1x4 block copied from Excel into TW I.
  const sel = await b.$('tr[data-iki="9.1"] input[data-tw="0"]');
  await sel.click();
  await b.execute((el) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "93\t94,5\t95\t97,5\r\n");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, sel);
  await b.waitUntil(async () => (await (await b.$('tr[data-iki="9.1"] input[data-tw="3"]')).getValue()) === "97,5", { timeout: 5000 });
  assert.match(await (await b.$("#info-skp")).getText(), /4 sel ditempel/);
  // Arrow keys move between cells.
  await sel.click();
  await b.keys(["ArrowRight"]);
  assert.equal(await (await b.$('tr[data-iki="9.1"] input[data-tw="1"]')).isFocused(), true);
  await (await b.$("#simpan-trajectory")).click();
  await b.waitUntil(async () => (await (await b.$("#info-skp")).getText()).includes("Trajectory tersimpan"), { timeout: 5000 });
  await b.waitUntil(async () => !(await (await b.$('tr[data-temuan-iki="9.1"] [data-kode="IKU-009"]')).isExisting()), { timeout: 5000 });
  assert.equal(await (await b.$('tr[data-iki="9.1"] input[data-tw="1"]')).getValue(), "94,5");
  await b.execute(() => document.querySelector("main")?.scrollTo(0, 0));
  await layar(b, "skp-pegawai.png");

  // Delete asks first, then can be undone.
  await (await b.$('button[data-hapus="9.1"]')).click();
  await (await b.$("#konfirmasi")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#konfirmasi-ya")).click();
  await (await b.$('tr[data-iki="9.1"]')).waitForExist({ reverse: true, timeout: 5000 });
  await (await b.$("#batalkan-hapus")).click();
  await (await b.$('tr[data-iki="9.1"]')).waitForExist({ timeout: 5000 });
  assert.equal(await (await b.$('tr[data-iki="9.1"] input[data-tw="3"]')).getValue(), "97,5");
  await b.waitUntil(async () => /seperti semula/.test(await (await b.$("#bar-urungkan")).getText()), { timeout: 5000 });
  // The trajectory save before it can be taken back too: the grid empties and IKU-009 returns.
  assert.match(await (await b.$("#bar-urungkan")).getText(), /Trajectory 1 IKU\/IKI disimpan/);
  await (await b.$("#batalkan-hapus")).click();
  await b.waitUntil(async () => (await (await b.$('tr[data-iki="9.1"] input[data-tw="3"]')).getValue()) === "", { timeout: 5000 });
  await (await b.$('tr[data-temuan-iki="9.1"] [data-kode="IKU-009"]')).waitForDisplayed({ timeout: 5000 });
  // ...and saved again for the tests that follow.
  const tw = await b.$('tr[data-iki="9.1"] input[data-tw="0"]');
  await b.execute((el) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "93\t94,5\t95\t97,5");
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, tw);
  const simpan = await b.$("#simpan-trajectory");
  await simpan.scrollIntoView({ block: "center" });
  await simpan.click();
  await b.waitUntil(async () => !(await (await b.$('tr[data-temuan-iki="9.1"] [data-kode="IKU-009"]')).isExisting()), { timeout: 5000 });
});

test("Katalog: the new IKU's manual is incomplete until its fields are filled", async () => {
  const b = s.browser;
  await (await b.$('button[data-tab="katalog"]')).click();
  await (await b.$("#hanya-belum-lengkap")).click();
  const baris = async () => {
    for (const r of await b.$$("#tabel-katalog tbody tr[data-katalog]")) if ((await r.getText()).includes("Persentase SP2D tepat waktu")) return r;
    return null;
  };
  await b.waitUntil(async () => (await baris()) !== null, { timeout: 5000 });
  assert.match(await (await baris()).getText(), /belum: definisi, formula, sumber data/);
  const r = await baris();
  await r.scrollIntoView({ block: "center" });
  await (await r.$("td")).click();
  await (await b.$("#form-iki")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#iki-definisi")).setValue("Persentase SP2D yang terbit paling lama 1 jam setelah SPM diterima");
  await (await b.$("#iki-formula")).setValue("SP2D tepat waktu / seluruh SP2D x 100%");
  await (await b.$("#iki-sumber")).setValue("Aplikasi SPAN");
  await (await b.$("#iki-simpan")).click();
  await (await b.$("#form-iki")).waitForDisplayed({ reverse: true, timeout: 5000 });
  // Filtered to incomplete manuals: the completed one leaves the list.
  await b.waitUntil(async () => (await baris()) === null, { timeout: 5000 });
  await (await b.$("#hanya-belum-lengkap")).click();
  await b.waitUntil(async () => /lengkap/.test(await (await baris()).getText()), { timeout: 5000 });
  await layar(b, "katalog.png");
});

test("Cascading: the head's IKUs with the pegawai who carry them", async () => {
  const b = s.browser;
  await (await b.$('button[data-tab="cascading"]')).click();
  await (await b.$("#tabel-cascading")).waitForDisplayed({ timeout: 5000 });
  await b.waitUntil(async () => (await b.$$("#tabel-cascading tr[data-induk]")).length > 0, { timeout: 5000 });
  const teks = await (await b.$("#tabel-cascading")).getText();
  assert.match(teks, /fully/);
  assert.match(await (await b.$("#ringkas-cascading")).getText(), /IKU/);
  await layar(b, "cascading.png");
});

test("Kantor & unit: letterhead saved, a unit added to the tree; the plan is copied to the next year", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="pegawai"]')).click();
  await (await b.$('button[data-tab="kantor"]')).click();
  await (await b.$("#form-kantor")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#k-alamat")).setValue("Jl. Pahlawan No. 12");
  // The letterhead preview follows what is typed, before it is saved.
  await b.waitUntil(async () => /KEMENTERIAN KEUANGAN REPUBLIK INDONESIA[\s\S]*Jl\. Pahlawan No\. 12/.test(await (await b.$("#pratinjau-kop")).getText()), { timeout: 5000 });
  await (await b.$("#k-atasan-nip")).setValue("1975");
  await (await b.$("#k-simpan")).click();
  await (await b.$("#galat-kantor")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#galat-kantor")).getText(), /NIP atasan kepala kantor/);
  await (await b.$("#k-atasan-nip")).setValue(" ");
  await (await b.$("#k-simpan")).click();
  await b.waitUntil(async () => !(await (await b.$("#galat-kantor")).isExisting()), { timeout: 5000 });
  await (await b.$("#tambah-unit")).click();
  await (await b.$("#u-nama")).setValue("Subbagian Kepatuhan Internal");
  await (await b.$("#u-jenis")).selectByVisibleText("Subbagian");
  await (await b.$("#u-simpan")).click();
  await (await b.$('#pohon-unit li[data-unit="Subbagian Kepatuhan Internal"]')).waitForDisplayed({ timeout: 5000 });
  await layar(b, "kantor.png");

  await (await b.$('nav button[data-bagian="perencanaan"]')).click();
  await (await b.$("#salin-tahun")).click();
  await (await b.$("#salin-jalankan")).click();
  const info = await b.$("#info-salin");
  await info.waitForDisplayed({ timeout: 10000 });
  assert.match(await info.getText(), new RegExp(`Tahun ${Number(tahun) + 1} dibuat dari ${tahun}`));
  assert.equal(await (await b.$("#tahun-rencana")).getValue(), String(Number(tahun) + 1));
  await (await b.$('div[data-perspektif="customer"] button[data-ss="SS-2.9"]')).waitForDisplayed({ timeout: 5000 });
});
