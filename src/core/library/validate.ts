// Checks that a value is a NoticeSummary, against the project's JSON Schema. @cfworker/json-schema
// validates without generating code, so it runs under the extension's strict CSP (no eval).
import { Validator } from '@cfworker/json-schema';
import schema from '../../../schema/notice-summary.schema.json';

const validator = new Validator(schema as object, '7', false);

export function summaryProblems(value: unknown): string[] {
  const result = validator.validate(value);
  if (result.valid) return [];
  // The deepest errors say what is wrong; the rest repeat them one level up.
  const errors = result.errors.filter((e) => e.keyword !== 'properties' && e.keyword !== '$ref' && e.keyword !== 'items' && e.keyword !== 'allOf');
  return (errors.length ? errors : result.errors).slice(0, 5).map((e) => `${e.instanceLocation.replace(/^#/, '') || 'summary'}: ${e.error}`);
}
