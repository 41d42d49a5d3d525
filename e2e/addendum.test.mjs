// End-to-end: sign a KK and make an addendum from the GUI, in a demo office for a year still open.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { mulaiAplikasi, jawabDialog } from "./sesi.mjs";

let s;
before(async () => {
  s = await mulaiAplikasi();
});
after(async () => {
  await s?.tutup();
});

test("Dokumen: print and sign a KK, then create and print addendum 1 from the GUI", async () => {
  const b = s.browser;
  await (await b.$("#pilihan-awal")).waitForDisplayed({ timeout: 15000 });
  await (await b.$("#jumlah-pegawai")).setValue("12");
  // A future year: no quarter is realised and no addendum deadline has passed.
  const tahun = String(new Date().getFullYear() + 1);
  await (await b.$("#tahun-demo")).setValue(tahun);
  await (await b.$("#buat-contoh")).click();
  await (await b.$("#tabel-pegawai")).waitForDisplayed({ timeout: 20000 });

  await (await b.$('nav button[data-bagian="dokumen"]')).click();
  await b.waitUntil(async () => (await b.$$("#tabel-kk tbody tr")).length === 12, { timeout: 10000 });
  const baris = (await b.$$("#tabel-kk tbody tr"))[2];
  const nip = await baris.getAttribute("data-nip");
  const row = () => b.$(`tr[data-nip="${nip}"]`);
  const folder = join(s.dataDir, "Dokumen");
  jawabDialog(s.dataDir, folder);
  await (await (await row()).$("button=Cetak…")).click();
  await b.waitUntil(async () => (await (await row()).getText()).includes("Dicetak"), { timeout: 10000 });
  // Its reviu first: only a recommended concept is signed.
  await (await (await row()).$("button[data-reviu-buka]")).click();
  await (await b.$("#form-reviu")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#reviu-peninjau")).setValue("Pengelola Kinerja Kanwil");
  await (await b.$("#reviu-simpan")).click();
  await (await b.$("#form-reviu")).waitForDisplayed({ reverse: true, timeout: 5000 });
  await b.waitUntil(async () => (await (await (await row()).$("button=Ditandatangani…")).isEnabled()), { timeout: 5000 });
  await (await (await row()).$("button=Ditandatangani…")).click();
  await (await b.$("#form-ttd")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#ttd-simpan")).click();
  await b.waitUntil(async () => (await (await row()).getText()).includes("Ditandatangani"), { timeout: 5000 });
  await (await (await row()).$("button=Addendum")).click();

  const form = await b.$("#form-addendum");
  await form.waitForDisplayed({ timeout: 5000 });
  // Submitting without a change is refused with a message.
  await (await b.$("#a-simpan")).click();
  await (await b.$("#galat-addendum")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#galat-addendum")).getText(), /tidak ada target yang diubah/);

  const isian = (await b.$$("input[data-ubah]"))[2];
  await isian.setValue("77");
  await (await b.$("#a-uraian")).setValue("Penyesuaian target karena perubahan DIPA");
  await (await b.$("#a-simpan")).click();
  await form.waitForDisplayed({ reverse: true, timeout: 10000 });
  const pesan = await (await b.$("#hasil-cetak")).getText();
  assert.match(pesan, new RegExp(`Addendum ADD-${tahun}-${nip}-1 dibuat`));
  const path = await (await b.$("#hasil-cetak code")).getText();
  assert.match(path, new RegExp(`^${folder}/${nip}-.+-ADDENDUM-1-${tahun}\\.pdf$`));
  assert.ok(existsSync(path), path);
  assert.match(await (await row()).getText(), /1 addendum/);

  // The addendum is reviewed and signed on its own row, like the KK it amends.
  const idAdd = `ADD-${tahun}-${nip}-1`;
  const barisAdd = () => b.$(`tr[data-addendum="${idAdd}"]`);
  await (await barisAdd()).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await barisAdd()).getText(), /Addendum 1[\s\S]*Dicetak/);
  assert.equal(await (await b.$(`button[data-ttd="${idAdd}"]`)).isEnabled(), false, "not before its reviu");
  await (await b.$(`button[data-reviu-buka="${idAdd}"]`)).click();
  await (await b.$("#form-reviu")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#form-reviu h2")).getText(), /addendum 1/);
  await (await b.$("#reviu-simpan")).click();
  await (await b.$("#form-reviu")).waitForDisplayed({ reverse: true, timeout: 5000 });
  await b.waitUntil(async () => (await b.$(`button[data-ttd="${idAdd}"]`)).isEnabled(), { timeout: 5000 });
  await (await b.$(`button[data-ttd="${idAdd}"]`)).click();
  await (await b.$("#form-ttd")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#ttd-simpan")).click();
  await b.waitUntil(async () => /Ditandatangani/.test(await (await barisAdd()).getText()), { timeout: 5000 });
});
