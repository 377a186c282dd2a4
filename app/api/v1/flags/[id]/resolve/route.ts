import { apiRoute } from '@/lib/api/route';
import { resolveFlag } from '@/lib/dal/flags';
import { flagActionHandler } from '../../_lib/flag-action';

/** Resolves a flag with a note (care team only; 422 without a note; 409 when already resolved). */
export const POST = apiRoute<{ id: string }>('flags:act', flagActionHandler(resolveFlag));
