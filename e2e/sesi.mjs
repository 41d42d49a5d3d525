// Starts tauri-driver for the real app binary with a fresh KINERJA_DATA_DIR and opens a WebDriver session.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

export const AKAR = join(dirname(fileURLToPath(import.meta.url)), "..");

// `siapkan(dataDir)` runs before the app starts (e.g. writes a database into the data folder with the CLI).
export async function mulaiAplikasi(port = 4444, siapkan = null) {
  const app = process.env.APP;
  if (!app) throw new Error("APP (path of the kinerja-app binary) must be set");
  const dataDir = mkdtempSync(join(tmpdir(), "kinerja-e2e-"));
  if (siapkan) siapkan(dataDir);
  const driver = spawn(process.env.TAURI_DRIVER ?? "tauri-driver", ["--port", String(port)], {
    // The file dialogs' test hook: the app reads the answer to its next dialog from this file (see jawabDialog).
    env: { ...process.env, KINERJA_DATA_DIR: dataDir, KINERJA_UJI_DIALOG: join(dataDir, "jawaban-dialog.txt") },
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "warn",
    capabilities: { "tauri:options": { application: app }, "wdio:enforceWebDriverClassic": true },
  });
  // Xvfb has no window manager to maximise the window: give it the office laptop's whole screen, 1366x768, as a
  // maximised window would have (the app's own fallback is 1280x720).
  await browser.setWindowSize(1366, 768).catch(() => {});
  const tutup = async () => {
    await browser.deleteSession().catch(() => {});
    // SIGTERM, not SIGKILL: tauri-driver then stops WebKitWebDriver itself (no orphan holding stdout).
    driver.kill("SIGTERM");
    await new Promise((r) => driver.once("exit", r));
  };
  return { browser, dataDir, tutup };
}

export async function simpanLayar(browser, nama) {
  const dir = join(AKAR, "e2e", "artifacts");
  mkdirSync(dir, { recursive: true });
  const p = join(dir, nama);
  await browser.saveScreenshot(p);
  return p;
}

/**
 * Answers the app's next file dialog as a person would: a folder (the suggested name in it), a file's path, or
 * "batal". The answer stays until the next call.
 */
export function jawabDialog(dataDir, jawaban) {
  writeFileSync(join(dataDir, "jawaban-dialog.txt"), jawaban);
}

/** The paths the app asked the system to open (Buka berkas / Buka folder), oldest first. */
export function yangDibuka(dataDir) {
  const p = join(dataDir, "jawaban-dialog.txt.dibuka");
  return existsSync(p) ? readFileSync(p, "utf8").split("\n").filter(Boolean) : [];
}
