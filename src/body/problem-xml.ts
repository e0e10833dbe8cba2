// RFC 9457 problem details in XML (application/problem+xml): <problem xmlns="urn:ietf:rfc:7807">.
import type { BodyMessage } from './types';
import { PROBLEM_MEMBERS } from './problem-json';
import { elementText, plainText } from './markup';

export function parseProblemXml(text: string, declared: boolean): BodyMessage | undefined {
  if (!declared && !text.includes('urn:ietf:rfc:7807')) return undefined;
  const root = elementText(text, 'problem');
  if (!root) return undefined;
  const fields = PROBLEM_MEMBERS.flatMap((k) => {
    const el = elementText(root.text, k);
    const v = el ? plainText(el.text) : '';
    return v ? [[k, v] as [string, string]] : [];
  });
  return fields.length ? { format: 'problem-xml', fields } : undefined;
}
