// End-to-end: pelaksanaan in the real app: the demo office's inisiatif strategis and risks, a new inisiatif refused
// beside the milestone field it names and then saved, a risk recorded with its level, a penghargaan with the
// predikat of its period, and the quarterly report saved through the save dialog with the Evaluasi screen's NKO.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
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
// The quarter the report is about: the last one that has ended (TW I early in the year).
const tw = Math.max(1, Math.floor(new Date().getMonth() / 3));

test("Pelaksanaan: inisiatif, risks, penghargaan, and the quarterly report with the Evaluasi screen's NKO", async () => {
  const b = s.browser;
  await (await b.$("#pilihan-awal")).waitForDisplayed({ timeout: 15000 });
  await (await b.$("#jumlah-pegawai")).setValue("12");
  await (await b.$("#tahun-demo")).setValue(String(tahun));
  await (await b.$("#buat-contoh")).click();
  await (await b.$("#tabel-pegawai")).waitForDisplayed({ timeout: 20000 });

  // The NKO of the quarter as the Evaluasi screen shows it.
  await (await b.$('nav button[data-bagian="evaluasi"]')).click();
  await (await b.$("#sampai-triwulan")).waitForDisplayed({ timeout: 10000 });
  await (await b.$("#sampai-triwulan")).selectByAttribute("value", String(tw));
  await b.pause(500);
  const nko = (await (await b.$("#kartu-nko .besar .angka")).getText()).trim();
  assert.match(nko, /^\d+,\d\d$/);

  await (await b.$('nav button[data-bagian="pemantauan"]')).click();
  const tabelIs = await b.$("#tabel-inisiatif");
  await tabelIs.waitForDisplayed({ timeout: 10000 });
  assert.equal((await b.$$("#tabel-inisiatif tbody tr[data-inisiatif]")).length, 3);
  assert.equal((await b.$$("#tabel-risiko tbody tr[data-risiko]")).length, 3);

  // Esc closes an untouched form even with the DKO section (whose form is closed) above it.
  await (await b.$("#tambah-inisiatif")).click();
  await (await b.$("#form-inisiatif")).waitForDisplayed({ timeout: 5000 });
  await b.keys("Escape");
  await (await b.$("#form-inisiatif")).waitForDisplayed({ reverse: true, timeout: 5000 });

  // A new inisiatif: a milestone's progress of 150 is refused beside that field.
  await (await b.$("#tambah-inisiatif")).click();
  await (await b.$("#form-inisiatif")).waitForDisplayed({ timeout: 5000 });
  assert.equal(await (await b.$("#is-kode")).getValue(), "IS-4");
  await (await b.$("#is-nama")).setValue("Klinik konsultasi KPPN keliling");
  await (await b.$("#is-ss")).selectByIndex(1);
  await (await b.$('tr[data-tonggak="1"] input[data-isian="Uraian tonggak 1"]')).setValue("Jadwal kunjungan disusun");
  const progres = await b.$('input[data-isian="Progres tonggak 1"]');
  await progres.click();
  await b.keys(["Control", "a"]);
  await b.keys("Backspace");
  await progres.setValue("150");
  for (const q of [2, 3, 4]) {
    await (await b.$(`input[data-isian="Uraian tonggak ${q}"]`)).setValue(`Kunjungan tahap ${q - 1}`);
  }
  await (await b.$("#is-simpan")).click();
  const beside = await b.$('input[data-isian="Progres tonggak 1"] + .pesan-isian');
  await beside.waitForDisplayed({ timeout: 5000 });
  assert.match(await beside.getText(), /0 sampai 100/);
  await progres.click();
  await b.keys(["Control", "a"]);
  await b.keys("Backspace");
  await progres.setValue("40");
  await (await b.$('select[data-isian="Status tonggak 1"]')).selectByAttribute("value", "berjalan");
  await (await b.$("#is-simpan")).click();
  await (await b.$("#form-inisiatif")).waitForDisplayed({ reverse: true, timeout: 5000 });
  await b.waitUntil(async () => (await b.$$("#tabel-inisiatif tbody tr[data-inisiatif]")).length === 4, { timeout: 5000 });
  assert.match(await (await b.$('tr[data-inisiatif="IS-4"]')).getText(), /Klinik konsultasi/);

  // A risk: its level comes from the matrix (likelihood 4, impact 3: Tinggi (16)).
  await (await b.$("#tambah-risiko")).click();
  await (await b.$("#form-risiko")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#rs-ss")).selectByIndex(1);
  await (await b.$("#rs-uraian")).setValue("Jadwal kunjungan bentrok dengan tutup tahun anggaran");
  await (await b.$("#rs-kemungkinan")).selectByAttribute("value", "4");
  await (await b.$("#rs-level-dampak")).selectByAttribute("value", "3");
  await (await b.$("#rs-mitigasi")).setValue("Kunjungan dijadwalkan di luar Desember");
  await (await b.$("#rs-simpan")).click();
  await (await b.$("#form-risiko")).waitForDisplayed({ reverse: true, timeout: 5000 });
  const r4 = await b.$('tr[data-risiko="R-4"]');
  await r4.waitForDisplayed({ timeout: 5000 });
  assert.match(await r4.getText(), /Tinggi \(16\)/);

  // A penghargaan keeps the predikat of its period (once a quarter has ended and been evaluated).
  if (Math.floor(new Date().getMonth() / 3) >= 1) {
    const sebelum = (await b.$$("#tabel-pemanfaatan tbody tr[data-pemanfaatan]")).length;
    await (await b.$("#tambah-pemanfaatan")).click();
    await (await b.$("#form-pemanfaatan")).waitForDisplayed({ timeout: 5000 });
    await (await b.$("#pm-periode")).selectByAttribute("value", String(tw));
    await (await b.$("#pm-uraian")).setValue("Diusulkan dalam kelompok rencana suksesi");
    await (await b.$("#pm-bentuk")).selectByAttribute("value", "suksesi");
    await (await b.$("#pm-simpan")).click();
    await (await b.$("#form-pemanfaatan")).waitForDisplayed({ reverse: true, timeout: 5000 });
    await b.waitUntil(async () => (await b.$$("#tabel-pemanfaatan tbody tr[data-pemanfaatan]")).length === sebelum + 1, { timeout: 5000 });
    assert.match(await (await b.$("#tabel-pemanfaatan")).getText(), /Prioritas kelompok rencana suksesi/);
  }

  await (await b.$("#tabel-inisiatif")).scrollIntoView();
  await b.pause(400);
  const layar = await simpanLayar(b, "pelaksanaan.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(layar, join(AKAR, "docs", "screenshots", "pelaksanaan.png"));

  // The quarterly report through the save dialog: the PDF and its workbook, with the Evaluasi screen's NKO and the
  // explanation given for an IKU below its target (saved with the report when not saved before).
  await (await b.$("#laporan-triwulan")).scrollIntoView();
  await (await b.$("#tw-laporan")).selectByAttribute("value", String(tw));
  await b.pause(500);
  const deviasi = await b.$$("#form-deviasi tr[data-deviasi] textarea");
  const adaDeviasi = deviasi.length > 0;
  if (adaDeviasi) await deviasi[0].setValue("Dua satker mitra terlambat; pendampingan dijadwalkan");
  jawabDialog(s.dataDir, join(s.dataDir, "Laporan", "laporan.pdf"));
  await (await b.$("#cetak-laporan")).click();
  await (await b.$("#hasil-laporan")).waitForDisplayed({ timeout: 15000 });
  const pdf = await (await b.$("#hasil-laporan code")).getText();
  const layar3 = await simpanLayar(b, "laporan-triwulan.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(layar3, join(AKAR, "docs", "screenshots", "laporan-triwulan.png"));
  assert.ok(pdf.endsWith("laporan.pdf"), pdf);
  assert.ok(existsSync(pdf), pdf);
  assert.ok(existsSync(pdf.replace(/\.pdf$/, ".xlsx")));
  const teks = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
  assert.match(teks, /LAPORAN KINERJA TRIWULANAN/);
  assert.match(teks, new RegExp(`Nilai Kinerja Organisasi\\s+:\\s+${nko}`));
  assert.match(teks, /Klinik konsultasi KPPN keliling/);
  if (adaDeviasi) {
    // (The explanation is wrapped inside its table cell.)
    assert.match(teks, /Dua satker mitra/);
    assert.match(teks, /dijadwalkan/);
  }
  assert.match(teks, /Tinggi \(16\)/);

  // The reviu checklist and its package in one step (the demo's KKs are not printed yet: not complete).
  await (await b.$("#kesiapan-reviu")).scrollIntoView();
  assert.equal(await (await b.$("#status-kesiapan")).getText(), "Masih ada yang kurang");
  assert.equal((await b.$$("#daftar-kesiapan > li")).length, 10);
  jawabDialog(s.dataDir, join(s.dataDir, "Reviu", "paket.zip"));
  await (await b.$("#buat-paket")).click();
  await (await b.$("#hasil-paket")).waitForDisplayed({ timeout: 20000 });
  const zip = await (await b.$("#hasil-paket code")).getText();
  assert.ok(zip.endsWith("paket.zip"), zip);
  assert.equal(readFileSync(zip).subarray(0, 2).toString(), "PK");
  assert.match(await (await b.$("#hasil-paket")).getText(), /notulen DKO/);
  await (await b.$('#daftar-kesiapan li.kurang button.tautan')).click();
  await (await b.$("#kesiapan-reviu")).scrollIntoView();
  await b.pause(300);
  const layar2 = await simpanLayar(b, "kesiapan-reviu.png");
  if (process.env.KINERJA_SIMPAN_SCREENSHOT) copyFileSync(layar2, join(AKAR, "docs", "screenshots", "kesiapan-reviu.png"));
});
