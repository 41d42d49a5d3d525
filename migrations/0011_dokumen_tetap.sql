-- A signed or locked document cannot go back or disappear: its status only moves forward (dicetak ->
-- ditandatangani -> terkunci), and a signed or locked row is never deleted. Together with the audit rows of
-- every status change, which `kinerja verify` compares with the table, a lock cannot be undone quietly.
CREATE TRIGGER dokumen_status_maju BEFORE UPDATE OF status ON dokumen
WHEN (OLD.status = 'terkunci' AND NEW.status <> 'terkunci')
  OR (OLD.status = 'ditandatangani' AND NEW.status NOT IN ('ditandatangani', 'terkunci'))
BEGIN SELECT RAISE(ABORT, 'DOKUMEN_TETAP'); END;

CREATE TRIGGER dokumen_tetap_hapus BEFORE DELETE ON dokumen
WHEN OLD.status IN ('ditandatangani', 'terkunci')
BEGIN SELECT RAISE(ABORT, 'DOKUMEN_TETAP'); END;
