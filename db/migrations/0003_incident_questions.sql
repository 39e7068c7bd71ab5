ALTER TABLE `incidents` ADD `company_named` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `source_given` text;