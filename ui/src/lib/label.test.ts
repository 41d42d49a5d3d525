import { describe, expect, it } from "vitest";
import { hariIni } from "./label";

describe("today for a date field", () => {
  it("is the local date, not the UTC one", () => {
    // 06.30 local on 2 Desember: UTC may still be 1 Desember.
    expect(hariIni(new Date(2026, 11, 2, 6, 30))).toBe("2026-12-02");
    expect(hariIni(new Date(2026, 0, 9, 23, 59))).toBe("2026-01-09");
  });
});
