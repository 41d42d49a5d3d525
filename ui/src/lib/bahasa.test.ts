// People see Bahasa Indonesia: the words on every screen (text, placeholders, tooltips, labels for screen readers)
// are scanned for English a user would otherwise meet.
import { describe, expect, it } from "vitest";

// Every component's source, read by Vite at test time.
const SUMBER = import.meta.glob("../**/*.svelte", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

const INGGRIS = [
  "error", "errors", "warning", "save", "cancel", "delete", "loading", "submit", "search", "settings", "choose",
  "file", "files", "selected", "fully", "partially", "true", "false", "null", "undefined", "none", "yes",
  "open", "close", "print", "import", "export", "password", "backup", "restore", "unknown", "invalid", "failed",
  "success", "please", "the", "and", "of", "to", "is", "not",
];

/** The words of a component's markup a person reads: text between tags and the values of placeholder, title,
 * aria-label and alt; script, style and `{…}` expressions left out. */
function kataTampil(svelte: string): string[] {
  let m = svelte.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<style[\s\S]*?<\/style>/g, "");
  // Expressions, innermost first (they nest).
  for (let i = 0; i < 6; i++) m = m.replace(/\{[^{}]*\}/g, " ");
  const atribut = [...m.matchAll(/\b(?:placeholder|title|aria-label|alt)="([^"]*)"/g)].map((x) => x[1]);
  const teks = m.replace(/<[^>]*>/g, " ");
  return [teks, ...atribut].join(" ").split(/[^A-Za-zÀ-ÿ]+/).filter(Boolean);
}

describe("Bahasa Indonesia on every screen", () => {
  it("finds the English word in a sample", () => {
    expect(kataTampil('<script>const error = 1;</script><p title="Save">Simpan {error} data</p>')).toEqual(
      expect.arrayContaining(["Simpan", "data", "Save"]),
    );
    expect(kataTampil("<p>{#if x}Ya{/if}</p>")).not.toContain("if");
  });

  it("no English word in any component", () => {
    const temuan: string[] = [];
    expect(Object.keys(SUMBER).length).toBeGreaterThan(20);
    for (const [f, isi] of Object.entries(SUMBER)) {
      for (const k of kataTampil(isi)) {
        if (INGGRIS.includes(k.toLowerCase())) temuan.push(`${f}: ${k}`);
      }
    }
    expect(temuan).toEqual([]);
  });
});
