import type { z } from 'zod';
import type { OptionIssue } from './invalid-options-error.js';

const SECRET_FIELD = /key|token|cookie|secret|password|authorization/i;

/** Flattens zod issues into field paths and readable messages. */
export function zodIssuesToOptionIssues(error: z.ZodError, prefix = ''): OptionIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = [prefix, path].filter(Boolean).join('.') || '(root)';
    const secret = SECRET_FIELD.test(field);
    const received = !secret && 'input' in issue && issue.input !== undefined ? ` (got ${safeShow(issue.input)})` : '';
    return { field, message: `${issue.message}${received}` };
  });
}

function safeShow(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
  } catch {
    return String(value);
  }
}
