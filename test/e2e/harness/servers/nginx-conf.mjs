// The nginx.conf every test nginx shares: in the foreground, one worker, every path in its temp
// dir (nothing under /var), no access log. `servers` is the http block's server { } blocks.

/** @param {string} dir @param {string} servers */
export function nginxConf(dir, servers) {
  return `
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
${servers}
}
`;
}
