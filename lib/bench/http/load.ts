import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'PUT';
  headers?: Record<string, string>;
  /** Per request, given the connection's own context (one patient per connection, say). */
  setupRequest?: (request: autocannon.Request, context: Record<string, unknown>) => autocannon.Request;
}

/** What the table and the JSON report per route. */
export interface LoadFigures {
  p50: number;
  p97_5: number;
  requestsPerSecond: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers together. */
  errors: number;
}

/** Drives one route with autocannon for a fixed time and returns its figures (latency in ms). */
export async function drive(options: LoadOptions): Promise<LoadFigures> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers,
    timeout: 30,
    requests: options.setupRequest
      ? [{ setupRequest: options.setupRequest as (request: autocannon.Request, context: object) => autocannon.Request }]
      : undefined,
  });
  return {
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
