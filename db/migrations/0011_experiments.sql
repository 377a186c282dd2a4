CREATE TYPE "public"."experiment_factor" AS ENUM('stretched_before_bed');--> statement-breakpoint
CREATE TYPE "public"."experiment_status" AS ENUM('running', 'finished', 'abandoned');--> statement-breakpoint
CREATE TABLE "experiments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"factor" "experiment_factor" NOT NULL,
	"start_night" date NOT NULL,
	"end_night" date NOT NULL,
	"status" "experiment_status" DEFAULT 'running' NOT NULL,
	"started_by" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"abandoned_at" timestamp with time zone,
	"result" jsonb,
	CONSTRAINT "experiments_fourteen_nights" CHECK ("experiments"."end_night" = "experiments"."start_night" + 13),
	CONSTRAINT "experiments_finished_has_result" CHECK ("experiments"."status" <> 'finished' or ("experiments"."result" is not null and "experiments"."ended_at" is not null)),
	CONSTRAINT "experiments_abandoned_recorded" CHECK ("experiments"."status" <> 'abandoned' or ("experiments"."abandoned_at" is not null and "experiments"."ended_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "experiments_one_running_per_patient" ON "experiments" USING btree ("patient_id") WHERE "experiments"."status" = 'running';--> statement-breakpoint
CREATE INDEX "experiments_patient_idx" ON "experiments" USING btree ("patient_id","start_night" DESC NULLS LAST);