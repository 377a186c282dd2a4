import { apiRoute } from '@/lib/api/route';
import { acknowledgeFlag } from '@/lib/dal/flags';
import { flagActionHandler } from '../../_lib/flag-action';

/** Acknowledges an open flag (care team only; 409 when it is not open). Body `{ "note" }` optional. */
export const POST = apiRoute<{ id: string }>('flags:act', flagActionHandler(acknowledgeFlag));
