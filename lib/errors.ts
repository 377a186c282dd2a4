/**
 * Errors the data layer raises; route handlers, actions and pages map them to
 * statuses (404, 403, 422, 409, 429, 401) in one place.
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

export class UnauthenticatedError extends Error {
  readonly status = 401;
  constructor(message = 'Sign in required') {
    super(message);
    this.name = 'UnauthenticatedError';
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

export type AppError =
  NotFoundError | ForbiddenError | UnauthenticatedError | ValidationError | ConflictError | ThrottledError;

export function isAppError(error: unknown): error is AppError {
  return (
    error instanceof NotFoundError ||
    error instanceof ForbiddenError ||
    error instanceof UnauthenticatedError ||
    error instanceof ValidationError ||
    error instanceof ConflictError ||
    error instanceof ThrottledError
  );
}
