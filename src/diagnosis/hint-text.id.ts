// Indonesian words for the diagnosis ("Anda"), same shape as hint-text.en.ts and checked against
// HintTextModule. Technical terms Indonesian developers keep in English (server, header, upstream,
// timeout, load balancer, log...) stay in English; so does every inserted value. Parameters are
// inserted as text; the UI renders the result as text, never as HTML.
import type {
  EdgeReason, HintId, HintParams, OwnerCheckId, ProducerRole, ReportLabels,
} from './types';
import { textModule } from './hint-text-module';
import { durationWith, formatTime, num, opt, str } from './hint-text.en';

/** "45 detik", "2 menit 5 detik", "3 jam 20 menit", "2 hari 4 jam": the English layout, Indonesian units. */
export const formatDuration = durationWith({ s: 'detik', min: 'menit', h: 'jam', d: 'hari' });

const ROLE: Record<ProducerRole, string> = {
  cdn: 'CDN',
  proxy: 'reverse proxy',
  'load-balancer': 'load balancer',
  origin: 'server web/aplikasi',
  platform: 'platform hosting',
  'web-server': 'server web',
  'app-server': 'server aplikasi',
  'application': 'aplikasi',
};

// Same keys, same order as in English: the order is the order of display.
const DETAIL_LABELS: Record<string, string> = {
  rayId: 'Ray ID',
  colo: 'data center',
  pop: 'lokasi edge',
  requestId: 'ID request',
  traceId: 'ID trace',
  wafAction: 'aksi WAF',
  cacheStatus: 'status cache',
  cache: 'cache',
  servedBy: 'dilayani oleh',
  varnishId: 'ID Varnish',
  aspnetVersion: 'versi ASP.NET',
  error: 'kode error',
  upstreamServiceTime: 'waktu upstream (ms)',
  mitigated: 'mitigasi',
  server: 'header Server',
  squidError: 'error Squid',
};

// {producer} is a product name, {server} the raw Server header; both may be empty.
const EDGE_REASONS: Record<EdgeReason, (p: HintParams) => string> = {
  'cloudflare-5xx': () => 'Error ini dibuat sendiri oleh Cloudflare: kode 52x miliknya melaporkan masalah saat menghubungi atau berkomunikasi dengan server origin, yang tidak pernah mengirim respons ini.',
  'cloudflare-challenge': () => 'Cloudflare menjawab dengan pemeriksaan keamanan (cf-mitigated) alih-alih meneruskan permintaan ke situs.',
  'cloudfront-own-error': () => 'Error ini dibuat sendiri oleh CloudFront (Server: CloudFront, X-Cache "Error from cloudfront").',
  'cloudfront-origin-error': (p) => `Server origin yang menghasilkan error ini, lalu CloudFront meneruskannya${opt(p, 'server', (s) => ` (Server: ${s})`)}.`,
  'proxy-gateway-error': (p) => `Error ini dihasilkan sendiri oleh ${str(p, 'producer') || 'proxy'}: ia meneruskan permintaan ke server lain (upstream) dan tidak mendapat jawaban yang bisa dipakai darinya.`,
  'vendor-status': (p) => `Kode status ini khas ${str(p, 'producer') || 'perangkat lunak server'}, yang membuatnya sendiri.`,
  'elb-own': () => 'Load balancer AWS menjawab sendiri (Server: awselb); respons ini tidak berasal dari target di belakangnya.',
  'akamai-own': () => 'Server edge Akamai yang membuat error ini (Server: AkamaiGHost); origin tidak mengirimnya.',
  'vercel-error': () => 'Platform Vercel yang menghasilkan error ini (x-vercel-error), bukan respons yang ditulis oleh aplikasi.',
  'envoy-local-reply': () => 'Envoy menjawab sendiri: x-envoy-upstream-service-time tidak ada, padahal Envoy selalu menambahkannya setiap kali ada backend yang merespons.',
  'envoy-upstream': () => 'Backend di belakang Envoy yang menghasilkan respons ini (x-envoy-upstream-service-time ada).',
  'server-is-origin': (p) => `${str(p, 'producer') || 'Sebuah perantara'} meneruskan respons ini; header Server menyebut perangkat lunak yang menulisnya${opt(p, 'server', (s) => ` (${s})`)}.`,
  'no-evidence': () => 'Dari header-nya tidak bisa diketahui apakah perantara atau server origin yang menghasilkan respons ini.',
  'gateway-own-page': (p) => `${str(p, 'producer')} menulis sendiri respons error ini${opt(p, 'evidence', (e) => ` (${e}, bentuk halaman error miliknya sendiri)`)}; tidak ada aplikasi di belakangnya yang menulisnya.`,
  'gateway-passed-on': (p) => `Aplikasi di belakang ${str(p, 'producer')}${opt(p, 'application', (a) => ` (${a})`)} menulis respons ini dan ${str(p, 'producer')} meneruskannya${opt(p, 'evidence', (e) => `: ${e} bukan bentuk error yang ditulis ${str(p, 'producer')} sendiri`)}.`,
  'app-server-response': (p) => `Aplikasi yang berjalan di ${str(p, 'producer')} menulis respons ini${opt(p, 'evidence', (e) => ` (${e})`)}; periksa log aplikasi itu sendiri.`,
  'squid-own': (p) => `Squid membuat sendiri error ini${opt(p, 'evidence', (e) => ` (${e})`)}; server di belakangnya tidak mengirimnya.`,
  'varnish-own': () => 'Varnish membuat sendiri error ini (Server: Varnish pada respons sintetis): ia tidak mendapat jawaban yang bisa dipakai dari backend-nya.',
  'haproxy-own': () => 'Kemungkinan besar HAProxy menjawab sendiri (respons error bawaannya), tanpa jawaban dari server backend.',
  'kong-own': (p) => `Kong menjawab sendiri${opt(p, 'evidence', (e) => ` (${e}, yang ditambahkan Kong pada respons yang ia buat)`)}.`,
};

const SQUID_ERRORS: Record<string, string> = {
  ERR_CONNECT_FAIL: 'Squid tidak bisa terhubung ke server di belakangnya',
  ERR_READ_ERROR: 'koneksi ke server di belakang Squid gagal saat membaca jawabannya (ditolak atau di-reset)',
  ERR_READ_TIMEOUT: 'server di belakang Squid tidak menjawab dalam batas read_timeout',
  ERR_DNS_FAIL: 'Squid tidak bisa me-resolve nama host server',
  ERR_ACCESS_DENIED: 'aturan akses Squid sendiri (http_access) menolak request ini',
  ERR_CACHE_ACCESS_DENIED: 'Squid meminta autentikasi proxy sebelum melayani ini',
  ERR_CANNOT_FORWARD: 'Squid tidak menemukan jalur untuk meneruskan request (tidak ada cache_peer atau akses langsung yang diizinkan)',
  ERR_ZERO_SIZE_OBJECT: 'server di belakang Squid menutup koneksi tanpa mengirim apa pun',
  ERR_GATEWAY_FAILURE: 'server di belakang Squid gagal sebagai gateway',
  ERR_INVALID_REQ: 'menurut Squid request ini tidak valid',
  ERR_INVALID_URL: 'menurut Squid URL ini tidak valid',
  ERR_TOO_BIG: 'request atau jawabannya lebih besar dari yang diizinkan Squid',
  ERR_SECURE_CONNECT_FAIL: 'Squid tidak bisa membangun TLS dengan server di belakangnya',
  ERR_LIFETIME_EXP: 'request berlangsung lebih lama dari batas umur koneksi Squid',
  ERR_SHUTTING_DOWN: 'Squid sedang dimatikan',
  ERR_UNSUP_REQ: 'Squid tidak mendukung method atau protokol request ini',
};

const OWNER_CHECKS: Record<OwnerCheckId, string> = {
  'nginx-upstream-up': 'Pastikan upstream tujuan location ini (proxy_pass, fastcgi_pass, uwsgi_pass atau grpc_pass: server aplikasi, port, atau socket) berjalan dan mendengarkan di tempat yang dikonfigurasi untuk dijangkau nginx.',
  'nginx-error-log': 'Baca error.log nginx pada saat error terjadi: "connect() failed (111: Connection refused)" berarti tidak ada yang listen di upstream; "upstream prematurely closed connection" berarti aplikasi crash atau memutus permintaan di tengah respons.',
  'nginx-proxy-timeouts': 'Bandingkan proxy_connect_timeout dan proxy_read_timeout (default 60 detik) dengan waktu yang sebenarnya dibutuhkan upstream; error.log akan menampilkan "upstream timed out".',
  'nginx-slow-upstream': 'Cari tahu mengapa upstream lambat (query yang lama, worker yang habis, dependensi yang macet), jangan hanya menaikkan timeout.',
  'nginx-body-size': 'Body permintaan melebihi client_max_body_size (default 1 MB); naikkan nilainya untuk route upload jika body yang lebih besar memang diharapkan.',
  'nginx-header-buffers': 'Request line atau salah satu header tidak muat di large_client_header_buffers; cookie yang besar adalah penyebab yang paling umum.',
  'nginx-rate-limit': 'limit_req dan limit_conn nginx secara default menolak dengan 503; periksa apakah rate limit atau batas koneksi terpicu (error.log "limiting requests").',
  'nginx-https-port': 'Permintaan HTTP biasa sampai di port HTTPS; arahkan tautan ke https:// atau redirect dengan "error_page 497".',
  'nginx-client-cert': 'Server mewajibkan sertifikat klien (ssl_verify_client): pastikan sertifikat benar-benar dikirim dan rantainya berujung ke ssl_client_certificate.',
  'cf-origin-up': 'Pastikan server origin menyala dan menerima koneksi di port yang dipakai Cloudflare (80 atau 443).',
  'cf-origin-firewall': 'Pastikan firewall, plugin keamanan, dan rate limit di origin mengizinkan rentang IP yang dipublikasikan Cloudflare.',
  'cf-origin-response': 'Cari crash atau balasan kosong di log origin pada waktu itu; header respons yang sangat besar juga memicu 520.',
  'cf-origin-dns': 'Pastikan record DNS di Cloudflare mengarah ke alamat origin yang benar dan bisa dijangkau.',
  'cf-origin-timeout': 'Origin menerima koneksi tetapi tidak menjawab dalam sekitar 100 detik; pindahkan pekerjaan yang lama ke background processing atau percepat endpoint-nya.',
  'cf-ssl-mode': 'Pastikan mode SSL/TLS (Full atau Full strict) sesuai dengan origin: origin harus melayani TLS di port 443, dan dalam mode strict harus menyajikan sertifikat yang valid dan belum kedaluwarsa untuk nama host tersebut.',
  'cf-1xxx': '530 selalu disertai error Cloudflare 1xxx di halaman; nomornya menunjukkan apa yang gagal (sering kali DNS origin).',
  'cf-ray-lookup': 'Cari Ray ID di dashboard atau log Cloudflare, atau sertakan saat menghubungi support Cloudflare.',
  'alb-target-health': 'Periksa target group: apakah ada target yang terdaftar dan lolos health check?',
  'alb-idle-timeout': 'Bandingkan idle timeout load balancer (default 60 detik) dengan milik target: keep-alive timeout target harus lebih lama, dan permintaan harus selesai dalam batas idle timeout.',
  'alb-security-groups': 'Pastikan security group dan network ACL mengizinkan load balancer menjangkau target di port target.',
  'alb-no-targets': 'Target group tidak memiliki target terdaftar yang sehat di Availability Zone yang diaktifkan pada load balancer.',
  'alb-waf': 'Aturan AWS WAF yang terpasang di load balancer mungkin telah memblokir permintaan ini; periksa log WAF atau sampled requests.',
  'alb-460': 'Klien menutup koneksi sebelum load balancer sempat menjawab, sering kali karena timeout di sisi klien lebih pendek daripada durasi permintaan.',
  'alb-463': 'Header X-Forwarded-For berisi lebih dari 30 alamat IP.',
  'alb-464': 'Protokol permintaan tidak cocok dengan versi protokol target group (HTTP/1.1, HTTP/2, atau gRPC).',
  'alb-561': 'Action authenticate gagal di identity provider; periksa konfigurasi IdP dan log-nya.',
  'cloudfront-origin-protocol': 'Cocokkan origin protocol policy (HTTP only, HTTPS only, match viewer) dan port-nya dengan apa yang benar-benar dilayani origin.',
  'cloudfront-origin-cert': 'Periksa sertifikat origin: CA tepercaya, belum kedaluwarsa, rantai lengkap, dan mencakup nama domain origin yang dihubungi CloudFront.',
  'cloudfront-origin-timeout': 'Bandingkan origin response timeout (default 30 detik) dengan waktu yang dibutuhkan origin untuk menjawab.',
  'cloudfront-origin-firewall': 'Pastikan firewall atau security group origin menerima koneksi dari CloudFront.',
  'cloudfront-403': 'CloudFront menolak berdasarkan konfigurasinya sendiri: periksa aturan AWS WAF, pembatasan geografis, keharusan signed URL atau signed cookie, dan alternate domain name pada distribution.',
  'cloudfront-request-id': 'Sertakan nilai X-Amz-Cf-Id saat mencari di log CloudFront atau menghubungi support AWS.',
  'iis-substatus': 'Cari permintaan ini di log IIS: field sc-substatus dan sc-win32-status (misalnya 500.19, 401.2) menunjukkan penyebab pastinya.',
  'iis-app-pool': 'Pastikan application pool sudah berjalan; IIS menghentikan pool yang berulang kali crash (rapid-fail protection).',
  'iis-failed-request-tracing': 'Aktifkan Failed Request Tracing untuk status ini agar terlihat modul mana yang gagal.',
  'vercel-error-code': 'Cari kode x-vercel-error di daftar error Vercel dan periksa log function pada deployment tersebut.',
  'vercel-function-timeout': 'Sebuah function berjalan melebihi durasi maksimumnya; periksa waktu eksekusinya di log dan batas yang dikonfigurasi.',
  'netlify-function-logs': 'Periksa log function di Netlify untuk mencari crash atau timeout pada waktu itu.',
  'heroku-router-codes': 'Cari baris router untuk permintaan ini di log aplikasi: kodenya (H10 app crashed, H12 request timeout, H13 connection closed without response...) menyebutkan penyebabnya.',
  'envoy-response-flags': 'Baca response flags di access log untuk permintaan ini (UF: gagal terhubung ke upstream, UH: tidak ada upstream yang sehat, UT: timeout upstream, URX: batas retry tercapai).',
  'envoy-upstream-health': 'Periksa kesehatan endpoint di upstream cluster, serta outlier detection atau circuit breaker yang terpasang.',
  'apache-proxy-backend': 'Baca error_log Apache: mod_proxy mencatat mengapa backend tidak bisa dijangkau atau memberi jawaban yang bermasalah.',
  'apache-proxy-timeout': 'Bandingkan ProxyTimeout (atau Timeout) dengan waktu yang dibutuhkan backend.',
  'apache-error-log': 'Baca error_log Apache pada waktu itu; directive .htaccess yang rusak sering menjadi penyebab 500.',
  'fastly-backend-health': 'Periksa kesehatan backend di service Fastly dan pastikan origin menerima koneksi dari Fastly.',
  'fastly-first-byte-timeout': 'Origin yang lambat muncul sebagai "first byte timeout": bandingkan pengaturan timeout backend dengan waktu respons origin.',
  'akamai-reference': 'String "Reference #" di halaman error mengidentifikasi permintaan ini; cari dengan error translation tool milik Akamai atau sertakan saat menghubungi support Akamai.',
  'caddy-upstream': 'Pastikan upstream reverse_proxy berjalan dan bisa dijangkau dari Caddy; log Caddy menyebutkan dial error-nya.',
  'caddy-upstream-timeout': 'Upstream tidak menjawab tepat waktu untuk reverse_proxy (response_header_timeout atau dial_timeout pada transport); cari tahu mengapa ia lambat.',
  'nginx-php-fpm': 'Jika nginx menyerahkan location ini ke PHP-FPM (fastcgi_pass), pastikan PHP-FPM berjalan dan socket atau port-nya cocok dengan fastcgi_pass; uwsgi_pass dan grpc_pass gagal dengan cara yang sama.',
  'haproxy-no-server': 'HAProxy tidak punya server yang tersedia di backend: periksa health check backend (show servers state di stats socket) dan pastikan server mendengarkan di alamat yang disebut backend.',
  'haproxy-timeout-server': 'Server backend tidak menjawab dalam `timeout server` HAProxy; bandingkan dengan berapa lama server itu bekerja.',
  'haproxy-bad-response': 'Server backend menutup koneksi atau mengirim jawaban tidak valid; log HAProxy menunjukkan termination state-nya (misalnya SH atau PH).',
  'varnish-backend': 'Periksa backend di VCL (.host, .port) dan health probe-nya; `varnishlog -g request -q "RespStatus == 503"` menampilkan FetchError-nya.',
  'varnish-first-byte-timeout': 'Backend yang lambat gagal sebagai "first byte timeout": bandingkan .first_byte_timeout (bawaan 60 detik) dengan waktu yang dibutuhkan backend.',
  'squid-cache-peer': 'Periksa baris cache_peer untuk situs ini (host, port, originserver) dan pastikan server yang disebutnya hidup; cache.log menyebut mengapa koneksi gagal.',
  'squid-read-timeout': 'Server di belakang Squid terlalu lambat: bandingkan read_timeout (bawaan 15 menit) dan connect-timeout peer dengan waktu yang dibutuhkannya.',
  'squid-http-access': 'Aturan http_access menolak request ini: periksa baris acl yang cocok dengan URL ini di squid.conf.',
  'lighttpd-proxy-backend': 'lighttpd menjawab 503 bila tidak ada backend proxy.server yang bisa dijangkau: pastikan backend di proxy.server berjalan di host dan port itu; log error menyebutkannya.',
  'kong-upstream': 'Periksa target upstream dari service Kong dan kesehatannya; log error Kong menyebut kegagalannya.',
  'traefik-service': 'Periksa server dari service Traefik (URL tujuan setiap router) dan kesehatannya; access log Traefik menunjukkan status yang diterimanya.',
  'php-error-log': 'Baca log error PHP (error_log pool PHP-FPM atau php_admin_value[error_log]): exception yang tidak tertangkap atau fatal error di sana adalah penyebabnya.',
};

function challenge(p: HintParams): string {
  let s = `autentikasi ${str(p, 'scheme')}`;
  if (str(p, 'realm')) s += ` (realm "${str(p, 'realm')}")`;
  return s;
}

const SHAPES: Record<string, string> = {
  'haproxy-builtin': 'tanpa header Server maupun Date, dan "Cache-Control: no-cache" pada halaman HTML pendek, yang merupakan bentuk respons error bawaan HAProxy',
};

/** Daftar-daftar perlindungan pelacakan, seperti yang disebut failure-blocked-tracking. */
const TRACKING_LISTS: Record<string, string> = {
  TRACKING: 'pelacak', FINGERPRINTING: 'pengambil sidik jari digital', CRYPTOMINING: 'penambang kripto', SOCIALTRACKING: 'pelacak media sosial', EMAILTRACKING: 'pelacak email',
};

const HINTS: Record<HintId, (p: HintParams) => string> = {
  producer: (p) => {
    const role = ROLE[str(p, 'role') as ProducerRole] ?? str(p, 'role');
    const details = Object.keys(DETAIL_LABELS).filter((k) => str(p, k) !== '').map((k) => `${DETAIL_LABELS[k]} ${str(p, k)}`);
    if (p.likely === true) return `Kemungkinan ${str(p, 'name')} (${role}): ${SHAPES[str(p, 'shape')] ?? str(p, 'shape')}.`;
    const evidence = str(p, 'evidenceHeader') ? ` Bukti: ${str(p, 'evidenceHeader')}: ${str(p, 'evidenceValue')}.` : '';
    return `Dilayani oleh ${str(p, 'name')}${opt(p, 'version', (v) => ` ${v}`)} (${role})${details.length ? `; ${details.join(', ')}` : ''}.${evidence}`;
  },
  'producer-unknown': (p) => (p.noHeaders === true
    ? 'Tidak diketahui: browser tidak memberikan header respons untuk request ini (request lintas origin yang tidak boleh dibaca halaman), jadi tidak ada yang menunjukkan software mana yang menjawab.'
    : 'Tidak diketahui: tidak ada header yang menyebut software yang menjawab (tidak ada Server, Via, atau header vendor), dan bentuk responsnya tidak dikenali Status Lens.'),
  'squid-error': (p) => `Squid menyatakan bahwa ${SQUID_ERRORS[str(p, 'code')] ?? `"${str(p, 'code')}"`}${num(p, 'errno') > 0 ? ` (error sistem ${str(p, 'errno')})` : ''}.`,
  layers: (p) => `Lapisan yang terlihat di header, dari yang terluar: ${str(p, 'names')}.`,
  'edge-generated': (p) => EDGE_REASONS[str(p, 'reason') as EdgeReason]?.(p) ?? '',
  'origin-generated': (p) => EDGE_REASONS[str(p, 'reason') as EdgeReason]?.(p) ?? '',
  'cached-error': (p) => `Error ini disajikan oleh cache (${str(p, 'header')}: ${str(p, 'value')}): error ini bisa tetap muncul meski penyebabnya sudah hilang, sampai salinan di cache kedaluwarsa atau di-purge.`,
  'from-cache': () => 'Browser menyajikan ini dari cache-nya sendiri; kali ini server tidak dihubungi.',
  'cf-mitigated': (p) => `Fitur keamanan Cloudflare turun tangan (cf-mitigated: ${str(p, 'value')}): yang disajikan adalah pemeriksaan, bukan halamannya.`,
  'waf-action': (p) => `AWS WAF mengambil tindakan terhadap permintaan ini (x-amzn-waf-action: ${str(p, 'action')}).`,
  'vendor-error-code': (p) => `Kode error ${str(p, 'vendor')}: ${str(p, 'code')}.`,
  'owner-check': (p) => formatOwnerCheck(str(p, 'check') as OwnerCheckId),
  'retry-after': (p) => `Server meminta Anda menunggu ${formatDuration(num(p, 'seconds'))} sebelum mencoba lagi (sampai ${formatTime(num(p, 'at'))}).`,
  'retry-after-invalid': (p) => `Header Retry-After bukan jeda dalam detik dan bukan pula tanggal: "${str(p, 'raw')}".`,
  'auth-challenge': (p) => {
    let s = `Server meminta ${challenge(p)}`;
    if (str(p, 'error')) s += `; kredensial yang dikirim ditolak: ${str(p, 'error')}${opt(p, 'errorDescription', (d) => ` (${d})`)}`;
    else if (str(p, 'errorDescription')) s += `: ${str(p, 'errorDescription')}`;
    if (str(p, 'scope')) s += `; scope yang dibutuhkan: ${str(p, 'scope')}`;
    return `${s}.`;
  },
  'proxy-auth': (p) => `Proxy di antara browser ini dan situs meminta ${challenge(p)}: yang menolak adalah proxy tersebut (sering kali proxy kantor atau jaringan), bukan situsnya.`,
  allow: (p) => {
    if (num(p, 'count') === 0) return 'Resource ini saat ini tidak menerima metode apa pun (header Allow kosong).';
    if (p.methodAllowed === true) return `Header Allow mencantumkan ${str(p, 'method')} (${str(p, 'allowed')}), tetapi server tetap menolaknya: konfigurasinya saling bertentangan.`;
    return `Resource ini menerima ${str(p, 'allowed')}, bukan ${str(p, 'method')}.`;
  },
  location: (p) => {
    if (num(p, 'status') === 201) return `Resource baru berada di ${str(p, 'url')}.`;
    const notes = [p.httpsUpgrade === true ? 'upgrade ke HTTPS' : '', p.crossHost === true ? 'ke host lain' : ''].filter(Boolean);
    return `Di-redirect ke ${str(p, 'url')}${notes.length ? ` (${notes.join(', ')})` : ''}.`;
  },
  'location-invalid': (p) => `Header Location bukan URL yang bisa dipakai: "${str(p, 'raw')}".`,
  'location-loop': () => 'Redirect ini mengarah kembali ke URL yang sama: browser akan berputar-putar sampai menyerah.',
  'location-downgrade': (p) => `Redirect ini berpindah dari HTTPS ke HTTP biasa: ${str(p, 'from')} → ${str(p, 'to')}.`,
  'location-unsafe-scheme': (p) => `Redirect ini mengarah ke alamat "${str(p, 'scheme')}:", yang tidak mau diikuti oleh browser.`,
  'hsts-internal': () => 'Browser sendiri yang meng-upgrade permintaan ini ke HTTPS karena situs ada di daftar HSTS-nya; server tidak pernah melihat permintaan http://.',
  'browser-internal-redirect': (p) => `Browser sendiri yang me-redirect permintaan ini${opt(p, 'reason', (r) => ` (alasan: ${r})`)}, misalnya atas nama sebuah ekstensi; redirect ini tidak dikirim oleh server.`,
  'content-range': (p) => `Rentang byte yang diminta berada di luar resource, yang panjangnya ${str(p, 'length')} byte.`,
  upgrade: (p) => `Server mewajibkan perpindahan protokol ke: ${str(p, 'protocols')}.`,
  'accepted-types': (p) => `Server menyebutkan apa yang bisa diterimanya (${str(p, 'header')}): ${str(p, 'values')}.`,
  'negotiation-vary': (p) => `Server memilih versi resource berdasarkan header permintaan berikut: ${str(p, 'headers')}; tidak ada yang cocok dengan yang diminta browser.`,
  'problem-details': (p) => `Body respons adalah laporan masalah yang bisa dibaca mesin (RFC 9457, ${str(p, 'format').toUpperCase()}); field "title" dan "detail" di dalamnya menjelaskan error-nya.`,
  'redirect-too-many': (p) => `Halaman melewati ${str(p, 'hops')} redirect sebelum dimuat; setiap redirect memakan satu round trip, dan lebih dari ${str(p, 'max')} sebaiknya dipersingkat.`,
  'redirect-protocol-flip': (p) => `Rantai redirect berpindah-pindah antara HTTP dan HTTPS sebanyak ${str(p, 'changes')} kali: dua lapisan (misalnya CDN dan origin) tidak sepakat mana yang dipakai.`,
  'redirect-https-downgrade': (p) => `Salah satu redirect dalam rantai berpindah dari HTTPS ke HTTP biasa: ${str(p, 'from')} → ${str(p, 'to')}.`,
  'redirect-loop': (p) => (p.closed === true
    ? `Rantai redirect kembali ke ${str(p, 'url')}: sebuah loop yang membuat browser menyerah.`
    : `Rantai redirect melewati ${str(p, 'url')} dua kali sebelum halaman dimuat.`),
  'redirect-final-error': (p) => (num(p, 'status') > 0
    ? `Rangkaian redirect berakhir di halaman yang gagal dengan ${str(p, 'status')}: ${str(p, 'url')}.`
    : `Rangkaian redirect berakhir di halaman yang gagal dimuat: ${str(p, 'url')}.`),
  'failure-blocked-by-client': () => 'Diblokir di browser ini oleh ekstensi, kemungkinan besar pemblokir konten (uBlock Origin, AdBlock, Privacy Badger...): permintaan tidak pernah keluar dari browser, jadi bukan kesalahan situsnya. Untuk memastikan, matikan pemblokir untuk situs ini lalu muat ulang.',
  'failure-cancelled-by-extension': () => 'Dibatalkan di browser ini sebelum dikirim: tidak ada header permintaan yang keluar dan tidak ada server yang dihubungi, dan begitulah Firefox melaporkan permintaan yang diblokir ekstensi (NS_ERROR_ABORT; kemungkinan besar pemblokir konten seperti uBlock Origin). Bukan kesalahan situsnya. Untuk memastikan, matikan pemblokir untuk situs ini lalu muat ulang.',
  'failure-blocked-by-admin': () => 'Diblokir di browser ini oleh kebijakan yang diatur administrator (daftar blokir URL kantor atau sekolah): bukan kesalahan situsnya, dan hanya administrator itu yang bisa mencabutnya.',
  'failure-blocked-policy': () => 'Browser memblokir ini karena aturan yang ditetapkan situs (Content-Security-Policy, Cross-Origin-Resource-Policy) atau karena proteksinya sendiri terhadap pembacaan cross-origin.',
  'failure-blocked-safety': () => 'Browser memblokir alamat ini karena dianggap tidak aman (terdaftar sebagai malware, phishing, atau software yang tidak diinginkan).',
  'failure-blocked-tracking': (p) => `Diblokir di browser ini oleh perlindungan pelacakan Firefox: alamatnya ada di daftar ${TRACKING_LISTS[str(p, 'list')] ?? TRACKING_LISTS.TRACKING}. Bukan kesalahan situsnya. Untuk memastikan, matikan Perlindungan Pelacakan yang Ditingkatkan untuk situs ini (ikon perisai di bilah alamat) lalu muat ulang.`,
  'failure-empty-response': () => 'Server menerima koneksi lalu menutupnya tanpa respons sama sekali. Sebagian server sengaja melakukannya (nginx "return 444"); jika bukan itu, proses server crash atau ada batas yang memutus koneksinya.',
  'failure-connection-reset': () => 'Koneksi di-reset saat permintaan sedang berlangsung, oleh server atau oleh firewall atau perangkat di tengah jalan.',
  'failure-reset-or-empty': () => 'Firefox memakai nama ini untuk dua kegagalan: koneksi yang di-reset saat permintaan sedang berlangsung (Chromium: ERR_CONNECTION_RESET), dan server yang menerima koneksi lalu menutupnya tanpa respons sama sekali (Chromium: ERR_EMPTY_RESPONSE; nginx "return 444" sengaja melakukannya). Dalam kedua kasus, server, atau firewall atau perangkat di tengah jalan, mengakhiri koneksi sebelum jawaban tiba.',
  'failure-truncated': () => 'Respons terhenti sebelum lengkap: byte yang tiba lebih sedikit daripada yang diumumkan.',
  'failure-refused': () => 'Tidak ada yang menerima koneksi di alamat dan port tersebut: server tidak berjalan atau tidak listen di sana, atau firewall menolaknya.',
  'failure-proxy': () => 'Proxy yang dikonfigurasi di browser atau sistem ini tidak bisa dijangkau atau menolak koneksi.',
  'failure-dns': () => 'Nama host tidak bisa diterjemahkan menjadi alamat (DNS): salah ketik, record DNS tidak ada, atau ada masalah DNS di jaringan ini.',
  'failure-timeout': () => 'Tidak ada jawaban dalam batas waktu browser.',
  'failure-offline': () => 'Browser sedang offline.',
  'failure-network-changed': () => 'Jaringan berubah saat permintaan sedang berjalan (ganti Wi-Fi, VPN); memuat ulang biasanya berhasil.',
  'failure-certificate': (p) => `Sertifikat server tidak diterima${opt(p, 'code', (c) => ` (${c})`)}: kedaluwarsa, diterbitkan untuk nama lain, atau berasal dari penerbit yang tidak dipercaya browser.`,
  'failure-tls': (p) => `Koneksi aman tidak bisa dibuat${opt(p, 'code', (c) => ` (${c})`)}: browser dan server tidak punya versi TLS atau cipher yang sama, atau konfigurasi TLS server rusak.`,
  'failure-cors': () => 'Browser menahan respons cross-origin ini dari halaman (aturan CORS dan same-origin).',
  'failure-cors-possible': () => 'Respons sempat tiba, lalu browser menggagalkan permintaan tanpa menyebut alasannya. Respons itu tidak punya header Access-Control-Allow-Origin: jika permintaan ini dibuat oleh script dari origin lain, browser mungkin memblokirnya karena CORS.',
  'failure-aborted': () => 'Dibatalkan sebelum selesai. Biasanya tidak masalah: halaman sudah berpindah, atau script atau browser membatalkan permintaan.',
  'failure-redirect-loop': () => 'Terlalu banyak redirect: browser berhenti mengikutinya, kemungkinan besar karena loop.',
  'failure-unsafe-redirect': () => 'Browser menolak mengikuti redirect ke alamat yang tidak diizinkannya.',
  'failure-protocol': () => 'Respons melanggar aturan HTTP yang ditegakkan browser (header yang rusak, error protokol, atau body yang tidak bisa di-decode).',
  'failure-blocked-port': () => 'Browser menolak terhubung ke port ini karena port tersebut dicadangkan untuk protokol lain.',
  'failure-cache-miss': () => 'Browser membutuhkan salinan dari cache yang ternyata tidak ada, biasanya saat kembali ke hasil pengiriman formulir; memuat ulang akan mengirim formulir itu lagi.',
  'failure-other': (p) => `Permintaan gagal: ${str(p, 'error')}.`,
  'status-before-failure': (p) => `Server sudah mulai menjawab dengan status ${str(p, 'status')} sebelum pemuatan gagal.`,
};

export const reportLabels: ReportLabels = {
  title: 'Laporan Status Lens',
  page: 'Halaman',
  time: 'Waktu',
  browser: 'Browser',
  records: 'Respons',
  noRecords: 'Tidak ada respons non-2xx atau kegagalan jaringan yang tercatat.',
  status: 'Status',
  error: 'Error',
  method: 'Metode',
  type: 'Tipe',
  url: 'URL',
  redirectTo: 'Di-redirect ke',
  count: 'Jumlah',
  producer: 'Dilayani oleh',
  headers: 'Header diagnostik',
  diagnosis: 'Diagnosis',
  curl: 'Reproduksi',
  bestEffort: 'Rahasia (cookie, Authorization, parameter dan token di path yang tampak rahasia) disamarkan sebisanya: baca laporan ini sebelum Anda membagikannya.',
};

export const text = textModule({
  role: ROLE,
  detailLabels: DETAIL_LABELS,
  detailSeparator: '; ',
  edgeReasons: EDGE_REASONS,
  ownerChecks: OWNER_CHECKS,
  hints: HINTS,
  reportLabels,
});
export const { formatHint, formatOwnerCheck, formatEdgeReason, formatProducer } = text;
