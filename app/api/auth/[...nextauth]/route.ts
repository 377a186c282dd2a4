import { guardRoute } from '@/lib/api/cross-site';
import { handlers } from '@/lib/auth/auth';

// Auth.js's endpoints answer no-store, and its POSTs (sign-in, sign-out) are refused from
// other sites (403). Only the Origin check applies: the sign-in form posts form-encoded.
export const GET = guardRoute({ requireJson: false }, handlers.GET);
export const POST = guardRoute({ requireJson: false }, handlers.POST);
