// French words for the diagnosis ("vous"), same shape as hint-text.en.ts and checked against
// HintTextModule. Header, directive, product and error names stay as in English; so does every
// inserted value. Parameters are inserted as text; the UI renders the result as text, never as HTML.
import type {
  EdgeReason, HintId, HintParams, OwnerCheckId, ProducerRole, ReportLabels,
} from './types';
import { textModule } from './hint-text-module';
import { durationWith, formatTime, num, opt, str } from './hint-text.en';

/** "45 s", "2 min 5 s", "3 h 20 min", "2 j 4 h": the English layout with French unit symbols. */
export const formatDuration = durationWith({ s: 's', min: 'min', h: 'h', d: 'j' });

const ROLE: Record<ProducerRole, string> = {
  cdn: 'CDN',
  proxy: 'proxy inverse',
  'load-balancer': 'répartiteur de charge',
  origin: 'serveur web/applicatif',
  platform: 'plateforme d\'hébergement',
  'web-server': 'serveur web',
  'app-server': 'serveur d\'application',
  'application': 'application',
};

// Same keys, same order as in English: the order is the order of display.
const DETAIL_LABELS: Record<string, string> = {
  rayId: 'Ray ID',
  colo: 'centre de données',
  pop: 'emplacement edge',
  requestId: 'ID de requête',
  traceId: 'ID de trace',
  wafAction: 'action WAF',
  cacheStatus: 'état du cache',
  cache: 'cache',
  servedBy: 'servi par',
  varnishId: 'ID Varnish',
  aspnetVersion: 'version ASP.NET',
  error: 'code d\'erreur',
  upstreamServiceTime: 'temps de l\'amont (ms)',
  mitigated: 'intervention',
  server: 'en-tête Server',
  squidError: 'erreur Squid',
};

// {producer} is a product name, {server} the raw Server header; both may be empty.
const EDGE_REASONS: Record<EdgeReason, (p: HintParams) => string> = {
  'cloudflare-5xx': () => 'Cloudflare a généré cette erreur lui-même : ses codes 52x signalent un problème pour joindre le serveur d\'origine ou pour dialoguer avec lui, et ce serveur n\'a jamais envoyé cette réponse.',
  'cloudflare-challenge': () => 'Cloudflare a répondu par une vérification de sécurité (cf-mitigated) au lieu de transmettre la requête au site.',
  'cloudfront-own-error': () => 'CloudFront a généré cette erreur lui-même (Server: CloudFront, X-Cache "Error from cloudfront").',
  'cloudfront-origin-error': (p) => `Le serveur d'origine a produit cette erreur et CloudFront l'a transmise${opt(p, 'server', (s) => ` (Server: ${s})`)}.`,
  'proxy-gateway-error': (p) => `${str(p, 'producer') || 'Le proxy'} a produit cette erreur lui-même : il transmet les requêtes à un autre serveur (l'amont, ou upstream) et n'en a obtenu aucune réponse exploitable.`,
  'vendor-status': (p) => `Ce code de statut est propre ${str(p, 'producer') ? `à ${str(p, 'producer')}` : 'au logiciel serveur'}, qui l'a généré lui-même.`,
  'elb-own': () => 'Le répartiteur de charge AWS a répondu lui-même (Server: awselb) ; la réponse ne vient pas d\'une cible située derrière lui.',
  'akamai-own': () => 'Un serveur edge d\'Akamai a généré cette erreur (Server: AkamaiGHost) ; l\'origine ne l\'a pas envoyée.',
  'vercel-error': () => 'La plateforme Vercel a produit cette erreur (x-vercel-error) ; ce n\'est pas une réponse écrite par l\'application.',
  'envoy-local-reply': () => 'Envoy a répondu lui-même : x-envoy-upstream-service-time est absent, or Envoy l\'ajoute dès qu\'un backend a répondu.',
  'envoy-upstream': () => 'Un backend situé derrière Envoy a produit cette réponse (x-envoy-upstream-service-time est présent).',
  'server-is-origin': (p) => `${str(p, 'producer') || 'Un intermédiaire'} a transmis cette réponse ; l'en-tête Server nomme le logiciel qui l'a écrite${opt(p, 'server', (s) => ` (${s})`)}.`,
  'no-evidence': () => 'Les en-têtes ne permettent pas de savoir si c\'est un intermédiaire ou le serveur d\'origine qui a produit cette réponse.',
  'gateway-own-page': (p) => `${str(p, 'producer')} a écrit lui-même cette réponse d\'erreur${opt(p, 'evidence', (e) => ` (${e}, la forme de ses propres pages d\'erreur)`)} ; aucune application derrière lui ne l\'a écrite.`,
  'gateway-passed-on': (p) => `L\'application derrière ${str(p, 'producer')}${opt(p, 'application', (a) => ` (${a})`)} a écrit cette réponse et ${str(p, 'producer')} l\'a transmise${opt(p, 'evidence', (e) => ` : ${e} n\'est pas la forme des erreurs que ${str(p, 'producer')} écrit lui-même`)}.`,
  'app-server-response': (p) => `L\'application qui tourne dans ${str(p, 'producer')} a écrit cette réponse${opt(p, 'evidence', (e) => ` (${e})`)} ; regardez les logs de l\'application.`,
  'squid-own': (p) => `Squid a généré cette erreur lui-même${opt(p, 'evidence', (e) => ` (${e})`)} ; le serveur derrière lui ne l\'a pas envoyée.`,
  'varnish-own': () => 'Varnish a généré cette erreur lui-même (Server: Varnish sur une réponse synthétique) : il n\'a obtenu aucune réponse exploitable de son backend.',
  'haproxy-own': () => 'Très probablement, HAProxy a répondu de lui-même (sa réponse d\'erreur intégrée), sans réponse d\'un serveur du backend.',
  'kong-own': (p) => `Kong a répondu de lui-même${opt(p, 'evidence', (e) => ` (${e}, que Kong ajoute aux réponses qu\'il génère)`)}.`,
};

const SQUID_ERRORS: Record<string, string> = {
  ERR_CONNECT_FAIL: 'Squid n\'a pas pu se connecter au serveur derrière lui',
  ERR_READ_ERROR: 'la connexion au serveur derrière Squid a échoué pendant la lecture de sa réponse (refusée ou réinitialisée)',
  ERR_READ_TIMEOUT: 'le serveur derrière Squid n\'a pas répondu dans le délai read_timeout',
  ERR_DNS_FAIL: 'Squid n\'a pas pu résoudre le nom d\'hôte du serveur',
  ERR_ACCESS_DENIED: 'les règles d\'accès de Squid (http_access) ont refusé la requête',
  ERR_CACHE_ACCESS_DENIED: 'Squid demande une authentification de proxy avant de servir ceci',
  ERR_CANNOT_FORWARD: 'Squid n\'a trouvé aucune route pour transmettre la requête (aucun cache_peer ni accès direct autorisé)',
  ERR_ZERO_SIZE_OBJECT: 'le serveur derrière Squid a fermé la connexion sans rien envoyer',
  ERR_GATEWAY_FAILURE: 'le serveur derrière Squid a échoué en tant que passerelle',
  ERR_INVALID_REQ: 'Squid a jugé la requête mal formée',
  ERR_INVALID_URL: 'Squid a jugé l\'URL mal formée',
  ERR_TOO_BIG: 'la requête ou la réponse dépassait la taille que Squid autorise',
  ERR_SECURE_CONNECT_FAIL: 'Squid n\'a pas pu établir TLS avec le serveur derrière lui',
  ERR_LIFETIME_EXP: 'la requête a duré plus longtemps que la durée de vie de connexion de Squid',
  ERR_SHUTTING_DOWN: 'Squid est en train de s\'arrêter',
  ERR_UNSUP_REQ: 'Squid ne prend pas en charge cette méthode ou ce protocole',
};

const OWNER_CHECKS: Record<OwnerCheckId, string> = {
  'nginx-upstream-up': 'Vérifiez que l\'amont vers lequel cette location transmet (proxy_pass, fastcgi_pass, uwsgi_pass ou grpc_pass : un serveur d\'application, un port ou un socket) tourne et écoute là où nginx est configuré pour le joindre.',
  'nginx-error-log': 'Lisez le error.log de nginx au moment de l\'erreur : "connect() failed (111: Connection refused)" signifie que rien n\'écoute en amont ; "upstream prematurely closed connection" signifie que l\'application a planté ou a abandonné la requête en pleine réponse.',
  'nginx-proxy-timeouts': 'Comparez proxy_connect_timeout et proxy_read_timeout (60 s par défaut) avec le temps que met réellement l\'amont ; error.log indique alors "upstream timed out".',
  'nginx-slow-upstream': 'Cherchez pourquoi l\'amont est lent (requêtes longues, workers saturés, dépendance bloquée) au lieu de vous contenter d\'augmenter le timeout.',
  'nginx-body-size': 'Le corps de la requête a dépassé client_max_body_size (1 Mo par défaut) ; augmentez-le pour la route d\'upload si des corps plus gros sont attendus.',
  'nginx-header-buffers': 'La ligne de requête ou un en-tête ne tenait pas dans large_client_header_buffers ; de gros cookies en sont la cause habituelle.',
  'nginx-rate-limit': 'limit_req et limit_conn de nginx rejettent avec 503 par défaut ; vérifiez si une limite de débit ou de connexions s\'est déclenchée (error.log "limiting requests").',
  'nginx-https-port': 'Une requête en HTTP simple est arrivée sur le port HTTPS ; faites pointer les liens vers https:// ou redirigez avec "error_page 497".',
  'nginx-client-cert': 'Le serveur exige un certificat client (ssl_verify_client) : vérifiez qu\'un certificat est bien envoyé et que sa chaîne remonte à ssl_client_certificate.',
  'cf-origin-up': 'Vérifiez que le serveur d\'origine est en service et accepte les connexions sur le port qu\'utilise Cloudflare (80 ou 443).',
  'cf-origin-firewall': 'Vérifiez que le pare-feu, les plugins de sécurité et les limites de débit de l\'origine laissent passer les plages d\'IP publiées par Cloudflare.',
  'cf-origin-response': 'Cherchez dans les logs de l\'origine des plantages ou des réponses vides à ce moment-là ; des en-têtes de réponse très volumineux déclenchent aussi 520.',
  'cf-origin-dns': 'Vérifiez que l\'enregistrement DNS dans Cloudflare pointe vers la bonne adresse d\'origine, et que celle-ci est joignable.',
  'cf-origin-timeout': 'L\'origine a accepté la connexion mais n\'a pas répondu en 100 secondes environ ; déplacez les traitements longs en tâche de fond ou accélérez l\'endpoint.',
  'cf-ssl-mode': 'Vérifiez que le mode SSL/TLS (Full ou Full strict) correspond à l\'origine : celle-ci doit parler TLS sur le port 443 et, en mode strict, présenter pour le nom d\'hôte un certificat valide et non expiré.',
  'cf-1xxx': 'Un 530 s\'accompagne d\'une erreur Cloudflare 1xxx sur la page ; son numéro indique ce qui a échoué (souvent le DNS de l\'origine).',
  'cf-ray-lookup': 'Recherchez le Ray ID dans le tableau de bord ou les logs Cloudflare, ou communiquez-le au support Cloudflare.',
  'alb-target-health': 'Vérifiez le groupe cible : des cibles sont-elles enregistrées, et passent-elles les health checks ?',
  'alb-idle-timeout': 'Comparez le délai d\'inactivité du répartiteur de charge (60 s par défaut) avec celui des cibles : le délai keep-alive des cibles doit être plus long, et les requêtes doivent se terminer avant l\'expiration du délai d\'inactivité.',
  'alb-security-groups': 'Vérifiez que les groupes de sécurité et les ACL réseau permettent au répartiteur de charge de joindre les cibles sur le port cible.',
  'alb-no-targets': 'Le groupe cible n\'a aucune cible enregistrée en bonne santé dans les zones de disponibilité activées du répartiteur de charge.',
  'alb-waf': 'Une règle AWS WAF associée au répartiteur de charge a peut-être bloqué cette requête ; consultez les logs WAF ou les requêtes échantillonnées.',
  'alb-460': 'Le client a fermé la connexion avant que le répartiteur de charge ne puisse répondre, souvent parce que son timeout est plus court que la durée de la requête.',
  'alb-463': 'L\'en-tête X-Forwarded-For contenait plus de 30 adresses IP.',
  'alb-464': 'Le protocole de la requête ne correspond pas à la version de protocole du groupe cible (HTTP/1.1, HTTP/2 ou gRPC).',
  'alb-561': 'L\'action authenticate a échoué chez le fournisseur d\'identité ; vérifiez la configuration de l\'IdP et ses logs.',
  'cloudfront-origin-protocol': 'Confrontez la politique de protocole d\'origine (HTTP only, HTTPS only, match viewer) et les ports à ce que l\'origine sert réellement.',
  'cloudfront-origin-cert': 'Vérifiez le certificat de l\'origine : autorité de certification reconnue, non expiré, chaîne complète, couvrant le nom de domaine d\'origine auquel CloudFront se connecte.',
  'cloudfront-origin-timeout': 'Comparez le délai de réponse de l\'origine (30 s par défaut) avec le temps que met l\'origine à répondre.',
  'cloudfront-origin-firewall': 'Vérifiez que le pare-feu ou les groupes de sécurité de l\'origine acceptent les connexions venant de CloudFront.',
  'cloudfront-403': 'CloudFront a refusé en vertu de sa propre configuration : vérifiez les règles AWS WAF, les restrictions géographiques, l\'exigence d\'URL ou de cookies signés, et les noms de domaine alternatifs de la distribution.',
  'cloudfront-request-id': 'Indiquez la valeur X-Amz-Cf-Id pour chercher dans les logs CloudFront ou en contactant le support AWS.',
  'iis-substatus': 'Retrouvez la requête dans le log IIS : les champs sc-substatus et sc-win32-status (par exemple 500.19, 401.2) identifient la cause exacte.',
  'iis-app-pool': 'Vérifiez que le pool d\'applications est démarré ; IIS arrête un pool qui plante à répétition (protection rapide contre les défaillances).',
  'iis-failed-request-tracing': 'Activez le suivi des demandes ayant échoué (Failed Request Tracing) pour ce statut afin de voir quel module a échoué.',
  'vercel-error-code': 'Cherchez le code x-vercel-error dans la liste des erreurs de Vercel et consultez les logs des fonctions du déploiement.',
  'vercel-function-timeout': 'Une fonction a dépassé sa durée maximale ; vérifiez sa durée d\'exécution dans les logs et la limite configurée.',
  'netlify-function-logs': 'Consultez les logs des fonctions dans Netlify pour y trouver un plantage ou un timeout à ce moment-là.',
  'heroku-router-codes': 'Cherchez dans les logs de l\'application la ligne du router pour cette requête : son code (H10 app crashed, H12 request timeout, H13 connection closed without response...) en donne la cause.',
  'envoy-response-flags': 'Lisez les response flags du log d\'accès pour cette requête (UF : échec de connexion à l\'amont, UH : aucun amont en bonne santé, UT : timeout de l\'amont, URX : limite de tentatives atteinte).',
  'envoy-upstream-health': 'Vérifiez la santé des endpoints du cluster amont, ainsi que l\'outlier detection ou les circuit breakers éventuels.',
  'apache-proxy-backend': 'Lisez le error_log d\'Apache : mod_proxy y indique pourquoi le backend était injoignable ou a mal répondu.',
  'apache-proxy-timeout': 'Comparez ProxyTimeout (ou Timeout) avec le temps que met le backend.',
  'apache-error-log': 'Lisez le error_log d\'Apache à ce moment-là ; une directive .htaccess invalide est une cause fréquente de 500.',
  'fastly-backend-health': 'Vérifiez la santé des backends du service Fastly, et que l\'origine accepte les connexions de Fastly.',
  'fastly-first-byte-timeout': 'Une origine lente se manifeste par un "first byte timeout" : comparez les réglages de timeout du backend avec le temps de réponse de l\'origine.',
  'akamai-reference': 'La chaîne "Reference #" de la page d\'erreur identifie cette requête ; recherchez-la avec l\'outil de traduction d\'erreurs d\'Akamai ou communiquez-la au support Akamai.',
  'caddy-upstream': 'Vérifiez que l\'upstream de reverse_proxy tourne et est joignable depuis Caddy ; le log de Caddy nomme l\'erreur de connexion (dial).',
  'caddy-upstream-timeout': 'L\'amont n\'a pas répondu à temps pour reverse_proxy (response_header_timeout ou dial_timeout du transport) ; cherchez pourquoi il est lent.',
  'nginx-php-fpm': 'Si nginx confie cette location à PHP-FPM (fastcgi_pass), vérifiez que PHP-FPM tourne et que son socket ou son port correspond à fastcgi_pass ; uwsgi_pass et grpc_pass échouent de la même façon.',
  'haproxy-no-server': 'HAProxy n\'avait aucun serveur disponible dans le backend : vérifiez les health checks du backend (show servers state sur le socket de stats) et que les serveurs écoutent là où le backend l\'indique.',
  'haproxy-timeout-server': 'Le serveur du backend n\'a pas répondu dans le délai `timeout server` de HAProxy ; comparez-le au temps que met le serveur.',
  'haproxy-bad-response': 'Le serveur du backend a fermé la connexion ou envoyé une réponse invalide ; le log de HAProxy montre l\'état de terminaison (par exemple SH ou PH).',
  'varnish-backend': 'Vérifiez le backend dans le VCL (.host, .port) et sa sonde de santé ; `varnishlog -g request -q "RespStatus == 503"` montre la FetchError.',
  'varnish-first-byte-timeout': 'Un backend lent échoue en "first byte timeout" : comparez .first_byte_timeout (60 s par défaut) au temps que met le backend.',
  'squid-cache-peer': 'Vérifiez la ligne cache_peer de ce site (hôte, port, originserver) et que le serveur qu\'elle nomme tourne ; cache.log dit pourquoi la connexion a échoué.',
  'squid-read-timeout': 'Le serveur derrière Squid était trop lent : comparez read_timeout (15 min par défaut) et le connect-timeout du pair au temps qu\'il met.',
  'squid-http-access': 'Une règle http_access a refusé la requête : vérifiez les lignes acl qui correspondent à cette URL dans squid.conf.',
  'lighttpd-proxy-backend': 'lighttpd répond 503 quand aucun backend proxy.server n\'est joignable : vérifiez que le backend de proxy.server tourne sur cet hôte et ce port ; le log d\'erreurs le nomme.',
  'kong-upstream': 'Vérifiez les cibles de l\'upstream du service Kong et leur santé ; le log d\'erreurs de Kong nomme la panne.',
  'traefik-service': 'Vérifiez les serveurs du service Traefik (l\'URL vers laquelle chaque routeur envoie) et leur santé ; le log d\'accès de Traefik montre le code reçu.',
  'php-error-log': 'Lisez le log d\'erreurs de PHP (error_log du pool PHP-FPM ou php_admin_value[error_log]) : une exception non rattrapée ou une erreur fatale y est la cause.',
};

function challenge(p: HintParams): string {
  let s = `une authentification ${str(p, 'scheme')}`;
  if (str(p, 'realm')) s += ` (realm "${str(p, 'realm')}")`;
  return s;
}

const SHAPES: Record<string, string> = {
  'haproxy-builtin': 'aucun en-tête Server ni Date, et "Cache-Control: no-cache" sur une courte page HTML : c\'est la forme des réponses d\'erreur intégrées de HAProxy',
};

/** Les listes de la protection contre le pistage, telles que failure-blocked-tracking les nomme. */
const TRACKING_LISTS: Record<string, string> = {
  TRACKING: 'traqueurs', FINGERPRINTING: 'détecteurs d\'empreinte numérique', CRYPTOMINING: 'cryptomineurs', SOCIALTRACKING: 'traqueurs de réseaux sociaux', EMAILTRACKING: 'traqueurs d\'e-mails',
};

const HINTS: Record<HintId, (p: HintParams) => string> = {
  producer: (p) => {
    const role = ROLE[str(p, 'role') as ProducerRole] ?? str(p, 'role');
    const details = Object.keys(DETAIL_LABELS).filter((k) => str(p, k) !== '').map((k) => `${DETAIL_LABELS[k]} ${str(p, k)}`);
    if (p.likely === true) return `Probablement ${str(p, 'name')} (${role}) : ${SHAPES[str(p, 'shape')] ?? str(p, 'shape')}.`;
    const evidence = str(p, 'evidenceHeader') ? ` Indice : ${str(p, 'evidenceHeader')}: ${str(p, 'evidenceValue')}.` : '';
    return `Servi par ${str(p, 'name')}${opt(p, 'version', (v) => ` ${v}`)} (${role})${details.length ? ` ; ${details.join(', ')}` : ''}.${evidence}`;
  },
  'producer-unknown': (p) => (p.noHeaders === true
    ? 'Inconnu : le navigateur n\'a fourni aucun en-tête de réponse pour cette requête (une requête cross-origin que la page ne peut pas lire), donc rien n\'indique quel logiciel a répondu.'
    : 'Inconnu : aucun en-tête ne nomme le logiciel qui a répondu (ni Server, ni Via, ni en-tête d\'éditeur), et la réponse n\'a aucune forme que Status Lens reconnaisse.'),
  'squid-error': (p) => `Squid indique que ${SQUID_ERRORS[str(p, 'code')] ?? `"${str(p, 'code')}"`}${num(p, 'errno') > 0 ? ` (erreur système ${str(p, 'errno')})` : ''}.`,
  layers: (p) => `Couches repérées dans les en-têtes, de la plus externe à la plus interne : ${str(p, 'names')}.`,
  'edge-generated': (p) => EDGE_REASONS[str(p, 'reason') as EdgeReason]?.(p) ?? '',
  'origin-generated': (p) => EDGE_REASONS[str(p, 'reason') as EdgeReason]?.(p) ?? '',
  'cached-error': (p) => `Un cache a servi cette erreur (${str(p, 'header')}: ${str(p, 'value')}) : elle peut survivre à sa cause jusqu'à ce que la copie en cache expire ou soit purgée.`,
  'from-cache': () => 'Le navigateur a servi cette ressource depuis son propre cache ; le serveur n\'a pas été sollicité cette fois-ci.',
  'cf-mitigated': (p) => `Les fonctions de sécurité de Cloudflare sont intervenues (cf-mitigated: ${str(p, 'value')}) : une vérification a été servie à la place de la page.`,
  'waf-action': (p) => `AWS WAF est intervenu sur cette requête (x-amzn-waf-action: ${str(p, 'action')}).`,
  'vendor-error-code': (p) => `Code d'erreur ${str(p, 'vendor')} : ${str(p, 'code')}.`,
  'owner-check': (p) => formatOwnerCheck(str(p, 'check') as OwnerCheckId),
  'retry-after': (p) => `Le serveur demande d'attendre ${formatDuration(num(p, 'seconds'))} avant de réessayer (jusqu'au ${formatTime(num(p, 'at'))}).`,
  'retry-after-invalid': (p) => `L'en-tête Retry-After n'est ni un délai en secondes ni une date : "${str(p, 'raw')}".`,
  'auth-challenge': (p) => {
    let s = `Le serveur demande ${challenge(p)}`;
    if (str(p, 'error')) s += ` ; il a rejeté les identifiants envoyés : ${str(p, 'error')}${opt(p, 'errorDescription', (d) => ` (${d})`)}`;
    else if (str(p, 'errorDescription')) s += ` : ${str(p, 'errorDescription')}`;
    if (str(p, 'scope')) s += ` ; scope requis : ${str(p, 'scope')}`;
    return `${s}.`;
  },
  'proxy-auth': (p) => `Un proxy situé entre ce navigateur et le site demande ${challenge(p)} : c'est le proxy (souvent celui d'une entreprise ou d'un réseau) qui a refusé, pas le site web.`,
  allow: (p) => {
    if (num(p, 'count') === 0) return 'La ressource n\'accepte actuellement aucune méthode (en-tête Allow vide).';
    if (p.methodAllowed === true) return `L'en-tête Allow mentionne ${str(p, 'method')} (${str(p, 'allowed')}), et pourtant le serveur l'a refusée : sa configuration se contredit.`;
    return `Cette ressource accepte ${str(p, 'allowed')}, mais pas ${str(p, 'method')}.`;
  },
  location: (p) => {
    if (num(p, 'status') === 201) return `La nouvelle ressource se trouve à ${str(p, 'url')}.`;
    const notes = [p.httpsUpgrade === true ? 'passage à HTTPS' : '', p.crossHost === true ? 'vers un autre hôte' : ''].filter(Boolean);
    return `Redirige vers ${str(p, 'url')}${notes.length ? ` (${notes.join(', ')})` : ''}.`;
  },
  'location-invalid': (p) => `L'en-tête Location n'est pas une URL utilisable : "${str(p, 'raw')}".`,
  'location-loop': () => 'Cette redirection renvoie vers la même URL : le navigateur tournerait en boucle jusqu\'à abandonner.',
  'location-downgrade': (p) => `Cette redirection quitte HTTPS pour du HTTP non chiffré : ${str(p, 'from')} → ${str(p, 'to')}.`,
  'location-unsafe-scheme': (p) => `Cette redirection pointe vers une adresse "${str(p, 'scheme')}:", que les navigateurs refusent de suivre.`,
  'hsts-internal': () => 'Le navigateur a lui-même fait passer cette requête en HTTPS, car le site figure dans sa liste HSTS ; le serveur n\'a jamais vu la requête en http://.',
  'browser-internal-redirect': (p) => `Le navigateur a redirigé cette requête lui-même${opt(p, 'reason', (r) => ` (motif : ${r})`)}, par exemple pour le compte d'une extension ; ce n'est pas le serveur qui a envoyé cette redirection.`,
  'content-range': (p) => `La plage d'octets demandée se situe hors de la ressource, qui fait ${str(p, 'length')} octets.`,
  upgrade: (p) => `Le serveur exige de changer de protocole pour : ${str(p, 'protocols')}.`,
  'accepted-types': (p) => `Le serveur indique ce qu'il accepterait (${str(p, 'header')}) : ${str(p, 'values')}.`,
  'negotiation-vary': (p) => `Le serveur choisit une version de la ressource d'après ces en-têtes de requête : ${str(p, 'headers')} ; aucune ne correspondait à ce que demandait le navigateur.`,
  'problem-details': (p) => `Le corps de la réponse est un rapport de problème lisible par une machine (RFC 9457, ${str(p, 'format').toUpperCase()}) ; ses champs "title" et "detail" décrivent l'erreur.`,
  'redirect-too-many': (p) => `La page est passée par ${str(p, 'hops')} redirections avant de se charger ; chacune coûte un aller-retour, et au-delà de ${str(p, 'max')}, la chaîne mérite d'être raccourcie.`,
  'redirect-protocol-flip': (p) => `La chaîne de redirections alterne entre HTTP et HTTPS ${str(p, 'changes')} fois : deux couches (par exemple un CDN et l'origine) ne s'accordent pas sur le protocole à utiliser.`,
  'redirect-https-downgrade': (p) => `Une redirection de la chaîne quitte HTTPS pour du HTTP non chiffré : ${str(p, 'from')} → ${str(p, 'to')}.`,
  'redirect-loop': (p) => (p.closed === true
    ? `La chaîne de redirections revient à ${str(p, 'url')} : une boucle que le navigateur finit par abandonner.`
    : `La chaîne de redirections passe deux fois par ${str(p, 'url')} avant que la page ne se charge.`),
  'redirect-final-error': (p) => (num(p, 'status') > 0
    ? `Les redirections aboutissent à une page qui a échoué avec ${str(p, 'status')} : ${str(p, 'url')}.`
    : `Les redirections aboutissent à une page qui ne s'est pas chargée : ${str(p, 'url')}.`),
  'failure-blocked-by-client': () => 'Bloquée dans ce navigateur par une extension, très probablement un bloqueur de contenu (uBlock Origin, AdBlock, Privacy Badger...) : la requête n\'a jamais quitté le navigateur, le site n\'y est pour rien. Pour vérifier, désactivez le bloqueur pour ce site et rechargez.',
  'failure-cancelled-by-extension': () => 'Annulée dans ce navigateur avant d\'être envoyée : aucun en-tête de requête n\'est parti et aucun serveur n\'a été contacté, ce qui est la façon dont Firefox signale une requête bloquée par une extension (NS_ERROR_ABORT ; très probablement un bloqueur de contenu comme uBlock Origin). Le site n\'y est pour rien. Pour vérifier, désactivez le bloqueur pour ce site et rechargez.',
  'failure-blocked-by-admin': () => 'Bloquée dans ce navigateur par une règle qu\'un administrateur a définie (liste d\'URL bloquées d\'une entreprise ou d\'une école) : le site n\'y est pour rien, et seul cet administrateur peut la lever.',
  'failure-blocked-policy': () => 'Le navigateur l\'a bloquée à cause d\'une règle définie par le site (Content-Security-Policy, Cross-Origin-Resource-Policy) ou de sa propre protection contre les lectures cross-origin.',
  'failure-blocked-safety': () => 'Le navigateur a bloqué cette adresse comme dangereuse (signalée pour logiciel malveillant, hameçonnage ou logiciel indésirable).',
  'failure-blocked-tracking': (p) => `Bloquée dans ce navigateur par la protection contre le pistage de Firefox : l'adresse figure sur sa liste de ${TRACKING_LISTS[str(p, 'list')] ?? TRACKING_LISTS.TRACKING}. Le site n'y est pour rien. Pour vérifier, désactivez la protection renforcée contre le pistage pour ce site (le bouclier dans la barre d'adresse) et rechargez.`,
  'failure-empty-response': () => 'Le serveur a accepté la connexion puis l\'a fermée sans aucune réponse. Certains serveurs le font exprès (nginx "return 444") ; sinon, le processus serveur a planté ou une limite a coupé la connexion.',
  'failure-connection-reset': () => 'La connexion a été réinitialisée pendant la requête, par le serveur ou par un pare-feu ou un équipement sur le trajet.',
  'failure-reset-or-empty': () => 'Firefox donne ce nom à deux échecs : une connexion réinitialisée pendant la requête (Chromium : ERR_CONNECTION_RESET), et un serveur qui a accepté la connexion puis l\'a fermée sans aucune réponse (Chromium : ERR_EMPTY_RESPONSE ; nginx "return 444" le fait exprès). Dans les deux cas, le serveur, ou un pare-feu ou un équipement sur le trajet, a mis fin à la connexion avant qu\'une réponse n\'arrive.',
  'failure-truncated': () => 'La réponse s\'est arrêtée avant d\'être complète : il est arrivé moins d\'octets qu\'annoncé.',
  'failure-refused': () => 'Rien n\'a accepté la connexion à cette adresse et sur ce port : le serveur ne tourne pas ou n\'écoute pas là, ou un pare-feu la rejette.',
  'failure-proxy': () => 'Le proxy configuré dans ce navigateur ou dans le système était injoignable ou a refusé la connexion.',
  'failure-dns': () => 'Le nom d\'hôte n\'a pas pu être converti en adresse (DNS) : faute de frappe, enregistrement DNS manquant ou problème de DNS sur ce réseau.',
  'failure-timeout': () => 'Aucune réponse n\'est arrivée dans le délai imparti par le navigateur.',
  'failure-offline': () => 'Le navigateur était hors ligne.',
  'failure-network-changed': () => 'Le réseau a changé pendant la requête (changement de Wi-Fi, VPN) ; recharger la page suffit généralement.',
  'failure-certificate': (p) => `Le certificat du serveur n'a pas été accepté${opt(p, 'code', (c) => ` (${c})`)} : expiré, émis pour un autre nom, ou délivré par un émetteur auquel le navigateur ne fait pas confiance.`,
  'failure-tls': (p) => `La connexion sécurisée n'a pas pu être établie${opt(p, 'code', (c) => ` (${c})`)} : le navigateur et le serveur n'ont aucune version de TLS ni aucune suite de chiffrement en commun, ou la configuration TLS du serveur est défectueuse.`,
  'failure-cors': () => 'Le navigateur n\'a pas livré cette réponse cross-origin à la page (CORS et règles de même origine).',
  'failure-cors-possible': () => 'Une réponse est arrivée, puis le navigateur a fait échouer la requête sans en donner la raison. Elle n\'avait pas d\'en-tête Access-Control-Allow-Origin : si un script d\'une autre origine a fait cette requête, le navigateur l\'a peut-être bloquée au titre de CORS.',
  'failure-aborted': () => 'Annulée avant la fin. Généralement sans gravité : la page a été quittée, ou un script ou le navigateur a annulé la requête.',
  'failure-redirect-loop': () => 'Trop de redirections : le navigateur a cessé de les suivre ; il s\'agit très probablement d\'une boucle.',
  'failure-unsafe-redirect': () => 'Le navigateur a refusé de suivre une redirection vers une adresse qu\'il n\'autorise pas.',
  'failure-protocol': () => 'La réponse enfreint des règles HTTP que le navigateur fait respecter (en-têtes mal formés, erreur de protocole, ou corps impossible à décoder).',
  'failure-blocked-port': () => 'Le navigateur refuse de se connecter à ce port, car il est réservé à d\'autres protocoles.',
  'failure-cache-miss': () => 'Le navigateur avait besoin d\'une copie en cache qui n\'existait pas, typiquement en revenant au résultat d\'un envoi de formulaire ; recharger renvoie le formulaire.',
  'failure-other': (p) => `La requête a échoué : ${str(p, 'error')}.`,
  'status-before-failure': (p) => `Le serveur avait commencé à répondre avec le statut ${str(p, 'status')} avant l'échec du chargement.`,
};

export const reportLabels: ReportLabels = {
  title: 'Rapport Status Lens',
  page: 'Page',
  time: 'Heure',
  browser: 'Navigateur',
  records: 'Réponses',
  noRecords: 'Aucune réponse hors 2xx ni aucun échec réseau n\'a été enregistré.',
  status: 'Statut',
  error: 'Erreur',
  method: 'Méthode',
  type: 'Type',
  url: 'URL',
  redirectTo: 'Redirige vers',
  count: 'Nombre',
  producer: 'Servi par',
  headers: 'En-têtes de diagnostic',
  diagnosis: 'Diagnostic',
  curl: 'Reproduire',
  bestEffort: 'Les secrets (cookies, Authorization, paramètres et jetons de chemin qui ressemblent à des secrets) sont masqués au mieux : relisez le rapport avant de le partager.',
};

export const text = textModule({
  role: ROLE,
  detailLabels: DETAIL_LABELS,
  detailSeparator: ' ; ',
  edgeReasons: EDGE_REASONS,
  ownerChecks: OWNER_CHECKS,
  hints: HINTS,
  reportLabels,
});
export const { formatHint, formatOwnerCheck, formatEdgeReason, formatProducer } = text;
