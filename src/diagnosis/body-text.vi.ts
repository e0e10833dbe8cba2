// Từ ngữ tiếng Việt cho các gợi ý lấy từ nội dung phản hồi và thời gian (body-hints.ts).
import { bodyTextModule, s, timeoutList, type BodyWords } from './body-text-module';

type P = Parameters<BodyWords['hints']['timing']>[0];
const version = (p: P) => (s(p, 'version') ? ` ${s(p, 'version')}` : '');
const withDetails = (p: P) => (s(p, 'details') ? ` (${s(p, 'details')})` : '');

export const words: BodyWords = {
  formats: {
    'problem-json': 'một tài liệu mô tả sự cố theo RFC 9457 (JSON)',
    'problem-xml': 'một tài liệu mô tả sự cố theo RFC 9457 (XML)',
    oauth: 'một lỗi OAuth 2 (RFC 6749)',
    graphql: 'một phản hồi lỗi GraphQL',
    'aws-xml': 'một lỗi AWS',
    'google-json': 'một lỗi API của Google',
    'json-error': 'một lỗi dạng JSON',
    'html-page': 'một trang lỗi HTML',
  },
  debugKinds: {
    django: 'trang gỡ lỗi của Django (DEBUG = True)',
    rails: 'trang ngoại lệ chế độ phát triển của Rails',
    laravel: 'trang gỡ lỗi của Laravel (APP_DEBUG)',
    express: 'trang lỗi chế độ phát triển của Express (NODE_ENV không phải "production")',
    werkzeug: 'trình gỡ lỗi Werkzeug',
    aspnet: 'trang lỗi chi tiết của ASP.NET (customErrors tắt)',
    php: 'lỗi PHP in ra trang (display_errors bật)',
    java: 'một stack trace của Java',
    python: 'một traceback của Python',
    node: 'một stack trace của Node.js',
    ruby: 'một backtrace của Ruby',
    dotnet: 'một stack trace của .NET',
  },
  timeouts: {
    'nginx-proxy-read': 'proxy_read_timeout của nginx',
    'aws-alb-idle': 'thời gian chờ nhàn rỗi của bộ cân bằng tải AWS',
    'cloudflare-origin': 'thời gian Cloudflare chờ máy chủ gốc',
    'heroku-router': 'thời gian chờ yêu cầu của bộ định tuyến Heroku',
    'varnish-first-byte': 'first_byte_timeout của Varnish',
    'haproxy-server': '`timeout server` của HAProxy',
    'apache-proxy': 'ProxyTimeout của Apache (mặc định bằng Timeout)',
    'cloudfront-origin': 'thời gian chờ phản hồi máy chủ gốc của CloudFront',
  },
  sampleDefault: 'không có mặc định sẵn; cấu hình mẫu của Debian:',
  noBody: {
    opaque: 'trình duyệt không đưa nội dung này cho tiện ích (phản hồi opaque hoặc khác nguồn gốc, hoặc nó không giữ lại)',
    'before-devtools': 'yêu cầu đã xong trước khi mở DevTools nên nội dung không được ghi lại; hãy tải lại trang khi DevTools đang mở',
    'too-large': 'nội dung lớn hơn mức Status Lens đọc (64 KB) nên không được đọc',
    empty: 'phản hồi có nội dung trống',
    unavailable: 'trình duyệt không cung cấp nội dung cho yêu cầu này',
    'network-failure': 'yêu cầu thất bại trước khi có phản hồi',
  },
  detailLabels: { rayId: 'Ray ID', errorCode: 'lỗi', substatus: 'mã trạng thái phụ', hresult: 'HRESULT', xid: 'XID' },
  seconds: (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace('.', ',')} giây`,
  hints: {
    'body-message': (p, w) => `Nội dung phản hồi là ${w.formats[s(p, 'format') as keyof BodyWords['formats']] ?? s(p, 'format')}: ${s(p, 'summary')}.`,
    'body-graphql-200': (p) => `Lỗi GraphQL trong một phản hồi ${s(p, 'status')}: mã trạng thái báo thành công nhưng nội dung liệt kê ${s(p, 'count')} lỗi (${s(p, 'summary')}). Không mã trạng thái nào cho thấy thất bại này và huy hiệu trên thanh công cụ không đếm nó: chỉ nội dung phản hồi cho biết.`,
    'body-producer-only': (p) => `Nội dung là trang lỗi riêng của ${s(p, 'name')}${version(p)} ("${s(p, 'evidence')}")${withDetails(p)}: không header nào nêu tên phần mềm đã trả lời, trang lỗi thì có.`,
    'body-producer-agrees': (p) => `Nội dung khớp với các header: đây là trang lỗi riêng của ${s(p, 'name')}${version(p)} ("${s(p, 'evidence')}")${withDetails(p)}.`,
    'body-producer-disagrees': (p) => `Header và nội dung không khớp: header nêu ${s(p, 'header')}, nhưng nội dung là trang lỗi riêng của ${s(p, 'name')}${version(p)} ("${s(p, 'evidence')}")${withDetails(p)}. Nhiều khả năng ${s(p, 'name')} tạo ra lỗi này ở phía sau ${s(p, 'header')}, và ${s(p, 'header')} đã chuyển tiếp nó (hoặc ghi đè header Server).`,
    'body-debug-public': (p, w) => `Thông tin gỡ lỗi đang bị công khai: phản hồi này hiển thị ${w.debugKinds[s(p, 'kind') as keyof BodyWords['debugKinds']] ?? s(p, 'kind')} ("${s(p, 'evidence')}"). Dành cho chủ trang: khách truy cập có thể đọc đường dẫn mã, cấu hình và dữ liệu từ đó; hãy tắt chế độ gỡ lỗi trên môi trường production và ghi lỗi vào nhật ký thay vào đó.`,
    'body-none': (p, w) => `Không có nội dung để đọc: ${w.noBody[s(p, 'reason') as keyof BodyWords['noBody']] ?? s(p, 'reason')}.`,
    timing: (p, w) => `Tổng cộng ${w.seconds(Number(p.totalMs))}${p.waitMs === undefined ? '' : `, trong đó ${w.seconds(Number(p.waitMs))} chờ byte đầu tiên (thời gian của máy chủ)`}.`,
    'timing-timeout': (p, w) => {
      const list = timeoutList(p, w, 'mặc định');
      const why = `một mã ${s(p, 'status')} đến ngay sau một số giây tròn là dấu hiệu của một bộ hẹn giờ, không phải của một máy chủ hỏng vào thời điểm ngẫu nhiên`;
      if (list.length === 0) return `Lỗi đến sau ${s(p, 'seconds')} giây, một số tròn: có lẽ là một thời gian chờ đặt ${s(p, 'seconds')} giây ở đâu đó giữa trình duyệt và ứng dụng (${why}).`;
      if (p.named !== true) return `Lỗi đến sau ${s(p, 'seconds')} giây, một số tròn và là giá trị mặc định phổ biến: có lẽ là một trong ${list.join(', ')} (${why}).`;
      if (p.isDefault === true) return `Lỗi đến sau ${s(p, 'seconds')} giây, đúng giá trị mặc định của ${list.join(', ')}: có lẽ thời gian chờ đó đã hết vì máy chủ phía sau mất nhiều thời gian hơn (${why}).`;
      return `Lỗi đến sau ${s(p, 'seconds')} giây, một số tròn: có lẽ là ${list.join(', ')}, ở đây được đặt ${s(p, 'seconds')} giây (${why}).`;
    },
  },
};

export const bodyText = bodyTextModule(words);
