/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly BROWSER: 'chrome' | 'firefox';
}
