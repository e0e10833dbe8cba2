// The parts of a HAR 1.2 entry Status Lens reads and writes (the browsers add their own
// underscore-prefixed fields: Chrome's _error names a network failure).

export interface HarNameValue {
  name: string;
  value: string;
}

export interface HarEntry {
  startedDateTime?: string;
  time?: number;
  request: {
    method: string;
    url: string;
    httpVersion?: string;
    headers?: HarNameValue[];
    queryString?: HarNameValue[];
    cookies?: HarNameValue[];
    headersSize?: number;
    bodySize?: number;
    postData?: { mimeType?: string; text?: string; params?: HarNameValue[] };
  };
  response: {
    status: number;
    statusText?: string;
    httpVersion?: string;
    headers?: HarNameValue[];
    cookies?: HarNameValue[];
    content?: { size?: number; mimeType?: string; text?: string; encoding?: string; compression?: number };
    redirectURL?: string;
    headersSize?: number;
    bodySize?: number;
    _error?: string;
    _transferSize?: number;
  };
  cache?: Record<string, unknown>;
  timings?: { blocked?: number; dns?: number; connect?: number; send?: number; wait?: number; receive?: number; ssl?: number };
  serverIPAddress?: string;
  _resourceType?: string;
  [extra: string]: unknown;
}
