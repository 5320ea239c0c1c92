/**
 * graphql-js writes the offending value into its coercion and validation messages ("String cannot
 * represent a non string value: 13812345678"). A value may be someone's phone number or name: these
 * rewrite such messages to say what is wrong and where, never what was sent.
 */
const REWRITES: [RegExp, string][] = [
  // "Expected value of type "String!", found 123; String cannot represent …" (a literal in the document)
  [/^(Expected value of type "[^"]+"), found [\s\S]*$/, '$1.'],
  // "String cannot represent a non string value: 123", "Int cannot represent non-integer value: …", enum variants
  [/^([\w "]+? cannot represent [\w\s-]*?value)\b[\s\S]*$/, '$1.'],
  // "Value "X" does not exist in "CaseKind" enum. Did you mean …"
  [/^Value [\s\S]* does not exist in ("\w+") enum\.[\s\S]*$/, 'The value is not one of the $1 enum’s values.'],
];

export function withoutValues(message: string): string {
  for (const [pattern, replacement] of REWRITES) if (pattern.test(message)) return message.replace(pattern, replacement);
  return message;
}
