// AWS XML errors: S3's <Error><Code>AccessDenied</Code><Message>…</Message><RequestId>…</RequestId>
// <HostId>…</HostId></Error>, and the Query APIs' <ErrorResponse><Error><Type/><Code/><Message/>
// </Error><RequestId/></ErrorResponse>.
import type { BodyMessage } from './types';
import { elementText, plainText } from './markup';

const MEMBERS = ['Code', 'Message', 'Type', 'RequestId', 'HostId', 'Resource', 'BucketName', 'Key'];

export function parseAwsXml(text: string): BodyMessage | undefined {
  const error = elementText(text, 'Error');
  if (!error) return undefined;
  const code = elementText(error.text, 'Code');
  if (!code || plainText(code.text) === '') return undefined;
  const fields: [string, string][] = [];
  for (const k of MEMBERS) {
    // RequestId sits beside <Error> in the Query APIs' envelope.
    const el = elementText(error.text, k) ?? (k === 'RequestId' ? elementText(text, k) : undefined);
    const v = el ? plainText(el.text) : '';
    if (v) fields.push([k, v]);
  }
  return { format: 'aws-xml', fields };
}
