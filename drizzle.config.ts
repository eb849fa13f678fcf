import { defineConfig } from "drizzle-kit";

/** `npx drizzle-kit generate` writes the SQL migrations for src/store/schema.ts into migrations/. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/store/schema.ts",
  out: "./migrations",
});
