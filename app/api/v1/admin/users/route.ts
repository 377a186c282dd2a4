import { NextResponse } from 'next/server';
import { readJsonBody } from '@/lib/api/json-body';
import { apiRoute } from '@/lib/api/route';
import { createUser } from '@/lib/dal/user-accounts';
import { listUsers } from '@/lib/dal/users';
import { newAccountSchema, userListQuerySchema } from '@/lib/validation/accounts';
import { parseQueryStrict } from '@/lib/validation/query-params';

/** GET /api/v1/admin/users?role&status&query&cursor → { users, next_cursor } */
export const GET = apiRoute('users:manage', async ({ request, actor, db }) => {
  const query = parseQueryStrict(userListQuerySchema, request.nextUrl.searchParams);
  return NextResponse.json(await listUsers(db, actor, query));
});

/** POST /api/v1/admin/users { email, name, role, password } → 201 { id, patient_id } */
export const POST = apiRoute('users:manage', async ({ request, actor, db }) => {
  const read = await readJsonBody(request, newAccountSchema);
  if (!read.ok) return read.response;
  const account = read.value;
  const created = await createUser(db, actor, account);
  return NextResponse.json(created, { status: 201, headers: { Location: `/api/v1/admin/users/${created.id}` } });
});
