CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` text NOT NULL,
	`reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_time_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE TABLE `case_shares` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`user_id` text NOT NULL,
	`sender_id` text NOT NULL,
	`extra_masks` text DEFAULT '[]' NOT NULL,
	`country` text NOT NULL,
	`rule_ids` text DEFAULT '[]' NOT NULL,
	`complained` integer DEFAULT false NOT NULL,
	`first_reply_minutes` integer,
	`redirected` integer DEFAULT false NOT NULL,
	`resolved` integer DEFAULT false NOT NULL,
	`shared_at` integer NOT NULL,
	`hidden_at` integer,
	`hidden_reason` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sender_id`) REFERENCES `senders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_shares_case_id_unique` ON `case_shares` (`case_id`);--> statement-breakpoint
CREATE INDEX `case_shares_sender_idx` ON `case_shares` (`sender_id`,`shared_at`);--> statement-breakpoint
CREATE INDEX `case_shares_user_idx` ON `case_shares` (`user_id`);--> statement-breakpoint
CREATE TABLE `content_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`reporter_id` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`resolved_at` integer,
	`resolution` text,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `content_reports_open_idx` ON `content_reports` (`resolved_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `public_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`share_id` text NOT NULL,
	`evidence_id` text NOT NULL,
	`stored_key` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`crop` text NOT NULL,
	`hidden_at` integer,
	`hidden_reason` text,
	FOREIGN KEY (`share_id`) REFERENCES `case_shares`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `public_evidence_evidence_id_unique` ON `public_evidence` (`evidence_id`);--> statement-breakpoint
CREATE INDEX `public_evidence_share_idx` ON `public_evidence` (`share_id`);--> statement-breakpoint
CREATE INDEX `public_evidence_key_idx` ON `public_evidence` (`stored_key`);--> statement-breakpoint
CREATE TABLE `public_exchanges` (
	`id` text PRIMARY KEY NOT NULL,
	`share_id` text NOT NULL,
	`exchange_id` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`direction` text NOT NULL,
	`channel` text NOT NULL,
	`text` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`hidden_at` integer,
	`hidden_reason` text,
	FOREIGN KEY (`share_id`) REFERENCES `case_shares`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`exchange_id`) REFERENCES `exchanges`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `public_exchanges_exchange_id_unique` ON `public_exchanges` (`exchange_id`);--> statement-breakpoint
CREATE INDEX `public_exchanges_share_idx` ON `public_exchanges` (`share_id`,`occurred_at`);--> statement-breakpoint
CREATE TABLE `public_incidents` (
	`id` text PRIMARY KEY NOT NULL,
	`share_id` text NOT NULL,
	`incident_id` text NOT NULL,
	`sender_id` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`weekday` integer NOT NULL,
	`hour` integer NOT NULL,
	`channel` text NOT NULL,
	`category` text NOT NULL,
	`text` text,
	`call_duration_seconds` integer,
	`rule_ids` text DEFAULT '[]' NOT NULL,
	`hidden_at` integer,
	`hidden_reason` text,
	FOREIGN KEY (`share_id`) REFERENCES `case_shares`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `public_incidents_incident_id_unique` ON `public_incidents` (`incident_id`);--> statement-breakpoint
CREATE INDEX `public_incidents_sender_time_idx` ON `public_incidents` (`sender_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `public_incidents_share_idx` ON `public_incidents` (`share_id`);--> statement-breakpoint
CREATE TABLE `sender_categories` (
	`sender_id` text NOT NULL,
	`category` text NOT NULL,
	`reports` integer NOT NULL,
	PRIMARY KEY(`sender_id`, `category`),
	FOREIGN KEY (`sender_id`) REFERENCES `senders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sender_categories_category_idx` ON `sender_categories` (`category`,`sender_id`);--> statement-breakpoint
CREATE TABLE `sender_stats` (
	`sender_id` text PRIMARY KEY NOT NULL,
	`public_cases` integer NOT NULL,
	`public_reports` integer NOT NULL,
	`reporters` integer NOT NULL,
	`violations` integer NOT NULL,
	`first_seen` integer,
	`last_seen` integer,
	`sector` text,
	`country` text,
	`facts` text NOT NULL,
	FOREIGN KEY (`sender_id`) REFERENCES `senders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sender_stats_last_seen_idx` ON `sender_stats` (`last_seen`);--> statement-breakpoint
CREATE INDEX `sender_stats_reports_idx` ON `sender_stats` (`public_reports`);--> statement-breakpoint
CREATE INDEX `sender_stats_violations_idx` ON `sender_stats` (`violations`);--> statement-breakpoint
ALTER TABLE `senders` ADD `parent_id` text REFERENCES senders(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `senders` ADD `organisation` text;--> statement-breakpoint
ALTER TABLE `senders` ADD `sector` text;--> statement-breakpoint
CREATE INDEX `senders_parent_idx` ON `senders` (`parent_id`);--> statement-breakpoint
CREATE INDEX `senders_organisation_idx` ON `senders` ("organisation" collate nocase);