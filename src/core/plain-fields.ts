/**
 * The usual front matter, one `key: value` a line, read without the YAML parser, which cost more
 * than the rest of parsing such a file. Anything YAML could read otherwise (a comment, a list, an
 * indented line, a single-quoted or escaped string, a number, a boolean, a null) is left to it.
 */

const LINE = /^([A-Za-z][A-Za-z0-9_-]{0,99}): +(.*)$/;
const DOUBLE_QUOTED = /^"([^"\\\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff]*)"$/;
/** A plain scalar: no indicator first, no control character, comment or `: ` inside, nothing after. */
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^\t\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]*$/;
/** What the YAML core schema reads as other than a string (null, boolean, integer, float). */
const NOT_A_STRING =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** The fields of `yaml` (lines already `\n`), or undefined when it is not all plain one-line fields. */
export function plainFields(yaml: string): Record<string, string> | undefined {
  const fields: Record<string, string> = {};
  for (const line of yaml.split('\n')) {
    if (line === '') continue;
    const m = LINE.exec(line);
    const value = m ? valueOf(m[2]) : undefined;
    if (!m || value === undefined || NOT_A_STRING.test(m[1])) return undefined;
    fields[m[1]] = value;
  }
  return fields;
}

function valueOf(raw: string): string | undefined {
  const quoted = DOUBLE_QUOTED.exec(raw);
  if (quoted) return quoted[1];
  const plain = PLAIN.test(raw) && !raw.includes(': ') && !raw.includes(' #') && !/[\s:]$/.test(raw) && !NOT_A_STRING.test(raw);
  return plain ? raw : undefined;
}
