'use client';

/** What a settings form shows after saving: the line under its button. */
export interface SaveStatus {
  ok: boolean;
  message: string;
}

/** The API's answer to a settings PUT: on failure, its message and per-field messages. */
export interface SaveAnswer {
  ok: boolean;
  error?: string;
  fields?: Record<string, string>;
}

/** PUTs a settings body as JSON to the API and reads its answer. */
export async function putSettings(url: string, body: unknown): Promise<SaveAnswer> {
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { error?: string; fields?: Record<string, string> };
  return { ...answer, ok: response.ok };
}

/** The saved / not saved line, announced to screen readers. */
export function SaveStatusLine({ status }: { status: SaveStatus | null }) {
  if (!status) return null;
  return (
    <p role="status" className={status.ok ? 'text-green-800' : 'text-red-700'}>
      {status.message}
    </p>
  );
}
