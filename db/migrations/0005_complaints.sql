CREATE TABLE `complaints` (
	`id` text PRIMARY KEY NOT NULL,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`fields` text NOT NULL,
	`generated` text NOT NULL,
	`filed_at` integer,
	`filed_channel` text,
	`filed_reference` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaints_case_kind_uq` ON `complaints` (`case_id`,`kind`);