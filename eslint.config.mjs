import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".e2e-data/**", "data/**", "test-results/**", "playwright-report/**", "e2e/screenshots/**", "next-env.d.ts"]),
  {
    plugins: { drizzle },
    rules: {
      // A delete or update without a where clause empties or rewrites a whole table.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // Leaving a field out by destructuring it into an _underscored name is on purpose.
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // About the React Compiler, which this app does not use (react-hook-form's watch() is fine without it).
      "react-hooks/incompatible-library": "off",
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl/server",
              importNames: ["getTranslations", "getFormatter"],
              message: "Import them from @/i18n/server: same calls, with the parsed messages and formatters kept for the process.",
            },
          ],
        },
      ],
    },
  },
  {
    // Every query is async (decision 0021): a promise left unawaited is a write that may land after
    // its transaction, or a check that is always true.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    // Pages and components render what a loader in lib/ returns; SQL stays behind lib/ and db/.
    // A separate rule name from the next-intl one above, so neither config replaces the other.
    files: ["app/**", "components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+|\\./)db(/|$)",
              allowTypeImports: true,
              message: "Pages and components do not read the database: call a loader in lib/ that returns what the page renders (types may still be imported).",
            },
          ],
        },
      ],
    },
  },
  {
    // With several workers on one SQLite file, a deferred transaction that reads before it writes
    // fails with SQLITE_BUSY instead of waiting: writes go through writeTransaction (db/index.ts).
    files: ["lib/**", "app/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='transaction'][callee.object.callee.name='getDb']",
          message: "Use writeTransaction from @/db: it begins IMMEDIATE, so a worker waits for another's write instead of failing.",
        },
      ],
    },
  },
]);
