CREATE TYPE "public"."condition" AS ENUM('diabetes', 'kidney_disease', 'artery_disease', 'back_problems', 'iron_deficiency', 'previous_clot', 'active_cancer');--> statement-breakpoint
CREATE TYPE "public"."flag_event_type" AS ENUM('raised', 'evidence_added', 'escalated', 'evidence_withdrawn', 'acknowledged', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."flag_status" AS ENUM('open', 'acknowledged', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."flag_tier" AS ENUM('routine', 'soon', 'urgent', 'emergency');--> statement-breakpoint
CREATE TYPE "public"."medicine" AS ENUM('diuretic', 'asthma_beta_agonist', 'statin', 'calcium_channel_blocker', 'other');--> statement-breakpoint
CREATE TYPE "public"."pattern" AS ENUM('sudden_cramp', 'restless_urge', 'deep_ache_at_rest', 'post_exercise_tightness', 'nerve_burning_shooting', 'swollen_hot_calf', 'pregnancy_cramp');--> statement-breakpoint
CREATE TYPE "public"."relief" AS ENUM('stretching', 'standing_walking', 'massage', 'heat', 'cold', 'dangling_legs', 'moving_legs', 'nothing_helped');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('patient', 'clinician', 'admin');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('female', 'male', 'other', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."side" AS ENUM('left', 'right', 'both', 'none');--> statement-breakpoint
CREATE TYPE "public"."symptom" AS ENUM('calf_swelling', 'calf_warmth', 'calf_redness', 'calf_tenderness', 'chest_pain', 'breathlessness', 'coughing_blood', 'fainting', 'sudden_severe_pain', 'leg_cold_pale_blue', 'numbness', 'tingling', 'foot_weakness', 'saddle_numbness_or_bladder_change', 'pain_walking_eases_rest', 'slow_healing_sores', 'fever', 'skin_changes', 'worse_lying_flat');--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "role" NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sessions_valid_after" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_team" (
	"clinician_user_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"assigned_by" uuid,
	CONSTRAINT "care_team_clinician_user_id_patient_id_pk" PRIMARY KEY("clinician_user_id","patient_id")
);
--> statement-breakpoint
CREATE TABLE "clinical_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"date_of_birth" date,
	"sex" "sex",
	"conditions" "condition"[] DEFAULT '{}' NOT NULL,
	"medicines" "medicine"[] DEFAULT '{}' NOT NULL,
	"pregnancy_due_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patients_user_id_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "diary_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"night_of" date NOT NULL,
	"woke_from_pain" boolean DEFAULT false NOT NULL,
	"episodes" smallint DEFAULT 0 NOT NULL,
	"worst_pain" smallint NOT NULL,
	"longest_episode_minutes" smallint DEFAULT 0 NOT NULL,
	"total_minutes" smallint DEFAULT 0 NOT NULL,
	"minutes_awake" smallint DEFAULT 0 NOT NULL,
	"sleep_quality" smallint,
	"side" "side" NOT NULL,
	"patterns" "pattern"[] DEFAULT '{}' NOT NULL,
	"relief" "relief"[] DEFAULT '{}' NOT NULL,
	"symptoms" "symptom"[] DEFAULT '{}' NOT NULL,
	"hydration_glasses" smallint,
	"long_standing_or_exercise" boolean DEFAULT false NOT NULL,
	"stretched_before_bed" boolean DEFAULT false NOT NULL,
	"new_medicine" boolean DEFAULT false NOT NULL,
	"recent_surgery_or_bedrest" boolean DEFAULT false NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diary_entry_versions" (
	"entry_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"superseded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "diary_entry_versions_entry_id_version_pk" PRIMARY KEY("entry_id","version")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" smallint NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "flag_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"flag_id" uuid NOT NULL,
	"type" "flag_event_type" NOT NULL,
	"actor_user_id" uuid,
	"from_tier" "flag_tier",
	"to_tier" "flag_tier",
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "flag_evidence" (
	"flag_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"night_of" date NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flag_evidence_flag_id_entry_id_pk" PRIMARY KEY("flag_id","entry_id")
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"tier" "flag_tier" NOT NULL,
	"status" "flag_status" DEFAULT 'open' NOT NULL,
	"reason" text NOT NULL,
	"modifiers" text[] DEFAULT '{}' NOT NULL,
	"rules_version" text NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"evidence_withdrawn_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution_note" text
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_email" text,
	"action" text NOT NULL,
	"patient_id" uuid,
	"target_id" text,
	"ip" text,
	"detail" jsonb
);
--> statement-breakpoint
ALTER TABLE "care_team" ADD CONSTRAINT "care_team_clinician_user_id_users_id_fk" FOREIGN KEY ("clinician_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team" ADD CONSTRAINT "care_team_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team" ADD CONSTRAINT "care_team_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clinical_notes" ADD CONSTRAINT "clinical_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entries" ADD CONSTRAINT "diary_entries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diary_entry_versions" ADD CONSTRAINT "diary_entry_versions_entry_id_diary_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."diary_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_events" ADD CONSTRAINT "flag_events_flag_id_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."flags"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_events" ADD CONSTRAINT "flag_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_evidence" ADD CONSTRAINT "flag_evidence_flag_id_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."flags"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_evidence" ADD CONSTRAINT "flag_evidence_entry_id_diary_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."diary_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_idx" ON "sign_in_attempts" USING btree ("email","attempted_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_idx" ON "sign_in_attempts" USING btree ("ip","attempted_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_failed_idx" ON "sign_in_attempts" USING btree ("attempted_at") WHERE not "sign_in_attempts"."succeeded";--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "users_role_name_idx" ON "users" USING btree ("role","name");--> statement-breakpoint
CREATE INDEX "care_team_patient_idx" ON "care_team" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "clinical_notes_patient_idx" ON "clinical_notes" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "diary_entries_patient_night_key" ON "diary_entries" USING btree ("patient_id","night_of");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "flag_events_flag_idx" ON "flag_events" USING btree ("flag_id","at");--> statement-breakpoint
CREATE INDEX "flag_evidence_entry_idx" ON "flag_evidence" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "flags_live_rule_key" ON "flags" USING btree ("patient_id","rule_id") WHERE "flags"."status" in ('open', 'acknowledged');--> statement-breakpoint
CREATE INDEX "flags_patient_idx" ON "flags" USING btree ("patient_id","status");--> statement-breakpoint
CREATE INDEX "flags_worklist_idx" ON "flags" USING btree ("status","tier","first_seen_at");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_events_patient_idx" ON "audit_events" USING btree ("patient_id","at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id","at");