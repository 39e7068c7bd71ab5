import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Each test file gets a throwaway data directory, so its database starts empty and migrated.
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "spamtrail-test-"));
process.env.BCRYPT_COST = "4";
