ALTER TABLE `users` ADD `legal_name` text;--> statement-breakpoint
ALTER TABLE `users` ADD `id_number` text;--> statement-breakpoint
ALTER TABLE `users` ADD `postal_address` text;--> statement-breakpoint
ALTER TABLE `users` ADD `phone` text;