/**
 * Errors the data layer raises; route handlers, actions and pages map them to
 * statuses (404, 403, 422, 409, 429) in one place; a missing session is
 * the adapters' own check (lib/api/route.ts, lib/actions/action.ts).
 */
export class NotFoundError extends Error {
  readonly status = 404;
  constructor(message = 'Not found') {
    super(message);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = 'You are not allowed to do this') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Invalid input: one message per field code. */
export class ValidationError extends Error {
  readonly status = 422;
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

export class ConflictError extends Error {
  readonly status = 409;
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class ThrottledError extends Error {
  readonly status = 429;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'ThrottledError';
  }
}

export type AppError = NotFoundError | ForbiddenError | ValidationError | ConflictError | ThrottledError;

export function isAppError(error: unknown): error is AppError {
  return (
    error instanceof NotFoundError ||
    error instanceof ForbiddenError ||
    error instanceof ValidationError ||
    error instanceof ConflictError ||
    error instanceof ThrottledError
  );
}
