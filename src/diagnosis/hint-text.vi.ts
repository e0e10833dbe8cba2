// Vietnamese words for the diagnosis ("bạn"), same shape as hint-text.en.ts and checked against
// HintTextModule. Technical terms Vietnamese developers keep in English (server, request, response,
// header, upstream, timeout, load balancer, log...) stay in English; so does every inserted value.
// Parameters are inserted as text; the UI renders the result as text, never as HTML.
import type {
  EdgeReason, HintId, HintParams, OwnerCheckId, ProducerRole, ReportLabels,
} from './types';
import { textModule } from './hint-text-module';
import { durationWith, formatTime, num, opt, str } from './hint-text.en';

/** "45 giây", "2 phút 5 giây", "3 giờ 20 phút", "2 ngày 4 giờ": the English layout, Vietnamese units. */
export const formatDuration = durationWith({ s: 'giây', min: 'phút', h: 'giờ', d: 'ngày' });

const ROLE: Record<ProducerRole, string> = {
  cdn: 'CDN',
  proxy: 'reverse proxy',
  'load-balancer': 'load balancer',
  origin: 'server web/ứng dụng',
  platform: 'nền tảng hosting',
  'web-server': 'máy chủ web',
  'app-server': 'máy chủ ứng dụng',
  'application': 'ứng dụng',
};

// Same keys, same order as in English: the order is the order of display.
const DETAIL_LABELS: Record<string, string> = {
  rayId: 'Ray ID',
  colo: 'trung tâm dữ liệu',
  pop: 'edge location',
  requestId: 'request ID',
  traceId: 'trace ID',
  wafAction: 'hành động WAF',
  cacheStatus: 'trạng thái cache',
  cache: 'cache',
  servedBy: 'phục vụ bởi',
  varnishId: 'Varnish ID',
  aspnetVersion: 'phiên bản ASP.NET',
  error: 'mã lỗi',
  upstreamServiceTime: 'thời gian upstream (ms)',
  mitigated: 'biện pháp bảo mật',
  server: 'header Server',
  squidError: 'lỗi Squid',
};

// {producer} is a product name, {server} the raw Server header; both may be empty.
const EDGE_REASONS: Record<EdgeReason, (p: HintParams) => string> = {
  'cloudflare-5xx': () => 'Chính Cloudflare đã tạo ra lỗi này: các mã 52x của Cloudflare báo sự cố khi kết nối hoặc giao tiếp với origin server, và origin server chưa hề gửi response này.',
  'cloudflare-challenge': () => 'Cloudflare đã trả lời bằng một bước kiểm tra bảo mật (cf-mitigated) thay vì chuyển request tới website.',
  'cloudfront-own-error': () => 'Chính CloudFront đã tạo ra lỗi này (Server: CloudFront, X-Cache "Error from cloudfront").',
  'cloudfront-origin-error': (p) => `Origin server đã tạo ra lỗi này và CloudFront chỉ chuyển tiếp nó${opt(p, 'server', (s) => ` (Server: ${s})`)}.`,
  'proxy-gateway-error': (p) => `Chính ${str(p, 'producer') || 'proxy'} đã tạo ra lỗi này: nó chuyển tiếp request tới một server khác (upstream) và không nhận được câu trả lời nào dùng được từ server đó.`,
  'vendor-status': (p) => `Mã trạng thái này là mã riêng của ${str(p, 'producer') || 'phần mềm server'}, và chính phần mềm đó đã tạo ra nó.`,
  'elb-own': () => 'Load balancer của AWS đã tự trả lời (Server: awselb); response không đến từ target nào phía sau nó.',
  'akamai-own': () => 'Một edge server của Akamai đã tạo ra lỗi này (Server: AkamaiGHost); origin không gửi nó.',
  'vercel-error': () => 'Nền tảng Vercel đã tạo ra lỗi này (x-vercel-error), đây không phải response do ứng dụng viết ra.',
  'envoy-local-reply': () => 'Envoy đã tự trả lời: thiếu x-envoy-upstream-service-time, trong khi Envoy luôn thêm header này mỗi khi có backend phản hồi.',
  'envoy-upstream': () => 'Một backend phía sau Envoy đã tạo ra response này (có x-envoy-upstream-service-time).',
  'server-is-origin': (p) => `${str(p, 'producer') || 'Một tầng trung gian'} đã chuyển tiếp response này; header Server cho biết phần mềm đã tạo ra nó${opt(p, 'server', (s) => ` (${s})`)}.`,
  'no-evidence': () => 'Các header không cho biết response này do một tầng trung gian hay do origin server tạo ra.',
  'gateway-own-page': (p) => `${str(p, 'producer')} tự viết response lỗi này${opt(p, 'evidence', (e) => ` (${e}, dạng trang lỗi của chính nó)`)}; không có ứng dụng nào phía sau viết nó.`,
  'gateway-passed-on': (p) => `Ứng dụng phía sau ${str(p, 'producer')}${opt(p, 'application', (a) => ` (${a})`)} đã viết response này và ${str(p, 'producer')} chuyển tiếp nó${opt(p, 'evidence', (e) => `: ${e} không phải dạng lỗi mà ${str(p, 'producer')} tự viết`)}.`,
  'app-server-response': (p) => `Ứng dụng chạy trong ${str(p, 'producer')} đã viết response này${opt(p, 'evidence', (e) => ` (${e})`)}; hãy xem log của chính ứng dụng.`,
  'squid-own': (p) => `Squid tự tạo ra lỗi này${opt(p, 'evidence', (e) => ` (${e})`)}; server phía sau không gửi nó.`,
  'varnish-own': () => 'Varnish tự tạo ra lỗi này (Server: Varnish trên một response tổng hợp): nó không nhận được câu trả lời dùng được từ backend.',
  'haproxy-own': () => 'Rất có thể HAProxy đã tự trả lời (response lỗi có sẵn của nó), không có câu trả lời từ server backend.',
  'kong-own': (p) => `Kong đã tự trả lời${opt(p, 'evidence', (e) => ` (${e}, header mà Kong thêm vào các response do nó tạo ra)`)}.`,
};

const SQUID_ERRORS: Record<string, string> = {
  ERR_CONNECT_FAIL: 'Squid không kết nối được tới server phía sau',
  ERR_READ_ERROR: 'kết nối tới server phía sau Squid bị lỗi khi đọc câu trả lời (bị từ chối hoặc bị reset)',
  ERR_READ_TIMEOUT: 'server phía sau Squid không trả lời trong thời hạn read_timeout',
  ERR_DNS_FAIL: 'Squid không phân giải được tên máy chủ',
  ERR_ACCESS_DENIED: 'quy tắc truy cập của chính Squid (http_access) đã từ chối request',
  ERR_CACHE_ACCESS_DENIED: 'Squid yêu cầu xác thực proxy trước khi phục vụ',
  ERR_CANNOT_FORWARD: 'Squid không tìm được đường chuyển tiếp request (không có cache_peer hay đường trực tiếp nào được phép)',
  ERR_ZERO_SIZE_OBJECT: 'server phía sau Squid đóng kết nối mà không gửi gì',
  ERR_GATEWAY_FAILURE: 'server phía sau Squid bị lỗi khi làm gateway',
  ERR_INVALID_REQ: 'Squid thấy request không hợp lệ',
  ERR_INVALID_URL: 'Squid thấy URL không hợp lệ',
  ERR_TOO_BIG: 'request hoặc câu trả lời lớn hơn mức Squid cho phép',
  ERR_SECURE_CONNECT_FAIL: 'Squid không thiết lập được TLS với server phía sau',
  ERR_LIFETIME_EXP: 'request kéo dài quá thời gian sống của kết nối trong Squid',
  ERR_SHUTTING_DOWN: 'Squid đang tắt',
  ERR_UNSUP_REQ: 'Squid không hỗ trợ method hoặc giao thức của request này',
};

const OWNER_CHECKS: Record<OwnerCheckId, string> = {
  'nginx-upstream-up': 'Kiểm tra upstream mà location này chuyển tới (proxy_pass, fastcgi_pass, uwsgi_pass hoặc grpc_pass: một app server, một port hoặc một socket) có đang chạy và lắng nghe đúng nơi nginx được cấu hình để kết nối không.',
  'nginx-error-log': 'Đọc error.log của nginx tại thời điểm xảy ra lỗi: "connect() failed (111: Connection refused)" nghĩa là không có gì listen ở upstream; "upstream prematurely closed connection" nghĩa là ứng dụng bị crash hoặc bỏ dở request khi đang trả response.',
  'nginx-proxy-timeouts': 'So sánh proxy_connect_timeout và proxy_read_timeout (mặc định 60 giây) với thời gian upstream thực sự cần; error.log sẽ ghi "upstream timed out".',
  'nginx-slow-upstream': 'Tìm nguyên nhân khiến upstream chậm (query chạy lâu, hết worker, một dependency bị nghẽn) thay vì chỉ tăng timeout.',
  'nginx-body-size': 'Body của request vượt quá client_max_body_size (mặc định 1 MB); hãy tăng giá trị này cho route upload nếu cần nhận body lớn hơn.',
  'nginx-header-buffers': 'Request line hoặc một header không vừa large_client_header_buffers; cookie quá lớn là nguyên nhân thường gặp.',
  'nginx-rate-limit': 'limit_req và limit_conn của nginx mặc định từ chối bằng 503; hãy kiểm tra xem rate limit hoặc giới hạn kết nối có bị kích hoạt không (error.log "limiting requests").',
  'nginx-https-port': 'Một request HTTP thường đã tới port HTTPS; hãy dùng link https:// hoặc chuyển hướng bằng "error_page 497".',
  'nginx-client-cert': 'Server yêu cầu client certificate (ssl_verify_client): kiểm tra xem certificate có được gửi không và chuỗi của nó có dẫn tới ssl_client_certificate không.',
  'cf-origin-up': 'Kiểm tra xem origin server có đang hoạt động và nhận kết nối trên port mà Cloudflare dùng (80 hoặc 443) không.',
  'cf-origin-firewall': 'Kiểm tra xem firewall, plugin bảo mật và rate limit của origin có cho phép các dải IP mà Cloudflare công bố không.',
  'cf-origin-response': 'Tìm trong log của origin các lần crash hoặc phản hồi rỗng vào thời điểm đó; header response quá lớn cũng gây ra 520.',
  'cf-origin-dns': 'Kiểm tra xem bản ghi DNS trong Cloudflare có trỏ đúng tới địa chỉ origin và địa chỉ đó có truy cập được không.',
  'cf-origin-timeout': 'Origin đã nhận kết nối nhưng không trả lời trong khoảng 100 giây; hãy chuyển các tác vụ dài sang xử lý nền (background) hoặc tăng tốc endpoint.',
  'cf-ssl-mode': 'Kiểm tra xem chế độ SSL/TLS (Full hoặc Full strict) có khớp với origin không: origin phải hỗ trợ TLS trên port 443, và ở chế độ strict phải đưa ra certificate hợp lệ, chưa hết hạn cho host name.',
  'cf-1xxx': 'Mã 530 luôn đi kèm một lỗi Cloudflare 1xxx trên trang; số của lỗi đó cho biết phần nào đã hỏng (thường là DNS của origin).',
  'cf-ray-lookup': 'Tìm Ray ID trong dashboard hoặc log của Cloudflare, hoặc gửi nó cho bộ phận hỗ trợ của Cloudflare.',
  'alb-target-health': 'Kiểm tra target group: có target nào được đăng ký và vượt qua health check không?',
  'alb-idle-timeout': 'So sánh idle timeout của load balancer (mặc định 60 giây) với của các target: keep-alive timeout của target phải dài hơn, và request phải hoàn tất trong idle timeout.',
  'alb-security-groups': 'Kiểm tra xem security group và network ACL có cho phép load balancer kết nối tới target trên target port không.',
  'alb-no-targets': 'Target group không có target nào đã đăng ký và healthy trong các Availability Zone được bật của load balancer.',
  'alb-waf': 'Có thể một rule AWS WAF gắn với load balancer đã chặn request này; hãy xem log WAF hoặc sampled requests.',
  'alb-460': 'Client đã đóng kết nối trước khi load balancer kịp trả lời, thường do timeout phía client ngắn hơn thời gian xử lý request.',
  'alb-463': 'Header X-Forwarded-For chứa hơn 30 địa chỉ IP.',
  'alb-464': 'Giao thức của request không khớp với protocol version của target group (HTTP/1.1, HTTP/2 hoặc gRPC).',
  'alb-561': 'Action authenticate đã thất bại ở identity provider; hãy kiểm tra cấu hình IdP và log của nó.',
  'cloudfront-origin-protocol': 'Đối chiếu origin protocol policy (HTTP only, HTTPS only, match viewer) và các port với những gì origin thực sự phục vụ.',
  'cloudfront-origin-cert': 'Kiểm tra certificate của origin: CA đáng tin cậy, chưa hết hạn, đủ chuỗi, bao gồm domain name của origin mà CloudFront kết nối tới.',
  'cloudfront-origin-timeout': 'So sánh origin response timeout (mặc định 30 giây) với thời gian origin cần để trả lời.',
  'cloudfront-origin-firewall': 'Kiểm tra xem firewall hoặc security group của origin có chấp nhận kết nối từ CloudFront không.',
  'cloudfront-403': 'CloudFront từ chối theo chính cấu hình của nó: hãy kiểm tra rule AWS WAF, giới hạn địa lý (geo restriction), yêu cầu signed URL hoặc signed cookie, và alternate domain name của distribution.',
  'cloudfront-request-id': 'Cung cấp giá trị X-Amz-Cf-Id khi tra log CloudFront hoặc khi hỏi bộ phận hỗ trợ của AWS.',
  'iis-substatus': 'Tìm request trong log IIS: các trường sc-substatus và sc-win32-status (ví dụ 500.19, 401.2) chỉ ra chính xác nguyên nhân.',
  'iis-app-pool': 'Kiểm tra xem application pool đã được khởi động chưa; IIS sẽ dừng một pool bị crash liên tục (rapid-fail protection).',
  'iis-failed-request-tracing': 'Bật Failed Request Tracing cho mã trạng thái này để xem module nào bị lỗi.',
  'vercel-error-code': 'Tra mã x-vercel-error trong danh sách lỗi của Vercel và xem log function của deployment.',
  'vercel-function-timeout': 'Một function đã chạy quá thời lượng tối đa; hãy xem thời gian chạy của nó trong log và giới hạn đã cấu hình.',
  'netlify-function-logs': 'Xem log function trong Netlify để tìm crash hoặc timeout vào thời điểm đó.',
  'heroku-router-codes': 'Tìm dòng router của request này trong log của app: mã của nó (H10 app crashed, H12 request timeout, H13 connection closed without response...) cho biết nguyên nhân.',
  'envoy-response-flags': 'Đọc response flags trong access log của request này (UF: kết nối tới upstream thất bại, UH: không có upstream nào healthy, UT: upstream timeout, URX: đã đạt giới hạn retry).',
  'envoy-upstream-health': 'Kiểm tra health của các endpoint trong upstream cluster, cùng với outlier detection hoặc circuit breaker nếu có.',
  'apache-proxy-backend': 'Đọc error_log của Apache: mod_proxy ghi lại lý do backend không kết nối được hoặc trả lời sai.',
  'apache-proxy-timeout': 'So sánh ProxyTimeout (hoặc Timeout) với thời gian backend cần.',
  'apache-error-log': 'Đọc error_log của Apache vào thời điểm đó; một directive .htaccess bị lỗi là nguyên nhân thường gặp của 500.',
  'fastly-backend-health': 'Kiểm tra health của backend trong service Fastly và xem origin có chấp nhận kết nối từ Fastly không.',
  'fastly-first-byte-timeout': 'Origin chậm sẽ biểu hiện thành "first byte timeout": hãy so sánh cấu hình timeout của backend với thời gian phản hồi của origin.',
  'akamai-reference': 'Chuỗi "Reference #" trên trang lỗi xác định request này; hãy tra nó bằng công cụ error translation của Akamai hoặc gửi cho bộ phận hỗ trợ của Akamai.',
  'caddy-upstream': 'Kiểm tra xem upstream của reverse_proxy có đang chạy và Caddy có kết nối tới được không; log của Caddy ghi rõ lỗi dial.',
  'caddy-upstream-timeout': 'Upstream không trả lời kịp cho reverse_proxy (response_header_timeout hoặc dial_timeout của transport); hãy tìm xem vì sao nó chậm.',
  'nginx-php-fpm': 'Nếu nginx giao location này cho PHP-FPM (fastcgi_pass), kiểm tra PHP-FPM có đang chạy và socket hoặc port của nó có khớp với fastcgi_pass không; uwsgi_pass và grpc_pass cũng lỗi theo cách tương tự.',
  'haproxy-no-server': 'HAProxy không còn server nào khả dụng trong backend: kiểm tra health check của backend (show servers state trên stats socket) và các server có lắng nghe đúng nơi backend khai báo không.',
  'haproxy-timeout-server': 'Server backend không trả lời trong `timeout server` của HAProxy; so sánh nó với thời gian server cần.',
  'haproxy-bad-response': 'Server backend đã đóng kết nối hoặc gửi câu trả lời không hợp lệ; log của HAProxy cho thấy termination state (ví dụ SH hoặc PH).',
  'varnish-backend': 'Kiểm tra backend trong VCL (.host, .port) và health probe của nó; `varnishlog -g request -q "RespStatus == 503"` cho thấy FetchError.',
  'varnish-first-byte-timeout': 'Backend chậm sẽ lỗi với "first byte timeout": so sánh .first_byte_timeout (mặc định 60 giây) với thời gian backend cần.',
  'squid-cache-peer': 'Kiểm tra dòng cache_peer của site này (host, port, originserver) và server mà nó trỏ tới có đang chạy không; cache.log cho biết vì sao kết nối thất bại.',
  'squid-read-timeout': 'Server phía sau Squid quá chậm: so sánh read_timeout (mặc định 15 phút) và connect-timeout của peer với thời gian nó cần.',
  'squid-http-access': 'Một quy tắc http_access đã từ chối request: kiểm tra các dòng acl khớp với URL này trong squid.conf.',
  'lighttpd-proxy-backend': 'lighttpd trả 503 khi không kết nối được backend nào của proxy.server: kiểm tra backend trong proxy.server có chạy ở host và port đó không; error log ghi tên nó.',
  'kong-upstream': 'Kiểm tra các target của upstream trong service Kong và tình trạng của chúng; error log của Kong ghi rõ lỗi.',
  'traefik-service': 'Kiểm tra các server của service Traefik (URL mà mỗi router gửi tới) và tình trạng của chúng; access log của Traefik cho thấy status nó nhận được.',
  'php-error-log': 'Đọc error log của PHP (error_log của pool PHP-FPM hoặc php_admin_value[error_log]): một exception không được bắt hoặc fatal error ở đó là nguyên nhân.',
};

function challenge(p: HintParams): string {
  let s = `xác thực ${str(p, 'scheme')}`;
  if (str(p, 'realm')) s += ` (realm "${str(p, 'realm')}")`;
  return s;
}

const SHAPES: Record<string, string> = {
  'haproxy-builtin': 'không có header Server lẫn Date, và "Cache-Control: no-cache" trên một trang HTML ngắn, đúng dạng các response lỗi có sẵn của HAProxy',
};

/** Các danh sách của tính năng chống theo dõi, như failure-blocked-tracking gọi tên. */
const TRACKING_LISTS: Record<string, string> = {
  TRACKING: 'trình theo dõi', FINGERPRINTING: 'trình lấy dấu vân tay trình duyệt', CRYPTOMINING: 'trình đào tiền mã hóa', SOCIALTRACKING: 'trình theo dõi mạng xã hội', EMAILTRACKING: 'trình theo dõi email',
};

const HINTS: Record<HintId, (p: HintParams) => string> = {
  producer: (p) => {
    const role = ROLE[str(p, 'role') as ProducerRole] ?? str(p, 'role');
    const details = Object.keys(DETAIL_LABELS).filter((k) => str(p, k) !== '').map((k) => `${DETAIL_LABELS[k]} ${str(p, k)}`);
    if (p.likely === true) return `Có lẽ là ${str(p, 'name')} (${role}): ${SHAPES[str(p, 'shape')] ?? str(p, 'shape')}.`;
    const evidence = str(p, 'evidenceHeader') ? ` Bằng chứng: ${str(p, 'evidenceHeader')}: ${str(p, 'evidenceValue')}.` : '';
    return `Được phục vụ bởi ${str(p, 'name')}${opt(p, 'version', (v) => ` ${v}`)} (${role})${details.length ? `; ${details.join(', ')}` : ''}.${evidence}`;
  },
  'producer-unknown': (p) => (p.noHeaders === true
    ? 'Không rõ: trình duyệt không cung cấp header response nào cho request này (một request cross-origin mà trang không được đọc), nên không có gì cho biết phần mềm nào đã trả lời.'
    : 'Không rõ: không có header nào nêu tên phần mềm đã trả lời (không có Server, Via hay header của nhà cung cấp), và response không có dạng nào mà Status Lens nhận ra.'),
  'squid-error': (p) => `Squid cho biết ${SQUID_ERRORS[str(p, 'code')] ?? `"${str(p, 'code')}"`}${num(p, 'errno') > 0 ? ` (lỗi hệ thống ${str(p, 'errno')})` : ''}.`,
  layers: (p) => `Các tầng thấy được trong header, từ ngoài vào trong: ${str(p, 'names')}.`,
  'edge-generated': (p) => EDGE_REASONS[str(p, 'reason') as EdgeReason]?.(p) ?? '',
  'origin-generated': (p) => EDGE_REASONS[str(p, 'reason') as EdgeReason]?.(p) ?? '',
  'cached-error': (p) => `Một cache đã trả về lỗi này (${str(p, 'header')}: ${str(p, 'value')}): lỗi có thể vẫn còn sau khi nguyên nhân đã hết, cho tới khi bản cache hết hạn hoặc bị purge.`,
  'from-cache': () => 'Trình duyệt đã lấy nội dung này từ cache của chính nó; lần này server không được hỏi tới.',
  'cf-mitigated': (p) => `Các tính năng bảo mật của Cloudflare đã can thiệp (cf-mitigated: ${str(p, 'value')}): một bước kiểm tra được trả về thay cho trang.`,
  'waf-action': (p) => `AWS WAF đã xử lý request này (x-amzn-waf-action: ${str(p, 'action')}).`,
  'vendor-error-code': (p) => `Mã lỗi ${str(p, 'vendor')}: ${str(p, 'code')}.`,
  'owner-check': (p) => formatOwnerCheck(str(p, 'check') as OwnerCheckId),
  'retry-after': (p) => `Server yêu cầu chờ ${formatDuration(num(p, 'seconds'))} rồi mới thử lại (đến ${formatTime(num(p, 'at'))}).`,
  'retry-after-invalid': (p) => `Header Retry-After không phải số giây chờ, cũng không phải ngày giờ: "${str(p, 'raw')}".`,
  'auth-challenge': (p) => {
    let s = `Server yêu cầu ${challenge(p)}`;
    if (str(p, 'error')) s += `; server đã từ chối thông tin xác thực được gửi: ${str(p, 'error')}${opt(p, 'errorDescription', (d) => ` (${d})`)}`;
    else if (str(p, 'errorDescription')) s += `: ${str(p, 'errorDescription')}`;
    if (str(p, 'scope')) s += `; scope cần có: ${str(p, 'scope')}`;
    return `${s}.`;
  },
  'proxy-auth': (p) => `Một proxy nằm giữa trình duyệt này và website yêu cầu ${challenge(p)}: chính proxy (thường là proxy của công ty hoặc của mạng) đã từ chối, không phải website.`,
  allow: (p) => {
    if (num(p, 'count') === 0) return 'Resource này hiện không chấp nhận method nào (header Allow rỗng).';
    if (p.methodAllowed === true) return `Header Allow có liệt kê ${str(p, 'method')} (${str(p, 'allowed')}), vậy mà server vẫn từ chối: cấu hình của server tự mâu thuẫn.`;
    return `Resource này chấp nhận ${str(p, 'allowed')}, không chấp nhận ${str(p, 'method')}.`;
  },
  location: (p) => {
    if (num(p, 'status') === 201) return `Resource mới nằm tại ${str(p, 'url')}.`;
    const notes = [p.httpsUpgrade === true ? 'nâng lên HTTPS' : '', p.crossHost === true ? 'sang host khác' : ''].filter(Boolean);
    return `Chuyển hướng tới ${str(p, 'url')}${notes.length ? ` (${notes.join(', ')})` : ''}.`;
  },
  'location-invalid': (p) => `Header Location không phải là URL dùng được: "${str(p, 'raw')}".`,
  'location-loop': () => 'Chuyển hướng này trỏ ngược về chính URL hiện tại: trình duyệt sẽ lặp vòng cho tới khi bỏ cuộc.',
  'location-downgrade': (p) => `Chuyển hướng này rời HTTPS sang HTTP thường: ${str(p, 'from')} → ${str(p, 'to')}.`,
  'location-unsafe-scheme': (p) => `Chuyển hướng này trỏ tới một địa chỉ "${str(p, 'scheme')}:", loại địa chỉ mà trình duyệt từ chối đi theo.`,
  'hsts-internal': () => 'Trình duyệt đã tự nâng request này lên HTTPS vì website nằm trong danh sách HSTS của nó; server chưa hề thấy request http://.',
  'browser-internal-redirect': (p) => `Trình duyệt đã tự chuyển hướng request này${opt(p, 'reason', (r) => ` (lý do: ${r})`)}, chẳng hạn thay mặt cho một extension; server không gửi chuyển hướng này.`,
  'content-range': (p) => `Khoảng byte được yêu cầu nằm ngoài resource, vốn chỉ dài ${str(p, 'length')} byte.`,
  upgrade: (p) => `Server yêu cầu chuyển sang giao thức: ${str(p, 'protocols')}.`,
  'accepted-types': (p) => `Server cho biết những gì nó sẽ chấp nhận (${str(p, 'header')}): ${str(p, 'values')}.`,
  'negotiation-vary': (p) => `Server chọn phiên bản của resource dựa trên các header request sau: ${str(p, 'headers')}; không phiên bản nào khớp với yêu cầu của trình duyệt.`,
  'problem-details': (p) => `Body của response là một báo cáo lỗi dạng máy đọc được (RFC 9457, ${str(p, 'format').toUpperCase()}); các trường "title" và "detail" trong đó mô tả lỗi.`,
  'redirect-too-many': (p) => `Trang đã đi qua ${str(p, 'hops')} lần chuyển hướng trước khi tải; mỗi lần tốn một round trip, và nhiều hơn ${str(p, 'max')} lần thì nên rút ngắn.`,
  'redirect-protocol-flip': (p) => `Chuỗi chuyển hướng đổi qua lại giữa HTTP và HTTPS ${str(p, 'changes')} lần: hai tầng (ví dụ CDN và origin) không thống nhất nên dùng giao thức nào.`,
  'redirect-https-downgrade': (p) => `Một lần chuyển hướng trong chuỗi rời HTTPS sang HTTP thường: ${str(p, 'from')} → ${str(p, 'to')}.`,
  'redirect-loop': (p) => (p.closed === true
    ? `Chuỗi chuyển hướng quay lại ${str(p, 'url')}: một vòng lặp khiến trình duyệt bỏ cuộc.`
    : `Chuỗi chuyển hướng đi qua ${str(p, 'url')} hai lần trước khi trang tải xong.`),
  'redirect-final-error': (p) => (num(p, 'status') > 0
    ? `Chuỗi chuyển hướng kết thúc ở một trang bị lỗi ${str(p, 'status')}: ${str(p, 'url')}.`
    : `Chuỗi chuyển hướng kết thúc ở một trang không tải được: ${str(p, 'url')}.`),
  'failure-blocked-by-client': () => 'Bị một extension trong trình duyệt này chặn, nhiều khả năng là trình chặn nội dung (uBlock Origin, AdBlock, Privacy Badger...): request chưa hề rời khỏi trình duyệt, nên lỗi không nằm ở site. Để kiểm tra, hãy tắt trình chặn cho site này rồi tải lại.',
  'failure-cancelled-by-extension': () => 'Bị hủy trong trình duyệt này trước khi được gửi: không header nào của request được gửi đi và không máy chủ nào được liên hệ, đó là cách Firefox báo một request bị extension chặn (NS_ERROR_ABORT; nhiều khả năng là trình chặn nội dung như uBlock Origin). Lỗi không nằm ở site. Để kiểm tra, hãy tắt trình chặn cho site này rồi tải lại.',
  'failure-blocked-by-admin': () => 'Bị chặn trong trình duyệt này bởi chính sách do quản trị viên đặt (danh sách chặn URL của công ty hoặc trường học): lỗi không nằm ở site, và chỉ quản trị viên đó mới gỡ được.',
  'failure-blocked-policy': () => 'Trình duyệt đã chặn request này vì một quy tắc do website đặt ra (Content-Security-Policy, Cross-Origin-Resource-Policy) hoặc vì cơ chế tự bảo vệ của nó trước việc đọc cross-origin.',
  'failure-blocked-safety': () => 'Trình duyệt đã chặn địa chỉ này vì không an toàn (nằm trong danh sách malware, phishing hoặc phần mềm không mong muốn).',
  'failure-blocked-tracking': (p) => `Bị tính năng chống theo dõi của Firefox chặn: địa chỉ nằm trong danh sách ${TRACKING_LISTS[str(p, 'list')] ?? TRACKING_LISTS.TRACKING} của nó. Lỗi không nằm ở site. Để kiểm tra, hãy tắt Trình chống theo dõi nâng cao cho site này (biểu tượng khiên trên thanh địa chỉ) rồi tải lại.`,
  'failure-empty-response': () => 'Server đã nhận kết nối rồi đóng lại mà không gửi response nào. Một số server cố ý làm vậy (nginx "return 444"); nếu không thì process của server đã bị crash hoặc một giới hạn nào đó đã cắt kết nối.',
  'failure-connection-reset': () => 'Kết nối đã bị reset khi request đang diễn ra, do server hoặc do một firewall hay thiết bị trên đường truyền.',
  'failure-reset-or-empty': () => 'Firefox dùng tên này cho hai lỗi: kết nối bị reset khi request đang diễn ra (Chromium: ERR_CONNECTION_RESET), và server nhận kết nối rồi đóng lại mà không gửi response nào (Chromium: ERR_EMPTY_RESPONSE; nginx "return 444" cố ý làm vậy). Trong cả hai trường hợp, server, hoặc một firewall hay thiết bị trên đường truyền, đã kết thúc kết nối trước khi có câu trả lời.',
  'failure-truncated': () => 'Response dừng lại trước khi hoàn tất: số byte nhận được ít hơn số đã thông báo.',
  'failure-refused': () => 'Không có gì chấp nhận kết nối tại địa chỉ và port đó: server không chạy hoặc không listen ở đó, hoặc một firewall đã từ chối kết nối.',
  'failure-proxy': () => 'Không kết nối được tới proxy được cấu hình trong trình duyệt hoặc hệ thống này, hoặc proxy đã từ chối kết nối.',
  'failure-dns': () => 'Không phân giải được host name thành địa chỉ (DNS): gõ sai, thiếu bản ghi DNS, hoặc có sự cố DNS trên mạng này.',
  'failure-timeout': () => 'Không có câu trả lời nào trong giới hạn thời gian của trình duyệt.',
  'failure-offline': () => 'Trình duyệt đang offline.',
  'failure-network-changed': () => 'Mạng đã thay đổi khi request đang chạy (đổi Wi-Fi, VPN); tải lại trang thường sẽ được.',
  'failure-certificate': (p) => `Certificate của server không được chấp nhận${opt(p, 'code', (c) => ` (${c})`)}: đã hết hạn, được cấp cho tên khác, hoặc do một bên cấp mà trình duyệt không tin cậy.`,
  'failure-tls': (p) => `Không thiết lập được kết nối bảo mật${opt(p, 'code', (c) => ` (${c})`)}: trình duyệt và server không có chung phiên bản TLS hay cipher nào, hoặc cấu hình TLS của server bị hỏng.`,
  'failure-cors': () => 'Trình duyệt không cho trang đọc response cross-origin này (quy tắc CORS và same-origin).',
  'failure-cors-possible': () => 'Đã có response trả về, rồi trình duyệt đánh request thất bại mà không nêu lý do. Response đó không có header Access-Control-Allow-Origin: nếu một script từ origin khác tạo ra request này, có thể trình duyệt đã chặn nó theo CORS.',
  'failure-aborted': () => 'Bị hủy trước khi hoàn tất. Thường vô hại: trang đã chuyển sang địa chỉ khác, hoặc một script hay chính trình duyệt đã hủy request.',
  'failure-redirect-loop': () => 'Quá nhiều lần chuyển hướng: trình duyệt đã ngừng đi theo, nhiều khả năng là một vòng lặp.',
  'failure-unsafe-redirect': () => 'Trình duyệt từ chối đi theo một chuyển hướng tới địa chỉ mà nó không cho phép.',
  'failure-protocol': () => 'Response vi phạm các quy tắc HTTP mà trình duyệt áp dụng (header sai định dạng, lỗi giao thức, hoặc body không giải mã được).',
  'failure-blocked-port': () => 'Trình duyệt từ chối kết nối tới port này vì nó được dành riêng cho các giao thức khác.',
  'failure-cache-miss': () => 'Trình duyệt cần một bản cache nhưng không có, thường là khi quay lại kết quả của một lần gửi form; tải lại sẽ gửi form thêm lần nữa.',
  'failure-other': (p) => `Request thất bại: ${str(p, 'error')}.`,
  'status-before-failure': (p) => `Server đã bắt đầu trả lời với mã trạng thái ${str(p, 'status')} trước khi việc tải bị lỗi.`,
};

export const reportLabels: ReportLabels = {
  title: 'Báo cáo Status Lens',
  page: 'Trang',
  time: 'Thời gian',
  browser: 'Trình duyệt',
  records: 'Response',
  noRecords: 'Không ghi nhận response nào ngoài 2xx và không có lỗi mạng nào.',
  status: 'Trạng thái',
  error: 'Lỗi',
  method: 'Method',
  type: 'Loại',
  url: 'URL',
  redirectTo: 'Chuyển hướng tới',
  count: 'Số lần',
  producer: 'Phục vụ bởi',
  headers: 'Header chẩn đoán',
  diagnosis: 'Chẩn đoán',
  curl: 'Tái hiện',
  bestEffort: 'Các bí mật (cookie, Authorization, tham số và token trong đường dẫn trông như bí mật) được che theo khả năng tốt nhất: hãy đọc lại báo cáo trước khi chia sẻ.',
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
