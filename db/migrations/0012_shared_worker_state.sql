CREATE TABLE `blob_pins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`blob_key` text NOT NULL,
	`pinned_at` integer NOT NULL,
	`deleting` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `blob_pins_key_idx` ON `blob_pins` (`blob_key`);--> statement-breakpoint
CREATE TABLE `page_expiries` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sender_ids` text NOT NULL,
	`expired_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`points` integer DEFAULT 0 NOT NULL,
	`expire` integer
);
