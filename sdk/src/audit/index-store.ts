/**
 * Storage of the regulator's audit index: one schema and one set of queries, on an embedded SQLite
 * file (better-sqlite3) or on a PostgreSQL server (pg), chosen by {@link openIndexStore} from a path
 * or a `postgres://` URL.
 *
 * The SQL is written once, in the subset both engines share (`?` placeholders are renumbered to `$n`
 * for PostgreSQL; BIGINT columns; big numbers as decimal TEXT, since a token amount or a field
 * element does not fit 64 bits). Every write of a sync step goes through {@link IndexStore.transaction},
 * so a crash leaves the index at the end of the last committed block range.
 * @packageDocumentation
 */
import { createRequire } from 'node:module';
import { IndexError } from '../../../core/src/errors.js';

/**
 * Version of the schema below; an index of another version is refused, not migrated silently. Version 2 (issue 15):
 * `batch_index`, one row per bill of a settleBatch's one BatchSettled log.
 */
export const INDEX_SCHEMA_VERSION = '2';

/** The schema, in SQL that SQLite and PostgreSQL both accept. */
const SCHEMA = [
  'CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
  // Hash of every indexed block that holds a settlement or a cursor move, and of each range's last
  // block: enough to find the fork point of a reorganisation (blocks without events hold nothing to undo).
  'CREATE TABLE IF NOT EXISTS blocks (number BIGINT PRIMARY KEY, hash TEXT NOT NULL)',
  `CREATE TABLE IF NOT EXISTS settlements (
    block_number BIGINT NOT NULL, log_index INTEGER NOT NULL, batch_index INTEGER NOT NULL,
    tx_hash TEXT NOT NULL, block_hash TEXT NOT NULL,
    meter_id TEXT NOT NULL, retailer TEXT NOT NULL, consumer TEXT NOT NULL,
    period_start BIGINT NOT NULL, period_end BIGINT NOT NULL, tariff_commitment TEXT NOT NULL,
    charge TEXT NOT NULL, credit TEXT NOT NULL, paid TEXT NOT NULL, arrears_added TEXT NOT NULL,
    refunded TEXT NOT NULL, arrears_cleared TEXT NOT NULL, credit_owed TEXT NOT NULL, debt_cleared TEXT NOT NULL,
    public_signals TEXT NOT NULL, proof TEXT NOT NULL,
    verified INTEGER NOT NULL, checks TEXT NOT NULL, reasons TEXT NOT NULL,
    PRIMARY KEY (block_number, log_index, batch_index))`,
  'CREATE INDEX IF NOT EXISTS settlements_meter ON settlements (meter_id, period_start)',
  'CREATE INDEX IF NOT EXISTS settlements_retailer ON settlements (retailer, period_start)',
  'CREATE INDEX IF NOT EXISTS settlements_period ON settlements (period_start)',
  `CREATE TABLE IF NOT EXISTS cursor_moves (
    block_number BIGINT NOT NULL, tx_hash TEXT NOT NULL,
    meter_id TEXT NOT NULL, settlement TEXT NOT NULL, period_start BIGINT NOT NULL, period_end BIGINT NOT NULL,
    settled INTEGER NOT NULL, reason TEXT,
    PRIMARY KEY (tx_hash, meter_id, period_start))`,
  'CREATE INDEX IF NOT EXISTS cursor_moves_block ON cursor_moves (block_number)',
];

/** A row of the settlements table, as stored. */
export interface SettlementRow {
  block_number: number;
  log_index: number;
  /** The bill's position in its settleBatch (a BatchSettled log holds a batch's bills); -1 for a Settled log's bill. */
  batch_index: number;
  tx_hash: string;
  block_hash: string;
  meter_id: string;
  retailer: string;
  consumer: string;
  period_start: number;
  period_end: number;
  tariff_commitment: string;
  charge: string;
  credit: string;
  paid: string;
  arrears_added: string;
  refunded: string;
  arrears_cleared: string;
  credit_owed: string;
  debt_cleared: string;
  /** JSON array of decimal strings. */
  public_signals: string;
  /** JSON of the event's proof points (decimal strings). */
  proof: string;
  /** 1 when every check passed. */
  verified: number;
  /** JSON object: check name -> boolean. */
  checks: string;
  /** JSON array of reasons (empty when verified). */
  reasons: string;
}

/** A row of the cursor_moves table. */
export interface CursorMoveRow {
  block_number: number;
  tx_hash: string;
  meter_id: string;
  settlement: string;
  period_start: number;
  period_end: number;
  settled: number;
  reason: string | null;
}

type Param = string | number | null;

/** What a sync step and the queries need of a database: SQL in, rows out, and transactions. */
export interface IndexStore {
  /** `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /** Runs one statement (with `?` placeholders) and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly Param[]): Promise<T[]>;
  /** Runs `fn` in one transaction: all of its statements are committed, or none. */
  transaction<T>(fn: (tx: Pick<IndexStore, 'query'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Columns of BIGINT type come back from pg as strings: these are turned into numbers. */
const NUMERIC_COLUMNS = new Set(['block_number', 'log_index', 'batch_index', 'number', 'period_start', 'period_end', 'verified', 'settled', 'n', 'ok']);

function normalise<T>(rows: Record<string, unknown>[]): T[] {
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      const v = r[k];
      if (NUMERIC_COLUMNS.has(k) && (typeof v === 'string' || typeof v === 'bigint')) r[k] = Number(v);
    }
  }
  return rows as T[];
}

const require = createRequire(import.meta.url);

/** The SQLite store: one file, synchronous driver (its calls are short), WAL journal. */
class SqliteStore implements IndexStore {
  readonly kind = 'sqlite' as const;
  readonly #db: import('better-sqlite3').Database;
  #inTx = false;

  constructor(file: string) {
    const Database = require('better-sqlite3') as typeof import('better-sqlite3');
    try {
      this.#db = new Database(file);
      this.#db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a committed transaction survives a process crash (not a power cut).
      this.#db.pragma('synchronous = NORMAL');
    } catch (e) {
      throw new IndexError(`cannot open the SQLite index ${file}: ${(e as Error).message}`, { cause: e });
    }
  }

  async query<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    const stmt = this.#db.prepare(sql);
    if (stmt.reader) return normalise<T>(stmt.all(...params) as Record<string, unknown>[]);
    stmt.run(...params);
    return [];
  }

  async transaction<T>(fn: (tx: Pick<IndexStore, 'query'>) => Promise<T>): Promise<T> {
    if (this.#inTx) throw new IndexError('nested index transaction');
    this.#inTx = true;
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const out = await fn(this);
      this.#db.exec('COMMIT');
      return out;
    } catch (e) {
      this.#db.exec('ROLLBACK');
      throw e;
    } finally {
      this.#inTx = false;
    }
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

/** `?` placeholders to PostgreSQL's `$1, $2, ...` (the SQL here has no `?` inside literals). */
function pgSql(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The PostgreSQL store: a small pool; a transaction holds one client. */
class PostgresStore implements IndexStore {
  readonly kind = 'postgres' as const;

  constructor(readonly pool: import('pg').Pool) {}

  async query<T>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    const r = await this.pool.query(pgSql(sql), params as Param[]);
    return normalise<T>(r.rows as Record<string, unknown>[]);
  }

  async transaction<T>(fn: (tx: Pick<IndexStore, 'query'>) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn({
        query: async <R>(sql: string, params: readonly Param[] = []) => normalise<R>((await client.query(pgSql(sql), params as Param[])).rows),
      });
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** True for a `postgres://` or `postgresql://` connection URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens (creating if needed) the index at `location`: a `postgres://user@host:port/db` URL selects
 * PostgreSQL, anything else is the path of a SQLite file (`:memory:` for a throwaway one). The schema
 * is created if missing; an index of another schema version is refused.
 * @throws IndexError when the database cannot be reached or holds another schema version.
 */
export async function openIndexStore(location: string): Promise<IndexStore> {
  let store: IndexStore;
  if (isPostgresUrl(location)) {
    const pg = require('pg') as typeof import('pg');
    const pool = new pg.Pool({ connectionString: location, max: 4 });
    // An idle client's error (server restart) must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    store = new PostgresStore(pool);
    try {
      await store.query('SELECT 1');
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new IndexError(`cannot reach the PostgreSQL index ${redactUrl(location)}: ${(e as Error).message}`, { cause: e });
    }
  } else {
    store = new SqliteStore(location);
  }
  try {
    await store.transaction(async (tx) => {
      for (const stmt of SCHEMA) await tx.query(stmt);
      const [row] = await tx.query<{ value: string }>("SELECT value FROM meta WHERE key = 'schema'");
      if (row === undefined) await tx.query("INSERT INTO meta (key, value) VALUES ('schema', ?)", [INDEX_SCHEMA_VERSION]);
      else if (row.value !== INDEX_SCHEMA_VERSION) {
        throw new IndexError(`the index at ${redactUrl(location)} has schema version ${row.value}; this wattproof reads version ${INDEX_SCHEMA_VERSION}`);
      }
    });
  } catch (e) {
    await store.close().catch(() => undefined);
    if (e instanceof IndexError) throw e;
    throw new IndexError(`cannot set up the index at ${redactUrl(location)}: ${(e as Error).message}`, { cause: e });
  }
  return store;
}

/** A connection URL without its password, for messages. */
export function redactUrl(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, '$1:***@');
}
