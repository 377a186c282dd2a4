import { apiRoute } from '@/lib/api/route';
import { setActiveHandler } from '../../../_lib/api-user';

/** POST /api/v1/admin/users/{id}/reactivate → { user }; the user signs in again with their password. */
export const POST = apiRoute<{ id: string }>('users:manage', setActiveHandler(true));
