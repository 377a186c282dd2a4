import { NextRequest } from 'next/server';

export type RouteHandler = (request: NextRequest, context: { params: Promise<never> }) => Promise<Response>;

export interface RouteCall {
  params?: Record<string, string>;
  /** Appended after `?` as written, so tests can send odd encodings. */
  query?: string;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
}

/**
 * Calls an App Router handler in-process, as the framework would. The session
 * is whatever the test has mocked `@/lib/dal/session` to return.
 */
export async function callRoute(
  handler: RouteHandler,
  method: string,
  path: string,
  options: RouteCall = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const url = `http://localhost/api/v1${path}${options.query ? `?${options.query}` : ''}`;
  const body =
    typeof options.body === 'string' || options.body === undefined ? options.body : JSON.stringify(options.body);
  const response = await handler(
    new NextRequest(url, { method, body, headers: { 'content-type': 'application/json' } }),
    {
      params: Promise.resolve((options.params ?? {}) as never),
    },
  );
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
