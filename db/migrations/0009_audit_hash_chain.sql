-- A tamper-evident audit log: every row is placed in a hash chain when it is inserted, by a trigger,
-- so every writer (the app, a script, an operator with psql) is covered. See db/schema/audit.ts and
-- docs/audit-log.md.
CREATE TABLE "audit_chain_head" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_chain_head_single_row" CHECK ("audit_chain_head"."id")
);
--> statement-breakpoint
INSERT INTO "audit_chain_head" ("id", "seq", "hash") VALUES (true, 0, repeat('0', 64));
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text;--> statement-breakpoint
-- The canonical form of a row: a JSON array of its fields in a fixed order. jsonb prints the same way
-- whatever the session's settings, and the time is whole microseconds since 1970 (no time zone).
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(e.prev_hash || '|' || jsonb_build_array(
    e.id, e.chain_seq, (extract(epoch FROM e.at) * 1000000)::bigint, e.actor_user_id, e.actor_email,
    e.action, e.patient_id, e.target_id, e.ip, e.detail
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Rows written before the chain existed join it in id order.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_update_delete";
--> statement-breakpoint
DO $$
DECLARE
  r audit_events;
  n bigint := 0;
  previous text := repeat('0', 64);
BEGIN
  FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
    n := n + 1;
    r.chain_seq := n;
    r.prev_hash := previous;
    previous := audit_event_hash(r);
    UPDATE audit_events SET chain_seq = n, prev_hash = r.prev_hash, hash = previous WHERE id = r.id;
  END LOOP;
  UPDATE audit_chain_head SET seq = n, hash = previous WHERE id;
END;
$$;
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_update_delete";
--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "chain_seq" SET DEFAULT null;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "chain_seq" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" SET DEFAULT null;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" SET DEFAULT null;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_chain_seq_idx" ON "audit_events" USING btree ("chain_seq");
--> statement-breakpoint
-- Extends the chain by one row. The head row's lock (FOR UPDATE, held until commit) serialises
-- concurrent writers, so positions follow commit order and no two rows share a predecessor; a
-- writer that waited reads the head as the previous writer committed it. SECURITY DEFINER: the
-- app's role may not touch the head itself. Whatever an insert supplies for the chain columns is
-- overwritten.
CREATE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head audit_chain_head;
BEGIN
  SELECT * INTO head FROM audit_chain_head WHERE id FOR UPDATE;
  NEW.chain_seq := head.seq + 1;
  NEW.prev_hash := head.hash;
  NEW.hash := audit_event_hash(NEW);
  UPDATE audit_chain_head SET seq = NEW.chain_seq, hash = NEW.hash WHERE id;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain
  BEFORE INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
