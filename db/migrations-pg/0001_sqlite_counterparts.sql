-- What db/migrations says in raw SQL that drizzle-kit cannot generate from db/schema-pg.ts
-- (decision 0018). SQLite's 0010_sender_counters triggers: a share's stored contribution to its
-- sender's figures is cleared by any change to its public incidents, whatever the write.
CREATE FUNCTION "public_incidents_clear_facts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "case_shares" SET "report_facts" = NULL WHERE "id" = OLD."share_id" AND "report_facts" IS NOT NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "case_shares" SET "report_facts" = NULL WHERE "id" = NEW."share_id" AND "report_facts" IS NOT NULL;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "public_incidents_insert_facts" AFTER INSERT ON "public_incidents" FOR EACH ROW EXECUTE FUNCTION "public_incidents_clear_facts"();--> statement-breakpoint
CREATE TRIGGER "public_incidents_update_facts" AFTER UPDATE ON "public_incidents" FOR EACH ROW EXECUTE FUNCTION "public_incidents_clear_facts"();--> statement-breakpoint
CREATE TRIGGER "public_incidents_delete_facts" AFTER DELETE ON "public_incidents" FOR EACH ROW EXECUTE FUNCTION "public_incidents_clear_facts"();
