// End-to-end: Dialog Kinerja Organisasi in the real app: the demo office's forums, a new one refused beside the
// field it names, recorded with a rencana aksi, the rencana aksi followed up, a forum deleted (the quarter is then
// flagged), and the notulen saved through the save dialog.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { mulaiAplikasi, simpanLayar, AKAR, jawabDialog } from "./sesi.mjs";

let s;
before(async () => {
  s = await mulaiAplikasi();
});
after(async () => {
  await s?.tutup();
});

const tahun = new Date().getFullYear();
// Quarters that have ended today, as the demo office holds a DKO after each (on the first working day from the
// 10th of the next month; one not yet held is flagged).
const lewat = Math.floor(new Date().getMonth() / 3);

test("DKO: the demo's forums, a new one with a rencana aksi, its follow-up, deletion flagged, the notulen", async () => {
  const b = s.browser;
  await (await b.$("#pilihan-awal")).waitForDisplayed({ timeout: 15000 });
  await (await b.$("#jumlah-pegawai")).setValue("12");
  await (await b.$("#tahun-demo")).setValue(String(tahun));
  await (await b.$("#buat-contoh")).click();
  await (await b.$("#tabel-pegawai")).waitForDisplayed({ timeout: 20000 });

  await (await b.$('nav button[data-bagian="pemantauan"]')).click();
  await (await b.$("#tabel-dko")).waitForDisplayed({ timeout: 10000 });
  const awal = (await b.$$("#tabel-dko tbody tr[data-dko]")).length;
  assert.ok(awal >= lewat - 1 && awal <= lewat, `forums: ${awal}, quarters ended: ${lewat}`);

  // A new forum: refused beside the field it names while the discussion is empty.
  await (await b.$("#tambah-dko")).click();
  await (await b.$("#form-dko")).waitForDisplayed({ timeout: 5000 });
  assert.ok((await b.$$("#form-dko input[data-peserta]:checked")).length > 0, "the officials are proposed");
  await (await b.$("#dko-tanggal")).setValue(`02/01/${tahun}`);
  await (await b.$("#dko-triwulan")).selectByAttribute("value", "1");
  await (await b.$("#dko-tempat")).setValue("Aula KPPN");
  await (await b.$("#dko-notulis")).setValue("Notulis Uji");
  await (await b.$("#tambah-aksi")).click();
  await (await b.$('input[data-aksi-uraian="0"]')).setValue("Evaluasi layanan antrean daring");
  await (await b.$("#dko-simpan")).click();
  const beside = await b.$("#dko-pembahasan + .pesan-isian");
  await beside.waitForDisplayed({ timeout: 5000 });
  assert.match(await beside.getText(), /Pembahasan: wajib diisi/);
  await (await b.$("#dko-pembahasan")).setValue("Capaian IKU TW I dan inisiatif strategis layanan digital.");
  await (await b.$("#dko-simpan")).click();
  await (await b.$("#form-dko")).waitForDisplayed({ reverse: true, timeout: 5000 });
  await b.waitUntil(async () => (await b.$$("#tabel-dko tbody tr[data-dko]")).length === awal + 1, { timeout: 5000 });
  // Its rencana aksi is open for the next forum; following it up closes it.
  const aksi = await b.$('tr[data-aksi="Evaluasi layanan antrean daring"]');
  await aksi.waitForDisplayed({ timeout: 5000 });
  await (await b.$('select[data-status-aksi="Evaluasi layanan antrean daring"]')).selectByAttribute("value", "selesai");
  await (await b.$('button[data-simpan-aksi="Evaluasi layanan antrean daring"]')).click();
  await aksi.waitForDisplayed({ reverse: true, timeout: 5000 });
  await b.pause(600);
  const layar = await simpanLayar(b, "pemantauan.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(layar, join(AKAR, "docs", "screenshots", "pemantauan.png"));

  // The notulen through the save dialog, with what was recorded.
  const baris = await b.$$("#tabel-dko tbody tr[data-dko]");
  const id = await baris[0].getAttribute("data-dko");
  jawabDialog(s.dataDir, join(s.dataDir, "Notulen"));
  await (await b.$(`button[data-notulen="${id}"]`)).click();
  await (await b.$("#hasil-notulen")).waitForDisplayed({ timeout: 10000 });
  const pdf = await (await b.$("#hasil-notulen code")).getText();
  assert.match(pdf, /Notulen-DKO-\d{4}-TWI\.pdf$/);
  assert.ok(existsSync(pdf), pdf);
  const teks = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
  assert.match(teks, /NOTULEN DIALOG KINERJA ORGANISASI/);
  assert.match(teks, /Daftar hadir/);

  // Konseling is confidential: the list says it took place, not what was said, until it is opened on purpose.
  await (await b.$("#tambah-pembinaan")).click();
  await (await b.$("#form-pembinaan")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#pb-jenis")).selectByAttribute("value", "konseling");
  await (await b.$("#pb-tanggal")).setValue(`02/01/${tahun}`);
  const pilihan = await b.$$("#pb-peserta option");
  await b.execute((el) => { el.selected = true; el.parentElement.dispatchEvent(new Event("change", { bubbles: true })); }, pilihan[2]);
  await (await b.$("#pb-topik")).setValue("Beban kerja dan kesehatan");
  await (await b.$("#pb-simpan")).click();
  await (await b.$("#form-pembinaan")).waitForDisplayed({ reverse: true, timeout: 5000 });
  const tabelPb = await b.$("#tabel-pembinaan");
  await b.waitUntil(async () => /Konseling kinerja \(rahasia\)/.test(await tabelPb.getText()), { timeout: 5000 });
  assert.doesNotMatch(await tabelPb.getText(), /Beban kerja/);
  // The newest confidential record is the one just made (the demo office has one of its own).
  const idRahasia = String(Math.max(...(await b.execute(() => Array.from(document.querySelectorAll("em[data-tertutup]")).map((e) => Number(e.getAttribute("data-tertutup")))))));
  await (await b.$(`button[data-buka-rahasia="${idRahasia}"]`)).click();
  await b.waitUntil(async () => /Beban kerja dan kesehatan/.test(await tabelPb.getText()), { timeout: 5000 });

  // Deleting a forum flags its quarter (after asking).
  if (awal > 0) {
    const terakhir = (await b.$$("#tabel-dko tbody tr[data-dko]")).at(-1);
    await (await terakhir.$("button=Hapus")).click();
    await (await b.$("#konfirmasi-ya")).click();
    // (Only once a month has passed since its quarter ended: the forum about a quarter is held in the next month.)
    await b.waitUntil(async () => (await b.$$("#tabel-dko tbody tr[data-dko]")).length === awal, { timeout: 5000 });
  }
});
