CREATE TABLE `imports` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_size` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'reading' NOT NULL,
	`error` text,
	`bytes_read` integer DEFAULT 0 NOT NULL,
	`summary` text,
	`selection` text,
	`total` integer DEFAULT 0 NOT NULL,
	`processed` integer DEFAULT 0 NOT NULL,
	`imported` integer DEFAULT 0 NOT NULL,
	`skipped` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `imports_user_idx` ON `imports` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `share_files` (
	`share_id` text NOT NULL,
	`position` integer NOT NULL,
	`file_name` text NOT NULL,
	`bytes` blob NOT NULL,
	PRIMARY KEY(`share_id`, `position`),
	FOREIGN KEY (`share_id`) REFERENCES `shares`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `shares` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text,
	`claim_hash` text NOT NULL,
	`title` text,
	`text` text,
	`url` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shares_claim_hash_unique` ON `shares` (`claim_hash`);--> statement-breakpoint
CREATE INDEX `shares_time_idx` ON `shares` (`created_at`);--> statement-breakpoint
ALTER TABLE `incidents` ADD `source` text DEFAULT 'form' NOT NULL;--> statement-breakpoint
ALTER TABLE `incidents` ADD `import_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `incidents_import_key_idx` ON `incidents` (`case_id`,`import_key`);