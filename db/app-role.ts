import type { Sql } from 'postgres';

/**
 * The role the app runs as on PostgreSQL when migrations run as the owner
 * (README, "Two database roles"). It may read and write every table except the
 * audit log, where it may only read and append; it owns nothing, so it cannot
 * alter a table or switch a trigger off.
 */
export const APP_ROLE = 'calfwatch_app';

/** The job queue's schema (pg-boss's default, as lib/jobs uses it). */
const QUEUE_SCHEMA = 'pgboss';

/**
 * Creates the app role if it is missing and grants it what the app needs,
 * including the job queue's schema and default privileges for tables the
 * owner creates later. Idempotent: run after every migration. Skipped when
 * the migrating role may not create roles (then an operator grants by hand).
 */
export async function grantAppRole(client: Sql): Promise<'granted' | 'skipped'> {
  const [me] = await client<{ can: boolean }[]>`
    select rolsuper or rolcreaterole as can from pg_roles where rolname = current_user`;
  if (!me?.can) return 'skipped';
  await client.unsafe(`
    DO $$
    BEGIN
      CREATE ROLE ${APP_ROLE} LOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
  await client.unsafe(`
    GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE};
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE};
    REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM ${APP_ROLE};`);
  const [head] = await client`select to_regclass('audit_chain_head') is not null as present`;
  if (head?.present) {
    await client.unsafe(`
      REVOKE ALL ON audit_chain_head FROM ${APP_ROLE};
      GRANT SELECT ON audit_chain_head TO ${APP_ROLE};`);
  }
  const [queue] = await client`select 1 from pg_namespace where nspname = ${QUEUE_SCHEMA}`;
  if (queue) {
    await client.unsafe(`
      GRANT USAGE ON SCHEMA ${QUEUE_SCHEMA} TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${QUEUE_SCHEMA} TO ${APP_ROLE};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${QUEUE_SCHEMA} TO ${APP_ROLE};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${QUEUE_SCHEMA} TO ${APP_ROLE};
      ALTER DEFAULT PRIVILEGES IN SCHEMA ${QUEUE_SCHEMA} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE};
      ALTER DEFAULT PRIVILEGES IN SCHEMA ${QUEUE_SCHEMA} GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE};
      ALTER DEFAULT PRIVILEGES IN SCHEMA ${QUEUE_SCHEMA} GRANT EXECUTE ON FUNCTIONS TO ${APP_ROLE};`);
  }
  return 'granted';
}

/**
 * Installs or upgrades the job queue's schema as the migrating role, so the
 * app's role never needs to create anything. pg-boss does this itself on
 * start; here it starts without its timers and stops at once.
 */
export async function installJobQueueSchema(url: string): Promise<void> {
  const { PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false });
  boss.on('error', (error) => console.error('[jobs]', error));
  await boss.start();
  await boss.stop({ graceful: false });
}
