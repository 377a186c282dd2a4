import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { careTeam } from '@/db/schema';
import type { PanelCursor } from '../validation/panel-api-query';
import type { FlagFilter, PanelSortKey, TrendFilter } from '../validation/panel-params';
import { TREND_THRESHOLD } from './panel-windows';
import { onCareTeam } from './care-team';
import { escapeLike } from './users';

export interface PanelSqlOptions {
  clinicianUserId: string;
  query: string;
  sort: PanelSortKey;
  desc: boolean;
  flag: FlagFilter | null;
  trend: TrendFilter | null;
  limit: number;
  offset: number;
  cursor: PanelCursor | null;
}

/** One row as the database returns it (snake_case, explicit casts so both drivers agree). */
export interface PanelSqlRow {
  id: string;
  name: string;
  email: string;
  sort_name: string;
  last_entry: string | null;
  pain_7: number;
  pain_30: number;
  entries_14: number;
  mean_7: number | null;
  delta: number | null;
  flag_rank: number;
  live_count: number;
  sort_value: number | string;
  total: number;
}

/**
 * Sort expressions over the `rows` CTE, allow-listed by key. Missing values
 * sort as the lowest (no entries, no flag), so keyset comparisons never meet a
 * NULL. Text keys compare as text, the rest as float8.
 */
const SORT_EXPRESSIONS: Record<PanelSortKey, { expression: SQL; type: 'text' | 'float8' }> = {
  name: { expression: sql.raw('sort_name'), type: 'text' },
  last_entry: { expression: sql.raw(`coalesce(last_entry, '')`), type: 'text' },
  pain_nights_7d: { expression: sql.raw('pain_7::float8'), type: 'float8' },
  pain_nights_30d: { expression: sql.raw('pain_30::float8'), type: 'float8' },
  mean_worst_pain_7d: { expression: sql.raw('coalesce(mean_7, -1)'), type: 'float8' },
  trend: { expression: sql.raw('coalesce(delta, -99)'), type: 'float8' },
  highest_flag: { expression: sql.raw('flag_rank::float8'), type: 'float8' },
  adherence_14d: { expression: sql.raw('entries_14::float8'), type: 'float8' },
};

const TIER_RANK: Record<Exclude<FlagFilter, 'any' | 'none'>, number> = { routine: 1, soon: 2, urgent: 3, emergency: 4 };

function flagCondition(flag: FlagFilter | null): SQL | undefined {
  if (!flag) return undefined;
  if (flag === 'any') return sql`flag_rank > 0`;
  if (flag === 'none') return sql`flag_rank = 0`;
  return sql`flag_rank = ${TIER_RANK[flag]}`;
}

function trendCondition(trend: TrendFilter | null): SQL | undefined {
  if (trend === 'rising') return sql`delta >= ${TREND_THRESHOLD}`;
  if (trend === 'falling') return sql`delta <= ${-TREND_THRESHOLD}`;
  if (trend === 'steady') return sql`delta > ${-TREND_THRESHOLD} and delta < ${TREND_THRESHOLD}`;
  return undefined;
}

function keysetCondition(options: PanelSqlOptions): SQL | undefined {
  if (!options.cursor) return undefined;
  const [value, name, id] = options.cursor;
  const { type } = SORT_EXPRESSIONS[options.sort];
  const cursorValue = type === 'text' ? sql`${String(value)}::text` : sql`${Number(value)}::float8`;
  const beyond = options.desc ? sql`sort_value < ${cursorValue}` : sql`sort_value > ${cursorValue}`;
  return sql`(${beyond} or (sort_value = ${cursorValue} and (sort_name, id) > (${name}::text, ${id}::uuid)))`;
}

/**
 * The clinician's panel with every figure the table shows, in one statement.
 * The figures and the name's sort key come from `patient_summaries` (one row
 * per patient, kept by the database in the writing transaction and rolled
 * daily: see docs/patient-summaries.md), so sorting, filtering, counting and
 * paging read the care team and that table only, one row per patient whatever
 * their number of nights; names and e-mails are joined for the page's rows
 * alone. A search joins the names first, through the trigram indexes on name
 * and e-mail when the planner finds that cheaper. Only the requested page
 * leaves the database.
 */
export function panelSql(options: PanelSqlOptions): SQL {
  const pattern = options.query ? `%${escapeLike(options.query)}%` : null;
  const search = pattern
    ? sql`join patients sp on sp.id = ${careTeam.patientId}
        join users su on su.id = sp.user_id and (su.name ilike ${pattern} or su.email ilike ${pattern})`
    : sql``;
  const filters = [flagCondition(options.flag), trendCondition(options.trend), keysetCondition(options)].filter(
    (condition): condition is SQL => condition !== undefined,
  );
  const where = filters.length > 0 ? sql`where ${sql.join(filters, sql` and `)}` : sql``;
  const direction = sql.raw(options.desc ? 'desc' : 'asc');
  const order = sql`order by sort_value ${direction}, sort_name asc, id asc`;
  return sql`
    with rows as (
      select ${careTeam.patientId} as id,
        -- Every patient has a row from the moment they exist (migration 0012); the fallback keeps a patient
        -- in the list even if a bulk load has deferred theirs.
        coalesce(s.sort_name, (select lower(nu.name) from patients np join users nu on nu.id = np.user_id
                               where np.id = ${careTeam.patientId})) as sort_name,
        s.last_entry::text as last_entry,
        coalesce(s.pain_7, 0)::int as pain_7, coalesce(s.pain_30, 0)::int as pain_30,
        coalesce(s.entries_14, 0)::int as entries_14,
        s.mean_7::float8 as mean_7, s.trend_delta::float8 as delta,
        coalesce(s.flag_rank, 0)::int as flag_rank, coalesce(s.live_flags, 0)::int as live_count
      from ${careTeam}
      ${search}
      left join patient_summaries s on s.patient_id = ${careTeam.patientId}
      where ${onCareTeam({ userId: options.clinicianUserId })}
    ),
    ranked as (
      select rows.*, ${SORT_EXPRESSIONS[options.sort].expression} as sort_value from rows
    ),
    page as (
      select ranked.*, (count(*) over ())::int as total
      from ranked
      ${where}
      ${order}
      limit ${options.limit} offset ${options.offset}
    )
    select page.*, u.name, u.email
    from page
    join patients p on p.id = page.id
    join users u on u.id = p.user_id
    ${order}
  `;
}

export { rowsOf } from '@/db/rows';
