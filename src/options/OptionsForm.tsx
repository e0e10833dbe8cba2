// The options page: which groups are listed and counted, hosts to ignore, badge, language.
// Each change is saved at once (there is no Save button to forget).
import { useRef, useState } from 'preact/hooks';
import type { FilterGroup } from '../core/classify';
import { MAX_IGNORED_HOSTS, parseHostList, type LangChoice, type Options } from '../core/options';
import type { MessageKey } from '../i18n/en';
import { t } from '../i18n/t';
import { saveOptions } from '../platform/options-storage';
import { DevtoolsAccess } from '../devtools/DevtoolsAccess';

const GROUPS: [FilterGroup, MessageKey][] = [
  ['3xx', 'optGroup3xx'], ['4xx', 'optGroup4xx'], ['5xx', 'optGroup5xx'], ['network', 'optGroupNetwork'], ['other', 'optGroupOther'],
];
const LANG_CHOICES: [LangChoice, string][] = [
  ['auto', ''], ['en', 'English'], ['fr', 'Français'], ['id', 'Bahasa Indonesia'], ['vi', 'Tiếng Việt'],
];

export function OptionsForm({ initial }: { initial: Options }) {
  const [o, setO] = useState(initial);
  const [hostsText, setHostsText] = useState(initial.ignoredHosts.join('\n'));
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState('');
  const hostsTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The debounced save must not undo a checkbox changed meanwhile: it reads the latest options.
  const latest = useRef(o);
  latest.current = o;
  const update = (next: Options) => {
    setO(next);
    setSaved(false);
    saveOptions(next).then(
      () => { setSaved(true); setFailed(''); },
      // Past storage.sync's limits every later save would fail silently: say so.
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <main class="view options">
      <h1 class="view-title">{t('optTitle')}</h1>
      <fieldset>
        <legend>{t('optGroups')}</legend>
        {GROUPS.map(([g, label]) => (
          <label>
            <input
              type="checkbox"
              name={`group-${g}`}
              checked={o.groups[g]}
              onChange={(e) => update({ ...o, groups: { ...o.groups, [g]: e.currentTarget.checked } })}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optIgnoredHosts')}</legend>
        <label for="hosts" class="muted small">{t('optIgnoredHostsHelp', MAX_IGNORED_HOSTS)}</label>
        <textarea
          id="hosts"
          name="ignoredHosts"
          value={hostsText}
          spellcheck={false}
          onInput={(e) => {
            // Saved as the user types (closing the tab does not always blur the field first);
            // the text is tidied only on blur, so typing is never rewritten under the cursor.
            const text = e.currentTarget.value;
            setHostsText(text);
            clearTimeout(hostsTimer.current);
            hostsTimer.current = setTimeout(() => update({ ...latest.current, ignoredHosts: parseHostList(text) }), 400);
          }}
          onBlur={() => {
            clearTimeout(hostsTimer.current);
            const hosts = parseHostList(hostsText);
            setHostsText(hosts.join('\n'));
            update({ ...o, ignoredHosts: hosts });
          }}
        />
      </fieldset>
      <fieldset>
        <legend>{t('optDisplay')}</legend>
        <label>
          <input type="checkbox" name="badge" checked={o.badge} onChange={(e) => update({ ...o, badge: e.currentTarget.checked })} />
          {t('optBadge')}
        </label>
        <label>
          <input
            type="checkbox"
            name="countBlocked"
            checked={o.countBlocked}
            onChange={(e) => update({ ...o, countBlocked: e.currentTarget.checked })}
          />
          {t('optCountBlocked')}
        </label>
        <label>
          {t('optLanguage')}
          <select name="language" value={o.language} onChange={(e) => update({ ...o, language: e.currentTarget.value as LangChoice })}>
            {LANG_CHOICES.map(([v, name]) => (
              <option value={v}>{v === 'auto' ? t('optLanguageAuto') : name}</option>
            ))}
          </select>
        </label>
      </fieldset>
      <DevtoolsAccess />
      <p role="status" class="saved">{saved ? t('optSaved') : ''}</p>
      {failed ? <p role="alert" class="save-failed" data-save-failed>{t('optSaveFailed', failed)}</p> : null}
    </main>
  );
}
