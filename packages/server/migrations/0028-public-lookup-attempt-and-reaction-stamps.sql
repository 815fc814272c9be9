-- A public dossier lookup's throttle bookkeeping in one statement (issue #18): under the address's advisory lock,
-- count the failures of the (code, address) pair and of the address in the window; a refused attempt counts
-- nothing; a matching one clears the pair's failures (no row, no write, when there were none); a wrong one is
-- recorded. VOLATILE, so each statement reads after the lock what the previous holder committed.
CREATE FUNCTION dossier_lookup_attempt(p_code text, p_ip text, p_at timestamptz, p_matches boolean,
                                       p_per_pair integer, p_per_address integer, p_window interval)
RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  by_address bigint;
  by_pair bigint;
BEGIN
  -- A counter row lost in a crash costs one extra guess, not data: no wait for the disk.
  PERFORM set_config('synchronous_commit', 'off', true);
  PERFORM pg_advisory_xact_lock(1213, hashtext(p_ip));
  SELECT count(*), count(*) FILTER (WHERE code = p_code) INTO by_address, by_pair
    FROM dossier_lookup_failures WHERE ip = p_ip AND at >= p_at - p_window;
  IF by_pair >= p_per_pair OR by_address >= p_per_address THEN
    RETURN false;
  END IF;
  IF p_matches THEN
    DELETE FROM dossier_lookup_failures WHERE ip = p_ip AND code = p_code;
    RETURN true;
  END IF;
  INSERT INTO dossier_lookup_failures (code, ip, at) VALUES (p_code, p_ip, p_at);
  RETURN false;
END;
$$;

-- The published feedback page counts likes and dislikes: reactions stamp their ward like the other public inputs
-- (migration 0018), so the page can be served from results cached per ward and stamp.
CREATE TRIGGER public_inputs_stamp_insert AFTER INSERT ON feedback_reactions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp();
CREATE TRIGGER public_inputs_stamp_update AFTER UPDATE ON feedback_reactions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp();
CREATE TRIGGER public_inputs_stamp_delete AFTER DELETE ON feedback_reactions REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public_inputs_stamp();
