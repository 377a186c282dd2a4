import { apiRoute } from '@/lib/api/route';
import { setActiveHandler } from '../../../_lib/api-user';

/** POST /api/v1/admin/users/{id}/deactivate → { user }; ends the user's sessions. 403 for one's own account. */
export const POST = apiRoute<{ id: string }>('users:manage', setActiveHandler(false));
