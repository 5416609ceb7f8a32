import { HttpError } from '../server/http-error.js';

/** An error in the shape Google APIs answer with: `{"error":{"code","message","status"}}`. */
export function googleError(code: number, message: string, status: string): HttpError {
  return new HttpError(code, { error: { code, message, status } });
}
