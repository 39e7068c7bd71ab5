CREATE TABLE `evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`incident_id` text,
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
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `evidence_incident_idx` ON `evidence` (`incident_id`,`position`);--> statement-breakpoint
CREATE INDEX `evidence_user_idx` ON `evidence` (`user_id`,`incident_id`);--> statement-breakpoint
CREATE INDEX `evidence_stored_key_idx` ON `evidence` (`stored_key`);--> statement-breakpoint
CREATE INDEX `evidence_thumbnail_key_idx` ON `evidence` (`thumbnail_key`);