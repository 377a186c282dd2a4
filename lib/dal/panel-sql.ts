import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { careTeam, isLiveFlagSql } from '@/db/schema';
import type { PanelCursor } from '../validation/panel-api-query';
import type { FlagFilter, PanelSortKey, TrendFilter } from '../validation/panel-params';
import { TREND_MIN_ENTRIES, TREND_THRESHOLD, type PanelWindows } from './panel-windows';
import { onCareTeam } from './care-team';
import { escapeLike } from './users';

export interface PanelSqlOptions {
  clinicianUserId: string;
  windows: PanelWindows;
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

const PAIN_NIGHT = sql.raw('(d.worst_pain >= 1 or d.episodes >= 1 or d.woke_from_pain)');
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
 * The care team drives the plan: per patient, lateral aggregates read the last
 * 30 nights through the covering (patient_id, night_of, …) index and the live
 * flags through (patient_id, status); each returns exactly one row, so the
 * planner's estimates stay at panel size. Sorting, filtering and paging happen
 * on the aggregates in SQL; only the requested page leaves the database.
 */
export function panelSql(options: PanelSqlOptions): SQL {
  const { windows: w } = options;
  const pattern = options.query ? `%${escapeLike(options.query)}%` : null;
  const search = pattern ? sql`and (u.name ilike ${pattern} or u.email ilike ${pattern})` : sql``;
  const filters = [flagCondition(options.flag), trendCondition(options.trend), keysetCondition(options)].filter(
    (condition): condition is SQL => condition !== undefined,
  );
  const where = filters.length > 0 ? sql`where ${sql.join(filters, sql` and `)}` : sql``;
  const direction = sql.raw(options.desc ? 'desc' : 'asc');
  return sql`
    with rows as (
      select p.id, u.name, u.email, lower(u.name) as sort_name,
        (select max(e.night_of) from diary_entries e where e.patient_id = p.id)::text as last_entry,
        r.pain_7, r.pain_30, r.entries_14,
        round(r.mean_7, 1)::float8 as mean_7,
        case when r.n_7 >= ${TREND_MIN_ENTRIES} and r.n_prev >= ${TREND_MIN_ENTRIES}
          then round(r.mean_7 - r.mean_prev, 1)::float8 end as delta,
        l.flag_rank, l.live_count
      from ${careTeam}
      join patients p on p.id = ${careTeam.patientId}
      join users u on u.id = p.user_id
      cross join lateral (
        select
          (count(*) filter (where d.night_of >= ${w.last7From}::date and ${PAIN_NIGHT}))::int as pain_7,
          (count(*) filter (where ${PAIN_NIGHT}))::int as pain_30,
          (count(*) filter (where d.night_of >= ${w.last14From}::date))::int as entries_14,
          avg(d.worst_pain) filter (where d.night_of >= ${w.last7From}::date) as mean_7,
          count(*) filter (where d.night_of >= ${w.last7From}::date) as n_7,
          avg(d.worst_pain) filter (where d.night_of >= ${w.previous7From}::date and d.night_of < ${w.last7From}::date) as mean_prev,
          count(*) filter (where d.night_of >= ${w.previous7From}::date and d.night_of < ${w.last7From}::date) as n_prev
        from diary_entries d
        where d.patient_id = p.id and d.night_of >= ${w.last30From}::date and d.night_of < ${w.today}::date
      ) r
      cross join lateral (
        select
          coalesce(max(case f.tier when 'emergency' then 4 when 'urgent' then 3 when 'soon' then 2 else 1 end), 0)::int as flag_rank,
          count(*)::int as live_count
        from flags f
        where f.patient_id = p.id and ${isLiveFlagSql(sql.raw('f.status'))}
      ) l
      where ${onCareTeam({ userId: options.clinicianUserId })} ${search}
    ),
    ranked as (
      select rows.*, ${SORT_EXPRESSIONS[options.sort].expression} as sort_value from rows
    )
    select ranked.*, (count(*) over ())::int as total
    from ranked
    ${where}
    order by sort_value ${direction}, sort_name asc, id asc
    limit ${options.limit} offset ${options.offset}
  `;
}

/** Rows from `db.execute`, whichever driver ran it (postgres.js gives an array, PGlite `{ rows }`). */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
