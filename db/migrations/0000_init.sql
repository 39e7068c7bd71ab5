CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`sender_id` text NOT NULL,
	`country` text NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sender_id`) REFERENCES `senders`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_user_sender_uq` ON `cases` (`user_id`,`sender_id`);--> statement-breakpoint
CREATE INDEX `cases_sender_idx` ON `cases` (`sender_id`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`channel` text NOT NULL,
	`sender_input` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`message_text` text,
	`call_answered` integer,
	`call_duration_seconds` integer,
	`call_offer` text,
	`category` text NOT NULL,
	`consent` text NOT NULL,
	`stop_request` text DEFAULT 'none' NOT NULL,
	`stop_requested_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incidents_case_time_idx` ON `incidents` (`case_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `senders` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`display` text NOT NULL,
	`country` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `senders_key_unique` ON `senders` (`key`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`name` text,
	`role` text DEFAULT 'reporter' NOT NULL,
	`locale` text DEFAULT 'id' NOT NULL,
	`time_zone` text DEFAULT 'Asia/Jakarta' NOT NULL,
	`country` text DEFAULT 'ID' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);