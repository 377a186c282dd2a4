CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "patient_summaries" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"last_entry" date,
	"pain_7" integer NOT NULL,
	"pain_30" integer NOT NULL,
	"entries_14" integer NOT NULL,
	"mean_7" double precision,
	"trend_delta" double precision,
	"flag_rank" smallint NOT NULL,
	"live_flags" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patient_summary_clock" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"as_of" date NOT NULL,
	"rolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patient_summary_clock_single_row" CHECK ("patient_summary_clock"."id")
);
--> statement-breakpoint
CREATE INDEX "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "users_email_trgm_idx" ON "users" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
-- Pain night (lib/rules/predicates.ts isPainNight): worst pain ≥ 1, or an episode, or woke from pain.
CREATE FUNCTION is_pain_night(worst_pain smallint, episodes smallint, woke_from_pain boolean) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT worst_pain >= 1 OR episodes >= 1 OR woke_from_pain $$;
--> statement-breakpoint
-- Recomputes the given patients' rows from their nights and live flags, for windows ending the night
-- before p_today (lib/dal/panel-windows.ts): last 7 (today−7 …), the 7 before (today−14 …), last 14, last 30.
-- The trend needs 3 entries in each week (TREND_MIN_ENTRIES). Callers hold the locks (see below).
CREATE FUNCTION patient_summaries_upsert(p_ids uuid[], p_today date) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO patient_summaries AS s
    (patient_id, as_of, last_entry, pain_7, pain_30, entries_14, mean_7, trend_delta, flag_rank, live_flags, updated_at)
  SELECT t.id, p_today,
    (SELECT max(e.night_of) FROM diary_entries e WHERE e.patient_id = t.id),
    r.pain_7, r.pain_30, r.entries_14,
    round(r.mean_7, 1)::float8,
    CASE WHEN r.n_7 >= 3 AND r.n_prev >= 3 THEN round(r.mean_7 - r.mean_prev, 1)::float8 END,
    l.flag_rank, l.live_flags, now()
  FROM unnest(p_ids) AS t(id)
  CROSS JOIN LATERAL (
    SELECT
      (count(*) FILTER (WHERE d.night_of >= p_today - 7 AND is_pain_night(d.worst_pain, d.episodes, d.woke_from_pain)))::int AS pain_7,
      (count(*) FILTER (WHERE is_pain_night(d.worst_pain, d.episodes, d.woke_from_pain)))::int AS pain_30,
      (count(*) FILTER (WHERE d.night_of >= p_today - 14))::int AS entries_14,
      avg(d.worst_pain) FILTER (WHERE d.night_of >= p_today - 7) AS mean_7,
      count(*) FILTER (WHERE d.night_of >= p_today - 7) AS n_7,
      avg(d.worst_pain) FILTER (WHERE d.night_of >= p_today - 14 AND d.night_of < p_today - 7) AS mean_prev,
      count(*) FILTER (WHERE d.night_of >= p_today - 14 AND d.night_of < p_today - 7) AS n_prev
    FROM diary_entries d
    WHERE d.patient_id = t.id AND d.night_of >= p_today - 30 AND d.night_of < p_today
  ) r
  CROSS JOIN LATERAL (
    SELECT
      coalesce(max(CASE f.tier WHEN 'emergency' THEN 4 WHEN 'urgent' THEN 3 WHEN 'soon' THEN 2 ELSE 1 END), 0)::smallint AS flag_rank,
      count(*)::int AS live_flags
    FROM flags f
    WHERE f.patient_id = t.id AND f.status IN ('open', 'acknowledged')
  ) l
  WHERE EXISTS (SELECT 1 FROM patients p WHERE p.id = t.id)
  ON CONFLICT (patient_id) DO UPDATE SET
    as_of = excluded.as_of, last_entry = excluded.last_entry, pain_7 = excluded.pain_7, pain_30 = excluded.pain_30,
    entries_14 = excluded.entries_14, mean_7 = excluded.mean_7, trend_delta = excluded.trend_delta,
    flag_rank = excluded.flag_rank, live_flags = excluded.live_flags, updated_at = excluded.updated_at;
END $$;
--> statement-breakpoint
-- Refresh after a write, inside the writing transaction. Locks, in this order:
--  1. the summaries lock (7402113, 8) shared: a roll (which takes it exclusively) waits for writers in flight
--     and writers wait for a roll, so neither overwrites the other with figures from an older snapshot;
--  2. the patients' rows FOR NO KEY UPDATE, in id order: two writers for one patient take turns, and the second
--     recomputes after the first committed (each statement here reads a fresh snapshot), so the last write wins
--     with every night counted. The application's own writes already hold the row FOR UPDATE.
CREATE FUNCTION refresh_patient_summaries(p_ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_today date;
BEGIN
  IF coalesce(cardinality(p_ids), 0) = 0 THEN RETURN; END IF;
  -- A bulk loader (the scale generator) may defer the work for its own transactions, then must call
  -- rebuild_patient_summaries() once it is done.
  IF current_setting('calfwatch.defer_summaries', true) = 'on' THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock_shared(7402113, 8);
  PERFORM 1 FROM patients WHERE id = ANY (p_ids) ORDER BY id FOR NO KEY UPDATE;
  SELECT as_of INTO v_today FROM patient_summary_clock;
  PERFORM patient_summaries_upsert(p_ids, coalesce(v_today, current_date));
END $$;
--> statement-breakpoint
-- Moves every summary's windows to p_today (the daily roll; idempotent). Returns the rows rewritten.
CREATE FUNCTION roll_patient_summaries(p_today date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_ids uuid[];
BEGIN
  IF (SELECT as_of FROM patient_summary_clock) = p_today THEN RETURN 0; END IF;
  PERFORM pg_advisory_xact_lock(7402113, 8);
  INSERT INTO patient_summary_clock (id, as_of, rolled_at) VALUES (true, p_today, now())
  ON CONFLICT (id) DO UPDATE SET as_of = excluded.as_of, rolled_at = excluded.rolled_at
  WHERE patient_summary_clock.as_of IS DISTINCT FROM excluded.as_of;
  IF NOT FOUND THEN RETURN 0; END IF;
  v_ids := ARRAY(SELECT id FROM patients ORDER BY id);
  PERFORM patient_summaries_upsert(v_ids, p_today);
  RETURN cardinality(v_ids);
END $$;
--> statement-breakpoint
-- Recomputes every patient for the clock's day, as a roll does (after a bulk load that deferred the triggers).
CREATE FUNCTION rebuild_patient_summaries() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_ids uuid[];
BEGIN
  PERFORM pg_advisory_xact_lock(7402113, 8);
  v_ids := ARRAY(SELECT id FROM patients ORDER BY id);
  PERFORM patient_summaries_upsert(v_ids, coalesce((SELECT as_of FROM patient_summary_clock), current_date));
  RETURN cardinality(v_ids);
END $$;
--> statement-breakpoint
CREATE FUNCTION patient_summaries_after_diary_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_patient_summaries(ARRAY(SELECT DISTINCT patient_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_patient_summaries(ARRAY(
      SELECT patient_id FROM new_rows UNION SELECT patient_id FROM old_rows));
  ELSE
    PERFORM refresh_patient_summaries(ARRAY(SELECT DISTINCT patient_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER diary_entries_summary_insert AFTER INSERT ON diary_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION patient_summaries_after_diary_write();
--> statement-breakpoint
CREATE TRIGGER diary_entries_summary_update AFTER UPDATE ON diary_entries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION patient_summaries_after_diary_write();
--> statement-breakpoint
CREATE TRIGGER diary_entries_summary_delete AFTER DELETE ON diary_entries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION patient_summaries_after_diary_write();
--> statement-breakpoint
-- Flags: a new flag, or a change of status or tier (last_seen_at and evidence updates change no figure).
CREATE FUNCTION patient_summaries_after_flag_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_patient_summaries(ARRAY(SELECT DISTINCT patient_id FROM new_rows));
  ELSE
    PERFORM refresh_patient_summaries(ARRAY(
      SELECT DISTINCT x.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL unnest(ARRAY[n.patient_id, o.patient_id]) AS x(id)
      WHERE (n.status, n.tier, n.patient_id) IS DISTINCT FROM (o.status, o.tier, o.patient_id)));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER flags_summary_insert AFTER INSERT ON flags
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION patient_summaries_after_flag_write();
--> statement-breakpoint
CREATE TRIGGER flags_summary_update AFTER UPDATE ON flags
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION patient_summaries_after_flag_write();
--> statement-breakpoint
-- Existing databases: every patient's row, for today's windows in the server's zone (the app rolls to its own).
INSERT INTO patient_summary_clock (id, as_of) VALUES (true, current_date);
--> statement-breakpoint
SELECT patient_summaries_upsert(ARRAY(SELECT id FROM patients ORDER BY id), current_date);
