DROP INDEX "officer_status_view_headline";--> statement-breakpoint
CREATE INDEX "officer_status_counts" ON "officer_status" USING btree ("view","headline","statute_status");