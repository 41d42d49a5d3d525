-- Every stored scan of a signed copy gets its hash into the audit chain ('pindaian' rows), as the app now writes
-- with each new scan: a scan replaced later, hash and all, no longer matches the chain. Scans stored before this
-- version are anchored as they are at upgrade.
INSERT INTO audit (waktu, entitas, kunci, aksi, sebelum, sesudah)
SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), 'dokumen', id, 'pindaian', NULL, sha_scan
  FROM dokumen
 WHERE sha_scan IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM audit a WHERE a.entitas = 'dokumen' AND a.kunci = dokumen.id AND a.aksi = 'pindaian' AND a.sesudah = dokumen.sha_scan)
 ORDER BY id;
