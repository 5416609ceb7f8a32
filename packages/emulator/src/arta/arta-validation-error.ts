import { HttpError } from '../server/http-error.js';

/** A FastAPI-style error (`{"detail":[{loc,msg,type}]}`), which is what ARTA answers. */
export function artaValidationError(
  status: number,
  field: string,
  msg: string,
  type = 'value_error',
  input: unknown = null,
): HttpError {
  return new HttpError(status, { detail: [{ type, loc: ['body', field], msg, input }] });
}
