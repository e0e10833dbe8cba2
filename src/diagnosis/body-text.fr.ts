// Les mots français des indices tirés du corps et du temps de réponse (body-hints.ts).
import { bodyTextModule, s, timeoutList, type BodyWords } from './body-text-module';

type P = Parameters<BodyWords['hints']['timing']>[0];
const version = (p: P) => (s(p, 'version') ? ` ${s(p, 'version')}` : '');
const withDetails = (p: P) => (s(p, 'details') ? ` (${s(p, 'details')})` : '');

export const words: BodyWords = {
  formats: {
    'problem-json': 'un document de problème RFC 9457 (JSON)',
    'problem-xml': 'un document de problème RFC 9457 (XML)',
    oauth: 'une erreur OAuth 2 (RFC 6749)',
    graphql: 'une réponse d\'erreur GraphQL',
    'aws-xml': 'une erreur AWS',
    'google-json': 'une erreur d\'API Google',
    'json-error': 'une erreur en JSON',
    'html-page': 'une page d\'erreur HTML',
  },
  debugKinds: {
    django: 'la page de débogage de Django (DEBUG = True)',
    rails: 'la page d\'exception de développement de Rails',
    laravel: 'la page de débogage de Laravel (APP_DEBUG)',
    express: 'la page d\'erreur de développement d\'Express (NODE_ENV n\'est pas « production »)',
    werkzeug: 'le débogueur Werkzeug',
    aspnet: 'la page d\'erreur détaillée d\'ASP.NET (customErrors désactivé)',
    php: 'des erreurs PHP affichées dans la page (display_errors activé)',
    java: 'une trace de pile Java',
    python: 'une trace d\'appels Python (traceback)',
    node: 'une trace de pile Node.js',
    ruby: 'une trace d\'appels Ruby',
    dotnet: 'une trace de pile .NET',
  },
  timeouts: {
    'nginx-proxy-read': 'proxy_read_timeout de nginx',
    'aws-alb-idle': 'le délai d\'inactivité de l\'équilibreur de charge AWS',
    'cloudflare-origin': 'l\'attente de l\'origine par Cloudflare',
    'heroku-router': 'le délai de requête du routeur Heroku',
    'varnish-first-byte': 'first_byte_timeout de Varnish',
    'haproxy-server': '`timeout server` de HAProxy',
    'apache-proxy': 'ProxyTimeout d\'Apache (Timeout par défaut)',
    'cloudfront-origin': 'le délai de réponse de l\'origine de CloudFront',
  },
  sampleDefault: 'pas de valeur par défaut intégrée ; la configuration d\'exemple de Debian :',
  noBody: {
    opaque: 'le navigateur ne donne pas ce corps aux extensions (réponse opaque ou d\'une autre origine, ou qu\'il n\'a pas gardée)',
    'before-devtools': 'la requête s\'est terminée avant l\'ouverture des DevTools, son corps n\'a donc pas été capturé ; rechargez la page avec les DevTools ouverts',
    'too-large': 'le corps dépasse ce que Status Lens lit (64 Ko), il n\'a donc pas été lu',
    empty: 'la réponse avait un corps vide',
    unavailable: 'le navigateur n\'a donné aucun corps pour cette requête',
    'network-failure': 'la requête a échoué avant qu\'une réponse n\'arrive',
  },
  detailLabels: { rayId: 'Ray ID', errorCode: 'erreur', substatus: 'sous-statut', hresult: 'HRESULT', xid: 'XID' },
  seconds: (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace('.', ',')} s`,
  hints: {
    'body-message': (p, w) => `Le corps est ${w.formats[s(p, 'format') as keyof BodyWords['formats']] ?? s(p, 'format')} : ${s(p, 'summary')}.`,
    'body-graphql-200': (p) => `Erreurs GraphQL dans une réponse ${s(p, 'status')} : le statut annonce un succès, mais le corps liste ${s(p, 'count')} erreur${s(p, 'count') === '1' ? '' : 's'} (${s(p, 'summary')}). Aucun code de statut ne montre cet échec et le badge de la barre d'outils ne le compte pas : seul le corps le dit.`,
    'body-producer-only': (p) => `Le corps est la page d'erreur propre à ${s(p, 'name')}${version(p)} (« ${s(p, 'evidence')} »)${withDetails(p)} : aucun en-tête ne nommait le logiciel qui a répondu, la page le fait.`,
    'body-producer-agrees': (p) => `Le corps confirme les en-têtes : c'est la page d'erreur propre à ${s(p, 'name')}${version(p)} (« ${s(p, 'evidence')} »)${withDetails(p)}.`,
    'body-producer-disagrees': (p) => `Les en-têtes et le corps ne concordent pas : les en-têtes nomment ${s(p, 'header')}, mais le corps est la page d'erreur propre à ${s(p, 'name')}${version(p)} (« ${s(p, 'evidence')} »)${withDetails(p)}. Le plus probable : ${s(p, 'name')} a produit cette erreur derrière ${s(p, 'header')}, qui l'a transmise (ou a réécrit l'en-tête Server).`,
    'body-debug-public': (p, w) => `Des informations de débogage sont publiques : cette réponse montre ${w.debugKinds[s(p, 'kind') as keyof BodyWords['debugKinds']] ?? s(p, 'kind')} (« ${s(p, 'evidence')} »). Pour le propriétaire : les visiteurs peuvent y lire des chemins de code, des réglages et des données ; désactivez le débogage en production et journalisez les erreurs à la place.`,
    'body-none': (p, w) => `Aucun corps à lire : ${w.noBody[s(p, 'reason') as keyof BodyWords['noBody']] ?? s(p, 'reason')}.`,
    timing: (p, w) => `Durée totale ${w.seconds(Number(p.totalMs))}${p.waitMs === undefined ? '' : `, dont ${w.seconds(Number(p.waitMs))} d'attente du premier octet (le temps du serveur)`}.`,
    'timing-timeout': (p, w) => {
      const list = timeoutList(p, w, 'par défaut');
      const why = `un ${s(p, 'status')} qui arrive juste après un nombre entier de secondes est la marque d'un minuteur, pas d'un serveur tombé en panne à un instant quelconque`;
      if (list.length === 0) return `L'erreur est arrivée après ${s(p, 'seconds')} s, un nombre rond : probablement un délai réglé sur ${s(p, 'seconds')} s quelque part entre le navigateur et l'application (${why}).`;
      if (p.named !== true) return `L'erreur est arrivée après ${s(p, 'seconds')} s, un nombre rond et une valeur par défaut courante : probablement l'un de ${list.join(', ')} (${why}).`;
      if (p.isDefault === true) return `L'erreur est arrivée après ${s(p, 'seconds')} s, la valeur par défaut de ${list.join(', ')} : ce délai a probablement expiré parce que l'amont a mis plus longtemps (${why}).`;
      return `L'erreur est arrivée après ${s(p, 'seconds')} s, un nombre rond : probablement ${list.join(', ')}, réglé ici sur ${s(p, 'seconds')} s (${why}).`;
    },
  },
};

export const bodyText = bodyTextModule(words);
