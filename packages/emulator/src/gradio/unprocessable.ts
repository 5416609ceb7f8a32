import { HttpError } from '../server/http-error.js';

/** A 422 in FastAPI's shape, as Gradio answers malformed requests. */
export function unprocessable(msg: string, loc: readonly (string | number)[] = ['body']): HttpError {
  return new HttpError(422, { detail: [{ type: 'value_error', loc, msg, input: null }] });
}
