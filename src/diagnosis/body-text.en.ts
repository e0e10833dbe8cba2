// English words for the body and timing hints (body-hints.ts). Values from the body are quoted
// as given and rendered as text.
import { bodyTextModule, s, timeoutList, type BodyWords } from './body-text-module';

const version = (p: Parameters<BodyWords['hints']['timing']>[0]) => (s(p, 'version') ? ` ${s(p, 'version')}` : '');
const withDetails = (p: Parameters<BodyWords['hints']['timing']>[0]) => (s(p, 'details') ? ` (${s(p, 'details')})` : '');

export const words: BodyWords = {
  formats: {
    'problem-json': 'an RFC 9457 problem document (JSON)',
    'problem-xml': 'an RFC 9457 problem document (XML)',
    oauth: 'an OAuth 2 error (RFC 6749)',
    graphql: 'a GraphQL error response',
    'aws-xml': 'an AWS error',
    'google-json': 'a Google API error',
    'json-error': 'a JSON error',
    'html-page': 'an HTML error page',
  },
  debugKinds: {
    django: 'Django\'s debug page (DEBUG = True)',
    rails: 'Rails\' development exception page',
    laravel: 'Laravel\'s debug page (APP_DEBUG)',
    express: 'Express\'s development error page (NODE_ENV is not "production")',
    werkzeug: 'the Werkzeug debugger',
    aspnet: 'ASP.NET\'s detailed error page (customErrors off)',
    php: 'PHP errors printed to the page (display_errors on)',
    java: 'a Java stack trace',
    python: 'a Python traceback',
    node: 'a Node.js stack trace',
    ruby: 'a Ruby backtrace',
    dotnet: 'a .NET stack trace',
  },
  timeouts: {
    'nginx-proxy-read': 'nginx proxy_read_timeout',
    'aws-alb-idle': 'the AWS load balancer\'s idle timeout',
    'cloudflare-origin': 'Cloudflare\'s wait for the origin',
    'heroku-router': 'the Heroku router\'s request timeout',
    'varnish-first-byte': 'Varnish first_byte_timeout',
    'haproxy-server': 'HAProxy `timeout server`',
    'apache-proxy': 'Apache ProxyTimeout (Timeout by default)',
    'cloudfront-origin': 'CloudFront\'s origin response timeout',
  },
  sampleDefault: 'no built-in default; Debian\'s sample configuration:',
  noBody: {
    opaque: 'the browser does not hand extensions this body (an opaque or cross-origin response, or one it did not keep)',
    'before-devtools': 'the request finished before DevTools was open, so its body was not captured; reload the page with DevTools open',
    'too-large': 'the body is larger than Status Lens reads (64 KB), so it was not read',
    empty: 'the response had an empty body',
    unavailable: 'the browser gave no body for this request',
    'network-failure': 'the request failed before any response arrived',
  },
  detailLabels: { rayId: 'Ray ID', errorCode: 'error', substatus: 'substatus', hresult: 'HRESULT', xid: 'XID' },
  seconds: (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`,
  hints: {
    'body-message': (p, w) => `The body is ${w.formats[s(p, 'format') as keyof BodyWords['formats']] ?? s(p, 'format')}: ${s(p, 'summary')}.`,
    'body-graphql-200': (p) => `GraphQL errors in a ${s(p, 'status')} response: the status says success, but the body lists ${s(p, 'count')} error${s(p, 'count') === '1' ? '' : 's'} (${s(p, 'summary')}). No status code shows this failure, and the toolbar badge does not count it: only the body tells.`,
    'body-producer-only': (p) => `The body is ${s(p, 'name')}${version(p)}'s own error page ("${s(p, 'evidence')}")${withDetails(p)}: no header named the software that answered, the page does.`,
    'body-producer-agrees': (p) => `The body agrees with the headers: it is ${s(p, 'name')}${version(p)}'s own error page ("${s(p, 'evidence')}")${withDetails(p)}.`,
    'body-producer-disagrees': (p) => `The headers and the body disagree: the headers name ${s(p, 'header')}, but the body is ${s(p, 'name')}${version(p)}'s own error page ("${s(p, 'evidence')}")${withDetails(p)}. Most likely ${s(p, 'name')} made this error behind ${s(p, 'header')}, which passed it on (or rewrote the Server header).`,
    'body-debug-public': (p, w) => `Debug output is public: this response shows ${w.debugKinds[s(p, 'kind') as keyof BodyWords['debugKinds']] ?? s(p, 'kind')} ("${s(p, 'evidence')}"). For the owner: visitors can read code paths, settings and data from it; turn debug output off in production and log errors instead.`,
    'body-none': (p, w) => `No body to read: ${w.noBody[s(p, 'reason') as keyof BodyWords['noBody']] ?? s(p, 'reason')}.`,
    timing: (p, w) => `Took ${w.seconds(Number(p.totalMs))} in all${p.waitMs === undefined ? '' : `, of which ${w.seconds(Number(p.waitMs))} waiting for the first byte (the server's time)`}.`,
    'timing-timeout': (p, w) => {
      const list = timeoutList(p, w, 'default');
      const why = `a ${s(p, 'status')} that arrives just after a whole number of seconds is the mark of a timer, not of a server that failed at a random moment`;
      if (list.length === 0) return `The error came after ${s(p, 'seconds')} s, a round number: likely a timeout set to ${s(p, 'seconds')} s somewhere between the browser and the application (${why}).`;
      if (p.named !== true) return `The error came after ${s(p, 'seconds')} s, a round number and a common default: likely one of ${list.join(', ')} (${why}).`;
      if (p.isDefault === true) return `The error came after ${s(p, 'seconds')} s, the default of ${list.join(', ')}: likely that timeout fired because the upstream took longer (${why}).`;
      return `The error came after ${s(p, 'seconds')} s, a round number: likely ${list.join(', ')}, set to ${s(p, 'seconds')} s here (${why}).`;
    },
  },
};

export const bodyText = bodyTextModule(words);
