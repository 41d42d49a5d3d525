// End-to-end: backups and the integrity check from Pengaturan, restore after asking, and one window per data
// folder (a second start of the app ends and leaves the first running).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { mulaiAplikasi, simpanLayar } from "./sesi.mjs";

let s;
before(async () => {
  s = await mulaiAplikasi();
});
after(async () => {
  await s?.tutup();
});

test("Pengaturan: a checked backup, the integrity check, and a restore after asking", async () => {
  const b = s.browser;
  await (await b.$("#pilihan-awal")).waitForDisplayed({ timeout: 15000 });
  await (await b.$("#jumlah-pegawai")).setValue("12");
  await (await b.$("#tahun-demo")).setValue("2025");
  await (await b.$("#buat-contoh")).click();
  await (await b.$("#tabel-pegawai")).waitForDisplayed({ timeout: 20000 });

  await (await b.$('nav button[data-bagian="pengaturan"]')).click();
  const kartu = await b.$("#kartu-cadangan");
  await kartu.scrollIntoView();
  await kartu.waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#folder-cadangan")).getText(), /cadangan$/);
  await (await b.$("#buat-cadangan")).click();
  await (await b.$("#pesan-cadangan")).waitForDisplayed({ timeout: 10000 });
  await b.waitUntil(async () => (await b.$$("#tabel-cadangan tbody tr td.nama")).length >= 1, { timeout: 5000 });
  const baris = await (await b.$("#tabel-cadangan tbody tr")).getText();
  assert.match(baris, /KPPN/);
  assert.match(baris, /12 pegawai/);

  await (await b.$("#periksa-keutuhan")).click();
  const lap = await b.$("#laporan-keutuhan");
  await lap.waitForDisplayed({ timeout: 10000 });
  assert.match(await lap.getText(), /Data utuh/);
  assert.match(await lap.getText(), /Rantai hash riwayat perubahan utuh/);
  await simpanLayar(b, "cadangan.png");

  // A change after the backup (through the CLI beside the open app), then restore from the list.
  const cli = join(dirname(process.env.APP), "kinerja");
  const db = join(s.dataDir, "kinerja.db");
  const nip = execFileSync(cli, ["--db", db, "pegawai"]).toString().split("\t")[0];
  const koreksi = (...a) => execFileSync(cli, ["--db", db, "koreksi", "--tahun", "2025", "--nip", nip, ...a]).toString();
  assert.match(koreksi("--nilai", "2", "--alasan", "uji sesudah cadangan"), /koreksi 2/);
  await (await b.$("#tabel-cadangan tbody tr button")).click();
  await (await b.$("#konfirmasi")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#konfirmasi")).getText(), /sebelum-pulih/);
  await (await b.$("#konfirmasi-ya")).click();
  await b.waitUntil(async () => /Dipulihkan dari/.test(await (await b.$("#pesan-cadangan")).getText()), { timeout: 10000 });
  // The content before the restore is itself listed as a backup.
  await b.waitUntil(async () => /sebelum-pulih-/.test(await (await b.$("#tabel-cadangan")).getText()), { timeout: 5000 });
  assert.doesNotMatch(koreksi(), /uji sesudah cadangan/, "the change after the backup is gone");
  const verify = execFileSync(cli, ["--db", db, "verify"]).toString();
  assert.match(verify, /UTUH/);
});

test("a second start of the app for the same data folder ends and leaves the first window", async () => {
  const kedua = spawn(process.env.APP, [], { env: { ...process.env, KINERJA_DATA_DIR: s.dataDir }, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  kedua.stderr.on("data", (d) => (err += d));
  const kode = await new Promise((r, j) => {
    const t = setTimeout(() => { kedua.kill("SIGKILL"); j(new Error("instans kedua tidak berakhir")); }, 15000);
    kedua.once("exit", (c) => { clearTimeout(t); r(c); });
  });
  assert.equal(kode, 0);
  assert.match(err, /sudah terbuka/);
  // The first window still answers.
  assert.match(await (await s.browser.$("h1")).getText(), /Pengaturan/);
});
