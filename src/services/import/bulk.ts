import { sql, type SQL } from "drizzle-orm";
import { arrayLiteral } from "../../store/database.ts";

// Set-based statements: one array parameter per column.

export type Scalar = string | number | boolean | null;

/** Rows per INSERT/UPDATE statement: measured fastest on PGlite and PostgreSQL 15 (bench/import.bench.ts). */
const CHUNK = 10_000;

/** `unnest($1::uuid[], $2::text[], …) as v(a, b, …)` over the columns of `rows`. */
export function unnest<T>(rows: readonly T[], columns: readonly [name: string, type: string, get: (row: T) => Scalar][]): SQL {
  const arrays = columns.map(([, type, get]) => sql`${arrayLiteral(rows.map(get))}::${sql.raw(type)}[]`);
  return sql`unnest(${sql.join(arrays, sql`, `)}) as v(${sql.raw(columns.map(([name]) => name).join(", "))})`;
}

export async function inChunks<T>(items: readonly T[], write: (chunk: readonly T[]) => Promise<void>, progress: (done: number) => void): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) {
    await write(items.slice(i, i + CHUNK));
    progress(Math.min(i + CHUNK, items.length));
  }
}
