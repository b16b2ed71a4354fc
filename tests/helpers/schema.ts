// Validates summaries against the project's JSON Schema (ajv: the standard, well-kept validator).
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import schema from '../../schema/notice-summary.schema.json';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

export function schemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`);
}
