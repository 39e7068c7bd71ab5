-- Hand-edited: drizzle-kit selected the new exchange_id column from the old evidence table.
CREATE TABLE `exchanges` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`channel` text NOT NULL,
	`direction` text NOT NULL,
	`handle` text,
	`occurred_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`body` text,
	`reference` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`is_complaint` integer DEFAULT false NOT NULL,
	`is_stop_request` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `exchanges_case_time_idx` ON `exchanges` (`case_id`,`occurred_at`);--> statement-breakpoint
ALTER TABLE `cases` ADD `opt_out_at` integer;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`incident_id` text,
	`exchange_id` text,
	`kind` text NOT NULL,
	`content_type` text NOT NULL,
	`file_name` text NOT NULL,
	`caption` text,
	`position` integer DEFAULT 0 NOT NULL,
	`original_sha256` text NOT NULL,
	`original_size` integer NOT NULL,
	`stored_key` text NOT NULL,
	`stored_size` integer NOT NULL,
	`thumbnail_key` text,
	`width` integer,
	`height` integer,
	`pages` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "evidence_one_parent" CHECK("__new_evidence"."incident_id" is null or "__new_evidence"."exchange_id" is null)
);
--> statement-breakpoint
INSERT INTO `__new_evidence`("id", "user_id", "incident_id", "exchange_id", "kind", "content_type", "file_name", "caption", "position", "original_sha256", "original_size", "stored_key", "stored_size", "thumbnail_key", "width", "height", "pages", "created_at") SELECT "id", "user_id", "incident_id", NULL, "kind", "content_type", "file_name", "caption", "position", "original_sha256", "original_size", "stored_key", "stored_size", "thumbnail_key", "width", "height", "pages", "created_at" FROM `evidence`;--> statement-breakpoint
DROP TABLE `evidence`;--> statement-breakpoint
ALTER TABLE `__new_evidence` RENAME TO `evidence`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `evidence_incident_idx` ON `evidence` (`incident_id`,`position`);--> statement-breakpoint
CREATE INDEX `evidence_user_idx` ON `evidence` (`user_id`,`incident_id`);--> statement-breakpoint
CREATE INDEX `evidence_stored_key_idx` ON `evidence` (`stored_key`);--> statement-breakpoint
CREATE INDEX `evidence_thumbnail_key_idx` ON `evidence` (`thumbnail_key`);--> statement-breakpoint
CREATE INDEX `evidence_exchange_idx` ON `evidence` (`exchange_id`,`position`);