import type { Db } from "../index";

/** A connection or a transaction: query functions that must join a transaction take this. */
export type DbOrTx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];
