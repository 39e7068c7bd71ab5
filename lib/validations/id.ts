import { z } from "zod";
import "./text";

/** Ids in URLs and action arguments: anything else is answered as "not found". */
export const idSchema = z.uuid();

export const isUuid = (value: unknown): value is string => idSchema.safeParse(value).success;
