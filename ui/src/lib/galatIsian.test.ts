import { describe, expect, it } from "vitest";
import { cocokIsian, cocokLabel } from "./galatIsian";

describe("cocokIsian", () => {
  const kasus: [string | undefined, string, boolean][] = [
    ["NIP", "NIP", true],
    ["NIP", "nip ", true],
    ["NIP atasan|Atasan langsung", "Atasan langsung", true],
    ["NIP atasan|Atasan langsung", "NIP", false],
    ["IKU 1.2 TW III", "IKU 1.2 TW III", true],
    [undefined, "NIP", false],
    ["", "NIP", false],
  ];
  for (const [data, nama, harap] of kasus) {
    it(`${data} ~ ${nama}`, () => expect(cocokIsian(data, nama)).toBe(harap));
  }
});

describe("cocokLabel", () => {
  const kasus: [string, string, boolean][] = [
    ["Target tahunan ", "Target tahunan", true],
    ["Angka kredit (jabatan fungsional) ", "Angka kredit", true],
    ["R worst (target 0)", "R worst", true],
    ["Kode ", "Kode IKU/IKI", false],
    ["NIP (18 digit) ", "NIP atasan", false],
    ["", "NIP", false],
  ];
  for (const [teks, nama, harap] of kasus) {
    it(`${teks} ~ ${nama}`, () => expect(cocokLabel(teks, nama)).toBe(harap));
  }
});
