// End-to-end: an office starting from nothing plans its year entirely in the app (no import, no CLI).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mulaiAplikasi } from "./sesi.mjs";

let s;
before(async () => {
  s = await mulaiAplikasi();
});
after(async () => {
  await s?.tutup();
});

test("Empty start: letterhead, unit, two pegawai, a year, an SS and a cascaded IKU; findings follow", async () => {
  const b = s.browser;
  await (await b.$("#pilihan-awal")).waitForDisplayed({ timeout: 15000 });
  await (await b.$("#mulai-kosong")).click();
  await (await b.$("#tabel-pegawai")).waitForDisplayed({ timeout: 10000 });
  // The empty list says what to do next, and its buttons do it.
  const kosong = await b.$("#kosong-pegawai");
  await kosong.waitForDisplayed({ timeout: 5000 });
  assert.match(await kosong.getText(), /Belum ada pegawai.*impor/s);
  await (await kosong.$("button=Impor dari Excel")).click();
  await (await b.$("#berkas-impor")).waitForDisplayed({ timeout: 5000 });
  await (await b.$('nav button[data-bagian="pegawai"]')).click();
  await (await b.$("#kosong-pegawai")).waitForDisplayed({ timeout: 5000 });

  await (await b.$('button[data-tab="kantor"]')).click();
  await (await b.$("#k-nama")).setValue("KPPN Contoh Baru");
  await (await b.$("#k-simpan")).click();
  await b.waitUntil(async () => (await (await b.$(".merek small")).getText()) === "KPPN Contoh Baru", { timeout: 5000 });
  await (await b.$("#tambah-unit")).click();
  await (await b.$("#u-nama")).setValue("KPPN Contoh Baru");
  await (await b.$("#u-jenis")).selectByVisibleText("Kantor");
  await (await b.$("#u-simpan")).click();
  await (await b.$('#pohon-unit li[data-unit="KPPN Contoh Baru"]')).waitForDisplayed({ timeout: 5000 });

  await (await b.$('button[data-tab="pegawai"]')).click();
  const pegawai = [
    ["197501012000031001", "Kepala Kantor Pelayanan Perbendaharaan Negara", ""],
    ["199001012015031002", "Pelaksana Seksi Bank", "197501012000031001"],
  ];
  for (const [nip, jabatan, atasan] of pegawai) {
    await (await b.$("#tambah-pegawai")).click();
    await (await b.$("#form-pegawai")).waitForDisplayed({ timeout: 5000 });
    await (await b.$("#f-nip")).setValue(nip);
    await (await b.$("#f-nama")).setValue(`Pegawai ${nip.slice(-3)}`);
    await (await b.$("#f-jabatan")).setValue(jabatan);
    await (await b.$("#f-unit")).setValue("KPPN Contoh Baru");
    // The atasan is chosen by name from the office's pegawai.
    if (atasan) await (await b.$("#f-atasan")).selectByAttribute("value", atasan);
    await (await b.$("#f-simpan")).click();
    await (await b.$("#form-pegawai")).waitForDisplayed({ reverse: true, timeout: 5000 });
  }
  await b.waitUntil(async () => (await b.$$("#tabel-pegawai tbody tr[data-nip]")).length === 2, { timeout: 5000 });

  await (await b.$('nav button[data-bagian="perencanaan"]')).click();
  await (await b.$("#form-tahun-baru")).waitForDisplayed({ timeout: 5000 });
  await (await b.$("#baru-tahun")).setValue("2025");
  await (await b.$("#baru-jalankan")).click();
  await (await b.$("#peta-strategi")).waitForDisplayed({ timeout: 5000 });
  assert.match(await (await b.$("#tahun-rencana")).getValue(), /2025/);
  await (await b.$('button[data-tambah-ss="stakeholder"]')).click();
  await (await b.$("#ss-nama")).setValue("Pelaksanaan anggaran satker yang berkualitas");
  await (await b.$("#ss-simpan")).click();
  await (await b.$('button[data-ss="SS-1.1"]')).waitForDisplayed({ timeout: 5000 });

  // The head's IKU, then the pelaksana's IKI cascaded from it.
  await (await b.$('button[data-tab="skp"]')).click();
  for (const [nip, kode, cascade] of [["197501012000031001", "1.1", false], ["199001012015031002", "1.1.1", true]]) {
    await (await b.$(`#daftar-skp button[data-nip="${nip}"]`)).click();
    await b.waitUntil(async () => (await (await b.$("#skp-nama")).getText()).endsWith(nip.slice(-3)), { timeout: 5000 });
    await (await b.$("#tambah-iki")).click();
    await (await b.$("#form-iki")).waitForDisplayed({ timeout: 5000 });
    await (await b.$("#iki-kode")).setValue(kode);
    await (await b.$("#iki-nama")).setValue("Nilai IKPA satker mitra");
    await (await b.$("#iki-ss")).selectByIndex(1);
    await (await b.$("#iki-target")).setValue("95");
    for (let q = 1; q <= 4; q++) await (await b.$(`#iki-tw-${q}`)).setValue("95");
    if (cascade) {
      await (await b.$("#iki-induk")).selectByIndex(1);
      await (await b.$("#iki-cascading")).selectByIndex(1);
    }
    await (await b.$("#iki-simpan")).click();
    await (await b.$("#form-iki")).waitForDisplayed({ reverse: true, timeout: 5000 });
    await (await b.$(`tr[data-iki="${kode}"]`)).waitForDisplayed({ timeout: 5000 });
    // No "SKP belum memiliki IKI" once an IKI is there.
    assert.equal(await (await b.$('#temuan-pegawai [data-kode="KK-004"]')).isExisting(), false);
  }
  await (await b.$('button[data-tab="cascading"]')).click();
  await b.waitUntil(async () => /1\.1\.1 Pegawai 002/.test(await (await b.$("#tabel-cascading")).getText()), { timeout: 5000 });
});
