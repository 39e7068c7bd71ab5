ALTER TABLE `case_shares` ADD `report_facts` text;--> statement-breakpoint
-- A share's stored contribution to its sender's figures (lib/public/sender-facts.ts) is cleared
-- by any change to its public incidents, whatever the write (a share rewritten, a moderator
-- hiding a report, an incident deleted with its public copy); refreshSenderStats computes it
-- again from that share's incidents. Existing shares start cleared and are computed on their
-- sender's next write (the stored sender figures stay as they are until then).
CREATE TRIGGER `public_incidents_insert_facts` AFTER INSERT ON `public_incidents` BEGIN
  UPDATE `case_shares` SET `report_facts` = NULL WHERE `id` = NEW.`share_id` AND `report_facts` IS NOT NULL;
END;--> statement-breakpoint
CREATE TRIGGER `public_incidents_update_facts` AFTER UPDATE ON `public_incidents` BEGIN
  UPDATE `case_shares` SET `report_facts` = NULL WHERE `id` IN (OLD.`share_id`, NEW.`share_id`) AND `report_facts` IS NOT NULL;
END;--> statement-breakpoint
CREATE TRIGGER `public_incidents_delete_facts` AFTER DELETE ON `public_incidents` BEGIN
  UPDATE `case_shares` SET `report_facts` = NULL WHERE `id` = OLD.`share_id` AND `report_facts` IS NOT NULL;
END;
