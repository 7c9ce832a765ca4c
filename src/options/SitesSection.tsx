/**
 * The sites: the ones the reader turned off (turn back on), the ones the reader added (switch, remove), a field to
 * add one, and the built-in list of news sites.
 */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { withSite, type Settings } from '../shared/settings';
import { patternSite, sitePatternForInput } from '../shared/settings-sites';
import { updateSettings } from '../shared/settings-store';
import { Switch } from '../ui/Switch';
import { removePattern, requestPattern, useSiteLists } from './site-lists';

type Announce = (message: string) => void;

export function SitesSection({ settings, announce }: { settings: Settings; announce: Announce }) {
  const { builtIn, added } = useSiteLists();
  return (
    <section aria-labelledby="sites">
      <h2 id="sites">{t('sitesHeading')}</h2>
      <SitesOff settings={settings} />
      <SitesAdded settings={settings} added={added} announce={announce} />
      <AddSiteForm announce={announce} />
      <BuiltInSites builtIn={builtIn} />
    </section>
  );
}

/** The sites the reader turned off, each with a button to turn it back on. */
function SitesOff({ settings }: { settings: Settings }) {
  const off = Object.entries(settings.sites)
    .filter(([, on]) => !on)
    .map(([host]) => host)
    .sort();
  return (
    <>
      <h3 id="sites-off">{t('sitesOffHeading')}</h3>
      {off.length === 0 ? (
        <p class="note">{t('sitesOffNone')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="sites-off">
          {off.map((host) => (
            <li key={host}>
              <span class="site-name">{host}</span>
              <button type="button" onClick={() => void updateSettings((s) => withSite(s, host, true))}>
                {t('siteReenable')}
                <span class="visually-hidden"> {host}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The sites the reader added (their host permission patterns), each with its switch and a button to remove it. */
function SitesAdded({
  settings,
  added,
  announce,
}: {
  settings: Settings;
  added: readonly string[];
  announce: Announce;
}) {
  return (
    <>
      <h3 id="sites-added">{t('sitesAddedHeading')}</h3>
      {added.length === 0 ? (
        <p class="note">{t('sitesAddedNone')}</p>
      ) : (
        <ul class="site-list" aria-labelledby="sites-added">
          {added.map((pattern) => {
            const site = patternSite(pattern);
            return (
              <li key={pattern}>
                {site ? (
                  <Switch
                    label={site}
                    checked={settings.sites[site] !== false}
                    onChange={(on) => void updateSettings((s) => withSite(s, site, on))}
                  />
                ) : (
                  <span class="site-name">{t('allSites')}</span>
                )}
                <button
                  type="button"
                  onClick={() => void removePattern(pattern).then(() => announce(t('siteRemoved', site ?? pattern)))}
                >
                  {t('siteRemove')}
                  <span class="visually-hidden"> {site ?? t('allSites')}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** A field to add a site: asks for its host permission, and says whether it was granted. */
function AddSiteForm({ announce }: { announce: Announce }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');

  const add = (e: Event): void => {
    e.preventDefault();
    const pattern = sitePatternForInput(input);
    if (!pattern) {
      setError(t('addSiteInvalid'));
      return;
    }
    setError('');
    // Straight from the submit (user input), as browsers require for a permission request.
    void requestPattern(pattern)
      .catch(() => false)
      .then((granted) => {
        const site = patternSite(pattern) ?? pattern;
        announce(t(granted ? 'siteEnabled' : 'siteNotEnabled', site));
        if (granted) setInput('');
      });
  };

  return (
    <form class="add-site" onSubmit={add}>
      <label for="add-site-input">{t('addSiteLabel')}</label>
      <div class="add-site-row">
        <input
          id="add-site-input"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="example.org"
          value={input}
          aria-invalid={error !== ''}
          aria-describedby="add-site-error"
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit" id="add-site">
          {t('addSiteButton')}
        </button>
      </div>
      <p id="add-site-error" class="error" role="alert">
        {error}
      </p>
    </form>
  );
}

/** The news sites Dossier runs on out of the box, folded. */
function BuiltInSites({ builtIn }: { builtIn: readonly string[] }) {
  return (
    <details>
      <summary>{t('sitesBuiltIn', String(builtIn.length))}</summary>
      <ul class="built-in">
        {builtIn.map((site) => (
          <li key={site}>{site}</li>
        ))}
      </ul>
    </details>
  );
}
