// End-to-end: an encrypted database asks for its password at start (a wrong one is said so and the screen
// stays), then opens; Pengaturan shows the encryption, refuses a change with a wrong current password, and
// turns it off after asking.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { mulaiAplikasi, simpanLayar } from "./sesi.mjs";

const SANDI = "Sandi Kantor 2025";
const cli = join(dirname(process.env.APP), "kinerja");
let s;
let db;
before(async () => {
  s = await mulaiAplikasi(4444, (dir) => {
    db = join(dir, "kinerja.db");
    execFileSync(cli, ["--db", db, "demo", "--pegawai", "8", "--tahun", "2025"]);
    execFileSync(cli, ["--db", db, "sandi"], { env: { ...process.env, KINERJA_SANDI_BARU: SANDI } });
  });
});
after(async () => {
  await s?.tutup();
});

test("an encrypted database opens only with its password", async () => {
  const b = s.browser;
  assert.ok(!readFileSync(db).includes("KPPN"), "the file holds no plaintext");
  const form = await b.$("#buka-kunci");
  await form.waitForDisplayed({ timeout: 15000 });
  assert.match(await form.getText(), /Basis data terenkripsi/);
  await b.pause(500); // let the window paint before the screenshot
  await simpanLayar(b, "buka-kunci.png");

  await (await b.$("#sandi-buka")).setValue("bukan sandinya");
  await (await b.$("#tombol-buka")).click();
  const galat = await b.$("#galat-sandi");
  await galat.waitForDisplayed({ timeout: 10000 });
  assert.match(await galat.getText(), /Kata sandi salah/);
  assert.ok(await form.isDisplayed(), "the screen stays");

  await (await b.$("#sandi-buka")).setValue(SANDI);
  await (await b.$("#tombol-buka")).click();
  await (await b.$("#tabel-pegawai")).waitForDisplayed({ timeout: 15000 });
  assert.match(await (await b.$("#tabel-pegawai")).getProperty("textContent"), /KPPN|Kepala/);
});

test("Pengaturan: the encryption card changes nothing on a wrong password, then turns encryption off", async () => {
  const b = s.browser;
  await (await b.$('nav button[data-bagian="pengaturan"]')).click();
  const kartu = await b.$("#kartu-enkripsi");
  await kartu.scrollIntoView();
  await kartu.waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#status-enkripsi")).getText(), /Aktif/);

  await (await b.$("#sandi-sekarang")).setValue("salah sekali");
  await (await b.$("#sandi-baru")).setValue("sandi baru sekali");
  await (await b.$("#sandi-ulang")).setValue("sandi baru sekali");
  await (await b.$("#simpan-sandi")).click();
  const galat = await b.$("#galat-enkripsi");
  await galat.waitForDisplayed({ timeout: 10000 });
  assert.match(await galat.getText(), /kata sandi sekarang salah/);
  await b.pause(500);
  await simpanLayar(b, "enkripsi.png");

  await (await b.$("#sandi-sekarang")).setValue(SANDI);
  await (await b.$("#matikan-enkripsi")).click();
  await (await b.$("#konfirmasi")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#konfirmasi-ya")).click();
  await b.waitUntil(async () => /Enkripsi dimatikan/.test(await (await b.$("#kartu-enkripsi")).getText()), { timeout: 20000 });
  assert.match(await (await b.$("#status-enkripsi")).getText(), /Tidak aktif/);
  // The window's own connection was re-opened on the plain file: the app goes on working.
  await (await b.$('nav button[data-bagian="pegawai"]')).click();
  await (await b.$("#tabel-pegawai")).waitForDisplayed({ timeout: 10000 });
  assert.ok(readFileSync(db).includes("KPPN"), "plain again");
  const r = spawnSync(cli, ["--db", db, "pegawai"], { env: { ...process.env, KINERJA_SANDI: "" } });
  assert.equal(r.status, 0, r.stderr.toString());
});
