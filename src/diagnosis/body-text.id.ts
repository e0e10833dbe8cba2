// Kata-kata bahasa Indonesia untuk petunjuk dari isi respons dan waktunya (body-hints.ts).
import { bodyTextModule, s, timeoutList, type BodyWords } from './body-text-module';

type P = Parameters<BodyWords['hints']['timing']>[0];
const version = (p: P) => (s(p, 'version') ? ` ${s(p, 'version')}` : '');
const withDetails = (p: P) => (s(p, 'details') ? ` (${s(p, 'details')})` : '');

export const words: BodyWords = {
  formats: {
    'problem-json': 'dokumen masalah RFC 9457 (JSON)',
    'problem-xml': 'dokumen masalah RFC 9457 (XML)',
    oauth: 'galat OAuth 2 (RFC 6749)',
    graphql: 'respons galat GraphQL',
    'aws-xml': 'galat AWS',
    'google-json': 'galat API Google',
    'json-error': 'galat dalam JSON',
    'html-page': 'halaman galat HTML',
  },
  debugKinds: {
    django: 'halaman debug Django (DEBUG = True)',
    rails: 'halaman pengecualian mode pengembangan Rails',
    laravel: 'halaman debug Laravel (APP_DEBUG)',
    express: 'halaman galat mode pengembangan Express (NODE_ENV bukan "production")',
    werkzeug: 'debugger Werkzeug',
    aspnet: 'halaman galat terperinci ASP.NET (customErrors mati)',
    php: 'galat PHP yang dicetak ke halaman (display_errors aktif)',
    java: 'jejak tumpukan (stack trace) Java',
    python: 'traceback Python',
    node: 'jejak tumpukan Node.js',
    ruby: 'backtrace Ruby',
    dotnet: 'jejak tumpukan .NET',
  },
  timeouts: {
    'nginx-proxy-read': 'proxy_read_timeout nginx',
    'aws-alb-idle': 'batas waktu idle load balancer AWS',
    'cloudflare-origin': 'waktu tunggu Cloudflare terhadap server asal',
    'heroku-router': 'batas waktu permintaan router Heroku',
    'varnish-first-byte': 'first_byte_timeout Varnish',
    'haproxy-server': '`timeout server` HAProxy',
    'apache-proxy': 'ProxyTimeout Apache (bawaannya Timeout)',
    'cloudfront-origin': 'batas waktu respons server asal CloudFront',
  },
  sampleDefault: 'tanpa nilai bawaan; konfigurasi contoh Debian:',
  noBody: {
    opaque: 'peramban tidak memberikan isi ini kepada ekstensi (respons opaque atau lintas asal, atau yang tidak disimpannya)',
    'before-devtools': 'permintaan selesai sebelum DevTools dibuka, jadi isinya tidak tertangkap; muat ulang halaman dengan DevTools terbuka',
    'too-large': 'isinya lebih besar daripada yang dibaca Status Lens (64 KB), jadi tidak dibaca',
    empty: 'respons tidak berisi apa pun',
    unavailable: 'peramban tidak memberikan isi untuk permintaan ini',
    'network-failure': 'permintaan gagal sebelum ada respons',
  },
  detailLabels: { rayId: 'Ray ID', errorCode: 'galat', substatus: 'substatus', hresult: 'HRESULT', xid: 'XID' },
  seconds: (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace('.', ',')} dtk`,
  hints: {
    'body-message': (p, w) => `Isi respons adalah ${w.formats[s(p, 'format') as keyof BodyWords['formats']] ?? s(p, 'format')}: ${s(p, 'summary')}.`,
    'body-graphql-200': (p) => `Galat GraphQL dalam respons ${s(p, 'status')}: statusnya menyatakan berhasil, tetapi isinya memuat ${s(p, 'count')} galat (${s(p, 'summary')}). Tidak ada kode status yang menunjukkan kegagalan ini, dan lencana di bilah alat tidak menghitungnya: hanya isi respons yang memberitahukannya.`,
    'body-producer-only': (p) => `Isi respons adalah halaman galat milik ${s(p, 'name')}${version(p)} sendiri ("${s(p, 'evidence')}")${withDetails(p)}: tidak ada header yang menyebut perangkat lunak yang menjawab, halamannya yang menyebutkan.`,
    'body-producer-agrees': (p) => `Isi respons sesuai dengan header: ini halaman galat milik ${s(p, 'name')}${version(p)} sendiri ("${s(p, 'evidence')}")${withDetails(p)}.`,
    'body-producer-disagrees': (p) => `Header dan isi respons tidak sepakat: header menyebut ${s(p, 'header')}, tetapi isinya adalah halaman galat milik ${s(p, 'name')}${version(p)} sendiri ("${s(p, 'evidence')}")${withDetails(p)}. Kemungkinan besar ${s(p, 'name')} membuat galat ini di belakang ${s(p, 'header')}, yang meneruskannya (atau menulis ulang header Server).`,
    'body-debug-public': (p, w) => `Keluaran debug terbuka untuk umum: respons ini menampilkan ${w.debugKinds[s(p, 'kind') as keyof BodyWords['debugKinds']] ?? s(p, 'kind')} ("${s(p, 'evidence')}"). Untuk pemilik situs: pengunjung dapat membaca jalur kode, pengaturan, dan data darinya; matikan keluaran debug di produksi dan catat galat ke log sebagai gantinya.`,
    'body-none': (p, w) => `Tidak ada isi untuk dibaca: ${w.noBody[s(p, 'reason') as keyof BodyWords['noBody']] ?? s(p, 'reason')}.`,
    timing: (p, w) => `Total ${w.seconds(Number(p.totalMs))}${p.waitMs === undefined ? '' : `, termasuk ${w.seconds(Number(p.waitMs))} menunggu bita pertama (waktu server)`}.`,
    'timing-timeout': (p, w) => {
      const list = timeoutList(p, w, 'bawaan');
      const why = `${s(p, 'status')} yang datang tepat setelah sejumlah detik bulat adalah tanda sebuah pewaktu, bukan server yang gagal pada saat sembarang`;
      if (list.length === 0) return `Galat datang setelah ${s(p, 'seconds')} dtk, angka bulat: kemungkinan batas waktu yang disetel ${s(p, 'seconds')} dtk di suatu tempat antara peramban dan aplikasi (${why}).`;
      if (p.named !== true) return `Galat datang setelah ${s(p, 'seconds')} dtk, angka bulat dan nilai bawaan yang umum: kemungkinan salah satu dari ${list.join(', ')} (${why}).`;
      if (p.isDefault === true) return `Galat datang setelah ${s(p, 'seconds')} dtk, nilai bawaan ${list.join(', ')}: kemungkinan batas waktu itu habis karena server hulu butuh lebih lama (${why}).`;
      return `Galat datang setelah ${s(p, 'seconds')} dtk, angka bulat: kemungkinan ${list.join(', ')}, yang di sini disetel ${s(p, 'seconds')} dtk (${why}).`;
    },
  },
};

export const bodyText = bodyTextModule(words);
