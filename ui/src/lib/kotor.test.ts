import { describe, expect, it, vi } from "vitest";
import { bolehPergi, jaga, kotor, simpanSemua, yangKotor } from "./kotor.svelte";

// Answers the dialog the shell would draw, once it is asked.
async function jawab(j: "simpan" | "buang" | "kembali") {
  await vi.waitFor(() => expect(kotor.tanya).not.toBeNull());
  kotor.tanya!(j);
}

describe("unsaved work", () => {
  it("goes on at once when nothing is unsaved", async () => {
    expect(await bolehPergi()).toBe(true);
    expect(kotor.tanya).toBeNull();
  });

  it("Kembali stays and keeps the work; Buang drops it; Simpan saves it, or stays when saving fails", async () => {
    const buang = vi.fn();
    let berhasil = false;
    const simpan = vi.fn(async () => berhasil);
    jaga("grid", { label: "trajectory Budi", simpan, buang });

    let r = bolehPergi();
    await jawab("kembali");
    expect(await r).toBe(false);
    expect(yangKotor()).toHaveLength(1);

    r = bolehPergi();
    await jawab("simpan");
    expect(await r).toBe(false);
    expect(simpan).toHaveBeenCalledTimes(1);
    expect(yangKotor()).toHaveLength(1);

    berhasil = true;
    r = bolehPergi();
    await jawab("simpan");
    expect(await r).toBe(true);
    expect(yangKotor()).toHaveLength(0);

    jaga("grid", { label: "trajectory Budi", simpan, buang });
    r = bolehPergi();
    await jawab("buang");
    expect(await r).toBe(true);
    expect(buang).toHaveBeenCalledTimes(1);
    expect(yangKotor()).toHaveLength(0);
  });

  it("Ctrl+S saves every unsaved place without asking, and keeps one whose save failed", async () => {
    const a = vi.fn(async () => true);
    const b = vi.fn(async () => false);
    jaga("a", { label: "trajectory", simpan: a });
    jaga("b", { label: "HKT baru", simpan: b });
    expect(await simpanSemua()).toBe(false);
    expect(kotor.tanya).toBeNull();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    expect(yangKotor().map((p) => p.label)).toEqual(["HKT baru"]);
    jaga("b", null);
    expect(await simpanSemua()).toBe(true);
  });

  it("closing one form asks about that form only; Buang puts back that form only", async () => {
    const buangA = vi.fn();
    const buangB = vi.fn();
    jaga("a", { label: "HKT baru", simpan: async () => true, buang: buangA });
    jaga("b", { label: "realisasi", simpan: async () => true, buang: buangB });
    expect(await bolehPergi(["c"])).toBe(true);
    expect(kotor.tanya).toBeNull();
    const r = bolehPergi(["a"]);
    await vi.waitFor(() => expect(kotor.tanya).not.toBeNull());
    expect(yangKotor(kotor.hanya).map((p) => p.label)).toEqual(["HKT baru"]);
    kotor.tanya!("buang");
    expect(await r).toBe(true);
    expect(buangA).toHaveBeenCalledTimes(1);
    expect(buangB).not.toHaveBeenCalled();
    expect(yangKotor().map((p) => p.label)).toEqual(["realisasi"]);
    jaga("b", null);
  });
});
