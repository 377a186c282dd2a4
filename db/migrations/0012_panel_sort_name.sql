-- The patient table's tie-break (the name, in lower case) joins the summary row, so sorting, filtering and
-- paging a 5,000-patient panel read the care team and this table only; names and e-mails are joined for
-- the page's rows alone (docs/patient-summaries.md, "The name").
ALTER TABLE "patient_summaries" ADD COLUMN "sort_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- The worklist's "not reporting" list starts from the few patients whose last entry is missing or old.
CREATE INDEX "patient_summaries_last_entry_idx" ON "patient_summaries" USING btree ("last_entry");--> statement-breakpoint
CREATE OR REPLACE FUNCTION patient_summaries_upsert(p_ids uuid[], p_today date) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO patient_summaries AS s
    (patient_id, as_of, last_entry, pain_7, pain_30, entries_14, mean_7, trend_delta, flag_rank, live_flags,
     sort_name, updated_at)
  SELECT t.id, p_today,
    (SELECT max(e.night_of) FROM diary_entries e WHERE e.patient_id = t.id),
    r.pain_7, r.pain_30, r.entries_14,
    round(r.mean_7, 1)::float8,
    CASE WHEN r.n_7 >= 3 AND r.n_prev >= 3 THEN round(r.mean_7 - r.mean_prev, 1)::float8 END,
    l.flag_rank, l.live_flags, n.sort_name, now()
  FROM unnest(p_ids) AS t(id)
  JOIN LATERAL (
    SELECT lower(u.name) AS sort_name FROM patients p JOIN users u ON u.id = p.user_id WHERE p.id = t.id
  ) n ON true
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
  ON CONFLICT (patient_id) DO UPDATE SET
    as_of = excluded.as_of, last_entry = excluded.last_entry, pain_7 = excluded.pain_7, pain_30 = excluded.pain_30,
    entries_14 = excluded.entries_14, mean_7 = excluded.mean_7, trend_delta = excluded.trend_delta,
    flag_rank = excluded.flag_rank, live_flags = excluded.live_flags, sort_name = excluded.sort_name,
    updated_at = excluded.updated_at;
END $$;
--> statement-breakpoint
-- A new patient gets a row at once (zero figures, their name), so the table never has to look elsewhere.
CREATE FUNCTION patient_summaries_after_patient_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_patient_summaries(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER patients_summary_insert AFTER INSERT ON patients
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION patient_summaries_after_patient_insert();
--> statement-breakpoint
-- A renamed patient: recomputed under the usual locks, so a roll in flight cannot write the old name back.
CREATE FUNCTION patient_summaries_after_user_rename() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_patient_summaries(ARRAY(
    SELECT p.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN patients p ON p.user_id = n.id
    WHERE n.name IS DISTINCT FROM o.name));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER users_summary_rename AFTER UPDATE ON users
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION patient_summaries_after_user_rename();
--> statement-breakpoint
-- Existing databases: every patient's row, with the name, for the clock's day.
SELECT rebuild_patient_summaries();
