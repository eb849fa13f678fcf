-- officer_status is a cache of the engine: empty it (refreshStale recomputes it) and keep flags only.
DELETE FROM "officer_status";--> statement-breakpoint
ALTER TABLE "officer_status" ADD COLUMN "flags" jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "officer_status" DROP COLUMN "answer";