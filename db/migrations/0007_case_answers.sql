ALTER TABLE `cases` ADD `licensed` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `customer` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `product` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `loss_rupiah` integer;--> statement-breakpoint
ALTER TABLE `cases` ADD `number_source` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `collection_target` text;--> statement-breakpoint
ALTER TABLE `incidents` ADD `threatened` text;--> statement-breakpoint
ALTER TABLE `users` ADD `region` text;