CREATE TABLE `job_leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL,
	`last_run_at` integer
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`data` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`read_at` integer,
	`email_state` text DEFAULT 'pending' NOT NULL,
	`email_claimed_at` integer,
	`email_sent_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_subject_uq` ON `notifications` (`user_id`,`kind`,`subject`);--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notifications_email_idx` ON `notifications` (`email_state`,`created_at`);--> statement-breakpoint
CREATE TABLE `organisation_members` (
	`user_id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organisation_members_org_idx` ON `organisation_members` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `organisation_senders` (
	`sender_id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`sender_id`) REFERENCES `senders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `organisation_senders_org_idx` ON `organisation_senders` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`domain` text NOT NULL,
	`complaint_contact` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_domain_unique` ON `organisations` (`domain`);--> statement-breakpoint
CREATE TABLE `sender_claims` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`organisation_name` text NOT NULL,
	`domain` text NOT NULL,
	`sender_ids` text NOT NULL,
	`note` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`organisation_id` text,
	`decided_by` text,
	`decided_at` integer,
	`reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `sender_claims_status_idx` ON `sender_claims` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `sender_claims_user_idx` ON `sender_claims` (`user_id`);--> statement-breakpoint
CREATE TABLE `sender_replies` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`sender_id` text NOT NULL,
	`report_id` text,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`author_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`hidden_at` integer,
	`hidden_reason` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sender_id`) REFERENCES `senders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `public_incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `sender_replies_sender_idx` ON `sender_replies` (`sender_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `sender_replies_report_idx` ON `sender_replies` (`report_id`);--> statement-breakpoint
ALTER TABLE `content_reports` ADD `kind` text DEFAULT 'flag' NOT NULL;--> statement-breakpoint
ALTER TABLE `content_reports` ADD `organisation_id` text REFERENCES organisations(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `exchanges` ADD `reply_id` text REFERENCES sender_replies(id) ON DELETE set null;--> statement-breakpoint
CREATE UNIQUE INDEX `exchanges_reply_uq` ON `exchanges` (`case_id`,`reply_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `email_off` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `email_digest` integer DEFAULT false NOT NULL;